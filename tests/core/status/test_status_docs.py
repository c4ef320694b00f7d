"""docs/algorithms/status.md is a contract: its decision table names every rule, and its worked examples run."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pytest

from chitieu.core.status import Rule, Status, assess
from chitieu.core.status.cases import parse_case
from chitieu.core.status.settings import DEFAULT_THRESHOLDS, Thresholds

DOC = Path(__file__).parents[3] / "docs" / "algorithms" / "status.md"
TEXT = DOC.read_text(encoding="utf-8")
TABLE = TEXT.split("## 5. The decision table", 1)[1].split("## 6.", 1)[0]
EXAMPLES = TEXT.split("## 9. Worked examples", 1)[1]


def worked_examples() -> list[tuple[str, dict[str, object]]]:
    """(heading, {"case", "expect"}) for each ```json block of the worked examples."""
    found = []
    for section in re.split(r"^### ", EXAMPLES, flags=re.MULTILINE)[1:]:
        heading = section.splitlines()[0]
        for block in re.findall(r"```json\n(.*?)```", section, flags=re.DOTALL):
            found.append((heading, json.loads(block)))
    return found


def test_there_are_worked_examples_for_every_form() -> None:
    forms = {example["case"]["target"]["form"] for _, example in worked_examples()}  # type: ignore[index]
    assert forms == {"level", "change", "growth", "flow", "maintain", "binary"}


@pytest.mark.parametrize(("heading", "example"), worked_examples(), ids=[h for h, _ in worked_examples()])
def test_worked_example(heading: str, example: dict[str, dict[str, object]]) -> None:
    case = parse_case(example["case"])
    assert case.as_of is not None
    result = assess(case.target, case.observations, case.as_of)
    expect = example["expect"]
    assert (str(result.status), str(result.rule)) == (expect["status"], expect["rule"])
    shown = expect["numbers"]
    assert isinstance(shown, dict)
    assert {name: round(result.numbers[name], 4) for name in shown} == shown


def test_the_decision_table_names_every_rule() -> None:
    assert {rule for rule in Rule if f"| `{rule}` |" not in TABLE and f"`{rule}`," not in TABLE} == set()


def test_the_page_names_every_status() -> None:
    assert [status for status in Status if f"`{status}`" not in TEXT] == []


def test_the_thresholds_table_gives_the_defaults() -> None:
    for setting in fields(Thresholds):
        assert f"| `{setting.name}` | {getattr(DEFAULT_THRESHOLDS, setting.name)} |" in TEXT

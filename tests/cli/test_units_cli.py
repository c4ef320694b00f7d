"""`chitieu units` and `chitieu rollup` against the test database (the one world)."""

import json
from dataclasses import dataclass

import pytest
from typer.testing import CliRunner

from chitieu.cli.main import app

pytestmark = pytest.mark.django_db
runner = CliRunner()


@dataclass(frozen=True)
class Case:
    name: str
    args: list[str]
    output: str


COUNTS = [
    Case("provinces before the reform", ["--level", "province", "--as-of", "2025-06-30"], "63\n"),
    Case("provinces after", ["--level", "province", "--as-of", "2025-07-01"], "34\n"),
    Case("communes before", ["--level", "commune", "--as-of", "2025-06-30"], "10035\n"),
    Case("communes after", ["--level", "commune", "--as-of", "2025-07-01"], "3321\n"),
    Case("districts after", ["--level", "district", "--as-of", "2025-07-01"], "0\n"),
    Case("json", ["--level", "province", "--as-of", "2025-07-01", "--json"],
         '{"as_of": "2025-07-01", "level": "province", "count": 34}\n'),
]


@pytest.mark.parametrize("case", COUNTS, ids=lambda c: c.name)
def test_units_count(case: Case) -> None:
    result = runner.invoke(app, ["units", "count", *case.args])
    assert (result.exit_code, result.stdout) == (0, case.output)


def test_units_show_json_gives_the_parent_chain() -> None:
    result = runner.invoke(app, ["units", "show", "201", "--as-of", "2024-06-30", "--json"])
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert (shown["name"], shown["name_en"], shown["level"], shown["parent"]) == (
        "Huyện Hải Hà", "Hai Ha District", "district", "22")
    assert [(u["code"], u["name"]) for u in shown["chain"]] == [("22", "Tỉnh Quảng Ninh")]


def test_units_show_unknown_code_on_that_date_fails_clearly() -> None:
    result = runner.invoke(app, ["units", "show", "201", "--as-of", "2025-07-01"])
    assert result.exit_code == 1
    assert "201" in result.stderr and "2025-07-01" in result.stderr


def test_units_lineage_lists_the_successor_with_its_relation() -> None:
    result = runner.invoke(app, ["units", "lineage", "22", "--as-of", "2024-01-01", "--json"])
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert [(e["direction"], e["relation"], e["unit"]["code"], e["unit"]["valid_from"]) for e in shown["edges"]] == [
        ("successor", "kept", "22", "2025-07-01")
    ]


def test_bad_date_and_level_exit_2() -> None:
    assert runner.invoke(app, ["units", "count", "--as-of", "30/06/2025"]).exit_code == 2
    assert runner.invoke(app, ["units", "count", "--level", "ward"]).exit_code == 2


def test_rollup_prints_the_value_and_how_it_was_made() -> None:
    result = runner.invoke(app, ["rollup", "poor-households", "22", "2023", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "indicator": "poor-households", "unit": "22", "period": "2023", "edition": "legacy", "rule": "sum",
        "value": None, "inputs": 0, "rebased_from": None,
    }


def test_rollup_bad_period_exits_2_with_the_reason() -> None:
    result = runner.invoke(app, ["rollup", "poor-households", "22", "first half"])
    assert result.exit_code == 2
    assert "first half" in result.stderr

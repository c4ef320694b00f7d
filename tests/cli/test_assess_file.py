"""``chitieu assess FILE.json``: cases in, {status, rule, numbers} out; bad files named with case and field."""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from chitieu.cli.assess import assess
from chitieu.core.status import Assessment, Rule, Status

app = typer.Typer()
app.command()(assess)
runner = CliRunner()

HAI_HA_FLOW = {
    "name": "Hải Hà production value 2024",
    "target": {"form": "flow", "direction": "higher", "value": 36000, "deadline": "2024-12-31"},
    "observations": [{"start": "2024-01-01", "end": "2024-06-30", "value": 19658}],
    "as_of": "2024-07-15",
}
QUAN_SON_GROWTH = {
    "target": {"form": "growth", "value": 12.5, "start": "2021-01-01", "deadline": "2025-12-31",
               "observations_are_rates": True},
    "observations": [{"period": "2021-2023", "value": 4.55}],
    "as_of": "2024-06-30",
}  # fmt: skip


def run(tmp_path: Path, content: object, *args: str) -> typer.testing.Result:  # type: ignore[name-defined]
    path = tmp_path / "cases.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return runner.invoke(app, [str(path), *args])


def test_one_case_gives_one_object(tmp_path: Path) -> None:
    result = run(tmp_path, HAI_HA_FLOW, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "status": "on_track",
        "rule": "flow.on_track",
        "numbers": {
            "y": 19658.0,
            "T": 36000.0,
            "p": 19658 / 36000,
            "e": 182 / 366,
            "R": (19658 / 36000) / (182 / 366),
        },
    }


def test_a_list_of_cases_gives_a_list(tmp_path: Path) -> None:
    result = run(tmp_path, [HAI_HA_FLOW, QUAN_SON_GROWTH], "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [(row["status"], row["rule"]) for row in out] == [
        ("on_track", "flow.on_track"),
        ("off_track", "growth.off_track"),
    ]
    assert out[1]["numbers"] == {"T": 12.5, "n": 1.0, "y": 4.55, "R": 4.55 / 12.5}


def test_as_of_option_overrides_the_cases(tmp_path: Path) -> None:
    case = {**HAI_HA_FLOW, "observations": [*HAI_HA_FLOW["observations"], {"period": "2024", "value": 36010}]}
    before = json.loads(run(tmp_path, case, "--json").stdout)
    after = json.loads(run(tmp_path, case, "--json", "--as-of", "2025-01-31").stdout)
    assert (before["rule"], after["rule"]) == ("flow.on_track", "final.achieved")


def test_without_json_a_table_says_why(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps([HAI_HA_FLOW, QUAN_SON_GROWTH]), encoding="utf-8")
    result = runner.invoke(app, [str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    for expected in ("Hải Hà production value 2024", "on_track", "flow.on_track", "growth.off_track", "36% of the"):
        assert expected in text


@dataclass(frozen=True)
class BadFile:
    name: str
    content: object
    message: str


BAD_FILES = [
    BadFile("missing deadline", [HAI_HA_FLOW, {**QUAN_SON_GROWTH, "target": {"form": "growth", "value": 1}}],
            "case 1: field target.deadline: missing"),
    BadFile("bad observation date", {**HAI_HA_FLOW, "observations": [{"start": "2024-01-01", "end": "2024-13-01",
            "value": 1}]}, "case 0: field observations[0].end: '2024-13-01' is not a date"),
    BadFile("unknown form", {**HAI_HA_FLOW, "target": {**HAI_HA_FLOW["target"], "form": "quota"}},
            "case 0: field target.form: 'quota' is not one of level"),
    BadFile("misspelt field", {**HAI_HA_FLOW, "target": {**HAI_HA_FLOW["target"], "dead_line": "2024-12-31"}},
            "case 0: field target.dead_line: unknown field"),
    BadFile("value not a number", {**HAI_HA_FLOW, "target": {**HAI_HA_FLOW["target"], "value": "36000"}},
            "case 0: field target.value: expected a number"),
    BadFile("target rejected by the model", {**HAI_HA_FLOW, "target": {"form": "change", "deadline": "2024-12-31",
            "relative_change": -0.5}}, "case 0: field target: a change target needs a baseline"),
    BadFile("bad period", {**QUAN_SON_GROWTH, "observations": [{"period": "2021-H3", "value": 1}]},
            "case 0: field observations[0].period"),
    BadFile("no as_of", {k: v for k, v in HAI_HA_FLOW.items() if k != "as_of"}, "case 0: field as_of: missing"),
    BadFile("not JSON", "{target: 1", "not valid JSON"),
    BadFile("empty list", [], "the list of cases is empty"),
    BadFile("a case that is not an object", [HAI_HA_FLOW, 3], "case 1: field case: expected an object"),
]  # fmt: skip


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda b: b.name)
def test_bad_files_exit_2_naming_file_case_and_field(tmp_path: Path, bad: BadFile) -> None:
    result = run(tmp_path, bad.content, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert str(tmp_path / "cases.json") in result.stderr
    assert bad.message in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(tmp_path / "absent.json")])
    assert result.exit_code == 2
    assert "absent.json: cannot read the file" in result.stderr


def test_bad_as_of_option_exits_2(tmp_path: Path) -> None:
    result = run(tmp_path, HAI_HA_FLOW, "--as-of", "30/06/2024")
    assert result.exit_code == 2
    assert "--as-of '30/06/2024' is not a date" in result.stderr


@pytest.mark.parametrize("args", [[], ["x.json", "--document", "12-NQ/HU"]], ids=["neither", "both"])
def test_file_or_document_exactly_one(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "exactly one" in result.stderr


def test_document_mode_prints_each_target_of_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database side belongs to tracking; here only how the command calls it and prints its answer."""
    calls: list[tuple[str, date, bool]] = []

    def assess_document(code: str, as_of: date, *, include_submitted: bool) -> list[tuple[str, Assessment]]:
        calls.append((code, as_of, include_submitted))
        return [("Urbanisation rate", Assessment(Status.ON_TRACK, Rule.PROGRESS_ON_TRACK, {"R": 1.0}))]

    fake = types.ModuleType("chitieu.tracking.assessment")
    fake.assess_document = assess_document  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chitieu.tracking.assessment", fake)
    monkeypatch.setattr("chitieu.cli.bootstrap.setup_django", lambda: None)
    result = runner.invoke(app, ["--document", "12-NQ/HU", "--as-of", "2024-06-30", "--json"])
    assert result.exit_code == 0, result.output
    assert calls == [("12-NQ/HU", date(2024, 6, 30), False)]
    assert json.loads(result.stdout) == [
        {"target": "Urbanisation rate", "status": "on_track", "rule": "progress.on_track", "numbers": {"R": 1.0}}
    ]

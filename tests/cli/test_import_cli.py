"""`chitieu import`: a summary on success; every row error as FILE:ROW: FIELD: REASON and exit 2 on failure."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tracking"))
from factories import make_indicator, make_unit, mine  # noqa: E402

from chitieu.cli import importing  # noqa: E402
from chitieu.cli.importing import import_  # noqa: E402
from chitieu.tracking.models import AuditEntry, Observation, ObservationRevision  # noqa: E402

pytestmark = pytest.mark.django_db

app = typer.Typer()
app.command("import")(import_)
app.command("noop")(lambda: None)  # a second command keeps "import" a named sub-command, as in `chitieu`
runner = CliRunner()
OBS = "indicator,unit,unit_as_of,period,value,is_estimate,source_ref,reason\n"


@pytest.fixture
def subject():
    return make_indicator("t-value"), make_unit("T01")


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(OBS + body, encoding="utf-8")
    return path


def test_success_prints_a_summary_per_file(subject, tmp_path):
    path = write(tmp_path, "obs.csv", "t-value,T01,,2024,1,false,,\nt-value,T01,,2023,2,false,,\n")
    result = runner.invoke(app, ["import", str(path), "--actor", "an"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{path} (observations): 2 rows: 2 created, 0 revised, 0 unchanged\n"
    assert set(mine(ObservationRevision).values_list("actor", flat=True)) == {"an"}
    ours = AuditEntry.objects.filter(object_type="observation", object_id__in=mine(Observation).values("id"))
    assert list(ours.values_list("face", "actor")) == [("import", "an"), ("import", "an")]
    again = runner.invoke(app, ["import", str(path), "--json"])
    assert json.loads(again.stdout) == [
        {"file": str(path), "kind": "observations", "rows": 2, "created": 0, "revised": 0, "unchanged": 2}
    ]


def test_errors_go_to_stderr_one_per_line_and_nothing_is_written(subject, tmp_path):
    path = write(
        tmp_path, "obs.csv", 't-value,T01,,2024,1,false,,\nt-value,T01,,2023,"1,5",false,,\nx,T01,,2022,1,false,,\n'
    )
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{path}:3: value: '1,5' is not a number: use '.' as the decimal separator and no thousands separators",
        f"{path}:4: indicator: unknown indicator 'x': import it first (indicators file)",
        "2 error(s); nothing was written.",
    ]
    assert not mine(Observation).exists()


def test_several_files_are_one_import(subject, tmp_path):
    indicators = tmp_path / "indicators.csv"
    indicators.write_text(
        "code,name_vi,name_en,unit_of_measure,direction,kind,growth_model,aggregation\n"
        "t-new,Mới,New,%,higher,rate,linear,none\n",
        encoding="utf-8",
    )
    bad = write(tmp_path, "obs.csv", "t-new,T01,,2024,1,false,,\nt-new,T01,,2024-H9,1,false,,\n")
    result = runner.invoke(app, ["import", str(bad), str(indicators)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].startswith(f"{bad}:3: period: ")
    from chitieu.tracking.models import Indicator

    assert not Indicator.objects.filter(code="t-new").exists()


def test_an_unknown_kind_is_an_error(subject, tmp_path):
    path = write(tmp_path, "obs.csv", "t-value,T01,,2024,1,false,,\n")
    result = runner.invoke(app, ["import", str(path), "--kind", "budgets"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"{path}:0: kind: 'budgets' is not a kind of import file: use one of indicators, documents, targets, "
        "observations"
    )


def test_long_imports_drive_the_progress_bar(subject, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(importing, "PROGRESS_FROM_ROWS", 3)
    monkeypatch.setattr(importing._Bar, "close", lambda self: seen.append(self.progress.tasks[0].completed))
    path = write(tmp_path, "obs.csv", "".join(f"t-value,T01,,{y},1,false,,\n" for y in range(2020, 2025)))
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert seen == [5]

"""`chitieu ingest`: reports read into facts, --accept-all writes what maps cleanly, bad files named, exit 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tracking"))
from factories import make_unit  # noqa: E402

from chitieu.cli.ingest import ingest  # noqa: E402
from chitieu.core.extraction.model import DocRef, Extraction, Person, Quantity  # noqa: E402
from chitieu.tracking.models import AuditEntry, Fact, Observation, Report, Target  # noqa: E402

pytestmark = pytest.mark.django_db

app = typer.Typer()
app.command("ingest")(ingest)
app.command("noop")(lambda: None)  # a second command keeps "ingest" a named sub-command, as in `chitieu`
runner = CliRunner()

# A half-year review in the style of an English translation, written for this test.
REPORT = (
    "Review of the first half of 2024 in Hai Thu district\n"
    "The district party committee reviewed Resolution No. 907-NQ/HU of 8 December 2023.\n"
    "For 2024 the district aims at a total production value of 36,000 billion VND.\n"
    "In the first half of 2024 the total production value reached 19,658 billion VND, "
    "and 4 new enterprises were registered in Hai Thu Industrial Park.\n"
    "Comrade Tran Van An chaired the meeting.\n"
)


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def read_by_hand(text: str, language: str | None = None) -> Extraction:
    """What a reader finds in :data:`REPORT`; the park is not an administrative unit, so that fact is skipped."""
    figures = [
        ("36,000 billion VND", 36e12, "VND", "target", "2024", "Hai Thu district", "total production value"),
        ("19,658 billion VND", 19_658e9, "VND", "actual", "2024-H1", "Hai Thu district", "total production value"),
        ("4 new enterprises", 4, "count", "actual", "2024-H1", "Hai Thu Industrial Park",
         "newly registered enterprises"),
    ]
    return Extraction(
        language="en",
        quantities=tuple(
            Quantity(*_at(text, span), span, value, unit, role=role, period=period, subject=subject, indicator=ind)
            for span, value, unit, role, period, subject, ind in figures
        ),
        doc_refs=(DocRef(*_at(text, "907-NQ/HU"), "907-NQ/HU", "907", "NQ", "HU", "2023-12-08"),),
        people=(Person("Tran Van An", (), None, *_at(text, "Tran Van An")),),
        extractor_version="test-3",
    )


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setattr("chitieu.tracking.actions.ingest._extract", read_by_hand)
    province = make_unit("T1", level="province", name="Thu Tinh")
    make_unit("T11", level="district", name="Hai Thu", parent=province)
    report = tmp_path / "review-2024-h1.txt"
    report.write_text(REPORT, encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file at all")
    return report, broken


def run(*args: str):
    return runner.invoke(app, ["ingest", *args, "--unit", "T11", "--as-of", "2024-07-15", "--actor", "an"])


def test_accept_all_writes_what_maps_and_lists_what_it_skipped(files):
    report_file, _ = files

    result = run(str(report_file), "--accept-all")

    assert result.exit_code == 0, result.output
    report = Report.objects.get(file_name="review-2024-h1.txt")
    start, end = _at(REPORT, "4 new enterprises")
    assert result.stdout == (
        f"{report_file}: report {report.pk} (read), 5 facts, 4 accepted\n"
        f"  skipped “4 new enterprises” (chars {start}–{end}): subject: 'Hai Thu Industrial Park' is not an "
        "administrative unit on 2024-07-15: give a unit code\n"
        "1 reports read, 0 already present, 5 facts found, 4 accepted, 1 skipped, 0 files failed\n"
    )
    target = Target.objects.get(facts__report=report)
    observation = Observation.objects.get(facts__report=report)
    assert (target.document.code, target.value, target.deadline.isoformat()) == ("907-NQ/HU", 36000, "2024-12-31")
    assert (observation.value, observation.source_kind, observation.span_start) == (19658, "document",
                                                                                    _at(REPORT, "19,658")[0])
    assert observation.source_ref.endswith("extractor test-3")
    assert set(AuditEntry.objects.filter(object_type="fact", action="accept").values_list("face", "actor")) == {
        ("cli", "an")}


def test_ingesting_again_finds_the_report_already_present(files):
    report_file, _ = files
    run(str(report_file))

    result = run(str(report_file), "--json")

    assert result.exit_code == 0, result.output
    report = Report.objects.get(file_name="review-2024-h1.txt")
    assert json.loads(result.stdout) == [
        {"file": str(report_file), "report": report.pk, "created": False, "facts": 5, "accepted": 0,
         "skipped": [], "error": None}
    ]
    assert Report.objects.filter(sha256=report.sha256).count() == 1
    assert Fact.objects.filter(report=report, status="pending").count() == 5


def test_a_bad_file_is_named_the_others_are_read_and_the_exit_code_is_2(files):
    report_file, broken = files

    result = run(str(broken), str(report_file))

    assert result.exit_code == 2
    assert result.stderr.startswith(f"{broken}: ")
    assert result.stderr.count("\n") == 1
    assert result.stdout.endswith("1 reports read, 0 already present, 5 facts found, 0 accepted, 0 skipped, "
                                  "1 files failed\n")
    assert Report.objects.filter(file_name="review-2024-h1.txt").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--unit", "T99"], "--unit: no unit has code T99 on 2024-07-15\n"),
        (["--unit", "T11", "--as-of", "15/07/2024"], "--as-of '15/07/2024' is not a date: write YYYY-MM-DD\n"),
    ],
    ids=["unknown unit", "bad date"],
)
def test_bad_options_are_refused_before_reading(files, args, message):
    report_file, _ = files
    as_of = [] if "--as-of" in args else ["--as-of", "2024-07-15"]

    result = runner.invoke(app, ["ingest", str(report_file), *args, *as_of])

    assert (result.exit_code, result.stderr) == (2, message)
    assert not Report.objects.filter(file_name="review-2024-h1.txt").exists()

"""XLSX files import like CSV: the first sheet, header in row 1, spreadsheet numbers and dates accepted."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from factories import actor, make_indicator, make_unit, mine
from openpyxl import Workbook

from chitieu.tracking.actions import ImportFailed, do_import_file
from chitieu.tracking.models import Observation

pytestmark = pytest.mark.django_db

HEADER = ["indicator", "unit", "unit_as_of", "period", "value", "is_estimate", "source_ref", "reason"]


def workbook(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def subject():
    return make_indicator("t-value"), make_unit("T01")


def test_a_workbook_round_trips(subject, tmp_path):
    path = workbook(
        tmp_path / "results.xlsx",
        [
            ["t-value", "T01", None, "2024-H1", 19658, False, "report", "first half"],
            ["t-value", "T01", datetime(2024, 6, 30), 2023, 30.02, True, None, None],
            ["t-value", "T01", "2024-06-30", "2024-YTD09", "12.5", "true", None, None],
        ],
    )
    report = do_import_file(actor(), path)
    assert (report.kind, report.rows, report.created) == ("observations", 3, 3)
    stored = {(o.period_start, o.period_end): (o.value, o.is_estimate, o.source_ref) for o in mine(Observation).all()}
    assert stored == {
        (date(2024, 1, 1), date(2024, 6, 30)): (19658.0, False, "report"),
        (date(2023, 1, 1), date(2023, 12, 31)): (30.02, True, "results.xlsx"),
        (date(2024, 1, 1), date(2024, 9, 30)): (12.5, True, "results.xlsx"),
    }
    again = do_import_file(actor(), path)
    assert (again.created, again.unchanged) == (0, 3)


def test_workbook_errors_name_the_spreadsheet_row(subject, tmp_path):
    path = workbook(
        tmp_path / "results.xlsx",
        [
            ["t-value", "T01", None, "2024", 1, False, None, None],
            ["t-value", "T01", None, "2024-Q5", "1,5", False, None, None],
        ],
    )
    with pytest.raises(ImportFailed) as failed:
        do_import_file(actor(), path)
    assert [(e.row, e.field) for e in failed.value.errors] == [(3, "period"), (3, "value")]
    assert not mine(Observation).exists()


def test_a_unit_code_stored_as_a_number_gets_a_hint(subject, tmp_path):
    path = workbook(tmp_path / "results.xlsx", [["t-value", 1, None, "2024", 1, False, None, None]])
    with pytest.raises(ImportFailed) as failed:
        do_import_file(actor(), path)
    [error] = failed.value.errors
    assert error.reason == (
        "unknown unit code '1' (the cell holds a number: format the column as text so that leading zeros are kept)"
    )

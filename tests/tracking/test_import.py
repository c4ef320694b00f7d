"""Imports are atomic and explain every bad row: file, row, column and reason (docs/import.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from factories import actor, make_indicator, make_unit, mine

from chitieu.tracking.actions import DocumentSpec, ImportFailed, RowError, do_create_document, do_import_file
from chitieu.tracking.actions.audit import history
from chitieu.tracking.models import AuditEntry, Document, Indicator, Observation, ObservationRevision, Target

pytestmark = pytest.mark.django_db

OBS = "indicator,unit,unit_as_of,period,value,is_estimate,source_ref,reason"
TARGETS = (
    "document,document_issuer_unit,unit,unit_as_of,indicator,label,form,comparator,value,relative_change,"
    "baseline_date,baseline_value,start,deadline,wording"
)
DOCS = "code,issuer_unit,unit_as_of,term,title,date,body"
INDICATORS = (
    "code,name_vi,name_en,unit_of_measure,direction,kind,growth_model,aggregation,weight,numerator,"
    "denominator,threshold,description"
)


@pytest.fixture
def world():
    """T01 before the reform with a district T011; T01 again (a new unit, same code) from 1 July 2025."""
    old = make_unit("T01", name="Old T01")
    make_unit("T011", level="district", parent=old)
    make_unit("T01", name="New T01", new_edition=True)
    make_indicator("t-growth")
    make_indicator("t-value", unit_of_measure="billion VND", kind="flow", aggregation="sum")
    do_create_document(
        actor(),
        DocumentSpec("12-NQ/HU", issuer_unit=Unit_at("T011"), term="2020-2025", date=date(2023, 12, 8)),
    )


def Unit_at(code: str):  # noqa: N802 - reads like a constructor in the fixture
    from chitieu.tracking.models import Unit

    return Unit.objects.get(code=code, edition="legacy")


def write(tmp_path: Path, name: str, header: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


def errors_of(path: Path, kind: str | None = None) -> list[tuple[int, str, str]]:
    with pytest.raises(ImportFailed) as failed:
        do_import_file(actor(), path, kind)
    assert all(e.file == str(path) for e in failed.value.errors)
    return [(e.row, e.field, e.reason) for e in failed.value.errors]


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    header: str
    row: str
    expect: list[tuple[int, str, str]]


GOOD_OBS = "t-growth,T01,,2024,10.5,false,,"
GOOD_TARGET = "12-NQ/HU,T011,T011,,t-value,1,flow,>=,100,,,,2024-01-01,2024-12-31,"

CASES = [
    Case(
        "decimal comma",
        "observations.csv",
        OBS,
        't-growth,T01,,2024,"1,5",false,,',
        [(2, "value", "'1,5' is not a number: use '.' as the decimal separator and no thousands separators")],
    ),
    Case(
        "thousands dots",
        "observations.csv",
        OBS,
        "t-growth,T01,,2024,74.412.000,false,,",
        [(2, "value", "'74.412.000' is not a number: write it without thousands separators")],
    ),
    Case(
        "percent sign",
        "observations.csv",
        OBS,
        "t-growth,T01,,2024,12.5%,false,,",
        [(2, "value", "'12.5%' is not a number: leave out the '%' sign")],
    ),
    Case(
        "words for a number",
        "observations.csv",
        OBS,
        "t-growth,T01,,2024,twelve,false,,",
        [(2, "value", "'twelve' is not a number")],
    ),
    Case("missing value", "observations.csv", OBS, "t-growth,T01,,2024,,false,,", [(2, "value", "is required")]),
    Case(
        "bad estimate flag",
        "observations.csv",
        OBS,
        "t-growth,T01,,2024,1,yes,,",
        [(2, "is_estimate", "'yes' is not true or false")],
    ),
    Case(
        "invalid period",
        "observations.csv",
        OBS,
        "t-growth,T01,,2024-H3,1,false,,",
        [
            (
                2,
                "period",
                "period '2024-H3' is not one of YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YTDMM, YYYY-YYYY",
            )
        ],
    ),
    Case(
        "month 13",
        "observations.csv",
        OBS,
        "t-growth,T01,,2024-13,1,false,,",
        [(2, "period", "month 13 in period '2024-13' is not between 01 and 12")],
    ),
    Case(
        "unknown indicator",
        "observations.csv",
        OBS,
        "t-nothing,T01,,2024,1,false,,",
        [(2, "indicator", "unknown indicator 't-nothing': import it first (indicators file)")],
    ),
    Case(
        "unknown unit",
        "observations.csv",
        OBS,
        "t-growth,T99,,2024,1,false,,",
        [(2, "unit", "unknown unit code 'T99'")],
    ),
    Case(
        "unit not valid on the date",
        "observations.csv",
        OBS,
        "t-growth,T011,,2026,1,false,,",
        [
            (
                2,
                "unit",
                "no unit has code 'T011' on 2026-01-01 (the code belongs to Test unit T011, until "
                "2025-07-01): give unit_as_of",
            )
        ],
    ),
    Case(
        "bad unit_as_of date",
        "observations.csv",
        OBS,
        "t-growth,T01,08/12/2023,2024,1,false,,",
        [(2, "unit_as_of", "'08/12/2023' is not a date: write YYYY-MM-DD, e.g. 2023-12-08")],
    ),
    Case(
        "impossible date",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,flow,>=,100,,,,,2024-02-30,",
        [(2, "deadline", "'2024-02-30' is not a valid date (day is out of range for month)")],
    ),
    Case(
        "invalid form",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,levle,>=,100,,,,,2024-12-31,",
        [
            (
                2,
                "form",
                "'levle' is not a valid form: use one of level, change, growth, flow, maintain, binary",
            )
        ],
    ),
    Case(
        "invalid comparator",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,level,=>,100,,,,,2024-12-31,",
        [(2, "comparator", "'=>' is not a valid comparator: use one of >= > <= < =")],
    ),
    Case(
        "change without relative_change",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,change,<=,,,2023-12-31,30.02,,2025-06-30,",
        [(2, "relative_change", "a change target needs relative_change (e.g. -0.5 for a 50 % reduction)")],
    ),
    Case(
        "change without baseline",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,change,<=,,-0.5,,,,2025-06-30,",
        [
            (
                2,
                "baseline_value",
                "a change target needs baseline_date and baseline_value (the value the change is measured from)",
            )
        ],
    ),
    Case(
        "level without value",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,level,>=,,,,,,2024-12-31,",
        [(2, "value", "a level target needs a value")],
    ),
    Case(
        "unknown document",
        "targets.csv",
        TARGETS,
        "99-NQ/HU,T011,T011,,t-value,1,flow,>=,100,,,,,2024-12-31,",
        [
            (
                2,
                "document",
                "unknown document '99-NQ/HU' issued by unit 'T011': import it first (documents file)",
            )
        ],
    ),
    Case(
        "malformed document code",
        "targets.csv",
        TARGETS,
        "NQ-12/HU,T011,T011,,t-value,1,flow,>=,100,,,,,2024-12-31,",
        "DOCUMENT_CODE_ERROR",
    ),
    Case(
        "deadline before start",
        "targets.csv",
        TARGETS,
        "12-NQ/HU,T011,T011,,t-value,1,flow,>=,100,,,,2025-01-01,2024-12-31,",
        [(2, "start", "the start 2025-01-01 is after the deadline 2024-12-31")],
    ),
    Case(
        "invalid direction",
        "indicators.csv",
        INDICATORS,
        "t-new,Mới,New,%,up,rate,linear,none,,,,,",
        [(2, "direction", "'up' is not a valid direction: use one of higher, lower")],
    ),
    Case(
        "invalid aggregation",
        "indicators.csv",
        INDICATORS,
        "t-new,Mới,New,%,higher,rate,linear,average,,,,,",
        [
            (
                2,
                "aggregation",
                "'average' is not a valid aggregation: use one of sum, mean, weighted_mean, ratio, min, "
                "max, count_threshold, none",
            )
        ],
    ),
    Case(
        "ratio without denominator",
        "indicators.csv",
        INDICATORS,
        "t-new,Mới,New,%,lower,rate,linear,ratio,,t-value,,,",
        [(2, "denominator", "aggregation ratio needs a denominator indicator")],
    ),
    Case(
        "unknown weight",
        "indicators.csv",
        INDICATORS,
        "t-new,Mới,New,%,higher,rate,linear,weighted_mean,t-people,,,,",
        [(2, "weight", "unknown indicator 't-people'")],
    ),
    Case(
        "code that is not a slug",
        "indicators.csv",
        INDICATORS,
        "GRDP Growth,Mới,New,%,higher,rate,linear,none,,,,,",
        [
            (
                2,
                "code",
                "'GRDP Growth' is not a code: use lower-case letters, digits and hyphens, e.g. grdp-growth",
            )
        ],
    ),
    Case(
        "party document without term",
        "documents.csv",
        DOCS,
        "13-NQ/HU,T011,,,Title,2024-01-05,",
        [
            (
                2,
                "term",
                "party document 13-NQ/HU needs its committee term, e.g. 2020-2025 (party numbers restart each term)",
            )
        ],
    ),
    Case(
        "district party document without issuer",
        "documents.csv",
        DOCS,
        "13-NQ/HU,,,2020-2025,Title,,",
        [
            (
                2,
                "issuer_unit",
                "party document 13-NQ/HU needs the unit whose committee issued it (HU names no single unit)",
            )
        ],
    ),
    Case(
        "state document dated in another year",
        "documents.csv",
        DOCS,
        "19/2025/QĐ-TTg,,,,Title,2024-06-01,",
        [(2, "date", "2024-06-01 is not in 2025, the year in the code 19/2025/QĐ-TTg")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_kind_of_bad_row_gets_a_clear_message(world, tmp_path, case):
    path = write(tmp_path, case.file, case.header, case.row)
    found = errors_of(path)
    if case.expect == "DOCUMENT_CODE_ERROR":  # the message is the document grammar's own
        from chitieu.core.documents import DocumentCodeError, parse

        with pytest.raises(DocumentCodeError) as parsed:
            parse("NQ-12/HU")
        assert found == [(2, "document", str(parsed.value))]
    else:
        assert found == case.expect


@dataclass(frozen=True)
class HeaderCase:
    name: str
    header: str
    expect: list[tuple[int, str, str]]


HEADER_CASES = [
    HeaderCase(
        "unknown column",
        OBS + ",comment",
        [
            (
                1,
                "comment",
                "unknown column in a observations file; its columns are indicator, unit, period, value, "
                "unit_as_of, is_estimate, source_ref, reason",
            )
        ],
    ),
    HeaderCase(
        "missing required column",
        "indicator,unit,period",
        [(1, "value", "missing required column of a observations file")],
    ),
    HeaderCase("column twice", OBS + ",value", [(1, "value", "the column appears twice")]),
]


@pytest.mark.parametrize("case", HEADER_CASES, ids=lambda c: c.name)
def test_header_problems_are_reported_on_row_one(world, tmp_path, case):
    path = write(tmp_path, "observations.csv", case.header, "t-growth,T01,2024")
    assert errors_of(path, "observations") == case.expect


def test_every_row_error_is_collected_with_the_row_number_the_user_sees(world, tmp_path):
    path = write(
        tmp_path,
        "obs.csv",
        OBS,
        GOOD_OBS,
        "t-growth,T01,,2024-H1,abc,false,,",
        "",
        "t-nothing,T01,,2023,1,maybe,,",
    )
    assert errors_of(path) == [
        (3, "value", "'abc' is not a number"),
        (5, "indicator", "unknown indicator 't-nothing': import it first (indicators file)"),
        (5, "is_estimate", "'maybe' is not true or false"),
    ]


def test_duplicate_rows_in_one_file(world, tmp_path):
    path = write(tmp_path, "obs.csv", OBS, GOOD_OBS, "t-growth,T01,,2023,1,false,,", "t-growth,T01,,2024,11,false,,")
    assert errors_of(path) == [(4, "period", "duplicate of row 2 (same indicator, unit, period)")]


def test_one_bad_row_among_good_ones_writes_nothing(world, tmp_path):
    audit_before = AuditEntry.objects.count()
    good = [f"t-growth,T01,,{year},{year - 2000},false,," for year in range(2015, 2025)]
    path = write(tmp_path, "obs.csv", OBS, *good[:5], "t-growth,T01,,2014,1;5,false,,", *good[5:])
    assert errors_of(path) == [(7, "value", "'1;5' is not a number")]
    assert not mine(Observation).exists()
    assert not mine(ObservationRevision).exists()
    assert AuditEntry.objects.count() == audit_before


def test_a_failing_write_rolls_back_the_whole_file(world, tmp_path, monkeypatch):
    """Even an error found only while writing (here a forced one at the third row) leaves nothing behind."""
    from chitieu.tracking.importing import observations

    real, calls = observations.do_record_observation, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(observations, "do_record_observation", failing)
    path = write(tmp_path, "obs.csv", OBS, *[f"t-growth,T01,,{y},1,false,," for y in (2021, 2022, 2023)])
    with pytest.raises(RuntimeError):
        do_import_file(actor(), path)
    assert not mine(Observation).exists()


def test_reimporting_the_same_file_is_a_no_op(world, tmp_path):
    path = write(tmp_path, "obs.csv", OBS, GOOD_OBS, "t-growth,T01,,2024-H1,4.2,true,report,first half")
    first = do_import_file(actor(), path)
    audit_after_first = AuditEntry.objects.count()
    second = do_import_file(actor(), path)
    assert (first.created, first.revised, first.unchanged) == (2, 0, 0)
    assert (second.created, second.revised, second.unchanged) == (0, 0, 2)
    assert mine(ObservationRevision).count() == 2
    assert AuditEntry.objects.count() == audit_after_first


def test_a_changed_value_becomes_a_revision_naming_the_file_and_row(world, tmp_path):
    do_import_file(actor("an"), write(tmp_path, "first.csv", OBS, GOOD_OBS))
    report = do_import_file(actor("bình"), write(tmp_path, "second.csv", OBS, "t-growth,T01,,2024,11,false,,"))
    assert (report.created, report.revised, report.unchanged) == (0, 1, 0)
    obs = mine(Observation).get()
    revisions = list(obs.revisions.values_list("number", "value", "actor", "source_kind", "source_ref", "reason"))
    assert revisions == [
        (1, 10.5, "an", "import", "first.csv", "import first.csv row 2"),
        (2, 11.0, "bình", "import", "second.csv", "import second.csv row 2"),
    ]


def test_the_unit_is_chosen_by_the_period_or_unit_as_of(world, tmp_path):
    """Code T01 names one province before 1 July 2025 and another from that day."""
    path = write(
        tmp_path,
        "obs.csv",
        OBS,
        "t-growth,T01,,2024,1,false,,",
        "t-growth,T01,,2025-H2,2,false,,",
        "t-growth,T01,2025-07-01,2025-H1,3,false,,",
    )
    do_import_file(actor(), path)
    by_value = {o.value: o.unit.name for o in mine(Observation).select_related("unit")}
    assert by_value == {1.0: "Old T01", 2.0: "New T01", 3.0: "New T01"}


def test_documents_and_targets_import_and_reimport(world, tmp_path):
    docs = write(
        tmp_path,
        "docs.csv",
        DOCS,
        "33-CTr/HU,T011,2024-06-30,2020-2025,Chương trình,2024-03-28,",
        "19/2025/QĐ-TTg,,,,Quyết định,2025-03-01,",
    )
    targets = write(
        tmp_path,
        "targets.csv",
        TARGETS,
        GOOD_TARGET,
        "33-CTr/HU,T011,T011,2024-06-30,t-growth,2,change,<=,,-0.5,2023-12-31,30.02,,2025-06-30,halve",
    )
    assert do_import_file(actor(), docs).created == 2
    assert do_import_file(actor(), targets).created == 2
    state = Document.objects.get(code="19/2025/QĐ-TTg", title="Quyết định", issuer_unit=None)
    assert (state.system, state.number, state.doc_type, state.issuer_code, state.year) == (
        "state",
        "19",
        "QĐ",
        "TTg",
        2025,
    )
    change = mine(Target).get(form="change")
    assert (change.document.code, change.relative_change, change.baseline_value) == ("33-CTr/HU", -0.5, 30.02)
    again = do_import_file(actor(), targets)
    assert (again.created, again.revised, again.unchanged) == (0, 0, 2)
    edited = write(tmp_path, "targets2.csv", TARGETS, GOOD_TARGET.replace(",100,", ",120,"))
    assert do_import_file(actor(), edited).revised == 1
    target = mine(Target).get(form="flow")
    assert target.value == 120
    assert [(e.action, (e.before or {}).get("value")) for e in history(target)] == [
        ("create", None),
        ("update", 100.0),
    ]


def test_indicators_may_refer_to_rows_further_down_the_file(world, tmp_path):
    path = write(
        tmp_path,
        "indicators.csv",
        INDICATORS,
        "t-rate,Tỷ lệ,Rate,%,lower,rate,linear,ratio,,t-poor,t-all,,",
        "t-poor,Nghèo,Poor,households,lower,stock,linear,sum,,,,,",
        "t-all,Tất cả,All,households,higher,stock,linear,sum,,,,,",
    )
    assert do_import_file(actor(), path).created == 3
    rate = Indicator.objects.get(code="t-rate")
    assert (rate.numerator.code, rate.denominator.code) == ("t-poor", "t-all")


def test_indicators_that_refer_to_each_other_in_a_cycle(world, tmp_path):
    path = write(
        tmp_path,
        "indicators.csv",
        INDICATORS,
        "t-a,A,A,%,higher,rate,linear,weighted_mean,t-b,,,,",
        "t-b,B,B,%,higher,rate,linear,weighted_mean,t-a,,,,",
    )
    assert errors_of(path) == [
        (2, "weight", "indicators refer to each other in a cycle: t-a, t-b"),
        (3, "weight", "indicators refer to each other in a cycle: t-a, t-b"),
    ]


@pytest.mark.parametrize(
    ("name", "header", "kind"),
    [
        pytest.param("anything.csv", OBS, "observations", id="observations by header"),
        pytest.param("anything.csv", TARGETS, "targets", id="targets by header"),
        pytest.param("anything.csv", DOCS, "documents", id="documents by header"),
        pytest.param("anything.csv", INDICATORS, "indicators", id="indicators by header (not documents)"),
        pytest.param("hai-ha-observations.csv", "indicator,unit,period", "observations", id="by file name"),
    ],
)
def test_the_kind_of_file_is_detected(tmp_path, name, header, kind):
    from chitieu.tracking.actions.imports import detect_kind
    from chitieu.tracking.importing.table import read_table

    path = write(tmp_path, name, header)
    assert detect_kind(read_table(path), path) == kind


def test_a_file_of_unknown_kind(world, tmp_path):
    path = write(tmp_path, "data.csv", "a,b", "1,2")
    assert errors_of(path) == [
        (
            1,
            "header",
            "cannot tell what this file holds: its columns match no format "
            "(indicators, documents, targets, observations); name the kind (--kind)",
        )
    ]


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        pytest.param("x.txt", b"a", [(0, "file", "unsupported file type '.txt': use .csv or .xlsx")], id="suffix"),
        pytest.param(
            "x.csv",
            b"",
            [(1, "header", "the file is empty: the first row must name the columns")],
            id="empty",
        ),
        pytest.param(
            "x.csv",
            "indicator,unit,period,value\nt,T01,2024,1\n".encode("cp1258") + b"\xff\n",
            [(3, "file", "not UTF-8 text (invalid start byte): save the file as CSV UTF-8")],
            id="not utf-8",
        ),
        pytest.param(
            "x.csv",
            b"indicator,unit,period,value\nt-growth,T01,2024,1,extra\n",
            [(2, "row", "5 cells but the header has 4 columns")],
            id="extra cells",
        ),
    ],
)
def test_unreadable_files(world, tmp_path, name, content, expect):
    path = tmp_path / name
    path.write_bytes(content)
    assert errors_of(path, "observations") == expect


def test_row_error_prints_as_file_row_field_reason():
    assert str(RowError("obs.csv", 7, "value", "'1,5' is not a number")) == "obs.csv:7: value: '1,5' is not a number"


def test_progress_is_reported_per_row(world, tmp_path):
    seen = []
    path = write(tmp_path, "obs.csv", OBS, *[f"t-growth,T01,,{y},1,false,," for y in (2021, 2022, 2023)])
    do_import_file(actor(), path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]

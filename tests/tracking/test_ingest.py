"""Ingesting a report and reviewing its facts: accepted facts reach the ledger with their provenance."""

from __future__ import annotations

from datetime import date

import pytest
from django.utils import timezone
from factories import actor, make_unit
from report_samples import REPORT, VERSION, fake_extractor, span

from chitieu.tracking.actions import ActionError
from chitieu.tracking.actions.audit import history
from chitieu.tracking.actions.ingest import do_ingest_report, text_hash
from chitieu.tracking.actions.review import (
    Unmappable,
    do_accept_fact,
    do_accept_pending,
    do_reject_fact,
    guess_term,
)
from chitieu.tracking.models import AuditEntry, Document, Fact, Observation, Report, Target

pytestmark = pytest.mark.django_db


@pytest.fixture
def district():
    province = make_unit("T1", level="province", name="Thu Tinh")
    return make_unit("T11", level="district", name="Hai Thu", parent=province)


@pytest.fixture
def report(district):
    report, created = do_ingest_report(
        actor("an"), text=REPORT, unit=district, title="Review", extractor=fake_extractor
    )
    assert created
    return report


def fact(report: Report, text: str) -> Fact:
    return report.facts.get(text=text)


def test_ingest_stores_every_fact_pending_in_text_order(report):
    rows = [(f.kind, f.text, f.status) for f in report.facts.all()]

    assert rows == [
        ("doc_ref", "907-NQ/HU", "pending"),
        ("quantity", "36,000 billion VND", "pending"),
        ("quantity", "19,658 billion VND", "pending"),
        ("quantity", "1.5%", "pending"),
        ("person", "Tran Van An", "pending"),
    ]
    assert (report.language, report.extractor_version, report.sha256) == ("en", VERSION, text_hash(REPORT))
    first = fact(report, "36,000 billion VND")
    assert (first.start, first.end) == span(REPORT, "36,000 billion VND")
    assert first.extracted["value"] == 36_000_000_000_000 and first.extracted["role"] == "target"


def test_ingesting_the_same_text_again_creates_nothing(report, district):
    entries = AuditEntry.objects.count()

    again, created = do_ingest_report(actor("binh"), text=REPORT, unit=district, extractor=fake_extractor)

    assert (again.pk, created) == (report.pk, False)
    assert Report.objects.filter(sha256=report.sha256).count() == 1
    assert Fact.objects.filter(report=report).count() == 5
    assert AuditEntry.objects.count() == entries


def test_ingest_is_audited_without_copying_the_text(report):
    entry = history(report).get()

    assert (entry.action, entry.actor, entry.face) == ("ingest", "an", "cli")
    assert entry.after["text"] == f"{len(REPORT)} characters, sha256 {report.sha256}"
    assert entry.reason == "pasted text: 3 quantities, 1 document references, 1 people"
    assert [e.action for f in report.facts.all() for e in history(f)] == ["extract"] * 5


def test_ingest_reads_a_file(tmp_path, district):
    path = tmp_path / "review.txt"
    path.write_text(REPORT, encoding="utf-8")

    report, created = do_ingest_report(actor(), path=path, unit=district, extractor=fake_extractor)

    assert created and (report.file_name, report.title, report.text) == ("review.txt", "review.txt", REPORT)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (dict(text="   "), "text: the report is empty"),
        (dict(), "text: give either the text of the report or the path of its file"),
        (dict(path="/nonexistent/review.pdf"), "file: /nonexistent/review.pdf: no such file"),
        (dict(path="/tmp/review.odt"), "file: /tmp/review.odt: unsupported file type '.odt'"),
    ],
    ids=["empty text", "neither", "missing file", "unknown suffix"],
)
def test_ingest_refuses_what_it_cannot_read(given, message):
    with pytest.raises(ActionError) as error:
        do_ingest_report(actor(), extractor=fake_extractor, **given)

    assert str(error.value).startswith(message)


def test_accepting_an_actual_figure_records_an_observation_with_provenance(report, district):
    accepted = do_accept_fact(actor("binh"), fact(report, "19,658 billion VND"))

    observation = accepted.observation
    assert accepted.status == "accepted" and accepted.reviewer_name == "binh"
    assert (observation.indicator.code, observation.unit, observation.period_kind) == (
        "production-value", district, "half")
    assert (observation.value, observation.is_estimate, observation.source_kind) == (19_658, False, "document")
    assert (observation.span_start, observation.span_end) == span(REPORT, "19,658 billion VND")
    start, end = span(REPORT, "19,658 billion VND")
    assert observation.source_ref == f"report {report.pk} “Review” chars {start}–{end}, extractor test-1"
    assert [(e.action, e.actor) for e in history(accepted)][-1] == ("accept", "binh")
    assert [e.action for e in history(observation)] == ["create"]


def test_an_expected_figure_becomes_an_estimate(report):
    observation = do_accept_fact(actor(), fact(report, "1.5%")).observation

    assert (observation.indicator.code, observation.value, observation.is_estimate) == ("poverty-rate", 1.5, True)
    assert (observation.period_start, observation.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_accepting_twice_changes_nothing(report):
    first = do_accept_fact(actor(), fact(report, "19,658 billion VND"))
    entries = AuditEntry.objects.count()

    again = do_accept_fact(actor(), first, {"value": "1"})

    assert again.observation_id == first.observation_id and again.observation.value == 19_658
    assert AuditEntry.objects.count() == entries


def test_edits_win_over_what_was_extracted(report, district):
    edits = {"value": "20000", "unit": "billion VND", "role": "actual", "is_change": "", "subject": "T11",
             "indicator": "production-value", "period": "2024-YTD06"}

    accepted = do_accept_fact(actor(), fact(report, "19,658 billion VND"), edits)

    assert accepted.edited == {"value": 20000.0, "unit": "billion VND", "indicator": "production-value",
                               "subject": "T11", "period": "2024-YTD06"}
    assert accepted.extracted["value"] == 19_658_000_000_000
    observation = accepted.observation
    assert (observation.value, observation.period_kind, observation.unit) == (20000, "ytd", district)


def test_unreadable_edits_are_all_named(report):
    edits = {"value": "19,658", "role": "hoped", "period": "soon", "colour": "red"}

    with pytest.raises(ActionError) as error:
        do_accept_fact(actor(), fact(report, "19,658 billion VND"), edits)

    assert [p.field for p in error.value.problems] == ["colour", "value", "role", "period"]
    assert "write digits with a dot for decimals" in str(error.value)
    assert fact(report, "19,658 billion VND").status == "pending"


def test_a_fact_that_cannot_be_mapped_says_what_to_supply(report):
    edits = {"indicator": "number of kites flown", "subject": "Atlantis province", "period": ""}

    with pytest.raises(Unmappable) as error:
        do_accept_fact(actor(), fact(report, "19,658 billion VND"), edits)

    assert [(p.field, p.reason) for p in error.value.problems] == [
        ("indicator", "'number of kites flown' matches no catalogue indicator: give its code"),
        ("period", "the text gives no period: give one, e.g. 2024, 2024-H1 or 2021-2025"),
        ("subject", f"'Atlantis province' is not an administrative unit on {timezone.localdate()}: give a unit code"),
    ]
    assert not Observation.objects.filter(unit__code="T11").exists()


def test_a_unit_the_indicator_cannot_hold(report):
    with pytest.raises(Unmappable, match=r"unit: a value in hectare cannot be stored in billion VND: they measure "
                                         r"different things \(the indicator production-value is in billion VND\)"):
        edits = {"unit": "hectare", "indicator": "production-value"}
        do_accept_fact(actor(), fact(report, "19,658 billion VND"), edits)


def test_a_unit_no_indicator_of_that_name_holds(report):
    with pytest.raises(Unmappable, match=r"indicator: 'total production value' matches no catalogue indicator: "
                                         r"give its code \(closest: production-value, "):
        do_accept_fact(actor(), fact(report, "19,658 billion VND"), {"unit": "hectare"})


def test_a_reference_becomes_a_document(report, district):
    accepted = do_accept_fact(actor(), fact(report, "907-NQ/HU"))

    document = accepted.document
    assert (document.code, document.issuer_unit, document.term, document.date) == (
        "907-NQ/HU", district, "2020-2025", date(2023, 12, 8))
    assert [e.action for e in history(document)] == ["create"]


def test_a_reference_to_a_stored_document_links_it(report, district):
    first = do_accept_fact(actor(), fact(report, "907-NQ/HU")).document
    other, _ = do_ingest_report(actor(), text=REPORT + "\nEnd.", unit=district, extractor=fake_extractor)

    again = do_accept_fact(actor(), other.facts.get(kind="doc_ref")).document

    assert again == first and Document.objects.filter(code="907-NQ/HU", issuer_unit=district).count() == 1


def test_a_target_needs_its_document_in_the_ledger_first(report):
    with pytest.raises(Unmappable, match="document: the report refers to 907-NQ/HU, which is not in the ledger yet"):
        do_accept_fact(actor(), fact(report, "36,000 billion VND"))


def test_a_target_fact_becomes_a_target_of_the_referenced_document(report, district):
    document = do_accept_fact(actor(), fact(report, "907-NQ/HU")).document

    target = do_accept_fact(actor(), fact(report, "36,000 billion VND")).target

    assert (target.document, target.unit, target.indicator.code) == (document, district, "production-value")
    assert (target.form, target.comparator, target.value) == ("flow", ">=", 36000)
    assert (target.start, target.deadline) == (date(2024, 1, 1), date(2024, 12, 31))
    assert target.wording == "For 2024 the district aims at a total production value of 36,000 billion VND."
    assert [e.action for e in history(target)] == ["create"]


def test_the_reviewer_may_choose_the_document(report, district):
    chosen = Document.objects.create(code="1-NQ/TU", system="party", number="1", doc_type="NQ", issuer_code="TU",
                                     term="2020-2025", issuer_unit=district.parent)

    target = do_accept_fact(actor(), fact(report, "36,000 billion VND"), document=chosen).target

    assert target.document == chosen


def test_a_growth_target_on_a_level_indicator(report, district):
    do_accept_fact(actor(), fact(report, "907-NQ/HU"))
    # The reviewer names the level: a percentage change of "total production value" alone would read as the
    # catalogue's production-value-growth.
    edits = {"value": "12.5", "unit": "percent", "is_change": "on", "period": "2021-2025",
             "indicator": "production-value"}

    target = do_accept_fact(actor(), fact(report, "36,000 billion VND"), edits).target

    assert (target.form, target.value, target.start, target.deadline) == (
        "growth", 12.5, date(2021, 1, 1), date(2025, 12, 31))


def test_a_change_cannot_be_recorded_as_a_level(report):
    with pytest.raises(Unmappable, match="is_change: a change cannot be stored as a level of production-value"):
        do_accept_fact(actor(), fact(report, "19,658 billion VND"), {"is_change": True})


def test_reject(report):
    rejected = do_reject_fact(actor("chi"), fact(report, "1.5%"), reason="a forecast, not a figure")

    assert (rejected.status, rejected.reviewer_name, rejected.reason) == ("rejected", "chi", "a forecast, not a figure")
    assert rejected.observation is None
    assert history(rejected).last().action == "reject"
    with pytest.raises(ActionError, match="status: this fact is accepted"):
        do_reject_fact(actor(), do_accept_fact(actor(), fact(report, "19,658 billion VND")))


def test_accept_pending_takes_references_first_and_reports_what_it_left(report):
    do_reject_fact(actor(), fact(report, "1.5%"))

    summary = do_accept_pending(actor(), report)

    assert dict(summary.accepted) == {"doc_ref": 1, "quantity": 2, "person": 1}
    assert summary.skipped == []
    assert Target.objects.filter(facts__report=report).count() == 1
    assert Observation.objects.filter(facts__report=report).count() == 1
    assert report.facts.filter(status="pending").count() == 0


def test_accept_pending_skips_what_cannot_be_mapped(district):
    text = REPORT.replace("Resolution No. 907-NQ/HU", "the resolution")
    report, _ = do_ingest_report(actor(), text=text, unit=district, extractor=_without_refs)

    summary = do_accept_pending(actor(), report)

    assert dict(summary.accepted) == {"quantity": 2, "person": 1}
    [(skipped, problems)] = summary.skipped
    assert skipped.text == "36,000 billion VND"
    assert [str(p) for p in problems] == [
        "document: the report refers to no document: choose the document that sets this target"]


def _without_refs(text, language=None):
    import dataclasses

    from report_samples import extraction

    full = extraction(REPORT)
    shift = len(text) - len(REPORT)
    moved = tuple(dataclasses.replace(q, start=q.start + shift, end=q.end + shift) for q in full.quantities)
    people = tuple(dataclasses.replace(p, start=p.start + shift, end=p.end + shift) for p in full.people)
    return dataclasses.replace(full, quantities=moved, doc_refs=(), people=people)


@pytest.mark.parametrize(
    ("code", "day", "term"),
    [("12-NQ/HU", date(2023, 12, 8), "2020-2025"), ("3-NQ/HU", date(2020, 3, 1), "2015-2020"),
     ("57-NQ/TW", date(2024, 12, 22), "2021-2026"), ("5-NQ/TU", date(2025, 9, 30), "2025-2030"),
     ("12-NQ/HU", None, "")],
    ids=["district, mid-term", "before the 2020 congresses", "central", "after the 2025 congresses", "no date"],
)
def test_guess_term(code, day, term):
    from chitieu.core.documents import parse

    assert guess_term(parse(code), day) == term


@pytest.mark.django_db
def test_a_city_subject_is_never_a_commune_of_the_same_name():
    from types import SimpleNamespace

    from chitieu.tracking.actions.review import unit_for_subject

    # The real map has both Thành phố Hạ Long (a district-level city) and Xã Hạ Long (a commune).
    unit, problem = unit_for_subject("Ha Long city", SimpleNamespace(unit=None), date(2024, 7, 15))
    assert (unit.name if unit else None, problem) == ("Thành phố Hạ Long", None)

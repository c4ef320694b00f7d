"""Actions on indicators, documents and targets: validated, written, audited with before and after."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from factories import actor, make_indicator, make_unit, mine

from chitieu.core.status.model import Status
from chitieu.tracking.actions import (
    ActionError,
    AlreadyExists,
    DocumentSpec,
    IndicatorSpec,
    TargetSpec,
    do_create_document,
    do_create_indicator,
    do_create_target,
    do_override_target_status,
    do_update_document,
    do_update_indicator,
    do_update_target,
)
from chitieu.tracking.actions.audit import history
from chitieu.tracking.models import Document

pytestmark = pytest.mark.django_db

RATIO = IndicatorSpec(
    code="t-rate",
    name_vi="Tỷ lệ",
    name_en="Rate",
    unit_of_measure="%",
    direction="lower",
    kind="rate",
    growth_model="linear",
    aggregation="ratio",
    numerator="t-poor",
    denominator="t-all",
)


def test_indicator_create_and_update_are_audited():
    make_indicator("t-poor", aggregation="sum")
    make_indicator("t-all", aggregation="sum")
    rate = do_create_indicator(actor("an"), RATIO, reason="catalogue")
    assert (rate.numerator.code, rate.denominator.code) == ("t-poor", "t-all")
    do_update_indicator(actor("bình"), rate, reason="typo", name_en="Poverty rate")
    rate.refresh_from_db()
    entries = list(history(rate))
    assert [(e.action, e.actor, e.reason) for e in entries] == [
        ("create", "an", "catalogue"),
        ("update", "bình", "typo"),
    ]
    assert (entries[1].before["name_en"], entries[1].after["name_en"]) == ("Rate", "Poverty rate")
    assert entries[1].after["numerator_id"] == rate.numerator_id


def test_an_update_that_changes_nothing_writes_nothing():
    indicator = make_indicator("t-x")
    do_update_indicator(actor(), indicator, name_en="t-x")
    assert len(history(indicator)) == 1


@dataclasses.dataclass(frozen=True)
class Refusal:
    name: str
    changes: dict
    message: str


REFUSALS = [
    Refusal("rename", {"code": "t-y"}, "code: codes are stable: create a new indicator instead of renaming one"),
    Refusal("unknown field", {"colour": "red"}, "colour: is not a field of an indicator"),
    Refusal(
        "weighted mean without weight",
        {"aggregation": "weighted_mean"},
        "weight: aggregation weighted_mean needs a weight indicator",
    ),
    Refusal(
        "threshold on a sum",
        {"aggregation": "sum", "threshold": 1.0},
        "threshold: a threshold is only used with aggregation count_threshold",
    ),
    Refusal(
        "own weight", {"aggregation": "weighted_mean", "weight": "t-x"}, "weight: an indicator cannot be its own weight"
    ),
]


@pytest.mark.parametrize("case", REFUSALS, ids=lambda c: c.name)
def test_invalid_indicator_updates_are_refused(case):
    indicator = make_indicator("t-x")
    with pytest.raises(ActionError) as refused:
        do_update_indicator(actor(), indicator, **case.changes)
    assert str(refused.value) == case.message
    indicator.refresh_from_db()
    assert (indicator.aggregation, len(history(indicator))) == ("none", 1)


def test_a_second_indicator_with_the_same_code_is_refused():
    make_indicator("t-x")
    with pytest.raises(AlreadyExists):
        make_indicator("t-x")


def test_party_document_identity_is_issuer_term_type_number():
    district_a, district_b = make_unit("T011", level="district"), make_unit("T012", level="district")
    first = do_create_document(actor(), DocumentSpec("12 -NQ/HU", issuer_unit=district_a, term="2020-2025"))
    assert (first.code, first.system, first.number, first.doc_type, first.issuer_code) == (
        "12-NQ/HU",
        "party",
        "12",
        "NQ",
        "HU",
    )
    do_create_document(actor(), DocumentSpec("12-NQ/HU", issuer_unit=district_b, term="2020-2025"))
    do_create_document(actor(), DocumentSpec("12-NQ/HU", issuer_unit=district_a, term="2025-2030"))
    with pytest.raises(AlreadyExists):
        do_create_document(actor(), DocumentSpec("012-NQ/HU", issuer_unit=district_a, term="2020-2025"))
    assert mine(Document).count() == 3


def test_document_update_is_audited_and_identity_is_fixed():
    doc = do_create_document(actor(), DocumentSpec("19/2025/QĐ-TTg", title="Quyết định"))
    do_update_document(actor(), doc, reason="date known", date=date(2025, 3, 1))
    assert [e.action for e in history(doc)] == ["create", "update"]
    with pytest.raises(ActionError, match="term: cannot be changed"):
        do_update_document(actor(), doc, term="2020-2025")
    with pytest.raises(ActionError, match="date: 2024-01-01 is not in 2025"):
        do_update_document(actor(), doc, date=date(2024, 1, 1))


def test_an_unparseable_code_is_refused_with_the_grammar_message():
    with pytest.raises(ActionError, match="^code: "):
        do_create_document(actor(), DocumentSpec("NQ-12/HU"))


@pytest.fixture
def target_spec():
    unit = make_unit("T011", level="district")
    document = do_create_document(actor(), DocumentSpec("12-NQ/HU", issuer_unit=unit, term="2020-2025"))
    return TargetSpec(
        document=document,
        unit=unit,
        indicator=make_indicator("t-value"),
        form="flow",
        deadline=date(2024, 12, 31),
        comparator=">",
        value=36000,
        label="1",
    )


def test_target_create_update_and_identity(target_spec):
    target = do_create_target(actor(), target_spec)
    with pytest.raises(AlreadyExists):
        do_create_target(actor(), target_spec)
    do_update_target(actor("chi"), target, reason="corrected", value=36500)
    target.refresh_from_db()
    assert target.value == 36500
    [_, update] = history(target)
    assert (update.before["value"], update.after["value"], update.actor, update.reason) == (
        36000,
        36500,
        "chi",
        "corrected",
    )
    with pytest.raises(ActionError, match="value: a flow target needs a positive value, not -1"):
        do_update_target(actor(), target, value=-1)


def test_override_needs_a_reason_and_a_known_status_and_can_be_cleared(target_spec):
    target = do_create_target(actor(), target_spec)
    with pytest.raises(ActionError, match="reason: an override needs a reason"):
        do_override_target_status(actor(), target, Status.ACHIEVED, " ")
    with pytest.raises(ActionError, match="status: 'done' is not a status: use one of exceeded, achieved"):
        do_override_target_status(actor(), target, "done", "because")
    do_override_target_status(actor("an"), target, "achieved", "the province confirmed the year's figure")
    target.refresh_from_db()
    assert (target.override_status, target.override_reason) == ("achieved", "the province confirmed the year's figure")
    assert target.override_at is not None
    do_override_target_status(actor("an"), target, "", "figure withdrawn")
    target.refresh_from_db()
    assert (target.override_status, target.override_reason, target.override_at) == ("", "", None)
    assert [e.action for e in history(target)] == ["create", "override_status", "clear_override"]
    assert history(target).last().before["override_status"] == "achieved"

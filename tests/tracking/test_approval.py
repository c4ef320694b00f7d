"""The approval workflow: which transitions each state allows, which figures count, and conflicts between people.

Statuses and roll-ups count approved figures; with ``include_submitted`` also the submitted ones. Drafts and
reopened figures never count (docs/workflow.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.utils import translation
from factories import actor, make_indicator, make_unit

from chitieu.core.hierarchy import load_hierarchy
from chitieu.core.status.model import Status
from chitieu.tracking import reports
from chitieu.tracking.actions import ActionError, do_override_target_status, do_record_observation
from chitieu.tracking.actions.approval import (
    do_approve_observation,
    do_reopen_observation,
    do_submit_observation,
)
from chitieu.tracking.actions.audit import history
from chitieu.tracking.actions.errors import Conflict
from chitieu.tracking.actions.observations import do_edit_observation
from chitieu.tracking.assessment import assess_document, assess_target, assess_targets, document_summary
from chitieu.tracking.models import Indicator, Observation
from chitieu.tracking.queries import unit_by_code
from chitieu.tracking.rollups import rollup_indicator
from web.fixtures import DOC_CODE, build_world, observe

pytestmark = pytest.mark.django_db
State = Observation.State
MID_2024 = date(2024, 6, 30)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def figure():
    """A draft figure of a test indicator for test unit T01."""
    indicator, unit = make_indicator("t-rate"), make_unit("T01")
    return do_record_observation(actor("reporter"), indicator, unit, "2024-H1", 14.8, source_kind="manual").observation


# --- transitions ----------------------------------------------------------------------------------------------


def submit(o, v):
    return do_submit_observation(actor("reporter"), o, expected_version=v)


def approve(o, v):
    return do_approve_observation(actor("approver"), o, expected_version=v)


def reopen(o, v):
    return do_reopen_observation(actor("approver"), o, "the office revised the figure", expected_version=v)


STEPS = {"submit": submit, "approve": approve, "reopen": reopen}


@dataclass(frozen=True)
class Path:
    name: str
    steps: list[str]
    states: list[str]  # the state after each step; "!" marks a step refused (the state stays)


PATHS = [
    Path("draft → submitted → approved", ["submit", "approve"], [State.SUBMITTED, State.APPROVED]),
    Path("approved → reopened → submitted again", ["submit", "approve", "reopen", "submit"],
         [State.SUBMITTED, State.APPROVED, State.REOPENED, State.SUBMITTED]),
    Path("a submitted figure can be sent back", ["submit", "reopen"], [State.SUBMITTED, State.REOPENED]),
    Path("a draft cannot be approved", ["approve"], ["!"]),
    Path("a draft cannot be reopened", ["reopen"], ["!"]),
    Path("an approved figure cannot be submitted", ["submit", "approve", "submit"],
         [State.SUBMITTED, State.APPROVED, "!"]),
    Path("a reopened figure cannot be approved without being submitted", ["submit", "reopen", "approve"],
         [State.SUBMITTED, State.REOPENED, "!"]),
]


@pytest.mark.parametrize("case", PATHS, ids=lambda c: c.name)
def test_transitions(figure, case):
    observation = figure
    for step, expected in zip(case.steps, case.states, strict=True):
        version = observation.version
        if expected == "!":
            with pytest.raises(ActionError, match=f"state: cannot {step} a figure that is"):
                STEPS[step](observation, version)
            observation.refresh_from_db()
            assert observation.version == version  # a refused step writes nothing
            continue
        observation = STEPS[step](observation, version)
        assert (observation.state, observation.version) == (expected, version + 1)


def test_every_transition_is_audited_with_who_why_and_the_state_before_and_after(figure):
    approved = approve(submit(figure, 1), 2)
    reopen(approved, 3)

    trail = [(e.action, e.actor, e.face, e.before and e.before["state"], e.after["state"], e.reason)
             for e in history(figure)]
    assert trail == [
        ("create", "reporter", "cli", None, "draft", ""),
        ("submit", "reporter", "cli", "draft", "submitted", ""),
        ("approve", "approver", "cli", "submitted", "approved", ""),
        ("reopen", "approver", "cli", "approved", "reopened", "the office revised the figure"),
    ]


def test_reopening_needs_a_reason(figure):
    submitted = submit(figure, 1)
    with pytest.raises(ActionError, match="reason: reopening a figure needs a reason"):
        do_reopen_observation(actor(), submitted, "  ", expected_version=2)


@dataclass(frozen=True)
class EditCase:
    name: str
    steps: list[str]
    allowed: bool


EDITS = [
    EditCase("a draft", [], True),
    EditCase("a reopened figure", ["submit", "reopen"], True),
    EditCase("a submitted figure (with the approvers)", ["submit"], False),
    EditCase("an approved figure (published and locked)", ["submit", "approve"], False),
]


@pytest.mark.parametrize("case", EDITS, ids=lambda c: c.name)
def test_which_figures_can_be_edited(figure, case):
    observation = figure
    for step in case.steps:
        observation = STEPS[step](observation, observation.version)
    state = observation.state
    if not case.allowed:
        with pytest.raises(ActionError, match=f"state: this figure is {state}: it can be changed only after"):
            do_edit_observation(actor(), observation, 15.0, is_estimate=False, expected_version=observation.version)
        return
    edited = do_edit_observation(
        actor("an"), observation, 15.0, is_estimate=True, expected_version=observation.version, reason="typo"
    ).observation
    assert (edited.value, edited.is_estimate, edited.state, edited.revision) == (15.0, True, state, 2)
    assert edited.version == observation.version + 1


# --- conflicts ------------------------------------------------------------------------------------------------


def test_two_people_edit_the_same_version_the_second_gets_the_first_ones_value(figure):
    read_by_an = Observation.objects.get(pk=figure.pk)
    read_by_binh = Observation.objects.get(pk=figure.pk)
    assert read_by_an.version == read_by_binh.version == 1

    do_edit_observation(actor("an"), read_by_an, 15.2, is_estimate=False, expected_version=1)
    with pytest.raises(Conflict) as conflict:
        do_edit_observation(actor("bình"), read_by_binh, 16.0, is_estimate=False, expected_version=1)

    current = conflict.value.current
    assert (current.value, current.version) == (15.2, 2)
    assert str(conflict.value) == (
        "version: this figure was changed by someone else since you opened it (your version 1, now version 2): "
        "its value is now 15.2 (draft); reload it and make your change again"
    )
    figure.refresh_from_db()
    assert (figure.value, figure.revision) == (15.2, 2)  # the first save stands; the second wrote nothing
    assert [r.value for r in figure.revisions.order_by("number")] == [14.8, 15.2]


def test_a_transition_based_on_an_old_reading_is_a_conflict(figure):
    do_edit_observation(actor("an"), figure, 15.2, is_estimate=False, expected_version=1)
    with pytest.raises(Conflict) as conflict:
        submit(figure, 1)  # she submits what she saw: 14.8
    assert conflict.value.current.value == 15.2
    figure.refresh_from_db()
    assert figure.state == State.DRAFT


def test_recording_a_new_figure_expecting_none_conflicts_with_an_existing_one(figure):
    with pytest.raises(Conflict) as conflict:
        do_record_observation(actor(), figure.indicator, figure.unit, "2024-H1", 3, source_kind="manual",
                              expected_version=0)
    assert conflict.value.current.pk == figure.pk


# --- which figures count --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counting:
    name: str
    state: str
    include_submitted: bool
    status: Status


COUNTING = [
    Counting("approved counts", State.APPROVED, False, Status.NEEDS_ACCELERATION),
    Counting("approved counts with the switch too", State.APPROVED, True, Status.NEEDS_ACCELERATION),
    Counting("submitted does not count by default", State.SUBMITTED, False, Status.NO_DATA),
    Counting("submitted counts with the switch", State.SUBMITTED, True, Status.NEEDS_ACCELERATION),
    Counting("a draft never counts", State.DRAFT, True, Status.NO_DATA),
    Counting("a reopened figure never counts", State.REOPENED, True, Status.NO_DATA),
]


@pytest.mark.parametrize("case", COUNTING, ids=lambda c: c.name)
def test_which_figures_the_status_counts(db, case):
    world = build_world()
    Observation.objects.filter(pk=world.poverty_observation.pk).update(state=case.state)
    switch = {"include_submitted": case.include_submitted}

    alone = assess_target(world.poverty, MID_2024, **switch)
    batch = assess_targets([world.poverty], MID_2024, **switch)[world.poverty.pk]
    page = reports.target_report(world.poverty.pk, MID_2024, **switch)
    unit_page = reports.unit_report("T11", MID_2024, **switch)
    document_page = reports.document_report(world.document.pk, MID_2024, **switch)

    assert alone.status == batch.status == page.assessment.status == case.status
    assert {t.target.label: t.assessment.status for t in unit_page.targets}["2"] == case.status
    assert {t.target.label: t.assessment.status for t in document_page.targets}["2"] == case.status
    assert dict(assess_document(DOC_CODE, MID_2024, **switch))["2 t-poverty"].status == case.status
    summary = document_summary(world.document, MID_2024, **switch)
    assert summary.counts.get(case.status, 0) >= 1
    counted = case.status is not Status.NO_DATA
    assert [o.pk for o in page.observations] == ([world.poverty_observation.pk] if counted else [])


def test_the_target_page_lists_the_figures_that_do_not_count_apart_when_asked(world_with_a_draft):
    world, draft = world_with_a_draft

    plain = reports.target_report(world.poverty.pk, date(2024, 12, 31))
    asked = reports.target_report(world.poverty.pk, date(2024, 12, 31), with_uncounted=True)

    assert [o.value for o in plain.observations] == [o.value for o in asked.observations] == [5.0]
    assert (plain.uncounted, [o.pk for o in asked.uncounted]) == ([], [draft.pk])


@pytest.fixture
def world_with_a_draft(db):
    world = build_world()
    draft = observe(world.poverty.indicator, world.district, date(2024, 1, 1), date(2024, 6, 30), 1.0, "half",
                    state=State.DRAFT)
    return world, draft


def test_rollups_count_approved_figures_and_submitted_ones_when_asked(db):
    """Three communes of Hải Hà district (Quảng Ninh, before the reform): one figure in each state."""
    before = date(2023, 6, 30)
    tree = load_hierarchy().as_of(before)
    district = next(u for u in tree.children("22") if u.short_name == "Hải Hà")
    communes = [u.code for u in tree.children(district.code)][:3]
    indicator = Indicator.objects.get(code="poor-households")
    for code, value, state in zip(communes, (100, 20, 3), (State.APPROVED, State.SUBMITTED, State.DRAFT), strict=True):
        do_record_observation(actor(), indicator, unit_by_code(code, before), "2023", value, source_kind="manual",
                              state=state)

    approved = rollup_indicator("poor-households", district.code, "2023")
    previewed = rollup_indicator("poor-households", district.code, "2023", include_submitted=True)

    assert (approved.value, approved.inputs) == (100, 1)
    assert (previewed.value, previewed.inputs) == (120, 2)


# --- manual overrides are audited like every write ------------------------------------------------------------


def test_a_status_override_and_its_clearing_are_audited_with_who_why_and_before_and_after(db):
    world = build_world()
    target = world.poverty

    do_override_target_status(actor("an", "page"), target, "off_track", "the survey was not done")
    do_override_target_status(actor("bình", "api"), target, "", "the survey came in")

    trail = [
        (e.action, e.actor, e.face, e.before["override_status"], e.after["override_status"], e.reason)
        for e in history(target)
    ]
    assert trail == [
        ("override_status", "an", "page", "", "off_track", "the survey was not done"),
        ("clear_override", "bình", "api", "off_track", "", "the survey came in"),
    ]
    rows = reports.target_report(target.pk, MID_2024).audit
    assert [(r.action_label, r.face_label, [(c.label, c.before, c.after) for c in r.changes if c.field ==
             "override_status"]) for r in rows] == [
        ("status set by hand", "web page", [("status override", "", "off_track")]),
        ("status override cleared", "API", [("status override", "off_track", "")]),
    ]

"""Recording observations keeps every value: revisions in order, with who, when, why and the source."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import actor, make_indicator, make_unit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chitieu.tracking.actions import ActionError, Outcome, do_record_observation
from chitieu.tracking.actions.audit import history
from chitieu.tracking.models import Observation, ObservationRevision, Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def subject():
    return make_indicator("t-growth"), make_unit("T01")


def test_first_value_creates_revision_one(subject):
    indicator, unit = subject
    recorded = do_record_observation(
        actor("an"), indicator, unit, "2024-H1", 14.8, source_kind="manual", reason="first-half report"
    )
    obs = recorded.observation
    assert recorded.outcome is Outcome.CREATED
    assert (obs.period_kind, str(obs.period_start), str(obs.period_end)) == (
        "half",
        "2024-01-01",
        "2024-06-30",
    )
    assert (obs.value, obs.revision) == (14.8, 1)
    revision = obs.revisions.get()
    assert (revision.number, revision.value, revision.actor, revision.reason) == (
        1,
        14.8,
        "an",
        "first-half report",
    )
    assert revision.changed_at.tzinfo is not None
    [entry] = history(obs)
    assert (entry.action, entry.before, entry.after["value"], entry.actor) == ("create", None, 14.8, "an")


def test_revisions_keep_every_value_in_order_with_who_and_why(subject):
    indicator, unit = subject
    steps = [
        (12.0, False, "bình", "estimate in the July report"),
        (12.0, True, "chi", "marked as an estimate"),
        (13.1, False, "dung", "final figure from the statistics office"),
    ]
    for value, estimate, who, why in steps:
        do_record_observation(
            actor(who), indicator, unit, "2024", value, is_estimate=estimate, source_kind="manual", reason=why
        )
    obs = Observation.objects.get(indicator=indicator, unit=unit)
    kept = list(obs.revisions.values_list("number", "value", "is_estimate", "actor", "reason"))
    assert kept == [(n, v, e, who, why) for n, (v, e, who, why) in enumerate(steps, 1)]
    assert (obs.value, obs.is_estimate, obs.revision) == (13.1, False, 3)
    times = list(obs.revisions.values_list("changed_at", flat=True))
    assert times == sorted(times)
    assert [e.action for e in history(obs)] == ["create", "revise", "revise"]
    assert history(obs).last().before["value"] == 12.0


def test_the_same_value_again_is_a_no_op(subject):
    indicator, unit = subject
    do_record_observation(actor(), indicator, unit, "2024-Q3", 5, source_kind="import", source_ref="a.csv")
    again = do_record_observation(actor(), indicator, unit, "2024-Q3", 5.0, source_kind="import", source_ref="b.csv")
    assert again.outcome is Outcome.UNCHANGED
    assert ObservationRevision.objects.filter(observation=again.observation).count() == 1
    assert len(history(again.observation)) == 1


def test_the_source_is_recorded_on_the_observation_and_its_revision(subject):
    indicator, unit = subject
    recorded = do_record_observation(
        actor(),
        indicator,
        unit,
        "2024-YTD06",
        19658,
        source_kind="document",
        source_ref="report p. 2",
        span=(120, 161),
    )
    obs = recorded.observation
    assert (obs.source_kind, obs.source_ref, obs.span_start, obs.span_end) == (
        "document",
        "report p. 2",
        120,
        161,
    )
    assert obs.revisions.get().source_ref == "report p. 2"


@pytest.mark.parametrize(
    ("period", "value", "source_kind", "message"),
    [
        pytest.param("2024-H3", 1.0, "manual", "period: period '2024-H3' is not one of", id="bad period"),
        pytest.param("2024", float("nan"), "manual", "value: nan is not a finite number", id="not finite"),
        pytest.param("2024", 1.0, "rumour", "source_kind: 'rumour' is not a source", id="bad source"),
    ],
)
def test_invalid_input_is_refused(subject, period, value, source_kind, message):
    indicator, unit = subject
    with pytest.raises(ActionError) as raised:
        do_record_observation(actor(), indicator, unit, period, value, source_kind=source_kind)
    assert str(raised.value).startswith(message)
    assert not Observation.objects.filter(indicator=indicator).exists()


def test_audit_time_is_aware_and_recent(subject):
    indicator, unit = subject
    obs = do_record_observation(actor(), indicator, unit, "2024", 1, source_kind="manual").observation
    entry = history(obs).get()
    assert entry.at.tzinfo is not None
    assert entry.at - obs.revisions.get().changed_at < timedelta(seconds=5)


_examples = iter(range(10**6))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.tuples(st.sampled_from([1.0, 2.5, 3.0]), st.booleans()), min_size=1, max_size=8))
def test_revisions_are_exactly_the_changes_in_order(values):
    """Recording any sequence of values keeps one revision per change, in order, and ends at the last value."""
    indicator = make_indicator(f"t-prop-{next(_examples)}")
    unit = make_unit("T01") if not Unit.objects.filter(code="T01").exists() else Unit.objects.get(code="T01")
    for value, estimate in values:
        do_record_observation(actor(), indicator, unit, "2024", value, is_estimate=estimate, source_kind="manual")
    changes = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    obs = Observation.objects.get(indicator=indicator, unit=unit)
    assert list(obs.revisions.values_list("value", "is_estimate")) == changes
    assert (obs.value, obs.is_estimate, obs.revision) == (*values[-1], len(changes))

"""Invariants of the engine, overrides and summaries, checked on generated inputs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.status import (
    Assessment,
    Baseline,
    Direction,
    Form,
    GrowthModel,
    Observation,
    OverrideError,
    Rule,
    Status,
    TargetSpec,
    apply_override,
    assess,
    explain,
    summarise,
)

# How good a status is, for statuses a level target can have before its deadline.
RANK = {Status.OFF_TRACK: 0, Status.NEEDS_ACCELERATION: 1, Status.ON_TRACK: 2, Status.ACHIEVED: 3}
values = st.floats(-1000, 1000, allow_nan=False).map(lambda x: round(x, 3))
as_of = date(2024, 3, 1)


def level_target(value: float, base: float, direction: Direction, growth: GrowthModel) -> TargetSpec:
    return TargetSpec(
        form=Form.LEVEL,
        value=value,
        direction=direction,
        baseline=Baseline(date(2020, 12, 31), base),
        deadline=date(2025, 12, 31),
        growth=growth,
    )


def year(y: int, value: float) -> Observation:
    return Observation(date(y, 1, 1), date(y, 12, 31), value)


@given(values, values, values, values, st.sampled_from(list(Direction)), st.sampled_from(list(GrowthModel)))
def test_a_better_latest_value_never_gives_a_worse_status(
    target: float, base: float, low: float, high: float, direction: Direction, growth: GrowthModel
) -> None:
    low, high = sorted((low, high), reverse=direction is Direction.LOWER)  # high is the better one
    spec = level_target(target, base, direction, growth)
    worse, better = assess(spec, [year(2023, low)], as_of), assess(spec, [year(2023, high)], as_of)
    assert RANK[better.status] >= RANK[worse.status]


@given(values, values, values)
def test_mirroring_values_and_direction_keeps_the_status(target: float, base: float, latest: float) -> None:
    up = assess(level_target(target, base, Direction.HIGHER, GrowthModel.LINEAR), [year(2023, latest)], as_of)
    down = assess(level_target(-target, -base, Direction.LOWER, GrowthModel.LINEAR), [year(2023, -latest)], as_of)
    assert (up.status, up.rule) == (down.status, down.rule)


@given(values, values, st.lists(st.tuples(st.integers(2024, 2027), values), min_size=1, max_size=6))
def test_what_is_published_after_as_of_changes_nothing(target: float, base: float, later: list) -> None:
    spec = level_target(target, base, Direction.HIGHER, GrowthModel.LINEAR)
    known = [year(2022, base + 1), year(2023, base + 2)]
    future = [Observation(date(y, 3, 2), date(y + 1, 1, 1), v) for y, v in later]  # all end after as_of
    assert assess(spec, known, as_of) == assess(spec, known + future, as_of)


@given(st.lists(st.sampled_from(list(Status)), max_size=40))
def test_summary_buckets_nest_and_counts_add_up(statuses: list[Status]) -> None:
    summary = summarise(statuses)
    assert summary.total == len(statuses) == sum(summary.counts.values())
    assert summary.achieved_so_far <= summary.expected_by_end_of_term <= summary.total
    assert summary.expected_by_end_of_term + summary.difficult <= summary.total


@dataclass(frozen=True)
class SummaryCase:
    name: str
    given: list[str]
    expect: tuple[int, int, int]  # achieved so far, expected by end of term, difficult


SUMMARY_CASES = [
    SummaryCase("empty document", [], (0, 0, 0)),
    SummaryCase(
        "Quan Sơn-like mid-term review: 9 achieved, 14 more on track, 4 difficult",
        ["achieved"] * 5 + ["exceeded"] * 4 + ["on_track"] * 14 + ["needs_acceleration"] * 3 + ["off_track"],
        (9, 23, 4),
    ),
    SummaryCase(
        "no data, pending and not achieved fall in no bucket", ["no_data", "pending", "not_achieved"], (0, 0, 0)
    ),
]


@pytest.mark.parametrize("case", SUMMARY_CASES, ids=lambda c: c.name)
def test_summary_buckets(case: SummaryCase) -> None:
    summary = summarise(case.given)
    assert (summary.achieved_so_far, summary.expected_by_end_of_term, summary.difficult) == case.expect
    assert set(summary.counts) == set(Status)


def test_an_override_keeps_the_computed_status_beside_it() -> None:
    computed = Assessment(Status.OFF_TRACK, Rule.PROGRESS_OFF_TRACK, {"R": 0.2})
    overridden = apply_override(computed, Status.ON_TRACK, "  the 2024 figure is revised upwards  ")
    assert (overridden.status, overridden.computed_status, overridden.rule) == (
        Status.ON_TRACK,
        Status.OFF_TRACK,
        Rule.PROGRESS_OFF_TRACK,
    )
    assert overridden.as_dict() == {
        "status": "on_track",
        "rule": "progress.off_track",
        "numbers": {"R": 0.2},
        "computed_status": "off_track",
        "override_reason": "the 2024 figure is revised upwards",
    }


def test_overriding_twice_keeps_the_engines_status() -> None:
    computed = Assessment(Status.OFF_TRACK, Rule.PROGRESS_OFF_TRACK, {"R": 0.2})
    twice = apply_override(apply_override(computed, Status.ON_TRACK, "first"), Status.ACHIEVED, "second")
    assert (twice.status, twice.computed_status, twice.override_reason) == (
        Status.ACHIEVED,
        Status.OFF_TRACK,
        "second",
    )


def test_the_sentence_shows_the_override_and_the_computation() -> None:
    spec = level_target(100, 0, Direction.HIGHER, GrowthModel.LINEAR)
    overridden = apply_override(assess(spec, [year(2023, 20)], as_of), Status.ON_TRACK, "new factory opens in 2025")
    assert explain(overridden) == (
        "On track, set by hand: new factory opens in 2025. The engine computed: Off track: from 0 on 2020-12-31 "
        "to 20 on 2023-12-31 is only 33% of the pace needed to reach 100 by 2025-12-31."
    )


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_override_needs_a_reason(reason: str) -> None:
    with pytest.raises(OverrideError, match="reason"):
        apply_override(Assessment(Status.OFF_TRACK, Rule.PROGRESS_OFF_TRACK), Status.ON_TRACK, reason)

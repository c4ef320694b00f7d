"""The vectorised batch path gives the per-target engine's status and rule, for every form."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_status_engine import CASES, D

from chitieu.core.status import (
    Baseline,
    Direction,
    Form,
    GrowthModel,
    Observation,
    Rule,
    Status,
    TargetError,
    TargetSpec,
    Thresholds,
    assess,
)
from chitieu.core.status.batch import (
    BatchShapeError,
    ObservationColumns,
    assess_batch,
    columns_from_specs,
)

FIRST, LAST = date(2019, 1, 1), date(2027, 12, 31)
days = st.dates(FIRST, date(2025, 12, 31))
as_of_days = st.dates(date(2021, 6, 1), LAST)
numbers = st.one_of(
    st.integers(-20, 200).map(float),
    st.sampled_from([0.0, 1.0, 95.0, 100.0, 12.5]),
    st.floats(-1e4, 1e4, allow_nan=False, allow_infinity=False),
)


@st.composite
def targets(draw: st.DrawFn) -> TargetSpec:
    form = draw(st.sampled_from(list(Form)))
    deadline = draw(st.dates(date(2021, 1, 1), date(2026, 12, 31)))
    baseline = draw(
        st.none() | st.builds(Baseline, st.dates(FIRST, min(deadline - timedelta(days=1), date(2022, 1, 1))), numbers)
    )
    if form is Form.CHANGE and baseline is None:
        baseline = Baseline(deadline - timedelta(days=draw(st.integers(1, 1500))), draw(numbers))
    try:
        return TargetSpec(
            form=form,
            deadline=deadline,
            direction=draw(st.sampled_from(list(Direction))),
            value=draw(numbers.map(abs) if form is Form.FLOW else numbers) or (1.0 if form is Form.FLOW else 0.0),
            relative_change=draw(st.none() | st.floats(-1, 2)),
            baseline=baseline,
            start=draw(st.none() | st.dates(FIRST, deadline)),
            growth=draw(st.sampled_from(list(GrowthModel))),
            observations_are_rates=draw(st.booleans()),
        )
    except TargetError as error:  # the strategy only means to build valid targets
        raise AssertionError(error) from error


@st.composite
def observation_for(draw: st.DrawFn, target: TargetSpec) -> Observation:
    start = target.period_start if target.form is Form.FLOW and draw(st.booleans()) else None
    start = start or draw(days)
    if draw(st.booleans()):  # calendar-like spans are the common case, and hit the deadline exactly
        end = draw(st.sampled_from([target.deadline, date(start.year, 12, 31), date(start.year, 6, 30)]))
        end = max(end, start)
    else:
        end = start + timedelta(days=draw(st.integers(0, 1100)))
    value = draw(numbers)
    return Observation(start, end, value)


@st.composite
def cases(draw: st.DrawFn) -> tuple[TargetSpec, list[Observation]]:
    target = draw(targets())
    return target, draw(st.lists(observation_for(target), max_size=5))


@settings(max_examples=400, deadline=None)
@given(st.lists(cases(), min_size=1, max_size=12), as_of_days)
def test_batch_agrees_with_the_engine(batch: list[tuple[TargetSpec, list[Observation]]], as_of: date) -> None:
    specs, observations = [t for t, _ in batch], [o for _, o in batch]
    thresholds = Thresholds()
    result = assess_batch(*columns_from_specs(specs, observations), as_of, thresholds)
    for i, (target, obs) in enumerate(batch):
        single = assess(target, obs, as_of, thresholds)
        assert (result.rules()[i], result.statuses()[i]) == (single.rule, single.status), (target, obs)
        if "R" in single.numbers:
            assert math.isclose(result.ratio[i], single.numbers["R"], rel_tol=1e-9, abs_tol=1e-12)
        else:
            assert math.isnan(result.ratio[i])


def test_batch_agrees_on_every_row_of_the_decision_table() -> None:
    for case in CASES:
        columns = columns_from_specs([case.target], [case.observations])
        result = assess_batch(*columns, D(case.as_of), case.thresholds)
        assert (result.rules(), result.statuses()) == ([case.rule], [case.status]), case.name


def test_batch_of_targets_without_any_observation() -> None:
    spec = TargetSpec(form=Form.BINARY, deadline=date(2025, 12, 31))
    result = assess_batch(*columns_from_specs([spec, spec], [[], []]), date(2026, 1, 1))
    assert result.rules() == [Rule.BINARY_NOT_ACHIEVED] * 2
    assert result.statuses() == [Status.NOT_ACHIEVED] * 2


def test_mismatched_columns_are_refused() -> None:
    spec = TargetSpec(form=Form.LEVEL, value=1.0, deadline=date(2025, 12, 31))
    columns, block = columns_from_specs([spec], [[Observation(date(2024, 1, 1), date(2024, 12, 31), 1.0)]])
    short = ObservationColumns(block.start_day[:0], block.end_day[:0], block.value[:0], block.valid[:0])
    with pytest.raises(BatchShapeError, match="start_day"):
        assess_batch(columns, short, date(2025, 1, 1))
    with pytest.raises(BatchShapeError, match="2 observation lists"):
        columns_from_specs([spec], [[], []])


def test_batch_result_codes_are_small_integers() -> None:
    spec = TargetSpec(form=Form.LEVEL, value=1.0, deadline=date(2025, 12, 31))
    result = assess_batch(*columns_from_specs([spec], [[]]), date(2025, 1, 1))
    assert result.status.dtype == np.int8 and result.rule.dtype == np.int16

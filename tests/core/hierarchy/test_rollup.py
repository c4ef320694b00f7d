"""Roll-up: a parent's value from its children by the indicator's aggregation rule."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from random import Random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from made_units import unit

from chitieu.core.hierarchy import LEGACY, Level, Tree
from chitieu.core.hierarchy.rollup import (
    Aggregation,
    IncompleteChildren,
    MissingInput,
    MixedLevels,
    NotAggregable,
    RollupError,
    aggregate,
    rollup,
)

# Province 01 with districts 001 (communes 00001, 00002) and 002 (communes 00003, 00004, 00005).
SMALL = Tree(
    LEGACY,
    [
        unit("01", Level.PROVINCE, None),
        unit("001", Level.DISTRICT, "01"),
        unit("002", Level.DISTRICT, "01"),
        unit("00001", Level.COMMUNE, "001"),
        unit("00002", Level.COMMUNE, "001"),
        unit("00003", Level.COMMUNE, "002"),
        unit("00004", Level.COMMUNE, "002"),
        unit("00005", Level.COMMUNE, "002"),
    ],
)


@dataclass(frozen=True)
class AggCase:
    name: str
    rule: Aggregation
    values: dict[str, float]
    options: dict[str, Any] = field(default_factory=dict)
    expect: float | None = None


AGGREGATES = [
    AggCase("sum", Aggregation.SUM, {"a": 1.5, "b": 2.5}, expect=4.0),
    AggCase("mean", Aggregation.MEAN, {"a": 1, "b": 2, "c": 6}, expect=3.0),
    AggCase("min", Aggregation.MIN, {"a": 4, "b": -1}, expect=-1.0),
    AggCase("max", Aggregation.MAX, {"a": 4, "b": -1}, expect=4.0),
    AggCase(
        "weighted mean by population",
        Aggregation.WEIGHTED_MEAN,
        {"a": 10, "b": 40},
        {"weights": {"a": 3, "b": 1}},
        expect=17.5,
    ),
    AggCase(
        "ratio from sums, not a mean of ratios",
        Aggregation.RATIO,
        {"a": 50.0, "b": 10.0},
        {"numerators": {"a": 1, "b": 9}, "denominators": {"a": 2, "b": 90}, "scale": 100},
        expect=10 / 92 * 100,
    ),
    AggCase(
        "count at or above threshold",
        Aggregation.COUNT_THRESHOLD,
        {"a": 19, "b": 15, "c": 19.0},
        {"threshold": 19},
        expect=2.0,
    ),
    AggCase(
        "count at or below a ceiling",
        Aggregation.COUNT_THRESHOLD,
        {"a": 2.0, "b": 5.0, "c": 3.0},
        {"threshold": 3, "direction": "lower"},
        expect=2.0,
    ),
    AggCase("nothing to sum", Aggregation.SUM, {}, expect=None),
    AggCase("nothing to divide", Aggregation.RATIO, {}, {"numerators": {}, "denominators": {}}, expect=None),
]


@pytest.mark.parametrize("case", AGGREGATES, ids=lambda c: c.name)
def test_aggregate(case: AggCase) -> None:
    result = aggregate(case.rule, case.values, **case.options)
    assert result == (None if case.expect is None else pytest.approx(case.expect))


@dataclass(frozen=True)
class AggErrorCase:
    name: str
    rule: str
    values: dict[str, float]
    options: dict[str, Any]
    error: type[Exception]
    match: str


AGGREGATE_ERRORS = [
    AggErrorCase("not aggregable", "none", {"a": 1}, {}, NotAggregable, "not aggregable"),
    AggErrorCase("unknown rule", "median", {"a": 1}, {}, ValueError, "median"),
    AggErrorCase(
        "ratio without denominators", "ratio", {}, {"numerators": {"a": 1}}, MissingInput, "denominators"
    ),
    AggErrorCase(
        "ratio with unpaired unit",
        "ratio",
        {},
        {"numerators": {"a": 1, "b": 2}, "denominators": {"a": 1}},
        MissingInput,
        "b",
    ),
    AggErrorCase(
        "ratio over zero",
        "ratio",
        {},
        {"numerators": {"a": 1}, "denominators": {"a": 0}},
        RollupError,
        "zero",
    ),
    AggErrorCase("weighted mean without weights", "weighted_mean", {"a": 1}, {}, MissingInput, "weights"),
    AggErrorCase(
        "weighted mean missing a weight",
        "weighted_mean",
        {"a": 1, "b": 2},
        {"weights": {"a": 1}},
        MissingInput,
        "b",
    ),
    AggErrorCase(
        "negative weight", "weighted_mean", {"a": 1}, {"weights": {"a": -1}}, RollupError, "negative"
    ),
    AggErrorCase("zero weights", "weighted_mean", {"a": 1}, {"weights": {"a": 0}}, RollupError, "zero"),
    AggErrorCase("count without threshold", "count_threshold", {"a": 1}, {}, MissingInput, "threshold"),
    AggErrorCase("not a number", "sum", {"a": math.nan}, {}, RollupError, "finite.*a"),
]


@pytest.mark.parametrize("case", AGGREGATE_ERRORS, ids=lambda c: c.name)
def test_aggregate_errors(case: AggErrorCase) -> None:
    with pytest.raises(case.error, match=case.match):
        aggregate(case.rule, case.values, **case.options)


@dataclass(frozen=True)
class RollupCase:
    name: str
    parent: str
    rule: Aggregation
    values: dict[str, float]
    expect: float | None
    complete: bool = True


COMMUNES = {"00001": 1.0, "00002": 2.0, "00003": 3.0, "00004": 4.0, "00005": 5.0}

ROLLUPS = [
    RollupCase("district from communes", "002", Aggregation.SUM, COMMUNES, 12.0),
    RollupCase("province through districts", "01", Aggregation.SUM, COMMUNES, 15.0),
    RollupCase("mean over communes, not of district means", "01", Aggregation.MEAN, COMMUNES, 3.0),
    RollupCase(
        "district value used instead of its communes",
        "01",
        Aggregation.SUM,
        {"001": 100.0, "00003": 3.0, "00004": 4.0, "00005": 5.0},
        112.0,
    ),
    RollupCase("max over mixed levels is fine", "01", Aggregation.MAX, {"001": 100.0, "002": 7.0}, 100.0),
    RollupCase("partial roll-up when asked", "002", Aggregation.SUM, {"00003": 3.0}, 3.0, complete=False),
    RollupCase("nothing reported, partial", "002", Aggregation.SUM, {}, None, complete=False),
]


@pytest.mark.parametrize("case", ROLLUPS, ids=lambda c: c.name)
def test_rollup(case: RollupCase) -> None:
    result = rollup(SMALL, case.parent, case.rule, case.values, complete=case.complete)
    assert result == (None if case.expect is None else pytest.approx(case.expect))


def test_rollup_ratio_recomputes_from_numerators_and_denominators() -> None:
    # Poverty rate = poor households / households: the mean of the two rates is 30 %, the real rate 12 %.
    poor = {"00001": 50.0, "00002": 10.0}
    households = {"00001": 100.0, "00002": 400.0}
    rate = rollup(
        SMALL,
        "001",
        Aggregation.RATIO,
        {},
        numerators_by_unit=poor,
        denominators_by_unit=households,
        scale=100,
    )
    assert rate == pytest.approx(12.0)


def test_rollup_weighted_mean() -> None:
    income = {"00001": 10.0, "00002": 20.0}
    population = {"00001": 1_000.0, "00002": 3_000.0}
    assert rollup(SMALL, "001", "weighted_mean", income, weights_by_unit=population) == pytest.approx(17.5)


@dataclass(frozen=True)
class RollupErrorCase:
    name: str
    parent: str
    rule: str
    values: dict[str, float]
    error: type[Exception]
    match: str


ROLLUP_ERRORS = [
    RollupErrorCase(
        "missing communes named",
        "01",
        "sum",
        {"00001": 1.0, "00003": 3.0},
        IncompleteChildren,
        "3 units below 01 have no value: 00002, 00004, 00005",
    ),
    RollupErrorCase("not aggregable", "01", "none", COMMUNES, NotAggregable, "01"),
    RollupErrorCase("a commune has nothing below it", "00001", "sum", COMMUNES, RollupError, "00001"),
    RollupErrorCase(
        "mean mixing a district and communes",
        "01",
        "mean",
        {"001": 1.0, "00003": 3.0, "00004": 4.0, "00005": 5.0},
        MixedLevels,
        "mix levels",
    ),
    RollupErrorCase("unknown parent", "99", "sum", COMMUNES, LookupError, "'99'"),
    RollupErrorCase("ratio without numerators", "01", "ratio", COMMUNES, MissingInput, "numerators"),
]


@pytest.mark.parametrize("case", ROLLUP_ERRORS, ids=lambda c: c.name)
def test_rollup_errors(case: RollupErrorCase) -> None:
    with pytest.raises(case.error, match=case.match):
        rollup(SMALL, case.parent, case.rule, case.values)


# --- properties on the real map -------------------------------------------------------------------------


# Real provinces have hundreds of communes: hypothesis draws the province, the scale and a seed for the values
# (drawing hundreds of floats one by one trips its large-input health check).
seeds = st.integers(min_value=0, max_value=2**32)


@settings(max_examples=30, deadline=None)
@given(data=st.data(), seed=seeds, top=st.sampled_from([1.0, 1e3, 1e9]))
def test_a_parents_sum_equals_the_sum_of_its_children(
    legacy: Tree, data: st.DataObject, seed: int, top: float
) -> None:
    rng = Random(seed)
    province = data.draw(st.sampled_from(legacy.roots()), label="province")
    # The leaves: communes, and the island districts that have no communes and report for themselves.
    leaves = [u for u in legacy.descendants(province.code) if not legacy.children(u.code)]
    values = {u.code: rng.uniform(0, top) for u in leaves}
    total = rollup(legacy, province.code, Aggregation.SUM, values)
    by_district = {
        d.code: values[d.code] if d.code in values else rollup(legacy, d.code, Aggregation.SUM, values)
        for d in legacy.children(province.code)
    }
    assert total == pytest.approx(math.fsum(by_district.values()), rel=1e-12)
    assert total == pytest.approx(math.fsum(values.values()), rel=1e-12)


@settings(max_examples=30, deadline=None)
@given(data=st.data(), rng=st.randoms(use_true_random=False))
def test_ratio_rollup_equals_ratio_of_sums_on_the_2025_map(
    current: Tree, data: st.DataObject, rng: Random
) -> None:
    province = data.draw(st.sampled_from(current.roots()), label="province")
    codes = [c.code for c in current.children(province.code)]
    tops = {c: rng.uniform(0, 1e6) for c in codes}
    bottoms = {c: tops[c] + rng.uniform(1, 1e6) for c in codes}
    rate = rollup(current, province.code, "ratio", {}, numerators_by_unit=tops, denominators_by_unit=bottoms)
    assert rate == pytest.approx(math.fsum(tops.values()) / math.fsum(bottoms.values()))
    assert 0 <= rate < 1

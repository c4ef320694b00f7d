"""Rebasing: figures of the legacy units shown on the 2025 units through the lineage graph."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from made_units import unit

from chitieu.core.hierarchy import (
    E2025,
    LEGACY,
    REFORM_2025,
    Hierarchy,
    Level,
    LineageEdge,
    Relation,
    Tree,
    Unit,
    UnitKey,
    UnknownUnit,
)
from chitieu.core.hierarchy.rebase import (
    Allocation,
    InvalidAllocation,
    NoSuccessor,
    RebaseError,
    rebase,
    rebase_ratio,
)

BEFORE, AFTER = date(2023, 12, 31), REFORM_2025


def old(code: str) -> UnitKey:
    return UnitKey(code, None)


def new(code: str) -> UnitKey:
    return UnitKey(code, REFORM_2025)


def edge(a: str, b: str, relation: Relation, default: bool = True) -> LineageEdge:
    share = None if relation is Relation.SPLIT else 1.0
    return LineageEdge(old(a), new(b), relation, default, share, REFORM_2025)


# Legacy: province 01 > district 001 > communes 00001 (A), 00002 (B), 00003 (C).
# 2025:   province 01 > communes 00001 (X: A and B whole, the default part of C), 00003 (Y: the rest of C).
SMALL = Hierarchy(
    [
        unit("01", Level.PROVINCE, None, LEGACY),
        unit("001", Level.DISTRICT, "01", LEGACY),
        unit("00001", Level.COMMUNE, "001", LEGACY),
        unit("00002", Level.COMMUNE, "001", LEGACY),
        unit("00003", Level.COMMUNE, "001", LEGACY),
        unit("01", Level.PROVINCE, None, E2025),
        unit("00001", Level.COMMUNE, "01", E2025),
        unit("00003", Level.COMMUNE, "01", E2025),
    ],
    [
        edge("01", "01", Relation.KEPT),
        edge("00001", "00001", Relation.MERGED_WHOLE),
        edge("00002", "00001", Relation.MERGED_WHOLE),
        edge("00003", "00001", Relation.SPLIT, default=True),
        edge("00003", "00003", Relation.SPLIT, default=False),
    ],
)


@dataclass(frozen=True)
class RebaseCase:
    name: str
    given: dict[UnitKey, float]
    expect: dict[UnitKey, float]
    allocation: Allocation = field(default_factory=dict)


REBASES = [
    RebaseCase("whole transfers add up", {old("00001"): 1.0, old("00002"): 2.0}, {new("00001"): 3.0}),
    RebaseCase("split goes to its default successor", {old("00003"): 10.0}, {new("00001"): 10.0}),
    RebaseCase(
        "split follows an allocation",
        {old("00003"): 10.0},
        {new("00001"): 2.5, new("00003"): 7.5},
        {old("00003"): {new("00001"): 0.25, new("00003"): 0.75}},
    ),
    RebaseCase(
        "allocation may send everything to the non-default part",
        {old("00002"): 1.0, old("00003"): 10.0},
        {new("00001"): 1.0, new("00003"): 10.0},
        {old("00003"): {new("00003"): 1.0}},
    ),
    RebaseCase("figures already on the target stay", {new("00003"): 4.0}, {new("00003"): 4.0}),
    RebaseCase("old and new figures meet", {old("00002"): 1.0, new("00001"): 4.0}, {new("00001"): 5.0}),
    RebaseCase("a kept province", {old("01"): 7.0}, {new("01"): 7.0}),
    RebaseCase("nothing to move", {}, {}),
]


@pytest.mark.parametrize("case", REBASES, ids=lambda c: c.name)
def test_rebase(case: RebaseCase) -> None:
    assert rebase(case.given, SMALL, AFTER, case.allocation) == pytest.approx(case.expect)


def test_rebasing_onto_the_same_edition_changes_nothing() -> None:
    figures = {old("00001"): 1.0, old("001"): 6.0}
    assert rebase(figures, SMALL, BEFORE) == figures


@dataclass(frozen=True)
class RebaseErrorCase:
    name: str
    given: dict[UnitKey, float]
    allocation: Allocation
    target: date
    error: type[Exception]
    match: str


ERRORS = [
    RebaseErrorCase(
        "shares not summing to 1",
        {},
        {old("00003"): {new("00001"): 0.5, new("00003"): 0.4}},
        AFTER,
        InvalidAllocation,
        r"00003@legacy: shares sum to 0\.9",
    ),
    RebaseErrorCase(
        "share to a unit that is not a successor",
        {},
        {old("00001"): {new("00003"): 1.0}},
        AFTER,
        InvalidAllocation,
        "00003@2025-07-01 are not its successors",
    ),
    RebaseErrorCase(
        "negative share",
        {},
        {old("00003"): {new("00001"): 1.5, new("00003"): -0.5}},
        AFTER,
        InvalidAllocation,
        "not >= 0",
    ),
    RebaseErrorCase(
        "allocation for a unit without successors",
        {},
        {old("001"): {new("01"): 1.0}},
        AFTER,
        InvalidAllocation,
        "001@legacy: the unit has no successors",
    ),
    RebaseErrorCase(
        "a district has no successor", {old("001"): 5.0}, {}, AFTER, NoSuccessor, "Huyện U001.*units below it"
    ),
    RebaseErrorCase("lineage only runs forward", {new("00001"): 5.0}, {}, BEFORE, RebaseError, "back to"),
    RebaseErrorCase("unknown unit", {old("09999"): 5.0}, {}, AFTER, UnknownUnit, "09999@legacy"),
    RebaseErrorCase("not a number", {old("00001"): math.inf}, {}, AFTER, RebaseError, "00001@legacy.*finite"),
]


@pytest.mark.parametrize("case", ERRORS, ids=lambda c: c.name)
def test_rebase_errors(case: RebaseErrorCase) -> None:
    with pytest.raises(case.error, match=case.match):
        rebase(case.given, SMALL, case.target, case.allocation)


def test_ratios_are_rebased_through_numerator_and_denominator() -> None:
    # Poverty: A 50 poor of 100 households, B 10 of 400 → X has 60 of 500 = 12 %, not the 30 % mean of rates.
    poor = {old("00001"): 50.0, old("00002"): 10.0}
    households = {old("00001"): 100.0, old("00002"): 400.0}
    assert rebase_ratio(poor, households, SMALL, AFTER, scale=100) == pytest.approx({new("00001"): 12.0})


@dataclass(frozen=True)
class RatioErrorCase:
    name: str
    numerators: dict[UnitKey, float]
    denominators: dict[UnitKey, float]
    match: str


RATIO_ERRORS = [
    RatioErrorCase("unpaired", {old("00001"): 1.0}, {old("00002"): 2.0}, "not both given for 00001@legacy"),
    RatioErrorCase("zero denominator", {old("00001"): 1.0}, {old("00001"): 0.0}, "zero for 00001@2025-07-01"),
]


@pytest.mark.parametrize("case", RATIO_ERRORS, ids=lambda c: c.name)
def test_ratio_errors(case: RatioErrorCase) -> None:
    with pytest.raises(RebaseError, match=case.match):
        rebase_ratio(case.numerators, case.denominators, SMALL, AFTER)


# --- properties on the real map -------------------------------------------------------------------------

seeds = st.integers(min_value=0, max_value=2**32)


def province_figures(hierarchy: Hierarchy, legacy: Tree, province: Unit, rng: Random) -> dict[UnitKey, float]:
    """Random figures for the leaves of a legacy province (its communes and any island district)."""
    leaves = [u for u in legacy.descendants(province.code) if not legacy.children(u.code)]
    return {u.key: rng.choice([0.0, rng.uniform(0, 1e6), float(rng.randint(0, 5000))]) for u in leaves}


def random_allocation(
    hierarchy: Hierarchy, keys: list[UnitKey], rng: Random
) -> dict[UnitKey, dict[UnitKey, float]]:
    """Random valid shares for some of the split units among ``keys``."""
    allocation: dict[UnitKey, dict[UnitKey, float]] = {}
    for key in keys:
        successors = [e.new for e in hierarchy.successors(key)]
        if len(successors) > 1 and rng.random() < 0.7:
            weights = [rng.choice([0.0, rng.random()]) for _ in successors]
            weights[rng.randrange(len(weights))] += 0.01
            total = sum(weights)
            allocation[key] = {s: w / total for s, w in zip(successors, weights, strict=True)}
    return allocation


@settings(max_examples=40, deadline=None)
@given(data=st.data(), seed=seeds)
def test_rebasing_preserves_totals(
    hierarchy: Hierarchy, legacy: Tree, data: st.DataObject, seed: int
) -> None:
    rng = Random(seed)
    province = data.draw(st.sampled_from(legacy.roots()), label="province")
    figures = province_figures(hierarchy, legacy, province, rng)
    allocation = random_allocation(hierarchy, list(figures), rng)
    moved = rebase(figures, hierarchy, AFTER, allocation)
    assert math.fsum(moved.values()) == pytest.approx(math.fsum(figures.values()), rel=1e-9, abs=1e-6)
    assert all(hierarchy.get(key).edition == "2025" for key in moved)


@settings(max_examples=40, deadline=None)
@given(data=st.data(), seed=seeds)
def test_rebasing_twice_is_rebasing_once(
    hierarchy: Hierarchy, legacy: Tree, data: st.DataObject, seed: int
) -> None:
    rng = Random(seed)
    province = data.draw(st.sampled_from(legacy.roots()), label="province")
    figures = province_figures(hierarchy, legacy, province, rng)
    allocation = random_allocation(hierarchy, list(figures), rng)
    once = rebase(figures, hierarchy, AFTER, allocation)
    assert rebase(once, hierarchy, AFTER, allocation) == once
    assert rebase(once, hierarchy, date(2026, 1, 1)) == once


@settings(max_examples=20, deadline=None)
@given(seed=seeds)
def test_communes_then_provinces_equals_provinces_directly(
    hierarchy: Hierarchy, legacy: Tree, current: Tree, seed: int
) -> None:
    # Rebasing commune figures and summing them by new province gives the rebased old-province totals.
    rng = Random(seed)
    figures = {u.key: rng.uniform(0, 1e4) for u in legacy if not legacy.children(u.code)}
    by_commune = rebase(figures, hierarchy, AFTER)
    summed: dict[str, list[float]] = defaultdict(list)
    for key, value in by_commune.items():
        summed[current.get(key.code).parent_code or key.code].append(value)
    old_totals = {
        p.key: math.fsum(figures[u.key] for u in legacy.descendants(p.code) if u.key in figures)
        for p in legacy.roots()
    }
    by_province = rebase(old_totals, hierarchy, AFTER)
    assert {k.code for k in by_province} == set(summed)
    for key, value in by_province.items():
        assert math.fsum(summed[key.code]) == pytest.approx(value, rel=1e-9)


def test_real_split_commune_default_and_allocation(hierarchy: Hierarchy) -> None:
    # Xã Quảng Long (Hải Hà) was split between Xã Quảng Hà (default) and Xã Đường Hoa.
    quang_long, quang_ha, duong_hoa = old("06946"), new("06922"), new("06946")
    assert rebase({quang_long: 100.0}, hierarchy, AFTER) == {quang_ha: 100.0}
    shares = {quang_long: {quang_ha: 0.6, duong_hoa: 0.4}}
    assert rebase({quang_long: 100.0}, hierarchy, AFTER, shares) == pytest.approx(
        {quang_ha: 60.0, duong_hoa: 40.0}
    )


def test_real_island_district_figure_reaches_its_special_zone(hierarchy: Hierarchy) -> None:
    assert rebase({old("755"): 42.0}, hierarchy, AFTER) == {new("26732"): 42.0}


def test_real_ordinary_district_cannot_be_rebased(hierarchy: Hierarchy) -> None:
    with pytest.raises(NoSuccessor, match="Huyện Hải Hà"):
        rebase({old("201"): 1.0}, hierarchy, AFTER)


def test_worked_example_from_the_docs(hierarchy: Hierarchy) -> None:
    # docs/algorithms/hierarchy.md §6: seven Hải Hà communes onto Quảng Hà (06922) and Đường Hoa (06946).
    households = {
        old("06922"): 4000.0,
        old("06940"): 1500.0,
        old("06943"): 1800.0,
        old("06952"): 900.0,
        old("06946"): 1200.0,
        old("06928"): 1000.0,
        old("06949"): 700.0,
    }
    poor = {
        old("06922"): 40.0,
        old("06940"): 60.0,
        old("06943"): 90.0,
        old("06952"): 45.0,
        old("06946"): 120.0,
        old("06928"): 50.0,
        old("06949"): 35.0,
    }
    quang_ha, duong_hoa = new("06922"), new("06946")
    assert rebase(households, hierarchy, AFTER) == {quang_ha: 9400.0, duong_hoa: 1700.0}
    shares = {old("06946"): {quang_ha: 0.6, duong_hoa: 0.4}}
    assert rebase(households, hierarchy, AFTER, shares) == pytest.approx(
        {quang_ha: 8920.0, duong_hoa: 2180.0}
    )
    rates = rebase_ratio(poor, households, hierarchy, AFTER, scale=100)
    assert rates == pytest.approx({quang_ha: 355 / 9400 * 100, duong_hoa: 5.0})

"""Rebasing: showing figures of one edition's units on another edition through the lineage graph.

Only additive figures (counts, sums, flows) can be rebased directly. A unit's figure moves to its successors:

* whole transfers (merged whole, kept, merged province, island district → special zone) carry it all;
* a split unit's figure goes entirely to its *default successor* unless an ``allocation``
  ``{old_key: {new_key: share}}`` gives shares (non-negative, summing to 1, onto its successors only);
* figures already in the target edition stay where they are.

Ratios (rates, per-capita figures) are never moved as such: ``rebase_ratio`` moves the numerator and the
denominator separately and divides afterwards. See ``docs/algorithms/hierarchy.md`` for the worked example.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from chitieu.core.hierarchy.history import Hierarchy
from chitieu.core.hierarchy.model import Edition, HierarchyError, UnitKey

Allocation = Mapping[UnitKey, Mapping[UnitKey, float]]

# Shares are floats typed in or computed by callers; allow rounding noise, not real mistakes.
SHARE_TOLERANCE = 1e-9


class RebaseError(HierarchyError):
    """Figures cannot be moved to the edition asked for."""


class InvalidAllocation(RebaseError):
    """An allocation is malformed: unknown successor, negative share, or shares not summing to 1."""


class NoSuccessor(RebaseError):
    """A unit has no successor in the target edition (e.g. a district: districts were abolished in 2025)."""


def validate_allocation(hierarchy: Hierarchy, allocation: Allocation) -> None:
    """Raise ``InvalidAllocation`` naming the unit and the problem unless every entry is usable."""
    for old, shares in allocation.items():
        successors = {edge.new for edge in hierarchy.successors(old)}
        if not successors:
            raise InvalidAllocation(f"allocation for {old}: the unit has no successors")
        strangers = sorted(str(new) for new in shares if new not in successors)
        if strangers:
            raise InvalidAllocation(f"allocation for {old}: {', '.join(strangers)} are not its successors")
        negative = sorted(str(new) for new, share in shares.items() if not share >= 0 or math.isinf(share))
        if negative:
            raise InvalidAllocation(f"allocation for {old}: shares for {', '.join(negative)} are not >= 0")
        total = math.fsum(shares.values())
        if abs(total - 1.0) > SHARE_TOLERANCE:
            raise InvalidAllocation(f"allocation for {old}: shares sum to {total!r}, not 1")


def rebase(
    values: Mapping[UnitKey, float],
    hierarchy: Hierarchy,
    target_as_of: date,
    allocation: Allocation | None = None,
) -> dict[UnitKey, float]:
    """Move additive figures onto the units valid on ``target_as_of``; the total is preserved."""
    allocation = allocation or {}
    validate_allocation(hierarchy, allocation)
    target = hierarchy.edition_at(target_as_of)
    routes: dict[UnitKey, dict[UnitKey, float]] = {}
    moved: dict[UnitKey, list[float]] = defaultdict(list)
    for key, value in values.items():
        if not math.isfinite(value):
            raise RebaseError(f"the figure for {key} is not a finite number: {value!r}")
        for new, share in _route(hierarchy, key, target, allocation, routes).items():
            moved[new].append(value * share)
    return {key: math.fsum(parts) for key, parts in moved.items()}


def rebase_ratio(
    numerators: Mapping[UnitKey, float],
    denominators: Mapping[UnitKey, float],
    hierarchy: Hierarchy,
    target_as_of: date,
    allocation: Allocation | None = None,
    scale: float = 1.0,
) -> dict[UnitKey, float]:
    """Rebase a ratio by moving its numerator and denominator separately, then dividing (× ``scale``)."""
    if set(numerators) != set(denominators):
        odd = sorted(str(k) for k in set(numerators) ^ set(denominators))
        raise RebaseError(f"numerator and denominator are not both given for {', '.join(odd[:10])}")
    tops = rebase(numerators, hierarchy, target_as_of, allocation)
    bottoms = rebase(denominators, hierarchy, target_as_of, allocation)
    zero = sorted(str(k) for k, v in bottoms.items() if v == 0)
    if zero:
        raise RebaseError(f"the rebased denominator is zero for {', '.join(zero[:10])}")
    return {key: tops[key] / bottoms[key] * scale for key in bottoms}


def _route(
    hierarchy: Hierarchy,
    key: UnitKey,
    target: Edition,
    allocation: Allocation,
    routes: dict[UnitKey, dict[UnitKey, float]],
) -> dict[UnitKey, float]:
    """The shares of ``key``'s figure that end up on each unit of ``target`` (memoised in ``routes``)."""
    if key in routes:
        return routes[key]
    unit = hierarchy.get(key)
    if unit.edition == target.name:
        routes[key] = {key: 1.0}
        return routes[key]
    if target.valid_to is not None and unit.valid_from is not None and target.valid_to <= unit.valid_from:
        raise RebaseError(
            f"cannot move {key} back to the earlier edition {target.name}: lineage only runs forward"
        )
    route: dict[UnitKey, float] = defaultdict(float)
    for new, share in _next_shares(hierarchy, key, allocation).items():
        for final, part in _route(hierarchy, new, target, allocation, routes).items():
            route[final] += share * part
    routes[key] = dict(route)
    return routes[key]


def _next_shares(hierarchy: Hierarchy, key: UnitKey, allocation: Allocation) -> Mapping[UnitKey, float]:
    if key in allocation:
        return allocation[key]
    default = hierarchy.lineage.default_successor(key)
    if default is None:
        unit = hierarchy.get(key)
        raise NoSuccessor(
            f"{unit.name} ({key}, {unit.level}) has no successor in a later edition; "
            "rebase the figures of the units below it instead"
        )
    return {default.new: 1.0}

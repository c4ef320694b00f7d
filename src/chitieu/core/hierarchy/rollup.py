"""Roll-up: a unit's value of an indicator computed from its children by the indicator's aggregation rule.

Roll-ups use the tree of the period's edition. Where a child has no value of its own, its children are used
instead (a legacy province from commune figures goes through its districts); the units finally used are the
*frontier* below the parent, and the rule is applied to them at once, so a mean over communes is a mean over
communes, not a mean of district means. Ratios are always recomputed from numerator and denominator sums.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from enum import StrEnum

from chitieu.core.hierarchy.model import Unit
from chitieu.core.hierarchy.tree import Tree
from chitieu.core.status.model import Direction  # one notion of 'better' for roll-ups and statuses


class Aggregation(StrEnum):
    SUM = "sum"
    MEAN = "mean"
    WEIGHTED_MEAN = "weighted_mean"
    RATIO = "ratio"
    MIN = "min"
    MAX = "max"
    COUNT_THRESHOLD = "count_threshold"
    NONE = "none"


class RollupError(ValueError):
    """A roll-up cannot be computed from what was given."""


class NotAggregable(RollupError):
    """The rule is ``none``: the values do not combine up the hierarchy (e.g. a district's NTM status)."""


class MissingInput(RollupError):
    """The rule needs an input that was not given (weights, numerators, denominators, threshold)."""


class IncompleteChildren(RollupError):
    """Some units below the parent have no value, and a complete roll-up was asked for."""


class MixedLevels(RollupError):
    """A mean or a count would mix units of different levels, which would not mean anything."""


# Rules whose result depends on how many units are counted, not only on their totals.
_LEVEL_SENSITIVE = frozenset({Aggregation.MEAN, Aggregation.COUNT_THRESHOLD})


def aggregate(
    rule: Aggregation | str,
    values: Mapping[str, float],
    *,
    weights: Mapping[str, float] | None = None,
    numerators: Mapping[str, float] | None = None,
    denominators: Mapping[str, float] | None = None,
    threshold: float | None = None,
    direction: Direction | str = Direction.HIGHER,
    scale: float = 1.0,
) -> float | None:
    """Combine the values of several units by ``rule``; None when there is nothing to combine.

    ``ratio`` ignores ``values`` and returns sum(numerators) / sum(denominators) × ``scale`` (100 for a
    percentage); ``weighted_mean`` needs a non-negative weight per value; ``count_threshold`` counts the
    values meeting ``threshold`` in ``direction``.
    """
    rule = Aggregation(rule)
    if rule is Aggregation.NONE:
        raise NotAggregable("this indicator is not aggregable: its values cannot be combined across units")
    if rule is Aggregation.RATIO:
        return _ratio(numerators, denominators, scale)
    _check_finite("values", values)
    if not values:
        return None
    numbers = list(values.values())
    if rule is Aggregation.SUM:
        return math.fsum(numbers)
    if rule is Aggregation.MEAN:
        return math.fsum(numbers) / len(numbers)
    if rule is Aggregation.MIN:
        return min(numbers)
    if rule is Aggregation.MAX:
        return max(numbers)
    if rule is Aggregation.WEIGHTED_MEAN:
        return _weighted_mean(values, weights)
    return _count_meeting(numbers, threshold, Direction(direction))


def _ratio(
    numerators: Mapping[str, float] | None, denominators: Mapping[str, float] | None, scale: float
) -> float | None:
    if numerators is None or denominators is None:
        raise MissingInput("the ratio rule needs numerators and denominators")
    _check_finite("numerators", numerators)
    _check_finite("denominators", denominators)
    if set(numerators) != set(denominators):
        odd = sorted(set(numerators) ^ set(denominators))
        raise MissingInput(f"numerator and denominator are not both given for units {', '.join(odd[:10])}")
    if not numerators:
        return None
    bottom = math.fsum(denominators.values())
    if bottom == 0:
        raise RollupError("the denominators sum to zero; the ratio is undefined")
    return math.fsum(numerators.values()) / bottom * scale


def _weighted_mean(values: Mapping[str, float], weights: Mapping[str, float] | None) -> float:
    if weights is None:
        raise MissingInput("the weighted_mean rule needs weights")
    missing = sorted(code for code in values if code not in weights)
    if missing:
        raise MissingInput(f"no weight for units {', '.join(missing[:10])}")
    used = {code: weights[code] for code in values}
    _check_finite("weights", used)
    negative = sorted(code for code, w in used.items() if w < 0)
    if negative:
        raise RollupError(f"negative weight for units {', '.join(negative[:10])}")
    total = math.fsum(used.values())
    if total == 0:
        raise RollupError("the weights sum to zero; the weighted mean is undefined")
    return math.fsum(values[code] * used[code] for code in values) / total


def _count_meeting(numbers: list[float], threshold: float | None, direction: Direction) -> float:
    if threshold is None:
        raise MissingInput("the count_threshold rule needs a threshold")
    sign = direction.sign
    return float(sum(1 for v in numbers if sign * (v - threshold) >= 0))


def _check_finite(what: str, numbers: Mapping[str, float]) -> None:
    bad = sorted(code for code, v in numbers.items() if not math.isfinite(v))
    if bad:
        raise RollupError(f"{what} are not finite numbers for units {', '.join(bad[:10])}")


def frontier(tree: Tree, parent_code: str, has_value: Callable[[str], bool]) -> tuple[list[Unit], list[Unit]]:
    """The units below ``parent_code`` whose values a roll-up uses, and the leaves with no value at all.

    A child with a value is used as it is; a child without one is replaced by its own children, down to the
    leaves.
    """
    if not tree.children(parent_code):
        raise RollupError(f"unit {parent_code} has no units below it in edition {tree.edition.name}")
    used: list[Unit] = []
    missing: list[Unit] = []
    stack = list(reversed(tree.children(parent_code)))
    while stack:
        unit = stack.pop()
        if has_value(unit.code):
            used.append(unit)
        elif kids := tree.children(unit.code):
            stack.extend(reversed(kids))
        else:
            missing.append(unit)
    return used, missing


def rollup(
    tree: Tree,
    parent_code: str,
    rule: Aggregation | str,
    values_by_unit: Mapping[str, float],
    *,
    weights_by_unit: Mapping[str, float] | None = None,
    numerators_by_unit: Mapping[str, float] | None = None,
    denominators_by_unit: Mapping[str, float] | None = None,
    threshold: float | None = None,
    direction: Direction | str = Direction.HIGHER,
    scale: float = 1.0,
    complete: bool = True,
) -> float | None:
    """The value of ``parent_code`` computed from the units below it in ``tree`` (codes of that edition).

    With ``complete`` (the default) every leaf below the parent must be covered by a value, else
    ``IncompleteChildren`` names the missing units; without it the rule is applied to what is there.
    """
    rule = Aggregation(rule)
    if rule is Aggregation.NONE:
        raise NotAggregable(f"cannot roll up to {parent_code}: the indicator is not aggregable")
    present = numerators_by_unit if rule is Aggregation.RATIO else values_by_unit
    if present is None:
        raise MissingInput("the ratio rule needs numerators_by_unit and denominators_by_unit")
    used, missing = frontier(tree, parent_code, present.__contains__)
    if complete and missing:
        listed = ", ".join(u.code for u in missing[:10])
        raise IncompleteChildren(f"{len(missing)} units below {parent_code} have no value: {listed}")
    if rule in _LEVEL_SENSITIVE and len({u.level for u in used}) > 1:
        raise MixedLevels(f"a {rule} below {parent_code} would mix levels {sorted({u.level for u in used})}")
    codes = [u.code for u in used]
    return aggregate(
        rule,
        {c: values_by_unit[c] for c in codes if c in values_by_unit},
        weights=weights_by_unit,
        numerators=_pick(numerators_by_unit, codes),
        denominators=_pick(denominators_by_unit, codes),
        threshold=threshold,
        direction=direction,
        scale=scale,
    )


def _pick(numbers: Mapping[str, float] | None, codes: list[str]) -> dict[str, float] | None:
    if numbers is None:
        return None
    return {c: numbers[c] for c in codes if c in numbers}

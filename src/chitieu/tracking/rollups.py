"""Roll-ups of stored observations up the hierarchy, on the period's own edition or rebased onto another.

The rules live in ``chitieu.core.hierarchy`` (``rollup``, ``rebase``, ``rebase_ratio``); this module only reads
the observations they need (one query per indicator involved) and hands them over. Only the figures that count
are read: approved ones, and with ``include_submitted`` also submitted ones (``assessment.counted``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from chitieu.core.hierarchy import (
    Aggregation,
    Hierarchy,
    UnitKey,
    load_hierarchy,
    rebase,
    rebase_ratio,
    rollup,
)
from chitieu.core.hierarchy.rollup import RollupError
from chitieu.core.periods import Period, parse_period
from chitieu.tracking.assessment import counted
from chitieu.tracking.models import Indicator, Observation

# Rebasing moves amounts between units: only sums (and ratios, through their parts) survive the move.
REBASABLE = frozenset({Aggregation.SUM, Aggregation.RATIO})


class RollupRequestError(ValueError):
    """The roll-up asked for cannot be made (unknown indicator, rule that cannot be rebased, ...)."""


@dataclass(frozen=True)
class RollupResult:
    indicator: str
    unit: str
    period: str
    edition: str
    rule: str
    value: float | None
    inputs: int
    rebased_from: str | None = None


def ratio_scale(indicator: Indicator) -> float:
    """100 for a percentage ratio (poverty rate = 100 × poor households ÷ households), else 1."""
    return 100.0 if indicator.unit_of_measure.strip() == "%" else 1.0


def _indicator(code: str) -> Indicator:
    found = Indicator.objects.select_related("weight", "numerator", "denominator").filter(code=code).first()
    if found is None:
        raise RollupRequestError(_("unknown indicator %(code)s") % {"code": code})
    return found


def _values(
    indicator: Indicator | None, period: Period, edition: str, include_submitted: bool
) -> dict[UnitKey, float]:
    """Observed values of ``indicator`` for exactly ``period`` on the units of ``edition``, by unit key."""
    if indicator is None:
        return {}
    rows = counted(
        Observation.objects.filter(
            indicator=indicator, period_start=period.start, period_end=period.end, unit__edition=edition
        ),
        include_submitted,
    ).values_list("unit__code", "unit__valid_from", "value")
    return {UnitKey(code, since): value for code, since, value in rows}


def _by_code(values: dict[UnitKey, float]) -> dict[str, float]:
    return {key.code: value for key, value in values.items()}


def _inputs(
    indicator: Indicator, period: Period, edition: str, include_submitted: bool
) -> dict[str, dict[UnitKey, float]]:
    rule = Aggregation(indicator.aggregation)
    inputs = {"values": _values(indicator, period, edition, include_submitted)}
    if rule is Aggregation.RATIO:
        inputs["numerators"] = _values(indicator.numerator, period, edition, include_submitted)
        inputs["denominators"] = _values(indicator.denominator, period, edition, include_submitted)
    if rule is Aggregation.WEIGHTED_MEAN:
        inputs["weights"] = _values(indicator.weight, period, edition, include_submitted)
    return inputs


def _rebased(
    indicator: Indicator, inputs: dict[str, dict[UnitKey, float]], hierarchy: Hierarchy, onto: date
) -> dict[str, dict[UnitKey, float]]:
    rule = Aggregation(indicator.aggregation)
    if rule not in REBASABLE:
        raise RollupRequestError(
            _("%(code)s is aggregated by %(rule)s: only sums and ratios can be moved onto another edition")
            % {"code": indicator.code, "rule": rule}
        )
    if rule is Aggregation.SUM:
        return {"values": rebase(inputs["values"], hierarchy, onto)}
    numerators, denominators = inputs["numerators"], inputs["denominators"]
    return {
        "values": rebase_ratio(numerators, denominators, hierarchy, onto, scale=ratio_scale(indicator)),
        "numerators": rebase(numerators, hierarchy, onto),
        "denominators": rebase(denominators, hierarchy, onto),
    }


def rollup_indicator(
    indicator_code: str,
    unit_code: str,
    period_label: str,
    *,
    as_of: date | None = None,
    onto: date | None = None,
    complete: bool = False,
    include_submitted: bool = False,
) -> RollupResult:
    """The value of ``unit_code`` for an indicator and a period, computed from the units below it.

    The figures are read on the edition in force on ``as_of`` (default: the period's first day). With ``onto``
    they are first rebased onto the edition in force on that day, and ``unit_code`` is a unit of that edition.
    Approved figures are used; ``include_submitted`` adds those waiting for approval.
    """
    indicator, period = _indicator(indicator_code), parse_period(period_label)
    hierarchy = load_hierarchy()
    source = hierarchy.edition_at(as_of or period.start)
    inputs = _inputs(indicator, period, source.name, include_submitted)
    edition = source
    if onto is not None:
        edition = hierarchy.edition_at(onto)
        inputs = _rebased(indicator, inputs, hierarchy, onto)
    tree = hierarchy.tree(edition)
    try:
        value = rollup(
            tree, unit_code, indicator.aggregation, _by_code(inputs["values"]),
            weights_by_unit=_by_code(inputs["weights"]) if "weights" in inputs else None,
            numerators_by_unit=_by_code(inputs["numerators"]) if "numerators" in inputs else None,
            denominators_by_unit=_by_code(inputs["denominators"]) if "denominators" in inputs else None,
            threshold=indicator.threshold, direction=indicator.direction, scale=ratio_scale(indicator),
            complete=complete,
        )
    except (RollupError, LookupError) as exc:
        raise RollupRequestError(str(exc)) from exc
    return RollupResult(
        indicator=indicator.code, unit=unit_code, period=period.label, edition=edition.name,
        rule=indicator.aggregation, value=value, inputs=len(inputs["values"]),
        rebased_from=source.name if onto is not None else None,
    )

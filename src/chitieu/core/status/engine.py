"""The per-target status engine: one target, its observations and a date in, an explained status out.

The decision table lives in ``docs/algorithms/status.md``; each branch below returns one of its rows
(:class:`~chitieu.core.status.rules.Rule`). Nothing here reads the clock: ``as_of`` is a parameter.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from chitieu.core.status import rules as f
from chitieu.core.status.model import Assessment, Form, GrowthModel, Observation, TargetSpec
from chitieu.core.status.rules import Rule
from chitieu.core.status.settings import DEFAULT_THRESHOLDS, Thresholds


@dataclass(frozen=True, slots=True)
class _Usable:
    """The observations a rule may read, in input order, plus the earliest and latest by (end, start)."""

    in_order: tuple[Observation, ...]
    earliest: Observation | None
    latest: Observation | None


def usable_observations(target: TargetSpec, observations: Iterable[Observation], as_of: date) -> _Usable:
    """Keep the observations known by ``as_of`` that belong to the target (see "Which observations count")."""
    first = target.period_start
    kept: list[Observation] = []
    for obs in observations:
        if obs.end > as_of or obs.start > target.deadline:
            continue
        if target.form is Form.FLOW:
            if obs.start != first or obs.end > target.deadline:
                continue
        elif _reads_levels(target):
            if target.baseline is not None and obs.end <= target.baseline.date:
                continue
        elif target.form is not Form.BINARY and first is not None and obs.start < first:
            continue  # maintain, growth from rates: only the term's own periods count
        kept.append(obs)
    # Latest: greatest (end, start), on a tie the later-listed (a revision). Earliest: smallest, first listed.
    indexed = sorted(range(len(kept)), key=lambda i: (kept[i].end, kept[i].start, i))
    earliest = kept[indexed[0]] if kept else None
    latest = kept[indexed[-1]] if kept else None
    return _Usable(tuple(kept), earliest, latest)


def _reads_levels(target: TargetSpec) -> bool:
    """Level, change and growth-from-levels targets compare a path of levels with a baseline."""
    if target.form is Form.GROWTH:
        return not target.observations_are_rates
    return target.form in (Form.LEVEL, Form.CHANGE)


def assess(
    target: TargetSpec,
    observations: Sequence[Observation],
    as_of: date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Assessment:
    """Assess one target as of a date: the status, the rule that decided it and the numbers it used."""
    usable = usable_observations(target, observations, as_of)
    match target.form:
        case Form.LEVEL | Form.CHANGE:
            return _assess_level(target, usable, thresholds)
        case Form.GROWTH:
            return _assess_growth(target, usable, thresholds)
        case Form.FLOW:
            return _assess_flow(target, usable, thresholds)
        case Form.MAINTAIN:
            return _assess_maintain(target, usable)
        case Form.BINARY:
            return _assess_binary(target, usable, as_of)
    raise AssertionError(target.form)  # pragma: no cover


def _final(target: TargetSpec, y: float, thresholds: Thresholds, numbers: dict[str, float]) -> Assessment:
    big_t, sign = target.target_value, target.direction.sign
    numbers = {**numbers, "y": y, "T": big_t}
    if f.exceeds(y, big_t, sign, thresholds.tolerance):
        rule = Rule.FINAL_EXCEEDED
    elif f.meets(y, big_t, sign):
        rule = Rule.FINAL_ACHIEVED
    else:
        rule = Rule.FINAL_NOT_ACHIEVED
    return _decided(rule, numbers, {"deadline": target.deadline})


def _rule(family: str, outcome: str) -> Rule:
    return Rule(f"{family}.{outcome}")


def _decided(rule: Rule, numbers: Mapping[str, float], dates: Mapping[str, date]) -> Assessment:
    """The assessment a row of the decision table gives: its status, the row and the numbers it read."""
    return Assessment(rule.status, rule, numbers, dates)


def _no_data(target: TargetSpec) -> Assessment:
    return _decided(Rule.DATA_NONE, {"T": target.target_value}, {"deadline": target.deadline})


def _start_point(target: TargetSpec, usable: _Usable) -> tuple[float, date]:
    """(y0, t0): the baseline, else the earliest usable observation."""
    if target.baseline is not None:
        return target.baseline.value, target.baseline.date
    assert usable.earliest is not None
    return usable.earliest.value, usable.earliest.end


def _assess_level(target: TargetSpec, usable: _Usable, thresholds: Thresholds) -> Assessment:
    latest = usable.latest
    big_t, sign = target.target_value, target.direction.sign
    if latest is None:
        return _no_data(target)
    if latest.end >= target.deadline:
        return _final(target, latest.value, thresholds, {})
    y = latest.value
    dates = {"t": latest.end, "deadline": target.deadline}
    if f.meets(y, big_t, sign):
        rule = Rule.PROGRESS_ALREADY_MET
        return _decided(rule, {"y": y, "T": big_t}, dates)
    y0, t0 = _start_point(target, usable)
    dates["t0"] = t0
    numbers = {"y": y, "T": big_t, "y0": y0}
    if latest.end <= t0:  # no baseline and fewer than two distinct observation dates
        return _decided(Rule.DATA_TOO_FEW, numbers, dates)
    t = f.years(latest.end.toordinal() - t0.toordinal())
    t_deadline = f.years(target.deadline.toordinal() - t0.toordinal())
    numbers.update(t=t, tT=t_deadline)
    if sign * (big_t - y0) <= 0:  # the start point met the target, the latest value no longer does
        return _decided(Rule.PROGRESS_LOST_GROUND, numbers, dates)
    if _compound_applies(target, y, y0, t_deadline):
        rate, needed = f.compound_rate(y, y0, t), f.compound_rate(big_t, y0, t_deadline)
        ratio = rate / needed
    else:
        rate, needed = (y - y0) / t, (big_t - y0) / t_deadline
        ratio = f.linear_ratio(y, y0, big_t, t, t_deadline)
    numbers.update(rate=rate, rate_needed=needed, R=ratio)
    rule = _rule("progress", f.pace_outcome(ratio, thresholds))
    return _decided(rule, numbers, dates)


def _compound_applies(target: TargetSpec, y: float, y0: float, t_deadline: float) -> bool:
    """Compound rates need positive values and a finite needed rate pointing the target's way (else: linear).

    A needed rate that overflows (a start value next to zero) has no pace to compare with: the linear one serves.
    """
    big_t = target.target_value
    if target.growth is not GrowthModel.COMPOUND or min(y, y0, big_t) <= 0:
        return False
    needed = f.compound_rate(big_t, y0, t_deadline)
    return bool(math.isfinite(needed) and target.direction.sign * needed > 0)


def _assess_growth(target: TargetSpec, usable: _Usable, thresholds: Thresholds) -> Assessment:
    latest = usable.latest
    big_t, sign = target.target_value, target.direction.sign
    if latest is None:
        return _no_data(target)
    dates = {"t": latest.end, "deadline": target.deadline}
    numbers: dict[str, float] = {"T": big_t}
    if target.observations_are_rates:
        rate = _mean_rate(usable.in_order)
        numbers["n"] = float(len(usable.in_order))
    else:
        y0, t0 = _start_point(target, usable)
        dates["t0"] = t0
        numbers.update(y0=y0, y_last=latest.value)
        if latest.end <= t0:
            return _decided(Rule.DATA_TOO_FEW, numbers, dates)
        if y0 <= 0 or latest.value <= 0:
            return _decided(Rule.DATA_NO_RATE, numbers, dates)
        t = f.years(latest.end.toordinal() - t0.toordinal())
        numbers["t"] = t
        rate = f.growth_percent(latest.value, y0, t, target.growth is GrowthModel.COMPOUND)
    if latest.end >= target.deadline:
        return _final(target, rate, thresholds, numbers)
    numbers["y"] = rate
    if sign > 0 and big_t > 0:
        ratio = rate / big_t
        numbers["R"] = ratio
        rule = _rule("growth", f.pace_outcome(ratio, thresholds))
    else:  # a ceiling (or a non-positive rate to beat): compare like a level
        rule = Rule.GROWTH_MEETS_SO_FAR if f.meets(rate, big_t, sign) else Rule.GROWTH_FALLS_SHORT
    return _decided(rule, numbers, dates)


def _mean_rate(observations: Sequence[Observation]) -> float:
    """Mean of yearly rates, each weighted by its span in months (a 2021–2023 average counts three years).

    Months, not days, so that a leap year does not weigh more than the others.
    """
    total, weight = 0.0, 0.0
    for obs in observations:  # input order, like the batch path, so both sum identically
        months = float((obs.end.year - obs.start.year) * 12 + obs.end.month - obs.start.month + 1)
        total = total + months * obs.value
        weight = weight + months
    return total / weight


def _assess_flow(target: TargetSpec, usable: _Usable, thresholds: Thresholds) -> Assessment:
    latest = usable.latest
    big_t, sign = target.target_value, target.direction.sign
    first = target.period_start
    assert first is not None
    if latest is None:
        return _no_data(target)
    if latest.end == target.deadline:
        return _final(target, latest.value, thresholds, {})
    y = latest.value
    p = y / big_t
    e = f.elapsed_share(latest.end.toordinal(), first.toordinal(), target.deadline.toordinal())
    numbers = {"y": y, "T": big_t, "p": p, "e": e}
    dates = {"t0": first, "t": latest.end, "deadline": target.deadline}
    if sign > 0:
        if f.meets(y, big_t, sign):
            return _decided(Rule.FLOW_ACHIEVED, numbers, dates)
        ratio = p / e
    else:
        if not f.meets(y, big_t, sign):
            return _decided(Rule.FLOW_CEILING_BREACHED, numbers, dates)
        ratio = f.ceiling_ratio(p, e)
    numbers["R"] = ratio
    rule = _rule("flow", f.pace_outcome(ratio, thresholds))
    return _decided(rule, numbers, dates)


def _assess_maintain(target: TargetSpec, usable: _Usable) -> Assessment:
    big_t, sign = target.target_value, target.direction.sign
    if usable.latest is None:
        return _no_data(target)
    values = [obs.value for obs in usable.in_order]
    breaches = [v for v in values if not f.meets(v, big_t, sign)]
    worst = max(values, key=lambda v: -sign * v)
    numbers = {"T": big_t, "n": float(len(values)), "breaches": float(len(breaches)), "worst": worst}
    dates = {"t": usable.latest.end, "deadline": target.deadline}
    if breaches:
        rule = Rule.MAINTAIN_BREACH
    elif usable.latest.end >= target.deadline:
        rule = Rule.MAINTAIN_ACHIEVED
    else:
        rule = Rule.MAINTAIN_HOLDING
    return _decided(rule, numbers, dates)


def _assess_binary(target: TargetSpec, usable: _Usable, as_of: date) -> Assessment:
    dates: dict[str, date] = {"deadline": target.deadline}
    numbers: dict[str, float] = {}
    if usable.latest is not None:
        numbers["y"] = usable.latest.value
        dates["t"] = usable.latest.end
        if usable.latest.value != 0:
            return _decided(Rule.BINARY_ACHIEVED, numbers, dates)
    rule = Rule.BINARY_NOT_ACHIEVED if as_of >= target.deadline else Rule.BINARY_PENDING
    return _decided(rule, numbers, dates)

"""The vectorised status engine: the decision table over NumPy columns, for many targets at once.

Targets are columns (one entry per target, with T, the term's first day and the baseline already resolved by
:func:`columns_from_specs`); observations are a padded 2-D block (one row per target, ``valid`` marking the
real cells). Every form is vectorised. Each row of the decision table becomes a boolean mask; per target, the
first row that applies wins, in the order of the per-target engine and with the formulas of
:mod:`chitieu.core.status.rules`, so :func:`assess_batch` gives the statuses and rules of
:func:`chitieu.core.status.engine.assess` (a property test checks it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from numpy.typing import NDArray

from chitieu.core.status import rules as f
from chitieu.core.status.model import Form, GrowthModel, Observation, Status, TargetSpec
from chitieu.core.status.rules import RULE_CODE, RULE_STATUS, RULES, STATUS_CODE, STATUSES, Rule
from chitieu.core.status.settings import DEFAULT_THRESHOLDS, Thresholds

FORM_CODE: dict[Form, int] = {form: i for i, form in enumerate(Form)}
NO_DAY = -(2**40)  # "no date" in day columns (baseline or first day absent); below every real ordinal
_START_BITS = 20  # date ordinals stay below 2**20 until the year 2870: (end, start) packs into one int64 key

Floats = NDArray[np.float64]
Days = NDArray[np.int64]
Flags = NDArray[np.bool_]
Codes = NDArray[np.int16]
Ruled = tuple[Codes, Floats]  # rule codes and the ratio R behind them


class BatchShapeError(ValueError):
    """Columns of different lengths, or an observation block that does not match the targets."""


@dataclass(frozen=True, slots=True)
class TargetColumns:
    """One entry per target. Days are ``date.toordinal()`` values; ``NO_DAY`` where absent."""

    form: NDArray[np.int8]  # FORM_CODE
    sign: NDArray[np.int8]  # d: +1 higher is better, -1 lower
    target: Floats  # T, resolved (change targets: from the baseline)
    baseline_day: Days
    baseline_value: Floats  # NaN where there is no baseline
    first_day: Days  # TargetSpec.period_start
    deadline_day: Days
    compound: Flags  # growth model is compound
    rates: Flags  # growth targets whose observations are yearly rates

    def __len__(self) -> int:
        return len(self.form)


@dataclass(frozen=True, slots=True)
class ObservationColumns:
    """A padded (targets × slots) block; cells where ``valid`` is False are ignored."""

    start_day: Days
    end_day: Days
    value: Floats
    valid: Flags


@dataclass(frozen=True, slots=True)
class BatchResult:
    status: NDArray[np.int8]  # positions in rules.STATUSES
    rule: Codes  # positions in rules.RULES
    ratio: Floats  # R where the deciding rule used one, else NaN

    def statuses(self) -> list[Status]:
        return [STATUSES[code] for code in self.status.tolist()]

    def rules(self) -> list[Rule]:
        return [RULES[code] for code in self.rule.tolist()]


def columns_from_specs(
    targets: Sequence[TargetSpec], observations: Sequence[Sequence[Observation]]
) -> tuple[TargetColumns, ObservationColumns]:
    """Resolve per-target objects into columns (T, first day, baseline) and a padded observation block."""
    if len(targets) != len(observations):
        raise BatchShapeError(f"{len(targets)} targets but {len(observations)} observation lists")
    n, width = len(targets), max((len(obs) for obs in observations), default=0)
    columns = TargetColumns(
        form=np.array([FORM_CODE[t.form] for t in targets], dtype=np.int8),
        sign=np.array([t.direction.sign for t in targets], dtype=np.int8),
        target=np.array([t.target_value for t in targets], dtype=np.float64),
        baseline_day=np.array([_ordinal(t.baseline.date if t.baseline else None) for t in targets], np.int64),
        baseline_value=np.array([t.baseline.value if t.baseline else np.nan for t in targets], np.float64),
        first_day=np.array([_ordinal(t.period_start) for t in targets], dtype=np.int64),
        deadline_day=np.array([t.deadline.toordinal() for t in targets], dtype=np.int64),
        compound=np.array([t.growth is GrowthModel.COMPOUND for t in targets], dtype=np.bool_),
        rates=np.array([t.observations_are_rates for t in targets], dtype=np.bool_),
    )
    block = ObservationColumns(
        start_day=np.zeros((n, width), np.int64),
        end_day=np.zeros((n, width), np.int64),
        value=np.zeros((n, width), np.float64),
        valid=np.zeros((n, width), np.bool_),
    )
    for row, obs_list in enumerate(observations):
        for slot, obs in enumerate(obs_list):
            block.start_day[row, slot] = obs.start.toordinal()
            block.end_day[row, slot] = obs.end.toordinal()
            block.value[row, slot] = obs.value
            block.valid[row, slot] = True
    return columns, block


def _ordinal(day: date | None) -> int:
    return NO_DAY if day is None else day.toordinal()


@dataclass(frozen=True, slots=True)
class _Picked:
    """Per target: the usable cells; value and end day of the latest and of the earliest usable one."""

    usable: Flags
    any: Flags
    y: Floats
    t_day: Days
    y_first: Floats
    t_first: Days


def _usable(tc: TargetColumns, oc: ObservationColumns, as_of: int) -> Flags:
    """Mirror of engine.usable_observations, as a (targets × slots) mask."""
    start, end = oc.start_day, oc.end_day
    deadline, first = tc.deadline_day[:, None], tc.first_day[:, None]
    flow = (tc.form == FORM_CODE[Form.FLOW])[:, None]
    binary = (tc.form == FORM_CODE[Form.BINARY])[:, None]
    levels = _reads_levels(tc)[:, None]
    term = ~(flow | binary | levels)  # maintain, growth from rates
    keep = oc.valid & (end <= as_of) & (start <= deadline)
    flow_ok = (start == first) & (end <= deadline)
    levels_ok = (tc.baseline_day == NO_DAY)[:, None] | (end > tc.baseline_day[:, None])
    term_ok = (tc.first_day == NO_DAY)[:, None] | (start >= first)
    usable: Flags = keep & ((flow & flow_ok) | (levels & levels_ok) | (term & term_ok) | binary)
    return usable


def _reads_levels(tc: TargetColumns) -> Flags:
    level_or_change = (tc.form == FORM_CODE[Form.LEVEL]) | (tc.form == FORM_CODE[Form.CHANGE])
    reads: Flags = level_or_change | ((tc.form == FORM_CODE[Form.GROWTH]) & ~tc.rates)
    return reads


def _pick(oc: ObservationColumns, usable: Flags) -> _Picked:
    rows = np.arange(usable.shape[0])
    if usable.shape[1] == 0:
        none_f, none_d = np.full(len(rows), np.nan), np.zeros(len(rows), np.int64)
        return _Picked(usable, np.zeros(len(rows), np.bool_), none_f, none_d, none_f, none_d)
    key = (oc.end_day << _START_BITS) + oc.start_day
    # argmax finds the first maximum; scanning the reversed slots makes ties go to the later-listed cell.
    latest = usable.shape[1] - 1 - np.argmax(np.where(usable, key, -1)[:, ::-1], axis=1)
    earliest = np.argmin(np.where(usable, key, np.iinfo(np.int64).max), axis=1)
    return _Picked(
        usable=usable,
        any=np.asarray(usable.any(axis=1), dtype=np.bool_),
        y=oc.value[rows, latest],
        t_day=oc.end_day[rows, latest],
        y_first=oc.value[rows, earliest],
        t_first=oc.end_day[rows, earliest],
    )


def _code(rule: Rule) -> int:
    return RULE_CODE[rule]


def _first(
    conditions: Sequence[Flags], choices: Sequence[Codes | int] | Sequence[object], default: Codes | int
) -> Codes:
    """Per target, the choice of the first condition that holds, else the default (np.select, for rule codes).

    Built from the last row up with np.where: faster than np.select, which materialises every choice.
    """
    shape = conditions[0].shape
    result = np.broadcast_to(np.asarray(default, dtype=np.int16), shape)
    for condition, choice in zip(reversed(conditions), reversed(choices), strict=True):
        result = np.where(condition, np.asarray(choice, dtype=np.int16), result)
    return np.ascontiguousarray(result, dtype=np.int16)


def _pace(ratio: Floats, family: str, th: Thresholds) -> Codes:
    """Vector form of rules.pace_outcome, as rule codes of one family."""
    outcomes = ("on_track", "needs_acceleration", "off_track")
    codes = [_code(Rule(f"{family}.{outcome}")) for outcome in outcomes]
    away = _code(Rule(f"{family}.moving_away"))
    bands = [ratio >= th.on_track, ratio >= th.acceleration, ratio >= 0]
    return _first(bands, codes, away)


def _final(y: Floats, tc: TargetColumns, sign: Floats, th: Thresholds) -> Codes:
    exceeded = f.exceeds(y, tc.target, sign, th.tolerance)
    met = f.meets(y, tc.target, sign)
    codes = [_code(Rule.FINAL_EXCEEDED), _code(Rule.FINAL_ACHIEVED)]
    return _first([exceeded, met], codes, _code(Rule.FINAL_NOT_ACHIEVED))


def _start_point(tc: TargetColumns, pk: _Picked) -> tuple[Floats, Days]:
    has_base = tc.baseline_day != NO_DAY
    return np.where(has_base, tc.baseline_value, pk.y_first), np.where(has_base, tc.baseline_day, pk.t_first)


def _level_rules(tc: TargetColumns, pk: _Picked, sign: Floats, th: Thresholds) -> Ruled:
    big_t, y = tc.target, pk.y
    y0, t0 = _start_point(tc, pk)
    t, t_deadline = f.years(pk.t_day - t0), f.years(tc.deadline_day - t0)
    positive = (y > 0) & (y0 > 0) & (big_t > 0)
    safe_y, safe_y0 = np.where(positive, y, 1.0), np.where(positive, y0, 1.0)
    safe_t = np.where(positive, big_t, 1.0)
    needed = f.compound_rate(safe_t, safe_y0, t_deadline)
    compound = tc.compound & positive & np.isfinite(needed) & (sign * needed > 0)
    ratio = np.where(
        compound, f.compound_rate(safe_y, safe_y0, t) / needed, f.linear_ratio(y, y0, big_t, t, t_deadline)
    )
    conditions = [
        ~pk.any,
        pk.t_day >= tc.deadline_day,
        f.meets(y, big_t, sign),
        pk.t_day <= t0,
        sign * (big_t - y0) <= 0,
    ]
    choices = [
        _code(Rule.DATA_NONE),
        _final(y, tc, sign, th),
        _code(Rule.PROGRESS_ALREADY_MET),
        _code(Rule.DATA_TOO_FEW),
        _code(Rule.PROGRESS_LOST_GROUND),
    ]
    return _first(conditions, choices, _pace(ratio, "progress", th)), ratio


def _mean_rate(oc: ObservationColumns, usable: Flags) -> Floats:
    """Month-weighted mean of the usable rates, summed slot by slot in input order like the engine."""
    total = np.zeros(usable.shape[0])
    weight = np.zeros(usable.shape[0])
    spans = (_month(oc.end_day, usable) - _month(oc.start_day, usable) + 1).astype(np.float64)
    for slot in range(usable.shape[1]):
        total = total + np.where(usable[:, slot], spans[:, slot] * oc.value[:, slot], 0.0)
        weight = weight + np.where(usable[:, slot], spans[:, slot], 0.0)
    return total / weight


def _month(days: Days, valid: Flags) -> NDArray[np.int64]:
    """Months since January 1970 of date ordinals, via a table over the span of dates present (fast)."""
    if not valid.any():
        return np.zeros(days.shape, np.int64)
    low, high = int(days[valid].min()), int(days[valid].max())
    table = (np.arange(low, high + 1) - _EPOCH).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return table[np.clip(days, low, high) - low]


_EPOCH = date(1970, 1, 1).toordinal()


def _growth_rules(tc: TargetColumns, oc: ObservationColumns, pk: _Picked, sign: Floats, th: Thresholds) -> Ruled:
    big_t = tc.target
    y0, t0 = _start_point(tc, pk)
    t = f.years(pk.t_day - t0)
    positive = (y0 > 0) & (pk.y > 0)
    safe_y, safe_y0 = np.where(positive, pk.y, 1.0), np.where(positive, y0, 1.0)
    from_levels = np.where(
        tc.compound, f.growth_percent(safe_y, safe_y0, t, True), f.growth_percent(safe_y, safe_y0, t, False)
    )
    rate = np.where(tc.rates, _mean_rate(oc, pk.usable), from_levels)
    ratio = rate / big_t
    paced = (sign > 0) & (big_t > 0)
    conditions = [
        ~pk.any,
        ~tc.rates & (pk.t_day <= t0),
        ~tc.rates & ~positive,
        pk.t_day >= tc.deadline_day,
        paced,
        f.meets(rate, big_t, sign),
    ]
    choices = [
        _code(Rule.DATA_NONE),
        _code(Rule.DATA_TOO_FEW),
        _code(Rule.DATA_NO_RATE),
        _final(rate, tc, sign, th),
        _pace(ratio, "growth", th),
        _code(Rule.GROWTH_MEETS_SO_FAR),
    ]
    return _first(conditions, choices, _code(Rule.GROWTH_FALLS_SHORT)), ratio


def _flow_rules(tc: TargetColumns, pk: _Picked, sign: Floats, th: Thresholds) -> Ruled:
    p = pk.y / tc.target
    e = f.elapsed_share(pk.t_day, tc.first_day, tc.deadline_day)
    ratio = np.where(sign > 0, p / e, f.ceiling_ratio(p, e))
    met = f.meets(pk.y, tc.target, sign)
    conditions = [~pk.any, pk.t_day == tc.deadline_day, (sign > 0) & met, (sign < 0) & ~met]
    choices = [
        _code(Rule.DATA_NONE),
        _final(pk.y, tc, sign, th),
        _code(Rule.FLOW_ACHIEVED),
        _code(Rule.FLOW_CEILING_BREACHED),
    ]
    return _first(conditions, choices, _pace(ratio, "flow", th)), ratio


def _maintain_rules(tc: TargetColumns, oc: ObservationColumns, pk: _Picked, sign: Floats) -> Codes:
    missed = pk.usable & ~f.meets(oc.value, tc.target[:, None], sign[:, None])
    conditions = [~pk.any, missed.any(axis=1), pk.t_day >= tc.deadline_day]
    codes = [_code(Rule.DATA_NONE), _code(Rule.MAINTAIN_BREACH), _code(Rule.MAINTAIN_ACHIEVED)]
    return _first(conditions, codes, _code(Rule.MAINTAIN_HOLDING))


def _binary_rules(tc: TargetColumns, pk: _Picked, as_of: int) -> Codes:
    conditions = [pk.any & (pk.y != 0), tc.deadline_day <= as_of]
    codes = [_code(Rule.BINARY_ACHIEVED), _code(Rule.BINARY_NOT_ACHIEVED)]
    return _first(conditions, codes, _code(Rule.BINARY_PENDING))


def _check_shapes(tc: TargetColumns, oc: ObservationColumns) -> None:
    n = len(tc)
    for name in TargetColumns.__slots__:
        if len(getattr(tc, name)) != n:
            raise BatchShapeError(f"target column {name} has {len(getattr(tc, name))} entries, expected {n}")
    for name in ObservationColumns.__slots__:
        shape = getattr(oc, name).shape
        if len(shape) != 2 or shape[0] != n or shape != oc.valid.shape:
            raise BatchShapeError(f"observation column {name} has shape {shape}, expected ({n}, slots)")


_STATUS_OF_RULE = np.array([STATUS_CODE[RULE_STATUS[rule]] for rule in RULES], dtype=np.int8)
# The rows decided by R: the pace outcomes (see rules.pace_outcome) of the progress, flow and growth families.
_PACE_OUTCOMES = {"on_track", "needs_acceleration", "off_track", "moving_away"}
_USES_RATIO = np.array([
    family in {"progress", "flow", "growth"} and outcome in _PACE_OUTCOMES
    for family, outcome in (rule.split(".", 1) for rule in RULES)
])  # fmt: skip


def assess_batch(
    targets: TargetColumns,
    observations: ObservationColumns,
    as_of: date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> BatchResult:
    """Assess every target as of a date; the same statuses and rules as the per-target engine."""
    _check_shapes(targets, observations)
    day = as_of.toordinal()
    sign = targets.sign.astype(np.float64)
    with np.errstate(all="ignore"):  # rows of other forms compute garbage that is never picked
        picked = _pick(observations, _usable(targets, observations, day))
        level_rule, level_ratio = _level_rules(targets, picked, sign, thresholds)
        growth_rule, growth_ratio = _growth_rules(targets, observations, picked, sign, thresholds)
        flow_rule, flow_ratio = _flow_rules(targets, picked, sign, thresholds)
        form = targets.form
        is_level = (form == FORM_CODE[Form.LEVEL]) | (form == FORM_CODE[Form.CHANGE])
        is_growth, is_flow = form == FORM_CODE[Form.GROWTH], form == FORM_CODE[Form.FLOW]
        rule = _first(
            [is_level, is_growth, is_flow, form == FORM_CODE[Form.MAINTAIN]],
            [level_rule, growth_rule, flow_rule, _maintain_rules(targets, observations, picked, sign)],
            _binary_rules(targets, picked, day),
        )
        ratio = np.select([is_level, is_growth, is_flow], [level_ratio, growth_ratio, flow_ratio], np.nan)
    ratio = np.where(_USES_RATIO[rule], ratio, np.nan)
    return BatchResult(status=_STATUS_OF_RULE[rule], rule=rule, ratio=ratio)

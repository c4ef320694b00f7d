"""The rows of the decision table and the formulas they use.

Every row has a stable id (``family.outcome``) and the status it gives. The formulas are written once and
work on Python floats and on NumPy arrays alike, so the per-target engine and the batch path do the same
arithmetic in the same order and cannot disagree by a rounding step.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

from chitieu.core.status.model import Status
from chitieu.core.status.settings import Thresholds

DAYS_PER_YEAR = 365.25

# "Meets" allows a relative rounding slack, so that a target computed in floating point
# (baseline × (1 + change)) is still met by the value it was meant to be.
FLOAT_SLACK = 1e-9


class Rule(StrEnum):
    DATA_NONE = "data.none"
    DATA_TOO_FEW = "data.too_few"
    DATA_NO_RATE = "data.no_rate"
    FINAL_EXCEEDED = "final.exceeded"
    FINAL_ACHIEVED = "final.achieved"
    FINAL_NOT_ACHIEVED = "final.not_achieved"
    PROGRESS_ALREADY_MET = "progress.already_met"
    PROGRESS_ON_TRACK = "progress.on_track"
    PROGRESS_NEEDS_ACCELERATION = "progress.needs_acceleration"
    PROGRESS_OFF_TRACK = "progress.off_track"
    PROGRESS_MOVING_AWAY = "progress.moving_away"
    PROGRESS_LOST_GROUND = "progress.lost_ground"
    FLOW_ACHIEVED = "flow.achieved"
    FLOW_ON_TRACK = "flow.on_track"
    FLOW_NEEDS_ACCELERATION = "flow.needs_acceleration"
    FLOW_OFF_TRACK = "flow.off_track"
    FLOW_MOVING_AWAY = "flow.moving_away"
    FLOW_CEILING_BREACHED = "flow.ceiling_breached"
    GROWTH_ON_TRACK = "growth.on_track"
    GROWTH_NEEDS_ACCELERATION = "growth.needs_acceleration"
    GROWTH_OFF_TRACK = "growth.off_track"
    GROWTH_MOVING_AWAY = "growth.moving_away"
    GROWTH_MEETS_SO_FAR = "growth.meets_so_far"
    GROWTH_FALLS_SHORT = "growth.falls_short"
    MAINTAIN_ACHIEVED = "maintain.achieved"
    MAINTAIN_BREACH = "maintain.breach"
    MAINTAIN_HOLDING = "maintain.holding"
    BINARY_ACHIEVED = "binary.achieved"
    BINARY_PENDING = "binary.pending"
    BINARY_NOT_ACHIEVED = "binary.not_achieved"

    @property
    def status(self) -> Status:
        """The status this row gives."""
        return RULE_STATUS[self]


_OUTCOME_STATUS = {
    "none": Status.NO_DATA,
    "too_few": Status.NO_DATA,
    "no_rate": Status.NO_DATA,
    "exceeded": Status.EXCEEDED,
    "achieved": Status.ACHIEVED,
    "already_met": Status.ACHIEVED,
    "not_achieved": Status.NOT_ACHIEVED,
    "on_track": Status.ON_TRACK,
    "meets_so_far": Status.ON_TRACK,
    "holding": Status.ON_TRACK,
    "needs_acceleration": Status.NEEDS_ACCELERATION,
    "off_track": Status.OFF_TRACK,
    "moving_away": Status.OFF_TRACK,
    "lost_ground": Status.OFF_TRACK,
    "ceiling_breached": Status.OFF_TRACK,
    "falls_short": Status.OFF_TRACK,
    "breach": Status.NOT_ACHIEVED,
    "pending": Status.PENDING,
}

RULE_STATUS: dict[Rule, Status] = {rule: _OUTCOME_STATUS[rule.value.split(".", 1)[1]] for rule in Rule}

# Integer codes for the batch path (positions in these tuples; stable within a release).
RULES: tuple[Rule, ...] = tuple(Rule)
STATUSES: tuple[Status, ...] = tuple(Status)
RULE_CODE: dict[Rule, int] = {rule: i for i, rule in enumerate(RULES)}
STATUS_CODE: dict[Status, int] = {status: i for i, status in enumerate(STATUSES)}


def pace_outcome(ratio: float, thresholds: Thresholds) -> str:
    """Classify R: ``on_track``, ``needs_acceleration``, ``off_track`` or ``moving_away`` (R < 0)."""
    if ratio >= thresholds.on_track:
        return "on_track"
    if ratio >= thresholds.acceleration:
        return "needs_acceleration"
    if ratio >= 0:
        return "off_track"
    return "moving_away"


# --- formulas shared by the engine (floats) and the batch path (arrays) ---


def years(days: Any) -> Any:
    """Days → years (days / 365.25)."""
    return days / DAYS_PER_YEAR


def meets(y: Any, target: Any, sign: Any) -> Any:
    """d·(y − T) ≥ 0, up to floating-point rounding."""
    return sign * (y - target) >= -FLOAT_SLACK * abs(target)


def exceeds(y: Any, target: Any, sign: Any, tolerance: float) -> Any:
    """d·(y − T) > ε with ε = tolerance·|T|."""
    return sign * (y - target) > tolerance * abs(target)


def linear_ratio(y: Any, y0: Any, target: Any, t: Any, t_deadline: Any) -> Any:
    """R for linear indicators: pace so far ÷ pace needed (t, t_deadline in years since t0)."""
    return ((y - y0) / t) / ((target - y0) / t_deadline)


def compound_rate(y: Any, y0: Any, t: Any) -> Any:
    """Compound annual growth rate from y0 to y over t years, as a fraction (inf when it overflows)."""
    try:
        return (y / y0) ** (1.0 / t) - 1.0
    except OverflowError:  # floats raise where arrays give inf; give inf like the batch path
        return math.inf


def growth_percent(y: Any, y0: Any, t: Any, compound: bool) -> Any:
    """Average annual growth in percent from y0 to y over t years (compound or simple)."""
    if compound:
        return 100.0 * compound_rate(y, y0, t)
    return 100.0 * (y / y0 - 1.0) / t


def elapsed_share(end_day: Any, first_day: Any, deadline_day: Any) -> Any:
    """e: share of the target period (inclusive days) elapsed at the end of a year-to-date span."""
    return (end_day - first_day + 1) / (deadline_day - first_day + 1)


def ceiling_ratio(p: Any, e: Any) -> Any:
    """R for a ceiling on a period total: share of the allowance left ÷ share of the period left."""
    return (1.0 - p) / (1.0 - e)

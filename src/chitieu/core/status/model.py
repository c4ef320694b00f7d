"""What the status engine reads and returns: targets, observations, statuses and assessments."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType


class Form(StrEnum):
    """How a target is phrased; each form has its own rows in the decision table."""

    LEVEL = "level"  # reach a value by the deadline
    CHANGE = "change"  # move relative to a baseline (e.g. -50 %)
    GROWTH = "growth"  # average annual growth rate over the term
    FLOW = "flow"  # a period total tracked from year-to-date figures
    MAINTAIN = "maintain"  # hold in every period of the term
    BINARY = "binary"  # yes/no, e.g. recognised as advanced new-rural district


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"

    @property
    def sign(self) -> int:
        """d in the decision table: +1 when higher is better, -1 when lower is better."""
        return 1 if self is Direction.HIGHER else -1


class GrowthModel(StrEnum):
    LINEAR = "linear"
    COMPOUND = "compound"


class Comparator(StrEnum):
    """The wording's comparison ("từ X trở lên", "dưới X"), kept for display; the engine reads direction."""

    AT_LEAST = "gte"
    MORE_THAN = "gt"
    AT_MOST = "lte"
    LESS_THAN = "lt"
    EQUAL = "eq"


class Status(StrEnum):
    EXCEEDED = "exceeded"
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    OFF_TRACK = "off_track"
    NOT_ACHIEVED = "not_achieved"
    PENDING = "pending"
    NO_DATA = "no_data"


class TargetError(ValueError):
    """A target cannot be assessed as given; the message names the field and the reason."""


@dataclass(frozen=True, slots=True)
class Baseline:
    date: date
    value: float


@dataclass(frozen=True, slots=True)
class Observation:
    """A value for the inclusive span start..end (a year, half, year-to-date span, ...)."""

    start: date
    end: date
    value: float

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise TargetError(f"observation ends ({self.end}) before it starts ({self.start})")
        if not math.isfinite(self.value):
            raise TargetError(f"observation {self.start}..{self.end} has a non-finite value {self.value!r}")


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """A target as the engine needs it.

    ``value`` is the target value T (for ``growth``: the yearly rate in percent, e.g. 12.5). For ``change``,
    T = baseline × (1 + relative_change), or baseline + absolute_change (percentage points), or ``value``.
    ``start`` opens the term; for ``flow`` it is the first day of the target period (default: 1 January of the
    deadline's year). ``observations_are_rates``: a ``growth`` target whose observations are yearly rates in
    percent rather than levels.
    """

    form: Form
    deadline: date
    direction: Direction = Direction.HIGHER
    value: float | None = None
    relative_change: float | None = None
    absolute_change: float | None = None
    baseline: Baseline | None = None
    start: date | None = None
    growth: GrowthModel = GrowthModel.LINEAR
    observations_are_rates: bool = False
    comparator: Comparator | None = None

    def __post_init__(self) -> None:
        if self.form is Form.CHANGE:
            if self.baseline is None:
                raise TargetError("a change target needs a baseline")
            if self.relative_change is None and self.absolute_change is None and self.value is None:
                raise TargetError("a change target needs relative_change, absolute_change or value")
        elif self.form is not Form.BINARY and self.value is None:
            raise TargetError(f"a {self.form} target needs a value")
        if self.form is Form.FLOW and self.value is not None and self.value <= 0:
            raise TargetError(f"a flow target needs a positive value, got {self.value}")
        for name in ("value", "relative_change", "absolute_change"):
            number = getattr(self, name)
            if number is not None and not math.isfinite(number):
                raise TargetError(f"{name} must be a finite number, got {number!r}")
        if self.baseline is not None and self.baseline.date >= self.deadline:
            raise TargetError(f"baseline date {self.baseline.date} is not before deadline {self.deadline}")
        if self.start is not None and self.start > self.deadline:
            raise TargetError(f"the start {self.start} is after the deadline {self.deadline}")

    @property
    def target_value(self) -> float:
        """T, the value to reach (binary targets: 1, meaning "observed true")."""
        if self.form is Form.BINARY:
            return 1.0
        if self.form is Form.CHANGE and self.baseline is not None:
            if self.relative_change is not None:
                return self.baseline.value * (1 + self.relative_change)
            if self.absolute_change is not None:
                return self.baseline.value + self.absolute_change
        assert self.value is not None  # checked in __post_init__
        return self.value

    @property
    def period_start(self) -> date | None:
        """First day of the term: ``start``, else the day after the baseline; flows default to 1 January."""
        if self.start is not None:
            return self.start
        if self.form is Form.FLOW:
            return date(self.deadline.year, 1, 1)
        if self.baseline is not None:
            return self.baseline.date + timedelta(days=1)
        return None


def _frozen(numbers: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType({name: float(value) for name, value in numbers.items()})


@dataclass(frozen=True, slots=True)
class Assessment:
    """The status of one target, the rule (a row of the decision table) that decided it, and its numbers.

    ``numbers`` holds what the rule used (y, T, y0, t, tT, R, p, e, ...; times in years since t0);
    ``dates`` the dates behind them (t0, t, deadline). After a manual override ``status`` is the status set by
    hand and ``computed_status`` the engine's; otherwise both are equal and ``override_reason`` is None.
    """

    status: Status
    rule: str
    numbers: Mapping[str, float] = field(default_factory=dict)
    dates: Mapping[str, date] = field(default_factory=dict)
    computed_status: Status | None = None
    override_reason: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "numbers", _frozen(self.numbers))
        object.__setattr__(self, "dates", MappingProxyType(dict(self.dates)))
        if self.computed_status is None:
            object.__setattr__(self, "computed_status", self.status)

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None

    def as_dict(self) -> dict[str, object]:
        """The machine-readable face: ``{"status", "rule", "numbers"}``, plus the override if there is one."""
        out: dict[str, object] = {"status": str(self.status), "rule": str(self.rule)}
        out["numbers"] = dict(self.numbers)
        if self.overridden:
            out["computed_status"] = str(self.computed_status)
            out["override_reason"] = self.override_reason
        return out

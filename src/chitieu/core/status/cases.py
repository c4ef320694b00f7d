"""Assessment cases as plain data (the JSON that ``chitieu assess FILE.json`` reads), checked field by field.

A case::

    {"name": "optional label",
     "target": {"form": "level", "direction": "higher", "value": 100, "relative_change": null,
                "absolute_change": null, "baseline": {"date": "2020-12-31", "value": 40},
                "start": "2021-01-01", "deadline": "2025-12-31", "growth": "linear",
                "observations_are_rates": false, "comparator": "gte"},
     "observations": [{"start": "2023-01-01", "end": "2023-12-31", "value": 70}, {"period": "2024-H1", "value": 80}],
     "as_of": "2024-07-15"}

Only ``target.form`` and ``target.deadline`` are always required; an observation gives either start and end or a
``period`` in the notation of :mod:`chitieu.core.periods`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from chitieu.core.periods import PeriodError, parse_period
from chitieu.core.status.model import (
    Baseline,
    Comparator,
    Direction,
    Form,
    GrowthModel,
    Observation,
    TargetError,
    TargetSpec,
)

E = TypeVar("E", bound=StrEnum)


class CaseError(ValueError):
    """A case that cannot be read: ``field`` is the path of the offending field (``target.baseline.date``)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"field {field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Case:
    target: TargetSpec
    observations: tuple[Observation, ...]
    as_of: date | None
    name: str | None = None


_CASE_KEYS = {"name", "target", "observations", "as_of"}
_TARGET_KEYS = {
    "form", "direction", "value", "relative_change", "absolute_change", "baseline", "start", "deadline",
    "growth", "observations_are_rates", "comparator",
}  # fmt: skip
_OBSERVATION_KEYS = {"start", "end", "period", "value"}


def _mapping(data: object, where: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise CaseError(where or "case", f"expected an object, got {type(data).__name__}")
    unknown = sorted(set(data) - allowed)
    if unknown:
        prefix = f"{where}." if where else ""
        raise CaseError(prefix + unknown[0], f"unknown field (expected one of {', '.join(sorted(allowed))})")
    return data


def _date(value: object, where: str) -> date:
    if not isinstance(value, str):
        raise CaseError(where, f"expected a date as YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CaseError(where, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CaseError(where, f"expected a number, got {value!r}")
    return float(value)


def _choice(value: object, where: str, kind: type[E]) -> E:
    try:
        return kind(str(value)) if isinstance(value, str) else kind(value)  # type: ignore[arg-type]
    except ValueError:
        raise CaseError(where, f"{value!r} is not one of {', '.join(kind)}") from None


T = TypeVar("T")


def _optional(data: Mapping[str, Any], key: str, read: Callable[[object, str], T], where: str) -> T | None:
    value = data.get(key)
    return None if value is None else read(value, f"{where}.{key}")


def _required(data: Mapping[str, Any], key: str, where: str) -> object:
    if data.get(key) is None:
        raise CaseError(f"{where}.{key}" if where else key, "missing")
    return data[key]


def parse_target(data: object, where: str = "target") -> TargetSpec:
    """Read a target; raise :class:`CaseError` naming the field that is missing or wrong."""
    fields = _mapping(data, where, _TARGET_KEYS)
    baseline = None
    if fields.get("baseline") is not None:
        raw = _mapping(fields["baseline"], f"{where}.baseline", {"date", "value"})
        baseline = Baseline(
            _date(_required(raw, "date", f"{where}.baseline"), f"{where}.baseline.date"),
            _number(_required(raw, "value", f"{where}.baseline"), f"{where}.baseline.value"),
        )
    try:
        return TargetSpec(
            form=_choice(_required(fields, "form", where), f"{where}.form", Form),
            deadline=_date(_required(fields, "deadline", where), f"{where}.deadline"),
            direction=_optional(fields, "direction", _direction, where) or Direction.HIGHER,
            value=_optional(fields, "value", _number, where),
            relative_change=_optional(fields, "relative_change", _number, where),
            absolute_change=_optional(fields, "absolute_change", _number, where),
            baseline=baseline,
            start=_optional(fields, "start", _date, where),
            growth=_optional(fields, "growth", _growth, where) or GrowthModel.LINEAR,
            observations_are_rates=bool(fields.get("observations_are_rates", False)),
            comparator=_optional(fields, "comparator", _comparator, where),
        )
    except TargetError as error:
        raise CaseError(where, str(error)) from None


def _direction(value: object, where: str) -> Direction:
    return _choice(value, where, Direction)


def _growth(value: object, where: str) -> GrowthModel:
    return _choice(value, where, GrowthModel)


def _comparator(value: object, where: str) -> Comparator:
    return _choice(value, where, Comparator)


def parse_observation(data: object, where: str) -> Observation:
    """Read one observation: ``start`` and ``end``, or a ``period`` such as ``2024-H1``; and a ``value``."""
    fields = _mapping(data, where, _OBSERVATION_KEYS)
    raw_value = _required(fields, "value", where)
    value = float(raw_value) if isinstance(raw_value, bool) else _number(raw_value, f"{where}.value")
    if fields.get("period") is not None:
        try:
            period = parse_period(str(fields["period"]))
        except PeriodError as error:
            raise CaseError(f"{where}.period", str(error)) from None
        start, end = period.start, period.end
    else:
        start = _date(_required(fields, "start", where), f"{where}.start")
        end = _date(_required(fields, "end", where), f"{where}.end")
    try:
        return Observation(start, end, value)
    except TargetError as error:
        raise CaseError(where, str(error)) from None


def parse_case(data: object) -> Case:
    """Read one case (target, observations, as_of, optional name)."""
    fields = _mapping(data, "", _CASE_KEYS)
    observations = fields.get("observations") or []
    if not isinstance(observations, list):
        raise CaseError("observations", f"expected a list, got {type(observations).__name__}")
    name = fields.get("name")
    return Case(
        target=parse_target(_required(fields, "target", "")),
        observations=tuple(parse_observation(obs, f"observations[{i}]") for i, obs in enumerate(observations)),
        as_of=_read_as_of(fields),
        name=None if name is None else str(name),
    )


def _read_as_of(fields: Mapping[str, Any]) -> date | None:
    value = fields.get("as_of")
    return None if value is None else _date(value, "as_of")

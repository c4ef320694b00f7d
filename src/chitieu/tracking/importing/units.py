"""Find the unit a code names on a date: codes are reused across editions of the map, so the date decides."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from chitieu.tracking.importing.cells import CellError, text
from chitieu.tracking.models import Unit
from chitieu.tracking.queries import in_force


def _validity(unit: Unit) -> str:
    start = f"from {unit.valid_from}" if unit.valid_from else ""
    end = f"until {unit.valid_to}" if unit.valid_to else ""
    return f"{unit.name}, {' '.join(p for p in (start, end) if p) or 'always'}"


class UnitResolver:
    """Resolves unit codes of one file; loads every unit the file names with one query."""

    def __init__(self, codes: Iterable[str]) -> None:
        self._by_code: dict[str, list[Unit]] = defaultdict(list)
        for unit in Unit.objects.filter(code__in={c for c in codes if c}).order_by("valid_from"):
            self._by_code[unit.code].append(unit)

    def resolve(self, raw: Any, day: date | None) -> Unit:
        """The unit with code ``raw`` valid on ``day`` (any date, when the code names one unit only)."""
        code = text(raw)
        units = self._by_code.get(code, [])
        hint = (
            ""
            if isinstance(raw, str)
            else " (the cell holds a number: format the column as text so that leading zeros are kept)"
        )
        if not units:
            raise CellError(f"unknown unit code {code!r}{hint}")
        if day is None:
            if len(units) == 1:
                return units[0]
            raise CellError(
                f"unit code {code!r} names {len(units)} units of different editions: give unit_as_of"
            )
        for unit in units:
            if in_force(unit, day):
                return unit
        known = "; ".join(_validity(u) for u in units)
        raise CellError(
            f"no unit has code {code!r} on {day.isoformat()} (the code belongs to {known}): give unit_as_of"
        )

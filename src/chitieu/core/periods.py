"""Reporting periods: a year, half, quarter, month, year-to-date span or multi-year span, written compactly.

Notation (used by imports, the CLI and the API):

=================  ===========================  ==========================
text               kind                         dates (inclusive)
=================  ===========================  ==========================
``2024``           year                         2024-01-01 .. 2024-12-31
``2024-H1``        half                         2024-01-01 .. 2024-06-30
``2024-Q3``        quarter                      2024-07-01 .. 2024-09-30
``2024-05``        month                        2024-05-01 .. 2024-05-31
``2024-YTD05``     year to date (Jan..May)      2024-01-01 .. 2024-05-31
``2021-2023``      multi-year span              2021-01-01 .. 2023-12-31
=================  ===========================  ==========================
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    YTD = "ytd"
    MULTI_YEAR = "multi_year"


class PeriodError(ValueError):
    """A period could not be read; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    start: date
    end: date

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The compact notation that :func:`parse_period` reads back."""
        y = self.start.year
        match self.kind:
            case PeriodKind.YEAR:
                return f"{y}"
            case PeriodKind.HALF:
                return f"{y}-H{1 if self.start.month == 1 else 2}"
            case PeriodKind.QUARTER:
                return f"{y}-Q{(self.start.month - 1) // 3 + 1}"
            case PeriodKind.MONTH:
                return f"{y}-{self.start.month:02d}"
            case PeriodKind.YTD:
                return f"{y}-YTD{self.end.month:02d}"
            case PeriodKind.MULTI_YEAR:
                return f"{y}-{self.end.year}"
        raise AssertionError(self.kind)  # pragma: no cover


_PATTERN = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<h>H[12])|(?P<q>Q[1-4])|(?P<m>\d{2})|YTD(?P<ytd>\d{2})|(?P<y2>\d{4})))?$"
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _check_month(month: int, text: str) -> None:
    if not 1 <= month <= 12:
        raise PeriodError(f"month {month} in period {text!r} is not between 01 and 12")


def parse_period(text: str) -> Period:
    """Read a period in the notation of this module's table; raise :class:`PeriodError` otherwise."""
    cleaned = text.strip().upper().replace("–", "-").replace("—", "-")
    found = _PATTERN.match(cleaned)
    if not found:
        raise PeriodError(
            f"period {text!r} is not one of YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YTDMM, YYYY-YYYY"
        )
    year = int(found["y"])
    if found["h"]:
        first = 1 if found["h"] == "H1" else 7
        return Period(PeriodKind.HALF, date(year, first, 1), _month_end(year, first + 5))
    if found["q"]:
        first = 3 * (int(found["q"][1]) - 1) + 1
        return Period(PeriodKind.QUARTER, date(year, first, 1), _month_end(year, first + 2))
    if found["m"]:
        month = int(found["m"])
        _check_month(month, text)
        return Period(PeriodKind.MONTH, date(year, month, 1), _month_end(year, month))
    if found["ytd"]:
        month = int(found["ytd"])
        _check_month(month, text)
        return Period(PeriodKind.YTD, date(year, 1, 1), _month_end(year, month))
    if found["y2"]:
        last = int(found["y2"])
        if last <= year:
            raise PeriodError(f"multi-year period {text!r} must end after it starts")
        return Period(PeriodKind.MULTI_YEAR, date(year, 1, 1), date(last, 12, 31))
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def period_of(start: date, end: date) -> Period:
    """Classify an inclusive date span as the period it is; raise :class:`PeriodError` for irregular spans."""
    candidates = [f"{start.year}"]
    if start.year == end.year:
        candidates += [f"{start.year}-{h}" for h in ("H1", "H2")]
        candidates += [f"{start.year}-Q{q}" for q in range(1, 5)]
        candidates += [f"{start.year}-{end.month:02d}", f"{start.year}-YTD{end.month:02d}"]
    else:
        candidates.append(f"{start.year}-{end.year}")
    for label in candidates:
        period = parse_period(label)
        if (period.start, period.end) == (start, end):
            return period
    raise PeriodError(f"the span {start}..{end} is not a year, half, quarter, month, year-to-date or multi-year span")

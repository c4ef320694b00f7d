"""Read one cell as text, number, date, true/false or period, with messages that say how to write it instead.

CSV cells arrive as text; XLSX cells may already be numbers, dates or booleans, which are accepted as such.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any

from chitieu.core.periods import Period, PeriodError, parse_period

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; the message is the reason shown to the user."""


def is_blank(raw: Any) -> bool:
    """True for an empty cell (blank cells mean "not given")."""
    return raw is None or (isinstance(raw, str) and not raw.strip())


def text(raw: Any) -> str:
    """The cell as trimmed text ("" when blank); a whole number stored by a spreadsheet loses its ``.0``."""
    if is_blank(raw):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    return str(raw).strip()


def number(raw: Any) -> float | None:
    """The cell as a number, or None when blank. "." is the decimal separator; no thousands separators."""
    if is_blank(raw):
        return None
    if isinstance(raw, bool):
        raise CellError(f"{raw!r} is not a number")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        written = str(raw).strip().replace("\u2212", "-")
        if not _NUMBER.match(written):
            raise CellError(_why_not_a_number(written))
        value = float(written)
    if not math.isfinite(value):
        raise CellError(f"{raw!r} is not a finite number")
    return value


def _why_not_a_number(written: str) -> str:
    if "%" in written:
        return f"{written!r} is not a number: leave out the '%' sign"
    if "," in written:
        return f"{written!r} is not a number: use '.' as the decimal separator and no thousands separators"
    if written.count(".") > 1 or " " in written:
        return f"{written!r} is not a number: write it without thousands separators"
    return f"{written!r} is not a number"


def day(raw: Any) -> date | None:
    """The cell as a date written YYYY-MM-DD (or a spreadsheet date), or None when blank."""
    if is_blank(raw):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    written = str(raw).strip()
    if not _DATE.match(written):
        raise CellError(f"{written!r} is not a date: write YYYY-MM-DD, e.g. 2023-12-08")
    try:
        return date.fromisoformat(written)
    except ValueError as error:
        raise CellError(f"{written!r} is not a valid date ({error})") from error


def boolean(raw: Any) -> bool:
    """The cell as true or false; blank means false."""
    if is_blank(raw):
        return False
    if isinstance(raw, bool):
        return raw
    written = str(raw).strip().lower()
    if written not in ("true", "false"):
        raise CellError(f"{text(raw)!r} is not true or false")
    return written == "true"


def period(raw: Any) -> Period:
    """The cell as a period (2024, 2024-H1, 2024-Q3, 2024-05, 2024-YTD05, 2021-2023)."""
    try:
        return parse_period(text(raw))
    except PeriodError as error:
        raise CellError(str(error)) from error

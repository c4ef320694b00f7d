"""Template filters for numbers, names, shares and statuses (see :mod:`chitieu.web.display`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from django import template

from chitieu.core.status.model import Status
from chitieu.web import display

register = template.Library()
register.filter("num", display.display_number)
register.filter("pct", display.display_percent)
register.filter("status_label", display.status_label)
register.filter("why", display.why)
register.filter("local_name", display.local_name)


@register.filter
def width(share: float | None) -> str:
    """A share 0..1 as a CSS width percentage (a plain decimal, whatever the language)."""
    return f"{0 if share is None else round(100 * share, 1)}%"


@register.filter
def day_before(day: date) -> date:
    """The last day of the edition that ended when a change took effect (validity ends are exclusive)."""
    return day - timedelta(days=1)


@register.filter
def nonzero(counts: Mapping[Status, int]) -> list[tuple[Status, int]]:
    """The statuses that occur, with their counts, in the engine's order."""
    return [(status, n) for status, n in counts.items() if n]

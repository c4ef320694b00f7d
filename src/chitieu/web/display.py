"""Numbers, names and statuses as pages write them, in the active language (1.234,5 in vi; 1,234.5 in en)."""

from __future__ import annotations

import math

from django.utils.formats import get_format
from django.utils.translation import get_language, gettext

from chitieu.core.status.explain import STATUS_LABELS, explain
from chitieu.core.status.model import Assessment, Status


def display_number(value: float | None) -> str:
    """A readable number: integers grouped, ≥ 100 with one decimal, else 4 significant digits, localised."""
    if value is None:
        return "–"
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return _localise(f"{int(value):,}")
    if abs(value) >= 100:
        return _localise(f"{value:,.1f}")
    written = f"{value:.4g}"
    return written if "e" in written else _localise(written)


def _localise(written: str) -> str:
    """Swap Python's "," grouping and "." decimal point for the active language's separators."""
    table = {",": get_format("THOUSAND_SEPARATOR"), ".": get_format("DECIMAL_SEPARATOR")}
    return "".join(table.get(ch, ch) for ch in written)


def display_percent(share: float | None) -> str:
    """A share 0..1 as a whole percentage (``45 %`` style kept simple: ``45%``)."""
    return "–" if share is None else f"{round(100 * share)}%"


def status_label(status: Status | str) -> str:
    """The translated name of a status."""
    return gettext(STATUS_LABELS[Status(status)])


def why(assessment: Assessment) -> str:
    """The assessment's "why" sentence in the active language, with localised numbers."""
    return explain(assessment, translate=gettext, number=display_number)


def local_name(obj: object) -> str:
    """A unit's or indicator's name in the active language (English names are generated for units)."""
    english = (get_language() or "vi").startswith("en")
    if hasattr(obj, "name_vi"):  # an indicator
        return str(obj.name_en if english and obj.name_en else obj.name_vi)
    return str(
        getattr(obj, "name_en", "") if english and getattr(obj, "name_en", "") else getattr(obj, "name", obj)
    )

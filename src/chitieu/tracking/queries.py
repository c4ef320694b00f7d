"""Read models for pages, the API and the CLI: units as of a date, their chains, lineage and search.

Every function takes the date it answers for (``as_of``); none reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Case, Count, Q, QuerySet, When
from django.db.models.functions import Length
from django.utils.translation import gettext as _

from chitieu.core.hierarchy.names import search_key
from chitieu.tracking.models import Lineage, Unit


class UnitNotFound(LookupError):
    """No unit has this code on this date (the message says both)."""


def valid_on(as_of: date) -> Q:
    """The condition "in force on ``as_of``" for a model with ``valid_from``/``valid_to`` (end exclusive)."""
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=as_of)) & (Q(valid_to__isnull=True) | Q(valid_to__gt=as_of))


def in_force(unit: Unit, as_of: date) -> bool:
    """Whether a loaded unit is in force on ``as_of``: :func:`valid_on` for a row already in memory."""
    return (unit.valid_from is None or unit.valid_from <= as_of) and (unit.valid_to is None or as_of < unit.valid_to)


def units_as_of(as_of: date, level: str | None = None) -> QuerySet[Unit]:
    """The units in force on ``as_of``, optionally of one level."""
    units = Unit.objects.filter(valid_on(as_of))
    return units.filter(level=level) if level else units


def count_units(as_of: date, level: str | None = None) -> int:
    return units_as_of(as_of, level).count()


def unit_by_code(code: str, as_of: date) -> Unit:
    """The unit with ``code`` in force on ``as_of``, with its parent chain loaded."""
    found = units_as_of(as_of).select_related("parent__parent").filter(code=code.strip()).first()
    if found is None:
        raise UnitNotFound(_("no unit has code %(code)s on %(date)s") % {"code": code, "date": as_of.isoformat()})
    return found


def ancestors(unit: Unit) -> list[Unit]:
    """The parent chain from the province down to the unit's parent (``parent__parent`` is pre-loaded)."""
    chain: list[Unit] = []
    parent = unit.parent
    while parent is not None:
        chain.append(parent)
        parent = parent.parent
    return list(reversed(chain))


def children_of(unit: Unit) -> QuerySet[Unit]:
    """The unit's children, each annotated with ``child_count`` (one query for the whole list)."""
    return unit.children.annotate(child_count=Count("children")).order_by("name")


@dataclass(frozen=True)
class LineageView:
    unit: Unit
    predecessors: list[Lineage]
    successors: list[Lineage]


def lineage_of(unit: Unit) -> LineageView:
    """Where the unit came from and what it became, with the relation of each edge."""
    preds = Lineage.objects.filter(new=unit).select_related("old__parent").order_by("old__code")
    succs = Lineage.objects.filter(old=unit).select_related("new__parent").order_by("-is_default", "new__code")
    return LineageView(unit=unit, predecessors=list(preds), successors=list(succs))


def search_units(text: str, as_of: date, limit: int = 50) -> list[Unit]:
    """Units in force on ``as_of`` whose name matches ``text``, with or without diacritics or the kind word."""
    key = search_key(text)
    if not key:
        return []
    matches = units_as_of(as_of).filter(search_key__contains=key).select_related("parent__parent")
    # Higher levels first, then shorter names: "Hải Hà" finds the district before the commune "Xã Hải Hà".
    level_rank = Case(When(level="province", then=0), When(level="district", then=1), default=2)
    return list(matches.order_by(level_rank, Length("search_key"), "name")[:limit])

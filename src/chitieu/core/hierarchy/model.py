"""The vocabulary of the administrative hierarchy: editions, levels, units, their identity and lineage edges.

A unit is valid during one edition of the map. Codes are reused from one edition to the next (most 2025
communes kept one predecessor's code), so a unit is identified by ``UnitKey(code, valid_from)``, never by its
code alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from chitieu.core.hierarchy.names import search_key

# Two-level local government (provinces and communes, no districts) began on this day.
REFORM_2025 = date(2025, 7, 1)


class HierarchyError(ValueError):
    """Base class for every bad request made of the hierarchy (unknown unit, impossible rebasing, ...)."""


class UnknownUnit(HierarchyError, LookupError):
    """No unit has this code (or key) in the edition asked for."""


class Level(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def depth(self) -> int:
        """0 for provinces, 1 for districts, 2 for communes: lets callers order levels."""
        return _DEPTH[self]


_DEPTH = {Level.PROVINCE: 0, Level.DISTRICT: 1, Level.COMMUNE: 2}


@dataclass(frozen=True, slots=True)
class Edition:
    """One version of the administrative map, valid on ``[valid_from, valid_to)`` (``None``: open side)."""

    name: str
    valid_from: date | None
    valid_to: date | None
    description: str

    def covers(self, day: date) -> bool:
        """True when the edition is in force on ``day``."""
        return _within(day, self.valid_from, self.valid_to)


def _within(day: date, valid_from: date | None, valid_to: date | None) -> bool:
    """``day`` lies in ``[valid_from, valid_to)``; a None side is open."""
    return (valid_from is None or valid_from <= day) and (valid_to is None or day < valid_to)


# valid_from None means "as known before the reform": changes before 2025 (e.g. the 2023–2025 commune
# mergers) are not modelled, the package only ships the map as it stood just before 1 July 2025.
LEGACY = Edition("legacy", None, REFORM_2025, "provinces, districts and communes before 1 July 2025")
E2025 = Edition("2025", REFORM_2025, None, "provinces and communes from 1 July 2025 (no districts)")
EDITIONS: tuple[Edition, ...] = (LEGACY, E2025)


@dataclass(frozen=True, slots=True)
class UnitKey:
    """The identity of a unit: its official code and first valid day (None: before known history)."""

    code: str
    valid_from: date | None

    def __str__(self) -> str:
        since = self.valid_from.isoformat() if self.valid_from else "legacy"
        return f"{self.code}@{since}"

    # Sorting: legacy keys (valid_from None) first, then by date and code.
    def __lt__(self, other: UnitKey) -> bool:
        return _sortable(self) < _sortable(other)


def _sortable(key: UnitKey) -> tuple[date, str]:
    return (key.valid_from or date.min, key.code)


@dataclass(frozen=True, slots=True)
class Unit:
    """An administrative unit during one edition, with names in Vietnamese, ASCII and English."""

    code: str
    level: Level
    kind: str  # the Vietnamese type word: Tỉnh, Thành phố, Quận, Huyện, Thị xã, Xã, Phường, Thị trấn, Đặc khu
    name: str  # with diacritics and the kind: "Huyện Hải Hà"
    short_name: str  # "Hải Hà"
    ascii_name: str  # "Hai Ha"
    name_en: str  # "Hai Ha District"
    parent_code: str | None
    edition: str
    valid_from: date | None
    valid_to: date | None
    lat: float | None = None
    lon: float | None = None
    area_km2: float | None = None
    aliases: tuple[str, ...] = ()  # the source's alternative search keys (former names, spellings)

    @property
    def key(self) -> UnitKey:
        return UnitKey(self.code, self.valid_from)

    @property
    def parent_key(self) -> UnitKey | None:
        # A parent always belongs to the same edition as its child.
        return UnitKey(self.parent_code, self.valid_from) if self.parent_code else None

    @property
    def search_key(self) -> str:
        """The name folded for search: lower case, no diacritics, no spaces ("huyenhaiha")."""
        return search_key(self.name)

    def valid_on(self, day: date) -> bool:
        """True when the unit exists on ``day``."""
        return _within(day, self.valid_from, self.valid_to)


class Relation(StrEnum):
    """How an old unit passed into a new one."""

    MERGED_WHOLE = "merged_whole"  # the whole old commune became (part of) the new one
    SPLIT = "split"  # the old commune was divided among several new ones; one is the default successor
    KEPT = "kept"  # a province carried on unchanged
    MERGED = "merged"  # a province merged (whole) into a new, larger province
    ISLAND_TO_SPECIAL_ZONE = (
        "island_to_special_zone"  # an island district without communes became a special zone
    )


WHOLE_RELATIONS = frozenset(
    {Relation.MERGED_WHOLE, Relation.KEPT, Relation.MERGED, Relation.ISLAND_TO_SPECIAL_ZONE}
)


@dataclass(frozen=True, slots=True)
class LineageEdge:
    """One edge old → new of the lineage graph.

    ``share`` is the part of the old unit that went to the new one when it is known (1.0 for whole
    transfers, None for the parts of a split: no public source gives them).
    """

    old: UnitKey
    new: UnitKey
    relation: Relation
    is_default: bool
    share: float | None
    effective: date

    @property
    def is_whole(self) -> bool:
        return self.relation in WHOLE_RELATIONS

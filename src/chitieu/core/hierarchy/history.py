"""The hierarchy through time: one tree per edition, joined by the lineage graph.

``load_hierarchy()`` reads the real units once (about half a second) and caches the result; everything
after that is dictionary look-ups.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

from chitieu.core.hierarchy.lineage import Lineage, UnjoinedKey, edges_from_converter
from chitieu.core.hierarchy.model import (
    EDITIONS,
    Edition,
    HierarchyError,
    LineageEdge,
    Unit,
    UnitKey,
    UnknownUnit,
)
from chitieu.core.hierarchy.source import SourceData, read_source
from chitieu.core.hierarchy.tree import Tree


class NoEdition(HierarchyError):
    """No edition of the map covers the date asked for."""


class Hierarchy:
    """All units of all editions, their trees and the lineage between them."""

    def __init__(
        self,
        units: Iterable[Unit],
        edges: Iterable[LineageEdge],
        editions: tuple[Edition, ...] = EDITIONS,
        *,
        unjoined: tuple[UnjoinedKey, ...] = (),
        kind_conflicts: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        self.editions = editions
        self.units: tuple[Unit, ...] = tuple(units)
        self._by_key = {u.key: u for u in self.units}
        if len(self._by_key) != len(self.units):
            raise HierarchyError("two units share the same (code, valid_from) identity")
        self._trees = {e.name: Tree(e, (u for u in self.units if u.edition == e.name)) for e in editions}
        self.lineage = Lineage(edges)
        for edge in self.lineage.edges:
            for end in (edge.old, edge.new):
                if end not in self._by_key:
                    raise HierarchyError(f"lineage edge {edge.old} -> {edge.new} names unknown unit {end}")
        self.unjoined = unjoined
        self.kind_conflicts = kind_conflicts

    @classmethod
    def from_source(cls, source: SourceData) -> Hierarchy:
        """Build the hierarchy from the package data read by ``read_source``."""
        build = edges_from_converter(source.converter, source.legacy_index, source.new_index)
        return cls(source.units, build.edges, unjoined=build.unjoined, kind_conflicts=source.kind_conflicts)

    def edition_at(self, day: date) -> Edition:
        """The edition in force on ``day``."""
        for edition in self.editions:
            if edition.covers(day):
                return edition
        raise NoEdition(f"no edition of the map covers {day.isoformat()}")

    def as_of(self, day: date) -> Tree:
        """The tree of the units valid on ``day``."""
        return self._trees[self.edition_at(day).name]

    def tree(self, edition: Edition | str) -> Tree:
        """The tree of one edition, by edition or its name ("legacy", "2025")."""
        name = edition.name if isinstance(edition, Edition) else edition
        try:
            return self._trees[name]
        except KeyError:
            raise NoEdition(f"unknown edition {name!r}; known: {', '.join(self._trees)}") from None

    def get(self, key: UnitKey) -> Unit:
        """The unit with this identity."""
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownUnit(f"no unit {key}") from None

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def unit(self, code: str, as_of: date) -> Unit:
        """The unit with ``code`` valid on ``as_of`` (codes are reused, so the date matters)."""
        return self.as_of(as_of).get(code)

    def successors(self, key: UnitKey) -> tuple[LineageEdge, ...]:
        """Lineage edges from ``key`` to the units that took it over, each with its relation."""
        self.get(key)
        return self.lineage.successors(key)

    def predecessors(self, key: UnitKey) -> tuple[LineageEdge, ...]:
        """Lineage edges from the units that ``key`` took over, each with its relation."""
        self.get(key)
        return self.lineage.predecessors(key)


def load_hierarchy(data_dir: Path | None = None) -> Hierarchy:
    """The real hierarchy from the ``vietnamadminunits`` data files; cached per data folder."""
    return _load_cached(str(data_dir) if data_dir else None)


@lru_cache(maxsize=4)
def _load_cached(data_dir: str | None) -> Hierarchy:
    return Hierarchy.from_source(read_source(Path(data_dir) if data_dir else None))

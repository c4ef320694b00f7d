"""One edition's tree of units: parents, children, ancestors, descendants, counts and name lookup."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from chitieu.core.hierarchy.model import Edition, HierarchyError, Level, Unit, UnknownUnit
from chitieu.core.hierarchy.names import search_key


class Tree:
    """The units valid during one edition, indexed by code, parent and folded name.

    Sequences returned are tuples ordered by code (descendants: depth first, each parent before its children).
    """

    def __init__(self, edition: Edition, units: Iterable[Unit]) -> None:
        self.edition = edition
        self._by_code: dict[str, Unit] = {}
        children: dict[str | None, list[Unit]] = defaultdict(list)
        names: dict[str, list[Unit]] = defaultdict(list)
        aliases: dict[str, list[Unit]] = defaultdict(list)
        folded: list[tuple[str, Unit]] = []
        for unit in sorted(units, key=lambda u: (u.level.depth, u.code)):
            if unit.code in self._by_code:
                raise HierarchyError(f"edition {edition.name}: code {unit.code} appears twice")
            self._by_code[unit.code] = unit
            children[unit.parent_code].append(unit)
            full = search_key(unit.name)
            folded.append((full, unit))
            own = {full, search_key(unit.short_name)}
            for key in own:
                names[key].append(unit)
            for key in set(unit.aliases) - own:
                aliases[key].append(unit)
        for unit in self._by_code.values():
            if unit.parent_code is not None and unit.parent_code not in self._by_code:
                raise HierarchyError(
                    f"edition {edition.name}: unit {unit.code} has unknown parent {unit.parent_code}"
                )
        self._children = {code: tuple(kids) for code, kids in children.items()}
        self._names = {key: tuple(found) for key, found in names.items()}
        self._aliases = {key: tuple(found) for key, found in aliases.items()}
        self._folded = tuple(folded)
        self._counts = {level: sum(1 for u in self._by_code.values() if u.level is level) for level in Level}

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self._by_code.values())

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Unit:
        """The unit with this code; raises ``UnknownUnit`` naming the code and the edition."""
        try:
            return self._by_code[code]
        except KeyError:
            raise UnknownUnit(f"no unit with code {code!r} in edition {self.edition.name}") from None

    def parent(self, code: str) -> Unit | None:
        """The parent of the unit, None for a province."""
        unit = self.get(code)
        return self._by_code[unit.parent_code] if unit.parent_code else None

    def roots(self) -> tuple[Unit, ...]:
        """The provinces."""
        return self._children.get(None, ())

    def children(self, code: str) -> tuple[Unit, ...]:
        """The units directly under ``code`` (districts of a legacy province, communes of a district, ...)."""
        self.get(code)
        return self._children.get(code, ())

    def ancestors(self, code: str) -> tuple[Unit, ...]:
        """The chain of parents, nearest first: a commune's district, then its province."""
        chain: list[Unit] = []
        parent = self.parent(code)
        while parent is not None:
            chain.append(parent)
            parent = self._by_code[parent.parent_code] if parent.parent_code else None
        return tuple(chain)

    def descendants(self, code: str, level: Level | str | None = None) -> tuple[Unit, ...]:
        """Every unit below ``code``, depth first; only those of ``level`` when it is given."""
        wanted = _level(level)
        found: list[Unit] = []
        stack = list(reversed(self.children(code)))
        while stack:
            unit = stack.pop()
            if wanted is None or unit.level is wanted:
                found.append(unit)
            stack.extend(reversed(self._children.get(unit.code, ())))
        return tuple(found)

    def units(self, level: Level | str | None = None) -> tuple[Unit, ...]:
        """All units of the edition, or those of one level, by code."""
        wanted = _level(level)
        return tuple(u for u in self._by_code.values() if wanted is None or u.level is wanted)

    def count(self, level: Level | str | None = None) -> int:
        """How many units the edition has (of one level when given)."""
        if level is None:
            return len(self._by_code)
        return self._counts[Level(level)]

    def find(self, name: str, level: Level | str | None = None) -> tuple[Unit, ...]:
        """Units whose full name, short name or a known alias matches ``name``, with or without diacritics.

        "Hải Hà", "hai ha", "Huyện Hải Hà" and "huyenhaiha" all find Hải Hà district (and communes so named).
        Units matched by their own name come first, then those matched by an alias (often a former name).
        """
        wanted = _level(level)
        key = search_key(name)
        found = self._names.get(key, ()) + self._aliases.get(key, ())
        return tuple(u for u in found if wanted is None or u.level is wanted)

    def search(self, text: str, limit: int = 20) -> tuple[Unit, ...]:
        """Units whose folded name contains the folded ``text``: exact matches first, then by level, code."""
        needle = search_key(text)
        if not needle:
            return ()
        exact = self.find(text)
        seen = {u.code for u in exact}
        partial = [u for key, u in self._folded if u.code not in seen and needle in key]
        return (exact + tuple(partial))[:limit]


def _level(level: Level | str | None) -> Level | None:
    return Level(level) if level is not None else None

"""The lineage graph old → new between editions, joined from the converter's name keys to official codes.

The 2025 converter tables of ``vietnamadminunits`` speak in ASCII name keys, not codes:

* ``DICT_PROVINCE``: new province key → its old province keys (kept when it is its only, same-named
  predecessor, otherwise merged);
* ``DICT_PROVINCE_WARD_NO_DIVIDED``: new province → new commune key → old commune keys merged whole into it
  (an island district without communes appears as ``"prov_dist_"`` and became a special zone);
* ``DICT_PROVINCE_WARD_DIVIDED``: new province → old commune key → the new communes it was split among, one
  of which is flagged as the default successor.

Every key is joined to a unit identity. A key that does not join is *not* dropped silently: it is returned
in ``LineageBuild.unjoined`` (tests assert the list is empty for the pinned data).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from chitieu.core.hierarchy.model import REFORM_2025, LineageEdge, Relation, UnitKey


@dataclass(frozen=True, slots=True)
class UnjoinedKey:
    """A converter key that names no unit of the edition it should belong to."""

    table: str
    key: str
    side: str  # "old" or "new"


@dataclass(frozen=True, slots=True)
class LineageBuild:
    edges: tuple[LineageEdge, ...]
    unjoined: tuple[UnjoinedKey, ...]


def edges_from_converter(
    converter: Mapping[str, Any],
    legacy_index: Mapping[str, UnitKey],
    new_index: Mapping[str, UnitKey],
    effective: date = REFORM_2025,
) -> LineageBuild:
    """Join the three converter tables to unit keys and return the edges plus any keys that did not join."""
    joiner = _Joiner(legacy_index, new_index, effective)
    for new_prov, old_provs in converter["DICT_PROVINCE"].items():
        relation = Relation.KEPT if old_provs == [new_prov] else Relation.MERGED
        for old_prov in old_provs:
            joiner.add("DICT_PROVINCE", old_prov, new_prov, relation, is_default=True, share=1.0)
    for new_prov, communes in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_commune, olds in communes.items():
            for old in olds:
                relation = Relation.ISLAND_TO_SPECIAL_ZONE if old.endswith("_") else Relation.MERGED_WHOLE
                new = f"{new_prov}_{new_commune}"
                joiner.add("DICT_PROVINCE_WARD_NO_DIVIDED", old, new, relation, is_default=True, share=1.0)
    for new_prov, splits in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in splits.items():
            for part in parts:
                new = f"{new_prov}_{part['newWardKey']}"
                default = bool(part["isDefaultNewWard"])
                joiner.add(
                    "DICT_PROVINCE_WARD_DIVIDED", old, new, Relation.SPLIT, is_default=default, share=None
                )
    return LineageBuild(tuple(joiner.edges), tuple(joiner.unjoined))


class _Joiner:
    def __init__(self, legacy: Mapping[str, UnitKey], new: Mapping[str, UnitKey], effective: date) -> None:
        self.legacy, self.new, self.effective = legacy, new, effective
        self.edges: list[LineageEdge] = []
        self.unjoined: list[UnjoinedKey] = []

    def add(
        self, table: str, old: str, new: str, relation: Relation, *, is_default: bool, share: float | None
    ) -> None:
        old_key, new_key = self.legacy.get(old), self.new.get(new)
        if old_key is None:
            self.unjoined.append(UnjoinedKey(table, old, "old"))
        if new_key is None:
            self.unjoined.append(UnjoinedKey(table, new, "new"))
        if old_key is not None and new_key is not None:
            self.edges.append(LineageEdge(old_key, new_key, relation, is_default, share, self.effective))


class Lineage:
    """The lineage graph with both directions indexed, for predecessors and successors in O(1)."""

    def __init__(self, edges: Iterable[LineageEdge]) -> None:
        self.edges: tuple[LineageEdge, ...] = tuple(edges)
        forward: dict[UnitKey, list[LineageEdge]] = defaultdict(list)
        backward: dict[UnitKey, list[LineageEdge]] = defaultdict(list)
        for edge in self.edges:
            forward[edge.old].append(edge)
            backward[edge.new].append(edge)
        self._forward = {key: tuple(edges) for key, edges in forward.items()}
        self._backward = {key: tuple(edges) for key, edges in backward.items()}

    def successors(self, key: UnitKey) -> tuple[LineageEdge, ...]:
        """The edges leaving ``key`` (empty when the unit has no recorded successor)."""
        return self._forward.get(key, ())

    def predecessors(self, key: UnitKey) -> tuple[LineageEdge, ...]:
        """The edges arriving at ``key`` (empty when the unit has no recorded predecessor)."""
        return self._backward.get(key, ())

    def default_successor(self, key: UnitKey) -> LineageEdge | None:
        """The edge a whole figure of ``key`` follows: its only whole edge, or the default part of a split."""
        for edge in self.successors(key):
            if edge.is_default:
                return edge
        return None

"""The lineage graph old → new joined from the converter tables of vietnamadminunits 1.0.4."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest

from chitieu.core.hierarchy import REFORM_2025, Hierarchy, Level, Relation, Tree, UnitKey
from chitieu.core.hierarchy.lineage import Lineage, UnjoinedKey, edges_from_converter

COMMUNE_RELATIONS = {Relation.MERGED_WHOLE, Relation.SPLIT, Relation.ISLAND_TO_SPECIAL_ZONE}


def test_every_converter_key_joins_to_a_unit(hierarchy: Hierarchy) -> None:
    assert hierarchy.unjoined == ()


def test_edge_counts_by_relation(hierarchy: Hierarchy) -> None:
    counts = Counter(e.relation for e in hierarchy.lineage.edges)
    assert counts == {
        Relation.MERGED_WHOLE: 9_564,
        Relation.ISLAND_TO_SPECIAL_ZONE: 5,
        Relation.SPLIT: 1_033,
        Relation.KEPT: 11,
        Relation.MERGED: 52,
    }
    commune_edges = [e for e in hierarchy.lineage.edges if e.relation in COMMUNE_RELATIONS]
    assert len(commune_edges) == 10_602  # 9,569 whole (5 of them island districts) + 1,033 split parts


def test_edges_are_unique_and_run_from_legacy_to_2025(hierarchy: Hierarchy) -> None:
    pairs = [(e.old, e.new) for e in hierarchy.lineage.edges]
    assert len(set(pairs)) == len(pairs)
    assert {e.old.valid_from for e in hierarchy.lineage.edges} == {None}
    assert {e.new.valid_from for e in hierarchy.lineage.edges} == {REFORM_2025}
    assert {e.effective for e in hierarchy.lineage.edges} == {REFORM_2025}


def test_split_communes_have_exactly_one_default_successor(hierarchy: Hierarchy) -> None:
    parts: dict[UnitKey, list[bool]] = {}
    for edge in hierarchy.lineage.edges:
        if edge.relation is Relation.SPLIT:
            parts.setdefault(edge.old, []).append(edge.is_default)
            assert edge.share is None
    assert len(parts) == 471
    assert all(flags.count(True) == 1 and len(flags) >= 2 for flags in parts.values())


def test_whole_edges_carry_everything(hierarchy: Hierarchy) -> None:
    whole = [e for e in hierarchy.lineage.edges if e.relation is not Relation.SPLIT]
    assert all(e.is_whole and e.is_default and e.share == 1.0 for e in whole)


def test_every_legacy_commune_and_province_has_a_successor(hierarchy: Hierarchy, legacy: Tree) -> None:
    orphans = [u.code for u in legacy if u.level is not Level.DISTRICT and not hierarchy.successors(u.key)]
    assert orphans == []


def test_only_island_districts_have_successors(hierarchy: Hierarchy, legacy: Tree) -> None:
    with_successor = [u for u in legacy.units(Level.DISTRICT) if hierarchy.successors(u.key)]
    assert sorted(u.code for u in with_successor) == ["318", "471", "498", "536", "755"]


def test_every_2025_unit_has_a_predecessor(hierarchy: Hierarchy, current: Tree) -> None:
    assert [u.code for u in current if not hierarchy.predecessors(u.key)] == []


@dataclass(frozen=True)
class IslandCase:
    name: str
    district: str
    zone: str
    zone_name: str


ISLANDS = [
    IslandCase("Bạch Long Vĩ", "318", "11948", "Đặc khu Bạch Long Vĩ"),
    IslandCase("Cồn Cỏ", "471", "19742", "Đặc khu Cồn Cỏ"),
    IslandCase("Hoàng Sa", "498", "20333", "Đặc khu Hoàng Sa"),
    IslandCase("Lý Sơn", "536", "21548", "Đặc khu Lý Sơn"),
    IslandCase("Côn Đảo", "755", "26732", "Đặc khu Côn Đảo"),
]


@pytest.mark.parametrize("case", ISLANDS, ids=lambda c: c.name)
def test_island_district_became_a_special_zone(hierarchy: Hierarchy, case: IslandCase) -> None:
    (edge,) = hierarchy.successors(UnitKey(case.district, None))
    assert edge.relation is Relation.ISLAND_TO_SPECIAL_ZONE
    assert edge.new == UnitKey(case.zone, REFORM_2025)
    assert hierarchy.get(edge.new).name == case.zone_name
    assert [e.old for e in hierarchy.predecessors(edge.new)] == [edge.old]


@dataclass(frozen=True)
class SuccessorCase:
    name: str
    old: str
    expect: tuple[tuple[str, Relation, bool], ...]  # (new code, relation, is default), by code


SUCCESSORS = [
    SuccessorCase("Quảng Ninh kept", "22", (("22", Relation.KEPT, True),)),
    SuccessorCase("Bắc Giang merged into Bắc Ninh", "24", (("24", Relation.MERGED, True),)),
    SuccessorCase("Bắc Ninh absorbs Bắc Giang", "27", (("24", Relation.MERGED, True),)),
    SuccessorCase("Quảng Hà township whole", "06922", (("06922", Relation.MERGED_WHOLE, True),)),
    SuccessorCase("Quảng Minh into Quảng Hà", "06940", (("06922", Relation.MERGED_WHOLE, True),)),
    SuccessorCase(
        "Quảng Long split, default Quảng Hà",
        "06946",
        (("06922", Relation.SPLIT, True), ("06946", Relation.SPLIT, False)),
    ),
]


@pytest.mark.parametrize("case", SUCCESSORS, ids=lambda c: c.name)
def test_named_successors(hierarchy: Hierarchy, case: SuccessorCase) -> None:
    edges = sorted(hierarchy.successors(UnitKey(case.old, None)), key=lambda e: e.new.code)
    assert tuple((e.new.code, e.relation, e.is_default) for e in edges) == case.expect


def test_quang_ha_predecessors(hierarchy: Hierarchy, legacy: Tree) -> None:
    edges = hierarchy.predecessors(UnitKey("06922", REFORM_2025))
    names = sorted(legacy.get(e.old.code).name for e in edges)
    assert names == [
        "Thị trấn Quảng Hà",
        "Xã Quảng Chính",
        "Xã Quảng Long",
        "Xã Quảng Minh",
        "Xã Quảng Phong",
    ]


def test_hai_ha_communes_all_go_to_quang_ninh(hierarchy: Hierarchy, legacy: Tree) -> None:
    new = {e.new.code for c in legacy.children("201") for e in hierarchy.successors(c.key)}
    assert {hierarchy.unit(code, REFORM_2025).name for code in new} == {
        "Xã Quảng Hà",
        "Xã Quảng Đức",
        "Xã Đường Hoa",
        "Xã Cái Chiên",
    }


def test_provinces_63_to_34(hierarchy: Hierarchy, legacy: Tree) -> None:
    targets = {e.new for p in legacy.roots() for e in hierarchy.successors(p.key)}
    assert len(targets) == 34
    merged = [p for p in hierarchy.tree("2025").roots() if len(hierarchy.predecessors(p.key)) > 1]
    assert len(merged) == 23


def test_commune_lineage_follows_province_lineage(hierarchy: Hierarchy, legacy: Tree, current: Tree) -> None:
    # Provinces merged whole, so a commune's successors lie in the successor of its old province.
    def old_province(code: str) -> str:
        return legacy.ancestors(code)[-1].code

    def new_province_of(old_code: str) -> str:
        (edge,) = hierarchy.successors(UnitKey(old_code, None))
        return edge.new.code

    strays = [
        (e.old.code, e.new.code)
        for e in hierarchy.lineage.edges
        if e.relation in COMMUNE_RELATIONS
        and current.get(e.new.code).parent_code != new_province_of(old_province(e.old.code))
    ]
    assert strays == []


def test_unjoined_keys_are_reported_not_dropped() -> None:
    converter = {
        "DICT_PROVINCE": {"tinha": ["tinha", "tinhb"]},
        "DICT_PROVINCE_WARD_NO_DIVIDED": {"tinha": {"xamoi": ["tinha_huyenx_xacu", "tinha_huyenx_xalac"]}},
        "DICT_PROVINCE_WARD_DIVIDED": {
            "tinha": {"tinha_huyenx_xachia": [{"newWardKey": "xamoi", "isDefaultNewWard": True}]}
        },
    }
    legacy_index = {"tinha": UnitKey("01", None), "tinha_huyenx_xacu": UnitKey("00001", None)}
    new_index = {"tinha": UnitKey("01", REFORM_2025), "tinha_xamoi": UnitKey("00001", REFORM_2025)}
    build = edges_from_converter(converter, legacy_index, new_index)
    assert [(e.old.code, e.new.code, e.relation) for e in build.edges] == [
        ("01", "01", Relation.MERGED),
        ("00001", "00001", Relation.MERGED_WHOLE),
    ]
    assert build.unjoined == (
        UnjoinedKey("DICT_PROVINCE", "tinhb", "old"),
        UnjoinedKey("DICT_PROVINCE_WARD_NO_DIVIDED", "tinha_huyenx_xalac", "old"),
        UnjoinedKey("DICT_PROVINCE_WARD_DIVIDED", "tinha_huyenx_xachia", "old"),
    )


def test_default_successor_of_a_unit_without_successors_is_none() -> None:
    assert Lineage([]).default_successor(UnitKey("00001", None)) is None

"""The tree of one edition: structure, ordering and bad input, on a hand-made tree."""

from __future__ import annotations

from datetime import date

import pytest
from made_units import unit

from chitieu.core.hierarchy import LEGACY, HierarchyError, Level, Tree, UnknownUnit

UNITS = [
    unit("02", Level.PROVINCE, None),
    unit("01", Level.PROVINCE, None, short="Quảng Ninh"),
    unit("002", Level.DISTRICT, "01"),
    unit("001", Level.DISTRICT, "01", short="Hải Hà"),
    unit("00003", Level.COMMUNE, "002"),
    unit("00002", Level.COMMUNE, "001", short="Quảng Hà"),
    unit("00001", Level.COMMUNE, "001"),
]
TREE = Tree(LEGACY, UNITS)


def test_children_are_ordered_by_code_whatever_the_input_order() -> None:
    assert [u.code for u in TREE.roots()] == ["01", "02"]
    assert [u.code for u in TREE.children("001")] == ["00001", "00002"]
    assert TREE.children("02") == ()


def test_descendants_are_depth_first_parents_before_children() -> None:
    assert [u.code for u in TREE.descendants("01")] == ["001", "00001", "00002", "002", "00003"]
    assert [u.code for u in TREE.descendants("01", "commune")] == ["00001", "00002", "00003"]


def test_ancestors_nearest_first() -> None:
    assert [u.code for u in TREE.ancestors("00002")] == ["001", "01"]
    assert TREE.ancestors("01") == ()


def test_counts_by_level() -> None:
    assert (TREE.count(), TREE.count(Level.PROVINCE), TREE.count("district"), TREE.count(Level.COMMUNE)) == (
        7,
        2,
        2,
        3,
    )


def test_find_with_and_without_diacritics() -> None:
    assert [u.code for u in TREE.find("quang ha")] == ["00002"]
    assert [u.code for u in TREE.find("Huyện Hải Hà", Level.DISTRICT)] == ["001"]
    assert TREE.find("Hải Hà", Level.COMMUNE) == ()


def test_unknown_code_names_code_and_edition() -> None:
    for call in (TREE.get, TREE.children, TREE.ancestors, TREE.descendants):
        with pytest.raises(UnknownUnit, match="'77' in edition legacy"):
            call("77")


def test_duplicate_codes_are_refused() -> None:
    with pytest.raises(HierarchyError, match="code 01 appears twice"):
        Tree(LEGACY, [*UNITS, unit("01", Level.PROVINCE, None)])


def test_units_with_an_unknown_parent_are_refused() -> None:
    with pytest.raises(HierarchyError, match="unit 00009 has unknown parent 009"):
        Tree(LEGACY, [*UNITS, unit("00009", Level.COMMUNE, "009")])


def test_validity_is_half_open() -> None:
    hai_ha = TREE.get("001")
    assert hai_ha.valid_on(date(2025, 6, 30)) and not hai_ha.valid_on(date(2025, 7, 1))
    assert LEGACY.covers(date(1975, 1, 1))

"""The real units of both editions, as read from vietnamadminunits 1.0.4."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date

import pytest
from made_units import AFTER, BEFORE

from chitieu.core.hierarchy import REFORM_2025, Hierarchy, Level, NoEdition, Tree, UnitKey, UnknownUnit


@dataclass(frozen=True)
class CountCase:
    name: str
    as_of: date
    level: Level
    expect: int


COUNTS = [
    CountCase("legacy provinces", BEFORE, Level.PROVINCE, 63),
    CountCase("legacy districts", BEFORE, Level.DISTRICT, 696),
    CountCase("legacy communes", BEFORE, Level.COMMUNE, 10_035),
    CountCase("last legacy day provinces", date(2025, 6, 30), Level.PROVINCE, 63),
    CountCase("2025 provinces", AFTER, Level.PROVINCE, 34),
    CountCase("2025 districts abolished", AFTER, Level.DISTRICT, 0),
    CountCase("2025 communes", AFTER, Level.COMMUNE, 3_321),
    CountCase("far future still 2025 edition", date(2030, 1, 1), Level.COMMUNE, 3_321),
]


@pytest.mark.parametrize("case", COUNTS, ids=lambda c: c.name)
def test_unit_counts(hierarchy: Hierarchy, case: CountCase) -> None:
    tree = hierarchy.as_of(case.as_of)
    assert tree.count(case.level) == case.expect
    assert len(tree.units(case.level)) == case.expect


def test_2025_commune_kinds(current: Tree) -> None:
    kinds = Counter(u.kind for u in current.units(Level.COMMUNE))
    assert kinds == {"Xã": 2_621, "Phường": 687, "Đặc khu": 13}


def test_2025_province_kinds(current: Tree) -> None:
    assert Counter(u.kind for u in current.roots()) == {"Tỉnh": 28, "Thành phố": 6}


def test_legacy_province_kinds(legacy: Tree) -> None:
    assert Counter(u.kind for u in legacy.roots()) == {"Tỉnh": 57, "Thành phố": 6}


def test_island_districts_have_no_communes(legacy: Tree) -> None:
    empty = sorted(u.short_name for u in legacy.units(Level.DISTRICT) if not legacy.children(u.code))
    assert empty == ["Bạch Long Vĩ", "Côn Đảo", "Cồn Cỏ", "Hoàng Sa", "Lý Sơn"]


def test_every_legacy_commune_sits_under_a_district(legacy: Tree) -> None:
    parents = {legacy.get(u.parent_code).level for u in legacy.units(Level.COMMUNE)}
    assert parents == {Level.DISTRICT}


def test_every_2025_commune_sits_under_a_province(current: Tree) -> None:
    parents = {current.get(u.parent_code).level for u in current.units(Level.COMMUNE)}
    assert parents == {Level.PROVINCE}


@dataclass(frozen=True)
class UnitCase:
    name: str
    code: str
    as_of: date
    expect_name: str
    expect_en: str
    expect_ascii: str
    expect_chain: tuple[str, ...]  # codes of the ancestors, nearest first


UNITS = [
    UnitCase("Quảng Ninh before", "22", BEFORE, "Tỉnh Quảng Ninh", "Quang Ninh Province", "Quang Ninh", ()),
    UnitCase("Quảng Ninh after", "22", AFTER, "Tỉnh Quảng Ninh", "Quang Ninh Province", "Quang Ninh", ()),
    UnitCase("Hải Hà district", "201", BEFORE, "Huyện Hải Hà", "Hai Ha District", "Hai Ha", ("22",)),
    UnitCase("Hạ Long city", "193", BEFORE, "Thành phố Hạ Long", "Ha Long City", "Ha Long", ("22",)),
    UnitCase(
        "Quảng Hà township",
        "06922",
        BEFORE,
        "Thị trấn Quảng Hà",
        "Quang Ha Township",
        "Quang Ha",
        ("201", "22"),
    ),
    UnitCase(
        "Quảng Hà commune after", "06922", AFTER, "Xã Quảng Hà", "Quang Ha Commune", "Quang Ha", ("22",)
    ),
    UnitCase(
        "code 06946 before",
        "06946",
        BEFORE,
        "Xã Quảng Long",
        "Quang Long Commune",
        "Quang Long",
        ("201", "22"),
    ),
    UnitCase("code 06946 reused", "06946", AFTER, "Xã Đường Hoa", "Duong Hoa Commune", "Duong Hoa", ("22",)),
    UnitCase("Cô Tô special zone", "07192", AFTER, "Đặc khu Cô Tô", "Co To Special Zone", "Co To", ("22",)),
    UnitCase("HCMC district 1", "760", BEFORE, "Quận 1", "District 1", "1", ("79",)),
    UnitCase("Hà Nội", "01", AFTER, "Thành phố Hà Nội", "Ha Noi City", "Ha Noi", ()),
]


@pytest.mark.parametrize("case", UNITS, ids=lambda c: c.name)
def test_named_units(hierarchy: Hierarchy, case: UnitCase) -> None:
    unit = hierarchy.unit(case.code, case.as_of)
    assert (unit.name, unit.name_en, unit.ascii_name) == (case.expect_name, case.expect_en, case.expect_ascii)
    chain = hierarchy.as_of(case.as_of).ancestors(case.code)
    assert tuple(u.code for u in chain) == case.expect_chain


def test_hai_ha_exists_before_the_reform_only(hierarchy: Hierarchy) -> None:
    hai_ha = hierarchy.unit("201", BEFORE)
    assert hai_ha.level is Level.DISTRICT and hai_ha.parent_code == "22"
    assert hierarchy.as_of(date(2025, 6, 30)).get("201") == hai_ha
    with pytest.raises(UnknownUnit, match="'201'.*2025"):
        hierarchy.unit("201", AFTER)


def test_hai_ha_has_eleven_communes(legacy: Tree) -> None:
    communes = legacy.children("201")
    assert len(communes) == 11
    assert {u.level for u in communes} == {Level.COMMUNE}
    assert "Thị trấn Quảng Hà" in {u.name for u in communes}


def test_quang_ninh_descendants_by_level(legacy: Tree, current: Tree) -> None:
    assert len(legacy.descendants("22", Level.DISTRICT)) == 13
    communes = legacy.descendants("22", Level.COMMUNE)
    assert communes == tuple(c for d in legacy.children("22") for c in legacy.children(d.code))
    assert len(current.descendants("22")) == len(current.children("22")) == 54


def test_codes_are_reused_so_identity_includes_the_date(hierarchy: Hierarchy) -> None:
    old, new = hierarchy.unit("06946", BEFORE), hierarchy.unit("06946", AFTER)
    assert old.key == UnitKey("06946", None) and new.key == UnitKey("06946", REFORM_2025)
    assert hierarchy.get(old.key) == old and hierarchy.get(new.key) == new


def test_a_reused_commune_code_is_always_a_predecessors_code(hierarchy: Hierarchy) -> None:
    legacy = hierarchy.tree("legacy")
    reused = [u for u in hierarchy.tree("2025").units(Level.COMMUNE) if u.code in legacy]
    assert len(reused) == 3_316  # DOMAIN.md says 3,310; the pinned data gives 3,316
    assert all(any(e.old.code == u.code for e in hierarchy.predecessors(u.key)) for u in reused)


@dataclass(frozen=True)
class FindCase:
    name: str
    query: str
    level: Level | None
    expect_codes: tuple[str, ...]


FINDS = [
    FindCase("with diacritics", "Hải Hà", Level.DISTRICT, ("201",)),
    FindCase("without diacritics", "hai ha", Level.DISTRICT, ("201",)),
    FindCase("with the kind", "Huyện Hải Hà", None, ("201",)),
    FindCase("folded key", "huyenhaiha", None, ("201",)),
    FindCase("province by short name", "quang ninh", Level.PROVINCE, ("22",)),
    FindCase("unknown name", "Atlantis", None, ()),
]


@pytest.mark.parametrize("case", FINDS, ids=lambda c: c.name)
def test_find_before_the_reform(legacy: Tree, case: FindCase) -> None:
    assert tuple(u.code for u in legacy.find(case.query, case.level)) == case.expect_codes


def test_find_prefers_own_names_over_aliases(legacy: Tree) -> None:
    found = legacy.find("Hải Hà")
    assert found[0].code == "201"
    assert {u.name for u in found} >= {"Huyện Hải Hà", "Xã Hải Hà"}


def test_search_by_part_of_a_name(current: Tree) -> None:
    names = {u.name for u in current.search("duong hoa")}
    assert "Xã Đường Hoa" in names


def test_dates_outside_every_edition_do_not_exist_in_this_model(hierarchy: Hierarchy) -> None:
    # The legacy edition is open towards the past, so every date has one; unknown edition names fail.
    assert hierarchy.edition_at(date(1990, 1, 1)).name == "legacy"
    with pytest.raises(NoEdition, match="'1990'"):
        hierarchy.tree("1990")


def test_kind_conflicts_are_reported_and_the_name_wins(hierarchy: Hierarchy) -> None:
    assert sorted(code for code, _name, _column in hierarchy.kind_conflicts) == [
        "10543",
        "11848",
        "15061",
        "27046",
        "27076",
        "31213",
        "31299",
    ]
    assert hierarchy.unit("27046", BEFORE).kind == "Phường"


def test_loading_never_imports_the_package_code() -> None:
    # Its converter calls an online geocoder: only its data files may be read.
    script = (
        "import sys; from chitieu.core.hierarchy import load_hierarchy; load_hierarchy(); "
        "print('vietnamadminunits' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"

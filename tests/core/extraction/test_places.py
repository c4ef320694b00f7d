"""Place names matched to real administrative units, as Vietnamese writes them and as translations do."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from chitieu.core.extraction.places import (
    UnitRef,
    default_matcher,
    find_places,
    foreign_skeleton,
    latin_skeleton,
    match_place,
)

HAI_HA = ("201", "district", "legacy")  # Huyện Hải Hà, Quảng Ninh (before 1 July 2025)
HA_LONG = ("193", "district", "legacy")  # Thành phố Hạ Long, a district-level city
QUANG_NINH = ("22", "province", "legacy")


def key(ref: UnitRef) -> tuple[str, str, str]:
    return (ref.code, ref.level, ref.edition)


@dataclass(frozen=True)
class Case:
    name: str
    given: str
    expect_first: tuple[str, str, str] | None  # None: nothing matches


MATCH = [
    Case("bare ascii name", "Hai Ha", HAI_HA),
    Case("diacritics and vietnamese kind word", "huyện Hải Hà", HAI_HA),
    Case("german kind word", "Bezirk Hai Ha", HAI_HA),
    Case("german genitive kind word", "des Bezirks Hai Ha", None),  # an article first is not a place name
    Case("french kind word with connector", "district de Hai Ha", HAI_HA),
    Case("english kind word after", "Hai Ha district", HAI_HA),
    Case("polish inflected kind word", "powiatu Hai Ha", HAI_HA),
    Case("abbreviated city", "TP. Hạ Long", HA_LONG),
    Case("joined spelling from the aliases", "Halong", HA_LONG),
    Case("province in english", "Quang Ninh Province", QUANG_NINH),
    Case("province in spanish", "provincia de Quang Ninh", QUANG_NINH),
    Case("arabic city transliterated", "مدينة هالونج", HA_LONG),
    Case("arabic city split and with ghain", "مدينة ها لونغ", HA_LONG),
    Case("arabic with clitic and article", "والمقاطعة كوانغ نينه", QUANG_NINH),
    Case("russian transliteration", "провинция Куангнинь", QUANG_NINH),
    Case("russian city", "город Халонг", HA_LONG),
    Case("katakana", "ハロン", HA_LONG),
    Case("numbered ward", "District 1", ("760", "district", "legacy")),
    Case("kind word mismatching the unit", "commune de Quang Ninh Province", None),
    Case("not a place", "Milliarden", None),
]


@pytest.mark.parametrize("case", MATCH, ids=lambda c: c.name)
def test_match_place(case: Case) -> None:
    found = match_place(case.given)
    if case.expect_first is None:
        assert found == []
    else:
        assert found, f"no unit for {case.given!r}"
        assert key(found[0]) == case.expect_first


def test_commune_kind_word_gives_communes_only() -> None:
    found = match_place("xã Hải Hà")
    assert found and {ref.level for ref in found} == {"commune"}
    assert "16660" in {ref.code for ref in found}  # Xã Hải Hà, Tĩnh Gia (Thanh Hóa)


def test_ambiguous_name_returns_every_unit_higher_level_first() -> None:
    found = match_place("Châu Thành")
    levels = [ref.level for ref in found]
    assert levels == sorted(levels, key=["province", "district", "commune"].index)
    assert sum(1 for ref in found if ref.level == "district" and ref.name == "Huyện Châu Thành") >= 9


def test_both_editions_are_matched() -> None:
    assert {ref.edition for ref in match_place("Quảng Ninh") if ref.code == "22"} == {"legacy", "2025"}


@dataclass(frozen=True)
class Found:
    name: str
    given: str
    expect: list[tuple[str, tuple[str, str, str]]]  # (span text, first unit of that span)


FIND = [
    Found("german report sentence", "Der Bezirk Hai Ha liegt in der Provinz Quang Ninh; das Bezirksparteikomitee tagt.",
          [("Hai Ha", HAI_HA), ("Quang Ninh", QUANG_NINH)]),
    Found("vietnamese with kind words", "Huyện Hải Hà và thành phố Hạ Long thuộc tỉnh Quảng Ninh.",
          [("Hải Hà", HAI_HA), ("Hạ Long", HA_LONG), ("Quảng Ninh", QUANG_NINH)]),
    Found("arabic needs the kind word", "عقدت لجنة حزب مدينة هالونج اجتماعها، وقالت هالونج",
          [("هالونج", HA_LONG)]),
    Found("lower-case common words are not places", "hòa bình và thống nhất là khẩu hiệu", []),
    Found("bare communes are not matched", "Ông đến Tân Lập hôm qua.", []),
    Found("english suffix kind word", "Ha Long City welcomed 10.6 million visitors.", [("Ha Long", HA_LONG)]),
    Found("katakana in japanese", "クアンニン省ハロン市の観光客", [("クアンニン", QUANG_NINH), ("ハロン", HA_LONG)]),
]  # fmt: skip


@pytest.mark.parametrize("case", FIND, ids=lambda c: c.name)
def test_find_places(case: Found) -> None:
    found = find_places(case.given)
    firsts: list[tuple[str, tuple[str, str, str]]] = []
    seen: set[tuple[int, int]] = set()
    for start, end, ref in found:
        if (start, end) not in seen:  # the first tuple of a span is its most likely unit
            seen.add((start, end))
            firsts.append((case.given[start:end], key(ref)))
    assert firsts == case.expect


def test_offsets_index_the_text() -> None:
    text = "Năm 2024, huyện Hải Hà đạt 36.000 tỷ đồng."
    [(start, end, ref), *_] = find_places(text)
    assert text[start:end] == "Hải Hà" and ref.label == "Hai Ha district"


@pytest.mark.parametrize(
    ("latin", "foreign"),
    [("Hạ Long", "هالونج"), ("Hạ Long", "Халонг"), ("Hạ Long", "ハロン"), ("Quảng Ninh", "كوانغ نينه"),
     ("Quảng Ninh", "Куангнинь"), ("Quảng Ninh", "クアンニン"), ("Hải Hà", "هاي ها")],
)  # fmt: skip
def test_transliterations_share_the_sound_skeleton(latin: str, foreign: str) -> None:
    assert latin_skeleton(latin) == foreign_skeleton(foreign)


def test_near_names_keep_distinct_skeletons() -> None:
    assert latin_skeleton("Quảng Yên") != latin_skeleton("Quảng Ninh")
    assert latin_skeleton("Hải Lăng") != latin_skeleton("Hạ Long")


def test_labels() -> None:
    [hai_ha, *_] = match_place("Hai Ha district")
    [district_1, *_] = match_place("District 1")
    assert (hai_ha.label, district_1.label) == ("Hai Ha district", "District 1")


def test_matcher_is_built_once() -> None:
    assert default_matcher() is default_matcher()

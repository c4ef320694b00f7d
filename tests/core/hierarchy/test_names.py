"""Names: type words, ASCII folding, search keys and generated English names."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from chitieu.core.hierarchy.names import UnknownKind, ascii_fold, english_name, search_key, split_kind


@dataclass(frozen=True)
class SplitCase:
    name: str
    given: str
    expect: tuple[str, str]


SPLITS = [
    SplitCase("district", "Huyện Hải Hà", ("Huyện", "Hải Hà")),
    SplitCase("city, two-word kind", "Thành phố Hạ Long", ("Thành phố", "Hạ Long")),
    SplitCase("odd capitals in the source", "Thành Phố Bắc Kạn", ("Thành phố", "Bắc Kạn")),
    SplitCase("township", "Thị trấn Quảng Hà", ("Thị trấn", "Quảng Hà")),
    SplitCase("special zone", "Đặc khu Cô Tô", ("Đặc khu", "Cô Tô")),
    SplitCase("numbered ward", "Phường 3", ("Phường", "3")),
    SplitCase("decomposed input is normalised", "Xa\u0303 Ca\u0301i Chiên", ("Xã", "Cái Chiên")),
]


@pytest.mark.parametrize("case", SPLITS, ids=lambda c: c.name)
def test_split_kind(case: SplitCase) -> None:
    assert split_kind(case.given) == case.expect


def test_split_kind_rejects_a_name_without_type_word() -> None:
    with pytest.raises(UnknownKind, match="'Hải Hà'"):
        split_kind("Hải Hà")


@dataclass(frozen=True)
class EnglishCase:
    name: str
    level: str
    kind: str
    short: str
    expect: str


ENGLISH = [
    EnglishCase("province", "province", "Tỉnh", "Quảng Ninh", "Quang Ninh Province"),
    EnglishCase("centrally-run city", "province", "Thành phố", "Hồ Chí Minh", "Ho Chi Minh City"),
    EnglishCase("rural district", "district", "Huyện", "Hải Hà", "Hai Ha District"),
    EnglishCase("urban district", "district", "Quận", "Ba Đình", "Ba Dinh District"),
    EnglishCase("numbered urban district", "district", "Quận", "1", "District 1"),
    EnglishCase("district-level city", "district", "Thành phố", "Hạ Long", "Ha Long City"),
    EnglishCase("district-level town", "district", "Thị xã", "Quảng Yên", "Quang Yen Town"),
    EnglishCase("commune", "commune", "Xã", "Đường Hoa", "Duong Hoa Commune"),
    EnglishCase("ward", "commune", "Phường", "Mỹ Đình 1", "My Dinh 1 Ward"),
    EnglishCase("numbered ward", "commune", "Phường", "3", "Ward 3"),
    EnglishCase("township", "commune", "Thị trấn", "Quảng Hà", "Quang Ha Township"),
    EnglishCase("special zone", "commune", "Đặc khu", "Cô Tô", "Co To Special Zone"),
]


@pytest.mark.parametrize("case", ENGLISH, ids=lambda c: c.name)
def test_english_name(case: EnglishCase) -> None:
    assert english_name(case.level, case.kind, case.short) == case.expect


def test_english_name_rejects_a_kind_at_the_wrong_level() -> None:
    with pytest.raises(UnknownKind, match="province of kind 'Xã'"):
        english_name("province", "Xã", "Hải Hà")


@pytest.mark.parametrize(
    ("given", "expect"),
    [
        ("Hải Hà", "Hai Ha"),
        ("Đặc khu Cồn Cỏ", "Dac khu Con Co"),
        ("Quận 1", "Quan 1"),
        ("Ea H'leo", "Ea H'leo"),
    ],
    ids=["tones", "d with stroke", "digits kept", "apostrophe kept"],
)
def test_ascii_fold(given: str, expect: str) -> None:
    assert ascii_fold(given) == expect


@pytest.mark.parametrize(
    ("given", "expect"),
    [("Huyện Hải Hà", "huyenhaiha"), ("HAI  HA", "haiha"), ("Ea H'leo", "eahleo"), ("", "")],
    ids=["full name", "case and spaces", "punctuation dropped", "empty"],
)
def test_search_key(given: str, expect: str) -> None:
    assert search_key(given) == expect

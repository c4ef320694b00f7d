"""Plausibility: figures too large for their subject's level are flagged with the alternative reading."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.extraction.model import Flag, Quantity
from chitieu.core.extraction.plausibility import (
    UPPER_BOUNDS,
    UnknownLevel,
    check,
    flag_quantities,
    subject_level,
    with_flags,
)


def q(text: str, value: float, unit: str, denominator: float | None = None) -> Quantity:
    return Quantity(start=0, end=len(text), text=text, value=value, unit=unit, denominator=denominator)


@dataclass(frozen=True)
class Case:
    name: str
    given: Quantity
    level: str | None
    expect: list[tuple[str, float | None]]  # (kind, alternative) of each flag


CASES = [
    Case("district trade read with german separators", q("33.796 Millionen USD", 33_796e6, "USD"), "district",
         [("implausible_scale", 33.796e6)]),
    Case("the same figure is fine for a province", q("33.796 Millionen USD", 33_796e6, "USD"), "province", []),
    Case("ordinary district production value", q("36.000 Milliarden VND", 36_000e9, "VND"), "district", []),
    Case("commune budget a thousand times too big", q("74.412 tỷ đồng", 74_412e9, "VND"), "commune",
         [("implausible_scale", 74.412e9)]),
    Case("too big without an ambiguous separator", q("900000 tỷ", 900_000e9, "VND"), "commune",
         [("implausible_magnitude", None)]),
    Case("too big even after the separator swap", q("50.000.000 Milliarden VND", 5e19, "VND"), "province",
         [("implausible_magnitude", None)]),
    Case("national figures use national bounds", q("790 billion USD", 790e9, "USD"), None, []),
    Case("percent with four digits", q("14.800 %", 14_800, "percent"), "district", [("implausible_scale", 14.8)]),
    Case("plan fulfilment above 100 % is normal", q("105 %", 105, "percent"), "province", []),
    Case("arabic separator", q("٣٣٬٧٩٦ مليون دولار", 33_796e6, "USD"), "district", [("implausible_scale", 33.796e6)]),
    Case("counts have no bound", q("10.600.000 lượt", 10_600_000, "count"), "commune", []),
    Case("criteria score above its denominator", q("19,5/19", 19.5, "count", 19), "commune",
         [("exceeds_denominator", None)]),
    Case("criteria score within its denominator", q("16,9/19", 16.9, "count", 19), "district", []),
    Case("large area of a commune", q("120.000 ha", 120_000, "hectare"), "commune", [("implausible_scale", 120)]),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_check(case: Case) -> None:
    flags = check(case.given, case.level)
    assert [(f.kind, f.alternative) for f in flags] == case.expect
    assert all(f.reason for f in flags)


def test_reason_gives_both_readings() -> None:
    [flag] = check(q("33.796 Millionen USD", 33_796e6, "USD"), "district")
    assert "33,796,000,000" in flag.reason and "33,796,000" in flag.reason and "a district" in flag.reason


def test_with_flags_keeps_the_value_and_earlier_flags() -> None:
    earlier = Flag(kind="note", reason="from the extractor")
    given = q("33.796 Millionen USD", 33_796e6, "USD")
    given = Quantity(**{**{f: getattr(given, f) for f in given.__slots__}, "flags": (earlier,)})
    flagged = with_flags(given, "district")
    assert flagged.value == given.value and flagged.text == given.text
    assert [f.kind for f in flagged.flags] == ["note", "implausible_scale"]


def test_plausible_quantity_is_returned_unchanged() -> None:
    given = q("36.000 Milliarden VND", 36_000e9, "VND")
    assert with_flags(given, "district") is given


def test_unknown_level_is_a_clear_error() -> None:
    with pytest.raises(UnknownLevel, match="'village'"):
        check(q("5 ha", 5, "hectare"), "village")


def test_bounds_shrink_down_the_hierarchy() -> None:
    for unit, bounds in UPPER_BOUNDS.items():
        values = [bounds[level] for level in ("country", "province", "district", "commune")]
        assert values == sorted(values, reverse=True), unit


@given(
    value=st.floats(min_value=0, max_value=1e18),
    unit=st.sampled_from(["VND", "USD", "hectare", "percent", "count"]),
    level=st.sampled_from([None, "province", "district", "commune"]),
)
def test_alternative_is_always_a_thousandth_and_within_bounds(value: float, unit: str, level: str | None) -> None:
    for flag in check(q("1.234", value, unit), level):
        if flag.alternative is not None:
            assert flag.alternative == pytest.approx(value / 1000)
            assert flag.alternative <= UPPER_BOUNDS[unit]["country" if level is None else level]


@pytest.mark.parametrize(
    ("subject", "level"),
    [("Hai Ha district", "district"), ("Ha Long city", "district"), ("Quang Ninh province", "province"),
     ("Ha Noi city", "province"), ("Tan Lap commune", "commune"), ("Hai Ha Industrial Park", None), (None, None)],
)  # fmt: skip
def test_subject_level(subject: str | None, level: str | None) -> None:
    assert subject_level(subject) == level


def test_flag_quantities_uses_each_subject() -> None:
    trade = q("33.796 Millionen USD", 33_796e6, "USD")
    district = Quantity(**{**{f: getattr(trade, f) for f in trade.__slots__}, "subject": "Hai Ha district"})
    province = Quantity(**{**{f: getattr(trade, f) for f in trade.__slots__}, "subject": "Quang Ninh province"})
    flagged = flag_quantities([district, province, trade], "text", None)
    assert [[f.kind for f in item.flags] for item in flagged] == [["implausible_scale"], [], []]

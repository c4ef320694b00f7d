"""Numerals: digit folding and reading in each language's convention."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.extraction.languages import available, profile
from chitieu.core.extraction.numbers import NumeralError, fold_digits, format_numeral, parse_numeral, read_numerals


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    written: str
    expect: Decimal


CASES = [
    Case("German dot groups thousands", "de", "36.000", Decimal(36000)),
    Case("German comma is the decimal", "de", "16,9", Decimal("16.9")),
    Case("German groups and decimals together", "de", "23.803,2", Decimal("23803.2")),
    Case("German three decimals stay decimals", "de", "387,235", Decimal("387.235")),
    Case("a lone dot that cannot group is a decimal in German too", "de", "16.5", Decimal("16.5")),
    Case("English comma groups thousands", "en", "23,320", Decimal(23320)),
    Case("English dot is the decimal", "en", "2.85", Decimal("2.85")),
    Case("English groups and decimals", "en", "1,234,567.25", Decimal("1234567.25")),
    Case("Arabic text with Western digits groups with a comma", "ar", "23,320", Decimal(23320)),
    Case("Arabic-Indic digits with the Arabic decimal sign", "ar", "١٢٫٥", Decimal("12.5")),
    Case("Eastern Arabic digits", "ar", "۲۶۶", Decimal(266)),
    Case("Vietnamese dot groups thousands", "vi", "74.412", Decimal(74412)),
    Case("Vietnamese comma is the decimal", "vi", "10,6", Decimal("10.6")),
    Case("Polish space groups thousands", "pl", "52 300", Decimal(52300)),
    Case("Polish no-break space groups thousands", "pl", "1\u00a0250,5", Decimal("1250.5")),
    Case("fullwidth digits", "en", "１２３", Decimal(123)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_parse_numeral(case: Case) -> None:
    assert parse_numeral(case.written, profile(case.language)) == case.expect


@dataclass(frozen=True)
class SplitCase:
    name: str
    language: str
    run: str
    expect: list[Decimal]


SPLITS = [
    SplitCase("a year then a count is two numerals", "de", "2023 39", [Decimal(2023), Decimal(39)]),
    SplitCase("a four-digit first group cannot be grouped", "pl", "2024 100", [Decimal(2024), Decimal(100)]),
    SplitCase("a group needs exactly three digits", "pl", "12 34", [Decimal(12), Decimal(34)]),
    SplitCase("a second decimal separator ends the numeral", "en", "1.5.3", [Decimal("1.5"), Decimal(3)]),
]


@pytest.mark.parametrize("case", SPLITS, ids=lambda c: c.name)
def test_read_numerals_splits_runs(case: SplitCase) -> None:
    numerals = read_numerals(case.run, profile(case.language))
    assert [n.value for n in numerals] == case.expect
    for numeral in numerals:  # offsets point at the numeral's own characters
        assert case.run[numeral.start:numeral.end].replace(" ", "")[:1].isdigit()


@pytest.mark.parametrize("written", ["", "abc", "12 abc", "1.2.3.4"])
def test_parse_numeral_rejects_what_is_not_one_numeral(written: str) -> None:
    with pytest.raises(NumeralError):
        parse_numeral(written, profile("de"))


@given(st.text())
def test_folding_keeps_every_offset(text: str) -> None:
    assert len(fold_digits(text)) == len(text)


@given(st.sampled_from(available()), st.integers(min_value=0, max_value=10**15), st.integers(0, 3), st.booleans())
def test_formatting_then_parsing_gives_the_number_back(code: str, units: int, places: int, grouped: bool) -> None:
    lang = profile(code)
    value = Decimal(units).scaleb(-places)
    assert parse_numeral(format_numeral(value, lang, grouped=grouped), lang) == value

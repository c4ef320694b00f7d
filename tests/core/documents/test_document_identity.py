"""Specification of document identities: party (organisation, term, type, number); state (code, year)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from chitieu.core.documents import (
    DocumentCodeError,
    PartyIdentity,
    StateIdentity,
    parse,
    party_identity,
    state_identity,
)


@dataclass(frozen=True)
class Case:
    name: str
    code: str
    unit: str | None
    term: str
    expect: PartyIdentity


CASES = [
    Case("district resolution", "12-NQ/HU", "204", "2020-2025",
         PartyIdentity(("204", "HU"), "2020-2025", "NQ", 12)),
    Case("leading zero compares numerically", "05-NQ/TU", "22", "2020-2025",
         PartyIdentity(("22", "TU"), "2020-2025", "NQ", 5)),
    Case("en dash in the term", "17-NQ/TU", "22", "2020 – 2025",
         PartyIdentity(("22", "TU"), "2020-2025", "NQ", 17)),
    Case("central document needs no unit", "57-NQ/TW", None, "XIII",
         PartyIdentity(("VN", "TW"), "XIII", "NQ", 57)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_party_identity(case: Case) -> None:
    assert party_identity(parse(case.code), case.unit, case.term) == case.expect


def test_same_number_in_another_term_is_another_document() -> None:
    code = parse("12-NQ/HU")
    assert party_identity(code, "204", "2015-2020") != party_identity(code, "204", "2020-2025")


def test_same_code_from_another_district_is_another_document() -> None:
    code = parse("12-NQ/HU")
    assert party_identity(code, "204", "2020-2025") != party_identity(code, "205", "2020-2025")


def test_same_number_of_another_type_is_another_document() -> None:
    assert party_identity(parse("12-NQ/HU"), "204", "2020-2025") != party_identity(
        parse("12-KL/HU"), "204", "2020-2025")


@pytest.mark.parametrize(("code", "unit", "term", "fragment"), [
    ("12-NQ/HU", None, "2020-2025", "missing issuing unit code"),
    ("12-NQ/HU", "  ", "2020-2025", "missing issuing unit code"),
    ("12-NQ/HU", "204", " ", "missing term"),
    ("318/QĐ-TTg", "VN", "2021-2026", "needs a party document"),
])
def test_party_identity_errors(code: str, unit: str | None, term: str, fragment: str) -> None:
    with pytest.raises(DocumentCodeError, match=fragment):
        party_identity(parse(code), unit, term)


def test_state_identity_uses_the_year_in_the_code() -> None:
    assert state_identity(parse("019/2025/QĐ-TTg")) == StateIdentity("19/2025/QĐ-TTg", 2025)


def test_state_identity_of_a_yearless_code_takes_the_year_of_issue() -> None:
    code = parse("318/QĐ-TTg")
    assert state_identity(code, 2022) == StateIdentity("318/QĐ-TTg", 2022)
    assert state_identity(code, 2022) != state_identity(code, 2023)
    assert state_identity(code) == StateIdentity("318/QĐ-TTg", None)


@pytest.mark.parametrize(("code", "year", "fragment"), [
    ("19/2025/QĐ-TTg", 2024, "contradicts the year"),
    ("12-NQ/HU", None, "needs a state document"),
])
def test_state_identity_errors(code: str, year: int | None, fragment: str) -> None:
    with pytest.raises(DocumentCodeError, match=fragment):
        state_identity(parse(code), year)

"""The code tables cover DOMAIN.md §2 and fold spellings without confusing distinct codes."""

from __future__ import annotations

import pytest

from chitieu.core.documents import codes

DOMAIN_TYPES = "NQ CT KL TB CTr KH QĐ QĐi QyĐ HD BC TTr CV QC TT ĐA PA DA BB NĐ".split()
DOMAIN_PARTY_ISSUERS = "TW VPTW BTCTW UBKTTW ĐH TU VPTU BTCTU UBKTTU BDVTU BTGTU HU ĐU".split()
DOMAIN_STATE_ISSUERS = "CP TTg HĐND UBND QH13 QH14 QH15 QH16 UBTVQH13 UBTVQH14 UBTVQH15 UBTVQH16".split()


@pytest.mark.parametrize("code", DOMAIN_TYPES)
def test_domain_types_are_known_with_meanings(code: str) -> None:
    info = codes.TYPES[code]
    assert info.party is not None or info.state is not None


def test_regulation_codes_are_split_by_system() -> None:
    assert codes.TYPES["QĐi"].state is None and codes.TYPES["QĐi"].party is not None
    assert codes.TYPES["QyĐ"].party is None and codes.TYPES["QyĐ"].state is not None
    assert codes.TYPES["NĐ"].party is None


@pytest.mark.parametrize("code", DOMAIN_PARTY_ISSUERS)
def test_domain_party_issuers_are_known(code: str) -> None:
    assert codes.PARTY_ISSUERS[code].system == "party"


@pytest.mark.parametrize("code", DOMAIN_STATE_ISSUERS)
def test_domain_state_issuers_are_known(code: str) -> None:
    info = codes.state_issuer_info(code)
    assert info is not None and info.system == "state"


def test_levels_of_party_issuers() -> None:
    levels = {code: codes.PARTY_ISSUERS[code].level for code in ["TW", "VPTW", "TU", "BTGTU", "HU", "ĐU"]}
    assert levels == {"TW": "central", "VPTW": "central", "TU": "province", "BTGTU": "province",
                      "HU": "district", "ĐU": None}


def test_composed_party_issuer_meaning() -> None:
    assert codes.PARTY_ISSUERS["UBKTTU"].meaning == codes.Meaning(
        "Ủy ban Kiểm tra Tỉnh ủy / Thành ủy",
        "Inspection Commission of the provincial or city party committee",
    )


def test_legislature_meaning_names_the_term() -> None:
    assert codes.state_issuer_info("QH15") == codes.IssuerInfo(
        "QH15", codes.Meaning("Quốc hội khóa XV", "National Assembly (15th legislature)"), "state", "central")


def test_ministries_and_departments_follow_the_naming_pattern() -> None:
    for code, info in codes.STATE_ISSUERS.items():
        if info.meaning.vi.startswith("Bộ "):
            assert code.startswith("B") and info.level == "central", code
        if info.meaning.vi.startswith("Sở "):
            assert code.startswith("S") and info.level == "province", code


@pytest.mark.parametrize(("written", "expect"), [
    ("Ctr", "CTr"), ("ctr", "CTr"), ("QD", "QĐ"), ("qdi", "QĐi"), ("QYD", "QyĐ"), ("ND", "NĐ"),
    ("DA", "DA"), ("da", "DA"), ("ĐA", "ĐA"), ("đa", "ĐA"), ("HD", "HD"), ("XY", None),
])
def test_type_spellings(written: str, expect: str | None) -> None:
    assert codes.canonical_type(written) == expect


@pytest.mark.parametrize(("written", "expect"), [
    ("hu", "HU"), ("TƯ", "TW"), ("tư", "TW"), ("DU", "ĐU"), ("dh", "ĐH"), ("vptu", "VPTU"), ("XYZ", None),
])
def test_party_issuer_spellings(written: str, expect: str | None) -> None:
    assert codes.canonical_party_issuer(written) == expect


@pytest.mark.parametrize(("written", "expect"), [
    ("ttg", "TTg"), ("hdnd", "HĐND"), ("qh15", "QH15"), ("ubtvqh16", "UBTVQH16"), ("sngv", "SNgV"),
    ("SXYZ", None),
])
def test_state_issuer_spellings(written: str, expect: str | None) -> None:
    assert codes.canonical_state_issuer(written) == expect


def test_no_two_codes_in_a_table_differ_only_by_case() -> None:
    for table in (list(codes.TYPES), list(codes.PARTY_ISSUERS), list(codes.STATE_ISSUERS)):
        assert len({code.casefold() for code in table}) == len(table)

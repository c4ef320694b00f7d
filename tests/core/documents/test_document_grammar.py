"""Specification of the document-number grammar: real codes, normalisation, errors, round trips."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.documents import DocumentCode, DocumentCodeError, codes, normalise, parse


@dataclass(frozen=True)
class Case:
    name: str
    given: str
    number: str
    year: int | None
    type: str | None
    issuer: str
    system: str
    level: str | None = None
    parts: tuple[str, ...] | None = None


def party(name: str, code: str, level: str | None) -> Case:
    number, rest = code.split("-", 1)
    kind, issuer = rest.split("/")
    return Case(name, code, number, None, kind, issuer, "party", level)


REAL_PARTY = [
    party("Hải Hà district resolution on 2024 tasks", "12-NQ/HU", "district"),
    party("provincial party office notice", "74-TB/VPTU", "province"),
    party("district action programme", "33-CTr/HU", "district"),
    party("Politburo conclusion on 2024-2025 work", "118-KL/TW", "central"),
    party("provincial committee resolution", "17-NQ/TU", "province"),
    party("district directive", "30-CT/HU", "district"),
    party("provincial plan", "439-KH/TU", "province"),
    party("provincial resolution from the corpus", "20-NQ/TU", "province"),
    party("Politburo resolution on science and innovation", "57-NQ/TW", "central"),
    party("Politburo resolution on the private economy", "68-NQ/TW", "central"),
    party("Politburo resolution on law-making", "66-NQ/TW", "central"),
    party("Politburo resolution on international integration", "59-NQ/TW", "central"),
    party("resolution on streamlining the political system", "18-NQ/TW", "central"),
    party("directive on party congresses", "35-CT/TW", "central"),
    party("directive on congresses towards the 14th Congress", "45-CT/TW", "central"),
    party("resolution of the 11th plenum", "60-NQ/TW", "central"),
    party("resolution on agriculture and rural areas", "19-NQ/TW", "central"),
    party("resolution on urban development, leading zero kept", "06-NQ/TW", "central"),
    party("resolution on great national unity", "43-NQ/TW", "central"),
    party("conclusion on restructuring the system", "137-KL/TW", "central"),
    party("conclusion summing up resolution 18", "121-KL/TW", "central"),
    party("conclusion of early 2025", "127-KL/TW", "central"),
    party("guideline on party document formats", "36-HD/VPTW", "central"),
    party("regulation on document types, numbered QĐ", "399-QĐ/TW", "central"),
    party("the regulation 399 replaced", "66-QĐ/TW", "central"),
    party("regulation on votes of confidence", "96-QĐ/TW", "central"),
    party("regulation on exemplary responsibility, QĐi", "08-QĐi/TW", "central"),
    party("commune party committee resolution", "01-NQ/ĐU", None),
    party("provincial inspection commission report", "15-BC/UBKTTU", "province"),
    party("provincial organisation commission guideline", "04-HD/BTCTU", "province"),
]


def state(name: str, code: str, year: int | None, kind: str | None, issuer: str, level: str | None,
          parts: tuple[str, ...] | None = None) -> Case:
    return Case(name, code, code.split("/")[0], year, kind, issuer, "state", level, parts or (issuer,))


REAL_STATE = [
    state("new-rural criteria decision", "318/QĐ-TTg", None, "QĐ", "TTg", "central"),
    state("normative decision with a year", "19/2025/QĐ-TTg", 2025, "QĐ", "TTg", "central"),
    state("decree on administrative documents", "30/2020/NĐ-CP", 2020, "NĐ", "CP", "central"),
    state("people's council resolution", "11/NQ-HĐND", None, "NQ", "HĐND", None),
    state("standing committee resolution on communes", "1656/NQ-UBTVQH15", None, "NQ", "UBTVQH15", "central"),
    state("NA resolution merging provinces, no type", "202/2025/QH15", 2025, None, "QH15", "central"),
    state("NA resolution of 2025", "72/2025/QH15", 2025, None, "QH15", "central"),
    state("standing committee resolution with a year", "76/2025/UBTVQH15", 2025, None, "UBTVQH15", "central"),
    state("law of 2024", "24/2024/QH15", 2024, None, "QH15", "central"),
    state("Labour Code", "45/2019/QH14", 2019, None, "QH14", "central"),
    state("Law on promulgation of legal documents 2015", "80/2015/QH13", 2015, None, "QH13", "central"),
    state("Law on promulgation of legal documents 2025", "64/2025/QH15", 2025, None, "QH15", "central"),
    state("NA resolution on restructuring", "190/2025/QH15", 2025, None, "QH15", "central"),
    state("decree of 2015", "100/2015/NĐ-CP", 2015, "NĐ", "CP", "central"),
    state("poverty standard decree", "07/2021/NĐ-CP", 2021, "NĐ", "CP", "central"),
    state("ethnic-minority target programme", "1719/QĐ-TTg", None, "QĐ", "TTg", "central"),
    state("new-rural target programme", "263/QĐ-TTg", None, "QĐ", "TTg", "central"),
    state("poverty reduction programme", "90/QĐ-TTg", None, "QĐ", "TTg", "central"),
    state("amended new-rural criteria", "211/QĐ-TTg", None, "QĐ", "TTg", "central"),
    state("government resolution on annual tasks", "01/NQ-CP", None, "NQ", "CP", "central"),
    state("prime minister's directive", "11/CT-TTg", None, "CT", "TTg", "central"),
    state("ministerial circular", "07/2021/TT-BLĐTBXH", 2021, "TT", "BLĐTBXH", "central"),
    state("order promulgating a law", "05/2023/L-CTN", 2023, "L", "CTN", "central"),
    state("department official letter, compound issuer", "806/STP-XD&KTVBQPPL", None, None,
          "STP-XD&KTVBQPPL", "province", ("STP", "XD&KTVBQPPL")),
    state("people's committee official letter", "4227/UBND-KT", None, None, "UBND-KT", None, ("UBND", "KT")),
    state("people's committee plan", "120/KH-UBND", None, "KH", "UBND", None),
    state("people's committee submission", "45/TTr-UBND", None, "TTr", "UBND", None),
    state("state regulation QyĐ", "03/QyĐ-UBND", None, "QyĐ", "UBND", None),
    state("scheme ĐA differs from project DA", "02/ĐA-UBND", None, "ĐA", "UBND", None),
    state("project DA", "05/DA-UBND", None, "DA", "UBND", None),
]

REAL = REAL_PARTY + REAL_STATE


def test_at_least_forty_real_codes() -> None:
    assert len({case.given for case in REAL}) >= 40


@pytest.mark.parametrize("case", REAL, ids=lambda c: c.name)
def test_real_code_parts(case: Case) -> None:
    code = parse(case.given)
    assert (code.number, code.year, code.type, code.issuer, code.system) == (
        case.number, case.year, case.type, case.issuer, case.system)
    assert code.level == case.level
    assert code.issuer_parts == (case.parts or (case.issuer,))
    assert code.canonical == case.given


@pytest.mark.parametrize("case", REAL, ids=lambda c: c.name)
def test_real_code_meanings_are_looked_up(case: Case) -> None:
    code = parse(case.given)
    assert (code.type_meaning is None) == (case.type is None)
    assert code.issuer_meaning is not None


@dataclass(frozen=True)
class Variant:
    name: str
    given: str
    canonical: str


VARIANTS = [
    Variant("space before the hyphen", "12 -NQ/HU", "12-NQ/HU"),
    Variant("spaces everywhere", " 12 - NQ / HU ", "12-NQ/HU"),
    Variant("Số: prefix", "Số: 74-TB/VPTU", "74-TB/VPTU"),
    Variant("Số prefix without colon", "Số 17-NQ/TU", "17-NQ/TU"),
    Variant("upper-case SỐ prefix", "SỐ: 118-KL/TW", "118-KL/TW"),
    Variant("No. prefix", "No. 57-NQ/TW", "57-NQ/TW"),
    Variant("Nr. prefix", "Nr. 68-NQ/TW", "68-NQ/TW"),
    Variant("Ctr lower-case variant", "33-Ctr/HU", "33-CTr/HU"),
    Variant("all lower case party", "17-nq/tu", "17-NQ/TU"),
    Variant("en dash", "439 – KH/TU", "439-KH/TU"),
    Variant("diacritic TƯ for TW", "18-NQ/TƯ", "18-NQ/TW"),
    Variant("ASCII D in QD", "318/QD-TTg", "318/QĐ-TTg"),
    Variant("ASCII D in ND", "30/2020/ND-CP", "30/2020/NĐ-CP"),
    Variant("ASCII D in QDi", "08-QDi/TW", "08-QĐi/TW"),
    Variant("Latin eth in HĐND", "11/NQ-H\u00d0ND", "11/NQ-HĐND"),
    Variant("Latin eth in QĐ", "19/2025/Q\u00d0-TTg", "19/2025/QĐ-TTg"),
    Variant("spaces round state separators", "19 / 2025 / QĐ - TTg", "19/2025/QĐ-TTg"),
    Variant("lower-case legislature", "202/2025/qh15", "202/2025/QH15"),
    Variant("lower-case state issuer", "1719/qđ-ttg", "1719/QĐ-TTg"),
    Variant("spaces round ampersand", "806/STP-XD & KTVBQPPL", "806/STP-XD&KTVBQPPL"),
    Variant("commune party committee with ASCII D", "01-NQ/DU", "01-NQ/ĐU"),
    Variant("lower-case ASCII da stays project", "05/da-UBND", "05/DA-UBND"),
]


@pytest.mark.parametrize("case", VARIANTS, ids=lambda c: c.name)
def test_written_variants_parse_to_canonical(case: Variant) -> None:
    assert parse(case.given).canonical == case.canonical


def test_decomposed_unicode_is_composed_first() -> None:
    import unicodedata

    written = unicodedata.normalize("NFD", "Số: 12-NQ/TƯ")
    assert written != "Số: 12-NQ/TƯ"
    assert parse(written).canonical == "12-NQ/TW"


@dataclass(frozen=True)
class Invalid:
    name: str
    given: str
    fragment: str


INVALID = [
    Invalid("empty", "", "empty document code"),
    Invalid("blank", "   ", "empty document code"),
    Invalid("prefix only", "Số:", "empty document code"),
    Invalid("no separator", "12NQHU", "no '-' or '/' in '12NQHU'"),
    Invalid("letters for number", "ab-NQ/HU", "number 'ab' is not digits"),
    Invalid("type where the number goes", "NQ/HU", "number 'NQ' is not digits"),
    Invalid("missing number", "-NQ/HU", "missing number before '-'"),
    Invalid("number too long", "1234567/QĐ-TTg", "number '1234567' has more than 6 digits"),
    Invalid("unknown party type", "12-XY/HU", "unknown document type 'XY' in '12-XY/HU'"),
    Invalid("state-only type in party form", "12-NĐ/TU", "unknown document type 'NĐ'"),
    Invalid("missing type", "12-/HU", "missing document type after '-'"),
    Invalid("missing slash and issuer", "12-NQ", "missing '/' and issuer after type 'NQ'"),
    Invalid("missing party issuer", "12-NQ/", "missing issuer after '/'"),
    Invalid("unknown party issuer", "12-NQ/XYZ", "unknown party issuer 'XYZ'"),
    Invalid("digit in party issuer", "12-NQ/H1", "party issuer 'H1' must be letters only"),
    Invalid("date, not a code", "12/2024", "issuer '2024' is not an abbreviation"),
    Invalid("fraction, not a code", "16/19", "issuer '19' is not an abbreviation"),
    Invalid("unit of measure", "100/ha", "unknown issuer 'ha' does not start with a capital letter"),
    Invalid("type without issuer", "12/QĐ", "missing issuer after type 'QĐ'"),
    Invalid("unknown type with a year", "19/2025/XX-TTg", "unknown document type 'XX'"),
    Invalid("no type with a year, not the NA", "19/2025/TTg", "a code with a year and no type"),
    Invalid("year out of range", "19/1890/QĐ-TTg", "year 1890 is not between 1945 and 2099"),
    Invalid("two-digit year", "19/25/QĐ-TTg", "year '25' is not four digits"),
    Invalid("missing state issuer", "19/2025/", "missing issuer after '/'"),
    Invalid("extra slash", "19/2025/QĐ-TTg/X", "too many '/'"),
    Invalid("empty compound part", "318/QĐ--TTg", "empty part between '-'"),
    Invalid("symbol in issuer", "12/QĐ-T#g", "issuer 'T#g' is not an abbreviation"),
]


@pytest.mark.parametrize("case", INVALID, ids=lambda c: c.name)
def test_invalid_codes_name_the_wrong_part(case: Invalid) -> None:
    with pytest.raises(DocumentCodeError) as raised:
        parse(case.given)
    assert case.fragment in str(raised.value)


def test_error_is_a_value_error() -> None:
    assert issubclass(DocumentCodeError, ValueError)


def test_numbers_compare_numerically_but_keep_their_spelling() -> None:
    padded, plain = parse("05-NQ/TU"), parse("5-NQ/TU")
    assert padded == plain and hash(padded) == hash(plain)
    assert (padded.number, plain.number, padded.number_value) == ("05", "5", 5)
    assert parse("5-NQ/TU") != parse("5-NQ/HU")
    assert parse("5-NQ/TU") != parse("5-KL/TU")
    assert parse("19/2025/QĐ-TTg") != parse("19/2024/QĐ-TTg")


def test_unknown_state_issuers_are_kept_without_meaning() -> None:
    code = parse("123/SXYZ-VP")
    assert (code.issuer, code.issuer_parts, code.issuer_meaning, code.level) == ("SXYZ-VP", ("SXYZ", "VP"),
                                                                                None, None)


def test_to_dict_describes_every_part() -> None:
    assert parse("12 -NQ/HU").to_dict() == {
        "canonical": "12-NQ/HU", "system": "party", "number": "12", "number_value": 12, "year": None,
        "type": "NQ", "type_meaning": {"vi": "Nghị quyết", "en": "resolution"}, "issuer": "HU",
        "issuer_parts": ["HU"], "issuer_meaning": {"vi": "Huyện ủy", "en": "district party committee"},
        "level": "district",
    }


def test_type_meaning_depends_on_the_system() -> None:
    assert parse("05-TT/TW").type_meaning == codes.Meaning("Thông tri", "circular")
    assert parse("05/2024/TT-BTC").type_meaning == codes.Meaning("Thông tư", "circular")


# --- properties ---------------------------------------------------------------------------------------------

PARTY_TYPES = sorted(code for code, info in codes.TYPES.items() if info.party is not None)
STATE_TYPES = sorted(code for code, info in codes.TYPES.items() if info.state is not None)
PARTY_ISSUERS = sorted([*codes.PARTY_ISSUERS, *codes.ALIASES])
STATE_ISSUERS = sorted([*codes.STATE_ISSUERS, "QH13", "QH14", "QH15", "QH16", "UBTVQH15", "UBTVQH16"])
LEGISLATURES = ["QH13", "QH14", "QH15", "QH16", "UBTVQH13", "UBTVQH14", "UBTVQH15", "UBTVQH16"]

spaces = st.sampled_from(["", " ", "  "])
numbers = st.integers(min_value=1, max_value=99999).map(str) | st.integers(1, 9).map(lambda n: f"0{n}")


@st.composite
def party_codes(draw: st.DrawFn) -> str:
    return (f"{draw(numbers)}{draw(spaces)}-{draw(spaces)}{draw(st.sampled_from(PARTY_TYPES))}"
            f"{draw(spaces)}/{draw(spaces)}{draw(st.sampled_from(PARTY_ISSUERS))}")


capitals = st.text(alphabet="ABCDĐGHKLMNPQSTVXY", min_size=1, max_size=5)
drafting_units = capitals | st.tuples(capitals, capitals).map("&".join)


@st.composite
def state_codes(draw: st.DrawFn) -> str:
    kind = draw(st.none() | st.sampled_from(STATE_TYPES))
    issuers = STATE_ISSUERS if kind is not None else [i for i in STATE_ISSUERS if i not in codes.TYPES]
    issuer = draw(st.sampled_from(issuers))
    with_year = draw(st.booleans()) and (kind is not None or issuer in LEGISLATURES)
    year = f"{draw(st.integers(1945, 2099))}/" if with_year else ""
    extra = draw(st.lists(drafting_units, max_size=2))
    if with_year and kind is None:
        extra = []
    parts = "-".join([*([kind] if kind else []), issuer, *extra])
    return f"{draw(numbers)}/{year}{parts}"


@st.composite
def written_variants(draw: st.DrawFn) -> str:
    code = draw(party_codes() | state_codes())
    if draw(st.booleans()):
        code = code.replace("Đ", "\u00d0")
    prefix = draw(st.sampled_from(["", "Số: ", "Số ", "No. ", "số:"]))
    return prefix + code + draw(spaces)


@given(written_variants())
def test_canonical_reparses_to_the_same_code(written: str) -> None:
    code = parse(written)
    again = parse(code.canonical)
    assert again == code
    assert again.canonical == code.canonical
    assert again.to_dict() == code.to_dict()


@given(written_variants())
def test_case_of_known_codes_does_not_matter(written: str) -> None:
    code = parse(written)
    known = [codes.state_issuer_info(part) for part in code.issuer_parts]
    if code.system == "party" or all(info is not None for info in known):
        assert parse(written.lower()) == code
        assert parse(written.upper()) == code


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(written_variants())
def test_normalise_is_idempotent_on_codes(written: str) -> None:
    once = normalise(written)
    assert normalise(once) == once


@given(st.text())
def test_arbitrary_text_parses_or_raises_the_domain_error(text: str) -> None:
    try:
        code = parse(text)
    except DocumentCodeError:
        return
    assert isinstance(code, DocumentCode)
    assert parse(code.canonical) == code


def test_a_congress_resolution_may_be_cited_without_a_number() -> None:
    code = parse("nq/đh")
    assert (code.canonical, code.number, code.type, code.issuer, code.system) == ("NQ/ĐH", "", "NQ", "ĐH", "party")
    assert parse(code.canonical) == code


def test_only_congress_resolutions_go_without_a_number() -> None:
    with pytest.raises(DocumentCodeError, match="number 'NQ' is not digits"):
        parse("NQ/HU")

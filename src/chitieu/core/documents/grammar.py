"""The grammar of Vietnamese document numbers: normalise, parse, print.

Two forms exist (see docs/documents.md):

* party ``N-TYPE/ISSUER`` — ``12-NQ/HU``, ``118-KL/TW``;
* state ``N[/YYYY]/[TYPE-]ISSUER[-PART...]`` — ``318/QĐ-TTg``, ``19/2025/QĐ-TTg``, ``202/2025/QH15``,
  ``806/STP-XD&KTVBQPPL``.

The first separator decides the form: a hyphen after the number means party, a slash means state.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from chitieu.core.documents import codes
from chitieu.core.documents.codes import IssuerInfo, Level, Meaning, System

MIN_YEAR, MAX_YEAR = 1945, 2099
MAX_NUMBER_DIGITS = 6


class DocumentCodeError(ValueError):
    """A document code that does not follow the grammar; the message names the part that is wrong."""


# Look-alikes seen in scanned or hand-typed codes, mapped to what the grammar expects.
_TRANSLATE = str.maketrans({
    "\u00d0": "Đ",  # Ð Latin capital eth, looks exactly like Đ
    "\u00f0": "đ",  # ð
    "\u0189": "Đ",  # Ɖ African D
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-",
    "\u2044": "/", "\u2215": "/", "\uff0f": "/",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_PREFIX = re.compile(r"^(?:số|so|no|nr|n°|№)\s*[.:]?\s*", re.IGNORECASE)
_SPACED_SEPARATOR = re.compile(r"\s*([-/&])\s*")
_DIGITS = re.compile(r"[0-9]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_PART = re.compile(r"[^\W_]+(?:&[^\W_]+)*")


def normalise(text: str) -> str:
    """Normalise a written code: NFC, look-alike letters and dashes, "Số:"/"No." prefixes, spaces round - / &.

    Case is left alone here: only the parser knows which segment is a type or an issuer code.
    """
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE).strip()
    text = _PREFIX.sub("", text, count=1)
    if " " in text or not text.isprintable():  # whitespace other than " " is not printable; most codes have none
        text = _SPACED_SEPARATOR.sub(r"\1", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True, eq=False)
class DocumentCode:
    """A parsed document number.

    `number` keeps the digits as written (party documents are often numbered `05-NQ/TU`); equality, hashing
    and identities compare it as an integer, so `05-NQ/TU == 5-NQ/TU`.
    """

    number: str
    year: int | None
    type: str | None
    issuer: str
    issuer_parts: tuple[str, ...]
    system: System

    @property
    def number_value(self) -> int:
        """The number as an integer (0 for an unnumbered congress resolution)."""
        return int(self.number) if self.number else 0

    @property
    def canonical(self) -> str:
        """The normalised spelling, which parses back to an equal code."""
        if self.system == "party":
            return f"{self.number}-{self.type}/{self.issuer}" if self.number else f"{self.type}/{self.issuer}"
        year = f"{self.year}/" if self.year is not None else ""
        kind = f"{self.type}-" if self.type is not None else ""
        return f"{self.number}/{year}{kind}{self.issuer}"

    @property
    def type_meaning(self) -> Meaning | None:
        """What the type code means in this document's system (None for laws and official letters)."""
        return codes.TYPES[self.type].meaning(self.system) if self.type is not None else None

    @property
    def issuer_info(self) -> IssuerInfo | None:
        """The issuing organisation (the first issuer part), when it is in the tables."""
        if self.system == "party":
            return codes.PARTY_ISSUERS.get(self.issuer)
        return codes.state_issuer_info(self.issuer_parts[0])

    @property
    def issuer_meaning(self) -> Meaning | None:
        """What the issuer code means, when known."""
        info = self.issuer_info
        return info.meaning if info is not None else None

    @property
    def level(self) -> Level | None:
        """central / province / district / commune / agency, when the issuer fixes it."""
        info = self.issuer_info
        return info.level if info is not None else None

    def _key(self) -> tuple[object, ...]:
        return (self.system, self.number_value, self.year, self.type, self.issuer_parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocumentCode) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.canonical

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description of every part and its looked-up meaning."""
        def meaning(m: Meaning | None) -> dict[str, str] | None:
            return {"vi": m.vi, "en": m.en} if m is not None else None

        return {
            "canonical": self.canonical, "system": self.system, "number": self.number,
            "number_value": self.number_value, "year": self.year, "type": self.type,
            "type_meaning": meaning(self.type_meaning), "issuer": self.issuer,
            "issuer_parts": list(self.issuer_parts), "issuer_meaning": meaning(self.issuer_meaning),
            "level": self.level,
        }


def parse(text: str) -> DocumentCode:
    """Parse a party (`12-NQ/HU`) or state (`19/2025/QĐ-TTg`) document number, normalising it first.

    Raises DocumentCodeError naming the wrong part.
    """
    code = normalise(text)
    if not code:
        raise DocumentCodeError("empty document code")
    unnumbered = _UNNUMBERED.fullmatch(code)
    if unnumbered:
        return _party("", code, code)
    match = re.search(r"[-/]", code)
    if match is None:
        raise DocumentCodeError(
            f"no '-' or '/' in {code!r}: expected N-TYPE/ISSUER (party) or N/[YYYY/]TYPE-ISSUER (state)")
    number = _number(code[: match.start()], match.group(), code)
    if match.group() == "-":
        return _party(number, code[match.end():], code)
    return _state(number, code[match.end():], code)


# A congress's resolution is cited by the congress and its term, often with no number: `NQ/ĐH`.
_UNNUMBERED = re.compile(r"NQ/ĐH", re.IGNORECASE)


def _number(written: str, separator: str, code: str) -> str:
    if not written:
        raise DocumentCodeError(f"missing number before '{separator}' in {code!r}")
    if not _DIGITS.fullmatch(written):
        raise DocumentCodeError(f"number {written!r} is not digits in {code!r}")
    if len(written) > MAX_NUMBER_DIGITS:
        raise DocumentCodeError(f"number {written!r} has more than {MAX_NUMBER_DIGITS} digits in {code!r}")
    return written


def _party(number: str, rest: str, code: str) -> DocumentCode:
    written_type, slash, issuer = rest.partition("/")
    if not written_type:
        raise DocumentCodeError(f"missing document type after '-' in {code!r}")
    if not slash:
        raise DocumentCodeError(f"missing '/' and issuer after type {written_type!r} in {code!r}")
    kind = codes.canonical_type(written_type)
    if kind is None or codes.TYPES[kind].party is None:
        raise DocumentCodeError(f"unknown document type {written_type!r} in {code!r}")
    if not issuer:
        raise DocumentCodeError(f"missing issuer after '/' in {code!r}")
    if not _LETTERS.fullmatch(issuer):
        raise DocumentCodeError(f"party issuer {issuer!r} must be letters only in {code!r}")
    canonical_issuer = codes.canonical_party_issuer(issuer)
    if canonical_issuer is None:
        raise DocumentCodeError(f"unknown party issuer {issuer!r} in {code!r}")
    return DocumentCode(number, None, kind, canonical_issuer, (canonical_issuer,), "party")


def _state(number: str, rest: str, code: str) -> DocumentCode:
    year: int | None = None
    head, slash, tail = rest.partition("/")
    if slash:
        year, rest = _year(head, code), tail
    if not rest:
        raise DocumentCodeError(f"missing issuer after '/' in {code!r}")
    if "/" in rest:
        raise DocumentCodeError(f"too many '/' in {code!r}: expected N/[YYYY/]TYPE-ISSUER")
    parts = rest.split("-")
    if "" in parts:
        raise DocumentCodeError(f"empty part between '-' in {rest!r} of {code!r}")
    kind = codes.canonical_type(parts[0])
    if kind is not None and codes.TYPES[kind].state is not None:
        parts = parts[1:]
        if not parts:
            raise DocumentCodeError(f"missing issuer after type {kind!r} in {code!r}")
    else:
        kind = None
        if year is not None:
            _check_typeless_with_year(parts, code)
    issuer_parts = tuple(_state_part(part, code) for part in parts)
    return DocumentCode(number, year, kind, "-".join(issuer_parts), issuer_parts, "state")


def _year(written: str, code: str) -> int:
    if not (len(written) == 4 and _DIGITS.fullmatch(written)):
        raise DocumentCodeError(f"year {written!r} is not four digits in {code!r}")
    year = int(written)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DocumentCodeError(f"year {year} is not between {MIN_YEAR} and {MAX_YEAR} in {code!r}")
    return year


def _check_typeless_with_year(parts: list[str], code: str) -> None:
    # A code with a year is a legal (normative) document; only laws, ordinances and resolutions of the
    # National Assembly and its Standing Committee omit the type. Otherwise the type is unknown or misspelt.
    if len(parts) > 1:
        raise DocumentCodeError(f"unknown document type {parts[0]!r} in {code!r}")
    issuer = codes.canonical_state_issuer(parts[0])
    if issuer is None or not issuer.startswith(("QH", "UBTVQH")):
        raise DocumentCodeError(
            f"issuer {parts[0]!r} in {code!r}: a code with a year and no type must be issued by the "
            "National Assembly (QHnn) or its Standing Committee (UBTVQHnn)")


def _state_part(part: str, code: str) -> str:
    known = codes.canonical_state_issuer(part)
    if known is not None:
        return known
    # Departments and drafting units are open-ended (`XD&KTVBQPPL`), so unknown parts are kept as written, but
    # they must look like an abbreviation: letters (and digits or '&'), starting with a capital letter.
    if not _PART.fullmatch(part) or not _LETTERS.match(part):
        raise DocumentCodeError(f"issuer {part!r} is not an abbreviation (letters, digits, '&') in {code!r}")
    if not part[0].isupper():
        raise DocumentCodeError(f"unknown issuer {part!r} does not start with a capital letter in {code!r}")
    return part

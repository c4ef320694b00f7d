"""Identities of documents: what makes two references point at the same document.

Party numbers restart at 01 for each type at the start of each committee term, and the code does not say which
committee (every district committee writes `HU`), so a party document is identified by
(issuing organisation, term, type, number). State numbers carry the issuing body in full; normative documents
carry their year, and the others restart numbering each calendar year, so a state document is identified by
its canonical code plus the year of issue.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from chitieu.core.documents.grammar import DocumentCode, DocumentCodeError

_TERM_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


class PartyIdentity(NamedTuple):
    """(issuing organisation, term, type, number); the organisation is (issuing unit code, issuer code)."""

    organisation: tuple[str, str]
    term: str
    type: str
    number: int


class StateIdentity(NamedTuple):
    """The canonical code (number without leading zeros) and the year of issue (None when not known)."""

    canonical: str
    year: int | None


def party_identity(code: DocumentCode, issuing_unit_code: str | None, term: str) -> PartyIdentity:
    """Identity of a party document issued by the committee of `issuing_unit_code` during `term`.

    `term` is written like "2020-2025". Central documents (`…/TW`) need no unit code; every other committee
    does, since `HU` alone names no district.
    """
    if code.system != "party" or code.type is None:
        raise DocumentCodeError(f"party_identity needs a party document, got state code {code.canonical!r}")
    term = " ".join(_TERM_DASH.sub("-", term).split())
    if not term:
        raise DocumentCodeError(f"missing term for party document {code.canonical!r}")
    unit = (issuing_unit_code or "").strip()
    if not unit:
        if code.level != "central":
            raise DocumentCodeError(f"missing issuing unit code for party document {code.canonical!r}")
        unit = "VN"
    return PartyIdentity((unit, code.issuer), term, code.type, code.number_value)


def state_identity(code: DocumentCode, issued_year: int | None = None) -> StateIdentity:
    """Identity of a state document: its canonical code and year (from the code, else `issued_year`)."""
    if code.system != "state":
        raise DocumentCodeError(f"state_identity needs a state document, got party code {code.canonical!r}")
    if code.year is not None and issued_year is not None and issued_year != code.year:
        raise DocumentCodeError(f"issued year {issued_year} contradicts the year in {code.canonical!r}")
    canonical = code.canonical.replace(code.number, str(code.number_value), 1)
    return StateIdentity(canonical, code.year if code.year is not None else issued_year)

"""Look up the indicators and documents an import row refers to, once per file."""

from __future__ import annotations

from typing import Any

from chitieu.core.documents import DocumentCodeError, parse
from chitieu.tracking.importing.cells import CellError, text
from chitieu.tracking.models import Document, Indicator


class Indicators:
    """The catalogue by code, loaded once."""

    def __init__(self) -> None:
        self._by_code = {i.code: i for i in Indicator.objects.all()}

    def resolve(self, code: str) -> Indicator:
        """The indicator with this code; CellError when the catalogue has none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise CellError(f"unknown indicator {code!r}: import it first (indicators file)") from None


def _term_covers(term: str, year: int) -> bool:
    first, _, last = term.partition("-")
    return first.isdigit() and last.isdigit() and int(first) <= year <= int(last)


class Documents:
    """Documents by (code, issuing unit code), narrowed by term when a district reused a number."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, int], Document] = {}

    def resolve(self, written: str, issuer: Any, year: int) -> Document:
        """The document ``written`` issued by unit ``issuer`` (any, when blank) whose term covers ``year``."""
        issuer_code = text(issuer)
        key = (written, issuer_code, year)
        if key not in self._cache:
            self._cache[key] = self._find(written, issuer_code, year)
        return self._cache[key]

    def _find(self, written: str, issuer_code: str, year: int) -> Document:
        try:
            code = parse(written)
        except DocumentCodeError as error:
            raise CellError(str(error)) from error
        found = Document.objects.filter(
            system=code.system,
            issuer_code=code.issuer,
            doc_type=code.type or "",
            number=str(code.number_value),
        ).select_related("issuer_unit")
        if code.year is not None:
            found = found.filter(year=code.year)
        if issuer_code:
            found = found.filter(issuer_unit__code=issuer_code)
        matches = list(found)
        if len(matches) > 1:
            matches = [d for d in matches if _term_covers(d.term, year)] or matches
        if len(matches) == 1:
            return matches[0]
        by = f" issued by unit {issuer_code!r}" if issuer_code else ""
        if not matches:
            raise CellError(f"unknown document {code.canonical!r}{by}: import it first (documents file)")
        issuers = ", ".join(
            sorted({f"{d.issuer_unit.code if d.issuer_unit else '-'} {d.term}" for d in matches})
        )
        raise CellError(
            f"{len(matches)} documents {code.canonical!r}{by} match (issuer and term: {issuers}): "
            "give document_issuer_unit"
        )

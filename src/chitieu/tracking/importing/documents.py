"""The documents format: one row per document; blank descriptive cells leave stored values as they are."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from chitieu.core.documents import DocumentCode
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.documents import (
    DocumentSpec,
    do_create_document,
    do_update_document,
    document_problems,
    find_document,
    identity_of,
    parse_code,
)
from chitieu.tracking.actions.observations import Outcome
from chitieu.tracking.importing.cells import day, text
from chitieu.tracking.importing.formats import Format, RowReader
from chitieu.tracking.importing.table import Table
from chitieu.tracking.importing.units import UnitResolver


@dataclass(frozen=True, slots=True)
class DocumentRow:
    spec: DocumentSpec
    code: DocumentCode


class DocumentFormat(Format[DocumentRow]):
    kind = "documents"
    required = ("code",)
    optional = ("issuer_unit", "unit_as_of", "term", "title", "date", "body")
    key_fields = ("code", "issuer_unit", "term")

    def begin(self, table: Table) -> None:
        self.units = UnitResolver(text(row.cells.get("issuer_unit")) for row in table.rows)

    def check(self, reader: RowReader) -> DocumentRow | None:
        written = reader.text("code", required=True)
        code, problems = parse_code(written) if written else (None, [])
        reader.add(problems)
        issued = reader.get("date", day)
        as_of = reader.get("unit_as_of", day) or issued
        issuer = None
        if reader.text("issuer_unit"):
            issuer = reader.get("issuer_unit", lambda raw: self.units.resolve(raw, as_of))
        spec = DocumentSpec(
            code=written,
            issuer_unit=issuer,
            term=reader.text("term"),
            title=reader.text("title"),
            date=issued,
            body=reader.text("body"),
        )
        if code is not None and reader.ok:
            reader.add(document_problems(spec, code))
        return DocumentRow(spec, code) if reader.ok and code is not None else None

    def key(self, item: DocumentRow) -> Hashable:
        return identity_of(item.spec, item.code)

    def write(self, actor: Actor, item: DocumentRow, source: str, reason: str) -> Outcome:
        existing = find_document(item.spec, item.code)
        if existing is None:
            do_create_document(actor, item.spec, reason=reason)
            return Outcome.CREATED
        given = {name: getattr(item.spec, name) for name in ("title", "date", "body")}
        changes = {name: value for name, value in given.items() if value not in ("", None)}
        if all(getattr(existing, name) == value for name, value in changes.items()):
            return Outcome.UNCHANGED
        do_update_document(actor, existing, reason=reason, **changes)
        return Outcome.REVISED

"""Actions on documents: create (the code is parsed by the core grammar) and update the descriptive fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from chitieu.core.documents import DocumentCode, DocumentCodeError, parse
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import ActionError, AlreadyExists, Problem, refuse
from chitieu.tracking.models import Document, Unit

TERM_PATTERN = re.compile(r"^(\d{4})-(\d{4})$")
EDITABLE = ("title", "date", "body")


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """A document as written by a user: its code as printed, the issuing unit, term and descriptive fields."""

    code: str
    issuer_unit: Unit | None = None
    term: str = ""
    title: str = ""
    date: date | None = None
    body: str = ""


@dataclass(frozen=True, slots=True)
class Identity:
    """What tells one document from another (see ``chitieu.core.documents.identity``).

    Party numbers restart each committee term and ``HU`` names no particular district, so a party document
    is (issuer unit, issuer code, term, type, number); a state document is (issuer unit, issuer code, type,
    number, year), the unit telling apart the many ``…/QĐ-UBND`` of different provinces.
    """

    system: str
    issuer_unit: Unit | None
    issuer_code: str
    doc_type: str
    number: str
    term: str
    year: int | None

    def lookup(self) -> dict[str, object]:
        """The ORM filter that finds the document with this identity."""
        found: dict[str, object] = {
            "system": self.system,
            "issuer_unit": self.issuer_unit,
            "issuer_code": self.issuer_code,
            "doc_type": self.doc_type,
            "number": self.number,
        }
        if self.system == Document.System.PARTY:
            found["term"] = self.term
        else:
            found["year"] = self.year
        return found


def parse_code(text: str) -> tuple[DocumentCode | None, list[Problem]]:
    """The parsed code, or the problem with it (the core's message names the wrong part)."""
    try:
        return parse(text), []
    except DocumentCodeError as error:
        return None, [Problem("code", str(error))]


def document_problems(spec: DocumentSpec, code: DocumentCode) -> list[Problem]:
    """What is missing or contradictory in a document whose code parsed as ``code``."""
    problems: list[Problem] = []
    if spec.term and not _valid_term(spec.term):
        problems.append(Problem("term", f"{spec.term!r} is not a term: write YYYY-YYYY, e.g. 2020-2025"))
    if code.system == Document.System.PARTY:
        if not spec.term:
            problems.append(
                Problem(
                    "term",
                    f"party document {code.canonical} needs its committee term, "
                    "e.g. 2020-2025 (party numbers restart each term)",
                )
            )
        if spec.issuer_unit is None and code.level != "central":
            problems.append(
                Problem(
                    "issuer_unit",
                    f"party document {code.canonical} needs the unit whose "
                    f"committee issued it ({code.issuer} names no single unit)",
                )
            )
    elif code.year is not None and spec.date is not None and spec.date.year != code.year:
        problems.append(
            Problem(
                "date",
                f"{spec.date.isoformat()} is not in {code.year}, the year in the code {code.canonical}",
            )
        )
    return problems


def _valid_term(term: str) -> bool:
    found = TERM_PATTERN.match(term)
    return found is not None and int(found[1]) < int(found[2])


def identity_of(spec: DocumentSpec, code: DocumentCode) -> Identity:
    """The identity the document described by ``spec`` would have."""
    party = code.system == Document.System.PARTY
    year = code.year if code.year is not None else (spec.date.year if spec.date else None)
    return Identity(
        system=code.system,
        issuer_unit=spec.issuer_unit,
        issuer_code=code.issuer,
        doc_type=code.type or "",
        number=str(code.number_value),
        term=spec.term if party else "",
        year=year,
    )


def find_document(spec: DocumentSpec, code: DocumentCode) -> Document | None:
    """The stored document with the identity ``spec`` describes, if any."""
    return Document.objects.filter(**identity_of(spec, code).lookup()).first()


@transaction.atomic
def do_create_document(actor: Actor, spec: DocumentSpec, *, reason: str = "") -> Document:
    """Store a document, its code parsed and normalised; refuse a second document with the same identity."""
    code, problems = parse_code(spec.code)
    if code is None:
        raise ActionError(problems)
    refuse(document_problems(spec, code))
    if find_document(spec, code) is not None:
        raise AlreadyExists(Problem("code", f"document {code.canonical} already exists for this issuer"))
    identity = identity_of(spec, code)
    document = Document.objects.create(
        code=code.canonical,
        system=identity.system,
        number=identity.number,
        doc_type=identity.doc_type,
        issuer_code=identity.issuer_code,
        year=identity.year,
        term=spec.term,
        issuer_unit=spec.issuer_unit,
        title=spec.title,
        date=spec.date,
        body=spec.body,
    )
    audit.record(actor, document, "create", None, reason)
    return document


@transaction.atomic
def do_update_document(actor: Actor, document: Document, *, reason: str = "", **changes: object) -> Document:
    """Change the title, date or body of a document; its identity (code, issuer, term) cannot change."""
    fixed = sorted(set(changes) - set(EDITABLE))
    if fixed:
        raise ActionError(
            [
                Problem(name, "cannot be changed: it is part of the document's identity or not a field")
                for name in fixed
            ]
        )
    document = Document.objects.select_for_update().get(pk=document.pk)
    changed = {name: value for name, value in changes.items() if getattr(document, name) != value}
    if not changed:
        return document
    new_date = changed.get("date", document.date)
    if document.system == Document.System.STATE and isinstance(new_date, date):
        spec = DocumentSpec(code=document.code, date=new_date)
        refuse(document_problems(spec, parse(document.code)))
    audit.save_changes(actor, document, changed, reason=reason)
    return document

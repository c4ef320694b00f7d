"""Ingesting a report: read it, run the extractor, and keep every fact found for review.

Nothing reaches the ledger here: facts wait as ``pending`` until a reviewer accepts them (``actions.review``).
A report is identified by the SHA-256 of its text, so ingesting the same text again returns the stored report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from chitieu.core.extraction.model import Extraction
from chitieu.core.extraction.readers import ReaderError, read_document
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import ActionError, Problem
from chitieu.tracking.models import AuditEntry, Fact, Report, Unit

#: ``extractor(text, language)``: the extraction library's ``extract`` unless a caller passes another.
Extractor = Callable[[str, str | None], Extraction]


def _extract(text: str, language: str | None) -> Extraction:
    from chitieu.core.extraction import extract  # the library is large: load it when a report arrives

    return extract(text, language)


def text_hash(text: str) -> str:
    """The identity of a report: the SHA-256 of its text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _source(text: str | None, path: Path | str | None) -> tuple[str, str]:
    """The report's text and file name, from exactly one of ``text`` and ``path``."""
    if (text is None) == (path is None):
        raise ActionError(Problem("text", "give either the text of the report or the path of its file"))
    if path is not None:
        try:
            source = read_document(Path(path))
        except ReaderError as error:
            raise ActionError(Problem("file", str(error))) from error
        return source.text, source.path.name
    assert text is not None
    if not text.strip():
        raise ActionError(Problem("text", "the report is empty"))
    return text, ""


def fact_rows(extraction: Extraction) -> list[dict[str, Any]]:
    """The facts of an extraction as field values of :class:`Fact`, in the order of the text."""
    rows: list[dict[str, Any]] = []
    for quantity in extraction.quantities:
        rows.append(dict(kind=Fact.Kind.QUANTITY, start=quantity.start, end=quantity.end, text=quantity.text,
                         extracted=quantity.to_json()))
    for ref in extraction.doc_refs:
        rows.append(dict(kind=Fact.Kind.DOC_REF, start=ref.start, end=ref.end,
                         text=ref.code or ref.title or ref.number or "", extracted=ref.to_json()))
    for person in extraction.people:
        rows.append(dict(kind=Fact.Kind.PERSON, start=person.start, end=person.end, text=person.name,
                         extracted=person.to_json()))
    rows.sort(key=lambda row: (row["start"] is None, row["start"] or 0, row["end"] or 0))
    return rows


@transaction.atomic
def do_ingest_report(
    actor: Actor,
    *,
    text: str | None = None,
    path: Path | str | None = None,
    unit: Unit | None = None,
    title: str = "",
    language: str | None = None,
    as_of: date | None = None,
    extractor: Extractor | None = None,
) -> tuple[Report, bool]:
    """Store a report (given as ``text`` or as the ``path`` of a .txt/.html/.docx/.pdf file) with every fact
    the extractor finds, each pending review. ``unit`` is the default subject of its figures; ``as_of`` the
    date on which unit codes are read (default: the day of review).

    Returns ``(report, created)``: a report whose text is already stored is returned as it is, with
    ``created`` False, and nothing is written. Raises :class:`ActionError` naming the file or field at fault.
    """
    text, file_name = _source(text, path)
    sha256 = text_hash(text)
    found = Report.objects.filter(sha256=sha256).first()
    if found is not None:
        return found, False
    try:
        extraction = (extractor or _extract)(text, language or None)
    except ValueError as error:  # an unknown language code, or text the extractor refuses
        raise ActionError(Problem("language", str(error))) from error
    report = Report.objects.create(
        title=title.strip() or file_name,
        file_name=file_name,
        text=text,
        language=extraction.language,
        sha256=sha256,
        unit=unit,
        as_of=as_of,
        extractor_version=extraction.extractor_version,
        created_by=actor.user,
        created_by_name=actor.name,
        created_at=timezone.now(),
    )
    _record_ingest(actor, report, f"{file_name or 'pasted text'}: {_counts(extraction)}")
    for row in fact_rows(extraction):
        fact = Fact.objects.create(report=report, **row)
        audit.record(actor, fact, "extract", None)
    return report, True


def _record_ingest(actor: Actor, report: Report, reason: str) -> AuditEntry:
    """The audit entry of a new report; the text is named by its size and hash, not copied into the trail."""
    after = audit.snapshot(report)
    after["text"] = f"{len(report.text)} characters, sha256 {report.sha256}"
    return audit.entry(actor, "report", report.pk, "ingest", None, after, reason, at=report.created_at)


def _counts(extraction: Extraction) -> str:
    return (
        f"{len(extraction.quantities)} quantities, {len(extraction.doc_refs)} document references, "
        f"{len(extraction.people)} people"
    )

"""Read models for the document and target pages: what a page shows, fetched in a bounded number of queries.

Unit-tree reads live in :mod:`chitieu.tracking.queries`; this module adds documents, targets, their
assessments, observations and history. Every function takes the date it answers for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, Q, QuerySet

from chitieu.core.documents import DocumentCodeError, parse
from chitieu.core.status.model import Assessment, Status
from chitieu.core.status.summary import Summary, summarise
from chitieu.tracking import queries
from chitieu.tracking.adapters import core_observation
from chitieu.tracking.assessment import assess_target, assess_targets, document_targets
from chitieu.tracking.models import (
    AuditEntry,
    Document,
    Lineage,
    Observation,
    ObservationRevision,
    Target,
    Unit,
)

_DONE = (Status.EXCEEDED, Status.ACHIEVED)


@dataclass(frozen=True)
class AssessedTarget:
    """A target with its assessment and the share of the way to it covered so far (None when unknown)."""

    target: Target
    assessment: Assessment
    progress: float | None


def progress_share(assessment: Assessment) -> float | None:
    """How far along the target is, 0..1, read from the engine's numbers (for progress bars)."""
    numbers = assessment.numbers
    if assessment.computed_status in _DONE:
        return 1.0
    if "p" in numbers:  # flow: the year-to-date share of the period target
        share = numbers["p"]
    elif {"y", "y0", "T"} <= numbers.keys() and numbers["T"] != numbers["y0"]:
        share = (numbers["y"] - numbers["y0"]) / (numbers["T"] - numbers["y0"])
    elif "R" in numbers:  # growth: achieved rate over the rate targeted
        share = numbers["R"]
    elif "n" in numbers and "breaches" in numbers and numbers["n"]:
        share = 1 - numbers["breaches"] / numbers["n"]
    else:
        return None
    return min(1.0, max(0.0, share))


def _assessed(targets: list[Target], as_of: date) -> list[AssessedTarget]:
    assessed = assess_targets(targets, as_of)
    return [AssessedTarget(t, assessed[t.pk], progress_share(assessed[t.pk])) for t in targets]


@dataclass(frozen=True)
class UnitReport:
    unit: Unit
    ancestors: list[Unit]
    children: list[Unit]
    lineage: queries.LineageView
    documents: list[Document]
    targets: list[AssessedTarget]


def unit_report(code: str, as_of: date) -> UnitReport:
    """Everything the unit page shows (raises :class:`queries.UnitNotFound`), in a fixed number of queries."""
    unit = queries.unit_by_code(code, as_of)
    targets = list(
        Target.objects.filter(unit=unit)
        .select_related("indicator", "unit", "document")
        .order_by("document", "label")
    )
    return UnitReport(
        unit=unit,
        ancestors=queries.ancestors(unit),
        children=list(queries.children_of(unit)),
        lineage=queries.lineage_of(unit),
        documents=list(Document.objects.filter(issuer_unit=unit).order_by("-date", "code")),
        targets=_assessed(targets, as_of),
    )


def provinces(as_of: date) -> QuerySet[Unit]:
    """The provinces in force on ``as_of`` (the root of the tree), by name."""
    return queries.units_as_of(as_of, "province").order_by("name")


def counterpart(report: UnitReport, as_of: date) -> Unit | None:
    """The unit to show when the page switches to ``as_of``: itself if in force, else a lineage partner."""
    unit = report.unit
    if queries.in_force(unit, as_of):
        return unit
    edges: list[Lineage] = report.lineage.successors + report.lineage.predecessors
    for edge in edges:  # successors come default-first
        other = edge.new if edge.old_id == unit.pk else edge.old
        if queries.in_force(other, as_of):
            return other
    return None


@dataclass(frozen=True)
class DocumentReport:
    document: Document
    targets: list[AssessedTarget]
    summary: Summary


def document_report(document_id: int, as_of: date) -> DocumentReport:
    """The document, its assessed targets and their summary; raises ``Document.DoesNotExist``."""
    document = Document.objects.select_related("issuer_unit").get(pk=document_id)
    targets = _assessed(list(document_targets(document)), as_of)
    return DocumentReport(document, targets, summarise(t.assessment.status for t in targets))


@dataclass(frozen=True)
class TargetReport:
    target: Target
    assessment: Assessment
    progress: float | None
    observations: list[Observation]
    revisions: list[ObservationRevision]
    audit: list[AuditEntry]


def target_report(target_id: int, as_of: date) -> TargetReport:
    """The target, its observations up to ``as_of`` and their revisions, its assessment and audit trail."""
    target = Target.objects.select_related("indicator", "unit__parent", "document").get(pk=target_id)
    observations = list(
        Observation.objects.filter(
            indicator_id=target.indicator_id, unit_id=target.unit_id, period_end__lte=as_of
        )
        .prefetch_related(Prefetch("revisions", queryset=ObservationRevision.objects.order_by("number")))
        .order_by("period_end", "period_start")
    )
    assessment = assess_target(target, as_of, [core_observation(o) for o in observations])
    revisions = [r for o in observations for r in o.revisions.all()]
    audit = AuditEntry.objects.filter(
        Q(object_type="target", object_id=target.pk)
        | Q(object_type="observation", object_id__in=[o.pk for o in observations])
    ).order_by("at", "id")
    return TargetReport(target, assessment, progress_share(assessment), observations, revisions, list(audit))


def search_documents(text: str, limit: int = 50) -> list[Document]:
    """Documents whose code matches ``text``: its canonical spelling when it parses, or a substring."""
    text = text.strip()
    if not text:
        return []
    try:
        condition = Q(code=parse(text).canonical) | Q(code__icontains=text)
    except DocumentCodeError:
        condition = Q(code__icontains=text)
    return list(
        Document.objects.filter(condition).select_related("issuer_unit").order_by("-date", "code")[:limit]
    )

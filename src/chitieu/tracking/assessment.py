"""Assess stored targets with the core status engine: fetch, adapt, assess, apply the manual override.

Observations for many targets are fetched in one query (pages list dozens of targets; no N+1).

Which figures count: approved ones; with ``include_submitted`` also those submitted and waiting for approval
(a preview of what the status will be). Drafts and reopened figures never count (docs/workflow.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from django.conf import settings
from django.db.models import QuerySet

from chitieu.core.documents import DocumentCodeError, parse
from chitieu.core.status import engine
from chitieu.core.status.model import Assessment, Status
from chitieu.core.status.model import Observation as CoreObservation
from chitieu.core.status.override import apply_override
from chitieu.core.status.settings import Thresholds
from chitieu.core.status.summary import Summary, summarise
from chitieu.tracking.adapters import core_observation, target_spec
from chitieu.tracking.models import Document, Observation, Target


class DocumentNotFound(LookupError):
    """No document in the database has this code."""


class AmbiguousDocument(ValueError):
    """Several documents share a code (``12-NQ/HU`` of two districts); the message lists their issuers."""


def counted_states(include_submitted: bool = False) -> tuple[str, ...]:
    """The approval states whose figures the statuses and roll-ups use."""
    State = Observation.State
    return (State.APPROVED, State.SUBMITTED) if include_submitted else (State.APPROVED,)


def counted(rows: QuerySet[Observation], include_submitted: bool = False) -> QuerySet[Observation]:
    """``rows`` limited to the figures that count (approved; with ``include_submitted`` also submitted)."""
    return rows.filter(state__in=counted_states(include_submitted))


def thresholds() -> Thresholds:
    """The status thresholds of this instance (``CHITIEU_STATUS_THRESHOLDS``; defaults in the core)."""
    return Thresholds(**settings.CHITIEU_STATUS_THRESHOLDS)


def with_override(target: Target, assessment: Assessment) -> Assessment:
    """The assessment with the target's manual override (status and reason) applied, if it has one."""
    if not target.override_status:
        return assessment
    return apply_override(assessment, Status(target.override_status), target.override_reason)


def assess_target(
    target: Target,
    as_of: date,
    observations: Sequence[CoreObservation] | None = None,
    *,
    include_submitted: bool = False,
) -> Assessment:
    """The status of one target on ``as_of``, with its manual override applied.

    ``observations`` (core observations) may be given to avoid a query; by default the figures that count are
    read (approved ones; with ``include_submitted`` also submitted ones).
    """
    if observations is None:
        rows = counted(
            Observation.objects.filter(indicator_id=target.indicator_id, unit_id=target.unit_id), include_submitted
        )
        observations = [core_observation(row) for row in rows.order_by("period_end", "period_start")]
    return with_override(target, engine.assess(target_spec(target), observations, as_of, thresholds()))


def observations_for(
    targets: Iterable[Target], *, include_submitted: bool = False
) -> dict[tuple[int, int], list[CoreObservation]]:
    """The core observations that count for every (indicator, unit) pair of ``targets``, read in one query."""
    pairs = {(t.indicator_id, t.unit_id) for t in targets}
    found: dict[tuple[int, int], list[CoreObservation]] = defaultdict(list)
    if not pairs:
        return found
    rows = (
        counted(
            Observation.objects.filter(indicator_id__in={i for i, _ in pairs}, unit_id__in={u for _, u in pairs}),
            include_submitted,
        )
        .order_by("period_end", "period_start")
        .values_list("indicator_id", "unit_id", "period_start", "period_end", "value")
    )
    for indicator_id, unit_id, start, end, value in rows:
        if (indicator_id, unit_id) in pairs:  # the IN × IN filter may bring a few pairs nobody asked for
            found[(indicator_id, unit_id)].append(CoreObservation(start=start, end=end, value=value))
    return found


def assess_targets(
    targets: Iterable[Target], as_of: date, *, include_submitted: bool = False
) -> dict[int, Assessment]:
    """Assess many targets (their indicators loaded, e.g. ``select_related("indicator")``) with one query."""
    targets = list(targets)
    observed = observations_for(targets, include_submitted=include_submitted)
    return {t.pk: assess_target(t, as_of, observed.get((t.indicator_id, t.unit_id), [])) for t in targets}


def document_targets(document: Document) -> QuerySet[Target]:
    """The document's targets in document order, with what the pages and the engine read."""
    return document.targets.select_related("indicator", "unit").order_by("label", "id")


def find_document(code: str) -> Document:
    """The one document with ``code``, written any way the grammar reads (``12 -NQ/HU``, ``Số 12-NQ/HU``)."""
    try:
        canonical = parse(code).canonical
    except DocumentCodeError:
        canonical = code.strip()
    found = list(Document.objects.filter(code__in={canonical, code.strip()}).select_related("issuer_unit"))
    if not found:
        raise DocumentNotFound(f"no document has code {code!r}")
    if len(found) > 1:
        issuers = ", ".join(sorted(str(d.issuer_unit or d.issuer_code) for d in found))
        raise AmbiguousDocument(f"{len(found)} documents have code {code!r}: issued by {issuers}")
    return found[0]


def target_label(target: Target) -> str:
    """How a target is named in lists: its numbering in the document and its indicator code."""
    return f"{target.label} {target.indicator.code}".strip()


def assess_document(
    code: str, as_of: date, *, include_submitted: bool = False
) -> list[tuple[str, Assessment]]:
    """(label, assessment) for each target of the document with ``code``, in document order."""
    targets = list(document_targets(find_document(code)))
    assessed = assess_targets(targets, as_of, include_submitted=include_submitted)
    return [(target_label(t), assessed[t.pk]) for t in targets]


def document_summary(document: Document, as_of: date, *, include_submitted: bool = False) -> Summary:
    """The counts per status and the three buckets of a document's targets on ``as_of``."""
    assessed = assess_targets(document_targets(document), as_of, include_submitted=include_submitted)
    return summarise(a.status for a in assessed.values())

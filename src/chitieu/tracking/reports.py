"""Read models for the document and target pages: what a page shows, fetched in a bounded number of queries.

Unit-tree reads live in :mod:`chitieu.tracking.queries`; this module adds documents, targets, their
assessments, observations and history. Every function takes the date it answers for; statuses use the approved
figures, and with ``include_submitted`` also the submitted ones (``assessment.counted``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy, pgettext_lazy

from chitieu.core.documents import DocumentCodeError, parse
from chitieu.core.status.model import Assessment, Status
from chitieu.core.status.summary import Summary, summarise
from chitieu.tracking import queries
from chitieu.tracking.actions import audit
from chitieu.tracking.adapters import core_observation
from chitieu.tracking.assessment import assess_target, assess_targets, counted_states, document_targets
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


def _assessed(targets: list[Target], as_of: date, include_submitted: bool) -> list[AssessedTarget]:
    assessed = assess_targets(targets, as_of, include_submitted=include_submitted)
    return [AssessedTarget(t, assessed[t.pk], progress_share(assessed[t.pk])) for t in targets]


@dataclass(frozen=True)
class UnitReport:
    unit: Unit
    ancestors: list[Unit]
    children: list[Unit]
    lineage: queries.LineageView
    documents: list[Document]
    targets: list[AssessedTarget]


def unit_report(
    code: str, as_of: date, *, include_submitted: bool = False, unit: Unit | None = None
) -> UnitReport:
    """Everything the unit page shows (raises :class:`queries.UnitNotFound`), in a fixed number of queries.
    ``unit``, when the caller has read it already (with ``parent__parent``), saves reading it again."""
    unit = unit if unit is not None else queries.unit_by_code(code, as_of)
    targets = list(
        Target.objects.filter(unit=unit)
        .select_related("indicator", "unit", "document")
        .order_by("document", "label", "id")
    )
    return UnitReport(
        unit=unit,
        ancestors=queries.ancestors(unit),
        children=list(queries.children_of(unit)),
        lineage=queries.lineage_of(unit),
        documents=list(Document.objects.filter(issuer_unit=unit).order_by("-date", "code")),
        targets=_assessed(targets, as_of, include_submitted),
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


def document_report(document_id: int, as_of: date, *, include_submitted: bool = False) -> DocumentReport:
    """The document, its assessed targets and their summary; raises ``Document.DoesNotExist``."""
    document = Document.objects.select_related("issuer_unit").get(pk=document_id)
    targets = _assessed(list(document_targets(document)), as_of, include_submitted)
    return DocumentReport(document, targets, summarise(t.assessment.status for t in targets))


# --- the audit trail, as pages show it and as it is exported ---------------------------------------------------

ACTION_LABELS: dict[str, Any] = {
    "create": gettext_lazy("created"),
    "revise": gettext_lazy("revised"),
    "update": gettext_lazy("changed"),
    "submit": gettext_lazy("submitted"),
    "approve": gettext_lazy("approved"),
    "reopen": gettext_lazy("reopened"),
    "override_status": gettext_lazy("status set by hand"),
    "clear_override": gettext_lazy("status override cleared"),
    "override": gettext_lazy("status set by hand"),
    "grant": gettext_lazy("role granted"),
    "revoke": gettext_lazy("role revoked"),
}
# Bookkeeping that changes with every write and says nothing a reader needs.
_QUIET_FIELDS = frozenset({"version"})


@dataclass(frozen=True)
class Change:
    """One field an audited write changed: its label, the value before and the value after (None: absent)."""

    field: str
    label: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRow:
    """An audit entry as a page lists it: who, when, what (translated), the fields it changed, why, and how."""

    entry: AuditEntry
    action_label: str
    face_label: str
    object_label: str
    changes: list[Change]

    @property
    def created(self) -> bool:
        """Nothing before: the changes are the new object's values."""
        return self.entry.before is None

    @property
    def at(self) -> Any:
        return self.entry.at

    @property
    def actor(self) -> str:
        return self.entry.actor

    @property
    def action(self) -> str:
        return self.entry.action

    @property
    def object_type(self) -> str:
        return self.entry.object_type

    @property
    def reason(self) -> str:
        return self.entry.reason


def _model_of(object_type: str) -> type[Model] | None:
    for label in ("tracking", "accounts"):
        try:
            return apps.get_model(label, object_type)
        except LookupError:
            continue
    return None


def _field(model: type[Model] | None, name: str) -> Any:
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _shown(field: Any, value: Any) -> Any:
    """A stored value as a reader knows it: the label of a choice (``half`` → "half-year"), yes or no, else as
    stored."""
    if isinstance(value, bool):
        yes, no = pgettext_lazy("a true or false value", "yes"), pgettext_lazy("a true or false value", "no")
        return str(yes if value else no)
    choices = dict(field.flatchoices) if field is not None and field.choices else {}
    return str(choices[value]) if value in choices else value


def changes_of(entry: AuditEntry) -> list[Change]:
    """The fields whose value differs between the entry's before and after, in the order of the model's fields.

    A created object lists the fields that hold something; a deleted one, those it held. Links to other rows
    (``*_id``) and the version counter are left out: they say nothing a reader can check on the page.
    """
    before, after = entry.before or {}, entry.after or {}
    model = _model_of(entry.object_type)
    names = [*after, *(n for n in before if n not in after)]
    if model is not None:
        # The model's field order (audit.snapshot's): PostgreSQL's jsonb does not keep the order of the keys.
        order = {field.attname: i for i, field in enumerate(model._meta.concrete_fields)}
        names.sort(key=lambda name: order.get(name, len(order)))
    found = []
    for name in names:
        old, new = before.get(name), after.get(name)
        if name in _QUIET_FIELDS or name.endswith("_id") or old == new or (old in (None, "") and new in (None, "")):
            continue
        field = _field(model, name)
        label = str(field.verbose_name) if field is not None else name.replace("_", " ")
        found.append(Change(name, label, _shown(field, old), _shown(field, new)))
    return found


def audit_rows(entries: Iterable[AuditEntry]) -> list[AuditRow]:
    """The entries with their labels and changes worked out, ready for ``web/_audit.html``."""
    rows = []
    for entry in entries:
        model = _model_of(entry.object_type)
        face = AuditEntry.Face(entry.face).label if entry.face in AuditEntry.Face.values else entry.face
        rows.append(
            AuditRow(
                entry=entry,
                action_label=str(ACTION_LABELS.get(entry.action, entry.action)),
                face_label=str(face),
                object_label=str(model._meta.verbose_name) if model is not None else entry.object_type,
                changes=changes_of(entry),
            )
        )
    return rows


def object_history(obj: Model) -> list[AuditRow]:
    """The audit trail of one object, oldest first, as pages list it."""
    return audit_rows(audit.history(obj))


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def audit_entries(since: date, until: date | None = None) -> Iterator[AuditEntry]:
    """Every audit entry from the start of ``since`` to the end of ``until`` (days in the project's time zone),
    oldest first, streamed from the database in chunks (an export of years of history fits in little memory)."""
    rows = AuditEntry.objects.filter(at__gte=_day_start(since))
    if until is not None:
        rows = rows.filter(at__lt=_day_start(until + timedelta(days=1)))
    return rows.order_by("at", "id").iterator(chunk_size=2000)


EXPORT_FIELDS = (
    "id", "at", "actor", "user_id", "face", "object_type", "object_id", "action", "before", "after", "reason",
)


def audit_record(entry: AuditEntry) -> dict[str, Any]:
    """One entry as an export writes it: ``at`` in ISO 8601 with the project's UTC offset."""
    return {
        "id": entry.pk,
        "at": timezone.localtime(entry.at).isoformat(),
        "actor": entry.actor,
        "user_id": entry.user_id,
        "face": entry.face,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "action": entry.action,
        "before": entry.before,
        "after": entry.after,
        "reason": entry.reason,
    }


# --- targets ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetReport:
    """``observations`` are the figures that count (the engine's input); ``uncounted`` the other figures of the
    same indicator and unit up to the date (drafts, submitted, reopened): listed, never assessed."""

    target: Target
    assessment: Assessment
    progress: float | None
    observations: list[Observation]
    revisions: list[ObservationRevision]
    audit: list[AuditRow]
    uncounted: list[Observation] = field(default_factory=list)


def target_report(
    target_id: int, as_of: date, *, include_submitted: bool = False, with_uncounted: bool = False
) -> TargetReport:
    """The target, its observations up to ``as_of`` and their revisions, its assessment and its own audit trail
    (overrides, changes of its terms; each figure's trail is on the figure's page).

    The assessment uses the approved figures (and the submitted ones with ``include_submitted``). With
    ``with_uncounted`` the other figures are returned apart, in ``uncounted``: only for readers who may see
    figures in every state (``access.sees_history``), as drafts are not published.
    """
    target = Target.objects.select_related("indicator", "unit__parent", "document").get(pk=target_id)
    every = list(
        Observation.objects.filter(
            indicator_id=target.indicator_id, unit_id=target.unit_id, period_end__lte=as_of
        )
        .prefetch_related(Prefetch("revisions", queryset=ObservationRevision.objects.order_by("number")))
        .order_by("period_end", "period_start")
    )
    states = set(counted_states(include_submitted))
    observations = [o for o in every if o.state in states]
    assessment = assess_target(target, as_of, [core_observation(o) for o in observations])
    revisions = [r for o in every for r in o.revisions.all()]
    audit = object_history(target)  # the figures' own trails are on their pages
    uncounted = [o for o in every if o.state not in states] if with_uncounted else []
    return TargetReport(
        target, assessment, progress_share(assessment), observations, revisions, audit, uncounted
    )


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

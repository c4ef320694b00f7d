"""Reviewing the facts of a report: accept (as read, or corrected), or reject.

Accepting a quantity records an observation (``actual``; ``expected`` as an estimate) or creates a target
(``target``); accepting a document reference creates the document (or links the one already stored); accepting a
person marks it reviewed (the ledger keeps no people yet). Everything created points back to the report: the
observation's span and ``source_ref`` (report, characters, extractor version), and the fact's links.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from chitieu.core.documents import DocumentCode
from chitieu.core.extraction.model import ROLES
from chitieu.core.hierarchy.names import search_key
from chitieu.core.periods import Period, PeriodError
from chitieu.tracking import facts
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.documents import DocumentSpec, do_create_document, find_document, parse_code
from chitieu.tracking.actions.errors import ActionError, Problem
from chitieu.tracking.actions.observations import do_record_observation
from chitieu.tracking.actions.targets import TargetSpec, do_create_target, find_target
from chitieu.tracking.models import Document, Fact, Indicator, Observation, Report, Target, Unit
from chitieu.tracking.queries import UnitNotFound, unit_by_code, units_as_of

#: What a reviewer may correct, by kind of fact.
EDITABLE = {
    Fact.Kind.QUANTITY: ("value", "unit", "role", "is_change", "subject", "indicator", "period"),
    Fact.Kind.DOC_REF: ("code", "term", "issuer_unit", "date", "title"),
    Fact.Kind.PERSON: ("name", "org"),
}


class Unmappable(ActionError):
    """A fact that cannot be written to the ledger as it stands; ``problems`` say what the reviewer must supply."""


# --- edits --------------------------------------------------------------------------------------------------


def _number(text: Any) -> float:
    if isinstance(text, bool):
        raise ValueError
    if isinstance(text, int | float):
        value = float(text)
    else:
        written = str(text).strip().replace(" ", "").replace("_", "").replace("\u00a0", "")
        if "," in written:
            raise ValueError
        value = float(written)
    if not math.isfinite(value):
        raise ValueError
    return value


def _flag(text: Any) -> bool:
    if isinstance(text, bool):
        return text
    return str(text).strip().casefold() in ("1", "true", "on", "yes")


def _clean_one(name: str, value: Any) -> tuple[Any, str | None]:
    """The edited value read, or why it cannot be read."""
    if name == "value":
        try:
            return _number(value), None
        except (TypeError, ValueError):
            return None, f"{value!r} is not a number: write digits with a dot for decimals, e.g. 16.9"
    if name == "is_change":
        return _flag(value), None
    text = "" if value is None else str(value).strip()
    if name == "role" and text not in ROLES:
        return None, f"{text!r} is not a role: use one of {', '.join(ROLES)}"
    if name == "unit":
        try:
            facts.measure(text)
        except facts.UnitOfMeasureError as error:
            return None, str(error)
    if name == "period" and text:
        try:
            facts.read_period(text)
        except PeriodError as error:
            return None, str(error)
    if name == "date" and text:
        try:
            date.fromisoformat(text)
        except ValueError:
            return None, f"{text!r} is not a date: write YYYY-MM-DD"
    return text or None, None


def clean_edits(fact: Fact, edits: dict[str, Any] | None) -> dict[str, Any]:
    """The reviewer's corrections that change something, read and checked; raise :class:`ActionError` listing
    every field that is unknown or unreadable. A form that sends every field unchanged gives ``{}``.
    """
    allowed = EDITABLE[Fact.Kind(fact.kind)]
    unknown = sorted(set(edits or {}) - set(allowed))
    problems = [Problem(name, f"cannot be edited on a {fact.kind} fact") for name in unknown]
    cleaned: dict[str, Any] = {}
    for name, value in (edits or {}).items():
        if name not in allowed:
            continue
        read, problem = _clean_one(name, value)
        if problem:
            problems.append(Problem(name, problem))
        elif read != fact.extracted.get(name) and not (read is None and not fact.extracted.get(name)):
            cleaned[name] = read
    if problems:
        raise ActionError(problems)
    return cleaned


# --- subjects, documents ------------------------------------------------------------------------------------


def unit_for_subject(subject: str | None, report: Report, as_of: date) -> tuple[Unit | None, str | None]:
    """The unit a fact is about: a unit code, else a name ("Hai Ha district") matched among the units in force on
    ``as_of``, preferring the report's own unit and its province; none given means the report's unit.
    Returns the unit or why none could be chosen.
    """
    if not subject:
        if report.unit is not None:
            return report.unit, None
        return None, "the text names no subject and the report has no unit: give a unit code"
    try:
        return unit_by_code(subject, as_of), None
    except UnitNotFound:
        pass
    name, level = facts.subject_name(subject)
    key = search_key(name)
    if report.unit is not None and key and search_key(report.unit.short_name) == key:
        return report.unit, None
    levels = facts.LEVELS_OF.get(level, (level,)) if level else None
    found = [
        u for u in units_as_of(as_of).filter(search_key__endswith=key).select_related("parent__parent")
        if key and search_key(u.short_name) == key and (levels is None or u.level in levels)
    ]
    if len(found) > 1 and report.unit is not None:
        province = _province(report.unit)
        found = [u for u in found if _province(u) == province] or found
    if len(found) == 1:
        return found[0], None
    if not found:
        return None, f"{subject!r} is not an administrative unit on {as_of}: give a unit code"
    codes = ", ".join(f"{u.code} ({u.name})" for u in found[:5])
    return None, f"{subject!r} could be several units ({codes}): give a unit code"


def _province(unit: Unit) -> int | None:
    while unit.parent is not None:
        unit = unit.parent
    return unit.pk


def ref_code(fields: dict[str, Any]) -> str | None:
    """The code of a referenced document: as written, else composed from number, type and issuer ("57-NQ/TW")."""
    if fields.get("code"):
        return str(fields["code"])
    if fields.get("number") and fields.get("type") and fields.get("issuer"):
        return f"{fields['number']}-{fields['type']}/{fields['issuer']}"
    return None


def referenced_documents(report: Report) -> tuple[list[str], dict[str, Document]]:
    """The codes of the documents the report refers to (rejected references left out), and those of them the
    ledger holds: the document an accepted reference created or linked, else the only document with that code.
    """
    codes: list[str] = []
    stored: dict[str, Document] = {}
    for fact in report.facts.filter(kind=Fact.Kind.DOC_REF).exclude(status=Fact.Status.REJECTED):
        code = ref_code(fact.fields)
        parsed, _ = parse_code(code) if code else (None, [])
        if parsed is None:
            continue
        canonical = parsed.canonical
        if canonical not in codes:
            codes.append(canonical)
        if fact.document_id is not None:
            stored[canonical] = fact.document
        elif canonical not in stored:
            candidates = list(Document.objects.filter(code=canonical)[:2])
            if len(candidates) == 1:
                stored[canonical] = candidates[0]
    return codes, stored


def _document_for_target(report: Report, chosen: Document | None) -> tuple[Document | None, str | None]:
    if chosen is not None:
        return chosen, None
    codes, stored = referenced_documents(report)
    if len(codes) == 1:
        if codes[0] in stored:
            return stored[codes[0]], None
        return None, (
            f"the report refers to {codes[0]}, which is not in the ledger yet: "
            "accept that reference first, or choose the document that sets this target"
        )
    if not codes:
        return None, "the report refers to no document: choose the document that sets this target"
    return None, (
        f"the report refers to {len(codes)} documents ({', '.join(codes)}): "
        "choose the one that sets this target"
    )


# --- quantities ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ObservationPlan:
    """An accepted quantity as the observation it becomes."""

    indicator: Indicator
    unit: Unit
    period: Period
    value: float
    is_estimate: bool


@dataclass(slots=True)
class _Reading:
    """What has been worked out of a quantity so far, and what is still missing."""

    fields: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    language: str | None = None  # the report's, so that labels are read in their own language
    catalogue: Sequence[Indicator] | None = None  # loaded on first use unless the caller has it already

    def missing(self, name: str, reason: str) -> None:
        self.problems.append(Problem(name, reason))


def _indicator(reading: _Reading) -> Indicator | None:
    fields = reading.fields
    label = fields.get("indicator") or fields.get("counted")
    if not label:
        reading.missing("indicator", "the text does not say what is measured: give a catalogue indicator code")
        return None
    catalogue = reading.catalogue if reading.catalogue is not None else list(Indicator.objects.all())
    entry = facts.match_indicator(
        label, catalogue, unit=fields.get("unit"), is_change=bool(fields.get("is_change")),
        language=reading.language, counted=fields.get("counted"),
    )
    if entry is None:
        close = ", ".join(e.code for e in facts.suggestions(label, catalogue))
        hint = f" (closest: {close})" if close else ""
        reading.missing("indicator", f"{label!r} matches no catalogue indicator: give its code{hint}")
        return None
    return entry  # type: ignore[return-value]


def _period(reading: _Reading) -> Period | None:
    label = reading.fields.get("period")
    if not label:
        reading.missing("period", "the text gives no period: give one, e.g. 2024, 2024-H1 or 2021-2025")
        return None
    try:
        return facts.read_period(str(label))
    except PeriodError as error:
        reading.missing("period", str(error))
        return None


def _value(reading: _Reading, indicator: Indicator) -> tuple[float | None, str]:
    """The value in the indicator's unit of measure and the target form it implies (level, flow or growth)."""
    fields = reading.fields
    value, unit = fields.get("value"), fields.get("unit") or ""
    if value is None:
        reading.missing("value", "no value: give the number")
        return None, ""
    if fields.get("is_change") and not facts.is_growth(indicator):
        if facts.measure(unit).dimension == "percent" and fields.get("role") == "target":
            return float(value), Target.Form.GROWTH  # "grow by 12 % a year": a growth target in % a year
        reading.missing(
            "is_change",
            f"a change cannot be stored as a level of {indicator.code}: choose a growth indicator, "
            "or record the level reached instead",
        )
        return None, ""
    try:
        converted = facts.convert(float(value), unit, indicator.unit_of_measure)
    except facts.UnitOfMeasureError as error:
        reading.missing("unit", f"{error} (the indicator {indicator.code} is in {indicator.unit_of_measure})")
        return None, ""
    return converted, (Target.Form.FLOW if indicator.kind == Indicator.Kind.FLOW else Target.Form.LEVEL)


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence holding ``text[start:end]``, cut at sentence ends or line breaks, at most ``limit`` long."""
    left = max(text.rfind(mark, max(0, start - limit), start) for mark in (". ", "\n", "! ", "? ", "。"))
    right = [i for i in (text.find(mark, end, end + limit) for mark in (". ", "\n", "! ", "? ", "。")) if i >= 0]
    stop = min(right) + 1 if right else min(len(text), end + limit)
    return " ".join(text[left + 1 if left >= 0 else max(0, start - limit) : stop].split())


def plan_quantity(
    fact: Fact, fields: dict[str, Any], document: Document | None = None, catalogue: Sequence[Indicator] | None = None
) -> ObservationPlan | TargetSpec:
    """What accepting a quantity with ``fields`` would write; raise :class:`Unmappable` listing every field the
    reviewer must supply (indicator, unit, subject, period, document) when it cannot be written as it stands.
    ``catalogue`` is the indicator catalogue when the caller has loaded it already.
    """
    reading = _Reading(fields, language=fact.report.language or None, catalogue=catalogue)
    role = fields.get("role")
    if role not in ROLES:
        reading.missing("role", f"{role!r} is not a role: use one of {', '.join(ROLES)}")
    indicator = _indicator(reading)
    period = _period(reading)
    value, form = _value(reading, indicator) if indicator is not None else (None, "")
    as_of = fact.report.as_of or (period.end if period else timezone.localdate())
    unit, why = unit_for_subject(fields.get("subject"), fact.report, as_of)
    if why:
        reading.missing("subject", why)
    chosen, why = _document_for_target(fact.report, document) if role == "target" else (None, None)
    if why:
        reading.missing("document", why)
    if reading.problems:
        raise Unmappable(reading.problems)
    assert indicator is not None and period is not None and unit is not None and value is not None
    if role != "target":
        return ObservationPlan(indicator, unit, period, value, is_estimate=role == "expected")
    assert chosen is not None
    return TargetSpec(
        document=chosen,
        unit=unit,
        indicator=indicator,
        form=form,
        deadline=period.end,
        comparator=Target.Comparator.LE if indicator.direction == Indicator.Direction.LOWER else Target.Comparator.GE,
        value=value,
        start=period.start if form in (Target.Form.FLOW, Target.Form.GROWTH) else None,
        wording=sentence_around(fact.report.text, fact.start or 0, fact.end or 0),
    )


def source_ref(fact: Fact) -> str:
    """How an observation names the report it was read from: report id and title, characters, extractor."""
    report = fact.report
    name = (report.title or report.file_name or "pasted text")[:120]
    return f"report {report.pk} “{name}” chars {fact.start}–{fact.end}, extractor {report.extractor_version}"[:255]


def _write_quantity(
    actor: Actor, fact: Fact, plan: ObservationPlan | TargetSpec, reason: str, state: str
) -> None:
    if isinstance(plan, ObservationPlan):
        recorded = do_record_observation(
            actor, plan.indicator, plan.unit, plan.period, plan.value, is_estimate=plan.is_estimate,
            source_kind=Observation.SourceKind.DOCUMENT, source_ref=source_ref(fact),
            span=(fact.start or 0, fact.end or 0), reason=reason or f"accepted from report {fact.report_id}",
            state=state,
        )
        fact.observation = recorded.observation
        return
    existing = find_target(plan)
    if existing is None:
        fact.target = do_create_target(actor, plan, reason=reason or f"accepted from report {fact.report_id}")
    elif (existing.form, existing.value) == (plan.form, plan.value):
        fact.target = existing
    else:
        raise Unmappable(
            Problem(
                "value",
                f"{plan.document.code} already sets a {existing.form} target of {existing.value:g} for "
                f"{plan.indicator.code} in {plan.unit.code} by {plan.deadline}: edit that target or reject this fact",
            )
        )


# --- document references ------------------------------------------------------------------------------------

# Party congresses open a committee's term: the central one in January of these years, local ones mid-year.
_CENTRAL_CONGRESSES = (2011, 2016, 2021, 2026)
_LOCAL_CONGRESSES = (2010, 2015, 2020, 2025)


def guess_term(code: DocumentCode, day: date | None) -> str:
    """The committee term a party document of ``day`` most likely belongs to ("" when the date is unknown)."""
    if day is None or code.system != "party":
        return ""
    central = code.level == "central"
    congresses = _CENTRAL_CONGRESSES if central else _LOCAL_CONGRESSES
    opened = [y for y in congresses if y < day.year or (y == day.year and (central or day.month >= 7))]
    if not opened:
        return ""
    return f"{opened[-1]}-{opened[-1] + 5}"


def _issuer_unit(code: DocumentCode, report: Report) -> Unit | None:
    """The report's unit, or its ancestor, at the level of the committee that issued ``code`` (HU: district)."""
    unit = report.unit
    if code.system != "party" or code.level in (None, "central") or unit is None:
        return None
    while unit is not None and unit.level != code.level:
        unit = unit.parent
    return unit


def plan_document(fact: Fact, fields: dict[str, Any]) -> tuple[DocumentSpec, DocumentCode]:
    """The document a reference describes, with the issuing unit and term filled in where they can be
    inferred; raise :class:`Unmappable` naming what is missing.
    """
    code_text = ref_code(fields)
    if not code_text:
        raise Unmappable(Problem("code", "the reference has no code: give it, e.g. 57-NQ/TW"))
    code, problems = parse_code(code_text)
    if code is None:
        raise Unmappable(problems)
    day = date.fromisoformat(fields["date"]) if fields.get("date") else None
    issuer: Unit | None = None
    if fields.get("issuer_unit"):
        as_of = fact.report.as_of or day or timezone.localdate()
        try:
            issuer = unit_by_code(fields["issuer_unit"], as_of)
        except UnitNotFound as error:
            raise Unmappable(Problem("issuer_unit", str(error))) from None
    else:
        issuer = _issuer_unit(code, fact.report)
    term = fields.get("term") or guess_term(code, day or fact.report.as_of)
    spec = DocumentSpec(code=code.canonical, issuer_unit=issuer, term=term or "", title=fields.get("title") or "",
                        date=day)
    return spec, code


# --- the actions --------------------------------------------------------------------------------------------


@transaction.atomic
def do_accept_fact(
    actor: Actor, fact: Fact, edits: dict[str, Any] | None = None, *, document: Document | None = None,
    reason: str = "", catalogue: Sequence[Indicator] | None = None,
    observation_state: str = Observation.State.SUBMITTED,
) -> Fact:
    """Accept a fact, with the reviewer's ``edits`` (see :data:`EDITABLE`) applied, and write it to the ledger.

    ``document`` is the document that sets a target when the report does not name exactly one. Accepting an
    accepted fact changes nothing. Raises :class:`ActionError` for unreadable edits and :class:`Unmappable`
    listing what the reviewer must supply when the fact cannot be written as it stands. ``catalogue`` saves
    loading the indicator catalogue again when many facts are accepted at once. A figure becomes an observation
    in ``observation_state`` (submitted by default: approving it is an approver's step).
    """
    fact = Fact.objects.select_for_update(of=("self",)).select_related("report__unit").get(pk=fact.pk)
    if fact.status == Fact.Status.ACCEPTED:
        return fact
    cleaned = clean_edits(fact, edits)
    before = audit.snapshot(fact)
    fact.edited = {**fact.edited, **cleaned}
    fields = fact.fields
    if fact.kind == Fact.Kind.QUANTITY:
        _write_quantity(actor, fact, plan_quantity(fact, fields, document, catalogue), reason, observation_state)
    elif fact.kind == Fact.Kind.DOC_REF:
        spec, code = plan_document(fact, fields)
        fact.document = find_document(spec, code) or do_create_document(
            actor, spec, reason=reason or f"referred to by report {fact.report_id}"
        )
    fact.status = Fact.Status.ACCEPTED
    _reviewed(fact, actor, reason)
    audit.record(actor, fact, "accept", before, reason)
    return fact


@transaction.atomic
def do_reject_fact(actor: Actor, fact: Fact, *, reason: str = "") -> Fact:
    """Reject a fact: nothing is written to the ledger. An accepted fact cannot be rejected (what it created
    is in the ledger; change it there); rejecting a rejected fact changes nothing.
    """
    fact = Fact.objects.select_for_update().get(pk=fact.pk)
    if fact.status == Fact.Status.REJECTED:
        return fact
    if fact.status == Fact.Status.ACCEPTED:
        raise ActionError(
            Problem("status", "this fact is accepted and in the ledger already: correct the ledger instead")
        )
    before = audit.snapshot(fact)
    fact.status = Fact.Status.REJECTED
    _reviewed(fact, actor, reason)
    audit.record(actor, fact, "reject", before, reason)
    return fact


def _reviewed(fact: Fact, actor: Actor, reason: str) -> None:
    fact.reviewer, fact.reviewer_name, fact.reviewed_at, fact.reason = actor.user, actor.name, timezone.now(), reason
    fact.save()


@dataclass(slots=True)
class AcceptSummary:
    """What accepting every pending fact of a report did: counts by kind, and each fact left with its reasons."""

    accepted: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[Fact, list[Problem]]] = field(default_factory=list)


def do_accept_pending(
    actor: Actor, report: Report, *, reason: str = "", observation_state: str = Observation.State.SUBMITTED
) -> AcceptSummary:
    """Accept every pending fact of ``report`` that can be written as read, references first (so that targets
    find their document); the others stay pending and are returned with what they lack.
    """
    summary = AcceptSummary()
    order = {Fact.Kind.DOC_REF: 0, Fact.Kind.QUANTITY: 1, Fact.Kind.PERSON: 2}
    pending = sorted(report.facts.filter(status=Fact.Status.PENDING), key=lambda f: (order[f.kind], f.start or 0))
    catalogue = list(Indicator.objects.all())  # once for the report, not once per quantity
    for fact in pending:
        try:
            do_accept_fact(actor, fact, reason=reason, catalogue=catalogue, observation_state=observation_state)
        except ActionError as error:
            summary.skipped.append((fact, error.problems))
        else:
            summary.accepted[fact.kind] += 1
    return summary

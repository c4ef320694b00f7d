"""Review pages: ingest a report, read it with every fact highlighted, and accept, correct or reject each fact.

The pages call the same actions as ``chitieu ingest`` (``do_ingest_report``, ``do_accept_fact``,
``do_reject_fact``) and work without JavaScript: every button is a form posted with its CSRF token.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from chitieu.accounts.scopes import Permission, scope
from chitieu.core.extraction.languages import LANGUAGES
from chitieu.tracking import access
from chitieu.tracking import facts as fact_reads
from chitieu.tracking.actions import ActionError, Actor, Problem
from chitieu.tracking.actions.ingest import do_ingest_report
from chitieu.tracking.actions.review import EDITABLE, do_accept_fact, do_reject_fact, referenced_documents
from chitieu.tracking.facts import EXTRACTOR_UNITS
from chitieu.tracking.models import AuditEntry, Document, Fact, Indicator, Observation, Report
from chitieu.tracking.queries import UnitNotFound, unit_by_code
from chitieu.web.access import readable, signed_in

# Reviewing a report writes figures, targets and documents of its unit: any of these rights lets a user review.
REVIEWING = (Permission.REPORT, Permission.PLAN, Permission.APPROVE)
ROLE_LABELS = {
    "target": gettext_lazy("target"),
    "actual": gettext_lazy("actual"),
    "expected": gettext_lazy("expected"),
}
KIND_LABELS = {
    "quantity": gettext_lazy("figure"),
    "doc_ref": gettext_lazy("document"),
    "person": gettext_lazy("person"),
}


def _actor(request: HttpRequest) -> Actor:
    """The signed-in user (review pages that write are :func:`signed_in`)."""
    return Actor(name=request.user.get_username(), face=AuditEntry.Face.PAGE, user=request.user)


def may_review(request: HttpRequest, unit_id: int | None) -> bool:
    return any(access.may(request.user, permission, unit_id) for permission in REVIEWING)


def _page(request: HttpRequest, template: str, status: int = 200, **context: Any) -> HttpResponse:
    return render(request, f"web/review/{template}", {"as_of": None, **context}, status=status)


# --- the list -----------------------------------------------------------------------------------------------


@readable
def reports(request: HttpRequest) -> HttpResponse:
    """The reports of the user's units, newest first, with their facts pending, accepted and rejected."""
    shown = access.visible_reports(request.user, fact_reads.reports_with_counts())
    return _page(request, "list.html", reports=list(shown))


# --- a new report -------------------------------------------------------------------------------------------


class FormError(ValueError):
    """What is wrong with the new-report form, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(map(str, problems)))


def _new_report_input(request: HttpRequest) -> dict[str, Any]:
    """The form read: exactly one source (text, file, path), a unit, an optional date and language."""
    post, problems = request.POST, []
    given = {
        "text": post.get("text", "").strip(),
        "file": request.FILES.get("file"),
        "path": post.get("path", "").strip(),
    }
    sources = [name for name, value in given.items() if value]
    if len(sources) != 1:
        problems.append(Problem("text", _("paste the text, upload a file or give a path: exactly one of them")))
    as_of = None
    if post.get("as_of", "").strip():
        try:
            as_of = date.fromisoformat(post["as_of"].strip())
        except ValueError:
            problems.append(Problem("as_of", _("write the date as YYYY-MM-DD, e.g. 2024-07-15")))
    unit = None
    if post.get("unit", "").strip():
        try:
            unit = unit_by_code(post["unit"], as_of or timezone.localdate())
        except UnitNotFound as error:
            problems.append(Problem("unit", str(error)))
    if given["path"]:
        problems += _path_problems(given["path"])
    language = post.get("language", "")
    if language and language not in LANGUAGES:
        problems.append(Problem("language", _("unknown language")))
    if not problems and not may_review(request, unit.pk if unit is not None else None):
        problems.append(Problem("unit", _("you may not review reports of this unit")))
    if problems:
        raise FormError(problems)
    return dict(source=sources[0], value=given[sources[0]], unit=unit, as_of=as_of, language=language or None,
                title=post.get("title", "").strip())


def _path_problems(written: str) -> list[Problem]:
    """A page may read only files in the inbox folder: a web form must not open any file the server can read."""
    inbox = Path(settings.CHITIEU_INBOX).resolve()
    if not Path(written).resolve().is_relative_to(inbox):
        return [Problem("path", _("only files in the inbox folder %(inbox)s can be read") % {"inbox": inbox})]
    return []


def _ingest(actor: Actor, form: dict[str, Any]) -> tuple[Report, bool]:
    common = dict(unit=form["unit"], title=form["title"], language=form["language"], as_of=form["as_of"])
    if form["source"] == "text":
        return do_ingest_report(actor, text=form["value"], **common)
    if form["source"] == "path":
        return do_ingest_report(actor, path=form["value"], **common)
    upload = form["value"]
    with tempfile.TemporaryDirectory() as folder:  # the reader goes by suffix: keep the uploaded name
        path = Path(folder) / Path(upload.name).name
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        return do_ingest_report(actor, path=path, **common)


@signed_in
@require_http_methods(["GET", "POST"])
def new_report(request: HttpRequest) -> HttpResponse:
    """Paste a report, upload it or name a file on the server's disk; then review its facts."""
    if all(scope(request.user, permission).empty for permission in REVIEWING):
        raise access.Forbidden(_("reviewing reports needs the right to report, plan or approve on some unit"))
    context = {"languages": LANGUAGES, "form": request.POST}
    if request.method == "GET":
        return _page(request, "new.html", **context)
    try:
        report, created = _ingest(_actor(request), _new_report_input(request))
    except (FormError, ActionError) as error:
        return _page(request, "new.html", status=400, problems=error.problems, **context)
    url = reverse("web:report", args=[report.pk])
    return HttpResponseRedirect(url if created else f"{url}?existing=1", status=303)


# --- one report ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the report's text, highlighted when it is a fact."""

    text: str
    fact: Fact | None = None


def segments(text: str, found: list[Fact]) -> list[Segment]:
    """The text cut at the facts' spans, in order; a fact overlapping an earlier one is listed, not marked."""
    parts: list[Segment] = []
    position = 0
    for fact in sorted((f for f in found if f.start is not None and f.end), key=lambda f: (f.start, -f.end)):
        if fact.start < position or fact.end > len(text):
            continue
        if fact.start > position:
            parts.append(Segment(text[position : fact.start]))
        parts.append(Segment(text[fact.start : fact.end], fact))
        position = fact.end
    if position < len(text):
        parts.append(Segment(text[position:]))
    return parts


@dataclass(frozen=True, slots=True)
class Row:
    """A fact in the review table: the values its edit form shows and, after a failed post, the problems."""

    fact: Fact
    values: dict[str, Any]
    problems: list[Problem]


def _written(value: Any) -> str:
    """A value as an edit form shows it: integral numbers without ".0", nothing for None."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return str(value)


def _rows(found: list[Fact], failed: int | None, posted: Any, problems: list[Problem]) -> list[Row]:
    rows = []
    for fact in found:
        names = EDITABLE[Fact.Kind(fact.kind)]
        if fact.pk == failed:
            values = {name: posted.get(name, "") for name in names}
            rows.append(Row(fact, values, problems))
        else:
            rows.append(Row(fact, {name: _written(fact.fields.get(name)) for name in names}, []))
    return rows


def _report_page(
    request: HttpRequest, pk: int, status: int = 200, *, failed: int | None = None, posted: Any = None,
    problems: list[Problem] | None = None,
) -> HttpResponse:
    access.access_report_by_id(request.user, pk)
    report = fact_reads.report_for_review(pk)
    for number, fact in enumerate(report.fact_list, start=1):
        fact.number = number  # the row in the table, shown beside the mark in the text
        role = fact.fields.get("role")
        fact.tag = ROLE_LABELS.get(role, role) if fact.kind == Fact.Kind.QUANTITY else KIND_LABELS[fact.kind]
    codes, stored = referenced_documents(report)
    context = dict(
        report=report,
        rows=_rows(report.fact_list, failed, posted, problems or []),
        failed=failed,
        segments=segments(report.text, report.fact_list),
        roles=ROLE_LABELS,
        units=EXTRACTOR_UNITS,
        indicators=Indicator.objects.order_by("code").values_list("code", "name_en"),
        documents=_document_choices(report, stored),
        existing=request.GET.get("existing") == "1",
    )
    return _page(request, "report.html", status=status, **context)


def _document_choices(report: Report, stored: dict[str, Document]) -> list[Document]:
    """The documents a reviewer may pick for a target: those the report refers to, then its unit's."""
    chosen = list(stored.values())
    if report.unit is not None:
        chosen += [d for d in Document.objects.filter(issuer_unit=report.unit).order_by("code") if d not in chosen]
    return chosen


@readable
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """A report's text with every fact highlighted, and the table of facts to review."""
    return _report_page(request, pk)


def _edits(request: HttpRequest, fact: Fact) -> dict[str, str] | None:
    """The corrections posted with "accept as edited" (None for a plain accept)."""
    if request.POST.get("edit") != "1":
        return None
    names = EDITABLE[Fact.Kind(fact.kind)]
    edits = {name: request.POST.get(name, "") for name in names}
    if "is_change" in names:
        edits["is_change"] = "on" if request.POST.get("is_change") else ""
    return edits


def _chosen_document(request: HttpRequest) -> Document | None:
    pk = request.POST.get("document", "").strip()
    return access.visible_documents(request.user).filter(pk=int(pk)).first() if pk.isdigit() else None


@signed_in
@require_POST
def review_fact(request: HttpRequest, pk: int, fact_pk: int) -> HttpResponse:
    """Accept (as read or as edited) or reject one fact; on a problem, the page again with what to supply.

    A figure accepted by a user who may also approve on the unit is approved at once; otherwise it is submitted.
    """
    report = access.access_report_by_id(request.user, pk)
    fact = access.access_fact_by_id(request.user, report, fact_pk)
    if not may_review(request, report.unit_id):
        raise access.Forbidden(_("you may not review reports of this unit"))
    approves = access.may(request.user, Permission.APPROVE, report.unit_id)
    state = Observation.State.APPROVED if approves else Observation.State.SUBMITTED
    decision = request.POST.get("decision")
    try:
        if decision == "reject":
            do_reject_fact(_actor(request), fact, reason=request.POST.get("reason", "").strip())
        elif decision == "accept":
            do_accept_fact(_actor(request), fact, _edits(request, fact), document=_chosen_document(request),
                           reason=request.POST.get("reason", "").strip(), observation_state=state)
        else:
            raise ActionError(Problem("decision", _("choose accept or reject")))
    except ActionError as error:
        return _report_page(request, pk, status=400, failed=fact.pk, problems=error.problems, posted=request.POST)
    return HttpResponseRedirect(f"{reverse('web:report', args=[pk])}#fact-{fact.pk}", status=303)

"""Page views: each reads one report from ``tracking.reports``/``tracking.queries`` and renders a template.

Every page answers "as of" a date (``?as_of=YYYY-MM-DD``, default today in the project's time zone), so the
same URL shows the administrative map before or after 1 July 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chitieu.core.status.engine import usable_observations
from chitieu.core.status.model import Form, TargetSpec
from chitieu.core.status.summary import summarise
from chitieu.tracking import access, queries, reports
from chitieu.tracking.adapters import core_observation, target_spec
from chitieu.web import charts
from chitieu.web.access import readable
from chitieu.web.display import display_number, local_name, why
from chitieu.web.observations import include_submitted

# The two editions of the administrative map: the last day of the old one and the first day of the new one.
EDITIONS = (
    (date(2025, 6, 30), gettext_lazy("Before 1 July 2025 (63 provinces)")),
    (date(2025, 7, 1), gettext_lazy("From 1 July 2025 (34 provinces)")),
)

View = Callable[..., HttpResponse]


def with_as_of(view: View) -> View:
    """Pass the page's date to ``view``; answer 400 with an explanation when it cannot be read."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        written = request.GET.get("as_of", "").strip()
        try:
            as_of = date.fromisoformat(written) if written else timezone.localdate()
        except ValueError:
            message = _("“%(value)s” is not a date; write it as YYYY-MM-DD, e.g. 2025-07-01.") % {"value": written}
            return render(request, "web/error.html", {"message": message, "as_of": None}, status=400)
        return view(request, as_of, *args, **kwargs)

    return wrapper


def _context(as_of: date, **extra: Any) -> dict[str, Any]:
    return {"as_of": as_of, "editions": EDITIONS, **extra}


@readable
@with_as_of
def home(request: HttpRequest, as_of: date) -> HttpResponse:
    """The root of the tree: the provinces in force on the date that the user may see."""
    provinces = list(access.visible_units(request.user, reports.provinces(as_of)))
    return render(request, "web/home.html", _context(as_of, provinces=provinces, grants=_grants(request, as_of)))


def _grants(request: HttpRequest, as_of: date) -> list[tuple[Any, date]]:
    """The user's grants, each with the date to open its unit on (the last day of a unit no longer in force)."""
    if not request.user.is_authenticated:
        return []
    shown = []
    for grant in request.user.grants.select_related("unit").order_by("role", "unit__code"):
        unit = grant.unit
        day = as_of if unit is None or queries.in_force(unit, as_of) else _last_day(unit, as_of)
        shown.append((grant, day))
    return shown


def _last_day(unit: Any, as_of: date) -> date:
    if unit.valid_to is not None and unit.valid_to <= as_of:
        return unit.valid_to - timedelta(days=1)
    return unit.valid_from or as_of


@readable
@with_as_of
def unit(request: HttpRequest, as_of: date, code: str) -> HttpResponse:
    """A unit: its parent chain, children, lineage, documents and targets with their statuses."""
    found = access.access_unit_by_code(request.user, code, as_of)
    preview = include_submitted(request, found.pk)
    report = reports.unit_report(code, as_of, include_submitted=preview, unit=found)
    report = replace(report, children=_visible(request, report.children))
    switch = [(day, label, reports.counterpart(report, day)) for day, label in EDITIONS]
    context = _context(
        as_of, report=report, unit=report.unit, switch=switch, include_submitted=preview,
        can_preview=access.sees_history(request.user, found.pk),
    )
    return render(request, "web/unit.html", context)


def _visible(request: HttpRequest, units: list[Any]) -> list[Any]:
    """The units of a list the user may open (all of them when figures are published)."""
    if access.published():
        return units
    own = access.read_scope(request.user)
    return [u for u in units if own.covers(u.pk)]


@readable
@with_as_of
def document(request: HttpRequest, as_of: date, pk: int) -> HttpResponse:
    """A document: its targets with status, progress and why, and the summary buckets."""
    found = access.access_document_by_id(request.user, pk)
    preview = include_submitted(request, found.issuer_unit_id)
    report = reports.document_report(pk, as_of, include_submitted=preview)
    if not access.published():  # a document of a province lists targets of communes the user may not see
        own = access.read_scope(request.user)
        shown = [t for t in report.targets if own.covers(t.target.unit_id)]
        if len(shown) != len(report.targets):
            report = replace(report, targets=shown, summary=summarise(t.assessment.status for t in shown))
    history = reports.object_history(found) if access.sees_history(request.user, found.issuer_unit_id) else None
    context = _context(
        as_of, report=report, document=report.document, include_submitted=preview, history=history,
        can_preview=history is not None,
    )
    return render(request, "web/document.html", context)


@readable
@with_as_of
def target(request: HttpRequest, as_of: date, pk: int) -> HttpResponse:
    """A target: its terms, observations, chart, the why of its status, override and history."""
    found = access.access_target_by_id(request.user, pk)
    preview, insider = include_submitted(request, found.unit_id), access.sees_history(request.user, found.unit_id)
    report = reports.target_report(pk, as_of, include_submitted=preview, with_uncounted=insider)
    if not insider:  # published figures only, no history
        shown = [o for o in report.observations if access.observation_visible(request.user, o)]
        report = replace(report, observations=shown, revisions=[], audit=[])
    context = _context(as_of, report=report, target=report.target, chart=_chart(report, as_of),
                       include_submitted=preview, can_preview=insider)
    return render(request, "web/target.html", context)


def _chart(report: reports.TargetReport, as_of: date) -> str:
    """The SVG chart of the observations the engine used, the target line and the projection."""
    target = report.target
    spec = target_spec(target)
    used = usable_observations(spec, [core_observation(o) for o in report.observations], as_of).in_order
    start = spec.period_start or (used[0].end if used else target.deadline)
    indicator = target.indicator
    data = charts.ChartData(
        observed=tuple(charts.Point(o.end, o.value) for o in used),
        baseline=charts.Point(spec.baseline.date, spec.baseline.value) if _draws_baseline(spec) else None,
        target=charts.target_line(spec, report.assessment, start),
        projection=charts.projection(spec, report.assessment),
        labels={
            "title": _("%(indicator)s: observed values against the target") % {"indicator": local_name(indicator)},
            "desc": why(report.assessment),
            "x": _("Date (end of period)"),
            "y": indicator.unit_of_measure or _("value"),
            "observed": _("Observed"),
            "baseline": _("Baseline"),
            "target": _("Target"),
            "projection": _("Current pace"),
        },
    )
    return charts.render(data, display_number)


def _draws_baseline(spec: TargetSpec) -> bool:
    """The baseline is a point of the observed path when the observations are levels (not yearly rates)."""
    return spec.baseline is not None and not (spec.form is Form.GROWTH and spec.observations_are_rates)


@readable
@with_as_of
def search(request: HttpRequest, as_of: date) -> HttpResponse:
    """Units by name (with or without diacritics) and documents by code, among those the user may see."""
    text = request.GET.get("q", "").strip()
    units = _visible(request, queries.search_units(text, as_of)) if text else []
    found = reports.search_documents(text) if text else []
    if found and not access.published():
        allowed = access.visible_documents(request.user).filter(pk__in=[d.pk for d in found])
        shown = set(allowed.values_list("pk", flat=True))
        found = [d for d in found if d.pk in shown]
    documents = found
    return render(request, "web/search.html", _context(as_of, q=text, units=units, documents=documents))

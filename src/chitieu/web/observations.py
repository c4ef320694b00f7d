"""Observation pages: one figure with its history and the buttons the user's rights allow, and a form for a new one.

The pages call the same actions as the API and the CLI (``do_record_observation``, ``do_edit_observation``,
``do_submit_observation``, ``do_approve_observation``, ``do_reopen_observation``) and work without JavaScript:
every button is a form posted with its CSRF token. Every change carries the ``version`` the page showed, so a
figure saved by someone else in between is a conflict: the page says what is stored now and keeps what the
user typed (docs/workflow.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from chitieu.accounts.scopes import Permission
from chitieu.core.periods import PeriodError, parse_period
from chitieu.tracking import access, reports
from chitieu.tracking.actions import ActionError, Actor, Problem, do_record_observation
from chitieu.tracking.actions.approval import (
    ALLOWED_FROM,
    do_approve_observation,
    do_reopen_observation,
    do_submit_observation,
)
from chitieu.tracking.actions.audit import history
from chitieu.tracking.actions.errors import Conflict
from chitieu.tracking.actions.observations import EDITABLE_STATES, do_edit_observation, stored_period
from chitieu.tracking.models import AuditEntry, Indicator, Observation, Unit
from chitieu.web.access import readable, signed_in

# Which right each button needs (tracking.access.require).
RIGHTS = {
    "edit": Permission.REPORT,
    "submit": Permission.REPORT,
    "approve": Permission.APPROVE,
    "reopen": Permission.APPROVE,
}


def _actor(request: HttpRequest) -> Actor:
    user = request.user
    return Actor(name=user.get_username(), face=AuditEntry.Face.PAGE, user=user)


def include_submitted(request: HttpRequest, unit_id: int | None) -> bool:
    """Whether the page counts submitted figures too (``?include_submitted=1``).

    Honoured only for readers whose scope covers the unit: submitted figures are not published, and a status
    computed from them would reveal them.
    """
    return request.GET.get("include_submitted") == "1" and access.sees_history(request.user, unit_id)


def _written(value: float | None) -> str:
    """A value as a form shows it: integral numbers without ".0"."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)


def _number(text: str) -> float:
    """The value field: "." or "," as the decimal mark, no thousands separators."""
    written = text.strip().replace("\u2212", "-")
    if "," in written and "." not in written:
        written = written.replace(",", ".")
    try:
        value = float(written)
    except ValueError:
        raise ActionError(
            Problem("value", _("“%(value)s” is not a number: write it like 14.8, without thousands separators")
                    % {"value": text.strip()})
        ) from None
    return value


def _version(request: HttpRequest) -> int:
    written = request.POST.get("version", "")
    if not written.isdigit():
        raise ActionError(Problem("version", _("the form lost the version it was based on: reload the page")))
    return int(written)


# --- one figure ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Buttons:
    """What the user may do to the figure now (rights on its unit × its state)."""

    edit: bool
    submit: bool
    approve: bool
    reopen: bool

    @property
    def any(self) -> bool:
        return self.edit or self.submit or self.approve or self.reopen


def buttons(user: Any, observation: Observation) -> Buttons:
    report = access.may(user, Permission.REPORT, observation.unit_id)
    approve = access.may(user, Permission.APPROVE, observation.unit_id)
    state = observation.state
    return Buttons(
        edit=report and state in EDITABLE_STATES,
        submit=report and state in ALLOWED_FROM["submit"],
        approve=approve and state in ALLOWED_FROM["approve"],
        reopen=approve and state in ALLOWED_FROM["reopen"],
    )


def _observation_page(
    request: HttpRequest,
    observation: Observation,
    *,
    status: int = 200,
    problems: list[Problem] | None = None,
    conflict: Observation | None = None,
    form: dict[str, Any] | None = None,
    failed: str = "",
) -> HttpResponse:
    history = access.sees_history(request.user, observation.unit_id)
    defaults = {"value": _written(observation.value), "is_estimate": observation.is_estimate, "reason": ""}
    context = {
        "as_of": None,
        "observation": observation,
        "period": stored_period(observation).label,
        "buttons": buttons(request.user, observation),
        "history": history,
        "revisions": list(observation.revisions.order_by("number")) if history else [],
        "audit": reports.object_history(observation) if history else [],
        "problems": problems or [],
        "conflict": conflict,
        "last_actor": _last_actor(conflict) if conflict is not None else "",
        "form": {**defaults, **(form or {})},
        "failed": failed,
        "signed_in": request.user.is_authenticated,
        "login_url": _login_url(observation),
    }
    return render(request, "web/observations/observation.html", context, status=status)


def _last_actor(observation: Observation) -> str:
    """Who wrote the figure last (named in a conflict, so the two people can talk)."""
    newest = history(observation).last()
    return newest.actor if newest is not None else ""


def _login_url(observation: Observation) -> str:
    return redirect_to_login(reverse("web:observation", args=[observation.pk])).url


@require_GET
@readable
def observation(request: HttpRequest, pk: int) -> HttpResponse:
    """A figure: value, period, unit, indicator, state, version, its revisions and audit trail, and the buttons."""
    return _observation_page(request, access.access_observation_by_id(request.user, pk))


@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Edit, submit, approve or reopen a figure; anonymous users are sent to log in first."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("web:observation", args=[pk]))
    return _act(request, pk, action)


@readable
def _act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    observation = access.access_observation_by_id(request.user, pk)
    access.require(request.user, RIGHTS[action], observation.unit_id)
    form = {
        "value": request.POST.get("value", "").strip(),
        "is_estimate": bool(request.POST.get("is_estimate")),
        "reason": request.POST.get("reason", "").strip(),
    }
    try:
        _do(_actor(request), observation, action, form, _version(request))
    except Conflict as error:
        current: Observation = error.current  # type: ignore[assignment]
        current.refresh_from_db()
        return _observation_page(request, current, status=409, conflict=current, form=form, failed=action)
    except ActionError as error:
        observation.refresh_from_db()
        return _observation_page(request, observation, status=400, problems=error.problems, form=form,
                                 failed=action)
    return HttpResponseRedirect(reverse("web:observation", args=[pk]), status=303)


def _do(actor: Actor, observation: Observation, action: str, form: dict[str, Any], version: int) -> None:
    if action == "edit":
        do_edit_observation(actor, observation, _number(form["value"]), is_estimate=form["is_estimate"],
                            expected_version=version, reason=form["reason"])
    elif action == "submit":
        do_submit_observation(actor, observation, expected_version=version, reason=form["reason"])
    elif action == "approve":
        do_approve_observation(actor, observation, expected_version=version, reason=form["reason"])
    else:
        do_reopen_observation(actor, observation, form["reason"], expected_version=version)


# --- a new figure -------------------------------------------------------------------------------------------


def _as_of(request: HttpRequest) -> date:
    written = (request.POST.get("as_of") or request.GET.get("as_of") or "").strip()
    try:
        return date.fromisoformat(written) if written else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def _new_input(request: HttpRequest) -> dict[str, Any]:
    post, problems = request.POST, []
    indicator = Indicator.objects.filter(code=post.get("indicator", "")).first()
    if indicator is None:
        problems.append(Problem("indicator", _("choose an indicator from the list")))
    period = None
    try:
        period = parse_period(post.get("period", "").strip())
    except PeriodError:
        problems.append(Problem("period", _("write the period like 2024, 2024-H1, 2024-Q3, 2024-05 or 2024-YTD05")))
    value = None
    try:
        value = _number(post.get("value", ""))
    except ActionError as error:
        problems += error.problems
    if problems:
        raise ActionError(problems)
    return {"indicator": indicator, "period": period, "value": value,
            "is_estimate": bool(post.get("is_estimate")), "reason": post.get("reason", "").strip()}


def _new_page(request: HttpRequest, unit: Unit, as_of: date, status: int = 200, **extra: Any) -> HttpResponse:
    context = {
        "as_of": None,
        "unit": unit,
        "unit_as_of": as_of,
        "indicators": Indicator.objects.order_by("code").values_list("code", "name_vi", "name_en"),
        "form": request.POST if request.method == "POST" else {},
        "problems": [],
        "existing": None,
        **extra,
    }
    return render(request, "web/observations/new.html", context, status=status)


@require_http_methods(["GET", "POST"])
@signed_in
def new_observation(request: HttpRequest, code: str) -> HttpResponse:
    """Enter a figure for a unit: it starts as a draft, to be submitted when it is ready."""
    as_of = _as_of(request)
    unit = access.access_unit_by_code(request.user, code, as_of)
    access.require(request.user, Permission.REPORT, unit.pk)
    if request.method == "GET":
        return _new_page(request, unit, as_of)
    try:
        given = _new_input(request)
        recorded = do_record_observation(
            _actor(request), given["indicator"], unit, given["period"], given["value"],
            is_estimate=given["is_estimate"], source_kind=Observation.SourceKind.MANUAL, reason=given["reason"],
            expected_version=0,  # a new figure: one already stored for this period is a conflict
        )
    except Conflict as error:
        return _new_page(request, unit, as_of, status=409, existing=error.current)
    except ActionError as error:
        return _new_page(request, unit, as_of, status=400, problems=error.problems)
    return HttpResponseRedirect(reverse("web:observation", args=[recorded.observation.pk]), status=303)

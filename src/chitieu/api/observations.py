"""Observations: list, read, create, change the value, and the approval transitions (submit, approve, reopen).

Reads go through ``tracking.access``; writes check the right on the observation's unit
(``access.require``: REPORT to enter, change and submit; APPROVE to approve and reopen) and then call the same
actions as the pages, as ``Actor(face=API)``. Every change names the ``version`` it was based on: a figure saved
by someone else since then is a 409 whose envelope holds the figure as it is now.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from chitieu.accounts.scopes import Permission
from chitieu.api import params
from chitieu.api.serializers import (
    ObservationCreateSerializer,
    ObservationSerializer,
    ObservationUpdateSerializer,
    ReopenSerializer,
    TransitionSerializer,
)
from chitieu.core.periods import Period, PeriodError, parse_period
from chitieu.tracking import access
from chitieu.tracking.actions import Actor, do_record_observation
from chitieu.tracking.actions.approval import (
    do_approve_observation,
    do_reopen_observation,
    do_submit_observation,
)
from chitieu.tracking.actions.errors import ActionError, Conflict, Problem
from chitieu.tracking.actions.observations import do_edit_observation
from chitieu.tracking.models import AuditEntry, Indicator, Observation, Unit

TAGS = ["observations"]


def actor(request: Request) -> Actor:
    user = request.user
    return Actor(name=user.get_username(), face=AuditEntry.Face.API, user=user)


def body(serializer_class: type[serializers.Serializer], request: Request) -> dict[str, Any]:
    given = serializer_class(data=request.data)
    given.is_valid(raise_exception=True)
    return dict(given.validated_data)


def shown(observation: Observation, status: int = 200, **headers: str) -> Response:
    return Response(ObservationSerializer(observation).data, status=status, headers=headers or None)


class ObservationList(generics.ListAPIView):
    """Observations the user may read: approved ones when published, every state within the user's scope."""

    serializer_class = ObservationSerializer

    @extend_schema(parameters=[params.ObservationParams], tags=TAGS)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[Any]:
        given = params.read(params.ObservationParams, self.request)
        rows = Observation.objects.select_related("unit", "indicator").order_by(
            "indicator__code", "unit_id", "period_start", "period_end"
        )
        if "unit" in given:
            rows = rows.filter(unit_id=given["unit"])
        if "indicator" in given:
            rows = rows.filter(indicator__code=given["indicator"])
        if "period" in given:
            rows = rows.filter(period_start=given["period"].start, period_end=given["period"].end)
        if "period_start" in given:
            rows = rows.filter(period_start__gte=given["period_start"])
        if "period_end" in given:
            rows = rows.filter(period_end__lte=given["period_end"])
        if "state" in given:
            rows = rows.filter(state=given["state"])
        return access.visible_observations(self.request.user, rows)

    @extend_schema(request=ObservationCreateSerializer, responses={201: ObservationSerializer}, tags=TAGS)
    def post(self, request: Request) -> Response:
        """Enter a new figure, as a draft (needs the REPORT right on the unit).

        A figure for the same indicator, unit and period already there is a 409 with that figure: change it
        with PATCH instead.
        """
        given = body(ObservationCreateSerializer, request)
        indicator = _indicator(given["indicator"])
        unit = _unit(request.user, given["unit"])
        access.require(request.user, Permission.REPORT, unit.pk)
        period = _period(given["period"])
        _refuse_existing(request.user, indicator, unit, period)
        recorded = do_record_observation(
            actor(request),
            indicator,
            unit,
            period,
            given["value"],
            is_estimate=given["is_estimate"],
            source_kind=Observation.SourceKind.MANUAL,
            source_ref=given["source_ref"],
            reason=given["reason"],
            state=Observation.State.DRAFT,
            expected_version=0,  # somebody creating it meanwhile is a conflict, not a silent revision
        )
        observation = recorded.observation
        return shown(observation, 201, Location=f"/api/v1/observations/{observation.pk}/")


def _indicator(code: str) -> Indicator:
    found = Indicator.objects.filter(code=code).first()
    if found is None:
        raise ActionError(Problem("indicator", _("no indicator with code %(code)s") % {"code": code}))
    return found


def _unit(user: Any, pk: int) -> Unit:
    found = access.visible_units(user, Unit.objects.filter(pk=pk)).first()
    if found is None:
        raise ActionError(Problem("unit", _("no unit with id %(id)s") % {"id": pk}))
    return found


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except PeriodError as error:
        raise ActionError(Problem("period", str(error))) from error


def _refuse_existing(user: Any, indicator: Indicator, unit: Unit, period: Period) -> None:
    rows = Observation.objects.filter(
        indicator=indicator, unit=unit, period_start=period.start, period_end=period.end
    ).select_related("unit", "indicator")
    existing = access.visible_observations(user, rows).first()
    if existing is not None:
        message = _(
            "%(indicator)s for %(unit)s in %(period)s is already recorded (observation %(id)s, version "
            "%(version)s): change it with PATCH /api/v1/observations/%(id)s/"
        ) % {
            "indicator": indicator.code,
            "unit": unit.code,
            "period": period.label,
            "id": existing.pk,
            "version": existing.version,
        }
        raise Conflict(Problem("period", message), current=existing)


class ObservationDetail(generics.GenericAPIView):
    serializer_class = ObservationSerializer
    http_method_names = ["get", "patch", "head", "options"]

    @extend_schema(tags=TAGS)
    def get(self, request: Request, pk: int) -> Response:
        """One observation."""
        return shown(access.access_observation_by_id(request.user, pk))

    @extend_schema(request=ObservationUpdateSerializer, responses={200: ObservationSerializer}, tags=TAGS)
    def patch(self, request: Request, pk: int) -> Response:
        """Change the value of a draft or reopened figure (a new revision; needs the REPORT right), as the
        observation pages do. A submitted or approved figure is refused (400, field ``state``) until an approver
        reopens it. ``version`` is the version you read; an older one is a 409."""
        observation = access.access_observation_by_id(request.user, pk)
        access.require(request.user, Permission.REPORT, observation.unit_id)
        given = body(ObservationUpdateSerializer, request)
        recorded = do_edit_observation(
            actor(request),
            observation,
            given["value"],
            is_estimate=given.get("is_estimate", observation.is_estimate),
            expected_version=given["version"],
            reason=given["reason"],
        )
        return shown(recorded.observation)


class _TransitionView(generics.GenericAPIView):
    """POST a ``version`` (and a reason) to move an observation along the approval workflow."""

    serializer_class = ObservationSerializer
    permission: Permission
    body_class: type[serializers.Serializer] = TransitionSerializer
    http_method_names = ["post", "options"]

    def transition(self, who: Actor, observation: Observation, given: dict[str, Any]) -> Observation:
        raise NotImplementedError

    def post(self, request: Request, pk: int) -> Response:
        observation = access.access_observation_by_id(request.user, pk)
        access.require(request.user, self.permission, observation.unit_id)
        given = body(self.body_class, request)
        moved = self.transition(actor(request), observation, given)
        return shown(moved)


@extend_schema(request=TransitionSerializer, responses={200: ObservationSerializer}, tags=TAGS)
class ObservationSubmit(_TransitionView):
    """Hand a draft (or reopened) figure to the approvers (needs the REPORT right)."""

    permission = Permission.REPORT

    def transition(self, who: Actor, observation: Observation, given: dict[str, Any]) -> Observation:
        return do_submit_observation(who, observation, expected_version=given["version"], reason=given["reason"])


@extend_schema(request=TransitionSerializer, responses={200: ObservationSerializer}, tags=TAGS)
class ObservationApprove(_TransitionView):
    """Approve a submitted figure: it is published and locked (needs the APPROVE right)."""

    permission = Permission.APPROVE

    def transition(self, who: Actor, observation: Observation, given: dict[str, Any]) -> Observation:
        return do_approve_observation(who, observation, expected_version=given["version"], reason=given["reason"])


@extend_schema(request=ReopenSerializer, responses={200: ObservationSerializer}, tags=TAGS)
class ObservationReopen(_TransitionView):
    """Unlock an approved figure, or send a submitted one back, with a reason (needs the APPROVE right)."""

    permission = Permission.APPROVE
    body_class = ReopenSerializer

    def transition(self, who: Actor, observation: Observation, given: dict[str, Any]) -> Observation:
        return do_reopen_observation(who, observation, given["reason"], expected_version=given["version"])

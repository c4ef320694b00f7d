"""The read-only endpoints: units, indicators, documents, targets with their status, and the audit trail.

Every list is filtered by ``tracking.access.visible_*`` and every object is read by ``access_*_by_*``, so the API
shows exactly what the pages show to the same user; a missing and a forbidden object are the same 404.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from django.db.models import Case, Q, QuerySet, When
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.request import Request
from rest_framework.response import Response

from chitieu.api import params
from chitieu.api.serializers import (
    AuditEntrySerializer,
    DocumentDetailSerializer,
    DocumentSerializer,
    IndicatorSerializer,
    TargetSerializer,
    UnitSerializer,
)
from chitieu.core.hierarchy.names import search_key
from chitieu.core.status.model import Assessment
from chitieu.tracking import access, queries
from chitieu.tracking.assessment import assess_targets
from chitieu.tracking.models import AuditEntry, Document, Indicator, Target

# --- units --------------------------------------------------------------------------------------------------


class UnitList(generics.ListAPIView):
    """The units in force on a date, filtered by level, parent (its code) or name."""

    serializer_class = UnitSerializer

    @extend_schema(parameters=[params.UnitParams], tags=["units"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[Any]:
        given = params.read(params.UnitParams, self.request)
        rows = queries.units_as_of(params.as_of(given), given.get("level")).select_related("parent")
        if "parent" in given:
            rows = rows.filter(parent__code=given["parent"])
        if given.get("q"):
            # Higher levels first, then shorter names, as the search page orders them.
            rank = Case(When(level="province", then=0), When(level="district", then=1), default=2)
            rows = rows.filter(search_key__contains=search_key(given["q"])).order_by(
                rank, Length("search_key"), "name", "id"
            )
        else:
            rows = rows.order_by("code", "id")
        return access.visible_units(self.request.user, rows)


class UnitDetail(generics.GenericAPIView):
    serializer_class = UnitSerializer

    @extend_schema(parameters=[params.AsOf], tags=["units"])
    def get(self, request: Request, code: str) -> Response:
        """One unit by its code, in the edition in force on ``as_of``."""
        given = params.read(params.AsOf, request)
        unit = access.access_unit_by_code(request.user, code, params.as_of(given))
        return Response(UnitSerializer(unit).data)


# --- indicators ---------------------------------------------------------------------------------------------


class IndicatorList(generics.ListAPIView):
    """The catalogue of indicators (readable by everyone who may read at all)."""

    serializer_class = IndicatorSerializer
    queryset = Indicator.objects.select_related("weight", "numerator", "denominator").order_by("code")

    @extend_schema(tags=["indicators"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class IndicatorDetail(generics.GenericAPIView):
    serializer_class = IndicatorSerializer

    @extend_schema(tags=["indicators"])
    def get(self, request: Request, code: str) -> Response:
        """One indicator by its code."""
        found = Indicator.objects.select_related("weight", "numerator", "denominator").filter(code=code).first()
        if found is None:
            raise access.NotFound(_("no indicator with code %(code)s") % {"code": code})
        return Response(IndicatorSerializer(found).data)


# --- documents ----------------------------------------------------------------------------------------------


class DocumentList(generics.ListAPIView):
    """Documents, newest first, filtered by code or title, system and issuing unit."""

    serializer_class = DocumentSerializer

    @extend_schema(parameters=[params.DocumentParams], tags=["documents"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[Any]:
        given = params.read(params.DocumentParams, self.request)
        rows = Document.objects.select_related("issuer_unit").order_by("-date", "code", "id")
        if given.get("q"):
            rows = rows.filter(Q(code__icontains=given["q"]) | Q(title__icontains=given["q"]))
        if "system" in given:
            rows = rows.filter(system=given["system"])
        if "issuer" in given:
            rows = rows.filter(issuer_unit_id=given["issuer"])
        return access.visible_documents(self.request.user, rows)


class DocumentDetail(generics.GenericAPIView):
    serializer_class = DocumentDetailSerializer

    @extend_schema(tags=["documents"])
    def get(self, request: Request, pk: int) -> Response:
        """One document, with its body."""
        return Response(DocumentDetailSerializer(access.access_document_by_id(request.user, pk)).data)


# --- targets ------------------------------------------------------------------------------------------------


def assess(user: Any, targets: list[Target], as_of: date, include_submitted: bool) -> dict[int, Assessment]:
    """The targets' assessments in two queries at most. Submitted figures are not published, so
    ``include_submitted`` counts them only on the targets whose unit the user may read in full."""
    if not include_submitted:
        return assess_targets(targets, as_of)
    own = access.read_scope(user)
    mine = [t for t in targets if own.covers(t.unit_id)]
    others = [t for t in targets if not own.covers(t.unit_id)]
    return {**assess_targets(others, as_of), **assess_targets(mine, as_of, include_submitted=True)}


class TargetList(generics.ListAPIView):
    """Targets with their status on ``as_of``: the rule that decided it, its numbers and the "why" sentence."""

    serializer_class = TargetSerializer

    @extend_schema(parameters=[params.TargetParams], tags=["targets"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        given = params.read(params.TargetParams, request)
        rows = Target.objects.select_related("document", "unit", "indicator")
        if "unit" in given:
            rows = rows.filter(unit_id=given["unit"])
        if "indicator" in given:
            rows = rows.filter(indicator__code=given["indicator"])
        if "document" in given:
            rows = rows.filter(document_id=given["document"])
        page = list(self.paginate_queryset(access.visible_targets(request.user, rows)) or [])
        day = params.as_of(given)
        context = {"assessments": assess(request.user, page, day, given["include_submitted"]), "as_of": day}
        return self.get_paginated_response(TargetSerializer(page, many=True, context=context).data)


class TargetDetail(generics.GenericAPIView):
    serializer_class = TargetSerializer

    @extend_schema(parameters=[params.StatusParams], tags=["targets"])
    def get(self, request: Request, pk: int) -> Response:
        """One target with its status on ``as_of``."""
        given = params.read(params.StatusParams, request)
        target = access.access_target_by_id(request.user, pk)
        day = params.as_of(given)
        context = {"assessments": assess(request.user, [target], day, given["include_submitted"]), "as_of": day}
        return Response(TargetSerializer(target, context=context).data)


# --- audit --------------------------------------------------------------------------------------------------


class AuditList(generics.ListAPIView):
    """The audit trail of the observations, targets and documents in the user's own scope, oldest first."""

    serializer_class = AuditEntrySerializer

    @extend_schema(parameters=[params.AuditParams], tags=["audit"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> QuerySet[Any]:
        given = params.read(params.AuditParams, self.request)
        rows = AuditEntry.objects.order_by("at", "id")
        if "object_type" in given:
            rows = rows.filter(object_type=given["object_type"])
        if "object_id" in given:
            rows = rows.filter(object_id=given["object_id"])
        if "since" in given:
            rows = rows.filter(at__gte=timezone.make_aware(datetime.combine(given["since"], time.min)))
        return access.visible_audit(self.request.user, rows)

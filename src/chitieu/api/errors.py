"""One error envelope for every failure of the API (STYLE.md habit 11).

``{"ok": false, "error": "<message>", "errors": [{"field": ..., "reason": ...}], "status": N}``, plus
``"current"`` (the object as it is now) on a 409 conflict. The exception handler turns the domain's errors
(:class:`ActionError`, :class:`Conflict`, ``access.NotFound``/``Forbidden``) and Django REST framework's own
(validation, authentication, not found, method not allowed, parse errors, throttling) into it; unexpected errors
become a 500 envelope after being logged. :func:`not_found` answers the paths under ``/api/v1/`` that no view
serves.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.urls import resolve
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

from chitieu.api.serializers import ObservationSerializer
from chitieu.tracking import access
from chitieu.tracking.actions.errors import ActionError, AlreadyExists, Conflict
from chitieu.tracking.models import Observation

log = logging.getLogger("chitieu.api")


class ErrorItemSerializer(serializers.Serializer):
    field = serializers.CharField(allow_null=True, help_text="the input field concerned; null when none")
    reason = serializers.CharField()


class ErrorSerializer(serializers.Serializer):
    """The error envelope (the schema's ``Error`` component)."""

    ok = serializers.BooleanField(help_text="always false")
    error = serializers.CharField(help_text="what went wrong, in one sentence")
    errors = ErrorItemSerializer(many=True, help_text="one entry per input field that is wrong")
    status = serializers.IntegerField(help_text="the HTTP status, repeated")
    current = serializers.DictField(
        required=False, help_text="409 only: the object as it is now (an observation, as the API shows it)"
    )

    class Meta:
        ref_name = "Error"


def envelope(status: int, error: str, errors: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"ok": False, "error": error, "errors": errors or [], "status": status, **extra}


def _flatten(detail: Any, field: str | None = None) -> Iterator[dict[str, Any]]:
    """DRF's nested validation details as flat ``{field, reason}`` items (``items.0.value`` style paths)."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = None if key in ("non_field_errors", "detail") else str(key)
            yield from _flatten(value, f"{field}.{name}" if field and name else (name or field))
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            nested = isinstance(value, dict | list)
            yield from _flatten(value, f"{field}.{index}" if nested and field else field)
    else:
        yield {"field": field, "reason": str(detail)}


def _summary(errors: list[dict[str, Any]]) -> str:
    return "; ".join(f"{e['field']}: {e['reason']}" if e["field"] else e["reason"] for e in errors)


def _current(current: object) -> dict[str, Any]:
    """The object of a conflict as the API shows it (only observations carry versions so far)."""
    if isinstance(current, Observation):
        return dict(ObservationSerializer(current).data)
    return {"id": getattr(current, "pk", None)}


def _domain_response(exc: Exception) -> Response | None:
    if isinstance(exc, ActionError):
        errors = [{"field": p.field or None, "reason": p.reason} for p in exc.problems]
        if isinstance(exc, Conflict):
            body = envelope(409, _summary(errors), errors, current=_current(exc.current))
            return Response(body, status=409)
        status = 409 if isinstance(exc, AlreadyExists) else 400
        return Response(envelope(status, _summary(errors), errors), status=status)
    if isinstance(exc, access.NotFound):
        return Response(envelope(404, str(exc)), status=404)
    if isinstance(exc, access.Forbidden):
        return Response(envelope(403, str(exc)), status=403)
    return None


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """DRF's ``EXCEPTION_HANDLER``: every error as the envelope, with DRF's headers (Allow, WWW-Authenticate)."""
    response = _domain_response(exc)
    if response is not None:
        set_rollback()
        return response
    response = drf_exception_handler(exc, context)
    if response is None:
        log.error("unexpected error in %s", context.get("view"), exc_info=exc)
        return Response(envelope(500, _("internal error: the server could not answer this request")), status=500)
    if isinstance(exc, exceptions.ValidationError):
        errors = list(_flatten(exc.detail))
        response.data = envelope(response.status_code, _summary(errors), errors)
    else:
        detail = response.data.get("detail", response.data) if isinstance(response.data, dict) else response.data
        response.data = envelope(response.status_code, str(detail))
    return response


@csrf_exempt  # it changes nothing, and a write to a wrong path deserves the envelope, not Django's CSRF page
def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Any path under /api/v1/ that no endpoint serves (a missing final slash is pointed out)."""
    message = _("no API endpoint at %(path)s; the schema at /api/v1/schema/ lists them") % {"path": request.path}
    if not request.path.endswith("/"):
        match = resolve(request.path + "/", urlconf=getattr(request, "urlconf", None))
        if match.func is not not_found:
            message = _("no API endpoint at %(path)s; did you mean %(path)s/ ?") % {"path": request.path}
    return JsonResponse(envelope(404, message), status=404)

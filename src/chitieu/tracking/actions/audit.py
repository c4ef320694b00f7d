"""The audit trail: every action appends one entry per object it writes, with the state before and after."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.db import models
from django.utils import timezone

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.models import AuditEntry


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The object's concrete fields as JSON-ready values (foreign keys as ids, dates as ISO text)."""
    state: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key:
            continue
        value = getattr(obj, field.attname)
        if isinstance(value, date | datetime):
            value = value.isoformat()
        state[field.attname] = value
    return state


def record(
    actor: Actor,
    obj: models.Model,
    action: str,
    before: dict[str, Any] | None,
    reason: str = "",
) -> AuditEntry:
    """Append the audit entry for ``action`` on ``obj``; the state after is read from ``obj`` itself."""
    return entry(actor, str(obj._meta.model_name), obj.pk, action, before, snapshot(obj), reason)


def save_changes(
    actor: Actor, obj: models.Model, changes: dict[str, Any], action: str = "update", reason: str = ""
) -> None:
    """Set ``changes`` on ``obj``, save it and record ``action`` with the state before and after."""
    before = snapshot(obj)
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save()
    record(actor, obj, action, before, reason)


def entry(
    actor: Actor,
    object_type: str,
    object_id: int,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str = "",
    at: datetime | None = None,
) -> AuditEntry:
    """Append an audit entry for something that is not one model row (e.g. a whole load of the hierarchy), or
    whose state after is not its plain snapshot; ``at`` defaults to now.
    """
    return AuditEntry.objects.create(
        object_type=object_type,
        object_id=object_id,
        action=action,
        before=before,
        after=after,
        actor=actor.name,
        user=actor.user,
        at=at or timezone.now(),
        reason=reason,
        face=actor.face,
    )


def history(obj: models.Model) -> models.QuerySet[AuditEntry]:
    """The audit entries of one object, oldest first."""
    return AuditEntry.objects.filter(object_type=obj._meta.model_name, object_id=obj.pk).order_by("at", "id")

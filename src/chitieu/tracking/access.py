"""Every permission-checked read of scoped data: ``access_<noun>_by_<key>`` for one object, ``visible_<nouns>``
for lists. Pages, the API and the CLI read scoped data only through these.

Rules (see docs/access.md):

* Within a user's READ scope (any role's grant covers the unit), everything of the unit is readable, in every
  approval state.
* Outside it, only published data is readable, and only when the instance publishes
  (``CHITIEU_PUBLISHED_READABLE``): units, documents, targets, and observations that are approved.
* Reports under review and their facts are never published: they need the READ scope of the report's unit (a
  report without a unit needs a national grant).
* Missing and forbidden look the same: :class:`NotFound`, which the delivery layers turn into 404.

Write permissions (``require``) are checked by the delivery layer before it calls an action, on an object the
user could already read, so a refusal there (:class:`Forbidden`) reveals nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from chitieu.accounts.scopes import Permission, Scope, scope
from chitieu.tracking import queries
from chitieu.tracking.models import AuditEntry, Document, Fact, Observation, Report, Target, Unit


class NotFound(LookupError):
    """The object does not exist, or the user may not see it; the message never tells which."""


class Forbidden(PermissionError):
    """The user may see the object but not do this to it."""


def published() -> bool:
    return bool(settings.CHITIEU_PUBLISHED_READABLE)


def read_scope(user: Any) -> Scope:
    return scope(user, Permission.READ)


def can_read_anything(user: Any) -> bool:
    """Whether the user may see any page of the ledger at all (else pages ask to log in)."""
    return published() or not read_scope(user).empty


# --- lists --------------------------------------------------------------------------------------------------


def visible_units(user: Any, rows: QuerySet[Unit] | None = None) -> QuerySet[Unit]:
    rows = Unit.objects.all() if rows is None else rows
    own = read_scope(user)
    if published() or own.everywhere:
        return rows
    return rows.filter(pk__in=own.unit_ids)


def visible_documents(user: Any, rows: QuerySet[Document] | None = None) -> QuerySet[Document]:
    rows = Document.objects.all() if rows is None else rows
    own = read_scope(user)
    if published() or own.everywhere:
        return rows
    if own.empty:
        return rows.none()
    targeted = Target.objects.filter(document=OuterRef("pk"), unit_id__in=own.unit_ids)
    return rows.filter(Q(issuer_unit_id__in=own.unit_ids) | Exists(targeted))


def visible_targets(user: Any, rows: QuerySet[Target] | None = None) -> QuerySet[Target]:
    rows = Target.objects.all() if rows is None else rows
    return rows if published() else read_scope(user).filter(rows)


def visible_observations(user: Any, rows: QuerySet[Observation] | None = None) -> QuerySet[Observation]:
    rows = Observation.objects.all() if rows is None else rows
    own = read_scope(user)
    if own.everywhere:
        return rows
    condition = own.condition()
    if published():
        condition |= Q(state=Observation.State.APPROVED)
    return rows.filter(condition) if not own.empty or published() else rows.none()


def visible_reports(user: Any, rows: QuerySet[Report] | None = None) -> QuerySet[Report]:
    rows = Report.objects.all() if rows is None else rows
    return read_scope(user).filter(rows)


def visible_audit(user: Any, rows: QuerySet[AuditEntry] | None = None) -> QuerySet[AuditEntry]:
    """Audit entries of the observations, targets and documents the user may read in full (own scope only:
    the history of a figure says who entered which value, which is not published)."""
    rows = AuditEntry.objects.all() if rows is None else rows
    own = read_scope(user)
    if own.everywhere:
        return rows
    if own.empty:
        return rows.none()
    ids = own.unit_ids
    observations = Observation.objects.filter(unit_id__in=ids).values("pk")
    targets = Target.objects.filter(unit_id__in=ids).values("pk")
    documents = Document.objects.filter(issuer_unit_id__in=ids).values("pk")
    return rows.filter(
        Q(object_type="observation", object_id__in=observations)
        | Q(object_type="target", object_id__in=targets)
        | Q(object_type="document", object_id__in=documents)
    )


# --- single objects -----------------------------------------------------------------------------------------


def _not_found(what: str, key: object) -> NotFound:
    return NotFound(_("no %(what)s %(key)s") % {"what": what, "key": key})


def access_unit_by_code(user: Any, code: str, as_of: date) -> Unit:
    try:
        unit = queries.unit_by_code(code, as_of)
    except queries.UnitNotFound as error:
        raise NotFound(str(error)) from error
    if not (published() or read_scope(user).covers(unit.pk)):
        raise NotFound(_("no unit has code %(code)s on %(date)s") % {"code": code, "date": as_of.isoformat()})
    return unit


def access_document_by_id(user: Any, pk: int) -> Document:
    found = visible_documents(user, Document.objects.filter(pk=pk)).select_related("issuer_unit").first()
    if found is None:
        raise _not_found(_("document with id"), pk)
    return found


def access_target_by_id(user: Any, pk: int) -> Target:
    rows = Target.objects.filter(pk=pk).select_related("document", "unit", "indicator")
    found = visible_targets(user, rows).first()
    if found is None:
        raise _not_found(_("target with id"), pk)
    return found


def access_observation_by_id(user: Any, pk: int) -> Observation:
    rows = Observation.objects.filter(pk=pk).select_related("unit", "indicator")
    found = visible_observations(user, rows).first()
    if found is None:
        raise _not_found(_("observation with id"), pk)
    return found


def access_report_by_id(user: Any, pk: int) -> Report:
    found = visible_reports(user, Report.objects.filter(pk=pk)).select_related("unit").first()
    if found is None:
        raise _not_found(_("report with id"), pk)
    return found


def access_fact_by_id(user: Any, report: Report, pk: int) -> Fact:
    found = Fact.objects.filter(pk=pk, report=report).first()
    if found is None:
        raise _not_found(_("fact with id"), pk)
    return found


def observation_visible(user: Any, observation: Observation) -> bool:
    """The rule of :func:`visible_observations` for a row already in memory."""
    if read_scope(user).covers(observation.unit_id):
        return True
    return published() and observation.state == Observation.State.APPROVED


def sees_history(user: Any, unit_id: int | None) -> bool:
    """Whether the user may read who changed what on the unit's objects (revisions, audit): own scope only."""
    return read_scope(user).covers(unit_id)


# --- writes -------------------------------------------------------------------------------------------------


def may(user: Any, permission: Permission, unit_id: int | None) -> bool:
    """Whether ``user`` holds ``permission`` on the unit (``None``: a national object)."""
    return scope(user, permission).covers(unit_id)


def require(user: Any, permission: Permission, unit_id: int | None) -> None:
    if not may(user, permission, unit_id):
        raise Forbidden(
            _("you may not do this here: it needs the “%(permission)s” right on this unit")
            % {"permission": permission.value}
        )

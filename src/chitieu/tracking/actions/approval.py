"""The approval workflow of observations: draft → submitted → approved (locked) → reopened (with a reason) → …

Every transition is one audited action (``submit``, ``approve``, ``reopen``) and raises the observation's version,
so a transition based on an old reading is a conflict like any other write. Who may take which transition is the
delivery layer's check (``tracking.access.require``): reporters submit, approvers approve and reopen.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import ActionError, Problem
from chitieu.tracking.actions.locking import check_version
from chitieu.tracking.models import Observation

State = Observation.State

# The states each transition may start from.
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "submit": frozenset({State.DRAFT, State.REOPENED}),
    "approve": frozenset({State.SUBMITTED}),
    "reopen": frozenset({State.APPROVED, State.SUBMITTED}),
}
RESULT: dict[str, str] = {"submit": State.SUBMITTED, "approve": State.APPROVED, "reopen": State.REOPENED}
ACTION_LABELS = {"submit": gettext_lazy("submit"), "approve": gettext_lazy("approve"), "reopen": gettext_lazy("reopen")}


def _transition(
    actor: Actor, observation: Observation, action: str, reason: str, expected_version: int | None
) -> Observation:
    locked = Observation.objects.select_for_update().get(pk=observation.pk)
    check_version(locked, expected_version)
    if locked.state not in ALLOWED_FROM[action]:
        allowed = ", ".join(str(State(s).label) for s in sorted(ALLOWED_FROM[action]))
        raise ActionError(
            Problem(
                "state",
                _("cannot %(action)s a figure that is %(state)s; it must be one of: %(allowed)s")
                % {"action": ACTION_LABELS[action], "state": State(locked.state).label, "allowed": allowed},
            )
        )
    before = audit.snapshot(locked)
    locked.state = RESULT[action]
    locked.version += 1
    locked.save(update_fields=["state", "version"])
    audit.record(actor, locked, action, before, reason)
    return locked


@transaction.atomic
def do_submit_observation(
    actor: Actor, observation: Observation, *, expected_version: int | None = None, reason: str = ""
) -> Observation:
    """Hand a draft (or reopened) figure to the approvers."""
    return _transition(actor, observation, "submit", reason, expected_version)


@transaction.atomic
def do_approve_observation(
    actor: Actor, observation: Observation, *, expected_version: int | None = None, reason: str = ""
) -> Observation:
    """Approve a submitted figure: it becomes published and locked."""
    return _transition(actor, observation, "approve", reason, expected_version)


@transaction.atomic
def do_reopen_observation(
    actor: Actor, observation: Observation, reason: str, *, expected_version: int | None = None
) -> Observation:
    """Unlock an approved (or send back a submitted) figure; the reason is required and recorded."""
    if not reason.strip():
        raise ActionError(Problem("reason", _("reopening a figure needs a reason")))
    return _transition(actor, observation, "reopen", reason, expected_version)

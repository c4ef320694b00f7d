"""Recording observations: one value per (indicator, unit, period); every past value stays a revision."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chitieu.core.periods import Period, PeriodError, PeriodKind, parse_period
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.approval import do_reopen_observation
from chitieu.tracking.actions.errors import ActionError, Problem
from chitieu.tracking.actions.locking import check_version
from chitieu.tracking.models import Document, Indicator, Observation, ObservationRevision, Unit


class Outcome(StrEnum):
    """What recording a value did."""

    CREATED = "created"
    REVISED = "revised"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class Recorded:
    """The observation after recording, and whether it was created, revised or left as it was."""

    observation: Observation
    outcome: Outcome


def _period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return parse_period(period)
    except PeriodError as error:
        raise ActionError(Problem("period", str(error))) from error


def _check(value: float, source_kind: str, span: tuple[int, int] | None) -> None:
    problems: list[Problem] = []
    if not math.isfinite(value):
        problems.append(Problem("value", f"{value!r} is not a finite number"))
    if source_kind not in Observation.SourceKind.values:
        problems.append(
            Problem(
                "source_kind",
                f"{source_kind!r} is not a source: use one of {', '.join(Observation.SourceKind.values)}",
            )
        )
    if span is not None and not 0 <= span[0] <= span[1]:
        problems.append(Problem("span", f"{span!r} is not a character span (start <= end)"))
    if problems:
        raise ActionError(problems)


@transaction.atomic
def do_record_observation(
    actor: Actor,
    indicator: Indicator,
    unit: Unit,
    period: Period | str,
    value: float,
    *,
    is_estimate: bool = False,
    source_kind: str,
    source_ref: str = "",
    source_document: Document | None = None,
    span: tuple[int, int] | None = None,
    reason: str = "",
    state: str | None = None,
    expected_version: int | None = None,
    reopen_reason: str = "",
) -> Recorded:
    """Record ``value`` for (indicator, unit, period).

    The first value creates the observation with revision 1 (in ``state``, by default a draft); a different value
    (or estimate flag) appends the next revision and becomes current; the same value again changes nothing, so
    re-running an import is a no-op. An approved value is locked: changing it needs ``reopen_reason``, which
    reopens it first (recorded as its own transition). ``state``, when given, is the state after the write.
    ``expected_version`` is the version the caller read: an observation saved since then is a :class:`Conflict`.
    """
    period = _period(period)
    value = float(value)
    _check(value, source_kind, span)
    if state is not None and state not in Observation.State.values:
        raise ActionError(Problem("state", f"{state!r} is not a state: use one of {', '.join(Observation.State)}"))
    found = (
        Observation.objects.select_for_update()
        .filter(indicator=indicator, unit=unit, period_start=period.start, period_end=period.end)
        .first()
    )
    if found is not None:
        check_version(found, expected_version)
    if found is not None and found.value == value and found.is_estimate == is_estimate:
        return Recorded(found, Outcome.UNCHANGED)
    if found is not None and found.state == Observation.State.APPROVED:
        if not reopen_reason.strip():
            raise ActionError(
                Problem(
                    "state",
                    f"{indicator.code} for {unit.code} in {period} is approved ({found.value:g}) and locked: "
                    "reopen it with a reason before changing it",
                )
            )
        found = do_reopen_observation(actor, found, reopen_reason)
    before = audit.snapshot(found) if found is not None else None
    observation = found or Observation(
        indicator=indicator,
        unit=unit,
        period_kind=period.kind.value,
        period_start=period.start,
        period_end=period.end,
        revision=0,
        version=0,
        state=Observation.State.DRAFT,
    )
    observation.value, observation.is_estimate = value, is_estimate
    observation.source_kind, observation.source_ref = source_kind, source_ref
    observation.source_document = source_document
    observation.span_start, observation.span_end = span if span is not None else (None, None)
    observation.revision += 1
    observation.version += 1
    if state is not None:
        observation.state = state
    observation.save()
    ObservationRevision.objects.create(
        observation=observation,
        number=observation.revision,
        value=value,
        is_estimate=is_estimate,
        source_kind=source_kind,
        source_ref=source_ref,
        changed_by=actor.user,
        actor=actor.name,
        changed_at=timezone.now(),
        reason=reason,
    )
    audit.record(actor, observation, "create" if found is None else "revise", before, reason)
    return Recorded(observation, Outcome.CREATED if found is None else Outcome.REVISED)


def stored_period(observation: Observation) -> Period:
    """The period of a stored figure, of the kind it was recorded with (a January is a month or a YTD01)."""
    return Period(PeriodKind(observation.period_kind), observation.period_start, observation.period_end)


# The states in which a figure's value may be edited as it stands. A submitted figure is with the approvers and
# an approved one is published: either must be reopened (with a reason) by an approver first.
EDITABLE_STATES = frozenset({Observation.State.DRAFT, Observation.State.REOPENED})


@transaction.atomic
def do_edit_observation(
    actor: Actor,
    observation: Observation,
    value: float,
    *,
    is_estimate: bool,
    expected_version: int | None,
    reason: str = "",
) -> Recorded:
    """Change the value of an existing figure, as the person who read it at ``expected_version`` saw it.

    The figure keeps its state (a draft stays a draft); a figure that is submitted or approved is refused
    until it is reopened. A figure saved by someone else since it was read is a :class:`Conflict` naming the
    value now stored.
    """
    locked = Observation.objects.select_for_update().select_related("indicator", "unit").get(pk=observation.pk)
    check_version(locked, expected_version)
    if locked.state not in EDITABLE_STATES:
        raise ActionError(
            Problem(
                "state",
                _("this figure is %(state)s: it can be changed only after an approver reopens it")
                % {"state": Observation.State(locked.state).label},
            )
        )
    return do_record_observation(
        actor,
        locked.indicator,
        locked.unit,
        stored_period(locked),
        value,
        is_estimate=is_estimate,
        source_kind=Observation.SourceKind.MANUAL,
        source_ref=locked.source_ref if locked.source_kind == Observation.SourceKind.MANUAL else "",
        reason=reason,
        expected_version=locked.version,
    )

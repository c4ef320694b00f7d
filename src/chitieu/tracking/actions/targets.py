"""Actions on targets: create, update and override the computed status, each audited."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from chitieu.core.status.model import Status
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import ActionError, AlreadyExists, Problem, refuse
from chitieu.tracking.models import Document, Indicator, Target, Unit

Form = Target.Form
# Forms whose target value must be given (a change target computes it from its baseline; binary means "yes").
_NEEDS_VALUE = (Form.LEVEL, Form.GROWTH, Form.FLOW, Form.MAINTAIN)


@dataclass(frozen=True, slots=True)
class TargetSpec:
    """A target as a document sets it; identified by (document, unit, indicator, label, deadline)."""

    document: Document
    unit: Unit
    indicator: Indicator
    form: str
    deadline: date
    comparator: str = Target.Comparator.GE
    value: float | None = None
    relative_change: float | None = None
    baseline_date: date | None = None
    baseline_value: float | None = None
    start: date | None = None
    label: str = ""
    wording: str = ""


def spec_of(target: Target) -> TargetSpec:
    """The spec an existing target was made from."""
    return TargetSpec(**{f.name: getattr(target, f.name) for f in dataclasses.fields(TargetSpec)})


def target_problems(spec: TargetSpec) -> list[Problem]:
    """Everything that would stop the status engine from assessing ``spec``, field by field."""
    problems: list[Problem] = []
    if spec.form not in Form.values:
        problems.append(
            Problem("form", f"{spec.form!r} is not a valid form: use one of {', '.join(Form.values)}")
        )
    if spec.comparator not in Target.Comparator.values:
        problems.append(
            Problem(
                "comparator",
                f"{spec.comparator!r} is not a valid comparator: use one of "
                f"{' '.join(Target.Comparator.values)}",
            )
        )
    if spec.form in _NEEDS_VALUE and spec.value is None:
        problems.append(Problem("value", f"a {spec.form} target needs a value"))
    if spec.form == Form.FLOW and spec.value is not None and spec.value <= 0:
        problems.append(Problem("value", f"a flow target needs a positive value, not {spec.value:g}"))
    problems += _change_problems(spec)
    problems += _date_problems(spec)
    return problems


def _change_problems(spec: TargetSpec) -> list[Problem]:
    problems: list[Problem] = []
    if spec.form == Form.CHANGE:
        if spec.relative_change is None:
            problems.append(
                Problem(
                    "relative_change",
                    "a change target needs relative_change (e.g. -0.5 for a 50 % reduction)",
                )
            )
        if spec.baseline_value is None or spec.baseline_date is None:
            problems.append(
                Problem(
                    "baseline_value",
                    "a change target needs baseline_date and baseline_value "
                    "(the value the change is measured from)",
                )
            )
    elif spec.relative_change is not None:
        problems.append(Problem("relative_change", "relative_change is only used with form change"))
    if (spec.baseline_value is None) != (spec.baseline_date is None):
        missing = "baseline_date" if spec.baseline_date is None else "baseline_value"
        problems.append(
            Problem(missing, "baseline_date and baseline_value go together: give both or neither")
        )
    return problems


def _date_problems(spec: TargetSpec) -> list[Problem]:
    problems: list[Problem] = []
    if spec.baseline_date is not None and spec.baseline_date >= spec.deadline:
        problems.append(
            Problem(
                "baseline_date",
                f"the baseline date {spec.baseline_date} is not before the deadline {spec.deadline}",
            )
        )
    if spec.start is not None and spec.start > spec.deadline:
        problems.append(Problem("start", f"the start {spec.start} is after the deadline {spec.deadline}"))
    return problems


def find_target(spec: TargetSpec) -> Target | None:
    """The stored target with the identity of ``spec``, if any."""
    return Target.objects.filter(
        document=spec.document,
        unit=spec.unit,
        indicator=spec.indicator,
        label=spec.label,
        deadline=spec.deadline,
    ).first()


@transaction.atomic
def do_create_target(actor: Actor, spec: TargetSpec, *, reason: str = "") -> Target:
    """Store a target a document sets; refuse a second one with the same identity."""
    refuse(target_problems(spec))
    if find_target(spec) is not None:
        raise AlreadyExists(
            Problem(
                "label",
                f"{spec.document.code} already sets a target {spec.label!r} for "
                f"{spec.indicator.code} in {spec.unit.code} by {spec.deadline}",
            )
        )
    target = Target.objects.create(**{f.name: getattr(spec, f.name) for f in dataclasses.fields(TargetSpec)})
    audit.record(actor, target, "create", None, reason)
    return target


@transaction.atomic
def do_update_target(actor: Actor, target: Target, *, reason: str = "", **changes: object) -> Target:
    """Change fields of a target; a change that changes nothing writes nothing."""
    unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(TargetSpec)})
    if unknown:
        raise ActionError([Problem(name, "is not a field of a target") for name in unknown])
    target = Target.objects.select_for_update().get(pk=target.pk)
    old = spec_of(target)
    new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
    if new == old:
        return target
    refuse(target_problems(new))
    audit.save_changes(actor, target, changes, reason=reason)
    return target


@transaction.atomic
def do_override_target_status(actor: Actor, target: Target, status: str, reason: str) -> Target:
    """Replace the computed status by ``status`` (shown beside it), or clear the override with ``""``.

    A reason is always required: an override is a judgement the next reader must be able to check.
    """
    if not reason.strip():
        raise ActionError(Problem("reason", "an override needs a reason"))
    if status and status not in {s.value for s in Status}:
        raise ActionError(
            Problem(
                "status",
                f"{status!r} is not a status: use one of "
                f"{', '.join(s.value for s in Status)} (or nothing to clear)",
            )
        )
    target = Target.objects.select_for_update().get(pk=target.pk)
    override = {
        "override_status": status,
        "override_reason": reason if status else "",
        "override_by": actor.user if status else None,
        "override_at": timezone.now() if status else None,
    }
    audit.save_changes(actor, target, override, "override_status" if status else "clear_override", reason)
    return target

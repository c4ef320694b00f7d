"""Actions on the indicator catalogue: create and update, each audited."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import ActionError, AlreadyExists, Problem, refuse
from chitieu.tracking.models import Indicator

CODE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REFERENCES = ("weight", "numerator", "denominator")
# Which aggregation needs which reference; a reference given to any other aggregation is a mistake.
_NEEDS = {
    "weight": Indicator.Aggregation.WEIGHTED_MEAN,
    "numerator": Indicator.Aggregation.RATIO,
    "denominator": Indicator.Aggregation.RATIO,
}
_CHOICES = {
    "direction": Indicator.Direction,
    "kind": Indicator.Kind,
    "growth_model": Indicator.GrowthModel,
    "aggregation": Indicator.Aggregation,
}


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    """What defines an indicator; references to other indicators are given by code ("" for none)."""

    code: str
    name_vi: str
    name_en: str
    unit_of_measure: str
    direction: str
    kind: str
    growth_model: str
    aggregation: str
    weight: str = ""
    numerator: str = ""
    denominator: str = ""
    threshold: float | None = None
    description: str = ""

    def references(self) -> dict[str, str]:
        """The references this spec makes, by field name (only those given)."""
        return {name: getattr(self, name) for name in REFERENCES if getattr(self, name)}


def spec_of(indicator: Indicator) -> IndicatorSpec:
    """The spec an existing indicator was made from."""
    refs = {
        name: getattr(indicator, name).code if getattr(indicator, f"{name}_id") else "" for name in REFERENCES
    }
    return IndicatorSpec(
        code=indicator.code,
        name_vi=indicator.name_vi,
        name_en=indicator.name_en,
        unit_of_measure=indicator.unit_of_measure,
        direction=indicator.direction,
        kind=indicator.kind,
        growth_model=indicator.growth_model,
        aggregation=indicator.aggregation,
        threshold=indicator.threshold,
        description=indicator.description,
        **refs,
    )


def indicator_problems(spec: IndicatorSpec, exists: Callable[[str], bool]) -> list[Problem]:
    """Everything wrong with ``spec``; ``exists(code)`` says whether a referenced indicator is known."""
    problems: list[Problem] = []
    if not CODE_PATTERN.match(spec.code):
        problems.append(
            Problem(
                "code",
                f"{spec.code!r} is not a code: use lower-case letters, digits and hyphens, e.g. grdp-growth",
            )
        )
    for name in ("name_vi", "name_en", "unit_of_measure"):
        if not getattr(spec, name).strip():
            problems.append(Problem(name, "is required"))
    for name, choices in _CHOICES.items():
        value = getattr(spec, name)
        if value not in choices.values:
            problems.append(
                Problem(name, f"{value!r} is not a valid {name}: use one of {', '.join(choices.values)}")
            )
    problems += _reference_problems(spec, exists)
    if spec.aggregation == Indicator.Aggregation.COUNT_THRESHOLD and spec.threshold is None:
        problems.append(Problem("threshold", "aggregation count_threshold needs a threshold"))
    if spec.aggregation != Indicator.Aggregation.COUNT_THRESHOLD and spec.threshold is not None:
        problems.append(Problem("threshold", "a threshold is only used with aggregation count_threshold"))
    return problems


def _reference_problems(spec: IndicatorSpec, exists: Callable[[str], bool]) -> list[Problem]:
    problems: list[Problem] = []
    for name, needed_by in _NEEDS.items():
        code = getattr(spec, name)
        if spec.aggregation == needed_by and not code:
            problems.append(Problem(name, f"aggregation {needed_by} needs a {name} indicator"))
        elif code and spec.aggregation != needed_by:
            problems.append(Problem(name, f"a {name} is only used with aggregation {needed_by}"))
        elif code == spec.code and code:
            problems.append(Problem(name, f"an indicator cannot be its own {name}"))
        elif code and not exists(code):
            problems.append(Problem(name, f"unknown indicator {code!r}"))
    return problems


def _in_database(code: str) -> bool:
    return Indicator.objects.filter(code=code).exists()


def _apply(indicator: Indicator, spec: IndicatorSpec) -> None:
    for field in dataclasses.fields(spec):
        if field.name not in REFERENCES:
            setattr(indicator, field.name, getattr(spec, field.name))
    for name in REFERENCES:
        code = getattr(spec, name)
        setattr(indicator, name, Indicator.objects.get(code=code) if code else None)


@transaction.atomic
def do_create_indicator(actor: Actor, spec: IndicatorSpec, *, reason: str = "") -> Indicator:
    """Add an indicator to the catalogue; its references must already exist."""
    refuse(indicator_problems(spec, _in_database))
    if Indicator.objects.filter(code=spec.code).exists():
        raise AlreadyExists(Problem("code", f"indicator {spec.code!r} already exists"))
    indicator = Indicator()
    _apply(indicator, spec)
    indicator.save()
    audit.record(actor, indicator, "create", None, reason)
    return indicator


@transaction.atomic
def do_update_indicator(
    actor: Actor, indicator: Indicator, *, reason: str = "", **changes: object
) -> Indicator:
    """Change some fields of an indicator (references by code); a change that changes nothing writes nothing.

    The code cannot change: targets, observations and imported files refer to it.
    """
    unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(IndicatorSpec)})
    if unknown:
        raise ActionError([Problem(name, "is not a field of an indicator") for name in unknown])
    if "code" in changes and changes["code"] != indicator.code:
        raise ActionError(Problem("code", "codes are stable: create a new indicator instead of renaming one"))
    indicator = Indicator.objects.select_for_update().get(pk=indicator.pk)
    old = spec_of(indicator)
    new = dataclasses.replace(old, **changes)  # type: ignore[arg-type]
    if new == old:
        return indicator
    refuse(indicator_problems(new, _in_database))
    before = audit.snapshot(indicator)
    _apply(indicator, new)
    indicator.save()
    audit.record(actor, indicator, "update", before, reason)
    return indicator

"""ORM rows → the core's plain dataclasses, so that the status engine never sees Django.

A target's direction and growth model come from its indicator; a ``growth`` target on a ``rate`` indicator
(e.g. the GRDP growth rate) is fed yearly rates rather than levels.
"""

from __future__ import annotations

from chitieu.core.status import model as core
from chitieu.tracking.models import Indicator, Observation, Target

# The ORM stores the comparator as written (">="); the core names it.
COMPARATORS: dict[str, core.Comparator] = {
    Target.Comparator.GE: core.Comparator.AT_LEAST,
    Target.Comparator.GT: core.Comparator.MORE_THAN,
    Target.Comparator.LE: core.Comparator.AT_MOST,
    Target.Comparator.LT: core.Comparator.LESS_THAN,
    Target.Comparator.EQ: core.Comparator.EQUAL,
}


def baseline_of(target: Target) -> core.Baseline | None:
    """The target's baseline, when both its date and its value are known."""
    if target.baseline_date is None or target.baseline_value is None:
        return None
    return core.Baseline(date=target.baseline_date, value=target.baseline_value)


def target_spec(target: Target) -> core.TargetSpec:
    """The engine's view of ``target`` (its ``indicator`` must be loaded or loadable).

    Raises :class:`chitieu.core.status.model.TargetError` when the row cannot be assessed as stored.
    """
    indicator = target.indicator
    form = core.Form(target.form)
    return core.TargetSpec(
        form=form,
        deadline=target.deadline,
        direction=core.Direction(indicator.direction),
        value=target.value,
        relative_change=target.relative_change,
        baseline=baseline_of(target),
        start=target.start,
        growth=core.GrowthModel(indicator.growth_model),
        observations_are_rates=form is core.Form.GROWTH and indicator.kind == Indicator.Kind.RATE,
        comparator=COMPARATORS.get(target.comparator),
    )


def core_observation(observation: Observation) -> core.Observation:
    """The engine's view of an observation: its inclusive span and its current value."""
    return core.Observation(
        start=observation.period_start, end=observation.period_end, value=observation.value
    )

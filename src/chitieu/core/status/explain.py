"""The "why" sentence of an assessment, one translatable template per row of the decision table.

The core imports no Django, yet its sentences must be translated: templates are marked with a local no-op
``gettext_noop`` (Django's ``makemessages`` extracts that keyword) and rendered by :func:`explain` with
whatever ``translate`` the delivery layer passes (Django's ``gettext`` on pages; the identity in the CLI and
tests).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from chitieu.core.status.model import Assessment, Status
from chitieu.core.status.rules import Rule


def gettext_noop(message: str) -> str:
    """Mark a string for translation without translating it (the keyword makemessages looks for)."""
    return message


def identity(message: str) -> str:
    return message


STATUS_LABELS: dict[Status, str] = {
    Status.EXCEEDED: gettext_noop("Exceeded"),
    Status.ACHIEVED: gettext_noop("Achieved"),
    Status.ON_TRACK: gettext_noop("On track"),
    Status.NEEDS_ACCELERATION: gettext_noop("Needs acceleration"),
    Status.OFF_TRACK: gettext_noop("Off track"),
    Status.NOT_ACHIEVED: gettext_noop("Not achieved"),
    Status.PENDING: gettext_noop("Pending"),
    Status.NO_DATA: gettext_noop("No data"),
}

# Whole literals (no concatenation with names) so that makemessages can extract every template.
MESSAGES: dict[Rule, str] = {
    Rule.DATA_NONE: gettext_noop("No data: nothing observed yet for the target of %(T)s by %(deadline)s."),
    Rule.DATA_TOO_FEW: gettext_noop(
        "No data: one observation date and no baseline, so the pace towards %(T)s cannot be measured yet."
    ),
    Rule.DATA_NO_RATE: gettext_noop("No data: a growth rate needs positive values (start %(y0)s, latest %(y_last)s)."),
    Rule.FINAL_EXCEEDED: gettext_noop("Exceeded: %(y)s against a target of %(T)s by %(deadline)s."),
    Rule.FINAL_ACHIEVED: gettext_noop("Achieved: %(y)s against a target of %(T)s by %(deadline)s."),
    Rule.FINAL_NOT_ACHIEVED: gettext_noop("Not achieved: %(y)s against a target of %(T)s by %(deadline)s."),
    Rule.PROGRESS_ALREADY_MET: gettext_noop(
        "Achieved already: %(y)s on %(t)s meets the target of %(T)s set for %(deadline)s."
    ),
    Rule.PROGRESS_ON_TRACK: gettext_noop(
        "On track: from %(y0)s on %(t0)s to %(y)s on %(t)s is %(R_pct)s of the pace needed to reach "
        "%(T)s by %(deadline)s."
    ),
    Rule.PROGRESS_NEEDS_ACCELERATION: gettext_noop(
        "Needs acceleration: from %(y0)s on %(t0)s to %(y)s on %(t)s is only %(R_pct)s of the pace "
        "needed to reach %(T)s by %(deadline)s."
    ),
    Rule.PROGRESS_OFF_TRACK: gettext_noop(
        "Off track: from %(y0)s on %(t0)s to %(y)s on %(t)s is only %(R_pct)s of the pace needed to "
        "reach %(T)s by %(deadline)s."
    ),
    Rule.PROGRESS_MOVING_AWAY: gettext_noop(
        "Off track, moving away from the target: from %(y0)s on %(t0)s to %(y)s on %(t)s, while %(T)s"
        " is needed by %(deadline)s."
    ),
    Rule.PROGRESS_LOST_GROUND: gettext_noop(
        "Off track: %(y0)s on %(t0)s already met the target of %(T)s, but %(y)s on %(t)s no longer does."
    ),
    Rule.FLOW_ACHIEVED: gettext_noop("Achieved already: %(y)s by %(t)s reaches the period target of %(T)s."),
    Rule.FLOW_ON_TRACK: gettext_noop(
        "On track: %(y)s by %(t)s is %(p_pct)s of the target %(T)s, with %(e_pct)s of the period elapsed."
    ),
    Rule.FLOW_NEEDS_ACCELERATION: gettext_noop(
        "Needs acceleration: %(y)s by %(t)s is %(p_pct)s of the target %(T)s, with %(e_pct)s of the period elapsed."
    ),
    Rule.FLOW_OFF_TRACK: gettext_noop(
        "Off track: %(y)s by %(t)s is %(p_pct)s of the target %(T)s, with %(e_pct)s of the period elapsed."
    ),
    Rule.FLOW_MOVING_AWAY: gettext_noop(
        "Off track, moving away from the target: the total so far is %(y)s by %(t)s against %(T)s."
    ),
    Rule.FLOW_CEILING_BREACHED: gettext_noop(
        "Off track: %(y)s by %(t)s already exceeds the ceiling of %(T)s for the period."
    ),
    Rule.GROWTH_ON_TRACK: gettext_noop(
        "On track: average growth of %(y)s%% a year so far is %(R_pct)s of the %(T)s%% a year targeted."
    ),
    Rule.GROWTH_NEEDS_ACCELERATION: gettext_noop(
        "Needs acceleration: average growth of %(y)s%% a year so far is %(R_pct)s of the %(T)s%% a year targeted."
    ),
    Rule.GROWTH_OFF_TRACK: gettext_noop(
        "Off track: average growth of %(y)s%% a year so far is %(R_pct)s of the %(T)s%% a year targeted."
    ),
    Rule.GROWTH_MOVING_AWAY: gettext_noop(
        "Off track, moving away from the target: growth averages %(y)s%% a year against %(T)s%% a year targeted."
    ),
    Rule.GROWTH_MEETS_SO_FAR: gettext_noop(
        "On track: average growth of %(y)s%% a year so far meets the target of %(T)s%% a year."
    ),
    Rule.GROWTH_FALLS_SHORT: gettext_noop(
        "Off track: average growth of %(y)s%% a year so far misses the target of %(T)s%% a year."
    ),
    Rule.MAINTAIN_ACHIEVED: gettext_noop("Achieved: all %(n)s periods of the term met %(T)s."),
    Rule.MAINTAIN_BREACH: gettext_noop("Not achieved: %(breaches)s of %(n)s periods missed %(T)s (worst: %(worst)s)."),
    Rule.MAINTAIN_HOLDING: gettext_noop("On track: all %(n)s periods so far met %(T)s."),
    Rule.BINARY_ACHIEVED: gettext_noop("Achieved: observed on %(t)s."),
    Rule.BINARY_PENDING: gettext_noop("Pending: not observed as met yet; due by %(deadline)s."),
    Rule.BINARY_NOT_ACHIEVED: gettext_noop("Not achieved: not observed by the deadline %(deadline)s."),
}

OVERRIDE_MESSAGE = gettext_noop("%(status)s, set by hand: %(reason)s. The engine computed: %(why)s")


def format_number(x: float) -> str:
    """A readable default: thousands separated, at most four significant decimals."""
    if math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 100:
        return f"{x:,.1f}"
    return f"{x:.4g}"


def _percent(x: float) -> str:
    return f"{100 * x:.0f}%"


def _context(assessment: Assessment, number: Callable[[float], str]) -> dict[str, str]:
    context = {name: number(value) for name, value in assessment.numbers.items()}
    for name in ("R", "p", "e"):
        if name in assessment.numbers:
            context[f"{name}_pct"] = _percent(assessment.numbers[name])
    context.update({name: _date(value) for name, value in assessment.dates.items()})
    return context


def _date(value: date) -> str:
    return value.isoformat()


def explain(
    assessment: Assessment,
    translate: Callable[[str], str] = identity,
    number: Callable[[float], str] = format_number,
) -> str:
    """The sentence that says why the assessment has its status (and, after an override, who decided what)."""
    why = translate(MESSAGES[Rule(assessment.rule)]) % _context(assessment, number)
    if not assessment.overridden:
        return why
    return translate(OVERRIDE_MESSAGE) % {
        "status": translate(STATUS_LABELS[assessment.status]),
        "reason": assessment.override_reason,
        "why": why,
    }

"""The status engine: is a target achieved, on track, off track... and why (docs/algorithms/status.md)."""

from chitieu.core.status.engine import assess
from chitieu.core.status.explain import STATUS_LABELS, explain
from chitieu.core.status.model import (
    Assessment,
    Baseline,
    Comparator,
    Direction,
    Form,
    GrowthModel,
    Observation,
    Status,
    TargetError,
    TargetSpec,
)
from chitieu.core.status.override import OverrideError, apply_override
from chitieu.core.status.rules import Rule
from chitieu.core.status.settings import DEFAULT_THRESHOLDS, Thresholds
from chitieu.core.status.summary import Summary, summarise

__all__ = [
    "DEFAULT_THRESHOLDS",
    "STATUS_LABELS",
    "Assessment",
    "Baseline",
    "Comparator",
    "Direction",
    "Form",
    "GrowthModel",
    "Observation",
    "OverrideError",
    "Rule",
    "Status",
    "Summary",
    "TargetError",
    "TargetSpec",
    "Thresholds",
    "apply_override",
    "assess",
    "explain",
    "summarise",
]

"""Manual overrides: a person sets the status, with a reason; the computed status stays beside it."""

from __future__ import annotations

from dataclasses import replace

from chitieu.core.status.model import Assessment, Status


class OverrideError(ValueError):
    """An override without a reason (the reason is what gets audited and shown)."""


def apply_override(assessment: Assessment, status: Status, reason: str) -> Assessment:
    """Set ``status`` by hand; keep the engine's status, rule and numbers beside it.

    Overriding an already overridden assessment replaces the earlier override; the computed status stays the
    engine's.
    """
    if not reason or not reason.strip():
        raise OverrideError("a manual status needs a reason")
    return replace(
        assessment,
        status=Status(status),
        computed_status=assessment.computed_status,
        override_reason=reason.strip(),
    )

"""Optimistic locking: a write says which version of the object it was based on; a newer one is a conflict."""

from __future__ import annotations

from django.utils.translation import gettext as _

from chitieu.tracking.actions.errors import Conflict, Problem
from chitieu.tracking.models import Observation


def check_version(observation: Observation, expected_version: int | None) -> None:
    """Refuse a write based on an older version of ``observation``; ``None`` skips the check.

    The error names the value now stored, so the second of two people saving the same figure sees the first one's
    value and loses nothing: she decides again on what is there.
    """
    if expected_version is not None and observation.version != expected_version:
        raise Conflict(
            Problem(
                "version",
                _(
                    "this figure was changed by someone else since you opened it (your version %(yours)s, now "
                    "version %(now)s): its value is now %(value)s (%(state)s); reload it and make your change again"
                )
                % {
                    "yours": expected_version,
                    "now": observation.version,
                    "value": f"{observation.value:g}",
                    "state": Observation.State(observation.state).label,
                },
            ),
            current=observation,
        )

"""Optimistic locking: a write says which version of the object it was based on; a newer one is a conflict."""

from __future__ import annotations

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
                f"this figure was changed by someone else since you opened it (your version {expected_version}, "
                f"now version {observation.version}): its value is now {observation.value:g} "
                f"({observation.state}); reload it and make your change again",
            ),
            current=observation,
        )

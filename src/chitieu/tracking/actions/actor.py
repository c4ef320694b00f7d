"""Who performs an action, and through which face of the application."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chitieu.tracking.models import AuditEntry


@dataclass(frozen=True, slots=True)
class Actor:
    """The person or process behind a write, as recorded in the audit trail and in revisions.

    ``name`` is kept as text so that the history still says who acted after an account is deleted;
    ``user`` links the account when there is one.
    """

    name: str
    face: AuditEntry.Face
    user: Any = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an actor needs a name (who is making the change)")
        if self.face not in AuditEntry.Face.values:
            raise ValueError(
                f"unknown face {self.face!r}; expected one of {', '.join(AuditEntry.Face.values)}"
            )

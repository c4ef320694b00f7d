"""The errors actions raise when asked to write something invalid."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a value cannot be written: the field it concerns and why, in words a user can act on."""

    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class ActionError(ValueError):
    """An action refused its input; ``problems`` lists every field that is wrong."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


class AlreadyExists(ActionError):
    """The object to create already exists under the same identity."""


def refuse(problems: list[Problem]) -> None:
    """Raise :class:`ActionError` when there is any problem."""
    if problems:
        raise ActionError(problems)


class Conflict(ActionError):
    """Somebody else saved the object since the caller read it; ``current`` is the object as it is now."""

    def __init__(self, problems: list[Problem] | Problem, current: object) -> None:
        super().__init__(problems)
        self.current = current

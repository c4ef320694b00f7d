"""What an import format is: its columns, how a row is checked, what identifies a row, how it is written."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import Problem
from chitieu.tracking.actions.observations import Outcome
from chitieu.tracking.importing.cells import CellError, is_blank, text
from chitieu.tracking.importing.table import Row, Table

Item = TypeVar("Item")


@dataclass(slots=True)
class RowReader:
    """Reads the cells of one row, collecting at most one problem per column (the first one found)."""

    row: Row
    problems: dict[str, str] = field(default_factory=dict)

    def get(self, column: str, parse: Callable[[Any], Any], *, required: bool = False) -> Any:
        """The cell parsed by ``parse``; None (and a problem) when required but missing, or unreadable."""
        raw = self.row.cells.get(column)
        if is_blank(raw):
            if required:
                self.fail(column, "is required")
            return parse(raw) if not required else None
        try:
            return parse(raw)
        except CellError as error:
            self.fail(column, str(error))
            return None

    def text(self, column: str, *, required: bool = False) -> str:
        """The cell as trimmed text ("" when blank)."""
        return self.get(column, text, required=required) or ""

    def raw(self, column: str) -> Any:
        """The cell as read from the file."""
        return self.row.cells.get(column)

    def fail(self, column: str, reason: str) -> None:
        """Record a problem with ``column`` unless one is already recorded for it."""
        self.problems.setdefault(column, reason)

    def add(self, problems: list[Problem]) -> None:
        """Record problems found by an action's validation."""
        for problem in problems:
            self.fail(problem.field, problem.reason)

    @property
    def ok(self) -> bool:
        return not self.problems


class Format(ABC, Generic[Item]):
    """One import format. An instance serves one file: it may cache what it looked up while checking rows."""

    kind: ClassVar[str]
    required: ClassVar[tuple[str, ...]]
    optional: ClassVar[tuple[str, ...]]
    key_fields: ClassVar[tuple[str, ...]]

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return cls.required + cls.optional

    def begin(self, table: Table) -> None:  # noqa: B027 - optional hook
        """Prepare for checking ``table`` (e.g. load every unit it names at once)."""

    @abstractmethod
    def check(self, reader: RowReader) -> Item | None:
        """Read and check one row; return the item to write, or None when the row has problems."""

    @abstractmethod
    def key(self, item: Item) -> Hashable:
        """What identifies the item: two rows with the same key in one file are duplicates."""

    def arrange(
        self, items: list[tuple[Row, Item]]
    ) -> tuple[list[tuple[Row, Item]], list[tuple[Row, Problem]]]:
        """Order the checked items for writing and report problems that involve several rows."""
        return items, []

    @abstractmethod
    def write(self, actor: Actor, item: Item, source: str, reason: str) -> Outcome:
        """Create, revise or leave unchanged what the row describes; ``source`` names the file."""

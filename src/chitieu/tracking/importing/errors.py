"""Row errors: what is wrong, where, in the words the user needs to fix the file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem in an import file; ``row`` is the number the user sees (header = 1; 0 = the whole file)."""

    file: str
    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.field}: {self.reason}"


class ImportFailed(ValueError):
    """An import found errors and wrote nothing; ``errors`` lists every one of them, in file order."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = list(errors)
        shown = "\n".join(str(e) for e in self.errors[:20])
        more = f"\n... and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
        super().__init__(f"{len(self.errors)} error(s), nothing was written:\n{shown}{more}")

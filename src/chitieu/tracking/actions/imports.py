"""Atomic imports: check every row of every file first; write everything in one transaction, or nothing.

The file formats are described in ``docs/import.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.observations import Outcome
from chitieu.tracking.importing.documents import DocumentFormat
from chitieu.tracking.importing.errors import ImportFailed, RowError
from chitieu.tracking.importing.formats import Format, RowReader
from chitieu.tracking.importing.indicators import IndicatorFormat
from chitieu.tracking.importing.observations import ObservationFormat
from chitieu.tracking.importing.table import Table, read_table
from chitieu.tracking.importing.targets import TargetFormat

__all__ = [
    "KINDS",
    "ImportFailed",
    "ImportReport",
    "RowError",
    "detect_kind",
    "do_import_file",
    "do_import_files",
]

# In the order files must be written when several are imported together: each may refer to the ones before.
FORMATS: dict[str, type[Format]] = {
    f.kind: f for f in (IndicatorFormat, DocumentFormat, TargetFormat, ObservationFormat)
}
KINDS = tuple(FORMATS)
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did to one file: rows read; objects created, revised and left unchanged."""

    file: str
    kind: str
    rows: int
    created: int
    revised: int
    unchanged: int


def detect_kind(table: Table, path: Path) -> str:
    """The kind of file from its header (the format whose required columns it has), else from its name."""
    header = set(table.header)
    complete = [f for f in FORMATS.values() if set(f.required) <= header]
    if len(complete) > 1:  # documents need only `code`, which indicators have too: take the closest match
        complete.sort(
            key=lambda f: len(header & set(f.columns())) / len(header | set(f.columns())), reverse=True
        )
    if complete:
        return complete[0].kind
    named = [kind for kind in FORMATS if kind.rstrip("s") in path.stem.lower()]
    if len(named) == 1:
        return named[0]
    raise ImportFailed(
        [
            RowError(
                table.name,
                table.header_row,
                "header",
                "cannot tell what this file holds: its "
                f"columns match no format ({', '.join(KINDS)}); name the kind (--kind)",
            )
        ]
    )


def _kind(given: str | None, table: Table, path: Path) -> str:
    if given is None:
        return detect_kind(table, path)
    kind = given.strip().lower()
    kind = kind if kind in FORMATS else f"{kind}s"
    if kind not in FORMATS:
        raise ImportFailed(
            [
                RowError(
                    table.name,
                    0,
                    "kind",
                    f"{given!r} is not a kind of import file: use one of {', '.join(KINDS)}",
                )
            ]
        )
    return kind


def _header_errors(table: Table, fmt: type[Format]) -> list[RowError]:
    errors, seen = [], set()
    for column in table.header:
        if column in seen:
            errors.append(
                RowError(table.name, table.header_row, column or "header", "the column appears twice")
            )
        elif column not in fmt.columns():
            errors.append(
                RowError(
                    table.name,
                    table.header_row,
                    column or "header",
                    f"unknown column in a {fmt.kind} file; its columns are {', '.join(fmt.columns())}",
                )
            )
        seen.add(column)
    errors += [
        RowError(table.name, table.header_row, column, f"missing required column of a {fmt.kind} file")
        for column in fmt.required
        if column not in seen
    ]
    return errors


@dataclass(slots=True)
class _Plan:
    """A file read and checked: its format and the items to write, in order."""

    path: Path
    table: Table
    fmt: Format
    items: list


def _check_rows(path: Path, table: Table, fmt: Format) -> _Plan:
    fmt.begin(table)
    errors: list[RowError] = []
    items, first_row_of = [], {}
    for row in table.rows:
        reader = RowReader(row)
        item = fmt.check(reader)
        errors += [
            RowError(table.name, row.number, column, reason) for column, reason in reader.problems.items()
        ]
        if item is None:
            continue
        key = fmt.key(item)
        if key in first_row_of:
            names = ", ".join(fmt.key_fields)
            errors.append(
                RowError(
                    table.name,
                    row.number,
                    fmt.key_fields[-1],
                    f"duplicate of row {first_row_of[key]} (same {names})",
                )
            )
            continue
        first_row_of[key] = row.number
        items.append((row, item))
    items, problems = fmt.arrange(items)
    errors += [RowError(table.name, row.number, p.field, p.reason) for row, p in problems]
    if errors:
        raise ImportFailed(sorted(errors, key=lambda e: e.row))
    return _Plan(path, table, fmt, items)


def _write(actor: Actor, plan: _Plan, progress: Progress | None, done: int, total: int) -> ImportReport:
    counts = dict.fromkeys(Outcome, 0)
    name = plan.path.name
    for row, item in plan.items:
        outcome = plan.fmt.write(actor, item, name, f"import {name} row {row.number}")
        counts[outcome] += 1
        done += 1
        if progress is not None:
            progress(done, total)
    return ImportReport(
        plan.table.name,
        plan.fmt.kind,
        len(plan.table.rows),
        counts[Outcome.CREATED],
        counts[Outcome.REVISED],
        counts[Outcome.UNCHANGED],
    )


def _read(path: Path, kind: str | None) -> tuple[Table, type[Format]]:
    table = read_table(path)
    fmt = FORMATS[_kind(kind, table, path)]
    errors = _header_errors(table, fmt)
    if errors:
        raise ImportFailed(errors)
    return table, fmt


def do_import_files(
    actor: Actor, paths: Sequence[Path | str], kind: str | None = None, progress: Progress | None = None
) -> list[ImportReport]:
    """Import several files as one: all are written, in the order indicators, documents, targets, observations
    (so each may refer to what the earlier ones define), or, when any row of any file is wrong, none is.

    Raises :class:`ImportFailed` listing every error; files after the first one with row errors are not
    checked (their references could depend on it) and say so.
    """
    read, errors = [], []
    for path in map(Path, paths):
        try:
            read.append((path, *_read(path, kind)))
        except ImportFailed as failure:
            errors += failure.errors
    if errors:
        raise ImportFailed(errors)
    read.sort(key=lambda entry: KINDS.index(entry[2].kind))
    total = sum(len(table.rows) for _, table, _ in read)
    reports: list[ImportReport] = []
    with transaction.atomic():
        for index, (path, table, fmt) in enumerate(read):
            try:
                plan = _check_rows(path, table, fmt())
            except ImportFailed as failure:
                skipped = [
                    RowError(t.name, 0, "file", "not checked: fix the errors of the files above first")
                    for _, t, _ in read[index + 1 :]
                ]
                raise ImportFailed(failure.errors + skipped) from None
            done = sum(r.rows for r in reports)
            reports.append(_write(actor, plan, progress, done, total))
    return reports


def do_import_file(
    actor: Actor, path: Path | str, kind: str | None = None, progress: Progress | None = None
) -> ImportReport:
    """Import one CSV or XLSX file atomically; ``kind`` (indicators, documents, targets, observations) is
    detected from the header, else the file name, when not given. ``progress(done, total)`` is called per row.

    Raises :class:`ImportFailed` with every row error (nothing is written) when any row is wrong.
    """
    return do_import_files(actor, [path], kind, progress)[0]

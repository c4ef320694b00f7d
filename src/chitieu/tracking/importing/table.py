"""Read a CSV or XLSX file into a header and rows of raw cells, keeping the row numbers the user sees."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chitieu.tracking.importing.errors import ImportFailed, RowError

SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its number in the file (header = 1) and its cells by column name."""

    number: int
    cells: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header (as written, trimmed) and its non-blank data rows."""

    name: str
    header: list[str]
    header_row: int
    rows: list[Row]


def read_table(path: Path) -> Table:
    """Read ``path`` (CSV in UTF-8, or an XLSX workbook's first sheet); raise ImportFailed if unreadable."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFailed(
            [RowError(name, 0, "file", f"unsupported file type {suffix or '(none)'!r}: use .csv or .xlsx")]
        )
    if not path.is_file():
        raise ImportFailed([RowError(name, 0, "file", "no such file")])
    numbered = _csv_rows(path) if suffix == ".csv" else _xlsx_rows(path)
    return _tabulate(name, numbered)


def _csv_rows(path: Path) -> list[tuple[int, list[Any]]]:
    data = path.read_bytes()
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed(
            [
                RowError(
                    str(path), line, "file", f"not UTF-8 text ({error.reason}): save the file as CSV UTF-8"
                )
            ]
        ) from error
    reader = csv.reader(io.StringIO(content, newline=""))
    rows, start = [], 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1  # a quoted cell may span lines: number a record by its first line
    except csv.Error as error:
        raise ImportFailed(
            [RowError(str(path), start, "file", f"not a readable CSV file: {error}")]
        ) from error
    return rows


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook  # imported here: CSV imports should not pay for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a damaged or foreign file
        raise ImportFailed(
            [RowError(str(path), 0, "file", f"not a readable XLSX workbook: {error}")]
        ) from error
    try:
        sheet = workbook.worksheets[0]
        return [(number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), 1)]
    finally:
        workbook.close()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _tabulate(name: str, numbered: list[tuple[int, list[Any]]]) -> Table:
    numbered = [(n, cells) for n, cells in numbered if not all(_blank(c) for c in cells)]
    if not numbered:
        raise ImportFailed(
            [RowError(name, 1, "header", "the file is empty: the first row must name the columns")]
        )
    header_number, header_cells = numbered[0]
    while header_cells and _blank(header_cells[-1]):
        header_cells = header_cells[:-1]  # spreadsheets often carry empty trailing columns
    header = ["" if c is None else str(c).strip().lower() for c in header_cells]
    rows, errors = [], []
    for number, cells in numbered[1:]:
        extra = [c for c in cells[len(header) :] if not _blank(c)]
        if extra:
            errors.append(
                RowError(
                    name,
                    number,
                    "row",
                    f"{len(header) + len(extra)} cells but the header has {len(header)} columns",
                )
            )
        rows.append(
            Row(number, {column: cells[i] if i < len(cells) else None for i, column in enumerate(header)})
        )
    if errors:
        raise ImportFailed(errors)
    return Table(name, header, header_number, rows)

"""``chitieu audit``: the audit trail (every write: who, when, before, after, why, through which face), exported."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from chitieu.cli.bootstrap import setup_django
from chitieu.cli.options import parse_date

app = typer.Typer(help="The audit trail of every write.", no_args_is_help=True)

FORMATS = ("csv", "jsonl")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def write_csv(records: Iterator[dict[str, Any]], out: TextIO, fields: tuple[str, ...]) -> int:
    """One row per entry under a header; ``before`` and ``after`` JSON-encoded; no user id is an empty cell."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    count = 0
    for record in records:
        record = {**record, "before": _json(record["before"]), "after": _json(record["after"])}
        writer.writerow(["" if record[name] is None else record[name] for name in fields])
        count += 1
    return count


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line."""
    count = 0
    for record in records:
        out.write(_json(record) + "\n")
        count += 1
    return count


def export(
    since: Annotated[str, typer.Option("--since", help="First day to export (YYYY-MM-DD, project time zone).")],
    until: Annotated[
        str | None, typer.Option("--until", help="Last day to export, included (default: everything since).")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="csv or jsonl.")] = "csv",
    output: Annotated[
        Path | None, typer.Option("--output", help="File to write (default: standard output).")
    ] = None,
) -> None:
    """Write every audit entry from --since to --until, oldest first, streamed (CSV or JSON lines).

    Columns: id, at (ISO 8601 with the UTC offset), actor, user_id, face, object_type, object_id, action, before,
    after, reason. In CSV, before and after are JSON text.
    """
    first, last = parse_date(since, "--since"), parse_date(until, "--until")
    assert first is not None
    if output_format not in FORMATS:
        typer.echo(f"--format {output_format!r} is not a format: use one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    if last is not None and last < first:
        typer.echo(f"--until {last} is before --since {first}: nothing to export", err=True)
        raise typer.Exit(2)
    setup_django()
    from chitieu.tracking.reports import EXPORT_FIELDS, audit_entries, audit_record

    records = (audit_record(entry) for entry in audit_entries(first, last))
    try:
        out = sys.stdout if output is None else output.open("w", encoding="utf-8", newline="")
    except OSError as error:
        typer.echo(f"{output}: cannot write the file ({error.strerror or error})", err=True)
        raise typer.Exit(2) from None
    try:
        count = write_csv(records, out, EXPORT_FIELDS) if output_format == "csv" else write_jsonl(records, out)
    finally:
        if output is not None:
            out.close()
    if output is not None:
        typer.echo(f"{count} audit entries written to {output}", err=True)


app.command("export")(export)

"""``chitieu ingest``: read reports into facts for review, and optionally accept every fact that maps cleanly."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from chitieu.cli.bootstrap import setup_django
from chitieu.cli.options import actor_name, parse_date


@dataclass(slots=True)
class FileResult:
    """What ingesting one file did."""

    file: str
    report: int | None = None
    created: bool = False
    facts: int = 0
    accepted: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def _fail(message: str) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(2)


def _one(
    actor: Any, path: Path, unit: Any, as_of: date | None, language: str | None, accept_all: bool, approve: bool
) -> FileResult:
    from chitieu.tracking.actions import ActionError
    from chitieu.tracking.actions.ingest import do_ingest_report
    from chitieu.tracking.actions.review import do_accept_pending

    result = FileResult(str(path))
    try:
        report, result.created = do_ingest_report(actor, path=path, unit=unit, as_of=as_of, language=language)
    except ActionError as error:
        result.error = "; ".join(p.reason if p.field == "file" else str(p) for p in error.problems)
        return result
    result.report, result.facts = report.pk, report.facts.count()
    if accept_all:
        state = "approved" if approve else "submitted"
        summary = do_accept_pending(
            actor, report, reason=f"chitieu ingest --accept-all {path.name}", observation_state=state
        )
        result.accepted = sum(summary.accepted.values())
        result.skipped = [
            {"fact": fact.pk, "text": fact.text, "start": fact.start, "end": fact.end,
             "problems": [str(p) for p in problems]}
            for fact, problems in summary.skipped
        ]
    return result


def _print(results: list[FileResult]) -> None:
    for r in results:
        if r.error:
            continue
        state = "read" if r.created else "already present"
        typer.echo(f"{r.file}: report {r.report} ({state}), {r.facts} facts, {r.accepted} accepted")
        for skip in r.skipped:
            reasons = "; ".join(skip["problems"])
            typer.echo(f"  skipped “{skip['text']}” (chars {skip['start']}–{skip['end']}): {reasons}")
    done = [r for r in results if not r.error]
    typer.echo(
        f"{sum(r.created for r in done)} reports read, {sum(not r.created for r in done)} already present, "
        f"{sum(r.facts for r in done)} facts found, {sum(r.accepted for r in done)} accepted, "
        f"{sum(len(r.skipped) for r in done)} skipped, {len(results) - len(done)} files failed"
    )


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Reports to read: .txt, .html, .docx or .pdf files.")],
    unit: Annotated[str, typer.Option("--unit", help="Code of the unit the reports are about (default subject).")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Read unit codes as of this date, YYYY-MM-DD (default: today).")
    ] = None,
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Accept every fact that maps to the ledger as read.")
    ] = False,
    approve: Annotated[
        bool,
        typer.Option("--approve", help="With --accept-all: approve the figures too (default: submit them)."),
    ] = False,
    language: Annotated[
        str | None, typer.Option("--language", help="ISO 639-1 code of the reports' language (default: detect).")
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Name recorded in the history (default: your login name).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Read reports into facts for review; reading the same text again changes nothing.

    With --accept-all, facts that map cleanly become observations (submitted for approval, or approved with
    --approve), targets and documents; the others stay
    pending for the review page, listed with what they lack. A file that cannot be read is named on stderr,
    the others are still read, and the exit code is 2.
    """
    setup_django()
    from django.utils import timezone, translation

    from chitieu.tracking.actions import Actor
    from chitieu.tracking.models import AuditEntry
    from chitieu.tracking.queries import UnitNotFound, unit_by_code

    day = parse_date(as_of)
    try:
        with translation.override("en"):  # the command speaks English, whatever a test or page left active
            subject = unit_by_code(unit, day or timezone.localdate())
    except UnitNotFound as error:
        raise _fail(f"--unit: {error}") from None
    who = Actor(name=actor_name(actor), face=AuditEntry.Face.CLI)
    results = []
    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"))
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("", total=len(paths))
        for path in paths:
            bar.update(task, description=path.name)
            results.append(_one(who, path, subject, day, language, accept_all, approve))
            bar.advance(task)
    for failed in (r for r in results if r.error):  # the reader's messages name the file already
        named = failed.error and failed.error.startswith(failed.file)
        typer.echo(failed.error if named else f"{failed.file}: {failed.error}", err=True)
    if as_json:
        typer.echo(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=2))
    else:
        _print(results)
    if any(r.error for r in results):
        raise typer.Exit(2)

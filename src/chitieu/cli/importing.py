"""``chitieu import``: load indicators, documents, targets and observations from CSV or XLSX files, atomically."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from chitieu.cli.bootstrap import setup_django
from chitieu.cli.options import actor_name

# Below this many rows an import is over before a bar would be worth drawing.
PROGRESS_FROM_ROWS = 500


class _Bar:
    """A progress bar on stderr that appears only once an import turns out to be long."""

    def __init__(self) -> None:
        columns = (TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        self.progress = Progress(*columns, console=Console(stderr=True), transient=True)
        self.task: int | None = None

    def advance(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM_ROWS:
            return
        if self.task is None:
            self.progress.start()
            self.task = self.progress.add_task("import", total=total)
        self.progress.update(self.task, completed=done)

    def close(self) -> None:
        if self.task is not None:  # stopping a bar never started would still print a blank line
            self.progress.stop()


def import_(
    paths: Annotated[
        list[Path],
        typer.Argument(help="CSV or XLSX files, written in the order indicators, documents, targets, observations."),
    ],
    kind: Annotated[
        str | None,
        typer.Option("--kind", help="indicators, documents, targets or observations (default: from the header)."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Name recorded in the history (default: your login name).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Import files atomically; importing the same file again changes nothing.

    Every row of every file is checked first. On any error, each is printed as FILE:ROW: FIELD: REASON on
    stderr, nothing is written, and the exit code is 2.
    """
    setup_django()
    from chitieu.tracking.actions import ActionError, Actor, ImportFailed, do_import_files
    from chitieu.tracking.models import AuditEntry

    who = Actor(name=actor_name(actor), face=AuditEntry.Face.IMPORT)
    bar = _Bar()
    try:
        reports = do_import_files(who, paths, kind, progress=bar.advance)
    except ImportFailed as failed:
        bar.close()
        for error in failed.errors:
            typer.echo(str(error), err=True)
        typer.echo(f"{len(failed.errors)} error(s); nothing was written.", err=True)
        raise typer.Exit(2) from None
    except ActionError as refused:
        bar.close()
        typer.echo(f"refused: {refused}; nothing was written.", err=True)
        raise typer.Exit(2) from None
    bar.close()
    if as_json:
        typer.echo(json.dumps([asdict(r) for r in reports], ensure_ascii=False, indent=2))
        return
    for r in reports:
        typer.echo(
            f"{r.file} ({r.kind}): {r.rows} rows: {r.created} created, {r.revised} revised, {r.unchanged} unchanged"
        )

"""``chitieu backup`` and ``chitieu restore``: the whole database to one JSON file and back (docs/deployment.md).

Both work on whatever database the settings name (SQLite by default, PostgreSQL with ``DATABASE_URL``), so a backup
taken from one can be restored into the other. The work is done by ``chitieu.server.backup``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from chitieu.cli.bootstrap import setup_django


def backup(
    path: Annotated[Path, typer.Argument(help="The file to write (replaced only once the new backup is complete).")],
) -> None:
    """Write every row of the database to a JSON file, with a header naming versions, date and row counts."""
    setup_django()
    from chitieu.server.backup import BackupError, write_backup

    try:
        header = write_backup(path)
    except BackupError as exc:
        typer.echo(f"backup: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{path}: {sum(header.counts.values())} rows from {len(header.counts)} tables "
               f"({header.database}, {header.created})")


def restore(
    path: Annotated[Path, typer.Argument(help="A file written by `chitieu backup`.")],
    force: Annotated[
        bool, typer.Option("--force", help="Replace the contents of a database that is not empty.")
    ] = False,
) -> None:
    """Migrate the database, then load a backup into it in one transaction; refuses a non-empty database."""
    setup_django()
    from django.core.management import call_command

    from chitieu.server.backup import BackupError, restore_backup

    try:
        call_command("migrate", verbosity=0, interactive=False)
        header = restore_backup(path, force=force)
    except BackupError as exc:
        typer.echo(f"restore: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{path}: restored {sum(header.counts.values())} rows into {len(header.counts)} tables "
               f"(backup of {header.created})")


def register(app: typer.Typer) -> None:
    """Add both commands to the ``chitieu`` command."""
    app.command("backup")(backup)
    app.command("restore")(restore)

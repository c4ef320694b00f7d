"""The ``chitieu`` command: a thin face over the library. Each group lives in its own module."""

import typer

from chitieu.cli import audit, docs, units, users
from chitieu.cli.assess import assess
from chitieu.cli.backup import register as register_backup
from chitieu.cli.extract import extract
from chitieu.cli.importing import import_
from chitieu.cli.ingest import ingest
from chitieu.cli.rollup import rollup
from chitieu.cli.setup import setup

app = typer.Typer(
    name="chitieu",
    help="Follow the targets that Vietnamese resolutions set, from the province down to the commune.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("setup")(setup)
app.add_typer(units.app, name="units")
app.add_typer(docs.app, name="docs")
app.add_typer(users.app, name="users")
app.add_typer(audit.app, name="audit")
app.command("import")(import_)
app.command("assess")(assess)
app.command("rollup")(rollup)
app.command("extract")(extract)
app.command("ingest")(ingest)
register_backup(app)  # backup, restore


def main() -> None:
    """Entry point of the console script."""
    app()

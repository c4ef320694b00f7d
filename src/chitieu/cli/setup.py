"""``chitieu setup``: create or migrate the database and load the real units, the catalogue and the demo world."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from chitieu.cli.bootstrap import setup_django

out = Console()


def setup(
    demo: Annotated[bool, typer.Option("--demo/--no-demo", help="Also load the demo world.")] = True,
) -> None:
    """Migrate the database, then load what is missing: real units and lineage, the catalogue, the demo world."""
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from chitieu.tracking.seed import seed_world

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        out.print(f"database: {db['NAME']}")
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    call_command("migrate", verbosity=0, interactive=False)
    seed_world(demo=demo, say=out.print)

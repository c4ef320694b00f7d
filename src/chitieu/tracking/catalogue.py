"""The shipped indicator catalogue (``data/indicators.csv``), loaded through the importer like any file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.imports import ImportReport, do_import_file


def catalogue_path() -> Path:
    """Where the shipped catalogue is (inside the installed package)."""
    return Path(str(resources.files("chitieu.tracking") / "data" / "indicators.csv"))


def load_catalogue(actor: Actor) -> ImportReport:
    """Create or update the catalogue's indicators; running it again changes nothing."""
    return do_import_file(actor, catalogue_path(), kind="indicators")

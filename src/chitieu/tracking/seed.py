"""The one world shared by ``make run``, the tests and the docs: real units, the indicator catalogue, the demo.

Each step is idempotent, so running the seed again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from chitieu.core.hierarchy import load_hierarchy
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.imports import ImportReport, do_import_file
from chitieu.tracking.actions.units import UnitLoadReport, do_load_units
from chitieu.tracking.catalogue import load_catalogue
from chitieu.tracking.models import AuditEntry

# Demo files in the order their references need: indicators before targets, documents before targets.
DEMO_FILES = ("indicators.csv", "documents.csv", "targets.csv", "observations.csv")

Say = Callable[[str], None]


def seed_actor() -> Actor:
    return Actor(name="chitieu setup", face=AuditEntry.Face.SYSTEM)


def demo_dir() -> Path:
    return Path(str(resources.files("chitieu.tracking") / "data" / "demo"))


@dataclass
class SeedReport:
    units: UnitLoadReport | None = None
    steps: list[str] = field(default_factory=list)


def seed_units(actor: Actor) -> UnitLoadReport:
    """Load both editions of the real map and the lineage between them."""
    hierarchy = load_hierarchy()
    return do_load_units(actor, hierarchy.units, hierarchy.lineage.edges)


def _summary(report: ImportReport) -> str:
    return f"{report.rows} rows: {report.created} created, {report.revised} revised, {report.unchanged} unchanged"


def seed_demo(actor: Actor, say: Say = lambda _: None) -> list[str]:
    """Import the demo world (documents, targets, observations from the real reports) through the importer."""
    done = []
    for name in DEMO_FILES:
        path = demo_dir() / name
        if path.is_file():
            report = do_import_file(actor, path)
            done.append(f"{name}: {_summary(report)}")
            say(done[-1])
    return done


def seed_world(actor: Actor | None = None, *, demo: bool = True, say: Say = lambda _: None) -> SeedReport:
    """Real units, the catalogue and (unless ``demo`` is false) the demo world."""
    actor = actor or seed_actor()
    report = SeedReport()
    report.units = seed_units(actor)
    say(f"units: {report.units.units_present} in the database ({report.units.units_created} new), "
        f"lineage edges: {report.units.edges_present} ({report.units.edges_created} new)")
    report.steps.append(f"catalogue: {_summary(load_catalogue(actor))}")
    say(report.steps[-1])
    if demo:
        report.steps += seed_demo(actor, say)
    return report

"""``chitieu units``: count, show and trace administrative units as of a date."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chitieu.cli.bootstrap import setup_django
from chitieu.cli.options import as_of_or_today

app = typer.Typer(help="Administrative units with their history (both editions of the map).", no_args_is_help=True)
out = Console()
err = Console(stderr=True)

AsOf = Annotated[
    str | None, typer.Option("--as-of", help="The date to answer for (YYYY-MM-DD); default: today.")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
LEVELS = ("province", "district", "commune")


def _unit_json(unit: Any) -> dict[str, Any]:
    return {
        "code": unit.code,
        "level": unit.level,
        "kind": unit.kind,
        "name": unit.name,
        "ascii_name": unit.ascii_name,
        "name_en": unit.name_en,
        "edition": unit.edition,
        "valid_from": unit.valid_from.isoformat() if unit.valid_from else None,
        "valid_to": unit.valid_to.isoformat() if unit.valid_to else None,
        "parent": unit.parent.code if unit.parent_id else None,
    }


def _find(code: str, as_of: date) -> Any:
    from chitieu.tracking.queries import UnitNotFound, unit_by_code

    try:
        return unit_by_code(code, as_of)
    except UnitNotFound as exc:
        err.print(str(exc))
        raise typer.Exit(1) from None


@app.command("count")
def count(
    level: Annotated[str | None, typer.Option("--level", help="province, district or commune.")] = None,
    as_of: AsOf = None,
    as_json: AsJson = False,
) -> None:
    """Count the units in force on a date, optionally of one level."""
    if level is not None and level not in LEVELS:
        err.print(f"--level: {level!r} is not one of {', '.join(LEVELS)}")
        raise typer.Exit(2)
    setup_django()
    from chitieu.tracking.queries import count_units

    day = as_of_or_today(as_of)
    n = count_units(day, level)
    print(json.dumps({"as_of": day.isoformat(), "level": level, "count": n}) if as_json else n)


@app.command("show")
def show(code: str, as_of: AsOf = None, as_json: AsJson = False) -> None:
    """Show a unit and its parent chain as of a date."""
    setup_django()
    from chitieu.tracking.queries import ancestors

    day = as_of_or_today(as_of)
    unit = _find(code, day)
    chain = ancestors(unit)
    if as_json:
        print(json.dumps({**_unit_json(unit), "chain": [_unit_json(u) for u in chain]}, ensure_ascii=False))
        return
    table = Table(title=f"{unit.name} ({unit.code}) — {day.isoformat()}")
    for column in ("level", "code", "name", "English name", "valid"):
        table.add_column(column)
    for u in [*chain, unit]:
        valid = f"{u.valid_from or '…'} – {u.valid_to or '…'}"
        table.add_row(u.level, u.code, u.name, u.name_en, valid)
    out.print(table)


@app.command("lineage")
def lineage(code: str, as_of: AsOf = None, as_json: AsJson = False) -> None:
    """List a unit's predecessors and successors across the 2025 reform, with the relation of each."""
    setup_django()
    from chitieu.tracking.queries import lineage_of

    view = lineage_of(_find(code, as_of_or_today(as_of)))
    rows = [("predecessor", e.old, e) for e in view.predecessors] + [("successor", e.new, e) for e in view.successors]
    if as_json:
        edges = [
            {"direction": d, "relation": e.relation, "is_default": e.is_default, "share": e.share,
             "effective": e.effective.isoformat(), "unit": _unit_json(u)}
            for d, u, e in rows
        ]
        print(json.dumps({"unit": _unit_json(view.unit), "edges": edges}, ensure_ascii=False))
        return
    table = Table(title=f"{view.unit.name} ({view.unit.code})")
    for column in ("direction", "relation", "default", "code", "name", "parent"):
        table.add_column(column)
    for direction, u, e in rows:
        parent = u.parent.name if u.parent_id else ""
        table.add_row(direction, e.relation, "✓" if e.is_default else "", u.code, u.name, parent)
    out.print(table)

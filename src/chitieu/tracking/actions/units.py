"""Loading the real administrative units and their lineage into the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from chitieu.core.hierarchy.model import Level, LineageEdge, Unit
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.models import Lineage
from chitieu.tracking.models import Unit as UnitRow

_BATCH = 2000


@dataclass(frozen=True)
class UnitLoadReport:
    units_created: int
    edges_created: int
    units_present: int
    edges_present: int

    @property
    def changed(self) -> bool:
        return bool(self.units_created or self.edges_created)


def _row(unit: Unit, parent_id: int | None) -> UnitRow:
    return UnitRow(
        code=unit.code,
        level=str(unit.level),
        kind=unit.kind,
        name=unit.name,
        short_name=unit.short_name,
        ascii_name=unit.ascii_name,
        name_en=unit.name_en,
        search_key=unit.search_key,
        parent_id=parent_id,
        edition=unit.edition,
        valid_from=unit.valid_from,
        valid_to=unit.valid_to,
        lat=unit.lat,
        lon=unit.lon,
    )


def _ids() -> dict[tuple[str, str], int]:
    return {(edition, code): pk for edition, code, pk in UnitRow.objects.values_list("edition", "code", "id")}


def _insert_units(units: Iterable[Unit]) -> int:
    """Insert the units not yet present, parents before children; returns how many were inserted."""
    ids = _ids()
    created = 0
    for level in sorted(Level, key=lambda lv: lv.depth):
        batch = [u for u in units if u.level is level and (u.edition, u.code) not in ids]
        rows = [_row(u, ids.get((u.edition, u.parent_code)) if u.parent_code else None) for u in batch]
        UnitRow.objects.bulk_create(rows, batch_size=_BATCH)
        created += len(rows)
        ids = _ids()
    return created


def _edition_of(units: Iterable[Unit]) -> dict[tuple[str, object], str]:
    return {(u.code, u.valid_from): u.edition for u in units}


def _insert_edges(units: list[Unit], edges: Iterable[LineageEdge]) -> int:
    ids, editions = _ids(), _edition_of(units)
    present = set(Lineage.objects.values_list("old_id", "new_id"))
    rows = []
    for edge in edges:
        old = ids[(editions[(edge.old.code, edge.old.valid_from)], edge.old.code)]
        new = ids[(editions[(edge.new.code, edge.new.valid_from)], edge.new.code)]
        if (old, new) in present:
            continue
        present.add((old, new))
        rows.append(
            Lineage(
                old_id=old,
                new_id=new,
                relation=str(edge.relation),
                is_default=edge.is_default,
                share=edge.share,
                effective=edge.effective,
            )
        )
    Lineage.objects.bulk_create(rows, batch_size=_BATCH)
    return len(rows)


@transaction.atomic
def do_load_units(actor: Actor, units: Iterable[Unit], edges: Iterable[LineageEdge]) -> UnitLoadReport:
    """Load units and lineage edges that are not in the database yet (idempotent; all or nothing).

    Units present already are left as they are: the source is a pinned package version, and a unit is never
    rewritten in place (a changed map is a new edition).
    """
    units = list(units)
    units_created = _insert_units(units)
    edges_created = _insert_edges(units, edges)
    report = UnitLoadReport(
        units_created=units_created,
        edges_created=edges_created,
        units_present=UnitRow.objects.count(),
        edges_present=Lineage.objects.count(),
    )
    if report.changed:
        audit.entry(
            actor,
            "hierarchy",
            0,
            "load_units",
            None,
            {"units_created": units_created, "edges_created": edges_created},
            "real units from vietnamadminunits",
        )
    return report

"""The targets format: one row per target; the row is the target's complete definition."""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from datetime import date

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.observations import Outcome
from chitieu.tracking.actions.targets import (
    TargetSpec,
    do_create_target,
    do_update_target,
    find_target,
    spec_of,
    target_problems,
)
from chitieu.tracking.importing.cells import day, number, text
from chitieu.tracking.importing.formats import Format, RowReader
from chitieu.tracking.importing.references import Documents, Indicators
from chitieu.tracking.importing.table import Table
from chitieu.tracking.importing.units import UnitResolver
from chitieu.tracking.models import Document, Indicator, Target, Unit

_NUMBERS = ("value", "relative_change", "baseline_value")
_DATES = ("baseline_date", "start")


class TargetFormat(Format[TargetSpec]):
    kind = "targets"
    required = ("document", "unit", "indicator", "form", "deadline")
    optional = (
        "document_issuer_unit",
        "unit_as_of",
        "label",
        "comparator",
        "value",
        "relative_change",
        "baseline_date",
        "baseline_value",
        "start",
        "wording",
    )
    key_fields = ("document", "unit", "indicator", "label", "deadline")

    def begin(self, table: Table) -> None:
        self.units = UnitResolver(text(row.cells.get("unit")) for row in table.rows)
        self.indicators = Indicators()
        self.documents = Documents()

    def check(self, reader: RowReader) -> TargetSpec | None:
        deadline = reader.get("deadline", day, required=True)
        fields = {name: reader.get(name, number) for name in _NUMBERS}
        fields |= {name: reader.get(name, day) for name in _DATES}
        when = fields["start"] or deadline
        indicator = self._indicator(reader)
        unit = self._unit(reader, when)
        document = self._document(reader, when)
        form = reader.text("form", required=True)
        comparator = reader.text("comparator") or Target.Comparator.GE
        if deadline is None:
            return None
        spec = TargetSpec(
            document=document,
            unit=unit,
            indicator=indicator,
            form=form,
            deadline=deadline,
            comparator=comparator,
            label=reader.text("label"),
            wording=reader.text("wording"),
            **fields,
        )
        reader.add(target_problems(spec))
        return spec if reader.ok else None

    def _indicator(self, reader: RowReader) -> Indicator | None:
        return reader.get("indicator", lambda raw: self.indicators.resolve(text(raw)), required=True)

    def _unit(self, reader: RowReader, when: date | None) -> Unit | None:
        as_of = reader.get("unit_as_of", day) or when
        if not reader.text("unit", required=True) or as_of is None:
            return None  # the date that chooses the edition is missing or wrong; its own error says so
        return reader.get("unit", lambda raw: self.units.resolve(raw, as_of))

    def _document(self, reader: RowReader, when: date | None) -> Document | None:
        written = reader.text("document", required=True)
        if not written or when is None:
            return None
        issuer = reader.raw("document_issuer_unit")
        return reader.get("document", lambda _: self.documents.resolve(written, issuer, when.year))

    def key(self, item: TargetSpec) -> Hashable:
        return (item.document.pk, item.unit.pk, item.indicator.pk, item.label, item.deadline)

    def write(self, actor: Actor, item: TargetSpec, source: str, reason: str) -> Outcome:
        existing = find_target(item)
        if existing is None:
            do_create_target(actor, item, reason=reason)
            return Outcome.CREATED
        if spec_of(existing) == item:
            return Outcome.UNCHANGED
        changes = {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
        do_update_target(actor, existing, reason=reason, **changes)
        return Outcome.REVISED

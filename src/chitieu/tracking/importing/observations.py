"""The observations format: one row per value of an indicator for a unit and a period."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from chitieu.core.periods import Period
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.observations import Outcome, do_record_observation
from chitieu.tracking.importing.cells import boolean, day, number, period, text
from chitieu.tracking.importing.formats import Format, RowReader
from chitieu.tracking.importing.references import Indicators
from chitieu.tracking.importing.table import Table
from chitieu.tracking.importing.units import UnitResolver
from chitieu.tracking.models import Indicator, Observation, Unit


@dataclass(frozen=True, slots=True)
class ObservationRow:
    indicator: Indicator
    unit: Unit
    period: Period
    value: float
    is_estimate: bool
    source_ref: str
    reason: str


class ObservationFormat(Format[ObservationRow]):
    kind = "observations"
    required = ("indicator", "unit", "period", "value")
    optional = ("unit_as_of", "is_estimate", "source_ref", "reason")
    key_fields = ("indicator", "unit", "period")

    def begin(self, table: Table) -> None:
        self.units = UnitResolver(text(row.cells.get("unit")) for row in table.rows)
        self.indicators = Indicators()

    def check(self, reader: RowReader) -> ObservationRow | None:
        indicator = reader.get("indicator", lambda raw: self.indicators.resolve(text(raw)), required=True)
        span = reader.get("period", period, required=True)
        value = reader.get("value", number, required=True)
        is_estimate = reader.get("is_estimate", boolean)
        unit = self._unit(reader, span)
        if not reader.ok:
            return None
        return ObservationRow(
            indicator, unit, span, value, is_estimate, reader.text("source_ref"), reader.text("reason")
        )

    def _unit(self, reader: RowReader, span: Period | None) -> Unit | None:
        as_of = reader.get("unit_as_of", day) or (span.start if span else None)
        if not reader.text("unit", required=True) or as_of is None:
            return None  # without a date the edition is unknown; the period's own error says why
        return reader.get("unit", lambda raw: self.units.resolve(raw, as_of))

    def key(self, item: ObservationRow) -> Hashable:
        return (item.indicator.pk, item.unit.pk, item.period.start, item.period.end)

    def write(self, actor: Actor, item: ObservationRow, source: str, reason: str) -> Outcome:
        recorded = do_record_observation(
            actor,
            item.indicator,
            item.unit,
            item.period,
            item.value,
            is_estimate=item.is_estimate,
            source_kind=Observation.SourceKind.IMPORT,
            source_ref=item.source_ref or source,
            reason=item.reason or reason,
            # An import is an administrator's act: its figures are published, and a changed figure reopens the
            # approved one (recorded as its own transition) before it is revised.
            state=Observation.State.APPROVED,
            reopen_reason=f"re-imported from {source}",
        )
        return recorded.outcome

"""The indicators format: one row per catalogue entry; the row is the entry's complete definition."""

from __future__ import annotations

from collections.abc import Hashable

from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import Problem
from chitieu.tracking.actions.indicators import (
    REFERENCES,
    IndicatorSpec,
    do_create_indicator,
    do_update_indicator,
    indicator_problems,
    spec_of,
)
from chitieu.tracking.actions.observations import Outcome
from chitieu.tracking.importing.cells import number, text
from chitieu.tracking.importing.formats import Format, RowReader
from chitieu.tracking.importing.table import Row, Table
from chitieu.tracking.models import Indicator

Checked = list[tuple[Row, IndicatorSpec]]


class IndicatorFormat(Format[IndicatorSpec]):
    kind = "indicators"
    required = (
        "code",
        "name_vi",
        "name_en",
        "unit_of_measure",
        "direction",
        "kind",
        "growth_model",
        "aggregation",
    )
    optional = ("weight", "numerator", "denominator", "threshold", "description")
    key_fields = ("code",)

    def begin(self, table: Table) -> None:
        # A reference may name an indicator defined further down the same file.
        self.known = set(Indicator.objects.values_list("code", flat=True))
        self.known |= {text(row.cells.get("code")) for row in table.rows}

    def check(self, reader: RowReader) -> IndicatorSpec | None:
        values = {name: reader.text(name, required=True) for name in self.required}
        refs = {name: reader.text(name) for name in REFERENCES}
        threshold = reader.get("threshold", number)
        spec = IndicatorSpec(**values, **refs, threshold=threshold, description=reader.text("description"))
        reader.add(indicator_problems(spec, self.known.__contains__))
        return spec if reader.ok else None

    def key(self, item: IndicatorSpec) -> Hashable:
        return item.code

    def arrange(self, items: Checked) -> tuple[Checked, list[tuple[Row, Problem]]]:
        """Put every indicator after those it refers to, so each is created with its references in place."""
        pending = {spec.code: (row, spec) for row, spec in items}
        ordered: Checked = []
        while pending:
            ready = [
                code
                for code, (_, spec) in pending.items()
                if not any(ref in pending for ref in spec.references().values())
            ]
            if not ready:
                cycle = ", ".join(sorted(pending))
                return ordered, [
                    (
                        row,
                        Problem(
                            next(iter(spec.references())),
                            f"indicators refer to each other in a cycle: {cycle}",
                        ),
                    )
                    for row, spec in pending.values()
                ]
            for code in ready:
                ordered.append(pending.pop(code))
        return ordered, []

    def write(self, actor: Actor, item: IndicatorSpec, source: str, reason: str) -> Outcome:
        existing = Indicator.objects.filter(code=item.code).first()
        if existing is None:
            do_create_indicator(actor, item, reason=reason)
            return Outcome.CREATED
        if spec_of(existing) == item:
            return Outcome.UNCHANGED
        changes = {name: getattr(item, name) for name in item.__slots__ if name != "code"}
        do_update_indicator(actor, existing, reason=reason, **changes)
        return Outcome.REVISED

"""The load benchmark's dataset: 200 targets and 20,000 approved observations over the real units.

    DJANGO_SETTINGS_MODULE=chitieu.server.settings python bench/load_dataset.py --plan plan.json

Run by ``bench/load.py`` on a fresh database after ``chitieu setup`` (real units, catalogue, demo world). It adds,
in bulk through the ORM (a benchmark's fixture, like the tests' fixtures; no audit entries are written):

* 4 provinces of the old map (before 1 July 2025), each with a provincial resolution (12 targets on the province
  and 8 of its districts), two district resolutions (8 targets each on the district and its communes) and a
  commune resolution (4 targets): 128 targets;
* 2 provinces of the new map (from 1 July 2025), each with a provincial resolution (20 targets on the province
  and 15 of its communes) and two commune resolutions (8 targets each): 72 targets;
* for each target's indicator and unit (200 distinct pairs), 100 approved observations with one revision each:
  years 2015–2024, quarters 2019–2024 and months January 2019 – June 2024.

Targets are of every form the indicator's kind allows (level, change, growth, flow, maintain) with values near the
observed path, so their statuses spread over the scale. The choice is seeded: the same database every time.

It writes the plan the load driver reads: the unit pages (code and date), the document ids and the unit ids.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

OLD_AS_OF = date(2024, 6, 30)
NEW_AS_OF = date(2025, 9, 30)
OBSERVATIONS_PER_PAIR = 100
SEED = 2025


@dataclass
class Plan:
    """What the driver asks for: unit pages as (code, as_of), documents as (id, as_of), unit ids with targets."""

    unit_pages: list[tuple[str, str]] = field(default_factory=list)
    documents: list[tuple[int, str]] = field(default_factory=list)
    unit_ids: list[int] = field(default_factory=list)
    targets: int = 0
    observations: int = 0


def months(first: date, last: date) -> Iterator[tuple[date, date]]:
    day = first
    while day <= last:
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        yield day, following - timedelta(days=1)
        day = following


def periods() -> list[tuple[str, date, date]]:
    """The 100 periods every pair is observed over: 10 years, 24 quarters and 66 months."""
    found = [("year", date(y, 1, 1), date(y, 12, 31)) for y in range(2015, 2025)]
    for year in range(2019, 2025):
        for q in range(4):
            start = date(year, 3 * q + 1, 1)
            end = date(year + (q == 3), (3 * q + 3) % 12 + 1, 1) - timedelta(days=1)
            found.append(("quarter", start, end))
    found += [("month", s, e) for s, e in months(date(2019, 1, 1), date(2024, 6, 30))]
    assert len(found) == OBSERVATIONS_PER_PAIR
    return found


def path_value(indicator: Any, base: float, trend: float, kind: str, start: date, rng: random.Random) -> float:
    """An observed value: a level that drifts by ``trend`` a year; flows are period totals of a yearly level."""
    years = start.year - 2015 + (start.month - 1) / 12
    level = base * (1 + trend) ** years * (1 + rng.uniform(-0.03, 0.03))
    if indicator.kind == "flow":
        return round(level / {"year": 1, "quarter": 4, "month": 12}[kind], 2)
    if indicator.kind == "rate" and indicator.unit_of_measure == "%":
        return round(min(level, 100.0), 2)
    return round(level, 2)


def target_terms(indicator: Any, base: float, trend: float, rng: random.Random) -> dict[str, Any]:
    """A target's form and numbers for the indicator, near where its observed path goes."""
    lower = indicator.direction == "lower"
    ambition = rng.uniform(0.9, 1.25)  # some targets will be met, some missed
    at_2020 = base * (1 + trend) ** 5
    at_2025 = base * (1 + trend) ** 10
    wanted = at_2025 / ambition if lower else at_2025 * ambition
    deadline = date(2025, 12, 31) if rng.random() < 0.7 else date(2024, 12, 31)
    choices = {"flow": ["flow", "growth"], "stock": ["level", "change"], "rate": ["level", "maintain"]}
    form = rng.choice(choices[indicator.kind])
    comparator = "<=" if lower else ">="
    terms: dict[str, Any] = dict(form=form, comparator=comparator, deadline=deadline)
    if form == "flow":
        return terms | dict(value=round(wanted, 2), start=date(deadline.year, 1, 1))
    if form == "growth":
        return terms | dict(value=round(100 * trend * ambition, 2), start=date(2021, 1, 1))
    if form == "change":
        change = (wanted - at_2020) / at_2020
        return terms | dict(relative_change=round(change, 3), baseline_date=date(2020, 12, 31),
                            baseline_value=round(at_2020, 2), start=date(2021, 1, 1))  # fmt: skip
    if form == "maintain":
        return terms | dict(value=round(base * (0.9 if not lower else 1.1), 2), start=date(2021, 1, 1))
    return terms | dict(value=round(wanted, 2), baseline_date=date(2020, 12, 31), baseline_value=round(at_2020, 2))


class Builder:
    """Collects documents, targets and observations, then writes them in bulk."""

    def __init__(self, rng: random.Random) -> None:
        from chitieu.tracking.models import Indicator

        self.rng = rng
        self.indicators = list(Indicator.objects.filter(kind__in=["flow", "stock", "rate"]).order_by("code"))
        self.used: set[tuple[int, int]] = set()
        self.number = 900
        self.plan = Plan()

    def document(self, issuer: Any, doc_type: str, issuer_code: str, as_of: date) -> Any:
        from chitieu.tracking.models import Document

        self.number += 1
        year = as_of.year - 1 if as_of.year < 2025 else 2025
        document = Document.objects.create(
            code=f"{self.number}-{doc_type}/{issuer_code}", system="party", number=str(self.number),
            doc_type=doc_type, issuer_code=issuer_code, year=year, term="2020-2025", issuer_unit=issuer,
            title=f"Nghị quyết số {self.number} (dữ liệu thử tải) của {issuer.name}", date=date(year, 12, 8),
        )  # fmt: skip
        self.plan.documents.append((document.pk, as_of.isoformat()))
        return document

    def targets(self, document: Any, units: list[Any], count: int) -> None:
        """``count`` targets of ``document`` spread over ``units``, each on an (indicator, unit) pair of its own."""
        from chitieu.tracking.models import Target

        rows = []
        for i in range(count):
            unit = units[i % len(units)]
            indicator = self.rng.choice([x for x in self.indicators if (x.pk, unit.pk) not in self.used])
            self.used.add((indicator.pk, unit.pk))
            base = self.rng.uniform(20, 80) if indicator.kind == "rate" else self.rng.uniform(100, 50_000)
            trend = self.rng.uniform(-0.08, -0.01) if indicator.direction == "lower" else self.rng.uniform(0.01, 0.12)
            terms = target_terms(indicator, base, trend, self.rng)
            rows.append(Target(document=document, unit=unit, indicator=indicator, label=f"{i + 1}",
                               wording=f"{indicator.name_vi} ({terms['form']})", **terms))  # fmt: skip
            self.observe(indicator, unit, base, trend)
            if unit.pk not in self.plan.unit_ids:
                self.plan.unit_ids.append(unit.pk)
        Target.objects.bulk_create(rows)
        self.plan.targets += len(rows)

    def observe(self, indicator: Any, unit: Any, base: float, trend: float) -> None:
        from chitieu.tracking.models import Observation

        self.pending = getattr(self, "pending", [])
        for kind, start, end in periods():
            value = path_value(indicator, base, trend, kind, start, self.rng)
            self.pending.append(Observation(
                indicator=indicator, unit=unit, period_kind=kind, period_start=start, period_end=end, value=value,
                source_kind="import", source_ref="bench:load", state="approved",
            ))  # fmt: skip

    def flush(self) -> None:
        from chitieu.tracking.models import Observation, ObservationRevision

        made = Observation.objects.bulk_create(self.pending, batch_size=2000)
        if not made or made[0].pk is None:  # backends that do not return keys: read them back
            made = list(Observation.objects.filter(source_ref="bench:load"))
        at = datetime(2024, 7, 15, 2, 0, tzinfo=UTC)
        ObservationRevision.objects.bulk_create(
            [ObservationRevision(observation=o, number=1, value=o.value, source_kind="import", source_ref="bench:load",
                                 actor="bench/load_dataset.py", changed_at=at) for o in made],
            batch_size=2000,
        )  # fmt: skip
        self.plan.observations += len(made)


def pick(rows: list[Any], count: int, rng: random.Random) -> list[Any]:
    return rng.sample(rows, min(count, len(rows)))


def children(unit: Any) -> list[Any]:
    return list(unit.children.order_by("code"))


def build(builder: Builder) -> Plan:
    from chitieu.tracking import queries

    rng, plan = builder.rng, builder.plan
    old_provinces = pick(list(queries.units_as_of(OLD_AS_OF, "province").order_by("code")), 4, rng)
    for province in old_provinces:
        districts = pick(children(province), 8, rng)
        resolution = builder.document(province, "NQ", "TU", OLD_AS_OF)
        builder.targets(resolution, [province, *districts], 12)
        for district in districts[:2]:
            communes = pick(children(district), 6, rng)
            builder.targets(builder.document(district, "NQ", "HU", OLD_AS_OF), [district, *communes], 8)
        commune = pick(children(districts[2]), 1, rng)[0]
        builder.targets(builder.document(commune, "NQ", "ĐU", OLD_AS_OF), [commune], 4)
        plan.unit_pages += [(u.code, OLD_AS_OF.isoformat()) for u in (province, *districts[:3], commune)]
    new_provinces = pick(list(queries.units_as_of(NEW_AS_OF, "province").order_by("code")), 2, rng)
    for province in new_provinces:
        communes = pick(children(province), 17, rng)
        builder.targets(builder.document(province, "NQ", "TU", NEW_AS_OF), [province, *communes[:15]], 20)
        for commune in communes[15:]:
            builder.targets(builder.document(commune, "NQ", "ĐU", NEW_AS_OF), [commune], 8)
        plan.unit_pages += [(u.code, NEW_AS_OF.isoformat()) for u in (province, *communes[:3], *communes[15:])]
    builder.flush()
    return plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plan", type=Path, required=True, help="where to write the plan (JSON)")
    args = parser.parse_args()

    from django.db import transaction

    from chitieu.cli.bootstrap import setup_django

    setup_django()
    with transaction.atomic():
        plan = build(Builder(random.Random(SEED)))
    args.plan.write_text(json.dumps(plan.__dict__, indent=1))
    print(f"dataset: {plan.targets} targets in {len(plan.documents)} documents, {plan.observations} observations")


if __name__ == "__main__":
    main()

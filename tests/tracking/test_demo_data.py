"""The demo world stays true to its sources.

Every number in the demo CSV files has a row in the facts table of the demo README, and every row there either
follows from a gold quantity of the corpus file it cites (checked when the corpus is present: it lives outside
the repository, in ``../shared/corpus`` or ``$CHITIEU_CORPUS``) or is a seed fact with its address. The files
use only known indicators, real unit codes of the edition before 1 July 2025, readable periods and documents
that exist; and, assessed with the status engine at two viewing dates, the demo shows the range of
statuses the pages are meant to display.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from chitieu.core.periods import parse_period
from chitieu.core.status.engine import assess
from chitieu.core.status.model import Baseline, Direction, Form, GrowthModel, Observation, Status, TargetSpec

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "chitieu" / "tracking" / "data"
DEMO = DATA / "demo"
CORPUS = Path(os.environ.get("CHITIEU_CORPUS", REPO.parent / "shared" / "corpus"))
GOLD = CORPUS / "dev" / "gold"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True, slots=True)
class Fact:
    """One row of the README facts table: a CSV number and where it comes from."""

    csv: str
    unit: str
    indicator: str
    when: str
    field: str
    value: float
    source: str
    gold_quantity: str
    derivation: str

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return (self.csv, self.unit, self.indicator, self.when, self.field)


def readme_facts() -> list[Fact]:
    """The rows of the table under "## Facts" in the demo README."""
    lines = (DEMO / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("## Facts")
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        if not line.startswith("| ") or line.startswith("| csv ") or line.startswith("|---"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        csv_name, unit, indicator, when, field, value, source, quantity, derivation = cells
        rows.append(Fact(csv_name, unit, indicator, when, field, float(value), source, quantity, derivation))
    return rows


def csv_numbers() -> dict[tuple[str, str, str, str, str], tuple[float, str]]:
    """Every number in targets.csv and observations.csv, keyed like :attr:`Fact.key`, with its source."""
    numbers: dict[tuple[str, str, str, str, str], tuple[float, str]] = {}
    for row in read_csv(DEMO / "targets.csv"):
        for field in ("value", "relative_change", "baseline_value"):
            if row[field]:
                key = ("targets", row["unit"], row["indicator"], row["document"], field)
                assert key not in numbers, f"targets.csv: two rows for {key}"
                numbers[key] = (float(row[field]), "")
    for row in read_csv(DEMO / "observations.csv"):
        key = ("observations", row["unit"], row["indicator"], row["period"], "value")
        assert key not in numbers, f"observations.csv: two rows for {key}"
        numbers[key] = (float(row["value"]), row["source_ref"])
    return numbers


def test_every_csv_number_has_its_fact_row_and_every_fact_row_its_number():
    facts = {fact.key: fact for fact in readme_facts()}
    numbers = csv_numbers()
    assert sorted(set(numbers) - set(facts)) == [], "numbers in the CSV files with no row in README.md"
    assert sorted(set(facts) - set(numbers)) == [], "README.md rows with no number in the CSV files"
    for key, (value, _) in numbers.items():
        assert math.isclose(value, facts[key].value, rel_tol=1e-12), (
            f"{key}: CSV {value} ≠ README {facts[key].value}"
        )


def test_observation_sources_name_the_fact_source():
    facts = {fact.key: fact for fact in readme_facts()}
    for key, (_, source_ref) in csv_numbers().items():
        if key[0] != "observations":
            continue
        source = facts[key].source
        expected = f"corpus:{source}" if _is_gold_file(source) else source
        if source == "issue-2":
            expected = "seed:issue-2"
        assert source_ref == expected, f"{key}: source_ref {source_ref!r}, README cites {source!r}"


def _is_gold_file(source: str) -> bool:
    return len(source) == 20 and source[3] == "_" and source[:3].isdigit()


def _scaled(divisor: float) -> Callable[[dict], float]:
    return lambda quantity: quantity["value"] / divisor


DERIVATIONS: dict[str, Callable[[dict], float]] = {
    "value": _scaled(1),
    "value ÷ 1e6": _scaled(1e6),
    "value ÷ 1e9": _scaled(1e9),
    "denominator": lambda quantity: quantity["denominator"],
    "denominator − value": lambda quantity: quantity["denominator"] - quantity["value"],
    "−value ÷ 100": lambda quantity: -quantity["value"] / 100,
}


def _gold_quantity(fact: Fact) -> dict:
    indicator, period = (part.strip() for part in fact.gold_quantity.rsplit(";", 1))
    gold = json.loads((GOLD / f"{fact.source}.json").read_text(encoding="utf-8"))
    found = [q for q in gold["quantities"] if q["indicator"] == indicator and q["period"] == period]
    assert len(found) == 1, f"{fact.key}: {len(found)} gold quantities are {indicator!r} for {period!r}"
    return found[0]


GOLD_FACTS = [
    fact for fact in readme_facts() if _is_gold_file(fact.source) and fact.derivation in DERIVATIONS
]


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"the corpus gold is not at {GOLD} (set CHITIEU_CORPUS)")
@pytest.mark.parametrize(
    "fact", GOLD_FACTS, ids=lambda f: f"{f.csv}:{f.unit}:{f.indicator}:{f.when}:{f.field}"
)
def test_fact_follows_from_its_gold_quantity(fact: Fact):
    quantity = _gold_quantity(fact)
    assert math.isclose(DERIVATIONS[fact.derivation](quantity), fact.value, rel_tol=1e-9)
    if fact.csv == "targets" and fact.field in ("value", "relative_change"):
        assert quantity["role"] == "target", (
            f"{fact.key}: the gold quantity is {quantity['role']!r}, not a target"
        )
    if fact.csv == "observations":
        assert quantity["role"] in ("actual", "expected"), f"{fact.key}: a target is not an observation"


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"the corpus gold is not at {GOLD} (set CHITIEU_CORPUS)")
def test_estimates_are_exactly_the_expected_figures():
    estimate = {
        ("observations", row["unit"], row["indicator"], row["period"], "value"): row["is_estimate"] == "true"
        for row in read_csv(DEMO / "observations.csv")
    }
    for fact in GOLD_FACTS:
        if fact.csv == "observations" and fact.derivation in ("value", "value ÷ 1e6", "value ÷ 1e9"):
            assert estimate[fact.key] == (_gold_quantity(fact)["role"] == "expected"), fact.key


def test_every_fact_row_has_a_known_derivation_and_source():
    for fact in readme_facts():
        if fact.derivation in DERIVATIONS or fact.derivation == "stated in words":
            assert _is_gold_file(fact.source), f"{fact.key}: {fact.derivation!r} needs a gold file as source"
        else:
            assert fact.derivation == "seed", f"{fact.key}: unknown derivation {fact.derivation!r}"
            assert fact.source == "issue-2" or fact.source.startswith("https://"), fact.key


def test_indicators_used_exist_once_in_the_catalogue_or_the_demo_file():
    catalogue_path = DATA / "indicators.csv"
    catalogue = {row["code"] for row in read_csv(catalogue_path)} if catalogue_path.exists() else set()
    demo = [row["code"] for row in read_csv(DEMO / "indicators.csv")]
    assert len(demo) == len(set(demo)), "the demo indicators file lists a code twice"
    assert sorted(catalogue & set(demo)) == [], "the demo redefines indicators of the shipped catalogue"
    known = catalogue | set(demo)
    used = {row["indicator"] for row in read_csv(DEMO / "targets.csv") + read_csv(DEMO / "observations.csv")}
    assert sorted(used - known) == []


def _legacy_codes() -> set[str]:
    db = resources.files("vietnamadminunits") / "data" / "dataset.db"
    with resources.as_file(db) as path, sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT DISTINCT provinceCode, districtCode FROM admin_units_legacy").fetchall()
    return {code for row in rows for code in row if code}


def test_units_are_real_codes_of_the_edition_before_the_2025_reform():
    legacy = _legacy_codes()
    rows = (
        read_csv(DEMO / "documents.csv")
        + read_csv(DEMO / "targets.csv")
        + read_csv(DEMO / "observations.csv")
    )
    for row in rows:
        for field in ("issuer_unit", "document_issuer_unit", "unit"):
            if row.get(field):
                assert row[field] in legacy, f"{field} {row[field]!r} is not a unit code before 1 July 2025"
        assert date.fromisoformat(row["unit_as_of"]) < date(2025, 7, 1)


def test_periods_read_and_targets_point_at_listed_documents():
    for row in read_csv(DEMO / "observations.csv"):
        parse_period(row["period"])
    documents = {(row["code"], row["issuer_unit"]) for row in read_csv(DEMO / "documents.csv")}
    for row in read_csv(DEMO / "targets.csv"):
        assert (row["document"], row["document_issuer_unit"]) in documents, row["document"]


def _indicators() -> dict[str, dict[str, str]]:
    paths = [DATA / "indicators.csv", DEMO / "indicators.csv"]
    return {row["code"]: row for path in paths if path.exists() for row in read_csv(path)}


def _spec(row: dict[str, str], indicator: dict[str, str]) -> TargetSpec:
    baseline = None
    if row["baseline_value"]:
        baseline = Baseline(date.fromisoformat(row["baseline_date"]), float(row["baseline_value"]))
    return TargetSpec(
        form=Form(row["form"]),
        deadline=date.fromisoformat(row["deadline"]),
        direction=Direction(indicator["direction"]),
        value=float(row["value"]) if row["value"] else None,
        relative_change=float(row["relative_change"]) if row["relative_change"] else None,
        baseline=baseline,
        start=date.fromisoformat(row["start"]) if row["start"] else None,
        growth=GrowthModel(indicator["growth_model"]),
        observations_are_rates=indicator["kind"] == "rate",
    )


def _observations(unit: str, indicator: str) -> list[Observation]:
    found = []
    for row in read_csv(DEMO / "observations.csv"):
        if (row["unit"], row["indicator"]) == (unit, indicator):
            period = parse_period(row["period"])
            found.append(Observation(period.start, period.end, float(row["value"])))
    return found


@dataclass(frozen=True, slots=True)
class ViewCase:
    name: str
    as_of: date
    expect: frozenset[Status]


VIEW_CASES = [
    ViewCase(
        name="mid-2024 review: Hai Ha's first half, Quan Son's mid-term",
        as_of=date(2024, 6, 30),
        expect=frozenset(
            {Status.ACHIEVED, Status.ON_TRACK, Status.OFF_TRACK, Status.PENDING, Status.NO_DATA}
        ),
    ),
    ViewCase(
        name="mid-2025: Ha Giang's 2024 growth is in, Hai Ha's 2024 deadline has passed",
        as_of=date(2025, 6, 30),
        expect=frozenset({Status.NEEDS_ACCELERATION, Status.OFF_TRACK, Status.NOT_ACHIEVED, Status.ACHIEVED}),
    ),
]


@pytest.mark.parametrize("case", VIEW_CASES, ids=lambda c: c.name)
def test_the_demo_shows_a_range_of_statuses(case: ViewCase):
    indicators = _indicators()
    statuses = {
        assess(
            _spec(row, indicators[row["indicator"]]), _observations(row["unit"], row["indicator"]), case.as_of
        ).status
        for row in read_csv(DEMO / "targets.csv")
    }
    assert case.expect <= statuses

"""From the extractor's words to the ledger's: units of measure, periods, catalogue indicators, subjects."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import chitieu.tracking
from chitieu.core.periods import PeriodError, PeriodKind
from chitieu.tracking.facts import (
    UnitOfMeasureError,
    convert,
    match_indicator,
    measure,
    read_period,
    subject_name,
)

CATALOGUE = [
    SimpleNamespace(**row)
    for row in csv.DictReader(
        (Path(chitieu.tracking.__file__).parent / "data" / "indicators.csv").read_text(encoding="utf-8").splitlines()
    )
]


@dataclass(frozen=True)
class Conversion:
    name: str
    value: float
    unit: str
    uom: str
    expect: float


CONVERSIONS = [
    Conversion("raw VND to billion VND", 36_000_000_000_000, "VND", "billion VND", 36_000),
    Conversion("raw VND to million VND per person", 85_500_000, "VND", "million VND/person/year", 85.5),
    Conversion("raw USD to million USD", 33_796_000, "USD", "million USD", 33.796),
    Conversion("percent to %", 14.8, "percent", "%", 14.8),
    Conversion("hectare to ha", 420, "hectare", "ha", 420),
    Conversion("count to households", 37, "count", "households", 37),
    Conversion("count to criteria out of 19", 16.9, "count", "criteria (of 19)", 16.9),
    Conversion("reviewer's scaled unit", 19_658, "billion VND", "billion VND", 19_658),
    Conversion("Vietnamese scale words", 2.5, "nghìn tỷ đồng", "billion VND", 2_500),
    Conversion("billion to million", 1.2, "billion USD", "million USD", 1_200),
]


@pytest.mark.parametrize("case", CONVERSIONS, ids=lambda c: c.name)
def test_convert(case):
    assert convert(case.value, case.unit, case.uom) == pytest.approx(case.expect, rel=1e-12)


@pytest.mark.parametrize(
    ("unit", "uom", "message"),
    [
        ("USD", "billion VND", "cannot be stored in billion VND"),
        ("percent", "households", "measure different things"),
        ("km", "%", "a value in km cannot be stored in %"),
        ("billion", "billion VND", "a scale word needs a currency"),
        ("", "%", "no unit given"),
    ],
    ids=["currency", "dimension", "a unit of its own", "bare scale", "empty"],
)
def test_convert_refuses_what_does_not_fit(unit, uom, message):
    with pytest.raises(UnitOfMeasureError, match=message):
        convert(1.0, unit, uom)


@given(value=st.floats(min_value=1e-6, max_value=1e15), scale=st.sampled_from(["thousand", "million", "billion"]))
def test_converting_there_and_back_gives_the_value(value, scale):
    there = convert(value, "VND", f"{scale} VND")
    assert convert(there, f"{scale} VND", "VND") == pytest.approx(value, rel=1e-11)


@dataclass(frozen=True)
class PeriodCase:
    name: str
    label: str
    expect: str


PERIODS = [
    PeriodCase("a year", "2024", "2024"),
    PeriodCase("a half in the notation", "2024-H1", "2024-H1"),
    PeriodCase("a quarter", "2024-Q4", "2024-Q4"),
    PeriodCase("a multi-year span", "2021-2025", "2021-2025"),
    PeriodCase("by the end of a year", "by end of 2023", "2023"),
    PeriodCase("the end of a year", "end of 2025", "2025"),
    PeriodCase("January to October", "Jan-Oct 2024", "2024-YTD10"),
    PeriodCase("April to June is a quarter", "April–June 2024", "2024-Q2"),
    PeriodCase("first nine months", "first 9 months of 2024", "2024-YTD09"),
    PeriodCase("first half in words", "first half of 2024", "2024-H1"),
]


@pytest.mark.parametrize("case", PERIODS, ids=lambda c: c.name)
def test_read_period(case):
    assert read_period(case.label).label == case.expect


@pytest.mark.parametrize("label", ["soon", "Oct-Jan 2024", "2024-13", "by 20245"])
def test_unreadable_periods_say_what_is_accepted(label):
    with pytest.raises(PeriodError, match="YYYY"):
        read_period(label)


@given(year=st.integers(1990, 2090), kind=st.sampled_from(["", "-H2", "-Q3", "-07", "-YTD05"]))
def test_every_period_label_reads_back(year, kind):
    period = read_period(f"{year}{kind}")
    assert read_period(period.label) == period
    assert period.kind in PeriodKind


@dataclass(frozen=True)
class Match:
    name: str
    label: str
    unit: str | None
    is_change: bool
    expect: str | None


MATCHES = [
    Match("the catalogue's own name", "total production value", "VND", False, "production-value"),
    Match("a code as label", "poverty-rate", "percent", False, "poverty-rate"),
    Match("growth of a level picks the growth indicator", "growth of total production value", "percent", True,
          "production-value-growth"),
    Match("economic growth is GRDP growth", "economic growth rate", "percent", True, "grdp-growth"),
    Match("American spelling", "urbanization rate", "percent", False, "urbanisation-rate"),
    Match("per capita is per person", "average income per capita", "VND", False, "per-capita-income"),
    Match("visitors are tourists", "international visitors", "count", False, "international-tourists"),
    Match("sector III is services", "share of sector III in the economic structure", "percent", False,
          "services-share"),
    Match("unit decides between namesakes", "FDI capital attracted", "USD", False, "fdi-attracted"),
    Match("extra words of the sentence", "production value of the district reached", "VND", False,
          "production-value"),
    Match("a sector's value is not the total", "production value of sector I (agriculture, forestry, fishery)",
          "VND", False, None),
    Match("another sector's value is not the total either", "production value of sector III (services)", "VND",
          False, None),
    Match("a unit that fits nothing named", "total production value", "hectare", False, None),
    Match("too vague", "projects built and implemented", "count", False, None),
    Match("no words", "the of", None, False, None),
]


@pytest.mark.parametrize("case", MATCHES, ids=lambda c: c.name)
def test_match_indicator(case):
    found = match_indicator(case.label, CATALOGUE, unit=case.unit, is_change=case.is_change)
    assert (found.code if found else None) == case.expect


@pytest.mark.parametrize(
    ("subject", "expect"),
    [
        ("Hai Ha district", ("Hai Ha", "district")),
        ("Quang Ninh province", ("Quang Ninh", "province")),
        ("Ha Long city", ("Ha Long", "city")),
        ("Dai Binh commune", ("Dai Binh", "commune")),
        ("Hai Ha Industrial Park", ("Hai Ha Industrial Park", None)),
    ],
)
def test_subject_name(subject, expect):
    assert subject_name(subject) == expect


def test_measure_reads_every_catalogue_unit():
    units = {row.unit_of_measure for row in CATALOGUE}
    read = {unit: measure(unit, catalogue=True).dimension for unit in units}
    assert read["billion VND"] == "VND" and read["million USD"] == "USD" and read["%"] == "percent"
    assert read["ha"] == "hectare" and read["households"] == "count" and read["yes/no"] == "count"
    assert set(read.values()) == {"VND", "USD", "percent", "hectare", "count"}

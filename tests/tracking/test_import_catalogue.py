"""The shipped catalogue: real indicators, complete references, loaded idempotently through the importer."""

from __future__ import annotations

import csv

import pytest
from factories import actor

from chitieu.tracking.catalogue import catalogue_path, load_catalogue
from chitieu.tracking.models import Indicator

pytestmark = pytest.mark.django_db

# DOMAIN.md §4: what resolutions set targets for, plus the weights and denominators the roll-up needs.
EXPECTED = [
    "grdp-growth",
    "grdp-per-capita",
    "production-value",
    "per-capita-income",
    "budget-revenue",
    "total-social-investment",
    "export-turnover",
    "import-export-turnover",
    "fdi-attracted",
    "new-enterprises",
    "urbanisation-rate",
    "tourists",
    "international-tourists",
    "tourism-revenue",
    "ntm-communes",
    "advanced-ntm-communes",
    "model-ntm-communes",
    "ntm-district",
    "ntm-villages",
    "ocop-products-3star",
    "hardened-rural-roads",
    "poverty-rate",
    "poor-households",
    "near-poor-households",
    "trained-labour",
    "agricultural-labour-share",
    "health-insurance-coverage",
    "doctors-per-10000",
    "hospital-beds-per-10000",
    "schools-national-standard",
    "population-growth",
    "clean-water-access",
    "solid-waste-treatment",
    "forest-cover",
    "jobs-created",
    "social-housing-units",
    "party-organisations-good",
    "new-party-members",
    "ntm-criteria-met",
    "population",
    "households",
]


def catalogue_rows() -> list[dict[str, str]]:
    with catalogue_path().open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_catalogue_loads_at_least_35_real_indicators_and_reloading_changes_nothing():
    load_catalogue(actor())
    again = load_catalogue(actor())
    rows = catalogue_rows()
    assert len(rows) >= 35
    assert (again.created, again.revised, again.unchanged) == (0, 0, len(rows))
    assert set(EXPECTED) <= set(Indicator.objects.values_list("code", flat=True))


def test_every_reference_resolves_to_a_summable_indicator():
    load_catalogue(actor())
    codes = {row["code"] for row in catalogue_rows()}
    combined = Indicator.objects.filter(code__in=codes, aggregation__in=["ratio", "weighted_mean"])
    assert combined.count() >= 10
    for indicator in combined.select_related("weight", "numerator", "denominator"):
        refs = (
            [indicator.weight]
            if indicator.aggregation == "weighted_mean"
            else [indicator.numerator, indicator.denominator]
        )
        assert all(ref is not None for ref in refs), indicator.code
        # A weight, numerator or denominator must itself add up over units, or the roll-up means nothing.
        assert all(ref.aggregation == "sum" for ref in refs), indicator.code


@pytest.mark.parametrize(
    ("code", "direction", "aggregation", "references"),
    [
        pytest.param("poverty-rate", "lower", "ratio", ("poor-households", "households"), id="poverty rate"),
        pytest.param("forest-cover", "higher", "ratio", ("forest-area", "natural-area"), id="forest cover by area"),
        pytest.param("ntm-communes", "higher", "sum", (), id="NTM communes add up"),
        pytest.param("ntm-district", "higher", "count_threshold", (), id="districts recognised are counted"),
        pytest.param("agricultural-labour-share", "lower", "weighted_mean", ("labour-force",), id="labour ceiling"),
        pytest.param("population-growth", "lower", "weighted_mean", ("population",), id="population ceiling"),
    ],
)
def test_decisions_on_direction_and_aggregation(code, direction, aggregation, references):
    load_catalogue(actor())
    indicator = Indicator.objects.get(code=code)
    refs = tuple(r.code for r in (indicator.weight, indicator.numerator, indicator.denominator) if r is not None)
    assert (indicator.direction, indicator.aggregation, refs) == (direction, aggregation, references)


def test_percentage_ratios_say_they_are_scaled_by_100():
    for row in catalogue_rows():
        if row["aggregation"] == "ratio" and row["unit_of_measure"] == "%":
            assert row["description"].startswith(f"100 × {row['numerator']} ÷ {row['denominator']}"), row["code"]

"""The real administrative map in the database: counts per edition, identity by (code, validity), lineage."""

from dataclasses import dataclass
from datetime import date

import pytest
from django.utils import translation

from chitieu.tracking.models import Lineage, Unit
from chitieu.tracking.queries import (
    UnitNotFound,
    ancestors,
    count_units,
    lineage_of,
    search_units,
    unit_by_code,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@dataclass(frozen=True)
class Count:
    name: str
    level: str | None
    as_of: date
    expect: int


COUNTS = [
    Count("provinces the day before the reform", "province", date(2025, 6, 30), 63),
    Count("provinces from the reform", "province", date(2025, 7, 1), 34),
    Count("districts before", "district", date(2024, 6, 30), 696),
    Count("no districts after", "district", date(2025, 7, 1), 0),
    Count("communes before", "commune", date(2025, 6, 30), 10035),
    Count("communes after", "commune", date(2026, 1, 1), 3321),
    Count("every unit before", None, date(2020, 1, 1), 63 + 696 + 10035),
]


@pytest.mark.parametrize("case", COUNTS, ids=lambda c: c.name)
def test_unit_counts_per_edition(case: Count) -> None:
    assert count_units(case.as_of, case.level) == case.expect


def test_loading_again_changes_nothing() -> None:
    from chitieu.tracking.seed import seed_actor, seed_units

    before = (Unit.objects.count(), Lineage.objects.count())
    report = seed_units(seed_actor())
    assert not report.changed
    assert (Unit.objects.count(), Lineage.objects.count()) == before


def test_codes_are_reused_so_the_date_chooses_the_unit() -> None:
    before, after = unit_by_code("22", date(2024, 6, 30)), unit_by_code("22", date(2025, 7, 1))
    assert before.pk != after.pk
    assert (before.edition, before.valid_to) == ("legacy", date(2025, 7, 1))
    assert (after.edition, after.valid_from) == ("2025", date(2025, 7, 1))


def test_hai_ha_district_sits_under_quang_ninh_until_the_reform() -> None:
    hai_ha = search_units("Hải Hà", date(2024, 6, 30), limit=1)[0]
    assert (hai_ha.name, hai_ha.level, hai_ha.name_en) == ("Huyện Hải Hà", "district", "Hai Ha District")
    assert [u.name for u in ancestors(hai_ha)] == ["Tỉnh Quảng Ninh"]
    with pytest.raises(UnitNotFound, match=f"{hai_ha.code} on 2025-07-01"):
        unit_by_code(hai_ha.code, date(2025, 7, 1))


def test_search_ignores_diacritics() -> None:
    with_marks = [u.code for u in search_units("Quảng Ninh", date(2024, 1, 1))]
    without = [u.code for u in search_units("quang ninh", date(2024, 1, 1))]
    assert with_marks == without and with_marks[0] == "22"


def test_lineage_counts_match_the_converter() -> None:
    # The converter's 10,602 edges: 9,569 whole transfers (5 of them island districts that became special
    # zones) and 1,033 parts of 471 split communes; the 63 province edges come on top.
    below_province = Lineage.objects.exclude(old__level="province")
    assert below_province.count() == 10602
    assert below_province.exclude(relation="split").count() == 9569
    assert below_province.filter(relation="split").count() == 1033
    assert below_province.filter(relation="split").values("old").distinct().count() == 471
    assert Lineage.objects.filter(old__level="province").count() == 63


def test_every_split_commune_has_exactly_one_default_successor() -> None:
    from django.db.models import Count as DbCount
    from django.db.models import Q

    splits = (
        Lineage.objects.filter(relation="split")
        .values("old")
        .annotate(defaults=DbCount("id", filter=Q(is_default=True)))
    )
    assert {row["defaults"] for row in splits} == {1}


def test_island_districts_became_special_zones() -> None:
    edges = Lineage.objects.filter(relation="island_to_special_zone").select_related("old", "new")
    assert sorted(e.new.kind for e in edges) == ["Đặc khu"] * 5
    assert {e.old.level for e in edges} == {"district"}


def test_lineage_view_lists_both_directions() -> None:
    edge = Lineage.objects.filter(relation="split", is_default=True).select_related("old", "new").first()
    view = lineage_of(edge.old)
    assert edge.new in [e.new for e in view.successors]
    assert view.successors[0].is_default
    assert edge.old in [e.old for e in lineage_of(edge.new).predecessors]

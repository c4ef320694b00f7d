"""Roll-ups of stored figures: on the period's own edition, and rebased onto the 2025 communes."""

from datetime import date

import pytest
from django.utils import translation
from factories import actor

from chitieu.core.hierarchy import load_hierarchy
from chitieu.tracking.actions.observations import do_record_observation
from chitieu.tracking.models import Indicator
from chitieu.tracking.queries import unit_by_code
from chitieu.tracking.rollups import RollupRequestError, rollup_indicator

pytestmark = pytest.mark.django_db

BEFORE, AFTER = date(2023, 6, 30), date(2025, 7, 1)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def record(indicator: str, unit_code: str, value: float, period: str = "2023") -> None:
    do_record_observation(
        actor("test"), Indicator.objects.get(code=indicator), unit_by_code(unit_code, BEFORE), period, value,
        source_kind="manual", state="approved",
    )


@pytest.fixture
def hai_ha_communes() -> list[str]:
    """The communes of Hải Hà district (Quảng Ninh) in the legacy edition."""
    tree = load_hierarchy().as_of(BEFORE)
    district = next(u for u in tree.children("22") if u.short_name == "Hải Hà")
    return [u.code for u in tree.children(district.code)]


def test_a_district_sum_is_the_sum_of_its_communes(hai_ha_communes: list[str]) -> None:
    for i, code in enumerate(hai_ha_communes):
        record("poor-households", code, 10 + i)
    district = unit_by_code(hai_ha_communes[0], BEFORE).parent.code
    result = rollup_indicator("poor-households", district, "2023", complete=True)
    n = len(hai_ha_communes)
    assert (result.value, result.inputs, result.edition, result.rule) == (10 * n + n * (n - 1) / 2, n, "legacy", "sum")


def test_a_ratio_is_recomputed_from_its_parts_not_averaged(hai_ha_communes: list[str]) -> None:
    first, second = hai_ha_communes[:2]
    record("poor-households", first, 1)
    record("households", first, 100)  # 1 %
    record("poor-households", second, 90)
    record("households", second, 900)  # 10 %
    district = unit_by_code(first, BEFORE).parent.code
    result = rollup_indicator("poverty-rate", district, "2023")
    assert result.value == pytest.approx(100 * 91 / 1000)  # 9.1 %, not the mean 5.5 %


def test_rebasing_onto_2025_keeps_the_province_total(hai_ha_communes: list[str]) -> None:
    for code in hai_ha_communes:
        record("poor-households", code, 5)
    before = rollup_indicator("poor-households", "22", "2023")
    after = rollup_indicator("poor-households", "22", "2023", onto=AFTER)
    assert (after.edition, after.rebased_from) == ("2025", "legacy")
    assert after.value == pytest.approx(before.value) == 5 * len(hai_ha_communes)


def test_complete_roll_up_names_the_missing_units(hai_ha_communes: list[str]) -> None:
    record("poor-households", hai_ha_communes[0], 3)
    district = unit_by_code(hai_ha_communes[0], BEFORE).parent.code
    with pytest.raises(RollupRequestError, match=f"{len(hai_ha_communes) - 1} units below {district} have no value"):
        rollup_indicator("poor-households", district, "2023", complete=True)


def test_only_sums_and_ratios_move_across_editions() -> None:
    with pytest.raises(RollupRequestError, match="only sums and ratios"):
        rollup_indicator("grdp-growth", "22", "2023", onto=AFTER)


def test_unknown_indicator_is_named() -> None:
    with pytest.raises(RollupRequestError, match="unknown indicator no-such-thing"):
        rollup_indicator("no-such-thing", "22", "2023")

"""Assessing stored targets: the adapters, one observation query for many targets, overrides, documents."""

from dataclasses import dataclass
from datetime import date

import pytest

from chitieu.core.status.model import Comparator, Direction, Form, GrowthModel, Status
from chitieu.tracking.adapters import target_spec
from chitieu.tracking.assessment import (
    AmbiguousDocument,
    DocumentNotFound,
    assess_document,
    assess_target,
    assess_targets,
    document_summary,
    observations_for,
)
from chitieu.tracking.models import Document, Target
from web.fixtures import DOC_CODE, build_world, make_indicator, make_unit, observe

MID_2024 = date(2024, 6, 30)


@pytest.fixture
def world(db):
    return build_world()


@dataclass(frozen=True)
class Spec:
    name: str
    target: str  # attribute of the World
    form: Form
    direction: Direction
    rates: bool
    comparator: Comparator | None


SPECS = [
    Spec("flow on a flow indicator", "flow", Form.FLOW, Direction.HIGHER, False, Comparator.MORE_THAN),
    Spec("level on a lower-is-better rate", "poverty", Form.LEVEL, Direction.LOWER, False, Comparator.AT_MOST),
    Spec("growth on a rate indicator reads rates", "growth", Form.GROWTH, Direction.HIGHER, True, Comparator.AT_LEAST),
    Spec("binary", "binary", Form.BINARY, Direction.HIGHER, False, Comparator.AT_LEAST),
]


@pytest.mark.parametrize("case", SPECS, ids=lambda c: c.name)
def test_target_spec_takes_direction_and_growth_from_the_indicator(world, case):
    spec = target_spec(getattr(world, case.target))

    assert (spec.form, spec.direction, spec.observations_are_rates, spec.comparator) == (
        case.form, case.direction, case.rates, case.comparator,
    )
    assert spec.growth is GrowthModel.LINEAR


def test_target_spec_carries_the_baseline_and_a_compound_growth_model(world):
    world.poverty.indicator.growth_model = "compound"

    spec = target_spec(world.poverty)

    assert (spec.baseline.date, spec.baseline.value, spec.value) == (date(2022, 12, 31), 6.0, 2.0)
    assert spec.growth is GrowthModel.COMPOUND


def test_growth_target_on_a_level_indicator_reads_levels(world):
    level_indicator = make_indicator("t-output", "Sản lượng", "Output", "tấn", "higher", "stock", "compound")
    target = Target(form="growth", value=8.0, deadline=date(2025, 12, 31), indicator=level_indicator)

    assert target_spec(target).observations_are_rates is False


def test_assess_targets_reads_all_observations_in_one_query(world, django_assert_num_queries):
    targets = list(Target.objects.filter(document=world.document).select_related("indicator"))

    with django_assert_num_queries(1):
        assessed = assess_targets(targets, MID_2024)

    assert {t.label: assessed[t.pk].status for t in targets} == {
        "1": Status.ON_TRACK, "2": Status.NEEDS_ACCELERATION, "3": Status.OFF_TRACK, "4": Status.OFF_TRACK,
    }


def test_assess_targets_of_nothing_reads_nothing(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert assess_targets([], MID_2024) == {}


def test_assess_target_alone_reads_its_observations_and_agrees_with_the_batch(world, django_assert_num_queries):
    target = Target.objects.select_related("indicator").get(pk=world.poverty.pk)

    with django_assert_num_queries(1):
        alone = assess_target(target, MID_2024)

    assert alone == assess_targets([target], MID_2024)[target.pk]
    assert alone.numbers["R"] == pytest.approx(0.7507, abs=1e-4)


def test_observations_of_pairs_nobody_asked_for_are_left_out(world):
    other_unit = world.communes[0]
    observe(world.poverty.indicator, other_unit, date(2023, 1, 1), date(2023, 12, 31), 9.0)  # (poverty, commune)
    observe(world.flow.indicator, other_unit, date(2024, 1, 1), date(2024, 6, 30), 1.0, kind="ytd")
    commune_target = Target.objects.create(
        document=world.document, unit=other_unit, indicator=world.flow.indicator, form="flow", value=10,
        deadline=date(2024, 12, 31),
    )

    found = observations_for([world.poverty, commune_target])

    assert set(found) == {(world.poverty.indicator_id, world.district.pk), (world.flow.indicator_id, other_unit.pk)}
    assert [o.value for o in found[(world.poverty.indicator_id, world.district.pk)]] == [5.0]


def test_manual_override_replaces_the_status_and_keeps_the_computed_one(world):
    assessed = assess_target(world.binary, MID_2024)

    assert (assessed.status, assessed.computed_status) == (Status.OFF_TRACK, Status.PENDING)
    assert assessed.override_reason == "thẩm định chưa đạt"
    assert assessed.rule == "binary.pending"


def test_assess_document_accepts_the_code_as_written(world):
    results = assess_document("Số: 907 -NQ/HU", MID_2024)

    assert [(label, a.status) for label, a in results] == [
        ("1 t-production", Status.ON_TRACK),
        ("2 t-poverty", Status.NEEDS_ACCELERATION),
        ("3 t-growth", Status.OFF_TRACK),
        ("4 t-ntm", Status.OFF_TRACK),
    ]


def test_unknown_document_code(db):
    with pytest.raises(DocumentNotFound, match="no document has code '9999-NQ/HU'"):
        assess_document("9999-NQ/HU", MID_2024)


def test_a_code_shared_by_two_issuers_is_ambiguous(world):
    other = make_unit("T12", "district", "Huyện", "Khác", "Khac", "Khac District", world.province)
    Document.objects.create(code=DOC_CODE, system="party", number="907", doc_type="NQ", issuer_code="HU",
                            year=2023, term="2020-2025", issuer_unit=other)

    with pytest.raises(AmbiguousDocument, match="2 documents have code '907-NQ/HU'"):
        assess_document(DOC_CODE, MID_2024)


def test_document_summary_counts_and_buckets(world):
    summary = document_summary(world.document, MID_2024)

    assert summary.total == 4
    assert summary.counts[Status.OFF_TRACK] == 2  # one computed, one set by hand
    assert (summary.achieved_so_far, summary.expected_by_end_of_term, summary.difficult) == (0, 1, 3)


def test_the_demo_resolution_of_hai_ha_at_mid_2024(db):
    results = dict(assess_document("12-NQ/HU", MID_2024))
    statuses = {label.split(" ")[-1]: a.status for label, a in results.items()}

    assert len(results) >= 10
    assert Status.ON_TRACK in statuses.values()
    production = next(a for label, a in results.items() if label.endswith("production-value"))
    assert production.status is Status.ON_TRACK
    assert production.numbers["y"] == 19658 and production.numbers["T"] == 36000

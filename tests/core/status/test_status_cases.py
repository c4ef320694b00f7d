"""Cases as plain data: what parse_case accepts, and the field path it names when it refuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from chitieu.core.status import Direction, Form, GrowthModel, Observation
from chitieu.core.status.cases import CaseError, parse_case

MINIMAL = {"target": {"form": "binary", "deadline": "2025-12-31"}}


def test_a_full_case() -> None:
    case = parse_case(
        {
            "name": "urbanisation",
            "target": {"form": "change", "direction": "lower", "absolute_change": -2.0, "growth": "compound",
                       "baseline": {"date": "2023-12-31", "value": 10.5}, "deadline": "2025-12-31",
                       "comparator": "lte"},
            "observations": [{"period": "2024-H1", "value": 9}, {"start": "2024-01-01", "end": "2024-12-31",
                                                                 "value": 8.5}],
            "as_of": "2025-02-01",
        }
    )  # fmt: skip
    assert (case.name, case.as_of, case.target.form, case.target.direction, case.target.growth) == (
        "urbanisation", date(2025, 2, 1), Form.CHANGE, Direction.LOWER, GrowthModel.COMPOUND)  # fmt: skip
    assert case.target.target_value == 8.5
    assert case.observations == (
        Observation(date(2024, 1, 1), date(2024, 6, 30), 9.0),
        Observation(date(2024, 1, 1), date(2024, 12, 31), 8.5),
    )


def test_defaults_of_a_minimal_case() -> None:
    case = parse_case(MINIMAL)
    assert (case.observations, case.as_of, case.name, case.target.direction) == ((), None, None, Direction.HIGHER)


def test_true_and_false_are_observed_values() -> None:
    case = parse_case({**MINIMAL, "observations": [{"period": "2024", "value": True}]})
    assert case.observations[0].value == 1.0


@dataclass(frozen=True)
class Bad:
    name: str
    given: object
    field: str


BAD = [
    Bad("not an object", [], "case"),
    Bad("no target", {"as_of": "2024-01-01"}, "target"),
    Bad("unknown case key", {**MINIMAL, "asof": "2024-01-01"}, "asof"),
    Bad("bad direction", {"target": {**MINIMAL["target"], "direction": "up"}}, "target.direction"),
    Bad("baseline without date", {"target": {"form": "level", "value": 1, "deadline": "2025-12-31",
                                             "baseline": {"value": 3}}}, "target.baseline.date"),
    Bad("observations not a list", {**MINIMAL, "observations": {"value": 1}}, "observations"),
    Bad("observation without value", {**MINIMAL, "observations": [{"period": "2024"}]}, "observations[0].value"),
    Bad("observation ending before it starts", {**MINIMAL, "observations": [
        {"start": "2024-02-01", "end": "2024-01-01", "value": 1}]}, "observations[0]"),
    Bad("as_of not a date", {**MINIMAL, "as_of": 20240101}, "as_of"),
]  # fmt: skip


@pytest.mark.parametrize("bad", BAD, ids=lambda b: b.name)
def test_refusals_name_the_field(bad: Bad) -> None:
    with pytest.raises(CaseError) as raised:
        parse_case(bad.given)
    assert raised.value.field == bad.field
    assert str(raised.value).startswith(f"field {bad.field}: ")

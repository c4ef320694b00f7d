"""Reading through the API: whole responses of representative endpoints, filters and pagination."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from api.world import ApiWorld
from chitieu.tracking.models import Target


def unit_ref(unit) -> dict[str, Any]:
    return {"id": unit.pk, "code": unit.code, "name": unit.name, "level": unit.level}


def page(results: list[Any], count: int | None = None, next: str | None = None, previous: str | None = None):
    return {"count": len(results) if count is None else count, "next": next, "previous": previous, "results": results}


def test_unit_by_code_as_of_a_date(api, api_world: ApiWorld):
    w = api_world
    response = api().get("/api/v1/units/TA1/?as_of=2024-06-30")

    assert response.status_code == 200
    assert response.json() == {
        "id": w.district.pk,
        "code": "TA1",
        "name": "Huyen Apitest",
        "short_name": "Huyen Apitest",
        "name_en": "Huyen Apitest",
        "level": "district",
        "kind": "district",
        "edition": "test-api",
        "valid_from": None,
        "valid_to": "2025-07-01",
        "parent": unit_ref(w.province),
    }


def test_a_unit_is_not_found_on_a_date_it_was_not_in_force(api, api_world: ApiWorld):
    response = api().get("/api/v1/units/TA1/?as_of=2025-07-01")

    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error": "no unit has code TA1 on 2025-07-01",
        "errors": [],
        "status": 404,
    }


@dataclass(frozen=True)
class Filter:
    name: str
    query: str
    expect: list[str]  # unit codes, in order


UNIT_FILTERS = [
    Filter("children of a parent", "parent=TA1", ["TA101", "TA102"]),
    Filter("level within a parent", "parent=TA&level=district", ["TA1"]),
    Filter("name without diacritics", "q=xa apitest", ["TA101", "TA102"]),
    Filter("name, most specific", "q=xa apitest b", ["TA102"]),
    Filter("higher levels first", "q=apitest", ["TA", "TA1", "TA101", "TA102"]),
    Filter("not yet in force", "parent=TA1&as_of=2025-07-01", []),
]


@pytest.mark.parametrize("case", UNIT_FILTERS, ids=lambda c: c.name)
def test_unit_filters(api, api_world: ApiWorld, case: Filter):
    query = case.query if "as_of" in case.query else f"{case.query}&as_of=2024-06-30"
    response = api().get(f"/api/v1/units/?{query}")

    assert response.status_code == 200
    assert [u["code"] for u in response.json()["results"]] == case.expect


def test_indicator_by_code(api, api_world: ApiWorld):
    response = api().get("/api/v1/indicators/t-api-poverty/")

    assert response.status_code == 200
    assert response.json() == {
        "code": "t-api-poverty",
        "name_vi": "Poverty rate",
        "name_en": "Poverty rate",
        "unit_of_measure": "%",
        "direction": "lower",
        "kind": "rate",
        "growth_model": "linear",
        "aggregation": "sum",
        "weight": None,
        "numerator": None,
        "denominator": None,
        "threshold": None,
        "description": "",
    }


def test_document_detail_and_list_filtered_by_issuer(api, api_world: ApiWorld):
    w = api_world
    document = {
        "id": w.document.pk,
        "code": "915-NQ/HU",
        "system": "party",
        "number": "915",
        "doc_type": "NQ",
        "issuer_code": "HU",
        "year": 2023,
        "term": "2020-2025",
        "issuer": unit_ref(w.district),
        "title": "Nghi quyet API",
        "date": "2023-12-08",
    }

    detail = api().get(f"/api/v1/documents/{w.document.pk}/")
    listed = api().get(f"/api/v1/documents/?issuer={w.district.pk}")
    by_code = api().get("/api/v1/documents/?q=915-NQ&system=party")

    assert detail.status_code == 200 and detail.json() == {**document, "body": ""}
    assert listed.status_code == 200 and listed.json() == page([document])
    assert [d["code"] for d in by_code.json()["results"]] == ["915-NQ/HU"]


def test_target_with_status_rule_numbers_and_why(api, api_world: ApiWorld):
    w = api_world
    response = api().get(f"/api/v1/targets/{w.target.pk}/?as_of=2024-06-30")

    assert response.status_code == 200
    body = response.json()
    numbers = body["assessment"].pop("numbers")
    assert body == {
        "id": w.target.pk,
        "document": {"id": w.document.pk, "code": "915-NQ/HU"},
        "unit": unit_ref(w.district),
        "indicator": "t-api-poverty",
        "label": "1",
        "form": "level",
        "comparator": "<=",
        "value": 2.0,
        "relative_change": None,
        "baseline_date": "2022-12-31",
        "baseline_value": 6.0,
        "start": None,
        "deadline": "2025-12-31",
        "wording": "",
        "assessment": {
            "as_of": "2024-06-30",
            "status": "needs_acceleration",
            "status_label": "Needs acceleration",
            "computed_status": "needs_acceleration",
            "overridden": False,
            "override_reason": None,
            "rule": "progress.needs_acceleration",
            "dates": {"t0": "2022-12-31", "t": "2023-12-31", "deadline": "2025-12-31"},
            "why": "Needs acceleration: from 6 on 2022-12-31 to 5 on 2023-12-31 is only 75% of the pace needed "
            "to reach 2 by 2025-12-31.",
            "progress": 0.25,
        },
    }
    # The engine's own numbers; times are in years since t0, so only the plain values are compared exactly.
    assert {k: numbers[k] for k in ("y", "T", "y0")} == {"y": 5.0, "T": 2.0, "y0": 6.0}
    assert numbers["R"] == pytest.approx(0.7507, abs=1e-4)


def test_target_list_gives_the_same_assessment_as_the_detail(api, api_world: ApiWorld):
    w = api_world
    listed = api().get(f"/api/v1/targets/?unit={w.district.pk}&as_of=2024-06-30").json()
    detail = api().get(f"/api/v1/targets/{w.target.pk}/?as_of=2024-06-30").json()

    assert listed == page([detail])


def test_target_status_counts_only_approved_figures_unless_a_reader_asks_for_submitted_ones(
    api, api_world: ApiWorld, users
):
    w = api_world
    w.approved.state = "submitted"
    w.approved.save()
    url = f"/api/v1/targets/{w.target.pk}/?as_of=2024-06-30"

    def status(user, query: str = "") -> str:
        return api(user).get(url + query).json()["assessment"]["status"]

    assert status(None) == "no_data"  # the only figure is not approved yet
    assert status(users.approver, "&include_submitted=1") == "needs_acceleration"  # a preview in the own scope
    assert status(None, "&include_submitted=1") == "no_data"  # submitted figures are not published


@pytest.mark.parametrize(
    "case",
    [
        Filter("by indicator", "indicator=t-api-poverty", ["t-api-poverty"]),
        Filter("by document", "document={document}", ["t-api-poverty"]),
        Filter("by other indicator", "indicator=t-api-roads", []),
    ],
    ids=lambda c: c.name,
)
def test_target_filters(api, api_world: ApiWorld, case: Filter):
    query = case.query.format(document=api_world.document.pk)
    response = api().get(f"/api/v1/targets/?{query}&unit={api_world.district.pk}")

    assert response.status_code == 200
    assert [t["indicator"] for t in response.json()["results"]] == case.expect


def test_pagination_pages_through_a_list_with_a_bounded_page_size(api, api_world: ApiWorld):
    first = api().get("/api/v1/units/?q=apitest&as_of=2024-06-30&page_size=3").json()
    second = api().get("/api/v1/units/?q=apitest&as_of=2024-06-30&page_size=3&page=2").json()
    largest = api().get("/api/v1/indicators/?page_size=200").json()
    too_large = api().get("/api/v1/indicators/?page_size=201")

    assert [u["code"] for u in first["results"]] == ["TA", "TA1", "TA101"]
    assert first["count"] == 4 and first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/units/?as_of=2024-06-30&page=2&page_size=3&q=apitest"
    assert [u["code"] for u in second["results"]] == ["TA102"]
    assert second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/units/?as_of=2024-06-30&page_size=3&q=apitest"
    assert len(largest["results"]) == min(200, largest["count"])
    assert too_large.status_code == 400
    assert too_large.json()["errors"] == [
        {"field": "page_size", "reason": "a page holds 1 to 200 items; “201” is not one of them"}
    ]


def test_observation_filters(api, api_world: ApiWorld, users):
    w = api_world

    def ids(query: str) -> list[int]:
        response = api(users.admin).get(f"/api/v1/observations/?{query}")
        assert response.status_code == 200, response.json()
        return [o["id"] for o in response.json()["results"]]

    roads = "indicator=t-api-roads"
    assert ids(roads) == [w.draft_a.pk, w.draft_b.pk]
    assert ids(f"{roads}&unit={w.commune_b.pk}") == [w.draft_b.pk]
    assert ids(f"unit={w.district.pk}&period=2023") == [w.approved.pk]
    assert ids(f"unit={w.district.pk}&period=2023-H1") == []
    assert ids(f"{roads}&period_start=2024-01-01&period_end=2024-12-31") == [w.draft_a.pk, w.draft_b.pk]
    assert ids(f"{roads}&period_end=2023-12-31") == []
    assert ids("indicator=t-api-poverty&state=approved") == [w.approved.pk]
    assert ids(f"{roads}&state=approved") == []


def test_observation_detail(api, api_world: ApiWorld):
    w = api_world
    response = api().get(f"/api/v1/observations/{w.approved.pk}/")

    assert response.status_code == 200
    assert response.json() == {
        "id": w.approved.pk,
        "indicator": "t-api-poverty",
        "unit": unit_ref(w.district),
        "period": "2023",
        "period_kind": "year",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "value": 5.0,
        "is_estimate": False,
        "source_kind": "manual",
        "source_ref": "",
        "source_document": None,
        "revision": 1,
        "state": "approved",
        "version": 1,
    }


def test_a_page_of_targets_is_assessed_in_a_fixed_number_of_queries(
    api, api_world: ApiWorld, django_assert_num_queries
):
    w = api_world
    url = f"/api/v1/targets/?document={w.document.pk}&as_of=2024-06-30"
    client = api()
    client.get(url)  # warm: the first request of a client loads what every request shares
    with django_assert_num_queries(3) as one:  # count, page of targets, observations of the page
        assert client.get(url).json()["count"] == 1
    for label in "23456":
        Target.objects.create(
            document=w.document, unit=w.commune_a, indicator=w.roads, label=label, form="flow", value=100,
            deadline="2024-12-31",
        )  # fmt: skip

    with django_assert_num_queries(len(one.captured_queries)):
        assert client.get(url).json()["count"] == 6

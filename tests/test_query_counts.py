"""Pages over trees and API lists make a fixed number of queries, however many rows they show (no N+1).

Each case is built twice, small and large (a few targets or figures, then dozens), and both must make exactly the
number of queries written down here. The unit pages are those of a real province with many children, in both
editions of the map (Hà Nội: 30 districts before 1 July 2025, over 100 communes after). The load benchmark
(bench/load.py, docs/load.md) measures the same pages and lists under load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from rest_framework.authtoken.models import Token

from chitieu.accounts.models import Grant
from chitieu.tracking.models import Document, Indicator, Observation, Target, Unit
from chitieu.tracking.queries import unit_by_code

SMALL, LARGE = 3, 40

# anonymous visitor: unit+parents, targets, children, predecessors, successors, documents, observations, plus the
# access check's own read of the unit
UNIT_PAGE_QUERIES = 7
DOCUMENT_PAGE_QUERIES = 4  # access, the document with its issuer, its targets, their observations
UNITS_LIST_QUERIES = 2  # count, page
TARGETS_LIST_QUERIES = 3  # count, page, observations
OBSERVATIONS_LIST_QUERIES = 2  # count, page
TOKEN_QUERIES = 2  # the token with its user, the user's grants (scope)


def indicators(kind: str = "rate") -> list[Indicator]:
    return list(Indicator.objects.filter(kind=kind).order_by("code"))


def observe(indicator: Indicator, unit: Unit, years: range) -> None:
    Observation.objects.bulk_create(
        Observation(indicator=indicator, unit=unit, period_kind="year", period_start=date(year, 1, 1),
                    period_end=date(year, 12, 31), value=40 + year % 7, source_kind="manual", state="approved")
        for year in years
    )  # fmt: skip


def resolution(issuer: Unit, units: list[Unit], count: int) -> Document:
    """A document of ``issuer`` with ``count`` level targets spread over ``units``, each with three approved yearly
    figures (test fixture: ORM creates)."""
    document = Document.objects.create(
        code=f"9{count}-NQ/TU", system="party", number=f"9{count}", doc_type="NQ", issuer_code="TU", year=2023,
        term="2020-2025", issuer_unit=issuer, title="Nghị quyết đếm truy vấn", date=date(2023, 12, 8),
    )  # fmt: skip
    catalogue = indicators()
    for i in range(count):
        unit, indicator = units[i % len(units)], catalogue[(i // len(units)) % len(catalogue)]
        Target.objects.create(
            document=document, unit=unit, indicator=indicator, label=str(i + 1), form="level", comparator=">=",
            value=60, baseline_date=date(2020, 12, 31), baseline_value=40, deadline=date(2025, 12, 31),
        )  # fmt: skip
        if not Observation.objects.filter(indicator=indicator, unit=unit).exists():
            observe(indicator, unit, range(2021, 2024))
    return document


# --- pages ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Province:
    name: str
    code: str
    as_of: str
    at_least_children: int


PROVINCES = [
    Province(name="Hà Nội before the reform (districts)", code="01", as_of="2025-06-30", at_least_children=29),
    Province(name="Hà Nội from the reform (communes)", code="01", as_of="2025-07-01", at_least_children=100),
    Province(name="Quảng Ninh before the reform (districts)", code="22", as_of="2025-06-30", at_least_children=13),
]


@pytest.mark.parametrize("targets", [SMALL, LARGE])
@pytest.mark.parametrize("case", PROVINCES, ids=lambda c: c.name)
def test_unit_page_of_a_real_province(client, db, django_assert_num_queries, case, targets):
    province = unit_by_code(case.code, date.fromisoformat(case.as_of))
    resolution(province, [province], targets)

    with django_assert_num_queries(UNIT_PAGE_QUERIES):
        response = client.get(f"/units/{case.code}/?as_of={case.as_of}")

    report = response.context["report"]
    assert (response.status_code, len(report.targets)) == (200, targets)
    assert len(report.children) >= case.at_least_children


@pytest.mark.parametrize("targets", [SMALL, LARGE])
def test_document_page_over_the_units_of_a_province(client, db, django_assert_num_queries, targets):
    province = unit_by_code("01", date(2025, 6, 30))
    document = resolution(province, [province, *province.children.order_by("code")[:20]], targets)

    with django_assert_num_queries(DOCUMENT_PAGE_QUERIES):
        response = client.get(f"/documents/{document.pk}/?as_of=2024-06-30")

    assert (response.status_code, len(response.context["report"].targets)) == (200, targets)


# --- API lists ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    name: str
    build: Callable[[int], str]  # makes `n` rows' worth of data, returns the URL that lists them
    queries: int


def units_list(n: int) -> str:
    # the 34 provinces from the reform; the first 200 of the 696 districts before it
    if n == SMALL:
        return "/api/v1/units/?level=province&as_of=2025-07-01"
    return "/api/v1/units/?level=district&as_of=2025-06-30&page_size=200"


def targets_list(n: int) -> str:
    province = unit_by_code("01", date(2025, 6, 30))
    document = resolution(province, [province, *province.children.order_by("code")[:20]], n)
    return f"/api/v1/targets/?document={document.pk}&as_of=2024-06-30&page_size=200"


def targets_list_with_submitted(n: int) -> str:
    return targets_list(n) + "&include_submitted=true"


def observations_list(n: int) -> str:
    province = unit_by_code("01" if n == SMALL else "22", date(2025, 6, 30))
    for indicator in indicators()[: max(1, n // 10)]:
        observe(indicator, province, range(2015, 2015 + min(n, 10)))
    return f"/api/v1/observations/?unit={province.pk}&page_size=200"


LISTINGS = [
    Listing(name="units", build=units_list, queries=UNITS_LIST_QUERIES),
    Listing(name="targets with status", build=targets_list, queries=TARGETS_LIST_QUERIES),
    Listing(name="observations", build=observations_list, queries=OBSERVATIONS_LIST_QUERIES),
]


def rows_of(response) -> int:
    body = response.json()
    assert response.status_code == 200, body
    return len(body["results"])


@pytest.mark.parametrize("case", LISTINGS, ids=lambda c: c.name)
def test_api_list_for_a_visitor(db, django_assert_num_queries, case):
    small, large = case.build(SMALL), case.build(LARGE)
    client = Client()

    with django_assert_num_queries(case.queries):
        few = rows_of(client.get(small))
    with django_assert_num_queries(case.queries):
        many = rows_of(client.get(large))

    assert few < many


def national_viewer() -> Client:
    user = get_user_model().objects.create_user(username="viewer", password="not-used-here-9f3k")
    Grant.objects.create(user=user, role="viewer", unit=None, granted_by="test", granted_at=timezone.now())
    return Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")


TOKEN_LISTINGS = [
    Listing(name="units", build=units_list, queries=UNITS_LIST_QUERIES),
    Listing(name="targets with submitted figures", build=targets_list_with_submitted, queries=TARGETS_LIST_QUERIES),
    Listing(name="observations in every state", build=observations_list, queries=OBSERVATIONS_LIST_QUERIES),
]


@pytest.mark.parametrize("case", TOKEN_LISTINGS, ids=lambda c: c.name)
def test_api_list_for_a_national_viewer_with_a_token(db, django_assert_num_queries, case):
    client = national_viewer()
    small, large = case.build(SMALL), case.build(LARGE)

    with django_assert_num_queries(TOKEN_QUERIES + case.queries):
        few = rows_of(client.get(small))
    with django_assert_num_queries(TOKEN_QUERIES + case.queries):
        many = rows_of(client.get(large))

    assert few < many

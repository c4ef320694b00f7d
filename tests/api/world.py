"""A small world of the API tests' own (codes starting with "TA") and its users with their grants.

Province TA › district TA1 (issuer of 915-NQ/HU, with a poverty target) › communes TA101 ("A") and TA102 ("B").
ORM creates are allowed here (test fixtures only); everything the tests change goes through the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model

from chitieu.accounts.models import Grant
from chitieu.core.hierarchy.names import search_key
from chitieu.tracking.models import Document, Indicator, Observation, Target, Unit

OLD = dict(edition="test-api", valid_from=None, valid_to=date(2025, 7, 1))


@dataclass
class ApiWorld:
    province: Unit
    district: Unit
    commune_a: Unit
    commune_b: Unit
    poverty: Indicator
    roads: Indicator
    document: Document
    target: Target
    approved: Observation  # district poverty 2023 = 5.0, approved (published)
    draft_a: Observation  # commune A roads 2024 = 10, draft
    draft_b: Observation  # commune B roads 2024 = 20, draft


def _unit(code: str, level: str, name: str, parent: Unit | None = None) -> Unit:
    return Unit.objects.create(
        code=code, level=level, kind=level, name=name, short_name=name, ascii_name=name, name_en=name,
        search_key=search_key(name), parent=parent, **OLD,
    )  # fmt: skip


def _indicator(code: str, name: str, uom: str, direction: str, kind: str) -> Indicator:
    return Indicator.objects.create(
        code=code, name_vi=name, name_en=name, unit_of_measure=uom, direction=direction, kind=kind,
        growth_model="linear", aggregation="sum",
    )  # fmt: skip


def _observation(indicator: Indicator, unit: Unit, year: int, value: float, state: str) -> Observation:
    return Observation.objects.create(
        indicator=indicator, unit=unit, period_kind="year", period_start=date(year, 1, 1),
        period_end=date(year, 12, 31), value=value, source_kind="manual", state=state,
    )  # fmt: skip


def build_api_world() -> ApiWorld:
    province = _unit("TA", "province", "Tinh Apitest")
    district = _unit("TA1", "district", "Huyen Apitest", province)
    commune_a = _unit("TA101", "commune", "Xa Apitest A", district)
    commune_b = _unit("TA102", "commune", "Xa Apitest B", district)
    poverty = _indicator("t-api-poverty", "Poverty rate", "%", "lower", "rate")
    roads = _indicator("t-api-roads", "Roads built", "km", "higher", "flow")
    document = Document.objects.create(
        code="915-NQ/HU", system="party", number="915", doc_type="NQ", issuer_code="HU", year=2023,
        term="2020-2025", issuer_unit=district, title="Nghi quyet API", date=date(2023, 12, 8),
    )  # fmt: skip
    target = Target.objects.create(
        document=document, unit=district, indicator=poverty, label="1", form="level", comparator="<=",
        value=2.0, baseline_date=date(2022, 12, 31), baseline_value=6.0, deadline=date(2025, 12, 31),
    )  # fmt: skip
    return ApiWorld(
        province, district, commune_a, commune_b, poverty, roads, document, target,
        approved=_observation(poverty, district, 2023, 5.0, "approved"),
        draft_a=_observation(roads, commune_a, 2024, 10.0, "draft"),
        draft_b=_observation(roads, commune_b, 2024, 20.0, "draft"),
    )  # fmt: skip


def make_user(username: str, grants: list[tuple[str, Unit | None]] = ()) -> Any:  # type: ignore[assignment]
    # No password (an unusable one): the tests use tokens and force_login, and hashing is slow by design.
    user = get_user_model().objects.create_user(username=username)
    for role, unit in grants:
        Grant.objects.create(user=user, role=role, unit=unit, granted_by="test", granted_at="2025-01-01T00:00Z")
    return user

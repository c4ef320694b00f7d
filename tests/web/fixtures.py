"""A small world of the pages' own, beside the real map: test units use codes starting with "T".

Old edition: province T1 › district T11 (issuer of document 907-NQ/HU) › communes T11001…; new edition:
province T2, formed from T1. ORM creates are allowed here (test fixtures only); the pages never write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from chitieu.accounts.models import Grant
from chitieu.core.hierarchy.names import search_key
from chitieu.tracking.models import (
    AuditEntry,
    Document,
    Indicator,
    Lineage,
    Observation,
    ObservationRevision,
    Target,
    Unit,
)

OLD = dict(edition="test-old", valid_from=None, valid_to=date(2025, 7, 1))
NEW = dict(edition="test-2025", valid_from=date(2025, 7, 1), valid_to=None)
DOC_CODE = "907-NQ/HU"


def make_unit(
    code: str, level: str, kind: str, short: str, ascii_name: str, english: str, parent=None, **edition
):
    name = f"{kind} {short}"
    return Unit.objects.create(
        code=code,
        level=level,
        kind=kind,
        name=name,
        short_name=short,
        ascii_name=ascii_name,
        name_en=english,
        search_key=search_key(name),
        parent=parent,
        **(edition or OLD),
    )


def make_indicator(
    code: str, name_vi: str, name_en: str, uom: str, direction: str, kind: str, growth: str = "linear"
):
    return Indicator.objects.create(
        code=code,
        name_vi=name_vi,
        name_en=name_en,
        unit_of_measure=uom,
        direction=direction,
        kind=kind,
        growth_model=growth,
        aggregation="none",
    )


def make_district() -> Unit:
    """District T11 (Hải Thử) in its province T1, of the old edition."""
    province = make_unit("T1", "province", "Tỉnh", "Thử Nghiệm", "Thu Nghiem", "Thu Nghiem Province")
    return make_unit("T11", "district", "Huyện", "Hải Thử", "Hai Thu", "Hai Thu District", province)


def observe(
    indicator, unit, start: date, end: date, value: float, kind: str = "year", state: str = "approved"
) -> Observation:
    """A figure of the world; approved unless told otherwise, as only approved figures count by default."""
    return Observation.objects.create(
        indicator=indicator,
        unit=unit,
        period_kind=kind,
        period_start=start,
        period_end=end,
        value=value,
        source_kind="manual",
        state=state,
    )


@dataclass
class World:
    province: Unit
    district: Unit
    communes: list[Unit]
    province_2025: Unit
    document: Document
    flow: Target  # production value 2024, > 36,000; H1 = 19,658 → achieved share 55 % at half-time
    poverty: Target  # poverty rate ≤ 2 % by 2025 from 6 % (2022); 5 % in 2023 → needs acceleration
    growth: Target  # growth ≥ 12.5 %/yr; rates 4.55 → off track
    binary: Target  # advanced new-rural district by 2025; not yet → pending; overridden to off_track
    poverty_observation: Observation


def build_world(communes: int = 3) -> World:
    district = make_district()
    province = district.parent
    children = [
        make_unit(f"T11{i:03d}", "commune", "Xã", f"Số {i}", f"So {i}", f"So {i} Commune", district)
        for i in range(1, communes + 1)
    ]
    province_2025 = make_unit("T2", "province", "Tỉnh", "Thử Mới", "Thu Moi", "Thu Moi Province", **NEW)
    Lineage.objects.create(
        old=province, new=province_2025, relation="merged_whole", effective=date(2025, 7, 1)
    )
    document = Document.objects.create(
        code=DOC_CODE,
        system="party",
        number="907",
        doc_type="NQ",
        issuer_code="HU",
        year=2023,
        term="2020-2025",
        issuer_unit=district,
        title="Nghị quyết thử nghiệm năm 2024",
        date=date(2023, 12, 8),
    )
    production = make_indicator(
        "t-production", "Giá trị sản xuất", "Production value", "tỷ đồng", "higher", "flow"
    )
    poverty_rate = make_indicator("t-poverty", "Tỷ lệ hộ nghèo", "Poverty rate", "%", "lower", "rate")
    growth_rate = make_indicator("t-growth", "Tốc độ tăng trưởng", "Growth rate", "%", "higher", "rate")
    ntm = make_indicator(
        "t-ntm", "Huyện nông thôn mới nâng cao", "Advanced new-rural district", "", "higher", "stock"
    )
    common = dict(document=document, unit=district)
    flow = Target.objects.create(
        indicator=production,
        label="1",
        form="flow",
        comparator=">",
        value=36000,
        start=date(2024, 1, 1),
        deadline=date(2024, 12, 31),
        wording="tổng giá trị sản xuất trên 36.000 tỷ đồng",
        **common,
    )
    poverty = Target.objects.create(
        indicator=poverty_rate,
        label="2",
        form="level",
        comparator="<=",
        value=2.0,
        baseline_date=date(2022, 12, 31),
        baseline_value=6.0,
        deadline=date(2025, 12, 31),
        **common,
    )
    growth = Target.objects.create(
        indicator=growth_rate,
        label="3",
        form="growth",
        value=12.5,
        start=date(2021, 1, 1),
        deadline=date(2025, 12, 31),
        **common,
    )
    binary = Target.objects.create(
        indicator=ntm,
        label="4",
        form="binary",
        deadline=date(2025, 12, 31),
        override_status="off_track",
        override_reason="thẩm định chưa đạt",
        **common,
    )
    observe(production, district, date(2024, 1, 1), date(2024, 6, 30), 19658, kind="ytd")
    poverty_observation = observe(poverty_rate, district, date(2023, 1, 1), date(2023, 12, 31), 5.0)
    observe(growth_rate, district, date(2021, 1, 1), date(2023, 12, 31), 4.55, kind="multi_year")
    at = datetime(2024, 7, 5, 9, 0, tzinfo=UTC)
    for number, value in ((1, 5.5), (2, 5.0)):
        ObservationRevision.objects.create(
            observation=poverty_observation,
            number=number,
            value=value,
            source_kind="manual",
            actor="cán bộ A",
            changed_at=at,
            reason="số liệu sơ bộ" if number == 1 else "số liệu chính thức",
        )
    AuditEntry.objects.create(
        object_type="target",
        object_id=binary.pk,
        action="override",
        actor="cán bộ B",
        at=at,
        reason="thẩm định chưa đạt",
        face="page",
        before={"status": ""},
        after={"status": "off_track"},
    )
    return World(
        province,
        district,
        children,
        province_2025,
        document,
        flow,
        poverty,
        growth,
        binary,
        poverty_observation,
    )


def sign_in(username: str, role: str, unit: Unit | None = None) -> Client:
    """A test client signed in as ``username`` holding ``role`` on ``unit`` (the whole country when None)."""
    user, _ = get_user_model().objects.get_or_create(username=username)
    Grant.objects.get_or_create(
        user=user, role=role, unit=unit, defaults={"granted_by": "test", "granted_at": timezone.now()}
    )
    client = Client()
    client.force_login(user)
    return client

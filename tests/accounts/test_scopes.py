"""Scopes: a role granted on a unit covers its subtree, and lineage carries the grant across the 2025 reform.

The cases use the real map the test database holds: Tuyên Quang (08) absorbed Hà Giang (02) on 1 July 2025; the
district Hải Hà (201) of Quảng Ninh ceased to exist and its communes merged into new communes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from chitieu.accounts.models import Grant, Role
from chitieu.accounts.scopes import Permission, covered_units, forget, scope
from chitieu.tracking.models import Lineage, Unit

BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)


def unit(code: str, day: date) -> Unit:
    return Unit.objects.get(code=code, edition="legacy" if day < AFTER else "2025")


def user_with(*grants: tuple[str, str | None, date]) -> object:
    """A user holding each (role, unit code or None for the whole country, edition date) grant."""
    user = get_user_model().objects.create_user(f"u{get_user_model().objects.count()}")
    for role, code, day in grants:
        Grant.objects.create(
            user=user, role=role, unit=unit(code, day) if code else None, granted_by="test",
            granted_at=timezone.now(),
        )
    return user


@dataclass(frozen=True)
class Case:
    name: str
    grant: tuple[str, str | None, date]
    covered: tuple[tuple[str, date], ...]
    not_covered: tuple[tuple[str, date], ...]


CASES = [
    Case(
        name="a new province covers the old provinces merged into it, with their districts and communes",
        grant=(Role.VIEWER, "08", AFTER),
        covered=(("08", AFTER), ("08", BEFORE), ("02", BEFORE), ("024", BEFORE), ("00688", BEFORE)),
        not_covered=(("22", AFTER), ("22", BEFORE), ("201", BEFORE)),
    ),
    Case(
        name="a district that ceased to exist still covers its communes and what they became",
        grant=(Role.REPORTER, "201", BEFORE),
        covered=(("201", BEFORE), ("06922", BEFORE), ("06925", BEFORE), ("06922", AFTER)),
        not_covered=(("22", BEFORE), ("22", AFTER), ("193", BEFORE), ("06649", BEFORE)),
    ),
    Case(
        name="an old commune covers the new commune it merged into, and nothing above it",
        grant=(Role.REPORTER, "06925", BEFORE),
        covered=(("06925", BEFORE), ("06931", AFTER)),  # Quảng Đức became the new commune Quảng Đức
        not_covered=(("06922", BEFORE), ("06922", AFTER), ("201", BEFORE), ("22", AFTER)),
    ),
    Case(
        name="a grant for the whole country covers every unit of both editions",
        grant=(Role.APPROVER, None, AFTER),
        covered=(("22", BEFORE), ("22", AFTER), ("06922", AFTER), ("02", BEFORE)),
        not_covered=(),
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_what_a_grant_covers(case: Case) -> None:
    user = user_with(case.grant)
    reads = scope(user, Permission.READ)

    assert [c for c in case.covered if not reads.covers(unit(*c).pk)] == []
    assert [c for c in case.not_covered if reads.covers(unit(*c).pk)] == []


@dataclass(frozen=True)
class RoleCase:
    name: str
    role: str
    holds: frozenset[Permission]


ROLE_CASES = [
    RoleCase("a viewer only reads", Role.VIEWER, frozenset({Permission.READ})),
    RoleCase("a reporter reads and reports", Role.REPORTER, frozenset({Permission.READ, Permission.REPORT})),
    RoleCase("an approver reads and approves", Role.APPROVER, frozenset({Permission.READ, Permission.APPROVE})),
    RoleCase("a planner reads and plans", Role.PLANNER, frozenset({Permission.READ, Permission.PLAN})),
    RoleCase("an administrator does everything", Role.ADMINISTRATOR, frozenset(Permission)),
]


@pytest.mark.django_db
@pytest.mark.parametrize("case", ROLE_CASES, ids=[c.name for c in ROLE_CASES])
def test_what_each_role_may_do_on_its_unit(case: RoleCase) -> None:
    user = user_with((case.role, "201", BEFORE))
    hai_ha = unit("201", BEFORE).pk

    assert {p for p in Permission if scope(user, p).covers(hai_ha)} == case.holds


@pytest.mark.django_db
def test_nobody_without_an_active_account_holds_anything() -> None:
    inactive = user_with((Role.ADMINISTRATOR, None, AFTER))
    inactive.is_active = False

    for who in (None, AnonymousUser(), inactive):
        assert all(scope(who, p).empty for p in Permission)


@pytest.mark.django_db
def test_grants_on_several_units_add_up_and_a_revoked_grant_stops_counting() -> None:
    user = user_with((Role.VIEWER, "201", BEFORE), (Role.VIEWER, "193", BEFORE))
    assert scope(user, Permission.READ).covers(unit("06649", BEFORE).pk)

    Grant.objects.filter(user=user, unit=unit("193", BEFORE)).delete()
    forget(user)

    assert not scope(user, Permission.READ).covers(unit("06649", BEFORE).pk)
    assert scope(user, Permission.READ).covers(unit("06922", BEFORE).pk)


@pytest.mark.django_db
def test_every_commune_of_a_covered_district_carries_the_grant_to_all_its_successors() -> None:
    for district in Unit.objects.filter(level="district", parent__code="22", edition="legacy"):
        covered = covered_units([district.pk])
        communes = Unit.objects.filter(parent=district).values_list("pk", flat=True)
        successors = set(Lineage.objects.filter(old_id__in=communes).values_list("new_id", flat=True))
        assert successors and successors <= covered, district.code

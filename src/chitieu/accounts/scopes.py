"""What a user may do where: roles give permissions, grants give units, and lineage carries grants across 2025.

A grant on a unit covers, in every edition of the map:

* the unit and its subtree (children and grandchildren in the unit's own edition);
* going back: the units that became part of that subtree (lineage predecessors) and *their* subtrees, so a grant
  on a province formed on 1 July 2025 covers the old provinces, districts and communes merged into it;
* going forward: the units the subtree became (lineage successors), so a grant on a district or commune that was
  merged keeps working on what it became. Successors are not expanded further: a commune merged into a new province
  gives no right over the rest of that province.

A grant without a unit covers the whole country. Scopes are computed once per user and request.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.db.models import Q, QuerySet

from chitieu.accounts.models import Grant, Role
from chitieu.tracking.models import Lineage, Unit


class Permission(StrEnum):
    READ = "read"  # see the unit's data in every state
    REPORT = "report"  # enter, edit and submit observations
    APPROVE = "approve"  # approve and reopen observations
    PLAN = "plan"  # documents, targets and indicators
    ADMINISTER = "administer"  # everything, including grants


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.VIEWER: frozenset({Permission.READ}),
    Role.REPORTER: frozenset({Permission.READ, Permission.REPORT}),
    Role.APPROVER: frozenset({Permission.READ, Permission.APPROVE}),
    Role.PLANNER: frozenset({Permission.READ, Permission.PLAN}),
    Role.ADMINISTRATOR: frozenset(Permission),
}

_MAX_DEPTH = 3  # province → district → commune


@dataclass(frozen=True, slots=True)
class Scope:
    """The units where one permission holds: everywhere, or a set of unit ids (of every edition)."""

    everywhere: bool
    unit_ids: frozenset[int]

    @property
    def empty(self) -> bool:
        return not self.everywhere and not self.unit_ids

    def covers(self, unit_id: int | None) -> bool:
        """Whether the scope holds for a unit; an object without a unit (national) needs ``everywhere``."""
        return self.everywhere or (unit_id is not None and unit_id in self.unit_ids)

    def condition(self, field: str = "unit") -> Q:
        """The ORM condition "``field`` lies in the scope" (``field`` names a foreign key to Unit)."""
        if self.everywhere:
            return Q()
        if not self.unit_ids:
            return Q(pk__in=[])
        return Q(**{f"{field}_id__in": self.unit_ids})

    def filter(self, rows: QuerySet[Any], field: str = "unit") -> QuerySet[Any]:
        return rows.filter(self.condition(field))


NOWHERE = Scope(everywhere=False, unit_ids=frozenset())
EVERYWHERE = Scope(everywhere=True, unit_ids=frozenset())


def _subtree(roots: Iterable[int]) -> set[int]:
    found = set(roots)
    frontier = set(found)
    for _ in range(_MAX_DEPTH):
        frontier = set(Unit.objects.filter(parent_id__in=frontier).values_list("id", flat=True)) - found
        if not frontier:
            break
        found |= frontier
    return found


def covered_units(unit_ids: Iterable[int]) -> frozenset[int]:
    """Every unit a grant on ``unit_ids`` covers, across editions (see the module's rule)."""
    base = _subtree(unit_ids)
    if not base:
        return frozenset()
    forward = set(Lineage.objects.filter(old_id__in=base).values_list("new_id", flat=True))
    backward = set(Lineage.objects.filter(new_id__in=base).values_list("old_id", flat=True)) - base
    return frozenset(base | forward | _subtree(backward))


def scope(user: Any, permission: Permission) -> Scope:
    """The units where ``user`` holds ``permission``; anonymous and inactive users hold it nowhere.

    Superusers hold every permission everywhere. The result is cached on the user object (one request).
    """
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return NOWHERE
    if user.is_superuser:
        return EVERYWHERE
    cache: dict[Permission, Scope] | None = getattr(user, "_chitieu_scopes", None)
    if cache is None:
        cache = _compute(user)
        user._chitieu_scopes = cache
    return cache.get(permission, NOWHERE)


def _compute(user: Any) -> dict[Permission, Scope]:
    roots: dict[Permission, set[int]] = {p: set() for p in Permission}
    everywhere: set[Permission] = set()
    for role, unit_id in Grant.objects.filter(user=user).values_list("role", "unit_id"):
        for permission in ROLE_PERMISSIONS.get(role, ()):
            if unit_id is None:
                everywhere.add(permission)
            else:
                roots[permission].add(unit_id)
    cached: dict[frozenset[int], frozenset[int]] = {}
    out: dict[Permission, Scope] = {}
    for permission in Permission:
        if permission in everywhere:
            out[permission] = EVERYWHERE
            continue
        key = frozenset(roots[permission])
        if key not in cached:
            cached[key] = covered_units(key)
        out[permission] = Scope(everywhere=False, unit_ids=cached[key])
    return out


def forget(user: Any) -> None:
    """Drop the cached scopes (after the user's grants change)."""
    if hasattr(user, "_chitieu_scopes"):
        del user._chitieu_scopes

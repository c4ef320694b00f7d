"""Roles granted on administrative units. A grant covers the unit's subtree, across the 2025 reform (see scopes)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.tracking.models import Unit


class Role(models.TextChoices):
    """What a grant lets its holder do within its unit's subtree (every role also reads there)."""

    VIEWER = "viewer", _("viewer")
    REPORTER = "reporter", _("reporter")
    APPROVER = "approver", _("approver")
    PLANNER = "planner", _("planner")
    ADMINISTRATOR = "administrator", _("administrator")


class Grant(models.Model):
    """``user`` holds ``role`` on ``unit`` and everything below it; no unit means the whole country."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="grants")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    unit = models.ForeignKey(
        Unit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="grants",
        verbose_name=_("unit"),
        help_text=_("the unit whose subtree the role covers; empty for the whole country"),
    )
    granted_by = models.CharField(_("granted by"), max_length=150)
    granted_at = models.DateTimeField(_("granted at"))

    class Meta:
        verbose_name = _("grant")
        verbose_name_plural = _("grants")
        constraints = [models.UniqueConstraint(fields=["user", "role", "unit"], name="grant_unique")]

    def __str__(self) -> str:
        where = self.unit.code if self.unit_id else "*"
        return f"{self.user} {self.role} @ {where}"

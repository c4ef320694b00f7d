"""Who may call the API at all; what they may see and change is decided per object by ``tracking.access``."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission

from chitieu.tracking import access


class ReadOrAuthenticated(BasePermission):
    """Reads need the right to read anything (anyone, while the instance publishes); writes need a user.

    Refused anonymous requests answer 401 (DRF asks for a token); refused users 403.
    """

    message = _("you may not read anything here: ask an administrator for a role")

    def has_permission(self, request: Any, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return access.can_read_anything(request.user)
        return bool(request.user and request.user.is_authenticated)

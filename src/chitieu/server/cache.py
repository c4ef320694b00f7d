"""Whole pages and API answers for visitors, cached until the ledger changes.

Visitors who are not logged in all see the same published data, so an answer to one of them serves the next. An
entry is keyed by the URL with its query, the language, today's date (pages default to "as of today") and the
**ledger version**: the id of the newest audit entry. Every write goes through an action that appends an audit
entry, so the first request after any write misses the cache and sees the change; nothing is served stale.

Not cached: signed-in users (their pages depend on their grants), requests with an ``Authorization`` header (API
tokens), anything but GET/HEAD answered 200, answers that set cookies. A page's CSRF tokens are stored as a
placeholder and replaced by a fresh token of the request on the way out, so a cached form still posts.

``CHITIEU_PAGE_CACHE=0`` turns it off (the test suite does, except in the tests of the cache itself).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from chitieu.tracking.models import AuditEntry

_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_PLACEHOLDER = b"\x00csrf\x00"
_HIT_HEADER = "X-Chitieu-Cache"
TIMEOUT = 24 * 3600


_VERSION_SQL = f"SELECT MAX(id) FROM {AuditEntry._meta.db_table}"  # noqa: S608 (a constant table name)


def ledger_version() -> int:
    """The id of the newest audit entry: it changes with every write of the ledger. Plain SQL, as this runs on
    every visitor's request and the ORM would compile the same query each time."""
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL)
        row = cursor.fetchone()
    return int(row[0] or 0) if row else 0


def _cacheable(request: HttpRequest) -> bool:
    return (
        settings.CHITIEU_PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.user.is_authenticated
    )


def _key(request: HttpRequest) -> str:
    parts = (
        request.get_full_path(),
        getattr(request, "LANGUAGE_CODE", ""),
        timezone.localdate().isoformat(),
        str(ledger_version()),
        str(settings.CHITIEU_PUBLISHED_READABLE),
    )
    return "chitieu:page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


class PublicPageCache:
    """Middleware; place it after the authentication and CSRF middleware, before those that only add headers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _cacheable(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            return self._served(request, stored)
        response = self.get_response(request)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            content = _TOKEN.sub(rb"\1" + _PLACEHOLDER + rb"\2", response.content)
            cache.set(key, (content, list(response.items())), TIMEOUT)
        return response

    @staticmethod
    def _served(request: HttpRequest, stored: tuple[bytes, list[tuple[str, str]]]) -> HttpResponse:
        content, headers = stored
        if _PLACEHOLDER in content:
            content = content.replace(_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response[_HIT_HEADER] = "hit"
        return response

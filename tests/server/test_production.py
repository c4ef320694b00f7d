"""The production settings (chitieu.server.production): Django's deployment check finds nothing, and the server
refuses to start without a real secret key or host names. Each case starts a fresh Python, as settings are read once.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3Q-vT9_fZ2xLw8pR4nB7yH1cJ6mD0sA5gU-eK2oX9iV4tN8qW3zY7rF1bM6hP0l"
POSTGRES = "postgres://chitieu@db.internal:5432/chitieu"


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CHITIEU_", "DATABASE_URL", "DJANGO_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "chitieu.server.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_finds_no_issue() -> None:
    """No database connection is needed: the check reads the settings only."""
    result = manage(
        "check", "--deploy", "--fail-level", "DEBUG",
        CHITIEU_SECRET_KEY=STRONG_KEY, CHITIEU_ALLOWED_HOSTS="chitieu.example.vn", DATABASE_URL=POSTGRES,
    )

    assert (result.returncode, result.stdout, result.stderr) == (
        0, "System check identified no issues (0 silenced).\n", ""
    )


@dataclass(frozen=True)
class Refusal:
    name: str
    env: dict[str, str]
    message: str


REFUSALS = [
    Refusal("no secret key", {"CHITIEU_ALLOWED_HOSTS": "chitieu.example.vn"}, "CHITIEU_SECRET_KEY must be set"),
    Refusal(
        "the development key",
        {"CHITIEU_SECRET_KEY": "dev-only-insecure-key-change-me", "CHITIEU_ALLOWED_HOSTS": "chitieu.example.vn"},
        "CHITIEU_SECRET_KEY must be set to a random string of at least 50 characters",
    ),
    Refusal(
        "a short key",
        {"CHITIEU_SECRET_KEY": "short-but-random-Zx81", "CHITIEU_ALLOWED_HOSTS": "chitieu.example.vn"},
        "CHITIEU_SECRET_KEY must be set",
    ),
    Refusal("no host names", {"CHITIEU_SECRET_KEY": STRONG_KEY}, "CHITIEU_ALLOWED_HOSTS must name the host(s)"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=lambda case: case.name)
def test_the_server_refuses_to_start(case: Refusal) -> None:
    result = manage("check", **case.env)

    assert result.returncode == 1
    assert f"django.core.exceptions.ImproperlyConfigured: {case.message}" in result.stderr


def test_production_settings_turn_every_safety_on() -> None:
    script = (
        "from django.conf import settings as s; print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS,"
        " s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.X_FRAME_OPTIONS, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])"
    )
    result = manage(
        "shell", "--no-imports", "-c", script,
        CHITIEU_SECRET_KEY=STRONG_KEY, CHITIEU_ALLOWED_HOSTS="chitieu.example.vn, www.chitieu.example.vn",
        DATABASE_URL=POSTGRES,
    )

    assert result.stdout == (
        "False True 31536000 True True True True DENY ['chitieu.example.vn', 'www.chitieu.example.vn'] "
        "django.db.backends.postgresql chitieu\n"
    ), result.stderr


def test_without_database_url_the_database_is_sqlite() -> None:
    result = manage(
        "shell", "--no-imports", "-c", "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'])",
        CHITIEU_SECRET_KEY=STRONG_KEY, CHITIEU_ALLOWED_HOSTS="chitieu.example.vn", CHITIEU_DATA_DIR="/tmp",
    )

    assert result.stdout == "django.db.backends.sqlite3\n", result.stderr


def test_every_variable_the_server_settings_read_is_documented() -> None:
    """tests/test_docs_settings.py covers CHITIEU_* in settings.py; this adds production.py and DATABASE_URL."""
    server = ROOT / "src" / "chitieu" / "server"
    read = {
        name
        for module in ("settings.py", "production.py")
        for name in re.findall(r'os\.environ(?:\.get\(|\[)"([A-Z_]+)"', (server / module).read_text(encoding="utf-8"))
    }
    table = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", table, re.M))

    assert "DATABASE_URL" in read and read <= documented

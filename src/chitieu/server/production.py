"""Settings for a server: ``DJANGO_SETTINGS_MODULE=chitieu.server.production`` (docs/deployment.md).

Everything in ``chitieu.server.settings``, then debug off, HTTPS only (redirect, secure cookies, HSTS with
subdomains and preload) and a refusal to start without a real secret key or without ``CHITIEU_ALLOWED_HOSTS``.
``manage.py check --deploy`` reports no issue with these settings (tests/server/test_production.py runs it).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from chitieu.server.settings import *  # noqa: F403  (this module is the development settings plus the changes below)
from chitieu.server.settings import DATABASES, DEVELOPMENT_SECRET_KEY

# Django's own check (security.W009) asks for at least 50 characters with at least 5 distinct ones.
MIN_SECRET_KEY_LENGTH = 50


def secret_key(value: str | None) -> str:
    """The secret key from the environment, or an error that says how to make one."""
    if not value or value == DEVELOPMENT_SECRET_KEY or len(value) < MIN_SECRET_KEY_LENGTH or len(set(value)) < 5:
        raise ImproperlyConfigured(
            f"CHITIEU_SECRET_KEY must be set to a random string of at least {MIN_SECRET_KEY_LENGTH} characters, e.g. "
            "the output of: python -c 'import secrets; print(secrets.token_urlsafe(64))'"
        )
    return value


def allowed_hosts(value: str | None) -> list[str]:
    """The host names the server answers to; a server must name them (no development default)."""
    hosts = [host.strip() for host in (value or "").split(",") if host.strip()]
    if not hosts:
        raise ImproperlyConfigured(
            "CHITIEU_ALLOWED_HOSTS must name the host(s) the server answers to, e.g. chitieu.example.vn"
        )
    return hosts


SECRET_KEY = secret_key(os.environ.get("CHITIEU_SECRET_KEY"))
ALLOWED_HOSTS = allowed_hosts(os.environ.get("CHITIEU_ALLOWED_HOSTS"))
DEBUG = False

# Keep database connections open between requests, checking them before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = 60
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# HTTPS only. Behind a reverse proxy that terminates TLS, the proxy must set X-Forwarded-Proto.
SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

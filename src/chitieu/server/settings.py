"""Django settings for chitieu.

Development defaults: SQLite in ``var/`` under the project root (override with ``CHITIEU_DATA_DIR``), debug on
unless ``CHITIEU_DEBUG=0``; ``DATABASE_URL`` (e.g. ``postgres://user@host:5432/chitieu``) switches to another
database. Secrets come from the environment. A server runs ``chitieu.server.production``, which builds on this
module and turns every safety on (docs/deployment.md).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from chitieu.api.conf import REST_FRAMEWORK, SPECTACULAR_SETTINGS  # noqa: F401  (Django reads them by name)
from chitieu.core.status.settings import DEFAULT_THRESHOLDS

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_ROOT = BASE_DIR.parent.parent
DATA_DIR = Path(os.environ.get("CHITIEU_DATA_DIR", PROJECT_ROOT / "var"))

# The development key; chitieu.server.production refuses to start with it (or with no key at all).
DEVELOPMENT_SECRET_KEY = "dev-only-insecure-key-change-me"
SECRET_KEY = os.environ.get("CHITIEU_SECRET_KEY", DEVELOPMENT_SECRET_KEY)
DEBUG = os.environ.get("CHITIEU_DEBUG", "1") == "1"
ALLOWED_HOSTS = os.environ.get("CHITIEU_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "axes",
    "chitieu.tracking",
    "chitieu.accounts",
    "chitieu.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Answers to visitors, cached until the ledger changes (inside CSRF: a cached form gets a fresh token).
    "chitieu.server.cache.PublicPageCache",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during authentication into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "chitieu.server.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "chitieu.server.wsgi.application"

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "chitieu.sqlite3",
            "OPTIONS": {"timeout": 20},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# The folder whose files the report page may read by path (uploads and pasted text work from anywhere).
CHITIEU_INBOX = Path(os.environ.get("CHITIEU_INBOX", DATA_DIR / "inbox"))

# The status engine's thresholds (docs/algorithms/status.md); the defaults are the core's.
CHITIEU_STATUS_THRESHOLDS = {
    "on_track": float(os.environ.get("CHITIEU_ON_TRACK", DEFAULT_THRESHOLDS.on_track)),
    "acceleration": float(os.environ.get("CHITIEU_ACCELERATION", DEFAULT_THRESHOLDS.acceleration)),
    "tolerance": float(os.environ.get("CHITIEU_TOLERANCE", DEFAULT_THRESHOLDS.tolerance)),
}

# Whether approved (published) figures, and the units, documents and targets they belong to, may be read by
# everyone, including visitors who are not logged in ("1"), or only by users whose grants cover them ("0").
CHITIEU_PUBLISHED_READABLE = os.environ.get("CHITIEU_PUBLISHED_READABLE", "1") == "1"

# django-axes checks every login first: after 5 wrong passwords for one user name from one address, that pair is
# locked out for 15 minutes (HTTP 429); a successful login clears the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Pages load scripts, styles and images only from this site: no inline script, style attribute or <style> block,
# and no framing (docs/deployment.md). The charts are inline SVG elements, which need no source of their own.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

# Whole pages and API answers for visitors who are not logged in, cached until the next write (server/cache.py).
CHITIEU_PAGE_CACHE = os.environ.get("CHITIEU_PAGE_CACHE", "1") == "1"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"

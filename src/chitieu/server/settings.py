"""Django settings for chitieu.

Development defaults: SQLite in ``var/`` under the project root (override with ``CHITIEU_DATA_DIR``), debug on
unless ``CHITIEU_DEBUG=0``. Secrets come from the environment.
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from chitieu.api.conf import REST_FRAMEWORK, SPECTACULAR_SETTINGS  # noqa: F401  (Django reads them by name)
from chitieu.core.status.settings import DEFAULT_THRESHOLDS

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_ROOT = BASE_DIR.parent.parent
DATA_DIR = Path(os.environ.get("CHITIEU_DATA_DIR", PROJECT_ROOT / "var"))

SECRET_KEY = os.environ.get("CHITIEU_SECRET_KEY", "dev-only-insecure-key-change-me")
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
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"

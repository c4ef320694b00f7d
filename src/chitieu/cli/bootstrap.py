"""Start Django for commands that need the database, and only for them (pure commands stay fast)."""

import os


def setup_django() -> None:
    """Configure Django once; safe to call repeatedly (and a no-op when already configured, e.g. in tests)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.server.settings")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()

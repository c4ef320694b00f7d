"""The test database holds the one world (STYLE.md habit 8): real units and lineage, the catalogue, the demo.

It is built once per test session (per xdist worker); each test runs in a transaction that is rolled back.
Test data of a test's own must not reuse real unit codes: use codes starting with "T" (see tests/world.py).
"""

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # noqa: D103 - pytest-django's hook fixture
    from chitieu.tracking.seed import seed_world

    with django_db_blocker.unblock():
        seed_world()


@pytest.fixture(autouse=True)
def page_cache_off(request):
    """Pages are not cached in tests (tests write with the ORM, which the cache's ledger version does not see);
    tests/server/test_page_cache.py turns it on."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.test import override_settings

    with override_settings(CHITIEU_PAGE_CACHE=request.node.get_closest_marker("page_cache") is not None):
        yield

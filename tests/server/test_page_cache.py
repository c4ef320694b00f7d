"""The visitors' page cache (chitieu.server.cache): served again until the ledger changes, never to signed-in users
or API tokens, with a fresh CSRF token in every form."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client

from chitieu.tracking.actions import Actor, do_update_document
from web.fixtures import build_world, sign_in

pytestmark = [pytest.mark.page_cache, pytest.mark.django_db]


@pytest.fixture
def world(db):
    cache.clear()
    return build_world()


def page(client: Client, url: str, **headers):
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en", **headers)


def test_a_visitor_gets_the_stored_page_until_a_write_changes_the_ledger(world, django_assert_max_num_queries):
    url = f"/documents/{world.document.pk}/?as_of=2024-06-30"
    first = page(Client(), url)

    with django_assert_max_num_queries(1):  # the ledger version only
        again = page(Client(), url)

    assert "X-Chitieu-Cache" not in first and again["X-Chitieu-Cache"] == "hit"
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert strip_tokens(again.content) == strip_tokens(first.content)

    do_update_document(Actor("thư ký", "page"), world.document, title="Nghị quyết sửa đổi", reason="đính chính")
    changed = page(Client(), url)

    assert "X-Chitieu-Cache" not in changed and "Nghị quyết sửa đổi" in changed.content.decode()


def test_each_language_and_each_query_is_its_own_entry(world):
    url = f"/documents/{world.document.pk}/?as_of=2024-06-30"
    page(Client(), url)

    assert "X-Chitieu-Cache" not in Client().get(url, HTTP_ACCEPT_LANGUAGE="vi")
    assert "X-Chitieu-Cache" not in page(Client(), url.replace("2024-06-30", "2024-05-31"))


def test_signed_in_users_and_api_tokens_are_never_served_from_it(world):
    url = f"/targets/{world.poverty.pk}/?as_of=2024-06-30"
    page(Client(), url)
    insider = sign_in("lan", "viewer", world.district)

    mine = page(insider, url)
    with_token = page(Client(), f"/api/v1/targets/{world.poverty.pk}/", HTTP_AUTHORIZATION="Token nope")

    assert "X-Chitieu-Cache" not in mine and "cán bộ A" in mine.content.decode()  # the history visitors never see
    assert "X-Chitieu-Cache" not in with_token and with_token.status_code == 401


def test_a_form_on_a_stored_page_carries_a_token_of_its_own_reader(world):
    url = f"/documents/{world.document.pk}/?as_of=2024-06-30"
    page(Client(enforce_csrf_checks=True), url)
    reader = Client(enforce_csrf_checks=True)

    served = page(reader, url)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', served.content).group(1).decode()
    switched = reader.post("/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token})

    assert served["X-Chitieu-Cache"] == "hit" and switched.status_code == 302


def test_errors_are_not_stored(world):
    page(Client(), "/documents/987654/")

    assert "X-Chitieu-Cache" not in page(Client(), "/documents/987654/")


def strip_tokens(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", content)

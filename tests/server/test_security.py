"""Web security basics (docs/deployment.md, "Security measures"): CSRF on every form, login throttling, password
rules, a Content-Security-Policy the pages keep, and escaping of stored text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from chitieu.tracking.models import Target, Unit
from web.fixtures import World, build_world, sign_in

SRC = Path(__file__).resolve().parents[2] / "src" / "chitieu"
POST_FORM = re.compile(r"<form\b[^>]*\bmethod=[\"']?post[\"']?[^>]*>(.*?)</form>", re.I | re.S)
CSP = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def world(db) -> World:
    return build_world()


def test_every_post_form_in_the_templates_carries_a_csrf_token() -> None:
    forms = {
        f"{path.relative_to(SRC)} form {n}": body
        for path in sorted(SRC.glob("*/templates/**/*.html"))
        for n, body in enumerate(POST_FORM.findall(path.read_text(encoding="utf-8")), 1)
    }

    assert len(forms) >= 10  # the scan finds the forms (language, login, review, observations, new report)
    assert [name for name, body in forms.items() if "{% csrf_token %}" not in body] == []


def test_a_post_without_the_csrf_token_is_refused(world: World) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(get_user_model().objects.create_user("admin-csrf"))
    sign_in("admin-csrf", "administrator")
    urls = [
        reverse("set_language"),
        reverse("web:login"),
        reverse("web:new_report"),
        reverse("web:observation_submit", args=[world.poverty_observation.pk]),
        reverse("web:new_observation", args=[world.district.code]),
    ]

    assert {url: strict.post(url, {"language": "en", "text": "x"}).status_code for url in urls} == {
        url: 403 for url in urls
    }


def test_a_post_with_the_csrf_token_passes() -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.get(reverse("web:login"))

    response = strict.post(
        reverse("set_language"), {"language": "en", "csrfmiddlewaretoken": strict.cookies["csrftoken"].value}
    )

    assert response.status_code == 302


def attempt(client: Client, username: str, password: str, address: str = "10.0.0.1") -> int:
    return client.post(reverse("web:login"), {"username": username, "password": password},
                       REMOTE_ADDR=address).status_code


def test_after_five_wrong_passwords_the_sixth_attempt_is_locked_out_the_user_name_out_from_that_address(db) -> None:
    get_user_model().objects.create_user("lan", password="the right password 42")
    client = Client()

    wrong = [attempt(client, "lan", f"wrong {n}") for n in range(1, 7)]

    # The fifth failure locks the pair out (HTTP 429); the sixth attempt is not even checked.
    assert wrong == [200, 200, 200, 200, 429, 429]
    assert attempt(client, "lan", "the right password 42") == 429  # even the right password, for the cool-off
    assert attempt(client, "lan", "the right password 42", address="10.0.0.2") == 302  # another address may log in
    assert attempt(client, "minh", "wrong") == 200  # another user name from the same address is not locked


def test_a_successful_login_clears_the_count(db) -> None:
    get_user_model().objects.create_user("lan", password="the right password 42")
    client = Client()

    outcomes = [attempt(client, "lan", "wrong") for _ in range(4)]
    outcomes.append(attempt(client, "lan", "the right password 42"))
    outcomes += [attempt(Client(), "lan", "wrong") for _ in range(5)]

    assert outcomes == [200, 200, 200, 200, 302, 200, 200, 200, 200, 429]


@dataclass(frozen=True)
class PasswordCase:
    name: str
    password: str
    problems: list[str]


PASSWORDS = [
    PasswordCase("long, uncommon, not like the user", "mưa phùn tháng Ba 2026", []),
    PasswordCase(
        "nine characters", "Xk9#mQ2!p", ["This password is too short. It must contain at least 10 characters."]
    ),
    PasswordCase("common", "password123", ["This password is too common."]),
    PasswordCase("digits only", "8401937265", ["This password is entirely numeric."]),
    PasswordCase("like the user name", "nguyenvanlan", ["The password is too similar to the username."]),
]


@pytest.mark.parametrize("case", PASSWORDS, ids=lambda case: case.name)
def test_password_rules(db, case: PasswordCase) -> None:
    user = get_user_model()(username="nguyenvanlan")
    try:
        with translation.override("en"):
            validate_password(case.password, user)
        problems: list[str] = []
    except ValidationError as error:
        problems = list(error.messages)

    assert problems == case.problems


def main_pages(world: World) -> dict[str, str]:
    observation = world.poverty_observation.pk
    return {
        "home": "/?as_of=2024-06-30",
        "unit": f"/units/{world.district.code}/?as_of=2024-06-30",
        "document": f"/documents/{world.document.pk}/?as_of=2024-06-30",
        "target": f"/targets/{world.poverty.pk}/?as_of=2024-06-30",
        "search": "/search/?q=hai",
        "reports": "/reports/",
        "new report": "/reports/new/",
        "observation": f"/observations/{observation}/",
        "login": "/accounts/login/",
    }


INLINE = {
    "inline <script>": re.compile(r"<script\b(?![^>]*\bsrc=)", re.I),
    "<style> block": re.compile(r"<style\b", re.I),
    "style= attribute": re.compile(r"<[^>]*\sstyle\s*=", re.I),
    "on*= handler": re.compile(r"<[^>]*\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"javascript:", re.I),
}


def policy(header: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as directive → sources."""
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


def test_the_pages_send_the_policy_and_keep_it(world: World) -> None:
    client = sign_in("admin-csp", "administrator")
    found = {}
    for page, url in main_pages(world).items():
        response = client.get(url)
        html = response.content.decode()
        found[page] = (
            response.status_code,
            policy(response["Content-Security-Policy"]),
            [name for name, pattern in INLINE.items() if pattern.search(html)],
        )

    assert found == {page: (200, CSP, []) for page in main_pages(world)}


def test_stored_markup_is_shown_as_text(world: World) -> None:
    Unit.objects.filter(pk=world.district.pk).update(name=SCRIPT, short_name=SCRIPT, name_en=SCRIPT)
    Target.objects.filter(pk=world.flow.pk).update(wording=SCRIPT)
    client = Client()

    pages = {
        "unit": client.get(f"/units/{world.district.code}/?as_of=2024-06-30").content.decode(),
        "target": client.get(f"/targets/{world.flow.pk}/?as_of=2024-06-30").content.decode(),
    }

    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert {page: (SCRIPT in html, escaped in html) for page, html in pages.items()} == {
        "unit": (False, True),
        "target": (False, True),
    }

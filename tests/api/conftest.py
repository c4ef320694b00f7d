"""Fixtures of the API tests: the world (tests/api/world.py), its users, and clients calling as each of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from api.world import ApiWorld, build_api_world, make_user


@pytest.fixture
def api_world(db) -> ApiWorld:
    return build_api_world()


@dataclass
class Users:
    admin: Any  # administrator on the whole country
    reporter_a: Any  # reporter of commune A
    reporter_b: Any  # reporter of commune B
    approver: Any  # approver of the district (and its communes)
    outsider: Any  # an account without any grant


@pytest.fixture
def users(api_world: ApiWorld) -> Users:
    return Users(
        admin=make_user("admin", [("administrator", None)]),
        reporter_a=make_user("reporter-a", [("reporter", api_world.commune_a)]),
        reporter_b=make_user("reporter-b", [("reporter", api_world.commune_b)]),
        approver=make_user("approver", [("approver", api_world.district)]),
        outsider=make_user("outsider"),
    )


def client_for(user: Any = None) -> APIClient:
    """A client calling as ``user`` with a token (anonymous when None), in English."""
    client = APIClient(HTTP_ACCEPT_LANGUAGE="en")
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def api(users: Users):
    """``api(user)``: a client for one of the users (``api()`` is anonymous)."""
    return client_for

"""`chitieu users`: add accounts, grant and revoke roles on units, list them, and give API tokens."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from rest_framework.authtoken.models import Token
from typer.testing import CliRunner

from chitieu.accounts.models import Grant
from chitieu.tracking.models import AuditEntry

pytestmark = pytest.mark.django_db
runner = CliRunner()
PASSWORD = "a long passphrase nobody guesses"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def chitieu(*args: str, stdin: str | None = None):
    from chitieu.cli.main import app

    return runner.invoke(app, ["users", *args], input=stdin)


def add(name: str, *options: str):
    result = chitieu("add", name, "--password-stdin", "--actor", "admin", *options, stdin=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    return result


def test_add_creates_an_account_whose_password_works_and_records_who_did_it():
    result = add("an", "--email", "an@example.vn")

    assert result.stdout == "created user an\n"
    user = get_user_model().objects.get(username="an")
    assert (user.email, user.is_superuser, user.check_password(PASSWORD)) == ("an@example.vn", False, True)
    entry = AuditEntry.objects.get(object_type="user", object_id=user.pk)
    assert (entry.action, entry.actor, entry.face, entry.after) == (
        "create", "admin", "cli", {"username": "an", "superuser": False})


def test_add_asks_for_the_password_twice_when_not_given_on_standard_input():
    result = chitieu("add", "root", "--superuser", stdin=f"{PASSWORD}\n{PASSWORD}\n")

    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("created user root (superuser)\n")
    assert get_user_model().objects.get(username="root").is_superuser


def test_grant_list_and_revoke():
    add("an")
    add("chi")

    assert chitieu("grant", "an", "reporter", "22", "--as-of", "2025-06-30").stdout == (
        "an is reporter on Tỉnh Quảng Ninh (22, legacy)\n")
    assert chitieu("grant", "an", "viewer").stdout == "an is viewer on the whole country\n"
    assert chitieu("grant", "chi", "approver", "22", "--as-of", "2025-07-01", "--reason", "new province").stdout == (
        "chi is approver on Tỉnh Quảng Ninh (22, 2025)\n")

    listed = chitieu("list")
    assert listed.exit_code == 0
    assert "an reporter@22 viewer@*\nchi approver@22\n" in listed.stdout
    by_name = {row["username"]: row for row in json.loads(chitieu("list", "--json").stdout)}
    assert by_name["chi"] == {"username": "chi", "email": "", "superuser": False, "active": True,
                              "grants": [{"role": "approver", "unit": "22", "edition": "2025"}]}

    revoked = chitieu("revoke", "an", "reporter", "22", "--as-of", "2025-06-30", "--reason", "moved")
    assert (revoked.exit_code, revoked.stdout) == (0, "an is no longer reporter on Tỉnh Quảng Ninh (22, legacy)\n")
    assert list(Grant.objects.filter(user__username="an").values_list("role", flat=True)) == ["viewer"]
    actions = AuditEntry.objects.filter(object_type="grant").order_by("id").values_list("action", "reason")
    assert list(actions)[-4:] == [("grant", ""), ("grant", ""), ("grant", "new province"), ("revoke", "moved")]


def test_token_is_created_once_and_shown_again():
    add("api-client")

    first = chitieu("token", "api-client")
    again = chitieu("token", "api-client")

    key = Token.objects.get(user__username="api-client").key
    assert (first.exit_code, first.stdout, again.stdout) == (0, f"{key}\n", f"{key}\n")
    entries = AuditEntry.objects.filter(object_type="token")
    assert [(e.action, e.after) for e in entries] == [("create", {"user": "api-client"})]
    assert key not in json.dumps(list(entries.values_list("after", flat=True)))


@dataclass(frozen=True)
class Refusal:
    name: str
    args: list[str]
    stderr: str
    stdin: str | None = None


REFUSALS = [
    Refusal("a password too short and too common", ["add", "binh", "--password-stdin"],
            "Error: password: This password is too short. It must contain at least 10 characters.\n"
            "Error: password: This password is too common.\n", stdin="password\n"),
    Refusal("a name taken", ["add", "an", "--password-stdin"],
            "Error: username: a user named 'an' already exists\n", stdin=PASSWORD + "\n"),
    Refusal("an unknown user", ["grant", "nobody", "viewer"],
            "Error: no user named 'nobody' (see `chitieu users list`)\n"),
    Refusal("an unknown role", ["grant", "an", "boss"],
            "Error: role: 'boss' is not a role: use one of viewer, reporter, approver, planner, administrator\n"),
    Refusal("an unknown unit", ["grant", "an", "viewer", "999", "--as-of", "2025-07-01"],
            "Error: no unit has code 999 on 2025-07-01\n"),
    Refusal("a bad date", ["grant", "an", "viewer", "22", "--as-of", "1 July"],
            "--as-of '1 July' is not a date: write YYYY-MM-DD\n"),
    Refusal("a role not held", ["revoke", "an", "approver"],
            "Error: an holds no role 'approver' on the whole country (see `chitieu users list`)\n"),
    Refusal("a token for nobody", ["token", "nobody"], "Error: no user named 'nobody' (see `chitieu users list`)\n"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=lambda c: c.name)
def test_refusals_name_what_is_wrong_and_exit_with_2(case):
    add("an")
    grants, users = Grant.objects.count(), get_user_model().objects.count()

    result = chitieu(*case.args, stdin=case.stdin)

    assert (result.exit_code, result.stdout, result.stderr) == (2, "", case.stderr)
    assert (Grant.objects.count(), get_user_model().objects.count()) == (grants, users)

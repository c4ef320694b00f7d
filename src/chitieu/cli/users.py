"""``chitieu users``: accounts and the roles they hold on units (chitieu.accounts.actions), and API tokens.

Every error names what is wrong and ends the command with exit code 2.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer

from chitieu.cli.bootstrap import setup_django
from chitieu.cli.options import actor_name, as_of_or_today

app = typer.Typer(help="Accounts, the roles they hold on units, and API tokens.", no_args_is_help=True)

BAD_INPUT = 2
ActorOption = Annotated[
    str | None, typer.Option("--actor", help="Name recorded in the history (default: your login name).")
]
UnitArgument = Annotated[
    str | None,
    typer.Argument(help="Code of the unit whose subtree the role covers; leave out for the whole country.",
                   show_default=False),
]
AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Read UNIT_CODE on the map in force on this date (default: today).")
]


def _fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(BAD_INPUT)


def _actor(given: str | None) -> Any:
    from chitieu.tracking.actions import Actor
    from chitieu.tracking.models import AuditEntry

    return Actor(name=actor_name(given), face=AuditEntry.Face.CLI)


def _user(username: str) -> Any:
    from django.contrib.auth import get_user_model

    found = get_user_model().objects.filter(username=username).first()
    if found is None:
        _fail(f"no user named {username!r} (see `chitieu users list`)")
    return found


def _unit(code: str | None, as_of: str | None) -> Any:
    if code is None:
        return None
    from chitieu.tracking.queries import UnitNotFound, unit_by_code

    try:
        return unit_by_code(code, as_of_or_today(as_of))
    except UnitNotFound as error:
        _fail(str(error))


def _action_failed(error: Any) -> NoReturn:
    for problem in error.problems:
        typer.echo(f"Error: {problem}", err=True)
    raise typer.Exit(BAD_INPUT)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="The login name.")],
    email: Annotated[str, typer.Option("--email", help="E-mail address.")] = "",
    superuser: Annotated[bool, typer.Option("--superuser", help="Every right everywhere, and the admin.")] = False,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from the first line of standard input.")
    ] = False,
    actor: ActorOption = None,
) -> None:
    """Create an account; the password (asked for, or read from standard input) must pass the validators."""
    setup_django()
    from chitieu.accounts.actions import do_create_user
    from chitieu.tracking.actions import ActionError

    password = _password(password_stdin)
    try:
        user = do_create_user(_actor(actor), username, password, email=email, superuser=superuser)
    except ActionError as error:
        _action_failed(error)
    typer.echo(f"created user {user.get_username()}{' (superuser)' if superuser else ''}")


def _where(unit: Any) -> str:
    return "the whole country" if unit is None else f"{unit.name} ({unit.code}, {unit.edition})"


@app.command("grant")
def grant(
    username: Annotated[str, typer.Argument(help="The user to give the role to.")],
    role: Annotated[str, typer.Argument(help="viewer, reporter, approver, planner or administrator.")],
    unit_code: UnitArgument = None,
    as_of: AsOfOption = None,
    reason: Annotated[str, typer.Option("--reason", help="Why, recorded in the history.")] = "",
    actor: ActorOption = None,
) -> None:
    """Give a user a role on a unit and everything below it (or on the whole country)."""
    setup_django()
    from chitieu.accounts.actions import do_grant_role
    from chitieu.tracking.actions import ActionError

    user, unit = _user(username), _unit(unit_code, as_of)
    try:
        do_grant_role(_actor(actor), user, role, unit, reason)
    except ActionError as error:
        _action_failed(error)
    typer.echo(f"{username} is {role} on {_where(unit)}")


@app.command("revoke")
def revoke(
    username: Annotated[str, typer.Argument(help="The user to take the role from.")],
    role: Annotated[str, typer.Argument(help="The role granted.")],
    unit_code: UnitArgument = None,
    as_of: AsOfOption = None,
    reason: Annotated[str, typer.Option("--reason", help="Why, recorded in the history.")] = "",
    actor: ActorOption = None,
) -> None:
    """Take back a role granted on a unit (or on the whole country)."""
    setup_django()
    from chitieu.accounts.actions import do_revoke_grant
    from chitieu.accounts.models import Grant

    user, unit = _user(username), _unit(unit_code, as_of)
    found = Grant.objects.filter(user=user, role=role, unit=unit).first()
    if found is None:
        _fail(f"{username} holds no role {role!r} on {_where(unit)} (see `chitieu users list`)")
    do_revoke_grant(_actor(actor), found, reason)
    typer.echo(f"{username} is no longer {role} on {_where(unit)}")


@app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Every account with its roles: one line per user, ROLE@UNIT (``*``: the whole country)."""
    setup_django()
    from django.contrib.auth import get_user_model

    rows = []
    for user in get_user_model().objects.order_by("username").prefetch_related("grants__unit"):
        grants = sorted((g.role, g.unit.code if g.unit_id else "*", g.unit.edition if g.unit_id else "")
                        for g in user.grants.all())
        rows.append({"username": user.get_username(), "email": user.email, "superuser": user.is_superuser,
                     "active": user.is_active,
                     "grants": [{"role": r, "unit": u, "edition": e} for r, u, e in grants]})
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        flags = [flag for flag, on in (("superuser", row["superuser"]), ("inactive", not row["active"])) if on]
        held = " ".join(f"{g['role']}@{g['unit']}" for g in row["grants"]) or "(no roles)"
        typer.echo(" ".join([row["username"], *(f"[{f}]" for f in flags), held]))


@app.command("token")
def token(username: Annotated[str, typer.Argument(help="The user the API token is for.")],
          actor: ActorOption = None) -> None:
    """Print the user's API token (``Authorization: Token …``), creating it the first time."""
    setup_django()
    from django.db import transaction
    from rest_framework.authtoken.models import Token

    from chitieu.tracking.actions import audit

    user = _user(username)
    with transaction.atomic():
        found, created = Token.objects.get_or_create(user=user)
        if created:  # the key itself never goes into the history
            audit.entry(_actor(actor), "token", user.pk, "create", None, {"user": username})
    typer.echo(found.key)

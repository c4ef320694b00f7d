"""Writes of accounts and grants: atomic and audited like every other write."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from chitieu.accounts.models import Grant, Role
from chitieu.accounts.scopes import forget
from chitieu.tracking.actions import audit
from chitieu.tracking.actions.actor import Actor
from chitieu.tracking.actions.errors import ActionError, Problem
from chitieu.tracking.models import Unit


@transaction.atomic
def do_create_user(actor: Actor, username: str, password: str, *, email: str = "", superuser: bool = False) -> Any:
    """A new account; the password must pass the instance's password validators."""
    User = get_user_model()
    problems: list[Problem] = []
    if not username.strip():
        problems.append(Problem("username", "a user needs a name"))
    elif User.objects.filter(username=username).exists():
        problems.append(Problem("username", f"a user named {username!r} already exists"))
    try:
        validate_password(password, User(username=username, email=email))
    except ValidationError as error:
        problems.extend(Problem("password", str(message)) for message in error.messages)
    if problems:
        raise ActionError(problems)
    if superuser:
        user = User.objects.create_superuser(username=username, email=email, password=password)
    else:
        user = User.objects.create_user(username=username, email=email, password=password)
    audit.entry(actor, "user", user.pk, "create", None, {"username": username, "superuser": superuser})
    return user


@transaction.atomic
def do_grant_role(actor: Actor, user: Any, role: str, unit: Unit | None, reason: str = "") -> Grant:
    """Give ``user`` the ``role`` on ``unit``'s subtree (or the whole country); granting twice is a no-op."""
    if role not in Role.values:
        raise ActionError(Problem("role", f"{role!r} is not a role: use one of {', '.join(Role.values)}"))
    grant, created = Grant.objects.get_or_create(
        user=user, role=role, unit=unit, defaults={"granted_by": actor.name, "granted_at": timezone.now()}
    )
    if created:
        audit.record(actor, grant, "grant", None, reason)
    forget(user)
    return grant


@transaction.atomic
def do_revoke_grant(actor: Actor, grant: Grant, reason: str = "") -> None:
    before = audit.snapshot(grant)
    grant_id, user = grant.pk, grant.user
    grant.delete()
    audit.entry(actor, "grant", grant_id, "revoke", before, None, reason)
    forget(user)

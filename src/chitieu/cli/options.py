"""Option values several commands read the same way: dates written YYYY-MM-DD, the name in the history."""

from __future__ import annotations

import getpass
from datetime import date

import typer


def parse_date(text: str | None, option: str = "--as-of") -> date | None:
    """A date option's value, None when not given; a malformed date ends the command with exit code 2."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        typer.echo(f"{option} {text!r} is not a date: write YYYY-MM-DD", err=True)
        raise typer.Exit(2) from None


def as_of_or_today(text: str | None) -> date:
    """The ``--as-of`` option as a date; today (in the configured time zone) when not given."""
    day = parse_date(text)
    if day is not None:
        return day
    from django.utils import timezone

    return timezone.localdate()


def actor_name(given: str | None) -> str:
    """The ``--actor`` option: the name recorded in the history; default the login name."""
    if given:
        return given
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "command line"

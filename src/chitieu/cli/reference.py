"""Generate ``docs/cli.md`` from the commands themselves, so that the reference cannot drift from the code.

Run ``python -m chitieu.cli.reference > docs/cli.md`` (``make docs``); ``tests/cli/test_cli_reference.py``
fails when the file is out of date.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.testing import CliRunner

HEADER = """# The `chitieu` command

Generated from the commands' own help by `make docs` (`python -m chitieu.cli.reference`); do not edit by hand.
"""
# Fixed width and no colour, so that the text is the same on every machine.
HELP_ENV = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1", "TERM": "dumb"}


def _walk(command: Any, path: list[str]) -> list[list[str]]:
    found = [path]
    for name in sorted(getattr(command, "commands", {}) or {}):
        found += _walk(command.commands[name], [*path, name])
    return found


def command_paths(app: typer.Typer) -> list[str]:
    """Every command's full name, e.g. ``chitieu units count``."""
    return [" ".join(path) for path in _walk(typer.main.get_command(app), ["chitieu"])]


def help_text(app: typer.Typer, path: list[str]) -> str:
    """The ``--help`` output of the command at ``path`` (``["chitieu", "units", "count"]``)."""
    result = CliRunner().invoke(app, [*path[1:], "--help"], env=HELP_ENV, prog_name="chitieu", color=False)
    if result.exit_code != 0:
        raise RuntimeError(f"{' '.join(path)} --help failed: {result.output}")
    return "\n".join(line.rstrip() for line in result.output.rstrip().splitlines())


def render(app: typer.Typer) -> str:
    """Markdown: one section per command, with its full ``--help``."""
    parts = [HEADER]
    for name in command_paths(app):
        parts.append(f"## `{name}`\n\n```text\n{help_text(app, name.split())}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover - exercised by `make docs`
    from chitieu.cli.main import app

    print(render(app), end="")

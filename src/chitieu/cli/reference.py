"""Generate ``docs/cli.md`` from the commands themselves, so that the reference cannot drift from the code.

Run ``python -m chitieu.cli.reference > docs/cli.md`` (``make docs``); ``tests/cli/test_cli_reference.py`` fails
when the file is out of date.
"""

from __future__ import annotations

import click
import typer

HEADER = """# The `chitieu` command

Generated from the commands' own help by `make docs` (`python -m chitieu.cli.reference`); do not edit by hand.
"""


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            found += _walk(command.commands[name], [*path, name])
    return found


def _help_text(command: click.Command, path: list[str]) -> str:
    with click.Context(command, info_name=" ".join(path), terminal_width=110, max_content_width=110) as ctx:
        formatter = ctx.make_formatter()
        command.format_help(ctx, formatter)
        return formatter.getvalue().rstrip()


def render(app: typer.Typer) -> str:
    """Markdown: one section per command, with its full ``--help``."""
    root = typer.main.get_command(app)
    parts = [HEADER]
    for path, command in _walk(root, ["chitieu"]):
        parts.append(f"## `{' '.join(path)}`\n\n```text\n{_help_text(command, path)}\n```\n")
    return "\n".join(parts)


def command_paths(app: typer.Typer) -> list[str]:
    """Every command's full name, e.g. ``chitieu units count``."""
    return [" ".join(path) for path, _ in _walk(typer.main.get_command(app), ["chitieu"])]


if __name__ == "__main__":  # pragma: no cover - exercised by `make docs`
    from chitieu.cli.main import app

    print(render(app), end="")

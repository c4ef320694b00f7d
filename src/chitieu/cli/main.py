"""The ``chitieu`` command: a thin face over the library. Each group lives in its own module."""

import typer

app = typer.Typer(
    name="chitieu",
    help="Follow the targets that Vietnamese resolutions set, from the province down to the commune.",
    no_args_is_help=True,
    add_completion=False,
)


def main() -> None:
    """Entry point of the console script."""
    app()

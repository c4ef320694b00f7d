"""``chitieu rollup``: a unit's value of an indicator computed from the units below it."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console

from chitieu.cli.bootstrap import setup_django
from chitieu.cli.options import parse_date

err = Console(stderr=True)


def rollup(
    indicator: Annotated[str, typer.Argument(help="Indicator code, e.g. poor-households.")],
    unit: Annotated[str, typer.Argument(help="Code of the unit to compute, in the edition used.")],
    period: Annotated[str, typer.Argument(help="Period: 2024, 2024-H1, 2024-Q3, 2024-05, 2024-YTD05, 2021-2023.")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Read figures on the edition of this date (default: period start).")
    ] = None,
    onto: Annotated[
        str | None, typer.Option("--onto", help="Rebase the figures onto the edition of this date first.")
    ] = None,
    complete: Annotated[
        bool, typer.Option("--complete/--partial", help="Require a value for every unit below (default: partial).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
    include_submitted: Annotated[
        bool, typer.Option("--include-submitted", help="Count submitted figures too, not only approved ones.")
    ] = False,
) -> None:
    """Compute a unit's value from its children by the indicator's aggregation rule."""
    as_of_day, onto_day = parse_date(as_of), parse_date(onto, "--onto")
    setup_django()
    from chitieu.core.periods import PeriodError
    from chitieu.tracking.rollups import RollupRequestError, rollup_indicator

    try:
        result = rollup_indicator(
            indicator, unit, period, as_of=as_of_day, onto=onto_day, complete=complete,
            include_submitted=include_submitted,
        )
    except (RollupRequestError, PeriodError) as exc:
        err.print(f"rollup: {exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(asdict(result), ensure_ascii=False))
        return
    source = f" (rebased from the {result.rebased_from} edition)" if result.rebased_from else ""
    print(f"{result.indicator} {result.unit} {result.period} [{result.edition} edition{source}] "
          f"{result.rule} of {result.inputs} figures = {result.value}")

"""``chitieu assess``: the status engine on cases from a JSON file, or on a document's targets in the database."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from chitieu.cli.options import parse_date
from chitieu.core.status import Assessment, explain
from chitieu.core.status import assess as assess_target
from chitieu.core.status.cases import CaseError, parse_case

BAD_INPUT = 2


def _fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code=BAD_INPUT)


def assess(
    file: Path | None = typer.Argument(  # noqa: B008 (typer declares parameters this way)
        None, help="JSON file with one case or a list of cases: {target, observations, as_of}.", show_default=False
    ),
    document: str | None = typer.Option(
        None, "--document", help="Assess every target of this document in the database, e.g. 12-NQ/HU."
    ),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        help="Date to assess as of (YYYY-MM-DD); overrides the cases' as_of. Default for --document: today.",
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON: {status, rule, numbers} per case."),
    include_submitted: bool = typer.Option(
        False,
        "--include-submitted",
        help="With --document: count submitted figures too, not only approved ones (a preview).",
    ),
) -> None:
    """Give each target a status, the rule that decided it and the numbers it used."""
    if (file is None) == (document is None):
        _fail("give either a FILE of cases or --document CODE (exactly one)")
    day = parse_date(as_of)
    if file is not None:
        results, was_list = _assess_file(file, day)
        labels = [label for label, _ in results]
    else:
        assert document is not None
        results, was_list = _assess_document(document, day, include_submitted), True
        labels = [label for label, _ in results]
    if json_output:
        rows: list[dict[str, Any]] = []
        for label, assessment in results:
            row = assessment.as_dict()
            rows.append({"target": label, **row} if document is not None else row)
        json.dump(rows if was_list else rows[0], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    _print_table(labels, [a for _, a in results])


def _assess_file(path: Path, as_of: date | None) -> tuple[list[tuple[str, Assessment]], bool]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        _fail(f"{path}: cannot read the file ({error.strerror or error})")
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        _fail(f"{path}: not valid JSON ({error})")
    was_list = isinstance(data, list)
    items = data if was_list else [data]
    if not items:
        _fail(f"{path}: the list of cases is empty")
    results = []
    for index, item in enumerate(items):
        try:
            case = parse_case(item)
        except CaseError as error:
            _fail(f"{path}: case {index}: {error}")
        day = as_of or case.as_of
        if day is None:
            _fail(f"{path}: case {index}: field as_of: missing (give it in the case or with --as-of)")
        label = case.name or str(index)
        results.append((label, assess_target(case.target, case.observations, day)))
    return results, was_list


def _assess_document(code: str, as_of: date | None, include_submitted: bool) -> list[tuple[str, Assessment]]:
    from chitieu.cli.bootstrap import setup_django

    setup_django()
    from django.utils import timezone

    from chitieu.tracking.assessment import assess_document

    try:
        return assess_document(code, as_of or timezone.localdate(), include_submitted=include_submitted)
    except (LookupError, ValueError) as error:
        _fail(f"document {code}: {error}")


def _print_table(labels: list[str], assessments: list[Assessment]) -> None:
    table = Table(show_lines=False)
    for column in ("Target", "Status", "Rule", "Why"):
        table.add_column(column, overflow="fold")
    for label, assessment in zip(labels, assessments, strict=True):
        table.add_row(label, str(assessment.status), str(assessment.rule), explain(assessment))
    Console().print(table)

"""``chitieu extract PATH...``: figures, document references and officials read from reports (no database)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from chitieu.core.extraction import Extraction, UnknownLanguageError
from chitieu.core.extraction import extract as extract_text
from chitieu.core.extraction.readers import ReaderError, read_document

BAD_INPUT = 2


def extract(
    paths: list[Path] = typer.Argument(  # noqa: B008 (typer declares parameters this way)
        ..., help="Report files: .txt, .html/.htm, .docx or .pdf.", show_default=False
    ),
    json_output: bool = typer.Option(
        False, "--json", help="Print one JSON object per file per line: {doc, language, quantities, doc_refs, people}."
    ),
    language: str | None = typer.Option(
        None, "--language", help="ISO 639-1 code of the reports' language (vi, de, ar, ...); default: detected."
    ),
) -> None:
    """Read every figure, document reference and official from report files."""
    out = Console(soft_wrap=True)
    failed = False
    for path in paths:
        try:
            source = read_document(path)
            found = extract_text(source.text, language)
        except (ReaderError, UnknownLanguageError) as exc:
            message = str(exc) if isinstance(exc, ReaderError) else f"{path}: {exc}"
            typer.echo(f"Error: {message}", err=True)
            failed = True
            continue
        if json_output:
            typer.echo(json.dumps(found.to_json(path.name), ensure_ascii=False))
        else:
            _print_readable(out, path.name, found)
    if failed:
        raise typer.Exit(code=BAD_INPUT)


def _print_readable(out: Console, doc: str, found: Extraction) -> None:
    """A heading per file and one table each for quantities, document references and people."""
    out.print(f"[bold]{doc}[/bold] — language {found.language}", highlight=False)
    out.print(_quantity_table(found), _reference_table(found), _people_table(found))


def _quantity_table(found: Extraction) -> Table:
    table = Table("text", "value", "unit", "role", "change", "subject", "indicator", "period", "flags",
                  title=f"{len(found.quantities)} quantities", title_justify="left")  # fmt: skip
    for q in found.quantities:
        value = _figure(q.value) + (f"/{_figure(q.denominator)}" if q.denominator is not None else "")
        unit = q.unit + (f" ({q.counted})" if q.counted else "")
        flags = "; ".join(_flag(f.kind, f.alternative) for f in q.flags)
        table.add_row(q.text, value, unit, q.role, "yes" if q.is_change else "", q.subject or "", q.indicator or "",
                      q.period or "", flags)  # fmt: skip
    return table


def _reference_table(found: Extraction) -> Table:
    table = Table("code", "number", "type", "issuer", "date", "title",
                  title=f"{len(found.doc_refs)} document references", title_justify="left")  # fmt: skip
    for r in found.doc_refs:
        table.add_row(r.code or "", r.number or "", r.type or "", r.issuer or "", r.date or "", r.title or "")
    return table


def _people_table(found: Extraction) -> Table:
    table = Table("name", "positions", "organisation", title=f"{len(found.people)} people", title_justify="left")
    for p in found.people:
        table.add_row(p.name, "; ".join(p.positions), p.org or "")
    return table


def _figure(value: Any) -> str:
    """36000000000000 → "36,000,000,000,000"; 16.9 → "16.9"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _flag(kind: str, alternative: float | None) -> str:
    return kind if alternative is None else f"{kind} (or {_figure(alternative)})"

"""``chitieu docs``: read Vietnamese document numbers (``12-NQ/HU``, ``19/2025/QĐ-TTg``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chitieu.core.documents import DocumentCode, DocumentCodeError, codes, find_codes, parse

app = typer.Typer(help="Party and state document numbers: parse them, find them in text, list the codes.",
                  no_args_is_help=True)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

AsJson = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _meaning(value: dict[str, str] | None) -> str:
    return f"{value['vi']} ({value['en']})" if value else "—"


def _parts_table(data: dict[str, Any]) -> Table:
    table = Table("part", "value", title=data["canonical"], show_header=False)
    table.add_row("system", data["system"])
    table.add_row("number", data["number"])
    table.add_row("year", str(data["year"]) if data["year"] is not None else "—")
    table.add_row("type", data["type"] or "—")
    table.add_row("type meaning", _meaning(data["type_meaning"]))
    table.add_row("issuer", data["issuer"])
    table.add_row("issuer parts", " · ".join(data["issuer_parts"]))
    table.add_row("issuer meaning", _meaning(data["issuer_meaning"]))
    table.add_row("level", data["level"] or "—")
    return table


@app.command("parse")
def parse_command(
    code: Annotated[str, typer.Argument(help='A document number, e.g. "12-NQ/HU" or "Số: 19/2025/QĐ-TTg".')],
    as_json: AsJson = False,
) -> None:
    """Split a document number into its parts and say what each code means; exit 2 when it is invalid."""
    try:
        parsed = parse(code)
    except DocumentCodeError as exc:
        err.print(f"invalid document code: {exc}")
        raise typer.Exit(2) from None
    data = {"input": code, **parsed.to_dict()}
    if as_json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        out.print(_parts_table(data))


@app.command("find")
def find_command(
    source: Annotated[str, typer.Argument(help="A text file to read, or - for standard input.")],
    as_json: AsJson = False,
) -> None:
    """List the document numbers found in a text, with their character offsets."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"{source}: cannot read: {exc}")
        raise typer.Exit(2) from None
    hits = [_hit(start, end, code, text) for start, end, code in find_codes(text)]
    if as_json:
        print(json.dumps(hits, ensure_ascii=False))
        return
    for hit in hits:
        print(f"{hit['start']}-{hit['end']}\t{hit['canonical']}\t{hit['text']}")


def _hit(start: int, end: int, code: DocumentCode, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end], "canonical": code.canonical}


@app.command("codes")
def codes_command(as_json: AsJson = False) -> None:
    """List the known document-type and issuer codes with their meanings."""
    types = [{"code": t.code, "party": _pair(t.party), "state": _pair(t.state)} for t in codes.TYPES.values()]
    issuers = [
        {"code": i.code, "system": i.system, "level": i.level, "vi": i.meaning.vi, "en": i.meaning.en}
        for i in [*codes.PARTY_ISSUERS.values(), *codes.STATE_ISSUERS.values()]
    ]
    if as_json:
        print(json.dumps({"types": types, "issuers": issuers}, ensure_ascii=False))
        return
    type_table = Table("type", "party", "state", title="document types")
    for t in types:
        type_table.add_row(t["code"], _meaning(t["party"]), _meaning(t["state"]))
    issuer_table = Table("issuer", "system", "level", "meaning", title="issuers")
    for i in issuers:
        issuer_table.add_row(i["code"], i["system"], i["level"] or "varies", f"{i['vi']} ({i['en']})")
    out.print(type_table, issuer_table)


def _pair(meaning: codes.Meaning | None) -> dict[str, str] | None:
    return {"vi": meaning.vi, "en": meaning.en} if meaning is not None else None

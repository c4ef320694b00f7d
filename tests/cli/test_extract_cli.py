"""``chitieu extract PATH... [--json] [--language]``: one contract object per file per line; bad files named."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import typer
from typer.testing import CliRunner

from chitieu.cli.extract import extract

app = typer.Typer()
app.command()(extract)
runner = CliRunner()

# Sentences written for these tests.
GERMAN = (
    "Der Bezirk Hai Ha strebt für 2024 einen Gesamtproduktionswert von 36.000 Milliarden VND an. "
    "Im ersten Halbjahr erreichte der Import-Export-Umsatz 33.796 Millionen USD."
)
ENGLISH = "In 2024 Ha Long City welcomed 10.6 million tourists, up 22% over the previous year."
CONTRACT_KEYS = {"doc", "language", "quantities", "doc_refs", "people"}
QUANTITY_KEYS = {"start", "end", "text", "value", "denominator", "unit", "counted", "role", "is_change", "subject",
                 "indicator", "period", "flags"}  # fmt: skip


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_is_one_contract_object_per_file_per_line(tmp_path: Path) -> None:
    german = write(tmp_path, "hai-ha.txt", GERMAN)
    english = write(tmp_path, "ha-long.html", f"<html><body><p>{ENGLISH}</p></body></html>")
    result = runner.invoke(app, [str(german), str(english), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["doc"], line["language"]) for line in lines] == [("hai-ha.txt", "de"), ("ha-long.html", "en")]
    for line in lines:
        assert set(line) >= CONTRACT_KEYS
        assert all(set(q) >= QUANTITY_KEYS for q in line["quantities"])
    production = next(q for q in lines[0]["quantities"] if q["text"].startswith("36.000"))
    assert (production["value"], production["unit"]) == (36_000_000_000_000, "VND")
    assert GERMAN[production["start"] : production["end"]] == production["text"]


def test_implausible_figure_travels_with_its_flag(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(write(tmp_path, "trade.txt", GERMAN)), "--json"])
    [line] = [json.loads(text) for text in result.stdout.splitlines()]
    trade = next(q for q in line["quantities"] if q["text"].startswith("33.796"))
    assert trade["value"] == 33_796_000_000
    assert [(f["kind"], f["alternative"]) for f in trade["flags"]] == [("implausible_scale", 33_796_000)]


def test_docx_input(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    document = docx.Document()
    document.add_paragraph(ENGLISH)
    document.save(str(path))
    result = runner.invoke(app, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    [line] = [json.loads(text) for text in result.stdout.splitlines()]
    assert line["doc"] == "report.docx" and line["quantities"]


def test_language_option_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path, "short.txt", "36.000 Milliarden VND")
    result = runner.invoke(app, [str(path), "--json", "--language", "de"])
    [line] = [json.loads(text) for text in result.stdout.splitlines()]
    assert line["language"] == "de"
    assert [q["value"] for q in line["quantities"]] == [36_000_000_000_000]


def test_unreadable_file_is_named_and_the_others_still_processed(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    good = write(tmp_path, "good.txt", GERMAN)
    result = runner.invoke(app, [str(broken), str(good), str(tmp_path / "missing.txt"), "--json"])
    assert result.exit_code == 2
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["good.txt"]
    assert f"{broken}: not a PDF file" in result.stderr
    assert f"{tmp_path / 'missing.txt'}: no such file" in result.stderr


def test_unknown_language_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(write(tmp_path, "a.txt", GERMAN)), "--language", "xx"])
    assert result.exit_code == 2
    assert "a.txt" in result.stderr and "'xx'" in result.stderr


def test_readable_table(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(write(tmp_path, "hai-ha.txt", GERMAN))], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "hai-ha.txt — language de" in result.stdout
    assert "36.000 Milliarden VND" in result.stdout and "36,000,000,000,000" in result.stdout
    assert "implausible_scale (or 33,796,000)" in result.stdout
    assert "document references" in result.stdout and "people" in result.stdout

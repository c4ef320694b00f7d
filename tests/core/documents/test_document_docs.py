"""docs/documents.md is a contract: its error table and examples must match what the parser does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chitieu.core.documents import DocumentCodeError, find_codes, parse

DOC = Path(__file__).parents[3] / "docs" / "documents.md"
ERROR_ROW = re.compile(r"^\| `(?P<input>[^`]*)` \| `(?P<message>[^`]*)`")


def error_rows() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8").split("## Errors", 1)[1]
    rows = [(m["input"], m["message"]) for line in text.splitlines() if (m := ERROR_ROW.match(line))]
    return [("" if given == '""' else given, message.removesuffix(" …")) for given, message in rows]


def test_error_table_is_not_empty() -> None:
    assert len(error_rows()) >= 8


@pytest.mark.parametrize(("given", "message"), error_rows())
def test_documented_error_messages(given: str, message: str) -> None:
    with pytest.raises(DocumentCodeError) as raised:
        parse(given)
    assert message in str(raised.value)


def test_documented_examples() -> None:
    code = parse("Số: 12 -NQ/HU")
    assert (code.canonical, code.type_meaning and code.type_meaning.en, code.level) == (
        "12-NQ/HU", "resolution", "district")
    assert [(s, e) for s, e, _ in find_codes("theo Nghị quyết 12-NQ/HU ngày 8/12/2023")] == [(16, 24)]

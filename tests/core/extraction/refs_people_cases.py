"""Loading the per-language case files of document references and people (tests/core/extraction/cases_refs_people).

Each file is a list of {"name", "input", "expected": {"doc_refs": [...], "people": [...]}, "note"?}. An expected
reference lists a subset of text (the span's text), code, number, type, issuer, date, title; an expected person a
subset of name, positions, org. Lists are compared in order and in full length.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CASE_DIR = Path(__file__).parent / "cases_refs_people"
LANGUAGES = ("vi", "en", "de", "fr", "es", "pl", "ar", "ru", "pt", "it", "id", "zh", "ja", "ko")
CASE_KEYS = {"name", "input", "expected", "note"}
EXPECTED_KEYS = {"doc_refs", "people"}
REF_KEYS = {"text", "code", "number", "type", "issuer", "date", "title"}
PERSON_KEYS = {"name", "positions", "org"}


@dataclass(frozen=True)
class Lang:
    """The one field of a language profile that references and people read."""

    code: str


@dataclass(frozen=True)
class Case:
    lang: str
    name: str
    input: str
    expected: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.lang}: {self.name}"


def load_raw(lang: str) -> list[dict[str, Any]]:
    return json.loads((CASE_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def load_cases(kind: str) -> list[Case]:
    """Every case, across languages, that states an expectation for `kind` ("doc_refs" or "people")."""
    return [Case(lang, raw["name"], raw["input"], raw["expected"])
            for lang in LANGUAGES for raw in load_raw(lang) if kind in raw["expected"]]


def assert_listed(observed: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    """``observed`` has as many entries as ``expected``, each holding the keys and values of its expected one."""
    assert len(observed) == len(expected), observed
    for got, want in zip(observed, expected, strict=True):
        assert {k: got[k] for k in want} == want

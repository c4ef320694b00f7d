"""Every per-language case file (cases/<lang>.json) runs through extract(); each case is a specification.

A case: {"name", "input", "expected", optional "language" (else the file's language) and "note"}. ``expected``
may hold "quantities", "doc_refs", "people" (lists compared in order and in length; each item lists only the
fields it asserts) and "language".
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from chitieu.core.extraction import extract
from chitieu.core.extraction.languages import has_profile

CASES_DIR = Path(__file__).parent / "cases"
CASE_KEYS = {"name", "input", "expected", "language", "note"}
EXPECTED_KEYS = {"quantities", "doc_refs", "people", "language"}


@dataclass(frozen=True)
class Case:
    file: str
    language: str
    name: str
    input: str
    expected: dict[str, Any]
    note: str = ""

    @property
    def known_gap(self) -> bool:
        """A case whose note starts "known gap:" states what the extractor should do but does not yet."""
        return self.note.startswith("known gap:")


def _load() -> list[Case]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for raw in json.loads(path.read_text(encoding="utf-8")):
            cases.append(Case(path.name, raw.get("language", path.stem), raw.get("name", ""), raw.get("input", ""),
                              raw.get("expected", {}), raw.get("note") or ""))
    return cases


CASES = _load()


@pytest.mark.parametrize("path", sorted(CASES_DIR.glob("*.json")), ids=lambda p: p.name)
def test_case_file_is_well_formed(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(raw, list) and raw, f"{path.name}: a non-empty list of cases"
    names = [c.get("name") for c in raw]
    duplicates = {n for n in names if names.count(n) > 1}
    assert not duplicates, f"{path.name}: duplicate case names {sorted(duplicates)}"
    for case in raw:
        assert case.keys() >= {"name", "input", "expected"}, f"{path.name}: {case.get('name')!r} lacks a key"
        assert case.keys() <= CASE_KEYS, f"{path.name}: {case['name']!r} has unknown keys {case.keys() - CASE_KEYS}"
        unknown = case["expected"].keys() - EXPECTED_KEYS
        assert not unknown, f"{path.name}: {case['name']!r} expects unknown sections {unknown}"


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, float | int) and not isinstance(expected, bool) and isinstance(actual, float | int):
        return math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-9)
    return expected == actual


def _check(section: str, expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> None:
    shown = [{k: a.get(k) for k in ("text", "name", "code", "number", "value", "unit", "role")} for a in actual]
    assert len(actual) == len(expected), f"{section}: expected {len(expected)}, found {len(actual)}: {shown}"
    for i, (want, got) in enumerate(zip(expected, actual, strict=True)):
        wrong = {k: (v, got.get(k)) for k, v in want.items() if not _same(v, got.get(k))}
        assert not wrong, f"{section}[{i}] {got.get('text') or got.get('name')!r}: (expected, found) {wrong}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.language}: {c.name}")
def test_case(case: Case, request: pytest.FixtureRequest) -> None:
    if not has_profile(case.language):
        pytest.skip(f"no profile for {case.language!r} yet")
    if case.known_gap:
        # strict: once the gap is closed the case passes, the xfail fails, and the note must go.
        request.applymarker(pytest.mark.xfail(reason=case.note, strict=True))
    result = extract(case.input, case.language).to_json("case")
    if "language" in case.expected:
        assert result["language"] == case.expected["language"]
    for section in ("quantities", "doc_refs", "people"):
        if section in case.expected:
            _check(section, case.expected[section], result[section])

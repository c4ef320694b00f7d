"""Document references: per-language case files, the tail grammar (issuer, date, title) and robustness."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linearity import assert_linear, fresh
from refs_people_cases import (
    CASE_KEYS,
    EXPECTED_KEYS,
    LANGUAGES,
    PERSON_KEYS,
    REF_KEYS,
    Lang,
    assert_listed,
    load_cases,
    load_raw,
)

from chitieu.core.extraction.references import find_references

REF_CASES = load_cases("doc_refs")


def _observed(text: str, lang: str) -> list[dict[str, object]]:
    return [{"text": text[r.start:r.end], **r.to_json()} for r in find_references(text, Lang(lang))]


@pytest.mark.parametrize("case", REF_CASES, ids=lambda c: c.id)
def test_reference_cases(case):
    assert_listed(_observed(case.input, case.lang), case.expected["doc_refs"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_case_files_are_well_formed(lang):
    raw = load_raw(lang)
    names = [c["name"] for c in raw]
    assert len(names) == len(set(names)), "duplicate case names"
    assert len(raw) >= 6
    for case in raw:
        assert set(case) <= CASE_KEYS and {"name", "input", "expected"} <= set(case), case["name"]
        assert set(case["expected"]) <= EXPECTED_KEYS and case["expected"], case["name"]
        for ref in case["expected"].get("doc_refs", []):
            assert set(ref) <= REF_KEYS and "text" in ref and ref["text"] in case["input"], case["name"]
        for person in case["expected"].get("people", []):
            assert set(person) <= PERSON_KEYS and "name" in person, case["name"]


@dataclass(frozen=True)
class Case:
    name: str
    lang: str
    text: str
    expect: tuple[tuple[str, str | None, str | None], ...]  # (number, date, title) per reference


CASES = [
    Case("English month-first date", "en", "Resolution No. 5 dated March 3, 2021 on land.",
         (("5", "2021-03-03", "on land"),)),
    Case("German numeric date then issuer", "de", "Richtlinie Nr. 7-CT/TU vom 01.02.2022 des Provinzparteikomitees.",
         (("7", "2022-02-01", None),)),
    Case("impossible date is dropped", "de", "Resolution Nr. 3-NQ/HU vom 31. Februar 2023.", (("3", None, None),)),
    Case("a quote further on is not the title", "de",
         "Resolution Nr. 4-NQ/HU des Bezirksparteikomitees im Zusammenhang mit dem Thema „Kultur“.",
         (("4", None, None),)),
    Case("next reference bounds the previous one's details", "en",
         "Resolution No. 6 and Plan No. 9 dated May 2, 2020.", (("6", None, None), ("9", "2020-05-02", None))),
    Case("French premier of the month", "fr", "La résolution n° 8 du 1er mai 2022 sur l'eau.",
         (("8", "2022-05-01", "sur l'eau"),)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_details_after_a_reference(case):
    refs = find_references(case.text, Lang(case.lang))
    assert tuple((r.number, r.date, r.title) for r in refs) == case.expect


def test_codeless_mention_next_to_its_code_is_one_reference():
    refs = find_references("Resolution No. 12-NQ/HU", Lang("en"))
    assert [(r.code, r.number, r.start) for r in refs] == [("12-NQ/HU", "12", 15)]


def test_unknown_language_still_finds_codes():
    refs = find_references("Uamuzi 318/QĐ-TTg", Lang("sw"))
    assert [(r.code, r.type, r.issuer) for r in refs] == [("318/QĐ-TTg", "QĐ", "TTg")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_adversarial_input_is_linear(lang):
    # Long runs of document words, markers, digits and quotes.
    unit = "Resolution No. Nr. رقم 第 号 决议 „ 12 ,, 2024 12.12. Plan Programm des Politbüros "
    small, large = unit * 1500, unit * 12000
    assert_linear(lambda: find_references(fresh(small), Lang(lang)), lambda: find_references(fresh(large), Lang(lang)),
                  k=8)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(LANGUAGES))
def test_any_text_gives_spans_inside_it(text, lang):
    for ref in find_references(text, Lang(lang)):
        assert 0 <= ref.start < ref.end <= len(text)
        assert ref.number is not None and ref.number.isdigit()

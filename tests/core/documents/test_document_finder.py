"""Specification of find_codes: document numbers inside running text, and nothing else."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.documents import find_codes, parse


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expect: list[tuple[str, str]]  # (text span as written, canonical code)


CASES = [
    Case("party code after Số", "Thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy", [("12-NQ/HU", "12-NQ/HU")]),
    Case("state code followed by a dash clause", "Quyết định 318/QĐ-TTg - về việc ban hành bộ tiêu chí",
         [("318/QĐ-TTg", "318/QĐ-TTg")]),
    Case("law at the end of a sentence", "theo Luật 72/2025/QH15.", [("72/2025/QH15", "72/2025/QH15")]),
    Case("spaced and dashed variant", "Số 05 – NQ/TU ngày", [("05 – NQ/TU", "05-NQ/TU")]),
    Case("two codes in one sentence", "Chương trình 33-CTr/HU và Kế hoạch 439-KH/TU",
         [("33-CTr/HU", "33-CTr/HU"), ("439-KH/TU", "439-KH/TU")]),
    Case("compound official letter", "Công văn 806/STP-XD&KTVBQPPL, ngày", [("806/STP-XD&KTVBQPPL",
                                                                          "806/STP-XD&KTVBQPPL")]),
    Case("look-alike eth", "Nghị quyết 11/NQ-H\u00d0ND", [("11/NQ-H\u00d0ND", "11/NQ-HĐND")]),
    Case("English text", "Resolution No. 57-NQ/TW of the Politburo", [("57-NQ/TW", "57-NQ/TW")]),
    Case("date is not a code", "ngày 8/12/2023 và 12/2024", []),
    Case("fraction is not a code", "16/19 xã đạt chuẩn, tỷ lệ 3/4", []),
    Case("unit of measure is not a code", "năng suất 60/ha, 5 tấn/ha", []),
    Case("period range is not a code", "giai đoạn 2021-2025/2030", []),
    Case("code glued to a word is not a code", "COVID-19/QĐ-TTg và NQ12-NQ/HU", []),
    Case("unknown party type is not a code", "lô 12-AB/HU", []),
    Case("phone-like numbers are not codes", "ĐT 0203-3879/123", []),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_find_codes(case: Case) -> None:
    hits = find_codes(case.text)
    assert [(case.text[start:end], code.canonical) for start, end, code in hits] == case.expect


def test_offsets_index_decomposed_text() -> None:
    text = unicodedata.normalize("NFD", "Kết luận theo 17-NQ/TƯ và 11/NQ-HĐND.")
    hits = find_codes(text)
    assert [code.canonical for _, _, code in hits] == ["17-NQ/TW", "11/NQ-HĐND"]
    assert [unicodedata.normalize("NFC", text[s:e]) for s, e, _ in hits] == ["17-NQ/TƯ", "11/NQ-HĐND"]


ADVERSARIAL = {
    "hyphens": "1-" * 100_000,
    "slashes": "1/" * 100_000,
    "years": "1/2025/" * 30_000,
    "compound parts": "1/A-" + "B-" * 100_000,
    "spaced parts": "1/A" + " - B" * 50_000,
    "long word": "1/" + "A" * 200_000,
    "letters after dash": "1-" + "N" * 200_000,
    "digits": "9" * 200_000 + "/QĐ-TTg",
    "almost party": "12-NQ/" * 40_000,
    "combining marks": "1/A" + "\u0301" * 200_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_scan_time_is_linear_on_adversarial_text(name: str) -> None:
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    find_codes(text)
    assert time.perf_counter() - started < 2.0, name


words = st.sampled_from(["Nghị quyết", "số", "ngày", "8/12/2023", "16/19", "xã", "đạt", "60/ha", ",", "."])
codes_written = st.sampled_from(
    ["12-NQ/HU", "318/QĐ-TTg", "72/2025/QH15", "33-CTr/HU", "806/STP-XD&KTVBQPPL"])


@given(st.lists(st.tuples(words, st.none() | codes_written), max_size=12))
def test_found_codes_are_exactly_the_embedded_ones(pieces: list[tuple[str, str | None]]) -> None:
    text = " ".join(f"{word} {code}" if code else word for word, code in pieces)
    hits = find_codes(text)
    assert [text[s:e] for s, e, _ in hits] == [code for _, code in pieces if code]
    assert all(parse(text[s:e]) == code for s, e, code in hits)


@given(st.text(max_size=200))
def test_hits_are_ordered_disjoint_and_parse(text: str) -> None:
    hits = find_codes(text)
    for earlier, later in zip(hits, hits[1:], strict=False):
        assert earlier[1] <= later[0]
    for start, end, code in hits:
        assert 0 <= start < end <= len(text)
        assert parse(text[start:end]) == code

"""Robustness: any text gives an Extraction or a clear error; hostile inputs take linear time; bad files are named."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linearity import assert_linear, fresh

from chitieu.core.extraction import Extraction, UnknownLanguageError, extract
from chitieu.core.extraction.languages import available
from chitieu.core.extraction.readers import ReaderError, read_document

# Text in the style of the reports, with the characters that matter to the rules (separators, scale words,
# digits of three scripts, brackets, slashes), so that hypothesis reaches the rules and not only plain noise.
REPORT_ALPHABET = st.sampled_from(
    list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３.,٫٬%٪/()-–— \n\u00a0")
    + ["tỷ", "triệu", "Milliarden", "Mio.", "mld", "مليار", "مليون", "billion", "млрд", "亿", "억", "万", "VND",
       "USD", "đồng", "ha", "xã", "Bezirk Hai Ha", "huyện Hải Hà", "Nr. 12-NQ/HU", "2024", "2021–2025", "Genosse",
       "đạt", "kế hoạch", "tăng", "soll", "erreichte", "target", "Resolution", "Quyết định số"]
)  # fmt: skip
REPORT_TEXT = st.lists(REPORT_ALPHABET, max_size=80).map("".join)


def assert_well_formed(found: Extraction, text: str) -> None:
    for q in found.quantities:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
    for r in found.doc_refs:
        assert 0 <= r.start < r.end <= len(text)
    found.to_json("fuzz.txt")  # the contract serialises whatever was found


def extract_or_clear_error(text: str, language: str | None = None) -> Extraction | None:
    """extract(), allowing only the one documented error: a language without a profile (e.g. "und")."""
    try:
        return extract(text, language)
    except UnknownLanguageError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_gives_an_extraction_or_a_clear_error(text: str) -> None:
    found = extract_or_clear_error(text)
    if found is not None:
        assert_well_formed(found, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(REPORT_TEXT, st.sampled_from(available()))
def test_report_like_text_in_every_language(text: str, language: str) -> None:
    found = extract(text, language)
    assert_well_formed(found, text)


# --- time grows linearly on hostile input ---------------------------------------------------------------
# Figure-dense input (a figure every few characters) costs each figure its context look-ups, so it is compared
# at a few thousand characters and eight times that; input with few figures at 125 kB and 1 MB.
# bench/extract.py times 1, 2 and 5 MB of report text.


@dataclass(frozen=True)
class Hostile:
    name: str
    unit: str  # repeated to the size wanted
    language: str
    size: int  # characters of the smaller input; the larger is eight times as long


HOSTILE = [
    Hostile("digits and separators", "1.234,5 6,789.0 12/34 ", "de", 6_000),
    Hostile("one run of grouped digits", "1.234.567,89", "de", 8_000),
    Hostile("dotted runs", "1.1.1.1.1.1.1.1.", "de", 1_000),
    Hostile("arabic digit runs", "٣٤٥٦٧٨٩٠١٢٬٣٤٥٫٦", "ar", 12_000),
    Hostile("percent signs", "%%%%%%%%", "en", 125_000),
    Hostile("nested parentheses", "((((((((((1))))))))))", "en", 125_000),
    Hostile("one endless number", "9", "vi", 125_000),
    Hostile("scale words without numbers", "tỷ triệu nghìn tỷ ", "vi", 125_000),
    Hostile("separators and brackets", "%%%% ((((( ,,,, .... //// ---- ", "en", 125_000),
]


@pytest.mark.parametrize("case", HOSTILE, ids=lambda c: c.name)
def test_hostile_input_takes_linear_time(case: Hostile) -> None:
    if case.language not in available():
        pytest.skip(f"no profile for {case.language} yet")
    small = case.unit * (case.size // len(case.unit))
    extract(small[:2_000], case.language)  # warm caches
    assert_linear(lambda: extract(fresh(small), case.language), lambda: extract(small * 8, case.language), k=8)


def test_five_megabytes_of_separators_and_brackets_complete() -> None:
    # Completes and is well formed; how its time grows is checked above, its speed by bench/extract.py.
    if "en" not in available():
        pytest.skip("no English profile yet")
    text = ("%%%% ((((( ,,,, .... //// ---- " * 170_000)[:5_000_000]
    assert_well_formed(extract(text, "en"), text)


# --- malformed files -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Malformed:
    name: str
    file_name: str
    content: bytes


MALFORMED = [
    Malformed("docx of random bytes", "a.docx", bytes(range(256)) * 4),
    Malformed("docx truncated zip", "b.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40),
    Malformed("pdf cut after its header", "c.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<"),
    Malformed("pdf with garbage body", "d.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8),
    Malformed("html in a legacy encoding", "e.html", "<p>Hải Hà</p>".encode("utf-16-be")),
    Malformed("html with only markup", "f.html", b"<html><head><style>p{}</style></head><body> </body></html>"),
]


@pytest.mark.parametrize("case", MALFORMED, ids=lambda c: c.name)
def test_malformed_files_raise_reader_error_naming_the_file(case: Malformed, tmp_path: Path) -> None:
    path = tmp_path / case.file_name
    path.write_bytes(case.content)
    with pytest.raises(ReaderError, match=str(path).replace(".", r"\.")):
        read_document(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=600), suffix=st.sampled_from([".docx", ".pdf", ".html", ".txt"]))
def test_any_bytes_give_text_or_reader_error(content: bytes, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    try:
        source = read_document(path)
    except ReaderError as error:
        assert str(path) in str(error)
    else:
        assert source.text.strip()

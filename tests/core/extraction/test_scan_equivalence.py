"""Shortcuts that replace a regex scan must find exactly what the scan finds (speed work, issue 3).

Each test compares a shortcut with the plain ``finditer`` it stands for, on generated text dense in the
characters that matter: digits, dashes, spaces, letters.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.core.documents import find_codes
from chitieu.core.extraction import LANGUAGES, detect, profile
from chitieu.core.extraction.context import _YEAR, _YEAR_RANGE, Periods
from chitieu.core.extraction.numbers import digit_runs
from chitieu.core.extraction.quantities import matchers

# Year-like pieces and the separators around them, so that ranges, chains of ranges ("2020-2025-2030"), long
# digit runs ("120245") and cut years occur often.
_PIECES = st.sampled_from(["2020", "2025", "1999", "20", "7", "٣", "-", "–", "/", " ", "x", "\n"])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=_TEXTS, data=st.data())
def test_years_of_a_window_are_what_the_year_patterns_find_there(text: str, data: st.DataObject) -> None:
    start, end = sorted(data.draw(st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))))
    periods = Periods(text, profile("vi"))

    ranges, years = periods._years_in(start, end)

    assert ranges == [(m.start(), m.end(), f"{m.group(1)}-{m.group(2)}")
                      for m in _YEAR_RANGE.finditer(text, start, end)]
    assert years == [m.start() for m in _YEAR.finditer(text, start, end)]


def test_a_chain_of_ranges_gives_the_first_range_then_what_follows_it() -> None:
    text = "giai đoạn 2020-2025-2030 và 2031 – 2035"
    periods = Periods(text, profile("vi"))

    ranges, years = periods._years_in(0, len(text))

    assert [label for _, _, label in ranges] == ["2020-2025", "2031-2035"]
    assert [text[at:at + 4] for at in years] == ["2020", "2025", "2030", "2031", "2035"]


def test_a_window_ending_inside_a_number_reads_its_last_four_digits_as_a_year() -> None:
    text = "đạt 20245 tỷ"
    periods = Periods(text, profile("vi"))

    assert periods._years_in(0, text.index("5")) == ([], [text.index("2024")])
    assert periods._years_in(0, len(text)) == ([], [])


_CODE_PIECES = st.sampled_from(["12", "1234567", "05", "-", "–", "/", " ", "  ", "NQ", "HU", "QĐ", "TTg", "UBND",
                                "2024", ".", "x", "٣", "&", "\n", "ngày"])


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(_CODE_PIECES, max_size=25).map("".join))
def test_document_codes_tried_at_digit_runs_are_those_of_the_whole_text_scan(text: str) -> None:
    assert find_codes(text, digit_runs(text)) == find_codes(text)


def test_document_codes_at_digit_runs_keep_the_scan_order_and_skip_overlaps() -> None:
    text = "Nghị quyết số 12-NQ/HU, Quyết định 318/QĐ-TTg và 5/2024/NĐ-CP; ngày 1-2/3"

    found = find_codes(text, digit_runs(text))

    assert [text[start:end] for start, end, _ in found] == ["12-NQ/HU", "318/QĐ-TTg", "5/2024/NĐ-CP"]
    assert found == find_codes(text)


@settings(max_examples=300, deadline=None)
@given(language=st.sampled_from(sorted(LANGUAGES)), data=st.data())
def test_words_before_a_number_read_from_the_end_are_what_the_search_finds(language: str,
                                                                           data: st.DataObject) -> None:
    lang = profile(language)
    ends_with = matchers(lang).skip_before
    pieces = st.sampled_from([*lang.skip_before, *lang.clitic_prefixes, " ", "  ", ":", "\t", "\u00a0", "\n", "x",
                              "ab", "-", "Ü", "_", "1"])
    windows = st.lists(pieces, max_size=8).map(lambda parts: "".join(parts).lower())

    for window in data.draw(st.lists(windows, min_size=20, max_size=20)):
        assert ends_with.ends(window) == (ends_with.search(window) is not None), window


@settings(max_examples=500, deadline=None)
@given(sample=st.lists(st.sampled_from(["مدينة", "город", "ha", "한국", "漢字", "カナ", " ", "  ", "12", ",", "_",
                                        "²"]), max_size=40).map("".join))
def test_a_script_told_without_counting_letters_is_the_one_the_letter_count_gives(sample: str) -> None:
    told = detect._dominant_script(sample)
    scripts = detect._script_counts(sample)

    if told is not None:
        assert detect._by_script(scripts, sum(scripts.values())) == told


def _function_word_thirds_one_by_one(sample: str) -> list[Counter[str]]:
    """The specification of the thirds: each word's own offset tells its third."""
    thirds: list[Counter[str]] = [Counter(), Counter(), Counter()]
    lowered = sample.lower()
    for word in detect._WORD.finditer(lowered):
        if code := detect._FUNCTION_WORDS.get(word.group()):
            thirds[word.start() * 3 // len(lowered)][code] += 1
    return thirds


@settings(max_examples=1000, deadline=None)
@given(sample=st.lists(st.sampled_from(["der", "und", "the", "of", "của", "và", "les", "w", "się", "İ", "x", "abc",
                                        " ", " ", ",", "\n", "1", "_"]), max_size=30).map("".join))
def test_function_words_counted_per_third_in_one_pass_are_counted_as_word_by_word(sample: str) -> None:
    assert detect._function_word_thirds(sample) == _function_word_thirds_one_by_one(sample)

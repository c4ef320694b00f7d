"""Shortcuts that replace a regex scan must find exactly what the scan finds (speed work, issue 3).

Each test compares a shortcut with the plain ``finditer`` it stands for, on generated text dense in the
characters that matter: digits, dashes, spaces, letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.core.documents import find_codes
from chitieu.core.extraction import LANGUAGES, context, detect, people, places, profile, references
from chitieu.core.extraction.context import _YEAR, _YEAR_RANGE, Periods, lowered, merged_hits, prefiltered
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


def _word_lists(language: str) -> list[re.Pattern[str]]:
    people_grammar, references_grammar = people._grammar(language), references._grammar(language)
    return [people_grammar.position, people_grammar.honorific, *people_grammar.places.values(),
            *references_grammar.codeless]


def _pieces(language: str) -> st.SearchStrategy[str]:
    """Words of the language's lists and cues, cut and whole, with every kind of separator."""
    lang = profile(language)
    words = [*lang.target_cues, *lang.change_cues, *lang.actual_cues, *lang.number_words, *lang.dual_nouns]
    return st.sampled_from([w.rstrip("$") for w in words] + [w.rstrip("$")[:3] for w in words]
                           + ["Bezirks Hai Ha", "Sekretär", "Genosse", "Resolution", "phó bí thư", "الرفيق", "xã",
                              " ", "  ", "\n", "\t", "\u00a0", ",", "(", "„", "-", "_", "1", "x"])


@settings(max_examples=200, deadline=None)
@given(language=st.sampled_from([code for code in sorted(LANGUAGES) if profile(code).spaced]), data=st.data())
def test_word_lists_read_token_by_token_find_what_their_patterns_find(language: str, data: st.DataObject) -> None:
    text = data.draw(st.lists(_pieces(language), max_size=40).map("".join))
    low = lowered(text)

    for pattern in _word_lists(language):
        assert [m.span() for m in prefiltered(pattern).finditer(text, low, language)] == \
            [m.span() for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(language=st.sampled_from([code for code in sorted(LANGUAGES) if profile(code).spaced]), data=st.data())
def test_cues_read_token_by_token_are_those_each_cue_list_finds(language: str, data: st.DataObject) -> None:
    lang = profile(language)
    m = matchers(lang)
    low = lowered(data.draw(st.lists(_pieces(language), max_size=40).map("".join)))

    hits = merged_hits(m.words, m.word_scanners, low, lang.spaced, language)

    for kind, scanner in m.word_scanners.items():
        assert (hits[kind].starts, hits[kind].ends) == ([h.start() for h in scanner.finditer(low)],
                                                        [h.end() for h in scanner.finditer(low)]), kind


def test_a_text_without_spaces_is_scanned_and_one_with_tabs_and_no_break_spaces_read_by_tokens() -> None:
    position = people._grammar("de").position
    for text in ("Sekretär" * 30, "Der\tSekretär\u00a0des Provinzparteikomitees,\tGenosse"):
        low = lowered(text)
        assert [m.span() for m in prefiltered(position).finditer(text, low, "de")] == \
            [m.span() for m in position.finditer(text)]


def test_a_list_whose_beginnings_hold_a_space_is_read_across_tokens() -> None:
    pattern = re.compile(r"(?<!\w)(?:tp|xã) (?:hạ long|hải hà)", re.IGNORECASE)
    text = "Ủy ban xã Hải Hà và TP Hạ Long; xã  Hải Hà"
    low = lowered(text)

    found = [text[m.start():m.end()] for m in prefiltered(pattern).finditer(text, low, "vi")]

    assert found == ["xã Hải Hà", "TP Hạ Long"]


@settings(max_examples=500, deadline=None)
@given(sample=st.lists(st.sampled_from(["مدينة", "город", "ha", "한국", "漢字", "カナ", " ", "12", ",", "_", "²", "ǅ"]),
                       max_size=40).map("".join))
def test_scripts_counted_by_runs_are_counted_letter_by_letter(sample: str) -> None:
    by_letter = {name: len(pattern.findall(sample)) for name, pattern in detect._SCRIPTS.items()}
    by_letter["other"] = len(detect._LETTER.findall(sample)) - sum(by_letter.values())

    assert detect._script_counts(sample) == by_letter


def _first_kind_stem(word: str) -> tuple[str, ...] | None:
    """The specification: the levels of the first stem of KIND_WORDS the word starts with, ending included."""
    for stem, levels in places._KIND_STEMS.items():
        if word.startswith(stem) and len(word) <= len(stem) + places._STEM_SLACK:
            return levels
    return None


@settings(max_examples=1000, deadline=None)
@given(stem=st.sampled_from(sorted(places._KIND_STEMS)), cut=st.integers(0, 2),
       ending=st.sampled_from(["", "s", "e", "en", "ach", "ami", "ów", "ии", "xxxx", "xxxxx"]))
def test_a_kind_stem_found_by_its_first_letters_is_the_first_stem_the_word_starts_with(stem: str, cut: int,
                                                                                        ending: str) -> None:
    word = stem[:len(stem) - cut] + ending

    assert places._kind_stem.__wrapped__(word) == _first_kind_stem(word)


def _spans_with_full_windows(matcher: places.UnitMatcher, text: str) -> list[tuple[int, int, tuple[object, ...]]]:
    """The specification of place spans: every trigger read with the full twelve-word window."""
    found, resume = [], 0
    for start in matcher._trigger_starts(text):
        if start < resume:
            continue
        window = places._WINDOW.match(text, start, start + places._WINDOW_CHARS)
        assert window is not None
        words = [w for w in window.groups() if w is not None]
        hit = matcher._match_at(words, [places._fold_word(w) for w in words], 0)
        if isinstance(hit, tuple):
            first, last, refs = hit
            resume = window.end(last)
            found.append((window.start(first + 1), resume, refs))
    return found


_PLACE_PIECES = st.sampled_from(["Bezirk", "Bezirks", "district", "District", "province", "of", "the", "von", "der",
                                 "de", "Hai", "Ha", "Quang", "Ninh", "Ha Long", "thành phố", "Hạ Long", "xã",
                                 "huyện", "Cai", "Bau", "city", "Stadt", "Halong", "Van Don", "und", "1", " ", " ",
                                 ", ", "\n", "Phan Rang Thap Cham", "Phuong Lien Trung Tu", "Phuong Lien", "ward",
                                 "of the"])


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_PLACE_PIECES, max_size=30).map(" ".join))
def test_places_read_from_the_first_six_words_are_those_of_the_full_window(text: str) -> None:
    matcher = places.default_matcher()

    assert list(matcher._spans(text)) == _spans_with_full_windows(matcher, text)


def test_a_four_word_name_after_a_kind_word_and_two_connectors_is_read_with_the_full_window() -> None:
    text = "the ward of the Phuong Lien Trung Tu"  # a commune's name counts only after a kind word

    assert [(text[start:end], refs[0].name_en) for start, end, refs in places.default_matcher()._spans(text)] == [
        ("Phuong Lien Trung Tu", "Phuong Lien Trung Tu Ward")]


def test_the_tokens_a_word_group_remembers_are_bounded_and_forgetting_changes_no_result(monkeypatch) -> None:
    monkeypatch.setattr(context, "_TOKEN_CACHE", 50)
    position = people._grammar("de").position
    for n in range(5):
        text = " ".join(f"Wort{n}x{i}" for i in range(40)) + " Sekretär des Provinzparteikomitees Genosse"
        low = lowered(text)

        assert [m.span() for m in prefiltered(position).finditer(text, low, "de")] == \
            [m.span() for m in position.finditer(text)]
        group = context._GROUPS["de"]
        assert len(group._hits) + len(group._plain) <= 50


_BOUNDARY_AS_WRITTEN = re.compile(  # the specification: each full stop's look-behind in front of it
    r"[;؛。！？!?\n:、]|[,，،](?!\s*\d)|(?<=[^\W\d]{3})\.(?=\s|$)|(?<=\d{4})\.(?=\s|$)")


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(["Nr", ".", ". ", "2024", "8", "rok", "r", " ", ",", ", 5", "、", ":", "\n",
                                      "Beschluss", "ab"]), max_size=20).map("".join),
       start=st.integers(0, 10))
def test_reference_boundaries_are_found_where_the_written_pattern_finds_them(text: str, start: int) -> None:
    found = references._BOUNDARY.search(text, start)
    spec = _BOUNDARY_AS_WRITTEN.search(text, start)

    assert (found and found.span()) == (spec and spec.span())


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["12", "-", "/", "&", "NQ", "HU", " ", "\t", "\u00a0", "\u2013", "Số:", "x"]),
                     max_size=12).map("".join))
def test_a_code_without_whitespace_is_normalised_as_the_spaced_separator_rule_would(text: str) -> None:
    from chitieu.core.documents import grammar

    spec = grammar._SPACED_SEPARATOR.sub(r"\1", grammar._PREFIX.sub(
        "", unicodedata.normalize("NFC", text).translate(grammar._TRANSLATE).strip(), count=1))

    assert grammar.normalise(text) == " ".join(spec.split())


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["ハロン", "ハ", "ロン", "クアンニン", "ー", "市", " ", "\n", "Ha Long", "x",
                                      "・"]), max_size=20).map("".join))
def test_katakana_runs_read_token_by_token_give_the_places_of_the_scan(text: str) -> None:
    matcher = places.default_matcher()
    starts = context.word_starts(lowered(text), "de", places.KATAKANA_RUN_START)

    if starts is not None:  # a text with too few spaces is scanned anyway
        assert list(matcher._katakana_places(text, starts)) == list(matcher._katakana_places(text, None))


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(["12", "2024", "3,5", "1.200", "๑๒", "٣", "x", "Tỷ", " ", "  ", "\n", "\t", "-",
                                      "(5", "%)", "İ"]), max_size=30).map("".join))
def test_digit_runs_read_token_by_token_are_those_of_the_scan(text: str) -> None:
    assert context.digit_runs(text, "vi") == [m.span() for m in re.finditer(r"\d+", text)]

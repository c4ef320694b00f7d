"""Finding the figures of a report: numerals with their scale, unit, counted noun and denominator; what is not a
figure (dates, years, terms, document numbers, ordinals, clock times, page furniture); and each figure's role
(target, expected, actual), whether it is a change, its subject and period.

The steps, all driven by the language profile:

1. digits of other scripts are folded to ASCII (offsets unchanged);
2. spans that hold no quantity are marked: document codes, dates, clock times, year ranges;
3. every numeral run is read in the language's convention and looked at in context: what precedes it (a unit
   prefix, "Nr.", a month), what follows (a scale word, a unit, a counted noun, a denominator, a month, a time
   word, an ordinal dot or suffix);
4. numbers written as words and dual nouns count when a counted noun, scale or unit follows;
5. roles and changes come from cue words in the clause, the sentence and the paragraph (see ``_roles``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from chitieu.core.documents import find_codes
from chitieu.core.extraction.context import (
    MERGED_KINDS,
    NEVER,
    Hits,
    Periods,
    Segments,
    cue_pattern,
    cue_scanner,
    cues_for,
    digit_runs,
    find_place_mentions,
    lowered,
    merged_hits,
    merged_scanner,
    per_profile,
    segment,
)
from chitieu.core.extraction.languages.base import LanguageProfile
from chitieu.core.extraction.model import Quantity
from chitieu.core.extraction.numbers import NUMERAL_RUN, Numeral, fold_digits, read_numerals

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[.'’-][^\W\d_]+)*\.?")
_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009]*")
# Where the spaces from a position end: "[...]*" always matches (the bound method, typed as never None).
_space_match = cast(Callable[[str, int], re.Match[str]], _SPACE.match)
# Each pattern checks "nothing numeric before" right after its first digit(s) rather than in front: a pattern
# starting with a character class lets the regex engine skip ahead to a digit (same matches, several times faster).
_DATE = re.compile(r"\d(?<![\d.,/]\d)\d{0,3}([./-])\d{1,2}\1\d{2,4}(?![\d/])")
_CLOCK = re.compile(r"\d(?<![\d.,]\d)\d?(?::\d\d|[hg]\d\d)(?!\d)")
_YEAR_RANGE = re.compile(r"(?:19|20)(?<![\d.,]\d\d)\d\d\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d)(?![\d%])")
# Each of those, and every numeral run, begins where a run of digits begins: the text is scanned once for those
# runs (context.digit_runs), and each pattern is tried only at the runs that can begin it (what follows the run's
# digits tells).
_RANGE_DASH = re.compile(r"[ \t]*[~〜～–-][ \t]*\d{1,2}(?!\d)")
_FRACTION = re.compile(r"[ \t]*/[ \t]*")
LOOK_BACK = 160  # characters before a figure searched for its counted noun and label
_QUOTE_OR_LINE_END = re.compile("[\n\"“”„«»「」『』]")
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "”": "”"}


@dataclass(frozen=True, slots=True)
class _Matchers:
    scale: re.Pattern[str]
    unit: re.Pattern[str]
    prefix: re.Pattern[str]
    counted: re.Pattern[str]
    skip_before: _EndsWith
    level_before: _EndsWith
    time_after: re.Pattern[str]
    month: re.Pattern[str]
    denominator: re.Pattern[str]
    number_word: re.Pattern[str]
    dual: re.Pattern[str]
    number_scan: re.Pattern[str]  # number_word and dual for scanning a lower-cased text (see context.cue_scanner)
    dual_scan: re.Pattern[str]
    ordinal_suffix: re.Pattern[str]
    compound: re.Pattern[str]
    # The role and change cues, number words and duals in one scanner of a lower-cased text (see merged_hits).
    words: re.Pattern[str] | None
    word_scanners: dict[str, re.Pattern[str]]
    lower_keys: dict[str, dict[str, object]]
    memo: dict[tuple[str, str], object]  # (dictionary, entry as written) → value; see _entry


def _dictionary(keys: list[str], profile: LanguageProfile, *, stems: bool = False) -> re.Pattern[str]:
    """Anchored alternation over ``keys`` (longest first), ending at a word end; stems may continue."""
    if not keys:
        return NEVER
    parts = []
    for key in sorted(set(keys), key=len, reverse=True):
        body = re.escape(key).replace(r"\ ", r"[ \t\u00a0]+")
        if stems:
            body += r"[^\W\d_]*"
        if profile.spaced and (key[-1:].isalnum() or stems):
            body += r"(?![^\W_])"
        parts.append(body)
    clitics = "|".join(re.escape(c) for c in sorted(profile.clitic_prefixes, key=len, reverse=True))
    lead = f"(?:{clitics})?" if clitics else ""
    return re.compile(lead + "(?:" + "|".join(parts) + ")", re.IGNORECASE)


class _EndsWith:
    """Whether a text window ends with one of a list's entries (then a gap): the words right before a number.

    The pattern cannot skip ahead (it starts with a look-behind), so a search tries it at every position of the
    window. It is searched only when the window can end that way: a character a case-insensitive regex takes for
    an entry's last character stands right before the window's closing gap characters, or among them.
    """

    def __init__(self, entries: tuple[str, ...], profile: LanguageProfile, gap: str, gap_chars: str) -> None:
        self.pattern = NEVER
        if entries:
            self.pattern = re.compile("(?:" + cue_pattern(entries, profile).pattern + ")" + gap + "$", re.IGNORECASE)
        self._gap_chars = gap_chars
        bodies = [entry.rstrip("$").lower() for entry in entries]
        # An empty entry, or one ending in a space (any whitespace in the pattern), leaves nothing to check.
        checkable = bool(bodies) and all(body and not body.endswith(" ") for body in bodies)
        self._last = re.compile("[" + "".join(sorted({re.escape(body[-1]) for body in bodies})) + "]",
                                re.IGNORECASE) if checkable else None
        self._ends: dict[str, bool] = {}  # character → whether it may end an entry (bounded below)
        self._reversed = _reversed_pattern(entries, profile) if entries else NEVER

    def ends(self, window: str) -> bool:
        """Whether ``window`` (lower case) ends with an entry then a gap: what ``search(window)`` tells, read from
        the end.

        The entry must end where the window's closing gap characters begin, or among them (before a final line
        break too, as "$" allows). The reversed window is matched there, anchored, against the reversed entries,
        the word-start check becoming a look-ahead: a few anchored matches instead of a search at every position."""
        if self.pattern is NEVER or (self._last is not None and not self._may_end(window, 0, len(window))):
            return False
        match = self._reversed.match
        for end in (len(window), len(window) - 1) if window.endswith("\n") else (len(window),):
            at = end
            while True:
                if match(window[at - 1::-1] if at else "") is not None:
                    return True
                if at == 0 or window[at - 1] not in self._gap_chars:
                    break
                at -= 1
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.pattern is NEVER or (self._last is not None and not self._may_end(text, pos, end)):
            return None
        return self.pattern.search(text, pos, end)

    def _may_end(self, text: str, pos: int, end: int) -> bool:
        if end > pos and text[end - 1] == "\n":
            return True  # "$" also matches before a final line break: let the pattern decide
        at = end
        while at > pos and text[at - 1] in self._gap_chars:
            at -= 1
        ends, last = self._ends, self._last
        for ch in text[max(pos, at - 1):end]:
            known = ends.get(ch)
            if known is None:
                if len(ends) > 10_000:
                    ends.clear()
                known = ends[ch] = last is not None and last.fullmatch(ch) is not None
            if known:
                return True
        return False


def _reversed_pattern(entries: tuple[str, ...], profile: LanguageProfile) -> re.Pattern[str]:
    """``cue_pattern(entries, profile)`` for reversed text, anchored where an entry ends: each entry reversed, then
    an optional reversed clitic, then "no word character" (the original's look-behind at the entry's start). The
    word-end check of "$" entries is left out: a gap or the window's end follows the entry."""
    alternatives = [re.escape(entry.rstrip("$").lower()[::-1]).replace(r"\ ", r"\s+")
                    for entry in sorted(set(entries), key=len, reverse=True)]
    tail = ""
    if profile.spaced:
        clitics = "|".join(re.escape(c[::-1]) for c in sorted(profile.clitic_prefixes, key=len, reverse=True))
        tail = (f"(?:{clitics})?" if clitics else "") + r"(?![^\W_])"
    return re.compile("(?:" + "|".join(alternatives) + ")" + tail, re.IGNORECASE)


@per_profile
def matchers(profile: LanguageProfile) -> _Matchers:
    """Compiled dictionaries of ``profile``, built once per profile object."""
    lower: dict[str, dict[str, object]] = {
        "scale": {k.lower(): v for k, v in profile.scales.items()},
        "unit": {k.lower(): v for k, v in profile.units.items()},
        "prefix": {k.lower(): v for k, v in profile.unit_prefixes.items()},
        "counted": {k.lower(): v for k, v in profile.counted.items()},
        "number": {k.lower(): v for k, v in profile.number_words.items()},
        "dual": {k.lower(): v for k, v in profile.dual_nouns.items()},
        "month": {k.lower(): v for k, v in profile.months.items()},
    }
    number_scan = cue_scanner(tuple(lower["number"]), profile, whole=True)
    dual_scan = cue_scanner(tuple(lower["dual"]), profile, whole=True)
    cues = cues_for(profile)
    words = None
    if cues.merged is not None:  # the cue lists make a trie: so does the whole
        words = merged_scanner([entry for kind in MERGED_KINDS for entry in getattr(profile, f"{kind}_cues")]
                               + [key + "$" for key in (*lower["number"], *lower["dual"])], profile)
    return _Matchers(
        scale=_dictionary(list(lower["scale"]), profile),
        unit=_dictionary(list(lower["unit"]), profile),
        prefix=re.compile("(?:" + "|".join(re.escape(k) for k in sorted(lower["prefix"], key=len, reverse=True))
                          + r")[ \t\u00a0]*$", re.IGNORECASE) if lower["prefix"] else NEVER,
        counted=_dictionary(list(lower["counted"]), profile, stems=profile.counted_stems),
        skip_before=_EndsWith(profile.skip_before, profile, r"[ \t\u00a0:]*", " \t\u00a0:"),
        level_before=_EndsWith(profile.level_before, profile, r"[ \t\u00a0]*", " \t\u00a0"),
        time_after=cue_pattern(profile.time_words, profile),
        month=_dictionary(list(lower["month"]), profile),
        denominator=cue_pattern(profile.denominator_words, profile, whole=True),
        number_word=cue_pattern(tuple(lower["number"]), profile, whole=True),
        dual=cue_pattern(tuple(lower["dual"]), profile, whole=True),
        number_scan=number_scan,
        dual_scan=dual_scan,
        ordinal_suffix=re.compile("(?:" + "|".join(re.escape(s) for s in sorted(profile.ordinal_suffixes, key=len,
                                                                               reverse=True)) + r")(?![^\W_])",
                                  re.IGNORECASE) if profile.ordinal_suffixes else NEVER,
        compound=re.compile("(" + "|".join(re.escape(k) for k in sorted(lower["counted"], key=len, reverse=True)
                                           if " " not in k and len(k) >= 4) + r")[^\W\d_]{0,3}$")
        if profile.compound_heads and lower["counted"] else NEVER,
        words=words,
        word_scanners={**{kind: getattr(cues, kind) for kind in MERGED_KINDS}, "number": number_scan,
                       "dual": dual_scan},
        lower_keys=lower,
        memo={},
    )


def _lookup(table: dict[str, object], written: str, profile: LanguageProfile, *, stems: bool = False) -> object:
    """The value of the dictionary entry ``written`` matched (without clitics; stems by longest prefix)."""
    key = re.sub(r"\s+", " ", written.lower())
    if key in table:
        return table[key]
    for clitic in sorted(profile.clitic_prefixes, key=len, reverse=True):
        if key.startswith(clitic) and key[len(clitic):] in table:
            return table[key[len(clitic):]]
    if stems:
        best = max((k for k in table if _stem_of(key, k, profile)), key=len, default=None)
        if best is not None:
            return table[best]
    return None


def _remembered(m: _Matchers, key: tuple[str, str], compute: Callable[[], object]) -> object:
    """``compute()``, remembered per profile under ``key``: real reports repeat a few hundred scale words, units and
    nouns."""
    memo = m.memo
    if key not in memo:
        if len(memo) > 50_000:  # bounds memory on hostile input
            memo.clear()
        memo[key] = compute()
    return memo[key]


def _entry(m: _Matchers, kind: str, written: str, profile: LanguageProfile) -> object:
    """The value of the ``kind`` dictionary's entry ``written`` matched (see ``_lookup``)."""
    return _remembered(m, (kind, written), lambda: _lookup(m.lower_keys[kind], written, profile))


def _counted_label(m: _Matchers, written: str, profile: LanguageProfile) -> str | None:
    """The label of the counted noun ``written`` (a stem lookup, which walks the whole table)."""
    return cast("str | None", _remembered(m, ("counted stem", written),
                                          lambda: _lookup(m.lower_keys["counted"], written, profile, stems=True)))


def _stem_of(word: str, key: str, profile: LanguageProfile) -> bool:
    if word.startswith(key):
        return True
    return any(word.startswith(c + key) for c in profile.clitic_prefixes)


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: Decimal
    unit: str
    denominator: Decimal | None = None
    counted: str | None = None
    sign: str = ""
    number_start: int = 0
    number_end: int = 0
    scale: float | None = None
    has_unit: bool = False


def find_quantities(text: str, profile: LanguageProfile, *, codes: Sequence[tuple[int, int, object]] | None = None
                    ) -> list[Quantity]:
    """Every quantity in ``text`` (language ``profile``), in text order, with role, change, subject and period.

    ``codes``: ``find_codes(fold_digits(text))`` when the caller has it already (``extract`` shares it with the
    reference finder).
    """
    folded = fold_digits(text)
    runs = digit_runs(folded, profile.code)
    blocked = _blocked_spans(folded, find_codes(folded, runs) if codes is None else codes, runs)
    m = matchers(profile)
    quotes = _quoted_spans(folded)
    found: list[_Found] = []
    for run in _numeral_runs(folded, runs):
        if _inside(blocked, run.start()):
            continue
        numerals = read_numerals(run.group(), profile)
        skip_next = False
        for i, numeral in enumerate(numerals):
            if skip_next:
                skip_next = False
                continue
            start, end = run.start() + numeral.start, run.start() + numeral.end
            item = _read_figure(folded, start, end, numeral, profile, m)
            if item is None:
                continue
            if item.denominator is not None and i + 1 < len(numerals):
                skip_next = item.end >= run.start() + numerals[i + 1].start
            found.append(item)
    low = lowered(folded)
    hits = merged_hits(m.words, m.word_scanners, low, profile.spaced, profile.code)
    found.extend(_worded(folded, low, hits["number"], profile, m))
    found.extend(_duals(low, hits["dual"], profile, m))
    found = [f for f in found if not (f.unit == "count" and _inside(quotes, f.start))]
    found.sort(key=lambda f: f.start)
    found = _joined_scales(folded, _without_overlaps(found))
    return _interpret(text, folded, low, found, hits, profile, runs)


def _blocked_spans(text: str, codes: Sequence[tuple[int, int, object]], digit_runs: list[tuple[int, int]]
                   ) -> list[tuple[int, int]]:
    """Document codes, dates, clock times and year ranges, merged; ``digit_runs``: the text's runs of ``\\d``.

    The matches are those of each pattern's ``finditer``: every match begins at a digit run (the pattern's first
    digit may not follow a digit), and each pattern is tried, after its previous match, only at the runs whose
    length and next character it can go on with (DATE: up to 4 digits then "./-"; CLOCK: up to 2 then ":hg";
    YEAR_RANGE: 19xx or 20xx)."""
    spans = [(s, e) for s, e, _ in codes]
    date_from = clock_from = years_from = 0
    for start, end in digit_runs:
        digits, following = end - start, text[end:end + 1]
        if digits <= 4 and following and following in "./-" and start >= date_from:
            if (found := _DATE.match(text, start)) is not None:
                spans.append(found.span())
                date_from = found.end()
        if digits <= 2 and following and following in ":hg" and start >= clock_from:
            if (found := _CLOCK.match(text, start)) is not None:
                spans.append(found.span())
                clock_from = found.end()
        if digits == 4 and text[start:start + 2] in ("19", "20") and start >= years_from:
            if (found := _YEAR_RANGE.match(text, start)) is not None:
                spans.append(found.span())
                years_from = found.end()
    return _merged(spans)


def _numeral_runs(text: str, digit_runs: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``NUMERAL_RUN.finditer(text)``: each match begins at a digit run (the previous one ended at a run's end)."""
    resume = 0
    for start, _ in digit_runs:
        if start >= resume:
            run = NUMERAL_RUN.match(text, start)
            if run is not None:
                resume = run.end()
                yield run


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the merged, sorted ``spans``."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted passages (slogans, names), paired within a line; counts inside them are not facts."""
    spans = []
    opening: tuple[int, str] | None = None
    for q in _QUOTE_OR_LINE_END.finditer(text):  # one scan; a line end forgets the open quote
        ch, at = q.group(), q.start()
        if ch == "\n":
            opening = None
        elif opening is not None and (ch == _QUOTES.get(opening[1]) or (ch in "\"”" and opening[1] in "\"“„")):
            if at - opening[0] <= 200:
                spans.append((opening[0], at + 1))
            opening = None
        elif ch in _QUOTES:
            opening = (at, ch)
    return _merged(spans)


def _read_figure(text: str, start: int, end: int, numeral: Numeral, profile: LanguageProfile, m: _Matchers
                 ) -> _Found | None:
    """The figure whose numeral lies at [start, end), or None when the numeral is not a quantity."""
    before = text[max(0, start - 40):start]
    if _glued_to_name(text, start, end, profile) or _is_furniture(text, start, end):
        return None
    if m.skip_before.ends(before.lower()):
        return None
    if _month_before(before, m):
        return None
    after_at = _space_match(text, end).end()
    if profile.ordinal_suffixes and m.ordinal_suffix.match(text, end):
        return None
    if profile.ordinal_dot and _ordinal_dot(text, end, numeral, m):
        return None
    if m.month.match(text, after_at) or m.time_after.match(text, after_at) or _range_of_times(text, end, m):
        return None
    value, figure_end, denominator = numeral.value, end, None
    frac = _denominator(text, end, profile, m)
    if frac is not None:
        den_value, den_end = frac
        if den_value < value or den_value >= 1900 or numeral.value >= 1900:
            return None  # "8/2024" or "15/3" are dates, "2024/2025" a term
        denominator, figure_end = den_value, den_end
    scale, unit, counted, figure_end = _after(text, figure_end, profile, m, year_like=_is_year(numeral))
    if scale is None and unit is None and counted is None and denominator is None and _is_year(numeral):
        return None
    prefix = m.prefix.search(text, max(0, start - 6), start)
    fig_start = start
    if prefix is not None and unit is None:
        unit = cast("str | None", _entry(m, "prefix", prefix.group().strip(), profile))
        fig_start = prefix.start()
    sign = text[start - 1] if start > 0 and text[start - 1] in "+-−" and (start < 2 or not text[start - 2].isalnum()) \
        else ""
    if scale is not None:
        value = value * Decimal(repr(scale))
    return _Found(fig_start, figure_end, value, unit or "count", denominator, counted if not unit else None,
                  sign, start, end, scale, unit is not None or counted is not None)


def _range_of_times(text: str, end: int, m: _Matchers) -> bool:
    """"1~6월", "3–5 tháng": the first number of a range of months or years takes the second one's time word."""
    dash = _RANGE_DASH.match(text, end)
    if dash is None:
        return False
    after = _space_match(text, dash.end()).end()
    return bool(m.time_after.match(text, after) or m.month.match(text, after))


def _glued_to_name(text: str, start: int, end: int, profile: LanguageProfile) -> bool:
    """"COVID-19", "G20", "Anzeige_2", "4.0G": a numeral glued to letters is part of a name."""
    prev = text[start - 1] if start > 0 else " "
    if prev in "_/" or (prev.isascii() and prev.isalpha()):
        return True
    if prev in "-–" and start > 1 and text[start - 2].isalpha():
        return True
    nxt = text[end] if end < len(text) else " "
    return nxt == "_" or (nxt == "-" and end + 1 < len(text) and text[end + 1].isalpha()
                          )


def _is_furniture(text: str, start: int, end: int) -> bool:
    """"Kommentar (0)", "[3]": a number alone in brackets is page furniture."""
    if start > 0 and end < len(text) and text[start - 1] + text[end] in ("()", "[]"):
        return True
    return False


def _month_before(before: str, m: _Matchers) -> bool:
    words = before.rstrip().rsplit(None, 1)
    if not words:
        return False
    last = words[-1].rstrip(",")
    return bool(m.month.fullmatch(last))


def _ordinal_dot(text: str, end: int, numeral: Numeral, m: _Matchers) -> bool:
    """German/Polish "14. Parteitag", "8. Dezember": an integer, a dot, then a word."""
    if end >= len(text) or text[end] != "." or numeral.grouped or numeral.decimals or numeral.value >= 1000:
        return False
    nxt = _space_match(text, end + 1).end()
    if nxt == end + 1 or nxt >= len(text) or not text[nxt].isalpha():
        return False
    return not (m.scale.match(text, nxt) or m.unit.match(text, nxt) or m.counted.match(text, nxt))


def _is_year(numeral: Numeral) -> bool:
    return not numeral.grouped and not numeral.decimals and 1900 <= numeral.value <= 2100 and \
        numeral.value == numeral.value.to_integral_value()


def _denominator(text: str, end: int, profile: LanguageProfile, m: _Matchers) -> tuple[Decimal, int] | None:
    """"16,9/19" or "39 von 67": the denominator's value and end."""
    slash = _FRACTION.match(text, end)
    at = None
    if slash is not None and slash.group():
        at = slash.end()
    else:
        gap = _space_match(text, end).end()
        word = m.denominator.match(text, gap)
        if word is not None and gap > end:
            at = _space_match(text, word.end()).end()
    if at is None:
        return None
    run = NUMERAL_RUN.match(text, at)
    if run is None:
        return None
    numerals = read_numerals(run.group(), profile)
    first = numerals[0]
    if text[run.start() + first.end:run.start() + first.end + 1] == "/":
        return None  # a date "27/11/2023"
    return first.value, run.start() + first.end


def _after(text: str, end: int, profile: LanguageProfile, m: _Matchers, *, year_like: bool = False
           ) -> tuple[float | None, str | None, str | None, int]:
    """Scale, unit and counted noun after a numeral, and where the figure ends."""
    scale: float | None = None
    at = _space_match(text, end).end()
    found = m.scale.match(text, at)
    if found is not None:
        scale = cast("float | None", _entry(m, "scale", found.group(), profile))
        end, at = found.end(), _space_match(text, found.end()).end()
    found = m.unit.match(text, at) or (m.unit.match(text, end) if end == at else None)
    if found is None and text[end:end + 1] in "%":
        found = m.unit.match(text, end)
    if found is not None:
        unit = cast("str | None", _entry(m, "unit", found.group(), profile))
        return scale, unit, None, found.end()
    counted, end = _counted_after(text, end, profile, m, words=1 if year_like else 3)
    return scale, None, counted, end


def _counted_after(text: str, end: int, profile: LanguageProfile, m: _Matchers, *,
                   words: int = 3) -> tuple[str | None, int]:
    """The counted noun within the next ``words`` words, or None.

    Adjectives may come between ("25 secondary investment projects"); a short word (article, preposition:
    "die", "in") ends the search unless the counted noun follows it ("millions de touristes").
    """
    at = end
    for _ in range(words):
        at = _space_match(text, at).end()
        if at > len(text) - 1:
            break
        found = m.counted.match(text, at)
        if found is not None:
            return _counted_label(m, found.group(), profile), found.end()
        word = _WORD.match(text, at)
        if word is None or m.time_after.match(text, at):
            break
        if profile.spaced and len(word.group()) <= 3 and not _counted_next(text, word.end(), m):
            break
        if profile.compound_heads:
            label = _compound_head(word.group(), profile, m)
            if label is not None:
                return label, word.end()
        at = word.end()
    return None, end


def _counted_next(text: str, at: int, m: _Matchers) -> bool:
    """A counted noun is the next word: the short word before it links ("millions de touristes")."""
    return m.counted.match(text, _space_match(text, at).end()) is not None


def _compound_head(word: str, profile: LanguageProfile, m: _Matchers) -> str | None:
    """"Investitionsprojekte" ends with the counted stem "projekt" (plus an inflection of up to three letters)."""
    def head() -> object:
        found = m.compound.search(word.lower().rstrip("."))
        return None if found is None or found.start() == 0 else _entry(m, "counted", found.group(1), profile)

    return cast("str | None", _remembered(m, ("compound", word), head))


def _worded(text: str, low: str, words: Hits, profile: LanguageProfile, m: _Matchers) -> list[_Found]:
    """Numbers written as words ("drei ausländische Unternehmen") when a counted noun, scale or unit follows.

    ``words``: the number words found in ``low``, ``text`` passed through ``lowered()``."""
    out = []
    for start, word_end in zip(words.starts, words.ends, strict=True):
        value = _entry(m, "number", low[start:word_end], profile)
        after = _space_match(text, word_end).end()
        if value is None or m.time_after.match(text, after) or m.month.match(text, after):
            continue  # "nine months", "drei Jahre": a duration
        scale, unit, counted, end = _after(text, word_end, profile, m)
        if unit is None and counted is None:
            continue
        amount = Decimal(repr(value)) * (Decimal(repr(scale)) if scale else 1)
        out.append(_Found(start, end, amount, unit or "count", None, counted, "", start, word_end))
    return out


def _duals(low: str, duals: Hits, profile: LanguageProfile, m: _Matchers) -> list[_Found]:
    """Arabic dual nouns ("مشروعين", two projects): the noun carries the number two (``duals``: found in ``low``,
    see ``_worded``)."""
    out = []
    for start, end in zip(duals.starts, duals.ends, strict=True):
        label = _entry(m, "dual", low[start:end], profile)
        if label is not None:
            out.append(_Found(start, end, Decimal(2), "count", None, str(label), "", start, end))
    return out


def _only_spaces(text: str, start: int, end: int) -> bool:
    return start <= end and _space_match(text, start).end() >= end


def _joined_scales(text: str, found: list[_Found]) -> list[_Found]:
    """"4億2800万ドル": a figure with a larger scale word glued to the next one is one number (428 million)."""
    out: list[_Found] = []
    for item in found:
        prev = out[-1] if out else None
        if (prev is not None and _only_spaces(text, prev.end, item.start) and prev.scale and item.scale
                and prev.scale > item.scale and not prev.has_unit and prev.denominator is None):
            out[-1] = _Found(prev.start, item.end, prev.value + item.value, item.unit, None, item.counted, prev.sign,
                             prev.number_start, item.number_end, item.scale, item.has_unit)
        else:
            out.append(item)
    return out


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    kept: list[_Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def _interpret(text: str, folded: str, low: str, found: list[_Found], hits: dict[str, Hits],
               profile: LanguageProfile, digit_runs: list[tuple[int, int]]) -> list[Quantity]:
    """Role, change, counted noun from context, subject and period for each figure (``hits``: the cue words)."""
    if not found:
        return []
    segments = segment(folded, profile)
    roles = _roles(folded, found, segments, hits, profile)
    places = find_place_mentions(text, profile)
    periods = Periods(low, profile, digit_runs)
    year = periods.document_year()
    carried: tuple[int, str | None] = (-1, None)  # (paragraph, period) carried to later sentences
    out = []
    for item, (role, change) in zip(found, roles, strict=True):
        clause = segments.span(segments.clauses, item.number_start)
        sentence = segments.span(segments.sentences, item.number_start)
        counted = item.counted
        near = max(clause[0], item.number_start - LOOK_BACK)
        if item.unit == "count" and counted is None:
            counted = _counted_before(folded, near, item.number_start, profile)
        subject = places.before(sentence[0], item.start) or places.main
        paragraph = segments.index(segments.paragraphs, item.number_start)
        period = periods.near(sentence, item.number_start, year)
        if period is None:
            period = carried[1] if carried[0] == paragraph else year
        carried = (paragraph, period)
        out.append(Quantity(
            start=item.start, end=item.end, text=text[item.start:item.end], value=float(item.value),
            unit=item.unit, denominator=float(item.denominator) if item.denominator is not None else None,
            counted=counted, role=role, is_change=change or item.sign in "+-−" and bool(item.sign),
            subject=subject, indicator=_indicator(text, near, item.start, counted),
            period=period,
        ))
    return out


def _counted_before(text: str, start: int, end: int, profile: LanguageProfile) -> str | None:
    m = matchers(profile)
    label: str | None = None
    for word in _WORD.finditer(text, start, end):
        hit = m.counted.match(text, word.start())
        if hit is not None:
            label = _counted_label(m, hit.group(), profile)
        elif profile.compound_heads:
            label = _compound_head(word.group(), profile, m) or label
    return label


def _indicator(text: str, clause_start: int, at: int, counted: str | None) -> str | None:
    words = _WORD.findall(text, clause_start, at)
    label = " ".join(words[-6:]).strip()
    return label or counted


def _roles(text: str, found: list[_Found], segments: Segments, hits: dict[str, Hits],
           profile: LanguageProfile) -> list[tuple[str, bool]]:
    """Role and change of each figure, from cue words.

    Role: a cue in the figure's clause decides (nearest before it, else the nearest after it); else a cue in its
    sentence; else the paragraph's open target list. A sentence whose figures are targets opens a target list that
    later sentences of the paragraph continue (reports list targets as "X reaches Y; Z reaches W"), until a
    sentence brings an expected or actual cue. Without any cue a figure is actual.
    Change: a change cue in the figure's clause, or in the clause just before when that clause has no figure of
    its own and the figure is a percentage ("strong growth, estimated at 16.5%").
    """
    out: list[tuple[str, bool]] = []
    frame_paragraph, frame_open = -1, False
    level = matchers(profile).level_before
    figure_clauses = {segments.index(segments.clauses, f.number_start) for f in found}
    for item in found:
        at = item.number_start
        paragraph = segments.index(segments.paragraphs, at)
        if paragraph != frame_paragraph:
            frame_paragraph, frame_open = paragraph, False
        clause = segments.span(segments.clauses, at)
        sentence = segments.span(segments.sentences, at)
        role = _cue_role(hits, clause, at) or _cue_role(hits, sentence, at)
        if role == "target":
            frame_open = True
        elif role in ("expected", "actual"):
            frame_open = False
        elif frame_open:
            role = "target"
        change = hits["change"].any_within(*clause)
        if change and level.search(text, max(clause[0], item.start - 24), item.start):
            change = False  # "rose to 7%": the level reached, not the change
        if not change and item.unit == "percent":
            ci = segments.index(segments.clauses, at)
            if ci > 0 and ci - 1 not in figure_clauses:
                prev = (segments.clauses[ci - 1], segments.clauses[ci])
                change = prev[0] >= sentence[0] and hits["change"].any_within(*prev)
        out.append((role or "actual", change))
    return out


def _cue_role(hits: dict[str, Hits], span: tuple[int, int], at: int) -> str | None:
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    for kind in ("target", "expected", "actual"):
        last, first = hits[kind].nearest(span[0], span[1], at)
        if last is not None:
            before.append((last, kind))
        if first is not None:
            after.append((first, kind))
    if before:
        return max(before)[1]
    if after:
        return min(after)[1]
    return None

"""The text around a figure: segments (paragraphs, sentences, clauses), cue words, and the subject and period.

Everything is computed once per text and looked up by offset, so the cost stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, wraps
from itertools import accumulate, compress, pairwise

# The regex parser, read to list the beginnings of a pattern (see Prefiltered).
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

from chitieu.core.extraction import numbers, places
from chitieu.core.extraction.languages.base import LanguageProfile

_T = TypeVar("_T")
_WORD_CHAR = r"[^\W_]"
#: A pattern that never matches. It starts with a literal, so a scan skips the text at once ("(?!x)x" would be
#: tried at every position).
NEVER = re.compile("\uffff(?<!\uffff)")


def cue_pattern(entries: tuple[str, ...] | list[str], profile: LanguageProfile, *,
                whole: bool = False) -> re.Pattern[str]:
    """One alternation matching any entry at a word start (stem match; a trailing "$" or ``whole`` wants a word end).

    Arabic-style proclitics from the profile may precede the entry. Longer entries are tried first.
    """
    alternatives = []
    for entry in sorted(set(entries), key=len, reverse=True):
        ends_word = whole or entry.endswith("$")
        body = re.escape(entry.rstrip("$").lower()).replace(r"\ ", r"\s+")
        if ends_word and profile.spaced:
            body += rf"(?!{_WORD_CHAR})"
        alternatives.append(body)
    if not alternatives:
        return NEVER
    clitics = "|".join(re.escape(c) for c in sorted(profile.clitic_prefixes, key=len, reverse=True))
    lead = rf"(?<!{_WORD_CHAR})" if profile.spaced else ""
    if clitics and profile.spaced:
        lead = rf"(?:(?<!{_WORD_CHAR})(?:{clitics})?)"
    return re.compile(lead + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


# Letters a case-insensitive regex takes for another letter although their lower case differs ("ſ" for "s").
_REGEX_FOLDS = {"ı": "i", "ſ": "s"}
_REGEX_FOLDED_TABLE = str.maketrans(_REGEX_FOLDS)


def lowered(text: str) -> str:
    """``text`` in lower case with every character kept in place (same length), for the scanners below.

    ``str.lower`` lengthens a handful of characters ("İ" becomes "i̇"); those keep their first lower-case letter,
    which is what a case-insensitive regex compares them with (as "ı" and "ſ" are compared as "i" and "s").
    """
    global _last_lowered
    last = _last_lowered
    if last[0] is text:  # figures, people and references all read the same text
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    # "in" looks for one character at C speed; a regex class would be checked at every position.
    if not low.isascii() and any(ch in low for ch in _REGEX_FOLDS):
        low = low.translate(_REGEX_FOLDED_TABLE)
    _last_lowered = (text, low)
    return low


_last_lowered: tuple[str | None, str] = (None, "")  # the last text lowered and its result (one: bounded memory)


class Prefiltered:
    """A regex whose matches are looked for only where one of its possible beginnings stands.

    Word lists written as regexes (positions, honorifics, document words) make alternations that a case-
    insensitive regex engine tries one by one at every position of the text. Here the first few letters every
    match can begin with are read off the pattern once; a trie of them finds the candidate positions in the
    lower-cased text, and the full pattern is tried only there. The matches are those of ``pattern.finditer``.
    A pattern whose beginnings cannot be listed (a class like ``\\w`` first) is scanned as before.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        beginnings = _beginnings(pattern)
        self._scan = None
        self._token_scan: re.Pattern[str] | None = None
        if beginnings is not None:
            before = _word_start_check(pattern)
            self._scan = re.compile(_emit_starts(_trie(dict.fromkeys(beginnings, False)), before))
            self._token_scan = token_scan(beginnings, before)

    def finditer(self, text: str, low: str, group: str | None = None) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text``, in order, without overlaps; ``low`` is ``lowered(text)``.

        ``group`` (a language code) lets the candidates come from that group's one pass over the text's tokens
        (see ``WordGroup``) instead of a scan of the text."""
        if self._scan is None:
            yield from self.pattern.finditer(text)
            return
        resume = 0
        candidates: Iterable[int] | None = None
        if group is not None and self._token_scan is not None:
            candidates = word_starts(low, group, self._token_scan)
        if candidates is None:
            candidates = (candidate.start() for candidate in self._scan.finditer(low))
        for at in candidates:
            if at < resume:
                continue
            found = self.pattern.match(text, at)
            if found is not None:
                yield found
                resume = max(found.end(), at + 1)


@cache
def prefiltered(pattern: re.Pattern[str]) -> Prefiltered:
    """``pattern`` scanned only where its matches can begin (built once per pattern)."""
    return Prefiltered(pattern)


# --- word lists read token by token ------------------------------------------------------------------------
# A scanner of beginnings (``_emit_starts``) costs a regex scan of the whole text per word list, and the regex
# engine enters the pattern at nearly every letter. The lists of one language (positions, honorifics, document
# words, the role and change cues) are instead looked up together: each distinct whitespace-separated token is
# read once by every list of its language (remembered across texts: reports share most of their words), and one
# pass over the text's tokens hands each list the offsets of its beginnings.


def token_scan(beginnings: set[str], before: str) -> re.Pattern[str] | None:
    """The scanner of ``beginnings`` (word-start check ``before``) for reading tokens: each beginning is cut at its
    first whitespace, which only adds candidates. A token then holds every candidate the scanner finds inside it in
    the text: the look-ahead never needs the next token, and the look-behind (a word class) reads a token's start
    as it reads the whitespace before it. None when a beginning starts with whitespace."""
    cut = {_WHITESPACE.split(beginning, maxsplit=1)[0] for beginning in beginnings}
    if "" in cut:
        return None
    return re.compile(_emit_starts(_trie(dict.fromkeys(cut, False)), before))


class TokenIndex:
    """The tokens of one lower-cased text and where they start: the pieces between single spaces (line breaks read
    as spaces), from ``str.split`` and ``itertools.accumulate``, both far cheaper than a regex scan.

    A piece may hold other whitespace (a tab, a no-break space) or be empty (two spaces): a token scanner finds
    in it what it finds there in the text all the same, since a beginning holds no whitespace."""

    def __init__(self, low: str) -> None:
        self.low = low
        self.tokens = low.replace("\n", " ").split(" ")
        # Piece i starts after the pieces before it and their i separators: at before[i] + i.
        self.before = list(accumulate(map(len, self.tokens), initial=0))
        self.distinct = set(self.tokens)
        self.passes: dict[str, list[list[int]]] = {}  # group → the offsets of each of its lists' beginnings


class WordGroup:
    """The token scanners of one language, read together (see ``word_starts``)."""

    def __init__(self) -> None:
        self.scans: list[re.Pattern[str]] = []
        self.number: dict[re.Pattern[str], int] = {}
        self._hits: dict[str, tuple[tuple[int, tuple[int, ...]], ...]] = {}  # token → (scan number, offsets)...
        self._plain: set[str] = set()  # tokens holding no beginning of any scan
        self._adding = threading.Lock()

    def add(self, scan: re.Pattern[str]) -> int:
        """The number of ``scan`` in the group (added when new: the tokens read so far are read again). The
        tables are replaced, not changed, so that a reading under way in another thread keeps its own."""
        number = self.number.get(scan)
        if number is None:
            with self._adding:  # two threads adding scans at once must not take the same number
                number = self.number.get(scan)
                if number is None:
                    self.scans = [*self.scans, scan]
                    self._hits, self._plain = {}, set()
                    number = self.number[scan] = len(self.scans) - 1
        return number

    def read(self, index: TokenIndex) -> list[list[int]]:
        """The sorted offsets in ``index.low`` where each scan matches, in one pass over the tokens."""
        scans, hits, plain = self.scans, self._hits, self._plain
        new = index.distinct - plain
        new.difference_update(hits.keys())
        if len(hits) + len(plain) + len(new) > _TOKEN_CACHE:  # bounds memory on endless distinct tokens
            self._hits, self._plain = hits, plain = {}, set()
            new = set(index.distinct)
        if new:
            self._learn(list(new), scans, hits, plain)
        wanted = index.distinct & hits.keys()
        tokens, before = index.tokens, index.before
        out: list[list[int]] = [[] for _ in scans]
        for i in compress(range(len(tokens)), map(wanted.__contains__, tokens)):
            at = before[i] + i
            for number, offsets in hits[tokens[i]]:
                if offsets == _AT_START:  # most tokens hold one beginning, at their start
                    out[number].append(at)
                else:
                    out[number].extend(at + offset for offset in offsets)
        return out


    @staticmethod
    def _learn(new: list[str], scans: list[re.Pattern[str]], hits: dict[str, tuple[tuple[int, tuple[int, ...]], ...]],
               plain: set[str]) -> None:
        """Read tokens not seen before: each scan runs once over them joined by spaces (a token's start follows a
        space there as in the text), and each match is given to its token."""
        joined = " ".join(new)
        starts = [length + i for i, length in enumerate(accumulate(map(len, new), initial=0))]
        found: dict[int, dict[int, list[int]]] = {}
        for number, scan in enumerate(scans):
            for match in scan.finditer(joined):
                at = match.start()
                k = bisect.bisect_right(starts, at) - 1
                found.setdefault(k, {}).setdefault(number, []).append(at - starts[k])
        for k, token in enumerate(new):
            entry = found.get(k)
            if entry is None:
                plain.add(token)
            else:
                hits[token] = tuple((number, tuple(offsets)) for number, offsets in sorted(entry.items()))


def word_starts(low: str, group: str, scan: re.Pattern[str]) -> list[int] | None:
    """Where the token scanner ``scan`` matches in ``low``, read with the other scanners of ``group`` (a language
    code) in one pass over the text's tokens; None when the text has too few spaces for tokens to pay (Chinese,
    Japanese, a run of characters without spaces)."""
    index = _token_index(low)
    if index is None:
        return None
    words = _GROUPS.get(group)
    if words is None:
        words = _GROUPS[group] = WordGroup()
    number = words.add(scan)
    read = index.passes.get(group)
    if read is None or number >= len(read):  # a scanner new to the group: read again with it
        read = index.passes[group] = words.read(index)
    return read[number]


def digit_runs(folded: str, group: str) -> list[tuple[int, int]]:
    """``numbers.digit_runs(folded)``, read with the word lists of ``group`` (a language code) in its token pass
    when the text has spaces: a run begins at a digit after a non-digit and ends after a digit before one, and no
    run holds whitespace. The lower-cased text has the same digits in the same places."""
    low = lowered(folded)
    starts = word_starts(low, group, _DIGIT_RUN_START)
    lasts = word_starts(low, group, _DIGIT_RUN_LAST) if starts is not None else None
    if starts is None or lasts is None:
        return numbers.digit_runs(folded)
    return [(start, last + 1) for start, last in zip(starts, lasts, strict=True)]


_DIGIT_RUN_START = re.compile(r"\d(?<!\d\d)")
_DIGIT_RUN_LAST = re.compile(r"\d(?!\d)")


def _token_index(low: str) -> TokenIndex | None:
    """The token index of ``low``, remembered for the last text."""
    global _last_index
    last = _last_index
    if last is not None and last.low is low:
        return last
    if low.count(" ") * _CHARS_PER_SPACE < len(low):
        return None
    _last_index = TokenIndex(low)
    return _last_index


_GROUPS: dict[str, WordGroup] = {}
_last_index: TokenIndex | None = None
_CHARS_PER_SPACE = 20  # running text in a spaced language has a space every six or seven characters
_TOKEN_CACHE = 200_000  # distinct tokens remembered per group; a report has a few thousand
_AT_START = (0,)
_WHITESPACE = re.compile(r"\s")


_BEGINNING = 6  # letters of a match's beginning used to find candidates (with 3, most candidates were no match)
_MAX_BEGINNINGS = 4000
_STOP = (None, None)  # what follows is unknown


def _beginnings(pattern: re.Pattern[str]) -> set[str] | None:
    """Lower-case strings, one of which begins every match of ``pattern``; None when there is no such small set."""
    out: set[str] = set()
    try:
        tree = list(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an internal parser that changed: fall back to plain scanning
        return None
    if not _expand(tree, "", out, [_MAX_STEPS]) or "" in out:
        return None
    return out


_MAX_STEPS = 50_000  # many optional parts in a row multiply the ways through a pattern: give up rather than wait


def _expand(items: list[Any], prefix: str, out: set[str], steps: list[int]) -> bool:
    """Add to ``out`` the beginnings of the sequence ``items`` after ``prefix``; False when there are too many."""
    c = _sre_constants
    steps[0] -= 1
    if steps[0] < 0:
        return False
    for i, (op, av) in enumerate(items):
        if len(prefix) >= _BEGINNING or op is None:
            break
        rest = items[i + 1:]
        if op is c.LITERAL:
            prefix += _low_char(chr(av))
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        elif op is c.IN:
            chars = _class_chars(av)
            if chars is None:
                break
            return all(_expand(rest, prefix + ch, out, steps) for ch in chars)
        elif op is c.BRANCH:
            return all(_expand(list(alt) + rest, prefix, out, steps) for alt in av[1])
        elif op is c.SUBPATTERN:
            return _expand(list(av[-1]) + rest, prefix, out, steps)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            low, high, body = av
            after = rest if high == 1 else [_STOP]
            once = _expand(list(body) + after, prefix, out, steps)
            return once and (low > 0 or _expand(rest, prefix, out, steps))
        else:
            break
    out.add(prefix)
    return len(out) <= _MAX_BEGINNINGS


def _class_chars(items: list[Any]) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is _sre_constants.LITERAL:
            chars.append(chr(av))
        elif op is _sre_constants.RANGE and av[1] - av[0] < 16:
            chars.extend(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
    return sorted({_low_char(ch) for ch in chars})


def _low_char(ch: str) -> str:
    """A character as ``lowered()`` writes it."""
    low = ch.lower()[:1] or ch
    return _REGEX_FOLDS.get(low, low)


def _emit_starts(node: _Trie, before: str = "") -> str:
    """A scanner that consumes one character and looks ahead for the rest, so that overlapping beginnings
    ("sek" inside "...sekr") are all found. ``before``: a class the character before a match may not be in
    (checked last, once the beginning is there, so that the scanner still starts with a literal)."""
    options = []
    for ch, child in sorted(node[0].items()):
        rest = _emit(child)
        first = re.escape(ch)
        check = f"(?<!{before}{first})" if before else ""
        options.append(first + (f"(?={rest})" if rest else "") + check)
    return _group(options)


# A pattern that starts with "no word character before" ("(?<!\w)", Arabic "(?<![^\W\d_و])"): the scanner can
# check it too. Only classes made of \w, \W, \d, _ and caseless letters qualify: lower-casing changes the
# case of a character, never whether it is a letter, digit or "_", so the check reads the same on both texts.
_LEADING_CLASS = re.compile(r"\(\?<!(\\w|\[\^\\W(?:\\d)?_([^\]\\]*)\])\)")


def _word_start_check(pattern: re.Pattern[str]) -> str:
    """The class of the pattern's leading "not after" check, when the scanner may check it too, else ""."""
    found = _LEADING_CLASS.match(pattern.pattern)
    if found is None or pattern.flags & re.ASCII or any(ch.lower() != ch or ch.upper() != ch
                                                        for ch in found.group(2) or ""):
        return ""
    try:  # the check must hold for every match: it comes first in the pattern, not in one of its alternatives
        first = list(_sre_parser.parse(pattern.pattern, pattern.flags))[0]
    except Exception:
        return ""
    return found.group(1) if first[0] is _sre_constants.ASSERT_NOT and first[1][0] == -1 else ""


def cue_scanner(entries: tuple[str, ...] | list[str], profile: LanguageProfile, *,
                whole: bool = False) -> re.Pattern[str]:
    """The matches of ``cue_pattern(entries, profile, whole=whole)``, for a text passed through ``lowered()``.

    Built for scanning a whole text: the entries form a trie, so that at each position at most one path can go
    on, and the pattern starts with a literal character (the word-start check comes right after it), which lets
    the regex engine skip positions where no entry can begin without entering the pattern. Matching stays
    case-sensitive on lower-case text, so that skip is not disabled.
    """
    words: dict[str, bool] = {}  # entry → needs a word end
    for entry in entries:
        body = entry.rstrip("$").lower()
        if not body:
            return re.compile(cue_pattern(entries, profile, whole=whole).pattern)
        ends_word = (whole or entry.endswith("$")) and profile.spaced
        words[body] = words.get(body, True) and ends_word
    if not words:
        return NEVER
    trie = _trie(words)
    if not profile.spaced:
        return re.compile(_emit(trie))
    full = _emit(trie)
    clitics = sorted(set(profile.clitic_prefixes), key=len, reverse=True)
    firsts = {c[0] for c in clitics} | set(trie[0])
    branches = []
    for first in sorted(firsts):
        options = [_token(c[1:]) + full for c in clitics if c[0] == first]
        if first in trie[0]:
            options.append(_emit(trie[0][first]))
        start = _token(first)
        branches.append(start + _next_chars(first, trie, clitics) + rf"(?<!{_WORD_CHAR}{start})" + _group(options))
    return re.compile(_group(branches))


def _next_chars(first: str, trie: _Trie, clitics: list[str]) -> str:
    """A look-ahead for the characters that can follow ``first`` in an entry or a clitic, checked before the
    word-start look-behind because it fails sooner (most letters are followed by none of them); "" when an entry
    or clitic may end at ``first`` or go on with a space."""
    node = trie[0].get(first)
    nexts = [c[1:2] for c in clitics if c[0] == first]
    if node is not None:
        if node[1][0] is not None:
            return ""
        nexts.extend(node[0])
    if not nexts or "" in nexts or " " in nexts:
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(set(nexts))) + "])"


_Trie = tuple[dict[str, "_Trie"], list[bool | None]]  # children, [None | needs a word end]


def _trie(words: dict[str, bool]) -> _Trie:
    root: _Trie = ({}, [None])
    for word, ends_word in words.items():
        node = root
        for ch in word:
            node = node[0].setdefault(ch, ({}, [None]))
        node[1][0] = ends_word
    return root


def _token(chars: str) -> str:
    return "".join(r"\s+" if ch == " " else re.escape(ch) for ch in chars)


def _emit(node: _Trie) -> str:
    """The node's continuations, longer first (each child starts with a different character, so at most one fits),
    then the end of an entry here."""
    options = [_token(ch) + _emit(child) for ch, child in sorted(node[0].items())]
    if node[1][0] is not None:
        options.append(rf"(?!{_WORD_CHAR})" if node[1][0] else "")
    return _group(options)


def _group(options: list[str]) -> str:
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled cue matchers of one profile, for a text passed through ``lowered()`` (see ``cue_scanner``)."""

    target: re.Pattern[str]
    expected: re.Pattern[str]
    actual: re.Pattern[str]
    change: re.Pattern[str]
    period: re.Pattern[str]
    comparison: re.Pattern[str]
    period_values: dict[str, str | None] = field(default_factory=dict)  # period cue as written → its value
    # Every target, expected, actual and change cue in one scanner (see merged_hits); None when one of those
    # scanners is not a trie (an empty entry).
    merged: re.Pattern[str] | None = None
    spaced: bool = True  # the profile's: cues begin after a non-letter


def per_profile(build: Callable[[LanguageProfile], _T]) -> Callable[[LanguageProfile], _T]:
    """``build`` run once per profile object: profiles hold dicts, so they cannot be cache keys themselves."""
    built: dict[int, tuple[LanguageProfile, _T]] = {}

    @wraps(build)
    def cached(profile: LanguageProfile) -> _T:
        hit = built.get(id(profile))
        if hit is not None and hit[0] is profile:
            return hit[1]
        value = build(profile)
        built[id(profile)] = (profile, value)
        return value

    return cached


@per_profile
def cues_for(profile: LanguageProfile) -> Cues:
    """The compiled cue matchers of ``profile`` (compiled once per profile object)."""
    return Cues(
        target=cue_scanner(profile.target_cues, profile),
        expected=cue_scanner(profile.expected_cues, profile),
        actual=cue_scanner(profile.actual_cues, profile),
        change=cue_scanner(profile.change_cues, profile),
        period=cue_scanner(tuple(profile.period_cues), profile),
        comparison=cue_scanner(profile.comparison_cues, profile),
        merged=_merged_scanner(profile),
        spaced=profile.spaced,
    )


# Sentence ends are runs of end punctuation (before a space or the end) and line breaks. Each pattern starts
# with a character class so that the regex engine skips to candidates; the clause end is one pattern whose
# alternatives, told apart by their first character, are ", " | "،" | "、" | "，" | ": " | "：" | "(" | ")" | " – " |
# " + ". The dash alternative starts at the dash and looks back for its space (starting at the space, the
# pattern was tried at every space); see _clause_ends.
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;؛؟。！？；][.!?;؛؟。！？；]*(?=\s|$)")
_CLAUSE_END = re.compile(r"[,:،、，：()–—+-](?:(?<=[,:])\s|(?<=[،、，：()])|(?<=\s[–—+-])\s)")
_DASHES = "–—+-"
_ABBREVIATION = re.compile(r"(?:^|\W)(?:\w{1,3}|\d+)\.$")


@dataclass(frozen=True, slots=True)
class Segments:
    """Boundaries of paragraphs, sentences and clauses, as sorted start offsets."""

    paragraphs: list[int]
    sentences: list[int]
    clauses: list[int]
    length: int

    def span(self, starts: list[int], offset: int) -> tuple[int, int]:
        """The (start, end) of the segment of kind ``starts`` holding ``offset``."""
        i = bisect.bisect_right(starts, offset) - 1
        end = starts[i + 1] if i + 1 < len(starts) else self.length
        return starts[i], end

    def index(self, starts: list[int], offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1


def segment(text: str, profile: LanguageProfile) -> Segments:
    """Split ``text`` into paragraphs (lines), sentences (also at ";") and clauses (also at commas and dashes).

    A dot after a short token or a number ("Nr.", "Mio.", "8. November") does not end a sentence.
    """
    paragraphs = [0] + _line_starts(text)
    sentences = [0]
    for m in _SENTENCE_PUNCTUATION.finditer(text):
        if m.end() - m.start() == 1 and text[m.start()] == "." and _ABBREVIATION.search(text, max(0, m.start() - 6),
                                                                                          m.end()):
            continue
        sentences.append(m.end())
    sentences = sorted(sentences + paragraphs[1:])
    clauses = sorted(set(sentences).union(_clause_ends(text)))
    return Segments(paragraphs, sorted(set(sentences)), clauses, len(text))


def _clause_ends(text: str) -> list[int]:
    """The ends of the matches of the clause-end pattern written with its space first: a space-dash-space whose
    space ends the match before (", – ") is not one, as that pattern resumed after the space."""
    out: list[int] = []
    previous_end = 0
    for m in _CLAUSE_END.finditer(text):
        start = m.start()
        if text[start] in _DASHES and start - 1 < previous_end:
            continue
        previous_end = m.end()
        out.append(previous_end)
    return out


def _line_starts(text: str) -> list[int]:
    """Offsets just after each line break (str.find runs at C speed)."""
    out = []
    at = text.find("\n")
    while at >= 0:
        out.append(at + 1)
        at = text.find("\n", at + 1)
    return out


MERGED_KINDS = ("target", "expected", "actual", "change")


def _merged_scanner(profile: LanguageProfile) -> re.Pattern[str] | None:
    return merged_scanner([entry for kind in MERGED_KINDS for entry in getattr(profile, f"{kind}_cues")], profile)


def merged_scanner(entries: list[str], profile: LanguageProfile) -> re.Pattern[str] | None:
    """One ``cue_scanner`` over the entries of several lists (a "$" at an entry's end asks for a word end), for
    ``merged_hits``; None when an entry is empty (its list's scanner is not a trie)."""
    if not all(entry.rstrip("$") for entry in entries):
        return None
    return cue_scanner(tuple(entries), profile)


def merged_hits(merged: re.Pattern[str] | None, scanners: Mapping[str, re.Pattern[str]], low: str,
                spaced: bool, group: str | None = None) -> dict[str, Hits]:
    """``Hits.find`` of each of ``scanners`` (``cue_scanner``s of one profile) in ``low``, with one scan of the
    text: ``merged`` is the ``merged_scanner`` of all their entries.

    The merged scanner matches wherever one of the scanners does, unless that place lies inside a match it found
    already. So the places where a scanner may match are the merged matches' starts and, inside each merged
    match, the places where an entry may begin (after a non-letter in a spaced language, anywhere otherwise);
    each scanner is tried there, and its hits are chained without overlaps as ``finditer`` chains them.
    """
    if merged is None:
        return {kind: Hits.find(pattern, low) for kind, pattern in scanners.items()}
    candidates: list[int] = []
    if spaced:
        scan = _merged_token_scan(merged) if group is not None else None
        starts = word_starts(low, group, scan) if group is not None and scan is not None else None
        if starts is not None:  # word starts where an entry may begin; the merged scanner matches at some
            match = merged.match
            candidates = [at for at in starts if match(low, at) is not None]
        else:
            candidates = _spaced_candidates(merged, low)
    if not spaced:
        for m in merged.finditer(low):
            start, end = m.span()
            candidates.extend(range(start, end))
    out = {}
    for kind, pattern in scanners.items():
        hits, resume = Hits(), 0
        for at in candidates:
            if at >= resume and (found := pattern.match(low, at)) is not None:
                hits.starts.append(at)
                hits.ends.append(found.end())
                resume = max(found.end(), at + 1)
        out[kind] = hits
    return out


def _spaced_candidates(merged: re.Pattern[str], low: str) -> list[int]:
    """Where an entry of ``merged`` (a spaced language's scanner) may begin: sorted offsets.

    An entry begins at the text's start or after a non-letter: a space, "_" or another character. Three scans
    look for an entry after each (the one after a space starts with a literal, which the regex engine finds at
    C speed; ``merged`` alone was entered at nearly every letter). Each scan misses only places inside, or right
    at the end of, one of its matches: those places are candidates too when they follow a non-letter.
    """
    candidates = [0] if merged.match(low, 0) is not None else []
    for scan in _after_non_letters(merged):
        for m in scan.finditer(low):
            start, end = m.start() + 1, m.end()
            candidates.append(start)
            candidates.extend(at for at in range(start + 1, end + 1) if not low[at - 1].isalnum())
    return sorted(set(candidates))


@cache
def _merged_token_scan(merged: re.Pattern[str]) -> re.Pattern[str] | None:
    """A token scanner of the places where an entry of ``merged`` (a spaced language's scanner) may begin: after a
    non-letter, as each of the merged scanners' matches does."""
    beginnings = _beginnings(merged)
    return token_scan(beginnings, _WORD_CHAR) if beginnings is not None else None


@cache
def _after_non_letters(merged: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(f"{before}(?:{merged.pattern})") for before in (" ", r"[^\w ]", "_"))


@dataclass(slots=True)
class Hits:
    """Cue hits of one kind over the whole text: sorted (start, end) pairs."""

    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    @classmethod
    def find(cls, pattern: re.Pattern[str], text: str) -> Hits:
        hits = cls()
        for m in pattern.finditer(text):
            hits.starts.append(m.start())
            hits.ends.append(m.end())
        return hits

    def within(self, start: int, end: int) -> list[int]:
        """Start offsets of hits inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.starts[lo:hi]

    def any_within(self, start: int, end: int) -> bool:
        """Whether a hit starts inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        return lo < len(self.starts) and self.starts[lo] < end

    def nearest(self, start: int, end: int, at: int) -> tuple[int | None, int | None]:
        """The last hit in [start, at) and the first in [at, end), each None when there is none."""
        i = bisect.bisect_left(self.starts, at)
        before = self.starts[i - 1] if i > 0 and self.starts[i - 1] >= start else None
        after = self.starts[i] if i < len(self.starts) and self.starts[i] < end else None
        return before, after


PERIOD_WINDOW = 400  # characters either side of a figure where its period is looked for
# "No digit before" is checked after the century digits, so that the pattern starts with a literal and the
# regex engine skips ahead to a "19" or "20" (same matches as a look-behind in front).
_YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")
_YEAR_RANGE = re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)")
_RANGE_GAP = re.compile(r"\s*[-–—/]\s*")
_DIGIT_PAIR = re.compile(r"\d\d")


@dataclass(frozen=True, slots=True)
class Places:
    """Place mentions of a text, in order, each with the English label of its unit ("Hai Ha district")."""

    starts: list[int]
    labels: list[str]
    main: str | None  # the unit the text names most often

    def before(self, start: int, end: int) -> str | None:
        """The last place named in [start, end), or None."""
        i = bisect.bisect_left(self.starts, end) - 1
        return self.labels[i] if i >= 0 and self.starts[i] >= start else None


def find_place_mentions(text: str, profile: LanguageProfile) -> Places:
    """Place mentions through places.py, matched to real units."""
    seen: set[int] = set()
    mentions = []
    katakana = word_starts(lowered(text), profile.code, places.KATAKANA_RUN_START)  # None: the text is scanned
    for start, _end, ref in places.find_places(text, katakana):
        if start not in seen:  # a name fitting several units: the most likely comes first
            seen.add(start)
            mentions.append((start, ref.label))
    counts: dict[str, int] = {}
    for _, label in mentions:
        counts[label] = counts.get(label, 0) + 1
    main = max(counts, key=lambda label: counts[label]) if counts else None
    return Places([m[0] for m in mentions], [m[1] for m in mentions], main)


class Periods:
    """The periods of the figures of one text: years, ranges and period cues, with the verdicts on years
    (baseline or date, see ``_is_period_year``) remembered, since neighbouring figures look at the same years.

    ``low`` is the text passed through ``lowered()`` (digits folded first).
    """

    def __init__(self, low: str, profile: LanguageProfile, digit_runs: list[tuple[int, int]] | None = None) -> None:
        self.low = low
        self.profile = profile
        self._cues = cues_for(profile).period
        self._verdicts: dict[int, bool] = {}
        self._windows: dict[tuple[int, int], tuple[list[tuple[int, str]], list[tuple[int, str]]]] = {}
        if digit_runs is None:
            digit_runs = numbers.digit_runs(low)
        # Every match of _YEAR is a run of four digits that begins with "19" or "20"; every match of _YEAR_RANGE
        # is two such runs, one right after the other, with a dash or slash between. Both are read off the runs
        # once, and each window takes those inside it (see _years_in).
        self._years = [start for start, end in digit_runs if end - start == 4 and low.startswith(("19", "20"), start)]
        years = set(self._years)
        self._ranges: list[tuple[int, int, str]] = [
            (start, second_end, f"{low[start:end]}-{low[second:second_end]}")
            for (start, end), (second, second_end) in pairwise(digit_runs)
            if start in years and second in years and _RANGE_GAP.fullmatch(low, end, second)]
        self._range_starts = [start for start, _, _ in self._ranges]

    def is_period_year(self, at: int) -> bool:
        verdict = self._verdicts.get(at)
        if verdict is None:
            verdict = self._verdicts[at] = _is_period_year(self.low, at, self.profile)
        return verdict

    def near(self, sentence: tuple[int, int], at: int, default_year: str | None = None) -> str | None:
        """The period a figure at ``at`` refers to, from its sentence: a year, a range, a half or quarter, "by
        end of".

        Candidates are the sentence's years (a half/quarter cue just before a year qualifies it: "fourth quarter
        of 2024" → "2024-Q4"), its year ranges, and cues without a year (which take ``default_year``); the
        candidate nearest to the figure wins. Years that are a comparison's baseline ("compared with 2023") or
        part of a date do not count. None when the sentence names no period.
        """
        # A figure's period is named near it; the window keeps the cost per figure bounded. Figures of one short
        # sentence share their window (the whole sentence): it is read once.
        start, end = max(sentence[0], at - PERIOD_WINDOW), min(sentence[1], at + PERIOD_WINDOW)
        read = self._windows.get((start, end))
        if read is None:
            read = self._windows[(start, end)] = self._read_window(start, end)
        candidates, free_cues = read
        if default_year and free_cues:
            candidates = candidates + [(cue_start, _qualified(default_year, part)) for cue_start, part in free_cues]
        if not candidates:
            return None
        return min(candidates, key=lambda c: (abs(c[0] - at), c[0] > at))[1]

    def _read_window(self, start: int, end: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """The dated candidates of [start, end) (ranges, then years with the cue qualifying them) and the cues
        that qualify no year there (they take the default year)."""
        text, profile = self.low, self.profile
        cues = [(m.start(), m.end(), _period_value(m.group(), profile)) for m in self._cues.finditer(text, start, end)]
        ranges, years = self._years_in(start, end)
        candidates: list[tuple[int, str]] = [(r_start, label) for r_start, _, label in ranges]
        used: set[int] = set()
        for at in years:
            if any(r_start <= at < r_end for r_start, r_end, _ in ranges) or not self.is_period_year(at):
                continue
            cue = next((c for c in reversed(cues) if c[1] <= at <= c[1] + 30 and c[2]), None)
            if cue is not None:
                used.add(cue[0])
            candidates.append((at, _qualified(text[at:at + 4], cue[2] if cue else None)))
        free_cues = [(cue_start, part) for cue_start, _cue_end, part in cues if part and cue_start not in used]
        return candidates, free_cues

    def _years_in(self, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[int]]:
        """What ``_YEAR_RANGE.finditer(low, start, end)`` and ``_YEAR.finditer(low, start, end)`` find: the ranges
        as (start, end, "2021-2025") and the years' offsets.

        A window's end cuts a run of digits only when it falls between two digits; the window is then scanned
        (its last digits would end a year there)."""
        low = self.low
        if 0 < end < len(low) and _DIGIT_PAIR.match(low, end - 1):
            ranges = [(m.start(), m.end(), f"{m.group(1)}-{m.group(2)}") for m in _YEAR_RANGE.finditer(low, start, end)]
            return ranges, [m.start() for m in _YEAR.finditer(low, start, end)]
        chained: list[tuple[int, int, str]] = []
        resume = start
        for item in self._ranges[bisect.bisect_left(self._range_starts, start):]:
            if item[1] > end:
                break
            if item[0] >= resume:  # finditer's matches do not overlap: "2020-2025-2030" gives one
                chained.append(item)
                resume = item[1]
        years = self._years[bisect.bisect_left(self._years, start):bisect.bisect_right(self._years, end - 4)]
        return chained, years

    def document_year(self) -> str | None:
        """The year a report is mostly about: the most frequent year that is neither a baseline nor in a date."""
        ranges, years = self._years_in(0, len(self.low))
        in_ranges = {at for start, end, _ in ranges for at in (start, end - 4)}
        counts: dict[str, int] = {}
        for at in years:
            if at not in in_ranges and self.is_period_year(at):
                year = self.low[at:at + 4]
                counts[year] = counts.get(year, 0) + 1
        return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _qualified(year: str, part: str | None) -> str:
    if part is None or part == "YTD":
        return year
    return f"by end of {year}" if part == "END" else f"{year}-{part}"


_DATE_BEFORE = re.compile(r"\d[.\s]+\S+\s+$")


def _is_period_year(low: str, at: int, profile: LanguageProfile) -> bool:
    window = low[max(0, at - 48):at]
    if cues_for(profile).comparison.search(window):
        return False
    return not _DATE_BEFORE.search(window)  # "8. Dezember 2023", "10 ديسمبر 2023": a date


def _period_value(written: str, profile: LanguageProfile) -> str | None:
    """The value of a period cue as written (lower case), remembered per profile: cues repeat."""
    known = cues_for(profile).period_values
    if written not in known:
        if len(known) > 10_000:  # spellings are few; this only bounds memory on hostile input
            known.clear()
        known[written] = _period_value_of(re.sub(r"\s+", " ", written), profile)
    return known[written]


def _period_value_of(key: str, profile: LanguageProfile) -> str | None:
    for cue, value in profile.period_cues.items():
        if re.sub(r"\s+", " ", cue.lower().rstrip("$")) == key.strip():
            return value
    for cue, value in profile.period_cues.items():
        if key.strip().startswith(cue.lower().rstrip("$")):
            return value
    return None

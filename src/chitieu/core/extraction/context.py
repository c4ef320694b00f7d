"""The text around a figure: segments (paragraphs, sentences, clauses), cue words, and the subject and period.

Everything is computed once per text and looked up by offset, so the cost stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from chitieu.core.extraction.languages.base import LanguageProfile

_WORD_CHAR = r"[^\W_]"


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
        return re.compile(r"(?!x)x")
    clitics = "|".join(re.escape(c) for c in sorted(profile.clitic_prefixes, key=len, reverse=True))
    lead = rf"(?<!{_WORD_CHAR})" if profile.spaced else ""
    if clitics and profile.spaced:
        lead = rf"(?:(?<!{_WORD_CHAR})(?:{clitics})?)"
    return re.compile(lead + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled cue matchers of one profile."""

    target: re.Pattern[str]
    expected: re.Pattern[str]
    actual: re.Pattern[str]
    change: re.Pattern[str]
    period: re.Pattern[str]
    admin: re.Pattern[str]
    comparison: re.Pattern[str]


_CUE_CACHE: dict[int, tuple[LanguageProfile, Cues]] = {}


def cues_for(profile: LanguageProfile) -> Cues:
    """The compiled cue matchers of ``profile`` (compiled once per profile object)."""
    cached = _CUE_CACHE.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    cues = Cues(
        target=cue_pattern(profile.target_cues, profile),
        expected=cue_pattern(profile.expected_cues, profile),
        actual=cue_pattern(profile.actual_cues, profile),
        change=cue_pattern(profile.change_cues, profile),
        period=cue_pattern(tuple(profile.period_cues), profile),
        admin=cue_pattern(tuple(profile.admin_words), profile, whole=False),
        comparison=cue_pattern(profile.comparison_cues, profile),
    )
    _CUE_CACHE[id(profile)] = (profile, cues)
    return cues


_SENTENCE_END = re.compile(r"[.!?;؛؟。！？；]+(?=\s|$)|\n")
_CLAUSE_END = re.compile(r",\s|،|、|，|:\s|：|\s[–—-]\s|[()]|\s\+\s")
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
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n", text)]
    sentences = [0]
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and _ABBREVIATION.search(text, max(0, m.start() - 6), m.end()):
            continue
        sentences.append(m.end())
    clauses = sorted(set(sentences) | {m.end() for m in _CLAUSE_END.finditer(text)})
    return Segments(paragraphs, sorted(set(sentences)), clauses, len(text))


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
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)")


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
    """Place mentions through places.py (matched to real units) when present, else from level words."""
    try:
        from chitieu.core.extraction import places
    except ModuleNotFoundError:
        mentions = _mentions_by_level_words(text, profile)
    else:
        seen: set[int] = set()
        mentions = []
        for start, _end, ref in places.find_places(text):
            if start not in seen:  # a name fitting several units: the most likely comes first
                seen.add(start)
                mentions.append((start, ref.label))
    counts: dict[str, int] = {}
    for _, label in mentions:
        counts[label] = counts.get(label, 0) + 1
    main = max(counts, key=lambda label: counts[label]) if counts else None
    return Places([m[0] for m in mentions], [m[1] for m in mentions], main)


def _mentions_by_level_words(text: str, profile: LanguageProfile) -> list[tuple[int, str]]:
    """"Bezirk Hai Ha" → (offset, "Hai Ha district"): a level word followed by capitalised words."""
    out = []
    for m in cues_for(profile).admin.finditer(text):
        level = _admin_level(m.group().lower().strip(), profile)
        words = re.compile(r"\w*\s+((?:[^\W\d_][\w'’-]*)(?:[ -][^\W\d_][\w'’-]*){0,3})").match(text, m.end())
        if level is None or words is None:
            continue
        name = []
        for word in re.split(r"[ -]", words.group(1)):
            if not word[:1].isupper():
                break
            name.append(word)
        if name:
            out.append((m.start(), f"{' '.join(name)} {level}"))
    return out


def _admin_level(word: str, profile: LanguageProfile) -> str | None:
    for key in sorted(profile.admin_words, key=len, reverse=True):
        if word.startswith(key):
            return profile.admin_words[key]
    return None


def period_near(text: str, sentence: tuple[int, int], at: int, profile: LanguageProfile,
                default_year: str | None = None) -> str | None:
    """The period a figure at ``at`` refers to, from its sentence: a year, a range, a half or quarter, "by end of".

    Candidates are the sentence's years (a half/quarter cue just before a year qualifies it: "fourth quarter of
    2024" → "2024-Q4"), its year ranges, and cues without a year (which take ``default_year``); the candidate
    nearest to the figure wins. Years that are a comparison's baseline ("compared with 2023") or part of a date do
    not count. None when the sentence names no period.
    """
    # A figure's period is named near it; the window keeps the cost per figure bounded.
    start, end = max(sentence[0], at - PERIOD_WINDOW), min(sentence[1], at + PERIOD_WINDOW)
    cues = [(m.start(), m.end(), _period_value(re.sub(r"\s+", " ", m.group().lower()), profile))
            for m in cues_for(profile).period.finditer(text, start, end)]
    ranges = list(_YEAR_RANGE.finditer(text, start, end))
    candidates: list[tuple[int, str]] = [(r.start(), f"{r.group(1)}-{r.group(2)}") for r in ranges]
    used: set[int] = set()
    for m in _YEAR.finditer(text, start, end):
        if any(r.start() <= m.start() < r.end() for r in ranges) or not _is_period_year(text, m.start(), profile):
            continue
        cue = next((c for c in reversed(cues) if c[1] <= m.start() <= c[1] + 30 and c[2]), None)
        if cue is not None:
            used.add(cue[0])
        candidates.append((m.start(), _qualified(m.group(), cue[2] if cue else None)))
    for cue_start, _cue_end, part in cues:
        if part and cue_start not in used and default_year:
            candidates.append((cue_start, _qualified(default_year, part)))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs(c[0] - at), c[0] > at))[1]


def _qualified(year: str, part: str | None) -> str:
    if part is None or part == "YTD":
        return year
    return f"by end of {year}" if part == "END" else f"{year}-{part}"


def _is_period_year(text: str, at: int, profile: LanguageProfile) -> bool:
    window = text[max(0, at - 48):at].lower()
    if cues_for(profile).comparison.search(window):
        return False
    return not re.search(r"\d[.\s]+\S+\s+$", window)  # "8. Dezember 2023", "10 ديسمبر 2023": a date


def document_year(text: str, profile: LanguageProfile) -> str | None:
    """The year a report is mostly about: the most frequent year that is neither a baseline nor in a date."""
    in_ranges = {m.start(i) for m in _YEAR_RANGE.finditer(text) for i in (1, 2)}
    counts: dict[str, int] = {}
    for m in _YEAR.finditer(text):
        if m.start() not in in_ranges and _is_period_year(text, m.start(), profile):
            counts[m.group()] = counts.get(m.group(), 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _period_value(key: str, profile: LanguageProfile) -> str | None:
    for cue, value in profile.period_cues.items():
        if re.sub(r"\s+", " ", cue.lower().rstrip("$")) == key.strip():
            return value
    for cue, value in profile.period_cues.items():
        if key.strip().startswith(cue.lower().rstrip("$")):
            return value
    return None

"""The text around a figure: segments (paragraphs, sentences, clauses), cue words, and the subject and period.

Everything is computed once per text and looked up by offset, so the cost stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

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


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)")


@lru_cache(maxsize=64)
def _admin_name_pattern(code: str) -> re.Pattern[str]:
    # Names of places in these reports are capitalised words (Latin) or any words (other scripts).
    return re.compile(r"[A-ZÀ-Ỹ][\w'’-]*(?:[ -][A-ZÀ-Ỹ][\w'’-]*){0,3}")


def subject_near(text: str, start: int, end: int, profile: LanguageProfile) -> str | None:
    """The administrative unit named between ``start`` and ``end``: "Bezirk Hai Ha" → "Hai Ha district"."""
    cues = cues_for(profile)
    names = _admin_name_pattern(profile.code)
    found = None
    for m in cues.admin.finditer(text, start, end):
        word = m.group().lower().strip()
        level = _admin_level(word, profile)
        if level is None:
            continue
        after = re.compile(r"\s+").match(text, m.end())
        tail = re.match(r"\w*", text[m.end():m.end() + 20]).group()
        if tail:  # inflected ("Bezirks", "Provinz") — skip the inflection
            after = re.compile(r"\s+").match(text, m.end() + len(tail))
        if after is None:
            continue
        name = names.match(text, after.end())
        if name is not None and name.group() and name.group().lower() not in profile.admin_words:
            found = f"{name.group().rstrip('-')} {level}"
    return found


def _admin_level(word: str, profile: LanguageProfile) -> str | None:
    for key in sorted(profile.admin_words, key=len, reverse=True):
        if word.startswith(key):
            return profile.admin_words[key]
    return None


def main_subject(text: str, profile: LanguageProfile) -> str | None:
    """The unit the document names most often (its main subject), or None."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"[^\n]+", text):
        line_start = m.start()
        for sub in _subjects_in(text, line_start, m.end(), profile):
            counts[sub] = counts.get(sub, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda item: item[1])[0]


def _subjects_in(text: str, start: int, end: int, profile: LanguageProfile) -> list[str]:
    cues = cues_for(profile)
    out = []
    for m in cues.admin.finditer(text, start, end):
        sub = subject_near(text, m.start(), m.end() + 1, profile)
        if sub:
            out.append(sub)
    return out


def period_near(text: str, sentence: tuple[int, int], at: int, profile: LanguageProfile) -> str | None:
    """The period a figure at ``at`` refers to, from its sentence: a year, a range, a half/quarter, "by end of"."""
    start, end = sentence
    cues = cues_for(profile)
    part = None
    for m in cues.period.finditer(text, start, end):
        key = re.sub(r"\s+", " ", m.group().lower())
        part = _period_value(key, profile) or part
    ranges = [m for m in _YEAR_RANGE.finditer(text, start, end)]
    years = [m for m in _YEAR.finditer(text, start, end)
             if not any(r.start() <= m.start() < r.end() for r in ranges)]
    if part and years:
        year = min(years, key=lambda m: abs(m.start() - at)).group()
        return f"by end of {year}" if part == "END" else f"{year}-{part}" if part != "YTD" else year
    if years:
        return min(years, key=lambda m: abs(m.start() - at)).group()
    if ranges:
        r = min(ranges, key=lambda m: abs(m.start() - at))
        return f"{r.group(1)}-{r.group(2)}"
    return part if part in ("H1", "H2", "Q1", "Q2", "Q3", "Q4") else None


def _period_value(key: str, profile: LanguageProfile) -> str | None:
    for cue, value in profile.period_cues.items():
        if re.sub(r"\s+", " ", cue.lower().rstrip("$")) == key.strip():
            return value
    for cue, value in profile.period_cues.items():
        if key.strip().startswith(cue.lower().rstrip("$")):
            return value
    return None

"""Named people in a report, with every position the text gives them and their organisation.

A name is found next to a cue: an honorific ("Genosse", "الرفيق", "đồng chí"; after the name in Chinese,
Japanese and Korean: "同志"), a position right before it ("Bí thư Tỉnh ủy Vũ Đại Thắng"), or a position in
apposition after it ("Nguyen Kim Anh, Mitglied des ..."). Without an honorific the name must look like a Vietnamese
name (a known surname, then syllables), so that place names after a position are not taken for people.
Vietnamese names written in Arabic or Cyrillic script are read back into Latin letters by syllable
(`vocab.syllables`); names in Chinese, Japanese and Korean script are kept as written.

Every regex is an alternation of literals with bounded quantifiers; names are read a word at a time with a bound
on the number of words, so a scan is linear in the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Protocol, cast

from chitieu.core.extraction.context import lowered, prefiltered
from chitieu.core.extraction.model import Person
from chitieu.core.extraction.vocab import people as vocab
from chitieu.core.extraction.vocab import syllables

_MAX_NAME_WORDS = 4
_MAX_POSITIONS = 6
_EAST_ASIAN = frozenset({"zh", "ja", "ko"})
_WORD = re.compile(r"[^\W\d_]{1,20}")
# Little Arabic words that happen to spell a syllable (في "phi") but never belong to a name.
_ARABIC_STOP = frozenset("في مع على عن من هو هي ثم قد لا ما او أو الى إلى كان التي الذي بعد قبل".split())
# Levels from the most local: a person's organisation is the most local unit among their positions.
_LEVELS = ("city", "district", "province")


class _HasCode(Protocol):
    @property
    def code(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang: str
    script: str  # latin, arabic, cyrillic, han, kana, hangul
    honorific: re.Pattern[str]
    position: re.Pattern[str]
    english: dict[str, str]  # group name -> English position or role/body part
    separator: re.Pattern[str]  # between a name and its first position, or between positions
    back_separator: re.Pattern[str]  # the same, read backwards from a position's end
    places: dict[str, re.Pattern[str]]
    # The position pattern's groups by kind ("r" roles, "b" bodies): (index, name), for reading a match.
    groups: dict[str, tuple[tuple[int, str], ...]]


@dataclass(slots=True)
class _Found:
    name: str
    start: int
    end: int
    positions: list[tuple[int, int, str]]
    place: str | None
    lead: int  # where the words read for this name begin (a place may come before the name)


def find_people(text: str, profile: _HasCode) -> list[Person]:
    """Each named person in `text` once, in order of first mention, with their positions and organisation.

    `profile` is the text's language profile; only its `code` (ISO 639-1) is read.
    """
    grammar = _grammar(profile.code)
    low = lowered(text)
    positions = [(m.start(), m.end(), _english(grammar, m))
                 for m in prefiltered(grammar.position).finditer(text, low, grammar.lang)]
    by_end = {end: (start, end, label) for start, end, label in positions}
    found = _after_honorifics(text, low, grammar, positions) + _after_positions(text, grammar, positions)
    found += _before_positions(text, grammar, positions)
    for person in found:
        person.positions = _before(text, grammar, by_end, person.lead) + person.positions
        person.positions += _after(text, grammar, person.end)
    return _merge(text, grammar, found)


# --- cues ---------------------------------------------------------------------------------------------------

def _after_honorifics(text: str, low: str, grammar: _Grammar, positions: list[tuple[int, int, str]]) -> list[_Found]:
    found = []
    ends = sorted(end for _, end, _label in positions)
    for match in prefiltered(grammar.honorific).finditer(text, low, grammar.lang):
        if grammar.lang in _EAST_ASIAN:
            person = _east_asian_name(text, grammar, match.start(), ends)
        else:
            person = _name_after(text, grammar, match.end(), cued=True)
        if person is not None:
            found.append(person)
    return found


def _after_positions(text: str, grammar: _Grammar, positions: list[tuple[int, int, str]]) -> list[_Found]:
    # "Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng": words after a position, place first, then a Vietnamese name.
    if grammar.lang in _EAST_ASIAN:
        return []
    found = []
    for _, end, _label in positions:
        person = _name_after(text, grammar, end, cued=False)
        if person is not None:
            found.append(person)
    return found


_COMMA_AT_END = re.compile(r"[,،]\s{0,2}$")
_LETTERS = re.compile(r"[^\W\d_]{1,20}")


def _before_positions(text: str, grammar: _Grammar, positions: list[tuple[int, int, str]]) -> list[_Found]:
    # "Nguyen Kim Anh, Mitglied des Provinzparteikomitees": a Vietnamese name in apposition before a position.
    if grammar.lang in _EAST_ASIAN:
        return []
    found = []
    for start, _, _label in positions:
        comma = _COMMA_AT_END.search(text[max(0, start - 4):start])
        if comma is None:
            continue
        end = max(0, start - 4) + comma.start()
        words = list(_LETTERS.finditer(text[max(0, end - 80):end]))[-(_MAX_NAME_WORDS + 2):]
        offset = max(0, end - 80)
        spans = [(offset + w.start(), offset + w.end()) for w in words]
        person = _vietnamese_suffix(text, grammar, spans, end)
        if person is not None:
            found.append(person)
    return found


def _vietnamese_suffix(text: str, grammar: _Grammar, spans: list[tuple[int, int]], end: int) -> _Found | None:
    # The longest run of single-space-separated name words ending at `end` that opens with a surname.
    run: list[tuple[int, int]] = []
    for span in reversed(spans):
        following = run[0][0] if run else end
        if text[span[1]:following] not in (" ", "") or not _name_word(text[span[0]:span[1]], grammar, len(run)):
            break
        run.insert(0, span)
    for i in range(len(run)):
        words = [text[s:e] for s, e in run[i:]]
        if 2 <= len(words) <= _MAX_NAME_WORDS and _surname(words[0], grammar):
            name = _spell(words, grammar)
            if name is not None:
                return _Found(name, run[i][0], run[-1][1], [], None, run[i][0])
    return None


_LEAD = re.compile(r"[\s,]{0,3}")


def _name_after(text: str, grammar: _Grammar, pos: int, *, cued: bool) -> _Found | None:
    lead = _LEAD.match(text, pos)
    pos = lead.end() if lead is not None else pos
    if not cued:
        honorific = grammar.honorific.match(text, pos)
        if honorific is not None:
            return None  # the honorific's own cue reads this name
    spans: list[tuple[int, int]] = []
    while len(spans) < _MAX_NAME_WORDS + 3:
        word = _WORD.match(text, pos)
        if word is None or not _name_word(word.group(), grammar, len(spans)):
            break
        spans.append((word.start(), word.end()))
        if text[word.end():word.end() + 1] != " ":
            break
        pos = word.end() + 1
    words = [text[s:e] for s, e in spans]
    first = next((i for i, w in enumerate(words) if _surname(w, grammar)), None)
    if cued and (first is None or first > 0):
        first = 0
    if first is None or len(words) - first < 2:
        return None
    take = spans[first:first + _MAX_NAME_WORDS]
    name = _spell([text[s:e] for s, e in take], grammar)
    if name is None:
        return None
    place = " ".join(words[:first]) if first > 0 else None
    return _Found(name, take[0][0], take[-1][1], [], _fold(place) if place else None, spans[0][0])


def _east_asian_name(text: str, grammar: _Grammar, end: int, position_ends: list[int]) -> _Found | None:
    start = end
    while start > 0 and text[start - 1] == " ":
        start -= 1
    stop = start
    allowed = {"han": _is_han, "kana": _is_name_kana, "hangul": _is_hangul_or_space}[grammar.script]
    if grammar.script == "kana" and not _is_name_kana(text[start - 1:start] or "a"):
        allowed = _is_han
    while start > 0 and allowed(text[start - 1]) and stop - start < 12:
        start -= 1
    # A position written right before the name ends where the name begins ("省委书记武大胜").
    after = bisect.bisect_right(position_ends, stop)
    if after and position_ends[after - 1] > start:
        start = position_ends[after - 1]
    start = _skip_spaces(text, start)
    name = text[start:stop]
    if grammar.script == "han" and len(name) > 4:
        name, start = name[-3:], stop - 3  # a verb or object ran into the name: Vietnamese names are 3 characters
    if grammar.script == "hangul":
        words = name.split()[-_MAX_NAME_WORDS:]
        if not words or any(len(w) > 3 for w in words):
            return None
        name = " ".join(words)
        start = stop - len(name)
    if len(name.replace(" ", "").replace("・", "")) < 2:
        return None
    return _Found(name, start, stop, [], None, start)


# --- positions around a name --------------------------------------------------------------------------------

def _after(text: str, grammar: _Grammar, pos: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    while len(out) < _MAX_POSITIONS:
        separator = grammar.separator.match(text, pos)
        if separator is None or (not out and not separator.group("comma") and grammar.lang not in _EAST_ASIAN):
            break
        match = grammar.position.match(text, separator.end())
        if match is None:
            break
        out.append((match.start(), match.end(), _english(grammar, match)))
        pos = match.end()
    return out


def _before(text: str, grammar: _Grammar, by_end: dict[int, tuple[int, int, str]], start: int
            ) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    pos = start
    honorific = grammar.honorific.search(text, max(0, pos - 25), pos)
    if honorific is not None and not text[honorific.end():pos].strip(" ,،"):
        pos = honorific.start()
    while len(out) < _MAX_POSITIONS:
        window = max(0, pos - 12)
        gap = grammar.back_separator.search(text, window, pos)
        edge = gap.start() if gap is not None else pos
        position = by_end.get(edge) or by_end.get(pos)
        if position is None:
            break
        out.insert(0, position)
        pos = position[0]
    return out


# --- merging ------------------------------------------------------------------------------------------------

def _merge(text: str, grammar: _Grammar, found: list[_Found]) -> list[Person]:
    merged: dict[str, _Found] = {}
    for person in sorted(found, key=lambda p: p.start):
        key = _fold(person.name).casefold()
        seen = merged.get(key)
        if seen is None:
            merged[key] = _Found(person.name, person.start, person.end, list(person.positions), person.place,
                                 person.lead)
            continue
        seen.positions += person.positions
        seen.place = seen.place or person.place
    people = []
    for person in merged.values():
        labels = list(dict.fromkeys(label for _, _, label in person.positions))
        org = _organisation(text, grammar, person, labels)
        people.append(Person(person.name, tuple(labels), org, person.start, person.end))
    return people


def _organisation(text: str, grammar: _Grammar, person: _Found, labels: list[str]) -> str | None:
    levels = {vocab.LEVEL_OF_BODY[body] for label in labels for body in vocab.LEVEL_OF_BODY
              if label.endswith(body)}
    level = next((lv for lv in _LEVELS if lv in levels), None)
    if level is None:
        return None
    place = person.place or _trailing_place(text, grammar, person)
    if place is None and level in grammar.places:
        for match in prefiltered(grammar.places[level]).finditer(text, lowered(text), grammar.lang):
            place = _capitalised_tail(match.group("name"), grammar.lang == "en")
            if place:
                break
    return f"{_fold(place)} {level}" if place else None


_UNIT_AFTER = re.compile(r"\s+(?:von|of|de|di|do|da|del|della|dari|của)?\s*((?:[^\W\d_]{1,12}[ -]?){1,3})")


def _trailing_place(text: str, grammar: _Grammar, person: _Found) -> str | None:
    # "Sekretär des Bezirksparteikomitees von Hai Ha": the unit named right after the person's last position.
    if not person.positions or grammar.script != "latin":
        return None
    end = person.positions[-1][1]
    match = _UNIT_AFTER.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    names = []
    for word in words:
        if not _name_word(word, grammar, 1) or _surname(word, grammar):
            break
        names.append(word)
    return " ".join(names) if len(names) >= 2 else None


def _capitalised_tail(words: str, from_end: bool) -> str | None:
    parts = words.replace("-", " ").split()
    caps = [w[:1].isupper() for w in parts]
    if from_end:
        keep: list[str] = []
        for word, cap in zip(reversed(parts), reversed(caps), strict=True):
            if not cap:
                break
            keep.insert(0, word)
    else:
        keep = []
        for word, cap in zip(parts, caps, strict=True):
            if not cap:
                break
            keep.append(word)
    return " ".join(keep) if keep else None


# --- words --------------------------------------------------------------------------------------------------

def _name_word(word: str, grammar: _Grammar, index: int) -> bool:
    if grammar.script == "arabic":
        return word not in _ARABIC_STOP and word in syllables.reader("arabic")
    if not word[:1].isupper() or (len(word) > 1 and not word[1:].islower()):
        return False
    if grammar.script == "cyrillic":
        return word.casefold() in syllables.reader("cyrillic")
    return syllables.SYLLABLE.fullmatch(_fold(word).casefold()) is not None


def _surname(word: str, grammar: _Grammar) -> bool:
    if grammar.script in ("arabic", "cyrillic"):
        readings = syllables.reader(grammar.script).get(word.casefold(), ())
        return any(r in syllables.SURNAMES for r in readings[:2])
    return _fold(word).casefold() in syllables.SURNAMES


def _spell(words: list[str], grammar: _Grammar) -> str | None:
    if grammar.script in ("arabic", "cyrillic"):
        read = syllables.read_name(words, grammar.script)
        return " ".join(w.capitalize() for w in read) if read is not None else None
    return _fold(" ".join(words))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if not unicodedata.combining(c))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _is_name_kana(char: str) -> bool:
    return "\u30a0" <= char <= "\u30ff" or char in "・＝"


def _is_hangul_or_space(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or char == " "


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ・":
        pos += 1
    return pos


def _english(grammar: _Grammar, match: re.Match[str]) -> str:
    """The English position a match of ``grammar.position`` names.

    The vocabulary's regexes hold no groups, so the group that closed last is the fixed phrase's, or the one of
    role and body that comes second; only the other one's group is looked for."""
    last = cast(str, match.lastgroup)
    if last[0] == "f":
        return grammar.english[last]
    regs = match.regs
    other = next(name for index, name in grammar.groups["r" if last[0] == "b" else "b"] if regs[index][0] >= 0)
    role, body = (other, last) if last[0] == "b" else (last, other)
    return f"{grammar.english[role]} of the {grammar.english[body]}"


# --- per-language grammar -----------------------------------------------------------------------------------

_SCRIPTS = {"ar": "arabic", "ru": "cyrillic", "zh": "han", "ja": "kana", "ko": "hangul"}


@cache
def _grammar(lang: str) -> _Grammar:
    english: dict[str, str] = {}

    def alternation(prefix: str, table: tuple[tuple[str, str], ...]) -> str:
        parts = []
        for i, (pattern, label) in enumerate(table):
            english[f"{prefix}{i}"] = label
            parts.append(f"(?P<{prefix}{i}>{pattern})")
        return "|".join(parts) or "(?!)"

    fixed = alternation("f", vocab.FIXED.get(lang, ()))
    roles = alternation("r", vocab.ROLES.get(lang, ()))
    bodies = alternation("b", vocab.BODIES.get(lang, ()))
    if lang in vocab.BODY_FIRST:
        composed = f"(?:{bodies}){vocab.BODY_JOINERS[lang]}(?:{roles})"
        position = f"(?:{composed}|{fixed})"
    else:
        position = f"(?:{fixed}|(?:{roles})(?:{bodies}))"
    connectors = vocab.CONNECTORS.get(lang, "(?!)")
    honorific = vocab.HONORIFICS.get(lang, "(?!)")
    word_start = "" if lang in _EAST_ASIAN else r"(?<!\w)"  # no spaces between words in Chinese and Japanese
    compiled = re.compile(_bounded(lang, position), re.IGNORECASE)
    return _Grammar(
        lang=lang, script=_SCRIPTS.get(lang, "latin"),
        honorific=re.compile(_bounded(lang, honorific), re.IGNORECASE),
        position=compiled,
        english=english,
        separator=_separator(lang, connectors),
        back_separator=re.compile(
            rf"(?:\s*(?:[,،、，]|{word_start}(?:{connectors})))?\s*(?:{honorific})?\s*$", re.IGNORECASE),
        places=_places(lang),
        groups={kind: tuple(sorted((index, name) for name, index in compiled.groupindex.items() if name[0] == kind))
                for kind in "rb"},
    )


def _separator(lang: str, connectors: str) -> re.Pattern[str]:
    if lang == "ar":  # و is written joined to the next position: "، وأمين"
        return re.compile(r"\s*(?P<comma>[،,])?\s*(?:و(?=\S))?")
    if lang in _EAST_ASIAN:
        return re.compile(rf"\s?(?P<comma>[、，,])?\s?(?:(?:{connectors})\s?)?")
    return re.compile(rf"\s*(?P<comma>[,;])?\s*(?:(?:{connectors})\s+)?", re.IGNORECASE)


def _bounded(lang: str, alternation: str) -> str:
    if lang in _EAST_ASIAN:
        return f"(?:{alternation})"
    if lang == "ar":
        return rf"(?<![^\W\d_و])(?:[وف]?(?:لل|ل)?)(?:{alternation})(?!\w)"
    return rf"(?<!\w)(?:{alternation})(?!\w)"


def _places(lang: str) -> dict[str, re.Pattern[str]]:
    name = r"(?P<name>[^\W\d_]{1,15}(?:[ -][^\W\d_]{1,15}){0,2})"
    out = {}
    for level, forms in vocab.PLACE_WORDS.get(lang, {}).items():
        alternatives = "|".join(form.replace("NAME", name, 1) for form in forms[:1])
        out[level] = re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)
    return out

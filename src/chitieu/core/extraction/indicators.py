"""Which catalogue indicator a quantity's label names, in any of the fourteen languages.

The extractor's label is the words before a figure ("wobei der Gesamtproduktionswert mehr als", "إجمالي عدد
السياح لهذا العام بنحو"); the counted noun is what a count counts ("poor households"). Both are folded (lower case,
no diacritics, Arabic letter variants unified, punctuation as spaces) and scanned once with one compiled regular
expression per language, built from ``vocab/indicators.py``: each hit marks a concept ("production value",
"sector III", "new rural"). A catalogue code is a set of concepts; the code whose concepts cover the most text
wins, among those whose values are measured in the quantity's unit. So the longest, most specific naming wins
("production value" + "sector III" beats "production value"), and the unit decides between namesakes ("services"
in VND is the sector's production value, in percent its share).

Changes: a percentage of a level that has a growth indicator in the catalogue (production value, GRDP,
population) is that growth indicator; any other change keeps the level's code ("tourism revenue +69.2 %" is
``tourism-revenue`` with the quantity's own change flag). A relative change in percent fits a level of any unit,
and when a level and a rate tie, the level wins for a change (a 50 % cut of poor households is about the count),
the rate for a level (poor households at 2.1 % is the poverty rate).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from chitieu.core.extraction.model import Quantity
from chitieu.core.extraction.vocab.indicators import (
    CONCEPTS,
    DIMENSION,
    GROWTH_OF,
    RULES,
    WORD_END,
    WORD_START,
)

#: The languages the vocabulary covers.
LANGUAGES = ("vi", "en", "de", "fr", "es", "pl", "ar", "ru", "pt", "it", "id", "zh", "ja", "ko")
# A concept named by the counted noun outweighs any the label names: the noun is what the figure counts, the
# label may speak of something around it ("criteria of the communes" before "10 communes").
_COUNTED_BONUS = 100
# Only the end of a long label is read: the words next to the figure name it, and the cost stays bounded.
_LABEL_TAIL = 300

_ARABIC = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None, "ی": "ي", "ک": "ك"})
_NON_WORD = re.compile(r"[^\w]+")


class UnknownLanguageError(ValueError):
    """A language code the indicator vocabulary does not cover."""


def fold(text: str) -> str:
    """Lower case without diacritics, the way both labels and vocabulary are compared: "Thu nhập" -> "thu nhap",
    "Produktionswert" -> "produktionswert", "الإيرادات" -> "الايرادات". Letters of other scripts stay
    (Hangul syllables are recomposed after the diacritics go).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).casefold().replace("đ", "d").replace("ł", "l").translate(_ARABIC)


def _fold_label(text: str) -> str:
    return _NON_WORD.sub(" ", fold(text)).strip()[-_LABEL_TAIL:]


@dataclass(frozen=True, slots=True)
class _Scanner:
    pattern: re.Pattern[str]
    concepts: dict[str, frozenset[str]]  # group name -> the concepts its words name


@cache
def _scanner(language: str) -> _Scanner:
    """One alternation of every concept's words in ``language``, longest first, each in a named group."""
    owners: dict[str, set[str]] = {}
    for concept, by_language in CONCEPTS.items():
        for fragment in by_language.get(language, ()):
            owners.setdefault(fold(fragment), set()).add(concept)
    before = r"(?<!\w)" if language in WORD_START else ""
    after = r"(?!\w)" if language in WORD_END else ""
    branches, concepts = [], {}
    for number, fragment in enumerate(sorted(owners, key=len, reverse=True)):
        # The empty group that names the branch comes last, so that each branch starts with its first letter and
        # the regex engine skips it at once where that letter is not in the text (forty times faster).
        branches.append(f"(?:{fragment})(?P<g{number}>)")
        concepts[f"g{number}"] = frozenset(owners[fragment])
    return _Scanner(re.compile(f"{before}(?:{'|'.join(branches)}){after}"), concepts)


def concepts_in(text: str, language: str) -> dict[str, int]:
    """The concepts ``text`` names in ``language``, each with the length of its longest naming."""
    if language not in LANGUAGES:
        raise UnknownLanguageError(f"no indicator vocabulary for language {language!r}; known: {', '.join(LANGUAGES)}")
    scanner = _scanner(language)
    found: dict[str, int] = {}
    for hit in scanner.pattern.finditer(_fold_label(text)):
        for concept in scanner.concepts[hit.lastgroup or ""]:
            found[concept] = max(found.get(concept, 0), hit.end() - hit.start())
    return found


@lru_cache(maxsize=1024)
def _evidence(label: str | None, language: str, counted: str | None) -> tuple[Mapping[str, int], frozenset[str]]:
    """The concepts named, with their weights, and those the counted noun names (remembered: a bare change is
    read again with the label of the level before it)."""
    found = concepts_in(label, language) if label else {}
    of_counted: set[str] = set()
    if counted:
        # The extractor gives counted nouns in English; a reviewer may type them in the report's language.
        for lang in dict.fromkeys(("en", language)):
            for concept, length in concepts_in(counted, lang).items():
                found[concept] = max(found.get(concept, 0), length + _COUNTED_BONUS)
                of_counted.add(concept)
    return found, frozenset(of_counted)


@dataclass(frozen=True, slots=True)
class _Rule:
    """One way of naming a code: concepts it needs, may have, and must not have."""

    code: str
    required: frozenset[str]
    optional: frozenset[str]
    forbidden: frozenset[str]

    def score(self, found: Mapping[str, int]) -> int:
        """The text this naming accounts for; 0 when a required concept is missing or a forbidden one present."""
        if not self.required <= found.keys() or not self.forbidden.isdisjoint(found):
            return 0
        return sum(found[c] for c in self.required) + sum(found.get(c, 0) for c in self.optional)

    def counts(self, of_counted: frozenset[str]) -> int | None:
        """How it takes the counted noun: 2 requires what the noun names, 1 allows it, None ignores it (and so
        cannot be what the figure counts). Without a known counted noun every rule may be meant (0).
        """
        if not of_counted:
            return 0
        if not of_counted.isdisjoint(self.required):
            return 2
        return None if of_counted.isdisjoint(self.optional) else 1


def _rule(code: str, concepts: tuple[str, ...]) -> _Rule:
    def marked(mark: str) -> frozenset[str]:
        return frozenset(c[1:] for c in concepts if c.startswith(mark))

    return _Rule(code, frozenset(c for c in concepts if c[0] not in "?!"), marked("?"), marked("!"))


def _index() -> dict[str, tuple[_Rule, ...]]:
    """Rules by each concept they require: only the rules some found concept could satisfy are scored."""
    index: dict[str, tuple[_Rule, ...]] = {}
    for code, alternatives in RULES.items():
        for concepts in alternatives:
            rule = _rule(code, concepts)
            for concept in rule.required:
                index[concept] = (*index.get(concept, ()), rule)
    return index


_RULES_BY_CONCEPT = _index()


def _fit(code: str, unit: str | None, is_change: bool, growth: bool) -> tuple[str, int] | None:
    """The code a value in ``unit`` is stored on and how well it fits (2 best), or None when it cannot be."""
    dimension = DIMENSION[code]
    if unit == "percent" and code in GROWTH_OF and (is_change or growth or dimension != "percent"):
        return GROWTH_OF[code], 2
    if unit is None:
        return (GROWTH_OF[code], 2) if growth and code in GROWTH_OF else (code, 2)
    if is_change and unit == "percent":
        return code, 1 if dimension == "percent" else 2  # a relative change: the level it changes comes first
    return (code, 2) if dimension == unit else None


def match_indicator(
    label: str | None,
    language: str,
    *,
    is_change: bool = False,
    unit: str | None = None,
    counted: str | None = None,
) -> str | None:
    """The catalogue code that ``label`` (words of a report in ``language``) and ``counted`` (what a count counts)
    name, for a value in ``unit`` (the extractor's: VND, USD, percent, hectare, count); None when nothing fits or
    two different codes fit equally well. Raises :class:`UnknownLanguageError` for a language not covered.
    """
    found, of_counted = _evidence(label, language, counted)
    if not found:
        return None
    growth = "growth" in found or "economic_growth" in found
    rules = {rule for concept in found for rule in _RULES_BY_CONCEPT.get(concept, ())}
    best: dict[str, tuple[int, int, int]] = {}
    for rule in rules:
        score = rule.score(found)
        fit = _fit(rule.code, unit, is_change, growth) if score else None
        counts_it = rule.counts(of_counted)
        if fit and counts_it is not None:
            best[fit[0]] = max(best.get(fit[0], (0, 0, 0)), (counts_it, score, fit[1]))
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# A sentence ends at a full stop, question or exclamation mark followed by a space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?。！？؟](?:\s|$)|\n")


def with_catalogue_codes(quantities: Sequence[Quantity], text: str, language: str) -> list[Quantity]:
    """The quantities with ``indicator`` set to the catalogue code their label names, where one fits.

    A change stated right after a level without naming what changed ("19.658 Mrd VND, ein Anstieg von 14,8 %")
    is about the level before it in the same sentence: it is read with that figure's label. A quantity whose label
    names no catalogue indicator keeps the text's own label, as the output contract says.
    """
    coded: list[Quantity] = []
    for i, quantity in enumerate(quantities):
        code = match_indicator(quantity.indicator, language, is_change=quantity.is_change, unit=quantity.unit,
                               counted=quantity.counted)
        if code is None and quantity.is_change and i > 0:
            before = quantities[i - 1]
            if not _SENTENCE_END.search(text, before.end, quantity.start):
                code = match_indicator(before.indicator, language, is_change=True, unit=quantity.unit,
                                       counted=before.counted)
        coded.append(replace(quantity, indicator=code) if code else quantity)
    return coded

"""The format every language file fills: how a language writes numbers, units, roles, changes and periods.

A language module (``languages/<code>.py``) exposes ``PROFILE = LanguageProfile(...)``. Everything here is data;
the extractor turns it into linear-time matchers once per profile.

How word lists are matched (all of them case-insensitively):

* **cue lists** (``target_cues``, ``expected_cues``, ``actual_cues``, ``change_cues``, ``comparison_cues``,
  ``skip_before``, ``time_words``, ``denominator_words``, ``level_before``): an entry matches at the start of a
  word and may continue, so a stem covers its inflections ("erreich" matches "erreichte"). End an entry with
  ``$`` to demand a whole word ("ziel$" matches "Ziel" but not "Ziellinie"). Entries may hold several words
  ("so far", "phấn đấu"). With ``spaced=False`` (Chinese, Japanese) entries match anywhere.
* **dictionaries after a number** (``scales``, ``units``, ``counted``): an entry matches the words that follow
  the number and must end at a word end (a trailing "." belongs to the entry, as in "Mrd."); the longest entry wins.
  ``counted`` entries are stems ("gemeinde" also matches "Gemeinden") unless ``counted_stems`` is False.
* ``clitic_prefixes``: letters that may be glued to the front of any word (Arabic و ب ل ال ...), allowed before
  every cue and noun.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

#: Period cue values: a half, a quarter, year-to-date, or "by end of" the nearest year.
PERIOD_CUE_VALUES = ("H1", "H2", "Q1", "Q2", "Q3", "Q4", "YTD", "END")


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """How one language writes the facts of a progress report. Only ``code``, ``name`` and ``decimal`` are required."""

    code: str  # ISO 639-1
    name: str  # English name of the language
    decimal: str  # the decimal separator of the language's own convention: "," or "."
    # Thousands separators besides none; a group separator must be followed by exactly three digits.
    group: tuple[str, ...] = ()
    # Words are separated by spaces (False for Chinese and Japanese: cues match anywhere, no word ends needed).
    spaced: bool = True
    # Scale words after a number: written form (lower case) → factor, e.g. {"milliarden": 1e9, "mrd.": 1e9}.
    scales: Mapping[str, float] = field(default_factory=_empty)
    # Units after a number (currency, percent, area): written form → unit code: {"us-dollar": "USD", "%": "percent"}.
    units: Mapping[str, str] = field(default_factory=_empty)
    # Currency/unit written before the number: {"$": "USD", "us$": "USD", "vnd": "VND"}.
    unit_prefixes: Mapping[str, str] = field(default_factory=_empty)
    # Counted nouns (stems, may hold several words) → English plural label: {"gemeinde": "communes"}.
    counted: Mapping[str, str] = field(default_factory=_empty)
    # Counted entries are stems that inflect ("gemeinde" → "Gemeinden"); False when words do not inflect and a
    # stem would run into another word (Vietnamese "hộ" households must not match "hội" association).
    counted_stems: bool = True
    # A counted stem may also end a compound word ("Investitionsprojekte" ends in "projekt"): German, Dutch.
    compound_heads: bool = False
    # Numbers written as words, used when a counted noun, unit or scale follows: {"drei": 3}.
    number_words: Mapping[str, float] = field(default_factory=_empty)
    # Noun forms that carry the number two themselves (Arabic dual): {"مشروعين": "projects"}.
    dual_nouns: Mapping[str, str] = field(default_factory=_empty)
    # Role cues, looked for in the clause and sentence around a number (see the module docstring for matching).
    target_cues: tuple[str, ...] = ()  # plan, aim, strive, set, goal ...
    expected_cues: tuple[str, ...] = ()  # expected, estimated, forecast ...
    actual_cues: tuple[str, ...] = ()  # strong evidence of a result: "so far", "since the start of the year"
    # Words that introduce the baseline of a comparison ("compared with 2023"): such a year is not the period.
    comparison_cues: tuple[str, ...] = ()
    # Words that make a figure a change rather than a level: increase, growth, reduced, "+".
    change_cues: tuple[str, ...] = ()
    # Words right before a number that make it the level reached, even next to a change word: "rose to 7%",
    # "stieg auf 7 %", "giảm còn 0,5%" (a change is "by": "rose by 2%").
    level_before: tuple[str, ...] = ()
    # Words that make the following number a non-quantity: "nr.", "no.", "رقم", "thứ", "tháng".
    skip_before: tuple[str, ...] = ()
    # Words after a number that make it a time, duration or date, not a quantity: "uhr", "monate", "tháng".
    time_words: tuple[str, ...] = ()
    # Month names (and abbreviations) → month number; a number next to one is part of a date.
    months: Mapping[str, int] = field(default_factory=_empty)
    # Words between a count and its denominator: "39 von 67", "39 of 67".
    denominator_words: tuple[str, ...] = ()
    # "14. Parteitag": a number with a dot before a word is an ordinal (German, Polish, Czech ...).
    ordinal_dot: bool = False
    # Ordinal endings glued to the number: "14th", "1er", "14º", "14-й".
    ordinal_suffixes: tuple[str, ...] = ()
    # Phrases naming a part of a year → PERIOD_CUE_VALUES: {"first half": "H1", "vierten quartal": "Q4"}.
    period_cues: Mapping[str, str] = field(default_factory=_empty)
    # Letters that may be glued to the front of a word (Arabic proclitics "و", "ب", "ال" ...).
    clitic_prefixes: tuple[str, ...] = ()

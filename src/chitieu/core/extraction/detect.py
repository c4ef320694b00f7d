"""Which language a report is written in: ISO 639-1 code, restricted to the languages extraction supports.

Scripts used by one supported language only are decided by counting characters (Arabic, Hangul, kana, Han,
Cyrillic): exact and instant. A Latin-script text long enough to be full of function words is decided by them
when one language's own words outnumber every other's many times over (a report in one language; each listed word
belongs to that language only among ours). The rest (short or mixed texts) go to lingua, restricted to our
languages, which tells Vietnamese from Indonesian and Spanish from Portuguese far better than a stop-word count.
lingua costs a millisecond per sample and, through its large models, slows the code that runs after it; its models
are loaded once, on first use. Only a bounded sample of the text is examined, so that detection costs the same for
a page and for a 10 MB dump.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages extraction has a profile for (issue 3); lingua only chooses among these.
SUPPORTED: tuple[str, ...] = ("vi", "en", "de", "fr", "es", "pl", "ar", "ru", "pt", "it", "id", "zh", "ja", "ko")
# What reaches lingua has no dominant non-Latin script: only Latin-script languages remain to tell apart.
LATIN_SCRIPT: tuple[str, ...] = ("vi", "en", "de", "fr", "es", "pl", "pt", "it", "id")
UNDETERMINED = "und"  # ISO 639-2's code for "undetermined": empty text, digits and punctuation only
SAMPLE_CHARS = 1500  # two paragraphs: lingua is sure of these languages long before; cost stays constant


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or ``"und"`` when it has no letters."""
    sample = _sample(text)
    if _LETTER.search(sample) is None:
        return UNDETERMINED
    if not sample.isascii() and _ANY_SCRIPT.search(sample) is not None:  # else no script decides: skip counting
        dominant = _dominant_script(sample)
        if dominant is not None:
            return dominant
        scripts = _script_counts(sample)
        by_script = _by_script(scripts, sum(scripts.values()))
        if by_script is not None:
            return by_script
    by_words = _by_function_words(sample)
    if by_words is not None:
        return by_words
    found = _detector(LATIN_SCRIPT).detect_language_of(sample)
    if found is None:
        return UNDETERMINED
    return found.iso_code_639_1.name.lower()


def _sample(text: str) -> str:
    """The first letters-bearing stretch of the text, at most ``SAMPLE_CHARS`` long."""
    first = _LETTER.search(text, 0, SAMPLE_CHARS * 4)
    start = first.start() if first else 0
    return text[start : start + SAMPLE_CHARS]


# Letters of the scripts that decide the language alone; counted with regexes (C speed, not a Python loop).
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "arabic": re.compile(
        r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
    ),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
}
_LETTER = re.compile(r"[^\W\d_]")


# Runs of each script's letters, for counting them (written "[..][..]*": a class first lets the engine skip ahead).
_SCRIPT_RUNS = {name: re.compile(pattern.pattern + pattern.pattern + "*") for name, pattern in _SCRIPTS.items()}
# Any letter of those scripts: a sample without one (most Latin-script text) needs no counting.
_ANY_SCRIPT = re.compile("|".join(pattern.pattern for pattern in _SCRIPTS.values()))


def _script_counts(sample: str) -> Counter[str]:
    counts = Counter({name: _count(pattern, sample) for name, pattern in _SCRIPT_RUNS.items()})
    counts["other"] = _count(_WORD, sample) - sum(counts.values())
    return counts


def _count(runs: re.Pattern[str], sample: str) -> int:
    """How many characters of ``sample`` the runs pattern covers: the lengths of the runs summed, far cheaper than a
    string per character."""
    return sum(map(len, runs.findall(sample)))


def _dominant_script(sample: str) -> str | None:
    """"ar" or "ru" when that script's letters are more than half of every character but the spaces, so more than
    half of the letters (which ``_by_script`` would decide): an Arabic or Russian report is told without counting
    its letters and the other scripts."""
    most_letters = len(sample) - sample.count(" ")
    for name, code in (("arabic", "ar"), ("cyrillic", "ru")):
        if _count(_SCRIPT_RUNS[name], sample) * 2 > most_letters:
            return code
    return None


def _by_script(scripts: Counter[str], letters: int) -> str | None:
    """Decide by script when one script that only one supported language uses dominates the letters."""
    if scripts["arabic"] * 2 > letters:
        return "ar"
    if scripts["cyrillic"] * 2 > letters:
        return "ru"
    # Korean may quote Han characters; Japanese always mixes kana into Han; Chinese has no kana at all.
    if scripts["hangul"] * 3 > letters:
        return "ko"
    east_asian = scripts["kana"] + scripts["han"]
    if east_asian * 2 > letters:
        return "ja" if scripts["kana"] * 20 > east_asian else "zh"
    return None


# Frequent function words, each used (as a whole word) by one of our Latin-script languages only: words two of
# them share ("de", "la", "que", "in", "die"/"das", "per", "con", "na", "to", ...) are left out.
_FUNCTION_WORDS: dict[str, str] = {
    word: code
    for code, words in {
        "vi": "của và các được những với này đã có không người một để theo đến từ về trên trong năm",
        "en": "the and of is were with for that this from which have has been are its their",
        "de": "der die und den dem ist nicht mit für von auf sich eine einer eines zum zur auch nach über wurde "
              "wird werden durch sowie bei",
        "fr": "les et est une dans pour sur qui par au aux avec sont été ont cette ces leur leurs ainsi également "
              "depuis selon ils être sera très milliards",
        "es": "el los las y fue fueron sus más año años hasta según también cuando donde nuevo nueva millones",
        "pt": "não em com ao aos os nas uma pelo pela pelos pelas numa foi foram são também seus suas até às já "
              "ainda ano anos é",
        "it": "della delle degli dei dell nel nella nei nell alla alle sul sulla dai agli che è sono gli anche stato "
              "stata stati questo questa anno dal dalla più tra hanno sia miliardi",
        "id": "yang dan dari untuk dengan ini itu pada dalam akan telah adalah oleh juga tersebut sebesar tahun",
        "pl": "w z ze się nie że oraz jest są od przez dla roku który które została został także również tego tym "
              "być było była wraz",
    }.items()
    for word in words.split()
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][^\W\d_]*")  # not "[..]+": a class first lets the regex engine skip ahead
# A decision needs running text in one language throughout: in each third of the sample, many function words
# (not a heading, a list of names or a table) and one language's far ahead. Short or mixed samples are lingua's.
FUNCTION_WORDS_PER_THIRD = 6
DOMINANCE = 4  # the winner's count over the runner-up's, in each third


def _by_function_words(sample: str) -> str | None:
    """The language whose own function words dominate every third of the sample, if one clearly does."""
    winners = {_dominant(counts) for counts in _function_word_thirds(sample)}
    return winners.pop() if len(winners) == 1 else None


def _function_word_thirds(sample: str) -> list[Counter[str]]:
    """How many function words of each language each third of the sample holds (the words of each third found
    in one call, and counted at C speed)."""
    lowered = sample.lower()  # may be longer than the sample: "İ" lower-cases to two characters
    return [Counter(filter(None, map(_FUNCTION_WORDS.get, _WORD.findall(lowered, start, end))))
            for start, end in pairwise(_third_bounds(lowered))]


def _third_bounds(text: str) -> tuple[int, int, int, int]:
    """Where the thirds of ``text`` begin and end, for counting words: a word belongs to the third its first letter
    lies in (offset × 3 // length), so a bound inside a word moves to that word's end."""
    bounds = [0]
    for k in (1, 2):
        at = (k * len(text) + 2) // 3  # the first offset of third k
        if 0 < at < len(text) and _LETTER.match(text, at - 1) is not None:
            at = _LETTERS.match(text, at).end()  # type: ignore[union-attr]  # "[..]*" always matches
        bounds.append(at)
    return bounds[0], bounds[1], bounds[2], len(text)


_LETTERS = re.compile(r"[^\W\d_]*")


def _dominant(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < FUNCTION_WORDS_PER_THIRD:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= DOMINANCE * runner_up else None


@cache
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    """lingua restricted to ``codes``; built once (models load lazily on first detection)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()

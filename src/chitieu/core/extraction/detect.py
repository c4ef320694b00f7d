"""Which language a report is written in: ISO 639-1 code, restricted to the languages extraction supports.

Scripts used by one supported language only are decided by counting characters (Arabic, Hangul, kana, Han,
Cyrillic): exact and instant. Latin-script texts go to lingua, restricted to our languages, which tells
Vietnamese from Indonesian and Spanish from Portuguese far better than a stop-word count. lingua's models are
loaded once, on first use, and only a bounded sample of the text is examined so that detection costs the same for a
page and for a 10 MB dump.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages extraction has a profile for (issue 3); lingua only chooses among these.
SUPPORTED: tuple[str, ...] = ("vi", "en", "de", "fr", "es", "pl", "ar", "ru", "pt", "it", "id", "zh", "ja", "ko")
UNDETERMINED = "und"  # ISO 639-2's code for "undetermined": empty text, digits and punctuation only
SAMPLE_CHARS = 5000  # a few paragraphs: enough for lingua to be sure, small enough to stay constant-time


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or ``"und"`` when it has no letters."""
    sample = _sample(text)
    scripts = _script_counts(sample)
    letters = sum(scripts.values())
    if letters == 0:
        return UNDETERMINED
    by_script = _by_script(scripts, letters)
    if by_script is not None:
        return by_script
    found = _detector().detect_language_of(sample)
    if found is None:
        return UNDETERMINED
    return found.iso_code_639_1.name.lower()


def _sample(text: str) -> str:
    """The first letters-bearing stretch of the text, at most ``SAMPLE_CHARS`` long."""
    start = next((i for i, ch in enumerate(text[: SAMPLE_CHARS * 4]) if ch.isalpha()), 0)
    return text[start : start + SAMPLE_CHARS]


def _script(ch: str) -> str:
    code = ord(ch)
    if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "arabic"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    return "other"


def _script_counts(sample: str) -> Counter[str]:
    return Counter(_script(ch) for ch in sample if ch.isalpha())


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


@cache
def _detector() -> LanguageDetector:
    """lingua restricted to the supported languages; built once (models load lazily on first detection)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_languages(*languages).build()

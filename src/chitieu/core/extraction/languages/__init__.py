"""Registry of language profiles: ``profile(code)`` gives the LanguageProfile of a supported language.

Each language lives in its own module exposing ``PROFILE``; a module that is not there (yet) is simply not
supported, so languages can be added one file at a time.
"""

from __future__ import annotations

import importlib

from chitieu.core.extraction.languages.base import LanguageProfile

#: Every language the extractor is meant to cover, in the order the issue lists them.
LANGUAGES: tuple[str, ...] = ("vi", "en", "de", "fr", "es", "pl", "ar", "ru", "pt", "it", "id", "zh", "ja", "ko")

_LOADED: dict[str, LanguageProfile] = {}


class UnknownLanguageError(ValueError):
    """No profile exists for the language code asked for."""


def _load(code: str) -> LanguageProfile | None:
    try:
        module = importlib.import_module(f"chitieu.core.extraction.languages.{code}")
    except ModuleNotFoundError as error:
        if error.name and error.name.endswith(f"languages.{code}"):
            return None
        raise
    found: LanguageProfile = module.PROFILE
    return found


def available() -> tuple[str, ...]:
    """The language codes whose profile module exists, in LANGUAGES order."""
    return tuple(code for code in LANGUAGES if has_profile(code))


def has_profile(code: str) -> bool:
    """True when ``code`` names a language with a profile module."""
    if code in _LOADED:
        return True
    if code not in LANGUAGES:
        return False
    found = _load(code)
    if found is not None:
        _LOADED[code] = found
    return found is not None


def profile(code: str) -> LanguageProfile:
    """The profile of language ``code`` (ISO 639-1); UnknownLanguageError if there is none."""
    if not has_profile(code):
        raise UnknownLanguageError(
            f"no language profile for {code!r}; available: {', '.join(available()) or 'none'}")
    return _LOADED[code]


__all__ = ["LANGUAGES", "LanguageProfile", "UnknownLanguageError", "available", "has_profile", "profile"]

"""Reading progress reports: figures, document references and officials, in many languages (issue 3).

``extract(text)`` returns an :class:`Extraction`; ``Extraction.to_json(doc)`` gives the output contract.
Pure core: no Django, no clock.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from chitieu.core.documents import find_codes
from chitieu.core.extraction.languages import LANGUAGES, LanguageProfile, UnknownLanguageError, profile
from chitieu.core.extraction.model import DocRef, Extraction, Flag, Person, Quantity
from chitieu.core.extraction.numbers import fold_digits

#: Recorded with every imported fact so that a fact can be traced to the rules that produced it.
EXTRACTOR_VERSION = "0.1.0"


def _optional(name: str) -> ModuleType | None:
    """A sibling module that another part of the library provides, or None while it is not there."""
    try:
        return importlib.import_module(f"chitieu.core.extraction.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"chitieu.core.extraction.{name}":
            return None
        raise


def _script_guess(text: str) -> str:
    """A fallback language guess from the script alone, used only when detect.py is not available."""
    counts = {"ar": 0, "vi": 0, "latin": 0}
    for ch in text[:5000]:
        if "\u0600" <= ch <= "\u06ff":
            counts["ar"] += 1
        elif ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ":
            counts["vi"] += 1
        elif ch.isalpha():
            counts["latin"] += 1
    if counts["ar"] > counts["latin"]:
        return "ar"
    if counts["vi"] * 50 > counts["latin"]:
        return "vi"
    return "en"


def language_of(text: str) -> str:
    """The language code of ``text``: lingua through detect.py when present, else a script-based guess."""
    module = _optional("detect")
    if module is not None:
        found = module.detect_language(text)
        if found:
            return found
    return _script_guess(text)


def extract(text: str, language: str | None = None, *, units: object = None) -> Extraction:
    """Every quantity, document reference and person in ``text``.

    ``language`` is an ISO 639-1 code; when None it is detected. ``units`` is an optional collection of
    administrative units that place matching may use (passed through to the places module when present).
    Raises UnknownLanguageError for a language without a profile.
    """
    from chitieu.core.extraction import quantities as quantity_finder

    code = language or language_of(text)
    lang = profile(code)
    codes = find_codes(fold_digits(text))  # shared by the figures (not quantities) and the references
    found = quantity_finder.find_quantities(text, lang, codes=codes)
    plausibility = _optional("plausibility")
    if plausibility is not None and hasattr(plausibility, "flag_quantities"):
        found = plausibility.flag_quantities(found, text, lang)
    references = _optional("references")
    refs = references.find_references(text, lang, codes=codes) if references is not None else []
    people_module = _optional("people")
    people = people_module.find_people(text, lang) if people_module is not None else []
    return Extraction(language=code, quantities=tuple(found), doc_refs=tuple(refs), people=tuple(people),
                      extractor_version=EXTRACTOR_VERSION)


__all__ = [
    "EXTRACTOR_VERSION", "LANGUAGES", "DocRef", "Extraction", "Flag", "LanguageProfile", "Person", "Quantity",
    "UnknownLanguageError", "extract", "language_of", "profile",
]

"""Reading progress reports: figures, document references and officials, in many languages (issue 3).

``extract(text)`` returns an :class:`Extraction`; ``Extraction.to_json(doc)`` gives the output contract.
Pure core: no Django, no clock.
"""

from __future__ import annotations

from chitieu.core.documents import find_codes
from chitieu.core.extraction.languages import LANGUAGES, LanguageProfile, UnknownLanguageError, profile
from chitieu.core.extraction.model import DocRef, Extraction, Flag, Person, Quantity
from chitieu.core.extraction.numbers import fold_digits

#: Recorded with every imported fact so that a fact can be traced to the rules that produced it.
EXTRACTOR_VERSION = "0.2.0"


def language_of(text: str) -> str:
    """The language code of ``text`` (lingua, restricted to the 14 languages; "und" when undecidable)."""
    from chitieu.core.extraction.detect import detect_language

    return detect_language(text)


def extract(text: str, language: str | None = None) -> Extraction:
    """Every quantity, document reference and person in ``text``.

    ``language`` is an ISO 639-1 code; when None it is detected. A quantity's ``indicator`` is the catalogue code
    its label names where one fits, else the text's own label. Raises UnknownLanguageError for a language
    without a profile (and for text whose language cannot be told).
    """
    # Imported here: these modules import the package's model and profiles themselves.
    from chitieu.core.extraction import context, indicators, people, plausibility, quantities, references

    code = language or language_of(text)
    lang = profile(code)
    folded = fold_digits(text)
    codes = find_codes(folded, context.digit_runs(folded, code))  # shared by the figures and the references
    found = quantities.find_quantities(text, lang, codes=codes)
    found = indicators.with_catalogue_codes(found, text, code)
    found = plausibility.flag_quantities(found, text, lang)
    refs = references.find_references(text, lang, codes=codes)
    people_found = people.find_people(text, lang)
    return Extraction(language=code, quantities=tuple(found), doc_refs=tuple(refs), people=tuple(people_found),
                      extractor_version=EXTRACTOR_VERSION)


__all__ = [
    "EXTRACTOR_VERSION", "LANGUAGES", "DocRef", "Extraction", "Flag", "LanguageProfile", "Person", "Quantity",
    "UnknownLanguageError", "extract", "language_of", "profile",
]

"""From an extracted fact to the ledger: which indicator, which unit, which period, and the value in the
indicator's unit of measure.

The extractor speaks in raw units (``VND``, ``USD``, ``percent``, ``hectare``, ``count``) and English labels
("total production value", "Hai Ha district", "by end of 2023"); the ledger speaks in catalogue codes, unit codes,
periods (``2024-H1``) and units of measure ("billion VND", "%", "households"). Each function here translates one
of these and raises a specific error naming what it could not read, so that the reviewer knows what to supply.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from chitieu.core.periods import Period, PeriodError, parse_period, period_of

# --- units of measure ---------------------------------------------------------------------------------------

# Scale words that may precede a currency in a unit of measure or in a reviewer's edit ("billion VND", "tỷ đồng").
SCALES: dict[str, float] = {
    "thousand": 1e3, "nghìn": 1e3, "ngàn": 1e3,
    "million": 1e6, "triệu": 1e6, "mn": 1e6,
    "billion": 1e9, "tỷ": 1e9, "bn": 1e9,
    "trillion": 1e12,
}
CURRENCIES: dict[str, str] = {
    "vnd": "VND", "vnđ": "VND", "đồng": "VND", "dong": "VND", "đ": "VND",
    "usd": "USD", "us$": "USD", "$": "USD",
}
PERCENT = ("%", "percent", "per cent", "pct", "percentage points")
AREA = ("ha", "hectare", "hectares")
#: The units the extractor gives and a reviewer may type (with a scale before a currency: "billion VND").
EXTRACTOR_UNITS = ("VND", "USD", "percent", "hectare", "count")


class UnitOfMeasureError(ValueError):
    """A unit that cannot be read, or a value that cannot be converted between two units."""


@dataclass(frozen=True, slots=True)
class Measure:
    """What a unit measures (``VND``, ``USD``, ``percent``, ``hectare``, ``count``) and its scale factor."""

    dimension: str
    scale: float = 1.0


def measure(unit: str, *, catalogue: bool = False) -> Measure:
    """Read a unit as the extractor, a reviewer or (``catalogue``) the indicator catalogue writes it: "VND",
    "billion VND", "million VND/person", "%", "ha", "count"; in the catalogue any noun ("households",
    "criteria (of 19)") is a count. A per-something unit keeps what comes before the slash: the extractor gives
    income per person in VND, the "per person" being in the indicator's label. Another unit of a fact ("km")
    measures only itself.
    """
    text = unicodedata.normalize("NFC", unit).strip().casefold()
    if not text:
        raise UnitOfMeasureError("no unit given")
    if text == "yes/no":
        return Measure("count")  # a binary indicator counts 1 once met
    head = text.split("/", 1)[0].strip()
    if head in PERCENT:
        return Measure("percent")
    if head in AREA:
        return Measure("hectare")
    words = head.split()
    scale = 1.0
    while words and words[0] in SCALES:
        scale *= SCALES[words.pop(0)]
    if words and " ".join(words) in CURRENCIES:
        return Measure(CURRENCIES[" ".join(words)], scale)
    if scale != 1.0:
        raise UnitOfMeasureError(f"{unit!r}: a scale word needs a currency after it (e.g. billion VND)")
    if head == "count" or (catalogue and re.fullmatch(r"[^\W\d_][\w\s,().-]*", head)):
        return Measure("count")  # households, communes, visits, criteria (of 19), doctors per 10,000
    return Measure(head)


def convert(value: float, unit: str, unit_of_measure: str) -> float:
    """``value`` in ``unit`` expressed in ``unit_of_measure``: 3.6e13 VND is 36,000 billion VND."""
    source, goal = measure(unit), measure(unit_of_measure, catalogue=True)
    if source.dimension != goal.dimension:
        raise UnitOfMeasureError(
            f"a value in {unit} cannot be stored in {unit_of_measure}: they measure different things"
        )
    converted = value * source.scale / goal.scale
    # Round off the binary noise of the division (36000.000000000004) without touching real decimals.
    return float(f"{converted:.12g}") if math.isfinite(converted) else converted


# --- periods ------------------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}
_BY_END = re.compile(r"^(?:by |until |to |at )?(?:the )?(?:end of |year-end )?(?P<y>\d{4})$")
_MONTH_RANGE = re.compile(r"^(?P<a>[a-z]+)\.?\s*[-–—]\s*(?P<b>[a-z]+)\.?\s+(?P<y>\d{4})$")
_FIRST_MONTHS = re.compile(r"^(?:the )?(?:first )?(?P<n>\d{1,2}) months (?:of )?(?P<y>\d{4})$")
_HALF = re.compile(r"^(?:the )?(?P<which>first|second) half(?: of)? (?P<y>\d{4})$")


def read_period(label: str) -> Period:
    """A period from the extractor's label: the notation of ``chitieu.core.periods`` ("2024", "2024-H1",
    "2021-2023") or the phrases the guideline allows ("by end of 2023", "Jan-Oct 2024", "first 9 months of 2024",
    "first half of 2024"). Raises :class:`PeriodError` saying what is accepted.
    """
    text = " ".join(label.strip().casefold().split())
    try:
        return parse_period(text)
    except PeriodError:
        pass
    if found := _BY_END.match(text):
        return parse_period(found["y"])
    if found := _FIRST_MONTHS.match(text):
        return parse_period(f"{found['y']}-YTD{int(found['n']):02d}")
    if found := _HALF.match(text):
        return parse_period(f"{found['y']}-H{1 if found['which'] == 'first' else 2}")
    if (found := _MONTH_RANGE.match(text)) and found["a"] in _MONTHS and found["b"] in _MONTHS:
        year, first, last = int(found["y"]), _MONTHS[found["a"]], _MONTHS[found["b"]]
        if first <= last:
            end = parse_period(f"{year}-{last:02d}").end
            return period_of(date(year, first, 1), end)
    raise PeriodError(
        f"period {label!r} cannot be read: write YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YTDMM or YYYY-YYYY"
    )


# --- indicators ---------------------------------------------------------------------------------------------


class CatalogueEntry(Protocol):
    """What matching needs of an indicator (the ``Indicator`` model has it)."""

    code: str
    name_en: str
    unit_of_measure: str


# Words that say nothing about which indicator is meant (the subject's kind word included: "of the district").
_STOP = frozenset(
    "a an and the of in for to on by with total number average overall amount level value multidimensional "
    "district province city".split()
)
# Spellings and synonyms folded to the catalogue's words before comparing.
_SYNONYMS = (
    ("economic growth", "grdp growth"),
    ("gross regional domestic product", "grdp"),
    ("urbanization", "urbanisation"),
    ("per capita", "per person"),
    ("foreign direct investment", "fdi"),
    ("provided with jobs", "given jobs"),
    ("visitors", "tourists"),
    ("arrivals", "tourists"),
    ("tourists", "tourist visits"),
    ("sector iii", "services"),
    ("sector ii", "industry and construction"),
    ("sector i", "agriculture forestry and fishery"),
    ("economic structure", "economy"),
    ("labor", "labour"),
)
_WORD = re.compile(r"[a-z0-9]+")
#: The least share of shared words for a label to name a catalogue indicator.
MATCH_THRESHOLD = 0.6


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def label_words(label: str) -> frozenset[str]:
    """The content words of an English label, folded: "Growth of total tourists" -> {growth, tourist}."""
    text = label.casefold().replace("-", " ")
    for written, meant in _SYNONYMS:
        text = text.replace(written, meant)
    return frozenset(_stem(w) for w in _WORD.findall(text) if w not in _STOP)


def is_growth(entry: CatalogueEntry) -> bool:
    """Whether the indicator measures growth (a change in % a year) rather than a level or a flow."""
    return "growth" in entry.code or "growth" in entry.name_en.casefold()


def _compatible(entry: CatalogueEntry, unit: str | None, is_change: bool) -> bool:
    """Whether a fact in ``unit`` could be stored on ``entry`` (a percentage change fits a growth indicator)."""
    if unit is None:
        return True
    try:
        wanted, offered = measure(unit).dimension, measure(entry.unit_of_measure, catalogue=True).dimension
    except UnitOfMeasureError:
        return False
    return wanted == offered or (is_change and wanted == "percent" and not is_growth(entry))


def _vocabulary_code(
    label: str, language: str | None, unit: str | None, is_change: bool, counted: str | None
) -> str | None:
    """The code the extraction's per-language vocabulary reads in ``label``; without a known language, the first
    language whose vocabulary names something, English first.
    """
    from chitieu.core.extraction import indicators as vocabulary  # the extraction package loads on use

    if language in vocabulary.LANGUAGES:
        languages: Iterable[str] = (language,)
    else:
        languages = dict.fromkeys(("en", *vocabulary.LANGUAGES))
    for lang in languages:
        code = vocabulary.match_indicator(label, lang, is_change=is_change, unit=unit, counted=counted)
        if code is not None:
            return code
    return None


def match_indicator(
    label: str,
    catalogue: Iterable[CatalogueEntry],
    *,
    unit: str | None = None,
    is_change: bool = False,
    language: str | None = None,
    counted: str | None = None,
) -> CatalogueEntry | None:
    """The catalogue indicator ``label`` names: its code; else the code the extraction's vocabulary reads in the
    label in the report's ``language`` (any language when not given) with the ``counted`` noun, if that code is
    in ``catalogue``; else the entry whose English name shares the most content words with it, among those a
    value in ``unit`` fits. Only words that occur in some catalogue name count: labels cut from a sentence
    carry words such as "reached" that name nothing, while a word the catalogue knows ("services" in
    "production value of sector III") tells indicators apart. The match must share at least
    :data:`MATCH_THRESHOLD` of the words of both; a growth label prefers growth indicators. None when nothing
    fits well enough or two fit equally well.
    """
    entries = list(catalogue)
    by_code = {e.code: e for e in entries}
    if label.strip() in by_code:
        return by_code[label.strip()]
    code = _vocabulary_code(label, language, unit, is_change, counted)
    if code in by_code:
        return by_code[code]
    names = {e.code: label_words(e.name_en) for e in entries}
    words = label_words(label) & frozenset().union(*names.values())
    if not words:
        return None
    scored = []
    for entry in entries:
        if not _compatible(entry, unit, is_change):
            continue
        theirs = names[entry.code]
        score = len(words & theirs) / len(words | theirs)
        if ("growth" in words) == is_growth(entry):
            score += 0.01  # breaks ties between "X" and "X growth" by whether the label speaks of growth
        scored.append((score, entry.code, entry))
    scored.sort(key=lambda s: (-s[0], s[1]))
    if not scored or scored[0][0] < MATCH_THRESHOLD:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][2]


def suggestions(label: str, catalogue: Iterable[CatalogueEntry], limit: int = 3) -> list[CatalogueEntry]:
    """The catalogue entries closest to ``label``, best first, for a reviewer who must choose."""
    words = label_words(label)
    scored = [(len(words & label_words(e.name_en)), e.code, e) for e in catalogue]
    return [e for score, _, e in sorted(scored, key=lambda s: (-s[0], s[1])) if score > 0][:limit]


# --- subjects -----------------------------------------------------------------------------------------------

# English and Vietnamese kind words a subject may carry ("Hai Ha district", "Quang Ninh province").
KIND_WORDS = frozenset(
    "district province city town commune ward township county municipality huyen tinh thanh pho xa phuong "
    "thi tran quan".split()
)


# The levels a subject's kind word allows: a "city" is a province-level or a district-level unit.
LEVELS_OF = {"city": ("province", "district")}


def subject_name(subject: str) -> tuple[str, str | None]:
    """The place name in a subject and the level its kind word names: "Hai Ha district" -> ("Hai Ha", "district");
    "city" is kept as such (see ``LEVELS_OF``)."""
    words = subject.split()
    level = None
    kept = []
    for word in words:
        folded = word.casefold().strip(",.")
        if folded in KIND_WORDS:
            level = {"province": "province", "tinh": "province", "commune": "commune", "xa": "commune",
                     "ward": "commune", "phuong": "commune", "township": "commune"}.get(folded, "district")
            if folded == "city":
                level = "city"  # a province (Hai Phong) or a district-level city (Ha Long), never a commune
        else:
            kept.append(word)
    return " ".join(kept), level


# --- reads for the review pages -----------------------------------------------------------------------------


def report_for_review(pk: int):  # type: ignore[no-untyped-def]
    """A report with its facts in text order and what each created (one query each); raises
    ``Report.DoesNotExist`` for an unknown id.
    """
    from chitieu.tracking.models import Report  # facts.py is read by pure tests too: load the ORM on use

    report = Report.objects.select_related("unit").get(pk=pk)
    report.fact_list = list(
        report.facts.select_related("observation__indicator", "observation__unit", "target__indicator",
                                    "target__document", "document")
    )
    return report


def reports_with_counts():  # type: ignore[no-untyped-def]
    """Every report, newest first, annotated with its number of facts pending, accepted and rejected."""
    from django.db.models import Count, Q

    from chitieu.tracking.models import Report

    return Report.objects.select_related("unit").annotate(
        pending=Count("facts", filter=Q(facts__status="pending")),
        accepted=Count("facts", filter=Q(facts__status="accepted")),
        rejected=Count("facts", filter=Q(facts__status="rejected")),
    )

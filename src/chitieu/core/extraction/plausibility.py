"""Flags for figures that are implausible for the level of the unit they are about, with the alternative reading.

Machine translation swaps the decimal and thousands separators now and then, and a reader then multiplies a
figure by a thousand: a district's six-month import-export of "33.796 Millionen USD" read with German conventions
is 33,796 million USD — more than most provinces trade — while 33.796 million is an ordinary district figure. The
extractor keeps the reading the language's conventions give (the annotation guideline demands it) and attaches a
``Flag`` carrying the alternative; nothing is silently changed, a reviewer decides.

Only upper bounds are checked: misreading a separator multiplies by 1000, and small figures are common and
legitimate (a 12-billion-VND project), so a lower bound would flag good data without knowing the indicator.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from chitieu.core.extraction.model import Flag, Quantity

COUNTRY, PROVINCE, DISTRICT, COMMUNE = "country", "province", "district", "commune"

# Largest plausible value of one figure, by unit and by the level of the unit the figure is about, whatever the
# indicator or period (a year's total is the largest figure a report gives). Orders of magnitude of Vietnamese
# economies, rounded up generously so that only thousand-fold errors trip them:
# * VND — national GDP about 11.5 million billion VND (2024, GSO): 1e16 → bound 3e16. The largest province
#   (Hồ Chí Minh City) about 1.8 million billion: bound 5e15. District production values run from a few thousand
#   to a few hundred thousand billion (Hải Hà's 2024 target: 36,000 billion): bound 1e15. Communes: tens to a few
#   thousand billion: bound 5e13.
# * USD — national trade about 790 billion USD (2024): bound 2e12. The largest provincial trade (Bắc Ninh, Hồ Chí
#   Minh City) about 100 billion: bound 3e11. Districts: up to a few billion, a very few industrial districts
#   tens of billions (Yên Phong): bound 1e10, so those few are flagged for a second look. Communes: bound 1e9.
# * hectare — Vietnam 33.1 million ha; the largest province (Nghệ An) 1.65 million; the largest districts about
#   0.3 million; the largest communes about 70,000.
# * percent — shares stop at 100 and growth or plan-fulfilment figures at a few hundred; four digits are a
#   separator read as thousands ("14.800 %"), at any level.
UPPER_BOUNDS: dict[str, dict[str, float]] = {
    "VND": {COUNTRY: 3e16, PROVINCE: 5e15, DISTRICT: 1e15, COMMUNE: 5e13},
    "USD": {COUNTRY: 2e12, PROVINCE: 3e11, DISTRICT: 1e10, COMMUNE: 1e9},
    "hectare": {COUNTRY: 4e7, PROVINCE: 2e6, DISTRICT: 4e5, COMMUNE: 1e5},
    "percent": {COUNTRY: 1000, PROVINCE: 1000, DISTRICT: 1000, COMMUNE: 1000},
}
SEPARATOR_FACTOR = 1000  # one separator read the wrong way round moves the value by three digits

# A separator followed by exactly three digits: the only place a decimal/thousands confusion can happen.
_AMBIGUOUS_GROUP = re.compile(r"\d[.,\u066b\u066c]\d{3}(?!\d)")


class UnknownLevel(ValueError):
    """A subject level that is not one of country, province, district, commune (or None)."""


def check(quantity: Quantity, subject_level: str | None) -> list[Flag]:
    """The doubts about ``quantity`` for a subject at ``subject_level`` (None: national or unknown subject)."""
    level = COUNTRY if subject_level is None else subject_level
    if level not in (COUNTRY, PROVINCE, DISTRICT, COMMUNE):
        raise UnknownLevel(f"unknown subject level {subject_level!r}; expected province, district, commune or None")
    flags: list[Flag] = []
    scale = _scale_flag(quantity, level)
    if scale is not None:
        flags.append(scale)
    if quantity.denominator is not None and quantity.denominator > 0 and quantity.value > quantity.denominator:
        flags.append(
            Flag(
                kind="exceeds_denominator",
                reason=f"{_plain(quantity.value)} is more than its denominator {_plain(quantity.denominator)}",
            )
        )
    return flags


def with_flags(quantity: Quantity, subject_level: str | None) -> Quantity:
    """``quantity`` with the flags of ``check`` appended (the value itself is unchanged)."""
    found = check(quantity, subject_level)
    return dataclasses.replace(quantity, flags=quantity.flags + tuple(found)) if found else quantity


def flag_quantities(quantities: Iterable[Quantity], text: str = "", profile: object = None) -> list[Quantity]:
    """Every quantity with its plausibility flags, the level taken from its subject ("Hai Ha district").

    ``text`` and ``profile`` are accepted for the extractor's calling convention and not needed: the subject
    label already names the unit. A quantity without a subject is checked against national bounds.
    """
    return [with_flags(quantity, subject_level(quantity.subject)) for quantity in quantities]


# The last word of an English subject label, when the label is no unit that places.py knows.
_LEVEL_WORDS = {"province": PROVINCE, "district": DISTRICT, "town": DISTRICT, "commune": COMMUNE, "ward": COMMUNE,
                "township": COMMUNE, "zone": COMMUNE}  # fmt: skip


@lru_cache(maxsize=4096)
def subject_level(subject: str | None) -> str | None:
    """The level of a subject label: "Hai Ha district" → district, "Ha Long city" → district (a district-level
    city), "Quang Ninh province" → province; None when unknown (checked against national bounds)."""
    if not subject:
        return None
    from chitieu.core.extraction.places import match_place

    found = match_place(subject)
    if found:
        return found[0].level
    return _LEVEL_WORDS.get(subject.rsplit(" ", 1)[-1].lower())


def _scale_flag(quantity: Quantity, level: str) -> Flag | None:
    bound = UPPER_BOUNDS.get(quantity.unit, {}).get(level)
    if bound is None or abs(quantity.value) <= bound:
        return None
    where = "the country" if level == COUNTRY else f"a {level}"
    alternative = quantity.value / SEPARATOR_FACTOR
    if abs(alternative) <= bound and _AMBIGUOUS_GROUP.search(quantity.text):
        return Flag(
            kind="implausible_scale",
            alternative=alternative,
            reason=(
                f"{_plain(quantity.value)} {quantity.unit} is above {_plain(bound)}, the most plausible for "
                f"{where}; read with the separator the other way round it is {_plain(alternative)} "
                "(decimal/thousands confusion, common in translations)"
            ),
        )
    return Flag(
        kind="implausible_magnitude",
        reason=f"{_plain(quantity.value)} {quantity.unit} is above {_plain(bound)}, the most plausible for {where}",
    )


def _plain(value: float) -> str:
    """A figure for a message: 33,796,000,000 rather than 3.3796e+10."""
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 1000 else f"{value:,g}"

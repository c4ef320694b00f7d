"""Helpers shared by the hierarchy tests: days of each edition and hand-made units."""

from __future__ import annotations

from datetime import date

from chitieu.core.hierarchy import LEGACY, REFORM_2025, Edition, Level, Unit

BEFORE = date(2024, 6, 30)  # a day of the legacy edition (the Hải Hà resolution's first half-year)
AFTER = REFORM_2025

_KIND = {Level.PROVINCE: "Tỉnh", Level.DISTRICT: "Huyện", Level.COMMUNE: "Xã"}


def unit(code: str, level: Level, parent: str | None, edition: Edition = LEGACY, *, short: str = "") -> Unit:
    """A unit of ``edition`` named "<kind> <short>" (short name: "U<code>" unless given)."""
    kind = _KIND[level]
    short = short or f"U{code}"
    return Unit(
        code, level, kind, f"{kind} {short}", short, short, short, parent, edition.name, edition.valid_from,
        edition.valid_to,
    )  # fmt: skip

"""Numerals: folding other digit scripts to ASCII, and reading a numeral with a language's separators.

Folding keeps every character in place (one character in, one out) so that offsets found in the folded text are
offsets in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from chitieu.core.extraction.languages.base import LanguageProfile


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Arabic-Indic, Eastern Arabic, fullwidth, Devanagari, Bengali
    for zero in (0x0660, 0x06F0, 0xFF10, 0x0966, 0x09E6):
        for digit in range(10):
            table[zero + digit] = str(digit)
    # Arabic decimal and thousands signs, Arabic and fullwidth percent signs.
    # A fullwidth full stop is a decimal point ("１２．５"); the fullwidth comma stays punctuation.
    table.update({0x066B: ".", 0x066C: ",", 0x066A: "%", 0xFF05: "%", 0xFE6A: "%", 0xFF0E: "."})
    return table


_FOLD = _fold_table()
# Runs of characters that fold: most texts have none, and str.translate visits every character in Python-level
# lookups, so only these runs are translated.
# Written "[..][..]*", not "[..]+": a class first lets the regex engine skip to candidates (a repeat first makes it
# enter the matcher at every position).
_FOLDABLE_CLASS = "[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]"
_FOLDABLE = re.compile(_FOLDABLE_CLASS + _FOLDABLE_CLASS + "*")

#: A run of ASCII digits joined by characters that may separate digit groups or decimals. Each repetition starts
#: with a separator that ``\d`` cannot match, so matching is linear. "\d\d*" (the same as "\d+") starts with a
#: class, which lets the regex engine skip ahead to digits.
NUMERAL_RUN = re.compile(r"\d\d*(?:[.,'\u00a0\u202f\u2009 ]\d+)*")

_SEPARATOR_OR_DIGITS = re.compile(r"\d+|[^\d]")


def fold_digits(text: str) -> str:
    """``text`` with Arabic-Indic, Eastern Arabic, fullwidth (and Indic) digits as ASCII; same length."""
    global _last_folded
    last = _last_folded
    if last[0] is text:  # extraction folds the same text for its codes, figures and references
        return last[1]
    folded = text
    if not text.isascii() and _FOLDABLE.search(text) is not None:
        folded = _FOLDABLE.sub(lambda run: run.group().translate(_FOLD), text)
    _last_folded = (text, folded)
    return folded


_last_folded: tuple[str | None, str] = (None, "")  # the last text folded and its folding (one: bounded memory)


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every run of ``\\d`` in ``text``, in order (remembered for the last text: figures, periods
    and document codes all start at these runs)."""
    global _last_runs
    last = _last_runs
    if last[0] is text:
        return last[1]
    runs = [match.span() for match in _DIGIT_RUN.finditer(text)]
    _last_runs = (text, runs)
    return runs


_DIGIT_RUN = re.compile(r"\d\d*")  # not "\d+": a class first lets the engine skip to digits
_last_runs: tuple[str | None, list[tuple[int, int]]] = (None, [])


class NumeralError(ValueError):
    """A string is not a numeral in the given language's convention."""


@dataclass(frozen=True, slots=True)
class Numeral:
    """A numeral read from text: where it lies (relative to the run it came from) and its exact value."""

    start: int
    end: int
    value: Decimal
    grouped: bool  # thousands separators were used ("36.000")
    decimals: int  # digits after the decimal separator


def _is_group(sep: str, digits: str, first: str, profile: LanguageProfile, seen_decimal: bool) -> bool:
    return sep in profile.group and len(digits) == 3 and len(first) <= 3 and not seen_decimal


def read_numerals(run: str, profile: LanguageProfile) -> list[Numeral]:
    """The numerals in a NUMERAL_RUN match, read with ``profile``'s separators.

    A group separator must be followed by exactly three digits and the first group may hold at most three;
    a separator that fits neither grouping nor the decimal convention ends the numeral and a new one begins.
    A lone "." or "," that cannot be a group separator is read as a decimal point, whatever the convention,
    since translations often keep the source text's decimals ("16.5%" in a German text).
    """
    if run.isdecimal():  # digits only (what "\\d" matches): one numeral, nothing to decide
        return [Numeral(0, len(run), Decimal(run), False, 0)]
    parts = _SEPARATOR_OR_DIGITS.findall(run)
    found: list[Numeral] = []
    index, offset = 0, 0
    while index < len(parts):
        numeral, used = _read_one(parts, index, profile)
        length = sum(len(p) for p in parts[index:index + used])
        found.append(Numeral(offset + numeral.start, offset + length, numeral.value, numeral.grouped,
                             numeral.decimals))
        offset += length
        index += used
        if index < len(parts):  # skip the separator that ended the numeral
            offset += len(parts[index])
            index += 1
    return found


def _read_one(parts: list[str], index: int, profile: LanguageProfile) -> tuple[Numeral, int]:
    first = parts[index]
    integer, fraction, grouped = first, "", False
    used = 1
    while index + used + 1 < len(parts):
        sep, digits = parts[index + used], parts[index + used + 1]
        last = index + used + 2 >= len(parts)
        if _is_group(sep, digits, first, profile, bool(fraction)):
            integer += digits
            grouped = True
        elif not fraction and (sep == profile.decimal
                               or (sep in ".," and last and (sep not in profile.group or len(digits) != 3))):
            fraction = digits
        else:
            break
        used += 2
    value = Decimal(integer + ("." + fraction if fraction else ""))
    return Numeral(0, 0, value, grouped, len(fraction)), used


def parse_numeral(written: str, profile: LanguageProfile) -> Decimal:
    """The value of one numeral written in ``profile``'s convention ("36.000" in German is 36000).

    Raises NumeralError when ``written`` is not exactly one numeral.
    """
    folded = fold_digits(written.strip())
    match = NUMERAL_RUN.fullmatch(folded)
    if match is None:
        raise NumeralError(f"not a numeral: {written!r}")
    numerals = read_numerals(folded, profile)
    if len(numerals) != 1 or numerals[0].end != len(folded):
        raise NumeralError(f"{written!r} is not one numeral in the {profile.name} convention")
    return numerals[0].value


def format_numeral(value: Decimal, profile: LanguageProfile, *, grouped: bool = True) -> str:
    """``value`` written in ``profile``'s convention: its decimal separator and its first group separator."""
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    integer, _, fraction = text.partition(".")
    if grouped and profile.group:
        head = len(integer) % 3 or 3
        chunks = [integer[:head]] + [integer[i:i + 3] for i in range(head, len(integer), 3)]
        integer = profile.group[0].join(chunks)
    return sign + integer + (profile.decimal + fraction if fraction else "")

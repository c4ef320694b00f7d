"""Find document codes inside running text (for report extraction).

Candidates are found with two regexes whose every quantifier is bounded or followed by a literal that the
quantified class cannot match, so a scan is linear in the text length; each candidate is then checked by the
parser, which rejects dates (`12/2024`), fractions (`16/19`) and units (`100/ha`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from chitieu.core.documents.grammar import DocumentCode, DocumentCodeError, parse

# A letter, including combining marks so that decomposed (NFD) Vietnamese still matches.
_L = r"(?:[^\W\d_]|[\u0300-\u036f])"
_DASH = r"[-\u2010-\u2014\u2212]"
_SLASH = r"[/\u2044\u2215]"
_SP = r"[ \t\u00a0]{0,2}"
# "Not after a letter, digit, slash, dot, hyphen or &" is checked after the first digit (the same matches as a
# look-behind in front), so that each pattern starts with a digit class the regex engine can skip ahead to.
_NUMBER = r"[0-9](?<![\w/.\-&\u2010-\u2014][0-9])[0-9]{0,5}"
_AFTER = r"(?![\w&\u0300-\u036f])"

_PARTY = re.compile(
    rf"{_NUMBER}{_SP}{_DASH}{_SP}{_L}{{1,4}}{_SP}{_SLASH}{_SP}{_L}{{1,10}}{_AFTER}")
_STATE = re.compile(
    rf"{_NUMBER}{_SP}{_SLASH}{_SP}(?:[0-9]{{4}}{_SP}{_SLASH}{_SP})?"
    rf"{_L}[\w&\u0300-\u036f]{{0,24}}(?:{_SP}{_DASH}{_SP}[\w&\u0300-\u036f]{{1,25}}){{0,4}}{_AFTER}")
_LAST_PART = re.compile(rf"{_SP}{_DASH}{_SP}[\w&\u0300-\u036f]+$")


def find_codes(text: str, digit_runs: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int, DocumentCode]]:
    r"""All document codes in `text` as (start, end, code), ordered by start; offsets index `text` itself.

    `digit_runs`: the (start, end) of every run of `\d` in `text`, when the caller has them (report extraction
    does). A code's number is the start of such a run (no digit may precede it), so the patterns are then tried
    only at the runs that can begin one (at most six ASCII digits, then within two spaces a dash or slash)
    instead of being scanned over the whole text: the same matches, in the same order.
    """
    found: list[tuple[int, int, DocumentCode]] = []
    if digit_runs is None:
        party: Iterable[re.Match[str]] = _PARTY.finditer(text)
        state: Iterable[re.Match[str]] = _STATE.finditer(text)
    else:
        party = _matches_at_runs(_PARTY, _PARTY_NEXT, text, digit_runs)
        state = _matches_at_runs(_STATE, _STATE_NEXT, text, digit_runs)
    for match in party:
        _keep(found, match.start(), match.group())
    for match in state:
        _keep_state(found, match.start(), match.group())
    found.sort(key=lambda hit: (hit[0], -hit[1]))
    return _without_overlaps(found)


# What follows a code number's digits: at most two spaces, then a dash (party codes) or a slash (state codes).
_SPACES = " \t\u00a0"
_PARTY_NEXT = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_STATE_NEXT = "/\u2044\u2215"


def _matches_at_runs(pattern: re.Pattern[str], following: str, text: str, runs: Sequence[tuple[int, int]]
                     ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches begin with at most six ASCII digits at a run's
    start, then at most two spaces and one of ``following``."""
    resume = 0
    for start, end in runs:
        if start >= resume and end - start <= 6 and (after := text[end:end + 3].lstrip(_SPACES)) and \
                after[0] in following:
            match = pattern.match(text, start)
            if match is not None:
                resume = match.end()
                yield match


def _keep(found: list[tuple[int, int, DocumentCode]], start: int, candidate: str) -> bool:
    try:
        found.append((start, start + len(candidate), parse(candidate)))
    except DocumentCodeError:
        return False
    return True


def _keep_state(found: list[tuple[int, int, DocumentCode]], start: int, candidate: str) -> None:
    # A hyphen may run into the following words ("318/QĐ-TTg - về việc ..."), so drop trailing parts until the
    # candidate parses.
    while not _keep(found, start, candidate):
        shorter = _LAST_PART.sub("", candidate)
        if shorter == candidate:
            return
        candidate = shorter


def _without_overlaps(hits: list[tuple[int, int, DocumentCode]]) -> list[tuple[int, int, DocumentCode]]:
    kept: list[tuple[int, int, DocumentCode]] = []
    for hit in hits:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept

"""Document references in a report: coded ones ("12-NQ/HU") and those a translation left without a code.

A coded reference comes from `chitieu.core.documents.find_codes`; a codeless one is a document word followed by
a number ("Resolution No. 57", "Rezolucja nr 17", "القرار رقم 17", "第57号决议"). The words right after a
reference (before it in Chinese, Japanese and Korean) give its issuer, date and title:
"Nr. 12-NQ/HU des Bezirksparteikomitees vom 8. Dezember 2023 „zu den Aufgaben für 2024“".

Every regex here is an alternation of literals with bounded quantifiers, so scanning is linear in the text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from chitieu.core.documents import DocumentCode, find_codes
from chitieu.core.extraction.context import lowered, prefiltered
from chitieu.core.extraction.model import DocRef
from chitieu.core.extraction.numbers import digit_runs, fold_digits
from chitieu.core.extraction.vocab import dates, documents

# How far after a reference its issuer, date and title may be, and how long a title may run.
_TAIL_CHARS = 160
_ISSUER_REACH = 45
_TITLE_CHARS = 300
_LOOK_BACK = 40

_EAST_ASIAN = frozenset({"zh", "ja", "ko"})
_CASED_SCRIPTS = frozenset({"en", "de", "fr", "es", "pt", "it", "pl", "ru", "id", "vi"})
# In German and Polish "13." after a word is an ordinal ("Resolution des 13. Parteitags"), not a number.
_ORDINAL_DOT = frozenset({"de", "pl"})

_QUOTES = {"„": "“”\"", "“": "”\"", "\"": "\"", "«": "»", "‹": "›", "「": "」", "『": "』", "《": "》",
           "〈": "〉", "‘": "’", "‚": "‘’"}
_OPENING = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_SKIP = re.compile(r"[\s,]{0,6}")

# Where the words about a reference stop: a clause or sentence boundary. A full stop ends a sentence after a
# word of three letters or more or after a year, not after "Nr", "8." or "r." (Polish rok). Every alternative
# starts with its character (the full stop's look-behind comes after it), so that a search skips ahead to them.
_BOUNDARY = re.compile(
    r"[;؛。！？!?\n:、]|[,，،](?!\s*\d)|\.(?<=[^\W\d]{3}\.)(?=\s|$)|\.(?<=\d{4}\.)(?=\s|$)")


class _HasCode(Protocol):
    @property
    def code(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    head: int  # where the document word begins (the span itself for a bare code)
    tail: int  # where the words about the reference begin
    code: str | None
    number: str
    type: str | None
    issuer: str | None
    word: str | None  # the document word as written, for codeless mentions


@dataclass(frozen=True, slots=True)
class _Grammar:
    codeless: tuple[re.Pattern[str], ...]
    word_groups: dict[str, str]  # regex group name -> type code
    head: re.Pattern[str] | None
    suffix: re.Pattern[str] | None  # East Asian: counter and document word after a code ("号决议")
    issuer: re.Pattern[str] | None
    issuer_groups: dict[str, str]
    date: re.Pattern[str]
    title_cue: re.Pattern[str] | None


def find_references(text: str, profile: _HasCode, *, codes: list[tuple[int, int, DocumentCode]] | None = None
                    ) -> list[DocRef]:
    """Every document reference in `text`, one per mention, ordered by position.

    `profile` is the text's language profile; only its `code` (ISO 639-1) is read. Unknown languages still get
    their coded references. `codes`: `find_codes(fold_digits(text))` when the caller has it already.
    """
    lang = profile.code
    grammar = _grammar(lang)
    folded = fold_digits(text)
    mentions = _coded(folded, grammar, codes) + _codeless(folded, lang, grammar)
    mentions = _without_overlaps(sorted(mentions, key=lambda m: (m.start, -m.end)))
    refs = [_describe(folded, lang, grammar, m, _next_head(mentions, i)) for i, m in enumerate(mentions)]
    return _share_details(refs)


def _next_head(mentions: list[_Mention], i: int) -> int | None:
    return mentions[i + 1].head if i + 1 < len(mentions) else None


# --- finding mentions ---------------------------------------------------------------------------------------

# Chinese, Japanese and Korean write codes against the surrounding characters ("第12-NQ/HU号决议"), which the
# code finder reads as part of a word; it is given the text with those characters blanked (offsets unchanged).
_EAST_ASIAN_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")


def _coded(folded: str, grammar: _Grammar, codes: list[tuple[int, int, DocumentCode]] | None) -> list[_Mention]:
    found = []
    if grammar.suffix is not None:
        codes = find_codes(_EAST_ASIAN_CHARS.sub(" ", folded))
    elif codes is None:
        codes = find_codes(folded, digit_runs(folded))
    for start, end, code in codes:
        head = start
        if grammar.head is not None:
            before = grammar.head.search(folded, max(0, start - _LOOK_BACK), start)
            if before is not None:
                head = before.start()
        tail = end
        if grammar.suffix is not None:
            after = grammar.suffix.match(folded, end)
            if after is not None:
                tail = after.end()
        found.append(_Mention(start, end, head, tail, str(code), code.number, code.type, code.issuer, None))
    return found


def _codeless(folded: str, lang: str, grammar: _Grammar) -> list[_Mention]:
    found = []
    low = lowered(folded) if grammar.codeless else folded
    for pattern in grammar.codeless:
        for match in prefiltered(pattern).finditer(folded, low, lang):
            mention = _codeless_mention(folded, lang, grammar, match)
            if mention is not None:
                found.append(mention)
    return found


def _codeless_mention(folded: str, lang: str, grammar: _Grammar, match: re.Match[str]) -> _Mention | None:
    word_group = next(g for g in grammar.word_groups if match.group(g) is not None)
    word, number, marked = match.group(word_group), match.group("num"), match.group("marker") is not None
    if not marked and lang in _EAST_ASIAN and match.group("counter") is None:
        return None
    if not marked and lang in _CASED_SCRIPTS and not word[:1].isupper():
        return None  # "the plan 2 ..." in running text; a capitalised or numbered document word is a citation
    if not marked and len(number) == 4 and 1900 <= int(number) <= 2100:
        return None  # "Plan 2025", "Programm 2030": a year, not a document number
    if not marked and lang in _ORDINAL_DOT and re.match(r"\.\s", folded[match.end():match.end() + 2]):
        return None
    return _Mention(match.start(), match.end(), match.start(), match.end(), None, str(int(number)),
                    grammar.word_groups[word_group], None, word)


def _without_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    # A coded mention and the codeless reading of its number ("Nr. 12" in "Nr. 12-NQ/HU") overlap: the code,
    # sorted first when both start together, or the longer one wins.
    kept: list[_Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.code is not None and kept[-1].code is None:
                kept[-1] = replace(mention, head=min(mention.head, kept[-1].head))
            continue
        kept.append(mention)
    return kept


# --- describing a mention -----------------------------------------------------------------------------------

def _describe(folded: str, lang: str, grammar: _Grammar, mention: _Mention, next_head: int | None) -> DocRef:
    limit = min(mention.tail + _TAIL_CHARS, len(folded))
    if next_head is not None:
        limit = min(limit, next_head)
    stop = _BOUNDARY.search(folded, mention.tail, limit)
    tail_end = stop.start() if stop is not None else limit
    issuer, date, after = mention.issuer, None, mention.tail
    date_match = grammar.date.search(folded, mention.tail, tail_end)
    if date_match is not None and (date := _iso(date_match)) is not None:
        after = max(after, date_match.end())
    # A coded reference names its issuer in the code; the words naming it are still skipped to reach the title.
    named, after = _issuer_after(folded, grammar, mention, tail_end, date_match, after)
    if mention.code is None:
        issuer = named if named is not None else _issuer_before(folded, grammar, mention)
    if date is None and lang in _EAST_ASIAN:
        date = _date_before(folded, grammar, mention)
    title = _title(folded, lang, grammar, after, tail_end)
    kind = mention.type
    if (mention.word is not None and issuer in documents.STATE_DECISION_ISSUERS
            and documents.AMBIGUOUS_DECISION_WORDS.get(lang, "\0") in mention.word):
        kind = "QĐ"
    return DocRef(mention.start, mention.end, mention.code, mention.number, kind, issuer, date, title)


def _issuer_after(folded: str, grammar: _Grammar, mention: _Mention, tail_end: int,
                  date_match: re.Match[str] | None, after: int) -> tuple[str | None, int]:
    if grammar.issuer is None:
        return None, after
    reach = mention.tail + _ISSUER_REACH
    if date_match is not None:
        reach = max(reach, date_match.end() + _ISSUER_REACH // 2)
    found = grammar.issuer.search(folded, mention.tail, tail_end)
    if found is None or found.start() > reach:
        return None, after
    return grammar.issuer_groups[str(found.lastgroup)], max(after, found.end())


def _issuer_before(folded: str, grammar: _Grammar, mention: _Mention) -> str | None:
    # "the Politburo's Resolution No. 57", "政治局第57号决议", "2024年12月22日政治局第57号决议".
    if grammar.issuer is None:
        return None
    start = max(0, mention.head - 25)
    last = None
    for found in grammar.issuer.finditer(folded, start, mention.head):
        last = found
    if last is None:
        return None
    between = folded[last.end():mention.head]
    if re.fullmatch(r"(?:['’]s)?\s*(?:\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?)?\s*(?:的|の|의)?\s*",
                    between):
        return grammar.issuer_groups[str(last.lastgroup)]
    return None


def _date_before(folded: str, grammar: _Grammar, mention: _Mention) -> str | None:
    start = max(0, mention.head - 30)
    last = None
    for found in grammar.date.finditer(folded, start, mention.head):
        last = found
    return _iso(last) if last is not None else None


def _title(folded: str, lang: str, grammar: _Grammar, after: int, tail_end: int) -> str | None:
    # A title follows the reference, its issuer and its date directly, quoted or opened by a cue word; a quote
    # further on is something else (the year's work theme, a slogan).
    skip = _SKIP.match(folded, after)
    start = skip.end() if skip is not None else after
    opening = _OPENING.match(folded, start, tail_end)
    if opening is not None:
        closers = _QUOTES[opening.group()]
        for end in range(opening.end(), min(len(folded), opening.end() + _TITLE_CHARS)):
            char = folded[end]
            if char in closers:
                inner = folded[opening.end():end].strip()
                return inner or None
            if char == "\n":
                break
        return None
    if grammar.title_cue is None:
        return None
    cue = grammar.title_cue.match(folded, start, tail_end)
    if cue is None:
        return None
    title = folded[start:tail_end].strip(" \t,.")
    return title if len(title) > len(cue.group()) + 2 else None


def _iso(match: re.Match[str]) -> str | None:
    parts = {k[0]: v for k, v in match.groupdict().items() if v is not None}
    if "n" in parts:  # month written as a word
        month = _month_number(parts["n"])
    else:
        month = int(parts["m"]) if "m" in parts else None
    if month is None or "d" not in parts or "y" not in parts:
        return None
    try:
        return datetime.date(int(parts["y"]), month, int(parts["d"])).isoformat()
    except ValueError:
        return None


def _month_number(written: str) -> int | None:
    key = " ".join(written.casefold().split()).rstrip(".")
    for table in dates.MONTHS.values():
        if key in table:
            return table[key]
    return None


def _share_details(refs: list[DocRef]) -> list[DocRef]:
    # A report states a document's date and title once and then cites it bare: every mention of the same code
    # (or, without a code, the same type and number) gets what another mention states.
    known: dict[tuple[str | None, ...], DocRef] = {}
    for ref in refs:
        key = _identity(ref)
        seen = known.get(key)
        known[key] = ref if seen is None else replace(
            seen, issuer=seen.issuer or ref.issuer, date=seen.date or ref.date, title=seen.title or ref.title)
    shared = []
    for ref in refs:
        best = known[_identity(ref)]
        if ref.code is None and ref.issuer is not None and best.issuer not in (None, ref.issuer):
            shared.append(ref)
            continue
        shared.append(replace(ref, issuer=ref.issuer or best.issuer, date=ref.date or best.date,
                              title=ref.title or best.title))
    return shared


def _identity(ref: DocRef) -> tuple[str | None, ...]:
    return (ref.code,) if ref.code is not None else (None, ref.type, ref.number)


# --- per-language grammar -----------------------------------------------------------------------------------

@cache
def _grammar(lang: str) -> _Grammar:
    words = documents.DOC_WORDS.get(lang, ())
    groups = {f"w{i}": kind for i, (_, kind) in enumerate(words)}
    word_alt = "|".join(f"(?P<w{i}>{pattern})" for i, (pattern, _) in enumerate(words))
    marker = documents.NUMBER_MARKERS.get(lang)
    issuers = documents.ISSUERS.get(lang, ())
    issuer_alt = "|".join(f"(?P<i{i}>{pattern})" for i, (pattern, _) in enumerate(issuers))
    cue = documents.TITLE_CUES.get(lang) if lang not in _EAST_ASIAN else None
    return _Grammar(
        codeless=_codeless_patterns(lang, word_alt, marker) if words else (),
        word_groups=groups,
        head=_head_pattern(lang, word_alt, marker) if words else None,
        suffix=_suffix_pattern(lang, words),
        issuer=re.compile(_bounded(lang, issuer_alt), re.IGNORECASE) if issuers else None,
        issuer_groups={f"i{i}": code for i, (_, code) in enumerate(issuers)},
        date=_date_pattern(lang),
        # Arabic ب ("related to") is written joined to the next word, so no word boundary follows the cue there.
        title_cue=re.compile(rf"(?:{cue})" + ("" if lang == "ar" else r"(?!\w)"), re.IGNORECASE) if cue else None,
    )


def _bounded(lang: str, alternation: str) -> str:
    # Words must stand alone, except in scripts without spaces and for Arabic clitics (للجنة، بالقرار).
    if lang in _EAST_ASIAN:
        return f"(?:{alternation})"
    if lang == "ar":
        return rf"(?<![^\W\d_ولبفك])(?:[وف]?(?:بال|لل|كال|ال|ب|ل|ك)?)(?:{alternation})(?!\w)"
    return rf"(?<!\w)(?:{alternation})(?!\w)"


_NUM = r"(?P<num>[0-9]{1,6})(?![0-9]|[.,][0-9])"


def _codeless_patterns(lang: str, word_alt: str, marker: str | None) -> tuple[re.Pattern[str], ...]:
    flags = re.IGNORECASE
    if lang in _EAST_ASIAN:
        counter = documents.NUMBER_COUNTERS[lang]
        words = f"(?:{word_alt})"
        after_number = rf"(?:(?P<marker>{marker})\s?)?{_NUM}\s?(?P<counter>{counter})\s?(?:的|の|의)?\s?{words}"
        before_number = rf"{words}\s?(?:(?P<marker>{marker})\s?)?{_NUM}\s?(?P<counter>{counter})?"
        return re.compile(after_number, flags), re.compile(before_number, flags)
    qualifier = documents.QUALIFIERS.get(lang)
    qual = rf"(?:\s+(?:{qualifier}))?" if qualifier else ""
    mark = rf"(?:\s*(?P<marker>{marker}))?" if marker else r"(?P<marker>(?!))?"
    body = rf"{_bounded(lang, word_alt)}{qual}{mark}\s*{_NUM}(?![^\W\d_])"
    return (re.compile(body, flags),)


def _head_pattern(lang: str, word_alt: str, marker: str | None) -> re.Pattern[str]:
    # The document word (and number marker) right before a code: "Resolution Nr. " + "12-NQ/HU".
    plain = re.sub(r"\(\?P<w\d+>", "(?:", word_alt)
    if lang in _EAST_ASIAN:
        return re.compile(rf"(?:{marker})\s?$")
    qualifier = documents.QUALIFIERS.get(lang)
    qual = rf"(?:\s+(?:{qualifier}))?" if qualifier else ""
    mark = rf"(?:\s*(?:{marker}))?" if marker else ""
    return re.compile(rf"(?<!\w)(?:{plain}){qual}{mark}\s*$", re.IGNORECASE)


def _suffix_pattern(lang: str, words: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if lang not in _EAST_ASIAN:
        return None
    plain = "|".join(pattern for pattern, _ in words)
    counter = documents.NUMBER_COUNTERS[lang]
    return re.compile(rf"\s?(?:{counter})?\s?(?:的|の|의)?\s?(?:{plain})?")


@cache
def _date_pattern(lang: str) -> re.Pattern[str]:
    months = sorted(dates.MONTHS.get(lang, {}), key=len, reverse=True)
    month_alt = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in months)
    forms = [
        r"(?<![0-9])(?P<d3>[0-9]{1,2})[./-](?P<m3>[0-9]{1,2})[./-](?P<y3>[0-9]{4})(?![0-9])",
        r"(?<![0-9])(?P<y4>[0-9]{4})\s?(?:年|년|-)\s?(?P<m4>[0-9]{1,2})\s?(?:月|월|-)\s?(?P<d4>[0-9]{1,2})(?![0-9])",
        r"(?:ngày|ngay)\s+(?P<d5>[0-9]{1,2})\s+(?:tháng|thang)\s+(?P<m5>[0-9]{1,2})\s+(?:năm|nam)\s+"
        r"(?P<y5>[0-9]{4})",
    ]
    if month_alt:
        forms.insert(0, rf"(?<![0-9])(?P<d1>[0-9]{{1,2}})(?:\.|º|°|er)?\s*(?:de\s+)?(?P<n1>{month_alt})"
                        rf"(?!\w)\.?\s*(?:de\s+|del\s+|,\s*)?(?P<y1>[0-9]{{4}})(?![0-9])")
        forms.insert(1, rf"(?<!\w)(?P<n2>{month_alt})\.?\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+"
                        rf"(?P<y2>[0-9]{{4}})(?![0-9])")
    return re.compile("|".join(forms), re.IGNORECASE)

"""Place names in reports matched to administrative units of both editions of the map.

Two ways a name is recognised:

* **Latin script** (Vietnamese, and every translation that keeps the Vietnamese spelling with or without
  diacritics): the name's words are folded ("Hải Hà" → "haiha") and looked up among the units' short names and
  the source's aliases ("Halong", "Hanoi"). A *kind word* next to the name ("huyện Hải Hà", "Bezirk Hai Ha",
  "district de Hai Ha", "Hai Ha district", "powiatu Hai Ha") restricts the level and admits communes; without one,
  only provinces and districts are matched and every word of the name must be capitalised, because hundreds of
  commune names are also ordinary words ("Hòa Bình", "Thống Nhất", "Tân Tiến").
* **Other scripts** (Arabic, Russian, Japanese katakana): translations transliterate the name by ear
  ("مدينة هالونج", "город Халонг", "ハロン"), so both the unit names and the text are reduced to a *sound
  skeleton* — consonant classes and vowel slots, repeated symbols collapsed — and compared. A transliteration
  loses too much for communes, so only provinces and districts are matched this way, and Arabic and Cyrillic
  names need a kind word before them ("مدينة", "مقاطعة", "город", "провинция"). Chinese, Korean and Japanese
  kanji write Vietnamese places with Sino-Vietnamese characters or Hangul that no rule maps back: not matched.

A name often fits several units (nine districts are called Châu Thành; Hải Hà is a district and a commune):
every fitting unit is returned, most likely first (higher level first, then the legacy edition, then code).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import cast

from chitieu.core.hierarchy import Level, Unit, load_hierarchy
from chitieu.core.hierarchy.names import ascii_fold, search_key

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
CITY = (PROVINCE, DISTRICT)  # a "thành phố" is a province-level or a district-level city
MAX_NAME_WORDS = 4  # "Thành phố Hồ Chí Minh" is the longest common short name (4 words)


@dataclass(frozen=True, slots=True)
class UnitRef:
    """A unit a place name refers to: enough to show it and to find it again in the hierarchy."""

    code: str
    level: str
    edition: str
    name_en: str  # "Hai Ha District"
    name: str  # "Huyện Hải Hà"
    parent_code: str | None

    @property
    def label(self) -> str:
        """The English label used for a fact's subject: "Hai Ha district", "Ha Long city", "District 1"."""
        head, _, last = self.name_en.rpartition(" ")
        if not head or last[:1].isdigit():
            return self.name_en
        return f"{head} {last.lower()}"


# --- kind words ----------------------------------------------------------------------------------------
# Folded (ASCII, lower case) word sequences that name a level, in the languages of issue 3. A trailing "*"
# marks a stem that takes case endings (German "Bezirks", Polish "powiatu", Russian "провинции").
KIND_WORDS: dict[str, tuple[str, ...]] = {
    # Vietnamese
    "tinh": (PROVINCE,), "thanh pho": CITY, "tp": CITY, "huyen": (DISTRICT,), "quan": (DISTRICT,),
    "thi xa": (DISTRICT,), "tx": (DISTRICT,), "xa": (COMMUNE,), "phuong": (COMMUNE,), "thi tran": (COMMUNE,),
    "tt": (COMMUNE,), "dac khu": (COMMUNE,),
    # English, French, Spanish, Portuguese, Italian, Indonesian (kind words shared by several are listed once)
    "province": (PROVINCE,), "provincia": (PROVINCE,), "provinsi": (PROVINCE,), "district": (DISTRICT,),
    "distrito": (DISTRICT,), "distretto": (DISTRICT,), "distrik": (DISTRICT,), "kabupaten": (DISTRICT,),
    "city": CITY, "ville": CITY, "ciudad": CITY, "cidade": CITY, "citta": CITY, "kota": CITY, "town": (DISTRICT,),
    "commune": (COMMUNE,), "comuna": (COMMUNE,), "comune": (COMMUNE,), "komune": (COMMUNE,), "desa": (COMMUNE,),
    "ward": (COMMUNE,), "township": (COMMUNE,), "quartier": (COMMUNE,), "barrio": (COMMUNE,),
    "kelurahan": (COMMUNE,), "special zone": (COMMUNE,),
    # German and Polish
    "provinz*": (PROVINCE,), "bezirk*": (DISTRICT,), "kreis*": (DISTRICT,), "landkreis*": (DISTRICT,),
    "distrikt*": (DISTRICT,), "stadt": CITY, "gemeinde*": (COMMUNE,), "kommune*": (COMMUNE,),
    "prowincj*": (PROVINCE,), "dystrykt*": (DISTRICT,), "powiat*": (DISTRICT,), "powiec*": (DISTRICT,),
    "okreg*": (DISTRICT,), "miast*": CITY, "miesc*": CITY, "gmin*": (COMMUNE,),
    # Russian
    "провинци*": (PROVINCE,), "уезд*": (DISTRICT,), "район*": (DISTRICT,), "округ*": (DISTRICT,),
    "город*": CITY, "коммун*": (COMMUNE,), "общин*": (COMMUNE,),
    # Arabic (after removing the clitics و ف ب ل and the article ال)
    "مدينة": CITY, "مدينه": CITY, "مقاطعة": (PROVINCE,), "محافظة": (PROVINCE,), "ولاية": (PROVINCE,),
    "إقليم": (PROVINCE,), "منطقة": (DISTRICT,), "مديرية": (DISTRICT,), "ناحية": (DISTRICT,),
    "بلدية": (COMMUNE,), "بلدة": (COMMUNE,), "كومونة": (COMMUNE,), "كوميونة": (COMMUNE,),
}  # fmt: skip
# Small words between a kind word and the name: "district de Hai Ha", "province of Quang Ninh", "Bezirk von".
CONNECTORS = frozenset({"of", "de", "d", "du", "des", "di", "del", "della", "do", "da", "von", "der", "the"})
_STEM_SLACK = 4  # a stem takes at most this many letters of ending

_WORD = re.compile(r"[^\W_]+")
# Written class-first (not "[...]{2,}") so that the regex engine skips ahead to katakana.
_KATAKANA = r"[\u30A1-\u30FA\u30FC]"
_KATAKANA_RUN = re.compile(_KATAKANA + _KATAKANA + "+")
#: Where such a run begins, one character consumed (for context.word_starts, which reads it token by token).
KATAKANA_RUN_START = re.compile(f"{_KATAKANA}(?<!{_KATAKANA}{_KATAKANA})(?={_KATAKANA})")


def _fold_word(word: str) -> str:
    """A word folded for comparison: no diacritics, lower case, Arabic clitics removed (remembered in
    ``_FOLDED``: words repeat)."""
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= _FOLDED_LIMIT:  # bounds memory on endless distinct words; a report has a few thousand
            _FOLDED.clear()
        # An ASCII word has no diacritics to remove and no Arabic clitic: lower case is all there is to do.
        folded = _FOLDED[word] = word.lower() if word.isascii() else ascii_fold(_strip_arabic_clitics(word)).lower()
    return folded


_FOLDED: dict[str, str] = {}
_FOLDED_LIMIT = 1 << 16


def _strip_arabic_clitics(word: str) -> str:
    """ "والمدينة" → "مدينة": conjunction/preposition prefixes and the article do not change the noun."""
    if word[:1] in "وفبل" and len(word) > 4:
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


def _kind_table() -> tuple[dict[tuple[str, ...], tuple[str, ...]], dict[str, tuple[str, ...]]]:
    exact: dict[tuple[str, ...], tuple[str, ...]] = {}
    stems: dict[str, tuple[str, ...]] = {}
    for words, levels in KIND_WORDS.items():
        if words.endswith("*"):
            stems[words[:-1]] = levels
        else:
            exact[tuple(words.split())] = levels
    return exact, stems


_KIND_EXACT, _KIND_STEMS = _kind_table()


def _kind_at(folded: list[str], i: int) -> tuple[int, tuple[str, ...]] | None:
    """The kind word starting at word ``i``: (number of words, levels), or None."""
    for length in (2, 1):
        levels = _KIND_EXACT.get(tuple(folded[i : i + length]))
        if levels is not None and i + length <= len(folded):
            return length, levels
    levels = _kind_stem(folded[i])
    return (1, levels) if levels is not None else None


@lru_cache(maxsize=1 << 16)
def _kind_stem(word: str) -> tuple[str, ...] | None:
    """The levels of a kind stem the folded ``word`` inflects ("bezirks" → district), or None (cached): the first
    stem of ``KIND_WORDS`` that the word starts with, found by looking up the word's first letters at each stem
    length instead of trying every stem."""
    found = [_STEM_ORDER[stem] for length in _STEM_LENGTHS if (stem := word[:length]) in _STEM_ORDER
             and len(word) <= length + _STEM_SLACK]
    return _KIND_STEMS[_STEMS_IN_ORDER[min(found)]] if found else None


_STEMS_IN_ORDER = tuple(_KIND_STEMS)
_STEM_ORDER = {stem: order for order, stem in enumerate(_STEMS_IN_ORDER)}
_STEM_LENGTHS = sorted({len(stem) for stem in _KIND_STEMS})


# --- sound skeletons for transliterated names ---------------------------------------------------------

_LATIN_DIGRAPHS = (("ngh", "N"), ("ng", "N"), ("nh", "N"), ("gh", "K"), ("kh", "K"), ("ch", "T"), ("th", "T"),
                   ("tr", "T"), ("ph", "F"))  # fmt: skip
_LATIN_LETTERS = {"a": "A"} | dict.fromkeys("eiy", "I") | dict.fromkeys("ou", "U") | {"w": "U"}
_LATIN_LETTERS |= dict.fromkeys("bp", "B") | dict.fromkeys("ckqgj", "K")
_LATIN_LETTERS |= dict.fromkeys("dt", "T") | dict.fromkeys("fv", "F") | dict.fromkeys("sxz", "S")
_LATIN_LETTERS |= dict.fromkeys("lr", "L") | {"m": "M", "n": "N", "h": "H"}

_ARABIC_DIGRAPHS = (("نج", "N"), ("نغ", "N"), ("نك", "N"), ("نق", "N"), ("تش", "T"))
_ARABIC_LETTERS = dict.fromkeys("اأآة", "A") | dict.fromkeys("إىيئ", "I") | dict.fromkeys("وؤ", "U")
_ARABIC_LETTERS |= dict.fromkeys("هح", "H") | dict.fromkeys("بپ", "B")
_ARABIC_LETTERS |= dict.fromkeys("كقغخجگ", "K") | dict.fromkeys("تثدذطض", "T") | dict.fromkeys("فڤ", "F")
_ARABIC_LETTERS |= dict.fromkeys("سصشزظ", "S") | dict.fromkeys("لر", "L") | {"م": "M", "ن": "N"}

_CYRILLIC_DIGRAPHS = (("нг", "N"), ("нь", "N"), ("кх", "K"), ("тх", "T"), ("фх", "F"))
_CYRILLIC_LETTERS = dict.fromkeys("ая", "A") | dict.fromkeys("еёийыэ", "I") | dict.fromkeys("оую", "U")
_CYRILLIC_LETTERS |= dict.fromkeys("ьъ", "") | dict.fromkeys("бп", "B")
_CYRILLIC_LETTERS |= dict.fromkeys("кг", "K") | {"х": "H"} | dict.fromkeys("тдч", "T") | dict.fromkeys("фв", "F")
_CYRILLIC_LETTERS |= dict.fromkeys("сшщзжц", "S") | dict.fromkeys("лр", "L") | {"м": "M", "н": "N"}

# Katakana → romaji (Hepburn) for the sounds Vietnamese names use; small kana lengthen or soften the syllable.
_KANA_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ", "t": "タチツテト",
    "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ",
    "r": "ラリルレロ", "y": "ヤ ユ ヨ", "w": "ワ   ヲ",
}  # fmt: skip
_KANA = {kana: row + "aiueo"[i] for row, line in _KANA_ROWS.items() for i, kana in enumerate(line) if kana != " "}
_KANA |= {"ン": "n", "ー": "a", "ッ": "", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "a", "ュ": "u",
          "ョ": "o", "ヴ": "vu"}  # fmt: skip


def _skeleton(text: str, digraphs: tuple[tuple[str, str], ...], letters: dict[str, str]) -> str:
    text = text.lower()
    for pair, symbol in digraphs:
        text = text.replace(pair, symbol)
    out: list[str] = []
    for ch in text:
        symbol = ch if ch.isascii() and ch.isupper() else letters.get(ch, "")  # upper case: a digraph's symbol
        for s in symbol:  # a long vowel ("ー", "aa") is the same slot; consonants are all kept
            if not (out and out[-1] == s and s in "AIU"):
                out.append(s)
    return "".join(out)


def latin_skeleton(name: str) -> str:
    """The sound skeleton of a Vietnamese name: "Hạ Long" → "HALUN", "Quảng Ninh" → "KUANNIN"."""
    return _skeleton(ascii_fold(name), _LATIN_DIGRAPHS, _LATIN_LETTERS)


@lru_cache(maxsize=1 << 14)
def foreign_skeleton(name: str) -> str:
    """The sound skeleton of a transliterated name in Arabic, Cyrillic or katakana script ("" for others)."""
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if not unicodedata.combining(ch))
    name = name.replace("ـ", "")  # tatweel: Arabic letter stretching
    script = _script_of(name)
    if script == "arabic":
        if name.endswith("نه"):  # final "nh" is written ن + ه
            name = name[:-1]
        return _skeleton(name, _ARABIC_DIGRAPHS, _ARABIC_LETTERS)
    if script == "cyrillic":
        return _skeleton(name, _CYRILLIC_DIGRAPHS, _CYRILLIC_LETTERS)
    if script == "katakana":
        romaji = "".join(_KANA.get(ch, "") for ch in name)
        return _skeleton(romaji, _LATIN_DIGRAPHS, _LATIN_LETTERS)
    return ""


def _script_of(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            code = ord(ch)
            if 0x0600 <= code <= 0x06FF:
                return "arabic"
            if 0x0400 <= code <= 0x04FF:
                return "cyrillic"
            if 0x30A0 <= code <= 0x30FF:
                return "katakana"
            return "latin" if code < 0x0250 or 0x1E00 <= code <= 0x1EFF else "other"
    return "other"


def _skeleton_is_distinctive(skeleton: str) -> bool:
    # "HAIHA" (Hai Ha) is short but distinctive; "TAN" would match too many ordinary words.
    return len(skeleton) >= 4 and sum(1 for s in skeleton if s not in "AIU") >= 2


# --- the matcher --------------------------------------------------------------------------------------


def _rank(ref: UnitRef) -> tuple[int, int, str]:
    depth = {PROVINCE: 0, DISTRICT: 1, COMMUNE: 2}[ref.level]
    return (depth, 0 if ref.edition == "legacy" else 1, ref.code)


def _ref(unit: Unit) -> UnitRef:
    return UnitRef(unit.code, str(unit.level), unit.edition, unit.name_en, unit.name, unit.parent_code)


class UnitMatcher:
    """Finds place names in text and matches them to units; build once (about a second) and reuse."""

    def __init__(self, units: Iterable[Unit]) -> None:
        units = tuple(units)
        self._triggers: dict[str, bool] = {}
        # Whitespace-separated tokens seen in texts, sorted once: those holding trigger words (with their offsets) and
        # the others. A text's distinct tokens come from str.split, far cheaper than a regex over the text.
        self._token_triggers: dict[str, tuple[int, ...]] = {}
        self._plain_tokens: set[str] = set()
        by_key: dict[str, set[UnitRef]] = defaultdict(set)
        by_sound: dict[str, set[UnitRef]] = defaultdict(set)
        for unit in units:
            ref = _ref(unit)
            keys = {search_key(unit.short_name), *(a for a in unit.aliases if len(a) >= 4)}
            for key in keys:
                by_key[key].add(ref)
            if unit.level is not Level.COMMUNE:
                skeleton = latin_skeleton(unit.short_name)
                if _skeleton_is_distinctive(skeleton):
                    by_sound[skeleton].add(ref)
        self._by_key = {key: tuple(sorted(refs, key=_rank)) for key, refs in by_key.items()}
        # The folded first word of every name ("hai" of "Hải Hà", "halong"): a capitalised word that is none
        # of these cannot start a name, which lets find_places skip almost every capitalised word.
        self._first_words = frozenset(_fold_word(unit.short_name.split()[0]) for unit in units) | by_key.keys()
        self._by_sound = {key: tuple(sorted(refs, key=_rank)) for key, refs in by_sound.items()}

    def match_place(self, name: str) -> list[UnitRef]:
        """The units a place name may refer to, most likely first: "Bezirk Hai Ha", "huyện Hải Hà", "Halong"."""
        words = _WORD.findall(unicodedata.normalize("NFC", name))
        folded = [_fold_word(w) for w in words]
        levels: tuple[str, ...] | None = None
        if folded and (kind := _kind_at(folded, 0)) is not None:
            levels, words, folded = kind[1], words[kind[0] :], folded[kind[0] :]
        elif len(folded) > 1 and (kind := _kind_at(folded, len(folded) - 1)) is not None:
            levels, words, folded = kind[1], words[:-1], folded[:-1]
        elif len(folded) > 2 and (kind := _kind_at(folded, len(folded) - 2)) is not None and kind[0] == 2:
            levels, words, folded = kind[1], words[:-2], folded[:-2]
        while folded and folded[0] in CONNECTORS:
            words, folded = words[1:], folded[1:]
        found = self._lookup(words, "".join(folded))
        return [ref for ref in found if levels is None or ref.level in levels]

    def find_places(self, text: str, katakana: Iterable[int] | None = None) -> list[tuple[int, int, UnitRef]]:
        """Every place name in ``text`` as (start, end, unit); an ambiguous span gives one tuple per candidate,
        most likely first.

        ``katakana``: where the runs of two or more katakana begin, when the caller knows (extraction reads them
        with the text's other word lists); else the text is scanned for them."""
        found: list[tuple[int, int, UnitRef]] = []
        for start, end, refs in self._spans(text):
            found.extend((start, end, ref) for ref in refs)
        found.extend(self._katakana_places(text, katakana))
        found.sort(key=lambda item: item[0])
        return found

    # -- internals ---------------------------------------------------------------------------------------

    def _lookup(self, words: list[str], key: str) -> tuple[UnitRef, ...]:
        if not words:
            return ()
        if _script_of(words[0]) in ("arabic", "cyrillic", "katakana"):
            return self._by_sound.get(foreign_skeleton("".join(words)), ())
        return self._by_key.get(key, ())

    def _spans(self, text: str) -> Iterator[tuple[int, int, tuple[UnitRef, ...]]]:
        # Most words can neither start a name nor be a kind word. The distinct words of the text are tested
        # once each; the occurrences of the few that can (tens, for a report) are then found with str.find, and
        # only the words after each occurrence are examined: one regex match reads the window's words (as
        # groups, whose spans are needed only for a hit), and their folded forms come from a dict.
        resume = 0
        window_words, first_words = _WINDOW.match, _FIRST.match
        fold = _FOLDED.get
        for start in self._trigger_starts(text):
            if start < resume:
                continue
            window = first_words(text, start, start + _WINDOW_CHARS)
            if window is None:  # never: a trigger starts a word
                continue
            words = [w for w in window.groups() if w is not None]
            folded = [fold(w) or _fold_word(w) for w in words]
            hit = self._match_at(words, folded, 0, complete=len(words) < _FIRST_WORDS)
            if hit is _MORE:  # the name after a kind word and its connectors may reach past the first words
                window = cast(re.Match[str], window_words(text, start, start + _WINDOW_CHARS))
                words = [w for w in window.groups() if w is not None]
                folded = [fold(w) or _fold_word(w) for w in words]
                hit = self._match_at(words, folded, 0)
            if isinstance(hit, tuple):
                first, last, refs = hit
                resume = window.end(last)
                yield window.start(first + 1), resume, refs

    def _trigger_starts(self, text: str) -> list[int]:
        """Where a trigger word stands as a whole word (no letter, digit or "_" on either side), in order.

        Words never span whitespace, so they are found token by token (``str.split``): each distinct token is
        read once (remembered across texts) into the offsets of its trigger words, and only the tokens that hold
        one are then located, each with a short ``str.find`` from the one before."""
        tokens = text.split()
        offsets = self._token_offsets(set(tokens))
        starts: list[int] = []
        at, size = 0, len(text)
        for token in filter(offsets.__contains__, tokens):
            at = text.find(token, at)
            # The first occurrence standing as a whole token: the tokens before it (since the last one located)
            # hold no trigger word, so none of them is this token.
            while (at > 0 and not text[at - 1].isspace()) or (at + len(token) < size
                                                              and not text[at + len(token)].isspace()):
                at = text.find(token, at + 1)
            starts.extend(at + offset for offset in offsets[token])
            at += len(token)
        return starts

    def _token_offsets(self, tokens: set[str]) -> dict[str, tuple[int, ...]]:
        """The offsets of the trigger words standing as whole words in each of ``tokens`` that has one."""
        found: dict[str, tuple[int, ...]] = {}
        for token in tokens - self._plain_tokens:
            offsets = self._token_triggers.get(token)
            if offsets is None:
                offsets = tuple(word.start() for word in _WORD.finditer(token) if self._is_trigger(word.group())
                                and (word.start() == 0 or not _is_word_char(token[word.start() - 1]))
                                and (word.end() == len(token) or not _is_word_char(token[word.end()])))
                if len(self._token_triggers) + len(self._plain_tokens) > _TRIGGER_CACHE:
                    self._token_triggers.clear()
                    self._plain_tokens.clear()
                if not offsets:
                    self._plain_tokens.add(token)
                    continue
                self._token_triggers[token] = offsets
            found[token] = offsets
        return found

    def _is_trigger(self, word: str) -> bool:
        """True for a kind word or a capitalised word that may begin a name."""
        known = self._triggers.get(word)
        if known is None:
            folded = _fold_word(word)
            known = (
                _kind_at([folded], 0) is not None
                or folded in _KIND_FIRST_WORDS
                or (word[0].isupper() and folded in self._first_words)
            )
            if len(self._triggers) > _TRIGGER_CACHE:
                self._triggers.clear()
            self._triggers[word] = known
        return known

    def _match_at(self, words: list[str], folded: list[str], i: int, *, complete: bool = True
                  ) -> tuple[int, int, tuple[UnitRef, ...]] | None | _More:
        """A name at word ``i``: after a kind word (any level), or bare (provinces and districts only).

        ``complete=False``: ``words`` are the first words of a longer text. The bare name and the kind word after
        it lie within the first six; a name after a kind word and its connectors may not, and then ``_MORE`` asks
        for the longer window."""
        if not folded[i]:
            return None
        kind = _kind_at(folded, i)
        if kind is not None:
            start = i + kind[0]
            while start < len(words) and folded[start] in CONNECTORS:
                start += 1
            if not complete and start + MAX_NAME_WORDS > len(words):
                return _MORE
            named = self._name_at(words, folded, start, numbered=True)
            if named is not None:
                refs = tuple(r for r in named[1] if r.level in kind[1])
                if refs:
                    return start, named[0], refs
        named = self._name_at(words, folded, i, numbered=False)
        if named is None:
            return None
        end, refs = named
        after = _kind_at(folded, end) if end < len(words) and folded[end] else None
        if after is not None:  # "Hai Ha district", "Hue City": the kind word follows
            refs = tuple(r for r in refs if r.level in after[1])
        elif end - i == 1 and not _single_word_ok(words[i], refs):
            return None
        else:
            refs = tuple(r for r in refs if r.level != COMMUNE)
        return (i, end, refs) if refs else None

    def _name_at(
        self, words: list[str], folded: list[str], i: int, *, numbered: bool
    ) -> tuple[int, tuple[UnitRef, ...]] | None:
        """The longest name starting at word ``i``: (end word index, candidates)."""
        if i >= len(words):
            return None
        script = _script_of(words[i])
        if script in ("arabic", "cyrillic"):
            if not numbered:  # transliterations only count after a kind word
                return None
            for n in range(min(3, len(words) - i), 0, -1):
                refs = self._by_sound.get(foreign_skeleton("".join(words[i : i + n])), ())
                if refs:
                    return i + n, refs
            return None
        longest = 0  # a name is made of name-like words only
        while longest < MAX_NAME_WORDS and i + longest < len(words) and _looks_like_name(words[i + longest],
                                                                                           numbered):
            longest += 1
        for n in range(longest, 0, -1):
            refs = self._by_key.get("".join(folded[i : i + n]), ())
            if refs:
                return i + n, refs
        return None

    def _katakana_places(self, text: str, starts: Iterable[int] | None) -> Iterator[tuple[int, int, UnitRef]]:
        runs = _KATAKANA_RUN.finditer(text) if starts is None else (
            cast(re.Match[str], _KATAKANA_RUN.match(text, start)) for start in starts)
        for match in runs:
            for ref in self._by_sound.get(foreign_skeleton(match.group()), ()):
                yield match.start(), match.end(), ref


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches."""
    return ch.isalnum() or ch == "_"


def _looks_like_name(word: str, numbered: bool) -> bool:
    return word[0].isupper() or (numbered and word.isdigit())


def _single_word_ok(word: str, refs: tuple[UnitRef, ...]) -> bool:
    """A one-word bare name must be spelt like the unit ("Huế", not "Hue" in any word) or be long ("Halong")."""
    if len(word) >= 5:
        return True
    return any(word.casefold() in ref.name.casefold().split() for ref in refs)


class _More:
    """What ``_match_at`` returns when the first words of a window do not suffice."""


_MORE = _More()
_WINDOW_WORDS = 12  # kind word (2) + connectors (2) + name (4) + kind word after (2), with room to spare
_WINDOW_CHARS = 300
# The words of a window, one group each: what ``_WORD.finditer(text, start, start + _WINDOW_CHARS)`` gives, at most
# ``_WINDOW_WORDS`` of them (matched with that end, the last word is cut there as finditer cuts it).
_WINDOW = re.compile(r"([^\W_]+)" + r"(?:[\W_]+([^\W_]+))?" * (_WINDOW_WORDS - 1))
# Most triggers are decided by their first six words (a bare name of up to four words and a kind word after it;
# a kind word of up to two words, or of one and a connector, and a name): those are read first, the full window
# only when needed.
_FIRST_WORDS = 6
_FIRST = re.compile(r"([^\W_]+)" + r"(?:[\W_]+([^\W_]+))?" * (_FIRST_WORDS - 1))
_TRIGGER_CACHE = 200_000  # distinct words (and tokens) remembered; a report has a few thousand
# First words of two-word kind words ("thanh" of "thanh pho", "special"): alone they are no kind word.
_KIND_FIRST_WORDS = frozenset(words.split()[0] for words in KIND_WORDS if " " in words)


@cache
def default_matcher() -> UnitMatcher:
    """The matcher over every unit of both editions of the real hierarchy (built once)."""
    return UnitMatcher(load_hierarchy().units)


def match_place(name: str) -> list[UnitRef]:
    """The units of the real hierarchy a place name may refer to, most likely first."""
    return default_matcher().match_place(name)


def find_places(text: str, katakana: Iterable[int] | None = None) -> list[tuple[int, int, UnitRef]]:
    """Every place name of the real hierarchy found in ``text`` (see ``UnitMatcher.find_places``)."""
    return default_matcher().find_places(text, katakana)

"""Vietnamese name syllables and how translations spell them in Arabic and Cyrillic script.

Translations write a Vietnamese name in the target script by sound: Vũ Đại Thắng becomes فو داي ثانغ in Arabic
and Ву Дай Тханг in Russian. Reading such a name back is done by rule: every syllable of the Vietnamese inventory
(onset + vowel nucleus + final, ASCII-folded) is spelt in each script with the rules below, and a written word is
read as the most common name syllable that spells it. Ties are broken by `NAME_SYLLABLES` order (surnames first,
then middle and given names as commonly ranked), then by inventory order.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

# ASCII-folded syllable shape: optional onset, one to three vowels, optional final.
SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")

SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao trinh mai luong lam ha to "
    "tang cao quach kieu chu truong la thai lai dam doan khuat lo luu ton tong trieu vuong nong thach giang bach "
    "hua mac au ong quan dieu phung kha lieu mau nghiem nhu tieu ung vi y thieu khong diep ta tu van hau".split())

# Common name syllables, most common first: surnames, then middle and given names.
SURNAME_SYLLABLES: tuple[str, ...] = tuple(
    "nguyen tran le pham hoang vu phan vo dang bui do ho ngo duong ly dinh dao huynh trinh mai luong lam ha to "
    "ta truong chu cao lai thai".split())
GIVEN_SYLLABLES: tuple[str, ...] = tuple(
    "van thi duc minh huu cong quoc thanh xuan ngoc kim hong dai manh trung ba tien dinh thu anh thang hung "
    "dung tuan hai long nam son lan huong linh hoa trang phuong chinh trong hue ngan tam tu binh khanh vinh "
    "quang hieu nghia phuc loc tho an toan tai thuy nga hanh ly cuong hau hien hoai huy khai khoa kien lap "
    "luan nhan phong quy sang tan thao thinh thong tri truong tuyen viet yen bao chau cuc dien giang hang "
    "hiep hoan hop lien lieu mau my nhung oanh phu phuoc quyet sinh tinh tuong uyen vuong xuyen chien ninh "
    "doan gia ha hoi khang kha lang lam loan luyen nghi nhat nhi nhu quan sau sy tao thach thai thao thien "
    "tiep toai tong tra tuy vien vy dao dam diep doai ham khiem khuong mien nhuong quyen thuan mai duy".split())
NAME_SYLLABLES: tuple[str, ...] = SURNAME_SYLLABLES + GIVEN_SYLLABLES

_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k",
           "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_FINALS = ("ng", "nh", "ch", "c", "m", "n", "p", "t", "")
_NUCLEI = ("a", "i", "o", "u", "e", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
           "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "oai", "oay", "uoi", "uou", "uya",
           "uye", "uyu", "yeu", "uay", "uai")

# Spelling rules per script: onset, nucleus and final → written forms, most usual first.
ARABIC: dict[str, dict[str, tuple[str, ...]]] = {
    "onset": {"b": ("ب",), "c": ("ك",), "ch": ("تش", "ش"), "d": ("د", "ز"), "g": ("غ", "ج"), "gh": ("غ",),
              "gi": ("جي", "ج", "زي"), "h": ("ه",), "k": ("ك",), "kh": ("خ", "ك"), "l": ("ل",), "m": ("م",),
              "n": ("ن",), "ng": ("نغ", "نج", "ن"), "ngh": ("نغ", "نج"), "nh": ("نه", "ني", "ن"), "p": ("ب",),
              "ph": ("ف",), "qu": ("كو", "ك"), "r": ("ر", "ز"), "s": ("س", "ش"), "t": ("ت",),
              "th": ("ث", "ت"), "tr": ("تر", "تش"), "v": ("ف", "ڤ"), "x": ("س", "ش"), "": ("",)},
    "nucleus": {"a": ("ا",), "e": ("ي", "ا"), "i": ("ي",), "y": ("ي",), "o": ("و",), "u": ("و",),
                "ai": ("اي",), "ay": ("اي",), "ao": ("او",), "au": ("او",), "eo": ("يو",), "eu": ("يو",),
                "ia": ("يا",), "ie": ("ي", "يي"), "iu": ("يو",), "oa": ("وا",), "oe": ("وي",), "oi": ("وي",),
                "oo": ("و",), "ua": ("وا",), "ue": ("وي",), "ui": ("وي",), "uo": ("وو", "و"), "uu": ("و",),
                "uy": ("وي",), "ye": ("ي",), "ieu": ("ييو", "يو"), "oai": ("واي",), "oay": ("واي",),
                "uoi": ("وي", "ووي"), "uou": ("وو",), "uya": ("ويا",), "uye": ("وي", "ويي"),
                "uyu": ("ويو",), "yeu": ("يو",), "uay": ("واي",), "uai": ("واي",)},
    "final": {"ng": ("نغ", "نج", "ن"), "nh": ("نه", "ن"), "ch": ("تش", "ك"), "c": ("ك",), "m": ("م",),
              "n": ("ن",), "p": ("ب",), "t": ("ت",), "": ("",)},
}
# A syllable opening with a vowel gets an alif (آنه، انه، أنه).
ARABIC_VOWEL_START = ("ا", "آ", "أ", "إ")

CYRILLIC: dict[str, dict[str, tuple[str, ...]]] = {
    "onset": {"b": ("б",), "c": ("к",), "ch": ("ч",), "d": ("з", "д"), "g": ("г",), "gh": ("г",),
              "gi": ("з", "зь"), "h": ("х",), "k": ("к",), "kh": ("кх", "х"), "l": ("л",), "m": ("м",),
              "n": ("н",), "ng": ("нг",), "ngh": ("нг",), "nh": ("нь", "н"), "p": ("п",), "ph": ("ф",),
              "qu": ("ку",), "r": ("з", "р"), "s": ("ш", "с"), "t": ("т",), "th": ("тх", "т"),
              "tr": ("ч", "тр"), "v": ("в",), "x": ("с",), "": ("",)},
    "nucleus": {"a": ("а", "э"), "e": ("е", "э"), "i": ("и",), "y": ("и",), "o": ("о",), "u": ("у", "ы"),
                "ai": ("ай",), "ay": ("ай", "эй"), "ao": ("ао",), "au": ("ау", "эу"), "eo": ("эо", "ео"),
                "eu": ("еу", "эу"), "ia": ("ия", "иа"), "ie": ("ье", "ие", "е"), "iu": ("иу",),
                "oa": ("оа",), "oe": ("оэ",), "oi": ("ой",), "oo": ("оо",), "ua": ("уа", "ыа"),
                "ue": ("уэ",), "ui": ("уй", "ый"), "uo": ("ыо", "уо"), "uu": ("ыу",), "uy": ("уи", "уй"),
                "ye": ("е", "йе"), "ieu": ("ьеу", "иеу"), "oai": ("оай",), "oay": ("оай",),
                "uoi": ("ыой", "уой"), "uou": ("ыоу",), "uya": ("уя",), "uye": ("уе", "уйе"),
                "uyu": ("уйу",), "yeu": ("еу",), "uay": ("уай",), "uai": ("уай",)},
    "final": {"ng": ("нг",), "nh": ("нь",), "ch": ("ть", "к"), "c": ("к",), "m": ("м",), "n": ("н",),
              "p": ("п",), "t": ("т",), "": ("",)},
}


def inventory() -> tuple[str, ...]:
    """Every ASCII-folded syllable shape, name syllables first in their order of commonness."""
    rest = (o + n + f for o, n, f in itertools.product(_ONSETS, _NUCLEI, _FINALS))
    seen: dict[str, None] = dict.fromkeys(NAME_SYLLABLES)
    for syllable in rest:
        seen.setdefault(syllable, None)
    return tuple(seen)


def _split(syllable: str) -> tuple[str, str, str] | None:
    onset = next(o for o in _ONSETS if syllable.startswith(o))
    if onset == "gi" and len(syllable) > 2 and syllable[2] not in "aeouy":
        onset = "g"  # "gi" + "n" is g + in
    rest = syllable[len(onset):]
    final = next(f for f in _FINALS if rest.endswith(f))
    nucleus = rest[: len(rest) - len(final)] if final else rest
    if nucleus not in _NUCLEI and not (onset == "gi" and nucleus == ""):
        return None
    return onset, nucleus, final


def spellings(syllable: str, rules: dict[str, dict[str, tuple[str, ...]]], vowel_start: tuple[str, ...] = ()
              ) -> dict[str, int]:
    """How `syllable` may be written under `rules` (ARABIC or CYRILLIC): written form → how unusual it is
    (0 when every part takes its most usual spelling)."""
    parts = _split(syllable)
    if parts is None:
        return {}
    onset, nucleus, final = parts
    nuclei = rules["nucleus"].get(nucleus, ("",)) if nucleus else ("",)
    out: dict[str, int] = {}
    for (io, o), (i_n, n), (i_f, f) in itertools.product(
            enumerate(rules["onset"][onset]), enumerate(nuclei), enumerate(rules["final"][final])):
        forms = [o + n + f]
        if not o and vowel_start:
            forms = [start + (n[1:] if n.startswith("ا") else n) + f for start in vowel_start]
        for written in forms:
            penalty = io + i_n + i_f
            out[written] = min(penalty, out.get(written, penalty))
    return out


@cache
def reader(script: str) -> dict[str, tuple[str, ...]]:
    """Written form → ASCII syllables it may stand for in `script` ("arabic" or "cyrillic"), best reading first:
    name syllables in a usual spelling, then the most usual spelling, then the more common syllable. At most five
    readings are kept."""
    rules, start = (ARABIC, ARABIC_VOWEL_START) if script == "arabic" else (CYRILLIC, ())
    names = len(NAME_SYLLABLES)
    found: dict[str, list[tuple[int, int, int, str]]] = {}
    for rank, syllable in enumerate(inventory()):
        for written, penalty in spellings(syllable, rules, start).items():
            # A name syllable in a slightly unusual spelling beats a syllable no name uses.
            common = 0 if rank < names and penalty <= 1 else 1
            found.setdefault(written, []).append((common, penalty, rank, syllable))
    return {written: tuple(r[-1] for r in sorted(readings)[:5]) for written, readings in found.items()}


def read_name(words: list[str], script: str) -> list[str] | None:
    """The ASCII syllables of a Vietnamese name written word by word in `script`, or None when a word is not
    a syllable there. The first word prefers a surname reading, the others a middle or given name."""
    table = reader(script)
    out = []
    for i, word in enumerate(words):
        readings = table.get(word.casefold())
        if not readings:
            return None
        preferred = _SURNAME_SET if i == 0 else _GIVEN_SET
        out.append(next((r for r in readings if r in preferred), readings[0]))
    return out


_SURNAME_SET = frozenset(SURNAME_SYLLABLES) | SURNAMES
_GIVEN_SET = frozenset(GIVEN_SYLLABLES)

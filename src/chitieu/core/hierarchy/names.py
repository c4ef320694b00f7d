"""Unit names: the Vietnamese type word, ASCII folding, search keys and generated English names.

No source ships English names, so they are generated: the ASCII short name followed by the English word for
the unit's kind ("Hai Ha District", "Quang Ninh Province", "Co To Special Zone"); numbered units put the word
first, as English usage does ("District 1", "Ward 3").
"""

from __future__ import annotations

import re
import unicodedata

# Longest first, so that "Thành phố" is not read as some shorter word followed by the rest.
KINDS: tuple[str, ...] = (
    "Thành phố",
    "Thị trấn",
    "Thị xã",
    "Đặc khu",
    "Phường",
    "Huyện",
    "Quận",
    "Tỉnh",
    "Xã",
)

# (level, kind) -> English word. A "Thành phố" is a City at both province and district level.
ENGLISH_KIND: dict[tuple[str, str], str] = {
    ("province", "Tỉnh"): "Province",
    ("province", "Thành phố"): "City",
    ("district", "Huyện"): "District",
    ("district", "Quận"): "District",
    ("district", "Thị xã"): "Town",
    ("district", "Thành phố"): "City",
    ("commune", "Xã"): "Commune",
    ("commune", "Phường"): "Ward",
    ("commune", "Thị trấn"): "Township",
    ("commune", "Đặc khu"): "Special Zone",
}

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class UnknownKind(ValueError):
    """A unit name does not start with a known Vietnamese type word."""


def ascii_fold(text: str) -> str:
    """Remove Vietnamese diacritics: "Hải Hà" -> "Hai Ha", "Đặc khu" -> "Dac khu"."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(text: str) -> str:
    """Fold a name for matching with or without diacritics, case or spaces: "Huyện Hải Hà" -> "huyenhaiha"."""
    return _NOT_ALNUM.sub("", ascii_fold(unicodedata.normalize("NFC", text)).casefold())


def split_kind(name: str) -> tuple[str, str]:
    """Split a full name into its type word and its short name: "Huyện Hải Hà" -> ("Huyện", "Hải Hà").

    The type word is matched regardless of case ("Thành Phố Bắc Kạn") and returned in its canonical spelling.
    """
    name = unicodedata.normalize("NFC", name.strip())
    folded = name.casefold()
    for kind in KINDS:
        if folded.startswith(kind.casefold() + " "):
            return kind, name[len(kind) + 1 :].strip()
    raise UnknownKind(f"unit name {name!r} does not start with one of {', '.join(KINDS)}")


def english_name(level: str, kind: str, short_name: str) -> str:
    """The generated English name: "Hai Ha District"; numbered units read "Ward 3", "District 1"."""
    try:
        word = ENGLISH_KIND[(str(level), kind)]
    except KeyError:
        raise UnknownKind(f"no English word for a {level} of kind {kind!r}") from None
    folded = ascii_fold(short_name)
    if folded[:1].isdigit():
        return f"{word} {folded}"
    return f"{folded} {word}"

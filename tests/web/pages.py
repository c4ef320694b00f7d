"""Helpers to read a rendered page as a reader sees it: the text of <main>, whitespace collapsed."""

from __future__ import annotations

import html
import re

_MAIN = re.compile(r"<main[^>]*>(.*)</main>", re.S)
_INLINE = re.compile(r"</?(?:span|a|code|em|strong)\b[^>]*>")
_TAG = re.compile(r"<[^>]+>")


def main_html(response) -> str:
    match = _MAIN.search(response.content.decode())
    assert match, "the page has no <main>"
    return match.group(1)


def main_text(response) -> str:
    """The visible text of <main> (SVG titles included): inline tags vanish, block tags become one space."""
    text = _TAG.sub(" ", _INLINE.sub("", main_html(response)))
    return " ".join(html.unescape(text).split())


def assert_in_order(text: str, *fragments: str) -> None:
    """Each fragment occurs in ``text`` after the previous one."""
    position = 0
    for fragment in fragments:
        found = text.find(fragment, position)
        rest = text[position : position + 800]
        assert found >= 0, f"{fragment!r} not found after position {position} in:\n{rest}"
        position = found + len(fragment)

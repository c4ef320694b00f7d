"""The Vietnamese catalogue: every status and every "why" sentence is translated, and the .mo matches the .po."""

import gettext
import re
from pathlib import Path

import pytest

import chitieu
from chitieu.core.status.explain import MESSAGES, OVERRIDE_MESSAGE, STATUS_LABELS

LOCALE = Path(chitieu.__file__).parent / "locale"
PO = LOCALE / "vi" / "LC_MESSAGES" / "django.po"
_ENTRY = re.compile(
    r'^(?:msgctxt (".*")\n)?msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?msgstr(?:\[0\])? ((?:".*"\n)+)', re.M
)


def _unquote(block: str) -> str:
    return "".join(line[1:-1] for line in block.strip().split("\n")).replace('\\"', '"').replace("\\n", "\n")


def po_entries() -> dict[tuple[str | None, str], str]:
    """(context, msgid) → msgstr of the .po file (plural entries: the first form)."""
    text = PO.read_text(encoding="utf-8")
    return {
        (_unquote(m.group(1)) if m.group(1) else None, _unquote(m.group(2))): _unquote(m.group(3))
        for m in _ENTRY.finditer(text)
        if _unquote(m.group(2))
    }


@pytest.fixture(scope="module")
def catalogue() -> gettext.GNUTranslations:
    return gettext.translation("django", localedir=LOCALE, languages=["vi"])


SENTENCES = sorted({*STATUS_LABELS.values(), *MESSAGES.values(), OVERRIDE_MESSAGE})


@pytest.mark.parametrize("message", SENTENCES)
def test_every_status_and_why_sentence_has_a_vietnamese_translation(catalogue, message):
    translated = catalogue.gettext(message)

    assert translated != message
    assert sorted(re.findall(r"%\(\w+\)s", translated)) == sorted(re.findall(r"%\(\w+\)s", message))


def test_compiled_catalogue_matches_the_po_file(catalogue):
    entries = po_entries()
    assert len(entries) > 200
    def compiled(context: str | None, msgid: str) -> str:
        return catalogue.pgettext(context, msgid) if context else catalogue.gettext(msgid)

    stale = {key: msgstr for key, msgstr in entries.items() if msgstr and compiled(*key) != msgstr}
    assert not stale, "run `make messages` (or msgfmt) to recompile django.mo"

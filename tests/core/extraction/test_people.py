"""People: per-language case files, reading Vietnamese names back from Arabic and Cyrillic script, robustness."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linearity import assert_linear, fresh
from refs_people_cases import LANGUAGES, Lang, assert_listed, load_cases

from chitieu.core.extraction.people import find_people
from chitieu.core.extraction.vocab import syllables

PEOPLE_CASES = load_cases("people")


@pytest.mark.parametrize("case", PEOPLE_CASES, ids=lambda c: c.id)
def test_people_cases(case):
    assert_listed([p.to_json() for p in find_people(case.input, Lang(case.lang))], case.expected["people"])


@dataclass(frozen=True)
class Reading:
    name: str
    script: str
    written: str
    expect: str


READINGS = [
    Reading("Arabic surname, middle and given name", "arabic", "نغوين فان آن", "nguyen van an"),
    Reading("Arabic tch is ch", "arabic", "فام مينه تشينه", "pham minh chinh"),
    Reading("Arabic alif madda opens a vowel syllable", "arabic", "لي ثي آنه", "le thi anh"),
    Reading("Arabic qu", "arabic", "هوانغ كوانغ", "hoang quang"),
    Reading("Cyrillic z is d", "cyrillic", "Ву Зуй Хай", "vu duy hai"),
    Reading("Cyrillic ch is tr", "cyrillic", "Чан Тхань Лонг", "tran thanh long"),
    Reading("Cyrillic soft sign finals", "cyrillic", "Динь Тиен Зунг", "dinh tien dung"),
]


@pytest.mark.parametrize("case", READINGS, ids=lambda c: c.name)
def test_vietnamese_names_read_back(case):
    assert " ".join(syllables.read_name(case.written.split(), case.script) or []) == case.expect


def test_a_word_outside_the_inventory_is_not_a_name():
    assert syllables.read_name(["فو", "المدينة"], "arabic") is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(syllables.GIVEN_SYLLABLES))
def test_every_given_syllable_reads_back_from_its_usual_arabic_spelling(syllable):
    # Arabic writes o and u alike, i and e alike: the property is that the reading spells the same way.
    usual = min(syllables.spellings(syllable, syllables.ARABIC, syllables.ARABIC_VOWEL_START).items(),
                key=lambda item: item[1])[0]
    read = syllables.read_name(["x", usual], "arabic")
    assert read is None or usual in syllables.spellings(read[1], syllables.ARABIC, syllables.ARABIC_VOWEL_START)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_adversarial_input_is_linear(lang):
    unit = ("Genosse Comrade الرفيق đồng chí 同志 동지 Secretary of the Provincial Party Committee, Nguyen Van "
            "An Ba Be Ca, Sekretär des Provinzparteikomitees Vu ")
    small, large = unit * 1200, unit * 9600
    assert_linear(lambda: find_people(fresh(small), Lang(lang)), lambda: find_people(fresh(large), Lang(lang)), k=8)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), lang=st.sampled_from(LANGUAGES))
def test_any_text_gives_people_once_each(text, lang):
    people = find_people(text, Lang(lang))
    names = [p.name.casefold() for p in people]
    assert len(names) == len(set(names))
    for person in people:
        assert person.name and person.start is not None and person.end is not None
        assert 0 <= person.start < person.end <= len(text)

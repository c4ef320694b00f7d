"""Properties of the quantity finder that hold for any text: spans, offsets, roles, and linear time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linearity import assert_linear, fresh

from chitieu.core.extraction.languages import available, profile
from chitieu.core.extraction.model import ROLES
from chitieu.core.extraction.quantities import find_quantities

REPORT_ALPHABET = st.sampled_from(list("0123456789.,/%  -–\n;:()\"„“abcHhaMioMrd٠١٢٫٪ tỷđồngمليار") + [
    " Milliarden VND", " tỷ đồng", " مليار دونج", " million USD", " mln zł", " Gemeinden", " xã", " von ",
    " Nr. ", " strebt an", " ước đạt", " tăng ", " Anstieg ", " 2024", "2025–2030", " 12-NQ/HU",
])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(available()), st.lists(REPORT_ALPHABET, max_size=60).map("".join))
def test_every_quantity_is_a_span_of_the_text(code: str, text: str) -> None:
    found = find_quantities(text, profile(code))
    previous_end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start:q.end]
        assert q.start >= previous_end, "quantities do not overlap and come in text order"
        previous_end = q.end
        assert q.role in ROLES
        assert q.value >= 0


ADVERSARIAL = {
    "separators": "1.1,1 1.1,1 ",
    "slashes": "1/1/1/1/",
    "scale words": "1 Milliarden Millionen Mio. ",
    "number words": "drei vier fünf ",
    "quotes": '"1 "2 "3 „4 ',
    "no spaces": "1" * 50,
}


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_time_grows_linearly_with_adversarial_input(unit: str) -> None:
    lang = profile("de")
    small = unit * 150
    assert_linear(lambda: find_quantities(fresh(small), lang), lambda: find_quantities(small * 8, lang), k=8)

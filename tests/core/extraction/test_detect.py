"""Language detection: one short report-style paragraph per supported language, and texts with no language."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chitieu.core.extraction.detect import SUPPORTED, UNDETERMINED, detect_language


@dataclass(frozen=True)
class Case:
    name: str
    given: str
    expect: str


def para(code: str, text: str) -> Case:
    return Case(name=code, given=text, expect=code)


# Paragraphs written for these tests in the style of provincial progress reports.
PARAGRAPHS = [
    para("vi", "Trong sáu tháng đầu năm, tổng giá trị sản xuất của huyện ước đạt 19.658 tỷ đồng, tăng 14,8% "
         "so với cùng kỳ; thu ngân sách trên địa bàn đạt 54,6% dự toán tỉnh giao."),
    para("en", "In the first six months, the district's total production value is estimated at 19,658 billion "
         "dong, up 14.8% over the same period; budget revenue reached 54.6% of the provincial estimate."),
    para("de", "Im ersten Halbjahr erreichte der Gesamtproduktionswert des Bezirks schätzungsweise 19.658 "
         "Milliarden VND, ein Plus von 14,8 % gegenüber dem Vorjahreszeitraum."),
    para("fr", "Au premier semestre, la valeur totale de la production du district est estimée à 19 658 "
         "milliards de dongs, soit une hausse de 14,8 % par rapport à la même période."),
    para("es", "En el primer semestre, el valor total de la producción del distrito se estima en 19.658 mil "
         "millones de dongs, un aumento del 14,8 % respecto al mismo período del año anterior."),
    para("pl", "W pierwszym półroczu łączna wartość produkcji powiatu wyniosła szacunkowo 19 658 mld VND, "
         "co oznacza wzrost o 14,8% w porównaniu z analogicznym okresem ubiegłego roku."),
    para("ar", "في الأشهر الستة الأولى، قدرت القيمة الإجمالية للإنتاج في المنطقة بنحو 19,658 مليار دونغ، "
         "بزيادة قدرها 14.8٪ مقارنة بالفترة نفسها من العام الماضي."),
    para("ru", "За первое полугодие общая стоимость продукции района оценивается в 19 658 млрд донгов, что "
         "на 14,8% больше, чем за аналогичный период прошлого года."),
    para("pt", "No primeiro semestre, o valor total da produção do distrito foi estimado em 19.658 mil milhões "
         "de dongues, um aumento de 14,8% em relação ao mesmo período do ano passado."),
    para("it", "Nel primo semestre il valore totale della produzione del distretto è stimato in 19.658 "
         "miliardi di dong, con un aumento del 14,8% rispetto allo stesso periodo dell'anno scorso."),
    para("id", "Pada semester pertama, nilai produksi total kabupaten diperkirakan mencapai 19.658 miliar "
         "dong, naik 14,8% dibandingkan periode yang sama tahun lalu."),
    para("zh", "上半年，全县生产总值预计达到19658亿越南盾，同比增长14.8%；地方财政收入完成省下达预算的54.6%。"),
    para("ja", "上半期、県の生産総額は推定1兆9658億ドンに達し、前年同期比14.8％増加した。"
         "予算収入は計画の54.6％を達成した。"),
    para("ko", "상반기 군의 총생산액은 19조 6,580억 동으로 추정되며, 전년 동기 대비 14.8% 증가했다."),
]  # fmt: skip

NO_LANGUAGE = [
    Case("empty", "", UNDETERMINED),
    Case("whitespace", " \n\t ", UNDETERMINED),
    Case("digits and separators", "19.658 - 14,8 % / 2024 (36.000)", UNDETERMINED),
    Case("arabic-indic digits only", "١٩٬٦٥٨ ٪١٤٫٨", UNDETERMINED),
]

OTHER = [
    Case("figures before the words do not hide the language", "2024 — 19.658 / 14,8 %\n" + PARAGRAPHS[2].given, "de"),
    Case("korean quoting han characters", "국회는 「國家」 예산안 3조 원을 의결했다. 총생산은 늘었다.", "ko"),
    Case("chinese with latin currency code", "全年进出口总额达到33.8亿USD，比上年增长12%。", "zh"),
]


def test_every_supported_language_has_a_paragraph() -> None:
    assert sorted(case.expect for case in PARAGRAPHS) == sorted(SUPPORTED)


@pytest.mark.parametrize("case", PARAGRAPHS + NO_LANGUAGE + OTHER, ids=lambda c: c.name)
def test_detect_language(case: Case) -> None:
    assert detect_language(case.given) == case.expect


def test_long_text_is_judged_on_a_sample() -> None:
    # 2 MB must cost no more than a paragraph: only the first letters-bearing stretch is examined.
    text = PARAGRAPHS[4].given + " " + "x" * 2_000_000
    assert detect_language(text) == "es"


@settings(deadline=None)  # the first call loads lingua's models
@given(st.text(max_size=300))
def test_any_text_gives_a_supported_code_or_und(text: str) -> None:
    assert detect_language(text) in {*SUPPORTED, UNDETERMINED}


def test_letters_that_lower_case_to_two_characters_do_not_break_the_shortcut() -> None:
    # "İ" (Turkish dotted capital I) becomes "i̇" in lower case: the lowered sample is longer than the sample.
    text = "İ" * 60 + " " + PARAGRAPHS[4].given
    assert detect_language(text) in {*SUPPORTED, UNDETERMINED}
    assert detect_language("İİİ và của các những được cho với trong") in {*SUPPORTED, UNDETERMINED}

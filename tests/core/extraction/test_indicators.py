"""Matching a quantity's label to the indicator catalogue, in every language of the extraction.

Labels are written here in the style of the words a report puts before a figure; the catalogue codes they must
give are those of ``tracking/data/indicators.csv`` and its demo extras.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linearity import assert_linear

from chitieu.core.extraction.indicators import LANGUAGES, UnknownLanguageError, fold, match_indicator
from chitieu.core.extraction.vocab.indicators import CONCEPTS, DIMENSION, GROWTH_OF, RULES

DATA = Path(__file__).resolve().parents[3] / "src" / "chitieu" / "tracking" / "data"
CATALOGUE = {
    row["code"]: row
    for path in (DATA / "indicators.csv", DATA / "demo" / "indicators.csv")
    for row in csv.DictReader(path.read_text(encoding="utf-8").splitlines())
}


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    label: str | None
    expect: str | None
    unit: str | None = None
    is_change: bool = False
    counted: str | None = None


CASES = [
    # Vietnamese, with and without diacritics
    Case("vi total production value", "vi", "tổng giá trị sản xuất trên địa bàn huyện đạt", "production-value", "VND"),
    Case("vi income per head", "vi", "thu nhập bình quân đầu người ước đạt", "per-capita-income", "VND"),
    Case("vi poverty rate", "vi", "tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn", "poverty-rate", "percent"),
    Case("vi unaccented urbanisation", "vi", "ty le do thi hoa dat", "urbanisation-rate", "percent"),
    Case("vi social security is not a commune", "vi", "chi an sinh xã hội cả năm", "social-security-spending", "VND"),
    Case("vi services sector value", "vi", "giá trị sản xuất khu vực dịch vụ", "production-value-services", "VND"),
    Case("vi domestic revenue", "vi", "trong đó thu nội địa đạt", "domestic-budget-revenue", "VND"),
    Case("vi export vs import-export", "vi", "tổng kim ngạch xuất nhập khẩu", "import-export-turnover", "USD"),
    Case("vi advanced new-rural communes by counted noun", "vi", "đến nay toàn huyện có", "advanced-ntm-communes",
         "count", counted="advanced new rural communes"),
    Case("vi economic growth", "vi", "tốc độ tăng trưởng kinh tế ước đạt", "grdp-growth", "percent"),
    # English
    Case("en production value growth", "en", "the district's production value grew by", "production-value-growth",
         "percent", is_change=True),
    Case("en tourism revenue", "en", "revenue from tourism amounted to", "tourism-revenue", "VND"),
    Case("en international arrivals", "en", "of which", "international-tourists", "count",
         counted="international visitors"),
    Case("en near-poor cut is about the count", "en", "the number of near-poor households was cut by",
         "near-poor-households", "percent", is_change=True),
    Case("en registered FDI", "en", "registered foreign direct investment reached", "fdi-attracted", "USD"),
    Case("en industrial park is not industry", "en", "the industrial park attracted", None, "USD"),
    Case("en area fits no production value", "en", "total production value", None, "hectare"),
    Case("en counted noun outranks the label", "en", "the average number of criteria of the", "communes", "count",
         counted="communes"),
    Case("en counted noun that names no indicator", "en", "criteria met by all the", None, "count",
         counted="criteria contents"),
    # German: compounds and inflection
    Case("de compound production value", "de", "der Gesamtproduktionswert des Kreises beläuft sich auf",
         "production-value", "VND"),
    Case("de per-capita income", "de", "das Pro-Kopf-Einkommen lag bei", "per-capita-income", "VND"),
    Case("de urbanisation synonym", "de", "die Verstädterungsquote stieg auf", "urbanisation-rate", "percent"),
    Case("de services share", "de", "der Anteil der Dienstleistungen an der Wirtschaftsstruktur beträgt",
         "services-share", "percent"),
    Case("de services value in VND", "de", "der Dienstleistungssektor erwirtschaftete", "production-value-services",
         "VND"),
    Case("de foreign trade", "de", "der Umsatz aus Ein- und Ausfuhr erreichte", "import-export-turnover", "USD"),
    Case("de tourism revenue compound", "de", "die Tourismuseinnahmen beliefen sich auf", "tourism-revenue", "VND"),
    Case("de households are not the budget", "de", "die Zahl der armen Haushalte sank auf", "poor-households",
         "count"),
    # French
    Case("fr production value", "fr", "la valeur de la production totale du district a atteint",
         "production-value", "VND"),
    Case("fr income per inhabitant", "fr", "le revenu moyen par habitant s'élève à", "per-capita-income", "VND"),
    Case("fr poverty rate", "fr", "le taux de pauvreté multidimensionnelle est tombé à", "poverty-rate", "percent"),
    Case("fr domestic budget revenue", "fr", "les recettes budgétaires intérieures", "domestic-budget-revenue",
         "VND"),
    Case("fr industry share", "fr", "la part de l'industrie et de la construction dans la structure économique",
         "industry-construction-share", "percent"),
    Case("fr foreign investment", "fr", "les investissements directs étrangers enregistrés", "fdi-attracted", "USD"),
    # Spanish
    Case("es production value", "es", "el valor de la producción del distrito alcanzó", "production-value", "VND"),
    Case("es urbanisation", "es", "la tasa de urbanización llegó al", "urbanisation-rate", "percent"),
    Case("es tourism income", "es", "los ingresos por turismo sumaron", "tourism-revenue", "VND"),
    Case("es income per capita", "es", "el ingreso per cápita promedio fue de", "per-capita-income", "VND"),
    Case("es social investment", "es", "la inversión social total alcanzó", "total-social-investment", "VND"),
    Case("es economic growth", "es", "el crecimiento económico se estima en", "grdp-growth", "percent"),
    # Polish: genitive stems
    Case("pl production value", "pl", "wartość produkcji ogółem w powiecie wyniosła", "production-value", "VND"),
    Case("pl income per inhabitant", "pl", "dochód na mieszkańca osiągnął", "per-capita-income", "VND"),
    Case("pl poverty rate", "pl", "wskaźnik ubóstwa spadł do", "poverty-rate", "percent"),
    Case("pl new-rural communes", "pl", "liczba gmin spełniających standard nowej wsi wynosi", "ntm-communes",
         "count", counted="communes"),
    Case("pl budget revenue", "pl", "dochody budżetowe ogółem wyniosły", "budget-revenue", "VND"),
    Case("pl export", "pl", "wartość eksportu wyniosła", "export-turnover", "USD"),
    # Arabic: clitics and letter variants
    Case("ar production value", "ar", "بلغت قيمة الإنتاج الإجمالية للمنطقة", "production-value", "VND"),
    Case("ar income per person", "ar", "بلغ متوسط دخل الفرد", "per-capita-income", "VND"),
    Case("ar urbanisation", "ar", "بلغت نسبة التحضر في المدينة", "urbanisation-rate", "percent"),
    Case("ar tourism revenue", "ar", "بلغت إيرادات السياحة", "tourism-revenue", "VND"),
    Case("ar poor households rate", "ar", "انخفضت نسبة الأسر الفقيرة إلى", "poverty-rate", "percent"),
    Case("ar FDI", "ar", "بلغ إجمالي الاستثمار الأجنبي المباشر المسجل", "fdi-attracted", "USD"),
    # Russian
    Case("ru production value", "ru", "стоимость производства в уезде составила", "production-value", "VND"),
    Case("ru income per head", "ru", "доход на душу населения достиг", "per-capita-income", "VND"),
    Case("ru urbanisation", "ru", "уровень урбанизации достиг", "urbanisation-rate", "percent"),
    Case("ru tourists", "ru", "количество туристов составило", "tourists", "count", counted="tourists"),
    Case("ru tourism revenue", "ru", "доходы от туризма составили", "tourism-revenue", "VND"),
    Case("ru services share", "ru", "доля услуг в структуре экономики", "services-share", "percent"),
    # Portuguese
    Case("pt production value", "pt", "o valor da produção do distrito atingiu", "production-value", "VND"),
    Case("pt income per capita", "pt", "a renda per capita chegou a", "per-capita-income", "VND"),
    Case("pt urbanisation", "pt", "a taxa de urbanização atingiu", "urbanisation-rate", "percent"),
    Case("pt tourism revenue", "pt", "a receita do turismo somou", "tourism-revenue", "VND"),
    Case("pt poor families", "pt", "o número de famílias pobres caiu para", "poor-households", "count"),
    # Italian
    Case("it production value", "it", "il valore della produzione del distretto ha raggiunto", "production-value",
         "VND"),
    Case("it income per capita", "it", "il reddito pro capite è salito a", "per-capita-income", "VND"),
    Case("it urbanisation", "it", "il tasso di urbanizzazione ha raggiunto", "urbanisation-rate", "percent"),
    Case("it tourism revenue", "it", "le entrate del turismo sono state pari a", "tourism-revenue", "VND"),
    Case("it poverty rate", "it", "il tasso di povertà è sceso al", "poverty-rate", "percent"),
    Case("it foreign investment", "it", "gli investimenti diretti esteri hanno raggiunto", "fdi-attracted", "USD"),
    # Indonesian
    Case("id production value", "id", "nilai produksi kabupaten mencapai", "production-value", "VND"),
    Case("id income per capita", "id", "pendapatan per kapita mencapai", "per-capita-income", "VND"),
    Case("id urbanisation", "id", "tingkat urbanisasi mencapai", "urbanisation-rate", "percent"),
    Case("id tourism revenue", "id", "pendapatan pariwisata mencapai", "tourism-revenue", "VND"),
    Case("id foreign tourists", "id", "jumlah wisatawan mancanegara mencapai", "international-tourists", "count"),
    Case("id poverty rate", "id", "angka kemiskinan turun menjadi", "poverty-rate", "percent"),
    # Chinese
    Case("zh production value", "zh", "全县总产值达到", "production-value", "VND"),
    Case("zh industrial output", "zh", "工业产值达到", "production-value-industry", "VND"),
    Case("zh income per capita", "zh", "人均收入达到", "per-capita-income", "VND"),
    Case("zh urbanisation", "zh", "城镇化率达到", "urbanisation-rate", "percent"),
    Case("zh tourism revenue", "zh", "旅游收入达到", "tourism-revenue", "VND"),
    Case("zh poverty incidence", "zh", "贫困发生率降至", "poverty-rate", "percent"),
    Case("zh economic growth", "zh", "预计经济增长", "grdp-growth", "percent"),
    # Japanese
    Case("ja production value", "ja", "郡の総生産額は", "production-value", "VND"),
    Case("ja income per person", "ja", "一人当たり所得は", "per-capita-income", "VND"),
    Case("ja urbanisation", "ja", "都市化率は", "urbanisation-rate", "percent"),
    Case("ja tourism revenue", "ja", "観光収入は", "tourism-revenue", "VND"),
    Case("ja foreign tourists", "ja", "外国人観光客数は", "international-tourists", "count"),
    Case("ja poverty rate", "ja", "貧困率は", "poverty-rate", "percent"),
    # Korean
    Case("ko production value", "ko", "군의 총 생산액은", "production-value", "VND"),
    Case("ko income per person", "ko", "1인당 소득은", "per-capita-income", "VND"),
    Case("ko urbanisation", "ko", "도시화율은", "urbanisation-rate", "percent"),
    Case("ko tourism revenue", "ko", "관광 수입은", "tourism-revenue", "VND"),
    Case("ko foreign tourists", "ko", "외국인 관광객 수는", "international-tourists", "count"),
    Case("ko poverty rate", "ko", "빈곤율은", "poverty-rate", "percent"),
]

# How changes and units steer the choice, whatever the language.
RULE_CASES = [
    Case("a percentage of GRDP is its growth", "en", "GRDP is estimated at", "grdp-growth", "percent"),
    Case("GRDP in VND is the level", "en", "GRDP is estimated at", "grdp", "VND"),
    Case("a growth word without a unit", "en", "population growth", "population-growth"),
    Case("a change with no growth indicator keeps the level", "en", "tourism revenue rose by", "tourism-revenue",
         "percent", is_change=True),
    Case("a change in VND keeps the level", "en", "social security spending increased by",
         "social-security-spending", "VND", is_change=True),
    Case("poor households in percent are the rate", "en", "poor households account for", "poverty-rate", "percent"),
    Case("sector I in VND is its production value", "en", "sector I: agriculture, forestry and fishery",
         "production-value-agriculture", "VND"),
    Case("sector I in percent is its share", "en", "sector I: agriculture, forestry and fishery",
         "agriculture-share", "percent"),
    Case("sector II is not sector I", "en", "sector II", "production-value-industry", "VND"),
    Case("services without a unit is ambiguous", "en", "services", None),
    Case("a label of nothing", "en", "reached more than", None, "VND"),
    Case("no label, counted noun only", "en", None, "poor-households", "count", counted="poor households"),
    Case("neither label nor counted noun", "en", None, None, "count"),
    Case("a unit no indicator is measured in", "en", "tourists", None, "km"),
]


@pytest.mark.parametrize("case", CASES + RULE_CASES, ids=lambda c: c.name)
def test_match_indicator(case):
    got = match_indicator(case.label, case.language, is_change=case.is_change, unit=case.unit,
                          counted=case.counted)
    assert got == case.expect


def test_every_language_has_at_least_five_cases():
    per_language = {lang: sum(c.language == lang for c in CASES) for lang in LANGUAGES}
    assert min(per_language.values()) >= 5, per_language


def test_case_names_are_unique():
    names = [c.name for c in CASES + RULE_CASES]
    assert len(names) == len(set(names))


def test_every_code_is_in_the_catalogue():
    codes = set(RULES) | set(DIMENSION) | set(GROWTH_OF) | set(GROWTH_OF.values())
    assert codes <= set(CATALOGUE), sorted(codes - set(CATALOGUE))


def _dimension(unit_of_measure: str) -> str:
    head = unit_of_measure.split("/")[0].strip()
    if head == "%":
        return "percent"
    if head == "ha":
        return "hectare"
    return head.split()[-1] if head.split()[-1] in ("VND", "USD") else "count"


def test_dimensions_follow_the_catalogue_units():
    wrong = {code: (dim, CATALOGUE[code]["unit_of_measure"]) for code, dim in DIMENSION.items()
             if dim != _dimension(CATALOGUE[code]["unit_of_measure"])}
    assert not wrong


def test_rules_name_only_known_concepts():
    used = {concept.lstrip("?!") for alternatives in RULES.values() for alt in alternatives for concept in alt}
    assert used <= set(CONCEPTS), sorted(used - set(CONCEPTS))


def test_every_concept_speaks_every_language():
    missing = {(concept, lang) for concept, words in CONCEPTS.items() for lang in LANGUAGES if not words.get(lang)}
    assert not missing, sorted(missing)


def test_vocabulary_fragments_compile_and_capture_nothing():
    for concept, words in CONCEPTS.items():
        for lang, fragments in words.items():
            for fragment in fragments:
                assert re.compile(fold(fragment)).groups == 0, (concept, lang, fragment)


def test_unknown_language_is_named():
    with pytest.raises(UnknownLanguageError, match="'xx'"):
        match_indicator("production value", "xx")


@given(label=st.text(max_size=300), language=st.sampled_from(LANGUAGES),
       unit=st.sampled_from([None, "VND", "USD", "percent", "hectare", "count", "km"]), is_change=st.booleans(),
       counted=st.none() | st.text(max_size=40))
def test_any_label_gives_a_catalogue_code_or_none(label, language, unit, is_change, counted):
    got = match_indicator(label, language, is_change=is_change, unit=unit, counted=counted)
    assert got is None or got in CATALOGUE


def hostile_label(scale: int) -> str:
    return ("production " * 3_000 + "x" * 6_000 + "ا" * 6_000 + "产" * 6_000) * scale


@pytest.mark.parametrize("language", LANGUAGES)
def test_long_hostile_labels_take_linear_time(language):
    calls = itertools.count()  # each call reads a label of its own: a label's evidence is remembered

    def reading(scale: int) -> Callable[[], object]:
        label, counted = hostile_label(scale), "tourists " * 60 * scale
        return lambda: match_indicator(label + str(next(calls)), language, unit="VND", counted=counted)

    assert_linear(reading(1), reading(8), k=8)

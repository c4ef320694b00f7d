"""Korean: "36,000" groups with commas and "16.9" is a decimal; scales are myriads ("만" 10^4, "억" 10^8,
"조" 10^12) glued to the number; counters sit between number and noun ("10개 코뮌", "1,245가구", "1,060만 명");
"제14차" is an ordinal and "2024년 11월 8일" a date.

Korean separates words by spaces but glues particles to them ("2,500억 동에", "목표로"), so the profile is
matched as unspaced text: cues and units match inside words. The one place where that would misfire is the
ordinal prefix "제", which is also the last syllable of ordinary words ("경제" economy); it is listed with the
space or bracket that precedes it.
"""

from chitieu.core.extraction.languages.base import LanguageProfile

# What may stand between a number and the counted noun: a counter, then a space or the particle "의".
_LINKS = ("", "개 ", "개의 ", "개", "곳의 ", "곳 ", "건의 ", "명의 ", "가구의 ")

_NOUNS = {
    "코뮌": "communes", "마을": "villages", "군": "districts", "성": "provinces", "기준": "criteria",
    "지표": "indicators", "가구": "households", "빈곤 가구": "poor households", "빈곤가구": "poor households",
    "차상위 가구": "near-poor households", "준빈곤 가구": "near-poor households",
    "관광객": "tourists", "방문객": "visitors", "프로젝트": "projects", "사업": "projects", "문서": "documents",
    "기업": "enterprises", "업체": "enterprises", "협동조합": "cooperatives", "근로자": "workers",
    "노동자": "workers", "일자리": "jobs", "직원": "employees", "주민": "residents", "학생": "pupils",
    "학교": "schools", "교실": "classrooms", "주택": "dwellings", "도로": "roads", "교량": "bridges",
    "당원": "party members", "대표": "delegates", "OCOP 제품": "OCOP products", "제품": "products",
    "상품": "products", "선박": "ships", "차량": "vehicles",
}

# Counters that name what they count on their own.
_ALONE = {"가구": "households", "명": "people", "곳": "sites", "세대": "households"}


def _counted() -> dict[str, str]:
    table = dict(_ALONE)
    for noun, label in _NOUNS.items():
        for link in _LINKS:
            table[link + noun] = label
    return table


PROFILE = LanguageProfile(
    code="ko",
    name="Korean",
    decimal=".",
    group=(",",),
    spaced=False,
    scales={"천": 1e3, "만": 1e4, "백만": 1e6, "천만": 1e7, "억": 1e8, "조": 1e12},
    units={
        "동": "VND", "베트남동": "VND", "베트남 동": "VND", "VND": "VND", "달러": "USD", "미국 달러": "USD",
        "미화": "USD", "USD": "USD", "%": "percent", "퍼센트": "percent", "%포인트": "percent",
        "퍼센트포인트": "percent", "포인트": "percent", "헥타르": "hectare", "ha": "hectare", "원": "KRW",
        "유로": "EUR", "킬로미터": "km", "km": "km", "톤": "tonne",
    },
    unit_prefixes={"$": "USD", "us$": "USD", "usd": "USD", "vnd": "VND"},
    counted=_counted(),
    counted_stems=False,  # particles glued to a noun are not part of the figure
    target_cues=("목표", "계획", "하기로", "달성할", "끌어올릴"),
    expected_cues=("예상", "전망", "추정", "예측", "추산", "예정", "것으로 보인", "것으로 보여", "것으로 관측"),
    actual_cues=("현재까지", "지금까지", "누적", "현재"),
    comparison_cues=("대비", "비해", "보다", "比"),
    change_cues=("증가", "감소", "성장", "상승", "하락", "늘어", "늘었", "늘려", "줄어", "줄었", "줄여", "증대",
                 "감축", "확대", "축소", "신장"),
    skip_before=(" 제", "(제", "no.", "№", "번호"),
    time_words=("년", "월", "일", "시", "분", "초", "주", "개월", "년간", "주년", "세기", "호", "차", "회"),
    period_cues={
        "상반기": "H1", "하반기": "H2", "1분기": "Q1", "2분기": "Q2", "3분기": "Q3", "4분기": "Q4",
        "연초부터": "YTD", "연말": "END", "말까지": "END",
    },
)

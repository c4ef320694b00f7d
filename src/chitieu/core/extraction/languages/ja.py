"""Japanese: "36,000" groups with commas and "16.9" is a decimal; scales are myriads ("万" 10^4, "億" 10^8,
"兆" 10^12) glued to the number; counters and "の" sit between number and noun ("1,245世帯", "10のコミューン");
"第14回" is an ordinal and "2024年11月8日" a date. Words are not separated by spaces."""

from chitieu.core.extraction.languages.base import LanguageProfile

# What may stand between a number and the counted noun: a counter, "の", or both ("25件のプロジェクト").
_LINKS = ("", "の", "つの", "件の", "カ所の", "か所の", "ヵ所の", "人の", "名の", "世帯の", "校の", "社の")

_NOUNS = {
    "コミューン": "communes", "村": "villages", "集落": "hamlets", "郡": "districts", "省": "provinces",
    "坊": "wards", "基準": "criteria", "指標": "indicators", "世帯": "households",
    "貧困世帯": "poor households", "準貧困世帯": "near-poor households",
    "観光客": "tourists", "旅行者": "tourists", "訪問者": "visitors", "来訪者": "visitors",
    "プロジェクト": "projects", "事業": "projects", "案件": "projects", "文書": "documents", "企業": "enterprises",
    "協同組合": "cooperatives", "労働者": "workers", "雇用": "jobs", "従業員": "employees", "住民": "residents",
    "学校": "schools", "教室": "classrooms", "住宅": "dwellings", "道路": "roads", "橋": "bridges",
    "党員": "party members", "代表": "delegates", "OCOP製品": "OCOP products", "製品": "products",
    "商品": "products", "船舶": "ships", "車両": "vehicles",
}

# Counters that name what they count on their own.
_ALONE = {"世帯": "households", "戸": "households", "人": "people", "名": "people", "校": "schools"}


def _counted() -> dict[str, str]:
    table = dict(_ALONE)
    for noun, label in _NOUNS.items():
        for link in _LINKS:
            table[link + noun] = label
    return table


PROFILE = LanguageProfile(
    code="ja",
    name="Japanese",
    decimal=".",
    group=(",",),
    spaced=False,
    scales={"千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "億": 1e8, "兆": 1e12},
    units={
        "ドン": "VND", "ベトナムドン": "VND", "VND": "VND", "ドル": "USD", "米ドル": "USD", "USドル": "USD",
        "USD": "USD", "%": "percent", "パーセント": "percent", "ポイント": "percent", "ヘクタール": "hectare",
        "ha": "hectare", "円": "JPY", "ユーロ": "EUR", "キロメートル": "km", "km": "km", "トン": "tonne",
    },
    unit_prefixes={"$": "USD", "us$": "USD", "usd": "USD", "vnd": "VND"},
    counted=_counted(),
    counted_stems=False,  # no inflection; a stem would run on into the next word
    target_cues=("目標", "目指", "めざ", "計画", "予定", "方針", "掲げ", "狙", "ねら"),
    expected_cues=("見込", "見通し", "予想", "予測", "推定", "推計", "見られ", "みられ", "試算", "概算"),
    actual_cues=("これまで", "現在", "累計", "時点で"),
    comparison_cues=("比", "に比べ", "と比べ", "比較"),
    change_cues=("増加", "減少", "増", "減", "成長", "伸び", "上昇", "低下", "拡大", "縮小", "削減", "前年比",
                 "前年同期比"),
    skip_before=("第", "no.", "№", "番号"),
    time_words=("年", "月", "日", "時", "分", "秒", "週", "か月", "カ月", "ヶ月", "ヵ月", "カ年", "年間", "号", "回",
                "期", "周年", "世紀", "時間", "日間"),
    period_cues={
        "上半期": "H1", "上期": "H1", "下半期": "H2", "下期": "H2", "第1四半期": "Q1", "第2四半期": "Q2",
        "第3四半期": "Q3", "第4四半期": "Q4", "年初から": "YTD", "年末": "END",
    },
)

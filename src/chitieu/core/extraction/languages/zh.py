"""Chinese: "36,000" groups with commas and "16.9" is a decimal; scales are myriads ("万" 10^4, "亿" 10^8,
"万亿" 10^12) glued to the number; a classifier sits between number and noun ("10个乡", "1245户"); "第14次"
is an ordinal and "2024年11月8日" a date. Words are not separated by spaces."""

from chitieu.core.extraction.languages.base import LanguageProfile

# Classifiers that may stand between a number and the counted noun.
_CLASSIFIERS = ("个", "项", "户", "家", "名", "位", "所", "座", "条", "份", "套", "间", "艘", "辆", "批", "件", "处")

_NOUNS = {
    "乡": "communes", "社": "communes", "乡镇": "communes", "村": "villages", "县": "districts", "省": "provinces",
    "坊": "wards", "标准": "criteria", "指标": "indicators", "内容": "contents",
    "贫困户": "poor households", "贫困家庭": "poor households", "近贫户": "near-poor households",
    "边缘贫困户": "near-poor households", "家庭": "households",
    "游客": "tourists", "旅客": "tourists", "访客": "visitors", "项目": "projects", "文件": "documents",
    "企业": "enterprises", "公司": "enterprises", "合作社": "cooperatives", "工人": "workers",
    "劳动者": "workers", "劳动力": "workers", "就业岗位": "jobs", "岗位": "jobs", "员工": "employees",
    "居民": "residents", "学生": "pupils", "学校": "schools", "教室": "classrooms", "住房": "dwellings",
    "房屋": "houses", "道路": "roads", "桥梁": "bridges", "党员": "party members", "党支部": "party cells",
    "代表": "delegates", "案件": "cases", "投资者": "investors", "模式": "models", "OCOP产品": "OCOP products",
    "产品": "products", "船只": "ships", "车辆": "vehicles", "活动": "events", "会议": "meetings",
}

# Classifiers that name what they count on their own ("1245户" households, "800名" people).
_ALONE = {"户": "households", "名": "people", "位": "people", "人": "people", "人次": "visits"}


def _counted() -> dict[str, str]:
    table = dict(_ALONE)
    for noun, label in _NOUNS.items():
        table[noun] = label
        for classifier in _CLASSIFIERS:
            table[classifier + noun] = label
    return table


PROFILE = LanguageProfile(
    code="zh",
    name="Chinese",
    decimal=".",
    group=(",",),
    spaced=False,
    scales={"百万": 1e6, "千万": 1e7, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12},
    units={
        "越南盾": "VND", "越盾": "VND", "盾": "VND", "VND": "VND", "美元": "USD", "USD": "USD",
        "%": "percent", "个百分点": "percent", "百分点": "percent", "公顷": "hectare", "ha": "hectare",
        "元": "CNY", "人民币": "CNY", "欧元": "EUR", "公里": "km", "千米": "km", "吨": "tonne",
    },
    unit_prefixes={"百分之": "percent", "$": "USD", "us$": "USD", "usd": "USD", "vnd": "VND"},
    counted=_counted(),
    counted_stems=False,  # no inflection; a stem would run on into the next word
    number_words={"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10},
    target_cues=("目标", "力争", "争取", "计划", "规划", "确保", "力求", "努力实现", "要求", "任务是", "拟"),
    expected_cues=("预计", "预期", "估计", "预测", "预估", "有望", "可望", "将达", "估算"),
    actual_cues=("截至", "截止", "累计", "已经", "已", "目前", "迄今", "至今"),
    comparison_cues=("比", "同比", "较", "相比", "对比"),
    level_before=("降至", "降到", "减至", "减少到", "减少至", "下降到", "下降至", "增至", "增加到", "增加至",
                  "增长到", "增长至", "提高到", "提高至", "上升到", "上升至"),
    change_cues=("增长", "增加", "增幅", "增速", "增至", "下降", "减少", "降低", "降幅", "上升", "提高", "下滑", "回落",
                 "缩减", "削减", "增多"),
    skip_before=("第", "编号", "no.", "№"),
    time_words=("年", "月", "日", "号", "时", "小时", "分钟", "天", "周", "个月", "季度", "届", "次", "期", "世纪",
                "周年"),
    period_cues={
        "上半年": "H1", "前6个月": "H1", "前六个月": "H1", "下半年": "H2", "第一季度": "Q1", "一季度": "Q1",
        "第二季度": "Q2", "二季度": "Q2", "第三季度": "Q3", "三季度": "Q3", "第四季度": "Q4", "四季度": "Q4",
        "年初以来": "YTD", "今年以来": "YTD", "年底": "END", "年末": "END",
    },
)

"""English: "23,320" is twenty-three thousand three hundred and twenty, "16.5" a decimal; "14th" is an ordinal."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="en",
    name="English",
    decimal=".",
    group=(",", "\u00a0", "\u202f", "\u2009"),
    scales={
        "thousand": 1e3, "thousands": 1e3,
        "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6,
        "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9,
        "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    },
    units={
        "vnd": "VND", "dong": "VND", "đồng": "VND", "vietnam dong": "VND", "vietnamese dong": "VND",
        "usd": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "dollars": "USD",
        "dollar": "USD", "us$": "USD",
        "%": "percent", "percent": "percent", "per cent": "percent", "percentage points": "percent",
        "hectares": "hectare", "hectare": "hectare", "ha": "hectare",
        "km": "km", "kilometres": "km", "kilometers": "km", "tonnes": "tonne", "tons": "tonne",
        "eur": "EUR", "euros": "EUR",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "€": "EUR", "eur": "EUR"},
    counted={
        "commune": "communes", "villages": "villages", "village": "villages", "hamlet": "hamlets",
        "district": "districts", "province": "provinces", "ward": "wards", "town": "towns",
        "criteri": "criteria", "contents": "contents", "indicator": "indicators", "target": "targets",
        "household": "households", "poor household": "poor households", "near-poor household": "near-poor households",
        "tourist arrivals": "tourist arrivals", "tourist": "tourists", "visitor": "visitors",
        "international visitor": "international visitors", "foreign visitor": "international visitors",
        "arrivals": "arrivals", "project": "projects", "document": "documents", "enterprise": "enterprises",
        "business": "enterprises", "compan": "enterprises", "firm": "enterprises", "cooperative": "cooperatives",
        "worker": "workers", "labourer": "workers", "laborer": "workers", "employee": "employees", "job": "jobs",
        "people": "people", "person": "people", "persons": "people", "resident": "residents", "pupil": "pupils",
        "student": "students", "school": "schools", "classroom": "classrooms", "house": "houses", "home": "houses",
        "dwelling": "dwellings", "road": "roads", "bridge": "bridges", "party member": "party members",
        "party cell": "party cells", "delegate": "delegates", "investor": "investors", "product": "products",
        "case": "cases", "ship": "ships", "vessel": "ships", "vehicle": "vehicles", "event": "events",
        "meeting": "meetings", "item": "items", "model": "models", "establishment": "establishments",
    },
    number_words={
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100, "a hundred": 100, "dozens": 12, "both": 2,
    },
    target_cues=(
        "target", "aim$", "aims$", "aiming", "aimed at", "strive", "striving", "plan$", "plans$", "planned",
        "planning to", "goal", "objective", "seek$", "seeks$", "seeking to", "intend", "envisage",
        "set a target", "set the target", "set out", "sets out", "should$", "shall$", "must reach", "must achieve",
        "is to reach", "are to reach", "endeavour", "endeavor", "ambition",
    ),
    expected_cues=(
        "expected", "expects", "expectation", "estimated", "estimate", "estimates", "forecast", "projected",
        "projection", "likely to", "anticipated", "set to", "on track to", "is poised",
    ),
    actual_cues=(
        "so far", "to date", "since the beginning of the year", "since the start of the year", "currently",
        "as of$", "year to date", "has reached", "have reached",
    ),
    change_cues=(
        "increase", "up$", "rise$", "rises$", "rising", "rose$", "risen$", "grow", "grew", "gain", "decrease",
        "decline", "down$", "drop", "fell$", "fall$", "falls$", "falling", "reduc", "cut$", "cuts$", "jump",
        "surge", "expand", "expansion", "shrank", "shrink", "year-on-year", "year on year", "higher than",
        "lower than", "more than in", "less than in", "lifted out of", "escaped poverty",
    ),
    comparison_cues=("compared", "than$", "over$", "against$", "versus", "from$"),
    level_before=("to$", "from$"),
    skip_before=(
        "no.", "no$", "nos.", "number$", "nr.", "#", "article", "clause", "section", "page", "chapter",
        "resolution$", "directive$", "decision$", "decree$", "conclusion$", "notice$", "plan no", "program no",
        "programme no", "storm$", "typhoon$", "phase$", "route$", "highway$", "national road", "road$",
        "sector$", "zone$", "district$", "ward$", "group$", "team$", "comment", "comments", "session$",
        "congress$", "term$", "industry$", "covid",
    ),
    time_words=(
        "o'clock", "am$", "pm$", "a.m.", "p.m.", "hour", "minute", "second$", "seconds$", "day$", "days$",
        "week", "month", "year$", "years$", "year-old", "quarter", "decade", "centur", "-year", "-month",
    ),
    months={
        "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4,
        "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8, "september": 9,
        "sept.": 9, "sep.": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    },
    denominator_words=("out of", "of$"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    period_cues={
        "first half": "H1", "first six months": "H1", "first 6 months": "H1", "six months": "H1",
        "6 months": "H1", "second half": "H2", "first quarter": "Q1", "second quarter": "Q2",
        "third quarter": "Q3", "fourth quarter": "Q4", "q1$": "Q1", "q2$": "Q2", "q3$": "Q3", "q4$": "Q4",
        "since the beginning of the year": "YTD", "by the end of": "END", "by end of": "END",
    },
)

"""German: "36.000" is thirty-six thousand, "16,9" is sixteen point nine; "14. Parteitag" is an ordinal."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="de",
    name="German",
    decimal=",",
    group=(".", "\u00a0", "\u202f", "\u2009", "'"),
    scales={
        "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3,
        "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
        "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
        "billion": 1e12, "billionen": 1e12, "bio.": 1e12,  # German Billion is 10^12
    },
    units={
        "vnd": "VND", "dong": "VND", "đồng": "VND", "vietnamesische dong": "VND",
        "us-dollar": "USD", "us dollar": "USD", "usd": "USD", "dollar": "USD", "us$": "USD", "$": "USD",
        "%": "percent", "prozent": "percent", "prozentpunkte": "percent",
        "hektar": "hectare", "ha": "hectare",
        "euro": "EUR", "eur": "EUR", "€": "EUR",
        "kilometer": "km", "km": "km", "tonnen": "tonne", "tonne": "tonne", "t": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "€": "EUR", "eur": "EUR"},
    counted={
        "gemeinde": "communes", "kommune": "communes", "dorf": "villages", "dörfer": "villages",
        "weiler": "hamlets", "bezirk": "districts", "provinz": "provinces", "stadtteil": "wards",
        "kriteri": "criteria", "inhalt": "contents", "indikator": "indicators", "zielvorgabe": "targets",
        "haushalt": "households", "arme haushalt": "poor households", "armer haushalt": "poor households",
        "armen haushalt": "poor households", "nahezu arme": "near-poor households",
        "nahezu armer": "near-poor households", "armutsgefährdete haushalt": "near-poor households",
        "tourist": "tourists", "besucher": "visitors", "gäste": "guests", "übernachtung": "overnight stays",
        "projekt": "projects", "vorhaben": "projects", "dokument": "documents", "unternehmen": "enterprises",
        "firma": "enterprises", "firmen": "enterprises", "betrieb": "enterprises", "genossenschaft": "cooperatives",
        "kooperative": "cooperatives", "arbeiter": "workers", "arbeitskräfte": "workers", "arbeitnehmer": "workers",
        "arbeitsplätze": "jobs", "beschäftigte": "employees", "einwohner": "residents", "menschen": "people",
        "personen": "people", "person": "people", "schüler": "pupils", "schule": "schools",
        "klassenräume": "classrooms",
        "wohnung": "dwellings", "häuser": "houses", "haus": "houses", "straße": "roads", "brücke": "bridges",
        "parteimitglied": "party members", "parteizelle": "party cells", "delegierte": "delegates",
        "einnahmeposition": "revenue items", "position": "items", "fälle": "cases", "fall": "cases",
        "verfahren": "procedures", "investor": "investors", "modell": "models", "produkt": "products",
        "schiff": "ships", "fahrzeug": "vehicles", "veranstaltung": "events", "sitzung": "meetings",
    },
    compound_heads=True,
    number_words={
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
        "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "hundert": 100, "tausend": 1000,
        "beiden": 2, "beide": 2,
    },
    target_cues=(
        "strebt", "streben", "anstreb", "angestrebt", "ziel$", "ziele$", "zielen$", "zielvorgabe", "zielwert",
        "zielt$", "plant$", "planen$", "geplant", "plan$", "planziel", "vorgesehen", "soll$", "sollen$",
        "anvisiert", "angepeilt", "vorgenommen", "sich zum ziel gesetzt", "bis zum jahr", "festgelegt",
    ),
    expected_cues=(
        "erwartet", "voraussichtlich", "schätzungsweise", "geschätzt", "schätzt", "prognostiz",
        "dürfte", "hochgerechnet", "hochrechnung",
    ),
    actual_cues=(
        "bisher", "bislang", "seit jahresbeginn", "seit anfang des jahres", "von jahresbeginn",
        "derzeit", "aktuell", "inzwischen", "ist gelungen",
    ),
    change_cues=(
        "anstieg", "steiger", "gestiegen", "stieg", "steigt", "zunahme", "zugenommen", "nahm", "zuwachs",
        "wachstum$", "wachstums$", "wachstumsrate", "wirtschaftswachstum$", "wuchs", "gewachsen", "wächst",
        "rückgang", "gesunken", "sank", "sinkt", "verringer", "reduziert", "reduzierung", "reduktion",
        "abgebaut", "abbau", "gesenkt", "senkung", "erhöh", "plus$", "minus$", "verbessert um", "mehr als im vorjahr",
        "gegenüber dem vorjahr", "gegenüber dem gleichen zeitraum", "im vergleich zum gleichen zeitraum",
    ),
    comparison_cues=("im vergleich", "gegenüber", "verglichen", "als im", "vorjahr"),
    level_before=("auf$",),
    skip_before=(
        "nr.", "nr$", "nummer", "no.", "artikel", "absatz", "kapitel", "seite", "paragraph", "§", "klausel",
        "kommentar", "anzeige", "sturm", "taifun", "phase$", "sektor", "route$", "autobahn", "straße$",
        "resolution$", "richtlinie$", "beschluss$", "dekret$", "schlussfolgerung$", "entscheidung$",
        "programm$", "aktionsprogramm$", "bekanntmachung$", "plan nr",
    ),
    time_words=(
        "uhr", "monat", "jahr$", "jahre$", "jahren$", "jahres$", "jährig", "quartal", "halbjahr",
        "tag$", "tage$", "tagen$", "woche", "stunde", "minute", "sekunde", "jahrestag", "jahrhundert",
    ),
    months={
        "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "märz": 3, "april": 4, "apr.": 4,
        "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
        "oktober": 10, "okt.": 10, "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    },
    denominator_words=("von$", "aus$"),
    ordinal_dot=True,
    period_cues={
        "ersten halbjahr": "H1", "ersten 6 monaten": "H1", "ersten sechs monaten": "H1", "in 6 monaten": "H1",
        "sechs monaten": "H1", "6 monaten": "H1", "zweiten halbjahr": "H2",
        "ersten quartal": "Q1", "zweiten quartal": "Q2", "dritten quartal": "Q3", "vierten quartal": "Q4",
        "seit jahresbeginn": "YTD", "seit anfang des jahres": "YTD", "bis ende": "END", "bis zum ende": "END",
    },
)

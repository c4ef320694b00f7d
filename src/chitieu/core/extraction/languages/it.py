"""Italian: "36.000" is thirty-six thousand, "16,9" sixteen point nine; "miliardo" is 10^9, "mila" 10^3;
"14° Congresso" is an ordinal; articles elide before numbers ("dell'1,2%", "L'8 dicembre")."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="it",
    name="Italian",
    decimal=",",
    group=(".", "\u00a0", "\u202f", "\u2009", "'"),
    scales={
        "mila": 1e3, "migliaia di": 1e3,
        "milione": 1e6, "milioni": 1e6, "mln": 1e6, "mln.": 1e6, "mio": 1e6,
        "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9, "mld.": 1e9, "mrd": 1e9,
        "bilione": 1e12, "bilioni": 1e12, "mille miliardi": 1e12,
    },
    units={
        "vnd": "VND", "di vnd": "VND", "dong": "VND", "di dong": "VND", "đồng": "VND", "di đồng": "VND",
        "usd": "USD", "di usd": "USD", "us$": "USD", "$": "USD", "dollari": "USD", "di dollari": "USD",
        "dollari usa": "USD", "di dollari usa": "USD", "dollari statunitensi": "USD",
        "di dollari statunitensi": "USD", "dollari americani": "USD", "di dollari americani": "USD",
        "%": "percent", "per cento": "percent", "percento": "percent", "punti percentuali": "percent",
        "punto percentuale": "percent",
        "ettari": "hectare", "ettaro": "hectare", "di ettari": "hectare", "ha": "hectare",
        "euro": "EUR", "di euro": "EUR", "€": "EUR",
        "km": "km", "chilometri": "km", "tonnellate": "tonne", "di tonnellate": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "€": "EUR"},
    counted={
        "comune": "communes", "comuni": "communes", "villaggi": "villages", "villaggio": "villages",
        "frazion": "hamlets", "distrett": "districts", "provinc": "provinces", "quartier": "wards",
        "criteri": "criteria", "contenut": "contents", "indicator": "indicators", "obiettivi": "targets",
        "famiglie": "households", "famiglia": "households", "nucle": "households",
        "famiglie povere": "poor households", "famiglia povera": "poor households",
        "nuclei familiari poveri": "poor households", "famiglie quasi povere": "near-poor households",
        "turisti": "tourists", "visitator": "visitors", "arrivi": "arrivals",
        "progett": "projects", "document": "documents", "impres": "enterprises", "aziend": "enterprises",
        "cooperativ": "cooperatives", "lavorator": "workers", "operai": "workers", "posti di lavoro": "jobs",
        "dipendent": "employees", "abitanti": "residents", "persone": "people", "alunni": "pupils",
        "studenti": "pupils", "scuol": "schools", "aule": "classrooms", "abitazion": "dwellings",
        "case": "houses", "strade": "roads", "ponti": "bridges", "iscritti al partito": "party members",
        "membri del partito": "party members", "cellule del partito": "party cells", "delegat": "delegates",
        "pratiche": "cases", "casi": "cases", "procedure": "procedures", "investitor": "investors",
        "modelli": "models", "prodotti ocop": "OCOP products", "prodott": "products", "navi": "ships",
        "imbarcazion": "ships", "veicol": "vehicles", "event": "events", "riunion": "meetings",
    },
    number_words={
        "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
        "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
    },
    target_cues=(
        "obiettivo", "obiettivi", "punta a", "puntare a", "mira a", "mirare a", "si propone", "traguardo",
        "si impegna", "impegnarsi", "sforz", "pianific", "piano$", "prefissat", "fissato", "fissata",
        "dovrà$", "dovranno$", "intende", "ambisce", "target$",
    ),
    expected_cues=(
        "si prevede", "prevede", "previst", "prevision", "si stima", "stima$", "stimat", "stime$",
        "si attende", "atteso", "attesa", "attesi", "dovrebbe", "dovrebbero", "proiezion", "probabilmente",
        "potrebbe", "potrebbero",
    ),
    actual_cues=(
        "finora", "fino ad ora", "ad oggi", "a oggi", "dall'inizio dell'anno", "dall’inizio dell’anno",
        "stesso periodo", "attualmente",
    ),
    comparison_cues=("rispetto", "in confronto", "confronto", "a fronte", "che$", "sul$", "sull'", "sull’"),
    # Verb and preposition before the level reached ("scesa al 2%"); "stimata all'11%" stays a rate.
    level_before=tuple(f"{verb}{end} {prep}" for verb in ("salit", "sces", "calat", "ridott", "aumentat",
                                                        "passat", "portat", "diminuit", "cresciut")
                       for end in "oaie" for prep in ("a$", "al$", "all'", "all’"))
    + ("fino a$", "fino al$", "fino all'", "fino all’"),
    change_cues=(
        "aument", "crescit", "cresciut", "cresce", "incremento", "increment", "rialz", "salit", "espansion",
        "sces", "calat", "calo$", "diminu", "ridott", "riduzion", "ridurre", "ribass", "flession", "contrazion",
        "in più rispetto", "in meno rispetto", "rispetto allo stesso periodo", "su base annua",
    ),
    skip_before=(
        "n.", "nr.", "n°", "no.", "numero", "articolo", "art.", "capitolo", "pagina", "paragrafo", "comma",
        "tempesta", "tifone", "fase$", "strada statale", "autostrada", "commento",
        "risoluzione$", "direttiva$", "conclusione$", "decisione$", "decreto$", "programma$",
    ),
    time_words=(
        "ora$", "ore$", "minut", "second", "giorn", "settiman", "mese$", "mesi$", "anno$", "anni$",
        "trimestre", "semestre", "anniversario", "secolo",
    ),
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
        "gen.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "mag.": 5, "giu.": 6, "lug.": 7, "ago.": 8, "set.": 9,
        "ott.": 10, "nov.": 11, "dic.": 12,
    },
    denominator_words=("su$",),
    ordinal_suffixes=("°", "º", "ª", ".°"),
    period_cues={
        "primo semestre": "H1", "primi sei mesi": "H1", "secondo semestre": "H2", "primo trimestre": "Q1",
        "secondo trimestre": "Q2", "terzo trimestre": "Q3", "quarto trimestre": "Q4",
        "dall'inizio dell'anno": "YTD", "dall’inizio dell’anno": "YTD", "entro la fine": "END",
        "entro fine": "END", "alla fine del": "END", "a fine": "END",
    },
    clitic_prefixes=("l'", "l’", "d'", "d’", "dell'", "dell’", "all'", "all’", "nell'", "nell’", "sull'",
                     "sull’", "dall'", "dall’", "un'", "un’"),
)

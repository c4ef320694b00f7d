"""Polish: "36 000" or "36.000" is thirty-six thousand, "16,9" a decimal; scale abbreviations tys., mln, mld;
nouns inflect, so counted nouns are stems ("gmin" covers gmina, gminy, gmin)."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="pl",
    name="Polish",
    decimal=",",
    group=(" ", "\u00a0", "\u202f", "\u2009", "."),
    scales={
        "tys.": 1e3, "tys": 1e3, "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3,
        "mln": 1e6, "mln.": 1e6, "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "miliona": 1e6,
        "mld": 1e9, "mld.": 1e9, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9, "miliarda": 1e9,
        "bln": 1e12, "bilion": 1e12, "biliony": 1e12, "bilionów": 1e12,
    },
    units={
        "vnd": "VND", "dongów": "VND", "dong": "VND", "dongi": "VND", "dongach": "VND",
        "usd": "USD", "dolarów": "USD", "dolary": "USD", "dolar": "USD", "dolarów amerykańskich": "USD",
        "dolarach": "USD", "$": "USD",
        "%": "percent", "procent": "percent", "proc.": "percent", "punktów procentowych": "percent",
        "ha": "hectare", "hektar": "hectare", "hektarów": "hectare", "hektary": "hectare", "hektara": "hectare",
        "zł": "PLN", "złotych": "PLN", "km": "km", "ton": "tonne", "tony": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND"},
    counted={
        "gmin": "communes", "wsi": "villages", "wieś": "villages", "sołectw": "villages", "powiat": "districts",
        "prowincj": "provinces", "kryteri": "criteria", "treści": "contents", "wskaźnik": "indicators",
        "gospodarstw": "households", "gospodarstw domowych": "households", "ubogich gospodarstw": "poor households",
        "biednych gospodarstw": "poor households", "gospodarstw ubogich": "poor households",
        "prawie ubogich": "near-poor households", "turyst": "tourists", "odwiedzając": "visitors",
        "gości": "guests", "projekt": "projects", "dokument": "documents", "przedsiębiorstw": "enterprises",
        "firm": "enterprises", "spółdziel": "cooperatives", "pracownik": "workers", "pracowników": "workers",
        "robotnik": "workers", "miejsc pracy": "jobs", "osób": "people", "osoby": "people", "mieszkańc": "residents",
        "uczni": "pupils",
        "szkół": "schools", "szkoł": "schools", "domów": "houses", "członków partii": "party members",
        "delegat": "delegates", "inwestor": "investors", "produkt": "products", "przypadk": "cases",
        "statk": "ships", "pojazd": "vehicles", "wydarze": "events", "pozycj": "items",
    },
    number_words={
        "dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "czterech": 4, "pięć": 5,
        "pięciu": 5, "sześć": 6, "sześciu": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10,
    },
    target_cues=(
        "cel$", "celem$", "cele$", "celów$", "zakład", "planuje", "planują", "planowan", "plan$", "dąży",
        "dążyć", "zamierza", "ma osiągnąć", "mają osiągnąć", "powinien", "powinna", "powinno", "powinny",
        "docelow", "postawił", "wyznaczon",
    ),
    expected_cues=(
        "szacuje się", "szacunkowo", "szacowan", "szacunk", "oczekuje się", "oczekiwan", "prognoz",
        "przewiduje się", "przewidywan", "ma wynieść", "spodziewan", "prawdopodobnie",
    ),
    actual_cues=("dotychczas", "do tej pory", "od początku roku", "obecnie", "jak dotąd"),
    change_cues=(
        "wzrost", "wzrosł", "wzrosła", "wzrosły", "wzrosło", "wzrośnie", "zwiększ", "spadek", "spadł",
        "spadła", "spadły", "zmniejsz", "obniż", "redukc", "zredukow", "ogranicz", "przyrost",
    ),
    comparison_cues=("w porównaniu", "porównaniu", "niż$", "wobec$", "względem"),
    level_before=("do$", "z$"),
    skip_before=(
        "nr$", "nr.", "numer", "art.", "ust.", "rozdział", "strona", "str.", "uchwał", "dyrektyw",
        "zarządzeni", "decyzj", "komentarz", "burza$", "burzy$", "tajfun", "sztorm", "droga$", "drogi$",
        "etap$", "sektor$", "zjazd$", "kadencj",
    ),
    time_words=(
        "godz", "minut", "dni$", "dzień$", "dnia$", "tygodni", "miesiąc", "miesięc", "lat$", "lata$",
        "roku$", "rok$", "kwartał", "wiek$",
    ),
    months={
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
        "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
        "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,
        "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
    },
    denominator_words=("z$", "na$"),
    ordinal_dot=True,
    period_cues={
        "pierwszym półroczu": "H1", "pierwsze półrocze": "H1", "pierwszych 6 miesiącach": "H1",
        "pierwszych sześciu miesiącach": "H1", "6 miesiącach": "H1", "drugim półroczu": "H2",
        "pierwszym kwartale": "Q1", "drugim kwartale": "Q2", "trzecim kwartale": "Q3", "czwartym kwartale": "Q4",
        "od początku roku": "YTD", "do końca": "END",
    },
)

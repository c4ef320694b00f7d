"""Spanish: "36.000" is thirty-six thousand, "16,9" sixteen point nine; "mil millones" is 10^9 ("millardo" too),
"billón" 10^12; "14.º Congreso" is an ordinal; dates read "8 de diciembre de 2023"."""

from chitieu.core.extraction.languages.base import LanguageProfile

_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre")

PROFILE = LanguageProfile(
    code="es",
    name="Spanish",
    decimal=",",
    group=(".", "\u00a0", "\u202f", "\u2009", " "),
    scales={
        "mil": 1e3, "miles de": 1e3,
        "millón": 1e6, "millon": 1e6, "millones": 1e6, "mill.": 1e6, "mlls.": 1e6,
        "mil millones": 1e9, "millardo": 1e9, "millardos": 1e9, "mmdd": 1e9,
        "billón": 1e12, "billon": 1e12, "billones": 1e12,  # Spanish billón is 10^12
    },
    units={
        "vnd": "VND", "de vnd": "VND", "dong": "VND", "dongs": "VND", "de dong": "VND", "de dongs": "VND",
        "đồng": "VND", "de đồng": "VND",
        "usd": "USD", "de usd": "USD", "us$": "USD", "$": "USD", "dólares": "USD", "de dólares": "USD",
        "dólares estadounidenses": "USD", "de dólares estadounidenses": "USD", "dólares de ee. uu.": "USD",
        "de dólares de ee. uu.": "USD", "dólares de ee.uu.": "USD", "de dólares de ee.uu.": "USD",
        "dólares de estados unidos": "USD", "de dólares de estados unidos": "USD",
        "%": "percent", "por ciento": "percent", "puntos porcentuales": "percent", "punto porcentual": "percent",
        "hectáreas": "hectare", "hectárea": "hectare", "de hectáreas": "hectare", "ha": "hectare",
        "euros": "EUR", "de euros": "EUR", "€": "EUR",
        "km": "km", "kilómetros": "km", "toneladas": "tonne", "de toneladas": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "€": "EUR"},
    counted={
        "comuna": "communes", "municipio": "communes", "aldea": "villages", "pueblo": "villages",
        "caserío": "hamlets", "caseríos": "hamlets", "distrito": "districts", "provincia": "provinces",
        "barrio": "wards", "criterio": "criteria", "contenido": "contents", "indicador": "indicators",
        "metas": "targets", "objetivos": "targets",
        "hogar": "households", "hogares": "households", "familia": "households",
        "hogares pobres": "poor households", "hogar pobre": "poor households", "familias pobres": "poor households",
        "hogares casi pobres": "near-poor households", "hogares cuasi pobres": "near-poor households",
        "turistas": "tourists", "visitante": "visitors", "llegadas": "arrivals",
        "proyecto": "projects", "documento": "documents", "empresa": "enterprises", "cooperativa": "cooperatives",
        "trabajador": "workers", "obrero": "workers", "empleos": "jobs", "puestos de trabajo": "jobs",
        "empleado": "employees", "habitante": "residents", "personas": "people", "alumno": "pupils",
        "estudiante": "pupils", "escuela": "schools", "aulas": "classrooms", "vivienda": "dwellings",
        "casas": "houses", "carretera": "roads", "puente": "bridges", "militantes": "party members",
        "miembros del partido": "party members", "células del partido": "party cells", "delegado": "delegates",
        "expediente": "cases", "casos": "cases", "trámite": "procedures", "procedimiento": "procedures",
        "inversor": "investors", "inversionista": "investors", "modelo": "models",
        "productos ocop": "OCOP products", "producto": "products", "buque": "ships", "barco": "ships",
        "vehículo": "vehicles", "evento": "events", "reunión": "meetings", "reuniones": "meetings",
    },
    number_words={
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
        "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30,
    },
    target_cues=(
        "meta", "objetivo", "se propone", "se ha propuesto", "propone alcanzar", "aspira", "pretende",
        "procura", "se esfuerza", "esforzarse", "planific", "plan$", "se fija", "se ha fijado", "fijó",
        "busca alcanzar", "busca lograr", "deberá$", "deberán$", "apunta a",
    ),
    expected_cues=(
        "se prevé", "prevé", "previst", "previsión", "se espera", "espera$", "esperan$", "se estima", "estimad",
        "estimación", "estima$", "según estimaciones", "proyecta", "proyección", "debería", "deberían",
        "probablemente", "podría", "podrían",
    ),
    actual_cues=(
        "hasta ahora", "hasta la fecha", "en lo que va del año", "en lo que va de año", "mismo período",
        "mismo periodo", "actualmente", "ya$",
    ),
    comparison_cues=("respecto", "en comparación", "comparado", "frente a", "que$", "con relación"),
    level_before=("hasta$", "hasta el$", "al$", "a$"),
    change_cues=(
        "aument", "crecimiento", "crec", "increment", "alza", "subió", "subieron", "expansión", "ascenso",
        "reduj", "reduc", "disminu", "descen", "bajó", "bajaron", "caída", "cayó", "cayeron", "retroc",
        "más que", "menos que", "respecto al mismo", "interanual",
    ),
    skip_before=(
        "n.º", "nº", "n°", "no.", "núm.", "número", "artículo", "art.", "capítulo", "página", "apartado",
        "tormenta", "tifón", "fase$", "carretera nacional", "autopista", "comentario",
        "resolución$", "directiva$", "directriz$", "conclusión$", "decisión$", "decreto$", "programa$",
    ),
    time_words=(
        "hora", "minuto", "segundo", "día$", "días$", "semana", "mes$", "meses$", "año$", "años$",
        "trimestre", "semestre", "aniversario", "siglo",
    ),
    months={**{m: i for i, m in enumerate(_MONTHS, 1)}, **{"de " + m: i for i, m in enumerate(_MONTHS, 1)},
            "setiembre": 9, "de setiembre": 9},
    denominator_words=("de$", "sobre$"),
    ordinal_suffixes=(".º", "º", ".ª", "ª", "°", "er", ".er"),
    period_cues={
        "primer semestre": "H1", "primeros seis meses": "H1", "seis primeros meses": "H1",
        "segundo semestre": "H2", "primer trimestre": "Q1", "segundo trimestre": "Q2",
        "tercer trimestre": "Q3", "cuarto trimestre": "Q4", "en lo que va del año": "YTD",
        "en lo que va de año": "YTD", "desde principios de año": "YTD", "a finales de": "END",
        "para finales de": "END", "antes de finales de": "END", "al cierre de": "END", "a fines de": "END",
    },
)

"""Portuguese: "36.000" is thirty-six thousand, "16,9" sixteen point nine; "bilhão" (Brazil) and "mil milhões"
(Portugal) are both 10^9, "bilião" (Portugal) is 10^12; "14.º Congresso" is an ordinal."""

from chitieu.core.extraction.languages.base import LanguageProfile

_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro")

PROFILE = LanguageProfile(
    code="pt",
    name="Portuguese",
    decimal=",",
    group=(".", "\u00a0", "\u202f", "\u2009", " "),
    scales={
        "mil": 1e3, "milhares de": 1e3,
        "milhão": 1e6, "milhao": 1e6, "milhões": 1e6, "milhoes": 1e6, "mi": 1e6,
        "mil milhões": 1e9, "bilhão": 1e9, "bilhao": 1e9, "bilhões": 1e9, "bilhoes": 1e9, "bi": 1e9,
        "bilião": 1e12, "biliões": 1e12, "trilhão": 1e12, "trilhões": 1e12, "tri": 1e12,
    },
    units={
        "vnd": "VND", "de vnd": "VND", "dong": "VND", "dongs": "VND", "de dongs": "VND", "dongues": "VND",
        "de dongues": "VND", "de dong": "VND", "đồng": "VND", "de đồng": "VND",
        "usd": "USD", "de usd": "USD", "us$": "USD", "$": "USD", "dólares": "USD", "de dólares": "USD",
        "dólares americanos": "USD", "de dólares americanos": "USD", "dólares norte-americanos": "USD",
        "de dólares norte-americanos": "USD", "dólares dos eua": "USD", "de dólares dos eua": "USD",
        "%": "percent", "por cento": "percent", "pontos percentuais": "percent", "ponto percentual": "percent",
        "hectares": "hectare", "hectare": "hectare", "de hectares": "hectare", "ha": "hectare",
        "euros": "EUR", "de euros": "EUR", "€": "EUR",
        "km": "km", "quilômetros": "km", "quilómetros": "km", "toneladas": "tonne", "de toneladas": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "€": "EUR"},
    counted={
        "comuna": "communes", "município": "communes", "aldeia": "villages", "vila": "villages",
        "povoado": "hamlets", "distrito": "districts", "província": "provinces", "bairro": "wards",
        "critério": "criteria", "conteúdo": "contents", "indicador": "indicators", "metas": "targets",
        "objetivos": "targets",
        "domicílio": "households", "agregado": "households", "família": "households", "lares": "households",
        "famílias pobres": "poor households", "domicílios pobres": "poor households",
        "lares pobres": "poor households", "agregados pobres": "poor households",
        "famílias quase pobres": "near-poor households", "domicílios quase pobres": "near-poor households",
        "turistas": "tourists", "visitante": "visitors", "chegadas": "arrivals",
        "projeto": "projects", "projecto": "projects", "documento": "documents", "empresa": "enterprises",
        "cooperativa": "cooperatives", "trabalhador": "workers", "trabalhadores": "workers", "operário": "workers",
        "empregos": "jobs", "postos de trabalho": "jobs", "funcionário": "employees", "habitante": "residents",
        "pessoas": "people", "aluno": "pupils", "estudante": "pupils", "escola": "schools",
        "salas de aula": "classrooms", "moradia": "dwellings", "habitaç": "dwellings", "casas": "houses",
        "estrada": "roads", "ponte": "bridges", "membros do partido": "party members",
        "células do partido": "party cells", "delegado": "delegates", "processo": "cases", "casos": "cases",
        "procedimento": "procedures", "investidor": "investors", "modelo": "models",
        "produtos ocop": "OCOP products", "produto": "products", "navio": "ships", "barco": "ships",
        "veículo": "vehicles", "evento": "events", "reunião": "meetings", "reuniões": "meetings",
    },
    number_words={  # not "dos": in Portuguese it is "of the"
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
        "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30,
    },
    target_cues=(
        "meta", "objetivo", "objectivo", "almeja", "pretende", "visa$", "visam$", "busca atingir",
        "busca alcançar", "esforça", "esforçar", "empenha", "planej", "planeia", "plano$", "fixou", "definiu como",
        "tem como alvo", "alvo$",
    ),
    expected_cues=(
        "prevê", "previst", "previsão", "estima", "estimad", "espera-se", "espera$", "esperam$", "esperad",
        "deverá", "deverão", "projeta", "projeção", "projecção", "provavelmente", "poderá", "poderão",
        "deve$", "devem$",
    ),
    actual_cues=(
        "até agora", "até o momento", "até ao momento", "até à data", "desde o início do ano", "mesmo período",
        "atualmente", "actualmente", "já$",
    ),
    comparison_cues=("em relação", "em comparação", "comparado", "face a", "frente a", "que$", "ante$"),
    level_before=("para$", "para o$", "para os$", "até$"),
    change_cues=(
        "aument", "crescimento", "cresc", "alta de", "subiu", "subiram", "elevou", "elevaram", "elevação",
        "expansão", "incremento",
        "queda", "caiu", "caíram", "reduz", "redução", "reduç", "diminu", "recuo", "recuou", "baixa de",
        "a mais que", "a menos que", "em relação ao mesmo período", "na comparação anual",
    ),
    skip_before=(
        "n.º", "nº", "n°", "no.", "núm.", "número", "artigo", "art.", "capítulo", "página", "parágrafo",
        "tempestade", "tufão", "fase$", "rodovia", "estrada nacional", "comentário",
        "resolução$", "diretiva$", "directiva$", "conclusão$", "decisão$", "decreto$", "programa$",
    ),
    time_words=(
        "hora", "minuto", "segundo", "dia$", "dias$", "semana", "mês$", "meses$", "ano$", "anos$",
        "trimestre", "semestre", "aniversário", "século",
    ),
    months={**{m: i for i, m in enumerate(_MONTHS, 1)}, **{"de " + m: i for i, m in enumerate(_MONTHS, 1)},
            "marco": 3, "de marco": 3},
    denominator_words=("de$",),
    ordinal_suffixes=(".º", "º", ".ª", "ª", "°"),
    period_cues={
        "primeiro semestre": "H1", "primeiros seis meses": "H1", "seis primeiros meses": "H1",
        "segundo semestre": "H2", "primeiro trimestre": "Q1", "segundo trimestre": "Q2",
        "terceiro trimestre": "Q3", "quarto trimestre": "Q4", "desde o início do ano": "YTD",
        "até o final de": "END", "até ao final de": "END", "até o fim de": "END", "até ao fim de": "END",
        "no final de": "END",
    },
)

"""French: "36 000" (space, no-break or narrow no-break space groups) is thirty-six thousand, "16,9" sixteen point
nine; "14e Congrès" and "1er" are ordinals; "milliard" is 10^9 and "billion" 10^12."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="fr",
    name="French",
    decimal=",",
    # Translations from Vietnamese often keep the source's dot groups ("36.000"), so "." groups too.
    group=(" ", "\u00a0", "\u202f", "\u2009", "."),
    scales={
        "mille": 1e3, "milliers": 1e3,
        "million": 1e6, "millions": 1e6, "mio": 1e6,
        "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "mds.": 1e9,
        "mille milliards": 1e12, "billion": 1e12, "billions": 1e12,  # French billion is 10^12
    },
    units={
        # Currency words, also with the "de"/"d'" that links them to a scale word ("milliards de dongs").
        "vnd": "VND", "de vnd": "VND", "dong": "VND", "dongs": "VND", "de dongs": "VND", "de dong": "VND",
        "đồng": "VND", "d'usd": "USD", "d’usd": "USD", "usd": "USD", "$": "USD", "us$": "USD", "$ us": "USD",
        "dollars": "USD", "de dollars": "USD", "dollars américains": "USD", "de dollars américains": "USD",
        "dollars us": "USD", "de dollars us": "USD", "dollars des états-unis": "USD",
        "%": "percent", "pour cent": "percent", "pourcent": "percent", "points de pourcentage": "percent",
        "point de pourcentage": "percent",
        "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "d'hectares": "hectare",
        "d’hectares": "hectare",
        "euros": "EUR", "d'euros": "EUR", "d’euros": "EUR", "€": "EUR",
        "km": "km", "kilomètres": "km", "tonnes": "tonne", "de tonnes": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "€": "EUR"},
    counted={
        "commune": "communes", "village": "villages", "hameau": "hamlets", "hameaux": "hamlets",
        "district": "districts", "province": "provinces", "quartier": "wards",
        "critère": "criteria", "contenu": "contents", "indicateur": "indicators", "objectifs": "targets",
        "ménage": "households", "foyer": "households", "famille": "households",
        "ménages pauvres": "poor households", "ménage pauvre": "poor households",
        "familles pauvres": "poor households", "foyers pauvres": "poor households",
        "ménages quasi pauvres": "near-poor households", "ménages quasi-pauvres": "near-poor households",
        "ménages presque pauvres": "near-poor households",
        "touristes": "tourists", "visiteur": "visitors", "arrivées": "arrivals",
        "projet": "projects", "document": "documents", "entreprise": "enterprises", "société": "enterprises",
        "coopérative": "cooperatives", "travailleur": "workers", "ouvrier": "workers", "emplois": "jobs",
        "employé": "employees", "habitant": "residents", "personne": "people", "élève": "pupils",
        "école": "schools", "salles de classe": "classrooms", "logement": "dwellings", "maison": "houses",
        "route": "roads", "pont": "bridges", "membres du parti": "party members", "cellules du parti": "party cells",
        "délégué": "delegates", "dossier": "cases", "procédure": "procedures", "investisseur": "investors",
        "modèle": "models", "produits ocop": "OCOP products", "produit": "products", "navire": "ships",
        "bateau": "ships", "véhicule": "vehicles", "événement": "events", "réunion": "meetings",
    },
    number_words={
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
    },
    target_cues=(
        "objectif", "vise$", "visent$", "viser$", "visant", "visé", "cible", "s'efforce", "s’efforce",
        "s'efforcer", "s’efforcer", "efforts pour", "ambitionne", "ambition", "se fixe", "s'est fixé",
        "s’est fixé", "planifi", "plan$", "prévoit d", "entend", "doit atteindre", "devra$", "devront$",
        "à l'horizon", "à l’horizon",
    ),
    expected_cues=(
        "devrait", "devraient", "estim", "prévision", "prévu", "prévue", "attendu", "attendue", "s'attend",
        "s’attend", "projection", "probablement", "pourrait", "pourraient", "anticip",
    ),
    actual_cues=(
        "jusqu'à présent", "jusqu’à présent", "à ce jour", "depuis le début de l'année",
        "depuis le début de l’année", "même période", "actuellement", "désormais",
    ),
    comparison_cues=("par rapport", "comparé", "en comparaison", "que$", "contre$", "face à"),
    level_before=("passé à", "passée à", "passant à", "ramené à", "ramenée à", "ramenant à", "tombé à", "tombée à",
                  "porté à", "portée à", "portant à", "baissé à", "augmenté à", "descendu à", "reculé à",
                  "chuté à", "atteignant"),
    change_cues=(
        "hausse", "augment", "croissance", "croît", "accru", "accroissement", "progress", "gagné",
        "baisse", "baissé", "diminu", "réduction", "rédui", "recul", "chute", "de plus que", "de moins que",
        "par rapport à la même période", "sur un an",
    ),
    skip_before=(
        "n°", "nº", "no.", "no$", "numéro", "article", "art.", "chapitre", "page", "paragraphe", "alinéa",
        "tempête", "typhon", "phase$", "route nationale", "autoroute", "commentaire",
        "résolution$", "directive$", "conclusion$", "décision$", "décret$", "programme$", "plan n",
    ),
    time_words=(
        "heure", "h$", "minute", "seconde", "jour$", "jours$", "semaine", "mois$", "an$", "ans$", "année",
        "trimestre", "semestre", "anniversaire", "siècle",
    ),
    months={
        "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2, "mars": 3, "avril": 4,
        "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8, "septembre": 9,
        "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12, "decembre": 12,
        "déc.": 12,
    },
    denominator_words=("sur$",),
    ordinal_suffixes=("e", "ème", "eme", "è", "ᵉ", "er", "ère", "re", "nd", "nde", "ᵉʳ"),
    period_cues={
        "premier semestre": "H1", "six premiers mois": "H1", "premiers six mois": "H1", "second semestre": "H2",
        "deuxième semestre": "H2", "premier trimestre": "Q1", "deuxième trimestre": "Q2",
        "second trimestre": "Q2", "troisième trimestre": "Q3", "quatrième trimestre": "Q4",
        "depuis le début de l'année": "YTD", "depuis le début de l’année": "YTD", "d'ici fin": "END",
        "d’ici fin": "END", "d'ici la fin": "END", "d’ici la fin": "END", "fin$": "END",
    },
    clitic_prefixes=("l'", "l’", "d'", "d’", "qu'", "qu’"),
)

"""The function-word shortcut of language detection decides only long one-language text; the rest goes to lingua."""

from chitieu.core.extraction.detect import _by_function_words, detect_language

GERMAN = (
    "Der Bezirk hat im ersten Halbjahr die meisten Ziele erreicht, die sich der Parteitag für die Amtszeit gesetzt "
    "hatte. Nach Angaben der Statistikbehörde wurde der Produktionswert um fast ein Sechstel gesteigert, und auch "
    "die Einnahmen aus dem Tourismus sind deutlich gewachsen. Für das zweite Halbjahr plant die Verwaltung, die "
    "Investitionen in die Infrastruktur der Gemeinden zu beschleunigen und die Zahl der armen Haushalte weiter zu "
    "senken. Die Leitung des Bezirks ist der Ansicht, dass die gesetzten Ziele bis zum Ende des Jahres erreicht "
    "werden, wenn die Auszahlung der öffentlichen Mittel mit der geplanten Geschwindigkeit fortgesetzt wird."
)
FRENCH = (
    "Le district a atteint au premier semestre la plupart des objectifs fixés par le congrès pour ce mandat. Selon "
    "les services de statistique, la valeur de la production a progressé de près d'un sixième, et les recettes du "
    "tourisme ont aussi fortement augmenté. Pour le second semestre, les autorités prévoient d'accélérer les "
    "investissements dans les infrastructures des communes et de réduire encore le nombre de ménages pauvres. "
    "Les dirigeants estiment que les objectifs seront atteints à la fin de l'année si les décaissements des fonds "
    "publics se poursuivent au rythme prévu."
)


def test_long_one_language_text_is_decided_by_its_function_words() -> None:
    assert _by_function_words(GERMAN) == "de"


def test_mixed_or_short_text_is_left_to_lingua() -> None:
    half = len(GERMAN) // 2
    assert _by_function_words(GERMAN[:half] + " " + FRENCH[half:]) is None
    assert _by_function_words("Der Bezirk hat die Ziele erreicht.") is None


def test_the_shortcut_agrees_with_the_full_detection() -> None:
    assert detect_language(GERMAN) == "de" and detect_language(FRENCH) == "fr"

"""Month names and numeric date orders, per language, for dates stated next to a document reference.

Month lists hold every inflected form a reference's date uses: Polish and Russian write the genitive
("4 lipca", "8 декабря"), Arabic texts use either the Egyptian (يناير) or the Levantine (كانون الثاني) names.
Each entry maps a lower-case written form to the month number.
"""

from __future__ import annotations


def _months(*names: str) -> dict[str, int]:
    # Each argument lists the forms of one month separated by "|", in calendar order.
    table: dict[str, int] = {}
    for number, forms in enumerate(names, start=1):
        for form in forms.split("|"):
            table[form] = number
    return table


MONTHS: dict[str, dict[str, int]] = {
    "en": _months("january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul",
                  "august|aug", "september|sept|sep", "october|oct", "november|nov", "december|dec"),
    "de": _months("januar|jänner", "februar", "märz|maerz", "april", "mai", "juni", "juli", "august",
                  "september", "oktober", "november", "dezember"),
    "fr": _months("janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout",
                  "septembre", "octobre", "novembre", "décembre|decembre"),
    "es": _months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre|setiembre", "octubre", "noviembre", "diciembre"),
    "pt": _months("janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto",
                  "setembro", "outubro", "novembro", "dezembro"),
    "it": _months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                  "settembre", "ottobre", "novembre", "dicembre"),
    "pl": _months("stycznia|styczeń|styczen", "lutego|luty", "marca|marzec", "kwietnia|kwiecień",
                  "maja|maj", "czerwca|czerwiec", "lipca|lipiec", "sierpnia|sierpień",
                  "września|wrzesnia|wrzesień", "października|pazdziernika|październik",
                  "listopada|listopad", "grudnia|grudzień|grudzien"),
    "ru": _months("января|январь", "февраля|февраль", "марта|март", "апреля|апрель", "мая|май",
                  "июня|июнь", "июля|июль", "августа|август", "сентября|сентябрь", "октября|октябрь",
                  "ноября|ноябрь", "декабря|декабрь"),
    "id": _months("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                  "oktober", "november", "desember"),
    "ar": _months("يناير|كانون الثاني", "فبراير|شباط", "مارس|آذار", "أبريل|ابريل|إبريل|نيسان",
                  "مايو|أيار", "يونيو|يونيه|حزيران", "يوليو|يوليه|تموز", "أغسطس|اغسطس|آب",
                  "سبتمبر|أيلول", "أكتوبر|اكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني",
                  "ديسمبر|كانون الأول"),
    # Vietnamese writes months as numbers ("tháng 12"); the CJK languages as numbers with 月/월.
    "vi": {}, "zh": {}, "ja": {}, "ko": {},
}

# Words that introduce the date of a document; optional in the patterns, listed so that they are consumed.
DATE_CUES: dict[str, tuple[str, ...]] = {
    "en": ("dated", "of", "on", "issued on", "adopted on"),
    "de": ("vom", "von", "am"),
    "fr": ("du", "en date du", "le"),
    "es": ("del", "de", "de fecha", "con fecha"),
    "pt": ("de", "datado de", "datada de"),
    "it": ("del", "dell'", "dell’", "in data"),
    "pl": ("z dnia", "z"),
    "ru": ("от",),
    "id": ("tanggal", "tertanggal", "pada tanggal"),
    "ar": ("بتاريخ", "الصادر في", "الصادر بتاريخ", "المؤرخ في", "المؤرخ", "في"),
    "vi": ("ngày",),
    "zh": (), "ja": (), "ko": (),
}

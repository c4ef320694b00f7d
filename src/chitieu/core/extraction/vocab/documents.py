"""Document words, number markers, issuers and title cues, per language.

`DOC_WORDS[lang]` lists (regex, type code): the word a language uses for a document type, with its inflected
forms, mapped to the Vietnamese type code (NQ resolution, CT directive, KL conclusion, TB notice, KH plan,
CTr programme, QĐ decision, NĐ decree). Regexes are fragments without groups; matching is case-insensitive.

Ambiguities, decided once here:
* Arabic قرار means both resolution and decision. Translations of Vietnamese reports cite party resolutions
  (Nghị quyết) far more often than decisions, so it is NQ; `STATE_DECISION_ISSUERS` turns it into QĐ when the
  issuer is a state executive (the Prime Minister or a People's Committee issue decisions, not resolutions).
* German Beschluss and Entschließung render Nghị quyết (the Politburo's "Beschluss"): NQ; Entscheidung is QĐ.
* Russian постановление renders Nghị quyết in party texts: NQ; решение is QĐ.
* Italian delibera / deliberazione is a council's resolution: NQ.
* Indonesian keputusan is decision (QĐ); instruksi renders Chỉ thị (CT).
"""

from __future__ import annotations

DOC_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"resolutions?", "NQ"), (r"directives?", "CT"), (r"conclusions?", "KL"),
        (r"notices?|notifications?|announcements?", "TB"), (r"(?:action\s+)?plans?", "KH"),
        (r"(?:action\s+)?program(?:me)?s?", "CTr"), (r"decisions?", "QĐ"), (r"decrees?", "NĐ"),
    ),
    "de": (
        (r"resolution(?:en)?|beschlusses|beschluss(?:es)?|beschlüsse|entschließung(?:en)?|entschliessung", "NQ"),
        (r"direktive?n?|richtlinie[n]?|weisung(?:en)?|anweisung(?:en)?", "CT"),
        (r"schlussfolgerung(?:en)?", "KL"), (r"bekanntmachung(?:en)?|mitteilung(?:en)?", "TB"),
        (r"(?:aktions)?plan(?:s|es)?|aktionsplans?", "KH"),
        (r"(?:aktions)?programm(?:s|es|e)?", "CTr"), (r"entscheidung(?:en)?", "QĐ"),
        (r"dekret(?:s|es)?|verordnung(?:en)?", "NĐ"),
    ),
    "fr": (
        (r"r[ée]solutions?", "NQ"), (r"directives?", "CT"), (r"conclusions?", "KL"),
        (r"avis|notifications?|communiqu[ée]s?", "TB"), (r"plans?", "KH"), (r"programmes?", "CTr"),
        (r"d[ée]cisions?", "QĐ"), (r"d[ée]crets?", "NĐ"),
    ),
    "es": (
        (r"resoluci[óo]n(?:es)?", "NQ"), (r"directivas?|directrices?", "CT"), (r"conclusi[óo]n(?:es)?", "KL"),
        (r"avisos?|notificaci[óo]n(?:es)?|comunicados?", "TB"), (r"planes|plan", "KH"),
        (r"programas?", "CTr"), (r"decisi[óo]n(?:es)?", "QĐ"), (r"decretos?", "NĐ"),
    ),
    "pt": (
        (r"resolu[çc](?:ão|ao|ões|oes)", "NQ"), (r"diretivas?|directivas?", "CT"),
        (r"conclus(?:ão|ao|ões|oes)", "KL"), (r"avisos?|notifica[çc](?:ão|ao|ões|oes)|comunicados?", "TB"),
        (r"planos?", "KH"), (r"programas?", "CTr"), (r"decis(?:ão|ao|ões|oes)", "QĐ"), (r"decretos?", "NĐ"),
    ),
    "it": (
        (r"risoluzion[ei]|delibera(?:zione)?|delibere", "NQ"), (r"direttiv[ae]", "CT"),
        (r"conclusion[ei]", "KL"), (r"avvis[oi]|comunicazion[ei]|notific[ah]e?", "TB"), (r"pian[oi]", "KH"),
        (r"programm[ai]", "CTr"), (r"decision[ei]", "QĐ"), (r"decret[oi]", "NĐ"),
    ),
    "pl": (
        (r"uchwał(?:a|y|ę|e|ą|om|ach)?|rezolucj(?:a|i|ę|ą)", "NQ"), (r"dyrektyw(?:a|y|ę|ie|ą)", "CT"),
        (r"wnios(?:ek|ku|ki|kach|kami|ków)|konkluzj(?:a|i|ę|ą)", "KL"),
        (r"komunikat(?:u|em|ie|y)?|zawiadomieni(?:e|a|u|em)|ogłoszeni(?:e|a|u|em)", "TB"),
        (r"plan(?:u|ie|em|y)?", "KH"), (r"program(?:u|ie|em|y)?", "CTr"),
        (r"decyzj(?:a|i|ę|ą)", "QĐ"), (r"dekret(?:u|em|ie)?|rozporządzeni(?:e|a|u|em)", "NĐ"),
    ),
    "ru": (
        (r"постановлени(?:е|я|ю|ем|и)|резолюци(?:я|и|ю|ей)", "NQ"),
        (r"директив(?:а|ы|у|ой|е)|указани(?:е|я|ю|ем)", "CT"), (r"заключени(?:е|я|ю|ем|и)|вывод(?:ы|ов)?", "KL"),
        (r"уведомлени(?:е|я|ю|ем|и)|сообщени(?:е|я|ю|ем|и)|извещени(?:е|я|ю|ем|и)", "TB"),
        (r"план(?:а|у|ом|е)?", "KH"), (r"программ(?:а|ы|у|ой|е)", "CTr"), (r"решени(?:е|я|ю|ем|и)", "QĐ"),
        (r"декрет(?:а|у|ом|е)?|указ(?:а|у|ом|е)?", "NĐ"),
    ),
    "id": (
        (r"resolusi", "NQ"), (r"direktif|instruksi|arahan", "CT"), (r"kesimpulan", "KL"),
        (r"pemberitahuan|pengumuman|pemberitahuan", "TB"), (r"rencana(?:\s+aksi|\s+kerja)?", "KH"),
        (r"program(?:\s+aksi|\s+kerja)?", "CTr"), (r"keputusan", "QĐ"), (r"dekrit|peraturan\s+pemerintah", "NĐ"),
    ),
    "vi": (
        (r"nghị quyết|nghi quyet", "NQ"), (r"chỉ thị|chi thi", "CT"), (r"kết luận|ket luan", "KL"),
        (r"thông báo|thong bao", "TB"), (r"kế hoạch|ke hoach", "KH"),
        (r"chương trình(?: hành động)?|chuong trinh(?: hanh dong)?", "CTr"),
        (r"quyết định|quyet dinh", "QĐ"), (r"nghị định|nghi dinh", "NĐ"),
    ),
    "ar": (
        # Clitics (و ف ب ل ك and the article) attach to the word: والقرار، بالقرار، للقرار.
        (r"قرار", "NQ"), (r"توجيه|تعليمات|التعليمات", "CT"), (r"استنتاج|خلاصة|استنتاجات", "KL"),
        (r"إشعار|اشعار|إخطار|بلاغ|إعلان|اعلان", "TB"), (r"خطة|خطّة", "KH"), (r"برنامج", "CTr"),
        (r"مرسوم", "NĐ"),
    ),
    "zh": (
        (r"决议|決議", "NQ"), (r"指示", "CT"), (r"结论|結論", "KL"), (r"通知|通报|通報|公告", "TB"),
        (r"行动计划|计划|計劃", "KH"), (r"行动纲领|行动方案|行动计划|方案|纲领|计划书|程序", "CTr"),
        (r"决定|決定", "QĐ"), (r"议定|議定", "NĐ"),
    ),
    "ja": (
        (r"決議", "NQ"), (r"指示", "CT"), (r"結論", "KL"), (r"通知|通達|公告", "TB"), (r"行動計画|計画", "KH"),
        (r"行動プログラム|プログラム|行動綱領", "CTr"), (r"決定", "QĐ"), (r"政令|議定", "NĐ"),
    ),
    "ko": (
        (r"결의안|결의", "NQ"), (r"지시", "CT"), (r"결론", "KL"), (r"통지|통보|공고", "TB"),
        (r"행동\s?계획|계획", "KH"), (r"행동\s?프로그램|프로그램", "CTr"), (r"결정", "QĐ"), (r"의정|시행령", "NĐ"),
    ),
}

# An optional "action" qualifier between the document word and its number ("Chương trình hành động số 33").
QUALIFIERS: dict[str, str] = {
    "fr": r"d['’]action", "es": r"de\s+acci[óo]n", "pt": r"de\s+a[çc][ãa]o", "it": r"d['’]azione",
    "pl": r"działa[nń](?:ia|ie)?|działań", "ru": r"действий", "ar": r"(?:ال)?عمل",
}

# Words for "number" between the document word and its number; a reference with a marker may be lower-case.
NUMBER_MARKERS: dict[str, str] = {
    "en": r"no\.?|nos\.?|number|nr\.?|#",
    "de": r"nr\.?|nummer|no\.?",
    "fr": r"n\s?°|n\s?º|no\.?|num[ée]ro",
    "es": r"n\.?\s?º|n\.?\s?°|núm\.?|num\.?|no\.?|número|numero",
    "pt": r"n\.?\s?º|n\.?\s?°|no\.?|número|numero",
    "it": r"n\.|n\s?°|nr\.?|numero",
    "pl": r"nr|numer",
    "ru": r"№|n|номер",
    "id": r"nomor|no\.?|nr\.?",
    "vi": r"số|so",
    "ar": r"رقم|رقـم|ر\.",
    "zh": r"第", "ja": r"第", "ko": r"제",
}

# Counters written after the number in East Asian languages: 第57号决议, 第57号決議, 제57호 결의.
NUMBER_COUNTERS: dict[str, str] = {"zh": r"号|號", "ja": r"号", "ko": r"호"}

# Issuing bodies: (regex, issuer code). Longer phrases first where one contains another. Matching is
# case-insensitive and searched in the words right after a reference (before it in the East Asian languages).
ISSUERS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"politburo|political bureau|secretariat|(?:party\s+)?central\s+(?:executive\s+)?committee", "TW"),
        (r"(?:provincial|province's|city)\s+party\s+(?:standing\s+)?committee|provincial\s+committee|"
         r"party\s+committee\s+of\s+(?:the\s+)?(?:province|city)", "TU"),
        (r"district\s+party\s+(?:standing\s+)?committee|party\s+committee\s+of\s+(?:the\s+)?district", "HU"),
        (r"prime\s+minister", "TTg"), (r"government", "CP"),
        (r"national\s+assembly\s+standing\s+committee|standing\s+committee\s+of\s+the\s+national\s+assembly",
         "UBTVQH"),
        (r"national\s+assembly", "QH"), (r"people's\s+council|people’s\s+council", "HĐND"),
        (r"people's\s+committee|people’s\s+committee", "UBND"),
    ),
    "de": (
        (r"politbüros?|politbueros?|sekretariats?|zentralkomitees?|zentralexekutivkomitees?", "TW"),
        (r"provinzparteikomitees?|provinzkomitees?|stadtparteikomitees?|parteikomitees?\s+der\s+(?:provinz|stadt)",
         "TU"),
        (r"bezirksparteikomitees?|distriktparteikomitees?|kreisparteikomitees?|"
         r"parteikomitees?\s+des\s+(?:bezirks|distrikts|kreises)", "HU"),
        (r"premierministers?|ministerpräsidenten", "TTg"),
        (r"ständigen\s+ausschusses\s+der\s+nationalversammlung", "UBTVQH"),
        (r"nationalversammlung", "QH"), (r"regierung", "CP"), (r"volksrats?|volksrates", "HĐND"),
        (r"(?:provinz|bezirks|stadt)?volkskomitees?", "UBND"),
    ),
    "fr": (
        (r"bureau\s+politique|secr[ée]tariat|comit[ée]\s+central", "TW"),
        (r"comit[ée]\s+(?:provincial|municipal)\s+du\s+parti|comit[ée]\s+du\s+parti\s+(?:de\s+la\s+province|"
         r"provincial)", "TU"),
        (r"comit[ée]\s+(?:de\s+district|du\s+district|distrital)\s+du\s+parti|"
         r"comit[ée]\s+du\s+parti\s+(?:du|de)\s+district", "HU"),
        (r"premier\s+ministre", "TTg"), (r"gouvernement", "CP"), (r"assembl[ée]e\s+nationale", "QH"),
        (r"conseil\s+populaire", "HĐND"), (r"comit[ée]\s+populaire", "UBND"),
    ),
    "es": (
        (r"bur[óo]\s+pol[íi]tico|secretariado|secretar[íi]a\s+del\s+partido|comit[ée]\s+central", "TW"),
        (r"comit[ée]\s+(?:provincial|municipal)\s+del\s+partido|comit[ée]\s+del\s+partido\s+"
         r"(?:de\s+la\s+provincia|provincial)", "TU"),
        (r"comit[ée]\s+(?:distrital|de\s+distrito)\s+del\s+partido|comit[ée]\s+del\s+partido\s+del\s+distrito",
         "HU"),
        (r"primer\s+ministro", "TTg"), (r"gobierno", "CP"), (r"asamblea\s+nacional", "QH"),
        (r"consejo\s+popular", "HĐND"), (r"comit[ée]\s+popular", "UBND"),
    ),
    "pt": (
        (r"(?:bur[ôo]|bureau|bir[ôo])\s+pol[íi]tico|politburo|secretariado|comit[êée]\s+central", "TW"),
        (r"comit[êe]\s+(?:provincial|municipal)\s+do\s+partido|comit[êe]\s+do\s+partido\s+"
         r"(?:da\s+prov[íi]ncia|provincial)", "TU"),
        (r"comit[êe]\s+(?:distrital|de\s+distrito)\s+do\s+partido|comit[êe]\s+do\s+partido\s+do\s+distrito", "HU"),
        (r"primeiro[-\s]ministro", "TTg"), (r"governo", "CP"), (r"assembleia\s+nacional", "QH"),
        (r"conselho\s+popular", "HĐND"), (r"comit[êe]\s+popular", "UBND"),
    ),
    "it": (
        (r"politburo|ufficio\s+politico|segreteria|comitato\s+centrale", "TW"),
        (r"comitato\s+(?:provinciale|cittadino|municipale)\s+del\s+partito|comitato\s+del\s+partito\s+"
         r"(?:della\s+provincia|provinciale)", "TU"),
        (r"comitato\s+(?:distrettuale|di\s+distretto)\s+del\s+partito|comitato\s+del\s+partito\s+del\s+distretto",
         "HU"),
        (r"primo\s+ministro", "TTg"), (r"governo", "CP"), (r"assemblea\s+nazionale", "QH"),
        (r"consiglio\s+popolare", "HĐND"), (r"comitato\s+popolare", "UBND"),
    ),
    "pl": (
        (r"biur(?:o|a|ze)\s+polityczn(?:e|ego|ym)|sekretariat(?:u)?|komitet(?:u)?\s+centraln(?:y|ego)", "TW"),
        (r"prowincjonaln(?:y|ego|ym)\s+komitet(?:u|em)?\s+partii|komitet(?:u)?\s+prowincjonaln(?:y|ego)"
         r"(?:\s+partii)?|komitet(?:u)?\s+partii\s+prowincji|wojewódzki(?:ego)?\s+komitet(?:u)?", "TU"),
        (r"powiatow(?:y|ego|ym)\s+komitet(?:u|em)?\s+partii|komitet(?:u)?\s+powiatow(?:y|ego)|"
         r"komitet(?:u)?\s+(?:partii\s+)?(?:dystryktu|okręgu)|okręgow(?:y|ego)\s+komitet(?:u)?", "HU"),
        (r"premier(?:a)?|prezes(?:a)?\s+rady\s+ministrów", "TTg"), (r"rząd(?:u)?", "CP"),
        (r"zgromadzeni(?:e|a)\s+narodow(?:e|ego)", "QH"), (r"rad(?:a|y)\s+ludow(?:a|ej)", "HĐND"),
        (r"komitet(?:u)?\s+ludow(?:y|ego)", "UBND"),
    ),
    "ru": (
        (r"политбюро|секретариат(?:а)?|центральн(?:ый|ого)\s+комитет(?:а)?|цк", "TW"),
        (r"провинциальн(?:ый|ого|ым)\s+комитет(?:а|ом)?(?:\s+партии)?|комитет(?:а)?\s+партии\s+провинции|"
         r"горком(?:а)?|городск(?:ой|ого)\s+комитет(?:а)?\s+партии|провинциальн(?:ого|ый)\s+парткома?", "TU"),
        (r"районн(?:ый|ого|ым)\s+комитет(?:а|ом)?(?:\s+партии)?|комитет(?:а)?\s+партии\s+(?:района|уезда)|"
         r"уездн(?:ый|ого)\s+комитет(?:а)?|райком(?:а)?", "HU"),
        (r"премьер[-\s]министр(?:а)?", "TTg"), (r"правительств(?:о|а)", "CP"),
        (r"национальн(?:ое|ого)\s+собрани(?:е|я)", "QH"), (r"народн(?:ый|ого)\s+совет(?:а)?", "HĐND"),
        (r"народн(?:ый|ого)\s+комитет(?:а)?", "UBND"),
    ),
    "id": (
        (r"politbiro|politbüro|sekretariat|komite\s+sentral", "TW"),
        (r"komite\s+partai\s+(?:provinsi|kota)|komite\s+provinsi(?:\s+partai)?|komite\s+partai\s+tingkat\s+provinsi",
         "TU"),
        (r"komite\s+partai\s+(?:distrik|kabupaten)|komite\s+(?:distrik|kabupaten)(?:\s+partai)?", "HU"),
        (r"perdana\s+menteri", "TTg"), (r"pemerintah", "CP"), (r"majelis\s+nasional", "QH"),
        (r"dewan\s+rakyat", "HĐND"), (r"komite\s+rakyat", "UBND"),
    ),
    "vi": (
        (r"bộ chính trị|bo chinh tri|ban bí thư|ban bi thu|ban chấp hành trung ương|ban chap hanh trung uong|"
         r"trung ương|trung uong", "TW"),
        (r"tỉnh ủy|tỉnh uỷ|tinh uy|thành ủy|thành uỷ|thanh uy", "TU"),
        (r"huyện ủy|huyện uỷ|huyen uy", "HU"), (r"quận ủy|quận uỷ|quan uy", "QU"),
        (r"thủ tướng(?: chính phủ)?|thu tuong(?: chinh phu)?", "TTg"),
        (r"ủy ban thường vụ quốc hội|uỷ ban thường vụ quốc hội|uy ban thuong vu quoc hoi", "UBTVQH"),
        (r"quốc hội|quoc hoi", "QH"), (r"chính phủ|chinh phu", "CP"),
        (r"hội đồng nhân dân|hoi dong nhan dan|hđnd", "HĐND"),
        (r"ủy ban nhân dân|uỷ ban nhân dân|uy ban nhan dan|ubnd", "UBND"),
    ),
    "ar": (
        (r"المكتب السياسي|الأمانة العامة|اللجنة المركزية|الأمانة المركزية", "TW"),
        (r"لجنة الحزب (?:الإقليمية|الاقليمية|في المقاطعة|بالمقاطعة|في المحافظة|للمقاطعة|للمحافظة|الإقليمي)|"
         r"اللجنة الحزبية (?:الإقليمية|الاقليمية|للمقاطعة|للمحافظة)|اللجنة الإقليمية للحزب|لجنة الحزب في المدينة|"
         r"لجنة حزب المقاطعة|لجنة حزب المحافظة|لجنة حزب المدينة", "TU"),
        (r"لجنة الحزب (?:في المنطقة|بالمنطقة|للمنطقة|في الحي|المحلية)|اللجنة الحزبية (?:للمنطقة|في المنطقة)|"
         r"لجنة حزب المنطقة|لجنة حزب الحي", "HU"),
        (r"رئيس الوزراء|رئيس الحكومة", "TTg"),
        (r"اللجنة الدائمة للجمعية الوطنية", "UBTVQH"), (r"الجمعية الوطنية", "QH"), (r"الحكومة", "CP"),
        (r"مجلس الشعب|المجلس الشعبي", "HĐND"), (r"اللجنة الشعبية|لجنة الشعب", "UBND"),
    ),
    "zh": (
        (r"中央政治局|政治局|中央书记处|书记处|中央委员会|党中央|中央", "TW"),
        (r"省委|市委|省党委", "TU"), (r"县委|縣委|郡委", "HU"), (r"政府总理|总理|總理", "TTg"),
        (r"国会常委会|国会常务委员会", "UBTVQH"), (r"国会|國會", "QH"), (r"政府", "CP"),
        (r"人民议会|人民議會|人民委员会|人民委員會", "UBND"),
    ),
    "ja": (
        (r"政治局|書記局|中央委員会|党中央|中央", "TW"), (r"省党委員会|省党委|市党委員会|省委", "TU"),
        (r"県党委員会|郡党委員会|県党委|郡党委", "HU"), (r"首相", "TTg"), (r"国会常務委員会", "UBTVQH"),
        (r"国会", "QH"), (r"政府", "CP"), (r"人民評議会", "HĐND"), (r"人民委員会", "UBND"),
    ),
    "ko": (
        (r"정치국|서기국|중앙위원회|당중앙|중앙", "TW"), (r"성\s?당위원회|성당위|성\s?위원회|시\s?당위원회", "TU"),
        (r"현\s?당위원회|군\s?당위원회|현당위", "HU"), (r"총리", "TTg"), (r"국회\s?상무위원회", "UBTVQH"),
        (r"국회", "QH"), (r"정부", "CP"), (r"인민의회", "HĐND"), (r"인민위원회", "UBND"),
    ),
}

# Issuers that decide decisions rather than resolutions: an ambiguous word (Arabic قرار) cited with one of
# them is a decision (QĐ).
STATE_DECISION_ISSUERS = frozenset({"TTg", "UBND"})
AMBIGUOUS_DECISION_WORDS: dict[str, str] = {"ar": "قرار"}

# Words that open an unquoted title right after a reference ("on directions and tasks for 2024").
TITLE_CUES: dict[str, str] = {
    "en": r"on|about|regarding|concerning",
    "de": r"über|zur|zum|zu\s+den|betreffend|bezüglich",
    "fr": r"sur|relati(?:ve|f)\s+(?:à|aux)|concernant|portant\s+sur",
    "es": r"sobre|relativ[ao]\s+a|acerca\s+de",
    "pt": r"sobre|relativ[ao]\s+(?:a|à|ao)|acerca\s+d[eoa]",
    "it": r"sul(?:la|lo|le|l['’])?|sugli|relativ[ao]\s+(?:a|al|alla)|riguardante",
    "pl": r"w\s+sprawie|dotycząc(?:a|e|y|ej)|o",
    "ru": r"о|об|по\s+вопросу|относительно",
    "id": r"tentang|mengenai",
    "vi": r"về|ve",
    "ar": r"(?:ال)?متعلقة?\s+ب|بشأن|حول|الخاصة?\s+ب",
    "zh": r"关于|關於", "ja": r"に関する", "ko": r"에\s?관한",
}

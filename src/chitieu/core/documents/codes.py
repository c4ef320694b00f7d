"""Tables of document-type and issuer codes used in Vietnamese document numbers.

The tables are data: plain module-level mappings built from tuples, so a reader can check them against the
rules (Guideline 36-HD/VPTW for party documents; Decree 30/2020/NĐ-CP and the Law on Promulgation of Legal
Documents for state documents) without reading any parsing code. Lookups fold case and the ASCII `D` / `Đ`
confusion so that `Ctr`, `QD` or `hdnd` find `CTr`, `QĐ` and `HĐND`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

System = Literal["party", "state"]
Level = Literal["central", "province", "district", "commune", "agency"]


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a code stands for, in Vietnamese and English."""

    vi: str
    en: str


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """A document-type code and its meaning in each system that uses it."""

    code: str
    party: Meaning | None
    state: Meaning | None

    def meaning(self, system: System) -> Meaning | None:
        """The meaning of this type in `system`, or None when that system does not use it."""
        return self.party if system == "party" else self.state


@dataclass(frozen=True, slots=True)
class IssuerInfo:
    """An issuer code: who issues documents under it, in which system, at which level (None: varies)."""

    code: str
    meaning: Meaning
    system: System
    level: Level | None


def _both(vi: str, en: str) -> tuple[Meaning, Meaning]:
    return Meaning(vi, en), Meaning(vi, en)


# code: (party meaning, state meaning); None where the system does not use the code.
_TYPES: dict[str, tuple[Meaning | None, Meaning | None]] = {
    "NQ": _both("Nghị quyết", "resolution"),
    "CT": _both("Chỉ thị", "directive"),
    "KL": _both("Kết luận", "conclusion"),
    "TB": _both("Thông báo", "notice"),
    "CTr": _both("Chương trình", "programme"),
    "KH": _both("Kế hoạch", "plan"),
    "QĐ": _both("Quyết định", "decision"),
    "QĐi": (Meaning("Quy định", "regulation"), None),
    "QyĐ": (None, Meaning("Quy định", "regulation")),
    "HD": _both("Hướng dẫn", "guideline"),
    "BC": _both("Báo cáo", "report"),
    "TTr": _both("Tờ trình", "submission"),
    "CV": _both("Công văn", "official letter"),
    "QC": _both("Quy chế", "rules"),
    "TT": (Meaning("Thông tri", "circular"), Meaning("Thông tư", "circular")),
    "ĐA": _both("Đề án", "scheme"),
    "PA": _both("Phương án", "option"),
    "DA": _both("Dự án", "project"),
    "BB": _both("Biên bản", "minutes"),
    "GM": _both("Giấy mời", "invitation"),
    "NĐ": (None, Meaning("Nghị định", "decree")),
    "CĐ": (None, Meaning("Công điện", "official dispatch")),
    "L": (None, Meaning("Lệnh", "order")),
    "TTLT": (None, Meaning("Thông tư liên tịch", "joint circular")),
    "NQLT": (None, Meaning("Nghị quyết liên tịch", "joint resolution")),
}

TYPES: dict[str, TypeInfo] = {code: TypeInfo(code, p, s) for code, (p, s) in _TYPES.items()}

# Party committees: the last part of a party issuer code, naming the committee and fixing the level.
_PARTY_COMMITTEES: dict[str, tuple[str, str, Level | None]] = {
    "TW": ("Trung ương", "Central Committee", "central"),
    "TU": ("Tỉnh ủy / Thành ủy", "provincial or city party committee", "province"),
    "ThU": ("Thành ủy (thành phố thuộc tỉnh)", "city party committee (city within a province)", "district"),
    "QU": ("Quận ủy", "urban district party committee", "district"),
    "HU": ("Huyện ủy", "district party committee", "district"),
    "ĐU": ("Đảng ủy", "party committee of a commune, agency or enterprise", None),
    "ĐUK": ("Đảng ủy Khối", "party committee of a bloc of agencies", "agency"),
}

# Advisory bodies of a committee: prefixed to a committee code (VP + TU = VPTU).
_PARTY_BODIES: dict[str, tuple[str, str]] = {
    "VP": ("Văn phòng", "Office"),
    "BTC": ("Ban Tổ chức", "Organisation Commission"),
    "UBKT": ("Ủy ban Kiểm tra", "Inspection Commission"),
    "BDV": ("Ban Dân vận", "Mass Mobilisation Commission"),
    "BTG": ("Ban Tuyên giáo", "Propaganda and Education Commission"),
    "BTGDV": ("Ban Tuyên giáo và Dân vận", "Propaganda, Education and Mass Mobilisation Commission"),
    "BNC": ("Ban Nội chính", "Internal Affairs Commission"),
    "BTV": ("Ban Thường vụ", "Standing Board"),
}

# Party issuers that are not (body + committee), or whose usual name differs from the composed one.
_PARTY_SPECIAL: dict[str, tuple[str, str, Level | None]] = {
    "TW": ("Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư",
           "Central Committee, Politburo, Secretariat", "central"),
    "VPTW": ("Văn phòng Trung ương Đảng", "Central Party Office", "central"),
    "BKTTW": ("Ban Kinh tế Trung ương", "Central Economic Commission", "central"),
    "BĐNTW": ("Ban Đối ngoại Trung ương", "Central External Relations Commission", "central"),
    "BCSĐ": ("Ban cán sự đảng", "party delegation of a state body", "agency"),
    "ĐĐ": ("Đảng đoàn", "party caucus of an elected or mass body", "agency"),
    "ĐH": ("Đại hội Đảng bộ", "party congress", None),
    "CB": ("Chi bộ", "party cell", None),
    "ĐUQSTW": ("Đảng ủy Quân sự Trung ương", "Central Military Party Committee", "central"),
    "ĐUCATW": ("Đảng ủy Công an Trung ương", "Central Public Security Party Committee", "central"),
    "ĐUCP": ("Đảng ủy Chính phủ", "Government Party Committee", "central"),
    "ĐUQH": ("Đảng ủy Quốc hội", "National Assembly Party Committee", "central"),
    "ĐUCQĐTW": ("Đảng ủy các cơ quan Đảng Trung ương", "Party Committee of Central Party Agencies",
                "central"),
}


def _issuers(rows: dict[str, tuple[str, str, Level | None]], system: System) -> dict[str, IssuerInfo]:
    return {code: IssuerInfo(code, Meaning(vi, en), system, level) for code, (vi, en, level) in rows.items()}


def _party_issuers() -> dict[str, IssuerInfo]:
    """Each committee followed by its bodies (VP + TU = VPTU), then the special codes over them."""
    rows: dict[str, tuple[str, str, Level | None]] = {}
    for c_code, (c_vi, c_en, level) in _PARTY_COMMITTEES.items():
        rows[c_code] = (c_vi, c_en, level)
        for b_code, (b_vi, b_en) in _PARTY_BODIES.items():
            rows[b_code + c_code] = (f"{b_vi} {c_vi}", f"{b_en} of the {c_en}", level)
    return _issuers(rows | _PARTY_SPECIAL, "party")


PARTY_ISSUERS: dict[str, IssuerInfo] = _party_issuers()

# State issuers. HĐND/UBND exist at province, district and commune level, so their level is None.
_STATE: dict[str, tuple[str, str, Level | None]] = {
    "QH": ("Quốc hội", "National Assembly", "central"),
    "UBTVQH": ("Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly", "central"),
    "CTN": ("Chủ tịch nước", "President", "central"),
    "CP": ("Chính phủ", "Government", "central"),
    "TTg": ("Thủ tướng Chính phủ", "Prime Minister", "central"),
    "VPCP": ("Văn phòng Chính phủ", "Government Office", "central"),
    "TTCP": ("Thanh tra Chính phủ", "Government Inspectorate", "central"),
    "KTNN": ("Kiểm toán nhà nước", "State Audit Office", "central"),
    "NHNN": ("Ngân hàng Nhà nước", "State Bank of Vietnam", "central"),
    "TANDTC": ("Tòa án nhân dân tối cao", "Supreme People's Court", "central"),
    "VKSNDTC": ("Viện Kiểm sát nhân dân tối cao", "Supreme People's Procuracy", "central"),
    "UBDT": ("Ủy ban Dân tộc", "Committee for Ethnic Minority Affairs", "central"),
    "BTC": ("Bộ Tài chính", "Ministry of Finance", "central"),
    "BKHĐT": ("Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment", "central"),
    "BNV": ("Bộ Nội vụ", "Ministry of Home Affairs", "central"),
    "BTP": ("Bộ Tư pháp", "Ministry of Justice", "central"),
    "BCA": ("Bộ Công an", "Ministry of Public Security", "central"),
    "BQP": ("Bộ Quốc phòng", "Ministry of National Defence", "central"),
    "BNG": ("Bộ Ngoại giao", "Ministry of Foreign Affairs", "central"),
    "BCT": ("Bộ Công Thương", "Ministry of Industry and Trade", "central"),
    "BYT": ("Bộ Y tế", "Ministry of Health", "central"),
    "BGDĐT": ("Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", "central"),
    "BXD": ("Bộ Xây dựng", "Ministry of Construction", "central"),
    "BGTVT": ("Bộ Giao thông vận tải", "Ministry of Transport", "central"),
    "BNNPTNT": ("Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development",
                "central"),
    "BNNMT": ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", "central"),
    "BTNMT": ("Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment", "central"),
    "BLĐTBXH": ("Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs",
                "central"),
    "BTTTT": ("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications", "central"),
    "BKHCN": ("Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", "central"),
    "BVHTTDL": ("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", "central"),
    "BDTTG": ("Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic and Religious Affairs", "central"),
    "HĐND": ("Hội đồng nhân dân", "People's Council", None),
    "UBND": ("Ủy ban nhân dân", "People's Committee", None),
    "SNV": ("Sở Nội vụ", "Department of Home Affairs", "province"),
    "STC": ("Sở Tài chính", "Department of Finance", "province"),
    "SKHĐT": ("Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "province"),
    "STP": ("Sở Tư pháp", "Department of Justice", "province"),
    "SYT": ("Sở Y tế", "Department of Health", "province"),
    "SGDĐT": ("Sở Giáo dục và Đào tạo", "Department of Education and Training", "province"),
    "SXD": ("Sở Xây dựng", "Department of Construction", "province"),
    "SCT": ("Sở Công Thương", "Department of Industry and Trade", "province"),
    "SGTVT": ("Sở Giao thông vận tải", "Department of Transport", "province"),
    "SNNPTNT": ("Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development",
                "province"),
    "SNNMT": ("Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", "province"),
    "STNMT": ("Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "province"),
    "SLĐTBXH": ("Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs",
                "province"),
    "STTTT": ("Sở Thông tin và Truyền thông", "Department of Information and Communications", "province"),
    "SKHCN": ("Sở Khoa học và Công nghệ", "Department of Science and Technology", "province"),
    "SVHTTDL": ("Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "province"),
    "SNgV": ("Sở Ngoại vụ", "Department of Foreign Affairs", "province"),
    "SDTTG": ("Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs", "province"),
    "VP": ("Văn phòng", "Office", None),
}

STATE_ISSUERS: dict[str, IssuerInfo] = _issuers(_STATE, "state")

# Spellings that mean the same code ("TƯ" is the diacritic spelling of "Trung ương" still seen in texts).
ALIASES: dict[str, str] = {"TƯ": "TW", "VPTƯ": "VPTW", "BTCTƯ": "BTCTW", "UBKTTƯ": "UBKTTW"}

# National Assembly terms: QH15, UBTVQH15 ... the number is the legislature.
_TERMED = re.compile(r"(?i)(UBTVQH|QH)([1-9][0-9]?)")

_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
          "XVI", "XVII", "XVIII", "XIX", "XX"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fold(code: str) -> str:
    """Case- and Đ-insensitive key: `QD`, `qđ` and `QĐ` all fold to `qd`."""
    return code.casefold().replace("đ", "d")


def _index(codes: list[str]) -> tuple[dict[str, str], dict[str, list[str]]]:
    exact = {code.casefold(): code for code in codes}
    folded: dict[str, list[str]] = {}
    for code in codes:
        folded.setdefault(fold(code), []).append(code)
    return exact, folded


def _resolve(written: str, exact: dict[str, str], folded: dict[str, list[str]]) -> str | None:
    # Exact (case-insensitive) spelling wins: `DA` (project) and `ĐA` (scheme) are different types, so only an
    # unambiguous folded match may turn an ASCII D into Đ.
    hit = exact.get(written.casefold())
    if hit is not None:
        return hit
    candidates = folded.get(fold(written), [])
    return candidates[0] if len(candidates) == 1 else None


_TYPE_INDEX = _index(list(TYPES))
_PARTY_INDEX = _index(list(PARTY_ISSUERS) + list(ALIASES))
_STATE_INDEX = _index(list(STATE_ISSUERS))


def canonical_type(written: str) -> str | None:
    """The canonical spelling of a type code (`Ctr` → `CTr`, `QD` → `QĐ`), or None when unknown."""
    return _resolve(written, *_TYPE_INDEX)


def canonical_party_issuer(written: str) -> str | None:
    """The canonical spelling of a party issuer (`hu` → `HU`, `TƯ` → `TW`), or None when unknown."""
    code = _resolve(written, *_PARTY_INDEX)
    return ALIASES.get(code, code) if code is not None else None


def canonical_state_issuer(written: str) -> str | None:
    """The canonical spelling of a known state issuer (`ttg` → `TTg`, `qh15` → `QH15`), else None."""
    termed = _TERMED.fullmatch(written)
    if termed:
        return f"{termed.group(1).upper()}{int(termed.group(2))}"
    return _resolve(written, *_STATE_INDEX)


def state_issuer_info(code: str) -> IssuerInfo | None:
    """Look up a canonical state issuer, including numbered legislatures such as `QH15` or `UBTVQH14`."""
    termed = _TERMED.fullmatch(code)
    if termed:
        body, n = STATE_ISSUERS[termed.group(1).upper()], int(termed.group(2))
        roman = _ROMAN[n] if n < len(_ROMAN) else str(n)
        meaning = Meaning(f"{body.meaning.vi} khóa {roman}", f"{body.meaning.en} ({_ordinal(n)} legislature)")
        return IssuerInfo(code, meaning, "state", "central")
    return STATE_ISSUERS.get(code)

"""Vietnamese: "74.412" is seventy-four thousand four hundred and twelve, "16,9" a decimal; scale words
(nghìn, triệu, tỷ) and the unit follow the number ("74.412 tỷ đồng"); words are syllables that do not inflect."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="vi",
    name="Vietnamese",
    decimal=",",
    group=(".", "\u00a0", "\u202f"),
    scales={
        "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
        "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12,
    },
    units={
        "đồng": "VND", "vnđ": "VND", "vnd": "VND", "đ": "VND",
        "usd": "USD", "đô la mỹ": "USD", "đô la": "USD", "đô-la": "USD", "usd/người": "USD",
        "%": "percent", "phần trăm": "percent", "điểm phần trăm": "percent",
        "ha": "hectare", "héc-ta": "hectare", "hecta": "hectare", "hécta": "hectare",
        "km": "km", "tấn": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD"},
    counted={
        "xã": "communes", "phường": "wards", "thị trấn": "townships", "thôn": "villages", "bản": "villages",
        "khu phố": "neighbourhoods", "ấp": "hamlets", "làng": "villages", "huyện": "districts", "tỉnh": "provinces",
        "xã nông thôn mới": "new rural communes", "xã nông thôn mới nâng cao": "advanced new rural communes",
        "tiêu chí": "criteria", "chỉ tiêu": "targets", "nội dung": "contents",
        "hộ nghèo": "poor households", "hộ cận nghèo": "near-poor households", "hộ": "households",
        "hộ gia đình": "households", "lượt khách": "tourist arrivals", "lượt khách quốc tế": "international visitors",
        "khách quốc tế": "international visitors", "du khách": "tourists", "lượt du khách": "tourist arrivals",
        "khách": "tourists", "dự án": "projects", "văn bản": "documents", "doanh nghiệp": "enterprises",
        "hợp tác xã": "cooperatives", "lao động": "workers", "việc làm": "jobs", "người": "people",
        "học sinh": "pupils", "trường": "schools", "trường học": "schools", "căn hộ": "apartments", "nhà": "houses",
        "căn nhà": "houses", "công trình": "works", "đảng viên": "party members", "chi bộ": "party cells",
        "tổ chức cơ sở đảng": "grassroots party organisations",
        "sản phẩm": "products", "sản phẩm ocop": "OCOP products",
        "mô hình": "models", "vụ": "cases", "tàu": "ships", "đại biểu": "delegates", "nhà đầu tư": "investors",
        "cơ sở": "establishments", "km đường": "km of road", "lượt": "arrivals", "lượt người": "visits",
    },
    counted_stems=False,
    number_words={
        "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "hàng chục": 10,
    },
    target_cues=(
        "phấn đấu", "mục tiêu", "đề ra", "đặt ra", "hướng tới", "nhằm$", "phải đạt", "cần đạt", "sẽ$",
        "đến năm", "tới năm", "kế hoạch năm", "chỉ tiêu đề ra", "quyết tâm",
    ),
    expected_cues=("ước đạt", "ước tính", "ước thực hiện", "ước$", "dự kiến", "dự báo", "dự ước", "khả năng"),
    actual_cues=("đến nay", "tính đến", "từ đầu năm", "lũy kế", "hiện nay", "hiện có", "đã đạt", "đạt được"),
    change_cues=(
        "tăng$", "giảm$", "tăng thêm", "tăng trưởng", "tăng lên", "giảm xuống", "giảm còn", "thoát nghèo",
        "sụt giảm", "cao hơn", "thấp hơn", "gấp",
    ),
    comparison_cues=("so với", "so cùng kỳ", "hơn$"),
    level_before=("còn$", "lên$", "từ$", "xuống$"),
    skip_before=(
        "số$", "thứ$", "khóa$", "khoá$", "lần$", "ngày$", "tháng$", "năm$", "quý$", "điều$", "khoản$",
        "chương$", "trang$", "quốc lộ$", "tỉnh lộ$", "đường$", "khu$", "tổ$", "phường$", "quận$", "thôn$",
        "nghị quyết$", "chỉ thị$", "kết luận$", "quyết định$", "thông báo$", "chương trình$", "giai đoạn$",
        "bình luận$", "bão$", "đợt$", "cấp độ$", "giờ$",
    ),
    time_words=(
        "giờ$", "phút$", "giây$", "ngày$", "tháng$", "năm$", "tuần$", "quý$", "thế kỷ$", "buổi$",
    ),
    denominator_words=("trên$",),
    period_cues={
        "6 tháng đầu năm": "H1", "sáu tháng đầu năm": "H1", "6 tháng cuối năm": "H2", "quý i$": "Q1",
        "quý 1$": "Q1", "quý ii$": "Q2", "quý 2$": "Q2", "quý iii$": "Q3", "quý 3$": "Q3", "quý iv$": "Q4",
        "quý 4$": "Q4", "từ đầu năm": "YTD", "đến hết năm": "END", "đến cuối năm": "END", "đến năm": "END",
    },
)

"""Indonesian: "36.000" is thirty-six thousand, "16,9" sixteen point nine; "ribu", "juta", "miliar", "triliun" scale;
"ke-14" is an ordinal, "No. 3" a number; percentages are also written "persen"."""

from chitieu.core.extraction.languages.base import LanguageProfile

PROFILE = LanguageProfile(
    code="id",
    name="Indonesian",
    decimal=",",
    group=(".", "\u00a0", "\u202f", "\u2009"),
    scales={
        "ribu": 1e3, "rb": 1e3, "rb.": 1e3,
        "juta": 1e6, "jt": 1e6, "jt.": 1e6,
        "miliar": 1e9, "milyar": 1e9, "triliun": 1e12, "trilyun": 1e12,
    },
    units={
        "vnd": "VND", "dong": "VND", "đồng": "VND", "dong vietnam": "VND",
        "usd": "USD", "us$": "USD", "$": "USD", "dolar": "USD", "dolar as": "USD", "dolar amerika": "USD",
        "dolar amerika serikat": "USD", "dollar as": "USD", "dollar": "USD",
        "%": "percent", "persen": "percent", "poin persentase": "percent", "poin persen": "percent",
        "hektare": "hectare", "hektar": "hectare", "ha": "hectare",
        "rupiah": "IDR", "euro": "EUR", "€": "EUR", "km": "km", "kilometer": "km", "ton": "tonne",
    },
    unit_prefixes={"us$": "USD", "$": "USD", "usd": "USD", "vnd": "VND", "rp": "IDR", "rp.": "IDR", "€": "EUR"},
    counted={
        "komune": "communes", "desa": "communes", "kelurahan": "wards", "dusun": "villages", "kampung": "villages",
        "kabupaten": "districts", "distrik": "districts", "provinsi": "provinces",
        "kriteria": "criteria", "indikator": "indicators", "konten": "contents", "isi kriteria": "contents",
        "target": "targets", "sasaran": "targets",
        "rumah tangga": "households", "keluarga": "households", "kepala keluarga": "households", "kk": "households",
        "rumah tangga miskin": "poor households", "keluarga miskin": "poor households",
        "rumah tangga hampir miskin": "near-poor households", "rumah tangga nyaris miskin": "near-poor households",
        "keluarga hampir miskin": "near-poor households",
        "wisatawan": "tourists", "turis": "tourists", "pengunjung": "visitors", "tamu": "guests",
        "kunjungan": "arrivals",
        "proyek": "projects", "dokumen": "documents", "perusahaan": "enterprises", "badan usaha": "enterprises",
        "koperasi": "cooperatives", "pekerja": "workers", "buruh": "workers", "tenaga kerja": "workers",
        "lapangan kerja": "jobs", "lowongan kerja": "jobs", "karyawan": "employees", "pegawai": "employees",
        "penduduk": "residents", "warga": "residents", "orang": "people", "jiwa": "people", "siswa": "pupils",
        "murid": "pupils", "pelajar": "pupils", "sekolah": "schools", "ruang kelas": "classrooms",
        "rumah": "houses", "unit rumah": "houses", "jalan": "roads", "jembatan": "bridges",
        "anggota partai": "party members", "sel partai": "party cells", "delegasi": "delegates",
        "delegat": "delegates", "utusan": "delegates", "kasus": "cases", "berkas": "cases", "prosedur": "procedures",
        "investor": "investors", "model": "models", "produk ocop": "OCOP products", "produk": "products",
        "kapal": "ships", "kendaraan": "vehicles", "acara": "events", "kegiatan": "events", "rapat": "meetings",
        "pertemuan": "meetings",
    },
    counted_stems=False,  # Indonesian does not inflect nouns; "desa" must not match "desain"
    number_words={
        "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
        "sepuluh": 10, "sebelas": 11, "dua belas": 12, "lima belas": 15, "dua puluh": 20, "tiga puluh": 30,
    },
    target_cues=(
        "target", "menargetkan", "ditargetkan", "sasaran", "berupaya", "upaya$", "berusaha", "bertekad",
        "rencana", "direncanakan", "merencanakan", "berencana", "bercita-cita", "harus mencapai", "wajib",
        "mengejar", "menetapkan", "ditetapkan",
    ),
    expected_cues=(
        "diperkirakan", "perkiraan", "memperkirakan", "diproyeksikan", "proyeksi", "diharapkan", "harapan",
        "diprediksi", "prediksi", "diestimasi", "estimasi", "ditaksir", "taksiran", "kemungkinan", "berpotensi",
        "diramalkan", "akan mencapai",
    ),
    actual_cues=(
        "hingga saat ini", "sampai saat ini", "sejauh ini", "saat ini", "sejak awal tahun", "periode yang sama",
        "telah$", "sudah$",
    ),
    comparison_cues=("dibandingkan", "dibanding", "daripada", "ketimbang", "terhadap"),
    level_before=("menjadi$", "ke angka", "hingga$", "sampai$"),
    change_cues=(
        "naik$", "kenaikan", "meningkat", "peningkatan", "bertambah", "pertambahan", "penambahan", "tumbuh$",
        "pertumbuhan", "bertumbuh", "turun$", "penurunan", "menurun", "diturunkan", "berkurang", "pengurangan",
        "mengurangi", "dikurangi", "menyusut", "merosot", "lebih tinggi", "lebih rendah", "lebih banyak",
        "year-on-year", "secara tahunan",
    ),
    skip_before=(
        "no.", "nomor", "no$", "nr.", "pasal", "ayat", "bab$", "halaman", "hlm.", "badai", "topan", "tahap$",
        "fase$", "jalan nasional", "jalan tol", "komentar", "resolusi$", "direktif$", "instruksi$", "kesimpulan$",
        "keputusan$", "peraturan$", "program$", "kongres ke", "ke-$", "angkatan ke",
    ),
    time_words=(
        "jam$", "menit", "detik", "hari$", "minggu$", "pekan$", "bulan$", "tahun$", "triwulan", "kuartal",
        "semester", "abad$", "windu", "dasawarsa",
    ),
    months={
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9,
        "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
    },
    denominator_words=("dari$",),
    period_cues={
        "semester pertama": "H1", "semester i$": "H1", "enam bulan pertama": "H1", "6 bulan pertama": "H1",
        "paruh pertama": "H1", "semester kedua": "H2", "semester ii$": "H2", "paruh kedua": "H2",
        "triwulan pertama": "Q1", "kuartal pertama": "Q1", "triwulan i$": "Q1", "kuartal i$": "Q1",
        "triwulan kedua": "Q2", "kuartal kedua": "Q2", "triwulan ii$": "Q2", "kuartal ii$": "Q2",
        "triwulan ketiga": "Q3", "kuartal ketiga": "Q3", "triwulan iii$": "Q3", "kuartal iii$": "Q3",
        "triwulan keempat": "Q4", "kuartal keempat": "Q4", "triwulan iv$": "Q4", "kuartal iv$": "Q4",
        "sejak awal tahun": "YTD", "hingga akhir": "END", "pada akhir": "END", "sampai akhir": "END",
    },
)

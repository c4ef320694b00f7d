"""Reading reports: .txt, .html, .docx and .pdf into text; every bad file is a ReaderError naming the file."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from chitieu.core.extraction.readers import ReaderError, read_document, visible_text

SENTENCE = "Huyện Hải Hà đạt 19.658 tỷ đồng, tăng 14,8% so với cùng kỳ."


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose content stream draws ``lines`` (ASCII) with Helvetica; xref offsets exact."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(out)


def word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Bao cao so ket 6 thang dau nam 2024")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Chi tieu"
    table.cell(0, 1).text = "Ket qua"
    table.cell(1, 0).text = "Tong gia tri san xuat"
    table.cell(1, 1).text = "19.658 ty dong"
    document.add_paragraph("Ket luan: dat 54,6% ke hoach.")
    document.save(str(path))
    return path


# --- what each kind of file gives ----------------------------------------------------------------------


@dataclass(frozen=True)
class Good:
    name: str
    file_name: str
    content: Callable[[Path], bytes | None]  # writes bytes, or builds the file itself and returns None
    expect: str


GOOD = [
    Good("utf-8 text kept as is", "r.txt", lambda p: SENTENCE.encode("utf-8"), SENTENCE),
    Good("utf-8 BOM dropped", "r.txt", lambda p: b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE),
    Good("utf-16 with BOM", "r.txt", lambda p: SENTENCE.encode("utf-16"), SENTENCE),
    Good("CRLF folded as text mode does", "r.txt", lambda p: b"Dong 1\r\nDong 2\rDong 3", "Dong 1\nDong 2\nDong 3"),
    Good(
        "html main text without menu and script",
        "r.html",
        lambda p: (
            "<html><head><title>Tin</title><script>var budget = 999;</script></head><body>"
            "<nav>Trang chu | Lien he</nav><article><h1>Kinh te</h1>"
            f"<p>{SENTENCE} Day la doan van du dai de trang co noi dung chinh ro rang cho nguoi doc.</p>"
            "<p>Doan thu hai cua bai.</p></article><footer>Ban quyen</footer></body></html>"
        ).encode(),
        f"Kinh te\n{SENTENCE} Day la doan van du dai de trang co noi dung chinh ro rang cho nguoi doc.\n"
        "Doan thu hai cua bai.",
    ),
    Good(
        "html declared windows-1252 charset",
        "r.htm",
        lambda p: (
            '<html><head><meta charset="windows-1252"></head><body><p>Taux : 14,8 % à Hải</p></body></html>'
        ).encode("windows-1252", errors="replace"),
        "Taux : 14,8 % à H?i",
    ),  # fmt: skip
    Good(
        "docx paragraphs and table rows in order",
        "r.docx",
        lambda p: word_file(p) and None,
        "Bao cao so ket 6 thang dau nam 2024\nChi tieu\tKet qua\nTong gia tri san xuat\t19.658 ty dong\n"
        "Ket luan: dat 54,6% ke hoach.",
    ),
    Good(
        "pdf text layer",
        "r.pdf",
        lambda p: minimal_pdf(["Total production value: 19,658 billion VND", "Growth (y/y): 14.8 %"]),
        "Total production value: 19,658 billion VND\nGrowth (y/y): 14.8 %",
    ),
    Good("upper-case suffix", "R.TXT", lambda p: b"36.000 Milliarden VND", "36.000 Milliarden VND"),
]


@pytest.mark.parametrize("case", GOOD, ids=lambda c: c.name)
def test_reads(case: Good, tmp_path: Path) -> None:
    path = tmp_path / case.file_name
    content = case.content(path)
    if content is not None:
        path.write_bytes(content)
    source = read_document(path)
    assert source.text == case.expect
    assert source.path == path
    assert (
        source.kind
        == {".txt": "txt", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}[path.suffix.lower()]
    )


def test_html_without_main_block_falls_back_to_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text("<html><body><div>Ty le: <b>97,5%</b></div><script>x = 1</script></body></html>", "utf-8")
    assert "97,5%" in read_document(path).text
    assert "x = 1" not in read_document(path).text


def test_visible_text_skips_hidden_elements_and_breaks_blocks() -> None:
    html = "<head><title>T</title><style>p{}</style></head><p>Mot</p><p>Hai  ba</p><noscript>no</noscript>"
    assert visible_text(html) == "Mot\nHai ba"


# --- what each bad file says ---------------------------------------------------------------------------


def broken_docx(path: Path) -> bytes:
    with zipfile.ZipFile(path, "w") as archive:  # a zip, but without any Word part
        archive.writestr("hello.txt", "not a document")
    return path.read_bytes()


@dataclass(frozen=True)
class Bad:
    name: str
    file_name: str
    content: Callable[[Path], bytes] | None  # None: the file is not created
    says: str


BAD = [
    Bad("missing file", "gone.txt", None, "no such file"),
    Bad("unsupported suffix", "report.odt", lambda p: b"data", "unsupported file type '.odt'"),
    Bad("no suffix", "report", lambda p: b"data", "unsupported file type '(no suffix)'"),
    Bad("empty text", "empty.txt", lambda p: b"", "the file is empty"),
    Bad("blank text", "blank.txt", lambda p: b" \n\t\n", "the file is empty"),
    Bad("windows-1258 bytes in a text file", "legacy.txt", lambda p: "Hà Đà".encode("cp1258"), "not valid UTF-8"),
    Bad("docx that is not a zip", "fake.docx", lambda p: b"PK\x03\x04 this is no zip at all", "not a valid Word"),
    Bad("docx zip without document", "hollow.docx", broken_docx, "not a valid Word"),
    Bad("pdf without header", "fake.pdf", lambda p: b"just some text", "not a PDF file"),
    Bad("pdf truncated after header", "cut.pdf", lambda p: b"%PDF-1.4\n1 0 obj\n<< /Type", "PDF"),
    Bad("pdf with no text layer", "scan.pdf", lambda p: minimal_pdf([]), "no text layer"),
    Bad("html with no text", "blank.html", lambda p: b"<html><head><script>1</script></head><body></body></html>",
        "no text found in this html file"),
    Bad("html that is plain text", "plain.html", lambda p: b"36.000 Milliarden VND", "does not look like HTML"),
    Bad("html with unknown charset", "odd.html", lambda p: b'<meta charset="klingon-8"><p>x</p>',
        "unknown character set 'klingon-8'"),
]  # fmt: skip


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.name)
def test_bad_files_raise_reader_error_naming_the_file(case: Bad, tmp_path: Path) -> None:
    path = tmp_path / case.file_name
    if case.content is not None:
        content = case.content(path)
        path.write_bytes(content)
    with pytest.raises(ReaderError) as raised:
        read_document(path)
    message = str(raised.value)
    assert str(path) in message
    assert case.says in message


def test_reader_error_is_a_value_error() -> None:
    assert issubclass(ReaderError, ValueError)

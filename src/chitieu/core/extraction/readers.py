"""Reading reports into plain text: ``.txt``, ``.html``/``.htm``, ``.docx`` and ``.pdf``.

The text returned is the one every offset of an extraction refers to. For ``.txt`` it is the file decoded as
Python's text mode would (UTF-8, newlines folded to ``\\n``), so spans line up with tools that use
``Path.read_text``; a leading byte-order mark is dropped. HTML keeps only the article's main text (trafilatura),
falling back to all visible text when trafilatura finds no main block. Word files give paragraphs and table rows
in document order; PDFs give their pages' text layers joined by blank lines.

Every failure (missing, empty, undecodable, malformed or unsupported file) is a ``ReaderError`` naming the file.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SUFFIXES: dict[str, str] = {".txt": "txt", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}


class ReaderError(ValueError):
    """A report file cannot be read into text; the message names the file and says why."""


@dataclass(frozen=True, slots=True)
class SourceText:
    """A report's text with where it came from: ``kind`` is one of txt, html, docx, pdf."""

    text: str
    path: Path
    kind: str


def read_document(path: Path) -> SourceText:
    """Read a report into text according to its suffix; raise ``ReaderError`` naming the file on any failure."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        raise ReaderError(f"{path}: unsupported file type {path.suffix or '(no suffix)'!r}; known: {known}")
    if not path.is_file():
        raise ReaderError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReaderError(f"{path}: the file is empty")
    text = _READERS[kind](path, data)
    if not text.strip():
        raise ReaderError(f"{path}: no text found in this {kind} file")
    return SourceText(text=text, path=path, kind=kind)


# --- plain text -------------------------------------------------------------------------------------------


def decode_text(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; fold newlines as Python's text mode does."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReaderError(
            f"{path}: not valid {encoding.removesuffix('-sig').upper()} text "
            f"(undecodable byte at offset {exc.start}); save the file as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_txt(path: Path, data: bytes) -> str:
    return decode_text(path, data)


# --- HTML -------------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def _decode_html(path: Path, data: bytes) -> str:
    """UTF-8 unless a BOM or a <meta charset> says otherwise (older Vietnamese sites still use windows-1258)."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = declared.group(1).decode("ascii").lower()
        if name not in ("utf-8", "utf8"):
            try:
                return data.decode(name).replace("\r\n", "\n").replace("\r", "\n")
            except LookupError:
                raise ReaderError(f"{path}: unknown character set {name!r} declared in the page") from None
            except UnicodeDecodeError as exc:
                raise ReaderError(f"{path}: not valid {name} text (undecodable byte at offset {exc.start})") from None
    return decode_text(path, data)


class _VisibleText(HTMLParser):
    """All text a browser would show: skips scripts, styles and other non-rendered elements."""

    HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe"})
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                        "table", "ul", "ol", "blockquote", "header", "footer", "td", "th"})  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line)


def visible_text(html: str) -> str:
    """Every visible piece of text of an HTML page, one block per line."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text()


def _read_html(path: Path, data: bytes) -> str:
    import trafilatura

    html = _decode_html(path, data)
    if "<" not in html:
        raise ReaderError(f"{path}: does not look like HTML (no tags); rename it to .txt if it is plain text")
    try:
        main = trafilatura.extract(html, include_comments=False, include_tables=True)
    except Exception:  # trafilatura's parser (lxml) rejects some broken pages: fall back to our own parser
        main = None
    return main if main and main.strip() else visible_text(html)


# --- Word -------------------------------------------------------------------------------------------------


def _docx_blocks(document: object) -> Iterator[str]:
    """Paragraph texts and table rows (cells joined by tabs) in the order the body holds them."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document).text  # type: ignore[arg-type]
        elif tag == "tbl":
            for row in Table(child, document).rows:  # type: ignore[arg-type]
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat: keep each text once per row
                    if not cells or cell.text != cells[-1]:
                        cells.append(cell.text)
                yield "\t".join(cells)


def _read_docx(path: Path, data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReaderError(f"{path}: not a valid Word (.docx) file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # lxml raises its own XMLSyntaxError for a corrupt part
        raise ReaderError(f"{path}: the Word file is damaged ({type(exc).__name__}: {exc})") from None
    return "\n".join(_docx_blocks(document))


# --- PDF --------------------------------------------------------------------------------------------------


def _read_pdf(path: Path, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5] == b"%PDF-":
        raise ReaderError(f"{path}: not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            raise ReaderError(f"{path}: the PDF is encrypted; save an unprotected copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReaderError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # pypdf signals damaged files with a mix of its own and builtin exceptions
        raise ReaderError(f"{path}: the PDF is damaged ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise ReaderError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return text


_READERS: dict[str, Callable[[Path, bytes], str]] = {
    "txt": _read_txt,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
}

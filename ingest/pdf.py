"""PDF files -> the text layout the readers already know, with a map from lines to pages.

Each page's text layer is read with pdfplumber (on pdfminer.six): words grouped into lines by
position, top to bottom; an empty line where the page leaves at least a line's height of
space (so paragraphs stay apart as they do in a typed text); ruled tables become pipe rows
("| 1 | Nhiệm vụ | Sở Nội vụ | … |"), the shape the table reader reads in markdown and Word
files, with a line break inside a cell kept as "<br>" only where it starts a new item (a
wrapped name is joined again). Pages follow one another with nothing in between; `page_starts`
says on which line of the whole text each page begins, so every line has a page and a line on
that page (provenance "page:line") as well as its line in the whole text.

A page without a usable text layer (a scan: images and no letters, or glyphs without Unicode
mapping) is read by OCR (ingest/ocr.py, an optional extra). Bad files are refused with one
line naming the file: not a PDF, damaged, needing a password, too many pages, a content stream
that inflates beyond reason (a PDF bomb), no text at all, or scanned pages with no OCR here.
"""

from __future__ import annotations

import io
import re
import statistics
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kehoach.errors import IngestError

MAX_BYTES = 64 * 2**20          # file size (as kehoach.pipeline.check_input)
MAX_PAGES = 2000                # pages in one file
MAX_OCR_PAGES = 300             # scanned pages read by OCR in one file
MAX_INFLATED = 16 * 2**20       # decompressed content of one page (streams and forms; typical: < 1 MiB)
MAX_CHARS = 20_000_000          # extracted text of the whole file

# a page "has text" when its text layer has this many letters; (cid:N) glyphs have no Unicode
_MIN_LETTERS = 20
_STAMP_LETTERS = 300    # a scanned page may carry this much typed text (a stamp, a footer) and still be a scan
_CID = re.compile(r"\(cid:\d+\)")
# a wrapped cell line continues the previous one when the previous ends so, or it starts lower case
_CONTINUES = re.compile(r"(?:[,;:\-–(/]|\b(?:và|với|của|các|cho|tại|trên|về|thuộc))$", re.I)


@dataclass(frozen=True)
class PdfText:
    text: str                         # lines joined with "\n", pages one after another
    page_starts: tuple[int, ...]      # 1-based line of the whole text where each page begins
    ocr_pages: tuple[int, ...] = ()   # 1-based pages whose text came from OCR
    ocr_engine: str | None = None     # "tesseract 5.3.0 (vie)" when any page was read by OCR


def is_pdf(data: bytes) -> bool:
    """PDF magic at the start (after white space, as some producers write it)."""
    return data.lstrip(b" \t\r\n\x00\xef\xbb\xbf")[:5] == b"%PDF-"


def page_ranges(pages: list[int] | tuple[int, ...]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7"."""
    out: list[str] = []
    for p in sorted(pages):
        if out and int(out[-1].split("-")[-1]) == p - 1:
            first = out[-1].split("-")[0]
            out[-1] = f"{first}-{p}"
        else:
            out.append(str(p))
    return ", ".join(out)


def pdf_to_text(path: Path, data: bytes) -> PdfText:
    if len(data) > MAX_BYTES:
        raise IngestError(path, f"PDF file too large ({len(data) // 2**20} MiB; at most {MAX_BYTES // 2**20} MiB)")
    if not is_pdf(data):
        raise IngestError(path, "not a PDF file (no %PDF- header)")
    try:
        import pdfplumber
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - dependencies declared in pyproject
        raise IngestError(path, "reading PDF files needs pdfplumber (pip install pdfplumber)") from None
    n_pages = _preflight(path, data, pdfium)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # pdfminer raises many kinds on damaged files; report, never trace
        raise IngestError(path, _open_error(e)) from None
    pages: list[list[str]] = []
    scanned: list[int] = []
    try:
        with pdf:
            for number, page in _pages(path, pdf, n_pages):
                _check_inflated(path, page.page_obj, number)
                lines = _page_lines(page)
                if _needs_ocr(page, lines):
                    scanned.append(number)
                pages.append(lines)
                if sum(len(x) for p in pages for x in p) > MAX_CHARS:
                    raise IngestError(path, f"PDF text too long (over {MAX_CHARS:,} characters by page {number})")
    except IngestError:
        raise
    except Exception as e:  # a page that pdfminer cannot interpret: damaged content
        raise IngestError(path, f"damaged PDF: a page cannot be read ({e.__class__.__name__})") from None
    engine = None
    if scanned:
        engine = _ocr(path, data, pdfium, scanned, pages)
    if not any(line.strip() for p in pages for line in p):
        raise IngestError(path, "the PDF contains no text" + (" (its pages are blank)" if not scanned else ""))
    starts: list[int] = []
    line = 1
    for p in pages:
        starts.append(line)
        line += len(p)
    text = "\n".join(x for p in pages for x in p)
    return PdfText(text, tuple(starts), tuple(scanned), engine)


# -- refusing bad files ---------------------------------------------------------------------------
def _preflight(path: Path, data: bytes, pdfium: Any) -> int:
    """Open with PDFium (robust, fast) to refuse damaged, password-protected and huge files early."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == 4:    # FPDF_ERR_PASSWORD
            raise IngestError(path, "encrypted PDF: it needs a password to open",
                              hint="save an unprotected copy and ingest that") from None
        if code == 5:    # FPDF_ERR_SECURITY
            raise IngestError(path, "encrypted PDF with an unsupported security handler") from None
        raise IngestError(path, "not a readable PDF file (damaged or not a PDF)") from None
    try:
        n = len(doc)
    finally:
        doc.close()
    if n == 0:
        raise IngestError(path, "the PDF has no pages")
    if n > MAX_PAGES:
        raise IngestError(path, f"PDF has {n:,} pages; kehoach reads at most {MAX_PAGES:,} pages per file")
    return n


def _open_error(e: Exception) -> str:
    name = e.__class__.__name__
    cause = e.args[0] if name == "PdfminerException" and e.args else e
    cname = cause.__class__.__name__
    if "Password" in cname:
        return "encrypted PDF: it needs a password to open"
    if "Encryption" in cname:
        return "encrypted PDF with an unsupported security handler"
    return f"not a readable PDF file ({cname})"


def _pages(path: Path, pdf: Any, expected: int) -> Iterator[tuple[int, Any]]:
    """pdfplumber pages, at most MAX_PAGES even if pdfminer finds more than PDFium counted."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    doctop = 0.0
    for i, obj in enumerate(PDFPage.create_pages(pdf.doc), 1):
        if i > max(expected, 1) and i > MAX_PAGES:
            raise IngestError(path, f"PDF has more than {MAX_PAGES:,} pages; kehoach reads at most "
                                    f"{MAX_PAGES:,} pages per file")
        page = Page(pdf, obj, page_number=i, initial_doctop=doctop)
        doctop += float(page.height)
        yield i, page


def _inflated(stream: Any, limit: int) -> int:
    """Bytes a stream decompresses to, counted in chunks and stopped past `limit` (never held)."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE

    if stream.data is not None:
        return len(stream.data)
    data = stream.rawdata or b""
    filters = stream.get_filters()
    if not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
        return len(data)
    if stream.decipher and stream.objid is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    d = zlib.decompressobj()
    total = 0
    try:
        total += len(d.decompress(data, 1 << 20))
        while d.unconsumed_tail and total <= limit:
            total += len(d.decompress(d.unconsumed_tail, 1 << 20))
    except zlib.error:
        return total    # damaged stream: pdfminer decides what to do with it
    return total


def _check_inflated(path: Path, page_obj: Any, number: int) -> None:
    """Refuse a page whose content streams and form XObjects inflate beyond MAX_INFLATED."""
    from pdfminer.pdftypes import PDFStream, resolve1

    seen: set[int] = set()
    total = 0

    def visit(obj: Any, depth: int) -> None:
        nonlocal total
        obj = resolve1(obj)
        if isinstance(obj, list):
            for x in obj:
                visit(x, depth)
            return
        if not isinstance(obj, PDFStream) or id(obj) in seen or depth > 8:
            return
        seen.add(id(obj))
        total += _inflated(obj, MAX_INFLATED - total)
        if total > MAX_INFLATED:
            raise IngestError(path, f"PDF page {number} inflates to more than {MAX_INFLATED // 2**20} MiB "
                                    "of content (a PDF bomb?); not read")
        xobjects(obj.attrs.get("Resources"), depth + 1)

    def xobjects(resources: Any, depth: int) -> None:
        resources = resolve1(resources)
        if not isinstance(resources, dict):
            return
        xs = resolve1(resources.get("XObject"))
        if not isinstance(xs, dict):
            return
        for ref in xs.values():
            x = resolve1(ref)
            if isinstance(x, PDFStream) and getattr(resolve1(x.attrs.get("Subtype")), "name", None) == "Form":
                visit(x, depth)

    visit(page_obj.contents, 0)
    xobjects(page_obj.resources, 1)


# -- the text layer -------------------------------------------------------------------------------
def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


def _cell(text: str | None) -> str:
    """A table cell's lines: wrapped lines joined with a space, new items kept apart by <br>."""
    out: list[str] = []
    for line in (text or "").replace("|", "/").split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        if out and (line[0].islower() or not line[0].isalpha() and not line[0].isdigit()
                    or _CONTINUES.search(out[-1])):
            out[-1] += " " + line
        else:
            out.append(line)
    return "<br>".join(out)


def _page_lines(page: Any) -> list[str]:
    """One page's text layer: lines top to bottom, tables as pipe rows, blank lines for gaps."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    body = page.filter(lambda o: not _inside(o, boxes)) if boxes else page
    items: list[tuple[float, float, str]] = []
    heights: list[float] = []
    for ln in body.extract_text_lines(strip=True, return_chars=False):
        text = " ".join(ln["text"].split())
        if text:
            items.append((float(ln["top"]), float(ln["bottom"]), text))
            heights.append(float(ln["bottom"]) - float(ln["top"]))
    for t in tables:
        for row, cells in zip(t.rows, t.extract()):
            if any(c for c in cells):
                top, bottom = float(row.bbox[1]), float(row.bbox[3])
                items.append((top, bottom, "| " + " | ".join(_cell(c) for c in cells) + " |"))
    items.sort(key=lambda x: (x[0], x[1]))
    height = statistics.median(heights) if heights else 10.0
    lines: list[str] = []
    prev_bottom: float | None = None
    for top, bottom, text in items:
        if prev_bottom is not None and top - prev_bottom >= 0.9 * height:
            lines.append("")
        lines.append(text)
        prev_bottom = bottom if prev_bottom is None else max(prev_bottom, bottom)
    return lines


def _needs_ocr(page: Any, lines: list[str]) -> bool:
    """A scan: (almost) no letters in the text layer but images or drawn glyphs; a page-size image
    with no more text than a stamp or a footer ("Văn bản được ký số ...", added by a portal); or
    glyphs mostly without Unicode, (cid:N)."""
    text = "\n".join(lines)
    cids = len(_CID.findall(text))
    letters = sum(c.isalpha() for c in _CID.sub("", text))
    if cids and cids * 4 > letters:
        return True
    if letters < _MIN_LETTERS:
        return bool(page.images) or len(page.curves) > 100
    if letters < _STAMP_LETTERS and page.images:
        area = float(page.width) * float(page.height)
        covered = max(float(i["width"]) * float(i["height"]) for i in page.images)
        return covered >= 0.5 * area
    return False


# -- OCR ------------------------------------------------------------------------------------------
def _ocr(path: Path, data: bytes, pdfium: Any, scanned: list[int], pages: list[list[str]]) -> str:
    """Replace the scanned pages' lines by OCR text; return the engine as recorded in provenance."""
    from . import ocr

    where = f"page{'s' if len(scanned) > 1 else ''} {page_ranges(scanned)}"
    whole = len(scanned) == len(pages)
    verb = "have" if len(scanned) > 1 else "has"
    what = "scanned PDF without a text layer" if whole else f"{where} of this PDF {verb} no text layer (scanned)"
    reason = ocr.missing()
    if reason:
        raise IngestError(path, f"{what}: reading it needs OCR, but {reason}", hint=ocr.INSTALL_HINT)
    if len(scanned) > MAX_OCR_PAGES:
        raise IngestError(path, f"{what}: {len(scanned)} pages to OCR; kehoach reads at most "
                                f"{MAX_OCR_PAGES} scanned pages per file")
    try:
        doc = pdfium.PdfDocument(data)
        try:
            for number in scanned:
                image = ocr.render(doc[number - 1])
                text = ocr.ocr_image(image)
                pages[number - 1] = [" ".join(x.split()) for x in text.split("\n")]
        finally:
            doc.close()
    except ocr.OcrError as e:
        raise IngestError(path, f"OCR of {where} failed: {e}") from None
    except pdfium.PdfiumError:
        raise IngestError(path, f"damaged PDF: {where} cannot be rendered for OCR") from None
    return ocr.engine()

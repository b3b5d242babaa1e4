"""Reading a source file: bytes -> NFC text lines, with clear errors for bad input."""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kehoach.errors import IngestError

from .syllables import unglue


@dataclass(frozen=True)
class SourceText:
    path: Path
    name: str          # file name as the user knows it
    sha256: str
    media_type: str
    text: str          # NFC, "\n" line ends; glued words split (ingest/syllables.py); "Ð" read as "Đ"
    lines: tuple[str, ...]
    # PDF files only (ingest/pdf.py): the line of `lines` where each page begins (1-based), the
    # pages read by OCR and the OCR engine. Empty for every other kind of file.
    page_starts: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    ocr_engine: str | None = None
    # the lines as the file has them, when words glued by a portal were split in `lines` (the
    # reader's text) or a look-alike letter read ("Ð" as "Đ"): quotes are always the file's own text
    printed: tuple[str, ...] = ()
    # quotes made so far, by (start, end): every citation in a paragraph of a thousand lines asks for
    # the same quote, which is then one string, not a thousand copies (found by bench/fuzz.py)
    _quotes: dict[tuple[int, int], str] = field(default_factory=dict, compare=False, repr=False)

    def quote(self, start: int, end: int) -> str:
        """Lines start..end (1-based, inclusive) joined with newlines."""
        q = self._quotes.get((start, end))
        if q is None:
            q = self._quotes[(start, end)] = "\n".join((self.printed or self.lines)[start - 1:end])
        return q

    def page_line(self, line: int) -> tuple[int, int] | None:
        """(page, line on that page), both 1-based, of a line of the text; None when not paged."""
        if not self.page_starts:
            return None
        page = bisect.bisect_right(self.page_starts, line)   # pages without text share a start
        return max(page, 1), line - self.page_starts[max(page, 1) - 1] + 1


_TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
                  ".tsv": "text/tab-separated-values", ".text": "text/plain"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


# Terminal escape sequences (ECMA-48): CSI "ESC [ ... final" (and its C1 form), strings OSC / DCS /
# SOS / PM / APC ended by BEL or ST on the same line (window titles, hyperlinks, clipboard writes),
# and the other two-character escapes ("ESC c"). A document must not reach the reader's terminal
# through them, nor its graph: they are removed whole, then every other C0 and C1 control but tab
# and newline (line ends are already "\n", so line numbers stay those of the file).
_ESCAPES = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
                      r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
                      r"|\x1b[ -/]*[0-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# the characters of Unicode category Cc (U+0000-U+001F, U+007F-U+009F) but \t \n \f \r
_CC_NOT_SPACE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


# letters and signs read as the ones they stand for: the Icelandic eth a legacy font conversion printed for "Đ"/"đ"
# ("QÐ-BVHTTDL"); a fraction, division or full-width slash for the slash of a number ("Công điện số 1478⁄CĐ-TTg")
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u2044": "/", "\u2215": "/", "\uff0f": "/"})
_LOOKALIKE = re.compile("[\u00d0\u00f0\u2044\u2215\uff0f]")


def strip_controls(text: str) -> str:
    """Text without escape sequences and control characters, tab and newline kept."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def _first_bad_line(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise IngestError(path, "file is empty: nothing to ingest")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path, "file is UTF-16 encoded; kehoach reads UTF-8 "
                                "(convert with: iconv -f UTF-16 -t UTF-8)", 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = _first_bad_line(data, e.start)
        hint = ""
        if b"\x00" in data[:4096]:
            raise IngestError(path, "binary file (contains NUL bytes), not a text document") from None
        try:
            data.decode("cp1258")
            hint = "; it may be Windows-1258 (convert with: iconv -f CP1258 -t UTF-8)"
        except UnicodeDecodeError:
            pass
        raise IngestError(path, f"not valid UTF-8 (byte 0x{data[e.start]:02X}){hint}", line) from None
    if not text.strip():
        raise IngestError(path, "file is empty (only white space): nothing to ingest")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise IngestError(path, "binary content (NUL byte) in a text file", line)
    # many control characters (escape sequences aside) in a valid UTF-8 file: binary data, not text;
    # a few stray ones are removed when read (strip_controls)
    # (a text without any control character, most, is not scanned for escape sequences)
    sample = text[:20000]
    if _CONTROLS.search(sample):
        sample = _ESCAPES.sub("", sample)
        controls = len(_CC_NOT_SPACE.findall(sample))
        if controls > 10 and controls * 100 > len(sample):
            raise IngestError(path, "binary file (control characters), not a text document")
    return text


def read_source(path: str | Path) -> SourceText:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise IngestError(p, "no such file") from None
    except IsADirectoryError:
        raise IngestError(p, "is a directory, not a file") from None
    except OSError as e:
        raise IngestError(p, f"cannot read file ({e.strerror})") from None
    sha = hashlib.sha256(data).hexdigest()
    suffix = p.suffix.lower()
    pages: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    ocr_engine = None
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        from .pdf import pdf_to_text  # local import: the PDF libraries only load for PDF files
        pdf = pdf_to_text(p, data)
        text, media = pdf.text, PDF
        pages, ocr_pages, ocr_engine = pdf.page_starts, pdf.ocr_pages, pdf.ocr_engine
    elif suffix == ".docx" or data[:2] == b"PK":
        from .docx import docx_to_text  # local import: python-docx only needed for Word files
        text = docx_to_text(p, data)
        media = DOCX
    else:
        text = decode(p, data)
        media = _TEXT_SUFFIXES.get(suffix, "text/plain")
    text = unicodedata.normalize("NFC", strip_controls(text.replace("\r\n", "\n").replace("\r", "\n")))
    reading, glued = unglue(text)       # only splits words (a space inserted): the lines stay the file's
    # lookalikes read as what they stand for (_LOOKALIKES); translating costs ~2 ms a plan: only a text
    # holding one of them is
    lookalike = reading.translate(_LOOKALIKES) if _LOOKALIKE.search(reading) else reading
    printed = tuple(text.split("\n")) if glued or lookalike != reading else ()
    reading = lookalike
    return SourceText(p, p.name, sha, media, reading, tuple(reading.split("\n")), pages, ocr_pages, ocr_engine,
                      printed)

"""Word (.docx) documents -> the same text layout as the markdown readers see: paragraphs one
per line (headings prefixed with '#'), real tables as pipe rows with <br> for line breaks inside
a cell. Merged cells repeat in python-docx; repeats are collapsed."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from kehoach.errors import IngestError

# A .docx is a zip of XML parts. Declared sizes are checked before anything is decompressed (zipfile
# stops at the declared size and a lie fails its CRC check), so a small file cannot expand into
# gigabytes ("zip bomb"); python-docx parses with entities unresolved, and lxml's size limits stay on.
MAX_PART_BYTES = 32 * 1024 * 1024       # any one part, e.g. word/document.xml
MAX_TOTAL_BYTES = 128 * 1024 * 1024     # all parts together
MAX_RATIO = 200                         # uncompressed / compressed, per part


def check_package(path: Path, data: bytes) -> None:
    """Refuse a .docx whose parts would decompress to more than the limits above."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError) as e:
        raise IngestError(path, f"not a readable Word .docx file ({e.__class__.__name__})") from None
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise IngestError(path, f"the Word file's part {info.filename} would expand to "
                                    f"{info.file_size / 2**20:.0f} MB (from {info.compress_size / 2**10:.0f} KB): "
                                    "refused as a possible zip bomb")
    if total > MAX_TOTAL_BYTES:
        raise IngestError(path, f"the Word file would expand to {total / 2**20:.0f} MB: refused")


def docx_to_text(path: Path, data: bytes) -> str:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        raise IngestError(path, "reading .docx needs python-docx (pip install python-docx)") from None
    check_package(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:       # zip, XML (lxml's limits, entities), or python-docx's own errors
        raise IngestError(path, f"not a readable Word .docx file ({e.__class__.__name__}: "
                                f"{str(e)[:120]})") from None
    try:
        lines = _body_lines(document)
    except Exception as e:       # python-docx on a damaged grid or style (a vertical merge in the first row, ...)
        raise IngestError(path, f"not a readable Word .docx file ({e.__class__.__name__}: "
                                f"{str(e)[:120]})") from None
    if not any(line.strip() for line in lines):
        raise IngestError(path, "the Word document contains no text")
    return "\n".join(lines)


def _body_lines(document: Any) -> list[str]:
    """Paragraphs (headings as '#', list items as '- ') and tables (pipe rows) of the body, in order."""
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph
    lines: list[str] = []
    body = document.element.body
    if body is None:                # a document part without <w:body>: no text
        return lines
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, document)
            text = p.text.strip()
            style = (p.style.name or "").lower() if p.style is not None else ""
            if not text:
                lines.append("")
                continue
            if style.startswith("heading"):
                level = re.search(r"[0-9]+", style)       # "Heading 2"; not "Heading ²" (isdigit, no int)
                text = "#" * min(int(level.group()[:2]) + 1 if level else 3, 6) + " " + text
            elif style.startswith("list"):
                text = "- " + text
            lines.extend([text, ""])
        elif tag == "tbl":
            t = Table(child, document)
            for row in t.rows:
                cells: list[str] = []
                prev = None
                try:
                    row_cells = list(row.cells)
                except (ValueError, IndexError):   # a vertical merge with no row above, a span past the grid
                    row_cells = [_Cell(tc, t) for tc in row._tr.tc_lst]      # the cells as written
                for cell in row_cells:
                    if prev is not None and cell._tc is prev:
                        continue   # horizontally merged cell repeated by python-docx
                    prev = cell._tc
                    cells.append("<br>".join(x.strip() for x in cell.text.split("\n") if x.strip())
                                 .replace("|", "/"))
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    return lines

"""Word (.docx) documents -> the same text layout as the markdown readers see: paragraphs one
per line (headings prefixed with '#'), real tables as pipe rows with <br> for line breaks inside
a cell. Merged cells repeat in python-docx; repeats are collapsed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from kehoach.errors import IngestError


def docx_to_text(path: Path, data: bytes) -> str:
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        raise IngestError(path, "reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise IngestError(path, f"not a readable Word .docx file ({e.__class__.__name__})") from None
    lines: list[str] = []
    body = document.element.body
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
                level = "".join(c for c in style if c.isdigit()) or "2"
                text = "#" * min(int(level) + 1, 6) + " " + text
            elif style.startswith("list"):
                text = "- " + text
            lines.extend([text, ""])
        elif tag == "tbl":
            t = Table(child, document)
            for row in t.rows:
                cells: list[str] = []
                prev = None
                for cell in row.cells:
                    if prev is not None and cell._tc is prev:
                        continue   # horizontally merged cell repeated by python-docx
                    prev = cell._tc
                    cells.append("<br>".join(x.strip() for x in cell.text.split("\n") if x.strip())
                                 .replace("|", "/"))
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    if not any(line.strip() for line in lines):
        raise IngestError(path, "the Word document contains no text")
    return "\n".join(lines)

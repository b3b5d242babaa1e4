"""Document reader: a source file -> the intermediate `Document`.

Reading order: decode and normalise (source), lex into blocks (layout), then metadata,
citations, goals, tasks, standing duties and reporting duties (each a separate extractor)."""

from __future__ import annotations

from pathlib import Path

from kehoach.errors import IngestError

from .agencies import Gazetteer
from .assignments import extract_clauses
from .blocks import Block, lex, table_rows
from .duties import extract_duties
from .metadata import extract_citations, extract_meta, issuer_from_symbol
from .model import Document, Meta
from .reporting import extract_reporting
from .source import read_source
from .tasks import extract_body_goals, extract_headings, extract_items, extract_prose, extract_tables
from .text import key


def read_document(path: str | Path, gazetteer: Gazetteer | None = None) -> Document:
    src = read_source(path)
    blocks = lex(src.lines)
    doc = Document(src, Meta())
    gaz = gazetteer or Gazetteer.load()
    extract_meta(doc, blocks)
    issuer_from_symbol(doc, gaz)
    extract_citations(doc, blocks)
    places = tuple(p for p in (doc.meta.jurisdiction,) if p)

    def is_agency(phrase: str) -> bool:
        ms = gaz.resolve(phrase, places)
        return bool(ms) and any(m.entry is not None for m in ms)

    def names(phrase: str) -> list[str]:
        """"các sở: Y tế, Tài chính" -> ["Sở Y tế", "Sở Tài chính"]: the names an elliptical list means."""
        return ["Sở " + m.printed if m.entry and key(m.entry.label) == "sở " + key(m.printed) else m.printed
                for m in gaz.resolve(phrase, places)]

    found = extract_tables(doc, blocks)
    found |= extract_prose(doc, blocks)
    found |= extract_items(doc, blocks)
    if not found:
        extract_headings(doc, blocks, is_agency)
    else:
        # tasks are assigned elsewhere: "TỔ CHỨC THỰC HIỆN" states standing duties, not tasks
        extract_duties(doc, blocks, is_agency)
    extract_clauses(doc, blocks, is_agency, names)   # decisions' articles, letters' numbered items
    extract_body_goals(doc, blocks)
    extract_reporting(doc, blocks, is_agency)
    _check(doc, blocks)
    return doc


def _check(doc: Document, blocks: list[Block]) -> None:
    """Refuse input that is not a plan-like document, and tables cut off mid-row."""
    m = doc.meta
    has_type = "doc_type" in m.spans
    if not doc.tasks and not has_type and not doc.citations:
        raise IngestError(doc.source.path, "no recognizable plan: no document type heading "
                          "(KẾ HOẠCH, QUYẾT ĐỊNH, ...), no tasks and no cited documents")
    rows = [b for b in table_rows(blocks) if b.delimiter == "|"]   # a lone stray row is no cut-off table
    if rows:
        last = rows[-1]
        line = doc.source.lines[last.end - 1].rstrip()
        widths = [len(r.cells) for r in rows if any(c for c in r.cells)]
        typical = max(set(widths), key=widths.count) if widths else 0
        is_last_line = not any(x.strip() for x in doc.source.lines[last.end:])
        if is_last_line and (not line.endswith("|") or len(last.cells) < typical):
            raise IngestError(doc.source.path, "table is truncated: its last row is cut off "
                              f"({len(last.cells)} of {typical} cells, no closing '|')", last.end)

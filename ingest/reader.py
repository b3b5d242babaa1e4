"""Document reader: a source file -> the intermediate `Document`.

Reading order: decode and normalise (source), lex into blocks (layout), then metadata,
citations, goals, tasks and reporting duties (each a separate extractor)."""

from __future__ import annotations

import re
from pathlib import Path

from kehoach.errors import IngestError

from .agencies import Gazetteer
from .blocks import lex
from .metadata import extract_citations, extract_meta
from .model import Document, Meta, Reporting
from .source import read_source
from .tasks import extract_body_goals, extract_headings, extract_items, extract_prose, extract_tables, heading_agencies
from .text import clean

DEADLINE = re.compile(r"trước ngày\s+(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)\s*(?P<m>\d{1,2})"
                      r"(?:\s*(?:/|\s+năm\s+)\s*(?P<y>\d{4}))?(?P<annual>\s+(?:hàng|hằng) năm)?", re.I)
RECIPIENT = re.compile(r"(?:gửi về|báo cáo(?: kết quả[^,;()]*?)? về|về)\s+(?P<to>(?:Ủy ban nhân dân|UBND|Sở|Bộ|Phòng)"
                       r"[^;()]*?)(?=\s*(?:\(|để|trước|định kỳ|hàng năm|hằng năm|giữa kỳ|theo|;|\.|$))", re.I)
VIA = re.compile(r"\(?\s*(?:qua|thông qua)\s+(?P<via>(?:Sở|Phòng|Văn phòng)[^),;]*?)(?:\s+(?:tổng hợp|để)[^)]*)?\)")


def read_document(path: str | Path, gazetteer: Gazetteer | None = None) -> Document:
    src = read_source(path)
    blocks = lex(src.lines)
    doc = Document(src, Meta())
    extract_meta(doc, blocks)
    extract_citations(doc, blocks)
    gaz = gazetteer or Gazetteer.load()
    places = tuple(p for p in (doc.meta.jurisdiction,) if p)

    def is_agency(phrase: str) -> bool:
        ms = gaz.resolve(phrase, places)
        return bool(ms) and any(m.entry is not None for m in ms)

    found = extract_tables(doc, blocks)
    found |= extract_prose(doc, blocks)
    found |= extract_items(doc, blocks)
    if not found:
        extract_headings(doc, blocks, is_agency)
    extract_body_goals(doc, blocks)
    extract_reporting(doc, blocks, is_agency)
    _check(doc, blocks)
    return doc


REPORTER = re.compile(r"^(?:\W*[a-zđ]\)\s*)?(?:(?:Định kỳ|Hằng năm|Hàng năm)[^,]*,\s*)?(?P<who>.+?)\s+"
                      r"(?:có trách nhiệm\s+)?(?:tổng hợp,\s*)?(?:định kỳ\s+)?(?:gửi\s+)?báo cáo\b", re.I)


REQUESTED = re.compile(r"^(?:Yêu cầu|Đề nghị|Giao)\s+(?P<who>.+?)\s+(?:nghiêm túc|chủ động|khẩn trương|triển khai|"
                       r"thực hiện|tổ chức)\b")


def extract_reporting(doc: Document, blocks, is_agency=None) -> None:
    """Reporting duties ("... báo cáo ... về Sở Nội vụ trước ngày 25/11 hằng năm"): deadline as
    day/month (+ year for one-off deadlines), recipient, intermediary, and who reports: the
    sentence's subject when it names agencies, else the agency heading the section."""
    for b in blocks:
        if b.kind == "row":
            continue
        text = clean(b.raw)
        previous = None
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if "báo cáo" not in sentence.lower():
                previous = sentence
                continue
            m = DEADLINE.search(sentence)
            annual = bool(re.search(r"(hàng|hằng) năm|định kỳ hằng năm|định kỳ hàng năm", sentence, re.I))
            if not m and not annual:
                continue
            r = Reporting(sentence, doc.span(b.start, b.end), annual=annual)
            if m:
                r.day, r.month = int(m.group("d")), int(m.group("m"))
                r.year = int(m.group("y")) if m.group("y") else None
                if r.year:
                    r.annual = bool(m.group("annual"))
            rm = RECIPIENT.search(sentence)
            if rm:
                r.recipient = rm.group("to").strip()
            vm = VIA.search(sentence)
            if vm:
                r.via = vm.group("via").strip()
            if is_agency:
                r.reporters = _reporters(sentence, previous, b, is_agency)
            doc.reporting.append(r)
            previous = sentence


def _reporters(sentence: str, previous: str | None, b, is_agency) -> list[str]:
    who = REPORTER.match(sentence)
    if who and is_agency(who.group("who")):
        return [who.group("who")]
    # "Yêu cầu các sở, ban, ngành ... nghiêm túc triển khai ... . Định kỳ ... báo cáo ..."
    m = REQUESTED.match(previous or "")
    if m and is_agency(m.group("who")):
        return [m.group("who")]
    if b.sub_title and is_agency(heading_agencies(b.sub_title)):
        return [heading_agencies(b.sub_title)]
    return []



def _check(doc: Document, blocks) -> None:
    """Refuse input that is not a plan-like document, and tables cut off mid-row."""
    m = doc.meta
    has_type = "doc_type" in m.spans
    if not doc.tasks and not has_type and not doc.citations:
        raise IngestError(doc.source.path, "no recognizable plan: no document type heading "
                          "(KẾ HOẠCH, QUYẾT ĐỊNH, ...), no tasks and no cited documents")
    rows = [b for b in blocks if b.kind == "row" and b.delimiter == "|"]
    if rows:
        last = rows[-1]
        line = doc.source.lines[last.end - 1].rstrip()
        widths = [len(r.cells) for r in rows if any(c for c in r.cells)]
        typical = max(set(widths), key=widths.count) if widths else 0
        is_last_line = not any(x.strip() for x in doc.source.lines[last.end:])
        if is_last_line and (not line.endswith("|") or len(last.cells) < typical):
            raise IngestError(doc.source.path, "table is truncated: its last row is cut off "
                              f"({len(last.cells)} of {typical} cells, no closing '|')", last.end)

"""Document references in Vietnamese administrative text.

"Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ phê duyệt ..." ->
type, number, date, issuer, subject. Numbers are normalised so that every way of printing the
same number ("161/QĐ -TTg", "155/QĐ-TTG") gives the same key.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import clean, fold

DOC_TYPES = {
    "quyết định": "Quyết định", "nghị quyết": "Nghị quyết", "kế hoạch": "Kế hoạch",
    "chỉ thị": "Chỉ thị", "kết luận": "Kết luận", "công văn": "Công văn",
    "nghị định": "Nghị định", "thông tư": "Thông tư", "luật": "Luật", "pháp lệnh": "Pháp lệnh",
    "chương trình": "Chương trình", "đề án": "Đề án", "thông báo": "Thông báo",
    "chiến lược": "Chiến lược",
}
# Symbol code -> document type, for numbers printed without a type word.
SYMBOL_TYPES = {"QĐ": "Quyết định", "NQ": "Nghị quyết", "KH": "Kế hoạch", "CT": "Chỉ thị",
                "KL": "Kết luận", "NĐ": "Nghị định", "TT": "Thông tư", "TB": "Thông báo",
                "CTr": "Chương trình", "ĐA": "Đề án"}
# Issuer codes whose numbers are local to one province/ward (need a jurisdiction in the IRI).
LOCAL_ISSUER_CODES = {"ubnd", "hdnd", "ubmttq", "tu", "hu"}

_TYPE_RE = "|".join(sorted((re.escape(k) for k in DOC_TYPES), key=len, reverse=True))
NUMBER = (r"(?P<num>\d{1,6}(?:\s*/\s*\d{4})?\s*[/-]\s*[A-ZĐ][A-Za-zĐđ]*"
          r"(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđ&]*)*(?:/[A-ZĐ][A-Za-zĐđ]*)?)")
REFERENCE = re.compile(rf"(?P<type>{_TYPE_RE})\s+(?:số\s*:?\s*)?{NUMBER}", re.I)
BARE_NUMBER = re.compile(NUMBER)
DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?P<m>\d{1,2})"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>\d{4})", re.I)
ISSUER_AFTER = re.compile(
    r"^\s*(?:của|do)\s+(?P<issuer>.+?)(?=\s+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|thực hiện|"
    r"triển khai|tổ chức|trên địa bàn)\b|\s*[;,.()]|$)")
SUBJECT_AFTER = re.compile(r"^\s*(?P<subject>(?:về|phê duyệt|ban hành|quy định|hướng dẫn)\b[^;(]*?)"
                           r"(?=\s*[;(]|,\s*(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\b|$)")
ALIAS = re.compile(r"^\s*\(\s*sau đây (?:gọi|viết) tắt là\s+(?P<alias>[^)]+?)\s*\)")
LAW = re.compile(r"\b(?P<type>Luật|Pháp lệnh)\s+(?P<title>[A-ZĐa-zđ][^,.;:()]*?)"
                 r"(?=\s+(?:và|nhằm|để|theo|của|với|có|được|thì)\b|\s*[,.;:()]|$)")


@dataclass(frozen=True)
class Reference:
    start: int               # character offsets in the paragraph text
    end: int
    doc_type: str | None
    number: str | None       # display form, spaces removed
    number_printed: str | None
    date: dt.date | None
    date_printed: str | None
    issuer: str | None
    subject: str | None
    subject_end: int
    alias: str | None = None
    title: str | None = None


def normalise_number(printed: str) -> str:
    s = clean(printed)
    s = re.sub(r"\s*([/–-])\s*", r"\1", s).replace("–", "-")
    return s


def number_key(number: str) -> str:
    return fold(normalise_number(number)).replace(" ", "")


def number_parts(number: str) -> tuple[str, str | None, str]:
    """"20/2021/NĐ-CP" -> ("20", "2021", "NĐ-CP"); "59-KL/TW" -> ("59", None, "KL/TW")."""
    n = normalise_number(number)
    m = re.match(r"^(\d+)(?:/(\d{4}))?[/-](.+)$", n)
    if not m:
        return n, None, ""
    return m.group(1), m.group(2), m.group(3)


def symbol_type(symbol: str) -> str | None:
    head = re.split(r"[-/]", symbol)[0]
    for code, t in SYMBOL_TYPES.items():
        if fold(head) == fold(code):
            return t
    return None


def is_local_symbol(symbol: str) -> bool:
    parts = [fold(p) for p in re.split(r"[-/]", symbol)]
    return any(p in LOCAL_ISSUER_CODES for p in parts[1:])


def parse_date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_references(text: str) -> list[Reference]:
    """All numbered and law references in one paragraph of cleaned text, in order."""
    refs: list[Reference] = []
    for m in REFERENCE.finditer(text):
        refs.append(_complete(text, m.start(), m.end(), DOC_TYPES[m.group("type").lower()],
                              m.group("num")))
    for m in LAW.finditer(text):
        title = f"{m.group('type')} {m.group('title')}".strip()
        if len(title.split()) < 3 or any(r.start <= m.start() < r.end for r in refs):
            continue
        refs.append(Reference(m.start(), m.end(), m.group("type"), None, None, None, None, None,
                              None, m.end(), title=title))
    refs.sort(key=lambda r: r.start)
    return refs


def _complete(text: str, start: int, end: int, doc_type: str | None, num: str) -> Reference:
    rest = text[end:]
    date = date_printed = issuer = subject = alias = None
    pos = end
    m = DATE_AFTER.match(rest)
    if m:
        date = parse_date(m.group("d"), m.group("m"), m.group("y"))
        date_printed = m.group(0).strip(" ,")
        pos += m.end()
    m = ISSUER_AFTER.match(text[pos:])
    if m:
        issuer = m.group("issuer").strip()
        pos += m.end()
    m = SUBJECT_AFTER.match(text[pos:])
    subject_end = pos
    if m:
        subject = m.group("subject").strip(" ,")
        subject_end = pos + m.end()
    m = ALIAS.match(text[subject_end:])
    if m:
        alias = m.group("alias")
    number = normalise_number(num)
    if doc_type is None:
        doc_type = symbol_type(number_parts(number)[2])
    return Reference(start, end, doc_type, number, num, date, date_printed, issuer, subject,
                     max(subject_end, pos), alias)

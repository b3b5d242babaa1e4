"""Terms and small helpers of the RDF builder (ingest/rdf.py and ingest/rdf_citations.py): IRI and
literal constructors, document classes and labels."""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

from kehoach.vocab import (
    BASE,
    KH,
    RDF,
    RDFS,
    XSD,
)

from .citations import number_parts, symbol_type
from .iris import Place
from .numbers import SERIAL

DOC_CLASSES = {
    "Kế hoạch": "Plan", "Quyết định": "Decision", "Nghị quyết": "Resolution",
    "Chỉ thị": "Directive", "Kết luận": "Conclusion", "Công văn": "OfficialLetter",
    "Nghị định": "Decree", "Thông tư": "Circular", "Luật": "Law", "Pháp lệnh": "Ordinance",
    "Chương trình": "Programme", "Đề án": "Scheme", "Thông báo": "Notice", "Chiến lược": "Strategy",
    "Hướng dẫn": "Guidance", "Báo cáo": "Report", "Tờ trình": "Submission", "Công điện": "OfficialDispatch",
    "Quy chế": "Regulation", "Quy định": "Rules", "Văn bản hợp nhất": "ConsolidatedText",
    "Phương án": "OperationalPlan",
}
CLASS_TYPES = {v: k for k, v in DOC_CLASSES.items()}
TYPE_EN = {
    "Plan": "Plan", "Decision": "Decision", "Resolution": "Resolution", "Directive": "Directive",
    "Conclusion": "Conclusion", "OfficialLetter": "Official letter", "Decree": "Decree", "Circular": "Circular",
    "Law": "Law", "Ordinance": "Ordinance", "Programme": "Programme", "Scheme": "Scheme", "Notice": "Notice",
    "Strategy": "Strategy", "Guidance": "Guidance", "Report": "Report", "Submission": "Submission",
    "OfficialDispatch": "Official dispatch", "Regulation": "Regulation", "Rules": "Rules",
    "ConsolidatedText": "Consolidated text", "OperationalPlan": "Operational plan",
}
# correspondence: documents that report, ask or inform rather than decide; eli:Work, not eli:LegalResource
CORRESPONDENCE = {"OfficialLetter", "Notice", "Report", "Submission", "OfficialDispatch"}
# Party documents are numbered "59-NQ/TW" (number, hyphen, type/issuer); state documents "155/QĐ-TTg"
PARTY_NUMBER = re.compile(rf"^{SERIAL}-")
PART_CLASSES = {"goal": "StrategicGoal", "objective": "Objective", "section": "Section"}
ROLE_LABELS = {"lead": ("chủ trì", "lead"), "support": ("phối hợp", "support")}
SOFTWARE = BASE + "software/kehoach"
# PDF fragment identifiers ("page=3"), the spec the Web Annotation model names for PDF selectors
RFC3778 = "http://tools.ietf.org/rfc/rfc3778"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


# The builder writes an IRI as a str (made a NamedNode once per document, when the triples are made,
# ingest.rdf.ordered_triples) and a literal as a pyoxigraph Literal. N() marks an IRI.
def N(iri: str) -> str:
    return iri


def kh(local: str) -> str:
    return KH + local


_DATATYPES: dict[str, NamedNode] = {}


def lit(value, lang: str | None = None, dtype: str | None = None) -> Literal:
    if lang:
        return Literal(str(value), language=lang)
    if dtype:
        dt = _DATATYPES.get(dtype)
        if dt is None:
            dt = _DATATYPES[dtype] = NamedNode(XSD + dtype)
        return Literal(str(value), datatype=dt)
    return Literal(str(value))


A = RDF + "type"
LABEL = RDFS + "label"


def first_words(text: str, n: int = 8) -> str:
    """The first `n` words of a text, "…" when cut: short labels for tasks and goals."""
    words = re.sub(r"^[\s\-+•*–]+", "", text).split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def document_class(doc_type: str | None, number: str | None) -> str | None:
    """kh: class of a document: from its printed type word, else from its symbol ("QĐ" -> Decision)."""
    if doc_type and doc_type in DOC_CLASSES:
        return DOC_CLASSES[doc_type]
    if number:
        t = symbol_type(number_parts(number)[2])
        if t:
            return DOC_CLASSES.get(t)
    return None


def is_legal(cls: str | None, number: str | None) -> bool:
    """eli:LegalResource (a state act that decides or directs) or only eli:Work (correspondence,
    Party documents). See docs/vocabulary.md, "Which documents are legal resources"."""
    if number and PARTY_NUMBER.match(number):
        return False
    return cls not in CORRESPONDENCE


def document_labels(cls: str | None, number: str | None, name: str | None = None, place: Place | None = None,
                    year: int | None = None) -> tuple[str, str | None]:
    """Short labels (vi, en) of a document: type and number ("Quyết định 155/QĐ-TTg" / "Decision
    155/QĐ-TTg"); unnumbered, its name and year ("Luật Ngân sách nhà nước 2025", Vietnamese only) or
    type, place and year ("Kế hoạch tỉnh Đồng Tháp 2026 (không số)")."""
    type_vi = CLASS_TYPES.get(cls or "", "Văn bản")
    type_en = TYPE_EN.get(cls or "", "Document")
    if number:
        return f"{type_vi} {number}", f"{type_en} {number}"
    if name:
        return (f"{name} {year}" if year and str(year) not in name else name), None
    where_vi = f" {place.display}" if place is not None and place.path else ""
    where_en = f", {place.display_en}" if place is not None and place.path else ""
    y = f" {year}" if year else ""
    return f"{type_vi}{where_vi}{y} (không số)", f"{type_en}{where_en}{',' if y and where_en else ''}{y} (unnumbered)"



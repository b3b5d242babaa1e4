"""RDF builder: the intermediate `Document` -> triples of one named graph.

Stable IRIs only (no blank nodes, no timestamps): re-ingesting the same file yields the same
triples. Ingest times are recorded apart, in the ingest-log graph, by the store. Which IRI a
document, part, cited document, place or agency gets is decided in ingest/iris.py; this module
decides which triples describe them (docs/vocabulary.md is the contract).

Facts that need every document at once (the date of a document known only by citation, the
numbered plan that replaces a draft) are not written here but derived over the store
(kehoach/derived.py): a graph describes what its own document says.
"""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode, Triple

from kehoach.vocab import (
    BASE,
    DCAT,
    DCT,
    ELI,
    IANA_MEDIA,
    KH,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    RFC5147,
    SCHEMA,
    SKOS,
    XSD,
)

from .agencies import Entry, Gazetteer, Mention
from .citations import number_key, number_parts, symbol_type
from .iris import COUNTRY, COUNTRY_IRI, Cited, Identity, Place, concrete_label, concrete_label_en, seg
from .metadata import stated_period
from .model import Citation, Document, Span, Task
from .reference import events_ending
from .text import fold, key, slug

DOC_CLASSES = {
    "Kế hoạch": "Plan", "Quyết định": "Decision", "Nghị quyết": "Resolution",
    "Chỉ thị": "Directive", "Kết luận": "Conclusion", "Công văn": "OfficialLetter",
    "Nghị định": "Decree", "Thông tư": "Circular", "Luật": "Law", "Pháp lệnh": "Ordinance",
    "Chương trình": "Programme", "Đề án": "Scheme", "Thông báo": "Notice", "Chiến lược": "Strategy",
    "Hướng dẫn": "Guidance", "Báo cáo": "Report", "Tờ trình": "Submission", "Công điện": "OfficialDispatch",
    "Quy chế": "Regulation", "Quy định": "Rules",
}
CLASS_TYPES = {v: k for k, v in DOC_CLASSES.items()}
TYPE_EN = {
    "Plan": "Plan", "Decision": "Decision", "Resolution": "Resolution", "Directive": "Directive",
    "Conclusion": "Conclusion", "OfficialLetter": "Official letter", "Decree": "Decree", "Circular": "Circular",
    "Law": "Law", "Ordinance": "Ordinance", "Programme": "Programme", "Scheme": "Scheme", "Notice": "Notice",
    "Strategy": "Strategy", "Guidance": "Guidance", "Report": "Report", "Submission": "Submission",
    "OfficialDispatch": "Official dispatch", "Regulation": "Regulation", "Rules": "Rules",
}
# correspondence: documents that report, ask or inform rather than decide; eli:Work, not eli:LegalResource
CORRESPONDENCE = {"OfficialLetter", "Notice", "Report", "Submission", "OfficialDispatch"}
# Party documents are numbered "59-NQ/TW" (number, hyphen, type/issuer); state documents "155/QĐ-TTg"
PARTY_NUMBER = re.compile(r"^\d+[a-z]?-")
PART_CLASSES = {"goal": "StrategicGoal", "objective": "Objective", "section": "Section"}
ROLE_LABELS = {"lead": ("chủ trì", "lead"), "support": ("phối hợp", "support")}
SOFTWARE = NamedNode(BASE + "software/kehoach")
# PDF fragment identifiers ("page=3"), the spec the Web Annotation model names for PDF selectors
RFC3778 = "http://tools.ietf.org/rfc/rfc3778"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def N(iri: str) -> NamedNode:
    return NamedNode(iri)


def kh(local: str) -> NamedNode:
    return NamedNode(KH + local)


def lit(value, lang: str | None = None, dtype: str | None = None) -> Literal:
    if lang:
        return Literal(str(value), language=lang)
    if dtype:
        return Literal(str(value), datatype=NamedNode(XSD + dtype))
    return Literal(str(value))


A = N(RDF + "type")
LABEL = N(RDFS + "label")


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


class Builder:
    """Writes the triples of one document; the IRIs and places come from `Identity` (iris.py)."""

    def __init__(self, doc: Document, gazetteer: Gazetteer, tool_version: str):
        self.doc = doc
        self.gaz = gazetteer
        self.version = tool_version
        self.triples: list[Triple] = []
        self._seen_agencies: set[str] = set()
        self._seen_places: set[str] = set()
        self._agency_labels: dict[str, tuple[str, str | None]] = {}
        self._minted: set[str] = set()          # citation / reporting / assignment IRIs used so far
        self.ids = Identity(doc)
        self.place = self.ids.place
        self.parent_place = self.ids.parent_place
        self.places_names = self.ids.places_names
        self.doc_iri = self.ids.doc_iri
        self.graph_iri = self.ids.graph_iri
        self.source_iri = self.ids.source_iri
        self.doc_label: tuple[str, str | None] = ("", None)
        self.legal = True                       # the document is an eli:LegalResource (set by build)

    # -- helpers ------------------------------------------------------------------------------
    def add(self, s, p, o) -> None:
        if o is None:
            return
        self.triples.append(Triple(s if not isinstance(s, str) else N(s),
                                   p if not isinstance(p, str) else N(p),
                                   o if not isinstance(o, str) else N(o)))

    def label(self, node: str, vi: str, en: str | None = None) -> None:
        """rdfs:label in Vietnamese, and in English where there is an English name."""
        self.add(node, LABEL, lit(vi, "vi"))
        if en:
            self.add(node, LABEL, lit(en, "en"))

    def unique(self, iri: str) -> str:
        """`iri`, or `iri-2`, `iri-3`... when this document already minted it (two mentions of one
        document on one line, one agency printed twice in a task's leads)."""
        out, n = iri, 1
        while out in self._minted:
            n += 1
            out = f"{iri}-{n}"
        self._minted.add(out)
        return out

    def span(self, node: str, span: Span | None) -> None:
        if span is None:
            return
        src = node + "/source"
        self.add(node, N(PROV + "wasDerivedFrom"), N(src))
        self.add(src, A, N(OA + "SpecificResource"))
        self.add(src, N(OA + "hasSource"), N(self.source_iri))
        self.add(src, kh("startLine"), lit(span.start, dtype="integer"))
        self.add(src, kh("endLine"), lit(span.end, dtype="integer"))
        sel = src + "/lines"
        self.add(src, N(OA + "hasSelector"), N(sel))
        self.add(sel, A, N(OA + "FragmentSelector"))
        self.add(sel, N(DCT + "conformsTo"), N(RFC5147))
        self.add(sel, N(RDF + "value"), lit(f"line={span.start - 1},{span.end}"))
        q = src + "/quote"
        self.add(src, N(OA + "hasSelector"), N(q))
        self.add(q, A, N(OA + "TextQuoteSelector"))
        self.add(q, N(OA + "exact"), lit(span.quote))
        self._pages(src, span)

    def _pages(self, src: str, span: Span) -> None:
        """PDF files: page and line on the page of both ends (kh:startPage, kh:startPageLine, ...) and
        an RFC 3778 selector "page=N" for the page where the span starts, refined (oa:refinedBy) by
        the RFC 5147 lines on that page when the span ends on the same page."""
        first, last = self.doc.source.page_line(span.start), self.doc.source.page_line(span.end)
        if first is None or last is None:
            return
        for (page, line), end in ((first, "start"), (last, "end")):
            self.add(src, kh(end + "Page"), lit(page, dtype="integer"))
            self.add(src, kh(end + "PageLine"), lit(line, dtype="integer"))
        sel = src + "/page"
        self.add(src, N(OA + "hasSelector"), N(sel))
        self.add(sel, A, N(OA + "FragmentSelector"))
        self.add(sel, N(DCT + "conformsTo"), N(RFC3778))
        self.add(sel, N(RDF + "value"), lit(f"page={first[0]}"))
        if first[0] == last[0]:
            lines = sel + "/lines"
            self.add(sel, N(OA + "refinedBy"), N(lines))
            self.add(lines, A, N(OA + "FragmentSelector"))
            self.add(lines, N(DCT + "conformsTo"), N(RFC5147))
            self.add(lines, N(RDF + "value"), lit(f"line={first[1] - 1},{last[1]}"))

    # -- places and agencies ------------------------------------------------------------------
    def place_node(self, p: Place) -> str:
        if not p.path:
            return COUNTRY_IRI
        if p.iri not in self._seen_places:
            self._seen_places.add(p.iri)
            self.add(p.iri, A, kh("AdministrativeUnit"))
            self.add(p.iri, N(SKOS + "prefLabel"), lit(p.name, "vi"))
            self.label(p.iri, p.display, p.display_en)
            self.add(p.iri, kh("unitLevel"), kh("unit-" + p.level))
            pp = self.parent_place
            parent = pp if (pp and p.path.startswith(pp.path + "/")) else None
            self.add(p.iri, kh("within"), N(parent.iri) if parent else N(COUNTRY_IRI))
            if parent:
                self.place_node(parent)
        return p.iri

    def agency(self, m: Mention, place: Place | None = None) -> str:
        iri, place = self.ids.agency(m, place)
        if iri in self._seen_agencies:
            return iri
        self._seen_agencies.add(iri)
        self.add(iri, A, kh("AgencyGroup" if m.group else "Agency"))
        if not m.group:            # "các sở, ban, ngành có liên quan" names no organisation
            self.add(iri, A, N(ORG + "Organization"))
        label = concrete_label(m.label, place, m.group or m.entry is None)
        label_en = concrete_label_en(m.entry.label_en, place) if m.entry and m.entry.label_en else None
        self.add(iri, N(SKOS + "prefLabel"), lit(label, "vi"))
        if label_en:
            self.add(iri, N(SKOS + "prefLabel"), lit(label_en, "en"))
        self.label(iri, label, label_en)
        self._agency_labels[iri] = (label, label_en)
        self.add(iri, kh("searchText"), lit(fold(label)))
        if m.entry:
            self.add(iri, kh("gazetteerEntry"), N(m.entry.iri))
            if not m.group:        # the W3C ORG way of saying which kind of agency this is
                self.add(iri, N(ORG + "classification"), N(m.entry.iri))
            self.add(iri, kh("level"), kh("level-" + m.entry.level))
        self.add(iri, kh("resolution"), kh("resolved" if m.entry else "unresolved"))
        if place is not None and place.path:
            self.add(iri, kh("jurisdiction"), N(self.place_node(place)))
        elif place is not None:
            self.add(iri, kh("jurisdiction"), N(COUNTRY_IRI))
        if m.entry and not m.group:
            self._changes(iri, m.entry, place)
        return iri

    def _entry(self, iri: str) -> Entry | None:
        for e in self.gaz.entries:
            if e.iri == iri:
                return e
        return None

    def _changes(self, agency: str, entry: Entry, place: Place | None) -> None:
        """W3C ORG between concrete agencies: an agency whose kind a 2025 change event ended gets
        that event in its own jurisdiction (org:ChangeEvent, org:originalOrganization ->
        org:resultingOrganization, org:changedBy / org:resultedFrom), part of the kind-level event
        of the gazetteer (dct:isPartOf)."""
        for ev in events_ending(entry.iri):
            where = place if place is not None else COUNTRY
            if ev.applies_in and ev.applies_in != (where.iri if where.path else COUNTRY_IRI):
                continue
            node = f"{BASE}event/{where.path or 'vn'}/{ev.name}"
            self.add(node, A, N(ORG + "ChangeEvent"))
            for cls in ev.classes:
                self.add(node, A, kh(cls))
            self.add(node, N(DCT + "isPartOf"), N(ev.iri))
            if where.path:
                self.label(node, f"{ev.label_vi} ({where.display})" if ev.label_vi else where.display,
                           f"{ev.label_en} ({where.display_en})" if ev.label_en else None)
            else:
                self.label(node, ev.label_vi or ev.name, ev.label_en)
            if ev.started:
                self.add(node, N(PROV + "startedAtTime"), lit(ev.started, dtype="dateTime"))
            if ev.not_after:
                self.add(node, kh("effectiveNotAfter"), lit(ev.not_after, dtype="date"))
            if ev.legal_basis:
                self.add(node, kh("legalBasis"), N(ev.legal_basis))
            self.add(node, N(ORG + "originalOrganization"), N(agency))
            self.add(agency, N(ORG + "changedBy"), N(node))
            for kind in ev.resulting:
                e = self._entry(kind)
                if e is None:
                    continue
                successor = self.agency(Mention(e.label, e, False), COUNTRY if e.level == "national" else place)
                self.add(node, N(ORG + "resultingOrganization"), N(successor))
                self.add(successor, N(ORG + "resultedFrom"), N(node))

    def resolve(self, phrase: str) -> list[Mention]:
        return self.gaz.resolve(phrase, self.places_names)

    def issuer_agency(self, text: str | None, place: Place | None) -> str | None:
        """The agency that issued a cited document. "Ủy ban nhân dân thành phố Đà Nẵng" is the
        UBND kind placed in Đà Nẵng, whatever the citing plan's own jurisdiction."""
        if not text:
            return None
        names = self.places_names + ((place.name,) if place else ())
        ms = [m for m in self.gaz.resolve(text, names) if not m.group]
        if not ms:
            return None
        m = ms[0]
        if m.entry and m.entry.level == "national":
            return self.agency(m, COUNTRY)
        return self.agency(m, place)

    def type_document(self, iri: str, cls: str | None, legal: bool, party: bool) -> None:
        """Classes and type concept: eli:LegalResource + eli:type_document, or eli:Work +
        eli:work_type (and kh:PartyDocument for Party documents)."""
        if cls:
            self.add(iri, A, kh(cls))
        self.add(iri, A, N(ELI + ("LegalResource" if legal else "Work")))
        if party:
            self.add(iri, A, kh("PartyDocument"))
        if cls:
            self.add(iri, N(ELI + ("type_document" if legal else "work_type")),
                     kh("doctype-" + slug(CLASS_TYPES[cls])))

    def issued_by(self, iri: str, agency: str | None, legal: bool) -> None:
        if agency:
            self.add(iri, N(ELI + "passed_by") if legal else N(DCT + "creator"), N(agency))

    # -- the document ------------------------------------------------------------------------
    def build(self) -> list[Triple]:
        m = self.doc.meta
        doc = self.doc_iri
        cls = DOC_CLASSES.get(m.doc_type, "Plan")
        legal = is_legal(cls, m.number)
        self.legal = legal
        self.type_document(doc, cls, legal, party=bool(m.number and PARTY_NUMBER.match(m.number)))
        if m.number:
            num, _, symbol = number_parts(m.number)
            self.add(doc, N(ELI + "id_local"), lit(m.number))
            self.add(doc, N(ELI + "number"), lit(num))
            self.add(doc, kh("symbol"), lit(symbol))
            self.add(doc, kh("numberKey"), lit(number_key(m.number)))
        if m.number_blank:
            self.add(doc, kh("numberBlank"), lit("true", dtype="boolean"))
        if m.title:     # the key a draft's IRI is minted from: links a draft to its numbered version
            self.add(doc, kh("draftKey"), lit(self.ids.draft_key))
        if m.date:
            self.add(doc, N(ELI + "date_document"), lit(m.date.isoformat(), dtype="date"))
        if m.date_blank:
            self.add(doc, kh("dateBlank"), lit("true", dtype="boolean"))
        if m.title:
            self.add(doc, N(DCT + "title"), lit(m.title, "vi"))
            self.add(doc, kh("searchText"), lit(fold(m.title)))
        self.doc_label = document_labels(cls, m.number, place=self.place,
                                         year=m.date.year if m.date else m.period_start)
        self.label(doc, *self.doc_label)
        if self.place:
            self.add(doc, N(ELI + "jurisdiction"), N(self.place_node(self.place)))
        elif m.national:
            self.add(doc, N(ELI + "jurisdiction"), N(COUNTRY_IRI))
        if m.issuer:
            unit_entry = self.resolve(m.issuer.replace(f" {m.jurisdiction}", "") if m.jurisdiction else m.issuer)
            if unit_entry and not unit_entry[0].group:
                self.issued_by(doc, self.agency(unit_entry[0], self.place), legal)
        if m.signer:
            self.add(doc, kh("signer"), lit(m.signer))
        if m.signer_title:
            self.add(doc, kh("signerTitle"), lit(m.signer_title))
        if m.period_start or m.period_end:
            self.span(self.period(doc, m.period_start, m.period_end), m.spans.get("period"))
        self.span(doc, m.spans.get("title") or m.spans.get("doc_type"))
        self._source_and_graph()
        self._parts()
        self._tasks()
        self._citations()
        self._reporting()
        self._duties()
        return self.triples

    def _source_and_graph(self) -> None:
        s = self.doc.source
        src, g = self.source_iri, self.graph_iri
        self.add(src, A, kh("SourceFile"))
        self.add(src, A, N(PROV + "Entity"))
        self.label(src, f"Tệp {s.name}", f"File {s.name}")
        self.add(src, kh("fileName"), lit(s.name))
        self.add(src, kh("sha256"), lit(s.sha256))
        media = N(IANA_MEDIA + s.media_type)
        self.add(src, N(DCT + "format"), media)
        self.add(media, A, N(DCT + "MediaType"))
        self.add(src, kh("lineCount"), lit(len(s.lines), dtype="integer"))
        if s.page_starts:
            self.add(src, kh("pageCount"), lit(len(s.page_starts), dtype="integer"))
        for page in s.ocr_pages:
            self.add(src, kh("ocrPage"), lit(page, dtype="integer"))
        self.add(g, A, kh("DocumentGraph"))
        self.add(g, A, N(PROV + "Entity"))
        vi, en = self.doc_label
        self.label(g, f"Đồ thị dữ liệu của {vi}", f"Data graph of {en}" if en else None)
        self.add(g, N(PROV + "wasDerivedFrom"), N(src))
        self.add(g, N(PROV + "wasAttributedTo"), SOFTWARE)
        self.add(g, kh("describes"), N(self.doc_iri))
        if s.ocr_engine:
            self.add(g, kh("ocrEngine"), lit(s.ocr_engine))
        self.add(g, kh("toolVersion"), lit(self.version))

    def subdivision(self, iri: str, kind: str, parent: str) -> None:
        """A part of the document: eli:LegalResourceSubdivision (or, in a document that is not a
        legal resource, an eli:WorkSubdivision) with its kind (kh:SubdivisionTypes)."""
        self.add(iri, A, N(ELI + ("LegalResourceSubdivision" if self.legal else "WorkSubdivision")))
        self.add(iri, N(ELI + "type_subdivision"), kh("subdivision-" + kind))
        self.add(iri, N(ELI + "is_part_of"), N(parent))
        self.add(parent, N(ELI + "has_part"), N(iri))

    def _parts(self) -> None:
        for i, p in enumerate(self.doc.parts, start=1):
            iri = self.ids.part_iri(p.local_id)
            self.add(iri, A, kh(PART_CLASSES[p.kind]))
            self.subdivision(iri, p.kind, self.ids.part_iri(p.parent) if p.parent else self.doc_iri)
            self.add(iri, kh("plan"), N(self.doc_iri))
            if p.code:
                self.add(iri, N(ELI + "number"), lit(p.code))
            self.add(iri, kh("localId"), lit(p.local_id))
            self.add(iri, N(DCT + "title"), lit(p.title, "vi"))
            self.label(iri, f"{p.code or p.local_id} {first_words(p.title)}".strip())
            self.add(iri, kh("searchText"), lit(fold(p.title)))
            self.add(iri, kh("sequence"), lit(i, dtype="integer"))
            self.span(iri, p.span)

    def _tasks(self) -> None:
        for i, t in enumerate(self.doc.tasks, start=1):
            iri = self.ids.task_iri(t.local_id)
            self.add(iri, A, kh("Task"))
            self.subdivision(iri, "task", self.ids.part_iri(t.parent))
            self.add(iri, kh("plan"), N(self.doc_iri))
            if t.code:
                self.add(iri, N(ELI + "number"), lit(t.code))
            self.add(iri, kh("localId"), lit(t.local_id))
            self.add(iri, N(DCT + "description"), lit(t.text, "vi"))
            self.label(iri, f"{t.code or t.local_id} {first_words(t.text)}".strip())
            self.add(iri, kh("searchText"), lit(fold(t.text)))
            self.add(iri, kh("sequence"), lit(i, dtype="integer"))
            if t.duplicate_count > 1:
                self.add(iri, kh("duplicateCount"), lit(t.duplicate_count, dtype="integer"))
            self.span(iri, t.span)
            self._assign(iri, t)

    def assignment(self, owner: str, role: str, m: Mention, agency: str) -> str:
        """A qualified kh:Assignment, named after the agency: `{task}/assignment/{role}/{agency slug}`."""
        a = self.unique(f"{owner}/assignment/{role}/{m.slug}")
        self.add(owner, kh("assignment"), N(a))
        self.add(a, A, kh("Assignment"))
        self.add(a, kh("agency"), N(agency))
        self.add(a, kh("role"), kh("role-" + role))
        self.add(a, kh("asPrinted"), lit(m.printed))
        vi, en = self._agency_labels.get(agency, (m.label, None))
        rvi, ren = ROLE_LABELS[role]
        self.label(a, f"{rvi}: {vi}", f"{ren}: {en}" if en else None)
        self.add(a, N(PROV + "wasDerivedFrom"), N(owner + "/source"))
        return a

    def _assign(self, iri: str, t: Task) -> None:
        for role, phrases in (("lead", t.leads), ("support", t.supports)):
            for phrase in phrases:
                for m in self.resolve(phrase):
                    ag = self.agency(m)
                    self.add(iri, kh(role), N(ag))
                    self.assignment(iri, role, m, ag)

    # -- citations ------------------------------------------------------------------------------
    def _citations(self) -> None:
        year_hint = {number_key(c.number): c.date.year for c in self.doc.citations if c.number and c.date}
        cited: dict[str, list[tuple[Citation, str, Cited]]] = {}
        doc = self.doc_iri
        for c in self.doc.citations:
            target = self.ids.cited(c, year_hint)
            if target.iri == doc:
                continue
            node = self.unique(f"{doc}/citation/{c.span.start}-{target.key}")
            cited.setdefault(target.iri, []).append((c, node, target))
            legal = self._cited_document(target, c)
            self.add(node, A, kh("Citation"))
            self.add(doc, kh("citation"), N(node))
            self.add(node, kh("citedDocument"), N(target.iri))
            self.add(node, kh("citationKind"), kh({"implements": "cites-implements", "based_on": "cites-based-on",
                                                   "mention": "cites-mention"}[c.kind]))
            if c.number:
                self.add(node, kh("citedNumber"), lit(_display_number(c.number)))
            if c.date:
                self.add(node, kh("citedDate"), lit(c.date.isoformat(), dtype="date"))
            if c.issuer:
                self.add(node, kh("citedIssuer"), lit(c.issuer))
            if c.number_printed:
                self.add(node, kh("asPrinted"), lit(c.number_printed))
            short = _display_number(c.number) if c.number else (c.title or target.key)
            self.label(node, f"Trích dẫn {short} (dòng {c.span.start})", f"Citation of {short} (line {c.span.start})")
            self.span(node, c.span)
            self.add(doc, N(ELI + "cites"), N(target.iri))
            if c.kind == "implements":
                # eli:ensures_implementation_of has eli:LegalResource as its range: what carries out
                # a Party resolution or a letter says so with kh:carriesOut
                self.add(doc, N(ELI + "ensures_implementation_of") if legal else kh("carriesOut"), N(target.iri))
            elif c.kind == "based_on":
                self.add(doc, N(ELI + "based_on"), N(target.iri))
        self._infer_implementation(cited)

    def _cited_document(self, target: Cited, c: Citation) -> bool:
        """What the citing text says of the document it cites; True when it is a legal resource.
        Its date is never written here: each mention keeps the date it prints (kh:citedDate), and
        the document's one eli:date_document comes from the reference data or from the dates most
        mentions print (kehoach/derived.py)."""
        iri, ref = target.iri, target.reference
        number = target.number
        cls = (ref.doc_class if ref else None) or document_class(c.doc_type, number)
        legal = is_legal(cls, number)
        self.type_document(iri, cls, legal, party=bool(number and PARTY_NUMBER.match(number)))
        if number:
            num, _, symbol = number_parts(number)
            self.add(iri, N(ELI + "id_local"), lit(_display_number(number)))
            self.add(iri, N(ELI + "number"), lit(num))
            self.add(iri, kh("symbol"), lit(symbol))
            self.add(iri, kh("numberKey"), lit(number_key(number)))
        if ref is not None and ref.label_vi:
            self.label(iri, ref.label_vi, ref.label_en)
        else:
            name = None
            if not number and c.title:
                name = re.sub(r"\s*(năm\s+)?\b(19|20)\d{2}\b", "", c.title).strip()
            ym = re.search(r"\b((?:19|20)\d{2})\b", c.title or "")
            self.label(iri, *document_labels(cls, _display_number(number) if number else None, name,
                                             year=int(ym.group(1)) if ym else None))
        if c.title and ref is None:
            self.add(iri, N(DCT + "title"), lit(c.title, "vi"))
        if c.subject:
            self.add(iri, kh("subject"), lit(c.subject, "vi"))
            self._stated_period(iri, c)
        if ref is None:
            if c.issuer:
                self.issued_by(iri, self.issuer_agency(c.issuer, target.place), legal)
            if target.place is not None:
                self.add(iri, N(ELI + "jurisdiction"), N(self.place_node(target.place)))
        return legal

    def period(self, iri: str, start: int | None, end: int | None) -> str:
        """dct:temporal -> a dct:PeriodOfTime with years as dcat:startDate / dcat:endDate."""
        per = iri + "/period"
        self.add(iri, N(DCT + "temporal"), N(per))
        self.add(per, A, N(DCT + "PeriodOfTime"))
        if start:
            self.add(per, N(DCAT + "startDate"), lit(start, dtype="gYear"))
        if end:
            self.add(per, N(DCAT + "endDate"), lit(end, dtype="gYear"))
        span = f"{start or '…'}–{end or '…'}"
        self.label(per, f"giai đoạn {span}", f"period {span}")
        return per

    def _stated_period(self, iri: str, c: Citation) -> None:
        """The cited document's period as the citing text states it."""
        start, end = stated_period(re.sub(r"[“”\"]", "", c.subject or ""))
        if start or end:
            self.period(iri, start, end)

    def _infer_implementation(self, cited: dict[str, list[tuple[Citation, str, Cited]]]) -> None:
        """A cited plan "thực hiện “<programme>”" carries out the decision that approved the
        programme, when this document cites that decision with "phê duyệt <programme>". The link
        is the builder's inference, not a statement of any text: kh:inferredImplementationOf, never
        eli:ensures_implementation_of, and a kh:Citation flagged kh:inferred with the mentions it
        comes from."""
        approvals = []
        for iri, cs in cited.items():
            for c, _, target in cs:
                if c.subject and c.doc_type == "Quyết định":
                    s = key(re.sub(r"^(về\s+)?(việc\s+)?phê duyệt\s+", "", c.subject))
                    if s:
                        approvals.append((iri, _norm_title(s), target, c))
        for iri, cs in cited.items():
            for c, node, target in cs:
                if c.doc_type != "Kế hoạch" or not c.subject:
                    continue
                quoted = re.findall(r"[“\"]([^”\"]{20,})[”\"]", c.subject)
                for q in quoted:
                    qn = _norm_title(key(q))
                    for dec, title, dtarget, dc in approvals:
                        if dec != iri and (qn in title or title in qn):
                            inf = f"{iri}/inferred-implementation/{dtarget.key}"
                            self.add(iri, kh("inferredImplementationOf"), N(dec))
                            self.add(inf, A, kh("Citation"))
                            self.add(iri, kh("citation"), N(inf))
                            self.add(inf, kh("citedDocument"), N(dec))
                            self.add(inf, kh("citationKind"), kh("cites-implements"))
                            self.add(inf, kh("inferred"), lit("true", dtype="boolean"))
                            self.add(inf, N(PROV + "wasDerivedFrom"), N(node + "/source"))
                            who = _display_number(c.number) if c.number else target.key
                            whom = _display_number(dc.number) if dc.number else dtarget.key
                            self.label(inf, f"Suy luận: {who} thực hiện {whom}",
                                       f"Inferred: {who} carries out {whom}")
                            break

    # -- duties -----------------------------------------------------------------------------------
    def _reporting(self) -> None:
        for r in self.doc.reporting:
            node = self.unique(f"{self.doc_iri}/reporting/{r.span.start}")
            self.add(node, A, kh("ReportingDuty"))
            self.add(self.doc_iri, kh("reportingDuty"), N(node))
            self.add(node, N(DCT + "description"), lit(r.text, "vi"))
            self.label(node, f"Báo cáo (dòng {r.span.start})", f"Reporting duty (line {r.span.start})")
            if r.day and r.month and (r.annual or not r.year):
                sched = node + "/schedule"
                self.add(node, kh("schedule"), N(sched))
                self.add(sched, A, N(SCHEMA + "Schedule"))
                self.add(sched, N(SCHEMA + "byMonthDay"), lit(r.day, dtype="integer"))
                self.add(sched, N(SCHEMA + "byMonth"), lit(r.month, dtype="integer"))
                when_en = f"{r.day} {MONTHS_EN[r.month - 1]}" if 1 <= r.month <= 12 else f"{r.day}/{r.month}"
                if r.annual:
                    self.add(sched, N(SCHEMA + "repeatFrequency"), lit("P1Y"))
                    self.label(sched, f"trước ngày {r.day}/{r.month} hằng năm", f"by {when_en} every year")
                else:
                    self.label(sched, f"trước ngày {r.day}/{r.month}", f"by {when_en}")
            elif r.day and r.month and r.year:
                self.add(node, kh("deadline"), lit(f"{r.year:04d}-{r.month:02d}-{r.day:02d}", dtype="date"))
            elif r.annual:
                sched = node + "/schedule"
                self.add(node, kh("schedule"), N(sched))
                self.add(sched, A, N(SCHEMA + "Schedule"))
                self.add(sched, N(SCHEMA + "repeatFrequency"), lit("P1Y"))
                self.label(sched, "hằng năm", "every year")
            for phrase in r.reporters:
                for m in self.resolve(phrase):
                    self.add(node, kh("reporter"), N(self.agency(m)))
            for prop, text in (("recipient", r.recipient), ("via", r.via)):
                if text:
                    ms = [m for m in self.resolve(text) if not m.group]
                    if ms:
                        self.add(node, kh(prop), N(self.agency(ms[0])))
            self.span(node, r.span)

    def _duties(self) -> None:
        """Standing duties: kh:Duty nodes of the document, never kh:Task (the `tasks` query and the
        task audits do not see them); agencies through qualified kh:Assignment nodes only."""
        for i, d in enumerate(self.doc.duties, start=1):
            node = f"{self.doc_iri}/duty/{seg(d.local_id)}"
            self.add(node, A, kh("Duty"))
            self.subdivision(node, "duty", self.doc_iri)
            self.add(self.doc_iri, kh("duty"), N(node))
            self.add(node, kh("localId"), lit(d.local_id))
            self.add(node, kh("sequence"), lit(i, dtype="integer"))
            self.add(node, N(DCT + "description"), lit(d.text, "vi"))
            self.label(node, f"{d.local_id} {first_words(d.text)}".strip())
            self.add(node, kh("searchText"), lit(fold(d.text)))
            self.span(node, d.span)
            for role, phrases in (("lead", d.leads), ("support", d.supports)):
                for phrase in phrases:
                    for m in self.resolve(phrase):
                        self.assignment(node, role, m, self.agency(m))


def _norm_title(s: str) -> str:
    s = re.sub(r"[“”\"]", "", s)
    s = re.sub(r"\bvăn hóa - xã hội\b", "văn hóa-xã hội", s)
    return re.sub(r"\s+", " ", s.replace("–", "-")).strip()


def _display_number(n: str) -> str:
    """Symbols printed in capitals ("QĐ-TTG") keep the usual case of well-known codes."""
    return re.sub(r"-TTG\b", "-TTg", n)


def build_document(doc: Document, gazetteer: Gazetteer, tool_version: str) -> tuple[str, str, list[Triple]]:
    b = Builder(doc, gazetteer, tool_version)
    triples = b.build()
    # stable order and no duplicates
    uniq = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return b.graph_iri, b.doc_iri, uniq

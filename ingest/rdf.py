"""RDF builder: the intermediate `Document` -> triples of one named graph.

Stable IRIs only (no blank nodes, no timestamps): re-ingesting the same file yields the same
triples. Ingest times are recorded apart, in the ingest-log graph, by the store. Which IRI a
document, part, cited document, place or agency gets is decided in ingest/iris.py; this module
decides which triples describe them.
"""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode, Triple

from kehoach.vocab import BASE, DCAT, DCT, ELI, KH, OA, ORG, PROV, RDF, RFC5147, SCHEMA, SKOS, XSD

from .agencies import Gazetteer, Mention
from .citations import number_key, number_parts
from .iris import COUNTRY, COUNTRY_IRI, Identity, Place, concrete_label, seg
from .metadata import stated_period
from .model import Citation, Document, Span, Task
from .text import fold, key, slug

DOC_CLASSES = {
    "Kế hoạch": "Plan", "Quyết định": "Decision", "Nghị quyết": "Resolution",
    "Chỉ thị": "Directive", "Kết luận": "Conclusion", "Công văn": "OfficialLetter",
    "Nghị định": "Decree", "Thông tư": "Circular", "Luật": "Law", "Pháp lệnh": "Ordinance",
    "Chương trình": "Programme", "Đề án": "Scheme", "Thông báo": "Notice", "Chiến lược": "Strategy",
    "Hướng dẫn": "Guidance", "Báo cáo": "Report", "Tờ trình": "Submission", "Công điện": "OfficialDispatch",
    "Quy chế": "Regulation", "Quy định": "Rules",
}
PART_CLASSES = {"goal": "StrategicGoal", "objective": "Objective", "section": "Section"}
SOFTWARE = NamedNode(BASE + "software/kehoach")
# PDF fragment identifiers ("page=3"), the spec the Web Annotation model names for PDF selectors
RFC3778 = "http://tools.ietf.org/rfc/rfc3778"


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


class Builder:
    """Writes the triples of one document; the IRIs and places come from `Identity` (iris.py)."""

    def __init__(self, doc: Document, gazetteer: Gazetteer, tool_version: str):
        self.doc = doc
        self.gaz = gazetteer
        self.version = tool_version
        self.triples: list[Triple] = []
        self._seen_agencies: set[str] = set()
        self._seen_places: set[str] = set()
        self.ids = Identity(doc)
        self.place = self.ids.place
        self.parent_place = self.ids.parent_place
        self.places_names = self.ids.places_names
        self.doc_iri = self.ids.doc_iri
        self.graph_iri = self.ids.graph_iri
        self.source_iri = self.ids.source_iri

    # -- helpers ------------------------------------------------------------------------------
    def add(self, s, p, o) -> None:
        if o is None:
            return
        self.triples.append(Triple(s if not isinstance(s, str) else N(s),
                                   p if not isinstance(p, str) else N(p),
                                   o if not isinstance(o, str) else N(o)))

    def span(self, node: str, span: Span | None) -> None:
        if span is None:
            return
        src = node + "/source"
        self.add(node, N(PROV + "wasDerivedFrom"), N(src))
        self.add(src, A, N(OA + "SpecificResource"))
        self.add(src, N(OA + "hasSource"), N(self.source_iri))
        self.add(src, kh("startLine"), lit(span.start, dtype="positiveInteger"))
        self.add(src, kh("endLine"), lit(span.end, dtype="positiveInteger"))
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
            self.add(src, kh(end + "Page"), lit(page, dtype="positiveInteger"))
            self.add(src, kh(end + "PageLine"), lit(line, dtype="positiveInteger"))
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
        self.add(iri, N(SKOS + "prefLabel"), lit(label, "vi"))
        self.add(iri, kh("searchText"), lit(fold(label)))
        if m.entry and m.entry.label_en:
            self.add(iri, N(SKOS + "prefLabel"), lit(m.entry.label_en, "en"))
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
        return iri

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

    # -- the document ------------------------------------------------------------------------
    def build(self) -> list[Triple]:
        m = self.doc.meta
        doc = self.doc_iri
        cls = DOC_CLASSES.get(m.doc_type, "Plan")
        self.add(doc, A, kh(cls))
        self.add(doc, A, N(ELI + "LegalResource"))
        self.add(doc, N(ELI + "type_document"), kh("doctype-" + slug(m.doc_type)))
        if m.number:
            num, _, symbol = number_parts(m.number)
            self.add(doc, N(ELI + "id_local"), lit(m.number))
            self.add(doc, N(ELI + "number"), lit(num))
            self.add(doc, kh("symbol"), lit(symbol))
            self.add(doc, kh("numberKey"), lit(number_key(m.number)))
        if m.number_blank:
            self.add(doc, kh("numberBlank"), lit("true", dtype="boolean"))
        if m.date:
            self.add(doc, N(ELI + "date_document"), lit(m.date.isoformat(), dtype="date"))
        if m.date_blank:
            self.add(doc, kh("dateBlank"), lit("true", dtype="boolean"))
        if m.title:
            self.add(doc, N(DCT + "title"), lit(m.title, "vi"))
            self.add(doc, kh("searchText"), lit(fold(m.title)))
        if self.place:
            self.add(doc, N(ELI + "jurisdiction"), N(self.place_node(self.place)))
        elif m.national:
            self.add(doc, N(ELI + "jurisdiction"), N(COUNTRY_IRI))
        issuer = None
        if m.issuer:
            unit_entry = self.resolve(m.issuer.replace(f" {m.jurisdiction}", "") if m.jurisdiction else m.issuer)
            if unit_entry and not unit_entry[0].group:
                issuer = self.agency(unit_entry[0], self.place)
                self.add(doc, N(ELI + "passed_by"), N(issuer))
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
        self.add(src, kh("fileName"), lit(s.name))
        self.add(src, kh("sha256"), lit(s.sha256))
        self.add(src, N(DCT + "format"), lit(s.media_type))
        self.add(src, kh("lineCount"), lit(len(s.lines), dtype="integer"))
        if s.page_starts:
            self.add(src, kh("pageCount"), lit(len(s.page_starts), dtype="integer"))
        for page in s.ocr_pages:
            self.add(src, kh("ocrPage"), lit(page, dtype="positiveInteger"))
        self.add(g, A, kh("DocumentGraph"))
        self.add(g, A, N(PROV + "Entity"))
        self.add(g, N(PROV + "wasDerivedFrom"), N(src))
        self.add(g, N(PROV + "wasAttributedTo"), SOFTWARE)
        self.add(g, kh("describes"), N(self.doc_iri))
        if s.ocr_engine:
            self.add(g, kh("ocrEngine"), lit(s.ocr_engine))
        self.add(g, kh("toolVersion"), lit(self.version))

    def _parts(self) -> None:
        for i, p in enumerate(self.doc.parts, start=1):
            iri = self.ids.part_iri(p.local_id)
            self.add(iri, A, kh(PART_CLASSES[p.kind]))
            self.add(iri, A, N(ELI + "LegalResourceSubdivision"))
            parent = self.ids.part_iri(p.parent) if p.parent else self.doc_iri
            self.add(iri, N(ELI + "is_part_of"), N(parent))
            self.add(parent, N(ELI + "has_part"), N(iri))
            self.add(iri, kh("plan"), N(self.doc_iri))
            if p.code:
                self.add(iri, N(ELI + "number"), lit(p.code))
            self.add(iri, kh("localId"), lit(p.local_id))
            self.add(iri, N(DCT + "title"), lit(p.title, "vi"))
            self.add(iri, kh("searchText"), lit(fold(p.title)))
            self.add(iri, kh("sequence"), lit(i, dtype="integer"))
            self.span(iri, p.span)

    def _tasks(self) -> None:
        for i, t in enumerate(self.doc.tasks, start=1):
            iri = self.ids.task_iri(t.local_id)
            self.add(iri, A, kh("Task"))
            self.add(iri, A, N(ELI + "LegalResourceSubdivision"))
            parent = self.ids.part_iri(t.parent)
            self.add(iri, N(ELI + "is_part_of"), N(parent))
            self.add(parent, N(ELI + "has_part"), N(iri))
            self.add(iri, kh("plan"), N(self.doc_iri))
            if t.code:
                self.add(iri, N(ELI + "number"), lit(t.code))
            self.add(iri, kh("localId"), lit(t.local_id))
            self.add(iri, N(DCT + "description"), lit(t.text, "vi"))
            self.add(iri, kh("searchText"), lit(fold(t.text)))
            self.add(iri, kh("sequence"), lit(i, dtype="integer"))
            if t.duplicate_count > 1:
                self.add(iri, kh("duplicateCount"), lit(t.duplicate_count, dtype="integer"))
            self.span(iri, t.span)
            self._assign(iri, t)

    def _assign(self, iri: str, t: Task) -> None:
        for role, phrases, prop in (("lead", t.leads, "lead"), ("support", t.supports, "support")):
            n = 0
            for phrase in phrases:
                for m in self.resolve(phrase):
                    n += 1
                    ag = self.agency(m)
                    self.add(iri, kh(prop), N(ag))
                    a = f"{iri}/assignment/{role}/{n}"
                    self.add(iri, kh("assignment"), N(a))
                    self.add(a, A, kh("Assignment"))
                    self.add(a, kh("agency"), N(ag))
                    self.add(a, kh("role"), kh("role-" + role))
                    self.add(a, kh("asPrinted"), lit(m.printed))
                    self.add(a, N(PROV + "wasDerivedFrom"), N(iri + "/source"))

    def _citations(self) -> None:
        year_hint = {number_key(c.number): c.date.year for c in self.doc.citations if c.number and c.date}
        cited: dict[str, list[tuple[Citation, str]]] = {}
        doc = self.doc_iri
        for i, c in enumerate(self.doc.citations, start=1):
            target, place = self.ids.cited_iri(c, year_hint)
            if target == doc:
                continue
            cited.setdefault(target, []).append((c, f"{doc}/citation/{i}"))
            node = f"{doc}/citation/{i}"
            self.add(node, A, kh("Citation"))
            self.add(doc, kh("citation"), N(node))
            self.add(node, kh("citedDocument"), N(target))
            self.add(node, kh("citationKind"), kh({"implements": "cites-implements", "based_on": "cites-based-on",
                                                   "mention": "cites-mention"}[c.kind]))
            if c.date:
                self.add(node, kh("citedDate"), lit(c.date.isoformat(), dtype="date"))
            if c.issuer:
                self.add(node, kh("citedIssuer"), lit(c.issuer))
            if c.number_printed:
                self.add(node, kh("asPrinted"), lit(c.number_printed))
            self.span(node, c.span)
            self.add(doc, N(ELI + "cites"), N(target))
            if c.kind == "implements":
                self.add(doc, N(ELI + "ensures_implementation_of"), N(target))
            elif c.kind == "based_on":
                self.add(doc, N(ELI + "based_on"), N(target))
            self._cited_document(target, c, place)
        self._infer_implementation(cited)

    def _cited_document(self, iri: str, c: Citation, place: Place | None) -> None:
        cls = DOC_CLASSES.get(c.doc_type or "")
        self.add(iri, A, N(ELI + "LegalResource"))
        if cls:
            self.add(iri, A, kh(cls))
            self.add(iri, N(ELI + "type_document"), kh("doctype-" + slug(c.doc_type or "")))
        if c.number:
            num, _, symbol = number_parts(c.number)
            self.add(iri, N(ELI + "id_local"), lit(_display_number(c.number)))
            self.add(iri, N(ELI + "number"), lit(num))
            self.add(iri, kh("symbol"), lit(symbol))
            self.add(iri, kh("numberKey"), lit(number_key(c.number)))
        if c.title:
            self.add(iri, N(DCT + "title"), lit(c.title, "vi"))
        if c.date:
            self.add(iri, N(ELI + "date_document"), lit(c.date.isoformat(), dtype="date"))
        if c.subject:
            self.add(iri, kh("subject"), lit(c.subject, "vi"))
            self._stated_period(iri, c)
        if c.issuer:
            ag = self.issuer_agency(c.issuer, place)
            if ag:
                self.add(iri, N(ELI + "passed_by"), N(ag))
        if place is not None:
            self.add(iri, N(ELI + "jurisdiction"), N(self.place_node(place)))

    def period(self, iri: str, start: int | None, end: int | None) -> str:
        """dct:temporal -> a dct:PeriodOfTime with years as dcat:startDate / dcat:endDate."""
        per = iri + "/period"
        self.add(iri, N(DCT + "temporal"), N(per))
        self.add(per, A, N(DCT + "PeriodOfTime"))
        if start:
            self.add(per, N(DCAT + "startDate"), lit(start, dtype="gYear"))
        if end:
            self.add(per, N(DCAT + "endDate"), lit(end, dtype="gYear"))
        return per

    def _stated_period(self, iri: str, c: Citation) -> None:
        """The cited document's period as the citing text states it."""
        start, end = stated_period(re.sub(r"[“”\"]", "", c.subject or ""))
        if start or end:
            self.period(iri, start, end)

    def _infer_implementation(self, cited: dict[str, list[tuple[Citation, str]]]) -> None:
        """A cited plan "thực hiện “<programme>”" implements the decision that approved the
        programme, when this document cites that decision with "phê duyệt <programme>"."""
        approvals = []
        for iri, cs in cited.items():
            for c, _ in cs:
                if c.subject and c.doc_type == "Quyết định":
                    s = key(re.sub(r"^(về\s+)?(việc\s+)?phê duyệt\s+", "", c.subject))
                    if s:
                        approvals.append((iri, _norm_title(s)))
        for iri, cs in cited.items():
            for c, node in cs:
                if c.doc_type != "Kế hoạch" or not c.subject:
                    continue
                quoted = re.findall(r"[“\"]([^”\"]{20,})[”\"]", c.subject)
                for q in quoted:
                    qn = _norm_title(key(q))
                    for dec, title in approvals:
                        if dec != iri and (qn in title or title in qn):
                            inf = f"{iri}/inferred-implements"
                            self.add(iri, N(ELI + "ensures_implementation_of"), N(dec))
                            self.add(inf, A, kh("Citation"))
                            self.add(iri, kh("citation"), N(inf))
                            self.add(inf, kh("citedDocument"), N(dec))
                            self.add(inf, kh("citationKind"), kh("cites-implements"))
                            self.add(inf, kh("inferred"), lit("true", dtype="boolean"))
                            self.add(inf, N(PROV + "wasDerivedFrom"), N(node + "/source"))
                            break

    def _reporting(self) -> None:
        for i, r in enumerate(self.doc.reporting, start=1):
            node = f"{self.doc_iri}/reporting/{i}"
            self.add(node, A, kh("ReportingDuty"))
            self.add(self.doc_iri, kh("reportingDuty"), N(node))
            self.add(node, N(DCT + "description"), lit(r.text, "vi"))
            if r.day:
                self.add(node, N(SCHEMA + "byMonthDay"), lit(r.day, dtype="integer"))
            if r.month:
                self.add(node, N(SCHEMA + "byMonth"), lit(r.month, dtype="integer"))
            if r.annual:
                self.add(node, N(SCHEMA + "repeatFrequency"), lit("P1Y"))
            elif r.day and r.month and r.year:
                self.add(node, kh("deadline"), lit(f"{r.year:04d}-{r.month:02d}-{r.day:02d}", dtype="date"))
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
            self.add(self.doc_iri, kh("duty"), N(node))
            self.add(node, kh("localId"), lit(d.local_id))
            self.add(node, kh("sequence"), lit(i, dtype="integer"))
            self.add(node, N(DCT + "description"), lit(d.text, "vi"))
            self.add(node, kh("searchText"), lit(fold(d.text)))
            self.span(node, d.span)
            for role, phrases in (("lead", d.leads), ("support", d.supports)):
                n = 0
                for phrase in phrases:
                    for m in self.resolve(phrase):
                        n += 1
                        a = f"{node}/assignment/{role}/{n}"
                        self.add(node, kh("assignment"), N(a))
                        self.add(a, A, kh("Assignment"))
                        self.add(a, kh("agency"), N(self.agency(m)))
                        self.add(a, kh("role"), kh("role-" + role))
                        self.add(a, kh("asPrinted"), lit(m.printed))
                        self.add(a, N(PROV + "wasDerivedFrom"), N(node + "/source"))


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

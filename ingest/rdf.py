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
from collections.abc import Callable

from pyoxigraph import Literal, NamedNode, Triple

from kehoach.vocab import (
    BASE,
    DCT,
    ELI,
    GAZ,
    IANA_MEDIA,
    OA,
    ORG,
    PROV,
    RDF,
    RFC5147,
    SKOS,
)

from .agencies import Entry, Gazetteer, Mention
from .citations import number_key, number_parts
from .header import UY
from .iris import COUNTRY, COUNTRY_IRI, Identity, Place, concrete_label, concrete_label_en, make_place, names_of
from .metadata import UNIT_WORDS
from .model import Document, Span, Task
from .places import FORMER_PROVINCE_NAMES, FORMER_PROVINCIAL_CITIES, places
from .rdf_citations import CitationsAndDuties
from .rdf_terms import (
    CLASS_TYPES,
    DOC_CLASSES,
    LABEL,
    PART_CLASSES,
    PARTY_NUMBER,
    RFC3778,
    ROLE_LABELS,
    SOFTWARE,
    A,
    N,
    document_labels,
    first_words,
    is_legal,
    kh,
    lit,
)
from .reference import events_ending, issuer_kind_of_symbol
from .text import fold, slug

# a triple as Builder.add takes it: subject and predicate IRIs, an IRI (str) or a Literal object
Row = tuple[str, str, str | Literal]


# A span's exact text is quoted (oa:TextQuoteSelector) up to this many characters; a longer span
# is located by its lines alone. Every citation in a block quotes the whole block, so a text without
# blank lines citing thousands of documents (a 368 KB JSON file given as a plan) quoted 9,000 lines
# for each of 3,000 citations: 1.1 GB of N-Triples, 31 s, growing with the square of the text. The
# longest quote in the seeds and layouts is 2,852 characters (seed 004's legal basis).
MAX_QUOTE = 5000


class Builder:
    """Writes the triples of one document; the IRIs and places come from `Identity` (iris.py)."""

    def __init__(self, doc: Document, gazetteer: Gazetteer, tool_version: str):
        self.doc = doc
        self.gaz = gazetteer
        self.version = tool_version
        # (subject, predicate, object) as given to add(), in the order written; made into Triples
        # once, sorted and without duplicates, by ordered_triples()
        self.rows: list[Row] = []
        self._seen_agencies: set[str] = set()
        self._seen_places: set[str] = set()
        self._agency_labels: dict[str, tuple[str, str | None]] = {}
        self._minted: set[str] = set()          # citation / reporting / assignment IRIs used so far
        self._suffixes: dict[str, int] = {}     # by IRI asked for: the suffix unique() last gave it
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
    def add(self, s: str, p: str, o: str | Literal | None) -> None:
        """One triple: IRIs as str (rdf_terms.N, kh), a literal as a Literal (lit); no object, none."""
        if o is None:
            return
        self.rows.append((s, p, o))

    @property
    def triples(self) -> list[Triple]:
        """The triples written so far, in the order written (duplicates kept)."""
        return [Triple(NamedNode(s), NamedNode(p), NamedNode(o) if isinstance(o, str) else o)
                for s, p, o in self.rows]

    @triples.setter
    def triples(self, triples: list[Triple]) -> None:
        rows: list[Row] = []
        for t in triples:
            s, o = t.subject, t.object
            if not isinstance(s, NamedNode) or not isinstance(o, NamedNode | Literal):
                raise ValueError(f"a document's triples have IRIs and literals only: {t}")
            rows.append((s.value, t.predicate.value, o.value if isinstance(o, NamedNode) else o))
        self.rows = rows

    def label(self, node: str, vi: str, en: str | None = None) -> None:
        """rdfs:label in Vietnamese, and in English where there is an English name."""
        self.add(node, LABEL, lit(vi, "vi"))
        if en:
            self.add(node, LABEL, lit(en, "en"))

    def unique(self, iri: str) -> str:
        """`iri`, or `iri-2`, `iri-3`... when this document already minted it (two mentions of one
        document on one line, one agency printed twice in a task's leads)."""
        # every suffix below the one last given is taken: not tried again (a thousand citations of
        # one document in one paragraph: quadratic)
        n = self._suffixes.get(iri, 1)
        out = iri if n == 1 else f"{iri}-{n}"
        while out in self._minted:
            n += 1
            out = f"{iri}-{n}"
        self._suffixes[iri] = n
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
        if len(span.quote) <= MAX_QUOTE:
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
            if "/" not in p.path and p.name in FORMER_PROVINCE_NAMES:
                # the name it bore until it became a centrally-run city: a document of before then was issued there
                self.add(p.iri, kh("formerName"), lit(FORMER_PROVINCE_NAMES[p.name], "vi"))
                self.add(p.iri, kh("renamedOn"), lit(FORMER_PROVINCIAL_CITIES[p.name].isoformat(), dtype="date"))
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
                e = self.gaz.entry(kind)
                if e is None:
                    continue
                successor = self.agency(Mention(e.label, e, False), COUNTRY if e.level == "national" else place)
                self.add(node, N(ORG + "resultingOrganization"), N(successor))
                self.add(successor, N(ORG + "resultedFrom"), N(node))

    def resolve(self, phrase: str) -> list[Mention]:
        return self.gaz.resolve(phrase, self.places_names)

    def issuer_agency(self, text: str | None, place: Place | None) -> str | None:
        """The agency that issued a cited document. "Ủy ban nhân dân thành phố Đà Nẵng" is the
        UBND kind placed in Đà Nẵng, whatever the citing plan's own jurisdiction; "… thành phố Long Xuyên", a city
        of a province, that city's committee."""
        if not text:
            return None
        names = self.places_names + (names_of(place) if place else ())
        ms = [m for m in self.gaz.resolve(text, names) if not m.group]
        if not ms:
            return None
        m = ms[0]
        if m.entry and m.entry.level == "national":
            return self.agency(m, COUNTRY)
        if place is not None and place.level == "provincial-city" and m.entry and m.entry.level == "province":
            m = self.provincial_city_body(m.printed, m)
        return self.agency(m, place)

    def provincial_city_body(self, printed: str, m: Mention) -> Mention:
        """A body of province rank named in a city of a province: the city's committee when it is the committee of a
        city (the gazetteer's provincial city committee), else a body the gazetteer lacks, as printed."""
        entry = self.gaz.entry(PROVINCIAL_CITY_COMMITTEE)
        if m.entry is not None and m.entry.iri == CITY_COMMITTEE and entry is not None:
            return Mention(printed, entry, False, m.nonstandard)
        return Mention(printed, None, False)

    def national_entry(self, kind: str | None) -> Entry | None:
        """The gazetteer entry of a kind when it is a national body's (None for another level or no kind)."""
        entry = self.gaz.entry(kind) if kind else None
        return entry if entry is not None and entry.level == "national" else None

    def national_issuer(self, entry: Entry | None) -> str | None:
        """The national agency of a gazetteer entry (national_entry), None for none."""
        return self.agency(Mention(entry.label, entry, False, False), COUNTRY) if entry is not None else None

    def type_document(self, iri: str, cls: str | None, legal: bool, party: bool, typed: bool = True) -> None:
        """Classes and type concept: eli:LegalResource + eli:type_document, or eli:Work +
        eli:work_type (and kh:PartyDocument for Party documents); no type concept unless `typed`."""
        if cls:
            self.add(iri, A, kh(cls))
        self.add(iri, A, N(ELI + ("LegalResource" if legal else "Work")))
        if party:
            self.add(iri, A, kh("PartyDocument"))
        if cls and typed:
            self.add(iri, N(ELI + ("type_document" if legal else "work_type")),
                     kh("doctype-" + slug(CLASS_TYPES[cls])))

    def issued_by(self, iri: str, agency: str | None, legal: bool) -> None:
        if agency:
            self.add(iri, N(ELI + "passed_by") if legal else N(DCT + "creator"), N(agency))

    # -- the document ------------------------------------------------------------------------
    def build(self) -> list[Triple]:
        """The document's triples, in a stable order (by their N-Triples terms), without duplicates."""
        return ordered_triples(self.write())

    def write(self) -> list[Row]:
        """Adds every triple of the document (self.rows, in the order written)."""
        m = self.doc.meta
        doc = self.doc_iri
        # a document whose type nothing tells (a page with no title, type line or number) is still the plan its
        # tasks belong to (kh:Plan), but of no type: "Kế hoạch" would be a guess
        cls = DOC_CLASSES.get(m.doc_type or "", "Plan")
        legal = is_legal(cls, m.number)
        self.legal = legal
        self.type_document(doc, cls, legal, party=bool(m.number and PARTY_NUMBER.match(m.number)),
                           typed=m.doc_type in DOC_CLASSES)
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
            unit_entry = self.resolve(_without_place(m.issuer, m.jurisdiction))
            if unit_entry and unit_entry[0].entry is not None and m.jurisdiction_level == "provincial-city" and \
                    unit_entry[0].entry.level == "province":
                # the committee of a city of a province is no city of province rank's: the gazetteer's committee of
                # a provincial city (as a province's plan naming it places it: named_city); another body of
                # province rank, one the gazetteer lacks
                unit_entry = [self.provincial_city_body(m.issuer, unit_entry[0])]
            elif unit_entry and unit_entry[0].entry is None:
                unit_entry = self.resolve(m.issuer)      # a body the gazetteer lacks: named with its place
            if m.national and unit_entry and unit_entry[0].entry is None:
                # a letterhead cut short; of several bodies, the one the number's code names
                coded = self.national_entry(issuer_kind_of_symbol(number_parts(m.number)[2])) if m.number else None
                full = self.gaz.completed(m.issuer, coded)
                unit_entry = self.resolve(full) if full else unit_entry
            if unit_entry and not unit_entry[0].group:
                self.issued_by(doc, self.agency(unit_entry[0]), legal)   # placed by its level
        for co in m.co_issuers:     # the other bodies of a joint document, placed by their level as the first
            co_entry = self.resolve(co)
            if co_entry and not co_entry[0].group:
                self.issued_by(doc, self.agency(co_entry[0]), legal)
        if m.signer:
            self.add(doc, kh("signer"), lit(m.signer))
        if m.signer_title:
            self.add(doc, kh("signerTitle"), lit(m.signer_title))
        if m.period_start or m.period_end:
            self.span(CitationsAndDuties(self).period(doc, m.period_start, m.period_end), m.spans.get("period"))
        self.span(doc, m.spans.get("title") or m.spans.get("doc_type"))
        self._source_and_graph()
        self._parts()
        self._tasks()
        CitationsAndDuties(self)._citations()
        CitationsAndDuties(self)._reporting()
        CitationsAndDuties(self)._duties()
        return self.rows

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
                for m, place in self.placed(phrase):
                    ag = self.agency(m, place)
                    self.add(iri, kh(role), N(ag))
                    self.assignment(iri, role, m, ag)

    def placed(self, phrase: str) -> list[tuple[Mention, Place | None]]:
        """The mentions of a phrase, each with its place when it names another province (named_province)."""
        return [self.named_province(m) for m in self.resolve(phrase)]

    def named_province(self, m: Mention) -> tuple[Mention, Place | None]:
        """A body of another province than the document's, named with it ("Ủy ban nhân dân tỉnh Trà Vinh" in a
        Prime Minister's decision, "UBND thành phố Cần Thơ" in a ministry's plan): the gazetteer's kind placed in
        that province, as printed. A city's, district's, ward's or commune's committee named with its unit: in that
        unit (named_city, named_district, named_ward). Other mentions as they are, placed by the document."""
        if m.group:
            return m, None
        city = self.named_city(m)
        if city is not None:
            return city
        if m.entry is not None and m.entry.iri == CITY_COMMITTEE and self.ids.place is not None and \
                self.ids.place.level == "provincial-city":
            return self.provincial_city_body(m.printed, m), self.ids.place   # "UBND thành phố" in its own plan
        if m.entry is not None:
            return m, None
        named = _NAMED_PROVINCE.search(m.printed)
        unit = places().province(named.group("name")) if named else None
        if named is None or unit is None:
            return self.named_district(m) or self.named_ward(m) or (m, None)
        hits = [x for x in self.gaz.resolve(m.printed, (named.group("name"),)) if x.entry is not None]
        entry = hits[0].entry if len(hits) == 1 else None
        if entry is None or entry.level != "province":
            return m, None
        return Mention(m.printed, entry, False, hits[0].nonstandard), make_place(
            unit.name, "city" if unit.kind == "thành phố" else "province")

    def named_city(self, m: Mention) -> tuple[Mention, Place] | None:
        """The committee of a city of a province (of district rank, until 2025) named with its city ("UBND thành phố
        Hà Giang", "Ủy ban nhân dân thành phố Long Xuyên"): the gazetteer's provincial city committee placed in that
        city, in its province, the IRI the city's own documents give their issuer (the name alone had made it the
        committee of a city of province rank, placed in the document's province). None for any other mention."""
        named = _NAMED_PROVINCE.search(m.printed)
        if named is None or named.group("unit") == "tỉnh":
            return None
        name = named.group("name")
        province = places().provincial_city(name, self.doc.meta.date)
        if province is None:
            return None
        # (the gazetteer names "thành phố" in full: "UBND TP. Hà Giang" is looked up as "UBND thành phố Hà Giang")
        hits = [x for x in self.gaz.resolve(_TP.sub("thành phố ", m.printed), (name,)) if x.entry is not None]
        body = self.provincial_city_body(m.printed, hits[0]) if len(hits) == 1 else None
        if body is None or body.entry is None:
            return None
        return body, make_place(name, "provincial-city", make_place(province, "province"))

    def named_district(self, m: Mention) -> tuple[Mention, Place | None] | None:
        """A district's or town's committee of the document's province named with its unit ("UBND huyện Vị Xuyên" in a
        plan of Hà Giang, before 2025): the gazetteer's kind placed in that district, as the district's own
        documents place their issuer (it had been a body of the province's named "UBND huyện Vị Xuyên"). None for
        any other mention."""
        named = _NAMED_DISTRICT.search(m.printed)
        province = self.ids.province
        if named is None or province is None or province.level not in ("province", "city"):
            return None
        name, kind = named.group("name"), named.group("unit").lower()
        listed = [d for d in places().districts(name) if d.kind == kind and d.province == province.name]
        if len(listed) != 1:
            return None
        return self._unit_body(m, name, make_place(listed[0].name, UNIT_WORDS[kind], province))

    def named_ward(self, m: Mention) -> tuple[Mention, Place | None] | None:
        """A ward's, commune's or special zone's body of the document's province named with its unit ("UBND xã Dân
        Hóa" in a plan of Quảng Trị, which has that commune): the gazetteer's kind placed in that unit, as the unit's
        own documents place it (it had been a body of the province's named "UBND xã Dân Hóa"). None for any other
        mention."""
        named = _NAMED_WARD.search(m.printed)
        province = self.ids.province
        if named is None or province is None or province.level not in ("province", "city"):
            return None
        name, kind = named.group("name"), named.group("unit")
        if places().ward_province(name, kind) != province.name:
            return None
        return self._unit_body(m, name, make_place(places().ward_spelling(name), UNIT_WORDS[kind], province))

    def _unit_body(self, m: Mention, name: str, place: Place) -> tuple[Mention, Place] | None:
        """The one gazetteer kind of the district, ward or commune level `m` names with the unit `name` (its name
        without it, "UBND huyện"), placed in that unit; None when the gazetteer has no such kind."""
        hits = [x for x in self.gaz.resolve(m.printed, (name,)) if x.entry is not None]
        if len(hits) != 1 or hits[0].entry is None or hits[0].entry.level != "ward":
            return None
        return Mention(m.printed, hits[0].entry, False, hits[0].nonstandard), place


# a body named with a province at its end: "Ủy ban nhân dân tỉnh Trà Vinh", "Sở Y tế thành phố Cần Thơ"
_NAMED_PROVINCE = re.compile(r"\s(?P<unit>tỉnh|thành phố|TP\.?)\s+(?P<name>[^\s,;()].*)$")
# a body named with a district or a town at its end: "UBND huyện Vị Xuyên", "Ủy ban nhân dân thị xã Sa Pa"
_NAMED_DISTRICT = re.compile(r"\s(?P<unit>(?i:huyện|quận|thị xã))\s+(?P<name>[^\s,;()][^,;()]*)$")
_TP = re.compile(r"\bTP\.?\s*")
# the committee of a city of province rank, and of a city of a province (which prints the same name)
CITY_COMMITTEE, PROVINCIAL_CITY_COMMITTEE = (GAZ + "agency/uy-ban-nhan-dan-thanh-pho",
                                             GAZ + "agency/uy-ban-nhan-dan-thanh-pho-thuoc-tinh")
# a body named with a ward, a commune or a special zone at its end: "UBND xã Dân Hóa", "Ủy ban nhân dân phường Đồng Hới"
_NAMED_WARD = re.compile(r"\s(?P<unit>phường|xã|thị trấn|đặc khu)\s+(?P<name>[^\s,;()][^,;()]*)$")

_ISSUER_UNIT = re.compile(r"^(?P<body>.*\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường"
                          # a Party committee named with its place: "Tỉnh Ủy Thừa Thiên Huế"
                          rf"|(?i:tỉnh|thành) {UY}))\s+(?P<name>.+)$")


def _without_place(issuer: str, jurisdiction: str | None) -> str:
    """The issuer without its place, the kind the gazetteer names ("UBND tỉnh Đồng Tháp" -> "UBND
    tỉnh"), also when it prints the province's older name ("UBND tỉnh Thừa Thiên Huế", now Huế)."""
    if not jurisdiction:
        return issuer
    m = _ISSUER_UNIT.match(issuer)
    if m and m.group("name") != jurisdiction:
        unit = places().province(m.group("name"))
        if unit is not None and unit.name == jurisdiction:
            return m.group("body")
    return issuer.replace(f" {jurisdiction}", "")


def _ordered(rows: list[Row]) -> tuple[list[Row], list[str]]:
    """The triples written, without duplicates, sorted by the N-Triples text of subject, predicate
    and object, and their sort keys ("<s>\\0<p>\\0o"). A triple's key is its three texts joined by
    NUL, which no N-Triples term contains (IRIs cannot, literals escape it), so one string
    comparison orders as comparing (subject, predicate, object) would. A literal is written out
    once (the quote of a paragraph cited a thousand times is one string, not a thousand)."""
    texts: dict[Literal, str] = {}
    unique: dict[str, Row] = {}
    for t in rows:
        s, p, o = t
        if isinstance(o, str):
            key = f"<{s}>\0<{p}>\0<{o}>"
        else:
            c = texts.get(o)
            if c is None:
                c = texts[o] = str(o)
            key = f"<{s}>\0<{p}>\0{c}"
        if key not in unique:
            unique[key] = t
    keys = sorted(unique)
    return [unique[k] for k in keys], keys


def ordered_triples(rows: list[Row]) -> list[Triple]:
    """pyoxigraph Triples of what a Builder wrote: stable order, no duplicates (see _ordered); one
    NamedNode per IRI."""
    nodes: dict[str, NamedNode] = {}
    out = []
    for s, p, o in _ordered(rows)[0]:
        ns = nodes.get(s)
        if ns is None:
            ns = nodes[s] = NamedNode(s)
        np = nodes.get(p)
        if np is None:
            np = nodes[p] = NamedNode(p)
        if isinstance(o, str):
            no = nodes.get(o)
            if no is None:
                no = nodes[o] = NamedNode(o)
            out.append(Triple(ns, np, no))
        else:
            out.append(Triple(ns, np, o))
    return out


def build_document(doc: Document, gazetteer: Gazetteer, tool_version: str) -> tuple[str, str, list[Triple]]:
    b = Builder(doc, gazetteer, tool_version)
    triples = b.build()
    return b.graph_iri, b.doc_iri, triples


def build_ntriples(doc: Document, gazetteer: Gazetteer, tool_version: str,
                   extra: Callable[[str, list[Row]], list[Row]] | None = None) -> tuple[str, str, str, int]:
    """What build_document gives, as the N-Triples text a store reads (graph, document, text,
    number of triples), without making pyoxigraph Triples: the text is byte for byte
    "".join(f"{t.subject} {t.predicate} {t.object} .\\n" for t in build_document(...)[2]).
    `extra(graph, rows)`: rows to add to what the builder wrote (the pipeline's statistics)."""
    b = Builder(doc, gazetteer, tool_version)
    written = b.write()
    if extra is not None:
        written = written + extra(b.graph_iri, written)
    lines = _ntriples_lines(written)
    return b.graph_iri, b.doc_iri, "".join(lines), len(lines)


def _ntriples_lines(rows: list[Row]) -> list[str]:
    """The N-Triples lines of the triples written, without duplicates, in _ordered's order, every IRI
    checked as build_document checks it. Sorting the lines is sorting _ordered's keys: a term's text
    ends where an IRI's ">" or a literal's last character does, so the separator after a term is
    compared only when the terms before it are equal (and " .\n" after a literal that begins
    another, `"a"` before `"a"@vi`, sorts it first as the key's end does)."""
    texts: dict[Literal, str] = {}
    lines: set[str] = set()
    iris: set[str] = set()
    add, iri = lines.add, iris.add
    for s, p, o in rows:
        if isinstance(o, str):
            add(f"<{s}> <{p}> <{o}> .\n")
            iri(o)
        else:
            c = texts.get(o)
            if c is None:
                c = texts[o] = str(o)
            add(f"<{s}> <{p}> {c} .\n")
        iri(s)
        iri(p)
    for x in iris:
        NamedNode(x)
    return sorted(lines)

"""The builder's second half: what a document cites (citations, cited documents, periods, the
implementation links the builder infers), its reporting duties and standing duties. Part of
`ingest.rdf.Builder` (which calls it), kept apart so that each module has one job and a readable size."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kehoach.vocab import (
    DCAT,
    DCT,
    ELI,
    PROV,
    SCHEMA,
)

from .citations import number_key, number_parts
from .iris import PROVINCE_LEVELS, Cited, Place, seg
from .metadata import stated_period
from .model import Citation
from .numbers import symbol_codes
from .rdf_terms import (
    MONTHS_EN,
    PARTY_NUMBER,
    A,
    N,
    document_class,
    document_labels,
    first_words,
    is_legal,
    kh,
    lit,
)
from .reference import issuer_kind_of_symbol
from .text import fold, key

if TYPE_CHECKING:
    from .agencies import Entry
    from .rdf import Builder


class CitationsAndDuties:
    """Writes a document's citations, reporting duties and standing duties through its Builder."""

    def __init__(self, b: Builder):
        self.b = b

    # -- citations ------------------------------------------------------------------------------
    def _citations(self) -> None:
        # a number's year where it is printed dated (the last such), its issuer where it is printed with one (the first)
        year_hint: dict[str, int] = {}
        issuer_hint: dict[str, str] = {}
        for c in self.b.doc.citations:
            if c.number and (c.date or c.issuer):
                nk = number_key(c.number)
                if c.date:
                    year_hint[nk] = c.date.year
                if c.issuer:
                    issuer_hint.setdefault(nk, c.issuer)
        cited: dict[str, list[tuple[Citation, str, Cited]]] = {}
        doc = self.b.doc_iri
        for c in self.b.doc.citations:
            target = self.b.ids.cited(c, year_hint, issuer_hint)
            if target.iri == doc:
                continue
            node = self.b.unique(f"{doc}/citation/{c.span.start}-{target.key}")
            cited.setdefault(target.iri, []).append((c, node, target))
            legal = self._cited_document(target, c)
            self.b.add(node, A, kh("Citation"))
            self.b.add(doc, kh("citation"), N(node))
            self.b.add(node, kh("citedDocument"), N(target.iri))
            self.b.add(node, kh("citationKind"), kh({"implements": "cites-implements", "based_on": "cites-based-on",
                                                   "mention": "cites-mention", "related": "cites-related"}[c.kind]))
            if c.number:
                self.b.add(node, kh("citedNumber"), lit(_display_number(c.number)))
            if c.date:
                self.b.add(node, kh("citedDate"), lit(c.date.isoformat(), dtype="date"))
            if c.issuer:
                self.b.add(node, kh("citedIssuer"), lit(c.issuer))
            if c.number_printed:
                self.b.add(node, kh("asPrinted"), lit(c.number_printed))
            short = _display_number(c.number) if c.number else (c.title or target.key)
            self.b.label(node, f"Trích dẫn {short} (dòng {c.span.start})", f"Citation of {short} (line {c.span.start})")
            self.b.span(node, c.span)
            if c.kind == "related":
                # a portal's list of documents related to this one: the portal relates them, the text cites none
                self.b.add(doc, N(DCT + "relation"), N(target.iri))
                continue
            self.b.add(doc, N(ELI + "cites"), N(target.iri))
            if c.kind == "implements":
                # eli:ensures_implementation_of has eli:LegalResource as its range: what carries out
                # a Party resolution or a letter says so with kh:carriesOut
                self.b.add(doc, N(ELI + "ensures_implementation_of") if legal else kh("carriesOut"), N(target.iri))
            elif c.kind == "based_on":
                self.b.add(doc, N(ELI + "based_on"), N(target.iri))
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
        self.b.type_document(iri, cls, legal, party=bool(number and PARTY_NUMBER.match(number)))
        if number:
            num, _, symbol = number_parts(number)
            self.b.add(iri, N(ELI + "id_local"), lit(_display_number(number)))
            self.b.add(iri, N(ELI + "number"), lit(num))
            self.b.add(iri, kh("symbol"), lit(symbol))
            self.b.add(iri, kh("numberKey"), lit(number_key(number)))
        if ref is not None and ref.label_vi:
            self.b.label(iri, ref.label_vi, ref.label_en)
        else:
            name = None
            if not number and c.title:
                name = re.sub(r"\s*(năm\s+)?\b(19|20)\d{2}\b", "", c.title).strip()
            ym = re.search(r"\b((?:19|20)\d{2})\b", c.title or "")
            self.b.label(iri, *document_labels(cls, _display_number(number) if number else None, name,
                                             year=int(ym.group(1)) if ym else None))
        if c.title and ref is None:
            self.b.add(iri, N(DCT + "title"), lit(c.title, "vi"))
        if c.subject:
            self.b.add(iri, kh("subject"), lit(c.subject, "vi"))
            self._stated_period(iri, c)
        if ref is None:
            # the national body its symbol's code names, if any ("71/NQ-CP": the Government)
            coded = self.b.national_entry(issuer_kind_of_symbol(number_parts(number)[2])) if number else None
            if c.issuer:
                issuer = _committee_of_province(_named_in_full(c.issuer, coded), number, target.place)
                self.b.issued_by(iri, self.b.issuer_agency(issuer, target.place), legal)
            else:
                # no issuer printed: that national body
                self.b.issued_by(iri, self.b.national_issuer(coded), legal)
            if target.place is not None:
                self.b.add(iri, N(ELI + "jurisdiction"), N(self.b.place_node(target.place)))
        return legal

    def period(self, iri: str, start: int | None, end: int | None) -> str:
        """dct:temporal -> a dct:PeriodOfTime with years as dcat:startDate / dcat:endDate."""
        per = iri + "/period"
        self.b.add(iri, N(DCT + "temporal"), N(per))
        self.b.add(per, A, N(DCT + "PeriodOfTime"))
        if start:
            self.b.add(per, N(DCAT + "startDate"), lit(start, dtype="gYear"))
        if end:
            self.b.add(per, N(DCAT + "endDate"), lit(end, dtype="gYear"))
        span = f"{start or '…'}–{end or '…'}"
        self.b.label(per, f"giai đoạn {span}", f"period {span}")
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
                            self.b.add(iri, kh("inferredImplementationOf"), N(dec))
                            self.b.add(inf, A, kh("Citation"))
                            self.b.add(iri, kh("citation"), N(inf))
                            self.b.add(inf, kh("citedDocument"), N(dec))
                            self.b.add(inf, kh("citationKind"), kh("cites-implements"))
                            self.b.add(inf, kh("inferred"), lit("true", dtype="boolean"))
                            self.b.add(inf, N(PROV + "wasDerivedFrom"), N(node + "/source"))
                            who = _display_number(c.number) if c.number else target.key
                            whom = _display_number(dc.number) if dc.number else dtarget.key
                            self.b.label(inf, f"Suy luận: {who} thực hiện {whom}",
                                       f"Inferred: {who} carries out {whom}")
                            break

    # -- duties -----------------------------------------------------------------------------------
    def _reporting(self) -> None:
        for r in self.b.doc.reporting:
            node = self.b.unique(f"{self.b.doc_iri}/reporting/{r.span.start}")
            self.b.add(node, A, kh("ReportingDuty"))
            self.b.add(self.b.doc_iri, kh("reportingDuty"), N(node))
            self.b.add(node, N(DCT + "description"), lit(r.text, "vi"))
            self.b.label(node, f"Báo cáo (dòng {r.span.start})", f"Reporting duty (line {r.span.start})")
            if r.day and r.month and (r.annual or not r.year):
                sched = node + "/schedule"
                self.b.add(node, kh("schedule"), N(sched))
                self.b.add(sched, A, N(SCHEMA + "Schedule"))
                self.b.add(sched, N(SCHEMA + "byMonthDay"), lit(r.day, dtype="integer"))
                self.b.add(sched, N(SCHEMA + "byMonth"), lit(r.month, dtype="integer"))
                when_en = f"{r.day} {MONTHS_EN[r.month - 1]}" if 1 <= r.month <= 12 else f"{r.day}/{r.month}"
                if r.annual:
                    self.b.add(sched, N(SCHEMA + "repeatFrequency"), lit("P1Y"))
                    self.b.label(sched, f"trước ngày {r.day}/{r.month} hằng năm", f"by {when_en} every year")
                else:
                    self.b.label(sched, f"trước ngày {r.day}/{r.month}", f"by {when_en}")
            elif r.day and r.month and r.year:
                self.b.add(node, kh("deadline"), lit(f"{r.year:04d}-{r.month:02d}-{r.day:02d}", dtype="date"))
            elif r.annual:
                sched = node + "/schedule"
                self.b.add(node, kh("schedule"), N(sched))
                self.b.add(sched, A, N(SCHEMA + "Schedule"))
                self.b.add(sched, N(SCHEMA + "repeatFrequency"), lit("P1Y"))
                self.b.label(sched, "hằng năm", "every year")
            for phrase in r.reporters:
                for m, place in self.b.placed(phrase):
                    self.b.add(node, kh("reporter"), N(self.b.agency(m, place)))
            for prop, text in (("recipient", r.recipient), ("via", r.via)):
                if text:
                    ms = [(m, place) for m, place in self.b.placed(text) if not m.group]
                    if ms:
                        self.b.add(node, kh(prop), N(self.b.agency(*ms[0])))
            self.b.span(node, r.span)

    def _duties(self) -> None:
        """Standing duties: kh:Duty nodes of the document, never kh:Task (the `tasks` query and the
        task audits do not see them); agencies through qualified kh:Assignment nodes only."""
        for i, d in enumerate(self.b.doc.duties, start=1):
            node = f"{self.b.doc_iri}/duty/{seg(d.local_id)}"
            self.b.add(node, A, kh("Duty"))
            self.b.subdivision(node, "duty", self.b.doc_iri)
            self.b.add(self.b.doc_iri, kh("duty"), N(node))
            self.b.add(node, kh("localId"), lit(d.local_id))
            self.b.add(node, kh("sequence"), lit(i, dtype="integer"))
            self.b.add(node, N(DCT + "description"), lit(d.text, "vi"))
            self.b.label(node, f"{d.local_id} {first_words(d.text)}".strip())
            self.b.add(node, kh("searchText"), lit(fold(d.text)))
            self.b.span(node, d.span)
            for role, phrases in (("lead", d.leads), ("support", d.supports)):
                for phrase in phrases:
                    for m, place in self.b.placed(phrase):
                        self.b.assignment(node, role, m, self.b.agency(m, place))



def _norm_title(s: str) -> str:
    s = re.sub(r"[“”\"]", "", s)
    s = re.sub(r"\bvăn hóa - xã hội\b", "văn hóa-xã hội", s)
    return re.sub(r"\s+", " ", s.replace("–", "-")).strip()


def _display_number(n: str) -> str:
    """Symbols printed in capitals ("QĐ-TTG") keep the usual case of well-known codes."""
    return re.sub(r"-TTG\b", "-TTg", n)


# a Party committee printed without its unit ("Kết luận số 20-KL/TU … của Ban Chấp hành Đảng bộ khóa XIII")
_BARE_EXECUTIVE = re.compile(r"Ban\s+[Cc]hấp\s+[Hh]ành\s+Đảng\s+bộ")


def _committee_of_province(issuer: str, number: str | None, place: Place | None) -> str:
    """"Ban Chấp hành Đảng bộ" printed alone, for a document numbered as a province's Party committee numbers ("…/TU")
    and placed in a province or centrally-run city: that committee, "Ban Chấp hành Đảng bộ tỉnh" (the gazetteer's Tỉnh
    ủy) or "… thành phố" (Thành ủy); it had been a body of its own, "Ban Chấp hành Đảng bộ". Elsewhere, or numbered
    otherwise, left as printed."""
    if not _BARE_EXECUTIVE.fullmatch(issuer) or number is None or place is None or place.level not in PROVINCE_LEVELS:
        return issuer
    if not {"TU", "TƯ"} & {code.upper() for code in symbol_codes(number_parts(number)[2])}:
        return issuer
    return f"Ban Chấp hành Đảng bộ {place.unit_word}"


def _named_in_full(issuer: str, coded: Entry | None) -> str:
    """A national body printed short, as its number's code names it (`coded`): "Chỉ thị số 02/CT-NHNN … của Ngân hàng
    Nhà nước" is the State Bank's, "Ngân hàng Nhà nước Việt Nam" (the short name alone is its provincial branch)."""
    return coded.label if coded is not None and key(coded.label).startswith(key(issuer) + " ") else issuer

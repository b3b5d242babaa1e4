"""Reference data the builder needs to give a thing the same identity in every graph: documents
known a priori (ontology/documents.ttl: their IRI, number, date, name, label) and the 2025 change
events between agency kinds (ontology/agencies.ttl), which the builder applies to the concrete
agencies a document names.

Pure lookups over two small files, read once per process (pyoxigraph, no rdflib).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kehoach.vocab import ELI, KH, PROV, RDF, RDFS, SCHEMA, SKOS

from .numbers import symbol_code_type, symbol_codes
from .text import fold

_A = RDF + "type"


@dataclass(frozen=True)
class RefDocument:
    """A document of ontology/documents.ttl (or a legal basis of a change event)."""
    iri: str
    number: str | None            # eli:id_local, "89/2025/QH15"
    number_key: str | None        # kh:numberKey, "89/2025/qh15"
    doc_class: str | None         # local name of its kh: class, "Law"
    date: dt.date | None          # eli:date_document
    in_force: dt.date | None      # eli:first_date_entry_in_force
    names: tuple[str, ...]        # folded skos:altLabel values: names a text may use ("luat ngan sach nha nuoc")
    label_vi: str | None
    label_en: str | None


@dataclass(frozen=True)
class ChangeEvent:
    """A change event between agency kinds (kh:originalKind -> kh:resultingKind)."""
    iri: str
    name: str                     # local part of the IRI, "2025-so-noi-vu"
    classes: tuple[str, ...]      # kh: classes, ("Merger",)
    original: tuple[str, ...]     # gazetteer entry IRIs
    resulting: tuple[str, ...]
    started: str | None           # prov:startedAtTime, lexical
    not_after: str | None         # kh:effectiveNotAfter, lexical
    legal_basis: str | None
    applies_in: str | None        # place IRI
    label_vi: str | None
    label_en: str | None


def _load(name: str) -> list[ox.Triple]:
    from kehoach.resources import data_file
    return [q.triple for q in ox.parse(path=str(data_file("ontology", name)), format=ox.RdfFormat.TURTLE)]


def _index(triples: list[ox.Triple]) -> dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]]:
    out: dict[str, dict[str, list]] = {}
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            out.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
    return out


def _one(props: dict[str, list], p: str) -> str | None:
    vals = sorted(v.value for v in props.get(p, []))
    return vals[0] if vals else None


def _lang(props: dict[str, list], p: str, lang: str) -> str | None:
    vals = sorted(v.value for v in props.get(p, []) if isinstance(v, ox.Literal) and v.language == lang)
    return vals[0] if vals else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


@lru_cache(maxsize=1)
def reference_documents() -> tuple[RefDocument, ...]:
    """Documents described in ontology/documents.ttl and ontology/agencies.ttl (legal bases)."""
    idx = _index(_load("documents.ttl") + _load("agencies.ttl"))
    out = []
    for iri, props in sorted(idx.items()):
        types = {v.value for v in props.get(_A, [])}
        if ELI + "LegalResource" not in types and ELI + "Work" not in types:
            continue
        cls = next((t[len(KH):] for t in sorted(types) if t.startswith(KH)), None)
        names = tuple(sorted({fold(v.value) for v in props.get(SKOS + "altLabel", [])}))
        out.append(RefDocument(iri, _one(props, ELI + "id_local"), _one(props, KH + "numberKey"), cls,
                               _date(_one(props, ELI + "date_document")),
                               _date(_one(props, ELI + "first_date_entry_in_force")), names,
                               _lang(props, RDFS + "label", "vi"), _lang(props, RDFS + "label", "en")))
    return tuple(out)


def by_number_key(number_key: str) -> RefDocument | None:
    for d in reference_documents():
        if d.number_key == number_key:
            return d
    return None


YEAR_IN_NAME = re.compile(r"\s*(?:năm\s+)?\b(19|20)\d{2}\b\s*$", re.I)


def by_name(name: str, year: int | None, as_of: dt.date | None, date: dt.date | None = None) -> RefDocument | None:
    """The reference document a text names without a number ("Luật Ngân sách nhà nước", "Luật
    Ngân sách nhà nước năm 2025"): with the day it was passed (`date`), the one of that day; with a year, the one of
    that year, and of two that year (the two Luật Tổ chức chính quyền địa phương of 2025) the one in force on `as_of`;
    without, the one in force on `as_of` (the citing document's date), i.e. the latest entered into force by then;
    None when that cannot be told (no reference of that name, or several and no date to choose by)."""
    k = fold(YEAR_IN_NAME.sub("", name))
    cands = [d for d in reference_documents() if k in d.names]
    if date is not None and (same_day := [d for d in cands if d.date == date]):
        return same_day[0] if len(same_day) == 1 else None
    if year is not None:
        cands = [d for d in cands if d.date is not None and d.date.year == year]
        if len(cands) < 2:
            return cands[0] if cands else None
    if as_of is None:
        return cands[0] if len(cands) == 1 else None
    started = [d for d in cands if (d.in_force or d.date) is not None and (d.in_force or d.date) <= as_of]  # type: ignore[operator]
    if not started:
        return None
    return max(started, key=lambda d: d.in_force or d.date or dt.date.min)


@lru_cache(maxsize=1)
def _agency_records() -> dict[str, dict[str, list]]:
    """ontology/agencies.ttl by subject, read once for change_events and central_kinds."""
    return _index(_load("agencies.ttl"))


@lru_cache(maxsize=1)
def change_events() -> tuple[ChangeEvent, ...]:
    """The change events of ontology/agencies.ttl."""
    idx = _agency_records()
    out = []
    for iri, props in sorted(idx.items()):
        types = {v.value for v in props.get(_A, [])}
        if "http://www.w3.org/ns/org#ChangeEvent" not in types:
            continue
        out.append(ChangeEvent(
            iri, iri.rsplit("/", 1)[1], tuple(sorted(t[len(KH):] for t in types if t.startswith(KH))),
            tuple(sorted(v.value for v in props.get(KH + "originalKind", []))),
            tuple(sorted(v.value for v in props.get(KH + "resultingKind", []))),
            _one(props, PROV + "startedAtTime"), _one(props, KH + "effectiveNotAfter"),
            _one(props, KH + "legalBasis"), _one(props, KH + "appliesIn"),
            _lang(props, RDFS + "label", "vi"), _lang(props, RDFS + "label", "en")))
    return tuple(out)


def events_ending(kind_iri: str) -> list[ChangeEvent]:
    """Events after which an agency kind no longer exists."""
    return [e for e in change_events() if kind_iri in e.original]


@lru_cache(maxsize=1)
def _issuer_code_records() -> tuple[dict[str, list], ...]:
    """The records of ontology/issuer-codes.ttl, read once for issuer_codes and typed_issuer_codes."""
    return tuple(_index(_load("issuer-codes.ttl")).values())


@lru_cache(maxsize=1)
def issuer_codes() -> dict[str, tuple[str, ...]]:
    """The issuer codes of document symbols (ontology/issuer-codes.ttl): code -> the agency kinds
    that print it ("CP" -> Chính phủ; "TW" -> Bộ Chính trị and Ban Bí thư)."""
    out: dict[str, set[str]] = {}
    for props in _issuer_code_records():
        if KH + "typeCode" in props:
            continue                            # read after its type only (typed_issuer_codes)
        for code in props.get(KH + "code", []):
            out.setdefault(code.value, set()).update(v.value for v in props.get(KH + "issuerKind", []))
    return {code: tuple(sorted(kinds)) for code, kinds in out.items()}


@lru_cache(maxsize=1)
def typed_issuer_codes() -> dict[tuple[str, str], tuple[str, ...]]:
    """The issuer codes that name their body only after a type code (ontology/issuer-codes.ttl, kh:typeCode): (type
    code, code) -> agency kinds ("TT", "BTC") -> Bộ Tài chính: a circular's; "…/KH-BTC" may be an organising
    committee's."""
    out: dict[tuple[str, str], set[str]] = {}
    for props in _issuer_code_records():
        for type_code in props.get(KH + "typeCode", []):
            for code in props.get(KH + "code", []):
                out.setdefault((type_code.value, code.value), set()).update(
                    v.value for v in props.get(KH + "issuerKind", []))
    return {key: tuple(sorted(kinds)) for key, kinds in out.items()}


@lru_cache(maxsize=1)
def council_codes() -> dict[str, str]:
    """The codes only people's committees or only people's councils print (ontology/issuer-codes.ttl): code ->
    "ubnd" or "hdnd" ("UBND", "UB", "CTUBND" -> "ubnd"; "HĐND" -> "hdnd")."""
    out: dict[str, str] = {}
    for code, kinds in issuer_codes().items():
        names = {kind.rsplit("/", 1)[-1] for kind in kinds}
        for prefix, body in (("uy-ban-nhan-dan-", "ubnd"), ("hoi-dong-nhan-dan-", "hdnd")):
            if names and all(name.startswith(prefix) for name in names):
                out[code] = body
    return out


# the National Assembly's term after its or its Standing Committee's code ("39/2009/QH12", "…/NQ-UBTVQH15"): no part
# of the code
ASSEMBLY_TERM = re.compile(r"(?<=QH)\d{1,2}$")
# a provincial department's code ("SYT", "SGDĐT", "STTTT", "SKHCN", "SXD")
DEPARTMENT_CODE = re.compile(r"S[A-ZĐ&]{2,}")
# a code of the form the ministries' take ("BNNPTNT", "BGTVT", "BCĐ"): a body's, not one of its units' ("GDPT", "VP")
MINISTRY_LIKE_CODE = re.compile(r"B[A-ZĐ&]{2,}")


def issuer_kinds_of_symbol(symbol: str) -> tuple[str, ...]:
    """The agency kinds that print the one issuer code of a symbol ("KL/TW" -> Bộ Chính trị, Ban Bí
    thư; a letter's, which has no type code, "BVHTTDL-VHCS" -> Bộ Văn hóa, Thể thao và Du lịch); none
    when it has no code or several (a joint document)."""
    codes = issuer_codes()
    # (the Assembly's codes stand with its term: a bare "QH" is not its, "156/QH-HĐPH" a misprinted "QĐ")
    parts = [ASSEMBLY_TERM.sub("", part) for part in symbol_codes(symbol) if part not in ("QH", "UBTVQH")]
    if symbol_code_type(symbol) and len(parts) == 1:
        # a code read after its type only ("TT-BTC": the Ministry of Finance's circular)
        typed = typed_issuer_codes().get((re.split(r"[-/]", symbol)[0], parts[0]))
        if typed:
            return typed
    named = [part for part in parts if part in codes]
    # (another body's code this list does not hold makes it a joint one too: "112/BTNMT-BKHĐT-VP", two ministries')
    others = [part for part in parts if part not in codes and MINISTRY_LIKE_CODE.fullmatch(part)]
    return codes[named[0]] if len(named) == 1 and not others else ()


@lru_cache(maxsize=1)
def department_codes() -> dict[str, str]:
    """The code a provincial department's numbers print, its name's initials ("Sở Giáo dục và Đào tạo" -> "SGDĐT",
    "Sở Văn hóa, Thể thao và Du lịch" -> "SVHTTDL", "Sở Lao động - Thương binh và Xã hội" -> "SLĐTBXH"), for the
    gazetteer's departments (kh:level-province entries named "Sở …", ontology/agencies.ttl) -> the department's name;
    initials two departments share ("SNV": Nội vụ, Ngoại vụ) name neither."""
    named: dict[str, set[str]] = {}
    for props in _agency_records().values():
        label = _lang(props, SKOS + "prefLabel", "vi")
        if label and label.startswith("Sở ") and \
                any(v.value == KH + "level-province" for v in props.get(KH + "level", [])):
            initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", label) if w != "và").upper()
            named.setdefault(initials, set()).add(label)
    return {code: labels.pop() for code, labels in named.items() if len(labels) == 1}


def names_a_department(symbol: str) -> bool:
    """Whether a symbol's first issuer code is a provincial department's ("KH-SYT", "SGDĐT-GDPT")."""
    codes = symbol_codes(symbol)
    return bool(codes) and DEPARTMENT_CODE.fullmatch(codes[0]) is not None


def department_of_code(code: str) -> str | None:
    """The department a code names by its initials (department_codes), "&" left out ("SGD&ĐT"), else None."""
    return department_codes().get(code.replace("&", "").upper())


@lru_cache(maxsize=1)
def central_kinds() -> frozenset[str]:
    """The gazetteer's entries for central bodies (kh:level kh:level-national, ontology/agencies.ttl)."""
    return frozenset(iri for iri, props in _agency_records().items()
                     if any(v.value == KH + "level-national" for v in props.get(KH + "level", [])))


def names_a_central_issuer(symbol: str) -> bool:
    """Whether one of a symbol's issuer codes names a central body ("QĐ-TTg", "NQ/TW", "TT-BTC", "TTLT-BGDĐT-BNV",
    "QH15"; ontology/issuer-codes.ttl): its number is then the country's. Else the number is one body's among the
    many of its kind (a province's department, a district's office, a school: "12/KH-SYT"), or says nothing of its
    issuer."""
    central, codes, typed = central_kinds(), issuer_codes(), typed_issuer_codes()
    head = re.split(r"[-/]", symbol)[0]
    for part in symbol_codes(symbol):
        part = ASSEMBLY_TERM.sub("", part)
        kinds = typed.get((head, part)) or codes.get(part)
        if kinds and all(kind in central for kind in kinds):
            return True
    return False


def issuer_kind_of_symbol(symbol: str) -> str | None:
    """The one agency kind a symbol's issuer code names ("NQ-CP" -> Chính phủ, "QĐ-TTg" -> Thủ
    tướng Chính phủ); None when no code, several codes (a joint document) or a code several kinds
    print ("KL/TW")."""
    kinds = issuer_kinds_of_symbol(symbol)
    return kinds[0] if len(kinds) == 1 else None


@lru_cache(maxsize=1)
def press_outlets() -> dict[str, str]:
    """Provincial newspapers by the code they print before a news item (ontology/press-outlets.ttl): code -> the
    province they serve ("QNO" -> "Quảng Nam")."""
    out: dict[str, str] = {}
    for props in _index(_load("press-outlets.ttl")).values():
        for code in props.get(SKOS + "notation", []):
            area = _one(props, SCHEMA + "areaServed")
            if area:
                out[code.value] = area
    return out

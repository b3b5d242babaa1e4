"""Provinces and centrally-run cities, national bodies and national documents -> Wikidata items
(`link_wikidata`), over SPARQL through kehoach.sparql_client, in named graph
khr:graph/links/wikidata (see kehoach.link)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kehoach.errors import LinkError
from kehoach.sparql_client import SparqlClient
from kehoach.store import Store, bound
from kehoach.vocab import BASE, DCT, KH, OWL, PROV, RDFS, SKOS, WD, WDT, WIKIDATA_GRAPH, XSD

from .common import COUNTRY, A, N, Triples, graph_triples, log_entry

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
THRESHOLD = 70           # confidence in hundredths: link at 0.70 and above ...
MARGIN = 15              # ... when ahead of the next candidate by 0.15
VIETNAM = WD + "Q881"                   # Việt Nam
DISAMBIGUATION = WD + "Q4167410"        # Wikimedia disambiguation page
WD_PREFIXES = (f"PREFIX wd: <{WD}>\nPREFIX wdt: <{WDT}>\nPREFIX rdfs: <{RDFS}>\n"
               f"PREFIX skos: <{SKOS}>\nPREFIX schema: <http://schema.org/>\n")
_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
              "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


_NEW_TONES = {v: k for k, v in _OLD_TONES.items()}
_TO_OLD = re.compile("(?:" + "|".join(_OLD_TONES) + r")(?!\w)")        # only at the end of a syllable
_TO_NEW = re.compile("(?:" + "|".join(_NEW_TONES) + r")(?!\w)")


def spellings(label: str) -> list[str]:
    """The label in both tone placements ("Khánh Hòa" / "Khánh Hoà") and both dash forms."""
    out = {label}
    for s in list(out):
        out.add(_TO_OLD.sub(lambda m: _OLD_TONES[m.group(0)], s))
        out.add(_TO_NEW.sub(lambda m: _NEW_TONES[m.group(0)], s))
    for s in list(out):
        out.add(s.replace(" - ", " – "))
        out.add(s.replace(" – ", " - "))
    return sorted(out)


@dataclass
class Entity:
    kind: str                                # place | agency | document
    iri: str
    label: str
    names: list[str]                         # as printed in the store
    derived: list[str]                       # built from them ("tỉnh X", "Quyết định N")
    codes: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


@dataclass
class Candidate:
    item: str
    labels: set[str] = field(default_factory=set)          # "label:<text>" / "alias:<text>"
    codes: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    description: str | None = None

    def score(self, e: Entity) -> tuple[int, list[str]]:
        best, why = 0, ""
        for tag in sorted(self.labels):
            how, _, text = tag.partition(":")
            s = (75 if how == "label" else 70) if text in e.names else (70 if how == "label" else 65)
            if s > best:
                best, why = s, f"{how} \"{text}\"@vi"
        evidence = [why]
        if e.codes and self.codes:
            if e.codes & self.codes:
                best += 20
                evidence.append(f"code {sorted(e.codes & self.codes)[0]}")
            else:
                best -= 30
                evidence.append(f"code differs ({', '.join(sorted(self.codes))})")
        if e.dates and self.dates:
            mine, theirs = {d[:10] for d in e.dates}, {d[:10] for d in self.dates}
            if mine & theirs:
                best += 20
                evidence.append(f"date {sorted(mine & theirs)[0]}")
            elif {d[:4] for d in mine} & {d[:4] for d in theirs}:
                best += 10
                evidence.append(f"year {sorted({d[:4] for d in mine} & {d[:4] for d in theirs})[0]}")
            else:
                best -= 30
                evidence.append(f"date differs ({', '.join(sorted(theirs))})")
        return max(0, min(best, 100)), evidence


@dataclass
class WikidataLink:
    entity: Entity
    status: str                              # linked | ambiguous | below-threshold | no-candidate
    item: str | None = None
    confidence: int = 0
    evidence: list[str] = field(default_factory=list)
    candidates: list[tuple[str, int, str | None]] = field(default_factory=list)    # item, score, description

    def row(self) -> dict[str, Any]:
        return {"kind": self.entity.kind, "subject": self.entity.iri, "label": self.entity.label,
                "status": self.status, "item": self.item,
                "confidence": round(self.confidence / 100, 2) if self.item else None,
                "evidence": "; ".join(self.evidence),
                "candidates": [f"{q.rsplit('/', 1)[-1]} {c / 100:.2f}" + (f" ({d})" if d else "")
                               for q, c, d in self.candidates]}


Q_WD_PLACES = """
SELECT ?p ?name ?level ?code WHERE {
  ?p a kh:AdministrativeUnit ; kh:unitLevel ?lv ; skos:prefLabel ?name .
  FILTER(LANG(?name) = "vi" && ?lv IN (kh:unit-province, kh:unit-city))
  BIND(STRAFTER(STR(?lv), "#unit-") AS ?level)
  OPTIONAL { ?p skos:notation ?code FILTER(DATATYPE(?code) IN (kh:GSOCode, kh:GSOCodePre2025)) }
}"""
Q_WD_AGENCIES = """
SELECT ?a ?name WHERE {
  ?a a kh:Agency ; kh:level kh:level-national ; skos:prefLabel ?name .
  FILTER(LANG(?name) = "vi")
}"""
Q_WD_DOCUMENTS = f"""
SELECT ?d ?id ?type ?date WHERE {{
  ?d eli:jurisdiction <{COUNTRY}> ; eli:id_local ?id .
  OPTIONAL {{ ?d eli:type_document/skos:prefLabel ?type FILTER(LANG(?type) = "vi") }}
  OPTIONAL {{ ?d eli:date_document ?date }}
}}"""


def wikidata_entities(store: Store) -> list[Entity]:
    ents: dict[str, Entity] = {}
    for r in store.select(Q_WD_PLACES).rows:
        iri, name, level = bound(r["p"]), bound(r["name"]), bound(r["level"])
        e = ents.get(iri)
        if e is None:
            unit = ["tỉnh", "Tỉnh"] if level == "province" else ["thành phố", "Thành phố"]
            e = ents[iri] = Entity("place", iri, name, [], [])
            e.derived += [f"{u} {name}" for u in unit]
        e.names.append(name)
        if r["code"]:
            e.codes.add(bound(r["code"]))
    for r in store.select(Q_WD_AGENCIES).rows:
        iri, name = bound(r["a"]), bound(r["name"])
        e = ents.setdefault(iri, Entity("agency", iri, name, [], []))
        e.names.append(name)
        e.derived.append(name + " Việt Nam")
    for r in store.select(Q_WD_DOCUMENTS).rows:
        iri, ident = bound(r["d"]), bound(r["id"])
        e = ents.setdefault(iri, Entity("document", iri, ident, [ident], []))
        if r["type"]:
            t = bound(r["type"])
            e.derived += [f"{t.capitalize()} {ident}", f"{t.capitalize()} số {ident}"]
        if r["date"]:
            e.dates.add(bound(r["date"]))
    for e in ents.values():
        e.names = spellings_all(e.names)
        e.derived = [d for d in spellings_all(e.derived) if d not in e.names]
    return sorted(ents.values(), key=lambda e: (e.kind, e.iri))


def spellings_all(labels: Iterable[str]) -> list[str]:
    return sorted({s for lab in labels for s in spellings(lab)})


def wikidata_client(url: str) -> SparqlClient:
    """A read-only client for a Wikidata-shaped SPARQL endpoint: kehoach User-Agent, POST
    (form-encoded), JSON results, 60 s timeout, up to 3 retries on 429/503 (Retry-After, else
    1, 2, 4 s), one-line EndpointErrors."""
    if not url.startswith(("http://", "https://")):
        raise LinkError(f"--endpoint must be an http(s) URL, got {url!r}")
    return SparqlClient(url, timeout=60, retries=3, backoff=1.0, refused_hint="is the endpoint reachable?")


def candidate_query(pairs: list[tuple[str, str]], code_property: str | None) -> str:
    values = " ".join(f"({ox.Literal(k)} {ox.Literal(lab, language='vi')})" for k, lab in pairs)
    code = (f"OPTIONAL {{ ?item wdt:{code_property} ?code }}" if code_property else "")
    return WD_PREFIXES + f"""SELECT ?key ?item ?how ?label ?code ?date ?desc WHERE {{
  VALUES (?key ?label) {{ {values} }}
  {{ ?item rdfs:label ?label BIND("label" AS ?how) }} UNION {{ ?item skos:altLabel ?label BIND("alias" AS ?how) }}
  ?item wdt:P17|wdt:P1001 <{VIETNAM}> .
  FILTER NOT EXISTS {{ ?item wdt:P31 <{DISAMBIGUATION}> }}
  {code}
  OPTIONAL {{ ?item wdt:P577 ?date }}
  OPTIONAL {{ ?item schema:description ?desc FILTER(LANG(?desc) = "vi") }}
}}"""


@dataclass
class WikidataReport:
    links: list[WikidataLink]
    endpoint: str
    checked: str
    triples: int

    def to_json(self) -> dict[str, Any]:
        return {"graph": WIKIDATA_GRAPH, "endpoint": self.endpoint, "checked": self.checked, "triples": self.triples,
                "threshold": THRESHOLD / 100, "linked": sum(1 for x in self.links if x.status == "linked"),
                "rows": [x.row() for x in self.links]}


def _decide(e: Entity, cands: dict[str, Candidate]) -> WikidataLink:
    scored = sorted(((c.score(e), q) for q, c in cands.items()), key=lambda x: (-x[0][0], x[1]))
    summary = [(q, s, cands[q].description) for (s, _), q in scored]
    if not scored:
        return WikidataLink(e, "no-candidate")
    (best, evidence), q = scored[0]
    second = scored[1][0][0] if len(scored) > 1 else None
    if best < THRESHOLD:
        return WikidataLink(e, "below-threshold", candidates=summary)
    if second is not None and best - second < MARGIN:
        return WikidataLink(e, "ambiguous", candidates=summary)
    return WikidataLink(e, "linked", q, best, evidence, summary)


def link_wikidata(store: Store, endpoint: str = DEFAULT_ENDPOINT, code_property: str | None = None,
                  today: dt.date | None = None, batch: int = 60) -> WikidataReport:
    if code_property and not re.fullmatch(r"P[1-9]\d*", code_property):
        raise LinkError(f"--code-property must be a Wikidata property id such as P123, got {code_property!r}")
    client = wikidata_client(endpoint)
    entities = wikidata_entities(store)
    pairs = [(str(i), lab) for i, e in enumerate(entities) for lab in e.names + e.derived]
    found: dict[int, dict[str, Candidate]] = {}
    for start in range(0, len(pairs), batch):
        for b in client.bindings(candidate_query(pairs[start:start + batch], code_property)):
            i, item = int(b["key"]["value"]), b["item"]["value"]
            c = found.setdefault(i, {}).setdefault(item, Candidate(item))
            c.labels.add(f"{b['how']['value']}:{b['label']['value']}")
            if "code" in b:
                c.codes.add(b["code"]["value"])
            if "date" in b:
                c.dates.add(b["date"]["value"])
            if "desc" in b:
                c.description = b["desc"]["value"]
    links = [_decide(e, found.get(i, {})) for i, e in enumerate(entities)]
    checked = (today or dt.datetime.now(dt.timezone.utc).date()).isoformat()
    out = Triples()
    for ln in links:
        s, q = ln.entity.iri, ln.item
        if ln.status != "linked" or q is None:
            continue
        out.add(s, OWL + "sameAs", q)
        m = f"{BASE}link/wikidata/{hashlib.sha1(f'{s} {q}'.encode()).hexdigest()[:16]}"
        out.add(m, A.value, KH + "Mapping")
        out.add(m, OWL + "annotatedSource", s)
        out.add(m, OWL + "annotatedProperty", OWL + "sameAs")
        out.add(m, OWL + "annotatedTarget", q)
        out.add(m, KH + "linkConfidence", ox.Literal(f"{ln.confidence / 100:.2f}", datatype=N(XSD + "decimal")))
        out.add(m, DCT + "date", ox.Literal(checked, datatype=N(XSD + "date")))
        out.add(m, KH + "matchEvidence", ox.Literal("; ".join(ln.evidence)))
        out.add(m, PROV + "wasDerivedFrom", endpoint)
    if out.items:
        out.add(endpoint, A.value, PROV + "Entity")
        out.add(endpoint, DCT + "title", ox.Literal("SPARQL endpoint queried for Wikidata items", language="en"))
    graph_triples(out, WIKIDATA_GRAPH, [endpoint], (
        f"Provinces and centrally-run cities, national bodies and national documents reconciled with Wikidata "
        f"items by Vietnamese label{' and administrative code (' + code_property + ')' if code_property else ''}"
        f" (documents also by date); links at confidence {THRESHOLD / 100:.2f} or more, ahead of the next "
        f"candidate by {MARGIN / 100:.2f}."))
    out.add(WIKIDATA_GRAPH, DCT + "date", ox.Literal(checked, datatype=N(XSD + "date")))
    store.replace_graph(WIKIDATA_GRAPH, out.items, log_entry())
    return WikidataReport(links, endpoint, checked, len(out.items))


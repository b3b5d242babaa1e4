"""Data of the site-wide pages: home (counts, national decisions), the document list, search,
lineage pictures, iCalendar feeds, the ontology page, and a resource's triples. The per-resource
pages are in kehoach/web/data.py, whose helpers these use."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pyoxigraph as ox

from kehoach.queries import normalise_words
from kehoach.store import Store
from kehoach.vocab import KH, ONTOLOGY_GRAPH

from .data import (
    AGENCY_DUTIES,
    IMPLEMENTS,
    PLACE_VN,
    _values,
    exists,
    labels,
    lineage_edges,
    node,
    reporting_duties,
    rows,
)

COUNTED = ("Document", "Plan", "Decision", "Task", "StrategicGoal", "Objective", "Duty", "Agency", "AgencyGroup",
           "Citation", "ReportingDuty")


def counts(store: Store) -> list[dict[str, Any]]:
    """How many things of each kind the store holds, with the classes' vi/en labels (one grouped
    count: the saved query `stats` computes much more, and takes seconds on 1,000 plans)."""
    values = " ".join(f"kh:{c}" for c in COUNTED)
    rs = rows(store, f"SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }} GROUP BY ?c")
    n = {r["c"]: int(r["n"] or 0) for r in rs}
    graphs = rows(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a kh:DocumentGraph }")
    names = labels(store, [KH + c for c in COUNTED])
    out = [{"node": node(KH + c, names), "n": n.get(KH + c, 0)} for c in COUNTED]
    out.insert(0, {"node": {"iri": KH + "DocumentGraph", "label": "Văn bản đã nhập", "label_en": "ingested documents"},
                   "n": int(graphs[0]["n"] or 0) if graphs else 0})
    out.append({"node": {"iri": "", "label": "Bộ ba RDF", "label_en": "RDF triples"}, "n": store.count()})
    return out


def home(store: Store) -> dict[str, Any]:
    counts_ = counts(store)
    national = rows(store, f"""SELECT ?d (COUNT(DISTINCT ?p) AS ?n) WHERE {{
        ?d a eli:LegalResource . FILTER NOT EXISTS {{ ?d a eli:LegalResourceSubdivision }}
        {{ ?d eli:jurisdiction <{PLACE_VN}> }} UNION {{ ?d eli:passed_by/kh:level kh:level-national }}
        UNION {{ ?d eli:passed_by/kh:gazetteerEntry/kh:level kh:level-national }}
        OPTIONAL {{ ?p {IMPLEMENTS}+ ?d }} }} GROUP BY ?d""")
    found = _values(r["d"] or "" for r in national)
    meta = rows(store, f"""SELECT ?d ?type ?date ?title WHERE {{ VALUES ?d {{ {found} }}
        OPTIONAL {{ ?d eli:type_document ?type }} OPTIONAL {{ ?d eli:date_document ?date }}
        OPTIONAL {{ ?d dct:title ?title }} OPTIONAL {{ ?d kh:subject ?title }} }}""") if national else []
    names = labels(store, {r["d"] or "" for r in national} | {r["type"] or "" for r in meta})
    info: dict[str, dict[str, Any]] = {}
    for r in meta:
        i = info.setdefault(r["d"] or "", {"type": None, "dates": set(), "title": None})
        i["type"] = i["type"] or r["type"]
        if r["date"]:
            i["dates"].add(r["date"])
        i["title"] = i["title"] or r["title"]
    decisions = []
    for r in national:
        i = info.get(r["d"] or "", {"type": None, "dates": set(), "title": None})
        decisions.append({"node": node(r["d"], names), "descendants": int(r["n"] or 0), "type": node(i["type"], names),
                          "dates": sorted(i["dates"]), "title": i["title"]})
    decisions.sort(key=lambda x: (-x["descendants"], x["node"]["label"] if x["node"] else ""))
    return {"counts": counts_, "decisions": decisions}


def documents(store: Store) -> list[dict[str, Any]]:
    """Every document (the saved query `documents`), ingested ones first."""
    from kehoach.queries import get_query
    q = get_query("documents")
    res = store.select(q.text, q.bind({}), prefixes=False)
    out = [{k: (t.value if (t := r.get(k)) is not None else None) for k in res.variables} for r in res.rows]
    out.sort(key=lambda r: (r["source"] is None, r["source"] or "", r["number"] or ""))
    return out


SEARCH_KINDS = {
    "document": "?x a eli:LegalResource FILTER NOT EXISTS { ?x a eli:LegalResourceSubdivision }",
    "agency": "{ ?x a kh:Agency } UNION { ?x a kh:AgencyGroup } UNION { ?x a kh:GazetteerEntry }",
    "task": "{ ?x a kh:Task } UNION { ?x a kh:Duty }",
}


def search(store: Store, q: str, limit: int = 50) -> dict[str, Any]:
    """Documents, agencies (and agency kinds) and tasks whose folded text has words starting with
    every word of `q` ("so noi vu" finds Sở Nội vụ; diacritics, case and punctuation ignored)."""
    words = normalise_words(q).split()[:8]
    results: dict[str, Any] = {}
    out: dict[str, Any] = {"q": q, "words": words, "results": results}
    if not words:
        return out
    if re.search(r"\d", q):            # a document number in any spelling
        from kehoach.queries import normalise_docnumber
        key = normalise_docnumber(q)
        found = rows(store, "SELECT DISTINCT ?x WHERE { ?x kh:numberKey ?k FILTER NOT EXISTS { ?x a kh:Citation } "
                            "FILTER(?k = ?key || STRSTARTS(?k, CONCAT(?key, \"/\"))) } LIMIT 50", key=key)
        names = labels(store, {r["x"] or "" for r in found})
        results["number"] = [{"node": node(r["x"], names), "text": None, "plan": None} for r in found]
    filters = " && ".join(f"CONTAINS(?padded, CONCAT(\" \", ?w{i}))" for i in range(len(words)))
    bind = {f"w{i}": w for i, w in enumerate(words)}
    for kind, pattern in SEARCH_KINDS.items():
        rs = rows(store, f"""SELECT ?x ?text ?plan WHERE {{ {pattern}
            ?x kh:searchText ?st . BIND(CONCAT(" ", REPLACE(?st, "[^a-z0-9]+", " ")) AS ?padded)
            FILTER({filters})
            OPTIONAL {{ ?x dct:description ?text }} OPTIONAL {{ ?x kh:plan ?plan }} }} LIMIT {limit + 1}""", **bind)
        names = labels(store, {r["x"] or "" for r in rs} | {r["plan"] or "" for r in rs})
        items: list[dict[str, Any]] = [{"node": node(r["x"], names), "text": r["text"], "plan": node(r["plan"], names)}
                                       for r in rs[:limit]]
        if kind == "document":
            seen = {i["node"]["iri"] for i in items if i["node"]}
            items = [i for i in results.pop("number", []) if i["node"]["iri"] not in seen] + items
        results[kind] = {"more": len(rs) > limit, "items": items}
    return out


# -- lineage picture -----------------------------------------------------------------------------------
def lineage(store: Store, iri: str, suffix: str = "") -> dict[str, Any] | None:
    """The documents descending from `iri` as nodes and edges, and their drawing (SVG by
    Graphviz dot; None when dot is not installed). `suffix` is appended to page links (".html"
    in the static export)."""
    from .lineage import draw
    if not exists(store, iri):
        return None
    _, down = lineage_edges(store, iri)
    docs = {iri} | {x for e in down for x in e[:2]}
    meta = rows(store, f"""SELECT ?d ?place ?issuer ?type ?ingested WHERE {{ VALUES ?d {{ {_values(docs)} }}
        OPTIONAL {{ ?d eli:jurisdiction ?place }} OPTIONAL {{ ?d eli:passed_by ?issuer }}
        OPTIONAL {{ ?d eli:type_document ?type }}
        BIND(EXISTS {{ ?g kh:describes ?d }} AS ?ingested) }}""")
    names = labels(store, docs | {r["place"] or "" for r in meta} | {r["issuer"] or "" for r in meta}
                   | {r["type"] or "" for r in meta})
    info = {r["d"]: r for r in meta}
    nodes = []
    for d in sorted(docs):
        m = info.get(d, {})
        label = names.get(d, {}).get("vi") or d
        if len(label) > 60 and m.get("issuer"):             # a plan without number: its issuer
            label = names.get(m["issuer"] or "", {}).get("vi") or label[:57] + "…"
        nodes.append({"iri": d, "label": label, "title": names.get(d, {}).get("vi") or d,
                      "place": names.get(m.get("place") or "", {}).get("vi"),
                      "type": names.get(m.get("type") or "", {}).get("vi"),
                      "ingested": m.get("ingested") == "true", "root": d == iri})
    edges = [{"from": a, "to": b, "inferred": inf} for a, b, inf in down]
    return {"node": node(iri, names), "nodes": nodes, "edges": edges, "svg": draw(nodes, edges, suffix)}


# -- calendars -------------------------------------------------------------------------------------------
def calendar(store: Store, kind: str, iri: str, site: str, suffix: str = "") -> str | None:
    """The reporting calendar of a plan (kind "plan") or an agency ("agency") as iCalendar text."""
    from .ical import to_ical
    if not exists(store, iri):
        return None
    if kind == "plan":
        duties = reporting_duties(store, "?x kh:reportingDuty ?r", x=iri)
    else:
        duties = reporting_duties(store, AGENCY_DUTIES, x=iri)
    name = labels(store, [iri]).get(iri, {}).get("vi") or iri
    return to_ical(duties, name, iri, site, suffix, dt.datetime.now(dt.timezone.utc))


# -- ontology --------------------------------------------------------------------------------------------
def ontology(store: Store) -> dict[str, Any]:
    rs = rows(store, f"""SELECT ?t ?type ?l ?c WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?t a ?type
        FILTER(STRSTARTS(STR(?t), "{KH}")) OPTIONAL {{ ?t rdfs:label|skos:prefLabel ?l }}
        OPTIONAL {{ ?t rdfs:comment|skos:definition ?c }} }} }}""")
    terms: dict[str, dict[str, Any]] = {}
    for r in rs:
        t = r["t"] or ""
        e = terms.setdefault(t, {"iri": t, "local": t[len(KH):], "types": set(), "labels": set(), "comments": set()})
        if r["type"]:
            e["types"].add(r["type"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])
        if r["l"]:
            e["labels"].add(r["l"])
        if r["c"]:
            e["comments"].add(r["c"])
    out = []
    for e in sorted(terms.values(), key=lambda e: e["local"].lower()):
        out.append({"iri": e["iri"], "local": e["local"], "types": sorted(e["types"]),
                    "labels": sorted(e["labels"]), "comments": sorted(e["comments"])})
    return {"terms": out}


# -- RDF of one resource -------------------------------------------------------------------------------
def resource_triples(store: Store, iri: str) -> list[ox.Triple] | None:
    """What `kehoach describe` gives: the resource's statements, the labels of what it links to,
    and its source span with selectors. The ontology (…/ontology) is the whole ontology graph."""
    from kehoach.describe import describe
    from kehoach.errors import UsageError
    if iri.rstrip("#/") == KH.rstrip("#"):
        return [q.triple for q in store.quads(ONTOLOGY_GRAPH)]
    try:
        return describe(store, iri).triples
    except UsageError:
        return None


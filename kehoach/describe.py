"""`kehoach describe`: one resource of the graph as a person reads it — its own statements, the
labels of the nodes it links to, where it was read (file, lines, quoted text) and by which
version of kehoach.

A resource is named by IRI (full, or prefixed: "kh:Task", "khr:dataset"), by document number in
any spelling ("155/QĐ-TTg"), by "FILE:CODE" for a task or goal of an ingested file
("003_c94ae1e408b8e268.txt:3.2"), or by the label of an agency or document, diacritics optional
("Sở Nội vụ tỉnh Gia Lai", "so noi vu tinh gia lai")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import UsageError
from .queries import normalise_docnumber, normalise_words
from .store import Store
from .vocab import DCT, RDFS, SKOS, expand

LABELS = (RDFS + "label", SKOS + "prefLabel", DCT + "title")
_FILE_CODE = re.compile(r"^(?P<file>[^\s:/\\]+\.(?:txt|md|markdown|tsv|docx|pdf|text)):(?P<code>\S+)$", re.I)
_NUMBER = re.compile(r"\d+\s*/")


@dataclass
class Description:
    iri: str
    triples: list[ox.Triple] = field(default_factory=list)      # the resource, neighbours' labels, provenance
    rows: list[tuple[str, str, str | None]] = field(default_factory=list)   # property, value, value's label
    source: dict[str, str | None] = field(default_factory=dict)  # file, lines, quote, graph, tool_version


def resolve(store: Store, ref: str) -> str:
    """The IRI `ref` names (see the module doc); an unknown or ambiguous name is a UsageError."""
    ref = ref.strip()
    if ref.startswith("<") and ref.endswith(">"):
        ref = ref[1:-1]
    if re.match(r"^https?://", ref):
        return _known(store, ref)
    full = expand(ref)
    if full is not None:
        return _known(store, full)
    m = _FILE_CODE.match(ref)
    if m:
        rows = store.select(
            "SELECT DISTINCT ?x WHERE { ?g kh:describes ?d ; prov:wasDerivedFrom/kh:fileName ?f . "
            "?x kh:plan ?d . { ?x eli:number ?code } UNION { ?x kh:localId ?code } }",
            {"f": ox.Literal(m.group("file")), "code": ox.Literal(m.group("code"))}).rows
        return _one(rows, ref, "no goal or task coded {code} in {file}".format(**m.groupdict()))
    if _NUMBER.search(ref):
        rows = store.select("SELECT DISTINCT ?x WHERE { ?x kh:numberKey ?k FILTER NOT EXISTS { ?x a kh:Citation } }",
                            {"k": ox.Literal(normalise_docnumber(ref))}).rows
        return _one(rows, ref, f"no document {ref} in the store")
    words = normalise_words(ref)
    rows = store.select(
        'SELECT DISTINCT ?x WHERE { { ?x a kh:Agency } UNION { ?x a kh:AgencyGroup } UNION { ?x a eli:LegalResource } '
        'UNION { ?x a eli:Work } '
        '?x kh:searchText ?t FILTER(REPLACE(?t, "[^a-z0-9]+", " ") = ?w) }', {"w": ox.Literal(words)}).rows
    return _one(rows, ref, f"nothing in the store is named {ref!r}")


def _known(store: Store, iri: str) -> str:
    ask = store.select("ASK { { ?x ?p ?o } UNION { ?s ?p ?x } }", {"x": ox.NamedNode(iri)})
    if not ask.rows or ask.rows[0]["result"] is None or ask.rows[0]["result"].value != "true":
        raise UsageError(f"no resource <{iri}> in the store")
    return iri


def _one(rows: list, ref: str, missing: str) -> str:
    found = sorted({r["x"].value for r in rows if r.get("x") is not None})
    if not found:
        raise UsageError(missing, hint="kehoach query documents lists the documents; an IRI always works")
    if len(found) > 1:
        raise UsageError(f"{ref!r} names {len(found)} resources: {', '.join(found[:4])}", hint="give one IRI")
    return found[0]


def describe(store: Store, ref: str) -> Description:
    iri = resolve(store, ref)
    node = ox.NamedNode(iri)
    d = Description(iri)
    own = store.select("SELECT ?p ?o ?label WHERE { ?s ?p ?o "
                       "OPTIONAL { ?o rdfs:label|skos:prefLabel|dct:title ?label "
                       "FILTER(isIRI(?o) && (LANG(?label) = 'vi' || LANG(?label) = '')) } } ORDER BY ?p ?o",
                       {"s": node}).rows
    seen: set[tuple[str, str]] = set()
    for r in own:
        p, o, label = r["p"], r["o"], r.get("label")
        if p is None or o is None or not isinstance(p, ox.NamedNode):
            continue
        if (p.value, str(o)) not in seen:
            seen.add((p.value, str(o)))
            d.triples.append(ox.Triple(node, p, o))
            d.rows.append((p.value, o.value, label.value if label is not None else None))
        if label is not None and isinstance(o, ox.NamedNode):
            d.triples.append(ox.Triple(o, ox.NamedNode(RDFS + "label"), label))
    prov = store.select(
        "SELECT ?src ?start ?end ?quote ?file ?g ?version WHERE { ?s prov:wasDerivedFrom ?src . "
        "?src kh:startLine ?start ; kh:endLine ?end . "
        "OPTIONAL { ?src oa:hasSelector ?q . ?q oa:exact ?quote } "
        "OPTIONAL { ?src oa:hasSource ?file_node . ?file_node kh:fileName ?file } "
        "OPTIONAL { GRAPH ?g { ?s ?anyp ?anyo } ?g kh:toolVersion ?version } } LIMIT 1", {"s": node}).rows
    if not prov:       # a document: its graph and file
        prov = store.select("SELECT ?g ?file ?version WHERE { ?g kh:describes ?s ; prov:wasDerivedFrom ?f . "
                            "?f kh:fileName ?file OPTIONAL { ?g kh:toolVersion ?version } } LIMIT 1", {"s": node}).rows
    if prov:
        r = prov[0]
        val = {k: (t.value if (t := r.get(k)) is not None else None) for k in r}
        if val.get("start"):
            val["lines"] = f"{val['start']}–{val['end']}" if val["start"] != val["end"] else str(val["start"])
        d.source = {"file": val.get("file"), "lines": val.get("lines"), "quote": val.get("quote"),
                    "graph": val.get("g"), "tool_version": val.get("version")}
    # the source span with its selectors, as triples (for the ttl and jsonld renderings)
    span = store.select("CONSTRUCT { ?s prov:wasDerivedFrom ?src . ?src ?p ?o . ?sel ?sp ?so } WHERE { "
                        "?s prov:wasDerivedFrom ?src . ?src a oa:SpecificResource ; ?p ?o "
                        "OPTIONAL { ?src oa:hasSelector ?sel . ?sel ?sp ?so } }", {"s": node}).rows
    for row in span:
        triple = ox.Triple(row["subject"], row["predicate"], row["object"])  # type: ignore[arg-type]
        if triple not in d.triples:
            d.triples.append(triple)
    return d

"""VoID + DCAT description of the dataset, computed from the store (never hand-written).

One node, `khr:dataset`, typed both void:Dataset and dcat:Dataset, with:
- void:triples (distinct triples of the store's default graph, the union of all graphs but
  the ingest log = what a ttl/nt export holds),
  void:entities (distinct subject IRIs in void:uriSpace), void:classes, void:properties,
  void:distinctSubjects, void:distinctObjects;
- void:classPartition (void:class, void:entities = distinct instances) and
  void:propertyPartition (void:property, void:triples) for every class and property used;
- void:vocabulary for every namespace a class or property comes from;
- dct:license CC BY 4.0, dct:modified = the latest ingest time in the ingest log;
- dcat:distribution for the export file (dcat:mediaType, dct:format, dcat:byteSize, and
  dcat:downloadURL / void:dataDump when a URL is given);
- one void:Linkset (a void:subset) per link predicate (owl:sameAs, skos:exactMatch) and
  target dataset (Wikidata, the administrative-unit code list, any other site), with the
  number of links — only for links that exist in the data.

Works on any Store (embedded or remote): it only reads, with `select()`."""

from __future__ import annotations

import hashlib
import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox

from .store import Store, bound
from .vocab import BASE, DCAT, DCT, IANA_MEDIA, LOG_GRAPH, OWL, PREFIXES, RDF, SKOS, VOID, XSD

DATASET = BASE + "dataset"
URI_SPACE = BASE
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
LINK_PREDICATES = (OWL + "sameAs", SKOS + "exactMatch")
MEDIA_TYPES = {"ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads",
               "trig": "application/trig", "jsonld": "application/ld+json"}
# known link targets: IRI prefix -> (slug, title). Anything else is grouped by scheme://host/.
TARGETS = {
    "http://www.wikidata.org/entity/": ("wikidata", "Wikidata"),
    "https://www.wikidata.org/entity/": ("wikidata", "Wikidata"),
    "https://www.wikidata.org/wiki/": ("wikidata", "Wikidata"),
    "https://danhmuchanhchinh.gso.gov.vn/": ("gso-admin-units",
                                            "Danh mục đơn vị hành chính Việt Nam (GSO administrative-unit codes)"),
    "http://danhmuchanhchinh.gso.gov.vn/": ("gso-admin-units",
                                           "Danh mục đơn vị hành chính Việt Nam (GSO administrative-unit codes)"),
}
VOID_PREFIXES = dict(PREFIXES, void=VOID)

# Over the store's default graph: the union of all graphs but the ingest log (what ttl/nt
# exports hold). DISTINCT keeps the counts right on a store whose union is a multiset.
_DISTINCT = "{ SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
Q_TOTALS = f"""
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
       (COUNT(DISTINCT ?p) AS ?properties)
WHERE {_DISTINCT}"""
Q_ENTITIES = f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{URI_SPACE}")) }}"""
Q_CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"
Q_PROPERTIES = f"SELECT ?p (COUNT(*) AS ?n) WHERE {_DISTINCT} GROUP BY ?p"
Q_MODIFIED = f"SELECT (MAX(?t) AS ?m) WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?x prov:generatedAtTime ?t }} }}"
Q_LINKS = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o
  VALUES ?p {{ {' '.join(f'<{p}>' for p in LINK_PREDICATES)} }}
  FILTER(isIRI(?o) && !STRSTARTS(STR(?o), "{URI_SPACE}")) }}"""
Q_EXAMPLE = "SELECT ?s WHERE { ?s a kh:Plan } ORDER BY STR(?s) LIMIT 1"


@dataclass
class Distribution:
    fmt: str                          # ttl, nt, nq, trig, jsonld
    byte_size: int | None = None
    download_url: str | None = None
    title: str | None = None          # file name, when there is no URL


def namespace(iri: str) -> str:
    """The vocabulary namespace of a class or property IRI."""
    known = [ns for ns in PREFIXES.values() if iri.startswith(ns)]
    if known:
        return max(known, key=len)
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[:cut + 1] if cut > 0 else iri


def link_target(iri: str) -> tuple[str, str, str]:
    """(slug, title, uri space) of the dataset a link points into."""
    for prefix, (slug, title) in TARGETS.items():
        if iri.startswith(prefix):
            return slug, title, prefix
    parts = urllib.parse.urlsplit(iri)
    space = f"{parts.scheme}://{parts.netloc}/" if parts.netloc else parts.scheme + ":"
    return _slug(parts.netloc or parts.scheme), parts.netloc or parts.scheme, space


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-") or "x"


def _local(iri: str) -> str:
    """A readable, stable IRI segment for a class/property: kh-Task, rdf-type, else a hash."""
    for name, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        rest = iri[len(ns):]
        if iri.startswith(ns) and rest and all(c.isalnum() or c in "_-" for c in rest):
            return f"{name}-{rest}"
    return "h" + hashlib.sha256(iri.encode()).hexdigest()[:16]


def describe(store: Store, distribution: Distribution | None = None,
             sparql_endpoint: str | None = None) -> list[ox.Triple]:
    """The VoID/DCAT triples for what `store` holds now."""
    N, L = ox.NamedNode, ox.Literal
    rdf_type = N(RDF + "type")

    def v(name: str) -> ox.NamedNode: return N(VOID + name)
    def dct(name: str) -> ox.NamedNode: return N(DCT + name)
    def dcat(name: str) -> ox.NamedNode: return N(DCAT + name)
    def integer(n: int | str) -> ox.Literal: return L(str(n), datatype=N(XSD + "integer"))

    ds = N(DATASET)
    out: list[ox.Triple] = []

    def add(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Triple(s, p, o))

    totals = store.select(Q_TOTALS).rows[0]
    classes = sorted((cls.value, int(bound(r["n"]))) for r in store.select(Q_CLASSES).rows
                     if isinstance(cls := r["c"], ox.NamedNode))
    properties = sorted((bound(r["p"]), int(bound(r["n"]))) for r in store.select(Q_PROPERTIES).rows)

    add(ds, rdf_type, v("Dataset"))
    add(ds, rdf_type, dcat("Dataset"))
    add(ds, dct("title"), L("kehoach: kế hoạch và quyết định của cơ quan nhà nước Việt Nam", language="vi"))
    add(ds, dct("title"), L("kehoach: Vietnamese government plans and the decisions they implement", language="en"))
    add(ds, dct("description"), L(
        "Plans (kế hoạch), their tasks with lead and supporting agencies, and the decisions they "
        "implement, extracted from the published documents with line-level provenance.", language="en"))
    for kw in ("kế hoạch", "quyết định", "government plans", "agencies", "ELI"):
        add(ds, dcat("keyword"), L(kw))
    add(ds, dct("license"), N(LICENSE))
    add(ds, v("uriSpace"), L(URI_SPACE))
    add(ds, v("triples"), integer(bound(totals["triples"])))
    add(ds, v("entities"), integer(bound(store.select(Q_ENTITIES).rows[0]["n"])))
    add(ds, v("classes"), integer(len(classes)))
    add(ds, v("properties"), integer(bound(totals["properties"])))
    add(ds, v("distinctSubjects"), integer(bound(totals["subjects"])))
    add(ds, v("distinctObjects"), integer(bound(totals["objects"])))
    modified = store.select(Q_MODIFIED).rows
    if modified and (m := modified[0]["m"]) is not None:
        add(ds, dct("modified"), L(m.value, datatype=N(XSD + "dateTime")))
    example = store.select(Q_EXAMPLE).rows
    if example and isinstance(ex := example[0]["s"], ox.NamedNode):
        add(ds, v("exampleResource"), ex)
    if sparql_endpoint:
        add(ds, v("sparqlEndpoint"), N(sparql_endpoint))

    for ns in sorted({namespace(c) for c, _ in classes} | {namespace(p) for p, _ in properties}):
        add(ds, v("vocabulary"), N(ns))
    for c, n in classes:
        part = N(f"{DATASET}/class/{_local(c)}")
        add(ds, v("classPartition"), part)
        add(part, v("class"), N(c))
        add(part, v("entities"), integer(n))
    for p, n in properties:
        part = N(f"{DATASET}/property/{_local(p)}")
        add(ds, v("propertyPartition"), part)
        add(part, v("property"), N(p))
        add(part, v("triples"), integer(n))

    # linksets: links to other datasets, one per (target, predicate), only when there are some
    linksets: dict[tuple[str, str], int] = {}
    targets: dict[str, tuple[str, str]] = {}
    for r in store.select(Q_LINKS).rows:
        slug, title, space = link_target(bound(r["o"]))
        targets.setdefault(slug, (title, space))
        key = (slug, bound(r["p"]))
        linksets[key] = linksets.get(key, 0) + 1
    for (slug, pred), n in sorted(linksets.items()):
        title, space = targets[slug]
        target = N(f"{DATASET}/target/{slug}")
        ls = N(f"{DATASET}/linkset/{slug}/{_local(pred)}")
        add(ds, v("subset"), ls)
        add(ls, rdf_type, v("Linkset"))
        add(ls, v("subjectsTarget"), ds)
        add(ls, v("objectsTarget"), target)
        add(ls, v("target"), ds)
        add(ls, v("target"), target)
        add(ls, v("linkPredicate"), N(pred))
        add(ls, v("triples"), integer(n))
        add(target, rdf_type, v("Dataset"))
        add(target, dct("title"), L(title))
        add(target, v("uriSpace"), L(space))

    if distribution:
        d = N(f"{DATASET}/distribution/{distribution.fmt}")
        media = MEDIA_TYPES[distribution.fmt]
        add(ds, dcat("distribution"), d)
        add(d, rdf_type, dcat("Distribution"))
        add(d, dcat("mediaType"), N(IANA_MEDIA + media))
        add(d, dct("format"), L(media))
        add(d, dct("license"), N(LICENSE))
        if distribution.byte_size is not None:
            add(d, dcat("byteSize"), L(str(distribution.byte_size), datatype=N(XSD + "nonNegativeInteger")))
        if distribution.download_url:
            add(d, dcat("downloadURL"), N(distribution.download_url))
            add(ds, v("dataDump"), N(distribution.download_url))
        if distribution.title:
            add(d, dct("title"), L(distribution.title))
    return sorted(set(out), key=lambda t: (str(t.subject) != f"<{DATASET}>", str(t.subject), str(t.predicate),
                                           str(t.object)))


def to_turtle(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=VOID_PREFIXES) or b""

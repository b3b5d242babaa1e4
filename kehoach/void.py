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

Works on any store with `select()` (embedded or remote)."""

from __future__ import annotations

import hashlib
import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox

from .store import BASE, LOG_GRAPH, PREFIXES

VOID = "http://rdfs.org/ns/void#"
DATASET = BASE + "dataset"
URI_SPACE = BASE
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
LINK_PREDICATES = (PREFIXES["owl"] + "sameAs", PREFIXES["skos"] + "exactMatch")
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


def describe(store, distribution: Distribution | None = None, sparql_endpoint: str | None = None) -> list[ox.Triple]:
    """The VoID/DCAT triples for what `store` holds now."""
    N, L = ox.NamedNode, ox.Literal
    xsd = PREFIXES["xsd"]
    rdf_type = N(PREFIXES["rdf"] + "type")

    def v(name): return N(VOID + name)
    def dct(name): return N(PREFIXES["dct"] + name)
    def dcat(name): return N(PREFIXES["dcat"] + name)
    def integer(n): return L(str(n), datatype=N(xsd + "integer"))

    ds = N(DATASET)
    out: list[ox.Triple] = []
    add = lambda s, p, o: out.append(ox.Triple(s, p, o))  # noqa: E731

    totals = store.select(Q_TOTALS).rows[0]
    classes = sorted((r["c"].value, int(r["n"].value)) for r in store.select(Q_CLASSES).rows
                     if isinstance(r["c"], ox.NamedNode))
    properties = sorted((r["p"].value, int(r["n"].value)) for r in store.select(Q_PROPERTIES).rows)

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
    add(ds, v("triples"), integer(totals["triples"].value))
    add(ds, v("entities"), integer(store.select(Q_ENTITIES).rows[0]["n"].value))
    add(ds, v("classes"), integer(len(classes)))
    add(ds, v("properties"), integer(totals["properties"].value))
    add(ds, v("distinctSubjects"), integer(totals["subjects"].value))
    add(ds, v("distinctObjects"), integer(totals["objects"].value))
    modified = store.select(Q_MODIFIED).rows
    if modified and modified[0]["m"] is not None:
        add(ds, dct("modified"), L(modified[0]["m"].value, datatype=N(xsd + "dateTime")))
    example = store.select(Q_EXAMPLE).rows
    if example:
        add(ds, v("exampleResource"), example[0]["s"])
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
        slug, title, space = link_target(r["o"].value)
        targets.setdefault(slug, (title, space))
        key = (slug, r["p"].value)
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
        add(d, dcat("mediaType"), N("https://www.iana.org/assignments/media-types/" + media))
        add(d, dct("format"), L(media))
        add(d, dct("license"), N(LICENSE))
        if distribution.byte_size is not None:
            add(d, dcat("byteSize"), L(str(distribution.byte_size), datatype=N(xsd + "nonNegativeInteger")))
        if distribution.download_url:
            add(d, dcat("downloadURL"), N(distribution.download_url))
            add(ds, v("dataDump"), N(distribution.download_url))
        if distribution.title:
            add(d, dct("title"), L(distribution.title))
    return sorted(set(out), key=lambda t: (str(t.subject) != f"<{DATASET}>", str(t.subject), str(t.predicate), str(t.object)))


def to_turtle(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=VOID_PREFIXES)

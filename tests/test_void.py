"""VoID + DCAT description: generated from the data, every count equal to a direct count."""

import datetime as dt
import re

import pyoxigraph as ox
import rdflib
from conftest import run, run_json

from kehoach.store import EmbeddedStore
from kehoach.void import Distribution, describe, to_turtle

# plain namespaces (rdflib's closed ones warn when pytest inspects this module)
RDF = rdflib.Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
OWL = rdflib.Namespace("http://www.w3.org/2002/07/owl#")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DS = rdflib.URIRef("https://w3id.org/kehoach/dataset")
SPACE = "https://w3id.org/kehoach/"


def count(store, query: str) -> int:
    return int(run_json(store, "sparql", query)[0]["n"])


def test_void_counts_equal_the_data(seed_store, tmp_path):
    out, void = tmp_path / "kehoach.nt", tmp_path / "kehoach.void.ttl"
    run(seed_store, "export", "--format", "nt", "-o", str(out), "--void", str(void),
        "--download-url", "https://example.org/kehoach.nt")
    data = rdflib.Graph()
    data.parse(out, format="nt")
    g = rdflib.Graph()
    g.parse(void, format="turtle")

    assert set(g.subjects(RDF.type, VOID.Dataset)) >= {DS} and (DS, RDF.type, DCAT.Dataset) in g
    # counts against the exported file itself (rdflib, independent of the store's SPARQL engine)
    assert int(g.value(DS, VOID.triples)) == len(data) > 5000
    assert int(g.value(DS, VOID.distinctSubjects)) == len(set(data.subjects()))
    assert int(g.value(DS, VOID.distinctObjects)) == len(set(data.objects()))
    assert int(g.value(DS, VOID.entities)) == len({s for s in data.subjects()
                                                   if isinstance(s, rdflib.URIRef) and str(s).startswith(SPACE)})
    classes = {g.value(p, VOID["class"]): int(g.value(p, VOID.entities)) for p in g.objects(DS, VOID.classPartition)}
    assert classes == {c: len(set(data.subjects(RDF.type, c))) for c in set(data.objects(None, RDF.type))}
    assert int(g.value(DS, VOID.classes)) == len(classes)
    props = {g.value(p, VOID.property): int(g.value(p, VOID.triples)) for p in g.objects(DS, VOID.propertyPartition)}
    assert props == {p: len(list(data.triples((None, p, None)))) for p in set(data.predicates())}
    assert int(g.value(DS, VOID.properties)) == len(props) and sum(props.values()) == len(data)

    # and against direct SPARQL counts on the store
    kh = "https://w3id.org/kehoach/ontology#"
    assert classes[rdflib.URIRef(kh + "Task")] == count(seed_store,
                                                        "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a kh:Task }")
    assert props[rdflib.URIRef(kh + "lead")] == count(seed_store,
                                                      "SELECT (COUNT(*) AS ?n) WHERE { ?t kh:lead ?a }")
    assert int(g.value(DS, VOID.triples)) == count(seed_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    modified = run_json(seed_store, "sparql",
                        "SELECT (MAX(?t) AS ?m) WHERE { GRAPH ?g { ?x prov:generatedAtTime ?t } }")
    assert g.value(DS, DCTERMS.modified).toPython() == \
        dt.datetime.fromisoformat(modified[0]["m"].replace("Z", "+00:00"))

    vocabularies = {str(v) for v in g.objects(DS, VOID.vocabulary)}
    assert {kh, "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/prov#",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/oa#",
            "http://www.w3.org/ns/org#"} <= vocabularies
    assert str(g.value(DS, VOID.uriSpace)) == SPACE
    assert g.value(DS, DCTERMS.license) == rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")

    dist = g.value(DS, DCAT.distribution)
    assert str(g.value(dist, DCAT.mediaType)).endswith("/application/n-triples")
    assert int(g.value(dist, DCAT.byteSize)) == out.stat().st_size
    assert g.value(dist, DCAT.downloadURL) == rdflib.URIRef("https://example.org/kehoach.nt")

    # linksets exactly when sameAs / exactMatch links to other datasets exist
    links = count(seed_store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o "
                              f"VALUES ?p {{ owl:sameAs skos:exactMatch }} "
                              f"FILTER(isIRI(?o) && !STRSTARTS(STR(?o), '{SPACE}')) }} }}")
    linksets = list(g.subjects(RDF.type, VOID.Linkset))
    assert sum(int(g.value(ls, VOID.triples)) for ls in linksets) == links
    assert bool(linksets) == bool(links)


def _links_store(path) -> EmbeddedStore:
    s = EmbeddedStore(path)
    N = ox.NamedNode
    unit = lambda x: N(SPACE + "place/vn/" + x)  # noqa: E731
    triples = [
        ox.Triple(unit("hai-phong"), N(str(RDF.type)), N(SPACE + "ontology#AdministrativeUnit")),
        ox.Triple(unit("hai-phong"), N(str(OWL.sameAs)), N("http://www.wikidata.org/entity/Q137809")),
        ox.Triple(unit("hai-phong"), N(str(SKOS.exactMatch)), N("http://www.wikidata.org/entity/Q137809")),
        ox.Triple(unit("dong-thap"), N(str(SKOS.exactMatch)), N("http://www.wikidata.org/entity/Q36740")),
        ox.Triple(unit("hai-phong"), N(str(SKOS.exactMatch)), N("https://danhmuchanhchinh.gso.gov.vn/unit/31")),
        ox.Triple(unit("dong-thap"), N(str(SKOS.exactMatch)), N("https://units.example.org/vn/87")),
        ox.Triple(unit("dong-thap"), N(str(SKOS.exactMatch)), unit("dong-thap-cu")),   # internal: no linkset
        ox.Triple(unit("dong-thap"), N(str(SKOS.exactMatch)), ox.Literal("87")),       # literal: no link
    ]
    s.replace_graph(SPACE + "graph/doc/links", triples)
    return s


def test_linksets_count_links_per_target(tmp_path):
    store = _links_store(tmp_path / "store")
    g = rdflib.Graph()
    g.parse(data=to_turtle(describe(store, Distribution("ttl", 10))), format="turtle")
    found = {}
    for ls in g.subjects(RDF.type, VOID.Linkset):
        assert (DS, VOID.subset, ls) in g and g.value(ls, VOID.subjectsTarget) == DS
        target = g.value(ls, VOID.objectsTarget)
        assert (target, RDF.type, VOID.Dataset) in g
        key = (str(g.value(target, VOID.uriSpace)), str(g.value(ls, VOID.linkPredicate)))
        found[key] = int(g.value(ls, VOID.triples))
    assert found == {
        ("http://www.wikidata.org/entity/", str(OWL.sameAs)): 1,
        ("http://www.wikidata.org/entity/", str(SKOS.exactMatch)): 2,
        ("https://danhmuchanhchinh.gso.gov.vn/", str(SKOS.exactMatch)): 1,
        ("https://units.example.org/", str(SKOS.exactMatch)): 1,
    }


def test_no_links_no_linkset_and_stable_output(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.ensure_reference_graphs()
    text = to_turtle(describe(store, Distribution("nq", 1)))
    assert b"Linkset" not in text
    assert text == to_turtle(describe(store, Distribution("nq", 1)))      # deterministic
    assert not re.search(rb"_:", text)                                     # no blank nodes

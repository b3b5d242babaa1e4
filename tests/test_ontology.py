"""The ontology loads, is labelled in both languages, passes a SHACL sanity check, and
declares every kh: term the builder emits."""

import pyshacl
import rdflib
from conftest import run
from rdflib.namespace import OWL, RDF, SKOS

from kehoach.resources import data_file

KH = "https://w3id.org/kehoach/ontology#"

SANITY_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <urn:sanity#> .
ex:Term a sh:NodeShape ;
  sh:targetClass owl:Class , owl:ObjectProperty , owl:DatatypeProperty ;
  # anonymous classes (owl:unionOf, owl:oneOf) need no labels
  sh:or ( [ sh:nodeKind sh:BlankNode ]
          [ sh:property [ sh:path rdfs:label ; sh:minCount 2 ; sh:uniqueLang true ; sh:languageIn ("vi" "en") ] ;
            sh:property [ sh:path rdfs:comment ; sh:minCount 1 ] ] ) .
ex:Concept a sh:NodeShape ; sh:targetClass skos:Concept ;
  sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ; sh:uniqueLang true ] ;
  sh:property [ sh:path skos:inScheme ; sh:minCount 1 ] .
"""


def load(name):
    g = rdflib.Graph()
    g.parse(data_file("ontology", name), format="turtle")
    return g


def test_ontology_loads_and_passes_sanity_shapes():
    g = load("kehoach.ttl")
    assert (None, RDF.type, OWL.Ontology) in g
    shapes = rdflib.Graph().parse(data=SANITY_SHAPES, format="turtle")
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_gazetteer_labels_are_unique():
    g = load("agencies.ttl")
    seen = {}
    for s, o in g.subject_objects(SKOS.prefLabel):
        if o.language == "vi":
            assert o not in seen, f"{o} used by {s} and {seen[o]}"
            seen[o] = s
    assert len(seen) > 60


def test_one_preferred_label_per_language_across_the_reference_files():
    """SKOS: a resource has at most one skos:prefLabel per language, also where two reference files describe it (the
    agency gazetteer's scheme had "Danh mục cơ quan" in kehoach.ttl and "Danh mục loại cơ quan" in agencies.ttl)."""
    g = rdflib.Graph()
    for name in ("kehoach.ttl", "agencies.ttl", "documents.ttl", "issuer-codes.ttl", "press-outlets.ttl"):
        g += load(name)
    labels: dict[tuple, set] = {}
    for s, o in g.subject_objects(SKOS.prefLabel):
        labels.setdefault((s, o.language), set()).add(str(o))
    twice = {k: v for k, v in labels.items() if len(v) > 1}
    assert twice == {}
    assert len(labels) > 200


def test_every_kh_term_in_the_data_is_declared(seed_store, tmp_path):
    onto = load("kehoach.ttl")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(KH)}
    out = tmp_path / "all.nt"
    run(seed_store, "export", "--format", "nt", "-o", str(out))
    data = rdflib.Graph().parse(out, format="nt")
    used = {str(t) for trip in data for t in trip if isinstance(t, rdflib.URIRef) and str(t).startswith(KH)}
    assert used - declared == set()


def test_every_document_type_the_reader_gives_has_its_class_and_concept():
    """Each type the reader gives a document (ingest/rdf_terms.DOC_CLASSES) is a class of the ontology, a
    kh:Document, whose kh:documentType is a top concept of kh:DocumentTypes labelled with the type's name."""
    from ingest.rdf_terms import DOC_CLASSES
    from ingest.text import slug
    g = load("kehoach.ttl")
    kh = rdflib.Namespace(KH)
    for name, cls in DOC_CLASSES.items():
        c, concept = kh[cls], kh["doctype-" + slug(name)]
        assert (c, RDF.type, OWL.Class) in g and (c, rdflib.RDFS.subClassOf, kh.Document) in g, cls
        assert (c, kh.documentType, concept) in g, cls
        assert (concept, SKOS.topConceptOf, kh.DocumentTypes) in g, name
        assert (kh.DocumentTypes, SKOS.hasTopConcept, concept) in g, name
        assert rdflib.Literal(name, lang="vi") in set(g.objects(concept, SKOS.prefLabel)), name

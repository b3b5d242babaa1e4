"""kehoach.audit.prebinding: which SHACL-SPARQL queries may run once, graph-wide, with $this free,
and the shapes loader refusing the others (and ill-formed prefix declarations) with AuditError.
Pure: queries are parsed by rdflib, nothing runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.audit import Shapes
from kehoach.audit.prebinding import check_prebinding
from kehoach.errors import AuditError

P = "PREFIX ex: <http://example.org/>\n"

ACCEPTED = [
    "SELECT $this ?value WHERE { $this ex:p ?value }",
    "SELECT $this WHERE { $this a ex:C FILTER NOT EXISTS { $this ex:p ?y } }",
    "SELECT $this WHERE { $this ex:p ?x OPTIONAL { ?x ex:q ?y FILTER(?y != $this) } }",
    "SELECT $this (COUNT(?x) AS ?n) WHERE { $this ex:p ?x } GROUP BY $this",
    "SELECT $this WHERE { { SELECT $this ?doc (COUNT(?c) AS ?n) WHERE { ?c ex:d ?doc } GROUP BY $this ?doc } "
    "$this ex:d ?doc }",
    "SELECT $this WHERE { $this ex:p ?x FILTER(?x = $currentShape) }",
    "SELECT $this WHERE { GRAPH ?g { $this ex:p ?x } }",
    "SELECT * WHERE { $this ex:p ?x }",
]

REFUSED = [
    ("SELECT $this WHERE { ?x a ex:C OPTIONAL { $this ex:p ?x } }", "must bind $this"),
    ("SELECT $this WHERE { { ?x a ex:C FILTER(?x != $this) } $this ex:p ?x }", "$this is read in FILTER"),
    ("SELECT $this WHERE { $this ex:p ?x OPTIONAL { { ?x ex:q ?y FILTER(?y != $this) } } }", "read in FILTER"),
    ("SELECT $this WHERE { $this ex:p ?x } LIMIT 1", "LIMIT/OFFSET"),
    ("SELECT ?x WHERE { $this ex:p ?x }", "must return $this"),
    ("SELECT $this WHERE { $this ex:p ?x { SELECT ?x WHERE { ?x ex:q ?y } } }", "sub-select must return $this"),
    ("SELECT $this WHERE { $this ex:p ?x FILTER EXISTS { { SELECT ?y WHERE { ?y ex:q ?x } } } }",
     "sub-select must return $this"),
    ("SELECT $this WHERE { $this ex:p ?x { SELECT $this ?x WHERE { $this ex:q ?x } LIMIT 2 } }", "LIMIT/OFFSET"),
    ("SELECT $this WHERE { $this ex:p ?x { SELECT $this (COUNT(?y) AS ?n) WHERE "
     "{ { $this ex:q ?y } UNION { ?y ex:r 1 } } GROUP BY $this } }", "grouped pattern"),
    ("SELECT $this WHERE { { $this ex:p ?x } UNION { $this ex:q ?x FILTER(?x = $currentShape) } }",
     "$currentShape is read"),
    ("SELECT ?this WHERE { ?x ex:p ?y BIND(?x AS ?this) }", "must not be bound"),
    ("SELECT $this WHERE { $this ex:p ?x MINUS { ?x ex:q 1 } }", "MINUS"),
    ("SELECT $this WHERE { $this ex:p ?x FILTER EXISTS { ?x ex:q ?y MINUS { ?y ex:z 1 } } }", "MINUS"),
    ("SELECT $this WHERE { $this ex:p ?x VALUES ?x { 1 } }", "VALUES"),
    ("SELECT $this WHERE { $this ex:p ?x SERVICE <http://s> { ?x ex:q ?y } }", "SERVICE"),
    ("SELECT $this ?g WHERE { $this ex:p ?x BIND($shapesGraph AS ?g) }", "$shapesGraph"),
    ("ASK { $this ex:p ?x }", "SELECT query"),
    ("SELECT $this WHERE { $this ex:p ?x ", "does not parse"),
    ("SELECT $this WHERE { $this undeclared:p ?x }", "does not parse"),
]


@pytest.mark.parametrize("query", ACCEPTED)
def test_graph_wide_is_pre_binding(query):
    assert check_prebinding(P + query) == []


@pytest.mark.parametrize("query,why", REFUSED)
def test_refused(query, why):
    problems = check_prebinding(P + query)
    assert any(why in p for p in problems), problems


SHAPE = """
@prefix sh:  <http://www.w3.org/ns/shacl#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix ex:  <http://example.org/> .
ex:prefixes a owl:Ontology ; sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/"^^xsd:anyURI ] %s .
ex:Shape a sh:NodeShape ; dct:identifier "a-check" ; sh:targetClass ex:C ;
    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes ex:prefixes ; sh:message "m"@en ;
        sh:select \"\"\"%s\"\"\" ] .
"""


def shapes_with(tmp_path: Path, select: str, more_prefixes: str = "") -> Shapes:
    (tmp_path / "s.ttl").write_text(SHAPE % (more_prefixes, select), encoding="utf-8")
    return Shapes(tmp_path)


def test_loader_reads_the_shapes_prefixes(tmp_path):
    s = shapes_with(tmp_path, "SELECT $this WHERE { $this ex:p ?x }")
    [c] = s.sparql_checks
    assert c.prefixes == (("ex", "http://example.org/"),)
    assert c.query == "PREFIX ex: <http://example.org/>\nSELECT $this WHERE { $this ex:p ?x }"
    assert c.targets.classes == ("http://example.org/C",)


@pytest.mark.parametrize("select,more,why", [
    ("SELECT $this WHERE { $this ex:p ?x MINUS { ?x ex:q 1 } }", "", "MINUS"),
    ("SELECT $this WHERE { $this skos:p ?x }", "", "does not parse"),
    ("SELECT $this WHERE { $this ex:p ?x }",
     ', [ sh:prefix "ex" ; sh:namespace "http://example.com/"^^xsd:anyURI ]', "two namespaces"),
    ("SELECT $this WHERE { $this ex:p ?x }", ', [ sh:prefix "ex2" ]', "exactly one sh:prefix and one sh:namespace"),
])
def test_loader_refuses(tmp_path, select, more, why):
    with pytest.raises(AuditError, match="ex:Shape|Shape") as e:
        shapes_with(tmp_path, select, more)
    assert why in str(e.value)

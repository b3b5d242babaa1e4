"""SHACL core shapes compiled to SPARQL (kehoach.audit.compile) give exactly what pySHACL gives on
the same data: focus node, source shape, constraint component, value, path, severity and messages
of every result. pySHACL is the reference implementation; the data are written for this test:

- the project's own core shapes (shapes/tasks.ttl, documents.ttl, agencies.ttl) on nodes that
  break and keep each of them, a subclass instance included (targets are SHACL instances);
- a shapes file that uses every constraint the compiler translates, with every kind of target,
  on values that meet, break and cannot be compared with each constraint;
- a shape the compiler leaves to pySHACL (sh:datatype) still gives its results through the audit.

Each case is loaded into an embedded store (one named graph, the union maintained: the data graph
of the compiled queries is the store's default graph) and into an rdflib graph for pySHACL."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, SH

from kehoach.audit import Shapes, check_of
from kehoach.audit.compile import compile_shapes
from kehoach.audit.core import run_compiled
from kehoach.store import EmbeddedStore
from kehoach.vocab import BASE

T = BASE + "test/"
HEAD = f"""
@prefix kh:   <{BASE}ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix sh:   <http://www.w3.org/ns/shacl#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix :     <{T}> .
"""

PROJECT_DATA = """
:SpecialTask rdfs:subClassOf kh:Task .
:t1 a kh:Task ; kh:lead :a1 ; kh:support :a2 .
:t2 a kh:Task .                                        # no lead
:t3 a :SpecialTask .                                   # no lead, a subclass instance
:t4 a kh:Task ; kh:lead :g1 .                          # only a collective leads
:t5 a kh:Task ; kh:lead :g1 , :a1 .
:t6 a kh:Task ; kh:lead :a1 , :a2 ; kh:support :a2 , :a3 .   # a2 leads and supports
:t7 a kh:Task ; kh:lead :a1 ; kh:duplicateCount 2 .
:t8 a kh:Task ; kh:lead :a1 ; kh:duplicateCount 1 .
:a1 a kh:Agency ; kh:resolution kh:resolved .
:a2 a kh:Agency ; kh:resolution kh:resolved .
:a3 a kh:Agency ; kh:resolution kh:unresolved .
:g1 a kh:AgencyGroup .
:d1 kh:numberBlank true ; kh:dateBlank true .
:d2 kh:numberBlank false .
"""

ALL_SHAPES = HEAD + """
:S1 a sh:NodeShape ; dct:identifier "counts" ; sh:targetClass :Thing ;
    sh:property [ dct:identifier "counts" ; sh:path :p ; sh:minCount 2 ; sh:maxCount 3 ;
                  sh:message "đếm"@vi , "counts"@en ] ,
                [ dct:identifier "counts" ; sh:path :q ; sh:minCount 1 ; sh:severity sh:Info ] .
:S2 a sh:NodeShape ; dct:identifier "values" ; sh:targetNode :n1 , :n2 ; sh:targetObjectsOf :points ;
    sh:property [ dct:identifier "values" ; sh:path :v ; sh:in ( 1 "a" :x ) ; sh:severity sh:Warning ] ,
                [ dct:identifier "values" ; sh:path :c ; sh:class :Kind ] ,
                [ dct:identifier "values" ; sh:path :k ; sh:nodeKind sh:IRI ] ,
                [ dct:identifier "values" ; sh:path :h ; sh:hasValue :must ] .
:S3 a sh:NodeShape , rdfs:Class ; dct:identifier "ranges" ;
    sh:property [ dct:identifier "ranges" ; sh:path :n ; sh:minInclusive 1 ; sh:maxExclusive 10 ] ,
                [ dct:identifier "ranges" ; sh:path :m ; sh:minExclusive 0 ; sh:maxInclusive 5 ] ,
                [ dct:identifier "ranges" ; sh:path :s ; sh:minLength 2 ; sh:maxLength 4 ] ,
                [ dct:identifier "ranges" ; sh:path :s ; sh:pattern "^A" ; sh:flags "i" ] .
:S4 a sh:NodeShape ; dct:identifier "pairs" ; sh:targetSubjectsOf :l ;
    sh:property [ dct:identifier "pairs" ; sh:path :l ; sh:disjoint :r ] ,
                [ dct:identifier "pairs" ; sh:path :l ; sh:equals :e ] ,
                [ dct:identifier "pairs" ; sh:path :l ; sh:qualifiedValueShape [ sh:class :Kind ] ;
                  sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ] ,
                [ dct:identifier "pairs" ; sh:path :l ;
                  sh:qualifiedValueShape [ sh:in ( :x :y ) ] ; sh:qualifiedMinCount 2 ] .
:S5 a sh:NodeShape ; dct:identifier "off" ; sh:targetClass :Thing ; sh:deactivated true ;
    sh:property [ sh:path :p ; sh:minCount 9 ] .
"""

ALL_DATA = """
:Sub rdfs:subClassOf :Kind .
:i1 a :Thing ; :p 1 , 2 ; :q 0 .
:i2 a :Thing ; :p 1 .
:i3 a :Thing ; :p 1 , 2 , 3 , 4 ; :q 1 .
:n1 :v 1 , 2 , "a" , "b"@en , :x , :y ; :c :k1 , :k2 , "lit" ; :k :x , "lit" , _:b ; :h :must .
:n2 :c :k3 .
:o :points :n3 . :n3 :v 1.5 , "1"^^xsd:integer ; :h :other .
:k1 a :Kind . :k2 a :Sub .
:r1 a :S3 ; :n 0 , 1 , 9 , 10 , "x" ; :m 0 , 5 , 6 ; :s "a" , "ab" , "abcde" , "Abc" , "xbc" , :abc .
:w1 :l :x , :k1 ; :r :x ; :e :x , :k1 .
:w2 :l :y ; :e :z .
:w3 :l :k1 , :k2 .
:w4 :l :x , :y , :k1 .
"""


def load(trig_body: str, folder: Path) -> tuple[EmbeddedStore, rdflib.Graph]:
    data = HEAD + f"<{T}graph> {{\n{trig_body}\n}}"
    quads = list(ox.parse(data.encode(), format=ox.RdfFormat.TRIG))
    store = EmbeddedStore(folder)
    store.replace_graph(T + "graph", [q.triple for q in quads])
    g = rdflib.Graph()
    g.parse(data=ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES), format="nt")
    return store, g


def _value(v: rdflib.term.Node | None) -> str | None:
    """Blank nodes compared as blank nodes (each side has its own labels)."""
    if v is None:
        return None
    return "_:" if isinstance(v, rdflib.BNode) else str(v)


def reference(data: rdflib.Graph, shapes: rdflib.Graph) -> set[tuple]:
    import pyshacl
    _, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True,
                                       allow_infos=True)
    assert isinstance(report, rdflib.Graph), text
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(r, SH.sourceShape)
        msgs = frozenset(str(m) for m in report.objects(r, SH.resultMessage))
        out.add((check_of(shapes, shape)[0], str(report.value(r, SH.focusNode)),
                 str(report.value(r, SH.sourceConstraintComponent)), _value(report.value(r, SH.value)),
                 str(report.value(r, SH.resultPath)), str(report.value(r, SH.resultSeverity)), msgs))
    return out


def compiled(store: EmbeddedStore, shapes: rdflib.Graph) -> set[tuple]:
    nodes = sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str)
    cs, rest = compile_shapes(shapes, nodes, check_of)
    assert rest == []
    out = set()
    for f in run_compiled(store, cs):
        msgs = frozenset(m for m in (f.message_vi, f.message_en) if m) if any(c.messages for c in cs
                                                                           if c.shape == f.shape) else None
        value = "_:" if f.value is not None and f.value.startswith("_:") else f.value
        out.add((f.check, f.focus_node, f.component, value, f.path, f.severity.iri, msgs))
    return out


def comparable(results: set[tuple], keep_messages: bool) -> set[tuple]:
    """pySHACL writes a default message where a shape has none; kehoach leaves it empty."""
    return {(*r[:6], r[6] if keep_messages and r[6] is not None else None) for r in results}


def test_project_core_shapes_compiled_equal_pyshacl(tmp_path):
    shapes = Shapes()
    assert shapes.fallback.__len__() == 0, "every core shape of the project compiles"
    store, data = load(PROJECT_DATA, tmp_path / "s")
    ours = compiled(store, shapes.core)
    ref = reference(data, shapes.core)
    assert comparable(ours, True) == comparable(ref, True)
    found = {(c, f[len(T):]) for c, f, *_ in ours}
    assert found == {("task-without-lead", "t2"), ("task-without-lead", "t3"), ("collective-lead", "t4"),
                     ("lead-also-support", "t6"), ("duplicate-task", "t7"), ("unknown-agency", "a3"),
                     ("blank-number", "d1"), ("blank-date", "d1")}


def test_every_compiled_constraint_equals_pyshacl(tmp_path):
    shapes = rdflib.Graph().parse(data=ALL_SHAPES, format="turtle")
    store, data = load(ALL_DATA, tmp_path / "s")
    ours = comparable(compiled(store, shapes), False)
    ref = comparable(reference(data, shapes), False)
    assert ours == ref
    components = {c.rsplit("#", 1)[1] for _, _, c, *_ in ref}
    assert len(components) == 17, " ".join(sorted(components))    # every kind the compiler translates fired


@pytest.mark.parametrize("focus", [["n1"], ["n1", "n3", "i1"], []])
def test_focused_queries_give_the_results_of_their_focus_nodes(tmp_path, focus):
    """The incremental audit runs a constraint for some focus nodes only: the results are those of
    the graph-wide run for those nodes."""
    shapes = rdflib.Graph().parse(data=ALL_SHAPES, format="turtle")
    store, _ = load(ALL_DATA, tmp_path / "s")
    cs, _ = compile_shapes(shapes, sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str), check_of)
    wide = {(f.check, f.focus_node, f.component, f.value) for f in run_compiled(store, cs)}
    nodes = [f"<{T}{n}>" for n in focus]
    some = {(f.check, f.focus_node, f.component, f.value)
            for f in run_compiled(store, cs, focus={c.check: nodes for c in cs})}
    assert some == {r for r in wide if r[1] in {T + n for n in focus}}


def test_a_shape_the_compiler_does_not_translate_goes_to_pyshacl(tmp_path):
    folder = tmp_path / "shapes"
    folder.mkdir()
    (folder / "typed.ttl").write_text(HEAD + """
:Typed a sh:NodeShape ; dct:identifier "typed" ; sh:targetClass kh:Task ;
    sh:property [ dct:identifier "typed" ; sh:path kh:sequence ; sh:datatype xsd:integer ;
                  sh:message "kiểu"@vi , "type"@en ] .
:Led a sh:NodeShape ; dct:identifier "led" ; sh:targetClass kh:Task ;
    sh:property [ dct:identifier "led" ; sh:path kh:lead ; sh:minCount 1 ; sh:message "chủ trì"@vi , "lead"@en ] .
""", encoding="utf-8")
    s = Shapes(folder)
    assert {c.check for c in s.compiled} == {"led"}
    assert len(s.fallback) > 0
    from kehoach.audit import Auditor
    store, _ = load(":t1 a kh:Task ; kh:sequence \"x\" ; kh:lead :a . :t2 a kh:Task ; kh:sequence 2 .",
                    tmp_path / "s")
    found = {(f.check, f.focus_node[len(T):]) for f in Auditor(store, s, workers=1).core([T + "graph"])}
    assert found == {("typed", "t1"), ("led", "t2")}


def test_which_constraints_test_the_class_of_a_value():
    """The incremental audit runs a changed plan's own nodes on its graph alone, adding the
    reference graphs for a constraint that tests the class of a value (sh:class, a qualified
    sh:class): the type of a value may be stated there only. A class target tests the focus node."""
    from kehoach.audit.core import tests_value_classes
    shapes = rdflib.Graph().parse(data=ALL_SHAPES, format="turtle")
    cs, _ = compile_shapes(shapes, sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str), check_of)
    with_classes = {(c.check, c.component.rsplit("#", 1)[1]) for c in cs if tests_value_classes(c)}
    assert with_classes == {("values", "ClassConstraintComponent"),
                            ("pairs", "QualifiedMinCountConstraintComponent"),
                            ("pairs", "QualifiedMaxCountConstraintComponent")}
    # the project's: only collective-lead (a qualified sh:class kh:Agency); task-without-lead has
    # a class target only
    project = {c.check for c in Shapes().compiled if tests_value_classes(c)}
    assert project == {"collective-lead"}

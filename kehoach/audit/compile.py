"""SHACL core constraints compiled to SPARQL, run on the store.

A node shape whose constraints are all of the kinds below is turned into SPARQL queries, one per
constraint component, that find the validation results of every focus node at once on the store's
default graph (the union of all graphs, the same data graph the SHACL-SPARQL constraints see).
pySHACL stays the reference: tests/test_shapes_equivalence.py runs both on the same data and
compares every result (focus node, source shape, component, value, path, severity, messages).

What compiles (SHACL §2-§4, simple paths only):
    targets     sh:targetClass (SHACL instances: rdf:type/rdfs:subClassOf*), implicit class
                targets, sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf
    property    sh:minCount, sh:maxCount, sh:in, sh:hasValue, sh:class, sh:nodeKind, sh:disjoint,
    shapes      sh:equals, sh:min/maxInclusive, sh:min/maxExclusive, sh:minLength, sh:maxLength,
                sh:pattern (+ sh:flags), sh:qualifiedValueShape with sh:qualifiedMinCount /
                sh:qualifiedMaxCount whose value shape uses sh:class, sh:in, sh:hasValue or
                sh:nodeKind
    results     focus node, sh:resultPath, sh:value where SHACL gives one, sh:sourceShape (the
                property shape), sh:sourceConstraintComponent, sh:resultSeverity (Violation by
                default), sh:resultMessage from the shape's sh:message
Anything else (node-level constraints, sh:node, sh:or, complex paths, sh:datatype, sh:closed, ...)
leaves its node shape to pySHACL (kehoach.audit.core), so every shapes graph still runs.

Each query comes in two forms: graph-wide (absence tested with MINUS, which the store evaluates
as one anti-join) and restricted to given focus nodes (a VALUES block first; absence tested with
FILTER NOT EXISTS, one lookup per node) for incremental audits."""

from __future__ import annotations

from dataclasses import dataclass, field

import rdflib
from rdflib.term import Node

from kehoach.vocab import DCT, RDF, RDFS
from kehoach.vocab import SH as SHACL

from .model import Severity

SH = rdflib.SH
SH_CLASS = rdflib.URIRef(SHACL + "class")
DCT_ID = rdflib.URIRef(DCT + "identifier")
INSTANCE = f"<{RDF}type>/<{RDFS}subClassOf>*"
FOCUS = "#FOCUS#"               # where a VALUES block restricting ?this goes

# predicates a property shape may carry without being a constraint
_ANNOTATIONS = {SH.path, SH.severity, SH.message, SH.name, SH.description, SH.order, SH.group, SH.deactivated,
                SH.defaultValue, DCT_ID, rdflib.RDF.type, rdflib.RDFS.label, rdflib.RDFS.comment}
_NODE_KEYS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property} | _ANNOTATIONS
_IN = rdflib.URIRef(SHACL + "in")
_VALUE_SHAPE_KEYS = {SH_CLASS, _IN, SH.hasValue, SH.nodeKind, rdflib.RDF.type, SH.name, SH.description,
                     rdflib.RDFS.label, rdflib.RDFS.comment}
_COMPARE = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_NODE_KINDS = {
    SH.IRI: "isIRI(?value)", SH.BlankNode: "isBlank(?value)", SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}


class NotCompilable(Exception):
    """A shape uses something the compiler does not translate: pySHACL validates it."""


@dataclass(frozen=True)
class CompiledConstraint:
    """One constraint component of one property shape, as SPARQL."""
    check: str
    shape: str                      # the property shape (sh:sourceShape); "_:..." for a blank node
    component: str                  # sh:sourceConstraintComponent
    severity: Severity
    path: str
    messages: dict[str, str] = field(default_factory=dict)
    wide: str = ""                  # graph-wide query text
    focused: str = ""               # with FOCUS where the VALUES block goes
    classes: tuple[str, ...] = ()   # targets, to find the focus nodes of a graph
    subjects_of: tuple[str, ...] = ()
    objects_of: tuple[str, ...] = ()
    nodes: tuple[str, ...] = ()

    def query(self, focus: list[str] | None = None) -> str:
        """The query text: graph-wide, or for the focus nodes `focus` (N-Triples IRIs)."""
        if focus is None:
            return self.wide
        return self.focused.replace(FOCUS, "VALUES ?this { " + " ".join(focus) + " }")


def compile_shapes(g: rdflib.Graph, node_shapes: list[Node],
                   check_of: object) -> tuple[list[CompiledConstraint], list[Node]]:
    """(compiled constraints, node shapes left to pySHACL) of the core node shapes `node_shapes`."""
    compiled: list[CompiledConstraint] = []
    rest: list[Node] = []
    for ns in node_shapes:
        try:
            compiled.extend(_node_shape(g, ns, check_of))
        except NotCompilable:
            rest.append(ns)
    compiled.sort(key=lambda c: (c.check, c.shape, c.component))
    return compiled, rest


def _int(v: Node) -> int:
    if not isinstance(v, rdflib.Literal):
        raise NotCompilable(f"a count that is not a literal: {v}")
    return int(v.toPython())


def _true(v: Node | None) -> bool:
    return isinstance(v, rdflib.Literal) and v.toPython() is True


def _term(n: Node) -> str:
    if isinstance(n, rdflib.BNode):
        raise NotCompilable("blank node in a constraint parameter")
    return n.n3()


def _node_shape(g: rdflib.Graph, ns: Node, check_of: object) -> list[CompiledConstraint]:
    if _true(g.value(ns, SH.deactivated)):
        return []
    for p in g.predicates(ns, None):
        if p not in _NODE_KEYS and str(p).startswith(SHACL):
            raise NotCompilable(f"node-level {p}")
    classes = sorted({str(c) for c in g.objects(ns, SH.targetClass)} |
                     ({str(ns)} if (ns, rdflib.RDF.type, rdflib.RDFS.Class) in g else set()))
    nodes = sorted(_term(n) for n in g.objects(ns, SH.targetNode))
    subjects = sorted(str(p) for p in g.objects(ns, SH.targetSubjectsOf))
    objects = sorted(str(p) for p in g.objects(ns, SH.targetObjectsOf))
    branches = [f"?this {INSTANCE} <{c}> ." for c in classes]
    branches += [f"?this <{p}> ?_target ." for p in subjects]
    branches += [f"?_target <{p}> ?this ." for p in objects]
    if nodes:
        branches.append("VALUES ?this { " + " ".join(nodes) + " }")
    if not branches:
        return []               # no focus nodes: nothing to validate
    target = branches[0] if len(branches) == 1 else " UNION ".join("{ " + b + " }" for b in branches)
    # a single sh:targetSubjectsOf P is implied by a constraint that needs a P value anyway
    implied = subjects[0] if len(branches) == 1 and len(subjects) == 1 else None
    out: list[CompiledConstraint] = []
    for ps in g.objects(ns, SH.property):
        if _true(g.value(ps, SH.deactivated)):
            continue
        for c in _property_shape(g, ps, target, check_of, implied):
            out.append(CompiledConstraint(**{**c.__dict__, "classes": tuple(classes), "subjects_of": tuple(subjects),
                                             "objects_of": tuple(objects), "nodes": tuple(nodes)}))
    return out


def _property_shape(g: rdflib.Graph, ps: Node, target: str, check_of: object,
                    implied: str | None = None) -> list[CompiledConstraint]:
    path = g.value(ps, SH.path)
    if not isinstance(path, rdflib.URIRef):
        raise NotCompilable("complex path")
    keys = set(g.predicates(ps, None))
    for k in keys:
        if k not in _ANNOTATIONS and k not in _PROPERTY_KEYS and str(k).startswith(SHACL):
            raise NotCompilable(f"property constraint {k}")
    if _true(g.value(ps, SH.qualifiedValueShapesDisjoint)):
        raise NotCompilable("sh:qualifiedValueShapesDisjoint")
    check, shape = check_of(g, ps)  # type: ignore[operator]
    base = {"check": check, "shape": shape if not isinstance(ps, rdflib.BNode) else f"_:{ps}",
            "severity": Severity.of_iri(g.value(ps, SH.severity)), "path": str(path),
            "messages": {m.language or "vi": str(m) for m in g.objects(ps, SH.message)
                         if isinstance(m, rdflib.Literal)}}
    p = f"<{path}>"
    needs = (str(path),)
    out = []

    def add(component: str, select: str, body_wide: str, body_focused: str | None = None, tail: str = "",
            needs: tuple[str, ...] = ()) -> None:
        """`needs`: predicates the body requires ?this to have a value of (so they imply a
        sh:targetSubjectsOf target)."""
        t = "" if implied is not None and implied in needs else f"{{ {target} }} "
        wide = f"SELECT DISTINCT {select} WHERE {{ {t}{body_wide} }}{tail}"
        focused = f"SELECT DISTINCT {select} WHERE {{ {FOCUS} {t}{body_focused or body_wide} }}{tail}"
        out.append(CompiledConstraint(component=SHACL + component, wide=wide, focused=focused, **base))

    def at_least(component: str, least: int, var: str, values: str, focused: str) -> None:
        """Fewer than `least` distinct `var` in `values` (`focused`: its form under a focus node)."""
        if least == 1:
            add(component, "?this", f"MINUS {{ {values} }}", f"FILTER NOT EXISTS {{ {focused} }}")
        elif least > 1:
            add(component, "?this", f"OPTIONAL {{ {values} }}",
                tail=f" GROUP BY ?this HAVING (COUNT(DISTINCT {var}) < {least})")

    def at_most(component: str, most: int, var: str, values: str) -> None:
        add(component, "?this", values, tail=f" GROUP BY ?this HAVING (COUNT(DISTINCT {var}) > {most})",
            needs=needs)

    for n in g.objects(ps, SH.minCount):
        at_least("MinCountConstraintComponent", _int(n), "?_v", f"?this {p} ?_v", f"?this {p} ?_v")
    for n in g.objects(ps, SH.maxCount):
        at_most("MaxCountConstraintComponent", _int(n), "?_v", f"?this {p} ?_v .")
    for lst in g.objects(ps, _IN):
        members = list(rdflib.collection.Collection(g, lst))
        cond = " || ".join(f"sameTerm(?value, {_term(m)})" for m in members) or "false"
        add("InConstraintComponent", "?this ?value", f"?this {p} ?value . FILTER(!({cond}))", needs=needs)
    for v in g.objects(ps, SH.hasValue):
        add("HasValueConstraintComponent", "?this", f"MINUS {{ ?this {p} {_term(v)} }}",
            f"FILTER NOT EXISTS {{ ?this {p} {_term(v)} }}")
    for c in g.objects(ps, SH_CLASS):
        add("ClassConstraintComponent", "?this ?value",
            f"?this {p} ?value . FILTER NOT EXISTS {{ ?value {INSTANCE} {_term(c)} }}", needs=needs)
    for kind in g.objects(ps, SH.nodeKind):
        if not isinstance(kind, rdflib.URIRef) or kind not in _NODE_KINDS:
            raise NotCompilable(f"node kind {kind}")
        add("NodeKindConstraintComponent", "?this ?value", f"?this {p} ?value . FILTER(!{_NODE_KINDS[kind]})",
            needs=needs)
    for q in g.objects(ps, SH.disjoint):
        # graph-wide, the other property's values are read whole by a sub-select and joined by
        # hashing: as a plain pattern the store looks each (focus, value) pair up in turn (lead and
        # support at 1,000 plans: 0.84-1.04 s against 0.14-0.18, the same rows); for given focus
        # nodes, looked up
        add("DisjointConstraintComponent", "?this ?value",
            f"?this {p} ?value . {{ SELECT ?this ?value WHERE {{ ?this {_term(q)} ?value }} }}",
            f"?this {p} ?value . ?this {_term(q)} ?value .", needs=(*needs, str(q)))
    for q in g.objects(ps, SH.equals):
        add("EqualsConstraintComponent", "?this ?value",
            f"{{ ?this {p} ?value FILTER NOT EXISTS {{ ?this {_term(q)} ?value }} }} UNION "
            f"{{ ?this {_term(q)} ?value FILTER NOT EXISTS {{ ?this {p} ?value }} }}")
    for key, op in _COMPARE.items():
        for lim in g.objects(ps, key):
            name = str(key)[len(SHACL):]
            add(name[0].upper() + name[1:] + "ConstraintComponent", "?this ?value",
                f"?this {p} ?value . FILTER(COALESCE(!(?value {op} {_term(lim)}), true))", needs=needs)
    for n in g.objects(ps, SH.minLength):
        add("MinLengthConstraintComponent", "?this ?value",
            f"?this {p} ?value . FILTER(isBlank(?value) || COALESCE(STRLEN(STR(?value)) < {_int(n)}, true))",
            needs=needs)
    for n in g.objects(ps, SH.maxLength):
        add("MaxLengthConstraintComponent", "?this ?value",
            f"?this {p} ?value . FILTER(isBlank(?value) || COALESCE(STRLEN(STR(?value)) > {_int(n)}, true))",
            needs=needs)
    for pat in g.objects(ps, SH.pattern):
        flags = g.value(ps, SH.flags)
        args = _term(rdflib.Literal(str(pat))) + (f", {_term(rdflib.Literal(str(flags)))}" if flags else "")
        add("PatternConstraintComponent", "?this ?value",
            f"?this {p} ?value . FILTER(isBlank(?value) || !REGEX(STR(?value), {args}))", needs=needs)
    for vs in g.objects(ps, SH.qualifiedValueShape):
        cond = _value_shape(g, vs)
        for n in g.objects(ps, SH.qualifiedMinCount):
            # in the focused form the value's condition is nested: the store plans the patterns of
            # an EXISTS without the outer bindings, and would start from every instance
            at_least("QualifiedMinCountConstraintComponent", _int(n), "?_q", f"?this {p} ?_q . {cond}",
                     f"?this {p} ?_q FILTER EXISTS {{ {cond} }}")
        for n in g.objects(ps, SH.qualifiedMaxCount):
            at_most("QualifiedMaxCountConstraintComponent", _int(n), "?_q", f"?this {p} ?_q . {cond}")
    return out


_PROPERTY_KEYS = {SH.minCount, SH.maxCount, _IN, SH.hasValue, SH_CLASS, SH.nodeKind, SH.disjoint, SH.equals,
                  SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.minLength, SH.maxLength,
                  SH.pattern, SH.flags, SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
                  SH.qualifiedValueShapesDisjoint}


def _value_shape(g: rdflib.Graph, vs: Node) -> str:
    """The SPARQL condition on ?_q that a value conforms to a simple value shape."""
    conds = []
    for k in g.predicates(vs, None):
        if k not in _VALUE_SHAPE_KEYS:
            raise NotCompilable(f"value shape with {k}")
    for c in g.objects(vs, SH_CLASS):
        conds.append(f"?_q {INSTANCE} {_term(c)} .")
    for lst in g.objects(vs, _IN):
        members = list(rdflib.collection.Collection(g, lst))
        conds.append("FILTER(" + (" || ".join(f"sameTerm(?_q, {_term(m)})" for m in members) or "false") + ")")
    for v in g.objects(vs, SH.hasValue):
        conds.append(f"FILTER(sameTerm(?_q, {_term(v)}))")
    for kind in g.objects(vs, SH.nodeKind):
        if not isinstance(kind, rdflib.URIRef) or kind not in _NODE_KINDS:
            raise NotCompilable(f"node kind {kind}")
        conds.append(f"FILTER({_NODE_KINDS[kind].replace('?value', '?_q')})")
    return " ".join(conds)

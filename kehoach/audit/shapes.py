"""The shapes graph (shapes/*.ttl), read once and split:

- the core shapes (every node shape without sh:sparql, with what it reaches: property shapes,
  sh:or / sh:in lists, qualified value shapes), compiled to SPARQL by kehoach.audit.compile; a
  node shape the compiler does not translate is validated by pySHACL (kehoach.audit.core), with
  the predicates and classes it looks at, which the projection keeps;
- the SHACL-SPARQL constraints (`sh:sparql` on a node shape), each with its check id, severity,
  targets, messages and the prefixes its shape declares, run by kehoach.audit.sparql.

A shapes graph that kehoach cannot run as SHACL says (a complex path in a core shape, an ill-formed
prefix declaration, a query pre-binding could not answer the same way) raises AuditError here,
before anything runs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.term import Node

from kehoach.errors import AuditError
from kehoach.resources import data_dir
from kehoach.vocab import DCT, OWL, RDFS, XSD
from kehoach.vocab import SH as SHACL

from .compile import compile_shapes
from .model import Severity
from .prebinding import CURRENT_SHAPE, check_prebinding, uses

RDF = rdflib.RDF
SH = rdflib.SH
DCT_ID = rdflib.URIRef(DCT + "identifier")
OWL_IMPORTS = rdflib.URIRef(OWL + "imports")
RDFS_CLASS = rdflib.URIRef(RDFS + "Class")
XSD_ANYURI = rdflib.URIRef(XSD + "anyURI")
XSD_STRING = rdflib.URIRef(XSD + "string")
_EMPTY = ox.Store()          # in memory, never written
# sh:class, sh:or, sh:and are Python keywords or builtins: no attribute of rdflib's SH
SH_CLASS, SH_OR, SH_AND = (rdflib.URIRef(SHACL + n) for n in ("class", "or", "and"))


@dataclass(frozen=True)
class Targets:
    """The focus nodes a shape declares: instances (SHACL instances: rdf:type/rdfs:subClassOf*)
    of `classes`, the `nodes` themselves (N-Triples terms), the subjects of `subjects_of` and
    the objects of `objects_of` triples."""
    classes: tuple[str, ...] = ()
    nodes: tuple[str, ...] = ()
    subjects_of: tuple[str, ...] = ()
    objects_of: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.classes or self.nodes or self.subjects_of or self.objects_of)


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:SPARQLConstraint of a node shape."""
    shape: str                         # the shape's IRI (sh:sourceShape)
    check: str                         # its dct:identifier
    severity: Severity
    targets: Targets
    select: str                        # sh:select as written in the shape
    prefixes: tuple[tuple[str, str], ...] = ()   # (prefix, namespace) from sh:prefixes/owl:imports*/sh:declare
    messages: dict[str, str] = field(default_factory=dict)   # language -> sh:message template
    uses_current_shape: bool = False   # the query reads $currentShape (the runner binds it)

    @property
    def query(self) -> str:
        """The query text to run: the shape's own prefix declarations, then its sh:select."""
        return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.prefixes) + self.select


class Shapes:
    def __init__(self, folder: Path | None = None):
        folder = folder or data_dir("shapes")
        self.graph = rdflib.Graph()
        digest = hashlib.sha256()
        for f in sorted(folder.glob("*.ttl")):
            data = f.read_bytes()
            digest.update(f.name.encode("utf-8") + b"\0" + data + b"\0")
            self.graph.parse(data=data, format="turtle", publicID=f.as_uri())
        # the shapes as written (what audits remembered in a cache are compared with)
        self.digest = digest.hexdigest()
        g = self.graph
        self.sparql_checks: list[SparqlConstraint] = []
        sparql_shapes: set[Node] = set()
        for shape, constraint in g.subject_objects(SH.sparql):
            sparql_shapes.add(shape)
            if _true(g.value(shape, SH.deactivated)) or _true(g.value(constraint, SH.deactivated)):
                continue
            self.sparql_checks.append(_sparql_constraint(g, shape, constraint))
        self.sparql_checks.sort(key=lambda c: (c.check, c.select))
        # the core shapes graph: everything except the SPARQL-based node shapes
        keep = set(g.subjects(RDF.type, SH.NodeShape)) - sparql_shapes
        self.core = _reach(g, keep)
        # core shapes compiled to SPARQL (kehoach.audit.compile); the rest is left to pySHACL
        self.compiled, fallback = compile_shapes(self.core, sorted(keep, key=str), check_of)
        self.fallback = _reach(g, set(fallback))
        # the projection pySHACL validates keeps the predicates named by sh:path: complex paths
        # would escape it
        complex_paths = [s for s, o in self.fallback.subject_objects(SH.path) if not isinstance(o, rdflib.URIRef)]
        if complex_paths:
            raise AuditError(f"core shapes must use simple property paths; found complex paths in {complex_paths}")
        # what the shapes left to pySHACL look at: their paths, compared properties, and classes
        fb = self.fallback
        self.predicates = {str(o) for p in (SH.path, SH.disjoint, SH.equals, SH.lessThan, SH.targetSubjectsOf,
                                            SH.targetObjectsOf) for o in fb.objects(None, p)}
        self.classes = {str(o) for p in (SH.targetClass, SH_CLASS) for o in fb.objects(None, p)}
        self.core_nt = fb.serialize(format="nt")
        # how a run restricted to some focus nodes narrows each constraint's sub-selects
        # (kehoach.audit.sparql.narrowing): analysed now, with the rest of the queries, not in
        # the first incremental audit
        from .sparql import narrowing, query_text
        for c in self.sparql_checks:
            narrowing(query_text(c))

    @property
    def check_ids(self) -> set[str]:
        """Every check id of the shapes."""
        return {str(o) for o in self.graph.objects(None, DCT_ID)}


def _reach(g: rdflib.Graph, roots: set[Node]) -> rdflib.Graph:
    """The shapes `roots` with everything they reach (property shapes, nested shapes, RDF lists)."""
    out = rdflib.Graph()
    reach: set[Node] = set()
    stack = list(roots)
    while stack:
        n = stack.pop()
        if n in reach:
            continue
        reach.add(n)
        for p, o in g.predicate_objects(n):
            out.add((n, p, o))
            if (o, None, None) in g:        # nested shapes, RDF lists of sh:or / sh:in
                stack.append(o)
    return out


def _true(v: Node | None) -> bool:
    return isinstance(v, rdflib.Literal) and v.toPython() is True


def _sparql_constraint(g: rdflib.Graph, shape: Node, constraint: Node) -> SparqlConstraint:
    name = shape.n3(g.namespace_manager)
    if (shape, RDF.type, SH.PropertyShape) in g or g.value(shape, SH.path) is not None:
        raise AuditError(f"{name}: sh:sparql on a property shape ($PATH) is not supported; use a node shape")
    if (shape, SH.target, None) in g:
        raise AuditError(f"{name}: sh:target (SHACL-AF targets) is not supported by the SPARQL runner")
    select = g.value(constraint, SH.select)
    if not isinstance(select, rdflib.Literal):
        raise AuditError(f"{name}: a sh:SPARQLConstraint needs one sh:select (sh:ask is not supported)")
    check = SparqlConstraint(
        shape=str(shape), check=str(g.value(shape, DCT_ID)),
        severity=Severity.of_iri(g.value(shape, SH.severity)),
        targets=_targets(g, shape), select=str(select), prefixes=_prefixes(g, constraint, name),
        messages={o.language or "vi": str(o) for o in g.objects(constraint, SH.message)
                  if isinstance(o, rdflib.Literal)})
    try:                     # the store's own parser, on an empty store: the shape's prefixes must be enough
        _EMPTY.query(check.query)
    except SyntaxError as e:
        raise AuditError(f"{name}: its sh:select does not parse with the prefixes the shape declares "
                         f"({str(e).splitlines()[0][:160]})") from None
    problems = check_prebinding(check.query)
    if problems:
        raise AuditError(f"{name}: its sh:select cannot be run as SHACL-SPARQL: " + "; ".join(problems))
    if not uses(check.query, CURRENT_SHAPE):
        return check
    if not isinstance(shape, rdflib.URIRef):
        raise AuditError(f"{name}: a shape whose query reads $currentShape needs an IRI")
    return replace(check, uses_current_shape=True)


def _targets(g: rdflib.Graph, shape: Node) -> Targets:
    classes = [str(c) for c in g.objects(shape, SH.targetClass)]
    if (shape, RDF.type, RDFS_CLASS) in g:         # implicit class target
        classes.append(str(shape))
    return Targets(classes=tuple(sorted(set(classes))),
                   nodes=tuple(sorted(n.n3() for n in g.objects(shape, SH.targetNode))),
                   subjects_of=tuple(sorted(str(p) for p in g.objects(shape, SH.targetSubjectsOf))),
                   objects_of=tuple(sorted(str(p) for p in g.objects(shape, SH.targetObjectsOf))))


def _prefixes(g: rdflib.Graph, constraint: Node, name: str) -> tuple[tuple[str, str], ...]:
    """The prefix declarations of a constraint, as SHACL defines them: the values of
    sh:prefixes/owl:imports*/sh:declare, each with exactly one sh:prefix and one sh:namespace.
    Two namespaces for one prefix make the shapes graph ill-formed."""
    seen: set[Node] = set()
    todo = list(g.objects(constraint, SH.prefixes))
    declared: dict[str, str] = {}
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo.extend(g.objects(node, OWL_IMPORTS))
        for d in g.objects(node, SH.declare):
            prefixes, namespaces = list(g.objects(d, SH.prefix)), list(g.objects(d, SH.namespace))
            if len(prefixes) != 1 or len(namespaces) != 1:
                raise AuditError(f"{name}: every sh:declare needs exactly one sh:prefix and one sh:namespace")
            p, ns = prefixes[0], namespaces[0]
            if not isinstance(p, rdflib.Literal) or not isinstance(ns, rdflib.Literal) \
                    or ns.datatype not in (XSD_ANYURI, XSD_STRING, None) or ns.language:
                raise AuditError(f"{name}: sh:prefix must be a string and sh:namespace an xsd:anyURI literal")
            if declared.setdefault(str(p), str(ns)) != str(ns):
                raise AuditError(f"{name}: prefix {p!s}: declared with two namespaces, {declared[str(p)]} "
                                 f"and {ns!s}")
    return tuple(sorted(declared.items()))


def check_of(g: rdflib.Graph, node: Node | None) -> tuple[str, str]:
    """(check id, shape IRI) of the shape that produced a result, walking up from property
    shapes and from the members of sh:or lists to the shape that carries dct:identifier."""
    cur = node
    for _ in range(8):
        ident = g.value(cur, DCT_ID)
        if ident is not None:
            return str(ident), str(cur)
        parent = g.value(None, SH.property, cur)
        if parent is None:
            # inside an RDF list (sh:or): climb to the list head, then to its owner
            first_of = g.value(None, RDF.first, cur)
            if first_of is not None:
                head: Node = first_of
                while (prev := g.value(None, RDF.rest, head)) is not None:
                    head = prev
                parent = g.value(None, SH_OR, head) or g.value(None, SH_AND, head) or \
                    g.value(None, SH.qualifiedValueShape, cur)
            else:
                parent = g.value(None, SH.qualifiedValueShape, cur)
        if parent is None:
            break
        cur = parent
    return "unknown", str(node)

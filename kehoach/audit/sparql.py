"""The SHACL-SPARQL runner: every sh:SPARQLConstraint once, graph-wide, on the store.

pySHACL would run a constraint's query once per focus node through rdflib. Here each query runs
once on the store (its default graph is the union of all graphs), as the shape wrote it:

- prefixes: the query text is the shape's own declarations (sh:prefixes/owl:imports*/sh:declare,
  read by kehoach.audit.shapes) followed by its sh:select; nothing else is predeclared;
- $this is a variable of the query, left free: the query finds the solutions for every node at
  once, and only the solutions whose $this is a focus node of the shape are kept (a SHACL
  instance of an sh:targetClass, an sh:targetNode, a subject of sh:targetSubjectsOf, an object of
  sh:targetObjectsOf). kehoach.audit.prebinding checked, when the shapes were loaded, that this
  gives exactly the solutions pre-binding $this to each focus node would give;
- $currentShape, when a query uses it, is bound to the shape by a VALUES clause at the start of the
  WHERE group (the same check covers it).

Each kept solution is a validation result, as SHACL maps it: focus node $this, sh:value ?value,
sh:resultPath ?path, messages with {?var} / {$var} filled from the solution; equal results are
reported once."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

from kehoach.store import Store
from kehoach.store.base import Row, Term, bind_values
from kehoach.vocab import RDF, RDFS, SH

from .model import Finding, short_iri
from .shapes import SparqlConstraint, Targets

COMPONENT = SH + "SPARQLConstraintComponent"
BATCH = 500
_PLACEHOLDER = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")
_SELECT = re.compile(r"\bSELECT\b", re.I)
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def run_constraints(store: Store, constraints: Iterable[SparqlConstraint]) -> list[Finding]:
    out: list[Finding] = []
    for c in constraints:
        out.extend(run_constraint(store, c))
    return out


def restrict(text: str, nodes: Iterable[str]) -> str:
    """The query with `VALUES $this { ... }` at the start of its outer WHERE group: the solutions of
    the graph-wide run whose $this is one of `nodes` (N-Triples IRIs). Joining the group with it is
    what the graph-wide run filtered by $this gives (every solution binds $this: prebinding.py)."""
    body = "\n".join(line if not line.lstrip().startswith("#") else "" for line in text.split("\n"))
    m = _SELECT.search(body)
    w = _WHERE.search(body, m.end()) if m else None
    if w is None:
        raise ValueError("a constraint query without a WHERE group")
    return body[:w.end()] + " VALUES $this { " + " ".join(nodes) + " } " + body[w.end():]


def run_constraint(store: Store, c: SparqlConstraint, focus: list[str] | None = None,
                   data: ox.Store | None = None, graph: str | None = None) -> list[Finding]:
    """The results of one constraint: graph-wide, or for the focus nodes `focus` (N-Triples IRIs)
    only. With `data` and `graph` (the embedded store's pyoxigraph store and a graph of it), the
    query runs on that graph alone as its default graph: for checks whose results for a document's
    nodes depend on that document's graph only (kehoach.audit.incremental)."""
    text = c.query
    if c.uses_current_shape:
        text = bind_values(text, {"currentShape": ox.NamedNode(c.shape)})
    if focus is not None:
        if not focus:
            return []
        rows = []
        for i in range(0, len(focus), BATCH):
            rows += _rows(store, restrict(text, focus[i:i + BATCH]), data, graph)
    else:
        rows = _rows(store, text, data, graph)
    candidates = {t for t in (row.get("this") for row in rows) if t is not None}
    focus_set = focus_nodes(store, candidates, c.targets)
    if focus is not None:
        focus_set &= set(focus)
    found: dict[tuple[str, str | None, str | None, str, str], Finding] = {}
    for row in rows:
        this = row.get("this")
        if this is None or str(this) not in focus_set:
            continue
        values = {k: (v.value if v is not None else None) for k, v in row.items()}
        msg = {lang: fill(t, values) for lang, t in c.messages.items()}
        f = Finding(c.check, c.severity, this.value, msg.get("vi", ""), msg.get("en", msg.get("vi", "")), c.shape,
                    COMPONENT, values.get("value"), values.get("path"))
        found.setdefault((f.focus_node, f.value, f.path, f.message_vi, f.message_en), f)
    return list(found.values())


def _rows(store: Store, text: str, data: ox.Store | None, graph: str | None) -> list[Row]:
    if data is None or graph is None:
        return store.query(text).rows
    res = data.query(text, default_graph=ox.NamedNode(graph))
    assert isinstance(res, ox.QuerySolutions)
    variables = [v.value for v in res.variables]
    return [{v: sol[v] for v in variables} for sol in res]


def focus_nodes(store: Store, candidates: set[Term], targets: Targets) -> set[str]:
    """Which of `candidates` are focus nodes of a shape with `targets`, as N-Triples terms.
    Only the nodes the query returned are looked up, a few hundred at a time."""
    terms = {str(t): t for t in candidates}
    found = {k for k in terms if k in targets.nodes}
    # one branch per target, each with its class or property written out (a class given by a
    # VALUES clause would make the store start from all its instances)
    branches = [f"?n <{RDF}type>/<{RDFS}subClassOf>* <{c}>" for c in targets.classes]
    branches += [f"?n <{p}> ?o" for p in targets.subjects_of]
    branches += [f"?s <{p}> ?n" for p in targets.objects_of]
    if not branches:
        return found
    pattern = " UNION ".join(f"{{ {b} }}" for b in branches)
    named = sorted(k for k, t in terms.items() if k not in found and not isinstance(t, ox.BlankNode))
    for i in range(0, len(named), BATCH):
        values = " ".join(named[i:i + BATCH])
        rows = store.query(f"SELECT DISTINCT ?n WHERE {{ VALUES ?n {{ {values} }} {pattern} }}").rows
        found |= {str(r["n"]) for r in rows if r["n"] is not None}
    if any(isinstance(t, ox.BlankNode) for t in candidates):
        # a blank node cannot be named in a query: look at the blank focus nodes instead
        rows = store.query(f"SELECT DISTINCT ?n WHERE {{ {pattern} FILTER(isBlank(?n)) }}").rows
        found |= {str(r["n"]) for r in rows if r["n"] is not None} & terms.keys()
    return found


def fill(template: str, values: dict[str, str | None]) -> str:
    """An sh:message with {?var} and {$var} replaced by the solution's values (unbound: empty)."""
    def sub(m: re.Match[str]) -> str:
        v = values.get(m.group(1))
        return "" if v is None else short_iri(v)
    return _PLACEHOLDER.sub(sub, template)

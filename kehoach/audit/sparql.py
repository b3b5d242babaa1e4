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

import functools
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

import pyoxigraph as ox
from rdflib.term import Variable

from kehoach.store import Store
from kehoach.store.base import Row, Term, bind_values
from kehoach.vocab import RDF, RDFS, SH

from .memo import kept
from .model import Finding, short_iri
from .prebinding import _prepared, _Walk
from .shapes import SparqlConstraint, Targets

COMPONENT = SH + "SPARQLConstraintComponent"
BATCH = 500
# checks run at once, on threads: they only read the store, and pyoxigraph lets go of the GIL
# while it evaluates a query (the machine this was measured on has two cores: see the README)
CHECK_THREADS = 2
_PLACEHOLDER = re.compile(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}")
_SELECT = re.compile(r"\bSELECT\b", re.I)
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def run_constraints(store: Store, constraints: Iterable[SparqlConstraint]) -> list[Finding]:
    """Every constraint graph-wide, CHECK_THREADS at once, the findings in the constraints' order."""
    return on_threads([functools.partial(run_constraint, store, c) for c in constraints])


def on_threads(jobs: list[Callable[[], list[Finding]]], pool: ThreadPoolExecutor | None = None) -> list[Finding]:
    """The findings of jobs that only read the store, run on `pool` (else on CHECK_THREADS threads
    of their own), in the jobs' order."""
    if pool is None:
        with ThreadPoolExecutor(max_workers=CHECK_THREADS) as own:
            return on_threads(jobs, own)
    return [f for found in pool.map(lambda job: job(), jobs) for f in found]


def restrict(text: str, nodes: Iterable[str], narrowed: dict[str, list[str]] | None = None) -> str:
    """The query with `VALUES $this { ... }` at the start of its outer WHERE group: the solutions of
    the graph-wide run whose $this is one of `nodes` (N-Triples IRIs). Joining the group with it is
    what the graph-wide run filtered by $this gives (every solution binds $this: prebinding.py).
    `narrowed` (key variable -> N-Triples terms, from `narrowing(text).keys`) also puts
    `VALUES ?key { ... }` at the start of the sub-selects grouped by that key (see `Narrowing`)."""
    plan = narrowing(text)
    body = plan.body
    inserts = [(plan.where, " VALUES $this { " + " ".join(nodes) + " } ")]
    for site, var in plan.sites:
        if narrowed is not None and var in narrowed:
            inserts.append((site, f" VALUES ?{var} {{ " + " ".join(narrowed[var]) + " } "))
    for at, piece in sorted(inserts, reverse=True):
        body = body[:at] + piece + body[at:]
    return body


@dataclass(frozen=True)
class Narrowing:
    """How a query restricted to some focus nodes can also restrict its sub-selects.

    A sub-select that does not depend on the focus node (counts per document, say) is computed
    whole and joined: restricted to 10 focus nodes, the query would still count for every document
    of the store. When such a sub-select is GROUPed BY a variable ?k that it binds in every solution
    (not inside OPTIONAL or one UNION branch), and that the outer group binds by its mandatory
    triple patterns (`triples`: those of the outer group outside OPTIONAL, UNION, GRAPH, EXISTS
    and sub-selects, connected to $this), only the groups whose ?k is a value those triples give
    for the focus nodes can join a solution of the outer group: every such solution satisfies them.
    So `VALUES ?k { those values }` at the start of the sub-select (looked up first with `pre`)
    changes no solution. Only sub-selects joined to the outer group are narrowed: directly or
    through UNION and plain groups, not under OPTIONAL, MINUS, EXISTS, GRAPH, SERVICE or inside
    another sub-select."""
    body: str                              # the text, comment lines blanked
    where: int                             # offset just inside the outer WHERE group
    sites: tuple[tuple[int, str], ...] = ()    # (offset just inside a sub-select's WHERE group, key)
    pre: str = ""                          # SELECT DISTINCT the keys WHERE { VALUES ?this { _FOCUS } triples }

    @property
    def keys(self) -> list[str]:
        return sorted({v for _, v in self.sites})


_FOCUS = "#FOCUS#"
_WORD_BEFORE = re.compile(r"([A-Za-z_]+)\s*$")
_TERM_BEFORE = re.compile(r"(?:<[^<>\s]*>|[?$][A-Za-z_][A-Za-z0-9_]*|[A-Za-z_][\w.-]*:[\w.-]*)\s*$")
_NOT_JOINED = {"OPTIONAL", "EXISTS", "MINUS", "SERVICE", "SILENT", "LATERAL", "WHERE"}
_GROUP_BY = re.compile(r"\bGROUP\s+BY\s+((?:[?$][A-Za-z_][A-Za-z0-9_]*\s*)+)", re.I)


def _narrowing_json(n: Narrowing) -> list[Any]:
    return [n.body, n.where, [list(site) for site in n.sites], n.pre]


def _narrowing_back(v: list[Any]) -> Narrowing:
    body, where, sites, pre = v
    if not (isinstance(body, str) and isinstance(where, int) and isinstance(pre, str) and isinstance(sites, list)
            and all(isinstance(at, int) and isinstance(var, str) for at, var in sites)):
        raise TypeError("not a narrowing")
    return Narrowing(body, where, tuple((at, var) for at, var in sites), pre)


@functools.lru_cache(maxsize=256)
@kept(encode=_narrowing_json, decode=_narrowing_back)
def narrowing(text: str) -> Narrowing:
    body = "\n".join(line if not line.lstrip().startswith("#") else "" for line in text.split("\n"))
    m = _SELECT.search(body)
    w = _WHERE.search(body, m.end()) if m else None
    if w is None:
        raise ValueError("a constraint query without a WHERE group")
    plain = Narrowing(body, w.end())
    try:
        opening, closing = _braces(body)
        triples = _mandatory_triples(text)
    except Exception:                       # not analysable: restricted by $this alone
        return plain
    bound_outer = {str(x) for t in triples for x in t if isinstance(x, Variable)}
    sites: list[tuple[int, str]] = []
    for sel in _SELECT.finditer(body, w.end()):
        group = body.rfind("{", 0, sel.start())
        if group < 0 or body[group + 1:sel.start()].strip() or not _joined(body, group, w.end() - 1, opening):
            continue
        inner = _WHERE.search(body, sel.end())
        if inner is None or group not in closing or inner.end() > closing[group]:
            continue
        end_where = closing.get(inner.end() - 1)
        if end_where is None:
            continue
        g = _GROUP_BY.search(body[end_where:closing[group]])
        if g is None:
            continue
        keys = [v[1:] for v in g.group(1).split()]
        where_text = body[inner.end() - 1:end_where + 1]
        bound_inner = _bound(text, where_text)
        key = next((k for k in keys if k != "this" and k in bound_outer and k in bound_inner), None)
        if key is not None:
            sites.append((inner.end(), key))
    if not sites:
        return plain
    names = sorted({k for _, k in sites})
    pattern = " . ".join(" ".join(x.n3() for x in t) for t in triples)
    pre = f"SELECT DISTINCT {' '.join('?' + k for k in names)} WHERE {{ VALUES ?this {{ {_FOCUS} }} {pattern} }}"
    return Narrowing(body, w.end(), tuple(sites), pre)


def _braces(body: str) -> tuple[dict[int, int], dict[int, int]]:
    """{offset of "{": offset of the enclosing "{"} and {offset of "{": offset of its "}"},
    skipping strings and IRIs."""
    parent: dict[int, int] = {}
    closing: dict[int, int] = {}
    stack: list[int] = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch in "\"'":
            triple = body[i:i + 3] == ch * 3
            end = body.find(ch * 3, i + 3) + 3 if triple else _string_end(body, i)
            if end < (3 if triple else 1):
                raise ValueError("unterminated string")
            i = end
            continue
        if ch == "<":
            m = re.compile(r"<[^<>\"{}|^`\\\s]*>").match(body, i)
            if m:
                i = m.end()
                continue
        if ch == "{":
            if stack:
                parent[i] = stack[-1]
            stack.append(i)
        elif ch == "}":
            if not stack:
                raise ValueError("unbalanced braces")
            closing[stack.pop()] = i
        i += 1
    if stack:
        raise ValueError("unbalanced braces")
    return parent, closing


def _string_end(body: str, i: int) -> int:
    q, j = body[i], i + 1
    while j < len(body):
        if body[j] == "\\":
            j += 2
            continue
        if body[j] == q:
            return j + 1
        if body[j] == "\n":
            break
        j += 1
    return -1


def _joined(body: str, group: int, outer: int, parent: dict[int, int]) -> bool:
    """Whether the group opened at `group` is joined to the outer WHERE group (opened at `outer`):
    each group from it up is a plain group or a UNION branch."""
    at = group
    while at != outer:
        before = body[:at]
        word = _WORD_BEFORE.search(before)
        if word and word.group(1).upper() in _NOT_JOINED:
            return False
        term = _TERM_BEFORE.search(before)
        if term:
            prev = _WORD_BEFORE.search(before[:term.start()])
            if prev and prev.group(1).upper() in {"GRAPH", "SERVICE", "SILENT"}:
                return False
        if at not in parent:
            return False
        at = parent[at]
    return True


def _mandatory_triples(text: str) -> list[tuple[Any, ...]]:
    """The outer group's triple patterns outside OPTIONAL (right side), UNION, GRAPH, EXISTS and
    sub-selects, connected to $this through shared variables (rdflib's algebra of the query)."""
    node = _prepared(text).algebra.p
    while node.name in ("Distinct", "Reduced", "OrderBy", "Slice", "Project"):
        node = node.p
    found: list[tuple[Any, ...]] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.name == "BGP":
            found.extend(cur.triples)
        elif cur.name in ("Filter", "Extend"):
            stack.append(cur.p)
        elif cur.name == "Join":
            stack += [cur.p1, cur.p2]
        elif cur.name == "LeftJoin":
            stack.append(cur.p1)
    found = [t for t in found if not any(isinstance(x, Variable) and str(x) == "currentShape" for x in t)]
    reach, keep = {"this"}, []
    changed = True
    while changed:
        changed = False
        for t in found:
            names = {str(x) for x in t if isinstance(x, Variable)}
            if t not in keep and names & reach:
                keep.append(t)
                reach |= names
                changed = True
    return keep


def _bound(text: str, where_group: str) -> frozenset[str]:
    """The variables every solution of a sub-select's WHERE group binds."""
    m = _SELECT.search(text)
    head = text[:m.start()] if m else ""          # the PREFIX lines
    algebra = _prepared(head + "SELECT * WHERE " + where_group).algebra.p
    while algebra.name in ("Distinct", "Reduced", "OrderBy", "Slice", "Project"):
        algebra = algebra.p
    return _Walk(frozenset()).bound(algebra)


def run_constraint(store: Store, c: SparqlConstraint, focus: list[str] | None = None,
                   data: GraphData | None = None, graph: str | list[str] | None = None) -> list[Finding]:
    """The results of one constraint: graph-wide, or for the focus nodes `focus` (N-Triples IRIs)
    only. With `data` and `graph` (what runs queries on graphs of the store, see GraphData, and a
    graph, or a list of graphs), the query runs on that graph alone (their merge) as its default graph: for
    checks whose results for a document's nodes depend on that document's graph only (and on the
    reference graphs: kehoach.audit.incremental)."""
    text = query_text(c)
    if focus is not None:
        if not focus:
            return []
        rows = []
        plan = narrowing(text)
        for i in range(0, len(focus), BATCH):
            batch = focus[i:i + BATCH]
            narrowed: dict[str, list[str]] | None = None
            if plan.sites:
                narrowed = {k: [] for k in plan.keys}
                for row in rows_on(store, plan.pre.replace(_FOCUS, " ".join(batch)), data, graph):
                    for k in plan.keys:
                        v = row.get(k)
                        if v is not None and not isinstance(v, ox.BlankNode):
                            narrowed[k].append(str(v))
                narrowed = {k: sorted(set(v)) for k, v in narrowed.items()}
            rows += rows_on(store, restrict(text, batch, narrowed), data, graph)
    else:
        rows = rows_on(store, text, data, graph)
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


def query_text(c: SparqlConstraint) -> str:
    """The text a constraint runs as: its query, $currentShape bound when it reads it."""
    if c.uses_current_shape:
        return bind_values(c.query, {"currentShape": ox.NamedNode(c.shape)})
    return c.query


class GraphQueries(Protocol):
    """A store that runs a query on chosen graphs of it as the default graph (a remote store:
    the SPARQL protocol's default-graph-uri)."""

    def select_on_graphs(self, text: str, graphs: list[str]) -> list[Row]: ...


# what runs a query on graphs of the store: the embedded store's pyoxigraph store, or a remote store
GraphData = ox.Store | GraphQueries


def rows_on(store: Store, text: str, data: GraphData | None, graph: str | list[str] | None) -> list[Row]:
    """The rows of a SELECT query: on the store's default graph (the union), or with `data` and
    `graph` on that graph of the store (the merge of a list of graphs) as the default graph."""
    if data is None or graph is None:
        return store.query(text).rows
    if not isinstance(data, ox.Store):
        return data.select_on_graphs(text, [graph] if isinstance(graph, str) else list(graph))
    default: ox.NamedNode | list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = (
        ox.NamedNode(graph) if isinstance(graph, str) else [ox.NamedNode(g) for g in graph])
    res = data.query(text, default_graph=default)
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

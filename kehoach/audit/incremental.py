"""Incremental audits: after documents were ingested, replaced or removed, re-check only what the
change can reach, and give exactly what a full audit of the store gives (tests/test_audit_incremental.py
compares both after sequences of ingests, replacements and removals).

What changed. Every write of a document graph writes its ingest-log entry with the time
(prov:generatedAtTime) and the SHA-256 of the file; the cache (kehoach.audit.cache) keeps, per
graph, the entry it last audited, and the number and latest time of all entries. One aggregate
query tells whether the log changed; if it did, the entries written since the latest time audited
are compared with the cache (so the cost grows with the changes, not with the store). `kehoach
remove` marks the graphs it drops in the cache; a drop the cache was not told of shows as a
missing entry (the count) and is found by listing the log. A remote store's log is read whole and
compared entry by entry at every audit: other machines write to it, with their own clocks. The derived graph
(kehoach/derived.py, no log entry) is compared triple by triple. A change of anything else in the
log (reference data, link graphs), of the shapes, or of kehoach itself means a full audit.

What a change reaches.
- Local: the focus nodes a changed graph states something about (before: the cache knows which
  graphs state something about each finding's focus node and where each finding is placed;
  after: the graph itself). Every core shape is local: its constraints look at the focus node's
  own values, and every document graph that names an agency states the same things about it.
- Across documents: a document (plan, decision) is described by its own graph, by every graph
  that cites it and by the derived graph. A changed graph touches the documents it says
  something about (its footprint, before and after). The cache keeps, per document, a digest of
  its description as the union states it (its own and its period's triples, in the predicates
  the checks and the locator read: `read_predicates`) and of its citations (how many citations
  give it each date: what citation-date-conflict counts). A touched document's description or
  citations changed when the digest differs from the last audit's: a statement another graph
  makes too, or one no query reads, changes nothing. RULES says, for each SHACL-SPARQL check,
  which focus nodes such documents reach.
- A check RULES does not know is re-run in full: correct, only slower.

How they are re-checked: compiled core constraints on a changed document graph alone for the nodes
only it states (its tasks, duties and assignments, named under its IRI: `own_prefixes`; with the
reference graphs when a constraint tests the class of a value), the whole graph at once; those and
"union" checks for their other focus nodes only (a VALUES block, on the union as always;
sub-selects grouped by a key the outer pattern binds are narrowed to the keys of those focus nodes:
kehoach.audit.sparql.Narrowing); "graph" checks on the changed document graph alone (its own
default graph, the whole graph at once), which is where everything they read about its nodes is;
"local" checks on the changed document graph and the reference graphs (gazetteer, ontology,
derived: what they read of an agency or an agency kind), the whole graph at once, for the nodes
that graph alone states (a node another document graph states too is checked on the union). The
findings of re-checked (check, focus node) pairs replace those in the cache; every finding is then
merged as a full audit merges them."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import time
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib.paths import Path
from rdflib.term import URIRef, Variable

from kehoach import __version__
from kehoach.derived import DERIVED_GRAPH
from kehoach.store import EmbeddedStore, RemoteStore, Store
from kehoach.vocab import DCT, ELI, KH, LOG_GRAPH, PREFIXES, PROV, UNION_GRAPH

from .cache import SCHEMA, AuditCache
from .core import instance_classes, run_compiled, subclass_closure, tests_value_classes
from .locate import _AGENCY_PLACES, _DOCS, _FILES, _LOCATE, documents, merge, place, value_lists
from .memo import kept, strings
from .model import Finding
from .prebinding import _prepared, parse_types
from .sparql import CHECK_THREADS, GraphData, on_threads, rows_on, run_constraint

if TYPE_CHECKING:
    from .shapes import Shapes

# check -> (where it runs: "union" for its focus nodes on the union, "graph" on a changed document
# graph alone, "local" on a changed document graph and the reference graphs (its focus node's own
# triples, the agencies the document names, the gazetteer): run on those graphs, the whole graph at
# once, it joins from the few gazetteer entries instead of looking up every node; rules (relation,
# what changed) by which touched documents reach its focus nodes)
#   relations: cited  ?this kh:citedDocument D     held   D kh:citation ?this
#              parts  ?this kh:plan D              self   D itself
#              implementers  ?this eli:ensures_implementation_of D
#              cocited  the citations of every plan that cites D
#   what changed: desc  D's description (what the union says of D and its period, in the
#                       predicates the checks and the locator read)
#                 cites D's citations: how many citations give D each cited date
# A "local" check with a "parts" rule reads its document's description: it runs on the graph only
# when the union says what the graph says of that document, in the predicates the check reads.
# (obsolete-agency also reads the number of a change event's legal basis, a document of the
# reference data: a plan citing it states the reference's number, ingest/iris.py `cited`.)
RULES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "citation-date-conflict": ("union", (("cited", "desc"), ("cited", "cites"))),
    "date-number-mismatch": ("union", (("cited", "desc"), ("held", "desc"))),
    "symbol-issuer-mismatch": ("union", (("cited", "desc"),)),
    # a plan's pairs of citations: what a cited document is said to be, by any graph, reaches every citation of
    # the plans citing it
    "citation-number-conflict": ("union", (("cocited", "desc"),)),
    "non-standard-agency-name": ("local", ()),
    "obsolete-agency": ("local", (("parts", "desc"),)),
    "period-outside-parent": ("union", (("self", "desc"), ("implementers", "desc"))),
    "implements-nothing": ("union", (("self", "desc"),)),
    "numbering-gap": ("graph", ()),
    "goal-without-tasks": ("graph", ()),
    "duplicate-code": ("graph", ()),
}
_RELATIONS = {
    "cited": "?this <{kh}citedDocument> ?d",
    "held": "?d <{kh}citation> ?this",
    "cocited": "?x <{kh}citedDocument> ?d . ?p <{kh}citation> ?x . ?p <{kh}citation> ?this",
    "parts": "?this <{kh}plan> ?d",
    "implementers": "?this <{eli}ensures_implementation_of> ?d",
}
_XSD_DT = "http://www.w3.org/2001/XMLSchema#dateTime"
_SKIP = f"<{UNION_GRAPH}>, <{LOG_GRAPH}>"


class FullAuditNeeded(Exception):
    """The cache cannot tell what changed (or nothing can be trusted): audit everything."""


@dataclass
class Changes:
    graphs: dict[str, tuple[str | None, str | None] | None] = field(default_factory=dict)  # None: removed
    derived_docs: set[str] = field(default_factory=set)
    derived: list[str] | None = None          # the derived graph now, when it changed
    log_count: int = 0
    log_max: str = ""
    references: list[str] = field(default_factory=list)   # the graphs that are not documents' (gazetteer, ...)
    generation: str = ""                      # the store's generation read before the audit (a remote store's)

    def __bool__(self) -> bool:
        return bool(self.graphs or self.derived_docs)


def meta_for(shapes_digest: str) -> dict[str, str]:
    return {"schema": SCHEMA, "version": __version__, "shapes": shapes_digest}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _before(a: str, b: str) -> bool:
    """Whether time `a` is in an earlier second than time `b` (ISO 8601); False when either is
    not a time."""
    try:
        ta, tb = (dt.datetime.fromisoformat(t.replace("Z", "+00:00")).replace(microsecond=0) for t in (a, b))
        return ta < tb
    except (ValueError, TypeError):
        return False


# -- what changed ---------------------------------------------------------------------------------
def log_summary(store: Store) -> tuple[int, str]:
    r = store.query(f"SELECT (COUNT(?t) AS ?n) (MAX(?t) AS ?m) WHERE {{ GRAPH <{LOG_GRAPH}> "
                    f"{{ ?g <{PROV}generatedAtTime> ?t }} }}").rows
    n, m = (r[0].get("n"), r[0].get("m")) if r else (None, None)
    return (int(n.value) if n is not None else 0), (m.value if m is not None else "")


def log_states(store: Store, since: str = "",
               graphs: Collection[str] | None = None) -> dict[str, tuple[str | None, str]]:
    """Graph -> (sha256, ingest time) of every ingest-log entry (`since`: a FILTER on ?t: the
    entries written since, each one's hash looked up; `graphs`: those of these graphs only). The
    whole log is read as two scans, the times and the hashes, not a hash looked up per time, in
    the CSV the store writes itself (a remote store's log at 10,000 plans: 0.4-0.6 s as an OPTIONAL
    answered in JSON made into terms, 0.2-0.3 s so)."""
    if graphs is not None:
        out: dict[str, tuple[str | None, str]] = {}
        for values in value_lists(graphs):
            out.update(_log_entries(store, f"VALUES ?g {{ {values} }}"))
        return out
    if since:
        return _log_entries(store, since)
    text = (f"SELECT ?g ?k ?v WHERE {{ GRAPH <{LOG_GRAPH}> {{ {{ ?g <{PROV}generatedAtTime> ?v BIND(\"t\" AS ?k) }} "
            f"UNION {{ ?g <{KH}sha256> ?v BIND(\"s\" AS ?k) }} }} }}")
    answer = store.select_csv(text, prefixes=False)
    if isinstance(answer, bytes):
        lines = csv.reader(io.StringIO(answer.decode("utf-8"), newline=""))
        next(lines, None)                   # the header: g,k,v (IRIs and literals as plain values)
        rows: Iterable[tuple[str, str, str]] = ((g, k, v) for g, k, v in lines)
    else:
        rows = ((r["g"].value, r["k"].value, r["v"].value) for r in answer.rows
                if r["g"] is not None and r["k"] is not None and r["v"] is not None)
    times: dict[str, str] = {}
    shas: dict[str, str] = {}
    for g, k, v in rows:
        (times if k == "t" else shas)[g] = v
    return {g: (shas.get(g), t) for g, t in times.items()}


def _log_entries(store: Store, restriction: str) -> dict[str, tuple[str | None, str]]:
    """Graph -> (sha256, ingest time) of the log entries `restriction` (a FILTER on ?t, or VALUES
    of ?g) keeps, each one's hash looked up."""
    text = (f"SELECT ?g ?t ?sha WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{PROV}generatedAtTime> ?t . "
            f"{restriction} OPTIONAL {{ ?g <{KH}sha256> ?sha }} }} }}")
    out: dict[str, tuple[str | None, str]] = {}
    for r in store.query(text).rows:
        graph, time_, sha = r["g"], r["t"], r.get("sha")
        if graph is not None and time_ is not None:
            out[graph.value] = (sha.value if sha is not None else None, time_.value)
    return out


def derived_now(store: Store) -> list[str]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{DERIVED_GRAPH}> {{ ?s ?p ?o }} }}").rows
    return sorted(f"{r['s']} {r['p']} {r['o']}" for r in rows)


def detect(store: Store, cache: AuditCache, shapes_digest: str, generation: str | None = None) -> Changes:
    """What changed since the cache's audit. `generation`: the store's, read before anything else
    (Store.generation): the one the last audit began in means no write through kehoach since, and
    the log is not read (a remote store's whole log at 10,000 plans: ~0.2-0.3 s)."""
    meta = cache.meta()
    for k, v in meta_for(shapes_digest).items():
        if meta.get(k) != v:
            raise FullAuditNeeded(f"{k} changed" if k in meta else "no audit to build on")
    # what the cache knows of the graphs the log lists as written since the last audit, and of
    # those marked removed: looked up, not read whole (the cost grows with the changes)
    marked = cache.marked()
    old_count, old_max = int(meta.get("log_count", "-1")), meta.get("log_max", "")
    unwritten = bool(generation) and meta.get("generation") == generation and not marked
    # a store others write to (a SPARQL server): every entry compared, whatever its time says (the
    # writers' clocks may differ, and another server may answer at the same address), or those of
    # the graphs its journal says were written since the generation of the last audit
    exact = not isinstance(store, EmbeddedStore)
    journal = (store.touched_since(meta["generation"])
               if exact and generation and meta.get("generation") and not unwritten else None)
    count, latest = (old_count, old_max) if unwritten or journal is not None else log_summary(store)
    others = json.loads(meta.get("others", "{}"))         # reference graphs as the last full audit saw them
    # (one that changed since means a full audit, below)
    ch = Changes(log_count=count, log_max=latest, references=sorted({*others, DERIVED_GRAPH}),
                 generation=generation or "")
    same_second = not _before(old_max, meta.get("audited_at", ""))     # writes after it may share its time
    if not unwritten and (exact or count != old_count or latest != old_max or marked or same_second):
        since = f'FILTER(?t >= "{old_max}"^^<{_XSD_DT}>)' if old_max and not exact else ""
        added = 0
        if journal is not None:
            scope = journal | marked
            states = log_states(store, graphs=scope)
            known = cache.graph_states(scope)
        else:
            states = log_states(store, since)
            known = cache.graphs() if exact else cache.graph_states(states)    # (all at once when all are read)
        # graphs the cache does not know (but reference graphs as they were: listed again, same
        # second): each must be a document's, asked all at once
        new = document_graphs_among(store, [g for g, state in states.items()
                                            if g not in known and others.get(g) != list(state)])
        for g, state in states.items():
            before = known.get(g)
            if before is not None and not before[2] and (before[0], before[1]) == state:
                continue                        # audited as it is
            if before is None and others.get(g) == list(state):
                continue                        # a reference graph as it was (listed again: same second)
            if before is None and g not in new:
                raise FullAuditNeeded(f"{g} changed (not a document graph)")
            if before is None or before[2]:
                added += 1
            ch.graphs[g] = state
        gone = {g for g in marked if g not in ch.graphs}
        if exact:                       # every entry read (of the graphs written): a graph it lacks is gone
            gone |= {g for g in known if g not in states}
        for g in gone:
            ch.graphs[g] = None
        if journal is not None:         # the log's size and latest time, without reading it whole
            ch.log_count = old_count + added - len(gone)
            ch.log_max = max([old_max, *(t for _, t in states.values())])
        if count != old_count + added - len(gone) and not exact:
            # a graph was dropped without telling the cache: list the log
            present = {r["g"].value for r in store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH <{LOG_GRAPH}> "
                                                         f"{{ ?g <{PROV}generatedAtTime> ?t }} }}").rows
                       if r["g"] is not None}
            for g in cache.graphs():
                if g not in present:
                    ch.graphs[g] = None
    derived = derived_now(store)
    before_derived = json.loads(meta.get("derived", "[]"))
    if derived != before_derived:
        ch.derived = derived
        for line in set(derived) ^ set(before_derived):
            s, _, rest = line.partition(" ")
            ch.derived_docs.add(s.strip("<>"))
            o = rest.partition(" ")[2]
            if o.startswith("<"):
                ch.derived_docs.add(o.strip("<>"))
    return ch


class DocumentGraphs:
    """The document graphs after a change, as the membership test placing findings needs (it asks
    about the few graphs its findings' nodes are in): those written now, else those the cache
    knows and no one removed; nothing read for the others (a set of every graph the cache knows
    took ~10 ms at 10,000 plans)."""

    def __init__(self, cache: AuditCache, present: set[str], gone: set[str]):
        self.cache, self.present, self.gone = cache, present, gone
        self._known: dict[str, bool] = {}

    def __contains__(self, graph: object) -> bool:
        if not isinstance(graph, str) or graph in self.gone:
            return False
        if graph in self.present:
            return True
        hit = self._known.get(graph)
        if hit is None:
            state = self.cache.graph_states([graph]).get(graph)
            hit = self._known[graph] = state is not None and not state[2]
        return hit


def iris_of(store: Store, var: str, iris: Iterable[str], query: Callable[[str], str]) -> set[str]:
    """The values of `var` in the answers of `query(values)`, asked for `iris` a batch at a time
    (`values`: IRIs for a VALUES block, see value_lists)."""
    out: set[str] = set()
    for values in value_lists(iris):
        out |= {v.value for r in store.query(query(values)).rows if (v := r.get(var)) is not None}
    return out


def document_graphs_among(store: Store, graphs: list[str]) -> set[str]:
    """Those of `graphs` that are document graphs."""
    return iris_of(store, "g", graphs, lambda values: f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} "
                                                      f"GRAPH ?g {{ ?g a <{KH}DocumentGraph> }} }}")


# -- footprints and touched documents ---------------------------------------------------------------
def footprint(store: Store, graph: str) -> set[str]:
    """The documents a graph says something about: those it types as documents (itself, what it
    cites, what it infers about)."""
    rows = store.query(f"SELECT DISTINCT ?d WHERE {{ GRAPH <{graph}> {{ ?d a ?c }} "
                       f"VALUES ?c {{ <{ELI}LegalResource> <{ELI}Work> }} }}").rows
    return {r["d"].value for r in rows if isinstance(r["d"], ox.NamedNode)}


def footprints(store: Store) -> dict[str, set[str]]:
    """The footprint of every document graph (for a full audit)."""
    rows = store.query(f"SELECT DISTINCT ?g ?d WHERE {{ GRAPH ?g {{ ?g a <{KH}DocumentGraph> . ?d a ?c }} "
                       f"VALUES ?c {{ <{ELI}LegalResource> <{ELI}Work> }} }}").rows
    out: dict[str, set[str]] = {}
    for r in rows:
        if r["g"] is not None and isinstance(r["d"], ox.NamedNode):
            out.setdefault(r["g"].value, set()).add(r["d"].value)
    return out


def read_predicates(shapes: object) -> frozenset[str] | None:
    """Every IRI the checks' and the locator's queries name (predicates among them): what a
    document's description must change in to change a result or a placed finding. None when a
    query reads triples whatever their predicate (then every predicate counts)."""
    from .shapes import Shapes
    assert isinstance(shapes, Shapes)
    if not hasattr(shapes, "_read_predicates"):
        shapes._read_predicates = _read_predicates(shapes)  # type: ignore[attr-defined]
    found: frozenset[str] | None = shapes._read_predicates  # type: ignore[attr-defined]
    return found


def _read_predicates(shapes: Shapes) -> frozenset[str] | None:
    out: set[str] = set()
    for c in shapes.sparql_checks:
        found = query_iris(c.query)
        if found is None:
            return None
        out |= found
    # the compiled constraints and the locator's own queries: IRIs and prefixed names in the text
    # (a superset at worst: more predicates make a change count more often, never less)
    texts = [t for cc in shapes.compiled for t in (cc.wide, cc.focused)]
    texts += [q.replace("%s", "") for q in (*_LOCATE.values(), *_AGENCY_PLACES, _DOCS % "", _FILES)]
    for text in texts:
        m = _WHERE.search(text)
        where = text[m.end():] if m else text
        if _VARIABLE_PREDICATE.search(where):
            return None
        out |= set(_IRI.findall(text))
        out |= {PREFIXES[p] + local for p, local in _PNAME.findall(text) if p in PREFIXES}
    return frozenset(out)


_VARIABLE_PREDICATE = re.compile(r"[?$]\w+\s+[?$]\w+\s+[?$]\w+")
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_PNAME = re.compile(r"(?<![\w<?$\"])([A-Za-z][\w-]*):([A-Za-z_][\w-]*)")
_IRI = re.compile(r"<(https?://[^<>\s\"]+)>")


def _iris(algebra: object) -> set[str] | None:
    """The IRIs of a parsed query; None when one of its triple patterns has a variable predicate."""
    comp, results = parse_types()
    out: set[str] = set()
    stack: list[object] = [algebra]
    while stack:
        cur = stack.pop()
        if isinstance(cur, URIRef):
            out.add(str(cur))
        elif isinstance(cur, Path):
            stack += [v for k, v in vars(cur).items() if not k.startswith("_")]
        elif isinstance(cur, comp):
            triples = cur.get("triples") or []
            if cur.name in ("BGP", "TriplesBlock") and any(isinstance(t[1], Variable) for t in triples):
                return None
            stack += [v for k, v in cur.items() if not k.startswith("_")]
        elif isinstance(cur, (list, tuple, set, frozenset, results)):
            stack += list(cur)
    return out


def digests(store: Store, docs: set[str], predicates: frozenset[str] | None) -> dict[str, tuple[str, str]]:
    """Document -> (digest of its description, digest of its citations), as the union states them
    now. Its description: its own triples and its period's (dct:temporal) whose predicate is in
    `predicates`. Its citations: how many citations (kh:citedDocument) give it each cited date,
    what citation-date-conflict counts (RULES: "cites"). Documents without either are left out."""
    out: dict[str, tuple[str, str]] = {}
    for values in value_lists(docs):
        out.update(_digests(store, "VALUES ?d { " + values + " }", predicates))
    return out


def all_digests(store: Store, predicates: frozenset[str] | None) -> dict[str, tuple[str, str]]:
    """`digests` of every document (for a full audit)."""
    return _digests(store, f"VALUES ?class {{ <{ELI}LegalResource> <{ELI}Work> }} ?d a ?class . FILTER(isIRI(?d))",
                    predicates)


def _digests(store: Store, docs: str, predicates: frozenset[str] | None) -> dict[str, tuple[str, str]]:
    """`docs`: a pattern binding ?d, joined to both queries: any other variable of it must not be
    one of theirs (a class once bound as ?c, the citations' variable, left every citation digest
    of a full audit empty, and the first audit after it re-checked every citation of what it touched)."""
    lines: dict[str, tuple[list[str], list[str]]] = {}
    for r in store.query(_description(docs, predicates)).rows:
        if r["d"] is not None:
            lines.setdefault(r["d"].value, ([], []))[0].append(f"{r['s']} {r['p']} {r['o']}")
    for r in store.query(f"SELECT ?d ?date (COUNT(DISTINCT ?citation) AS ?n) WHERE {{ {docs} "
                         f"?citation <{KH}citedDocument> ?d . OPTIONAL {{ ?citation <{KH}citedDate> ?date }} }} "
                         f"GROUP BY ?d ?date").rows:
        if r["d"] is not None:
            lines.setdefault(r["d"].value, ([], []))[1].append(f"{r.get('date')} {r['n']}")
    return {d: (_digest(a), _digest(b)) for d, (a, b) in lines.items()}


def _description(docs: str, predicates: frozenset[str] | None) -> str:
    """A query of the documents' description: their own triples and their period's (`docs`: a
    pattern binding ?d), in `predicates` (None: all)."""
    keep = "" if predicates is None else "FILTER(?p IN (" + ", ".join(f"<{p}>" for p in sorted(predicates)) + "))"
    return (f"SELECT ?d ?s ?p ?o WHERE {{ {docs} {{ ?d ?p ?o BIND(?d AS ?s) }} "
            f"UNION {{ ?d <{DCT}temporal> ?s . ?s ?p ?o }} {keep} }}")


def _digest(lines: list[str]) -> str:
    if not lines:
        return ""
    return hashlib.sha256("\n".join(sorted(set(lines))).encode("utf-8")).hexdigest()[:32]


# -- candidates ----------------------------------------------------------------------------------------
@dataclass
class Target:
    classes: set[str]
    subjects_of: set[str]
    objects_of: set[str]
    nodes: set[str]


def focus_kinds(targets: dict[str, Target]) -> list[tuple[str, str]]:
    """What makes a node of a changed graph a candidate (kehoach.audit.incremental.run): (kind,
    triple pattern) of every way a node is a focus node: a class, a predicate it is the
    subject of, one it is the object of ("^" before the predicate)."""
    classes = {c for t in targets.values() for c in t.classes}
    subj = {p for t in targets.values() for p in t.subjects_of}
    obj = {p for t in targets.values() for p in t.objects_of}
    return [(c, f"?s a <{c}>") for c in sorted(classes)] + [(p, f"?s <{p}> ?o") for p in sorted(subj)] + \
        [("^" + p, f"?o <{p}> ?s") for p in sorted(obj)]


def stated_kinds(store: Store, graph: str, kinds: list[tuple[str, str]]) -> dict[str, set[str]]:
    """kind -> the nodes of that kind the graph states (one query per kind, so that only the nodes
    are read back: each term read costs)."""
    return {kind: _column(store, f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ {pattern} }} FILTER(isIRI(?s)) }}")
            for kind, pattern in kinds}


def stated_nodes(store: Store, graph: str, targets: dict[str, Target]) -> set[str]:
    """The nodes targeted by name that the graph states something about."""
    nodes = {t for tg in targets.values() for t in tg.nodes}
    if not nodes:
        return set()
    values = " ".join(f"<{n}>" for n in sorted(nodes))
    return {r["n"].value for r in store.query(f"SELECT DISTINCT ?n WHERE {{ VALUES ?n {{ {values} }} "
                                              f"GRAPH <{graph}> {{ ?n ?p ?o }} }}").rows if r["n"] is not None}


def focus_by_check(targets: dict[str, Target], found: dict[str, set[str]], stated: set[str]) -> dict[str, set[str]]:
    """check -> its focus nodes, from the nodes of each kind and those targeted by name."""
    out: dict[str, set[str]] = {}
    for check, t in targets.items():
        s: set[str] = set()
        for c in t.classes:
            s |= found.get(c, set())
        for p in t.subjects_of:
            s |= found.get(p, set())
        for p in t.objects_of:
            s |= found.get("^" + p, set())
        s |= t.nodes & stated
        out[check] = s
    return out


def _column(store: Store, query: str) -> set[str]:
    """The values of the one variable of a SELECT query. On the embedded store read straight from
    pyoxigraph (rows of the Store API are dicts of terms: a third of the time for one column)."""
    data = getattr(store, "_store", None)
    if isinstance(data, ox.Store):
        res = data.query(query)            # the embedded store's default graph: the union
        assert isinstance(res, ox.QuerySolutions)
        return {sol[0].value for sol in res if sol[0] is not None}
    return {t.value for r in store.query(query).rows for t in r.values() if t is not None}


def document_kinds(store: Store, docs: set[str]) -> dict[str, set[str]]:
    """Document -> its classes and the predicates it is the subject of."""
    values = " ".join(f"<{d}>" for d in sorted(docs))
    out: dict[str, set[str]] = {d: set() for d in docs}
    for r in store.query(f"SELECT DISTINCT ?d ?k WHERE {{ VALUES ?d {{ {values} }} "
                         f"{{ ?d a ?k }} UNION {{ ?d ?k ?o }} }}").rows:
        if r["d"] is not None and r["k"] is not None:
            out[r["d"].value].add(r["k"].value)
    return out


def related(store: Store, relation: str, docs: set[str]) -> set[str]:
    if not docs:
        return set()
    pattern = _RELATIONS[relation].format(kh=KH, eli=ELI)
    return iris_of(store, "this", docs, lambda values: f"SELECT DISTINCT ?this WHERE {{ VALUES ?d {{ {values} }} "
                                                       f"{pattern} FILTER(isIRI(?this)) }}")


def described(store: Store, graph: str) -> set[str]:
    """The documents a document graph describes (kh:describes)."""
    return _column(store, f"SELECT ?d WHERE {{ GRAPH <{graph}> {{ <{graph}> <{KH}describes> ?d }} }}")


def own_prefixes(docs: set[str]) -> tuple[str, ...]:
    """What the IRIs of the nodes only the graph describing `docs` states start with: their tasks
    and duties and the assignments of these. A document has one graph, named after it
    (ingest/iris.py), and its tasks and duties are named under its IRI, `{doc}/task/...` and
    `{doc}/duty/...`, their assignments under theirs. (Not every node named under a document's
    IRI: the period a citing plan states for it, `{doc}/period`, is the same node.) Asking the
    store which graphs state each node costs ~20 us a node, 10 ms for a 450-assignment plan."""
    return tuple(d + part for d in sorted(docs) for part in ("/task/", "/duty/"))


def described_as_alone(store: Store, data: GraphData, docs: set[str], graphs: list[str],
                       predicates: frozenset[str] | None) -> bool:
    """Whether the union says of each of `docs` (its own triples and its period's, in `predicates`:
    what a check reads) exactly what `graphs` (the documents' graph and the reference graphs) say.
    A citing plan may state a document's period too: the same years change nothing, other years do."""
    if predicates is None or not docs:
        return False
    text = _description("VALUES ?d { " + " ".join(f"<{d}>" for d in sorted(docs)) + " }", predicates)
    union = {f"{r['s']} {r['p']} {r['o']}" for r in store.query(text).rows}
    return union == {f"{r['s']} {r['p']} {r['o']}" for r in rows_on(store, text, data, graphs)}


def check_predicates(c: object) -> frozenset[str] | None:
    """The IRIs a SHACL-SPARQL check's query names (None: it reads any predicate)."""
    return query_iris(getattr(c, "query", ""))


@kept(encode=lambda found: None if found is None else sorted(found),
      decode=lambda v: None if v is None else frozenset(strings(v)))
def query_iris(query: str) -> frozenset[str] | None:
    """The IRIs a query names (rdflib's parse; None: it reads any predicate)."""
    found = _iris(_prepared(query).algebra)
    return None if found is None else frozenset(found)


def asserted_by(store: Store, nodes: Iterable[str]) -> dict[str, set[str]]:
    """Node -> the graphs (but the union and the log) that state something about it."""
    out: dict[str, set[str]] = {}
    for values in value_lists(nodes):
        for r in store.query(f"SELECT DISTINCT ?n ?g WHERE {{ VALUES ?n {{ {values} }} GRAPH ?g {{ ?n ?p ?o }} "
                             f"FILTER(?g NOT IN ({_SKIP})) }}").rows:
            if r["n"] is not None and r["g"] is not None:
                out.setdefault(r["n"].value, set()).add(r["g"].value)
    return out


def _core_on_graph(store: Store, these: list[Any], closure: dict[str, list[str]], data: GraphData,
                   graphs: list[str], per_check: dict[str, set[str]]) -> list[Finding]:
    """Compiled core constraints on a changed graph (with the reference graphs when they test the
    class of a value), the whole graph at once: the findings on the nodes only it states."""
    return [f for f in run_compiled(store, these, closure=closure, data=data, graphs=graphs)
            if f.focus_node in per_check[f.check]]


def _graph_check(store: Store, sc: Any, data: GraphData, present: list[str], changed: dict[str, Any],
                 local: dict[str, dict[str, set[str]]], candidates: dict[str, set[str]],
                 early: dict[str, Future[list[Finding]]]) -> list[Finding]:
    """A "graph" check: each node on the graph that states it, alone: a present graph's own nodes,
    and any other candidate on the graphs stating it now (a node no one states has no results).
    `early`: the check already running on each present graph, the whole graph (`_run`); a changed
    graph stating a candidate is a present one (a removed graph states nothing)."""
    out: list[Finding] = []
    per_graph = {g: set(local[g].get(sc.check, set())) for g in present}
    rest = candidates.get(sc.check, set()) - {n for nodes in per_graph.values() for n in nodes}
    for node, graphs in asserted_by(store, rest).items():
        for g in graphs:
            per_graph.setdefault(g, set()).add(node)
    for g, mine in sorted(per_graph.items()):
        if mine and g in changed:
            # every node of a changed graph is a candidate: the whole graph at once (the store
            # joins its own way instead of starting from each node)
            out += [f for f in early[g].result() if f.focus_node in mine]
        elif mine:
            out += run_constraint(store, sc, focus=sorted(f"<{n}>" for n in mine), data=data, graph=g)
    return out


def _local_check(store: Store, sc: Any, data: GraphData, present: list[str], own: dict[str, dict[str, set[str]]],
                 docs_of: dict[str, set[str]], references: list[str],
                 candidates: dict[str, set[str]], early: dict[str, Future[list[Finding]]]) -> list[Finding]:
    """A "local" check: a changed graph's own nodes on that graph and the reference graphs, every
    other candidate on the union. `early`: the check already running on each present graph and
    the reference graphs (`_run`)."""
    out: list[Finding] = []
    done: set[str] = set()
    reads_docs = any(relation == "parts" for relation, _ in RULES[sc.check][1])
    for g in present:
        mine = own.get(g, {}).get(sc.check, set())
        if mine and reads_docs and not described_as_alone(store, data, docs_of[g], [g, *references],
                                                          check_predicates(sc)):
            mine = set()            # what it reads of the document is not all in its graph
        if mine:
            out += [f for f in early[g].result() if f.focus_node in mine]
            done |= mine
    out += run_constraint(store, sc, focus=sorted(f"<{n}>" for n in candidates.get(sc.check, set()) - done))
    return out


# -- the incremental run ------------------------------------------------------------------------------
@dataclass
class Outcome:
    findings: list[Finding]
    changed: dict[str, bool]              # graph -> still there (False: removed)
    rechecked: int                        # (check, focus node) pairs re-checked
    timings: dict[str, float]


def graph_data(store: Store) -> GraphData | None:
    """What runs the checks of a changed document on its own graph: the embedded store's pyoxigraph
    store, or a remote store (the protocol's default-graph-uri); None for a store of another kind
    (every check then runs on the union)."""
    data = getattr(store, "_store", None)
    if isinstance(data, ox.Store):
        return data
    return store if isinstance(store, RemoteStore) else None


def run(store: Store, shapes: object, cache: AuditCache, full: Callable[[set[str]], list[Finding]],
        changes: Changes) -> Outcome:
    """Apply `changes` to the cache and give every finding (merged). `full(checks)` runs those
    SHACL-SPARQL checks graph-wide (checks RULES does not know)."""
    # what only reads the store and does not depend on what else is read runs on a second thread
    # (pyoxigraph lets go of the GIL while it evaluates a query)
    pool = ThreadPoolExecutor(max_workers=CHECK_THREADS)
    try:
        return _run(store, shapes, cache, full, changes, pool)
    finally:
        # (a full audit needed after checks were started: those not yet begun are not run)
        pool.shutdown(wait=True, cancel_futures=True)


def _run(store: Store, shapes: object, cache: AuditCache, full: Callable[[set[str]], list[Finding]],
         changes: Changes, pool: ThreadPoolExecutor) -> Outcome:
    from .shapes import Shapes
    assert isinstance(shapes, Shapes)
    t0 = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - t0
        t0 = now

    if not changes:
        return Outcome(merge(cache.findings()), {}, 0, timings)
    changed = dict(changes.graphs)
    present = [g for g, st in changed.items() if st is not None]
    # targets of every check, classes expanded to their subclasses
    closure = subclass_closure(store, instance_classes(shapes.compiled) |
                               {c for s in shapes.sparql_checks for c in s.targets.classes} |
                               {c for s in shapes.compiled for c in s.classes})
    targets: dict[str, Target] = {}
    for cc in shapes.compiled:
        t = targets.setdefault(cc.check, Target(set(), set(), set(), set()))
        t.classes |= {s for c in cc.classes for s in closure.get(c, [c])}
        t.subjects_of |= set(cc.subjects_of)
        t.objects_of |= set(cc.objects_of)
        t.nodes |= {n.strip("<>") for n in cc.nodes if n.startswith("<")}
    for sc in shapes.sparql_checks:
        t = targets.setdefault(sc.check, Target(set(), set(), set(), set()))
        t.classes |= {s for c in sc.targets.classes for s in closure.get(c, [c])}
        t.subjects_of |= set(sc.targets.subjects_of)
        t.objects_of |= set(sc.targets.objects_of)
        t.nodes |= {n.strip("<>") for n in sc.targets.nodes if n.startswith("<")}
    # the focus nodes each changed graph states, read while what changed is worked out: each kind
    # on its own, so that the pool's threads share them out as they come free (a plan's kinds
    # differ 50-fold: 510 assignments ~3 ms, 2 citations 0.1 ms; fixed halves kept one thread
    # busy for 10 ms of a replaced plan's audit while the other was idle after 4)
    ways = focus_kinds(targets)
    local_jobs = {g: ([pool.submit(stated_kinds, store, g, [way]) for way in ways],
                      pool.submit(stated_nodes, store, g, targets)) for g in present}
    # the "graph" and "local" checks on each changed graph (with the reference graphs for "local"
    # ones), the whole graph at once, start next: they do not depend on what else changed, only
    # which of their findings are kept does (the graph's own nodes, known below). One plan of 160
    # tasks replaced, 1,000 plans: their ~11 ms of CPU now overlap with working out what changed
    data = graph_data(store)
    early: dict[int, dict[str, Future[list[Finding]]]] = {}
    if data is not None:
        for i, sc in enumerate(shapes.sparql_checks):
            where, _ = RULES.get(sc.check, ("global", ()))
            if where in ("graph", "local"):
                early[i] = {g: pool.submit(run_constraint, store, sc, data=data,
                                           graph=g if where == "graph" else [g, *changes.references])
                            for g in present}
    old_fp = cache.footprint(changed)
    new_fp = {g: footprint(store, g) for g in present}
    # the documents a changed graph says something about, before and after: those whose
    # description or citations, as the union states them now, differ from the last audit's
    touched = set(changes.derived_docs)
    for g in changed:
        touched |= old_fp.get(g, set()) | new_fp.get(g, set())
    now = digests(store, touched, read_predicates(shapes))
    before = cache.digests(touched)
    desc = {d for d in touched if now.get(d, ("", ""))[0] != before.get(d, ("", ""))[0]}
    cites = {d for d in touched if now.get(d, ("", ""))[1] != before.get(d, ("", ""))[1]}
    lap("what changed")

    candidates: dict[str, set[str]] = {c: set() for c in targets}
    local: dict[str, dict[str, set[str]]] = {
        g: focus_by_check(targets, {k: v for job in parts for k, v in job.result().items()}, named.result())
        for g, (parts, named) in local_jobs.items()}
    for per in local.values():
        for check, nodes in per.items():
            candidates[check] |= nodes
    for check, node in cache.focus_in(changed):
        candidates.setdefault(check, set()).add(node)
    if desc:
        # a document described otherwise is re-checked (and its label read again) by every check
        # that has it as a focus node
        kinds = document_kinds(store, desc)
        for check, t in targets.items():
            candidates[check] |= {d for d, ks in kinds.items()
                                  if ks & (t.classes | t.subjects_of) or d in t.nodes or t.objects_of}
    # the focus nodes of each check that only a changed graph states (its tasks, duties and their
    # assignments), and the documents it describes; none on a store of another kind
    docs_of = {g: described(store, g) for g in present} if data is not None else {}
    own: dict[str, dict[str, set[str]]] = {}
    for g, docs in docs_of.items():
        under = own_prefixes(docs)
        if under:
            own[g] = {check: {n for n in nodes if n.startswith(under)} for check, nodes in local[g].items()}
    # the core constraints: for those nodes on their graph, the whole graph at once (core shapes
    # are local: see above; with the reference graphs when a constraint tests the class of a
    # value), started now; every other candidate node by node on the union (below)
    on_graph: list[Future[list[Finding]]] = []
    for g, per_check in own.items():
        for with_types in (False, True):
            these = [cc for cc in shapes.compiled if tests_value_classes(cc) == with_types and per_check.get(cc.check)]
            if these and data is not None:
                on_graph.append(pool.submit(_core_on_graph, store, these, closure, data, [g, *changes.references]
                                            if with_types else [g], per_check))
    lap("local candidates")
    reached: dict[tuple[str, str], set[str]] = {}
    for check, (_, rules) in RULES.items():
        if check not in candidates:
            continue
        for relation, what in rules:
            docs = desc if what == "desc" else cites
            if relation == "self":
                candidates[check] |= docs
                continue
            key = (relation, what)
            if key not in reached:
                reached[key] = related(store, relation, docs)
            candidates[check] |= reached[key]
    lap("cross candidates")
    if any(f.startswith("_:") for nodes in candidates.values() for f in nodes):
        raise FullAuditNeeded("a finding on a blank node")

    # re-check
    owned: dict[str, set[str]] = {c: set() for c in candidates}
    for per_check in own.values():
        for check, nodes in per_check.items():
            owned.setdefault(check, set()).update(nodes)
    # every re-check below reads the store only and is independent of the others: they run on the
    # pool's threads (after those started above), their findings kept in this order
    jobs: list[Callable[[], list[Finding]]] = [partial(
        run_compiled, store, shapes.compiled, closure=closure,
        focus={c: sorted(f"<{n}>" for n in nodes - owned[c]) for c, nodes in candidates.items()})]
    focus = {c: sorted(f"<{n}>" for n in nodes) for c, nodes in candidates.items()}
    everything: set[str] = set()          # checks re-run in full
    for i, sc in enumerate(shapes.sparql_checks):
        where, _ = RULES.get(sc.check, ("global", ()))
        if where == "graph" and data is not None:
            jobs.append(partial(_graph_check, store, sc, data, present, changed, local, candidates, early[i]))
        elif where == "local" and data is not None:
            jobs.append(partial(_local_check, store, sc, data, present, own, docs_of, changes.references,
                                candidates, early[i]))
        elif where in ("union", "graph", "local"):
            jobs.append(partial(run_constraint, store, sc, focus=focus.get(sc.check, [])))
        else:
            everything.add(sc.check)
    raw = [f for job in on_graph for f in job.result()] + on_threads(jobs, pool)
    if everything:
        raw += full(everything)
    lap("checks")

    # place the new findings, keep every other one
    doc_graphs = DocumentGraphs(cache, set(present), {g for g, st in changed.items() if st is None})
    placed = place(store, raw, doc_graphs, documents(store, doc_graphs, {f.focus_node for f in raw}))
    asserted = asserted_by(store, {f.focus_node for f in placed})
    lap("place")
    stored = cache.focus_of_checks()
    drop = [(c, n) for c, nodes in candidates.items() for n in nodes & stored.get(c, set())]
    with cache.transaction() as db:
        if everything:
            db.executemany("DELETE FROM findings WHERE check_id = ?", ((c,) for c in everything))
        AuditCache.drop_findings(db, drop)
        AuditCache.add_findings(db, placed, asserted)
        AuditCache.set_graphs(db, changed)
        AuditCache.set_footprint(db, {g: new_fp[g] for g in present})
        AuditCache.set_digests(db, {d: now.get(d) for d in touched})
        AuditCache.prune_asserted(db, None if everything else {n for _, n in drop})
        values = {"log_count": str(changes.log_count), "log_max": changes.log_max, "audited_at": _now(),
                  "generation": changes.generation}
        if changes.derived is not None:
            values["derived"] = json.dumps(changes.derived, ensure_ascii=False)
        AuditCache.set_meta(db, values)
    findings = merge(cache.findings())
    lap("store")
    rechecked = sum(len(nodes) for nodes in candidates.values())
    return Outcome(findings, {g: st is not None for g, st in changed.items()}, rechecked, timings)


def save_full(store: Store, cache: AuditCache, shapes: object, placed: list[Finding],
              generation: str | None = None) -> None:
    """Rewrite the cache after a full audit (`generation`: the store's, read before it began)."""
    from .shapes import Shapes
    assert isinstance(shapes, Shapes)
    shapes_digest = shapes.digest
    count, latest = log_summary(store)
    # what the cache keeps, read two at a time (threads: pyoxigraph lets go of the GIL while it
    # evaluates; 10,000 plans: ~6 s of reading in all)
    with ThreadPoolExecutor(max_workers=CHECK_THREADS) as pool:
        digests_job = pool.submit(all_digests, store, read_predicates(shapes))
        asserted_job = pool.submit(asserted_by, store, {f.focus_node for f in placed})
        states_job = pool.submit(log_states, store)
        fps = footprints(store)
        states, asserted, described = states_job.result(), asserted_job.result(), digests_job.result()
    graphs: dict[str, tuple[str | None, str | None] | None] = {}
    others: dict[str, list[str | None]] = {}
    for g, state in states.items():
        if g in fps:
            graphs[g] = state
        else:
            others[g] = list(state)
    with cache.transaction() as db:
        AuditCache.clear(db)
        AuditCache.set_graphs(db, graphs)
        AuditCache.set_footprint(db, {g: fps[g] for g in graphs})
        AuditCache.set_digests(db, dict(described))
        AuditCache.add_findings(db, placed, asserted)
        AuditCache.set_meta(db, {**meta_for(shapes_digest), "log_count": str(count), "log_max": latest,
                                 "audited_at": _now(), "generation": generation or "",
                                 "derived": json.dumps(derived_now(store), ensure_ascii=False),
                                 "others": json.dumps(others, sort_keys=True, ensure_ascii=False)})

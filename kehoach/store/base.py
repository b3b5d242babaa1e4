"""The store interface. A store holds one named graph per source document, the reference graphs
(ontology, gazetteer, known documents, issuer codes), link graphs, an ingest log, and the
materialised union of them all but the log, which is the default graph of every query: the
embedded store keeps it in its own default graph, a remote store in the named graph
kehoach.vocab.UNION_GRAPH (asked for as default graph by the protocol's default-graph-uri).

`Store` is the abstract base class of the embedded store (pyoxigraph on disk) and the remote
store (any SPARQL 1.1 endpoint). A store implements a few primitives — `query`, `update`,
`named_graphs`, `quads`, `count`, `flush` — and inherits everything else, written once in SPARQL:
`select` (prefixes, bound parameters), `replace_graph` / `drop_graph` (one update each, so
atomic: either the new graph is there whole, or the old one is untouched; the union graph and
the ingest log are kept in step by the same update), `rebuild_union`, `ensure_reference_graphs`,
`logged`, `export`. The update texts are module functions, so both stores run the very same text."""

from __future__ import annotations

import abc
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union, cast

import pyoxigraph as ox

from kehoach.errors import QueryError, StoreError
from kehoach.resources import data_file
from kehoach.vocab import KH, LOG_GRAPH, PREFIXES, PROV, REFERENCE_GRAPHS, UNION_GRAPH, XSD

# a value in a result row (RDF-star triple terms, rare, come through as ox.Triple)
Term = Union[ox.NamedNode, ox.Literal, ox.BlankNode]  # noqa: UP007 (a runtime alias: 3.10 has no `type X = ...`)
Row = dict[str, Optional[Term]]  # noqa: UP045
# a value bound to a query parameter
Binding = Union[ox.NamedNode, ox.Literal]  # noqa: UP007
EXPORT_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")


@dataclass
class NewGraph:
    """A graph to add (a document read for the first time): its N-Triples and ingest-log entry.
    The N-Triples come as text or as its UTF-8 bytes: ingest's workers send bytes, which cross
    from process to process, are joined into one load and read by the store without being decoded
    and encoded again (1,000 bench plans: ~5 ms of the writer's CPU a plan, 2026-12-05)."""
    graph: str
    data: str | bytes
    log: dict[str, str]
    # whether the text may hold blank nodes: None, not known (the text is looked through); False
    # from ingest's builder, which mints an IRI for every node (a scan of ~0.8 MB saved per plan)
    blank_nodes: bool | None = None

    @property
    def ntriples(self) -> str:
        return self.data.decode() if isinstance(self.data, bytes) else self.data

    @property
    def utf8(self) -> bytes:
        return self.data if isinstance(self.data, bytes) else self.data.encode()

    def triples(self) -> list[ox.Triple]:
        # (pyoxigraph's parser gives quads, in the default graph: they never compare equal to the
        # triples a store gives back, and replace_graph would then rewrite every triple)
        return [q.triple for q in ox.parse(self.data, format=ox.RdfFormat.N_TRIPLES)]

    @property
    def joinable(self) -> bool:
        """Whether it may be written in one text with other graphs: blank node labels are scoped to
        one text, so two documents' _:b would become one node."""
        if self.blank_nodes is not None:
            return not self.blank_nodes
        if isinstance(self.data, bytes):
            return b"_:" not in self.data
        return "_:" not in self.data


# the log graph marks a graph being written in bulk (not atomic): what an interrupted write leaves
# marked is taken out again when the store is next opened
WRITING = KH + "writing"
# the log graph of a store that keeps the union in its default graph says so (the embedded store:
# kehoach.store.embedded); how the store is kept, not data: never read, counted or exported as such
UNION_IN = ox.Quad(ox.NamedNode(LOG_GRAPH), ox.NamedNode(KH + "unionIn"), ox.NamedNode(KH + "defaultGraph"),
                   ox.NamedNode(LOG_GRAPH))


@dataclass
class Result:
    """Rows of a query: SELECT variables; ASK gives one row {"result": "true"|"false"};
    CONSTRUCT/DESCRIBE rows {subject, predicate, object}."""
    variables: list[str]
    rows: list[Row]


def triples_result(triples: Iterable[ox.Triple]) -> Result:
    """CONSTRUCT/DESCRIBE answers as rows of subject, predicate, object."""
    return Result(["subject", "predicate", "object"],
                  [cast(Row, {"subject": t.subject, "predicate": t.predicate, "object": t.object}) for t in triples])


def bound(t: Term | None) -> str:
    """The lexical value of a term the query always binds (unbound: the store answered wrongly)."""
    if t is None:
        raise StoreError("a variable the query always binds came back unbound")
    return t.value


def term_text(t: Term | None) -> str | None:
    """The lexical value of an optional term."""
    return None if t is None else t.value


def is_true(result: Result) -> bool:
    """The answer of an ASK query (boolean_result's shape) as a bool."""
    v = result.rows[0].get("result") if result.rows else None
    return v is not None and v.value == "true"


def boolean_result(value: bool) -> Result:
    return Result(["result"], [{"result": ox.Literal(str(bool(value)).lower())}])


# how to compact an oxigraph server's store at once (it compacts in the background otherwise): what
# `kehoach optimize` on an endpoint and a large ingest into one say
OXIGRAPH_COMPACT = "to compact at once, stop `oxigraph serve` and run `oxigraph optimize --location DIR`"


class Store(abc.ABC):
    """What every part of kehoach (ingest, queries, audit, links, VoID, publish) needs of a store."""

    # where the materialised union is kept: a named graph, or None for the store's default graph
    union_graph: str | None = UNION_GRAPH
    # told before a long one-time change made when a store is opened (the CLI prints it)
    notify: Callable[[str], None] | None = None

    # -- primitives ---------------------------------------------------------------------------
    # SERVICE clauses make the store call other servers: refused unless a caller allows them
    allow_service: bool = False
    service_timeout: float = 30.0
    # graphs an interrupted write left half-written, taken out when the store was opened
    recovered: Sequence[str] = ()

    @abc.abstractmethod
    def query(self, text: str, prefixes: dict[str, str] | None = None) -> Result:
        """Run one complete SPARQL query (nothing bound) with the union graph as default graph
        and every named graph available to GRAPH. `prefixes` are predeclared for parsing, so
        error positions stay those of `text`."""

    @abc.abstractmethod
    def update(self, text: str, touched: Collection[str] | None = None) -> None:
        """Run one SPARQL update request, as one transaction. `touched`: the graphs it writes, as
        far as the caller knows (None: any), for a store that journals its writes (remote.py)."""

    @abc.abstractmethod
    def named_graphs(self) -> list[str]:
        """Document, reference, link and log graphs, sorted (the materialised union is not listed)."""

    @abc.abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of every named graph (the union is not one of them)."""

    def union_quads(self) -> Iterator[ox.Quad]:
        """The quads of the union (whatever graph name the store keeps it under)."""
        assert self.union_graph is not None, "a store keeping the union in its default graph reads it itself"
        return self.quads(self.union_graph)

    @abc.abstractmethod
    def count(self, graph: str | None = None) -> int:
        """Triples in a graph; without a graph, distinct triples of the whole store (the union).
        Counted by the store (iterating millions of quads through Python would cost gigabytes)."""

    def _layout_triples(self, graph: str | None) -> int:
        """How many of a graph's triples are the layout record (UNION_IN, in the log graph of a
        store keeping the union in its default graph): not data, so not counted."""
        return int(graph == LOG_GRAPH and self.union_graph is None)

    @abc.abstractmethod
    def flush(self) -> None:
        """Make what was written durable (a no-op where every update already is)."""

    def optimize(self) -> None:
        """Compact the storage after a large ingest (an embedded store; a SPARQL endpoint manages
        its own storage)."""
        raise StoreError("kehoach optimize compacts an embedded store (a directory); a SPARQL endpoint "
                         "manages its own storage",
                         hint=f"oxigraph serve compacts in the background; {OXIGRAPH_COMPACT}")

    def close(self) -> None:
        """Release what the store holds (files, locks); the store is not used afterwards.
        Here: flush (a store that holds nothing needs no more)."""
        self.flush()

    @property
    def read_only(self) -> bool:
        """Whether this process opened the store for reading only: never here (a remote store
        takes what its server allows; the embedded store may be opened so)."""
        return False

    @property
    def counts_file(self) -> Path | None:
        """Where `kehoach stats` may keep its counts until the next write (kehoach/stats.py): none
        here (the embedded store keeps them in its directory, a remote store on this machine)."""
        return None

    def counts_stamp(self) -> str | None:
        """What counts kept in counts_file must have been counted under to be this store's (read
        before counting): nothing here (a store that takes the file away at every write); a remote
        store's generation; None when kept counts cannot be trusted (count at every call)."""
        return ""

    def generation(self) -> str | None:
        """A token every write through kehoach renews (a remote store's: see kehoach.store.remote),
        for a reader to tell in one lookup that nothing was written since it last looked; None
        where the store keeps none (the embedded store, which only this machine writes)."""
        return None

    def touched_since(self, generation: str) -> set[str] | None:
        """The graphs written since `generation`, from a journal of writes (a remote store's: see
        kehoach.store.remote); None when the store cannot tell."""
        return None

    # -- reading ------------------------------------------------------------------------------
    def has_graph(self, graph: str) -> bool:
        """Whether the store holds this named graph (even an empty one)."""
        return is_true(self.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))

    def select(self, query: str, substitutions: Mapping[str, Binding] | None = None, prefixes: bool = True) -> Result:
        """Run a query with kehoach's prefixes predeclared (unless `prefixes` is False) and the
        `substitutions` bound as RDF terms (see bind_values)."""
        return self.query(self.bound_text(query, substitutions), PREFIXES if prefixes else None)

    def bound_text(self, query: str, substitutions: Mapping[str, Binding] | None = None) -> str:
        """The query text with `substitutions` bound (see bind_values), refused when it calls a
        SERVICE this store is not allowed to."""
        text = bind_values(query, substitutions or {})
        check_service(text, self.allow_service)
        return text

    def select_csv(self, query: str, substitutions: Mapping[str, Binding] | None = None,
                   prefixes: bool = True) -> bytes | Result:
        """As select, the answer to a SELECT written by the store itself as SPARQL 1.1 CSV (W3C
        "SPARQL 1.1 Query Results CSV and TSV Formats": plain values, CRLF line ends), which costs
        less than making a term of each value to write them again (output.sparql_csv turns it into
        kehoach's CSV). Other answers, and stores that do not, give select()'s Result."""
        return self.select(query, substitutions, prefixes)

    def logged(self, graph: str, what: str) -> str | None:
        """The ingest-log value kh:{what} of a graph (sha256, fileName, toolVersion, ...)."""
        r = self.select(f"SELECT ?v WHERE {{ GRAPH <{LOG_GRAPH}> {{ <{graph}> kh:{what} ?v }} }}")
        v = r.rows[0]["v"] if r.rows else None
        return v.value if v is not None else None

    def export(self, fmt: str) -> bytes:
        """The whole store: nq and trig keep the named graphs; ttl, nt and jsonld hold the union."""
        if fmt == "nq":
            return _bytes(ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS))
        if fmt == "trig":
            return _bytes(ox.serialize(self.quads(), format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
        triples = sorted((q.triple for q in self.union_quads()),
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        if fmt == "ttl":
            return _bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
        if fmt == "jsonld":
            return _bytes(ox.serialize(triples, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES))
        if fmt == "nt":
            return _bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        raise StoreError(f"unknown export format {fmt!r} ({', '.join(EXPORT_FORMATS)})")

    # -- writing ------------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None) -> None:
        """Replace a graph (and its ingest-log entry, given `log`) in one update."""
        self.update(replace_graph_update(graph, triples, log, self.union_graph), [graph])

    def add_graphs(self, items: list[NewGraph]) -> None:
        """Add graphs the store does not hold (and the union, the log in step). Here one update per
        graph; the embedded store loads a batch at once, the remote store sends several per request."""
        for it in items:
            self.add_graph(it)

    def add_graph(self, it: NewGraph) -> None:
        """Add one graph in one update."""
        self.replace_graph(it.graph, it.triples(), it.log)

    def drop_graph(self, graph: str) -> None:
        """Remove a graph, its triples from the union, and its ingest-log entry, in one update."""
        self.update(drop_graph_update(graph, self.union_graph), [graph])

    def rebuild_union(self) -> None:
        """Recompute the union graph from all graphs but the log (after bulk loads)."""
        self.update(rebuild_union_update(self.union_graph))

    def ensure_reference_graphs(self) -> None:
        """(Re)load ontology, gazetteer and known documents when their files changed."""
        for graph, (kind, name) in REFERENCE_GRAPHS.items():
            path = data_file(kind, name)
            if not path.exists():
                continue
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if self.logged(graph, "sha256") == sha:
                continue
            triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
            self.replace_graph(graph, triples, log_entry(sha, path.name))


def _bytes(data: bytes | None) -> bytes:
    """ox.serialize without an output returns the bytes (typed as optional)."""
    assert data is not None
    return data


# -- update texts, the same for every store ---------------------------------------------------------
# `union`: where the store keeps the union (Store.union_graph): a named graph, or None for the
# default graph
def in_union(block: str, union: str | None = UNION_GRAPH) -> str:
    """A block of triples (or triple patterns) placed in the union."""
    return block if union is None else f"GRAPH <{union}> {{ {block} }}"


def _forget_update(g: str, union: str | None = UNION_GRAPH) -> str:
    """Remove from the union the triples of graph g that no other graph asserts."""
    return (f"DELETE {{ {in_union('?s ?p ?o', union)} }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} "
            f"FILTER(?h NOT IN (<{g}>, <{UNION_GRAPH}>, <{LOG_GRAPH}>)) }} }}")


def replace_graph_update(graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None,
                         union: str | None = UNION_GRAPH) -> str:
    """One SPARQL update (one transaction) that replaces a graph, keeps the union graph in step,
    and records the ingest in the log graph."""
    g = ox.NamedNode(graph)
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    update = [_forget_update(graph, union), f"DROP SILENT GRAPH {g}",
              f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}",
              f"INSERT {{ {in_union('?s ?p ?o', union)} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"]
    if log:
        update.extend(log_replace_text(graph, log))
    return " ;\n".join(update)


# -- bulk writes of new graphs (EmbeddedStore.add_graphs, RemoteStore._bulk_new): an update marks
# the graphs in the log graph, one non-transactional load writes them and their union triples, an
# update takes the marks out and writes their log entries; marked graphs are taken out again
def marks_text(items: Iterable[NewGraph]) -> str:
    """The N-Triples of the marks a bulk write sets, in the log graph, on the graphs it writes."""
    return "\n".join(f"<{it.graph}> <{WRITING}> {ox.Literal(True)} ." for it in items)


def bulk_nquads(items: Iterable[NewGraph], union: str | None) -> bytes:
    """New graphs as N-Quads, UTF-8: each graph's triples, and again in the union (a named graph,
    or the default graph for None)."""
    tail = f" <{union}> .\n".encode() if union else None
    out = []
    for it in items:
        data = it.utf8
        out.append(data.replace(b" .\n", f" <{it.graph}> .\n".encode()))
        out.append(data.replace(b" .\n", tail) if tail else data)
    return b"".join(out)


def bulk_done_update(items: list[NewGraph]) -> str:
    """The update ending a bulk write: the marks taken out, the graphs' log entries written."""
    parts = [f"DELETE DATA {{ GRAPH <{LOG_GRAPH}> {{\n{marks_text(items)}\n}} }}"]
    for it in items:
        parts.extend(log_replace_text(it.graph, it.log))
    return " ;\n".join(parts)


def half_written(graph: str) -> str:
    """What is said of a graph an interrupted bulk write left, when it is taken out."""
    return f"warning: an interrupted ingest left {graph} half-written: taken out (ingest its file again)"


def log_replace_text(graph: str, log: dict[str, str]) -> list[str]:
    """The update operations that replace a graph's ingest-log entry."""
    g, lg = ox.NamedNode(graph), ox.NamedNode(LOG_GRAPH)
    lines = [f"{g} <{p}> {o} ." for p, o in log.items()]
    return [f"DELETE WHERE {{ GRAPH {lg} {{ {g} ?p ?o }} }}",
            f"INSERT DATA {{ GRAPH {lg} {{\n" + "\n".join(lines) + "\n} }"]


def drop_graph_update(graph: str, union: str | None = UNION_GRAPH) -> str:
    return " ;\n".join([_forget_update(graph, union), f"DROP SILENT GRAPH <{graph}>",
                        f"DELETE WHERE {{ GRAPH <{LOG_GRAPH}> {{ <{graph}> ?p ?o }} }}"])


def rebuild_union_update(union: str | None = UNION_GRAPH) -> str:
    """The union recomputed from every graph but the union graph and the log (a named union graph
    is created when missing)."""
    clear = "CLEAR DEFAULT" if union is None else f"DROP SILENT GRAPH <{union}> ; CREATE SILENT GRAPH <{union}>"
    return (f"{clear} ; INSERT {{ {in_union('?s ?p ?o', union)} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(?g NOT IN (<{UNION_GRAPH}>, <{LOG_GRAPH}>)) }}")


def log_replace_update(graph: str, log: Iterable[ox.Triple]) -> str:
    """Replace the ingest-log entry of a graph with these log triples (none: remove it)."""
    g, lg = ox.NamedNode(graph), ox.NamedNode(LOG_GRAPH)
    update = f"DELETE WHERE {{ GRAPH {lg} {{ {g} ?p ?o }} }}"
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in log)
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH {lg} {{\n{body}\n}} }}"
    return update


# -- parameters and log entries -------------------------------------------------------------------
# what a SPARQL text holds that is not syntax: long and short strings, IRIs, comments
_LEXICAL_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                            r"|<[^<>\s]*>|#[^\n]*")
_SERVICE = re.compile(r"\bSERVICE\b", re.I)


def check_service(text: str, allowed: bool) -> None:
    """Refuse a query with a SERVICE clause (it would make this machine call other servers) unless
    the caller allowed it. Strings, IRIs and comments are not looked at."""
    if not allowed and _SERVICE.search(_LEXICAL_NOISE.sub(" ", text)):
        raise QueryError("the query calls another SPARQL service (SERVICE); kehoach does not make outbound "
                         "requests unless asked", hint="add --allow-service to permit it (with a time limit)")



_WHERE = re.compile(r"\bWHERE\s*\{", re.I)
_GROUP = re.compile(r"\{")
_SELECT = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.I)
_SUBSELECT = re.compile(r"\bSELECT\b", re.I)


def bind_values(query: str, bindings: Mapping[str, Binding]) -> str:
    """Bind parameters as RDF terms: a VALUES block at the start of the outer WHERE group, and at
    the start of every sub-select's WHERE group that mentions a parameter (a sub-select's variables
    are its own: without it, a sub-select could not filter on a parameter, and would compute its
    answer for every plan before the outer query keeps one; grlc, which pastes the value into the
    text, binds it there too). Terms are serialised by pyoxigraph (escaped), so a value can never
    change the query."""
    if not bindings:
        return query
    body = "\n".join(line if not line.lstrip().startswith("#") else "" for line in query.split("\n"))
    # braces and keywords inside strings, IRIs and comments are not syntax
    masked = _LEXICAL_NOISE.sub(lambda m: " " * len(m.group(0)), body)
    m = _SELECT.search(masked)
    if not m:
        raise StoreError("query has no SELECT/CONSTRUCT/ASK/DESCRIBE form")
    # the outer WHERE group: "WHERE {", or the first "{" of a form that omits the keyword
    # ("ASK { ... }", "SELECT * { ... }"); a CONSTRUCT template is never it, since CONSTRUCT
    # without WHERE has no separate template
    w = _WHERE.search(masked, m.end()) or _GROUP.search(masked, m.end())
    if not w:
        raise StoreError("query has no WHERE group to bind parameters into")
    names = sorted(bindings)
    inserts = [(w.end(), names)]
    for sub in _SUBSELECT.finditer(masked, w.end()):
        start = masked.find("{", sub.end())
        end = _group_end(masked, start)
        if start < 0 or end < 0:
            continue
        mentioned = [n for n in names if re.search(rf"[?$]{re.escape(n)}(?![\w])", masked[start:end])]
        if mentioned:
            inserts.append((start + 1, mentioned))
    for pos, ns in sorted(inserts, reverse=True):
        values = " VALUES (" + " ".join("?" + n for n in ns) + ") { (" + " ".join(str(bindings[n]) for n in ns) + ") } "
        body = body[:pos] + values + body[pos:]
    return body


def _group_end(text: str, start: int) -> int:
    """The index of the "}" closing the group opened at `start` (-1: none)."""
    if start < 0:
        return -1
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def log_entry(sha256: str, file_name: str, version: str | None = None) -> dict[str, str]:
    """The ingest-log entry of a graph: predicate IRI -> serialised object term."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    e = {
        KH + "sha256": f'"{sha256}"',
        KH + "fileName": str(ox.Literal(file_name)),
        PROV + "generatedAtTime": f'"{now}"^^<{XSD}dateTime>',
    }
    if version:
        e[KH + "toolVersion"] = f'"{version}"'
    return e

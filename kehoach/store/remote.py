"""A store behind any SPARQL 1.1 endpoint: the second implementation of the Store interface.

    oxigraph serve --location data --bind 127.0.0.1:7878
    kehoach --store http://127.0.0.1:7878 ingest ../shared/seeds

Endpoints. From a base URL (`http://host:port/path`) we derive `/query` (SPARQL query),
`/update` (SPARQL update) and `/store` (Graph Store HTTP Protocol), the layout of
`oxigraph serve`. A URL that already ends in /query, /sparql, /update or /store is taken back
to its base. Other servers differ (Fuseki: /ds/query, /ds/update, /ds/data): set
KEHOACH_QUERY_URL, KEHOACH_UPDATE_URL, KEHOACH_GSP_URL. Credentials come only from the
environment (KEHOACH_USER, KEHOACH_PASSWORD; HTTP basic), never from the command line.
KEHOACH_TIMEOUT (seconds, default 120) bounds each HTTP request, KEHOACH_RETRIES (default 4)
the retries on HTTP 429/503.

Semantics: the same as the embedded store. The default graph of every query is the
materialised union (the set union of all graphs but the log, kept in step by the same update
texts), and every named graph stays queryable with GRAPH. Where the union is kept:
- In the server's default graph, the embedded store's layout (recorded by UNION_IN in the log
  graph), chosen for an empty server and found in a store written by the embedded store
  (`kehoach serve`, or `oxigraph serve` on its directory). Queries then name no graphs, and the
  server evaluates GRAPH ?g with its own quad indexes (agency-succession at 1,000 plans: 1.3 s,
  against 70.7 s over a listed dataset). A server started with `--union-default-graph` hides
  its default graph: such a store is then refused with a one-line error saying so.
- In the named graph vocab.UNION_GRAPH, asked for with the standard protocol parameters
  (default-graph-uri = the union graph; named-graph-uri = each named graph, for the queries with
  a GRAPH pattern): chosen for an empty server that unions its default graph (the parameters take
  precedence there), or for data others loaded there; also the layout earlier versions of
  kehoach wrote, kept as it is.

Writes. `replace_graph` / `drop_graph` are one SPARQL update request each (graph, union graph
and ingest-log entry together), the same text the embedded store runs; SPARQL 1.1 Update asks
servers to run a request atomically, and oxigraph does. New documents (`add_graphs`) are a few
megabytes per update request, one transaction each; on oxigraph (its Server header) they go
through its bulk loader instead (POST of N-Quads to `/store?no_transaction`, between an update
marking the graphs and one writing their log entries, as the embedded store loads them): about 4
times the plans a second. A failed load takes the new graphs out again; one interrupted by the
process dying is taken out by the next write through kehoach, which says so. Readers can see a
graph being loaded before it is whole: KEHOACH_REMOTE_BULK=0 keeps to the update requests.
Bulk loading of whole graphs (`put_graph`, used by `kehoach publish`) goes through the Graph
Store Protocol: PUT of N-Triples to ?graph=<iri>, then `rebuild_union()`. Note: oxigraph 0.5
executes such a PUT as "clear graph" then "load" in two transactions, so unlike `replace_graph` a
failed PUT can leave that graph empty, and readers can briefly see it empty.

Generation. Every write through kehoach ends by giving the store a new generation, a random
token in the log graph (`<log> kh:generation "..."`, in the same update request as the write or,
after a Graph Store PUT, the update that follows it), so a reader can tell in one small query
whether anything was written since it last looked, whatever the writers' clocks: `kehoach stats`
keeps a server's counts on the machine that asked for them (kehoach.localcache) under the
generation they were counted in, and counts again once it changes. Like the layout record, the
token is how the store is kept, not data: it is not counted, listed or exported. A store never
written through kehoach has none (its counts are counted at every call), and writes made without
kehoach (SPARQL updates of one's own) leave it as it was: `kehoach stats --recount` after them.

Journal. The same update also writes a journal entry for the new generation: its token, a
sequence number one past the previous generation's, and the graphs the write touched
(`<log#generation-TOKEN> kh:journalToken "…" ; kh:journalSequence n ; kh:journalTouched <g>`;
kh:everyGraph for a write that may touch any, such as rebuilding the union). The last
JOURNAL_KEPT entries are kept. An incremental audit that knows the generation it last began in
reads only the entries since (`touched_since`) and the log entries of the graphs they name,
where it read the whole log (10,000 plans: ~0.2-0.3 s a remote audit). When the chain from that
generation is not whole (pruned, two writers that read the same generation, a store written by
an earlier kehoach or another server at the same address) it reads the whole log, as before.
Like the generation, the journal is not data: not counted, listed or exported.

HTTP goes through kehoach.sparql_client (SPARQLWrapper for queries and updates, urllib for the
Graph Store Protocol; User-Agent, POST, timeouts, bounded back-off on 429/503 honouring
Retry-After). Every failure becomes a one-line EndpointError (a StoreError)."""

from __future__ import annotations

import os
import re
import urllib.parse
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox

from kehoach.errors import EndpointError, StoreError
from kehoach.localcache import cache_dir, endpoint_name
from kehoach.sparql_client import QUERY_FORMS, UPDATE_FORMS, SparqlClient, query_form, term
from kehoach.vocab import KH, LOG_GRAPH, PREFIXES, UNION_GRAPH

from .base import (
    UNION_IN,
    WRITING,
    Binding,
    NewGraph,
    Result,
    Row,
    Store,
    Term,
    boolean_result,
    bound,
    bulk_done_update,
    bulk_nquads,
    half_written,
    in_union,
    is_true,
    log_replace_text,
    log_replace_update,
    marks_text,
    rebuild_union_update,
    triples_result,
)

# the N-Triples of new graphs sent in one update request (the server runs it as one transaction)
BATCH_BYTES = 8 * 2**20
# the store's generation, renewed by every write through kehoach (see the module docstring)
GENERATION = KH + "generation"
_GENERATION_NOW = f"SELECT ?v WHERE {{ GRAPH <{LOG_GRAPH}> {{ <{LOG_GRAPH}> <{GENERATION}> ?v }} }}"


# the journal of generations (see the module docstring): each entry's token, sequence number and
# the graphs its write touched (EVERY_GRAPH: any graph may have changed); the last JOURNAL_KEPT kept
JOURNAL_TOKEN, JOURNAL_SEQUENCE, JOURNAL_TOUCHED = KH + "journalToken", KH + "journalSequence", KH + "journalTouched"
EVERY_GRAPH = KH + "everyGraph"
JOURNAL_KEPT = 1000
_NOT_DATA = (GENERATION, JOURNAL_TOKEN, JOURNAL_SEQUENCE, JOURNAL_TOUCHED)


def renewal(touched: Collection[str] | None = None) -> str:
    """The update operations that give the store a new generation and its journal entry, naming
    `touched` (None: any graph may have changed; so does a write to the log graph itself)."""
    token = uuid.uuid4().hex
    log, entry = f"<{LOG_GRAPH}>", f"<{LOG_GRAPH}#generation-{token}>"
    graphs = [EVERY_GRAPH] if touched is None or LOG_GRAPH in touched else sorted(set(touched))
    named = " ".join(f"{entry} <{JOURNAL_TOUCHED}> <{g}> ." for g in graphs)
    return (f"DELETE {{ GRAPH {log} {{ {log} <{GENERATION}> ?v }} }}\n"
            f"INSERT {{ GRAPH {log} {{ {log} <{GENERATION}> \"{token}\" . {entry} <{JOURNAL_TOKEN}> \"{token}\" ; "
            f"<{JOURNAL_SEQUENCE}> ?next . {named} }} }}\n"
            f"WHERE {{ OPTIONAL {{ GRAPH {log} {{ {log} <{GENERATION}> ?v "
            f"OPTIONAL {{ ?last <{JOURNAL_TOKEN}> ?v ; <{JOURNAL_SEQUENCE}> ?n }} }} }} "
            f"BIND(COALESCE(?n + 1, 1) AS ?next) }} ;\n"
            f"DELETE {{ GRAPH {log} {{ ?old ?p ?o }} }} WHERE {{ GRAPH {log} {{ {entry} <{JOURNAL_SEQUENCE}> ?now . "
            f"?old <{JOURNAL_SEQUENCE}> ?s FILTER(?s <= ?now - {JOURNAL_KEPT}) ?old ?p ?o }} }}")


_LOG = ox.NamedNode(LOG_GRAPH)
_NOT_DATA_NODES = frozenset(ox.NamedNode(p) for p in _NOT_DATA)
# the log graph's data: neither the layout record (UNION_IN) nor the generation and its journal
_LOG_DATA = (f"GRAPH <{LOG_GRAPH}> {{ ?s ?p ?o FILTER(?p NOT IN ({', '.join(f'<{p}>' for p in _NOT_DATA)}) && "
             f"(?s != {UNION_IN.subject} || ?p != {UNION_IN.predicate} || ?o != {UNION_IN.object})) }}")


def _kept(q: ox.Quad) -> bool:
    """Whether a quad is data: neither the layout record nor the generation and its journal (in
    the log graph)."""
    return q != UNION_IN and not (q.predicate in _NOT_DATA_NODES and q.graph_name == _LOG)


def endpoints(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) URLs for a base URL, with environment overrides."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"not an http(s) endpoint URL: {url!r}")
    if parts.username or parts.password:
        raise StoreError("put credentials in KEHOACH_USER / KEHOACH_PASSWORD, not in the store URL")
    base = url.split("?", 1)[0].rstrip("/")
    base = re.sub(r"/(query|sparql|update|store)$", "", base)
    return (os.environ.get("KEHOACH_QUERY_URL") or base + "/query",
            os.environ.get("KEHOACH_UPDATE_URL") or base + "/update",
            os.environ.get("KEHOACH_GSP_URL") or base + "/store")


class RemoteStore(Store):
    """The Store interface over HTTP, plus Graph Store Protocol bulk loads (`put_graph`)."""

    def __init__(self, url: str, timeout: float | None = None, retries: int | None = None):
        self.url = url
        self.query_url, self.update_url, self.gsp_url = endpoints(url)
        try:
            seconds = float(timeout or os.environ.get("KEHOACH_TIMEOUT") or 120)
            tries = int(retries if retries is not None else os.environ.get("KEHOACH_RETRIES") or 4)
        except ValueError:
            raise StoreError("KEHOACH_TIMEOUT and KEHOACH_RETRIES must be numbers") from None
        self.client = SparqlClient(
            self.query_url, self.update_url, user=os.environ.get("KEHOACH_USER") or None,
            password=os.environ.get("KEHOACH_PASSWORD") or "", timeout=seconds, retries=tries,
            auth_hint="check KEHOACH_USER / KEHOACH_PASSWORD", refused_hint="is the SPARQL server running?")
        self._graphs: list[str] | None = None     # every named graph on the server, union included
        self._union_checked = False                # whether the server was asked where its union is
        self._empty = False                        # an empty server: the layout is chosen by the first write
        self._built = False                        # the union was built by that check, nothing written since
        self._marks_checked = False                # whether graphs an interrupted bulk load left were looked for
        self.recovered: list[str] = []

    # -- primitives ---------------------------------------------------------------------------
    def update(self, text: str, touched: Collection[str] | None = None) -> None:
        """Run an update request; the store's generation is renewed in the same request, its
        journal entry naming `touched` (None: any graph)."""
        self._graphs = None
        self._built = False
        text = text.rstrip().rstrip(";")
        self.client.update(f"{text} ;\n{renewal(touched)}" if text else renewal(touched))

    @property
    def counts_file(self) -> Path | None:
        """Where `kehoach stats` keeps this server's counts: on this machine (see the module
        docstring), valid for the generation they were counted in (counts_stamp)."""
        return cache_dir() / "stats" / f"{endpoint_name(self.query_url, self.update_url)}.json"

    def counts_stamp(self) -> str | None:
        return self.generation()

    def generation(self) -> str | None:
        """The store's generation; None for a store never written through kehoach."""
        rows = self._select(_GENERATION_NOW).rows
        values = sorted(str(bound(r["v"])) for r in rows if r.get("v") is not None)
        return values[0] if len(values) == 1 else None

    def touched_since(self, generation: str) -> set[str] | None:
        """The graphs written through kehoach since `generation` (not the current one), as the
        journal names them; None when it cannot tell (see the module docstring), or when any graph
        may have changed."""
        r = self._select(f"SELECT ?first ?last ?s ?t ?g WHERE {{ GRAPH <{LOG_GRAPH}> {{ "
                         f"?from <{JOURNAL_TOKEN}> {ox.Literal(generation)} ; <{JOURNAL_SEQUENCE}> ?first . "
                         f"<{LOG_GRAPH}> <{GENERATION}> ?now . ?current <{JOURNAL_TOKEN}> ?now ; "
                         f"<{JOURNAL_SEQUENCE}> ?last . ?e <{JOURNAL_SEQUENCE}> ?s FILTER(?s > ?first) "
                         f"?e <{JOURNAL_TOKEN}> ?t OPTIONAL {{ ?e <{JOURNAL_TOUCHED}> ?g }} }} }}")
        tokens: dict[int, set[str]] = {}
        graphs: set[str] = set()
        ends: set[tuple[int, int]] = set()
        try:
            for row in r.rows:
                tokens.setdefault(int(bound(row["s"])), set()).add(str(bound(row["t"])))
                ends.add((int(bound(row["first"])), int(bound(row["last"]))))
                if row.get("g") is not None:
                    graphs.add(str(bound(row["g"])))
        except (TypeError, ValueError, KeyError, StoreError):
            return None
        if not ends:                        # nothing after it: the current generation, or unknown
            return set() if self.generation() == generation else None
        if len(ends) != 1 or EVERY_GRAPH in graphs:
            return None
        first, last = ends.pop()
        # whole: one entry, one token, for every number after `generation`'s up to the current one's
        if sorted(tokens) != list(range(first + 1, last + 1)) or any(len(t) != 1 for t in tokens.values()):
            return None
        return graphs

    def flush(self) -> None:
        pass

    def query(self, text: str, prefixes: dict[str, str] | None = None) -> Result:
        text = _declared(text, prefixes)
        form = query_form(text)
        if form in UPDATE_FORMS:          # never send what the caller meant as a query to /update
            raise StoreError(f"SPARQL updates ({form}) are not run here: only SELECT, ASK, CONSTRUCT, DESCRIBE")
        if form not in QUERY_FORMS:
            form = "SELECT"                  # let the server report the syntax error
        return self._select(text, form, self._query_dataset(text))

    def select_csv(self, query: str, substitutions: Mapping[str, Binding] | None = None,
                   prefixes: bool = True) -> bytes | Result:
        """As the embedded store: a SELECT's answer as the server writes it, in SPARQL 1.1 CSV,
        which costs less than a term made of each value of its JSON results (agency-workload at
        1,000 plans, 11,639 rows through oxigraph serve: see docs/benchmarks.md). A server's JSON
        results are read as they come; another format, or a refusal of CSV (HTTP 406), is asked
        again through query()."""
        text = _declared(self.bound_text(query, substitutions), PREFIXES if prefixes else None)
        if query_form(text) != "SELECT":
            return self.query(text)
        default, named = self._protocol_graphs(text, self._query_dataset(text))
        try:
            data, ctype = self.client.sparql(text, "SELECT", default, named, csv=True)
        except EndpointError as e:
            if "HTTP 406" not in str(e):
                raise
            return self.query(text)
        media = ctype.split(";")[0].strip().lower()
        if media == "text/csv":
            return data
        if "json" in media:
            return _result(self.client.json_results(data, ctype))
        return self.query(text)

    def select_on_graphs(self, text: str, graphs: list[str]) -> list[Row]:
        """The rows of a SELECT query run on the merge of `graphs` as its default graph (the
        protocol's default-graph-uri), as the embedded store's pyoxigraph store runs one on graphs
        of it (kehoach.audit.incremental: a changed document's checks on its own graph). The named
        graphs stay visible to GRAPH patterns (listed, as named-graph-uri, for a query that has one)."""
        named = [g for g in self._dataset() if g != UNION_GRAPH] if _GRAPH_PATTERN.search(text) else []
        return _result(self.client.select_json(text, "SELECT", graphs, named)).rows

    def named_graphs(self) -> list[str]:
        """As the embedded store lists them: the log graph only when it logs something (not when
        it holds only the layout record, UNION_IN, and the generation)."""
        graphs = [g for g in self._all_graphs() if g != UNION_GRAPH]
        if LOG_GRAPH in graphs and not is_true(self._select(f"ASK {{ {_LOG_DATA} }}", "ASK")):
            graphs.remove(LOG_GRAPH)
        return graphs

    def has_graph(self, graph: str) -> bool:
        """From the list of graphs asked once per change, not one request per graph (an ingest
        asks for every file)."""
        return graph in self._dataset()

    # (the embedded store's layout record, UNION_IN, is left out, as that store leaves it out)
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph:
            g = ox.NamedNode(graph)
            r = self._select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
            return (q for q in (_quad(row, g) for row in r.rows) if _kept(q))
        r = self._select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{UNION_GRAPH}>) }}")
        return (q for q in (_quad(row, row["g"]) for row in r.rows) if _kept(q))

    def count(self, graph: str | None = None) -> int:
        self._dataset()
        where = (_LOG_DATA if graph == LOG_GRAPH else f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph
                 else in_union("?s ?p ?o", self.union_graph))
        r = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        if not r.rows:
            raise EndpointError(f"{self.query_url}: bad answer: a COUNT query returned no row")
        return int(bound(r.rows[0].get("n")))

    def add_graphs(self, items: list[NewGraph]) -> None:
        """New graphs, with their union triples and log entries, a few megabytes per request:
        on oxigraph a bulk load between two updates (see _bulk_new), elsewhere one update request,
        one transaction on the server, so a graph is there whole or not at all (one request per
        graph was ~1 plan/s over HTTP)."""
        self._locate_union()
        self._take_out_marked()
        batch: list[NewGraph] = []
        size = 0
        for it in items:
            if not it.joinable:
                self.add_graph(it)
                continue
            batch.append(it)
            size += len(it.data)
            if size >= BATCH_BYTES:
                self._insert_new(batch)
                batch, size = [], 0
        if batch:
            self._insert_new(batch)

    def _insert_new(self, batch: list[NewGraph]) -> None:
        if len(batch) > 1 and self._bulk_loads():
            self._bulk_new(batch)
            return
        parts = []
        for it in batch:
            parts.append(f"INSERT DATA {{ GRAPH <{it.graph}> {{\n{it.ntriples}}} "
                         f"{in_union(chr(10) + it.ntriples, self.union_graph)} }}")
            parts.extend(log_replace_text(it.graph, it.log))
        self.update(" ;\n".join(parts), [it.graph for it in batch])

    @property
    def on_oxigraph(self) -> bool:
        """Whether the server is oxigraph, as the Server header of its last answer says."""
        return self.client.server.startswith("Oxigraph/")

    def _bulk_loads(self) -> bool:
        """Whether new graphs go through the server's bulk loader: oxigraph (as its Server header
        says: every write asks the server something first), unless KEHOACH_REMOTE_BULK=0."""
        return self.on_oxigraph and os.environ.get("KEHOACH_REMOTE_BULK", "1") != "0"

    def _bulk_new(self, batch: list[NewGraph]) -> None:
        """New graphs through oxigraph's bulk loader (POST of N-Quads to the store with
        `no_transaction`: ~4 times the plans a second of one update request, measured with
        `oxigraph serve` on the same 2 cores), the way the embedded store writes them: an update
        marks the graphs in the log graph, one load writes them and their union triples, an update
        writes their log entries and takes the marks out. A bulk load is not a transaction: should
        it fail, the marked graphs are taken out again at once; should the process die during it,
        before the next write through kehoach (see _take_out_marked). Readers may see a graph
        being loaded before it is whole."""
        graphs = [it.graph for it in batch]
        self.update(f"INSERT DATA {{ GRAPH <{LOG_GRAPH}> {{\n{marks_text(batch)}\n}} }}", graphs)
        url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + "no_transaction"
        try:
            self.client.request("POST", url, bulk_nquads(batch, self.union_graph), "application/n-quads")
            self.update(bulk_done_update(batch), graphs)
        except EndpointError as e:
            try:
                for it in batch:
                    self.drop_graph(it.graph)
            except EndpointError as again:
                raise StoreError(f"store write failed: {e}; taking the {len(batch)} new graphs out again "
                                 f"failed too ({again}): the next write through kehoach takes them out") from None
            raise StoreError(f"store write failed, the {len(batch)} new graphs were taken out again: {e}") from None

    def _take_out_marked(self) -> None:
        """Before this store object's first write: take out the graphs an interrupted bulk load
        left marked (see _bulk_new), as the embedded store does when it is opened, and say so."""
        if self._marks_checked:
            return
        self._marks_checked = True
        r = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{WRITING}> ?x }} }}")
        for g in sorted(row["g"].value for row in r.rows if isinstance(row["g"], ox.NamedNode)):
            self.drop_graph(g)
            self.recovered.append(g)
            notify = type(self).notify          # (a function set on the class, not a method)
            if notify:
                notify(half_written(g))

    # -- Graph Store Protocol -------------------------------------------------------------------
    def put_graph(self, graph: str, triples: Iterable[ox.Triple], log: list[ox.Triple] | None = None) -> None:
        """Graph Store Protocol: replace one graph with an N-Triples body in one PUT. With `log`
        (ingest-log triples about this graph), its log entry is replaced too (one small update).
        The union graph is not touched: call rebuild_union() after the last PUT."""
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + urllib.parse.urlencode({"graph": graph})
        self._graphs = None
        self._built = False
        self.client.request("PUT", url, data, "application/n-triples")
        self.update(log_replace_update(graph, log) if log is not None else "", [graph])

    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph, in one query."""
        self._dataset()
        r = self._select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        sizes = {bound(row["g"]): int(bound(row["n"])) for row in r.rows}
        if LOG_GRAPH in sizes:                      # (its data alone, as count gives it)
            sizes[LOG_GRAPH] = self.count(LOG_GRAPH)
        return sizes

    # -- helpers ------------------------------------------------------------------------------
    def _query_dataset(self, text: str) -> list[str]:
        """The named graphs a query's request lists (see _protocol_graphs): only a query with GRAPH
        on a store whose union is a named graph needs them; the others are not listed (a server of
        10,000 plans: ~150 ms to list its graphs)."""
        self._settle()
        return self._dataset() if self.union_graph is not None and _GRAPH_PATTERN.search(text) else []

    def _settle(self) -> None:
        """Where the union is kept, settled once per store object. A server that tells in one query
        that the union is its named union graph, or its default graph with the layout record (the
        usual cases), has it settled so; any other case (an empty server, a union to build, a
        layout to refuse) as _dataset settles it, listing the graphs."""
        if self._union_checked or self._graphs is not None:
            return
        r = self._select(f"SELECT ?named ?graphs WHERE {{ BIND(EXISTS {{ GRAPH <{UNION_GRAPH}> {{ }} }} AS ?named) "
                         "BIND(EXISTS { GRAPH ?g { } } AS ?graphs) }")
        row = r.rows[0] if r.rows else {}
        named, graphs = ((v := row.get(k)) is not None and v.value == "true" for k in ("named", "graphs"))
        if named:
            self._union_checked = True
            return
        if graphs:
            recorded, visible, _ = self._layout()
            if recorded and not visible:
                self._union_checked = True
                self.union_graph = None
                return
        self._dataset()

    def _dataset(self) -> list[str]:
        """All named graphs (asked once per change); the first time, where the union is kept."""
        if self._graphs is None:
            graphs = self._all_graphs()
            if not self._union_checked:
                self._union_checked = True
                graphs = self._settle_layout(graphs)
            self._graphs = graphs
        return self._graphs

    def _settle_layout(self, graphs: list[str]) -> list[str]:
        """Where this server keeps the union (see the module docstring), asked once per store
        object; a store without any union (data loaded by others) gets it built, as the embedded
        store does when it opens. The named graphs after that."""
        if UNION_GRAPH in graphs:
            return graphs                           # the named union graph
        if not graphs:
            self._empty = True                      # chosen by the first write (_locate_union)
            return graphs
        recorded, visible, anything = self._layout()
        if recorded and visible:
            self._union_checked = False             # asked again, and refused again, next time
            raise StoreError(f"{self.url}: this store keeps its union in the server's default graph, which "
                             "the server does not let queries read: it answers them on the union of its "
                             "named graphs (oxigraph serve --union-default-graph); restart it without that option")
        if recorded:
            self.union_graph = None
            return graphs
        if anything:                                # a unioning server, or others' data in the default graph
            self.rebuild_union()
            graphs = sorted({*graphs, UNION_GRAPH})
        else:                                       # an empty default graph, the server's own
            self.union_graph = None
            self.update(f"{rebuild_union_update(None)} ;\nINSERT DATA {{ {_RECORD} }}")
            graphs = sorted({*graphs, LOG_GRAPH})
        self._built = True
        return graphs

    def _layout(self) -> tuple[bool, bool, bool]:
        """(the layout record is in the log graph, the default graph shows it, the default graph
        holds anything), asked of the server's own dataset in one query. The record is never in
        the union: a default graph that shows it is the union of the named graphs."""
        t = UNION_IN.triple
        r = self._select(f"SELECT ?recorded ?visible ?anything WHERE {{ BIND(EXISTS {{ {_RECORD} }} AS ?recorded) "
                         f"BIND(EXISTS {{ {t} }} AS ?visible) BIND(EXISTS {{ ?s ?p ?o }} AS ?anything) }}")
        if not r.rows:
            raise EndpointError(f"{self.query_url}: bad answer: a query with one solution returned none")
        return cast(tuple[bool, bool, bool], tuple(
            (v := r.rows[0].get(k)) is not None and v.value == "true" for k in ("recorded", "visible", "anything")))

    def _locate_union(self) -> bool:
        """Before a write: where the server keeps the union (asked once). An empty server gets the
        default-graph layout, with its record, unless it shows the record in its default graph
        (it unions its named graphs): then the record is taken out again, and the union is a named
        graph. Whether the union was built since the last write (see _settle_layout)."""
        if not self._union_checked:
            self._dataset()
        if self._empty:
            self._empty = False
            self.update(f"INSERT DATA {{ {_RECORD} }}")
            if self._layout()[1]:
                self.update(f"DELETE DATA {{ {_RECORD} }}")
            else:
                self.union_graph = None
        return self._built

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None) -> None:
        self._locate_union()
        self._take_out_marked()
        super().replace_graph(graph, triples, log)

    def drop_graph(self, graph: str) -> None:
        self._locate_union()
        super().drop_graph(graph)

    def rebuild_union(self) -> None:
        if not self._locate_union():
            super().rebuild_union()

    def union_quads(self) -> Iterator[ox.Quad]:
        self._dataset()
        if self.union_graph is not None:
            return super().union_quads()
        r = self._select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        return (_quad(row, ox.DefaultGraph()) for row in r.rows)

    def _all_graphs(self) -> list[str]:
        r = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(g.value for row in r.rows if isinstance(g := row["g"], ox.NamedNode))

    def _select(self, q: str, form: str = "SELECT", dataset: list[str] | None = None) -> Result:
        """Run a query; with `dataset`, on the union graph as default graph and these named graphs
        (a server keeping the union in its default graph: on its own dataset)."""
        default, named = self._protocol_graphs(q, dataset)
        if form in ("CONSTRUCT", "DESCRIBE"):
            data, ctype = self.client.sparql(q, form, default, named)
            fmt = ox.RdfFormat.from_media_type(ctype.split(";")[0].strip()) or ox.RdfFormat.TURTLE
            try:
                triples = [quad.triple for quad in ox.parse(data, format=fmt)]
            except SyntaxError as e:
                raise StoreError(f"{self.query_url}: unreadable {ctype or 'RDF'} answer: {e}") from None
            return triples_result(triples)
        return _result(self.client.select_json(q, form, default, named))

    def _protocol_graphs(self, q: str, dataset: list[str] | None) -> tuple[list[str], list[str]]:
        """The protocol's default-graph-uri and named-graph-uri values for a query run on
        `dataset` (see _select)."""
        default = [UNION_GRAPH] if dataset is not None and self.union_graph else []
        # the named graphs listed only for a query with GRAPH: the others do not read them (every
        # graph's IRI in each request; at 1,000 plans ~80 kB, which oxigraph turns into a dataset)
        named = dataset if default and dataset and _GRAPH_PATTERN.search(q) else []
        return default, named


def _result(doc: dict[str, Any]) -> Result:
    """SPARQL 1.1 JSON results as a Result of pyoxigraph terms, as the embedded store gives."""
    if "boolean" in doc:
        return boolean_result(bool(doc["boolean"]))
    variables = list(doc.get("head", {}).get("vars", []))
    # RDF-star triple terms (rare) come through as ox.Triple, as in the embedded store
    rows = [cast(Row, {v: (term(b[v]) if v in b else None) for v in variables})
            for b in doc.get("results", {}).get("bindings", [])]
    return Result(variables, rows)


def _declared(text: str, prefixes: Mapping[str, str] | None) -> str:
    """A server knows no prefixes of ours: they are declared in the text."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items()) + text


# the layout record (the union is in the default graph) as a graph pattern and as update data
_RECORD = f"GRAPH {UNION_IN.graph_name} {{ {UNION_IN.triple} }}"

# a GRAPH pattern (keywords are case-insensitive): GRAPH then a variable, an IRI or a prefixed
# name. Matched anywhere, comments and strings included: a false match only lists the graphs
_GRAPH_PATTERN = re.compile(r"\bGRAPH\s*(?:[?$<]|[\w.-]*:)", re.IGNORECASE)


def _quad(row: Row, graph: Term | ox.DefaultGraph | None) -> ox.Quad:
    s, p, o = row["s"], row["p"], row["o"]
    if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode) or o is None or \
            not isinstance(graph, (ox.NamedNode, ox.BlankNode, ox.DefaultGraph)):
        raise StoreError(f"unexpected quad in the endpoint's answer: {s} {p} {o} {graph}")
    assert s is not None
    return ox.Quad(s, p, o, graph)

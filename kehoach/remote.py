"""A store behind any SPARQL 1.1 endpoint: the second implementation of the store interface.

    kehoach --store http://127.0.0.1:7878 ingest ../shared/seeds
    oxigraph serve --location data --bind 127.0.0.1:7878 --union-default-graph

Endpoints. From a base URL (`http://host:port/path`) we derive `/query` (SPARQL query),
`/update` (SPARQL update) and `/store` (Graph Store HTTP Protocol), the layout of
`oxigraph serve`. A URL that already ends in /query, /sparql, /update or /store is taken back
to its base. Other servers differ (Fuseki: /ds/query, /ds/update, /ds/data): set
KEHOACH_QUERY_URL, KEHOACH_UPDATE_URL, KEHOACH_GSP_URL. Credentials come only from the
environment (KEHOACH_USER, KEHOACH_PASSWORD; HTTP basic), never from the command line.
KEHOACH_TIMEOUT (seconds, default 120) bounds each HTTP request, KEHOACH_RETRIES (default 4)
the retries on HTTP 429/503.

Semantics: the same as the embedded store. The default graph of every query is the
materialised union graph (store.UNION_GRAPH, the set union of all graphs but the log, kept in
step by the same update texts), and every named graph stays queryable with GRAPH. This is
asked for with the standard protocol parameters (default-graph-uri = the union graph,
named-graph-uri = each named graph), so no server setting is needed; oxigraph's
`--union-default-graph` is neither needed nor harmful (the parameters take precedence).

Writes. `replace_graph` / `drop_graph` are one SPARQL update request each (graph, union graph
and ingest-log entry together), the same text the embedded store runs; SPARQL 1.1 Update asks
servers to run a request atomically, and oxigraph does. Bulk loading of whole graphs
(`put_graph`, used by `kehoach publish`) goes through the Graph Store Protocol: PUT of
N-Triples to ?graph=<iri>, then `rebuild_union()`. Note: oxigraph 0.5 executes such a PUT as
"clear graph" then "load" in two transactions, so unlike `replace_graph` a failed PUT can
leave that graph empty, and readers can briefly see it empty.

HTTP goes through SPARQLWrapper (queries, updates) and urllib (Graph Store Protocol), with a
kehoach User-Agent, explicit POST, JSON results, timeouts, and our own bounded retry with
back-off on 429/503 honouring Retry-After. Every failure becomes a one-line StoreError."""

from __future__ import annotations

import ast
import base64
import email.utils
import http.client
import json
import math
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import pyoxigraph as ox
from SPARQLWrapper import BASIC, JSON, POST, POSTDIRECTLY, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from . import __version__
from .store import (
    LOG_GRAPH,
    SPARQL_PREFIXES,
    UNION_GRAPH,
    EmbeddedStore,
    Result,
    StoreError,
    bind_values,
    drop_graph_update,
    replace_graph_update,
)

USER_AGENT = f"kehoach/{__version__} (+https://w3id.org/kehoach; SPARQLWrapper)"
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_STATUS = {QueryBadFormed: 400, Unauthorized: 401, EndPointNotFound: 404, URITooLong: 414,
           EndPointInternalError: 500}
_DECLS = re.compile(r"\s*(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.I)
T = TypeVar("T")


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


def query_form(query: str) -> str:
    """SELECT / ASK / CONSTRUCT / DESCRIBE, or the first keyword of whatever else this is.
    Decided here instead of by SPARQLWrapper's regex (which can send a query to /update)."""
    body = "\n".join("" if line.lstrip().startswith("#") else line for line in query.split("\n"))
    pos = 0
    while (m := _DECLS.match(body, pos)):
        pos = m.end()
    m = re.match(r"\s*([A-Za-z]+)", body[pos:])
    return m.group(1).upper() if m else ""


def term(value: dict) -> ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple:
    """A term of SPARQL 1.1 JSON results as the pyoxigraph term the embedded store returns."""
    kind = value.get("type")
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return ox.Literal(value["value"], language=value["xml:lang"])
        if "datatype" in value:
            return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
        return ox.Literal(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if kind == "triple":
        v = value["value"]
        return ox.Triple(term(v["subject"]), term(v["predicate"]), term(v["object"]))
    raise StoreError(f"unexpected term in SPARQL results: {value!r}")


def _server_message(body: bytes | str | None) -> str:
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    text = " ".join((body or "").split())
    return text if len(text) <= 300 else text[:299] + "…"


def _sw_body(e: SPARQLWrapperException) -> str:
    """SPARQLWrapper keeps the server's answer only inside its message, as a bytes repr."""
    _, sep, tail = str(e).partition("Response:\n")
    if not sep:
        return ""
    try:
        raw = ast.literal_eval(tail.strip())
        return _server_message(raw)
    except (ValueError, SyntaxError):
        return _server_message(tail)


class RemoteStore:
    """Same public interface as EmbeddedStore, over HTTP."""

    def __init__(self, url: str, timeout: float | None = None, retries: int | None = None):
        self.url = url
        self.query_url, self.update_url, self.gsp_url = endpoints(url)
        self.user = os.environ.get("KEHOACH_USER") or None
        self.password = os.environ.get("KEHOACH_PASSWORD") or ""
        try:
            # whole seconds, at least 1: SPARQLWrapper truncates, and 0 would mean "wait forever"
            self.timeout = max(1, math.ceil(float(timeout or os.environ.get("KEHOACH_TIMEOUT") or 120)))
            self.retries = int(retries if retries is not None else os.environ.get("KEHOACH_RETRIES") or 4)
        except ValueError:
            raise StoreError("KEHOACH_TIMEOUT and KEHOACH_RETRIES must be numbers") from None
        self.max_wait = 30.0          # longest single back-off, whatever Retry-After says
        self._graphs: list[str] | None = None     # every named graph on the server, union included

    # -- HTTP ---------------------------------------------------------------------------------
    def _call(self, url: str, fn: Callable[[], T]) -> T:
        """Run one HTTP exchange: retries on 429/503 (Retry-After, else exponential back-off),
        every failure as a one-line StoreError."""
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except urllib.error.HTTPError as e:
                if e.code in (429, 503) and attempt < self.retries:
                    time.sleep(self._wait(e.headers.get("Retry-After"), attempt))
                    continue
                raise StoreError(f"{url}: HTTP {e.code} {e.reason}: {_server_message(e.read())}"
                                 .rstrip(": ")) from None
            except SPARQLWrapperException as e:
                code = next((c for cls, c in _STATUS.items() if isinstance(e, cls)), None)
                hint = " (check KEHOACH_USER / KEHOACH_PASSWORD)" if code == 401 else ""
                raise StoreError(f"{url}: HTTP {code}{hint}: {_sw_body(e)}".rstrip(": ")) from None
            except urllib.error.URLError as e:
                reason = e.reason
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    raise StoreError(f"{url}: no answer within {self.timeout} s") from None
                if isinstance(reason, ConnectionRefusedError):
                    raise StoreError(f"{url}: connection refused (is the SPARQL server running?)") from None
                raise StoreError(f"{url}: cannot connect: {reason}") from None
            except TimeoutError:
                raise StoreError(f"{url}: no answer within {self.timeout} s") from None
            except (http.client.HTTPException, OSError) as e:
                raise StoreError(f"{url}: connection failed: {e or type(e).__name__}") from None
        raise AssertionError("unreachable")

    def _wait(self, retry_after: str | None, attempt: int) -> float:
        wait = min(0.5 * 2 ** attempt, self.max_wait)
        if retry_after:
            try:
                wait = float(retry_after)
            except ValueError:
                try:
                    when = email.utils.parsedate_to_datetime(retry_after)
                    wait = when.timestamp() - time.time()
                except (TypeError, ValueError):
                    pass
        return max(0.0, min(wait, self.max_wait))

    def _sparql(self, text: str, form: str, dataset: list[str] | None = None) -> tuple[bytes, str]:
        """Send a query (form SELECT/ASK/CONSTRUCT/DESCRIBE) or an update (form UPDATE). With
        `dataset`, the query runs on the union graph as default graph and these named graphs."""
        update = form == "UPDATE"
        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=USER_AGENT)
        if dataset is not None:
            sw.addDefaultGraph(UNION_GRAPH)
            for g in dataset:
                sw.addNamedGraph(g)
        with warnings.catch_warnings():          # its query-type guess is replaced just below
            warnings.simplefilter("ignore")
            sw.setQuery(text)
        sw.queryType = "INSERT" if update else form
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY if update else URLENCODED)
        sw.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else JSON)
        sw.setTimeout(int(self.timeout))     # SPARQLWrapper truncates to int (0 = no timeout at all)
        if self.user:
            sw.setHTTPAuth(BASIC)
            sw.setCredentials(self.user, self.password)

        def go() -> tuple[bytes, str]:
            res = sw.query()
            try:
                return res.response.read(), res.response.headers.get("Content-Type", "")
            finally:
                res.response.close()
        return self._call(self.update_url if update else self.query_url, go)

    def _request(self, method: str, url: str, body: bytes | None = None,
                 content_type: str | None = None) -> bytes:
        headers = {"User-Agent": USER_AGENT}
        if content_type:
            headers["Content-Type"] = content_type
        if self.user:
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)

        def go() -> bytes:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return r.read()
        return self._call(url, go)

    def update(self, text: str) -> None:
        self._graphs = None
        self._sparql(text, "UPDATE")

    # -- writing ------------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None) -> None:
        self.update(replace_graph_update(graph, triples, log))

    def rebuild_union(self) -> None:
        """Recompute the union graph from all graphs but the log (after Graph Store loads)."""
        self.update(f"DROP SILENT GRAPH <{UNION_GRAPH}> ; CREATE SILENT GRAPH <{UNION_GRAPH}> ; "
                    f"INSERT {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                    f"FILTER(?g NOT IN (<{UNION_GRAPH}>, <{LOG_GRAPH}>)) }}")

    def put_graph(self, graph: str, triples: Iterable[ox.Triple], log: list[ox.Triple] | None = None) -> None:
        """Graph Store Protocol: replace one graph with an N-Triples body in one PUT. With `log`
        (ingest-log triples about this graph), its log entry is replaced too (one small update)."""
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        url = self.gsp_url + ("&" if "?" in self.gsp_url else "?") + \
            urllib.parse.urlencode({"graph": graph})
        self._graphs = None
        self._request("PUT", url, data, "application/n-triples")
        if log is not None:
            g, lg = ox.NamedNode(graph), ox.NamedNode(LOG_GRAPH)
            update = f"DELETE WHERE {{ GRAPH {lg} {{ {g} ?p ?o }} }}"
            if log:
                body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in log)
                update += f" ;\nINSERT DATA {{ GRAPH {lg} {{\n{body}\n}} }}"
            self.update(update)

    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph, in one query."""
        r = self._select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"].value: int(row["n"].value) for row in r.rows}

    def drop_graph(self, graph: str) -> None:
        self.update(drop_graph_update(graph))

    # the same logic as the embedded store: it only calls logged(), select() and replace_graph()
    ensure_reference_graphs = EmbeddedStore.ensure_reference_graphs
    logged = EmbeddedStore.logged

    def flush(self) -> None:
        pass

    # -- reading ------------------------------------------------------------------------------
    def select(self, query: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None,
               prefixes: bool = True) -> Result:
        q = (SPARQL_PREFIXES + query) if prefixes else query
        q = bind_values(q, substitutions or {})
        form = query_form(q)
        if form in UPDATE_FORMS:          # never send what the caller meant as a query to /update
            raise StoreError(f"SPARQL updates ({form}) are not run here: only SELECT, ASK, CONSTRUCT, DESCRIBE")
        if form not in QUERY_FORMS:
            form = "SELECT"                  # let the server report the syntax error
        return self._select(q, form, self._dataset())

    def _dataset(self) -> list[str]:
        """All named graphs (asked once per change). A store written without the union graph
        gets it built once, as the embedded store does when it opens."""
        if self._graphs is None:
            graphs = self._all_graphs()
            if graphs and UNION_GRAPH not in graphs:
                self.rebuild_union()
                graphs.append(UNION_GRAPH)
            self._graphs = graphs
        return self._graphs

    def _all_graphs(self) -> list[str]:
        r = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(row["g"].value for row in r.rows if isinstance(row["g"], ox.NamedNode))

    def _select(self, q: str, form: str = "SELECT", dataset: list[str] | None = None) -> Result:
        data, ctype = self._sparql(q, form, dataset)
        if form in ("CONSTRUCT", "DESCRIBE"):
            fmt = ox.RdfFormat.from_media_type(ctype.split(";")[0].strip()) or ox.RdfFormat.TURTLE
            try:
                triples = [q.triple for q in ox.parse(data, format=fmt)]
            except SyntaxError as e:
                raise StoreError(f"{self.query_url}: unreadable {ctype or 'RDF'} answer: {e}") from None
            return Result(["subject", "predicate", "object"],
                          [{"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in triples])
        try:
            doc = json.loads(data)
        except ValueError:
            raise StoreError(f"{self.query_url}: answer is not SPARQL JSON results "
                             f"(Content-Type {ctype or 'missing'})") from None
        if "boolean" in doc:
            return Result(["result"], [{"result": ox.Literal(str(bool(doc["boolean"])).lower())}])
        variables = list(doc.get("head", {}).get("vars", []))
        rows = [{v: (term(b[v]) if v in b else None) for v in variables}
                for b in doc.get("results", {}).get("bindings", [])]
        return Result(variables, rows)

    def named_graphs(self) -> list[str]:
        """Document, reference and log graphs (the materialised union is not listed)."""
        return [g for g in self._all_graphs() if g != UNION_GRAPH]

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph:
            r = self._select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}")
            return (ox.Quad(row["s"], row["p"], row["o"], ox.NamedNode(graph)) for row in r.rows)
        r = self._select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{UNION_GRAPH}>) }}")
        return (ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in r.rows)

    def count(self, graph: str | None = None) -> int:
        """Triples in a graph; without a graph, distinct triples of the whole store (the union)."""
        r = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(graph or UNION_GRAPH)} {{ ?s ?p ?o }} }}")
        return int(r.rows[0]["n"].value)

    export = EmbeddedStore.export

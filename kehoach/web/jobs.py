"""What a worker process runs (see kehoach.web.pool). Every job is a function `job(store, *args)`
listed in JOBS, whose answer is plain picklable data: bytes of a finished document, or
lists and dicts of strings for the HTML pages."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kehoach.errors import QueryError, SparqlError, StoreError
from kehoach.store import EmbeddedStore, RemoteStore, Result, Store
from kehoach.store.base import _LEXICAL_NOISE, UNION_IN, is_true
from kehoach.store.embedded import refuse_a_file, syntax_message
from kehoach.vocab import PREFIXES, UNION_GRAPH

from . import data, listings, protocol
from .pool import JobError

# set by the pool in each worker: max_rows (SPARQL row cap), base (the server's own address)
SETTINGS: dict[str, Any] = {"max_rows": 100_000}


class ReadOnlyStore(EmbeddedStore):
    """The embedded store opened read-only (pyoxigraph Store.read_only: no lock, so several
    processes can read it, and `kehoach ingest` can still write; a reader sees the store as it was
    when it opened)."""

    def __init__(self, path: str | Path):       # not super().__init__: that opens the store for writing
        self.path = Path(path)
        refuse_a_file(self.path)
        if not (self.path / "CURRENT").exists():
            raise StoreError(f"no store at {self.path}", hint="kehoach ingest FILES creates it")
        try:
            self._store = ox.Store.read_only(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open store at {self.path} read-only: {e}") from None
        if UNION_IN not in self._store:
            raise StoreError(f"the store at {self.path} was written by an older kehoach (its union graph is kept "
                             "elsewhere)", hint="run `kehoach link --units` (any command that writes moves it) once")

    def update(self, text: str, touched: Collection[str] | None = None) -> None:
        raise StoreError("this store is open read-only")

    @property
    def counts_file(self) -> Path | None:
        """None: a reader sees the store as it was when it opened, and holds no lock: counts it
        kept could outlive a write made since."""
        return None

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if hasattr(self, "_store"):
            del self._store

    @property
    def raw(self) -> ox.Store:
        return self._store


def open_read_only(location: str) -> Store:
    if re.match(r"^https?://", location, re.I):
        return RemoteStore(location)
    return ReadOnlyStore(location)


# -- the SPARQL endpoint --------------------------------------------------------------------------
RDFLIB_DEFAULT = "urn:x-rdflib:default"
_SERVICE = re.compile(r"\bSERVICE\b", re.I)


def _evaluate(store: Store, text: str, default_graphs: list[str], named_graphs: list[str]) -> Any:
    """A pyoxigraph answer (solutions, boolean or triples) to `text`, kehoach's prefixes
    predeclared; the default graph is the union graph (the store's own default graph) unless the
    query (FROM) or the protocol (default-graph-uri) says otherwise; the union graph's IRI
    (kehoach.vocab.UNION_GRAPH, where remote stores keep it) names it too."""
    code = _LEXICAL_NOISE.sub(" ", text)
    if _SERVICE.search(code):
        raise QueryError("SERVICE is not allowed on this server (it would make the server call other servers)")
    if not isinstance(store, ReadOnlyStore):      # a remote store behind the server: its own semantics
        return store.query(text, PREFIXES)
    kwargs: dict[str, Any] = {"prefixes": PREFIXES}
    # rdflib's SPARQLStore names "the default graph" with an IRI of its own: the union here
    default_graphs = [g for g in default_graphs if g != RDFLIB_DEFAULT]
    try:
        graphs = ([ox.DefaultGraph() if g == UNION_GRAPH else ox.NamedNode(g) for g in default_graphs],
                  [ox.NamedNode(g) for g in named_graphs if g != UNION_GRAPH])
    except ValueError as e:
        raise QueryError(f"default-graph-uri / named-graph-uri must be IRIs: {e}") from None
    if default_graphs:
        kwargs["default_graph"] = graphs[0]
    if named_graphs:
        kwargs["named_graphs"] = graphs[1]
    try:
        return store.raw.query(text, **kwargs)
    except SyntaxError as e:
        raise SparqlError(syntax_message(str(e))) from None
    except (OSError, ValueError) as e:
        raise SparqlError(f"the query failed: {e}") from None


def _too_many(max_rows: int) -> JobError:
    return JobError(500, "refused", f"the answer has more than {max_rows} rows, the row cap of this server; "
                                    "add LIMIT (and OFFSET to page through it)")


def _capped(items: Any, max_rows: int) -> list:
    out: list = []
    for item in items:
        if len(out) >= max_rows:
            raise _too_many(max_rows)
        out.append(item)
    return out


def sparql(store: Store, text: str, select_fmt: str | None, graph_fmt: str | None,
           default_graphs: list[str], named_graphs: list[str]) -> tuple[str, bytes]:
    """(media type, body) of a protocol request. `select_fmt` / `graph_fmt`: the format the client
    accepts for solutions / for triples (None: none of ours, 406)."""
    max_rows = int(SETTINGS["max_rows"])
    res = _evaluate(store, text, default_graphs, named_graphs)
    if isinstance(res, Result):                       # a remote store behind the server
        res = _from_result(res, text)
    if isinstance(res, (ox.QuerySolutions, _Solutions)):
        if select_fmt is None:
            raise JobError(406, "query", "no acceptable format for SELECT results: application/sparql-results+json, "
                                         "application/sparql-results+xml, text/csv, text/tab-separated-values")
        variables = [v.value if isinstance(v, ox.Variable) else v for v in res.variables]
        rows = _capped((list(sol) for sol in res), max_rows)
        return protocol.RESULT_TYPES[select_fmt], protocol.select_document(select_fmt, variables, rows)
    if isinstance(res, (ox.QueryBoolean, bool)):
        if select_fmt is None:
            raise JobError(406, "query", "no acceptable format for an ASK result: application/sparql-results+json "
                                         "or +xml, text/csv, text/tab-separated-values")
        return protocol.RESULT_TYPES[select_fmt], protocol.boolean_document(select_fmt, bool(res))
    triples = _capped(iter(res), max_rows)
    if graph_fmt is None:
        raise JobError(406, "query", "no acceptable format for CONSTRUCT/DESCRIBE results: text/turtle, "
                                     "application/n-triples, application/ld+json, application/rdf+xml")
    return protocol.RDF_TYPES[graph_fmt], protocol.rdf_document(graph_fmt, triples)


class _Solutions:
    """Solutions of a remote store's Result, shaped as pyoxigraph's (variables, rows of terms)."""

    def __init__(self, variables: list[str], rows: list[list[Any]]):
        self.variables = variables
        self.rows = rows

    def __iter__(self) -> Any:
        return iter(self.rows)


def _from_result(res: Result, text: str) -> Any:
    from kehoach.sparql_client import query_form
    form = query_form(text)
    if form == "ASK":
        return is_true(res)
    if form in ("CONSTRUCT", "DESCRIBE"):
        return [ox.Triple(r["subject"], r["predicate"], r["object"]) for r in res.rows]  # type: ignore[arg-type]
    return _Solutions(res.variables, [[r.get(v) for v in res.variables] for r in res.rows])


Cell = tuple[str, str, str]          # (kind uri|bnode|literal|none, value, language or datatype)


def cell(t: object) -> Cell:
    if t is None:
        return ("none", "", "")
    if isinstance(t, ox.NamedNode):
        return ("uri", t.value, "")
    if isinstance(t, ox.BlankNode):
        return ("bnode", t.value, "")
    if isinstance(t, ox.Literal):
        extra = t.language or ("" if t.datatype.value == protocol.XSD_STRING else t.datatype.value)
        return ("literal", t.value, extra)
    return ("literal", str(t), "")


def sparql_table(store: Store, text: str, limit: int) -> dict[str, Any]:
    """The answer to an ad-hoc query as the editor page shows it: at most `limit` rows, with
    the warnings of `kehoach sparql` (undeclared kh: terms, untagged labels)."""
    from kehoach.checks import warnings_for
    res = _evaluate(store, text, [], [])
    if isinstance(res, Result):
        res = _from_result(res, text)
    out: dict[str, Any] = {"form": "select", "variables": [], "rows": [], "truncated": False, "boolean": None}
    if isinstance(res, (ox.QueryBoolean, bool)):
        out.update(form="ask", boolean=bool(res))
    elif isinstance(res, (ox.QuerySolutions, _Solutions)):
        out["variables"] = [v.value if isinstance(v, ox.Variable) else v for v in res.variables]
        for sol in res:
            if len(out["rows"]) >= limit:
                out["truncated"] = True
                break
            out["rows"].append([cell(t) for t in sol])
    else:
        out.update(form="graph", variables=["subject", "predicate", "object"])
        for t in res:
            if len(out["rows"]) >= limit:
                out["truncated"] = True
                break
            out["rows"].append([cell(t.subject), cell(t.predicate), cell(t.object)])
    out["warnings"] = warnings_for(store, text)
    return out


# -- saved queries ----------------------------------------------------------------------------------
def saved(store: Store, name: str, params: dict[str, str]) -> dict[str, Any]:
    """A saved query run as `kehoach query NAME -p ...` runs it: parameters normalised and bound as
    RDF terms; a document the store lacks is an error. Rows of cells, capped at max_rows."""
    from kehoach.checks import explain_empty
    from kehoach.queries import get_query
    q = get_query(name)
    subs = q.bind(params)
    result = store.select(q.text, subs, prefixes=False)
    explain_empty(store, q, params, result)
    max_rows = int(SETTINGS["max_rows"])
    if len(result.rows) > max_rows:
        raise _too_many(max_rows)
    return {"variables": result.variables,
            "rows": [[cell(r.get(v)) for v in result.variables] for r in result.rows]}


# -- pages --------------------------------------------------------------------------------------------
def page(store: Store, iri: str) -> dict[str, Any] | None:
    return data.page(store, iri)


def resource_rdf(store: Store, iri: str, fmt: str) -> bytes | None:
    triples = listings.resource_triples(store, iri)
    if triples is None:
        return None
    return protocol.rdf_document(fmt, triples)


def graph_rdf(store: Store, graph: str | None, fmt: str) -> bytes | None:
    """Graph Store Protocol GET: one named graph (None: the union, the default graph)."""
    if graph and graph not in store.named_graphs():
        return None
    quads = store.quads(graph) if graph else store.union_quads()
    triples = _capped((q.triple for q in quads), int(SETTINGS["max_rows"]) * 10)
    return protocol.rdf_document(fmt, triples)


def audit(store: Store) -> list[dict[str, Any]]:
    from kehoach.audit import Auditor
    findings = Auditor(store, workers=1).run()
    return [{"check": f.check, "severity": f.severity.label, "focus_node": f.focus_node, "focus": f.focus,
             "message_vi": f.message_vi, "message_en": f.message_en, "source": f.source, "line": f.line,
             "graph": f.graph} for f in findings]


# -- HTML, rendered here so that the server's event loop only relays bytes ------------------------------
_ENV: Any = None


def _env() -> Any:
    global _ENV
    if _ENV is None:
        from .render import env
        _ENV = env()
    return _ENV


def html(store: Store, what: str, *args: Any) -> dict[str, Any] | None:
    """A page as HTML: {"html", "kind", "graph"} (None: nothing to show, 404). `what`: page (of an
    IRI), home, documents, search, lineage, ontology."""
    e = _env()
    ctx: dict[str, Any] = {"q": None}
    if what == "page":
        iri, path = args
        d = data.page(store, iri)
        if d is None:
            return None
        template, ctx = f"{d['kind']}.html", {"d": d, "iri": iri, "path": path}
        meta = {"kind": d["kind"], "graph": d.get("graph")}
    elif what == "home":
        template, ctx, meta = "home.html", {"data": listings.home(store)}, {}
    elif what == "documents":
        template, ctx, meta = "documents.html", {"rows": listings.documents(store)}, {}
    elif what == "search":
        (q,) = args
        template, ctx, meta = "search.html", {"q": q, "data": listings.search(store, q) if q else None}, {}
    elif what == "lineage":
        (iri,) = args
        lin = listings.lineage(store, iri, "")
        if lin is None:
            return None
        template, ctx, meta = "lineage.html", {"data": lin}, {"svg": lin.get("svg")}
    elif what == "ontology":
        template, ctx, meta = "ontology.html", {"data": listings.ontology(store)}, {}
    else:
        raise ValueError(what)
    ctx.setdefault("q", None)
    return {"html": e.get_template(template).render(**ctx), **meta}


JOBS = {
    "html": html,
    "sparql": sparql,
    "sparql_table": sparql_table,
    "saved": saved,
    "page": page,
    "home": listings.home,
    "search": listings.search,
    "lineage": listings.lineage,
    "calendar": listings.calendar,
    "ontology": listings.ontology,
    "resource_rdf": resource_rdf,
    "graph_rdf": graph_rdf,
    "audit": audit,
    "documents": listings.documents,
}

"""The web application (Starlette). Routes:

    /                       home: counts, national decisions and their descendants, search box
    /search?q=              documents, agencies, tasks; diacritics optional
    /documents              every document
    /sparql, /query         SPARQL 1.1 Protocol (GET, POST form, POST application/sparql-query);
                            a browser gets the query editor; no query: the service description
    /update                 403 (read-only)
    /store?graph=IRI        Graph Store Protocol, GET only (?default: the union graph)
    /api                    the saved-query API, documented; /api/openapi.json: OpenAPI 3
    /api/{name}[.csv|.json] a saved query with its parameters (grlc paths; also /api/local/local/{name})
    /queries/{name}         a saved query's page: form, query text, results
    /audit                  audit findings, filterable by check, severity, document
    /lineage/{path}         the lineage picture of a document (/{path}.svg: the SVG alone)
    /ontology               the vocabulary
    /{path}                 the page of the IRI https://w3id.org/kehoach/{path}: 303 to
                            /{path}.html, .ttl, .jsonld or .nt by Accept; /{path}.ics: its
                            reporting calendar (plans and agencies)
    /static/...             the server's own assets, nothing else
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kehoach.queries import saved_queries
from kehoach.sparql_client import UPDATE_FORMS, query_form
from kehoach.store.base import bind_values
from kehoach.vocab import BASE, KH, SPARQL_PREFIXES, UNION_GRAPH

from . import api, protocol
from .pool import JobError, Pool
from .render import STATIC, env, fill_findings
from .render import href as href_ext

log = logging.getLogger("kehoach.web")
MAX_BODY = 1 << 20          # a query of more than 1 MiB is refused
PAGE_TIMEOUT = 60.0        # at least this long for a page (--timeout is for the clients' queries)
HTML_ROWS = 1000            # rows an HTML results table shows (downloads have them all)
SUFFIXES = {".html": "html", ".ttl": "ttl", ".jsonld": "jsonld", ".nt": "nt", ".rdf": "rdfxml", ".ics": "ics",
            ".svg": "svg"}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
}


class Config:
    def __init__(self, location: str, timeout: float = 30.0, max_rows: int = 100_000, workers: int = 2,
                 sparql_workers: int = 2, audit: bool = True, cache_mb: int = 64, api_workers: int = 2):
        self.location = location
        self.timeout = timeout
        self.max_rows = max_rows
        self.workers = workers
        self.sparql_workers = sparql_workers
        self.audit = audit
        self.cache_mb = cache_mb
        self.api_workers = api_workers


class PageCache:
    """Rendered pages by key, least recently used first out, bounded in bytes. The store does not
    change while the server runs (its workers read it as it was when they opened it), so a page
    never goes stale; the audit findings are put into a page when it is served, not cached with it."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.items: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> Any:
        if key in self.items:
            self.items.move_to_end(key)
            self.hits += 1
            return self.items[key][0]
        self.misses += 1
        return MISSING

    def put(self, key: tuple, value: Any, size: int | None = None) -> None:
        n = size if size is not None else len(value["html"]) if isinstance(value, dict) and "html" in value else 64
        if n > self.max_bytes // 4:
            return
        if key in self.items:
            self.size -= self.items.pop(key)[1]
        self.items[key] = (value, n)
        self.size += n
        while self.size > self.max_bytes and self.items:
            _, (_, m) = self.items.popitem(last=False)
            self.size -= m


MISSING = object()


class State:
    """What the running server holds: its pools and the caches of data that cannot change while
    it runs (the workers read the store as it was when they opened it)."""

    def __init__(self, cfg: Config):
        self.cfg = cfg
        settings = {"max_rows": cfg.max_rows}
        # three pools, so that a slow saved query or a runaway SPARQL query cannot hold up the pages;
        # their workers run at a lower CPU priority than the pages' (nice), so that on a busy machine
        # pages are still answered while heavy queries use what is left
        self.pages = Pool(cfg.location, cfg.workers, "pages", settings)
        self.api = Pool(cfg.location, cfg.api_workers, "api", {**settings, "nice": 5})
        self.sparql = Pool(cfg.location, cfg.sparql_workers, "sparql", {**settings, "nice": 5})
        self.audit_pool = Pool(cfg.location, 1, "audit", {**settings, "nice": 15})
        self.pages_cache = PageCache(cfg.cache_mb << 20)
        self.inflight: dict[tuple, asyncio.Future[Any]] = {}      # pages being rendered, by cache key
        self.findings: list[dict[str, Any]] | None = None
        self.audit_error: str | None = None
        self.audit_task: asyncio.Task | None = None
        self.warm_task: asyncio.Task | None = None
        self.html = env()

    async def start(self) -> None:
        await self.pages.start()
        await self.sparql.start()
        await self.api.start()
        if self.cfg.audit:
            self.audit_task = asyncio.create_task(self._run_audit())
        self.warm_task = asyncio.create_task(self._warm())

    async def _warm(self) -> None:
        """The home page, computed once in the background (on 1,000 plans it takes a second); a
        request meanwhile waits for this one."""
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.inflight[("home",)] = fut
        try:
            res = await self.pages.call("html", "home", timeout=max(self.cfg.timeout, 120))
            self.pages_cache.put(("home",), res)
            fut.set_result(res)
        except JobError as e:
            fut.set_exception(e)
            fut.exception()
        finally:
            self.inflight.pop(("home",), None)

    async def _run_audit(self) -> None:
        try:
            await self.audit_pool.start()
            self.findings = await self.audit_pool.call("audit", timeout=max(self.cfg.timeout, 1800.0))
        except JobError as e:
            self.audit_error = e.message
            log.warning("kehoach: audit not available: %s", e.message)
        finally:
            self.audit_pool.close()

    def close(self) -> None:
        for task in (self.audit_task, self.warm_task):
            if task:
                task.cancel()
        for p in (self.pages, self.sparql, self.api, self.audit_pool):
            p.close()



def _state(request: Request) -> State:
    st: State = request.app.state.kehoach
    return st


# -- responses ---------------------------------------------------------------------------------------
def page(request: Request, template: str, status: int = 200, **ctx: Any) -> Response:
    st = _state(request)
    html = st.html.get_template(template).render(request_path=request.url.path, query_string=request.url.query,
                                                  audit_ready=st.findings is not None, **ctx)
    return Response(html, status_code=status, media_type="text/html; charset=utf-8")


def error_page(request: Request, status: int, message: str) -> Response:
    if protocol.prefers_html(request.headers.get("accept")):
        return page(request, "error.html", status=status, status_code=status, message=message)
    return PlainTextResponse(message + "\n", status_code=status)


def job_error(request: Request, e: JobError, json_body: dict[str, Any] | None = None) -> Response:
    headers = {"Retry-After": "2"} if e.kind == "busy" else None
    if json_body is not None:
        return JSONResponse({"error": e.message, **json_body}, status_code=e.status, headers=headers)
    if protocol.prefers_html(request.headers.get("accept")):
        return page(request, "error.html", status=e.status, status_code=e.status, message=e.message)
    return PlainTextResponse(e.message + "\n", status_code=e.status, headers=headers)


async def call(request: Request, job: str, *args: Any, pool: str = "pages") -> Any:
    st = _state(request)
    chosen = {"sparql": st.sparql, "api": st.api}.get(pool, st.pages)
    # pages run this module's own queries, bounded by the page: a busy machine may slow them down
    # past a short --timeout, and killing them would only add a worker restart to the load
    timeout = st.cfg.timeout if chosen is not st.pages else max(st.cfg.timeout, PAGE_TIMEOUT)
    return await chosen.call(job, *args, timeout=timeout)


async def saved_result(request: Request, name: str, params: dict[str, str]) -> dict[str, Any]:
    """A saved query's answer, through the cache (the store does not change while serving)."""
    st = _state(request)
    key = ("api", name, tuple(sorted(params.items())))
    hit = st.pages_cache.get(key)
    if hit is not MISSING:
        return hit
    res: dict[str, Any] = await call(request, "saved", name, params, pool="api")
    st.pages_cache.put(key, res, sum(len(c[1]) + 16 for row in res["rows"] for c in row) + 64)
    return res


async def rendered(request: Request, key: tuple, *args: Any) -> dict[str, Any] | None:
    """A page rendered by a worker (jobs.html), through the page cache."""
    st = _state(request)
    hit = st.pages_cache.get(key)
    if hit is not MISSING:
        return hit
    pending = st.inflight.get(key)
    if pending is not None:               # the same page is being made for another client: wait for it
        return await asyncio.shield(pending)
    fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    st.inflight[key] = fut
    try:
        res: dict[str, Any] | None = await call(request, "html", *args)
    except BaseException as e:
        if isinstance(e, JobError):
            fut.set_exception(e)
            fut.exception()               # retrieved here: waiters re-raise it, nobody else must
        else:
            fut.cancel()
        raise
    finally:
        st.inflight.pop(key, None)
    st.pages_cache.put(key, res)
    fut.set_result(res)
    return res


def html_response(request: Request, res: dict[str, Any], findings: list[dict[str, Any]] | None = None,
                  always: bool = False, headers: dict[str, str] | None = None) -> Response:
    st = _state(request)
    text = fill_findings(st.html, res["html"], findings, always)
    return Response(text, media_type="text/html; charset=utf-8", headers=headers)


# -- home, search, documents ----------------------------------------------------------------------------
async def home(request: Request) -> Response:
    try:
        res = await rendered(request, ("home",), "home")
    except JobError as e:
        return job_error(request, e)
    assert res is not None
    return html_response(request, res)


async def search(request: Request) -> Response:
    q = request.query_params.get("q", "").strip()[:200]
    try:
        res = await rendered(request, ("search", q), "search", q)
    except JobError as e:
        return job_error(request, e)
    assert res is not None
    return html_response(request, res)


async def documents(request: Request) -> Response:
    try:
        res = await rendered(request, ("documents",), "documents")
    except JobError as e:
        return job_error(request, e)
    assert res is not None
    return html_response(request, res)


# -- SPARQL protocol -----------------------------------------------------------------------------------
class ProtocolRequest:
    def __init__(self) -> None:
        self.query: str | None = None
        self.update: bool = False
        self.default_graphs: list[str] = []
        self.named_graphs: list[str] = []
        self.fmt: str | None = None


async def _read_protocol(request: Request) -> ProtocolRequest | Response:
    r = ProtocolRequest()
    params: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        params.setdefault(k, []).append(v)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return PlainTextResponse(f"the request body is larger than {MAX_BODY} bytes\n", status_code=413)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return PlainTextResponse("the request body is not UTF-8\n", status_code=400)
        if ctype == "application/x-www-form-urlencoded":
            for k, vs in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(k, []).extend(vs)
        elif ctype == "application/sparql-query":
            params.setdefault("query", []).append(text)
        elif ctype == "application/sparql-update":
            r.update = True
        else:
            return PlainTextResponse("POST application/x-www-form-urlencoded or application/sparql-query "
                                     f"(got {ctype or 'no Content-Type'})\n", status_code=415)
    if params.get("update"):
        r.update = True
    queries = params.get("query", [])
    if len(queries) > 1:
        return PlainTextResponse("give exactly one query parameter\n", status_code=400)
    r.query = queries[0] if queries else None
    r.default_graphs = params.get("default-graph-uri", [])
    r.named_graphs = params.get("named-graph-uri", [])
    fmt = params.get("format") or params.get("output") or []
    r.fmt = protocol.format_name(fmt[0] if fmt else None)
    return r


READ_ONLY = "this endpoint is read-only: SPARQL updates are refused (403)"


async def sparql_endpoint(request: Request) -> Response:
    r = await _read_protocol(request)
    if isinstance(r, Response):
        return r
    accept = request.headers.get("accept")
    if r.update or (r.query and query_form(r.query) in UPDATE_FORMS):
        return PlainTextResponse(READ_ONLY + "\n", status_code=403)
    if r.query is None or not r.query.strip():
        if r.fmt == "html" or (r.fmt is None and protocol.prefers_html(accept)):
            return await editor(request, None)
        return _service_description(request, r.fmt)
    if r.fmt == "html" or (r.fmt is None and protocol.prefers_html(accept)):
        return await editor(request, r.query)
    select_fmt = r.fmt if r.fmt in protocol.RESULT_TYPES else _short(
        protocol.negotiate(accept, _SELECT_OFFERS, "application/sparql-results+json"))
    graph_fmt = r.fmt if r.fmt in protocol.RDF_TYPES else _short(protocol.negotiate(accept, _RDF_OFFERS, "text/turtle"))
    # nothing acceptable for this kind of answer: the default format rather than 406 (RFC 9110 allows
    # it; rdflib's SPARQLStore asks for SPARQL results when it sends a CONSTRUCT)
    graph_fmt = graph_fmt or "ttl"
    select_fmt = select_fmt or "json"
    try:
        media, body = await call(request, "sparql", r.query, select_fmt, graph_fmt, r.default_graphs, r.named_graphs,
                                 pool="sparql")
    except JobError as e:
        return job_error(request, e)
    if media.startswith("text/") or media.endswith("json"):
        media += "; charset=utf-8"
    return Response(body, media_type=media, headers={"Vary": "Accept"})


_SELECT_OFFERS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                  "text/tab-separated-values", "application/json", "application/xml", "text/xml"]
_RDF_OFFERS = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
               "application/x-turtle", "text/plain"]


def _short(media: str | None) -> str | None:
    if media is None:
        return None
    return protocol.ALIASES.get(media)


def _service_description(request: Request, fmt: str | None) -> Response:
    st = _state(request)
    if fmt not in protocol.RDF_TYPES:
        fmt = _short(protocol.negotiate(request.headers.get("accept"), _RDF_OFFERS, "text/turtle")) or "ttl"
    endpoint = str(request.url.replace(query="", fragment=""))
    body = protocol.rdf_document(fmt, protocol.service_description(endpoint, UNION_GRAPH, st.cfg.timeout,
                                                                   st.cfg.max_rows))
    return Response(body, media_type=protocol.RDF_TYPES[fmt] + "; charset=utf-8", headers={"Vary": "Accept"})


async def editor(request: Request, text: str | None, saved: dict[str, Any] | None = None) -> Response:
    result = None
    error = None
    if text:
        try:
            result = await call(request, "sparql_table", text, HTML_ROWS, pool="sparql")
        except JobError as e:
            error = e.message
    qs = {"query": text} if text else {}
    return page(request, "editor.html", text=text or EXAMPLE, result=result, error=error, queries=saved_queries(),
                share=("/sparql?" + urlencode(qs)) if text else None,
                csv=("/sparql?" + urlencode({**qs, "format": "csv"})) if text else None,
                json=("/sparql?" + urlencode({**qs, "format": "json"})) if text else None, saved=saved,
                status=400 if error and not result else 200)


EXAMPLE = """SELECT ?plan ?number ?title WHERE {
  ?plan a kh:Plan .
  OPTIONAL { ?plan eli:id_local ?number }
  OPTIONAL { ?plan dct:title ?title }
}
ORDER BY ?number
LIMIT 50
"""


async def update_endpoint(request: Request) -> Response:
    return PlainTextResponse(READ_ONLY + "\n", status_code=403)


async def graph_store(request: Request) -> Response:
    if request.method not in ("GET", "HEAD"):
        return PlainTextResponse(READ_ONLY + "\n", status_code=403)
    graph = request.query_params.get("graph")
    if graph is None and "default" not in request.query_params:
        return PlainTextResponse("give ?graph=IRI or ?default\n", status_code=400)
    fmt = protocol.format_name(request.query_params.get("format")) or _short(
        protocol.negotiate(request.headers.get("accept"), _RDF_OFFERS, "text/turtle"))
    if fmt not in protocol.RDF_TYPES:
        return PlainTextResponse("no acceptable RDF format (text/turtle, application/n-triples, "
                                 "application/ld+json, application/rdf+xml)\n", status_code=406)
    try:
        body = await call(request, "graph_rdf", graph, fmt, pool="sparql")
    except JobError as e:
        return job_error(request, e)
    if body is None:
        return PlainTextResponse(f"no graph <{graph}> in the store\n", status_code=404)
    return Response(body, media_type=protocol.RDF_TYPES[fmt] + "; charset=utf-8")


# -- saved-query API ---------------------------------------------------------------------------------
async def api_page(request: Request) -> Response:
    return page(request, "api.html", queries=saved_queries())


async def openapi_json(request: Request) -> Response:
    base = str(request.base_url).rstrip("/")
    return JSONResponse(api.openapi(base))


async def api_query(request: Request) -> Response:
    name = request.path_params["name"]
    if name.startswith("local/local/"):
        name = name[len("local/local/"):]
    fmt = None
    for suffix in (".csv", ".json"):
        if name.endswith(suffix):
            name, fmt = name[: -len(suffix)], suffix[1:]
    queries = saved_queries()
    q = queries.get(name)
    if q is None:
        return JSONResponse({"error": f"no saved query '{name}'", "available": sorted(queries)}, status_code=404)
    params = dict(request.query_params)
    accept = request.headers.get("accept")
    if fmt is None:
        if protocol.prefers_html(accept):
            return RedirectResponse(f"/queries/{quote(name)}" + (f"?{request.url.query}" if request.url.query else ""),
                                    status_code=303)
        media = protocol.negotiate(accept, ["application/json", "text/csv"], "application/json")
        fmt = "csv" if media == "text/csv" else "json"          # JSON unless CSV is preferred
    try:
        res = await saved_result(request, name, params)
    except JobError as e:
        return job_error(request, e, {"query": name, "accepts": api.accepts(q)})
    if fmt == "csv":
        return Response(api.to_csv(res["variables"], res["rows"]), media_type="text/csv; charset=utf-8",
                        headers={"Vary": "Accept"})
    return Response(api.to_json(res["variables"], res["rows"]), media_type="application/json",
                    headers={"Vary": "Accept"})


async def saved_page(request: Request) -> Response:
    name = request.path_params["name"]
    q = saved_queries().get(name)
    if q is None:
        return error_page(request, 404, f"no saved query '{name}'")
    params = {k: v for k, v in request.query_params.items() if k != "run"}
    run = bool(params) or "run" in request.query_params
    result = error = None
    bound_text = q.text
    if run:
        try:
            bound_text = bind_values(q.text, q.bind(params))
        except Exception as e:      # a wrong parameter: the same message the API gives
            error = str(e)
        if error is None:
            try:
                result = await saved_result(request, name, params)
            except JobError as e:
                error = e.message
    shown = {p.name: params.get(p.name, p.default or "") for p in q.parameters}
    qs = urlencode({k: v for k, v in params.items() if v != ""})
    return page(request, "saved.html", q=q, values=shown, result=result, error=error, bound_text=bound_text,
                csv=f"/api/{name}.csv" + (f"?{qs}" if qs else ""), json=f"/api/{name}.json" + (f"?{qs}" if qs else ""),
                queries=saved_queries(), status=400 if error else 200)


# -- audit ----------------------------------------------------------------------------------------------
SEVERITIES = ("Violation", "Warning", "Info")


async def audit_page(request: Request) -> Response:
    st = _state(request)
    findings = st.findings
    check = request.query_params.get("check", "")
    severity = request.query_params.get("severity", "")
    document = request.query_params.get("document", "")
    shown = None
    if findings is not None:
        shown = [f for f in findings if (not check or f["check"] == check)
                 and (not severity or f["severity"] == severity)
                 and (not document or f["source"] == document or f["graph"] == document)]
        shown.sort(key=lambda f: (SEVERITIES.index(f["severity"]) if f["severity"] in SEVERITIES else 9,
                                  f["source"] or "", f["line"] or 0))
    return page(request, "audit.html", findings=findings, shown=shown, check=check, severity=severity,
                document=document, error=st.audit_error,
                checks=sorted({f["check"] for f in findings or []}), severities=SEVERITIES,
                documents=sorted({f["source"] for f in findings or [] if f["source"]}))


def findings_for(st: State, graph: str | None = None, node: str | None = None) -> list[dict[str, Any]] | None:
    if st.findings is None:
        return None
    out = [f for f in st.findings if (graph and f["graph"] == graph) or (node and f["focus_node"] == node)]
    return sorted(out, key=lambda f: (SEVERITIES.index(f["severity"]) if f["severity"] in SEVERITIES else 9,
                                      f["line"] or 0))


# -- resources ----------------------------------------------------------------------------------------
async def ontology_page(request: Request) -> Response:
    return await resource(request, "ontology")


async def lineage_page(request: Request) -> Response:
    path = request.path_params["path"]
    iri = BASE + path
    try:
        res = await rendered(request, ("lineage", iri), "lineage", iri)
    except JobError as e:
        return job_error(request, e)
    if res is None:
        return error_page(request, 404, f"no resource <{iri}> in the store")
    return html_response(request, res)


async def resource(request: Request, path: str | None = None) -> Response:
    path = path if path is not None else request.path_params["path"]
    st = _state(request)
    fmt = None
    for suffix, name in SUFFIXES.items():
        if path.endswith(suffix) and len(path) > len(suffix):
            path, fmt = path[: -len(suffix)], name
            break
    iri = BASE + path
    if path == "ontology":
        iri = KH
    if fmt is None:                       # Cool URIs: 303 to the description in the format asked for
        media = protocol.negotiate(request.headers.get("accept"), ["text/html", *_RDF_OFFERS[:4]], "text/html")
        ext = {"text/html": ".html", "text/turtle": ".ttl", "application/n-triples": ".nt",
               "application/ld+json": ".jsonld", "application/rdf+xml": ".rdf"}.get(media or "", ".html")
        if protocol.prefers_html(request.headers.get("accept")):
            ext = ".html"
        return RedirectResponse("/" + quote(path) + ext, status_code=303, headers={"Vary": "Accept"})
    try:
        if fmt in ("ttl", "jsonld", "nt", "rdfxml"):
            body = await call(request, "resource_rdf", iri, fmt)
            if body is None:
                return error_page(request, 404, f"no resource <{iri}> in the store")
            return Response(body, media_type=protocol.RDF_TYPES[fmt] + "; charset=utf-8",
                            headers={"Link": f'<{iri}>; rel="describes"'})
        if fmt == "ics":
            kind = "agency" if path.startswith(("agency/", "agency-group/")) else "plan"
            text = await call(request, "calendar", kind, iri, str(request.base_url), "")
            if text is None:
                return error_page(request, 404, f"no resource <{iri}> in the store")
            return Response(text, media_type="text/calendar; charset=utf-8")
        if fmt == "svg":
            res = await rendered(request, ("lineage", iri), "lineage", iri)
            if res is None or not res.get("svg"):
                return error_page(request, 404, f"no lineage picture for <{iri}>")
            return Response('<?xml version="1.0" encoding="UTF-8"?>\n' + res["svg"], media_type="image/svg+xml")
        if path == "ontology":
            res = await rendered(request, ("ontology",), "ontology")
        else:
            res = await rendered(request, ("page", iri), "page", iri, path)
    except JobError as e:
        return job_error(request, e)
    if res is None:
        return error_page(request, 404, f"no resource <{iri}> in the store")
    page_kind = res.get("kind")
    findings = findings_for(st, graph=res.get("graph")) if page_kind == "document" else findings_for(st, node=iri)
    return html_response(request, res, findings, always=page_kind == "document",
                         headers={"Link": f'<{iri}>; rel="describes", <{href_ext(iri, ".ttl")}>; rel="alternate"; '
                                          'type="text/turtle"'})


# -- errors -------------------------------------------------------------------------------------------
async def not_found(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    detail = exc.detail if isinstance(exc, HTTPException) else "not found"
    return error_page(request, status, str(detail))


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("kehoach: internal error on %s", request.url.path)
    return PlainTextResponse("internal error; see the server log\n", status_code=500)


class SecurityHeaders:
    """Headers every answer carries (no inline scripts, no framing, no sniffing)."""

    def __init__(self, app: Callable[..., Awaitable[None]]):
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for k, v in SECURITY_HEADERS.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message["headers"] = headers
            await send(message)
        await self.app(scope, receive, send_with_headers)


def create_app(cfg: Config) -> Starlette:
    state = State(cfg)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        t = time.perf_counter()
        await state.start()
        log.info("kehoach: %d+%d query workers ready in %.1f s", cfg.workers, cfg.sparql_workers,
                 time.perf_counter() - t)
        try:
            yield
        finally:
            state.close()

    routes = [
        Route("/", home),
        Route("/search", search),
        Route("/documents", documents),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
        Route("/query", sparql_endpoint, methods=["GET", "POST"]),
        Route("/update", update_endpoint, methods=["GET", "POST", "PUT", "DELETE", "PATCH"]),
        Route("/store", graph_store, methods=["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]),
        Route("/api", api_page),
        Route("/api/openapi.json", openapi_json),
        Route("/api/{name:path}", api_query),
        Route("/queries/{name}", saved_page),
        Route("/audit", audit_page),
        Route("/lineage/{path:path}", lineage_page),
        Route("/ontology", ontology_page),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
        Route("/{path:path}", resource),
    ]
    app = Starlette(debug=False, routes=routes, lifespan=lifespan,
                    exception_handlers={404: not_found, 405: not_found, 500: server_error, Exception: server_error},
                    middleware=[Middleware(SecurityHeaders),
                                Middleware(CORSMiddleware, allow_origins=["*"],
                                           allow_methods=["GET", "POST", "OPTIONS"],
                                           allow_headers=["Accept", "Content-Type"], max_age=86400)])
    app.state.kehoach = state
    return app


def serve(location: str, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0, max_rows: int = 100_000,
          workers: int | None = None, audit: bool = True, log_level: str = "info") -> None:
    """Run the server until interrupted (`kehoach serve`)."""
    import uvicorn
    n = workers or max(2, min(4, os.cpu_count() or 2))
    try:
        cache_mb = int(os.environ.get("KEHOACH_PAGE_CACHE_MB", "64"))
    except ValueError:
        cache_mb = 64
    cfg = Config(location, timeout=timeout, max_rows=max_rows, workers=n, sparql_workers=max(2, n // 2 + n % 2),
                 api_workers=max(2, n // 2 + n % 2), audit=audit, cache_mb=cache_mb)
    uvicorn.run(create_app(cfg), host=host, port=port, log_level=log_level, access_log=log_level == "debug",
                server_header=False, proxy_headers=False)


__all__ = ["SPARQL_PREFIXES", "Config", "create_app", "serve"]

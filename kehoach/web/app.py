"""The web application (Starlette): the HTML pages, the error handlers, the security headers,
create_app and serve. The SPARQL protocol routes are kehoach.web.endpoint's, the /api routes
kehoach.web.api's; what every handler needs (State, Config, page, call, ...) is kehoach.web.context.
Routes:

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

import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kehoach.queries import saved_queries
from kehoach.store.base import bind_values
from kehoach.vocab import BASE, KH, SPARQL_PREFIXES

from . import protocol
from .api import api_page, api_query, openapi_json
from .context import (
    SECURITY_HEADERS,
    SUFFIXES,
    Config,
    State,
    call,
    error_page,
    html_response,
    job_error,
    page,
    rendered,
    saved_result,
    server_state,
)
from .endpoint import RDF_OFFERS, graph_store, sparql_endpoint, update_endpoint
from .pool import JobError
from .render import STATIC
from .render import href as href_ext

log = logging.getLogger("kehoach.web")


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
    st = server_state(request)
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
    st = server_state(request)
    fmt = None
    for suffix, name in SUFFIXES.items():
        if path.endswith(suffix) and len(path) > len(suffix):
            path, fmt = path[: -len(suffix)], name
            break
    iri = BASE + path
    if path == "ontology":
        iri = KH
    if fmt is None:                       # Cool URIs: 303 to the description in the format asked for
        media = protocol.negotiate(request.headers.get("accept"), ["text/html", *RDF_OFFERS[:4]], "text/html")
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

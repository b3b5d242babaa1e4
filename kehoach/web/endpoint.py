"""The SPARQL 1.1 Protocol side of the server: the query endpoint (/sparql, /query) with its
Accept negotiation, the service description and the query editor a browser gets there, /update
(refused: the store is read-only) and the Graph Store Protocol (/store, GET only)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlencode

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kehoach.queries import saved_queries
from kehoach.sparql_client import UPDATE_FORMS, query_form
from kehoach.vocab import UNION_GRAPH

from . import protocol
from .context import HTML_ROWS, MAX_BODY, call, job_error, page, server_state
from .pool import JobError


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
    graph_fmt = r.fmt if r.fmt in protocol.RDF_TYPES else _short(protocol.negotiate(accept, RDF_OFFERS, "text/turtle"))
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
RDF_OFFERS = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
               "application/x-turtle", "text/plain"]


def _short(media: str | None) -> str | None:
    if media is None:
        return None
    return protocol.ALIASES.get(media)


def _service_description(request: Request, fmt: str | None) -> Response:
    st = server_state(request)
    if fmt not in protocol.RDF_TYPES:
        fmt = _short(protocol.negotiate(request.headers.get("accept"), RDF_OFFERS, "text/turtle")) or "ttl"
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


# a refused write's body is read (up to this much) before the 403 is sent: a client still sending a
# large update would otherwise find the connection closed under it ("broken pipe") and never see why
DRAIN_BYTES = 64 * 2**20


async def _refuse_write(request: Request) -> Response:
    read = 0
    async for chunk in request.stream():
        read += len(chunk)
        if read > DRAIN_BYTES:
            break
    return PlainTextResponse(READ_ONLY + "\n", status_code=403)


async def update_endpoint(request: Request) -> Response:
    return await _refuse_write(request)


async def graph_store(request: Request) -> Response:
    if request.method not in ("GET", "HEAD"):
        return await _refuse_write(request)
    graph = request.query_params.get("graph")
    if graph is None and "default" not in request.query_params:
        return PlainTextResponse("give ?graph=IRI or ?default\n", status_code=400)
    fmt = protocol.format_name(request.query_params.get("format")) or _short(
        protocol.negotiate(request.headers.get("accept"), RDF_OFFERS, "text/turtle"))
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

"""Saved queries as an HTTP API, and its OpenAPI 3 document generated from the `.rq` headers.

Paths follow grlc: `/api/{name}` (and grlc's local layout `/api/local/local/{name}`), one query
parameter per `?_name` / `?__name` variable of the query, named without underscores and type
suffix, exactly as grlc names them. Values are normalised and bound as typed RDF terms by
kehoach.queries, as `kehoach query` does. A query with grlc's `#+ pagination: N` header answers
N rows at a time, as grlc does: `?page=K` (1 by default) and a Link header (RFC 8288) to the
first, previous and next pages, and to the last one when this page is it. The handlers of /api (its
documentation page), /api/openapi.json and /api/{name} are at the end."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from kehoach import __version__
from kehoach.queries import Parameter, SavedQuery, page_name, saved_queries

from . import protocol
from .context import job_error, page, saved_result
from .pool import JobError

OPENAPI_TYPES = {"integer": ("integer", None), "number": ("integer", None), "decimal": ("number", None),
                 "date": ("string", "date"), "boolean": ("boolean", None), "gYear": ("string", None),
                 "iri": ("string", "iri")}


def _schema(p: Parameter) -> dict[str, Any]:
    typ, fmt = OPENAPI_TYPES.get(p.type, ("string", None))
    s: dict[str, Any] = {"type": typ}
    if fmt:
        s["format"] = fmt
    if p.choices:
        s["enum"] = list(p.choices)
    if p.default is not None:
        s["default"] = p.default
    return s


def _param_doc(p: Parameter) -> str:
    bits = []
    if p.normalize:
        bits.append({"docnumber": "A document number in any spelling (\"155/QĐ-TTg\", \"155/QD-TTg\", "
                                  "\"Quyết định 155\") or an IRI.",
                     "document": "A document: number in any spelling, IRI, source file name or words of its title.",
                     "fold": "Words, diacritics optional (\"so noi vu\" = \"Sở Nội vụ\")."}.get(p.normalize, ""))
    if len(p.type) == 2 and p.type.isalpha():
        bits.append(f"A literal in language '{p.type}'.")
    if p.type == "gYear":
        bits.append("A year (xsd:gYear).")
    return " ".join(bits) or f"{p.type} value."


ERROR = {"$ref": "#/components/schemas/Error"}


def openapi(base_url: str = "") -> dict[str, Any]:
    """OpenAPI 3.0 description of every saved query."""
    paths: dict[str, Any] = {}
    for q in saved_queries().values():
        params = [{"name": p.name, "in": "query", "required": p.required and p.default is None,
                   "description": _param_doc(p), "schema": _schema(p)} for p in q.parameters]
        ok: dict[str, Any] = {"description": "One object per row (JSON) or one line per row (CSV)."}
        if q.pagination is not None:
            params.append(page_parameter(q.pagination))
            ok = {"description": f"One object per row (JSON) or one line per row (CSV): one page of at most "
                                 f"{q.pagination} rows.",
                  "headers": {"Link": {"description": 'Links to the other pages (RFC 8288): rel="first", "prev", '
                                                      '"next" (when this page is full, so more rows may follow) '
                                                      'and "last" (when this page is the last one).',
                                       "schema": {"type": "string"}}}}
        columns = _columns(q)
        row = {"type": "object", "properties": {c: {"type": "string", "nullable": True} for c in columns}}
        paths[f"/api/{q.name}"] = {"get": {
            "operationId": q.name.replace("-", "_"),
            "summary": q.summary, "description": q.description, "tags": q.tags or ["queries"],
            "parameters": params,
            "responses": {
                "200": {**ok, "content": {"application/json": {"schema": {"type": "array", "items": row}},
                                          "text/csv": {"schema": {"type": "string"}}}},
                "400": {"description": "A parameter is missing or wrong: the message says which values are "
                                       "accepted.", "content": {"application/json": {"schema": ERROR}}},
                "500": {"description": "The query was stopped (time limit, row cap).",
                        "content": {"application/json": {"schema": ERROR}}}}}}
    return {"openapi": "3.0.3",
            "info": {"title": "kehoach saved queries", "version": __version__,
                     "description": "The researchers' question library of kehoach (queries/*.rq, grlc conventions) "
                                    "over the knowledge graph of Vietnamese government plans. Parameters are "
                                    "normalised as the `#+ normalize:` header says and bound as typed RDF terms. "
                                    "Add .csv or .json to a path, or send Accept: text/csv, for CSV."},
            "servers": [{"url": base_url or "/"}],
            "paths": paths,
            "components": {"schemas": {"Error": {"type": "object", "properties": {
                "error": {"type": "string"}, "query": {"type": "string"},
                "accepts": {"type": "array", "items": {"type": "object"}}}}}}}


def page_parameter(size: int) -> dict[str, Any]:
    """The `page` parameter of a paginated query, as grlc documents it (one-based)."""
    return {"name": "page", "in": "query", "required": False,
            "description": f"The page number for this paginated query ({size} results per page); the Link "
                           "header gives the next one.",
            "schema": {"type": "integer", "minimum": 1, "default": 1}}


def page_number(raw: str | None) -> int | None:
    """A `page` value: a whole number from 1 (None: not one)."""
    if raw is None or raw.strip() == "":
        return 1
    s = raw.strip()
    return int(s) if s.isascii() and s.isdigit() and int(s) >= 1 else None


def page_links(url: str, query: list[tuple[str, str]], page: int, rows: int, size: int) -> str:
    """The Link header of page `page` (RFC 8288): first, prev, next when the page is full (more
    rows may follow), last when this page is the last one (it is not full). `query` is the
    request's query without `page`."""
    def to(k: int) -> str:
        return f"<{url}?{urlencode([*query, ('page', str(k))])}>"
    links = [f'{to(1)}; rel="first"']
    if page > 1:
        links.append(f'{to(page - 1)}; rel="prev"')
    if rows >= size:
        links.append(f'{to(page + 1)}; rel="next"')
    elif rows or page == 1:
        links.append(f'{to(page)}; rel="last"')
    return ", ".join(links)


def _columns(q: SavedQuery) -> list[str]:
    """The projected variables of a saved query, read from its SELECT clause."""
    import re
    body = "\n".join(line for line in q.text.splitlines() if not line.lstrip().startswith("#"))
    m = re.search(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\b", body, re.S | re.I)
    if not m:
        return []
    head = m.group(1)
    out = []
    for am in re.finditer(r"\bAS\s+\?(\w+)\s*\)|(?<![\w(])\?(\w+)", head):
        v = am.group(1) or am.group(2)
        if v and v not in out:
            out.append(v)
    # variables only used inside an (expr AS ?v) are not columns on their own
    inner = {v for e in re.findall(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\bAS\b", head) for v in re.findall(r"\?(\w+)", e)}
    return [v for v in out if v not in inner or re.search(rf"AS\s+\?{v}\b", head)]


def accepts(q: SavedQuery) -> list[dict[str, Any]]:
    return [p.describe() for p in q.parameters]


def plain(cells: list[list[tuple[str, str, str]]], variables: list[str]) -> list[dict[str, str | None]]:
    return [{v: (c[1] if c[0] != "none" else None) for v, c in zip(variables, row)} for row in cells]


def to_json(variables: list[str], cells: list[list[tuple[str, str, str]]]) -> bytes:
    return json.dumps(plain(cells, variables), ensure_ascii=False, indent=1).encode("utf-8")


def to_csv(variables: list[str], cells: list[list[tuple[str, str, str]]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(variables)
    for row in cells:
        w.writerow([c[1] for c in row])
    return buf.getvalue().encode("utf-8")


# -- the handlers (kehoach.web.app routes /api, /api/openapi.json, /api/{name}) --------------------------
async def api_page(request: Request) -> Response:
    return page(request, "api.html", queries=saved_queries())


async def openapi_json(request: Request) -> Response:
    base = str(request.base_url).rstrip("/")
    return JSONResponse(openapi(base))


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
    page: int | None = None
    if q.pagination is not None:
        page = page_number(params.pop("page", None))
        if page is None:
            return JSONResponse({"error": f"page must be a whole number from 1, not {request.query_params['page']!r}",
                                 "query": name, "accepts": accepts(q)}, status_code=400)
    accept = request.headers.get("accept")
    if fmt is None:
        if protocol.prefers_html(accept):
            qs = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "page" or page is None])
            return RedirectResponse(f"/queries/{quote(name)}" + (f"?{qs}" if qs else ""), status_code=303)
        media = protocol.negotiate(accept, ["application/json", "text/csv"], "application/json")
        fmt = "csv" if media == "text/csv" else "json"          # JSON unless CSV is preferred
    try:
        res = await saved_result(request, name if page is None else page_name(name, page), params)
    except JobError as e:
        return job_error(request, e, {"query": name, "accepts": accepts(q)})
    headers = {"Vary": "Accept"}
    if page is not None and q.pagination is not None:
        others = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        base = str(request.url.replace(query=""))
        headers["Link"] = page_links(base.rstrip("?"), others, page, len(res["rows"]), q.pagination)
    if fmt == "csv":
        return Response(to_csv(res["variables"], res["rows"]), media_type="text/csv; charset=utf-8",
                        headers=headers)
    return Response(to_json(res["variables"], res["rows"]), media_type="application/json", headers=headers)

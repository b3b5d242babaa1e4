"""What every request handler of the web application needs: the server's limits, its
configuration (Config), what the running server holds (State: worker pools, the page cache, the
audit findings), and the helpers that answer a request with a page, an error, or a worker's job
through the cache."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from . import protocol
from .pool import JobError, Pool
from .render import env, fill_findings

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
        # three pools, so that a slow saved query or a runaway SPARQL query cannot hold up the pages.
        # CPU priority (nice) on a busy machine: saved queries first (each answers one plan or agency
        # in tens of milliseconds: programs wait on them), then pages being rendered (a page once
        # rendered is served from the cache by the server itself), then SPARQL, which may run until
        # its time limit, then the audit
        self.pages = Pool(cfg.location, cfg.workers, "pages", {**settings, "nice": 3})
        self.api = Pool(cfg.location, cfg.api_workers, "api", settings)
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



def server_state(request: Request) -> State:
    st: State = request.app.state.kehoach
    return st


# -- responses ---------------------------------------------------------------------------------------
def page(request: Request, template: str, status: int = 200, **ctx: Any) -> Response:
    st = server_state(request)
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
    st = server_state(request)
    chosen = {"sparql": st.sparql, "api": st.api}.get(pool, st.pages)
    # pages run this module's own queries, bounded by the page: a busy machine may slow them down
    # past a short --timeout, and killing them would only add a worker restart to the load
    timeout = st.cfg.timeout if chosen is not st.pages else max(st.cfg.timeout, PAGE_TIMEOUT)
    return await chosen.call(job, *args, timeout=timeout)


async def saved_result(request: Request, name: str, params: dict[str, str]) -> dict[str, Any]:
    """A saved query's answer, through the cache (the store does not change while serving)."""
    st = server_state(request)
    key = ("api", name, tuple(sorted(params.items())))
    hit = st.pages_cache.get(key)
    if hit is not MISSING:
        return hit
    res: dict[str, Any] = await call(request, "saved", name, params, pool="api")
    st.pages_cache.put(key, res, sum(len(c[1]) + 16 for row in res["rows"] for c in row) + 64)
    return res


async def rendered(request: Request, key: tuple, *args: Any) -> dict[str, Any] | None:
    """A page rendered by a worker (jobs.html), through the page cache."""
    st = server_state(request)
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
    st = server_state(request)
    text = fill_findings(st.html, res["html"], findings, always)
    return Response(text, media_type="text/html; charset=utf-8", headers=headers)

"""One HTTP client for SPARQL 1.1 endpoints, used by the remote store and by the Wikidata
reconciliation: queries and updates through SPARQLWrapper, Graph Store Protocol requests through
urllib, a kehoach User-Agent, explicit POST, timeouts, and a bounded retry with back-off on HTTP
429/503 that honours Retry-After (seconds or an HTTP-date), capped at `max_wait`. Every failure
is one EndpointError whose message names the URL and, where the server gave one, its answer.

Knows nothing about stores or graphs: the caller says which default and named graphs a query
runs on."""

from __future__ import annotations

import base64
import email.utils
import http.client
import json
import math
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pyoxigraph as ox
from SPARQLWrapper import BASIC, CSV, JSON, POST, POSTDIRECTLY, TURTLE, URLENCODED, SPARQLWrapper

from kehoach import __version__
from kehoach.errors import EndpointError

USER_AGENT = f"kehoach/{__version__} (+https://w3id.org/kehoach; SPARQLWrapper)"
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
RETRY_STATUS = (429, 503)
_DECLS = re.compile(r"\s*(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.I)
T = TypeVar("T")


def query_form(query: str) -> str:
    """SELECT / ASK / CONSTRUCT / DESCRIBE, or the first keyword of whatever else this is.
    Decided here instead of by SPARQLWrapper's regex (which can send a query to /update)."""
    body = "\n".join("" if line.lstrip().startswith("#") else line for line in query.split("\n"))
    pos = 0
    while (m := _DECLS.match(body, pos)):
        pos = m.end()
    m = re.match(r"\s*([A-Za-z]+)", body[pos:])
    return m.group(1).upper() if m else ""


def term(value: dict[str, Any]) -> ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple:
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
        s, p, o = term(v["subject"]), term(v["predicate"]), term(v["object"])
        if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode):
            raise EndpointError(f"unexpected triple term in SPARQL results: {value!r}")
        return ox.Triple(s, p, o)
    raise EndpointError(f"unexpected term in SPARQL results: {value!r}")


def server_message(body: bytes | str | None) -> str:
    """A server's error answer on one line, at most 300 characters."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    text = " ".join((body or "").split())
    return text if len(text) <= 300 else text[:299] + "…"


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to the same host (an upgrade to https included): credentials are
    never sent to a host other than the configured one."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        same = old.hostname == new.hostname and (old.port == new.port or new.scheme == "https")
        if not same:
            raise EndpointError(f"{req.full_url}: redirected to another host ({new.netloc}), not followed so "
                                f"that nothing meant for {old.netloc} (credentials included) goes there",
                                hint="give the endpoint's final address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_SameHostRedirects)


def _read_before(response: Any, deadline: float, url: str, limit: float) -> bytes:
    """The whole body, read in pieces, or an EndpointError once `deadline` has passed: a server
    that sends one byte every second never resets a total time limit."""
    chunks: list[bytes] = []
    while True:
        if time.monotonic() > deadline:
            raise EndpointError(f"{url}: no answer within {limit:g} s")
        chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


class SparqlClient:
    """HTTP access to one SPARQL service: `query_url` (SPARQL query), optionally `update_url`
    (SPARQL update); Graph Store Protocol requests go to any URL through `request()`.

    `timeout` is rounded up to whole seconds, at least 1 (SPARQLWrapper truncates, and 0 would
    mean "wait forever"). On 429/503 a request is retried up to `retries` times, waiting what
    Retry-After says, else `backoff` * 2**attempt seconds, never longer than `max_wait`.
    `auth_hint` is added to HTTP 401 messages, `refused_hint` to "connection refused"."""

    def __init__(self, query_url: str, update_url: str | None = None, *, user: str | None = None,
                 password: str = "", timeout: float = 120, retries: int = 4, backoff: float = 0.5,
                 max_wait: float = 30.0, auth_hint: str = "", refused_hint: str = "is the SPARQL server running?"):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.user, self.password = user, password
        self.timeout = max(1, math.ceil(float(timeout)))
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.auth_hint = auth_hint
        self.refused_hint = refused_hint
        # the Server header of the last answer ("Oxigraph/0.5.13"): what the server is, for the
        # writes only some servers offer (kehoach.store.remote: oxigraph's bulk load)
        self.server = ""

    # -- retry and error mapping -------------------------------------------------------------
    def call(self, url: str, fn: Callable[[], T]) -> T:
        """Run one HTTP exchange: retries on 429/503, every failure as a one-line EndpointError."""
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except urllib.error.HTTPError as e:
                if e.code in RETRY_STATUS and attempt < self.retries:
                    time.sleep(self.wait(e.headers.get("Retry-After"), attempt))
                    continue
                hint = f" ({self.auth_hint})" if e.code == 401 and self.auth_hint else ""
                raise EndpointError(f"{url}: HTTP {e.code} {e.reason}{hint}: {server_message(e.read())}"
                                    .rstrip(": ")) from None
            except urllib.error.URLError as e:
                reason = e.reason
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    raise EndpointError(f"{url}: no answer within {self.timeout} s") from None
                if isinstance(reason, ConnectionRefusedError):
                    raise EndpointError(f"{url}: connection refused ({self.refused_hint})") from None
                raise EndpointError(f"{url}: cannot connect: {reason}") from None
            except TimeoutError:
                raise EndpointError(f"{url}: no answer within {self.timeout} s") from None
            except (http.client.HTTPException, OSError) as e:
                raise EndpointError(f"{url}: connection failed: {e or type(e).__name__}") from None
        raise AssertionError("unreachable")

    def wait(self, retry_after: str | None, attempt: int) -> float:
        """Seconds to wait before retry `attempt` (0-based): Retry-After in seconds or as an
        HTTP-date, else exponential back-off; between 0 and max_wait."""
        wait = min(self.backoff * 2 ** attempt, self.max_wait)
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

    # -- SPARQL protocol ----------------------------------------------------------------------
    def sparql(self, text: str, form: str, default_graphs: Sequence[str] = (),
               named_graphs: Sequence[str] = (), csv: bool = False) -> tuple[bytes, str]:
        """Send a query (form SELECT/ASK/CONSTRUCT/DESCRIBE) or an update (form UPDATE); the
        answer's body and Content-Type. The graphs become the protocol's default-graph-uri and
        named-graph-uri parameters. `csv`: a SELECT's results asked for as SPARQL 1.1 CSV, not
        JSON (a server may answer in another format all the same: see the Content-Type)."""
        update = form == "UPDATE"
        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=USER_AGENT)
        for g in default_graphs:
            sw.addDefaultGraph(g)
        for g in named_graphs:
            sw.addNamedGraph(g)
        # the text is set as setQuery sets it, without setQuery's guess of the query type: the
        # caller knows the form, and that guess runs regular expressions over the whole text
        # (16 s for 8 MB of INSERT DATA)
        sw.queryString = text
        sw.queryType = "INSERT" if update else form
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY if update else URLENCODED)
        sw.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else CSV if csv and form == "SELECT" else JSON)
        sw.setTimeout(int(self.timeout))
        if self.user:
            sw.setHTTPAuth(BASIC)
            sw.setCredentials(self.user, self.password)

        # SPARQLWrapper encodes the protocol request; it is sent through kehoach's opener, which
        # follows redirects only to the same host, and read within one total time limit
        request = sw._createRequest()
        return self.call(self.update_url if update else self.query_url, lambda: self._exchange(request))

    def select_json(self, text: str, form: str = "SELECT", default_graphs: Sequence[str] = (),
                    named_graphs: Sequence[str] = ()) -> dict[str, Any]:
        """A SELECT or ASK query's SPARQL 1.1 JSON results document."""
        data, ctype = self.sparql(text, form, default_graphs, named_graphs)
        return self.json_results(data, ctype)

    def json_results(self, data: bytes, ctype: str) -> dict[str, Any]:
        """An answer's SPARQL 1.1 JSON results document; an EndpointError when it is not one."""
        try:
            doc = json.loads(data)
        except ValueError:
            doc = None
        if not isinstance(doc, dict):
            raise EndpointError(f"{self.query_url}: answer is not SPARQL JSON results "
                                f"(Content-Type {ctype or 'missing'})")
        return doc

    def bindings(self, text: str) -> list[dict[str, Any]]:
        """The rows of a SELECT query as SPARQL JSON bindings ({var: {"type", "value", ...}})."""
        results = self.select_json(text).get("results")
        rows = results.get("bindings") if isinstance(results, dict) else None
        if not isinstance(rows, list):
            raise EndpointError(f"{self.query_url}: bad answer: no results.bindings in the SPARQL JSON results")
        return rows

    def update(self, text: str) -> None:
        self.sparql(text, "UPDATE")

    # -- Graph Store Protocol and other plain requests -------------------------------------------
    def request(self, method: str, url: str, body: bytes | None = None, content_type: str | None = None) -> bytes:
        headers = {"User-Agent": USER_AGENT}
        if content_type:
            headers["Content-Type"] = content_type
        if self.user:
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        return self.call(url, lambda: self._exchange(req)[0])

    def _exchange(self, request: urllib.request.Request) -> tuple[bytes, str]:
        """One request and its whole answer (body, Content-Type) within `timeout` seconds in total.
        The exchange runs in a daemon thread: a server that answers byte by byte, or never
        finishes its headers, is abandoned at the time limit instead of holding the caller."""
        url = request.full_url
        deadline = time.monotonic() + self.timeout
        box: list[tuple[bytes, str] | BaseException] = []

        def work() -> None:
            try:
                with _OPENER.open(request, timeout=self.timeout) as r:
                    box.append((_read_before(r, deadline, url, self.timeout), r.headers.get("Content-Type", "")))
                    self.server = r.headers.get("Server", "")
            except BaseException as e:       # handed to the caller's thread, mapped there
                box.append(e)
        worker = threading.Thread(target=work, name="kehoach-http", daemon=True)
        worker.start()
        worker.join(self.timeout + 0.5)
        if not box:
            raise EndpointError(f"{url}: no answer within {self.timeout:g} s")
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

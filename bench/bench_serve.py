"""Load and safety benchmark of `kehoach serve`, on 127.0.0.1 only. A script, not a test.

    .venv/bin/python bench/bench_serve.py                       # seeds, then 1,000 synthetic plans
    .venv/bin/python bench/bench_serve.py --plans 0             # the seeds only
    .venv/bin/python bench/bench_serve.py --store-1000 DIR      # reuse a store of the corpus

What it does, bounded in count and time (every loop stops at --seconds or --max-requests):
1. Endpoint overhead: small SPARQL queries run one after another, directly on the store with
   pyoxigraph (read-only, the union graph as default graph, answers serialised to SPARQL JSON as
   the server does) and through the server's /sparql on a kept-alive HTTP connection; the
   difference of the medians is what the endpoint adds (HTTP, the pipe to a worker, pickling).
2. On the seed store: --clients concurrent clients for --seconds asking for document pages
   (the 4 ingested plans and the decisions they implement), each request timed.
3. On the 1,000-plan store of bench/corpus.py (built here unless --store-1000 is given): the same
   clients mixing pages (home, documents, tasks, agencies, search), saved queries through the API
   and SPARQL; meanwhile one client sends a runaway query (a three-way cross product, counted)
   every --runaway-every seconds: the script reports how long until it was cut off and the
   latencies of everything else while it ran.
Figures: throughput, p50 and p95 per kind of request, errors. Targets (issue 13): document page
p95 < 200 ms on the seeds; saved-query API p95 < 300 ms on 1,000 plans; endpoint overhead < 20 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEEDS = ROOT.parent / "shared" / "seeds"
KH = "https://w3id.org/kehoach/"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL_QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Plan }",
    "SELECT ?d ?n WHERE { ?d a kh:Decision ; eli:id_local ?n } ORDER BY ?n LIMIT 20",
    "ASK { ?t a kh:Task ; kh:lead ?a }",
    "SELECT ?p ?o WHERE { <https://w3id.org/kehoach/eli/vn/qd-ttg/2026/155> ?p ?o }",
]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q / 100 * (len(s) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, store: str, timeout: float, workers: int | None):
        self.port = free_port()
        args = [sys.executable, "-m", "kehoach.cli", "-q", "--store", store, "serve", "--host", "127.0.0.1",
                "--port", str(self.port), "--timeout", str(timeout), "--no-audit"]
        if workers:
            args += ["--workers", str(workers)]
        self.log = tempfile.TemporaryFile()    # noqa: SIM115 (open while the server runs)
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise SystemExit(f"kehoach serve exited: {self.log.read().decode()[-2000:]}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                c.request("GET", "/static/style.css")
                c.getresponse().read()
                return
            except OSError:
                time.sleep(0.3)
        raise SystemExit("kehoach serve did not start within 120 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Client:
    """One kept-alive HTTP connection to the server."""

    def __init__(self, port: int, timeout: float):
        self.port, self.timeout = port, timeout
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def get(self, path: str, accept: str = "text/html") -> tuple[int, bytes, float]:
        t = time.perf_counter()
        try:
            self.conn.request("GET", path, headers={"Accept": accept})
            r = self.conn.getresponse()
            body = r.read()
            status = r.status
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            status, body = 0, b""
        return status, body, time.perf_counter() - t


def sparql_path(q: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": q})


# -- 1. endpoint overhead ------------------------------------------------------------------------------
def overhead(store: str, port: int, rounds: int) -> dict[str, float]:
    import pyoxigraph as ox

    from kehoach.vocab import PREFIXES
    from kehoach.web import protocol
    s = ox.Store.read_only(store)
    client = Client(port, 30)
    out = {}
    for q in SMALL_QUERIES:
        direct, http_ = [], []
        for _ in range(rounds):
            t = time.perf_counter()
            res = s.query(q, prefixes=PREFIXES)             # the default graph: the union
            if isinstance(res, ox.QueryBoolean):
                protocol.boolean_document("json", bool(res))
            else:
                protocol.select_document("json", [v.value for v in res.variables], [list(x) for x in res])
            direct.append(time.perf_counter() - t)
            status, _, dt = client.get(sparql_path(q), "application/sparql-results+json")
            assert status == 200, status
            http_.append(dt)
        out[q] = (statistics.median(http_) - statistics.median(direct)) * 1000
        d_ms, h_ms = statistics.median(direct) * 1000, statistics.median(http_) * 1000
        print(f"  {q[:70]:70s} direct {d_ms:6.2f} ms  http {h_ms:6.2f} ms  overhead {out[q]:5.2f} ms")
    return out


# -- 2. and 3. load ------------------------------------------------------------------------------------
def discover(port: int) -> dict[str, list[str]]:
    """Paths to ask for: documents, tasks, agencies of the store (via the server's own SPARQL)."""
    c = Client(port, 60)

    def iris(q: str) -> list[str]:
        status, body, _ = c.get(sparql_path(q), "application/sparql-results+json")
        assert status == 200, body[:300]
        return [b["x"]["value"] for b in json.loads(body)["results"]["bindings"]]
    docs = iris("SELECT DISTINCT ?x WHERE { ?g kh:describes ?x }")
    decisions = iris("SELECT DISTINCT ?x WHERE { ?p kh:describes ?d . ?d eli:ensures_implementation_of+ ?x "
                     "FILTER NOT EXISTS { ?g kh:describes ?x } }")
    tasks = iris("SELECT ?x WHERE { ?x a kh:Task } LIMIT 5000")
    agencies = iris("SELECT DISTINCT ?x WHERE { ?t kh:lead ?x . ?x a kh:Agency } LIMIT 2000")
    plans = iris("SELECT DISTINCT ?x WHERE { ?x a kh:Plan ; kh:numberKey ?k } LIMIT 2000")

    def path(i: str) -> str:
        return "/" + i[len(KH):] + ".html"
    return {"document": [path(i) for i in docs + decisions], "task": [path(i) for i in tasks],
            "agency": [path(i) for i in agencies], "plan_iri": plans,
            "agency_iri": agencies}


def mix(targets: dict[str, list[str]], rnd: random.Random, saved: bool = True) -> tuple[str, str, str]:
    """(kind, path, accept) of one request of the mixed load (without saved queries: pages and SPARQL)."""
    r = rnd.random()
    if not saved and 0.60 <= r < 0.85:
        r = rnd.random() * 0.60
    if r < 0.30:
        return "page:document", rnd.choice(targets["document"]), "text/html"
    if r < 0.40:
        return "page:task", rnd.choice(targets["task"]), "text/html"
    if r < 0.50:
        return "page:agency", rnd.choice(targets["agency"]), "text/html"
    if r < 0.55:
        return "page:home", "/", "text/html"
    if r < 0.60:
        q = rnd.choice(["so noi vu", "an sinh xa hoi", "tuyen truyen asean", "van hoa", "155/QĐ-TTg"])
        return "page:search", "/search?" + urllib.parse.urlencode({"q": q}), "text/html"
    if r < 0.85:
        plan = rnd.choice(targets["plan_iri"]) if targets["plan_iri"] else ""
        agency = rnd.choice(targets["agency_iri"]) if targets["agency_iri"] else ""
        choices = [
            ("tasks-by-agency", {"agency": agency, "role": "lead"}),
            ("citations", {"plan": plan}),
            ("agency-workload", {"plan": plan}),
            ("ancestors", {"plan": plan}),
            ("tasks-without-lead", {"plan": plan}),
            ("search-tasks", {"q": rnd.choice(["an sinh", "tuyen truyen", "chuyen doi so"]), "plan": plan}),
            ("reporting-calendar", {"plan": plan}),
        ]
        name, params = rnd.choice(choices)
        return f"api:{name}", f"/api/{name}.json?" + urllib.parse.urlencode(params), "application/json"
    q = rnd.choice(SMALL_QUERIES)
    return "sparql", sparql_path(q), "application/sparql-results+json"


def load(port: int, clients: int, seconds: float, max_requests: int, kinds: str, targets: dict[str, list[str]],
         runaway_every: float | None, timeout: float) -> dict:
    lat: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    windows: list[tuple[float, float]] = []           # (start, end) of runaway queries
    stamped: list[tuple[float, float]] = []           # (finish time, latency) of every other request
    cutoffs: list[float] = []
    count = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(i: int) -> None:
        rnd = random.Random(i)
        c = Client(port, timeout + 30)
        while time.monotonic() < stop:
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
            if kinds == "documents":
                kind, path, accept = "page:document", rnd.choice(targets["document"]), "text/html"
            else:
                kind, path, accept = mix(targets, rnd, saved=kinds == "mix")
            status, _, dt = c.get(path, accept)
            with lock:
                if status == 200:
                    lat[kind].append(dt)
                    stamped.append((time.monotonic(), dt))
                else:
                    errors[f"{kind} {status}"] += 1

    def runaway() -> None:
        c = Client(port, timeout + 30)
        while time.monotonic() + timeout + 1 < stop:
            t0 = time.monotonic()
            status, body, dt = c.get(sparql_path(RUNAWAY), "application/sparql-results+json")
            windows.append((t0, t0 + dt))
            cutoffs.append(dt)
            if status != 500 or b"stopped after" not in body:
                errors[f"runaway {status}"] += 1
            time.sleep(max(0.0, (runaway_every or 0) - dt))

    def probe() -> None:
        """A static file twice a second: how long the server's event loop takes to answer at all."""
        c = Client(port, 30)
        while time.monotonic() < stop:
            status, _, dt = c.get("/static/style.css", "text/css")
            with lock:
                if status == 200:
                    lat["probe:static file"].append(dt)
            time.sleep(0.5)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    threads.append(threading.Thread(target=probe))
    if runaway_every:
        threads.append(threading.Thread(target=runaway))
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    during = [dt for when, dt in stamped if any(a <= when <= b for a, b in windows)]
    total = sum(len(v) for k, v in lat.items() if not k.startswith("probe"))
    return {"elapsed": elapsed, "requests": total, "throughput": total / elapsed, "latency": dict(lat),
            "errors": dict(errors), "cutoffs": cutoffs, "during_runaway": during}


def report(title: str, r: dict) -> None:
    print(f"\n{title}: {r['requests']} requests in {r['elapsed']:.1f} s = {r['throughput']:.1f} req/s; "
          f"errors: {r['errors'] or 'none'}; load average after: {os.getloadavg()[0]:.1f}")
    print(f"  {'kind':28s} {'n':>6s} {'p50 ms':>8s} {'p95 ms':>8s} {'max ms':>8s}")
    for kind in sorted(r["latency"]):
        v = r["latency"][kind]
        print(f"  {kind:28s} {len(v):6d} {pct(v, 50) * 1000:8.1f} {pct(v, 95) * 1000:8.1f} {max(v) * 1000:8.1f}")
    if r["cutoffs"]:
        d = r["during_runaway"]
        print(f"  runaway queries: {len(r['cutoffs'])}, cut off after "
              + ", ".join(f"{c:.2f}" for c in r["cutoffs"]) + " s")
        print(f"  answered while a runaway query ran: {len(d)} requests, p50 {pct(d, 50) * 1000:.1f} ms, "
              f"p95 {pct(d, 95) * 1000:.1f} ms")


def saved_timings(store: str, targets: dict[str, list[str]], limit: float = 60.0) -> None:
    """How long each saved query of the mix takes by itself, in a child process stopped at `limit`."""
    plan = targets["plan_iri"][0] if targets["plan_iri"] else ""
    agency = targets["agency_iri"][0] if targets["agency_iri"] else ""
    for name, params in [("tasks-by-agency", {"agency": agency, "role": "lead"}), ("citations", {"plan": plan}),
                         ("agency-workload", {"plan": plan}), ("ancestors", {"plan": plan}),
                         ("tasks-without-lead", {"plan": plan}), ("search-tasks", {"q": "an sinh", "plan": plan}),
                         ("reporting-calendar", {"plan": plan})]:
        code = (f"import sys, time, json; sys.path.insert(0, {str(ROOT)!r}); "
                "from kehoach.web.jobs import ReadOnlyStore, saved; "
                f"s = ReadOnlyStore({store!r}); t = time.perf_counter(); "
                f"r = saved(s, {name!r}, json.loads({json.dumps(params)!r})); "
                "print(f'{(time.perf_counter() - t) * 1000:.0f} ms, {len(r[\"rows\"])} rows')")
        try:
            p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=limit)
            out = p.stdout.strip() or p.stderr.strip().splitlines()[-1][:100]
        except subprocess.TimeoutExpired:
            out = f"more than {limit:g} s (stopped)"
        print(f"  {name:22s} {out}")


def build_seed_store(folder: str) -> None:
    from kehoach.pipeline import ingest_files
    from kehoach.store import EmbeddedStore
    s = EmbeddedStore(folder)
    ingest_files(s, sorted(p for p in SEEDS.glob("*.txt") if p.name != "README.md"))
    s.close()


def build_corpus_store(n: int, folder: str) -> None:
    corpus = Path(folder + "-corpus")
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--plans", str(n), "--out", str(corpus),
                    "--seed", "1"], check=True, cwd=ROOT)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kehoach.cli", "-q", "--store", folder, "ingest", str(corpus)],
                   check=False, cwd=ROOT)
    print(f"  ingested {n} plans in {time.perf_counter() - t:.0f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--max-requests", type=int, default=200_000)
    ap.add_argument("--plans", type=int, default=1000, help="synthetic plans for phase 3 (0: skip it)")
    ap.add_argument("--store-seeds", help="an existing store of the seeds")
    ap.add_argument("--store-1000", help="an existing store of the synthetic corpus")
    ap.add_argument("--timeout", type=float, default=5.0, help="the server's --timeout (the runaway query's limit)")
    ap.add_argument("--runaway-every", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=None, help="the server's --workers")
    ap.add_argument("--overhead-rounds", type=int, default=200)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kehoach-bench-serve-")
    print(f"machine: {os.cpu_count()} CPU(s), load average {os.getloadavg()[0]:.1f} before the runs; "
          f"clients {args.clients}, {args.seconds:g} s per run; server timeout {args.timeout:g} s")

    seeds = args.store_seeds or os.path.join(tmp, "seeds")
    if not args.store_seeds:
        build_seed_store(seeds)
    srv = Server(seeds, args.timeout, args.workers)
    try:
        print("\n1. endpoint overhead (sequential, median of "
              f"{args.overhead_rounds}; direct pyoxigraph vs HTTP /sparql):")
        over = overhead(seeds, srv.port, args.overhead_rounds)
        targets = discover(srv.port)
        seed_run = load(srv.port, args.clients, args.seconds, args.max_requests, "documents", targets, None,
                        args.timeout)
        report(f"2. seeds, document pages ({len(targets['document'])} documents)", seed_run)
    finally:
        srv.stop()

    big_run = None
    if args.plans:
        store = args.store_1000 or os.path.join(tmp, f"plans{args.plans}")
        if not args.store_1000:
            print(f"\nbuilding the {args.plans}-plan corpus store (bench/corpus.py + kehoach ingest) ...")
            build_corpus_store(args.plans, store)
        srv = Server(store, args.timeout, args.workers)
        try:
            targets = discover(srv.port)
            big_run = load(srv.port, args.clients, args.seconds, args.max_requests, "mix", targets,
                           args.runaway_every, args.timeout)
            report(f"3. {args.plans} plans, mixed load with a runaway query every {args.runaway_every:g} s", big_run)
        finally:
            srv.stop()
        srv = Server(store, args.timeout, args.workers)
        try:
            calm = load(srv.port, args.clients, args.seconds, args.max_requests, "pages", targets,
                        args.runaway_every, args.timeout)
            report(f"4. {args.plans} plans, pages and SPARQL only (no saved queries), runaway query every "
                   f"{args.runaway_every:g} s", calm)
        finally:
            srv.stop()
        print(f"\n5. each saved query of the mix once, in process on the {args.plans}-plan store (no HTTP):")
        saved_timings(store, targets)

    print("\ntargets:")
    doc95 = pct(seed_run["latency"].get("page:document", []), 95) * 1000
    print(f"  document page p95 on the seeds: {doc95:.0f} ms (target < 200) {'OK' if doc95 < 200 else 'MISSED'}")
    if big_run:
        api = [v for k, vs in big_run["latency"].items() if k.startswith("api:") for v in vs]
        api95 = pct(api, 95) * 1000
        print(f"  saved-query API p95 on {args.plans} plans: {api95:.0f} ms (target < 300) "
              f"{'OK' if api95 < 300 else 'MISSED'}")
    worst = max(over.values())
    print(f"  endpoint overhead over direct pyoxigraph: median {statistics.median(over.values()):.1f} ms, worst query "
          f"{worst:.1f} ms (target < 20) {'OK' if worst < 20 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

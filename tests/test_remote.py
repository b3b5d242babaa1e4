"""Remote store: the same CLI against a real `oxigraph serve` (PyPI package oxigraph, test extra)
gives the same answers as the embedded store; publish; clean errors; HTTP behaviour
(User-Agent, POST, credentials, back-off on 429, timeouts) against a scripted local server."""

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import ROOT, SEEDS, run, run_json

from kehoach.queries import saved_queries
from kehoach.store import RemoteStore, Result, StoreError, replace_graph_update
from kehoach.store.base import UNION_IN
from kehoach.store.remote import GENERATION, endpoints
from kehoach.vocab import LOG_GRAPH, UNION_GRAPH

DOC_QUADS = ("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
             "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kehoach/graph/doc/')) }")
NO_REQUIRED = sorted(n for n, q in saved_queries().items() if not any(p.required for p in q.parameters))


# -- a real oxigraph server ---------------------------------------------------------------------
def oxigraph_executable() -> str | None:
    venv = Path(sys.executable).parent / "oxigraph"
    return str(venv) if venv.exists() else shutil.which("oxigraph")


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM if pytest dies without running the fixture's teardown."""
    import ctypes
    import signal
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)    # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def oxigraph_server(location: Path, union: bool = False, port: int | None = None):
    """`oxigraph serve` on 127.0.0.1 with a fresh port (or `port`); bounded start-up wait; stopped
    at exit."""
    exe = oxigraph_executable()
    if not exe:
        pytest.skip("the oxigraph server is not installed (pip install -e '.[test]' installs it)")
    location.mkdir(parents=True, exist_ok=True)
    log_path = location.parent / (location.name + ".log")
    given = port
    for _ in range(3):                       # a port taken between free_port() and bind: try another
        port = given or free_port()
        args = [exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
        if union:
            args.append("--union-default-graph")
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                                    preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            proc.kill()
            proc.wait(10)
            continue
        try:
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        return
    raise RuntimeError(f"oxigraph serve did not start: {log_path.read_text(errors='replace')[-2000:]}")


def seed_files() -> list[str]:
    return sorted(str(p) for p in SEEDS.glob("*.txt") if p.name != "README.md")


@pytest.fixture(scope="session")
def stores(tmp_path_factory):
    """The seeds ingested through `kehoach --store http://...` into a real oxigraph server, and,
    right after, into a fresh embedded store (built back to back rather than reusing the session's
    seed_store, so both see the same ontology files even while they are being edited).
    The server runs without --union-default-graph: the protocol's dataset parameters give the
    store's semantics."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "db", union=False) as url:
        run(url, "ingest", *seed_files())
        local = tmp_path_factory.mktemp("embedded")
        run(local, "ingest", *seed_files())
        yield local, url


@pytest.fixture(scope="session")
def remote_seed_store(stores):
    return stores[1]


@pytest.fixture(scope="session")
def local_store(stores):
    return stores[0]


def normalise(rows: list[dict]) -> list[str]:
    """Rows as order-insensitive comparable strings; " | "-joined cells sorted inside."""
    def cell(v):
        return " | ".join(sorted(v.split(" | "))) if isinstance(v, str) else v
    return sorted(json.dumps({k: cell(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True) for r in rows)


# -- same answers as the embedded store ---------------------------------------------------------
def test_stats_are_identical(local_store, remote_seed_store):
    assert run_json(remote_seed_store, "stats") == run_json(local_store, "stats")


def test_stats_kept_on_this_machine_until_the_store_is_written(tmp_path, monkeypatch):
    """A remote store's counts are kept in the cache directory under the store's generation: read
    back while nothing is written, counted again after any write through kehoach (another process's
    ingest, a removal, a Graph Store PUT), and with --recount. Its generation is no data: not in a
    count, a listing or an export."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    first, second, *_ = seed_files()

    def tasks(rows):
        return int({r["what"]: r["count"] for r in rows}["tasks"])

    def doctor(n):                          # the kept file says n tasks: shown only if read back
        kept = json.loads(next((tmp_path / "cache" / "stats").glob("*.json")).read_text())
        kept["stats"] = [[k, n if k == "tasks" else v] for k, v in kept["stats"]]
        next((tmp_path / "cache" / "stats").glob("*.json")).write_text(json.dumps(kept))
    with oxigraph_server(tmp_path / "db") as url:
        run(url, "ingest", first)
        counted = run_json(url, "stats")
        kept = list((tmp_path / "cache" / "stats").glob("*.json"))
        assert len(kept) == 1 and json.loads(kept[0].read_text())["key"].endswith(RemoteStore(url).counts_stamp())
        doctor(777777)
        assert tasks(run_json(url, "stats")) == 777777                      # read back, not counted
        assert run_json(url, "stats", "--recount") == counted              # counted again
        doctor(777777)
        run(url, "ingest", second)
        after = run_json(url, "stats")
        assert tasks(after) > tasks(counted) and after == run_json(url, "stats", "--recount")
        doctor(777777)
        store = RemoteStore(url)
        before = store.counts_stamp()
        run(url, "remove", second)
        assert store.counts_stamp() != before and run_json(url, "stats") == counted
        doctor(777777)
        g = "https://w3id.org/kehoach/graph/extra"
        store.put_graph(g, [ox.Triple(ox.NamedNode(g), ox.NamedNode("http://ex.org/p"), ox.Literal("x"))])
        now = run_json(url, "stats")
        assert tasks(now) == tasks(counted) and now != counted                # (one more graph, one more quad)
        # the generation is how the store is kept, not data
        token = f"<{LOG_GRAPH}> <{GENERATION}>"
        assert store.counts_stamp() and not any(str(q).startswith(token) for q in store.quads())
        log = list(store.quads(LOG_GRAPH))
        assert log and store.count(LOG_GRAPH) == len(log) and store.graph_sizes()[LOG_GRAPH] == len(log)
        assert token not in run(url, "export", "--format", "nq").stdout


@pytest.mark.parametrize("name", NO_REQUIRED)
def test_saved_query_gives_the_same_answer(local_store, remote_seed_store, name):
    local = run_json(local_store, "query", name)
    remote = run_json(remote_seed_store, "query", name)
    assert normalise(remote) == normalise(local)


def test_parameters_are_bound_the_same_way(local_store, remote_seed_store):
    args = ("query", "tasks", "-p", "source=003_c94ae1e408b8e268.txt")
    local = run_json(local_store, *args)
    assert len(local) == 30
    assert normalise(run_json(remote_seed_store, *args)) == normalise(local)


@pytest.mark.parametrize("args", [("query", "tasks"), ("query", "agency-workload"), ("query", "documents"),
                                  ("sparql", "SELECT ?t ?l WHERE { ?t a kh:Task ; kh:lead ?l } ORDER BY ?t ?l")])
def test_csv_is_the_servers_own_and_the_same(local_store, remote_seed_store, args):
    """CSV output comes from the server's SPARQL CSV (no term made of each value), the same bytes as
    the embedded store writes: in order where the query orders its rows, as a set otherwise."""
    local = run(local_store, *args, "--format", "csv").stdout
    remote = run(remote_seed_store, *args, "--format", "csv").stdout
    assert local.count("\n") > 20
    if args[1] in ("tasks",) or args[0] == "sparql":
        assert remote == local
    else:
        assert sorted(remote.splitlines()) == sorted(local.splitlines())


def test_documents_and_tasks_row_order(local_store, remote_seed_store):
    # ORDER BY source, seq is defined for tasks: the sequence of (source, text) must match exactly
    key = lambda rows: [(r["source"], r["text"]) for r in rows]  # noqa: E731
    assert key(run_json(remote_seed_store, "query", "tasks")) == key(run_json(local_store, "query", "tasks"))


def test_document_graphs_are_identical(local_store, remote_seed_store):
    local = sorted(tuple(r.values()) for r in run_json(local_store, "sparql", DOC_QUADS))
    assert len(local) > 10000
    assert sorted(tuple(r.values()) for r in run_json(remote_seed_store, "sparql", DOC_QUADS)) == local


def test_ask_and_construct(local_store, remote_seed_store):
    for q in ("ASK { ?t a kh:Task }", "ASK { ?t a kh:NoSuchClass }",
              "CONSTRUCT { ?p a kh:Plan ; eli:id_local ?n } WHERE { ?p a kh:Plan OPTIONAL { ?p eli:id_local ?n } }"):
        assert normalise(run_json(remote_seed_store, "sparql", q)) == normalise(run_json(local_store, "sparql", q))


def test_export_and_void_agree(local_store, remote_seed_store, tmp_path):
    def counts(store, name):
        out, void = tmp_path / f"{name}.nt", tmp_path / f"{name}.void.ttl"
        run(store, "export", "--format", "nt", "-o", str(out), "--void", str(void))
        g = rdflib.Graph()
        g.parse(void, format="turtle")
        V = rdflib.Namespace("http://rdfs.org/ns/void#")
        ds = rdflib.URIRef("https://w3id.org/kehoach/dataset")
        parts = {str(g.value(p, V["class"])): int(g.value(p, V.entities)) for p in g.objects(ds, V.classPartition)}
        return int(g.value(ds, V.triples)), int(g.value(ds, V.entities)), parts
    assert counts(remote_seed_store, "remote") == counts(local_store, "local")


def test_audit_gives_the_same_answer(local_store, remote_seed_store):
    local = run(local_store, "audit", "--format", "json", check=False)
    remote = run(remote_seed_store, "audit", "--format", "json", check=False)
    assert remote.returncode == local.returncode, remote.stderr
    findings = json.loads(local.stdout)
    assert findings                                    # the seeds do have findings: not a vacuous pass
    assert normalise(json.loads(remote.stdout)) == normalise(findings)


# -- incremental audits of a remote store ---------------------------------------------------------
@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A synthetic corpus (bench/corpus.py), as tests/test_audit_incremental.py uses."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus
    out = tmp_path_factory.mktemp("corpus")
    return out, corpus.generate(16, out, seed=5, rate=0.15)


def _audits_agree(store, expect: str | None = "incremental") -> list[dict]:
    """The audit with the cache the last one left (`expect`: the mode it must run in, None for
    any), then a full one: the same findings."""
    from kehoach.audit import Auditor
    inc = Auditor(store)
    got = [asdict(f) for f in inc.run(incremental=True)]
    assert expect is None or inc.last.mode == expect, inc.last.reason
    assert got == [asdict(f) for f in Auditor(store).run()]
    return got


@contextmanager
def _clock_behind(days: int):
    """This machine's clock `days` behind while the block runs (another writer's, set wrong)."""
    import datetime as dt

    from kehoach.store import base

    real = dt.datetime

    class Behind(real):
        @classmethod
        def now(cls, tz=None):
            return real.now(tz) - dt.timedelta(days=days)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(base.dt, "datetime", Behind)
        yield


def test_a_remote_store_is_audited_incrementally_as_a_full_audit_would(generated, tmp_path):
    """The cache of a remote store (in the user's cache folder) follows ingests, a replacement, a
    removal, a replacement logged by a writer whose clock is a day behind (before the last audit,
    by its time) and a graph dropped by another client: after each, the incremental audit gives
    exactly what a full audit gives."""
    from kehoach.audit.cache import remote_file
    from kehoach.manage import remove
    from kehoach.pipeline import ingest_files
    src, manifest = generated
    docs = manifest["documents"]
    parent = next(d for d in docs if d["number"] and d["date"] and any(k["implements"] == d["number"] for k in docs))
    files = [src / d["file"] for d in docs]
    first = [f for f in files if f.name != parent["file"]][:8]
    with oxigraph_server(tmp_path / "db") as url:
        store = RemoteStore(url)
        ingest_files(store, first, workers=1)
        _audits_agree(store, expect="full")                 # no cache yet: a full audit makes it
        assert remote_file(store).exists()
        from kehoach.audit import Auditor, incremental
        nothing = Auditor(store)

        def unread(*args, **kwargs):
            raise AssertionError("the log was read")
        with pytest.MonkeyPatch.context() as mp:   # the store's generation unchanged: its log not read
            mp.setattr(incremental, "log_states", unread)
            mp.setattr(incremental, "log_summary", unread)
            nothing.run(incremental=True)
        assert nothing.last.mode == "incremental" and nothing.last.changed == {}

        ingest_files(store, [f for f in files if f not in first][:5] + [src / parent["file"]], workers=1)
        before = _audits_agree(store)
        text = (src / parent["file"]).read_text(encoding="utf-8")
        changed = re.sub(r"giai đoạn (\d{4}) - (\d{4})",
                         lambda m: f"giai đoạn {m.group(1)} - {int(m.group(2)) + 20}", text, count=1)
        assert changed != text
        (tmp_path / "v2").mkdir()
        (tmp_path / "v2" / parent["file"]).write_text(changed, encoding="utf-8")
        ingest_files(store, [tmp_path / "v2" / parent["file"]], workers=1)
        assert _audits_agree(store) != before
        remove(store, parent["file"])
        _audits_agree(store)

        # written by a machine whose clock is behind: its log entry is older than the last audit
        with _clock_behind(days=1):
            ingest_files(store, [src / parent["file"]], workers=1)
        audit = Auditor(store)
        assert [asdict(f) for f in audit.run(incremental=True)] == before
        assert audit.last.mode == "incremental" and audit.last.changed      # seen, though "older"

        # a graph dropped by another client, which has no say in this machine's cache
        victim = next(g for g in Auditor(store).document_graphs() if "/graph/doc/" in g)
        RemoteStore(url).drop_graph(victim)
        _audits_agree(store)
        ingest_files(store, files, workers=1)
        _audits_agree(store)


def test_the_journal_names_the_graphs_written_since_a_generation(generated, tmp_path, monkeypatch):
    """Every write through kehoach journals the graphs it touched: `touched_since` gives those
    written since a generation (new, replaced, removed), None when the chain cannot be followed
    (an unknown generation, entries pruned, a write that may touch any graph). The journal is not
    data. An incremental audit then reads the log entries of those graphs only, and gives what a
    full audit gives."""
    from kehoach.audit import Auditor, incremental
    from kehoach.derived import DERIVED_GRAPH
    from kehoach.manage import remove
    from kehoach.pipeline import ingest_files
    from kehoach.store import remote
    src, manifest = generated
    files = [src / d["file"] for d in manifest["documents"]]
    with oxigraph_server(tmp_path / "db") as url:
        store = RemoteStore(url)
        first = ingest_files(store, files[:4], workers=1)
        _audits_agree(store, expect="full")
        start = store.generation()
        assert start is not None and store.touched_since(start) == set()
        later = ingest_files(store, files[4:6], workers=1)
        gone = remove(store, files[0].name)
        written = {o.graph for o in later} | {gone.graph}
        touched = store.touched_since(start)
        assert touched is not None and touched - {DERIVED_GRAPH} == written      # (lineage rewritten, or not)
        assert gone.graph in {o.graph for o in first}
        assert store.touched_since("no-such-generation") is None

        real = incremental.log_states

        def only_the_written(s, since="", graphs=None):
            assert graphs == touched, "the whole log was read"
            return real(s, since, graphs)

        def unread(*args, **kwargs):
            raise AssertionError("the log was read whole")
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(incremental, "log_states", only_the_written)
            mp.setattr(incremental, "log_summary", unread)
            audit = Auditor(store)
            got = [asdict(f) for f in audit.run(incremental=True)]
        assert audit.last.mode == "incremental" and set(audit.last.changed) == written
        assert got == [asdict(f) for f in Auditor(store).run()]

        # not data: neither listed in the log graph's quads nor counted
        assert not any("journal" in q.predicate.value for q in store.quads(LOG_GRAPH))
        assert store.count(LOG_GRAPH) == len(list(store.quads(LOG_GRAPH)))

        mark = store.generation()
        store.rebuild_union()                       # any graph may change: the journal cannot tell
        assert store.touched_since(mark) is None
        mark = store.generation()
        monkeypatch.setattr(remote, "JOURNAL_KEPT", 2)
        ingest_files(store, files[6:7], workers=1)
        ingest_files(store, files[7:8], workers=1)
        assert store.touched_since(mark) is None    # its entry pruned
        entries = store.query(f"SELECT ?e WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?e <{remote.JOURNAL_SEQUENCE}> ?n }} }}")
        assert len(entries.rows) == 2
        _audits_agree(store)                        # the whole log read again: the same findings


def test_another_server_at_the_same_address_is_not_taken_for_the_one_audited(generated, tmp_path):
    """Server B (written first, so every entry of its log is older than A's audit) answers at the
    address where A was audited: its audit is B's, not A's findings patched (here a full one: B's
    reference graphs were logged at other times than A's)."""
    from kehoach.pipeline import ingest_files
    src, manifest = generated
    files = [src / d["file"] for d in manifest["documents"]]
    with oxigraph_server(tmp_path / "b") as url:
        ingest_files(RemoteStore(url), files[8:], workers=1)
    port = free_port()
    with oxigraph_server(tmp_path / "a", port=port) as url:
        ingest_files(RemoteStore(url), files[:8], workers=1)
        on_a = _audits_agree(RemoteStore(url), expect="full")
    with oxigraph_server(tmp_path / "b", port=port) as url:
        on_b = _audits_agree(RemoteStore(url), expect=None)
    assert on_b != on_a and on_b


def test_ingest_and_audit_a_remote_store_through_the_cli(generated, tmp_path):
    """`kehoach --store URL ingest --audit` and `audit`: the cache is made in KEHOACH_CACHE_DIR, and
    the audit after one more plan reports what a full one does."""
    src, manifest = generated
    files = [str(src / d["file"]) for d in manifest["documents"]]
    with oxigraph_server(tmp_path / "db") as url:
        run(url, "ingest", *files[:10])
        first = run(url, "audit", "--format", "json", check=False)
        assert first.returncode in (0, 1), first.stderr
        port = url.rsplit(":", 1)[1]
        caches = list((Path(os.environ["KEHOACH_CACHE_DIR"]) / "audit").glob(f"127.0.0.1-{port}-*.sqlite"))
        assert len(caches) == 1
        added = run(url, "ingest", "--audit", files[10], check=False)
        assert added.returncode in (0, 1), added.stderr
        again = run(url, "audit", "--format", "json", check=False)
        full = run(url, "audit", "--full", "--format", "json", check=False)
        assert normalise(json.loads(again.stdout)) == normalise(json.loads(full.stdout))
        assert normalise(json.loads(again.stdout)) != normalise(json.loads(first.stdout))


# -- publish ------------------------------------------------------------------------------------
def test_publish_pushes_every_graph(seed_store, tmp_path):
    with oxigraph_server(tmp_path / "db", union=True) as url:      # the flag changes nothing for us
        one = "https://w3id.org/kehoach/graph/ontology"
        p = run(seed_store, "publish", "--endpoint", url, "--graph", one)
        assert "published 1 graph(s)" in p.stdout
        assert RemoteStore(url).named_graphs() == sorted([one, "https://w3id.org/kehoach/graph/ingest-log"])

        p = run(seed_store, "publish", "--endpoint", url)
        local, remote = run_json(seed_store, "stats"), run_json(url, "stats")
        graphs = int({r["what"]: r["count"] for r in local}["named_graphs"])
        assert p.stdout.startswith(f"published {graphs - 1} graph(s)")   # all but the ingest log
        assert remote == local                         # quads and named graphs included
        remote_store = RemoteStore(url)
        in_graphs = sum(remote_store.count(g) for g in remote_store.named_graphs())
        assert {r["what"]: r["count"] for r in remote}["quads"] == str(in_graphs)
        # publishing again replaces, it does not add
        run(seed_store, "publish", "--endpoint", url)
        assert run_json(url, "stats") == local


def test_publish_unknown_graph(seed_store):
    p = run(seed_store, "publish", "--endpoint", "http://127.0.0.1:9", "--graph", "https://example.org/nope",
            check=False)
    assert p.returncode == 2 and p.stderr.startswith("kehoach: no graph https://example.org/nope")


# -- errors -------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [("stats",), ("query", "tasks"), ("ingest", "SEED"), ("export",)])
def test_connection_refused_is_one_line(tmp_path, args):
    url = f"http://127.0.0.1:{free_port()}"               # nothing listens there
    args = tuple(seed_files()[0] if a == "SEED" else a for a in args)
    p = run(url, *args, check=False)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    assert p.stderr.count("\n") == 1 and p.stderr.startswith("kehoach: ")
    assert "connection refused" in p.stderr


def test_publish_to_a_closed_port(seed_store):
    p = run(seed_store, "publish", "--endpoint", f"http://127.0.0.1:{free_port()}", check=False)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "connection refused" in p.stderr


def test_union_graph_is_built_when_missing(tmp_path):
    """Data loaded by someone else (plain Graph Store PUT, no union graph): the first query builds it."""
    with oxigraph_server(tmp_path / "db") as url:
        t = ox.Triple(ox.NamedNode("https://w3id.org/kehoach/x"), ox.NamedNode("http://ex.org/p"), ox.Literal("y"))
        RemoteStore(url).put_graph("https://w3id.org/kehoach/graph/doc/x", [t])
        assert run_json(url, "sparql", "ASK { <https://w3id.org/kehoach/x> ?p 'y' }") == [{"result": "true"}]
        assert RemoteStore(url).count() == 1
        assert RemoteStore(url).named_graphs() == ["https://w3id.org/kehoach/graph/doc/x"]


@pytest.mark.parametrize("args", [("query", "tasks"), ("query", "stats"),
                                  ("sparql", "SELECT ?t ?l WHERE { ?t a kh:Task ; kh:lead ?l } ORDER BY ?t ?l")])
def test_tables_are_the_same(local_store, remote_seed_store, args):
    """A table is made from the server's CSV (no term made of each value): the same text as the
    embedded store's, the count of rows included."""
    local = run(local_store, *args).stdout
    assert "row" in local and local.count("\n") > 8
    assert run(remote_seed_store, *args).stdout == local


def test_an_empty_server_keeps_the_union_in_its_default_graph(remote_seed_store, monkeypatch):
    """The embedded store's layout, recorded in the log graph: no union graph, and no query, GRAPH
    patterns included, names a graph (the server evaluates GRAPH ?g on its own indexes)."""
    store = RemoteStore(remote_seed_store)
    assert UNION_GRAPH not in store._all_graphs() and store.named_graphs()
    record = f"ASK {{ GRAPH <{LOG_GRAPH}> {{ {UNION_IN.triple} }} }}"
    assert run_json(remote_seed_store, "sparql", record) == [{"result": "true"}]
    from kehoach.sparql_client import SparqlClient
    sent = []
    real = SparqlClient.select_json
    def recording(self, q, form, default, named):
        sent.append((default, named))
        return real(self, q, form, default, named)
    monkeypatch.setattr(SparqlClient, "select_json", recording)
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?t a kh:Task } } GROUP BY ?g",
                       {"kh": "https://w3id.org/kehoach/ontology#"}).rows
    assert len(rows) == len(seed_files()) and sent and all(d == [] and n == [] for d, n in sent)


def test_a_server_that_unions_its_named_graphs_gets_a_union_graph(tmp_path, local_store):
    """oxigraph serve --union-default-graph hides its own default graph: an empty one gets the
    union as a named graph (given as default-graph-uri), and the same answers."""
    files = seed_files()
    with oxigraph_server(tmp_path / "db", union=True) as url:
        run(url, "ingest", *files)
        store = RemoteStore(url)
        assert UNION_GRAPH in store._all_graphs()
        record = f"ASK {{ GRAPH <{LOG_GRAPH}> {{ {UNION_IN.triple} }} }}"
        assert run_json(url, "sparql", record) == [{"result": "false"}]
        assert run_json(url, "stats") == run_json(local_store, "stats")
        for name in ("agency-succession", "agency-workload", "documents"):
            assert normalise(run_json(url, "query", name)) == normalise(run_json(local_store, "query", name)), name


def test_a_default_graph_store_on_a_unioning_server_is_refused(tmp_path):
    """A store keeping its union in the default graph, served later with --union-default-graph,
    would answer with the named graphs' triples counted once per graph: refused in one line, and
    the store is whole when the server is started again without the option."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    one = seed_files()[:1]
    with oxigraph_server(tmp_path / "db") as url:
        run(url, "ingest", *one)
        before = run_json(url, "stats")
    with oxigraph_server(tmp_path / "db", union=True) as url:
        for args in (("stats",), ("query", "tasks"), ("ingest", seed_files()[1])):
            p = run(url, *args, check=False)
            assert p.returncode == 2 and p.stderr.count("\n") == 1, p.stderr
            assert "--union-default-graph" in p.stderr and "Traceback" not in p.stderr
        store = RemoteStore(url)             # a long-lived store object is refused every time
        for _ in range(2):
            with pytest.raises(StoreError, match="union-default-graph"):
                store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    with oxigraph_server(tmp_path / "db") as url:
        assert run_json(url, "stats") == before


def test_sparql_update_is_not_run_as_a_query(remote_seed_store):
    p = run(remote_seed_store, "sparql", "DELETE WHERE { ?s ?p ?o }", check=False)
    assert p.returncode == 2 and "updates" in p.stderr
    assert run_json(remote_seed_store, "sparql", "ASK { ?s ?p ?o }") == [{"result": "true"}]


def test_endpoint_layout(monkeypatch):
    for var in ("KEHOACH_QUERY_URL", "KEHOACH_UPDATE_URL", "KEHOACH_GSP_URL"):
        monkeypatch.delenv(var, raising=False)
    base = ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert endpoints("http://h:7878") == endpoints("http://h:7878/") == endpoints("http://h:7878/query") == base
    assert endpoints("https://h/ds/sparql")[0] == "https://h/ds/query"
    monkeypatch.setenv("KEHOACH_GSP_URL", "https://h/ds/data")
    assert endpoints("https://h/ds")[2] == "https://h/ds/data"
    with pytest.raises(StoreError, match="KEHOACH_USER"):
        endpoints("http://me:secret@h:7878")



# -- new documents through oxigraph's bulk loader -----------------------------------------------
def _new_graphs(files: list[str]) -> list:
    from ingest.agencies import Gazetteer
    from kehoach.pipeline import Parsed, parse_file
    gaz = Gazetteer.load()
    parsed = [parse_file(f, gaz) for f in files]
    assert all(isinstance(p, Parsed) for p in parsed)
    return [p.new_graph() for p in parsed]


def _dataset(url: str) -> tuple[list[str], list[str], list[str]]:
    """What a store holds: the named graphs' quads (the log's ingest times left out), the union, and
    the marks an unfinished bulk load leaves. Blank nodes (the ontology's, labelled afresh by each
    server) as _:b."""
    def text(term) -> str:
        return "_:b" if isinstance(term, ox.BlankNode) else str(term)
    store = RemoteStore(url)
    quads = sorted(" ".join(map(text, q)) for q in store.quads() if "generatedAtTime" not in str(q.predicate))
    union = sorted(" ".join(map(text, q.triple)) for q in store.union_quads())
    marks = [str(q) for q in store.quads() if str(q.predicate) == "<https://w3id.org/kehoach/ontology#writing>"]
    return quads, union, marks


def _recording(monkeypatch) -> list[tuple[str, str]]:
    from kehoach.sparql_client import SparqlClient
    seen: list[tuple[str, str]] = []
    real = SparqlClient.request

    def request(self, method, url, body=None, content_type=None):
        seen.append((method, url))
        return real(self, method, url, body, content_type)
    monkeypatch.setattr(SparqlClient, "request", request)
    return seen


def test_new_documents_go_through_oxigraphs_bulk_loader(tmp_path, monkeypatch):
    """On oxigraph, new documents are one bulk load (POST of N-Quads with no_transaction) between
    two updates; the store holds exactly what one update request per batch writes
    (KEHOACH_REMOTE_BULK=0, the path of every other server)."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    from kehoach.pipeline import ingest_files
    seen = _recording(monkeypatch)
    got = {}
    for bulk in ("1", "0"):
        monkeypatch.setenv("KEHOACH_REMOTE_BULK", bulk)
        with oxigraph_server(tmp_path / f"db{bulk}") as url:
            before = len(seen)
            out = ingest_files(RemoteStore(url), seed_files(), workers=1)
            assert all(o.ok for o in out) and len(out) == len(seed_files())
            loads = [u for m, u in seen[before:] if m == "POST" and u.endswith("/store?no_transaction")]
            assert len(loads) == (1 if bulk == "1" else 0)
            got[bulk] = _dataset(url)
    assert got["1"] == got["0"]
    quads, union, marks = got["1"]
    assert marks == [] and len(union) > 1000 and any("/graph/doc/" in q for q in quads)


def test_a_large_ingest_into_oxigraph_says_how_to_compact(tmp_path, monkeypatch):
    """After many documents written to oxigraph serve, ingest says that the server compacts them in
    the background and how to do it at once; below the threshold, nothing."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    from click.testing import CliRunner

    import kehoach.cli as cli
    files = [str(f) for f in seed_files()[:2]]
    for threshold, said in ((2, True), (3, False)):
        monkeypatch.setattr(cli, "OPTIMIZE_HINT", threshold)
        with oxigraph_server(tmp_path / f"db{threshold}") as url:
            out = CliRunner().invoke(cli.main, ["--store", url, "ingest", *files])
        assert out.exit_code == 0, out.output
        assert ("2 documents written: the server compacts them in the background" in out.stderr) is said
        assert ("oxigraph optimize --location DIR" in out.stderr) is said
        assert "kehoach optimize" not in out.stderr


def test_a_failed_bulk_load_takes_the_new_graphs_out(tmp_path, monkeypatch):
    """The server took the load but the answer was lost: the new graphs, their union triples and
    their marks are taken out again, and the store is as it was before."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    from kehoach.errors import EndpointError
    from kehoach.pipeline import ingest_files
    from kehoach.sparql_client import SparqlClient
    first, *rest = seed_files()
    with oxigraph_server(tmp_path / "db") as url:
        ingest_files(RemoteStore(url), [first], workers=1)
        before = _dataset(url)
        real = SparqlClient.request

        def lost(self, method, url, body=None, content_type=None):
            answer = real(self, method, url, body, content_type)
            if "no_transaction" in url:
                raise EndpointError(f"{url}: connection failed: reset by peer")
            return answer
        monkeypatch.setattr(SparqlClient, "request", lost)
        store = RemoteStore(url)
        assert store.has_graph(_new_graphs([first])[0].graph)      # (a first request: the server is known)
        with pytest.raises(StoreError, match=r"the 3 new graphs were taken out again: .*reset by peer"):
            store.add_graphs(_new_graphs(rest))
        assert _dataset(url) == before


def test_an_interrupted_bulk_load_is_taken_out_by_the_next_write(tmp_path, monkeypatch):
    """A process that died between the load and the update taking the marks out leaves marked
    graphs; the next ingest takes them out and says so, and the store then holds what an ingest of
    that file alone gives."""
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    first, second, *rest = seed_files()

    class Died(BaseException):
        pass
    real = RemoteStore.update

    def dies_before_unmarking(self, text, touched=None):
        if text.startswith("DELETE DATA") and "#writing>" in text:
            raise Died()
        return real(self, text, touched)
    with oxigraph_server(tmp_path / "db") as url:
        store = RemoteStore(url)
        store.ensure_reference_graphs()
        monkeypatch.setattr(RemoteStore, "update", dies_before_unmarking)
        with pytest.raises(Died):
            store.add_graphs(_new_graphs([second, *rest]))
        monkeypatch.setattr(RemoteStore, "update", real)
        assert len(_dataset(url)[2]) == 1 + len(rest)                  # left marked
        p = run(url, "ingest", first)
        taken = [g.graph for g in _new_graphs([second, *rest])]
        assert all(f"an interrupted ingest left {g} half-written: taken out" in p.stderr for g in taken)
        after = _dataset(url)
    with oxigraph_server(tmp_path / "alone") as url:
        run(url, "ingest", first)
        assert after == _dataset(url)


def test_other_servers_get_one_update_per_batch(scripted):
    """A server that is not oxigraph (here Python's, as its Server header says) gets the new graphs
    as one SPARQL update, graphs, union and log entries together: nothing sent to its store."""
    url, h = scripted
    store = RemoteStore(url)
    store._union_checked = store._marks_checked = True
    h.script = [(200, SPARQL_JSON, json.dumps({"head": {"vars": ["g"]}, "results": {"bindings": []}}).encode(), 0),
                (204, {}, b"", 0)]
    assert store.named_graphs() == []                       # a first answer: the server is known
    from kehoach.store import NewGraph
    items = [NewGraph(f"https://w3id.org/kehoach/graph/doc/{i}", f"<https://w3id.org/kehoach/x{i}> "
                      f"<http://ex.org/p> \"v\" .\n", {"https://w3id.org/kehoach/ontology#sha256": f'"{i}"'})
             for i in range(2)]
    store.add_graphs(items)
    assert store.client.server.startswith("BaseHTTP/")
    assert [(r["method"], r["path"].rstrip("?")) for r in h.seen] == [("POST", "/query"), ("POST", "/update")]
    body = h.seen[1]["body"].decode()
    assert body.count("INSERT DATA") == 4 and "graph/doc/0" in body and "graph/doc/1" in body
    # the store's generation renewed in the same request, its journal entry naming both graphs
    assert body.count("DELETE {") == 2 and "ontology#generation>" in body
    assert body.count("ontology#journalTouched> <https://w3id.org/kehoach/graph/doc/") == 2

# -- HTTP behaviour against a scripted server ---------------------------------------------------
class Scripted(BaseHTTPRequestHandler):
    """Answers from `script` (a list of (status, headers, body, delay)); records every request."""
    script: list = []
    seen: list = []

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append({"method": self.command, "path": self.path, "headers": dict(self.headers),
                          "body": self.rfile.read(length)})
        status, headers, body, delay = self.script.pop(0) if self.script else (200, {}, b"", 0)
        time.sleep(delay)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass    # the timeout test's client has hung up on purpose

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def scripted(monkeypatch):
    for var in ("KEHOACH_QUERY_URL", "KEHOACH_UPDATE_URL", "KEHOACH_GSP_URL", "KEHOACH_USER", "KEHOACH_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    server.daemon_threads = True
    Scripted.script, Scripted.seen = [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", Scripted
    server.shutdown()
    server.server_close()


JSON_ROWS = json.dumps({"head": {"vars": ["x", "l", "n", "b", "u"]}, "results": {"bindings": [{
    "x": {"type": "uri", "value": "https://w3id.org/kehoach/a"},
    "l": {"type": "literal", "value": "Sở Nội vụ", "xml:lang": "vi"},
    "n": {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
    "b": {"type": "bnode", "value": "b0"}}]}}).encode()
SPARQL_JSON = {"Content-Type": "application/sparql-results+json"}


def test_backoff_on_429_and_503_then_terms(scripted):
    url, h = scripted
    h.script = [(429, {"Retry-After": "1"}, b"slow down", 0), (503, {}, b"busy", 0), (200, SPARQL_JSON, JSON_ROWS, 0)]
    store = RemoteStore(url, retries=3)
    store._graphs = []
    start = time.monotonic()
    r = store.select("SELECT * WHERE { ?x ?l ?n }")
    assert time.monotonic() - start >= 1.0                      # Retry-After honoured
    assert len(h.seen) == 3
    row = r.rows[0]
    assert str(row["x"]) == "<https://w3id.org/kehoach/a>"
    assert str(row["l"]) == '"Sở Nội vụ"@vi'
    assert str(row["n"]) == '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert row["b"].value == "b0" and row["u"] is None
    req = h.seen[-1]
    assert req["method"] == "POST" and req["path"] == "/query"
    assert req["headers"]["User-Agent"].startswith("kehoach/")
    assert req["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert "sparql-results+json" in req["headers"]["Accept"]


def test_retries_are_bounded(scripted):
    url, h = scripted
    h.script = [(429, {"Retry-After": "0"}, b"no", 0)] * 5
    store = RemoteStore(url, retries=2)
    with pytest.raises(StoreError, match=r"HTTP 429 .*: no$"):
        store.update("CLEAR ALL")
    assert len(h.seen) == 3


def test_update_and_graph_store_requests(scripted, monkeypatch):
    url, h = scripted
    monkeypatch.setenv("KEHOACH_USER", "kh")
    monkeypatch.setenv("KEHOACH_PASSWORD", "s3cret")
    store = RemoteStore(url)
    store._union_checked = True          # where the union is (asked before a first write): the named graph
    store._marks_checked = True          # (and no graph left by an interrupted bulk load: asked then too)
    t = ox.Triple(ox.NamedNode("https://w3id.org/kehoach/a"), ox.NamedNode("http://ex.org/p"), ox.Literal("x"))
    h.script = [(204, {}, b"", 0), (201, {}, b"", 0), (204, {}, b"", 0)]
    store.replace_graph("https://w3id.org/kehoach/graph/doc/x", [t], {"http://ex.org/log": '"1"'})
    store.put_graph("https://w3id.org/kehoach/graph/doc/x", [t], [])
    upd, put, log = h.seen
    auth = "Basic " + base64.b64encode(b"kh:s3cret").decode()
    assert upd["method"] == "POST" and upd["path"].rstrip("?") == "/update"
    assert upd["headers"]["Content-Type"] == "application/sparql-update"
    # the very update text the embedded store runs (graph, union graph and log in one request),
    # then the store's new generation and its journal entry, naming the graph, in the same request
    text, _, renewed = upd["body"].decode().partition(" ;\nDELETE { GRAPH <https://w3id.org/kehoach/graph/ingest-log> "
                                                      "{ <https://w3id.org/kehoach/graph/ingest-log> <https://w3id.org/kehoach/ontology#generation>")
    assert text == replace_graph_update("https://w3id.org/kehoach/graph/doc/x", [t],
                                        {"http://ex.org/log": '"1"'}).rstrip()
    assert "ontology#journalTouched> <https://w3id.org/kehoach/graph/doc/x> ." in renewed
    assert put["method"] == "PUT" and put["path"] == "/store?graph=https%3A%2F%2Fw3id.org%2Fkehoach%2Fgraph%2Fdoc%2Fx"
    assert put["headers"]["Content-Type"] == "application/n-triples"
    assert put["body"] == b'<https://w3id.org/kehoach/a> <http://ex.org/p> "x" .\n'
    assert log["path"].rstrip("?") == "/update" and b"DELETE WHERE" in log["body"]
    for req in (upd, put, log):
        assert req["headers"]["Authorization"] == auth
        assert req["headers"]["User-Agent"].startswith("kehoach/")



def test_named_graphs_are_listed_only_for_graph_patterns(scripted):
    """The union graph is the default graph of every query; the named graphs (every graph's IRI) are
    listed only when the query has a GRAPH pattern, in whichever way it is written."""
    url, h = scripted
    store = RemoteStore(url)
    store._graphs = ["https://w3id.org/kehoach/graph/doc/a", "https://w3id.org/kehoach/graph/doc/b"]
    empty = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()
    queries = {"SELECT ?s WHERE { ?s ?p <https://w3id.org/kehoach/graph/doc/a> } # the graph is": False,
               "SELECT ?graph WHERE { ?graph a ?c }": False,
               "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }": True,
               "select ?s where { graph<https://w3id.org/kehoach/graph/doc/a>{ ?s ?p ?o } }": True,
               "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { GRAPH :g { ?s ?p ?o } } }": True}
    h.script = [(200, SPARQL_JSON, empty, 0)] * len(queries)
    for q in queries:
        store.query(q)
    for (q, listed), req in zip(queries.items(), h.seen):
        form = urllib.parse.parse_qs(req["body"].decode())
        assert form["default-graph-uri"] == ["https://w3id.org/kehoach/graph/union"], q
        assert form.get("named-graph-uri", []) == (store._graphs if listed else []), q

def test_csv_is_asked_for_and_other_answers_still_read(scripted):
    """select_csv asks for text/csv; a server answering in JSON all the same, or refusing CSV
    with HTTP 406 (then asked again for JSON), still gives the rows."""
    url, h = scripted
    store = RemoteStore(url)
    store._graphs = []
    csv = b"x,l\r\nhttps://w3id.org/kehoach/a,S\xe1\xbb\x9f N\xe1\xbb\x99i v\xe1\xbb\xa5\r\n"
    h.script = [(200, {"Content-Type": "text/csv; charset=utf-8"}, csv, 0),
                (200, SPARQL_JSON, JSON_ROWS, 0),
                (406, {}, b"not acceptable", 0), (200, SPARQL_JSON, JSON_ROWS, 0)]
    assert store.select_csv("SELECT ?x ?l WHERE { ?x rdfs:label ?l }") == csv
    for _ in range(2):
        got = store.select_csv("SELECT ?x ?l WHERE { ?x rdfs:label ?l }")
        assert isinstance(got, Result) and got.rows[0]["l"] == ox.Literal("Sở Nội vụ", language="vi")
    accepts = [r["headers"]["Accept"] for r in h.seen]
    assert accepts == ["text/csv", "text/csv", "text/csv", accepts[3]] and "json" in accepts[3]
    assert "PREFIX rdfs:" in urllib.parse.parse_qs(h.seen[0]["body"].decode())["query"][0]
    h.script = [(400, {}, b"error at 1:8: expected WHERE", 0)]
    with pytest.raises(StoreError, match="HTTP 400"):          # a real error is not asked again
        store.select_csv("SELECT ?x")
    assert len(h.seen) == 5


def test_http_errors_and_timeouts_are_one_line(scripted):
    url, h = scripted
    store = RemoteStore(url, timeout=0.2, retries=0)            # rounded up to 1 s
    store._graphs = []
    cases = [((400, {}, b"error at 1:8:\n expected WHERE", 0),
              r"/query: HTTP 400 Bad Request: error at 1:8: expected WHERE$"),
             ((500, {}, b"disk full", 0), r"HTTP 500 Internal Server Error: disk full$"),
             ((403, {}, b"forbidden", 0), r"HTTP 403 Forbidden: forbidden$"),
             ((401, {}, b"", 0), r"HTTP 401 Unauthorized \(check KEHOACH_USER / KEHOACH_PASSWORD\)"),
             ((200, {"Content-Type": "text/html"}, b"<html>", 0), r"not SPARQL JSON results"),
             ((200, SPARQL_JSON, JSON_ROWS, 2.5), r"no answer within 1 s$")]
    for answer, message in cases:
        h.script = [answer]
        with pytest.raises(StoreError, match=message) as e:
            store.select("SELECT * WHERE { ?s ?p ?o }")
        assert "\n" not in str(e.value)


def test_same_public_interface():
    from kehoach.store import EmbeddedStore
    public = lambda cls: {n for n in dir(cls) if not n.startswith("_")}  # noqa: E731
    assert public(EmbeddedStore) <= public(RemoteStore)

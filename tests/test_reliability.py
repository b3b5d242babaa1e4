"""Issue 10 regressions: what a careless user or a hostile server could do to kehoach. Each test
names the case it covers; each failed before the fix it guards."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kehoach.cli import main
from kehoach.errors import EndpointError, QueryError, StoreError
from kehoach.store import EmbeddedStore, RemoteStore, open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_tsv.txt"


def cli(*args: str, store: Path | str | None = None):
    pre = ["--store", str(store)] if store is not None else []
    return CliRunner().invoke(main, [*pre, *args])


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("rel-store")
    assert cli("ingest", str(EXAMPLE), store=s).exit_code == 0
    return s


# -- 2: -o never replaces special files; "-" is standard output; errors leave no .part --------------
def test_output_to_devices_symlinks_and_stdout(store, tmp_path):
    r = cli("export", "--format", "nt", "-o", "/dev/null", store=store)
    assert r.exit_code == 0 and Path("/dev/null").is_char_device()
    link = tmp_path / "out.nt"
    target = tmp_path / "real.nt"
    target.write_text("old")
    link.symlink_to(target)
    assert cli("export", "--format", "nt", "-o", str(link), store=store).exit_code == 0
    assert link.is_symlink() and target.read_text().startswith("<")      # written through the link
    r = cli("export", "--format", "nt", "-o", "-", store=store)
    assert r.exit_code == 0 and r.stdout.startswith("<")


def test_output_into_a_missing_directory_is_one_line(store, tmp_path):
    r = cli("export", "-o", str(tmp_path / "nope" / "x.ttl"), store=store)
    assert r.exit_code == 2 and "no such directory" in r.stderr and r.stderr.count("\n") == 1
    assert not list(tmp_path.rglob("*.part"))


def test_output_on_a_full_disk_is_one_line(store, tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    # /dev/full is a device: written in place, and every write fails with ENOSPC
    r = cli("export", "-o", "/dev/full", store=store)
    assert r.exit_code == 2 and "no space left" in r.stderr and "Traceback" not in r.stderr


# -- 3: a query file that is not UTF-8 ---------------------------------------------------------------
def test_query_file_not_utf8(store, tmp_path):
    rq = tmp_path / "latin.rq"
    rq.write_bytes("SELECT ?x WHERE { ?x a kh:Tàsk }\n".encode("cp1258"))
    r = cli("query", "--file", str(rq), store=store)
    assert r.exit_code == 2 and "not UTF-8" in r.stderr and "latin.rq:1" in r.stderr


# -- 4: SERVICE is refused unless allowed, and then bounded in time -----------------------------------
def test_service_refused_by_default(store):
    r = cli("sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", store=store)
    assert r.exit_code == 2 and "--allow-service" in r.stderr
    # a SERVICE word inside a string or a comment is not a call
    r = cli("sparql", 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) } # SERVICE', store=store)
    assert r.exit_code == 0


def test_allowed_service_that_hangs_is_cut_off(store):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)                      # accepts connections, never answers
    port = listener.getsockname()[1]
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", "--store", str(store), "sparql",
                        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                        "--allow-service", "2"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    listener.close()
    assert p.returncode == 2 and "did not finish within 2 s" in p.stderr
    assert time.monotonic() - t0 < 20


# -- 10: store locations ----------------------------------------------------------------------------
@pytest.mark.parametrize("location", ["ftp://example.org/x", "file:///tmp/x", "s3://bucket"])
def test_other_url_schemes_are_refused(location, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="unsupported store URL scheme"):
        open_store(location)
    assert not any(tmp_path.iterdir())          # no folder named "ftp:" appears


def test_http_scheme_in_any_case():
    assert isinstance(open_store("HTTP://127.0.0.1:9/"), RemoteStore)


# -- issue 11 item 9, and 13: reading never creates a store; a locked store says so -------------------
def test_read_commands_never_create_a_store(tmp_path):
    missing = tmp_path / "typo"
    r = cli("stats", store=missing)
    assert r.exit_code == 2 and "no store at" in r.stderr and not missing.exists()


def test_locked_store_message_and_wait(store):
    holder = EmbeddedStore(store)
    try:
        r = cli("stats", store=store)
        assert r.exit_code == 2
        assert "another kehoach process is using the store" in r.stderr and "--wait" in r.stderr
        assert "LOCK" not in r.stderr
        threading.Timer(0.5, holder.close).start()
        r = cli("--wait", "10", "stats", store=store)
        assert r.exit_code == 0, r.stderr
    finally:
        holder.close()


def test_readers_share_a_store_and_keep_writers_out(tmp_path):
    """Commands that only read open the store read-only under a shared lock: other readers (here
    another process) go on, a writer is told the store is in use and changes nothing, and the
    reader itself cannot write."""
    from conftest import run
    s = tmp_path / "s"
    assert cli("ingest", str(EXAMPLE), store=s).exit_code == 0
    assert cli("stats", store=s).exit_code == 0                # counts kept in the store's directory
    counts = s / "kehoach-stats.json"
    assert counts.exists()
    graphs = EmbeddedStore(s).named_graphs()                  # (dropped at once: the lock goes with it)
    reader = EmbeddedStore(s, create=False, read_only=True)
    try:
        other = run(s, "query", "totals", "--format", "csv")  # another process reads meanwhile
        assert other.stdout.splitlines()[0].startswith("tasks,")
        writer = run(s, "ingest", str(ROOT / "examples" / "example_prose.txt"), check=False)
        assert writer.returncode == 2 and "another kehoach process is using the store" in writer.stderr
        with pytest.raises(StoreError, match="another kehoach process"):
            EmbeddedStore(s)                                   # nor a writer in this process
        with pytest.raises(StoreError, match="opened for reading only"):
            reader.update("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }")
        assert counts.exists()                                 # the refused write took nothing away
        assert reader.named_graphs() == graphs
    finally:
        reader.close()
    writer = run(s, "ingest", str(ROOT / "examples" / "example_prose.txt"), check=False)
    assert writer.returncode == 0, writer.stderr
    assert len(EmbeddedStore(s, create=False, read_only=True).named_graphs()) == len(graphs) + 1


class _Flushes:
    """A store's database with its flushes logged (by name) in `log`."""

    def __init__(self, inner, name: str, log: list[str]):
        self.inner, self.name, self.log = inner, name, log

    def flush(self):
        self.log.append(self.name)
        self.inner.flush()

    def __getattr__(self, attr):
        return getattr(self.inner, attr)


def test_a_store_dropped_without_close_is_flushed(tmp_path):
    """A program that drops a store it wrote to without close() gets what close() does: what it
    wrote is flushed (left in RocksDB's write-ahead log, it is replayed by every reader opening the
    store: ~0.3 s for 10 MB of log), and the lock lets go. A store opened for reading flushes
    nothing."""
    import gc

    flushed: list[str] = []
    s = tmp_path / "s"
    writer = EmbeddedStore(s)
    writer.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }")
    writer._store = _Flushes(writer._store, "writer", flushed)
    del writer
    gc.collect()
    assert flushed == ["writer"]
    reader = EmbeddedStore(s, create=False, read_only=True)   # the lock went with the writer
    assert reader.has_graph("http://example.org/g")
    reader._store = _Flushes(reader._store, "reader", flushed)
    del reader
    gc.collect()
    assert flushed == ["writer"]
    EmbeddedStore(s).close()                                   # and the reader's shared lock went too


def test_a_forked_process_dropping_a_store_does_not_flush_it(tmp_path):
    """A forked process (ingest's parsing workers) holds a copy of every store object of its parent,
    without RocksDB's threads: collected there, a store must not be flushed (the flush waited for
    ever and hung the ingest)."""
    import gc
    import multiprocessing

    flushed: list[str] = []
    writer = EmbeddedStore(tmp_path / "s")
    writer.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }")
    writer._store = _Flushes(writer._store, "writer", flushed)
    held = [writer]                        # the only reference, which the child drops
    del writer

    def child() -> None:
        held.clear()
        gc.collect()
        os._exit(len(flushed))             # the flushes this process made

    proc = multiprocessing.get_context("fork").Process(target=child)
    proc.start()
    proc.join(30)
    hung = proc.is_alive()
    if hung:
        proc.kill()
    assert not hung and proc.exitcode == 0
    assert flushed == []                   # nor did the parent, which still holds it
    held.clear()
    gc.collect()
    assert flushed == ["writer"]           # dropped here, by the process that opened it: flushed


# -- 14: syntax error positions are those of the user's own text --------------------------------------
def test_syntax_error_position_in_the_users_text(store):
    r = cli("sparql", "SELECT ?x WHERE { ?x a kh:Task", store=store)
    assert r.exit_code == 2 and "(line 1, column 31)" in r.stderr      # not shifted by the prefixes


# -- 6, 7, 8: remote endpoints: foreign redirects, credentials, trickling servers ----------------------
class Hostile(BaseHTTPRequestHandler):
    mode = "redirect"
    target = ""
    seen: list = []

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        Hostile.seen.append(dict(self.headers))
        if Hostile.mode == "redirect":
            self.send_response(302)
            self.send_header("Location", Hostile.target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif Hostile.mode == "trickle":
            body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": []}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for b in body:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(0.4)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:                                   # "empty": a well-formed but empty answer
            body = json.dumps({"head": {"vars": []}, "results": {"bindings": []}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def servers():
    """Two local servers on different ports: the configured one and a "foreign" one (127.0.0.2)."""
    made = []
    for host in ("127.0.0.1", "127.0.0.2"):
        try:
            srv = ThreadingHTTPServer((host, 0), Hostile)
        except OSError:
            pytest.skip(f"cannot bind {host}")
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        made.append(srv)
    Hostile.seen = []
    yield [f"http://{s.server_address[0]}:{s.server_address[1]}" for s in made]
    for s in made:
        s.shutdown()


def test_credentials_never_follow_a_redirect_to_another_host(servers, monkeypatch):
    mine, foreign = servers
    monkeypatch.setenv("KEHOACH_USER", "kh")
    monkeypatch.setenv("KEHOACH_PASSWORD", "s3cret")
    Hostile.mode, Hostile.target = "redirect", foreign + "/query"
    store = RemoteStore(mine, timeout=5, retries=0)
    with pytest.raises(EndpointError, match="redirected to another host"):
        store.select("SELECT * WHERE { ?s ?p ?o }")
    token = "Basic " + base64.b64encode(b"kh:s3cret").decode()
    assert len(Hostile.seen) == 1 and Hostile.seen[0].get("Authorization") == token   # only the configured host


def test_stats_after_a_foreign_redirect_is_one_line(servers):
    mine, foreign = servers
    Hostile.mode, Hostile.target = "redirect", foreign + "/query"
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", "--store", mine, "stats"], capture_output=True,
                       text=True, cwd=ROOT, timeout=60, env=dict(os.environ, KEHOACH_TIMEOUT="5", KEHOACH_RETRIES="0"))
    assert p.returncode == 2 and "redirected to another host" in p.stderr and "Traceback" not in p.stderr


def test_stats_on_an_empty_answer_is_not_a_traceback(servers):
    mine, _ = servers
    Hostile.mode = "empty"
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", "--store", mine, "stats", "--format", "json"],
                       capture_output=True, text=True, cwd=ROOT, timeout=60,
                       env=dict(os.environ, KEHOACH_TIMEOUT="5", KEHOACH_RETRIES="0"))
    assert "Traceback" not in p.stderr and p.returncode in (0, 2)


def test_a_trickling_server_is_cut_off_at_the_total_deadline(servers):
    mine, _ = servers
    Hostile.mode = "trickle"                    # one byte every 0.4 s: each read is quick
    store = RemoteStore(mine, timeout=2, retries=0)
    store._graphs = []
    t0 = time.monotonic()
    with pytest.raises(EndpointError, match="no answer within 2 s"):
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - t0 < 5


def test_query_errors_are_kehoach_errors():
    assert issubclass(QueryError, Exception) and issubclass(EndpointError, StoreError)


# -- 1: what identifies an ingested document --------------------------------------------------------
def test_two_files_with_one_name_are_two_documents(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "plan.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b" / "plan.txt").write_bytes((ROOT / "examples" / "example_prose.txt").read_bytes())
    s = tmp_path / "store"
    r = cli("ingest", str(tmp_path / "a" / "plan.txt"), str(tmp_path / "b" / "plan.txt"), store=s)
    assert r.exit_code == 0 and "note:" not in r.stderr
    stats = {x["what"]: int(x["count"]) for x in json.loads(cli("stats", "--format", "json", store=s).stdout)}
    assert stats["document_graphs"] == 2


def test_same_document_from_two_files_is_reported_not_silent(tmp_path):
    s = tmp_path / "store"
    copy = tmp_path / "Plan 1.txt"
    copy.write_bytes(EXAMPLE.read_bytes())
    assert cli("ingest", str(EXAMPLE), store=s).exit_code == 0
    r = cli("ingest", str(copy), store=s)
    assert r.exit_code == 0
    assert "note:" in r.stderr and "identical copy of example_tsv.txt" in r.stderr
    stats = {x["what"]: int(x["count"]) for x in json.loads(cli("stats", "--format", "json", store=s).stdout)}
    assert stats["document_graphs"] == 1


def test_reingesting_the_same_file_replaces_quietly(tmp_path):
    s = tmp_path / "store"
    assert cli("ingest", str(EXAMPLE), store=s).exit_code == 0
    r = cli("ingest", str(EXAMPLE), store=s)
    assert r.exit_code == 0 and "note:" not in r.stderr


# -- 15: remove one document; export -> import gives the same store ----------------------------------
def _canonical_nq(text: str) -> list[str]:
    import re
    return sorted(re.sub(r"_:[A-Za-z0-9]+", "_:b", line) for line in text.splitlines() if line.strip())


def test_export_import_round_trip(store, tmp_path):
    dump = tmp_path / "dump.nq"
    assert cli("export", "--format", "nq", "-o", str(dump), store=store).exit_code == 0
    copy = tmp_path / "copy"
    r = cli("import", str(dump), store=copy)
    assert r.exit_code == 0 and "imported" in r.stdout
    again = cli("export", "--format", "nq", "-o", "-", store=copy).stdout
    assert _canonical_nq(again) == _canonical_nq(dump.read_text(encoding="utf-8"))
    ask = "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Task }"
    assert cli("sparql", ask, "--format", "json", store=copy).stdout == \
        cli("sparql", ask, "--format", "json", store=store).stdout


def test_import_of_a_broken_dump_changes_nothing(store, tmp_path):
    good = tmp_path / "good.nq"
    assert cli("export", "--format", "nq", "-o", str(good), store=store).exit_code == 0
    bad = tmp_path / "bad.nq"
    bad.write_text(good.read_text(encoding="utf-8")[:5000] + "\n<broken", encoding="utf-8")
    before = cli("export", "--format", "nq", "-o", "-", store=store).stdout
    r = cli("import", str(bad), store=store)
    assert r.exit_code == 2 and "not valid N-Quads" in r.stderr
    assert cli("export", "--format", "nq", "-o", "-", store=store).stdout == before


def test_remove_one_document(tmp_path):
    s = tmp_path / "store"
    assert cli("ingest", str(EXAMPLE), str(ROOT / "examples" / "example_prose.txt"), store=s).exit_code == 0
    tasks = "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Task }"
    n_before = int(json.loads(cli("sparql", tasks, "--format", "json", store=s).stdout)[0]["n"])
    r = cli("remove", "example_tsv.txt", store=s)
    assert r.exit_code == 0 and r.stdout.startswith("removed ")
    n_after = int(json.loads(cli("sparql", tasks, "--format", "json", store=s).stdout)[0]["n"])
    assert 0 < n_after < n_before
    r = cli("remove", "example_tsv.txt", store=s)
    assert r.exit_code == 2 and "no ingested document matches" in r.stderr


# -- 9 (output side) and 16: what a terminal shows ----------------------------------------------------
def test_tables_fit_and_name_what_they_leave_out(store):
    r = cli("query", "stats", store=store)
    assert r.exit_code == 0
    assert max(len(line) for line in r.stdout.splitlines()) <= 200
    assert "not shown:" in r.stdout and "plan" in r.stdout.splitlines()[-1]
    assert "https://" not in r.stdout                                   # IRIs only with --wide
    wide = cli("query", "stats", "--wide", store=store)
    assert "<https://w3i" in wide.stdout and "not shown" not in wide.stdout      # folded, but there


def test_control_characters_never_reach_the_terminal(store):
    q = 'SELECT ?x WHERE { BIND("red \\u001B[31m text \\u001B]0;title\\u0007 end" AS ?x) }'
    for fmt in ("table", "csv", "tsv", "json"):
        out = cli("sparql", q, "--format", fmt, store=store).stdout
        assert "\x1b" not in out and "\x07" not in out, fmt
        assert "red" in out and "end" in out


def test_audit_severity_help_shows_its_default_as_a_choice():
    out = CliRunner().invoke(main, ["audit", "--help"]).stdout
    import re
    m = re.search(r"--severity \[([^\]]+)\].*?default: (\w+)", " ".join(out.split()))
    assert m and m.group(2) in m.group(1).split("|")


# -- 11, 12: one bad path never stops the others; FIFOs are not opened; oversized files refused -------
def test_fifo_and_missing_files_among_good_ones(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    s = tmp_path / "store"
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", "--store", str(s), "ingest", str(fifo), str(dangling),
                        str(EXAMPLE)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 1
    assert "pipe.txt: not a regular file" in p.stderr and "gone.txt: no such file" in p.stderr
    assert "ok  " in p.stdout and "example_tsv.txt" in p.stdout


def test_oversized_text_is_refused_with_its_size(tmp_path):
    from kehoach.pipeline import MAX_TEXT_BYTES
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_TEXT_BYTES + 1)
    r = cli("ingest", str(big), store=tmp_path / "store")
    assert r.exit_code == 1 and "more than kehoach reads in one file" in r.stderr


# -- 5: a .docx that would decompress to hundreds of megabytes ----------------------------------------
def test_docx_bomb_is_refused_before_decompressing(tmp_path):
    import zipfile
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as f:       # 200 MB of one text node, ~200 KB on disk
            f.write(b"<w:document><w:body><w:p><w:r><w:t>")
            chunk = b"a" * (1024 * 1024)
            for _ in range(200):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    s = tmp_path / "store"
    r = cli("ingest", str(bomb), str(EXAMPLE), store=s)
    assert r.exit_code == 1 and "possible zip bomb" in r.stderr and "Traceback" not in r.stderr
    assert "example_tsv.txt" in r.stdout                     # the other file is still ingested


def test_docx_with_entity_expansion_is_one_line(tmp_path):
    import zipfile
    evil = tmp_path / "lol.docx"
    lol = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>')
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", lol)
    r = cli("ingest", str(evil), store=tmp_path / "store")
    assert r.exit_code == 1 and "lol.docx" in r.stderr and "Traceback" not in r.stderr

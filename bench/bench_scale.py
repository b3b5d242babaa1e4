"""The scale benchmark: what a user waits for at 1,000 and 10,000 plans. A script that prints a
table, not a test.

    .venv/bin/python bench/bench_scale.py --plans 1000 --plans 10000 --naive 1000 --remote 1000

For each size N, on the realistic synthetic corpus (bench/corpus.py, N + 2 plans, seed --seed):

- ingest: `kehoach ingest DIR` through the CLI into a new store (wall time, plans per second, the
  peak resident memory of the command and its reading processes), and the store's size on disk;
- audit: the full audit, the full audit writing the cache, and the incremental audit after one
  plan is ingested, replaced or removed (bench/bench_audit.py's measurements, each in a process
  of its own, compared finding for finding with a full audit; the incremental sequence --repeat
  times, with each step's median and range);
- every saved query and `kehoach stats` through the CLI, process start-up included (median of
  --repeat runs; the parameters below), with peak memory;
- --naive N: the naive peer at N plans (rdflib parses the union, pySHACL validates the core
  shapes), as a ratio to kehoach's full audit;
- --remote N: the same corpus through `--store http://...` against a real `oxigraph serve`
  (ingest, full audit right after it, then the server's store compacted with `oxigraph optimize`
  as the embedded one is with `kehoach optimize`, full audit and the saved queries, and the
  incremental audits with the cache this machine keeps for the server), the path for users who
  outgrow one machine.

Stores are kept under --work and rebuilt when the corpus, the generator or kehoach's version
changes (the ingest figure is printed from the run that built the store). The load average is
printed: the machine has 2 cores, and anything else running distorts wall times."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_audit  # noqa: E402

KEHOACH = [str(Path(sys.executable).parent / "kehoach")]   # the console script, as a user runs it
HELD_OUT = bench_audit.HELD_OUT


def run(cmd: list[str], **kw: Any) -> tuple[float, float, subprocess.CompletedProcess[Any]]:
    """(wall seconds, peak MB of the command and its children, the process, whose stdout is the
    number of CSV records it printed): each command in a child of its own through `python -c`, so
    that RUSAGE_CHILDREN's peak is that command's."""
    probe = ("import csv,io,json,resource,subprocess,sys,time; t=time.perf_counter(); "
             "p=subprocess.run(sys.argv[1:], capture_output=True, text=True); w=time.perf_counter()-t; "
             "n=sum(1 for _ in csv.reader(io.StringIO(p.stdout))); "
             "print(json.dumps([w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024, p.returncode, "
             "n, p.stderr[-4000:]]))")
    p = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, **kw)
    wall, mb, rc, lines, err = json.loads(p.stdout)
    return wall, mb, subprocess.CompletedProcess(cmd, rc, lines, err)


corpus_dir = bench_audit.corpus_dir


def loaded_dir(cdir: Path, manifest: dict[str, Any], n: int, work: Path) -> Path:
    """The N plans to ingest (the held-out ones are ingested by the incremental audit bench)."""
    ldir = work / f"loaded-{cdir.name}-{n}"
    if not ldir.exists() or len(list(ldir.iterdir())) != n:
        bench_audit.link_plans(cdir, manifest, n, ldir)
    return ldir


def ingest(n: int, seed: int, work: Path) -> tuple[Path, Path, dict[str, Any], dict[str, Any]]:
    from kehoach import __version__
    cdir, manifest = corpus_dir(n, seed, work)
    sdir = work / f"ingested-{n}-s{seed}"
    mark = sdir.parent / f"{sdir.name}.json"
    key = {"plans": n, "seed": seed, "version": __version__, "generator": manifest["generator_digest"],
           "code": _code_digest()}
    if mark.exists() and json.loads(mark.read_text()).get("key") == key and sdir.exists():
        return cdir, sdir, manifest, json.loads(mark.read_text())["ingest"]
    ldir = loaded_dir(cdir, manifest, n, work)
    shutil.rmtree(sdir, ignore_errors=True)
    wall, mb, p = run([*KEHOACH, "--store", str(sdir), "--quiet", "ingest", str(ldir)])
    if p.returncode != 0:
        raise SystemExit(f"ingest failed ({p.returncode}):\n{p.stderr}")
    fig = {"wall": wall, "rate": n / wall, "rss": mb, "mb": _size(sdir)}
    # then compacted, as the README advises after a large ingest: the audit and the queries below
    # run on the store as a user would have it, not on one still paying for its compaction
    owall, omb, p = run([*KEHOACH, "--store", str(sdir), "--quiet", "optimize"])
    if p.returncode != 0:
        raise SystemExit(f"optimize failed ({p.returncode}):\n{p.stderr}")
    fig.update({"optimize": owall, "optimize_rss": omb, "mb_optimized": _size(sdir)})
    mark.write_text(json.dumps({"key": key, "ingest": fig}))
    return cdir, sdir, manifest, fig


def speed() -> float:
    """Seconds for a loop of 10 million Python steps, the best of three: a shared machine's speed
    varies by the hour (the one of the README's figures: up to twice its best time), and every
    figure below with it."""
    best = float("inf")
    for _ in range(3):
        t, n = time.perf_counter(), 0
        for i in range(10_000_000):
            n += i
        best = min(best, time.perf_counter() - t)
    return best


def _code_digest() -> str:
    """What decides a store's content: the readers, the pipeline, the store, the reference data."""
    h = hashlib.sha256()
    for p in sorted([*(ROOT / "ingest").glob("*.py"), ROOT / "kehoach" / "pipeline.py", ROOT / "kehoach" / "derived.py",
                     *(ROOT / "kehoach" / "store").glob("*.py"), *(ROOT / "ontology").glob("*.ttl")]):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _size(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def query_params(manifest: dict[str, Any], n: int) -> dict[str, list[str]]:
    """Parameters for the queries that need some: a plan at the bottom of a deep chain, a province
    pair, an agency and words every corpus has."""
    docs = manifest["documents"][:n]
    deep = max((d for d in docs if d.get("number")), key=lambda d: (d.get("depth") or 0, d["file"]))
    provinces = sorted({d["province"] for d in docs if d.get("province")})
    return {
        "ancestors": ["plan=" + deep["number"]],
        "citations": ["plan=" + deep["number"]],
        "compare-plans": ["left=" + provinces[0], "right=" + provinces[-1]],
        "plans-in-force": ["year=2026"],
        "search-tasks": ["q=an sinh xã hội"],
        "tasks-by-agency": ["agency=Sở Nội vụ"],
        "cited-by": ["document=" + deep["root"]] if deep.get("root") else [],
        "descendants": ["document=" + deep["root"]] if deep.get("root") else [],
    }


def queries(store: str, manifest: dict[str, Any], n: int, repeat: int) -> list[dict[str, Any]]:
    from kehoach.queries import saved_queries
    params = query_params(manifest, n)
    out = []
    for name, q in saved_queries().items():
        args = [f"--param={p}" for p in params.get(name, []) if p.split("=", 1)[0] in {x.name for x in q.parameters}]
        cmd = [*KEHOACH, "--store", store, "query", name, *args, "--format", "csv"]
        out.append(_timed(name, cmd, repeat))
    # counted (as after a write), then read back as kept until the next write
    out.append(_timed("(kehoach stats --recount)", [*KEHOACH, "--store", store, "stats", "--recount"], repeat))
    out.append(_timed("(kehoach stats)", [*KEHOACH, "--store", store, "stats"], repeat))
    return out


def _timed(name: str, cmd: list[str], repeat: int, ok: tuple[int, ...] = (0,)) -> dict[str, Any]:
    """`ok`: exit codes that are answers (an audit with findings exits with 1)."""
    walls, mbs, rows, err = [], [], 0, ""
    for _ in range(repeat):
        wall, mb, p = run(cmd)
        walls.append(wall)
        mbs.append(mb)
        if p.returncode not in ok:
            err = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else f"exit {p.returncode}"
            break
        rows = max(0, p.stdout - 1)          # CSV records read by the probe, header included
    return {"name": name, "median": statistics.median(walls), "rss": max(mbs), "rows": rows, "error": err}


def _serve(exe: str, location: str) -> tuple[subprocess.Popen[bytes], str]:
    """`oxigraph serve` on a free port of this machine, once it accepts connections."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([exe, "serve", "--location", location, "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, f"http://127.0.0.1:{port}"


def _stop(server: subprocess.Popen[bytes]) -> float | None:
    """Stop a server; its peak memory (MB; None where /proc does not tell)."""
    peak = bench_audit.proc_peak_mb(server.pid)
    server.terminate()
    server.wait(30)
    return peak


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    """An environment variable set for the processes started in the block."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def remote(n: int, seed: int, work: Path, repeat: int) -> dict[str, Any]:
    """The corpus through `--store http://...` against `oxigraph serve`: ingested, audited right
    away (the server still compacting what it was sent), then its store compacted as the README
    advises after a large ingest (the server stopped, `oxigraph optimize`, started again; the
    embedded store is compacted by `kehoach optimize` the same way) and audited and queried."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    cdir, manifest = corpus_dir(n, seed, work)
    ldir = loaded_dir(cdir, manifest, n, work)
    audit = ["audit", "--full", "--format", "json"]
    with tempfile.TemporaryDirectory(prefix="kehoach-oxigraph-") as tmp:
        server, url = _serve(exe, tmp)
        try:
            wall, mb, p = run([*KEHOACH, "--store", url, "--quiet", "ingest", str(ldir)])
            if p.returncode != 0:
                raise SystemExit(f"remote ingest failed:\n{p.stderr}")
            fig: dict[str, Any] = {"ingest": {"wall": wall, "rate": n / wall, "rss": mb, "mb": _size(Path(tmp))}}
            fig["audit_fresh"] = _timed("(kehoach audit --full)", [*KEHOACH, "--store", url, *audit], 1, ok=(0, 1))
            peaks = [_stop(server)]
            owall, _, p = run([exe, "optimize", "--location", tmp])
            if p.returncode != 0:
                raise SystemExit(f"oxigraph optimize failed ({p.returncode}):\n{p.stderr}")
            fig["optimize"] = {"wall": owall, "mb": _size(Path(tmp))}
            server, url = _serve(exe, tmp)
            fig["audit"] = _timed("(kehoach audit --full)", [*KEHOACH, "--store", url, *audit], 1, ok=(0, 1))
            fig["queries"] = queries(url, manifest, n, repeat)
            # the audit cache of a remote store (on this machine: a folder of the bench's own), made
            # by a full audit, then a plan ingested, replaced and removed, audited after each
            with _env("KEHOACH_CACHE_DIR", str(work / "cache")):
                fig["inc"] = bench_audit.child("incremental", url, str(cdir), str(n), str(repeat))
            peaks.append(_stop(server))
            fig["server_rss"] = max((mb for mb in peaks if mb is not None), default=None)
        finally:
            if server.poll() is None:
                server.terminate()
                server.wait(30)
    return fig


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plans", type=int, action="append", help="plans (repeatable; default 1000)")
    ap.add_argument("--naive", type=int, action="append", default=[], help="the naive peer at this many plans")
    ap.add_argument("--remote", type=int, action="append", default=[], help="through oxigraph serve at this many plans")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query (the median is shown)")
    ap.add_argument("--no-audit", action="store_true", help="skip the audit measurements")
    ap.add_argument("--build-only", action="store_true", help="only generate the corpora and ingest them")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kehoach-bench-scale")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    # the commands start as those of an installed kehoach do, from compiled bytecode (pip compiles
    # a package it installs; an editable install under PYTHONDONTWRITEBYTECODE, as on some CI
    # machines, would otherwise compile every module at every start: ~30 ms a command)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kehoach"), str(ROOT / "ingest")],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; a loop of 10 million Python steps "
          f"{speed():.2f} s (the machine's speed now: compare runs by it); kehoach at {ROOT}", flush=True)
    audits: dict[int, float] = {}
    for n in args.plans or ([] if args.naive or args.remote else [1000]):
        cdir, sdir, manifest, ing = ingest(n, args.seed, args.work)
        print(f"\n{n:,} plans: ingest {ing['wall']:.0f} s ({ing['rate']:.1f} plans/s), peak {ing['rss']:,.0f} MB, "
              f"store {ing['mb']:,.0f} MB", flush=True)
        if "optimize" in ing:
            print(f"  kehoach optimize: {ing['optimize']:.0f} s, peak {ing['optimize_rss']:,.0f} MB, "
                  f"store {ing['mb']:,.0f} -> {ing['mb_optimized']:,.0f} MB", flush=True)
        if args.build_only:
            continue
        # the saved queries are timed on the compacted store, before the incremental audit writes
        # to it (ingests, replaces and removes a plan: RocksDB then reads through files not yet
        # compacted, measured 30% slower on a scan of every task)
        timed = queries(str(sdir), manifest, n, args.repeat)
        if not args.no_audit:
            full = bench_audit.child("full", str(sdir), "nocache")
            cached = bench_audit.child("full", str(sdir), "cache")
            inc = bench_audit.child("incremental", str(sdir), str(cdir), str(n), str(args.repeat))
            loaded = {d["file"] for d in manifest["documents"][:n]}
            missing, extra = bench_audit.manifest_match(manifest, full["findings"], loaded)
            seeded = sum(1 for a in manifest["anomalies"] if a["file"] in loaded)
            bench_audit.report({"plans": n, "triples": full["triples"], "full": full, "cached": cached, "inc": inc,
                                "missing": missing, "extra": extra, "seeded": seeded, "store_mb": ing["mb"]})
            audits[n] = full["wall"]
            # compacted again, as it was (the next run's queries find it as this one did)
            subprocess.run([*KEHOACH, "--store", str(sdir), "--quiet", "optimize"], check=True, capture_output=True)
        print(f"  {'saved query (CLI, median of ' + str(args.repeat) + ')':34} {'s':>8} {'rows':>6} {'peak MB':>8}")
        for r in timed:
            flag = "" if r["median"] < (1 if n <= 1000 else 5) else "  over target"
            print(f"  {r['name']:34} {r['median']:8.2f} {r['rows']:6} {r['rss']:8.0f}{flag}"
                  f"{'  ERROR ' + r['error'] if r['error'] else ''}", flush=True)
    for n in args.naive:
        _, sdir, _, _ = ingest(n, args.seed, args.work)
        full_wall = audits.get(n) or bench_audit.child("full", str(sdir), "nocache")["wall"]
        nv = bench_audit.child("naive", str(sdir))
        print(f"\nnaive peer at {n:,} plans (rdflib load + pySHACL core shapes): {nv['wall']:.1f} s, "
              f"{nv['rss']:,.0f} MB peak; kehoach's full audit {full_wall:.2f} s: x{nv['wall'] / full_wall:.0f}",
              flush=True)
    for n in args.remote:
        fig = remote(n, args.seed, args.work, args.repeat)
        ing = fig["ingest"]
        print(f"\n{n:,} plans through oxigraph serve: ingest {ing['wall']:.0f} s ({ing['rate']:.1f} plans/s), "
              f"server store {ing['mb']:,.0f} MB"
              + (f", server peak {fig['server_rss']:,.0f} MB" if fig.get("server_rss") else "")
              + f"; full audit right after the ingest {fig['audit_fresh']['median']:.1f} s"
              f"{'  ERROR ' + fig['audit_fresh']['error'] if fig['audit_fresh']['error'] else ''}"
              f"\n  server stopped, `oxigraph optimize` {fig['optimize']['wall']:.0f} s, store "
              f"{fig['optimize']['mb']:,.0f} MB, started again: full audit {fig['audit']['median']:.1f} s"
              f"{'  ERROR ' + fig['audit']['error'] if fig['audit']['error'] else ''}")
        for r in fig["queries"]:
            print(f"  {r['name']:34} {r['median']:8.2f} {r['rows']:6} {r['rss']:8.0f}"
                  f"{'  ERROR ' + r['error'] if r['error'] else ''}", flush=True)
        bench_audit.report_incremental(fig["inc"])


if __name__ == "__main__":
    main()

"""Audit benchmark on the realistic synthetic corpus (bench/corpus.py). A script that prints
figures, not a test.

    .venv/bin/python bench/bench_audit.py --plans 1000 --plans 10000 --naive 1000

For each size N: a corpus of N + 2 plans is generated and N of them bulk-loaded into a store laid
out as `kehoach ingest` lays it out (built once, kept under --work and reused); then, each in its
own process so that its peak memory is its own:

- full audit: every shape over the whole store, no cache (best of --repeat runs after one run that
  settles the freshly loaded store), and whether its findings are exactly the anomalies the
  generator seeded (manifest.json);
- full audit that writes the cache (what the first `kehoach audit` of a store does);
- incremental audits: after ingesting one new plan, after replacing a plan by a changed version,
  after removing a plan (each ingest/replace/remove through the pipeline, as the CLI does it; the
  audit alone is timed, and the result is compared with a full audit). The store is put back as
  it was afterwards; the sequence runs --repeat times, and each step's median and range are shown.

--naive N: the naive peer on N plans: rdflib parses the store's union graph (N-Triples) and
pySHACL validates the core shapes (inference off), as a ratio to kehoach's full audit.

Wall-clock seconds are what a user waits; CPU seconds are the process's own, less sensitive to
other load on the machine (the load average is printed)."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HELD_OUT = 2        # plans generated but not loaded: one is ingested during the bench


def corpus_dir(n: int, seed: int, work: Path) -> tuple[Path, dict[str, Any]]:
    """The corpus of N + HELD_OUT plans under `work` and its manifest, generated again when missing
    or when the generator changed."""
    import corpus
    cdir = work / f"corpus-{n}-s{seed}"
    generator = hashlib.sha256((ROOT / "bench" / "corpus.py").read_bytes()).hexdigest()[:16]
    manifest_file = cdir / "manifest.json"
    manifest = json.loads(manifest_file.read_text(encoding="utf-8")) if manifest_file.exists() else {}
    if manifest.get("generator_digest") != generator:
        shutil.rmtree(cdir, ignore_errors=True)
        corpus.generate(n + HELD_OUT, cdir, seed=seed)
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        manifest["generator_digest"] = generator
        manifest_file.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return cdir, manifest


def link_plans(cdir: Path, manifest: dict[str, Any], n: int, dest: Path) -> Path:
    """A directory holding (hard links to) the first N plans of the corpus: the ones loaded."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for d in manifest["documents"][:n]:
        os.link(cdir / d["file"], dest / d["file"])
    return dest


def corpus_and_store(n: int, seed: int, work: Path, workers: int) -> tuple[Path, Path, dict[str, Any]]:
    import corpus
    cdir, manifest = corpus_dir(n, seed, work)
    sdir = work / f"store-{n}-s{seed}"
    mark = sdir / "bench-built.json"
    from kehoach import __version__
    key = {"plans": n, "seed": seed, "version": __version__, "files": len(manifest["documents"]),
           "generator": manifest["generator_digest"]}
    if not (mark.exists() and json.loads(mark.read_text()) == key):
        shutil.rmtree(sdir, ignore_errors=True)
        loaded = link_plans(cdir, manifest, n, work / f"loaded-{n}-s{seed}")
        t = time.perf_counter()
        took = corpus.build_store(loaded, sdir, workers,
                                  progress=lambda k, total: print(f"\r  building store: {k}/{total}", end="",
                                                                  file=sys.stderr, flush=True))
        print(f"\r  store of {n} plans built in {time.perf_counter() - t:.0f} s "
              f"(bulk loads {took['bulk_load']:.0f} s)", file=sys.stderr, flush=True)
        shutil.rmtree(loaded, ignore_errors=True)
        mark.write_text(json.dumps(key))
    return cdir, sdir, manifest


def proc_peak_mb(pid: int | str = "self") -> float | None:
    """A process's peak resident memory (Linux: VmHWM), None where /proc cannot tell."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image (getrusage's figure
    can carry over the parent's peak into a child started after the parent grew)."""
    mb = proc_peak_mb()
    return mb if mb is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the measurements, each in its own process ------------------------------------------------------
def measure_full(store_dir: str, cache: bool) -> dict[str, Any]:
    from kehoach.audit import Auditor
    from kehoach.audit.cache import FILE
    from kehoach.store import EmbeddedStore
    s = EmbeddedStore(store_dir)
    if cache:
        (Path(store_dir) / FILE).unlink(missing_ok=True)
    t, c = time.perf_counter(), time.process_time()
    findings = Auditor(s).run(incremental=cache)
    out = {"wall": time.perf_counter() - t, "cpu": time.process_time() - c, "rss": peak_mb(),
           "triples": s.count(), "findings": [f.as_json() for f in findings]}
    s.close()
    return out


def measure_incremental(store_dir: str, corpus_dir: str, n: int, runs: int = 1) -> dict[str, Any]:
    """Ingest a new plan, replace one, remove one; the incremental audit after each, compared with
    a full audit; the store put back as it was. `runs` times over: each step's details are those of
    the first run (the first audit after the cache was written by a full one), with every run's
    wall-clock time in "walls" (one run moves by several milliseconds with the machine's load).
    `store_dir`: a store directory, or the URL of a SPARQL server (its audit cache then in
    KEHOACH_CACHE_DIR)."""
    from dataclasses import asdict

    from kehoach.audit import Auditor, Shapes
    from kehoach.manage import remove
    from kehoach.pipeline import ingest_files
    from kehoach.store import open_store
    manifest = json.loads((Path(corpus_dir) / "manifest.json").read_text(encoding="utf-8"))
    docs = manifest["documents"]
    s = open_store(store_dir)
    shapes = Shapes()
    Auditor(s, shapes).run(incremental=True)            # the cache as of the store now
    out: dict[str, Any] = {}

    def audit(step: str) -> None:
        a = Auditor(s, shapes)
        t, c = time.perf_counter(), time.process_time()
        got = a.run(incremental=True)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        full = Auditor(s, shapes).run()
        same = [asdict(f) for f in got] == [asdict(f) for f in full]
        if step in out:
            out[step]["walls"].append(wall)
            out[step]["same"] = out[step]["same"] and same
            return
        out[step] = {"wall": wall, "cpu": cpu, "mode": a.last.mode, "reason": a.last.reason,
                     "rechecked": a.last.rechecked, "timings": a.last.timings, "same": same, "walls": [wall]}

    new = Path(corpus_dir) / docs[n]["file"]                 # held out of the bulk load
    victim = next(d for d in docs[:n] if d["number"] and d["date"] and d["layout"] == "table")
    path = Path(corpus_dir) / victim["file"]
    text = path.read_text(encoding="utf-8")
    changed = re.sub(r"giai đoạn (\d{4}) - (\d{4})", lambda m: f"giai đoạn {m.group(1)} - {int(m.group(2)) + 9}",
                     text, count=1)
    for _ in range(runs):
        ingest_files(s, [new], workers=1)
        audit("ingest one plan")
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / victim["file"]).write_text(changed, encoding="utf-8")
            ingest_files(s, [Path(tmp) / victim["file"]], workers=1)
        audit("replace one plan")
        remove(s, victim["file"])
        audit("remove one plan")
        # back as it was
        ingest_files(s, [path], workers=1)
        remove(s, new.name)
        Auditor(s, shapes).run(incremental=True)
    out["rss"] = peak_mb()
    s.close()
    return out


def measure_naive(store_dir: str) -> dict[str, Any]:
    import pyoxigraph as ox
    import pyshacl
    import rdflib

    from kehoach.audit import Shapes
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "union.nt"
        raw = ox.Store.read_only(store_dir)
        raw.dump(str(nt), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())     # the union
        del raw
        t, c = time.perf_counter(), time.process_time()
        g = rdflib.Graph()
        g.parse(str(nt), format="nt")
        loaded = time.perf_counter() - t
    conforms, report, _ = pyshacl.validate(g, shacl_graph=Shapes().core, inference="none", allow_warnings=True,
                                           allow_infos=True)
    results = len(list(report.subjects(rdflib.RDF.type, rdflib.SH.ValidationResult)))
    return {"wall": time.perf_counter() - t, "cpu": time.process_time() - c, "load": loaded, "rss": peak_mb(),
            "results": results}


def child(kind: str, *args: str) -> dict[str, Any]:
    p = subprocess.run([sys.executable, __file__, "--child", kind, *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{p.stderr[-3000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def manifest_match(manifest: dict[str, Any], findings: list[dict[str, Any]], files: set[str]) -> tuple[int, int]:
    """(seeded anomalies not reported, findings not seeded) among the loaded files."""
    left = [(f["source"], f["check"], f["focus"]) for f in findings]
    missing = 0
    for a in manifest["anomalies"]:
        if a["file"] not in files:
            continue
        for i, (src, check, focus) in enumerate(left):
            if src == a["file"] and check == a["check"] and (a["focus"] is None or focus == a["focus"]):
                del left[i]
                break
        else:
            missing += 1
    return missing, len(left)


def main() -> None:
    ap = argparse.ArgumentParser(description="Audit benchmark on the synthetic corpus.")
    ap.add_argument("--plans", type=int, action="append", help="plans (repeatable; default 1000)")
    ap.add_argument("--naive", type=int, action="append", default=[],
                    help="also run the naive peer (rdflib + pySHACL) on this many plans")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2, help="full audits to take the best of")
    ap.add_argument("--workers", type=int, default=2, help="processes reading documents to build a store")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kehoach-bench",
                    help="where corpora and stores are kept between runs")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "full":
            r = measure_full(rest[0], cache=rest[1] == "cache")
        elif kind == "incremental":
            r = measure_incremental(rest[0], rest[1], int(rest[2]), int(rest[3]) if len(rest) > 3 else 1)
        else:
            r = measure_naive(rest[0])
        print(json.dumps(r, ensure_ascii=False))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    rows = []
    for n in args.plans or [1000]:
        cdir, sdir, manifest = corpus_and_store(n, args.seed, args.work, args.workers)
        loaded = {d["file"] for d in manifest["documents"][:n]}
        child("full", str(sdir), "nocache")                   # settle a freshly loaded store
        runs = [child("full", str(sdir), "nocache") for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["wall"])
        missing, extra = manifest_match(manifest, best["findings"], loaded)
        cached = child("full", str(sdir), "cache")
        inc = child("incremental", str(sdir), str(cdir), str(n), str(args.repeat))
        seeded = sum(1 for a in manifest["anomalies"] if a["file"] in loaded)
        row = {"plans": n, "triples": best["triples"], "full": best, "cached": cached, "inc": inc,
               "missing": missing, "extra": extra, "seeded": seeded,
               "store_mb": sum(f.stat().st_size for f in sdir.iterdir() if f.is_file()) / 2**20}
        if n in args.naive:
            row["naive"] = child("naive", str(sdir))
        rows.append(row)
        report(row)
    for n in args.naive:
        if n not in [r["plans"] for r in rows]:
            _, sdir, _ = corpus_and_store(n, args.seed, args.work, args.workers)
            full = child("full", str(sdir), "nocache")
            naive = child("naive", str(sdir))
            ratio = naive["wall"] / full["wall"]
            print(f"\nnaive peer, {n} plans: {naive['wall']:.1f} s (rdflib load {naive['load']:.1f} s), "
                  f"{naive['rss']:.0f} MB; kehoach full audit {full['wall']:.2f} s: x{ratio:.0f}")


def report(r: dict[str, Any]) -> None:
    f, c = r["full"], r["cached"]
    print(f"\n{r['plans']} plans, {r['triples']:,} triples, store {r['store_mb']:,.0f} MB")
    print(f"  {'full audit':34} {f['wall']:8.2f} s wall {f['cpu']:8.2f} s CPU  {f['rss']:6.0f} MB peak  "
          f"{len(f['findings'])} findings; seeded {r['seeded']}: {r['missing']} not reported, {r['extra']} not seeded")
    print(f"  {'full audit + writing the cache':34} {c['wall']:8.2f} s wall {c['cpu']:8.2f} s CPU  "
          f"{c['rss']:6.0f} MB peak")
    report_incremental(r["inc"])
    if "naive" in r:
        nv = r["naive"]
        print(f"  {'naive peer (rdflib + pySHACL core)':34} {nv['wall']:8.1f} s wall {nv['cpu']:8.1f} s CPU  "
              f"{nv['rss']:6.0f} MB peak  (load {nv['load']:.1f} s, {nv['results']} results): "
              f"x{nv['wall'] / f['wall']:.0f} the full audit")
    sys.stdout.flush()


def report_incremental(inc: dict[str, Any]) -> None:
    """The incremental audits of measure_incremental, a line each (and the spread of the runs)."""
    for step, m in inc.items():
        if step == "rss":
            continue
        parts = ", ".join(f"{k} {v * 1000:.0f}" for k, v in m["timings"].items())
        print(f"  {'incremental: ' + step:34} {m['wall'] * 1000:8.0f} ms wall {m['cpu'] * 1000:6.0f} ms CPU  "
              f"{m['mode']}{' (' + m['reason'] + ')' if m['reason'] else ''}, {m['rechecked']} re-checked, "
              f"{'= full audit' if m['same'] else 'DIFFERS from a full audit'}  [{parts} ms]")
        walls = sorted(w * 1000 for w in m.get("walls", []))
        if len(walls) > 1:
            print(f"  {'':34} {len(walls)} runs: median {statistics.median(walls):.0f} ms, "
                  f"{walls[0]:.0f}-{walls[-1]:.0f} ms, {sum(w >= 50 for w in walls)} at 50 ms or more")


if __name__ == "__main__":
    main()

"""Benchmark every saved query against a store built from the seed documents.

    .venv/bin/python bench/bench_queries.py [-n 20] [--store DIR] [--seeds DIR] [--query NAME ...]

Builds a fresh store from ../shared/seeds (unless --store names an existing one), runs each
saved query N times with its default parameters (or the example parameters below) and prints
median, p95 and minimum wall time in milliseconds per query, measured in-process (binding,
query, reading every row; no CLI start-up; the minimum shows the cost on an idle machine when
other processes compete for the CPU). Exit code 1 when a median exceeds --budget (200 ms).
It is a script, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kehoach.pipeline import expand, ingest_files  # noqa: E402
from kehoach.queries import saved_queries  # noqa: E402
from kehoach.store import EmbeddedStore  # noqa: E402

# Parameters for queries whose required parameters have no default.
EXAMPLES: dict[str, dict[str, str]] = {
    "ancestors": {"plan": "phường Hải Dương"},
    "citations": {"plan": "12127/KH-UBND"},
    "compare-plans": {"left": "Đồng Tháp", "right": "Gia Lai"},
    "plans-in-force": {"year": "2026"},
    "search-tasks": {"q": "an sinh xã hội"},
    "tasks-by-agency": {"agency": "Sở Nội vụ"},
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20, help="runs per query (default 20)")
    ap.add_argument("--store", help="use this existing store instead of building one from the seeds")
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--query", action="append", help="only this query (repeatable)")
    ap.add_argument("--budget", type=float, default=200.0, help="median budget in ms (default 200)")
    args = ap.parse_args()

    tmp = None
    if args.store:
        store = EmbeddedStore(args.store)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="kehoach-bench-")
        store = EmbeddedStore(tmp.name)
        paths = [p for p in expand([args.seeds]) if p.suffix == ".txt"]
        t0 = time.perf_counter()
        ingest_files(store, paths, lambda o: None)
        print(f"built store from {len(paths)} seed files in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    queries = saved_queries()
    names = args.query or list(queries)
    over = []
    print(f"{'query':<22} {'rows':>5} {'median ms':>10} {'p95 ms':>8} {'min ms':>8}")
    for name in names:
        q = queries[name]
        subs = q.bind(EXAMPLES.get(name, {}))
        times, rows = [], 0
        store.select(q.text, subs, prefixes=False)          # warm-up
        for _ in range(args.n):
            t0 = time.perf_counter()
            rows = len(store.select(q.text, subs, prefixes=False).rows)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        med = statistics.median(times)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{name:<22} {rows:>5} {med:>10.1f} {p95:>8.1f} {times[0]:>8.1f}")
        if med > args.budget:
            over.append(name)
    if over:
        print(f"over the {args.budget:.0f} ms budget: {', '.join(over)}", file=sys.stderr)
    if tmp:
        tmp.cleanup()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

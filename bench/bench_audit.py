"""Audit benchmark: N synthetic plans, audit time and memory. A script, not a test.

    .venv/bin/python bench/bench_audit.py --n 100 --n 1000

Synthetic plans are clones of the seed documents' graphs (plan, tasks, citations, agencies)
with their own IRIs, file names and graphs, so the store looks like N real ingested plans.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kehoach.audit import Auditor  # noqa: E402
from kehoach.pipeline import ingest_files  # noqa: E402
from kehoach.store import UNION_GRAPH, EmbeddedStore  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def seed_graphs() -> list[tuple[str, str]]:
    """(graph IRI, N-Quads text) of each seed document graph."""
    with tempfile.TemporaryDirectory() as d:
        s = EmbeddedStore(d)
        ingest_files(s, sorted(p for p in SEEDS.glob("*.txt") if p.name != "README.md"))
        out = []
        for g in s.named_graphs():
            if "/graph/doc/" in g:
                out.append((g, ox.serialize(s.quads(g), format=ox.RdfFormat.N_QUADS).decode()))
        ref = ox.serialize((q for g in s.named_graphs() if "/graph/doc/" not in g for q in s.quads(g)),
                           format=ox.RdfFormat.N_QUADS).decode()
        ref += re.sub(r"<[^>]+> \.\n", f"<{UNION_GRAPH}> .\n", ref)
        del s
    return out, ref


def synthesize(n: int, graphs, ref: str) -> str:
    parts = [ref]
    for i in range(n):
        g, nq = graphs[i % len(graphs)]
        doc = re.search(r"<(https://w3id.org/kehoach/eli/[^>]+)> <https://w3id.org/kehoach/ontology#describes>|"
                        r"<https://w3id.org/kehoach/ontology#describes> <([^>]+)>", nq)
        doc_iri = next(x for x in doc.groups() if x)
        text = nq.replace(doc_iri, f"{doc_iri}-syn{i}").replace(g, f"{g}-syn{i}")
        text = re.sub(r"(https://w3id.org/kehoach/source/sha256/)([0-9a-f]+)", rf"\g<1>\g<2>{i}", text)
        text = re.sub(r'"(\d\d\d_[0-9a-f]+\.txt)"', rf'"syn{i:05d}_\1"', text)
        parts.append(text)
        # the store's union graph (a set): the same triples once more, under the union graph
        parts.append(re.sub(r"<[^>]+> \.\n", f"<{UNION_GRAPH}> .\n", text))
    return "".join(parts)


def build(n: int, folder: str) -> float:
    graphs, ref = seed_graphs()
    t0 = time.perf_counter()
    raw = ox.Store(folder)
    raw.bulk_load(synthesize(n, graphs, ref).encode(), format=ox.RdfFormat.N_QUADS)
    raw.optimize()
    return time.perf_counter() - t0


def audit(folder: str, workers: int | None) -> None:
    """Runs in its own process, so that its peak memory is the audit's own."""
    store = EmbeddedStore(folder)
    triples = store.count(UNION_GRAPH)
    t = time.perf_counter()
    findings = Auditor(store, workers=workers).run()
    took = time.perf_counter() - t
    # peak resident memory of this process and of the largest pySHACL worker (forked workers
    # also count pages they share with this process, so the two must not be added up)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{triples} {took:.1f} {len(findings)} {own:.0f} {worker:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, action="append", help="number of plans (repeatable)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--audit-only", metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.audit_only:
        audit(args.audit_only, args.workers)
        return
    import subprocess
    print(f"{'plans':>6} {'triples':>9} {'build s':>8} {'audit s':>8} {'findings':>9} "
          f"{'audit RSS MB':>13} {'worker RSS MB':>14}", flush=True)
    for n in args.n or [100, 1000]:
        with tempfile.TemporaryDirectory() as d:
            built = build(n, d)
            cmd = [sys.executable, __file__, "--audit-only", d]
            cmd += ["--workers", str(args.workers)] if args.workers else []
            # the first process to open a freshly bulk-loaded store also runs RocksDB's pending
            # compactions: audit once to settle the store, report the second run
            subprocess.run(cmd, capture_output=True, text=True, check=True)
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
            triples, took, findings, own, worker = out
            print(f"{n:>6} {triples:>9} {built:>8.1f} {took:>8} {findings:>9} {own:>13} {worker:>14}", flush=True)


if __name__ == "__main__":
    main()

"""Write what parse_file produces for every seed, layout and the first N corpus files, one file per
input (graph, document, counts, then the N-Triples text), to compare readers before/after a change.

    python bench/ingest_identity.py OUTDIR [N] [--ntriples]

--ntriples: also check that parse_file's text (ingest.rdf.build_ntriples, no pyoxigraph Triples) holds
exactly the lines of build_document's Triples plus their statistics (ingest/statistics.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

from corpus import bench_corpus_files

from ingest.agencies import Gazetteer
from ingest.rdf import build_document
from ingest.reader import read_document
from ingest.statistics import statistics_triples
from kehoach import __version__
from kehoach.pipeline import Outcome, parse_file

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def inputs(n: int) -> list[Path]:
    seeds = sorted(p for p in (SHARED / "seeds").iterdir() if p.suffix == ".txt")
    layouts = sorted((SHARED / "layouts").glob("*.txt"))
    corpus = bench_corpus_files()[:n]
    return seeds + layouts + corpus


def main() -> None:
    out = Path(sys.argv[1])
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[1]) if len(args) > 1 else 200
    out.mkdir(parents=True, exist_ok=True)
    gaz = Gazetteer.load()
    for p in inputs(n):
        r = parse_file(p, gaz)
        name = f"{p.parent.name}__{p.name}.nt"
        if isinstance(r, Outcome):
            text = f"# FAILED {r.message}\n"
        else:
            text = f"# {r.graph} {r.document} {r.count} {r.tasks} {r.sha256} {r.name}\n{r.ntriples}"
            if "--ntriples" in sys.argv:     # the same lines as the path through pyoxigraph Triples
                graph, doc, triples = build_document(read_document(p, gaz), gaz, __version__)
                triples += statistics_triples(graph, triples, gaz.kind_labels)
                lines = {f"{t.subject} {t.predicate} {t.object} ." for t in triples}
                assert (graph, doc, len(lines)) == (r.graph, r.document, r.count), p
                assert set(r.ntriples.splitlines()) == lines, p
        (out / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

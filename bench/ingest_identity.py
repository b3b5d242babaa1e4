"""Write what parse_file produces for every seed, layout and the first N corpus files, one file per
input (graph, document, counts, then the N-Triples text), to compare readers before/after a change.

    python bench/ingest_identity.py OUTDIR [N] [--ntriples]

--ntriples: also check that ingest.rdf.build_ntriples gives parse_file's text.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ingest.agencies import Gazetteer
from ingest.rdf import build_ntriples
from ingest.reader import read_document
from kehoach import __version__
from kehoach.pipeline import Outcome, parse_file

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = Path("/tmp/kbs/corpus-1000-s1")


def inputs(n: int) -> list[Path]:
    seeds = sorted(p for p in (SHARED / "seeds").iterdir() if p.suffix == ".txt")
    layouts = sorted((SHARED / "layouts").glob("*.txt"))
    corpus = sorted(p for p in CORPUS.iterdir() if p.name != "manifest.json")[:n]
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
            if "--ntriples" in sys.argv:     # build_ntriples gives the same text as parse_file
                got = build_ntriples(read_document(p, gaz), gaz, __version__)
                assert got == (r.graph, r.document, r.ntriples, r.count), p
        (out / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

"""CPU time of parse_file (what the pool's workers run) per plan, in this process.

    python bench/bench_parse.py [N] [--profile] [--repeat R]

Takes N corpus files spread over the layouts (every 10th file, so each layout is in), reads each
once to warm caches (gazetteer, memoised names), then times each file R times with
time.process_time and reports the median per plan of the per-file medians, and the total.
--profile: cProfile over one pass, cumulative and own time of the top functions.
"""
from __future__ import annotations

import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

from corpus import bench_corpus_files

from ingest.agencies import Gazetteer
from kehoach.pipeline import parse_file


def sample(n: int) -> list[Path]:
    files = bench_corpus_files()
    step = max(1, len(files) // n)
    return files[::step][:n]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 100
    repeat = 5
    if "--repeat" in sys.argv:
        repeat = int(sys.argv[sys.argv.index("--repeat") + 1])
        args = args[:1]
    files = sample(n)
    gaz = Gazetteer.load()
    for p in files:
        parse_file(p, gaz)
    if "--profile" in sys.argv:
        prof = cProfile.Profile()
        prof.enable()
        for p in files:
            parse_file(p, gaz)
        prof.disable()
        st = pstats.Stats(prof)
        st.sort_stats("cumulative").print_stats(45)
        st.sort_stats("tottime").print_stats(45)
        return
    per_file: list[float] = []
    for p in files:
        ts = []
        for _ in range(repeat):
            t0 = time.process_time()
            parse_file(p, gaz)
            ts.append(time.process_time() - t0)
        per_file.append(statistics.median(ts))
    print(f"{len(files)} files, CPU per plan: median {1000 * statistics.median(per_file):.2f} ms, "
          f"mean {1000 * statistics.mean(per_file):.2f} ms, sum {sum(per_file):.3f} s")


if __name__ == "__main__":
    main()

"""Ingest: files -> documents -> RDF -> store, one file at a time, each atomically."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ingest.agencies import Gazetteer
from ingest.rdf import build_ntriples
from ingest.reader import read_document
from ingest.statistics import statistics
from kehoach import __version__
from kehoach.allocator import bulk_writes
from kehoach.errors import IngestError

from .store import NewGraph, Store, log_entry


@dataclass
class Outcome:
    path: str
    ok: bool
    message: str
    graph: str | None = None
    document: str | None = None
    tasks: int = 0
    triples: int = 0
    note: str | None = None        # the same document came from another file: said, never silent


# Larger inputs are refused before reading (a plan of 500 pages is about 2 MB of text): parsing is
# linear, but memory grows with the text, so a bound keeps every run within a known size.
MAX_TEXT_BYTES = 8 * 1024 * 1024            # .txt, .md, .tsv (measured: 4 MB in 17 s, 350 MB)
MAX_PACKAGE_BYTES = 64 * 1024 * 1024        # .docx, .pdf (compressed; their text is bounded again when read)


def check_input(path: Path) -> str | None:
    """Why a path cannot be ingested before even opening it (not a regular file, too large), or None."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "no such file"
    except OSError as e:
        return f"cannot read file ({e.strerror or e})"
    import stat as st_mod
    if st_mod.S_ISDIR(st.st_mode):
        return "is a directory, not a file"
    if not st_mod.S_ISREG(st.st_mode):
        return "not a regular file (a FIFO, socket or device): not read"
    limit = MAX_PACKAGE_BYTES if path.suffix.lower() in (".docx", ".pdf") else MAX_TEXT_BYTES
    if st.st_size > limit:
        return (f"{st.st_size / 2**20:.0f} MB is more than kehoach reads in one file ({limit // 2**20} MB); "
                "split the document")
    return None


@dataclass
class Parsed:
    """A file read and built, ready to be stored. It crosses process boundaries, so the triples
    travel as N-Triples, UTF-8 (pickling pyoxigraph terms cost more than reading the document;
    bytes cost the writer less than text: kehoach.store.NewGraph)."""
    path: str
    graph: str
    document: str
    utf8: bytes
    count: int
    tasks: int
    sha256: str
    name: str

    @property
    def ntriples(self) -> str:
        return self.utf8.decode()

    def triples(self) -> list[ox.Triple]:
        return self.new_graph().triples()

    def new_graph(self) -> NewGraph:
        # (ingest's builder mints an IRI for every node: no blank nodes)
        return NewGraph(self.graph, self.utf8, log_entry(self.sha256, self.name, __version__),
                        blank_nodes=False)

    def outcome(self, note: str | None = None) -> Outcome:
        return Outcome(self.path, True, f"{self.path}: {self.tasks} tasks, {self.count} triples",
                       self.graph, self.document, self.tasks, self.count, note)


def parse_file(path: str | Path, gazetteer: Gazetteer) -> Parsed | Outcome:
    """Read and build one file: a Parsed, or a failed Outcome (never an exception)."""
    problem = check_input(Path(path))
    if problem:
        return Outcome(str(path), False, str(IngestError(path, problem)))
    try:
        doc = read_document(path, gazetteer)
        # the document's triples as N-Triples text, with the counts kept with it (ingest/statistics.py)
        graph, doc_iri, text, count = build_ntriples(
            doc, gazetteer, __version__, lambda g, rows: statistics(g, rows, gazetteer.kind_labels))
    except IngestError as e:
        return Outcome(str(path), False, str(e))
    return Parsed(str(path), graph, doc_iri, text.encode(), count, len(doc.tasks), doc.source.sha256, doc.source.name)


def store_parsed(store: Store, p: Parsed, seen: dict[str, str] | None = None) -> Outcome:
    """Write one parsed document (one transaction). A document's graph is named after the document
    itself (number and issuer, or issuer and title of an unnumbered one): re-ingesting it replaces
    it, and when it comes from another file than before (or than earlier in this call) the outcome
    says so. `seen`: graph -> path of the files stored so far in this call."""
    note = None
    earlier = (seen or {}).get(p.graph)
    if earlier is not None and earlier != p.path:
        note = f"{p.path}: the same document as {earlier} (read earlier in this call): {earlier} is replaced"
    else:
        before_name, before_sha = store.logged(p.graph, "fileName"), store.logged(p.graph, "sha256")
        if before_name is not None and before_name != p.name:
            same = "an identical copy of" if before_sha == p.sha256 else "the same document as"
            note = f"{p.path}: {same} {before_name}, ingested before: it replaces that one"
    new = p.new_graph()
    store.replace_graph(new.graph, new.triples(), new.log)
    if seen is not None:
        seen[p.graph] = p.path
    return p.outcome(note)


def ingest_file(store: Store, path: str | Path, gazetteer: Gazetteer,
                seen: dict[str, str] | None = None) -> Outcome:
    """Read, build and store one file."""
    parsed = parse_file(path, gazetteer)
    return parsed if isinstance(parsed, Outcome) else store_parsed(store, parsed, seen)


# a directory of many files is parsed in worker processes (one per core, at most 4) while this
# process writes, in the order given; below this many files a pool costs more than it saves
POOL_MIN_FILES = 12
# new documents written at once (about 0.8 MB of N-Triples each). Measured on 2026-12-02, two
# workers parsing: 300 plans 8 a load 16.0-16.8 plans/s against 14.2-14.8 for 32, but 1,000 plans
# 13.3 / 13.3 against 15.4 / 13.8 (smaller loads leave RocksDB more files to compact as the store
# grows); 32 stays
BATCH = 32
_WORKER_GAZETTEER: Gazetteer | None = None


# objects allocated between two young collections of a parsing worker (Python's default: 700). With
# the default, parsing a bench plan made 6 young collections, one of the middle generation every two
# plans and a full one every 25 (each walking the caches of names and keys, which grow as plans are
# read); with 20,000, a young collection every ~37 plans and no full one in 300. Measured on
# 2026-12-07, 300 bench plans parsed in one process, six runs alternated: 24.7-27.4 -> 23.4-24.4 ms
# of CPU a plan (as fast as with the collector off), the same triples, peak memory 196 -> 199 MB.
YOUNG_THRESHOLD = 20_000


def _parsing_gazetteer() -> Gazetteer:
    """The gazetteer, loaded in a worker process that parses many files. What is loaded so far (the
    gazetteer, the unit lists, the compiled patterns: some 40,000 objects) is set apart from the
    garbage collector, which otherwise walks it again at every full collection while parsing:
    300 bench plans, 33-36 -> 30-31 ms of CPU a plan (2026-12-05), the same triples. Young
    collections are made rarer (YOUNG_THRESHOLD); the older generations keep Python's settings."""
    gaz = Gazetteer.load()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
    return gaz


def _worker_parse(path: str) -> Parsed | Outcome:
    global _WORKER_GAZETTEER
    if _WORKER_GAZETTEER is None:
        _WORKER_GAZETTEER = _parsing_gazetteer()
    return parse_file(path, _WORKER_GAZETTEER)


def ingest_files(store: Store, paths: Iterable[str | Path],
                 on_done: Callable[[Outcome], None] | None = None, workers: int | None = None) -> list[Outcome]:
    """Ingest files in order, each atomically; `on_done` sees each outcome as it is stored."""
    with bulk_writes():             # (kehoach/allocator.py: 10-15% more plans a second)
        return _ingest_files(store, paths, on_done, workers)


def _ingest_files(store: Store, paths: Iterable[str | Path],
                  on_done: Callable[[Outcome], None] | None, workers: int | None) -> list[Outcome]:
    store.ensure_reference_graphs()
    todo = [str(p) for p in paths]
    n = workers if workers is not None else min(4, os.cpu_count() or 1)
    out: list[Outcome] = []
    seen: dict[str, str] = {}
    # documents new to the store wait here to be written together (Store.add_graphs), failures
    # with them so that outcomes keep the order of the files
    batch: list[Parsed | Outcome] = []

    def emit(o: Outcome) -> None:
        out.append(o)
        if on_done:
            on_done(o)

    def write_batch() -> None:
        new = [p for p in batch if isinstance(p, Parsed)]
        if new:
            store.add_graphs([p.new_graph() for p in new])
        for p in batch:
            emit(p if isinstance(p, Outcome) else p.outcome())
        batch.clear()

    def finish(parsed: Parsed | Outcome) -> None:
        if isinstance(parsed, Outcome) or (parsed.graph not in seen and not store.has_graph(parsed.graph)):
            if isinstance(parsed, Parsed):
                seen[parsed.graph] = parsed.path
            batch.append(parsed)
            if len(batch) >= BATCH:
                write_batch()
            return
        write_batch()                        # a document stored before: replaced in its own transaction
        emit(store_parsed(store, parsed, seen))

    if n > 1 and len(todo) >= POOL_MIN_FILES:
        ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        # at most a batch and a few files ahead of the writer: parsed documents waiting to be
        # written are what memory holds, so it stays bounded however many files there are (about
        # 50 MB); a batch ahead, so that the workers go on parsing while a batch is written (two
        # files per worker left them idle during each write: 200 plans 30 -> 21 s)
        ahead = BATCH + 2 * n
        with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
            pending: deque[Future[Parsed | Outcome]] = deque()
            for path in todo:
                pending.append(pool.submit(_worker_parse, path))
                if len(pending) >= ahead:
                    finish(pending.popleft().result())
            while pending:
                finish(pending.popleft().result())
    else:
        gaz = Gazetteer.load()
        for path in todo:
            finish(parse_file(path, gaz))
    write_batch()
    if any(o.ok for o in out):
        from .derived import refresh
        refresh(store)              # dates of documents known only by citation, draft -> numbered
    # no flush here: what was written is in RocksDB's write-ahead log (a crashed process loses
    # none of it) and closing the store flushes. A flush starts RocksDB's background work
    # (writing the memtable out, compactions) at once, and an audit right after it (kehoach ingest
    # --audit) shared the two cores with it: one plan replaced in 1,000, its incremental audit
    # 51-70 ms (87-96 ms of CPU) with the flush, 43-53 ms (60-67) without (bench sequence, interleaved)
    return out


def expand(paths: Iterable[str]) -> list[Path]:
    """Files as given; directories expand to the documents inside (sorted, non-recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in
                              (".txt", ".md", ".tsv", ".docx", ".pdf", ".text", ".markdown")
                              and x.name.lower() != "readme.md"))
        else:
            out.append(p)
    return out

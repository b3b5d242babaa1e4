"""The auditor: core shapes (kehoach.audit.core, compiled to SPARQL) and SHACL-SPARQL constraints
(kehoach.audit.sparql) over everything in the store, then each finding placed in its source file
and line, with a readable focus (kehoach.audit.locate).

    Auditor(store).run()                     a full audit
    Auditor(store).run(incremental=True)     with the cache of an embedded store: only what changed
                                             since the last audit is re-checked
                                             (kehoach.audit.incremental); a full audit, which
                                             rewrites the cache, when there is none to build on

`last` says how the latest run went (mode, why a full audit, what was re-checked, timings)."""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial

from kehoach.store import Store

from .cache import AuditCache, damaged
from .core import instance_classes, run_compiled, subclass_closure, validate_core
from .incremental import FullAuditNeeded, detect, run, save_full
from .locate import documents, merge, place
from .model import Finding
from .shapes import Shapes
from .sparql import on_threads, run_constraints


@dataclass
class RunInfo:
    mode: str = "full"                      # "full" | "incremental"
    reason: str = ""                        # why a full audit, when one was asked to be incremental
    changed: dict[str, bool] = field(default_factory=dict)   # graph -> present (False: removed)
    rechecked: int = 0                      # (check, focus node) pairs re-checked
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector held off for a few tens of milliseconds: an incremental audit makes
    little cyclic garbage, but a full collection that falls within it walks every object alive in
    the process (the shapes' rdflib graphs, a full audit run before it): 17-56 ms measured in
    `kehoach audit` and in the bench's process, within an audit of ~40 ms. It runs after, as it
    would have anyway. (Reference counting still frees everything else at once.)"""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class Auditor:
    def __init__(self, store: Store, shapes: Shapes | None = None, workers: int | None = None,
                 batch_size: int = 40):
        self.store = store
        self.shapes = shapes or Shapes()
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.batch_size = batch_size
        self.last = RunInfo()

    def document_graphs(self) -> list[str]:
        r = self.store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kh:DocumentGraph } } ORDER BY ?g")
        return [g.value for g in (row["g"] for row in r.rows) if g is not None]

    def run(self, incremental: bool = False) -> list[Finding]:
        """Every finding, merged (one per file, check, focus and message) and sorted."""
        t0 = time.perf_counter()
        cache = AuditCache.of(self.store) if incremental else None
        # (read before anything else: a write from now on gives the store another one)
        generation = self.store.generation() if cache is not None else None
        try:
            if cache is not None:
                try:
                    with _no_cycle_collection():
                        changes = detect(self.store, cache, self.shapes.digest, generation)
                        out = run(self.store, self.shapes, cache, self._checks, changes)
                    self.last = RunInfo("incremental", "", out.changed, out.rechecked,
                                        time.perf_counter() - t0, out.timings)
                    return out.findings
                except FullAuditNeeded as e:
                    reason = str(e)
                except sqlite3.Error as e:
                    reason = f"audit cache unreadable ({e})"
                    if damaged(e):              # made afresh, for the full audit to fill
                        cache = cache.remade()
            else:
                reason = "" if not incremental else "no audit cache for this store"
            placed = self.full()
            if cache is not None:
                # the audit stands if the cache cannot be written; the next one is a full one again
                with contextlib.suppress(sqlite3.Error):
                    save_full(self.store, cache, self.shapes, placed, generation)
            self.last = RunInfo("full", reason, seconds=time.perf_counter() - t0)
            return merge(placed)
        finally:
            if cache is not None:
                cache.close()

    def full(self) -> list[Finding]:
        """Every finding of every shape, placed (not merged)."""
        graphs = self.document_graphs()
        docs = set(graphs)
        return place(self.store, self.core(graphs) + self.sparql(), docs, documents(self.store, docs))

    def core(self, graphs: list[str]) -> list[Finding]:
        """Results of the core shapes: the compiled ones on the store (each constraint on its own,
        CHECK_THREADS at once), then the rest by pySHACL on projections of `graphs` (in worker
        processes, forked once those threads are done)."""
        compiled = self.shapes.compiled
        closure = subclass_closure(self.store, instance_classes(compiled))
        out = on_threads([partial(run_compiled, self.store, [c], closure=closure) for c in compiled])
        if self.shapes.core_nt.strip():
            out += validate_core(self.store, self.shapes, graphs, self.workers, self.batch_size)
        return out

    def sparql(self) -> list[Finding]:
        """Results of the SHACL-SPARQL constraints (once each, graph-wide)."""
        return run_constraints(self.store, self.shapes.sparql_checks)

    def _checks(self, checks: set[str]) -> list[Finding]:
        return run_constraints(self.store, [c for c in self.shapes.sparql_checks if c.check in checks])

    def locate(self, findings: list[Finding], doc_graphs: set[str]) -> list[Finding]:
        """Source file, line and readable focus of every finding; one per (file, check, focus,
        message), at its first line."""
        return merge(place(self.store, findings, doc_graphs, documents(self.store, doc_graphs)))

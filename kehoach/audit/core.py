"""Core shapes (sh:minCount, sh:disjoint, sh:qualifiedValueShape, sh:in, ...) validated by pySHACL,
inference off, batch by batch of document graphs, in worker processes.

Each batch is a *projection* of its document graphs: only the triples whose predicate a core
shape names (sh:path, sh:disjoint, sh:equals, sh:lessThan, sh:targetSubjectsOf/ObjectsOf) and the
rdf:type triples of the classes they name (sh:targetClass, sh:class). Core shapes with simple
paths see nothing else, so their results are those of a full-graph run (a test checks it), and
the projection is much smaller. The main process projects the next batch while the workers
validate the previous ones."""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pyoxigraph as ox
import rdflib

from kehoach.store import Store
from kehoach.vocab import RDF

from .model import Finding, Severity
from .shapes import Shapes, check_of

SH = rdflib.SH
_WORKER_SHAPES: rdflib.Graph | None = None


def _init_worker(core_nt: str) -> None:
    global _WORKER_SHAPES
    _WORKER_SHAPES = rdflib.Graph().parse(data=core_nt, format="nt")


def _validate_batch(data_nt: bytes) -> list[dict[str, Any]]:
    import pyshacl
    shapes = _WORKER_SHAPES
    assert shapes is not None, "_init_worker() first"
    data = rdflib.Graph()
    if data_nt.strip():
        data.parse(data=data_nt.decode("utf-8"), format="nt")
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", inplace=True,
                                    allow_warnings=True, allow_infos=True)
    out = []
    for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        msgs = {m.language or "vi": str(m) for m in report.objects(r, SH.resultMessage)
                if isinstance(m, rdflib.Literal)}
        val, path = report.value(r, SH.value), report.value(r, SH.resultPath)
        # blank-node shapes cannot cross the process boundary meaningfully: resolve check ids here
        check, shape = check_of(shapes, report.value(r, SH.sourceShape))
        out.append({"focus": str(report.value(r, SH.focusNode)),
                    "severity": Severity.of_iri(report.value(r, SH.resultSeverity)),
                    "check": check, "shape": shape,
                    "component": str(report.value(r, SH.sourceConstraintComponent)),
                    "messages": msgs, "value": None if val is None else str(val),
                    "path": None if path is None else str(path)})
    return out


def projection(store: Store, shapes: Shapes, graphs: list[str]) -> bytes:
    """N-Triples of what the core shapes look at in `graphs`."""
    preds = " ".join(f"<{p}>" for p in sorted(shapes.predicates))
    classes = " ".join(f"<{c}>" for c in sorted(shapes.classes))
    values = " ".join(f"<{g}>" for g in graphs)
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }}
      {{ VALUES ?p {{ {preds} }} GRAPH ?g {{ ?s ?p ?o }} }}
      UNION {{ VALUES ?o {{ {classes} }} BIND(<{RDF}type> AS ?p) GRAPH ?g {{ ?s ?p ?o }} }} }}"""
    rows = store.query(q).rows
    return ox.serialize((ox.Triple(r["s"], r["p"], r["o"]) for r in rows),  # type: ignore[arg-type]
                        format=ox.RdfFormat.N_TRIPLES) or b""


def validate_core(store: Store, shapes: Shapes, graphs: list[str], workers: int, batch_size: int) -> list[Finding]:
    if not graphs:
        return []
    batches = [graphs[i:i + batch_size] for i in range(0, len(graphs), batch_size)]
    if workers > 1 and len(batches) > 1:
        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(shapes.core_nt,)) as ex:
            # project the next batch here while the workers validate the previous ones
            futures = [ex.submit(_validate_batch, projection(store, shapes, b)) for b in batches]
            results = [f.result() for f in futures]
    else:
        _init_worker(shapes.core_nt)
        results = [_validate_batch(projection(store, shapes, b)) for b in batches]
    out = []
    for batch in results:
        for r in batch:
            out.append(Finding(r["check"], r["severity"], r["focus"], r["messages"].get("vi", ""),
                               r["messages"].get("en", r["messages"].get("vi", "")), r["shape"],
                               r["component"], r["value"], r["path"]))
    return out

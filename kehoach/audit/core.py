"""Core shapes (sh:minCount, sh:disjoint, sh:qualifiedValueShape, sh:in, ...).

Compiled constraints (kehoach.audit.compile) run as SPARQL on the store: `run_compiled`. A SHACL
instance test (rdf:type/rdfs:subClassOf* C) is rewritten, before a run, into the classes the
store's own rdfs:subClassOf triples put under C (the same set, looked up once instead of per
value).

Node shapes the compiler does not translate are validated by pySHACL, inference off, batch by
batch of document graphs, in worker processes. Each batch is a *projection* of its document
graphs: only the triples whose predicate such a shape names (sh:path, sh:disjoint, sh:equals,
sh:lessThan, sh:targetSubjectsOf/ObjectsOf) and the rdf:type triples of the classes they name
(sh:targetClass, sh:class). Core shapes with simple paths see nothing else, so their results are
those of a full-graph run (a test checks it), and the projection is much smaller. The main process
projects the next batch while the workers validate the previous ones."""

from __future__ import annotations

import multiprocessing as mp
import os
import re
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pyoxigraph as ox
import rdflib

from kehoach.store import Store
from kehoach.vocab import RDF, RDFS

from .compile import INSTANCE, CompiledConstraint
from .model import Finding, Severity
from .shapes import Shapes, check_of
from .sparql import GraphData, rows_on

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


_INSTANCE = re.compile(r"(\?\w+) " + re.escape(INSTANCE) + r" <([^>]+)> \.")


def subclass_closure(store: Store, classes: set[str]) -> dict[str, list[str]]:
    """Each class with the classes under it (rdfs:subClassOf*, itself included), in the store."""
    out: dict[str, set[str]] = {c: {c} for c in classes}
    if classes:
        values = " ".join(f"<{c}>" for c in sorted(classes))
        for r in store.query(f"SELECT DISTINCT ?c ?top WHERE {{ VALUES ?top {{ {values} }} "
                             f"?c <{RDFS}subClassOf>+ ?top }}").rows:
            if r["c"] is not None and r["top"] is not None and isinstance(r["c"], ox.NamedNode):
                out[r["top"].value].add(r["c"].value)
    return {c: sorted(s) for c, s in out.items()}


def expand_instances(text: str, closure: dict[str, list[str]]) -> str:
    """`?x rdf:type/rdfs:subClassOf* <C> .` -> `?x a <C> .`, or a UNION over C's subclasses."""
    def sub(m: re.Match[str]) -> str:
        var, cls = m.group(1), m.group(2)
        subs = closure.get(cls)
        if subs is None:
            return m.group(0)
        if len(subs) == 1:
            return f"{var} <{RDF}type> <{subs[0]}> ."
        return "{ " + " UNION ".join(f"{{ {var} <{RDF}type> <{c}> }}" for c in subs) + " }"
    return _INSTANCE.sub(sub, text)


def tests_value_classes(c: CompiledConstraint) -> bool:
    """Whether a compiled constraint tests the class of a value (sh:class, a qualified value shape
    with sh:class), not only of the focus node (its target). Any instance test counts, whether
    expand_instances rewrites it or not (sh:class's, inside FILTER NOT EXISTS, it does not)."""
    return any(m.group(1) != "?this" for text in (c.wide, c.focused) for m in _INSTANCE_TEST.finditer(text))


_INSTANCE_TEST = re.compile(r"(\?\w+) " + re.escape(INSTANCE))


def instance_classes(compiled: list[CompiledConstraint]) -> set[str]:
    return {m.group(2) for c in compiled for text in (c.wide, c.focused) for m in _INSTANCE.finditer(text)}


def run_compiled(store: Store, compiled: list[CompiledConstraint], focus: dict[str, list[str]] | None = None,
                 closure: dict[str, list[str]] | None = None, data: GraphData | None = None,
                 graphs: list[str] | None = None) -> list[Finding]:
    """Results of the compiled constraints on the store's default graph: graph-wide, or (`focus`:
    check -> N-Triples IRIs) for the given focus nodes of each check only. With `data` and `graphs`
    (what runs queries on graphs of the store, see sparql.GraphData), on the merge of those graphs instead
    (kehoach.audit.incremental: a changed document's own nodes, on its graph)."""
    closure = closure if closure is not None else subclass_closure(store, instance_classes(compiled))
    out: list[Finding] = []
    for c in compiled:
        nodes = None if focus is None else focus.get(c.check)
        if focus is not None and not nodes:
            continue
        for i in range(0, len(nodes or [None]), 500):
            chunk = None if nodes is None else nodes[i:i + 500]
            text = expand_instances(c.query(chunk), closure)
            for row in rows_on(store, text, data, graphs):
                this, value = row.get("this"), row.get("value")
                if this is None:
                    continue
                shown = None if value is None else \
                    f"_:{value.value}" if isinstance(value, ox.BlankNode) else value.value
                out.append(Finding(c.check, c.severity, this.value, c.messages.get("vi", ""),
                                   c.messages.get("en", c.messages.get("vi", "")), c.shape, c.component,
                                   shown, c.path))
    return out


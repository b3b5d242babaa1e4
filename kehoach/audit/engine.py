"""The auditor: core shapes (kehoach.audit.core) and SHACL-SPARQL constraints
(kehoach.audit.sparql) over everything in the store, then each finding placed in its source file
and line, with a readable focus (task code, document number as printed)."""

from __future__ import annotations

import os
from dataclasses import asdict

from kehoach.store import Store

from .core import run_compiled, validate_core
from .model import Finding, short_iri
from .shapes import Shapes
from .sparql import run_constraints

_FAR = 10**9        # "no line": sorts after every real line

# readable focus and line of focus nodes, by kind of node (%s: a VALUES list of nodes)
_LOCATE = {
    "line": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node prov:wasDerivedFrom/kh:startLine ?x }",
    "task": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node a kh:Task ; kh:localId ?id . "
            "OPTIONAL { ?node eli:number ?n } BIND(COALESCE(?n, ?id) AS ?x) }",
    "part": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node kh:localId ?x FILTER NOT EXISTS { ?node a kh:Task } }",
    "assignment": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?t kh:assignment ?node ; kh:localId ?id . "
                  "OPTIONAL { ?t eli:number ?n } BIND(COALESCE(?n, ?id) AS ?x) }",
    "citation": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node kh:citedDocument ?d . "
                "OPTIONAL { ?node kh:citedNumber ?p } OPTIONAL { ?d eli:id_local ?n } OPTIONAL { ?d dct:title ?t } "
                "OPTIONAL { ?d rdfs:label ?l FILTER(lang(?l) = \"vi\") } BIND(COALESCE(?p, ?n, STR(?t), ?l) AS ?x) }",
    "document": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?g kh:describes ?node . "
                "OPTIONAL { ?node eli:id_local ?n } OPTIONAL { ?node dct:title ?t } "
                "BIND(COALESCE(?n, CONCAT(\"(không số) \", SUBSTR(STR(?t), 1, 60))) AS ?x) }",
    "agency": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node a kh:Agency ; skos:prefLabel ?x . "
              "FILTER(lang(?x) = \"vi\") }",
}
_AGENCY_PLACES = ("SELECT ?node ?g ?x WHERE { VALUES ?node { %s } ?node a kh:Agency . "
                  "GRAPH ?g { ?a kh:agency ?node ; prov:wasDerivedFrom/kh:startLine ?x } }")


class Auditor:
    def __init__(self, store: Store, shapes: Shapes | None = None, workers: int | None = None,
                 batch_size: int = 40):
        self.store = store
        self.shapes = shapes or Shapes()
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.batch_size = batch_size

    def document_graphs(self) -> list[str]:
        r = self.store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kh:DocumentGraph } } ORDER BY ?g")
        return [g.value for g in (row["g"] for row in r.rows) if g is not None]

    def run(self) -> list[Finding]:
        graphs = self.document_graphs()
        findings = self.core(graphs) + self.sparql()
        return self.locate(findings, set(graphs))

    def core(self, graphs: list[str]) -> list[Finding]:
        """Results of the core shapes: the compiled ones on the store, the rest by pySHACL on
        projections of `graphs` (in workers)."""
        out = run_compiled(self.store, self.shapes.compiled)
        if self.shapes.core_nt.strip():
            out += validate_core(self.store, self.shapes, graphs, self.workers, self.batch_size)
        return out

    def sparql(self) -> list[Finding]:
        """Results of the SHACL-SPARQL constraints (once each, graph-wide)."""
        return run_constraints(self.store, self.shapes.sparql_checks)

    # -- where each finding is ----------------------------------------------------------------
    def locate(self, findings: list[Finding], doc_graphs: set[str]) -> list[Finding]:
        """Source file, line and a readable focus (task code, document number as printed) for
        every finding. Document parts live under their document's IRI; agencies are placed
        through the assignments that name them. One finding per (file, check, focus, message),
        at its first line."""
        docs: dict[str, tuple[str, str]] = {}
        for r in self.store.select("SELECT ?doc ?g ?file WHERE { GRAPH ?g { ?g kh:describes ?doc ; "
                                   "prov:wasDerivedFrom/kh:fileName ?file } }").rows:
            doc, graph, file = r["doc"], r["g"], r["file"]
            if doc is not None and graph is not None and file is not None and graph.value in doc_graphs:
                docs[doc.value] = (graph.value, file.value)
        line, label, agency_places = self._places(sorted({f.focus_node for f in findings}))
        graph_file = dict(docs.values())
        merged: dict[tuple[str | None, str, str | None, str], Finding] = {}
        for f in findings:
            places: list[tuple[str | None, int | None]]
            if f.focus_node in agency_places:
                places = [(g, ln) for g, ln in agency_places[f.focus_node].items() if g in doc_graphs]
            else:
                owner = _owner(f.focus_node, docs)
                places = [(docs[owner][0] if owner else None, line.get(f.focus_node))]
            for g, ln in places:
                item = Finding(**{**asdict(f), "graph": g, "source": graph_file.get(g) if g else None, "line": ln,
                                  "focus": label.get(f.focus_node) or short_iri(f.focus_node)})
                k = (item.source, item.check, item.focus, item.message_vi)
                if k not in merged or (item.line or _FAR) < (merged[k].line or _FAR):
                    merged[k] = item
        return sorted(merged.values(), key=lambda f: (f.source or "", f.line or 0, f.check, f.focus or ""))

    def _places(self, nodes: list[str]) -> tuple[dict[str, int], dict[str, str], dict[str, dict[str, int]]]:
        """(first line, readable label, {document graph: first line} of agencies) of `nodes`."""
        line: dict[str, int] = {}
        label: dict[str, str] = {}
        agency_places: dict[str, dict[str, int]] = {}
        for i in range(0, len(nodes), 400):
            values = " ".join(f"<{n}>" for n in nodes[i:i + 400])
            for kind, q in _LOCATE.items():
                for r in self.store.select(q % values).rows:
                    node, x = r["node"], r.get("x")
                    if node is None or x is None:
                        continue
                    if kind == "line":
                        line[node.value] = min(int(x.value), line.get(node.value, _FAR))
                    else:
                        label.setdefault(node.value, x.value)
            for r in self.store.select(_AGENCY_PLACES % values).rows:
                node, g, x = r["node"], r["g"], r["x"]
                if node is None or g is None or x is None:
                    continue
                places = agency_places.setdefault(node.value, {})
                places[g.value] = min(int(x.value), places.get(g.value, _FAR))
        return line, label, agency_places


def _owner(node: str, docs: dict[str, tuple[str, str]]) -> str | None:
    """The document whose IRI is the node or a prefix of it ("…/2026/155/task/1.1")."""
    probe = node
    while probe:
        if probe in docs:
            return probe
        if "/" not in probe:
            return None
        probe = probe.rsplit("/", 1)[0]
    return None

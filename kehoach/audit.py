"""Consistency audits: the SHACL shapes in shapes/ run over everything in the store.

Two kinds of shapes, both standard SHACL:
- core shapes (sh:minCount, sh:disjoint, sh:or, sh:pattern, ...) are validated with pySHACL,
  batch by batch of document graphs, on a projection of the data that keeps only the predicates
  and classes the shapes mention (validation over those is unchanged, and much faster), in
  parallel worker processes;
- SHACL-SPARQL shapes compare nodes across documents (a decision cited with two dates by two
  plans). pySHACL would run their query once per focus node through rdflib; kehoach runs each
  constraint once, graph-wide, on the store, with $this bound to every target at once, and turns
  each solution into the same validation result.
Findings carry the source file and line from the provenance of their focus node.
"""

from __future__ import annotations

import html
import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH

from .resources import data_dir
from .store import BASE

KH = BASE + "ontology#"
DCT_ID = rdflib.URIRef("http://purl.org/dc/terms/identifier")
SEVERITIES = {"Info": 0, "Warning": 1, "Violation": 2}
SH_SEV = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass
class Finding:
    check: str
    severity: str
    focus_node: str
    message_vi: str
    message_en: str
    shape: str
    component: str
    value: str | None = None
    path: str | None = None
    source: str | None = None
    line: int | None = None
    focus: str | None = None
    graph: str | None = None

    def as_json(self) -> dict:
        return {"source": self.source, "check": self.check, "severity": self.severity,
                "focus": self.focus, "message": f"{self.message_vi} / {self.message_en}",
                "message_vi": self.message_vi, "message_en": self.message_en, "line": self.line}


@dataclass
class SparqlCheck:
    shape: str
    check: str
    severity: str
    targets: list[str]
    select: str
    messages: dict[str, str] = field(default_factory=dict)


class Shapes:
    def __init__(self, folder: Path | None = None):
        folder = folder or data_dir("shapes")
        self.graph = rdflib.Graph()
        for f in sorted(folder.glob("*.ttl")):
            self.graph.parse(f, format="turtle")
        g = self.graph
        self.sparql_checks: list[SparqlCheck] = []
        sparql_shapes = set()
        for shape, constraint in g.subject_objects(SH.sparql):
            sparql_shapes.add(shape)
            sel = str(g.value(constraint, SH.select))
            msgs = {o.language or "vi": str(o) for o in g.objects(constraint, SH.message)}
            sev = SH_SEV.get(g.value(shape, SH.severity), "Violation")
            targets = [str(t) for t in g.objects(shape, SH.targetClass)]
            self.sparql_checks.append(SparqlCheck(str(shape), str(g.value(shape, DCT_ID)), sev, targets, sel, msgs))
        self.sparql_checks.sort(key=lambda c: (c.check, c.select))
        # the core shapes graph: everything except the SPARQL-based node shapes
        core = rdflib.Graph()
        keep = set(g.subjects(RDF.type, SH.NodeShape)) - sparql_shapes
        reach = set()
        stack = list(keep)
        while stack:
            n = stack.pop()
            if n in reach:
                continue
            reach.add(n)
            for p, o in g.predicate_objects(n):
                core.add((n, p, o))
                if (o, None, None) in g:        # nested shapes, RDF lists of sh:or / sh:in
                    stack.append(o)
        self.core = core
        # the projection keeps the predicates named by sh:path: complex paths would escape it
        complex_paths = [s for s, o in core.subject_objects(SH.path) if not isinstance(o, rdflib.URIRef)]
        if complex_paths:
            raise ValueError(f"core shapes must use simple property paths; found complex paths in {complex_paths}")
        # what the core shapes look at: their paths, compared properties, and classes
        self.predicates = {str(o) for p in (SH.path, SH.disjoint, SH.equals, SH.lessThan, SH.targetSubjectsOf,
                                            SH.targetObjectsOf) for o in core.objects(None, p)}
        self.classes = {str(o) for p in (SH.targetClass, SH["class"]) for o in core.objects(None, p)}
        self.core_nt = core.serialize(format="nt")


# --------------------------------------------------------------------------------------------
# core shapes in worker processes

_WORKER_SHAPES: rdflib.Graph | None = None


def _init_worker(core_nt: str) -> None:
    global _WORKER_SHAPES
    _WORKER_SHAPES = rdflib.Graph().parse(data=core_nt, format="nt")


def _validate_batch(data_nt: bytes) -> list[dict]:
    import pyshacl
    data = rdflib.Graph()
    if data_nt.strip():
        data.parse(data=data_nt.decode("utf-8"), format="nt")
    _, report, _ = pyshacl.validate(data, shacl_graph=_WORKER_SHAPES, inference="none", inplace=True,
                                    allow_warnings=True, allow_infos=True)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        msgs = {m.language or "vi": str(m) for m in report.objects(r, SH.resultMessage)}
        val = report.value(r, SH.value)
        out.append({"focus": str(report.value(r, SH.focusNode)),
                    "severity": SH_SEV.get(report.value(r, SH.resultSeverity), "Violation"),
                    "shape_node": report.value(r, SH.sourceShape),
                    "component": str(report.value(r, SH.sourceConstraintComponent)),
                    "messages": msgs, "value": None if val is None else str(val),
                    "path": None if report.value(r, SH.resultPath) is None else str(report.value(r, SH.resultPath))})
    # blank-node shapes cannot cross the process boundary meaningfully: resolve check ids here
    for o in out:
        o["check"], o["shape"] = _check_of(_WORKER_SHAPES, o.pop("shape_node"))
    return out


def _check_of(g: rdflib.Graph, node) -> tuple[str, str]:
    """(check id, shape IRI) of the shape that produced a result, walking up from property
    shapes and from the members of sh:or lists to the shape that carries dct:identifier."""
    cur = node
    for _ in range(8):
        ident = g.value(cur, DCT_ID)
        if ident is not None:
            return str(ident), str(cur)
        parent = g.value(None, SH.property, cur)
        if parent is None:
            # inside an RDF list (sh:or): climb to the list head, then to its owner
            head = cur
            first_of = g.value(None, RDF.first, head)
            if first_of is not None:
                head = first_of
                while g.value(None, RDF.rest, head) is not None:
                    head = g.value(None, RDF.rest, head)
                parent = g.value(None, SH["or"], head) or g.value(None, SH["and"], head) or \
                    g.value(None, SH.qualifiedValueShape, cur)
            else:
                parent = g.value(None, SH.qualifiedValueShape, cur)
        if parent is None:
            break
        cur = parent
    return "unknown", str(node)


# --------------------------------------------------------------------------------------------

class Auditor:
    def __init__(self, store, shapes: Shapes | None = None, workers: int | None = None, batch_size: int = 40):
        self.store = store
        self.shapes = shapes or Shapes()
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.batch_size = batch_size

    def document_graphs(self) -> list[str]:
        r = self.store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kh:DocumentGraph } } ORDER BY ?g")
        return [row["g"].value for row in r.rows]

    def run(self) -> list[Finding]:
        graphs = self.document_graphs()
        findings = self._core(graphs) + self._sparql()
        return self._enrich(findings, set(graphs))

    # -- core -----------------------------------------------------------------------------------
    def _projection(self, graphs: list[str]) -> bytes:
        preds = " ".join(f"<{p}>" for p in sorted(self.shapes.predicates))
        classes = " ".join(f"<{c}>" for c in sorted(self.shapes.classes))
        values = " ".join(f"<{g}>" for g in graphs)
        q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }}
          {{ VALUES ?p {{ {preds} }} GRAPH ?g {{ ?s ?p ?o }} }}
          UNION {{ VALUES ?o {{ {classes} }} BIND(<{RDF.type}> AS ?p) GRAPH ?g {{ ?s ?p ?o }} }} }}"""
        res = self.store.select(q, prefixes=False)
        return ox.serialize((ox.Triple(r["s"], r["p"], r["o"]) for r in res.rows), format=ox.RdfFormat.N_TRIPLES)

    def _core(self, graphs: list[str]) -> list[Finding]:
        if not graphs:
            return []
        batches = [graphs[i:i + self.batch_size] for i in range(0, len(graphs), self.batch_size)]
        if self.workers > 1 and len(batches) > 1:
            import multiprocessing as mp
            ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
            with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                     initargs=(self.shapes.core_nt,)) as ex:
                # project the next batch here while the workers validate the previous ones
                futures = [ex.submit(_validate_batch, self._projection(b)) for b in batches]
                results = [f.result() for f in futures]
        else:
            _init_worker(self.shapes.core_nt)
            results = [_validate_batch(self._projection(b)) for b in batches]
        out = []
        for batch in results:
            for r in batch:
                out.append(Finding(r["check"], r["severity"], r["focus"], r["messages"].get("vi", ""),
                                   r["messages"].get("en", r["messages"].get("vi", "")), r["shape"],
                                   r["component"], r["value"], r["path"]))
        return out

    # -- SPARQL, graph-wide ---------------------------------------------------------------------
    def _sparql(self) -> list[Finding]:
        out = []
        for c in self.shapes.sparql_checks:
            # the constraint's query, run once for all focus nodes ($this unbound), then kept
            # for the nodes that are targets of the shape
            res = self.store.select(c.select.replace("$this", "?this"))
            focus = self._targets({row["this"].value for row in res.rows if row.get("this") is not None},
                                  c.targets)
            for row in res.rows:
                vals = {k: (v.value if v is not None else None) for k, v in row.items()}
                if focus is not None and vals.get("this") not in focus:
                    continue
                msg = {lang: _fill(t, vals) for lang, t in c.messages.items()}
                out.append(Finding(c.check, c.severity, vals["this"], msg.get("vi", ""), msg.get("en", msg.get("vi", "")),
                                   c.shape, "http://www.w3.org/ns/shacl#SPARQLConstraintComponent",
                                   vals.get("value")))
        return out

    def _targets(self, nodes: set[str], classes: list[str]) -> set[str] | None:
        """Which of `nodes` are instances of the shape's target classes (None: no class target)."""
        if not classes:
            return None
        found: set[str] = set()
        ordered = sorted(nodes)
        cls = " ".join(f"<{c}>" for c in classes)
        for i in range(0, len(ordered), 500):
            values = " ".join(f"<{n}>" for n in ordered[i:i + 500])
            q = f"SELECT DISTINCT ?n WHERE {{ VALUES ?n {{ {values} }} VALUES ?c {{ {cls} }} ?n a ?c }}"
            found |= {r["n"].value for r in self.store.select(q).rows}
        return found

    # -- where each finding is ----------------------------------------------------------------
    def _enrich(self, findings: list[Finding], doc_graphs: set[str]) -> list[Finding]:
        """Source file, line and a readable focus (task code, document number as printed) for
        every finding. Document parts live under their document's IRI; agencies are placed
        through the assignments that name them."""
        docs = {}
        for r in self.store.select("SELECT ?doc ?g ?file WHERE { GRAPH ?g { ?g kh:describes ?doc ; "
                                   "prov:wasDerivedFrom/kh:fileName ?file } }").rows:
            if r["g"].value in doc_graphs:
                docs[r["doc"].value] = (r["g"].value, r["file"].value)
        nodes = sorted({f.focus_node for f in findings})
        line: dict[str, int] = {}
        label: dict[str, str] = {}
        agency_places: dict[str, dict[str, int | None]] = {}
        queries = {
            "line": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node prov:wasDerivedFrom/kh:startLine ?x }",
            "task": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node a kh:Task ; kh:localId ?id . "
                    "OPTIONAL { ?node eli:number ?n } BIND(COALESCE(?n, ?id) AS ?x) }",
            "part": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node kh:localId ?x FILTER NOT EXISTS { ?node a kh:Task } }",
            "assignment": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?t kh:assignment ?node ; kh:localId ?id . "
                          "OPTIONAL { ?t eli:number ?n } BIND(COALESCE(?n, ?id) AS ?x) }",
            "citation": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node kh:citedDocument ?d . "
                        "OPTIONAL { ?d eli:id_local ?n } OPTIONAL { ?d dct:title ?t } BIND(COALESCE(?n, STR(?t)) AS ?x) }",
            "document": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?g kh:describes ?node . "
                        "OPTIONAL { ?node eli:id_local ?n } OPTIONAL { ?node dct:title ?t } "
                        "BIND(COALESCE(?n, CONCAT(\"(không số) \", SUBSTR(STR(?t), 1, 60))) AS ?x) }",
            "agency": "SELECT ?node ?x WHERE { VALUES ?node { %s } ?node a kh:Agency ; skos:prefLabel ?x . "
                      "FILTER(lang(?x) = \"vi\") }",
        }
        for i in range(0, len(nodes), 400):
            values = " ".join(f"<{n}>" for n in nodes[i:i + 400])
            for kind, q in queries.items():
                for r in self.store.select(q % values).rows:
                    n, x = r["node"].value, r["x"].value if r.get("x") is not None else None
                    if kind == "line":
                        line[n] = min(int(x), line.get(n, 10**9))
                    elif x is not None:
                        label.setdefault(n, x)
            for r in self.store.select(
                    "SELECT ?node ?g ?x WHERE { VALUES ?node { %s } ?node a kh:Agency . "
                    "GRAPH ?g { ?a kh:agency ?node ; prov:wasDerivedFrom/kh:startLine ?x } }" % values).rows:
                places = agency_places.setdefault(r["node"].value, {})
                x = int(r["x"].value)
                places[r["g"].value] = min(x, places.get(r["g"].value) or 10**9)
        graph_file = {g: f for g, f in docs.values()}
        merged: dict[tuple, Finding] = {}
        for f in findings:
            if f.focus_node in agency_places:
                places = [(g, ln) for g, ln in agency_places[f.focus_node].items() if g in doc_graphs]
            else:
                doc = _owner(f.focus_node, docs)
                places = [(docs[doc][0], line.get(f.focus_node))] if doc else [(None, line.get(f.focus_node))]
            for g, ln in places:
                item = Finding(**{**asdict(f), "graph": g, "source": graph_file.get(g), "line": ln,
                                  "focus": label.get(f.focus_node) or _short_iri(f.focus_node)})
                # one finding per (file, check, focus, message), at its first line
                k = (item.source, item.check, item.focus, item.message_vi)
                if k not in merged or (item.line or 10**9) < (merged[k].line or 10**9):
                    merged[k] = item
        return sorted(merged.values(), key=lambda f: (f.source or "", f.line or 0, f.check, f.focus or ""))


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


def _fill(template: str, values: dict[str, str | None]) -> str:
    def sub(m: re.Match) -> str:
        v = values.get(m.group(1))
        return "" if v is None else _short_iri(v)
    return re.sub(r"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}", sub, template)


def _short_iri(v: str) -> str:
    return v.replace(BASE, "khr:")


def select(findings: list[Finding], min_severity: str) -> list[Finding]:
    floor = SEVERITIES[min_severity]
    return [f for f in findings if SEVERITIES[f.severity] >= floor]


# --------------------------------------------------------------------------------------------
# renderings

def _by_source(findings: list[Finding], unknown: str) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.source or unknown, []).append(f)
    return out


def _counts(findings: list[Finding]) -> dict[str, int]:
    return {s: sum(1 for f in findings if f.severity == s) for s in ("Violation", "Warning", "Info")}


def to_json(findings: list[Finding]) -> str:
    return json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2)


def to_turtle(findings: list[Finding]) -> str:
    """The standard SHACL validation report."""
    g = rdflib.Graph(bind_namespaces="none")
    g.bind("sh", SH)
    g.bind("kh", KH)
    g.bind("khs", BASE + "shapes#")
    report = rdflib.URIRef(BASE + "audit/report")
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, rdflib.Literal(not findings)))
    sev = {"Violation": SH.Violation, "Warning": SH.Warning, "Info": SH.Info}
    for i, f in enumerate(findings, start=1):
        r = rdflib.URIRef(f"{BASE}audit/report/result/{i}")
        g.add((report, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        g.add((r, SH.focusNode, rdflib.URIRef(f.focus_node)))
        g.add((r, SH.resultSeverity, sev[f.severity]))
        if not f.shape.startswith("_:"):
            g.add((r, SH.sourceShape, rdflib.URIRef(f.shape)))
        g.add((r, SH.sourceConstraintComponent, rdflib.URIRef(f.component)))
        g.add((r, SH.resultMessage, rdflib.Literal(f.message_vi, lang="vi")))
        g.add((r, SH.resultMessage, rdflib.Literal(f.message_en, lang="en")))
        if f.path:
            g.add((r, SH.resultPath, rdflib.URIRef(f.path)))
        if f.value:
            g.add((r, SH.value, rdflib.URIRef(f.value) if f.value.startswith("http") else rdflib.Literal(f.value)))
    return g.serialize(format="turtle")


def to_text(findings: list[Finding], console) -> None:
    from rich.table import Table
    if not findings:
        console.print("[green]No findings.[/green]")
        return
    by_doc = _by_source(findings, "(không rõ nguồn / unknown source)")
    style = {"Violation": "bold red", "Warning": "yellow", "Info": "cyan"}
    for doc, fs in by_doc.items():
        counts = _counts(fs)
        console.print(f"\n[bold]{doc}[/bold]  " + "  ".join(f"[{style[s]}]{n} {s}[/{style[s]}]" for s, n in counts.items() if n))
        by_check: dict[str, list[Finding]] = {}
        for f in fs:
            by_check.setdefault(f.check, []).append(f)
        for check, cf in by_check.items():
            t = Table(title=f"{check} ({len(cf)})", title_justify="left", show_header=True, header_style="dim",
                      box=None, padding=(0, 1))
            t.add_column("line", justify="right")
            t.add_column("focus")
            t.add_column("message", overflow="fold")
            for f in cf:
                t.add_row(str(f.line or ""), f.focus or "", f"[{style[f.severity]}]{f.message_vi}[/] / {f.message_en}")
            console.print(t)
    total = _counts(findings)
    console.print("\n" + ", ".join(f"{n} {s}" for s, n in total.items()) + f" in {len(by_doc)} document(s)")


def to_html(findings: list[Finding], title: str = "kehoach audit") -> str:
    e = html.escape
    by_doc = _by_source(findings, "(unknown source)")
    total = _counts(findings)
    parts = [f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title)}</title>
<style>
body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#222;max-width:75rem}}
h1{{font-size:1.5rem}} h2{{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}}
table{{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}} th,td{{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}}
th{{background:#f6f6f6}} .Violation{{color:#b00020;font-weight:600}} .Warning{{color:#a05a00}} .Info{{color:#00639b}}
.summary span{{margin-right:1.5rem}} .en{{color:#666}} code{{font-size:.9em}}
</style></head><body><h1>{e(title)}</h1>
<p class="summary"><span class="Violation">{total['Violation']} Violation</span><span class="Warning">{total['Warning']} Warning</span><span class="Info">{total['Info']} Info</span><span>{len(by_doc)} document(s)</span></p>"""]
    if not findings:
        parts.append("<p>Không có phát hiện nào. / No findings.</p>")
    for doc, fs in by_doc.items():
        parts.append(f"<h2>{e(doc)}</h2><table><thead><tr><th>dòng / line</th><th>mức / severity</th>"
                     "<th>kiểm tra / check</th><th>đối tượng / focus</th><th>nội dung / message</th></tr></thead><tbody>")
        for f in fs:
            parts.append(f"<tr><td>{f.line or ''}</td><td class=\"{f.severity}\">{f.severity}</td>"
                         f"<td><code>{e(f.check)}</code></td><td>{e(f.focus or '')}</td>"
                         f"<td>{e(f.message_vi)}<br><span class=\"en\">{e(f.message_en)}</span></td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>\n")
    return "".join(parts)

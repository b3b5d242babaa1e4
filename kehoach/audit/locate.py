"""Where each finding is: its source file and line, and a readable focus (task code, document
number as printed). Document parts live under their document's IRI; agencies are placed through
the assignments that name them, once per document graph that does. `place` gives every placed
finding; `merge` keeps one per (file, check, focus, message), at its first line, as reports show
them."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import asdict

from kehoach.store import Store

from .model import Finding, short_iri

_FAR = 10**9        # "no line": sorts after every real line
BATCH = 400


def value_lists(iris: Iterable[str]) -> Iterator[str]:
    """The distinct `iris`, sorted, as the contents of VALUES blocks of BATCH IRIs each: a few
    queries, not one per IRI (a server's requests cost milliseconds each), none too long."""
    items = sorted(set(iris))
    for i in range(0, len(items), BATCH):
        yield " ".join(f"<{x}>" for x in items[i:i + BATCH])

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
# where a document names an agency: an assignment; the issuer of a document it cites (at the
# citation); its own issuer (at the document's first line); a reporting duty's reporter, recipient or intermediary
# (at the duty's line: an agency named only there had been a finding of no file and no line)
# (three queries, not one UNION inside GRAPH ?g: the engine evaluated that union for every graph of the store before
# joining it with the agencies asked about: 10,000 plans, 400 agencies, 72 s; each alone starts from them, 0.01 s)
_AGENCY_PLACES = tuple("SELECT ?node ?g ?x WHERE { VALUES ?node { %s } ?node a kh:Agency . GRAPH ?g { " + where + " } }"
                       for where in ("?a kh:agency ?node ; prov:wasDerivedFrom/kh:startLine ?x",
                                     "?d eli:passed_by|dct:creator ?node . ?c kh:citedDocument ?d ; "
                                     "prov:wasDerivedFrom/kh:startLine ?x",
                                     "?g kh:describes ?d . ?d eli:passed_by|dct:creator ?node ; "
                                     "prov:wasDerivedFrom/kh:startLine ?x",
                                     "?r kh:reporter|kh:recipient|kh:via ?node ; prov:wasDerivedFrom/kh:startLine ?x"))
_DOCS = ("SELECT ?doc ?g ?file WHERE { %s GRAPH ?g { ?g kh:describes ?doc ; "
         "prov:wasDerivedFrom/kh:fileName ?file } }")
_FILES = "SELECT ?g ?file WHERE { VALUES ?g { %s } GRAPH ?g { ?g prov:wasDerivedFrom/kh:fileName ?file } }"


def documents(store: Store, doc_graphs: Container[str],
              nodes: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
    """Document -> (graph, file) of the documents described by `doc_graphs`: all of them, or only
    those whose IRI is one of `nodes` or a prefix of one."""
    docs: dict[str, tuple[str, str]] = {}
    if nodes is None:
        texts = [_DOCS % ""]
    else:
        texts = [_DOCS % ("VALUES ?doc { " + values + " }")
                 for values in value_lists(p for n in nodes for p in _prefixes(n))]
    for text in texts:
        for r in store.select(text).rows:
            doc, graph, file = r["doc"], r["g"], r["file"]
            if doc is not None and graph is not None and file is not None and graph.value in doc_graphs:
                docs[doc.value] = (graph.value, file.value)
    return docs


def _prefixes(node: str) -> list[str]:
    out = []
    probe = node
    while "/" in probe and not probe.endswith(":/"):
        out.append(probe)
        probe = probe.rsplit("/", 1)[0]
    return out


def place(store: Store, findings: list[Finding], doc_graphs: Container[str],
          docs: dict[str, tuple[str, str]] | None = None) -> list[Finding]:
    """Every finding with its graph, file, line and readable focus (an agency once per document
    graph naming it)."""
    if not findings:
        return []
    nodes = sorted({f.focus_node for f in findings})
    if docs is None:
        docs = documents(store, doc_graphs, nodes)
    line, label, agency_places = places(store, nodes)
    graph_file = dict(docs.values())
    missing = {g for ps in agency_places.values() for g in ps if g in doc_graphs and g not in graph_file}
    for values in value_lists(missing):
        for r in store.select(_FILES % values).rows:
            if r["g"] is not None and r["file"] is not None:
                graph_file[r["g"].value] = r["file"].value
    out = []
    for f in findings:
        where: list[tuple[str | None, int | None]]
        if f.focus_node in agency_places:
            where = [(g, ln) for g, ln in agency_places[f.focus_node].items() if g in doc_graphs]
        else:
            owner = _owner(f.focus_node, docs)
            where = [(docs[owner][0] if owner else None, line.get(f.focus_node))]
        for g, ln in where:
            out.append(Finding(**{**asdict(f), "graph": g, "source": graph_file.get(g) if g else None, "line": ln,
                                  "focus": label.get(f.focus_node) or short_iri(f.focus_node)}))
    return out


def merge(placed: Iterable[Finding]) -> list[Finding]:
    """One finding per (file, check, focus, message), at its first line; sorted as reports list them."""
    merged: dict[tuple[str | None, str, str | None, str], Finding] = {}
    for item in placed:
        k = (item.source, item.check, item.focus, item.message_vi)
        if k not in merged or (item.line or _FAR, item.focus_node) < (merged[k].line or _FAR, merged[k].focus_node):
            merged[k] = item
    return sorted(merged.values(), key=lambda f: (f.source or "", f.line or 0, f.check, f.focus or "", f.message_vi,
                                                  f.focus_node, f.graph or ""))


def places(store: Store, nodes: list[str]) -> tuple[dict[str, int], dict[str, str], dict[str, dict[str, int]]]:
    """(first line, readable label, {document graph: first line} of agencies) of `nodes`."""
    line: dict[str, int] = {}
    label: dict[str, str] = {}
    labelled_by: dict[str, str] = {}
    agency_places: dict[str, dict[str, int]] = {}
    for values in value_lists(nodes):
        for kind, q in _LOCATE.items():
            for r in store.select(q % values).rows:
                node, x = r["node"], r.get("x")
                if node is None or x is None:
                    continue
                if kind == "line":
                    line[node.value] = min(int(x.value), line.get(node.value, _FAR))
                elif node.value not in label or (labelled_by[node.value] == kind and x.value < label[node.value]):
                    # the first kind that names a node names it; the least of its labels, so
                    # that the order of rows does not matter
                    label[node.value], labelled_by[node.value] = x.value, kind
        for query in _AGENCY_PLACES:
            for r in store.select(query % values).rows:
                node, g, x = r["node"], r["g"], r["x"]
                if node is None or g is None or x is None:
                    continue
                where = agency_places.setdefault(node.value, {})
                where[g.value] = min(int(x.value), where.get(g.value, _FAR))
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

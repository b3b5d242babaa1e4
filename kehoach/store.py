"""The graph store. One named graph per source document, plus reference graphs (ontology,
gazetteer, known documents) and an ingest log. Replacing a document's graph is one SPARQL
update, so it is atomic: either the new graph is there whole, or the old one is untouched.

`EmbeddedStore` keeps the data on disk with pyoxigraph (RocksDB)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kehoach.errors import StoreError

from .resources import data_file

BASE = "https://w3id.org/kehoach/"
LOG_GRAPH = BASE + "graph/ingest-log"
# The default graph of every query: the set union of all graphs but the log. A store's own union
# of named graphs is a multiset (a triple asserted by 40 plans would match 40 times), so the
# union is kept materialised, updated in the same transaction that replaces a graph.
UNION_GRAPH = BASE + "graph/union"
REFERENCE_GRAPHS = {
    BASE + "graph/ontology": ("ontology", "kehoach.ttl"),
    BASE + "graph/gazetteer": ("ontology", "agencies.ttl"),
    BASE + "graph/documents": ("ontology", "documents.ttl"),
    BASE + "graph/issuer-codes": ("ontology", "issuer-codes.ttl"),
}
PREFIXES = {
    "kh": BASE + "ontology#", "eli": "http://data.europa.eu/eli/ontology#",
    "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/", "dcat": "http://www.w3.org/ns/dcat#",
    "schema": "https://schema.org/", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
}
SPARQL_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "kehoach" / "store"



@dataclass
class Result:
    variables: list[str]
    rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]


def term_text(t) -> str | None:
    if t is None:
        return None
    return t.value


class EmbeddedStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open store at {self.path}: {e}") from None
        self._ensure_union()

    # -- writing ------------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None) -> None:
        try:
            self._store.update(replace_graph_update(graph, triples, log))
        except (OSError, SyntaxError) as e:
            raise StoreError(f"store update failed, nothing was changed: {e}") from None

    def drop_graph(self, graph: str) -> None:
        self._store.update(drop_graph_update(graph))

    def _ensure_union(self) -> None:
        """Stores written before the union graph existed get it built once."""
        if self._store.contains_named_graph(ox.NamedNode(UNION_GRAPH)):
            return
        if any(True for _ in self._store.named_graphs()):
            self._store.update(f"INSERT {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                               f"FILTER(?g != <{LOG_GRAPH}>) }}")
        self._store.add_graph(ox.NamedNode(UNION_GRAPH))

    def ensure_reference_graphs(self) -> None:
        """(Re)load ontology, gazetteer and known documents when their files changed."""
        for graph, (kind, name) in REFERENCE_GRAPHS.items():
            path = data_file(kind, name)
            if not path.exists():
                continue
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if self.logged(graph, "sha256") == sha:
                continue
            triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
            self.replace_graph(graph, triples, log_entry(sha, path.name))

    def logged(self, graph: str, what: str) -> str | None:
        r = self.select(f"SELECT ?v WHERE {{ GRAPH <{LOG_GRAPH}> {{ <{graph}> kh:{what} ?v }} }}")
        return r.rows[0]["v"].value if r.rows else None

    def flush(self) -> None:
        self._store.flush()

    # -- reading ------------------------------------------------------------------------------
    def select(self, query: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None,
               prefixes: bool = True) -> Result:
        q = (SPARQL_PREFIXES + query) if prefixes else query
        q = bind_values(q, substitutions or {})
        try:
            res = self._store.query(q, default_graph=ox.NamedNode(UNION_GRAPH))
        except SyntaxError as e:
            raise StoreError(f"SPARQL syntax error: {e}") from None
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            rows = [{v: sol[v] for v in variables} for sol in res]
            return Result(variables, rows)
        if isinstance(res, ox.QueryBoolean):
            return Result(["result"], [{"result": ox.Literal(str(bool(res)).lower())}])
        triples = list(res)
        return Result(["subject", "predicate", "object"],
                      [{"subject": t.subject, "predicate": t.predicate, "object": t.object} for t in triples])

    def named_graphs(self) -> list[str]:
        """Document, reference and log graphs (the materialised union is not listed)."""
        return sorted(g.value for g in self._store.named_graphs() if g.value != UNION_GRAPH)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph:
            return self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return (q for q in self._store.quads_for_pattern(None, None, None, None)
                if q.graph_name.value != UNION_GRAPH)

    def count(self, graph: str | None = None) -> int:
        """Triples in a graph; without a graph, distinct triples of the whole store. Counted by
        the store (iterating millions of quads through Python would cost gigabytes)."""
        res = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph or UNION_GRAPH}> {{ ?s ?p ?o }} }}")
        return int(next(iter(res))["n"].value)

    def export(self, fmt: str) -> bytes:
        if fmt == "nq":
            return ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS)
        if fmt == "trig":
            return ox.serialize(self.quads(), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        triples = sorted((q.triple for q in self.quads(UNION_GRAPH)),
                         key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        if fmt == "ttl":
            return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        if fmt == "jsonld":
            return ox.serialize(triples, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES)
        if fmt == "nt":
            return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        raise StoreError(f"unknown export format {fmt!r} (ttl, nt, nq, trig, jsonld)")


def _forget_update(g: str) -> str:
    """Remove from the union the triples of graph g that no other graph asserts."""
    return (f"DELETE {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h NOT IN (<{g}>, <{UNION_GRAPH}>, <{LOG_GRAPH}>)) }} }}")


def replace_graph_update(graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None) -> str:
    """One SPARQL update (one transaction) that replaces a graph, keeps the union graph in step,
    and records the ingest in the log graph."""
    g = ox.NamedNode(graph)
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    update = [_forget_update(graph), f"DROP SILENT GRAPH {g}",
              f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}",
              f"INSERT {{ GRAPH <{UNION_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"]
    if log:
        lg = ox.NamedNode(LOG_GRAPH)
        update.append(f"DELETE WHERE {{ GRAPH {lg} {{ {g} ?p ?o }} }}")
        lines = [f"{g} <{p}> {o} ." for p, o in log.items()]
        update.append(f"INSERT DATA {{ GRAPH {lg} {{\n" + "\n".join(lines) + "\n} }")
    return " ;\n".join(update)


def drop_graph_update(graph: str) -> str:
    return " ;\n".join([_forget_update(graph), f"DROP SILENT GRAPH <{graph}>",
                        f"DELETE WHERE {{ GRAPH <{LOG_GRAPH}> {{ <{graph}> ?p ?o }} }}"])


_WHERE = re.compile(r"\b(?:WHERE\s*)?\{", re.I)
_SELECT = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.I)


def bind_values(query: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind parameters as RDF terms: a VALUES block at the start of the outer WHERE group.
    Terms are serialised by pyoxigraph (escaped), so a value can never change the query."""
    if not bindings:
        return query
    body = "\n".join(line if not line.lstrip().startswith("#") else "" for line in query.split("\n"))
    m = _SELECT.search(body)
    if not m:
        raise StoreError("query has no SELECT/CONSTRUCT/ASK/DESCRIBE form")
    w = _WHERE.search(body, m.end())
    if not w:
        raise StoreError("query has no WHERE group to bind parameters into")
    names = sorted(bindings)
    values = " VALUES (" + " ".join("?" + n for n in names) + ") { (" + \
        " ".join(str(bindings[n]) for n in names) + ") } "
    return body[:w.end()] + values + body[w.end():]


def log_entry(sha256: str, file_name: str, version: str | None = None) -> dict[str, str]:
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    e = {
        PREFIXES["kh"] + "sha256": f'"{sha256}"',
        PREFIXES["kh"] + "fileName": ox.Literal(file_name).__str__(),
        PREFIXES["prov"] + "generatedAtTime": f'"{now}"^^<{PREFIXES["xsd"]}dateTime>',
    }
    if version:
        e[PREFIXES["kh"] + "toolVersion"] = f'"{version}"'
    return e


def open_store(location: str | Path | None) -> EmbeddedStore:
    """A directory opens the embedded store; an http(s) URL a SPARQL endpoint (kehoach.remote)."""
    loc = str(location or os.environ.get("KEHOACH_STORE") or DEFAULT_STORE)
    if loc.startswith(("http://", "https://")):
        from .remote import RemoteStore
        return RemoteStore(loc)
    return EmbeddedStore(loc)

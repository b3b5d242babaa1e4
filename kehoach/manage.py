"""Managing what a store holds, document by document: `remove` one document (its graph, and from
the union the triples only it asserted), `import_dump` a whole export back (N-Quads or TriG)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ingest.text import fold

from .errors import KehoachError, UsageError
from .queries import normalise_docnumber
from .store import Store
from .vocab import BASE, LOG_GRAPH, REFERENCE_GRAPHS, UNION_GRAPH


class DumpError(KehoachError):
    """A dump that cannot be read: nothing was imported."""


@dataclass
class Removed:
    graph: str
    file: str | None
    triples: int


def find_document_graphs(store: Store, ref: str) -> list[tuple[str, str | None]]:
    """The document graphs `ref` names, with their file names: a graph IRI, a document IRI, a file
    name as ingested, or a document number in any spelling ("155/QĐ-TTg", "155/qd-ttg")."""
    r = store.select(f"""SELECT DISTINCT ?g ?file ?doc ?key WHERE {{
        GRAPH <{LOG_GRAPH}> {{ ?g kh:fileName ?file }}
        OPTIONAL {{ ?g kh:describes ?doc OPTIONAL {{ ?doc kh:numberKey ?key }} }} }}""")
    ref = ref.strip()
    name = Path(ref).name
    number = normalise_docnumber(ref)
    hits: dict[str, str | None] = {}
    for row in r.rows:
        g, file, doc, key = (row[v].value if row.get(v) is not None else None  # type: ignore[union-attr]
                             for v in ("g", "file", "doc", "key"))
        if g is None or g in REFERENCE_GRAPHS or not g.startswith(BASE + "graph/doc/"):
            continue
        if ref in (g, doc) or file == name or (key is not None and key == number) or \
                (file is not None and fold(file) == fold(name)):
            hits[g] = file
    return sorted(hits.items())


def remove(store: Store, ref: str) -> Removed:
    """Drop the one document `ref` names. Several documents matching is an error listing them."""
    found = find_document_graphs(store, ref)
    if not found:
        raise UsageError(f"no ingested document matches {ref!r}",
                         hint="give its file name, number, document IRI or graph IRI (kehoach query documents)")
    if len(found) > 1:
        listed = "; ".join(f"{g} ({f})" for g, f in found[:5])
        raise UsageError(f"{ref!r} names {len(found)} documents: {listed}", hint="give the graph IRI of one")
    graph, file = found[0]
    n = store.count(graph)
    store.drop_graph(graph)
    from .audit.cache import forget
    forget(store, [graph])          # its audit findings are no longer valid
    from .derived import refresh
    refresh(store)                  # what the other documents still say
    return Removed(graph, file, n)  # (no flush: closing the store does it, see pipeline.ingest_files)


@dataclass
class Imported:
    graphs: int = 0
    triples: int = 0
    skipped: list[str] = field(default_factory=list)


def import_dump(store: Store, path: str | Path) -> Imported:
    """Load an export (`kehoach export --format nq|trig`) into the store: every named graph in it
    replaces the graph of that name (the ingest log included), then the union graph is rebuilt.
    The whole dump is parsed before anything is written, so a broken dump changes nothing."""
    p = Path(path)
    fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}.get(p.suffix.lower())
    if fmt is None:
        raise UsageError(f"{p}: import reads N-Quads (.nq) or TriG (.trig), the formats that keep named graphs")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise DumpError(f"{p}: cannot read ({e.strerror or e})") from None
    graphs: dict[str, list[ox.Triple]] = {}
    try:
        for q in ox.parse(data, format=fmt):
            if not isinstance(q.graph_name, ox.NamedNode):
                raise DumpError(f"{p}: a triple outside any named graph ({q.subject} {q.predicate} ...)",
                                   hint="kehoach exports every triple in a named graph; is this a kehoach dump?")
            graphs.setdefault(q.graph_name.value, []).append(q.triple)
    except SyntaxError as e:
        raise DumpError(f"{p}: not valid {'N-Quads' if fmt == ox.RdfFormat.N_QUADS else 'TriG'}: {e}") from None
    out = Imported()
    for g, triples in graphs.items():
        if g == UNION_GRAPH:            # recomputed below, never taken from a file
            out.skipped.append(g)
            continue
        if g != LOG_GRAPH:
            store.replace_graph(g, triples)
            out.graphs += 1
            out.triples += len(triples)
    if LOG_GRAPH in graphs:
        store.replace_graph(LOG_GRAPH, graphs[LOG_GRAPH])
    from .audit.cache import invalidate
    invalidate(store)               # graphs and log replaced wholesale: the next audit is a full one
    store.rebuild_union()
    store.flush()
    return out

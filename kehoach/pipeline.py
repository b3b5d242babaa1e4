"""Ingest: files -> documents -> RDF -> store, one file at a time, each atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.agencies import Gazetteer
from ingest.rdf import build_document
from ingest.reader import read_document
from kehoach import __version__
from kehoach.errors import IngestError

from .store import Store, log_entry


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


def ingest_file(store: Store, path: str | Path, gazetteer: Gazetteer,
                seen: dict[str, str] | None = None) -> Outcome:
    """Read, build and store one file. A document's graph is named after the document itself
    (number and issuer, or issuer and title of an unnumbered one): re-ingesting it replaces it, and
    when it comes from another file than before (or than earlier in this call) the outcome says so.
    `seen`: graph -> path of the files stored so far in this call."""
    try:
        doc = read_document(path, gazetteer)
        graph, doc_iri, triples = build_document(doc, gazetteer, __version__)
    except IngestError as e:
        return Outcome(str(path), False, str(e))
    note = None
    earlier = (seen or {}).get(graph)
    if earlier is not None and earlier != str(path):
        note = f"{path}: the same document as {earlier} (read earlier in this call): {earlier} is replaced"
    else:
        before_name, before_sha = store.logged(graph, "fileName"), store.logged(graph, "sha256")
        if before_name is not None and before_name != doc.source.name:
            same = "an identical copy of" if before_sha == doc.source.sha256 else "the same document as"
            note = f"{path}: {same} {before_name}, ingested before: it replaces that one"
    store.replace_graph(graph, triples, log_entry(doc.source.sha256, doc.source.name, __version__))
    if seen is not None:
        seen[graph] = str(path)
    return Outcome(str(path), True, f"{path}: {len(doc.tasks)} tasks, {len(triples)} triples",
                   graph, doc_iri, len(doc.tasks), len(triples), note)


def ingest_files(store: Store, paths: Iterable[str | Path],
                 on_done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    store.ensure_reference_graphs()
    gaz = Gazetteer.load()
    out = []
    seen: dict[str, str] = {}
    for p in paths:
        o = ingest_file(store, p, gaz, seen)
        out.append(o)
        if on_done:
            on_done(o)
    store.flush()
    return out


def expand(paths: Iterable[str]) -> list[Path]:
    """Files as given; directories expand to the documents inside (sorted, non-recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() in
                              (".txt", ".md", ".tsv", ".docx", ".text", ".markdown")
                              and x.name.lower() != "readme.md"))
        else:
            out.append(p)
    return out

"""The graph store. One named graph per source document, plus reference graphs (ontology,
gazetteer, known documents), link graphs and an ingest log; replacing a document's graph is one
SPARQL update, so it is atomic.

    Store            the interface (kehoach.store.base): primitives + SPARQL-level behaviour
    EmbeddedStore    pyoxigraph on disk (kehoach.store.embedded)
    RemoteStore      any SPARQL 1.1 endpoint over HTTP (kehoach.store.remote)
    open_store(loc)  a directory -> EmbeddedStore, an http(s) URL -> RemoteStore"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach.errors import EndpointError, StoreError

# graph IRIs and prefixes live in kehoach.vocab; re-exported for modules that import them from here
from kehoach.vocab import BASE, LOG_GRAPH, PREFIXES, REFERENCE_GRAPHS, SPARQL_PREFIXES, UNION_GRAPH

from .base import (
    EXPORT_FORMATS,
    WRITING,
    Binding,
    NewGraph,
    Result,
    Row,
    Store,
    Term,
    bind_values,
    bound,
    drop_graph_update,
    log_entry,
    rebuild_union_update,
    replace_graph_update,
    term_text,
)
from .embedded import EmbeddedStore

if TYPE_CHECKING:
    from .remote import RemoteStore

DEFAULT_STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "kehoach" / "store"

__all__ = [
    "BASE", "DEFAULT_STORE", "EXPORT_FORMATS", "LOG_GRAPH", "PREFIXES", "REFERENCE_GRAPHS",
    "SPARQL_PREFIXES", "UNION_GRAPH", "WRITING", "Binding", "EmbeddedStore", "EndpointError", "NewGraph",
    "RemoteStore", "Result", "Row", "Store", "StoreError", "Term", "bind_values", "bound",
    "drop_graph_update", "log_entry", "open_store", "rebuild_union_update", "replace_graph_update",
    "term_text",
]


def __getattr__(name: str) -> object:
    """RemoteStore is imported on first use: its HTTP stack (SPARQLWrapper, urllib) costs ~40 ms
    at start-up, which a command on an embedded store should not pay."""
    if name == "RemoteStore":
        from .remote import RemoteStore
        return RemoteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def open_store(location: str | Path | None, create: bool = True, wait: float = 0.0,
               read_only: bool = False) -> Store:
    """A directory opens the embedded store; an http(s) URL (any case) a SPARQL endpoint; any other
    URL scheme is refused. Without a location: $KEHOACH_STORE, else DEFAULT_STORE. `create`:
    whether a missing embedded store may be created (commands that only read pass False).
    `read_only`: an embedded store opened for reading only (a remote one is what its server allows)."""
    loc = str(location or os.environ.get("KEHOACH_STORE") or DEFAULT_STORE)
    m = _SCHEME.match(loc)
    if m:
        if m.group(1).lower() not in ("http", "https"):
            raise StoreError(f"unsupported store URL scheme {m.group(1)}:",
                             hint="give a directory, or the http(s) URL of a SPARQL endpoint")
        from .remote import RemoteStore
        return RemoteStore(m.group(1).lower() + loc[len(m.group(1)):])
    return EmbeddedStore(loc, create=create, wait=wait, read_only=read_only)

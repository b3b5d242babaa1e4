"""The embedded store: pyoxigraph on disk (RocksDB)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kehoach.errors import StoreError
from kehoach.vocab import UNION_GRAPH

from .base import Result, Store, boolean_result, rebuild_union_update, triples_result


class EmbeddedStore(Store):
    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open store at {self.path}: {e}") from None
        self._ensure_union()

    def _ensure_union(self) -> None:
        """Stores written before the union graph existed get it built once."""
        if not self._store.contains_named_graph(ox.NamedNode(UNION_GRAPH)):
            self._store.update(rebuild_union_update())

    # -- primitives ---------------------------------------------------------------------------
    def update(self, text: str) -> None:
        try:
            self._store.update(text)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"store update failed, nothing was changed: {e}") from None

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Flush and let go of the database, releasing RocksDB's lock on the directory."""
        if hasattr(self, "_store"):
            self._store.flush()
            del self._store

    def query(self, text: str) -> Result:
        try:
            res = self._store.query(text, default_graph=ox.NamedNode(UNION_GRAPH))
        except SyntaxError as e:
            raise StoreError(f"SPARQL syntax error: {e}") from None
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            return Result(variables, [{v: sol[v] for v in variables} for sol in res])
        if isinstance(res, ox.QueryBoolean):
            return boolean_result(bool(res))
        return triples_result(res)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if g.value != UNION_GRAPH)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph:
            return self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return (q for q in self._store.quads_for_pattern(None, None, None, None)
                if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == UNION_GRAPH))

    def count(self, graph: str | None = None) -> int:
        res = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph or UNION_GRAPH}> {{ ?s ?p ?o }} }}")
        assert isinstance(res, ox.QuerySolutions)
        return int(next(iter(res))["n"].value)

"""Publishing: the named graphs of a store pushed to a SPARQL endpoint (`kehoach publish`).

Each graph is replaced on the endpoint by one Graph Store Protocol PUT (N-Triples, see
RemoteStore.put_graph); the ingest-log entries of the pushed graphs go along, the endpoint's
union graph is rebuilt once at the end, and the endpoint's graph sizes are read back so the
caller can check them (PublishReport.mismatched)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import UsageError
from .store import RemoteStore, Store
from .vocab import LOG_GRAPH

# called with (graphs done, graphs in all): once with 0 before the first graph, then after each
Progress = Callable[[int, int], None]


@dataclass
class PublishReport:
    target: str                                                  # the Graph Store URL
    graphs: list[str]                                            # published, in order
    sizes: dict[str, int] = field(default_factory=dict)          # triples sent, per graph
    remote: dict[str, int] = field(default_factory=dict)         # triples on the endpoint afterwards

    @property
    def triples(self) -> int:
        return sum(self.sizes.values())

    @property
    def mismatched(self) -> list[str]:
        """Published graphs whose size on the endpoint differs from what was sent."""
        return [g for g in self.graphs if self.remote.get(g, 0) != self.sizes[g]]


def publish(source: Store, target: RemoteStore, graphs: Iterable[str] = (),
            progress: Progress | None = None) -> PublishReport:
    """Push `graphs` (default: every named graph but the ingest log) from `source` to `target`.
    A graph the source does not have is a UsageError, raised before anything is sent."""
    wanted = list(dict.fromkeys(graphs))
    available = source.named_graphs()
    missing = [g for g in wanted if g not in available]
    if missing:
        raise UsageError(f"no graph {missing[0]} in the store "
                         f"(see: kehoach sparql \"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{}} }}\")")
    todo = wanted or [g for g in available if g != LOG_GRAPH]
    log: dict[str, list[ox.Triple]] = {}
    for q in source.quads(LOG_GRAPH):
        if isinstance(q.subject, ox.NamedNode):              # entries are about graphs
            log.setdefault(q.subject.value, []).append(q.triple)
    report = PublishReport(target.gsp_url, todo)
    if progress:
        progress(0, len(todo))
    for i, g in enumerate(todo, 1):
        triples = [q.triple for q in source.quads(g)]
        target.put_graph(g, triples, None if g == LOG_GRAPH else log.get(g, []))
        report.sizes[g] = len(triples)
        if progress:
            progress(i, len(todo))
    target.rebuild_union()
    report.remote = target.graph_sizes()
    return report

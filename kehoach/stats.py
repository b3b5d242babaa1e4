"""`kehoach stats`: what the store holds, in one list of (what, count) pairs.

The content counts come from the saved query queries/totals.rq (the "(all)" row of queries/stats.rq,
each number counted on its own so that it stays fast on a large store; a test keeps the two equal),
so the CLI and researchers running `kehoach query totals` read the same numbers; the store adds
what only it knows (document graphs, plans, quads, named graphs).

quads: the triples of every named graph but the materialised union, summed (a triple two graphs
state counts twice). A document graph carries its own count (void:triples, written with it, see
ingest/statistics.py), so this costs a lookup per document, not a scan of the store; the other graphs
(ontology, gazetteer, links, derived) are small and counted. The distinct triples of the union are
in `kehoach void` (void:triples of the dataset), which counts them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .queries import get_query
from .store.base import bound
from .vocab import LOG_GRAPH, VOID

if TYPE_CHECKING:
    from .store import Store

# columns of the "(all)" row of queries/stats.rq, in the order they are printed
CONTENT = ("tasks", "tasks_without_lead", "strategic_goals", "objectives", "agencies", "lead_agencies",
           "agency_groups", "unresolved_agencies", "cited_documents", "citations", "reporting_duties")


def store_stats(store: Store) -> list[tuple[str, int]]:
    q = get_query("totals")
    result = store.select(q.text, q.bind({}), prefixes=False)
    total = result.rows[0] if result.rows else None
    plans = store.select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kh:Plan }").rows
    n_plans = plans[0].get("n") if plans else None
    graphs = store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a kh:DocumentGraph }").rows
    n = graphs[0].get("n") if graphs else None
    out: list[tuple[str, int]] = [("document_graphs", int(n.value) if n is not None else 0),
                                  ("plans", int(n_plans.value) if n_plans is not None else 0)]
    for col in CONTENT:
        value = total.get(col) if total else None
        out.append((col, int(value.value) if value is not None else 0))
    graphs_now = store.named_graphs()
    out.append(("quads", quads(store, graphs_now)))
    out.append(("named_graphs", len(graphs_now)))
    return out


def quads(store: Store, named: list[str]) -> int:
    """Triples of every named graph but the union (see the module): the document graphs' own counts,
    the other graphs (and a document graph written without statistics, by an older kehoach) counted."""
    counted = {bound(r["g"]): int(bound(r["n"])) for r in store.select(
        f"SELECT ?g ?n WHERE {{ ?g a kh:DocumentGraph ; <{VOID}triples> ?n }}").rows}
    return sum(counted[g] if g in counted else store.count(g) for g in named if g != LOG_GRAPH) + store.count(LOG_GRAPH)


def missing_statistics(store: Store) -> int:
    """Document graphs written by a kehoach that kept no statistics (re-ingest them to count them)."""
    r = store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a kh:DocumentGraph "
                     f"MINUS {{ ?g <{VOID}triples> ?c }} }}").rows
    return int(bound(r[0]["n"])) if r else 0

"""`kehoach stats`: what the store holds, in one list of (what, count) pairs.

The content counts come from the saved query queries/totals.rq (the "(all)" row of queries/stats.rq,
each number counted on its own so that it stays fast on a large store; a test keeps the two equal),
so the CLI and researchers running `kehoach query totals` read the same numbers; the store adds
what only it knows (document graphs, plans, triples, named graphs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .queries import get_query

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
    out.append(("triples", store.count()))
    out.append(("named_graphs", len(store.named_graphs())))
    return out

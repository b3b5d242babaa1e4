"""`kehoach stats`: what the store holds, in one list of (what, count) pairs.

The content counts come from the saved query queries/stats.rq (its "(all)" row), so the CLI and
researchers running `kehoach query stats` read the same numbers; the store adds what only it
knows (document graphs, triples, named graphs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .queries import get_query

if TYPE_CHECKING:
    from .store import Store

# columns of the "(all)" row of queries/stats.rq, in the order they are printed
CONTENT = ("tasks", "tasks_without_lead", "strategic_goals", "objectives", "agencies", "lead_agencies",
           "agency_groups", "unresolved_agencies", "cited_documents", "citations", "reporting_duties")


def store_stats(store: Store) -> list[tuple[str, int]]:
    q = get_query("stats")
    result = store.select(q.text, q.bind({}), prefixes=False)
    plans = [r for r in result.rows if r.get("plan") is not None]
    total = next((r for r in result.rows if r.get("plan") is None), None)
    graphs = store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a kh:DocumentGraph }").rows
    n = graphs[0].get("n") if graphs else None
    out: list[tuple[str, int]] = [("document_graphs", int(n.value) if n is not None else 0), ("plans", len(plans))]
    for col in CONTENT:
        value = total.get(col) if total else None
        out.append((col, int(value.value) if value is not None else 0))
    out.append(("triples", store.count()))
    out.append(("named_graphs", len(store.named_graphs())))
    return out

"""`kehoach stats`: what the store holds, in one list of (what, count) pairs.

The content counts come from the saved query queries/totals.rq (the "(all)" row of queries/stats.rq,
each number counted on its own so that it stays fast on a large store; a test keeps the two equal),
so the CLI and researchers running `kehoach query totals` read the same numbers; the store adds
what only it knows (document graphs, plans, quads, named graphs).

An embedded store keeps the counts in a file of its directory (COUNTS_FILE) from one `kehoach
stats` to the next: every write takes the file away before it writes (EmbeddedStore._changing), so
counts read back are those of the store as it is; they are counted again after a write, by another
kehoach, or with other totals (1,000 plans: 0.1 s of counting saved on each later call). A remote
store's counts are kept on the machine that asked for them, with the store's generation read
before counting (kehoach.store.remote: renewed by every write through kehoach, from any machine),
and read back only while the store is still in that generation.

quads: the triples of every named graph but the materialised union, summed (a triple two graphs
state counts twice). A document graph carries its own count (void:triples, written with it, see
ingest/statistics.py), so this costs a lookup per document, not a scan of the store; the other graphs
(ontology, gazetteer, links, derived) are small and counted. The distinct triples of the union are
in `kehoach void` (void:triples of the dataset), which counts them."""

from __future__ import annotations

import contextlib
import hashlib
import json
from typing import TYPE_CHECKING

from . import __version__
from .errors import KehoachError
from .resources import data_file
from .store.base import bound
from .vocab import LOG_GRAPH, VOID

if TYPE_CHECKING:
    from .store import Store

# columns of the "(all)" row of queries/stats.rq, in the order they are printed
CONTENT = ("tasks", "tasks_without_lead", "strategic_goals", "objectives", "agencies", "lead_agencies",
           "agency_groups", "unresolved_agencies", "cited_documents", "citations", "reporting_duties")


def counted(store: Store, again: bool = False) -> tuple[list[tuple[str, int]], int]:
    """`store_stats` and `missing_statistics`: read back from the store's counts file when it
    holds them (and not `again`), else counted, and kept there when the store has one."""
    path = store.counts_file
    stamp = store.counts_stamp() if path is not None else None
    if path is None or stamp is None:
        return store_stats(store), missing_statistics(store)
    key = f"{_counts_key()}:{stamp}"
    if not again:
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            if kept["key"] == key:
                return [(str(k), int(v)) for k, v in kept["stats"]], int(kept["missing"])
        except (OSError, ValueError, KeyError, TypeError):
            pass                    # none, unreadable or of another kind: counted again
    stats, missing = store_stats(store), missing_statistics(store)
    from .output import write_atomic
    # (the counts stand if they cannot be kept: the next call counts again)
    with contextlib.suppress(OSError, KehoachError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"key": key, "stats": stats, "missing": missing}, ensure_ascii=False))
    return stats, missing


def _counts_key() -> str:
    """What kept counts must have been counted with: this kehoach, these rows, this totals query."""
    text = data_file("queries", "totals.rq").read_bytes()
    return f"{__version__}:{','.join(CONTENT)}:{hashlib.sha256(text).hexdigest()[:16]}"


def store_stats(store: Store) -> list[tuple[str, int]]:
    from .queries import get_query
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

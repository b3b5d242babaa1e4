"""The statistics each document graph carries (ingest/statistics.py) equal what the former saved
queries counted over the graph in SPARQL: the per-plan counts of `stats`, the per (plan, agency,
kind) counts of `agency-workload` and the per (plan, agency kind) counts of `agency-kinds`. The
reference queries below are those queries' counting parts as they were before they read the
statistics, run on each document's own triples (seeds, layouts and examples: every reader)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, SEEDS, SHARED

from ingest.agencies import Gazetteer
from ingest.rdf import build_document
from ingest.reader import read_document
from ingest.statistics import DOCUMENT_COUNTS
from ingest.statistics import statistics_triples as statistics
from kehoach import __version__
from kehoach.pipeline import Parsed, parse_file
from kehoach.vocab import KH, PREFIXES, VOID

LAYOUTS = SHARED / "layouts"
PRE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

DOCUMENT_COUNTS_QUERY = PRE + """
SELECT ?q ?key (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a kh:Task ; kh:plan ?q . BIND("taskCount" AS ?key) }
  UNION { ?x a kh:Task ; kh:plan ?q . MINUS { ?x kh:lead ?y . ?y a kh:Agency } BIND("tasksWithoutLeadCount" AS ?key) }
  UNION { ?x a kh:StrategicGoal ; kh:plan ?q . BIND("strategicGoalCount" AS ?key) }
  UNION { ?x a kh:Objective ; kh:plan ?q . BIND("objectiveCount" AS ?key) }
  UNION { ?t a kh:Task ; kh:plan ?q ; kh:lead|kh:support ?x . BIND("agencyCount" AS ?key) }
  UNION { ?t a kh:Task ; kh:plan ?q ; kh:lead ?x . BIND("leadAgencyCount" AS ?key) }
  UNION { ?t a kh:Task ; kh:plan ?q ; kh:lead|kh:support ?x . ?x a kh:AgencyGroup . BIND("agencyGroupCount" AS ?key) }
  UNION { ?t a kh:Task ; kh:plan ?q ; kh:lead|kh:support ?x . ?x kh:resolution kh:unresolved .
          BIND("unresolvedAgencyCount" AS ?key) }
  UNION { ?q a kh:Plan ; eli:cites ?x . BIND("citedDocumentCount" AS ?key) }
  UNION { ?q a kh:Plan ; kh:citation ?x . BIND("citationCount" AS ?key) }
  UNION { ?q a kh:Plan ; kh:reportingDuty ?x . BIND("reportingDutyCount" AS ?key) }
} GROUP BY ?q ?key"""

WORKLOAD_QUERY = PRE + """
SELECT ?plan ?agency ?kind (COUNT(DISTINCT ?lt) AS ?led) (COUNT(DISTINCT ?st) AS ?supported)
       (COUNT(DISTINCT ?task) AS ?total)
WHERE {
  { SELECT DISTINCT ?task ?plan ?agency ?kind ?lt ?st WHERE {
      { ?task a kh:Task ; kh:plan ?plan . BIND("task" AS ?kind)
        { ?task kh:lead ?agency . BIND(?task AS ?lt) } UNION { ?task kh:support ?agency . BIND(?task AS ?st) } }
      UNION
      { ?plan kh:duty ?task . ?task kh:assignment ?as . ?as kh:agency ?agency ; kh:role ?role . BIND("duty" AS ?kind)
        BIND(IF(?role = kh:role-lead, ?task, ?unbound) AS ?lt)
        BIND(IF(?role = kh:role-support, ?task, ?unbound) AS ?st) } } }
} GROUP BY ?plan ?agency ?kind"""

KINDS_QUERY = PRE + """
SELECT ?plan ?kind (COUNT(DISTINCT ?lt) AS ?led) (COUNT(DISTINCT ?st) AS ?supported) (COUNT(DISTINCT ?task) AS ?total)
WHERE {
  { SELECT DISTINCT ?task ?plan ?agency ?lt ?st WHERE {
      ?task a kh:Task ; kh:plan ?plan .
      { ?task kh:lead ?agency . BIND(?task AS ?lt) } UNION { ?task kh:support ?agency . BIND(?task AS ?st) } } }
  OPTIONAL { SELECT DISTINCT ?agency ?entry WHERE { ?agency kh:gazetteerEntry ?entry } }
  BIND(COALESCE(?entry, ?agency) AS ?kind)
} GROUP BY ?plan ?kind"""


def _files() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}: ../shared is not beside the repository")
    files = sorted(p for p in SEEDS.glob("*.txt"))
    files += sorted(p for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".md", ".tsv")
                    and p.name != "README.md") if LAYOUTS.is_dir() else []
    files += sorted(p for p in EXAMPLES.glob("*.txt"))
    return files


@pytest.fixture(scope="module")
def graphs() -> list[tuple[str, str, list[ox.Triple], list[ox.Triple]]]:
    gaz = Gazetteer.load()
    out = []
    for f in _files():
        graph, _, triples = build_document(read_document(f, gaz), gaz, "test")
        out.append((f.name, graph, triples, statistics(graph, triples)))
    return out


def _stored(stats: list[ox.Triple]) -> dict[str, dict[ox.NamedNode, list[ox.Triple]]]:
    """statistics nodes by class: node -> its triples."""
    by_node: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for t in stats:
        by_node[t.subject].append(t)
    out: dict[str, dict] = defaultdict(dict)
    for node, ts in by_node.items():
        for t in ts:
            if t.predicate.value.endswith("#type"):
                out[t.object.value.rsplit("#", 1)[1]][node] = ts
    return out


def _value(ts: list[ox.Triple], local: str) -> ox.NamedNode | ox.Literal:
    (v,) = [t.object for t in ts if t.predicate == ox.NamedNode(KH + local)]
    return v


def _reference(triples: list[ox.Triple], query: str) -> list[dict]:
    s = ox.Store()
    s.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return [{v.value: row[v.value] for v in r.variables} for r in [s.query(query)] for row in r]


def test_document_counts_equal_the_sparql_definition(graphs):
    checked = 0
    for name, _, triples, stats in graphs:
        want: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(DOCUMENT_COUNTS, 0))
        for row in _reference(triples, DOCUMENT_COUNTS_QUERY):
            want[row["q"].value][row["key"].value] = int(row["n"].value)
        got = {_value(ts, "statisticsOf").value: {k: int(_value(ts, k).value) for k in DOCUMENT_COUNTS}
               for ts in _stored(stats)["DocumentStatistics"].values()}
        assert got == dict(want), name
        checked += sum(v["taskCount"] for v in got.values())
    assert checked > 250                     # the seeds alone have more than 250 tasks


def test_workloads_equal_the_sparql_definitions(graphs):
    rows = 0
    for name, _, triples, stats in graphs:
        nodes = _stored(stats)
        want = {(r["plan"].value, r["agency"].value, r["kind"].value): (int(r["led"].value), int(r["supported"].value),
                                                                         int(r["total"].value))
                for r in _reference(triples, WORKLOAD_QUERY)}
        got = {(_value(ts, "statisticsOf").value, _value(ts, "workloadAgency").value, _value(ts, "workKind").value):
               (int(_value(ts, "ledCount").value), int(_value(ts, "supportedCount").value),
                int(_value(ts, "totalCount").value)) for ts in nodes["AgencyWorkload"].values()}
        assert got == want, name
        want_kinds = {(r["plan"].value, r["kind"].value): (int(r["led"].value), int(r["supported"].value),
                                                           int(r["total"].value))
                      for r in _reference(triples, KINDS_QUERY)}
        got_kinds = {(_value(ts, "statisticsOf").value, _value(ts, "agencyKind").value):
                     (int(_value(ts, "ledCount").value), int(_value(ts, "supportedCount").value),
                      int(_value(ts, "totalCount").value)) for ts in nodes["AgencyKindWorkload"].values()}
        assert got_kinds == want_kinds, name
        rows += len(got)
    assert rows > 100


def test_void_triples_counts_the_whole_graph_and_statistics_are_stable(graphs):
    gaz = Gazetteer.load()
    for name, _graph, triples, stats in graphs:
        (n,) = [int(t.object.value) for t in stats if t.predicate == ox.NamedNode(VOID + "triples")]
        assert n == len(set(triples) | set(stats)) == len(triples) + len(stats), name
        assert not set(triples) & set(stats), name
    # the same document read again gives the very same statistics (stable IRIs, same order)
    name, graph, triples, stats = graphs[0]
    again = build_document(read_document(SEEDS / name, gaz), gaz, "test")[2]
    assert statistics(graph, again) == stats


def test_the_pipeline_stores_the_statistics_with_the_document():
    """parse_file (what `kehoach ingest` stores) = the document's triples + their statistics."""
    gaz = Gazetteer.load()
    path = _files()[0]
    p = parse_file(path, gaz)
    assert isinstance(p, Parsed)
    graph, _, triples = build_document(read_document(path, gaz), gaz, __version__)
    stored = {ox.Triple(q.subject, q.predicate, q.object) for q in p.triples()}
    assert stored == set(triples) | set(statistics(graph, triples, gaz.kind_labels))
    assert p.count == len(stored)

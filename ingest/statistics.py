"""Statistics of one document graph, written into the graph with the document (so they are kept
up to date at write time: replaced, removed and exported with it, never recomputed over the store).

Counting tasks, agencies and citations over a store of thousands of plans means joining every task
with its plan and agencies: seconds at 1,000 plans. Every count the saved queries `stats`, `totals`,
`compare-plans`, `agency-workload` and `agency-kinds` show per plan is a count over one document
graph (a document's tasks, goals, citations and the agencies its tasks name are stated in its own
graph), so it is computed here, once, from the triples just built, with the same definitions as
those queries (tests/test_statistics.py checks them against SPARQL over the graph):

- the graph (VoID): `void:triples`, the triples of the graph, these statistics included;
- per document whose tasks, goals or citations the graph states (`kh:DocumentStatistics`,
  `<graph>#statistics`): tasks, tasks without a lead agency (no lead, or only a collective),
  strategic goals, objectives, agencies named by its tasks (lead or support), lead agencies, agency
  groups, unresolved agencies, cited documents, citations, reporting duties;
- per (document, agency, kind of work) (`kh:AgencyWorkload`, `kh:workloadAgency`): tasks (kind "task") or standing
  duties (kind "duty") the agency leads, supports, and takes part in at all;
- per (document, kind of agency) (`kh:AgencyKindWorkload`, tasks only): the same three counts over
  the agencies of one gazetteer entry (an agency without one is its own kind), each task once.

The nodes are named after the graph (`#statistics`, `#workload-N`, `#kind-workload-N`, numbered in
a stable order), so re-ingesting a document writes the very same triples."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

import pyoxigraph as ox

from kehoach.vocab import ELI, KH, RDF, RDFS, VOID, XSD

Term = ox.NamedNode | ox.BlankNode | ox.Literal

_A = ox.NamedNode(RDF + "type")
_INT = ox.NamedNode(XSD + "integer")


def _k(local: str) -> ox.NamedNode:
    return ox.NamedNode(KH + local)


TASK, PLAN_CLASS, AGENCY, GROUP = _k("Task"), _k("Plan"), _k("Agency"), _k("AgencyGroup")
STRATEGIC_GOAL, OBJECTIVE = _k("StrategicGoal"), _k("Objective")
PLAN, LEAD, SUPPORT, DUTY = _k("plan"), _k("lead"), _k("support"), _k("duty")
ASSIGNMENT, AGENCY_OF, ROLE = _k("assignment"), _k("agency"), _k("role")
ROLE_LEAD, ROLE_SUPPORT = _k("role-lead"), _k("role-support")
RESOLUTION, UNRESOLVED, ENTRY = _k("resolution"), _k("unresolved"), _k("gazetteerEntry")
CITES, CITATION, REPORTING = ox.NamedNode(ELI + "cites"), _k("citation"), _k("reportingDuty")
DESCRIBES = _k("describes")

# the document counts, in the order they are written: property -> what is counted
DOCUMENT_COUNTS = ("taskCount", "tasksWithoutLeadCount", "strategicGoalCount", "objectiveCount", "agencyCount",
                   "leadAgencyCount", "agencyGroupCount", "unresolvedAgencyCount", "citedDocumentCount",
                   "citationCount", "reportingDutyCount")


class _Index:
    """The triples of one graph by predicate, with the types of each subject."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.pairs: dict[str, list[tuple[Term, Term]]] = defaultdict(list)
        self.types: dict[Term, set[Term]] = defaultdict(set)
        for t in triples:
            if t.predicate == _A:
                self.types[t.subject].add(t.object)
            else:
                self.pairs[t.predicate.value].append((t.subject, t.object))

    def objects(self, predicate: ox.NamedNode) -> dict[Term, list[Term]]:
        out: dict[Term, list[Term]] = defaultdict(list)
        for s, o in self.pairs.get(predicate.value, ()):
            out[s].append(o)
        return out

    def typed(self, cls: ox.NamedNode) -> set[Term]:
        return {s for s, ts in self.types.items() if cls in ts}


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INT)


def _sort_key(term: Term) -> str:
    return str(term)


def _labels(triples: list[ox.Triple]) -> Callable[[Term], tuple[str, str | None]]:
    """term -> (Vietnamese label, English label or None) from the graph's rdfs:label (the term's
    IRI when it has no Vietnamese label)."""
    found: dict[Term, dict[str, str]] = defaultdict(dict)
    rdfs_label = ox.NamedNode(RDFS + "label")
    for t in triples:
        if t.predicate == rdfs_label and isinstance(t.object, ox.Literal) and t.object.language in ("vi", "en"):
            found[t.subject].setdefault(t.object.language, t.object.value)

    def get(term: Term) -> tuple[str, str | None]:
        f = found.get(term, {})
        return f.get("vi", term.value), f.get("en")
    return get


def _label(node: ox.NamedNode, patterns: tuple[str, str], *parts: tuple[str, str | None]) -> list[ox.Triple]:
    """rdfs:label @vi, and @en when every part has an English label."""
    p = ox.NamedNode(RDFS + "label")
    out = [ox.Triple(node, p, ox.Literal(patterns[0].format(*(vi for vi, _ in parts)), language="vi"))]
    if all(en for _, en in parts):
        out.append(ox.Triple(node, p, ox.Literal(patterns[1].format(*(en for _, en in parts)), language="en")))
    return out


def statistics(graph: str, triples: list[ox.Triple],
               kind_labels: Mapping[str, tuple[str, str | None]] | None = None) -> list[ox.Triple]:
    """The statistics triples of a document graph (to be added to it). `kind_labels`: gazetteer
    entry IRI -> (Vietnamese, English label), for the labels of the kind workloads (an agency kind
    not found there is labelled with the agency's own label)."""
    ix = _Index(triples)
    label = _labels(triples)
    g = ox.NamedNode(graph)
    tasks = ix.typed(TASK)
    plan_of = ix.objects(PLAN)
    leads, supports = ix.objects(LEAD), ix.objects(SUPPORT)
    agencies_typed, groups = ix.typed(AGENCY), ix.typed(GROUP)
    unresolved = {s for s, o in ix.pairs.get(RESOLUTION.value, ()) if o == UNRESOLVED}
    entries = ix.objects(ENTRY)
    plans = ix.typed(PLAN_CLASS)

    # per document: the sets the counts are taken of
    sets: dict[Term, dict[str, set[Term]]] = defaultdict(lambda: defaultdict(set))
    # (document, agency, kind) -> led / supported / all tasks or duties; (document, agency kind) -> the same
    work: dict[tuple[Term, Term, str], list[set[Term]]] = defaultdict(lambda: [set(), set(), set()])
    kinds: dict[tuple[Term, Term], list[set[Term]]] = defaultdict(lambda: [set(), set(), set()])
    for t in tasks:
        for q in plan_of.get(t, ()):
            s = sets[q]
            s["taskCount"].add(t)
            if not any(x in agencies_typed for x in leads.get(t, ())):
                s["tasksWithoutLeadCount"].add(t)
            for role, named in ((0, leads.get(t, ())), (1, supports.get(t, ()))):
                for a in named:
                    s["agencyCount"].add(a)
                    if role == 0:
                        s["leadAgencyCount"].add(a)
                    if a in groups:
                        s["agencyGroupCount"].add(a)
                    if a in unresolved:
                        s["unresolvedAgencyCount"].add(a)
                    w = work[(q, a, "task")]
                    w[role].add(t)
                    w[2].add(t)
                    for kind in entries.get(a) or [a]:
                        k = kinds[(q, kind)]
                        k[role].add(t)
                        k[2].add(t)
    for cls, key in ((STRATEGIC_GOAL, "strategicGoalCount"), (OBJECTIVE, "objectiveCount")):
        for x in ix.typed(cls):
            for q in plan_of.get(x, ()):
                sets[q][key].add(x)
    for pred, key in ((CITES, "citedDocumentCount"), (CITATION, "citationCount"), (REPORTING, "reportingDutyCount")):
        for q, o in ix.pairs.get(pred.value, ()):
            if q in plans:
                sets[q][key].add(o)
    assignments, agency_of, role_of = ix.objects(ASSIGNMENT), ix.objects(AGENCY_OF), ix.objects(ROLE)
    for q, d in ix.pairs.get(DUTY.value, ()):
        for asg in assignments.get(d, ()):
            for a in agency_of.get(asg, ()):
                for r in role_of.get(asg, ()):
                    w = work[(q, a, "duty")]
                    if r == ROLE_LEAD:
                        w[0].add(d)
                    elif r == ROLE_SUPPORT:
                        w[1].add(d)
                    w[2].add(d)

    out: list[ox.Triple] = []
    described = {o for s, o in ix.pairs.get(DESCRIBES.value, ()) if s == g}
    for q in sorted(sets, key=_sort_key):
        node = ox.NamedNode(graph + ("#statistics" if q in described else
                                     "#statistics-" + hashlib.sha1(str(q).encode()).hexdigest()[:12]))
        out += [ox.Triple(g, _k("statistics"), node), ox.Triple(node, _A, _k("DocumentStatistics")),
                ox.Triple(node, _k("statisticsOf"), q)]
        out += _label(node, ("Số liệu thống kê: {}", "Statistics: {}"), label(q))
        out += [ox.Triple(node, _k(key), _int(len(sets[q][key]))) for key in DOCUMENT_COUNTS]
    for i, ((q, a, kind), (led, sup, every)) in enumerate(sorted(work.items(), key=lambda kv: (
            _sort_key(kv[0][0]), _sort_key(kv[0][1]), kv[0][2]))):
        node = ox.NamedNode(f"{graph}#workload-{i + 1}")
        out += [ox.Triple(g, _k("statistics"), node), ox.Triple(node, _A, _k("AgencyWorkload")),
                ox.Triple(node, _k("statisticsOf"), q), ox.Triple(node, _k("workloadAgency"), a),
                ox.Triple(node, _k("workKind"), ox.Literal(kind)), ox.Triple(node, _k("ledCount"), _int(len(led))),
                ox.Triple(node, _k("supportedCount"), _int(len(sup))), ox.Triple(node, _k("totalCount"), _int(len(every)))]
        work_vi, work_en = ("nhiệm vụ", "tasks") if kind == "task" else ("nhiệm vụ thường xuyên", "standing duties")
        out += _label(node, (f"Khối lượng việc: {{}} — {work_vi} của {{}}", f"Workload: {{}} — {work_en} of {{}}"), label(a), label(q))
    for i, ((q, kind_term), (led, sup, every)) in enumerate(sorted(kinds.items(), key=lambda kv: (
            _sort_key(kv[0][0]), _sort_key(kv[0][1])))):
        node = ox.NamedNode(f"{graph}#kind-workload-{i + 1}")
        out += [ox.Triple(g, _k("statistics"), node), ox.Triple(node, _A, _k("AgencyKindWorkload")),
                ox.Triple(node, _k("statisticsOf"), q), ox.Triple(node, _k("agencyKind"), kind_term),
                ox.Triple(node, _k("ledCount"), _int(len(led))), ox.Triple(node, _k("supportedCount"), _int(len(sup))),
                ox.Triple(node, _k("totalCount"), _int(len(every)))]
        known = (kind_labels or {}).get(kind_term.value) if isinstance(kind_term, ox.NamedNode) else None
        out += _label(node, ("Khối lượng việc theo loại: {} — nhiệm vụ của {}", "Workload by kind: {} — tasks of {}"), known or label(kind_term), label(q))
    out.append(ox.Triple(g, ox.NamedNode(VOID + "triples"), _int(len(triples) + len(out) + 1)))
    return out

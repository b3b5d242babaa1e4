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
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from kehoach.vocab import ELI, KH, RDF, RDFS, VOID, XSD

# (subject IRI, predicate IRI, object IRI or literal): what ingest/rdf.py's Builder writes
Row = tuple[str, str, "str | ox.Literal"]

_A, _LABEL = RDF + "type", RDFS + "label"
_INT = ox.NamedNode(XSD + "integer")
TASK, PLAN_CLASS, AGENCY, GROUP = KH + "Task", KH + "Plan", KH + "Agency", KH + "AgencyGroup"
STRATEGIC_GOAL, OBJECTIVE = KH + "StrategicGoal", KH + "Objective"
PLAN, LEAD, SUPPORT, DUTY = KH + "plan", KH + "lead", KH + "support", KH + "duty"
ASSIGNMENT, AGENCY_OF, ROLE = KH + "assignment", KH + "agency", KH + "role"
ROLE_LEAD, ROLE_SUPPORT = KH + "role-lead", KH + "role-support"
RESOLUTION, UNRESOLVED, ENTRY = KH + "resolution", KH + "unresolved", KH + "gazetteerEntry"
CITES, CITATION, REPORTING, DESCRIBES = ELI + "cites", KH + "citation", KH + "reportingDuty", KH + "describes"
# predicates whose objects are read
_READ = {PLAN, LEAD, SUPPORT, DUTY, ASSIGNMENT, AGENCY_OF, ROLE, RESOLUTION, ENTRY, CITES, CITATION, REPORTING,
         DESCRIBES}

# the document counts, in the order they are written (kh:{name})
DOCUMENT_COUNTS = ("taskCount", "tasksWithoutLeadCount", "strategicGoalCount", "objectiveCount", "agencyCount",
                   "leadAgencyCount", "agencyGroupCount", "unresolvedAgencyCount", "citedDocumentCount",
                   "citationCount", "reportingDutyCount")


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INT)


def statistics(graph: str, rows: Iterable[Row],
               kind_labels: Mapping[str, tuple[str, str | None]] | None = None) -> list[Row]:
    """The statistics of a document graph, as rows to add to it. `kind_labels`: gazetteer entry IRI
    -> (Vietnamese, English label), for the labels of the kind workloads (a kind not found there is
    labelled with the agency's own label)."""
    rows = list(rows)
    types: dict[str, set[str]] = defaultdict(set)
    objects: dict[str, dict[str, list[str]]] = {p: defaultdict(list) for p in _READ}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for s, p, o in rows:
        if p == _A:
            types[s].add(o)                                     # type: ignore[arg-type]
        elif p in _READ:
            objects[p][s].append(o.value if isinstance(o, ox.Literal) else o)
        elif p == _LABEL and isinstance(o, ox.Literal) and o.language in ("vi", "en"):
            labels[s].setdefault(o.language, o.value)

    def typed(cls: str) -> set[str]:
        return {s for s, ts in types.items() if cls in ts}

    def label(term: str) -> tuple[str, str | None]:
        f = labels.get(term, {})
        return f.get("vi", term), f.get("en")

    tasks, plans = typed(TASK), typed(PLAN_CLASS)
    agencies_typed, groups = typed(AGENCY), typed(GROUP)
    plan_of, leads, supports, entries = objects[PLAN], objects[LEAD], objects[SUPPORT], objects[ENTRY]
    unresolved = {s for s, os in objects[RESOLUTION].items() if UNRESOLVED in os}

    # per document: the sets its counts are taken of; (document, agency, kind) and (document, agency
    # kind) -> [led, supported, every] tasks or duties
    sets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    work: dict[tuple[str, str, str], list[set[str]]] = defaultdict(lambda: [set(), set(), set()])
    kinds: dict[tuple[str, str], list[set[str]]] = defaultdict(lambda: [set(), set(), set()])
    for t in tasks:
        for q in plan_of.get(t, ()):
            c = sets[q]
            c["taskCount"].add(t)
            if not any(x in agencies_typed for x in leads.get(t, ())):
                c["tasksWithoutLeadCount"].add(t)
            for role, named in ((0, leads.get(t, ())), (1, supports.get(t, ()))):
                for a in named:
                    c["agencyCount"].add(a)
                    if role == 0:
                        c["leadAgencyCount"].add(a)
                    if a in groups:
                        c["agencyGroupCount"].add(a)
                    if a in unresolved:
                        c["unresolvedAgencyCount"].add(a)
                    w = work[(q, a, "task")]
                    w[role].add(t)
                    w[2].add(t)
                    for kind in entries.get(a) or [a]:
                        k = kinds[(q, kind)]
                        k[role].add(t)
                        k[2].add(t)
    for cls, key in ((STRATEGIC_GOAL, "strategicGoalCount"), (OBJECTIVE, "objectiveCount")):
        for x in typed(cls):
            for q in plan_of.get(x, ()):
                sets[q][key].add(x)
    for pred, key in ((CITES, "citedDocumentCount"), (CITATION, "citationCount"), (REPORTING, "reportingDutyCount")):
        for q, os in objects[pred].items():
            if q in plans:
                sets[q][key].update(os)
    assignments, agency_of, role_of = objects[ASSIGNMENT], objects[AGENCY_OF], objects[ROLE]
    for q, duties in objects[DUTY].items():
        for d in duties:
            for asg in assignments.get(d, ()):
                for a in agency_of.get(asg, ()):
                    for r in role_of.get(asg, ()):
                        w = work[(q, a, "duty")]
                        if r == ROLE_LEAD:
                            w[0].add(d)
                        elif r == ROLE_SUPPORT:
                            w[1].add(d)
                        w[2].add(d)

    out: list[Row] = []

    def node(iri: str, cls: str, of: str, vi: str, en: str | None) -> str:
        out.extend([(graph, KH + "statistics", iri), (iri, _A, KH + cls), (iri, KH + "statisticsOf", of),
                    (iri, _LABEL, ox.Literal(vi, language="vi"))])
        if en is not None:
            out.append((iri, _LABEL, ox.Literal(en, language="en")))
        return iri

    def counts(iri: str, led: set[str], sup: set[str], every: set[str]) -> None:
        out.extend([(iri, KH + "ledCount", _int(len(led))), (iri, KH + "supportedCount", _int(len(sup))),
                    (iri, KH + "totalCount", _int(len(every)))])

    described = set(objects[DESCRIBES].get(graph, ()))
    for q in sorted(sets):
        qv, qe = label(q)
        iri = node(graph + ("#statistics" if q in described else
                            "#statistics-" + hashlib.sha1(q.encode()).hexdigest()[:12]),
                   "DocumentStatistics", q, f"Số liệu thống kê: {qv}", qe and f"Statistics: {qe}")
        out.extend((iri, KH + key, _int(len(sets[q][key]))) for key in DOCUMENT_COUNTS)
    for i, ((q, a, kind), (led, sup, every)) in enumerate(sorted(work.items(), key=lambda kv: kv[0])):
        (qv, qe), (av, ae) = label(q), label(a)
        what_vi, what_en = ("nhiệm vụ", "tasks") if kind == "task" else ("nhiệm vụ thường xuyên", "standing duties")
        iri = node(f"{graph}#workload-{i + 1}", "AgencyWorkload", q, f"Khối lượng việc: {av} — {what_vi} của {qv}",
                   f"Workload: {ae} — {what_en} of {qe}" if ae and qe else None)
        out.extend([(iri, KH + "workloadAgency", a), (iri, KH + "workKind", ox.Literal(kind))])
        counts(iri, led, sup, every)
    for i, ((q, kind_iri), (led, sup, every)) in enumerate(sorted(kinds.items(), key=lambda kv: kv[0])):
        (qv, qe), (kv, ke) = label(q), (kind_labels or {}).get(kind_iri) or label(kind_iri)
        iri = node(f"{graph}#kind-workload-{i + 1}", "AgencyKindWorkload", q,
                   f"Khối lượng việc theo loại: {kv} — nhiệm vụ của {qv}",
                   f"Workload by kind: {ke} — tasks of {qe}" if ke and qe else None)
        out.append((iri, KH + "agencyKind", kind_iri))
        counts(iri, led, sup, every)
    out.append((graph, VOID + "triples", _int(len(set(rows)) + len(out) + 1)))
    return out


def statistics_triples(graph: str, triples: Iterable[ox.Triple],
                       kind_labels: Mapping[str, tuple[str, str | None]] | None = None) -> list[ox.Triple]:
    """`statistics` of a graph given as pyoxigraph Triples (named nodes and literals only)."""
    rows: list[Row] = []
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode) or isinstance(t.object, (ox.BlankNode, ox.Triple)):
            raise ValueError(f"statistics are counted over named nodes and literals, not {t}")
        o = t.object if isinstance(t.object, ox.Literal) else t.object.value
        rows.append((t.subject.value, t.predicate.value, o))
    return [ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o if isinstance(o, ox.Literal) else ox.NamedNode(o))
            for s, p, o in statistics(graph, rows, kind_labels)]

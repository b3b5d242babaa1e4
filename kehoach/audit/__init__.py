"""Consistency audits: the SHACL shapes in shapes/ run over everything in the store.

    model        Finding, Severity, select() (a leaf: no store, no rdflib)
    shapes       the shapes graph split into core shapes (compiled, or left to pySHACL) and
                 SHACL-SPARQL constraints (with their targets and sh:prefixes/sh:declare
                 prefixes); check_of()
    compile      core shapes compiled to SPARQL queries (graph-wide and for given focus nodes)
    core         compiled constraints run on the store; the rest by pySHACL on projections
    prebinding   checks that a SHACL-SPARQL query run graph-wide gives what pre-binding $this gives
    sparql       the SHACL-SPARQL runner: each constraint once, graph-wide, on the store (or for
                 given focus nodes, or on one document graph)
    locate       each finding placed in its file and line with a readable focus; merge()
    cache        the findings of the last audit, kept beside an embedded store (SQLite)
    incremental  what changed since the last audit, what it reaches, re-checking only that
    engine       Auditor: full or incremental runs
    report       JSON, Turtle (SHACL validation report), text and HTML renderings

    findings = Auditor(store).run()                      # everything
    findings = Auditor(store).run(incremental=True)      # what changed since the last audit
    print(to_json(select(findings, "Warning")))
"""

from .engine import Auditor
from .model import Finding, Severity, select
from .report import to_html, to_json, to_text, to_turtle
from .shapes import Shapes, SparqlConstraint, Targets, check_of

__all__ = ["Auditor", "Finding", "Severity", "Shapes", "SparqlConstraint", "Targets", "check_of", "select",
           "to_html", "to_json", "to_text", "to_turtle"]

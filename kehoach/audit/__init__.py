"""Consistency audits: the SHACL shapes in shapes/ run over everything in the store.

    model       Finding, Severity, select() (a leaf: no store, no rdflib)
    shapes      the shapes graph split into core shapes and SHACL-SPARQL constraints (with their
                targets and sh:prefixes/sh:declare prefixes); check_of()
    core        core shapes validated by pySHACL on projections of the document graphs, in workers
    prebinding  checks that a SHACL-SPARQL query run graph-wide gives what pre-binding $this gives
    sparql      the SHACL-SPARQL runner: each constraint once, graph-wide, on the store
    engine      Auditor: both kinds, then each finding placed in its file and line
    report      JSON, Turtle (SHACL validation report), text and HTML renderings

    findings = Auditor(store).run()
    print(to_json(select(findings, "Warning")))
"""

from .engine import Auditor
from .model import Finding, Severity, select
from .report import to_html, to_json, to_text, to_turtle
from .shapes import Shapes, SparqlConstraint, Targets, check_of

__all__ = ["Auditor", "Finding", "Severity", "Shapes", "SparqlConstraint", "Targets", "check_of", "select",
           "to_html", "to_json", "to_text", "to_turtle"]

"""The derived graph (khr:graph/derived): facts about a document that no single document graph can
state, recomputed from all of them after every ingest or removal.

- eli:date_document of a document known only by citation: the date most mentions print
  (kh:citedDate), ties broken by the earliest date. A document ingested itself has its own date
  (in its graph), or none when its text prints no place-date line (the dates other documents print
  for it stay on their citations); a document of the reference data (ontology/documents.ttl) has
  the reference's. So every document has at most one eli:date_document (it is functional in ELI).
- dct:isReplacedBy from a blank-numbered document to the numbered document with the same
  kh:draftKey (same title and issuer): the draft and its numbered version.

The graph is replaced as a whole (one update), so it always matches the document graphs.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pyoxigraph as ox

from .store import Store
from .vocab import BASE, DCT, ELI, GRAPH, KH, LOG_GRAPH, PROV, RDF, RDFS, UNION_GRAPH, XSD

DERIVED_GRAPH = GRAPH + "derived"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def derived_triples(store: Store) -> list[ox.Triple]:
    """The triples of the derived graph for what the store holds now."""
    skip = f"<{UNION_GRAPH}>, <{LOG_GRAPH}>, <{DERIVED_GRAPH}>"
    dated = store.select(f"""SELECT ?doc ?date (COUNT(DISTINCT ?c) AS ?n) WHERE {{
        ?c kh:citedDocument ?doc ; kh:citedDate ?date .
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?doc eli:date_document ?own }} FILTER(?g NOT IN ({skip})) }}
        FILTER NOT EXISTS {{ ?ingested kh:describes ?doc }}
    }} GROUP BY ?doc ?date""")
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in dated.rows:
        doc, date, n = row["doc"], row["date"], row["n"]
        if doc is not None and date is not None and n is not None:
            votes[doc.value][date.value] += int(n.value)
    triples: list[ox.Triple] = []
    for doc_iri, counts in sorted(votes.items()):
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        triples.append(ox.Triple(_n(doc_iri), _n(ELI + "date_document"), ox.Literal(best, datatype=_n(XSD + "date"))))
    drafts = store.select("""SELECT DISTINCT ?draft ?numbered WHERE {
        ?draft kh:numberBlank true ; kh:draftKey ?k .
        ?numbered kh:draftKey ?k ; eli:id_local ?n .
        FILTER(?numbered != ?draft)
    }""")
    for row in drafts.rows:
        d, n = row["draft"], row["numbered"]
        if isinstance(d, ox.NamedNode) and isinstance(n, ox.NamedNode):
            triples.append(ox.Triple(d, _n(DCT + "isReplacedBy"), n))
    g = _n(DERIVED_GRAPH)
    if triples:
        triples += [
            ox.Triple(g, _n(RDF + "type"), _n(KH + "DerivedGraph")),
            ox.Triple(g, _n(RDF + "type"), _n(PROV + "Entity")),
            ox.Triple(g, _n(RDFS + "label"), ox.Literal("Đồ thị suy diễn từ mọi văn bản", language="vi")),
            ox.Triple(g, _n(RDFS + "label"), ox.Literal("Facts derived from all documents", language="en")),
            ox.Triple(g, _n(PROV + "wasAttributedTo"), _n(BASE + "software/kehoach")),
        ]
    return sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def refresh(store: Store) -> int:
    """Recompute the derived graph (dropped when there is nothing to derive). Returns its size."""
    triples = derived_triples(store)
    if triples:
        store.replace_graph(DERIVED_GRAPH, triples)
    elif DERIVED_GRAPH in store.named_graphs():
        store.drop_graph(DERIVED_GRAPH)
    return len(triples)

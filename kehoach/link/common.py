"""What the unit and Wikidata links share: IRIs, the triples buffer, the description of a link
graph and its ingest-log entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pyoxigraph as ox

from kehoach import __version__
from kehoach.vocab import BASE, DCT, KH, PROV, RDF, XSD

COUNTRY = BASE + "place/vn"
SOFTWARE = BASE + "software/kehoach"
A = ox.NamedNode(RDF + "type")


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


class Triples:
    """Triples of a link graph, built from IRIs as strings (objects: an IRI string or a term)."""

    def __init__(self) -> None:
        self.items: list[ox.Triple] = []
        self.editions: set[str] = set()      # of the unit entries written
        self._seen: set[str] = set()

    def add(self, s: str, p: str, o: str | ox.NamedNode | ox.Literal) -> None:
        self.items.append(ox.Triple(N(s), N(p), N(o) if isinstance(o, str) else o))

    def once(self, key: str) -> bool:
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def graph_triples(out: Triples, graph: str, derived: Iterable[str], description: str) -> None:
    out.add(graph, A.value, KH + "LinkGraph")
    out.add(graph, A.value, PROV + "Entity")
    out.add(graph, PROV + "wasAttributedTo", SOFTWARE)
    out.add(graph, KH + "toolVersion", ox.Literal(__version__))
    out.add(graph, DCT + "description", ox.Literal(description, language="en"))
    for d in derived:
        out.add(graph, PROV + "wasDerivedFrom", d)


def log_entry(version: str = __version__) -> dict[str, str]:
    """The ingest-log entry of a link graph: when it was written, and by which kehoach."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return {PROV + "generatedAtTime": f'"{now}"^^<{XSD}dateTime>', KH + "toolVersion": f'"{version}"'}


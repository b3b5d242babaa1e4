"""SPARQL 1.1 Protocol details: result formats (JSON, XML, CSV, TSV), RDF formats (Turtle,
N-Triples, JSON-LD, RDF/XML), Accept negotiation, and the service description.

Result documents are written here rather than by pyoxigraph's serialiser so that the server can
stop at its row cap (pyoxigraph would serialise every solution)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from kehoach.output import sparql_json_term as json_term
from kehoach.vocab import PASTE_PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# short name -> media type, for SELECT / ASK answers
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
# short name -> media type, for CONSTRUCT / DESCRIBE answers and resource descriptions
RDF_TYPES = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "rdfxml": ox.RdfFormat.RDF_XML}
# other names clients use for the same formats
ALIASES = {
    "application/json": "json", "application/sparql-results+json": "json", "srj": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml", "srx": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "ttl", "turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt",
    "ntriples": "nt", "n-triples": "nt", "text/plain": "nt", "application/ld+json": "jsonld", "json-ld": "jsonld",
    "application/rdf+xml": "rdfxml", "rdf": "rdfxml",
}


# -- Accept -----------------------------------------------------------------------------------------
_MEDIA = re.compile(r"^\s*([^;\s]+)\s*((?:;[^;]*)*)$")


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """(media range, q, position) of an Accept header, best first."""
    out = []
    for i, part in enumerate((header or "").split(",")):
        m = _MEDIA.match(part)
        if not m:
            continue
        q = 1.0
        for param in m.group(2).split(";"):
            k, _, v = param.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = float(v.strip())
                except ValueError:
                    q = 0.0
        out.append((m.group(1).lower(), q, i))
    return sorted(out, key=lambda x: (-x[1], x[2]))


def negotiate(header: str | None, offers: Sequence[str], default: str | None = None) -> str | None:
    """The offered media type the Accept header prefers (exact types before wildcards at equal
    q; the order of `offers` breaks ties for wildcards). No header or */*: `default`, else the
    first offer; nothing acceptable: None."""
    if not header or not header.strip():
        return default or offers[0]
    best: tuple[float, int, int] | None = None
    choice = None
    for rng, q, _pos in parse_accept(header):
        if q <= 0:
            continue
        for rank, offer in enumerate(offers):
            if rng == offer:
                score = (q, 2, -rank)
            elif rng.endswith("/*") and offer.startswith(rng[:-1]):
                score = (q, 1, -rank)
            elif rng == "*/*":
                score = (q, 0, -(0 if offer == default else rank + 1))
            else:
                continue
            if best is None or score > best:
                best, choice = score, offer
    return choice


def prefers_html(header: str | None) -> bool:
    """A browser: text/html asked for explicitly, at least as much as anything else."""
    if not header:
        return False
    ranked = parse_accept(header)
    html_q = max((q for r, q, _ in ranked if r in ("text/html", "application/xhtml+xml")), default=0.0)
    return html_q > 0 and html_q >= max(q for _, q, _ in ranked)


def format_name(value: str | None) -> str | None:
    """A `format` parameter value ("json", "csv", "text/turtle", ...) as a short name."""
    if not value:
        return None
    v = value.strip().lower()
    if v in RESULT_TYPES or v in RDF_TYPES or v == "html":
        return v
    return ALIASES.get(v)


# -- terms ----------------------------------------------------------------------------------------
def _xml_term(t: object) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        attrs = ""
        if t.language:
            attrs = f" xml:lang={quoteattr(t.language)}"
        elif t.datatype.value != XSD_STRING:
            attrs = f" datatype={quoteattr(t.datatype.value)}"
        return f"<literal{attrs}>{xml_escape(_xml_chars(t.value))}</literal>"
    return f"<literal>{xml_escape(_xml_chars(str(t)))}</literal>"


_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_chars(s: str) -> str:
    """XML 1.0 cannot carry most C0 controls: they are dropped."""
    return _XML_BAD.sub("", s)


def csv_value(t: object) -> str:
    """SPARQL 1.1 CSV: IRIs and literals by their lexical form, blank nodes as _:label."""
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


def tsv_value(t: object) -> str:
    """SPARQL 1.1 TSV: terms in Turtle/N-Triples syntax (tabs and newlines escaped inside literals)."""
    if t is None:
        return ""
    return str(t)


# -- result documents -------------------------------------------------------------------------------
def select_document(fmt: str, variables: list[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A SELECT answer in `fmt` (json, xml, csv, tsv); each row holds one term or None per variable."""
    if fmt == "json":
        bindings = [{v: json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head>\n<results>")
        for row in rows:
            out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                            for v, t in zip(variables, row) if t is not None) + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow([csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join(tsv_value(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(fmt)


def boolean_document(fmt: str, value: bool) -> bytes:
    text = "true" if value else "false"
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
                f"<head></head>\n<boolean>{text}</boolean>\n</sparql>\n").encode()
    if fmt in ("csv", "tsv"):
        return f"{'_askResult' if fmt == 'csv' else '?_askResult'}\n{text}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def rdf_document(fmt: str, triples: Iterable[ox.Triple]) -> bytes:
    """Triples as Turtle, N-Triples, JSON-LD or RDF/XML, with kehoach's prefixes where the format has them."""
    prefixes = None if fmt == "nt" else PASTE_PREFIXES
    return ox.serialize(list(triples), format=RDF_FORMATS[fmt], prefixes=prefixes) or b""


# -- service description ---------------------------------------------------------------------------
def service_description(endpoint: str, union_graph: str, timeout: float, max_rows: int) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description of this endpoint."""
    SD = "http://www.w3.org/ns/sparql-service-description#"
    RDFT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    DCT = "http://purl.org/dc/terms/"
    s = ox.NamedNode(endpoint)
    n = ox.NamedNode
    ds = ox.BlankNode("dataset")
    dg = ox.BlankNode("defaultGraph")
    t = [ox.Triple(s, n(RDFT), n(SD + "Service")),
         ox.Triple(s, n(SD + "endpoint"), s),
         ox.Triple(s, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
         ox.Triple(s, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
         ox.Triple(s, n(DCT + "description"),
                   ox.Literal(f"kehoach: read-only SPARQL 1.1 endpoint. The default graph is the union of every "
                              f"graph but the ingest log ({union_graph}); every named graph is available to "
                              f"GRAPH. Queries stop after {timeout:g} s and at {max_rows} result rows; "
                              "updates and SERVICE are refused.", language="en")),
         ox.Triple(s, n(SD + "defaultDataset"), ds),
         ox.Triple(ds, n(RDFT), n(SD + "Dataset")),
         ox.Triple(ds, n(SD + "defaultGraph"), dg),
         ox.Triple(dg, n(RDFT), n(SD + "Graph"))]
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        t.append(ox.Triple(s, n(SD + "resultFormat"), n(f"http://www.w3.org/ns/formats/{fmt}")))
    return t

"""The vocabulary in one place: namespaces, the graph IRIs of a store, and the SPARQL prefixes
every query runs with. Plain strings (usable with pyoxigraph and rdflib alike); `N(KH, "lead")`
or `KH + "lead"` make an IRI. Nothing here imports the rest of kehoach."""

from __future__ import annotations

BASE = "https://w3id.org/kehoach/"           # every IRI kehoach mints starts here
KH = BASE + "ontology#"                     # the kehoach ontology (ontology/kehoach.ttl)
GAZ = BASE + "gazetteer/"                   # agency kinds and collectives (ontology/agencies.ttl)
ELI = "http://data.europa.eu/eli/ontology#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
DCAT = "http://www.w3.org/ns/dcat#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
VOID = "http://rdfs.org/ns/void#"
FOAF = "http://xmlns.com/foaf/0.1/"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
RFC5147 = "http://tools.ietf.org/rfc/rfc5147"
IANA_MEDIA = "https://www.iana.org/assignments/media-types/"

# -- graphs of a store ----------------------------------------------------------------------------
GRAPH = BASE + "graph/"
LOG_GRAPH = GRAPH + "ingest-log"
# The default graph of every query: the set union of all graphs but the log. A store's own union
# of named graphs is a multiset (a triple asserted by 40 plans would match 40 times), so the union
# is kept materialised, updated in the same transaction that replaces a graph.
UNION_GRAPH = GRAPH + "union"
ONTOLOGY_GRAPH = GRAPH + "ontology"
GAZETTEER_GRAPH = GRAPH + "gazetteer"
DOCUMENTS_GRAPH = GRAPH + "documents"
ISSUER_CODES_GRAPH = GRAPH + "issuer-codes"
UNITS_GRAPH = GRAPH + "links/units"
WIKIDATA_GRAPH = GRAPH + "links/wikidata"
# reference graph -> (data folder, file) it is loaded from
REFERENCE_GRAPHS: dict[str, tuple[str, str]] = {
    ONTOLOGY_GRAPH: ("ontology", "kehoach.ttl"),
    GAZETTEER_GRAPH: ("ontology", "agencies.ttl"),
    DOCUMENTS_GRAPH: ("ontology", "documents.ttl"),
    ISSUER_CODES_GRAPH: ("ontology", "issuer-codes.ttl"),
}

# -- prefixes -------------------------------------------------------------------------------------
PREFIXES: dict[str, str] = {
    "kh": KH, "eli": ELI, "org": ORG, "prov": PROV, "oa": OA, "skos": SKOS, "dct": DCT, "dcat": DCAT,
    "schema": SCHEMA, "xsd": XSD, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "void": VOID,
}
# predeclared in `kehoach sparql`, `kehoach query --file` and every store query
SPARQL_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
# the short form of kehoach's own IRIs in tables (`khr:eli/vn/...`)
SHORT_BASE = "khr:"


# every prefix a reader may paste back into `kehoach sparql` (khr: is kehoach's own data space)
PASTE_PREFIXES: dict[str, str] = {**PREFIXES, "khr": BASE}
_BY_LENGTH = sorted(PASTE_PREFIXES.items(), key=lambda kv: len(kv[1]), reverse=True)
_LOCAL = __import__("re").compile(r"^[A-Za-z_][\w.-]*$|^$")


def compact(iri: str) -> str:
    """An IRI as `kehoach sparql` accepts it back: a prefixed name where SPARQL allows one
    ("kh:lead", "eli:cites", "khr:dataset"), else the whole IRI in <...> (a local name with "/",
    as in kehoach's document IRIs, is not valid SPARQL). The longest namespace wins."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def expand(name: str) -> str | None:
    """"kh:lead" -> the full IRI; None when `name` is not a prefixed name of PASTE_PREFIXES."""
    prefix, sep, local = name.partition(":")
    if sep and prefix in PASTE_PREFIXES and not local.startswith("//"):
        return PASTE_PREFIXES[prefix] + local
    return None


def shorten(iri: str) -> str:
    """An IRI as tables print it: kehoach's own IRIs with the `khr:` prefix."""
    return SHORT_BASE + iri[len(BASE):] if iri.startswith(BASE) else iri

"""Queries that would quietly return nothing, told apart from queries that rightly do.

- a `kh:` term the ontology does not declare ("kh:leads" for kh:lead): a warning, with the
  nearest declared term;
- a plain string matched against a label that carries a language tag (`skos:prefLabel "Gia Lai"`
  never equals "Gia Lai"@vi): a warning, with the tagged form;
- a saved query given a document that is not in the store: an error naming it, instead of an
  empty table.
(SPARQL syntax errors are worded by the store: the cause first, then line and column.)"""

from __future__ import annotations

import difflib
import re

import pyoxigraph as ox

from .errors import QueryError
from .queries import SavedQuery, normalise_docnumber
from .store import Result, Store
from .vocab import KH, ONTOLOGY_GRAPH

_KH_TERM = re.compile(r"(?<![\w:])kh:([A-Za-z_][\w-]*)")
_KH_IRI = re.compile(r"<" + re.escape(KH) + r"([A-Za-z_][\w-]*)>")
_LABEL_PREDICATES = r"(?:skos:prefLabel|skos:altLabel|rdfs:label|dct:title|eli:title)"
_UNTAGGED = re.compile(_LABEL_PREDICATES + r"\s+(\"[^\"\n]*\"|'[^'\n]*')(?!\s*(?:@|\^\^))")
_STRINGS_AND_COMMENTS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')


def declared_terms(store: Store) -> set[str]:
    """Local names of every kh: term the store's ontology graph declares (classes, properties,
    concepts, individuals)."""
    r = store.select(f"SELECT DISTINCT ?t WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?t ?p ?o }} "
                     f"FILTER(STRSTARTS(STR(?t), \"{KH}\")) }}")
    return {t.value[len(KH):] for row in r.rows if (t := row.get("t")) is not None}


def warnings_for(store: Store, text: str) -> list[str]:
    """What in `text` makes a query return nothing for a reason the user did not mean."""
    out: list[str] = []
    code = _STRINGS_AND_COMMENTS.sub(lambda m: m.group(0) if m.group(0)[0] in "\"'" else " ", text)
    used = {m.group(1) for m in _KH_TERM.finditer(_strip_strings(code))} | \
        {m.group(1) for m in _KH_IRI.finditer(code)}
    if used:
        known = declared_terms(store)
        if known:
            for term in sorted(used - known):
                near = difflib.get_close_matches(term, known, n=1)
                hint = f" (did you mean kh:{near[0]}?)" if near else ""
                out.append(f"kh:{term} is not a term of the kehoach ontology, so it matches nothing{hint}")
    for m in _UNTAGGED.finditer(code):
        out.append(f"{m.group(0)} never matches: labels carry a language tag; write {m.group(1)}@vi "
                   "(or compare STR(?label))")
    return out


def _strip_strings(text: str) -> str:
    return re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', text)


def explain_empty(store: Store, q: SavedQuery, given: dict[str, str], result: Result) -> None:
    """An empty answer to a saved query given a document NUMBER that the store does not hold is an
    error naming it (an empty table would read as "nothing descends from it"). Names and title
    words are not checked: an empty answer for them is an answer."""
    if result.rows:
        return
    for p in q.parameters:
        raw = given.get(p.name)
        if not raw or p.normalize not in ("docnumber", "document"):
            continue
        key = normalise_docnumber(raw)
        if not re.match(r"^\d+(?:/|$)", key):      # not a number ("Gia Lai", a file name, an IRI)
            continue
        if not _document_exists(store, raw):
            raise QueryError(f"no document {raw} in the store",
                             hint="kehoach query documents lists what the store holds")


def _document_exists(store: Store, raw: str) -> bool:
    """A document (ingested or cited) with this number; a bare number matches any symbol."""
    number = normalise_docnumber(raw)
    r = store.select('ASK { { ?d kh:numberKey ?n } UNION '
                     '{ ?d kh:numberKey ?k FILTER(STRSTARTS(?k, CONCAT(?n, "/"))) } }', {"n": ox.Literal(number)})
    v = r.rows[0].get("result") if r.rows else None
    return v is not None and v.value == "true"

"""The data of every page, read from a Store as plain dicts and lists of strings (so that it
crosses the process boundary cheaply and templates need no RDF library). Used by the server's
workers and by the static export alike.

A node is {"iri", "label", "label_en"}: the label is rdfs:label when there is one, else
skos:prefLabel, dct:title, the number (eli:id_local, eli:number), and finally the IRI; Vietnamese
first, then untagged, then English."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from kehoach.errors import SparqlError
from kehoach.store import Store
from kehoach.store.base import is_true
from kehoach.store.embedded import syntax_message
from kehoach.vocab import BASE, DCT, ELI, KH, OA, PREFIXES, RDF, RDFS, SKOS

Row = dict[str, str | None]
LABEL_PREDICATES = (RDFS + "label", SKOS + "prefLabel", DCT + "title", ELI + "id_local", ELI + "number")
PLACE_VN = BASE + "place/vn"
_HEADING = re.compile(r"^#+\s*")


def rows(store: Store, query: str, **bind: str | ox.NamedNode | ox.Literal) -> list[Row]:
    """Plain rows of a query; keyword arguments are bound (a str starting with http is an IRI)."""
    subs: dict[str, ox.NamedNode | ox.Literal] = {}
    for k, v in bind.items():
        if isinstance(v, str):
            subs[k] = ox.NamedNode(v) if v.startswith(("http://", "https://")) else ox.Literal(v)
        else:
            subs[k] = v
    raw = getattr(store, "raw", None)
    if raw is not None:
        # the terms written into the query (serialised by pyoxigraph, so escaped), so that the planner
        # starts from a pattern with a bound IRI; a VALUES block (what Store.select adds) is often
        # joined last, after scanning every match of the other patterns. Only for this module's own
        # queries, whose bound variables are never projected.
        for k, v in subs.items():
            query = _inline(query, k, str(v))
        try:
            res = raw.query(query, prefixes=PREFIXES)        # the default graph: the union
        except SyntaxError as e:
            raise SparqlError(syntax_message(str(e))) from None
        assert isinstance(res, ox.QuerySolutions)
        names = [v.value for v in res.variables]
        return [{k: (t.value if (t := sol[k]) is not None else None) for k in names} for sol in res]
    r = store.select(query, subs)
    return [{k: (t.value if (t := row.get(k)) is not None else None) for k in r.variables} for row in r.rows]


def _inline(query: str, variable: str, term: str) -> str:
    return re.sub(rf"\?{variable}(?![\w])", lambda _m: term, query)


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris if i and ">" not in i and " " not in i)


def labels(store: Store, iris: Iterable[str]) -> dict[str, dict[str, str]]:
    """{iri: {"vi": label, "en": label}} for the IRIs that have one (see the module doc)."""
    wanted = sorted({i for i in iris if i})
    cands: dict[str, list[tuple[int, int, str, str]]] = {}
    for i in range(0, len(wanted), 500):
        values = _values(wanted[i:i + 500])
        if not values:
            continue
        # from each subject to its few labels (VALUES ?p would scan every label of the store)
        r = store.select(f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} ?x ?p ?l "
                         f"FILTER(?p IN ({', '.join(f'<{p}>' for p in LABEL_PREDICATES)})) }}")
        for row in r.rows:
            x, p, lit = row["x"], row["p"], row["l"]
            if x is None or p is None or not isinstance(lit, ox.Literal):
                continue
            lang = lit.language or ""
            prio = {"vi": 0, "": 1, "en": 3}.get(lang, 2)
            cands.setdefault(x.value, []).append((LABEL_PREDICATES.index(p.value), prio, lang,
                                                  _HEADING.sub("", lit.value).strip()))
    out: dict[str, dict[str, str]] = {}
    for iri, cs in cands.items():
        vi = min(cs)
        out[iri] = {"vi": vi[3]}
        en = [c for c in cs if c[2] == "en"]
        if en and min(en)[3] != vi[3]:
            out[iri]["en"] = min(en)[3]
    return out


def node(iri: str | None, names: dict[str, dict[str, str]], fallback: str | None = None) -> dict[str, Any] | None:
    if not iri:
        return None
    n = names.get(iri, {})
    return {"iri": iri, "label": n.get("vi") or fallback or iri, "label_en": n.get("en")}


def types_of(store: Store, iri: str) -> list[str]:
    return [r["t"] for r in rows(store, "SELECT ?t WHERE { ?x a ?t }", x=iri) if r["t"]]


def exists(store: Store, iri: str) -> bool:
    return is_true(store.select("ASK { { ?x ?p ?o } UNION { ?s ?p ?x } }", {"x": ox.NamedNode(iri)}))


# -- statements (every page has them) ---------------------------------------------------------------
# the statements a document page lists elsewhere (parts, citations, duties), left out of its table
LISTED = (ELI + "has_part", KH + "citation", KH + "duty", KH + "reportingDuty", ELI + "cites")


def statements(store: Store, iri: str, limit: int = 400, document: bool = False
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict]:
    """Outgoing and incoming statements of `iri`, with the labels of predicates and nodes (for a
    document: without what its page lists anyway, and without incoming links: its parts)."""
    x: dict[str, ox.NamedNode | ox.Literal] = {"x": ox.NamedNode(iri)}
    if document:
        skip = " ".join(f"<{p}>" for p in LISTED)
        out = store.select(f"SELECT ?p ?o WHERE {{ ?x ?p ?o FILTER(?p NOT IN ({', '.join(skip.split())})) }} "
                           f"ORDER BY ?p ?o LIMIT {limit}", x)
        inc = store.select("SELECT ?s ?p WHERE { ?s ?p ?x } LIMIT 0", x)
    else:
        out = store.select(f"SELECT ?p ?o WHERE {{ ?x ?p ?o }} ORDER BY ?p ?o LIMIT {limit}", x)
        inc = store.select(f"SELECT ?s ?p WHERE {{ ?s ?p ?x }} ORDER BY ?p ?s LIMIT {limit}", x)
    iris = {iri}
    for r in out.rows:
        iris.add(r["p"].value)  # type: ignore[union-attr]
        if isinstance(r["o"], ox.NamedNode):
            iris.add(r["o"].value)
    for r in inc.rows:
        iris.add(r["p"].value)  # type: ignore[union-attr]
        if isinstance(r["s"], ox.NamedNode):
            iris.add(r["s"].value)
    names = labels(store, iris)
    outgoing = [{"p": node(r["p"].value, names), "o": _value(r["o"], names)} for r in out.rows]  # type: ignore[union-attr]
    incoming = [{"p": node(r["p"].value, names), "s": _value(r["s"], names)} for r in inc.rows]  # type: ignore[union-attr]
    return outgoing, incoming, names


def _value(t: object, names: dict[str, dict[str, str]]) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"kind": "uri", **(node(t.value, names) or {})}
    if isinstance(t, ox.Literal):
        extra = t.language or ("" if t.datatype.value.endswith("#string") else _short_dt(t.datatype.value))
        return {"kind": "literal", "value": t.value, "extra": extra}
    return {"kind": "bnode", "value": str(t)}


def _short_dt(iri: str) -> str:
    return "xsd:" + iri.rsplit("#", 1)[-1] if "XMLSchema#" in iri else iri


def _first(statements_out: list[dict[str, Any]], predicate: str, lang: str | None = "vi") -> str | None:
    """The first literal value of `predicate` (Vietnamese or untagged first)."""
    vals = [s["o"] for s in statements_out if s["p"]["iri"] == predicate and s["o"].get("kind") == "literal"]
    vals.sort(key=lambda v: 0 if v["extra"] in (lang, "") else 1)
    return vals[0]["value"] if vals else None


def _all(statements_out: list[dict[str, Any]], predicate: str) -> list[dict[str, Any]]:
    return [s["o"] for s in statements_out if s["p"]["iri"] == predicate]


# -- which page ---------------------------------------------------------------------------------------
def kind_of(types: list[str], iri: str) -> str:
    t = set(types)
    if t & {ELI + "LegalResourceSubdivision", KH + "Duty", KH + "ReportingDuty"}:
        return "part"
    if ELI + "LegalResource" in t:
        return "document"
    if t & {KH + "Agency", KH + "AgencyGroup"}:
        return "agency"
    if t & {KH + "GazetteerEntry", KH + "GroupEntry"}:
        return "kind"
    if OA + "SpecificResource" in t:
        return "span"
    if KH + "AdministrativeUnit" in t or iri.startswith(BASE + "place/"):
        return "place"
    if KH + "Citation" in t:
        return "citation"
    return "generic"


def page(store: Store, iri: str) -> dict[str, Any] | None:
    """Everything the page of `iri` shows; None when the store knows nothing of it."""
    if not exists(store, iri):
        return None
    types = types_of(store, iri)
    kind = kind_of(types, iri)
    outgoing, incoming, names = statements(store, iri, document=kind == "document")
    d: dict[str, Any] = {"iri": iri, "kind": kind, "node": node(iri, names), "types": [node(t, names) for t in types],
                         "statements": outgoing, "incoming": incoming}
    extra = {"document": _document, "part": _part, "agency": _agency, "kind": _kind, "span": _span,
             "place": _place, "citation": _citation}.get(kind)
    if extra:
        d.update(extra(store, iri, outgoing, names))
    return d


# -- documents ----------------------------------------------------------------------------------------
def _source_of_document(store: Store, doc: str) -> dict[str, Any] | None:
    r = rows(store, "SELECT ?g ?file ?sha ?lines ?version ?span WHERE { ?g kh:describes ?d ; prov:wasDerivedFrom ?f . "
                    "?f kh:fileName ?file OPTIONAL { ?f kh:sha256 ?sha } OPTIONAL { ?f kh:lineCount ?lines } "
                    "OPTIONAL { ?g kh:toolVersion ?version } OPTIONAL { ?d prov:wasDerivedFrom ?span } } LIMIT 1",
              d=doc)
    return dict(r[0]) if r else None


# every way one document carries out another: stated ("Thực hiện ..."), a Party document's
# kh:carriesOut, and the builder's kh:inferredImplementationOf (marked inferred in the pictures)
IMPLEMENTS = "(eli:ensures_implementation_of|kh:carriesOut|kh:inferredImplementationOf)"


def lineage_edges(store: Store, doc: str) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str, bool]]]:
    """(edges above, edges below) `doc` along every implementation link: (from, to, inferred)."""
    q_inferred = "BIND(EXISTS { ?a kh:inferredImplementationOf ?b } AS ?inf)"
    up = rows(store, f"SELECT DISTINCT ?a ?b ?inf WHERE {{ ?d {IMPLEMENTS}* ?a . "
                     f"?a {IMPLEMENTS} ?b {q_inferred} }}", d=doc)
    down = rows(store, f"SELECT DISTINCT ?a ?b ?inf WHERE {{ ?a {IMPLEMENTS}+ ?d . "
                       f"?a {IMPLEMENTS} ?b . ?b {IMPLEMENTS}* ?d "
                       f"{q_inferred} }}", d=doc)

    def edges(rs: list[Row]) -> list[tuple[str, str, bool]]:
        return [(r["a"] or "", r["b"] or "", r["inf"] == "true") for r in rs if r["a"] and r["b"]]
    return edges(up), edges(down)


def _tree(root: str, children: dict[str, list[tuple[str, bool]]], names: dict, limit: int = 400) -> list[dict]:
    """Nested {node, inferred, children} from `root` (cycles cut, at most `limit` nodes)."""
    seen = {root}
    count = 0

    def build(x: str) -> list[dict]:
        nonlocal count
        out = []
        for child, inferred in sorted(children.get(x, []), key=lambda c: (names.get(c[0], {}).get("vi") or c[0])):
            if child in seen or count >= limit:
                continue
            seen.add(child)
            count += 1
            out.append({"node": node(child, names), "inferred": inferred, "children": build(child)})
        return out
    return build(root)


def _document(store: Store, doc: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["title"] = _first(outgoing, DCT + "title")
    d["number"] = _first(outgoing, ELI + "id_local")
    d["dates"] = [v["value"] for v in _all(outgoing, ELI + "date_document")]
    d["doc_type"] = next((v for v in _all(outgoing, ELI + "type_document")), None)
    d["issuers"] = _all(outgoing, ELI + "passed_by")      # a joint document has several
    d["jurisdiction"] = next((v for v in _all(outgoing, ELI + "jurisdiction")), None)
    d["signer"] = _first(outgoing, KH + "signer")
    d["signer_title"] = _first(outgoing, KH + "signerTitle")
    d["subject"] = _first(outgoing, KH + "subject")
    d["number_blank"] = _first(outgoing, KH + "numberBlank") == "true"
    d["date_blank"] = _first(outgoing, KH + "dateBlank") == "true"
    period = rows(store, "SELECT ?s ?e WHERE { ?d dct:temporal ?p OPTIONAL { ?p dcat:startDate ?s } "
                         "OPTIONAL { ?p dcat:endDate ?e } } LIMIT 1", d=doc)
    d["period"] = period[0] if period else None
    d["source"] = _source_of_document(store, doc)
    up, down = lineage_edges(store, doc)
    # citations and the documents citing this one
    cites = rows(store, """SELECT ?c ?cited ?kind ?date ?printed ?issuer ?inferred ?line ?quote ?span WHERE {
        ?d kh:citation ?c . ?c kh:citedDocument ?cited .
        OPTIONAL { ?c kh:citationKind ?kind } OPTIONAL { ?c kh:citedDate ?date } OPTIONAL { ?c kh:asPrinted ?printed }
        OPTIONAL { ?c kh:citedIssuer ?issuer } OPTIONAL { ?c kh:inferred ?inferred }
        OPTIONAL { ?c prov:wasDerivedFrom ?span . ?span kh:startLine ?line
                   OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote } } } ORDER BY ?line ?c""", d=doc)
    cited_by = rows(store, """SELECT ?c ?citing ?kind ?date ?line WHERE {
        ?citing kh:citation ?c . ?c kh:citedDocument ?d .
        OPTIONAL { ?c kh:citationKind ?kind } OPTIONAL { ?c kh:citedDate ?date }
        OPTIONAL { ?c prov:wasDerivedFrom/kh:startLine ?line } } ORDER BY ?citing ?line""", d=doc)
    parts = rows(store, """SELECT ?x ?cls ?num ?lid ?title ?seq ?parent WHERE { ?x kh:plan ?d ; a ?cls .
        FILTER(?cls IN (kh:StrategicGoal, kh:Objective, kh:Section))
        OPTIONAL { ?x eli:number ?num } OPTIONAL { ?x kh:localId ?lid } OPTIONAL { ?x dct:title ?title }
        OPTIONAL { ?x kh:sequence ?seq } OPTIONAL { ?x eli:is_part_of ?parent } }""", d=doc)
    tasks = rows(store, """SELECT ?t ?num ?lid ?text ?seq ?parent ?span ?start ?end ?quote ?dup WHERE {
        ?t a kh:Task ; kh:plan ?d . OPTIONAL { ?t dct:description ?text } OPTIONAL { ?t kh:sequence ?seq }
        OPTIONAL { ?t eli:number ?num } OPTIONAL { ?t kh:localId ?lid } OPTIONAL { ?t eli:is_part_of ?parent }
        OPTIONAL { ?t kh:duplicateCount ?dup }
        OPTIONAL { ?t prov:wasDerivedFrom ?span . ?span kh:startLine ?start ; kh:endLine ?end
                   OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote } } }""", d=doc)
    roles = rows(store, """SELECT ?t ?role ?a WHERE { ?t kh:plan ?d .
        { ?t kh:lead ?a BIND("lead" AS ?role) } UNION { ?t kh:support ?a BIND("support" AS ?role) } }""", d=doc)
    duties = rows(store, """SELECT ?u ?lid ?text ?seq ?span ?start ?end ?quote WHERE { ?d kh:duty ?u .
        OPTIONAL { ?u kh:localId ?lid } OPTIONAL { ?u dct:description ?text } OPTIONAL { ?u kh:sequence ?seq }
        OPTIONAL { ?u prov:wasDerivedFrom ?span . ?span kh:startLine ?start ; kh:endLine ?end
                   OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote } } }""", d=doc)
    duty_roles = rows(store, """SELECT ?u ?a ?r WHERE { ?d kh:duty ?u . ?u kh:assignment ?as .
        ?as kh:agency ?a ; kh:role ?r }""", d=doc)
    reporting = reporting_duties(store, "?d kh:reportingDuty ?r", d=doc)
    iris = {doc} | {x for e in up + down for x in e[:2]}
    iris |= {r["cited"] or "" for r in cites} | {r["citing"] or "" for r in cited_by}
    iris |= {r["kind"] or "" for r in cites + cited_by}
    iris |= {r["a"] or "" for r in roles + duty_roles} | {r["parent"] or "" for r in tasks}
    iris |= {r["x"] or "" for r in parts} | {r["cls"] or "" for r in parts} | {r["r"] or "" for r in duty_roles}
    names.update(labels(store, iris - set(names)))
    # lineage, as trees
    parents: dict[str, list[tuple[str, bool]]] = {}
    for a, b, inf in up:
        parents.setdefault(a, []).append((b, inf))
    children: dict[str, list[tuple[str, bool]]] = {}
    for a, b, inf in down:
        children.setdefault(b, []).append((a, inf))
    d["up"] = _tree(doc, parents, names)
    d["down"] = _tree(doc, children, names)
    d["descendants"] = len({a for a, _, _ in down})
    d["citations"] = [{"iri": r["c"], "cited": node(r["cited"], names), "kind": node(r["kind"], names),
                       "date": r["date"], "printed": r["printed"], "issuer": r["issuer"],
                       "inferred": r["inferred"] == "true", "line": r["line"], "quote": r["quote"], "span": r["span"]}
                      for r in cites]
    d["cited_by"] = [{"iri": r["c"], "citing": node(r["citing"], names), "kind": node(r["kind"], names),
                      "date": r["date"], "line": r["line"]} for r in cited_by]
    by_part = {r["x"]: r for r in parts if r["x"]}
    d["goals"] = sorted(({"node": node(r["x"], names), "cls": node(r["cls"], names), "number": r["num"] or r["lid"],
                          "title": r["title"], "seq": _int(r["seq"])} for r in parts if r["x"]),
                        key=lambda g: (g["seq"], g["number"] or ""))
    agencies: dict[str, dict[str, list]] = {}
    for r in roles:
        if r["t"] and r["a"] and r["role"]:
            agencies.setdefault(r["t"], {"lead": [], "support": []})[r["role"]].append(node(r["a"], names))
    task_list = []
    for r in sorted(tasks, key=lambda r: (_int(r["seq"]), r["t"] or "")):
        t = r["t"] or ""
        parent = by_part.get(r["parent"] or "")
        ag = agencies.get(t, {"lead": [], "support": []})
        task_list.append({"node": node(t, names, r["num"] or r["lid"]), "code": r["num"], "local_id": r["lid"],
                          "text": r["text"], "parent": node(r["parent"], names, parent["num"] if parent else None),
                          "leads": sorted(ag["lead"], key=lambda n: n["label"]),
                          "supports": sorted(ag["support"], key=lambda n: n["label"]),
                          "span": r["span"], "start": r["start"], "end": r["end"], "quote": r["quote"],
                          "duplicates": r["dup"]})
    d["tasks"] = task_list
    duty_ag: dict[str, dict[str, list]] = {}
    for r in duty_roles:
        role = "lead" if (r["r"] or "").endswith("role-lead") else "support"
        duty_ag.setdefault(r["u"] or "", {"lead": [], "support": []})[role].append(node(r["a"], names))
    d["duties"] = [{"node": node(r["u"], names, r["lid"]), "local_id": r["lid"], "text": r["text"],
                    "span": r["span"], "start": r["start"], "end": r["end"], "quote": r["quote"],
                    **duty_ag.get(r["u"] or "", {"lead": [], "support": []})}
                   for r in sorted(duties, key=lambda r: (_int(r["seq"]), r["u"] or ""))]
    d["reporting"] = reporting
    d["graph"] = (d["source"] or {}).get("g")
    return d


def _int(v: str | None) -> int:
    try:
        return int(v) if v is not None else 10**9
    except ValueError:
        return 10**9


def reporting_duties(store: Store, pattern: str, **bind: str) -> list[dict[str, Any]]:
    """Reporting duties matching `pattern` (which binds ?r), with plan, schedule and agencies. The
    schedule's schema:byMonth / byMonthDay / repeatFrequency are read on the duty or on its
    kh:schedule (a schema:Schedule)."""
    rs = rows(store, f"""SELECT ?r ?plan ?month ?day ?freq ?deadline ?text ?dtext ?line ?span ?role ?a ?ps ?pe WHERE {{
        {pattern} .
        ?plan kh:reportingDuty ?r .
        OPTIONAL {{ ?r kh:schedule?/schema:byMonth ?month }} OPTIONAL {{ ?r kh:schedule?/schema:byMonthDay ?day }}
        OPTIONAL {{ ?r kh:schedule?/schema:repeatFrequency ?freq }} OPTIONAL {{ ?r kh:deadline ?deadline }}
        OPTIONAL {{ ?r dct:description ?text }} OPTIONAL {{ ?r kh:deadlineText ?dtext }}
        OPTIONAL {{ ?r prov:wasDerivedFrom ?span . ?span kh:startLine ?line }}
        OPTIONAL {{ ?plan dct:temporal ?per OPTIONAL {{ ?per dcat:startDate ?ps }}
                    OPTIONAL {{ ?per dcat:endDate ?pe }} }}
        OPTIONAL {{ {{ ?r kh:reporter ?a BIND("reporter" AS ?role) }}
                   UNION {{ ?r kh:recipient ?a BIND("recipient" AS ?role) }}
                   UNION {{ ?r kh:via ?a BIND("via" AS ?role) }} }} }}""", **bind)
    names = labels(store, {r["a"] or "" for r in rs} | {r["plan"] or "" for r in rs} | {r["r"] or "" for r in rs})
    duties: dict[str, dict[str, Any]] = {}
    for r in rs:
        key = r["r"] or ""
        d = duties.setdefault(key, {"node": node(key, names), "plan": node(r["plan"], names),
                                    "month": _opt_int(r["month"]),
                                    "day": _opt_int(r["day"]), "yearly": r["freq"] == "P1Y", "deadline": r["deadline"],
                                    "text": r["text"], "deadline_text": r["dtext"], "line": r["line"],
                                    "span": r["span"], "period_start": r["ps"], "period_end": r["pe"],
                                    "reporter": [], "recipient": [], "via": []})
        if r["role"] and r["a"]:
            n = node(r["a"], names)
            if n not in d[r["role"]]:
                d[r["role"]].append(n)
    out = list(duties.values())
    out.sort(key=lambda d: (d["month"] is None, d["month"] or 0, d["day"] or 0,
                            d["plan"]["label"] if d["plan"] else ""))
    return out


AGENCY_DUTIES = "{ ?r kh:reporter ?x } UNION { ?r kh:recipient ?x } UNION { ?r kh:via ?x }"


def _opt_int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


# -- plan parts: goals, tasks, duties, reporting duties ----------------------------------------------
def _part(store: Store, iri: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["code"] = _first(outgoing, ELI + "number") or _first(outgoing, KH + "localId")
    d["text"] = _first(outgoing, DCT + "description")
    d["title"] = _first(outgoing, DCT + "title")
    plan = rows(store, "SELECT ?p WHERE { { ?x kh:plan ?p } UNION { ?p kh:duty ?x } UNION { ?p kh:reportingDuty ?x } } "
                       "LIMIT 1", x=iri)
    parent = rows(store, "SELECT ?p WHERE { ?x eli:is_part_of ?p } LIMIT 1", x=iri)
    kids = rows(store, """SELECT ?c ?num ?lid ?text ?title ?seq WHERE { ?x eli:has_part ?c .
        OPTIONAL { ?c eli:number ?num } OPTIONAL { ?c kh:localId ?lid } OPTIONAL { ?c dct:description ?text }
        OPTIONAL { ?c dct:title ?title } OPTIONAL { ?c kh:sequence ?seq } }""", x=iri)
    assigns = rows(store, """SELECT ?a ?role ?printed WHERE { ?x kh:assignment ?as . ?as kh:agency ?a ; kh:role ?role .
        OPTIONAL { ?as kh:asPrinted ?printed } }""", x=iri)
    direct = rows(store, """SELECT ?a ?role WHERE { { ?x kh:lead ?a BIND("lead" AS ?role) }
        UNION { ?x kh:support ?a BIND("support" AS ?role) } }""", x=iri)
    span = rows(store, """SELECT ?span ?start ?end ?quote ?file ?page WHERE { ?x prov:wasDerivedFrom ?span .
        ?span kh:startLine ?start ; kh:endLine ?end OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote }
        OPTIONAL { ?span oa:hasSource/kh:fileName ?file } OPTIONAL { ?span kh:startPage ?page } } LIMIT 1""", x=iri)
    iris = {r["p"] or "" for r in plan + parent} | {r["c"] or "" for r in kids}
    iris |= {r["a"] or "" for r in assigns + direct}
    names.update(labels(store, iris - set(names)))
    d["plan"] = node(plan[0]["p"], names) if plan else None
    d["parent"] = node(parent[0]["p"], names) if parent else None
    d["children"] = [{"node": node(r["c"], names, r["num"] or r["lid"]), "code": r["num"] or r["lid"],
                      "text": r["text"] or r["title"]}
                     for r in sorted(kids, key=lambda r: (_int(r["seq"]), r["c"] or ""))]
    printed: dict[tuple[str, str], list[str]] = {}
    for r in assigns:
        role = "lead" if (r["role"] or "").endswith("role-lead") else "support"
        printed.setdefault((role, r["a"] or ""), [])
        if r["printed"]:
            printed[(role, r["a"] or "")].append(r["printed"])
    for r in direct:
        printed.setdefault((r["role"] or "", r["a"] or ""), [])
    d["leads"] = [{"node": node(a, names), "printed": sorted(set(p))} for (role, a), p in sorted(printed.items())
                  if role == "lead"]
    d["supports"] = [{"node": node(a, names), "printed": sorted(set(p))} for (role, a), p in sorted(printed.items())
                     if role == "support"]
    d["span"] = span[0] if span else None
    if KH + "ReportingDuty" in {t["o"].get("iri") for t in outgoing if t["p"]["iri"] == RDF + "type"}:
        d["reporting"] = reporting_duties(store, "?r a kh:ReportingDuty FILTER(?r = ?x)", x=iri)
    return d


# -- agencies -----------------------------------------------------------------------------------------
def succession(store: Store, kind: str, jurisdiction: str | None) -> list[dict[str, Any]]:
    """Change events of the 2025 reorganisation around an agency kind: predecessors (kinds merged
    into it) and successors (kinds it went into), with the concrete agency of the same jurisdiction
    where the store has one."""
    rs = rows(store, """SELECT ?e ?dir ?other ?etype ?basis ?started ?notAfter ?applies WHERE {
        { ?e kh:originalKind ?k ; kh:resultingKind ?other BIND("successor" AS ?dir) }
        UNION { ?e kh:resultingKind ?k ; kh:originalKind ?other BIND("predecessor" AS ?dir) }
        OPTIONAL { ?e a ?etype FILTER(?etype IN (kh:Merger, kh:Renaming, kh:Split)) }
        OPTIONAL { ?e kh:legalBasis ?basis } OPTIONAL { ?e prov:startedAtTime ?started }
        OPTIONAL { ?e kh:effectiveNotAfter ?notAfter } OPTIONAL { ?e kh:appliesIn ?applies } }""", k=kind)
    where = {jurisdiction} if jurisdiction else set()
    if jurisdiction:
        where |= {r["p"] for r in rows(store, "SELECT ?p WHERE { ?j kh:within+ ?p }", j=jurisdiction) if r["p"]}
    rs = [r for r in rs if not r["applies"] or not jurisdiction or r["applies"] in where]
    concrete: dict[str, str] = {}
    if jurisdiction and rs:
        for r in rows(store, f"SELECT ?k ?a WHERE {{ VALUES ?k {{ {_values(r['other'] or '' for r in rs)} }} "
                             "?a kh:gazetteerEntry ?k ; kh:jurisdiction ?j }", j=jurisdiction):
            if r["k"] and r["a"]:
                concrete.setdefault(r["k"], r["a"])
    names = labels(store, {r["e"] or "" for r in rs} | {r["other"] or "" for r in rs} | {r["etype"] or "" for r in rs}
                   | {r["basis"] or "" for r in rs} | set(concrete.values()))
    out: list[dict[str, Any]] = []
    for r in rs:
        out.append({"event": node(r["e"], names), "direction": r["dir"], "kind": node(r["other"], names),
                    "agency": node(concrete.get(r["other"] or ""), names), "type": node(r["etype"], names),
                    "basis": node(r["basis"], names), "effective": (r["started"] or "")[:10] or None,
                    "not_after": r["notAfter"]})
    out.sort(key=lambda x: (x["direction"], x["kind"]["label"] if x["kind"] else ""))
    return out


def agency_tasks(store: Store, agency: str) -> list[dict[str, Any]]:
    rs = rows(store, """SELECT ?t ?role ?plan ?num ?lid ?text ?seq ?kind WHERE {
        { { ?t kh:lead ?a BIND("lead" AS ?role) } UNION { ?t kh:support ?a BIND("support" AS ?role) }
          ?t kh:plan ?plan BIND("task" AS ?kind) }
        UNION { ?t kh:assignment ?as . ?as kh:agency ?a ; kh:role ?r . ?plan kh:duty ?t BIND("duty" AS ?kind)
                BIND(IF(?r = kh:role-lead, "lead", "support") AS ?role) }
        OPTIONAL { ?t dct:description ?text } OPTIONAL { ?t eli:number ?num } OPTIONAL { ?t kh:localId ?lid }
        OPTIONAL { ?t kh:sequence ?seq } }""", a=agency)
    names = labels(store, {r["plan"] or "" for r in rs})
    seen = set()
    out = []
    for r in sorted(rs, key=lambda r: (names.get(r["plan"] or "", {}).get("vi") or r["plan"] or "", _int(r["seq"]))):
        key = (r["t"], r["role"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"node": node(r["t"], names, r["num"] or r["lid"]), "role": r["role"], "kind": r["kind"],
                    "plan": node(r["plan"], names), "code": r["num"] or r["lid"], "text": r["text"]})
    return out


def _agency(store: Store, iri: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    d: dict[str, Any] = {}
    kind = next((v for v in _all(outgoing, KH + "gazetteerEntry")), None)
    jur = next((v for v in _all(outgoing, KH + "jurisdiction")), None)
    d["gazetteer"] = kind
    d["jurisdiction"] = jur
    d["unresolved"] = any(v.get("iri") == KH + "unresolved" for v in _all(outgoing, KH + "resolution"))
    d["tasks"] = agency_tasks(store, iri)
    per_plan: dict[str, dict[str, Any]] = {}
    for t in d["tasks"]:
        p = t["plan"]["iri"] if t["plan"] else ""
        c = per_plan.setdefault(p, {"plan": t["plan"], "lead": 0, "support": 0, "duty": 0})
        if t["kind"] == "duty":
            c["duty"] += 1
        else:
            c[t["role"]] += 1
    d["per_plan"] = sorted(per_plan.values(), key=lambda c: (-(c["lead"] + c["support"] + c["duty"]),
                                                              c["plan"]["label"] if c["plan"] else ""))
    d["succession"] = succession(store, kind["iri"], jur["iri"] if jur else None) if kind and kind.get("iri") else []
    d["reporting"] = reporting_duties(store, AGENCY_DUTIES, x=iri)
    return d


def _kind(store: Store, iri: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    rs = rows(store, """SELECT ?a (COUNT(DISTINCT ?l) AS ?led) (COUNT(DISTINCT ?s) AS ?supported) WHERE {
        ?a kh:gazetteerEntry ?k OPTIONAL { ?l kh:lead ?a } OPTIONAL { ?s kh:support ?a } } GROUP BY ?a""", k=iri)
    n = labels(store, {r["a"] or "" for r in rs})
    return {"agencies": sorted(({"node": node(r["a"], n), "led": r["led"], "supported": r["supported"]} for r in rs),
                               key=lambda x: x["node"]["label"] if x["node"] else ""),
            "succession": succession(store, iri, None),
            "alt_labels": sorted({v["value"] for v in _all(outgoing, SKOS + "altLabel") if v.get("kind") == "literal"})}


def _place(store: Store, iri: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    docs = rows(store, "SELECT DISTINCT ?d WHERE { ?d eli:jurisdiction ?p }", p=iri)
    ags = rows(store, "SELECT DISTINCT ?a WHERE { ?a kh:jurisdiction ?p }", p=iri)
    subs = rows(store, "SELECT DISTINCT ?u WHERE { ?u kh:within ?p }", p=iri)
    n = labels(store, {r["d"] or "" for r in docs} | {r["a"] or "" for r in ags} | {r["u"] or "" for r in subs})
    def nodes(rs: list[Row], k: str) -> list[dict[str, Any]]:
        return sorted((x for r in rs if (x := node(r[k], n))), key=lambda x: x["label"])
    return {"documents": nodes(docs, "d"), "agencies": nodes(ags, "a"), "units": nodes(subs, "u")}


def _span(store: Store, iri: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    of = rows(store, "SELECT ?x WHERE { ?x prov:wasDerivedFrom ?s }", s=iri)
    info = rows(store, """SELECT ?file ?start ?end ?quote ?selector ?sp ?ep ?spl ?epl ?doc WHERE {
        ?s kh:startLine ?start ; kh:endLine ?end
        OPTIONAL { ?s oa:hasSource ?f . ?f kh:fileName ?file
                   OPTIONAL { ?g prov:wasDerivedFrom ?f ; kh:describes ?doc } }
        OPTIONAL { ?s oa:hasSelector ?q . ?q oa:exact ?quote }
        OPTIONAL { ?s oa:hasSelector ?l . ?l dct:conformsTo <http://tools.ietf.org/rfc/rfc5147> ; rdf:value ?selector }
        OPTIONAL { ?s kh:startPage ?sp ; kh:endPage ?ep ; kh:startPageLine ?spl ; kh:endPageLine ?epl } }
        LIMIT 1""", s=iri)
    n = labels(store, {r["x"] or "" for r in of} | {r["doc"] or "" for r in info})
    return {"of": [x for r in of if (x := node(r["x"], n))], "info": info[0] if info else None,
            "document": node(info[0]["doc"], n) if info and info[0]["doc"] else None}


def _citation(store: Store, iri: str, outgoing: list[dict[str, Any]], names: dict) -> dict[str, Any]:
    r = rows(store, """SELECT ?citing ?cited ?kind ?date ?printed ?span ?line ?quote WHERE { ?citing kh:citation ?c .
        OPTIONAL { ?c kh:citedDocument ?cited } OPTIONAL { ?c kh:citationKind ?kind } OPTIONAL { ?c kh:citedDate ?date }
        OPTIONAL { ?c kh:asPrinted ?printed }
        OPTIONAL { ?c prov:wasDerivedFrom ?span . ?span kh:startLine ?line
                   OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote } } } LIMIT 1""", c=iri)
    if not r:
        return {}
    x = r[0]
    n = labels(store, {x["citing"] or "", x["cited"] or "", x["kind"] or ""})
    return {"citation": {"citing": node(x["citing"], n), "cited": node(x["cited"], n), "kind": node(x["kind"], n),
                         "date": x["date"], "printed": x["printed"], "span": x["span"], "line": x["line"],
                         "quote": x["quote"]}}


# -- home, documents, search --------------------------------------------------------------------------

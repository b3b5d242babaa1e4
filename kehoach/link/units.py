"""Places of the store -> entries of the official unit lists (`link_units`), in named graph
khr:graph/links/units. Which edition a place refers to is decided by the dates of the documents
that have it as eli:jurisdiction (see kehoach.link)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kehoach.store import Store, bound, term_text
from kehoach.vocab import DCAT, DCT, KH, PROV, RDFS, SKOS, UNITS_GRAPH, XSD

from .common import A, N, Triples, graph_triples, log_entry
from .unitdata import (
    CURRENT,
    DATATYPE,
    LEGACY,
    LEVEL_TYPES,
    REFORM_DATE,
    SCHEME,
    TIER,
    Dataset,
    Unit,
    UnitData,
)


# -- the places of the store -------------------------------------------------------------------
@dataclass
class Place:
    iri: str
    name: str
    level: str
    parent: str | None
    eras: set[str] = field(default_factory=set)

    @property
    def era(self) -> str:
        if self.eras == {"pre"}:
            return "pre-2025"
        if self.eras == {"post"}:
            return "2025"
        return "mixed" if self.eras else "undated"


Q_PLACES = """
SELECT ?p ?name ?level ?parent WHERE {
  ?p a kh:AdministrativeUnit ; kh:unitLevel ?lv .
  OPTIONAL { ?p skos:prefLabel ?name FILTER(LANG(?name) = "vi") }
  OPTIONAL { ?p kh:within ?parent }
  BIND(STRAFTER(STR(?lv), "#unit-") AS ?level)
  FILTER(?lv != kh:unit-country)
}"""
Q_PLACE_DATES = """
SELECT DISTINCT ?p ?d ?date ?start WHERE {
  ?p a kh:AdministrativeUnit .
  ?d eli:jurisdiction ?p .
  OPTIONAL { ?d eli:date_document ?date }
  OPTIONAL { ?d dct:temporal/dcat:startDate ?start }
}"""


def document_era(dates: Iterable[str], starts: Iterable[str]) -> str | None:
    """"pre" / "post" 1 July 2025 for one document: its date, else the first year of its period
    (2024 or earlier -> pre, 2026 or later -> post, 2025 -> unknown)."""
    ds = []
    for d in dates:
        with contextlib.suppress(ValueError):         # not a date: ignored
            ds.append(dt.date.fromisoformat(d[:10]))
    if ds:
        # a document printed with two dates: the earliest
        return "pre" if min(ds) < REFORM_DATE else "post"
    years = [int(s[:4]) for s in starts if s[:4].isdigit()]
    if years:
        y = min(years)
        return "pre" if y <= 2024 else "post" if y >= 2026 else None
    return None


def read_places(store: Store) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for r in store.select(Q_PLACES).rows:
        iri = bound(r["p"])
        name = term_text(r["name"])
        if not name:
            continue
        p = places.get(iri)
        if p is None or name < p.name:       # several spellings of one slug: any one, stably
            places[iri] = Place(iri, name, bound(r["level"]), term_text(r["parent"]))
    docs: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for r in store.select(Q_PLACE_DATES).rows:
        dates, starts = docs.setdefault((bound(r["p"]), bound(r["d"])), (set(), set()))
        if r["date"]:
            dates.add(bound(r["date"]))
        if r["start"]:
            starts.add(bound(r["start"]))
    for (place, _), (dates, starts) in docs.items():
        era = document_era(dates, starts)
        if era and place in places:
            places[place].eras.add(era)
    return places


# -- matching -------------------------------------------------------------------------------------
@dataclass
class UnitLink:
    place: Place
    status: str                         # linked | unlinked | ambiguous
    unit: Unit | None = None
    successors: list[Unit] = field(default_factory=list)
    note: str = ""
    candidates: list[Unit] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        u = self.unit
        return {"place": self.place.iri, "name": self.place.name, "level": self.place.level,
                "era": self.place.era, "status": self.status,
                "edition": u.edition if u else None, "code": u.code if u else None,
                "officialName": u.name if u else None, "type": u.type if u else None,
                "unit": u.iri if u else None,
                "successors": [s.label() for s in self.successors],
                "candidates": [c.label() for c in self.candidates], "note": self.note}


class Matcher:
    def __init__(self, data: UnitData, places: dict[str, Place]):
        self.data = data
        self.places = places

    def province(self, place: Place, edition: str) -> tuple[list[Unit], str]:
        """Candidates for a province-level place in one edition, with a note."""
        hits = self.data.find(edition, None, place.name)
        wanted = LEVEL_TYPES.get(place.level, set())
        same = [u for u in hits if u.type in wanted]
        if same:
            return same, ""
        if place.level == "city" and edition == LEGACY:
            # "thành phố Hải Dương" in an old document: the city under the province (district level)
            cities = self.data.find_anywhere(LEGACY, place.name, {"unit-provincial-city"})
            if cities:
                return cities, "a city under a province (district level) before 2025"
        if hits:
            return hits, f"printed as {place.level}, official type {hits[0].type.removeprefix('unit-')}"
        return [], ""

    def within(self, place: Place, edition: str) -> tuple[list[Unit], str]:
        """Candidates for a ward, commune, district ... inside its province (or, before 2025, inside
        the district-level city it is printed under)."""
        parent = self.places.get(place.parent or "")
        if parent is None or parent.level not in ("province", "city"):
            return [], "no province known for it"
        scopes, _ = self.province(parent, edition)
        if len(scopes) != 1:
            return [], f"{parent.name} not found in the {edition} list" if not scopes else \
                f"{parent.name} is ambiguous in the {edition} list"
        scope = scopes[0]
        hits = self.data.find(edition, scope.province, place.name)
        if scope.level == "district":
            hits = [u for u in hits if u.parent == scope.code]
        tier = {TIER[t] for t in LEVEL_TYPES.get(place.level, ())}
        hits = [u for u in hits if TIER[u.type] in tier]
        wanted = LEVEL_TYPES.get(place.level, set())
        same = [u for u in hits if u.type in wanted]
        if len(hits) > 1 and same:
            hits = same
        note = "" if not hits or hits[0].type in wanted else \
            f"printed as {place.level}, official type {hits[0].type.removeprefix('unit-')}"
        return hits, note

    def candidates(self, place: Place, edition: str) -> tuple[list[Unit], str]:
        if place.level in ("province", "city"):
            return self.province(place, edition)
        if edition == CURRENT and place.level in ("district", "town", "provincial-city"):
            return [], "no district level after 1 July 2025"
        return self.within(place, edition)

    def match(self, place: Place) -> UnitLink:
        era = place.era
        editions = [LEGACY] if era == "pre-2025" else [CURRENT, LEGACY]
        notes = []
        for edition in editions:
            hits, note = self.candidates(place, edition)
            if len(hits) > 1:
                return UnitLink(place, "ambiguous", note=f"{len(hits)} units of that name in the {edition} list",
                                candidates=hits)
            if hits:
                u = hits[0]
                extra = []
                if note:
                    extra.append(note)
                if edition == LEGACY and era != "pre-2025":
                    extra.append("name only in the pre-2025 list")
                if era == "mixed":
                    extra.append("documents from before and after 1 July 2025; linked to the 2025 unit")
                succ = self.data.successors.get(u.code, []) if u.edition == LEGACY else []
                return UnitLink(place, "linked", u, succ, "; ".join(extra))
            notes.append(note or f"not in the {edition} list")
        return UnitLink(place, "unlinked", note="; ".join(dict.fromkeys(notes)))




# -- RDF --------------------------------------------------------------------------------------
def _notation(u: Unit) -> ox.Literal:
    return ox.Literal(u.code, datatype=N(DATATYPE[u.edition]))


def unit_triples(out: Triples, u: Unit, data: UnitData) -> None:
    if not out.once(u.iri):
        return
    ds = data.datasets[u.edition]
    out.editions.add(u.edition)
    out.add(u.iri, A.value, KH + "OfficialUnit")
    out.add(u.iri, A.value, SKOS + "Concept")
    out.add(u.iri, SKOS + "inScheme", SCHEME[u.edition])
    out.add(u.iri, SKOS + "notation", _notation(u))
    out.add(u.iri, SKOS + "prefLabel", ox.Literal(u.name, language="vi"))
    out.add(u.iri, KH + "unitType", KH + u.type)
    out.add(u.iri, PROV + "wasDerivedFrom", ds.iri)
    if u.parent:
        parent = data.by_code[(u.edition, u.parent)]
        out.add(u.iri, SKOS + "broader", parent.iri)
        unit_triples(out, parent, data)
    if u.edition == LEGACY:
        for s in data.successors.get(u.code, []):
            out.add(u.iri, DCT + "isReplacedBy", s.iri)
            out.add(u.iri, KH + "successorUnit", s.iri)
            unit_triples(out, s, data)


def dataset_triples(out: Triples, ds: Dataset) -> None:
    out.add(ds.iri, A.value, DCAT + "Dataset")
    out.add(ds.iri, A.value, PROV + "Entity")
    out.add(ds.iri, DCT + "title", ox.Literal(ds.title, language="en"))
    out.add(ds.iri, DCT + "description", ox.Literal(ds.description, language="en"))
    out.add(ds.iri, DCAT + "version", ox.Literal(ds.version))
    out.add(ds.iri, DCAT + "landingPage", f"https://pypi.org/project/{ds.package}/{ds.version}/")
    out.add(ds.iri, RDFS + "seeAlso", ds.homepage)
    for s in ds.sources:
        out.add(ds.iri, DCT + "source", s)
    if ds.data_version:                 # vietnam_provinces.__data_version__: the date the data was retrieved
        out.add(ds.iri, DCT + "modified", ox.Literal(ds.data_version, datatype=N(XSD + "date")))


@dataclass
class UnitsReport:
    links: list[UnitLink]
    datasets: list[Dataset]
    triples: int

    def to_json(self) -> dict[str, Any]:
        return {"graph": UNITS_GRAPH, "triples": self.triples,
                "datasets": [d.describe() for d in self.datasets],
                "linked": sum(1 for x in self.links if x.status == "linked"),
                "rows": [x.row() for x in self.links]}


def link_units(store: Store, data: UnitData | None = None) -> UnitsReport:
    data = data or UnitData()
    places = read_places(store)
    matcher = Matcher(data, places)
    links = [matcher.match(p) for p in sorted(places.values(), key=lambda p: p.iri)]
    out = Triples()
    for ln in links:
        u, p = ln.unit, ln.place.iri
        if ln.status != "linked" or u is None:
            continue
        out.add(p, SKOS + "notation", _notation(u))
        out.add(p, KH + "unitType", KH + u.type)
        out.add(p, SKOS + "exactMatch", u.iri)
        for s in ln.successors:
            out.add(p, KH + "successorUnit", s.iri)
        unit_triples(out, u, data)
    used = [data.datasets[e] for e in sorted(out.editions)]
    for ds in used:
        dataset_triples(out, ds)
    graph_triples(out, UNITS_GRAPH, [ds.iri for ds in used], (
        "Places of the store linked to the official list of Vietnamese administrative units: the list in force "
        "since 1 July 2025 (kh:GSOUnits2025) or, for places named in documents issued before that day or with "
        "names that no longer exist, the list before the 2025 reorganization (kh:GSOUnitsPre2025) with the "
        "2025 successors."))
    store.replace_graph(UNITS_GRAPH, out.items, log_entry())
    return UnitsReport(links, used, len(out.items))


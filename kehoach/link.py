"""Links from the places, agencies and documents of the store to outside identifiers.

`link_units(store)` — every kh:AdministrativeUnit (province, centrally-run city, ward, commune,
...) to its entry in the official list of administrative units and codes, in named graph
khr:graph/links/units (replaced atomically):

    <place> skos:notation "56"^^kh:GSOCode ; kh:unitType kh:unit-province ;
            skos:exactMatch <khr:unit/vn/56> .
    <khr:unit/vn/56> a kh:OfficialUnit ; skos:inScheme kh:GSOUnits2025 ; skos:notation ... ;
            skos:prefLabel "Khánh Hòa"@vi ; kh:unitType ... ; skos:broader <province entry> ;
            prov:wasDerivedFrom <khr:dataset/pypi/vietnam-provinces/2025.10.1> .

Two editions of the list. The list in force since 1 July 2025 (34 provinces and cities, no
districts; Quyết định 19/2025/QĐ-TTg) comes from the PyPI package vietnam-provinces (data of
the General Statistics Office, danhmuchanhchinh.gso.gov.vn); its codes are typed kh:GSOCode and
its entries are khr:unit/vn/{code}. The list before the reorganization (63 provinces, districts,
wards) and the old -> new mapping come from the PyPI package vietnamadminunits (compiled from
danhmuchanhchinh.gso.gov.vn and sapnhap.bando.com.vn); codes typed kh:GSOCodePre2025, entries
khr:unit/vn/pre-2025/{code}, with dct:isReplacedBy / kh:successorUnit their 2025 successors.
(vietnamadminunits' own 2025 codes are not used: they were taken from sapnhap.bando.com.vn and
differed from the official list, tranngocminhhieu/vietnamadminunits issue #1.) Names are
matched diacritics- and case-insensitively; a ward is looked up inside its province.

Which edition a place refers to is decided by the documents that have it as eli:jurisdiction:
issued (eli:date_document) before 2025-07-01, or, undated, with a period starting in 2024 or
earlier -> the pre-2025 unit; otherwise the 2025 unit. 1 July 2025 is the day the local
governments of the provinces formed by Nghị quyết 202/2025/QH15 (passed and in force
12/06/2025) officially began to operate — the old provincial governments worked until then
(Lao Động, https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo)
— and the day the 2025 code list (Quyết định 19/2025/QĐ-TTg of 30/06/2025) took effect. A
name that exists only in the pre-2025 list ("tỉnh Hải Dương", "huyện Khánh Sơn") is linked to
the pre-2025 unit whatever the date. Names that cannot be matched, or match several units, are
left unlinked and reported — never guessed.

`link_wikidata(store, endpoint)` — provinces and centrally-run cities, national bodies and
national documents reconciled with Wikidata items by Vietnamese label (and, with
`code_property`, by administrative code; documents also by date) over SPARQL, in named graph
khr:graph/links/wikidata: `<x> owl:sameAs wd:Q…` plus a kh:Mapping node (OWL axiom
annotation pattern, as SSSOM uses) with kh:linkConfidence, dct:date (the day checked) and
kh:matchEvidence. Only a match at or above THRESHOLD, ahead of the next candidate by MARGIN,
is linked; the rest is reported.

Both work on any store with select() and replace_graph() (embedded or remote)."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import importlib.util
import json
import re
import socket
import sqlite3
import time
import unicodedata
import urllib.error
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

from ingest.text import fold

from . import __version__
from .store import BASE, PREFIXES, StoreError

UNITS_GRAPH = BASE + "graph/links/units"
WIKIDATA_GRAPH = BASE + "graph/links/wikidata"
COUNTRY = BASE + "place/vn"
REFORM_DATE = dt.date(2025, 7, 1)
CURRENT, LEGACY = "2025", "pre-2025"
DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
THRESHOLD = 70           # confidence in hundredths: link at 0.70 and above ...
MARGIN = 15              # ... when ahead of the next candidate by 0.15

KH, SKOS, DCT, PROV = PREFIXES["kh"], PREFIXES["skos"], PREFIXES["dct"], PREFIXES["prov"]
RDF, XSD, OWL, DCAT = PREFIXES["rdf"], PREFIXES["xsd"], PREFIXES["owl"], PREFIXES["dcat"]
A = ox.NamedNode(RDF + "type")
SOFTWARE = BASE + "software/kehoach"
DATATYPE = {CURRENT: KH + "GSOCode", LEGACY: KH + "GSOCodePre2025"}
SCHEME = {CURRENT: KH + "GSOUnits2025", LEGACY: KH + "GSOUnitsPre2025"}

# official type -> concept of kh:UnitLevels
TYPES_2025 = {"tỉnh": "unit-province", "thành phố trung ương": "unit-city",
              "thành phố trực thuộc trung ương": "unit-city", "phường": "unit-ward", "xã": "unit-commune",
              "đặc khu": "unit-special-zone"}
TYPES_LEGACY = {"tỉnh": "unit-province", "thành phố": "unit-city", "huyện": "unit-district",
                "quận": "unit-urban-district", "thị xã": "unit-town", "thành phố cấp huyện": "unit-provincial-city",
                "phường": "unit-ward", "xã": "unit-commune", "thị trấn": "unit-township"}
# the unit level a document prints (kh:unitLevel) -> official types it may stand for
LEVEL_TYPES = {"province": {"unit-province"}, "city": {"unit-city", "unit-provincial-city"},
               "ward": {"unit-ward"}, "commune": {"unit-commune"}, "special-zone": {"unit-special-zone"},
               "township": {"unit-township"}, "district": {"unit-district", "unit-urban-district"},
               "town": {"unit-town"}}
TIER = {"unit-province": 1, "unit-city": 1, "unit-district": 2, "unit-urban-district": 2, "unit-town": 2,
        "unit-provincial-city": 2, "unit-ward": 3, "unit-commune": 3, "unit-township": 3, "unit-special-zone": 3}
NAME_PREFIXES = ("thành phố", "thủ đô", "tỉnh", "phường", "xã", "đặc khu", "thị trấn", "thị xã", "huyện", "quận")


def N(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _plain(s: str) -> str:
    """Lower case without diacritics; for the ~17 000 names of the unit lists, where the full
    fold() is needlessly slow: after name_key() both give the same key (tested)."""
    d = unicodedata.normalize("NFD", s.casefold().replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


_PREFIXES = sorted({_plain(p) for p in NAME_PREFIXES}, key=len, reverse=True)


def name_key(name: str, fast: bool = False) -> str:
    """Matching key of a unit name, without its type word and without diacritics, case, spaces
    and punctuation: "Thành phố Hải Phòng", "hai phong", "Hải  Phòng" -> "haiphong"."""
    f = _plain(name) if fast else fold(name)
    for p in _PREFIXES:
        if f.startswith(p + " "):
            f = f[len(p) + 1:]
            break
    return re.sub(r"[^a-z0-9]", "", f)


# -- the official lists ------------------------------------------------------------------------
@dataclass(frozen=True)
class Unit:
    edition: str            # CURRENT | LEGACY
    code: str               # zero-padded: 2 digits province, 3 district, 5 ward/commune
    name: str               # official name, as in the data set
    type: str               # kh:UnitLevels local name
    parent: str | None      # code of the enclosing unit of the same edition
    province: str           # code of the province (its own code for a province)
    keys: frozenset[str] = field(compare=False, repr=False, default=frozenset())

    @property
    def iri(self) -> str:
        return f"{BASE}unit/vn/{self.code}" if self.edition == CURRENT else f"{BASE}unit/vn/pre-2025/{self.code}"

    @property
    def level(self) -> str:
        return {2: "province", 3: "district"}.get(len(self.code), "ward")

    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class Dataset:
    package: str
    version: str
    title: str
    description: str
    sources: tuple[str, ...]
    homepage: str
    data_version: str | None = None

    @property
    def iri(self) -> str:
        return f"{BASE}dataset/pypi/{self.package}/{self.version}"

    def describe(self) -> dict:
        return {"package": self.package, "version": self.version, "dataVersion": self.data_version,
                "sources": list(self.sources), "iri": self.iri}


class UnitData:
    """The 2025 list (vietnam-provinces) and the pre-2025 list with the mapping (vietnamadminunits)."""

    def __init__(self):
        try:
            import vietnam_provinces
        except ImportError:
            raise StoreError("unit data not installed: pip install vietnam-provinces vietnamadminunits") from None
        # only vietnamadminunits' data files are read: importing it would load its address parser
        spec = importlib.util.find_spec("vietnamadminunits")
        if spec is None or not spec.submodule_search_locations:
            raise StoreError("unit data not installed: pip install vietnamadminunits")
        self._vp = vietnam_provinces
        self._vau_dir = Path(list(spec.submodule_search_locations)[0]) / "data"

    # provenance: versions from the installed distributions, sources as the packages state them
    @cached_property
    def datasets(self) -> dict[str, Dataset]:
        return {
            CURRENT: Dataset(
                "vietnam-provinces", metadata.version("vietnam-provinces"),
                "VietnamProvinces: Vietnam administrative divisions after the July 2025 rearrangement",
                "Names, codes and types of the 34 provinces and centrally-run cities and of their wards, communes "
                "and special zones, as defined by the General Statistics Office of Viet Nam (package README).",
                ("https://danhmuchanhchinh.gso.gov.vn/",
                 "https://chinhphu.vn/du-thao-vbqppl/du-thao-quyet-dinh-cua-thu-tuong-chinh-phu-ban-hanh-bang-danh-muc-"
                 "va-ma-so-cac-don-vi-hanh-chinh-7546"),
                "https://github.com/sunshine-tech/VietnamProvinces",
                getattr(self._vp, "__data_version__", None)),
            LEGACY: Dataset(
                "vietnamadminunits", metadata.version("vietnamadminunits"),
                "vietnamadminunits: Vietnamese administrative units before and after 2025, with the 63 -> 34 mapping",
                "The 63-province list (provinces, districts, wards, codes) in force until 30/06/2025 and the mapping "
                "of old wards and provinces to the 2025 units; compiled from danhmuchanhchinh.gso.gov.vn and "
                "sapnhap.bando.com.vn (package README).",
                ("https://danhmuchanhchinh.gso.gov.vn/", "https://sapnhap.bando.com.vn/"),
                "https://github.com/tranngocminhhieu/vietnamadminunits"),
        }

    # -- 2025 ---------------------------------------------------------------------------------
    @cached_property
    def current(self) -> list[Unit]:
        data = json.loads(Path(self._vp.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
        out = []
        for p in data:
            pc = f"{int(p['code']):02d}"
            out.append(Unit(CURRENT, pc, p["name"], TYPES_2025[p["division_type"].lower()], None, pc,
                            frozenset({name_key(p["name"], fast=True)})))
            for w in p.get("wards", []):
                out.append(Unit(CURRENT, f"{int(w['code']):05d}", w["name"], TYPES_2025[w["division_type"].lower()],
                                pc, pc, frozenset({name_key(w["name"], fast=True)})))
        return out

    # -- before 2025 -------------------------------------------------------------------------
    def _sql(self, q: str) -> list[sqlite3.Row]:
        with sqlite3.connect(f"file:{self._vau_dir / 'dataset.db'}?mode=ro", uri=True) as conn:
            conn.row_factory = sqlite3.Row
            return conn.execute(q).fetchall()

    @staticmethod
    def _keys(name: str, keywords: str | None, alias: str | None) -> frozenset[str]:
        keys = {name_key(name, fast=True)}
        aliases = set(json.loads(alias)) if alias else set()      # abbreviations such as "hn" are not names
        keys |= {k for k in (json.loads(keywords) if keywords else []) if k not in aliases}
        return frozenset(keys)

    @cached_property
    def _legacy(self) -> tuple[list[Unit], dict[tuple[str, ...], str]]:
        """Units, and the package's keys (province, district, ward) -> code for the mapping."""
        units: dict[str, Unit] = {}
        keys: dict[tuple[str, ...], str] = {}
        rows = self._sql("SELECT province, provinceCode, provinceKey, provinceKeywords, provinceAlias, "
                         "district, districtType, districtCode, districtKey, districtKeywords, districtAlias, "
                         "ward, wardType, wardCode, wardKey, wardKeywords, wardAlias FROM admin_units_legacy")
        for r in rows:
            pc = f"{int(r['provinceCode']):02d}"
            if pc not in units:
                ptype = "unit-city" if _plain(r["province"]).startswith("thanh pho") else "unit-province"
                units[pc] = Unit(LEGACY, pc, r["province"], ptype, None, pc,
                                 self._keys(r["province"], r["provinceKeywords"], r["provinceAlias"]))
                keys[(r["provinceKey"],)] = pc
            dc = f"{int(r['districtCode']):03d}"
            if dc not in units:
                dtype = r["districtType"].lower()
                dtype = TYPES_LEGACY["thành phố cấp huyện" if dtype == "thành phố" else dtype]
                units[dc] = Unit(LEGACY, dc, r["district"], dtype, pc, pc,
                                 self._keys(r["district"], r["districtKeywords"], r["districtAlias"]))
                keys[(r["provinceKey"], r["districtKey"])] = dc
            if r["wardCode"]:
                wc = f"{int(r['wardCode']):05d}"
                units[wc] = Unit(LEGACY, wc, r["ward"], TYPES_LEGACY[r["wardType"].lower()], dc, pc,
                                 self._keys(r["ward"], r["wardKeywords"], r["wardAlias"]))
                keys[(r["provinceKey"], r["districtKey"], r["wardKey"])] = wc
        return list(units.values()), keys

    @property
    def legacy(self) -> list[Unit]:
        return self._legacy[0]

    @cached_property
    def by_code(self) -> dict[tuple[str, str], Unit]:
        return {(u.edition, u.code): u for u in self.current + self.legacy}

    @cached_property
    def _index(self) -> dict[tuple[str, str | None, str], list[Unit]]:
        """(edition, province code or None for provinces, key) -> units."""
        idx: dict[tuple[str, str | None, str], list[Unit]] = {}
        for u in self.current + self.legacy:
            scope = None if u.level == "province" else u.province
            for k in u.keys:
                idx.setdefault((u.edition, scope, k), []).append(u)
        return idx

    def find(self, edition: str, province: str | None, name: str, fast: bool = False) -> list[Unit]:
        return list(self._index.get((edition, province, name_key(name, fast)), []))

    def find_anywhere(self, edition: str, name: str, types: set[str]) -> list[Unit]:
        k = name_key(name)
        return [u for u in (self.current if edition == CURRENT else self.legacy)
                if u.level != "province" and u.type in types and k in u.keys]

    # -- old -> new -------------------------------------------------------------------------
    @cached_property
    def successors(self) -> dict[str, list[Unit]]:
        """Pre-2025 unit code -> the 2025 units that took it over (all of a ward divided among
        several new ones; for a district, the new units formed from its wards)."""
        conv = json.loads((self._vau_dir / "converter_2025.json").read_text(encoding="utf-8"))
        _, old_keys = self._legacy
        # the package's 2025 keys -> official 2025 unit, matched by name (its 2025 codes are not used)
        new_rows = self._sql("SELECT DISTINCT province, provinceKey, ward, wardKey FROM admin_units")
        prov_of_key: dict[str, Unit] = {}
        ward_of_key: dict[tuple[str, str], Unit] = {}
        for r in new_rows:
            if r["provinceKey"] not in prov_of_key:
                hits = self.find(CURRENT, None, r["province"], fast=True)
                if len(hits) == 1:
                    prov_of_key[r["provinceKey"]] = hits[0]
            p = prov_of_key.get(r["provinceKey"])
            if p and r["wardKey"]:
                hits = self.find(CURRENT, p.code, r["ward"], fast=True)
                if len(hits) == 1:
                    ward_of_key[(r["provinceKey"], r["wardKey"])] = hits[0]
        out: dict[str, set[Unit]] = {}

        def add(old_key: str, new: Unit | None) -> None:
            parts = tuple(old_key.split("_"))
            if parts[-1] == "":                 # "province_district_": an island district, no wards
                parts = parts[:-1]
            code = old_keys.get(parts)
            if code and new:
                out.setdefault(code, set()).add(new)
                if len(parts) == 3:             # a ward's successors are also its district's
                    dcode = old_keys.get(parts[:2])
                    if dcode:
                        out.setdefault(dcode, set()).add(new)

        for new_pk, olds in conv["DICT_PROVINCE"].items():
            for old_pk in olds:
                code = old_keys.get((old_pk,))
                if code and new_pk in prov_of_key:
                    out.setdefault(code, set()).add(prov_of_key[new_pk])
        for new_pk, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
            for new_wk, olds in wards.items():
                for old in olds:
                    add(old, ward_of_key.get((new_pk, new_wk)))
        for new_pk, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
            for old, news in olds.items():
                for n in news:
                    add(old, ward_of_key.get((new_pk, n["newWardKey"])))
        return {k: sorted(v, key=lambda u: u.code) for k, v in out.items()}


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
        try:
            ds.append(dt.date.fromisoformat(d[:10]))
        except ValueError:
            pass
    if ds:
        # a document printed with two dates: the earliest
        return "pre" if min(ds) < REFORM_DATE else "post"
    years = [int(s[:4]) for s in starts if s[:4].isdigit()]
    if years:
        y = min(years)
        return "pre" if y <= 2024 else "post" if y >= 2026 else None
    return None


def read_places(store) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for r in store.select(Q_PLACES).rows:
        iri = r["p"].value
        name = r["name"].value if r["name"] else None
        if not name:
            continue
        p = places.get(iri)
        if p is None or name < p.name:       # several spellings of one slug: any one, stably
            places[iri] = Place(iri, name, r["level"].value, r["parent"].value if r["parent"] else None)
    docs: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for r in store.select(Q_PLACE_DATES).rows:
        dates, starts = docs.setdefault((r["p"].value, r["d"].value), (set(), set()))
        if r["date"]:
            dates.add(r["date"].value)
        if r["start"]:
            starts.add(r["start"].value)
    for (p, _), (dates, starts) in docs.items():
        era = document_era(dates, starts)
        if era and p in places:
            places[p].eras.add(era)
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

    def row(self) -> dict:
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
        if edition == CURRENT and place.level in ("district", "town"):
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
class Triples:
    def __init__(self):
        self.items: list[ox.Triple] = []
        self.editions: set[str] = set()      # of the unit entries written
        self._seen: set[str] = set()

    def add(self, s: str, p: str, o) -> None:
        self.items.append(ox.Triple(N(s), N(p), N(o) if isinstance(o, str) else o))

    def once(self, key: str) -> bool:
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


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
    out.add(ds.iri, PREFIXES["rdfs"] + "seeAlso", ds.homepage)
    for s in ds.sources:
        out.add(ds.iri, DCT + "source", s)
    if ds.data_version:                 # vietnam_provinces.__data_version__: the date the data was retrieved
        out.add(ds.iri, DCT + "modified", ox.Literal(ds.data_version, datatype=N(XSD + "date")))


def graph_triples(out: Triples, graph: str, derived: Iterable[str], description: str) -> None:
    out.add(graph, A.value, KH + "LinkGraph")
    out.add(graph, A.value, PROV + "Entity")
    out.add(graph, PROV + "wasAttributedTo", SOFTWARE)
    out.add(graph, KH + "toolVersion", ox.Literal(__version__))
    out.add(graph, DCT + "description", ox.Literal(description, language="en"))
    for d in derived:
        out.add(graph, PROV + "wasDerivedFrom", d)


def _log(version: str) -> dict[str, str]:
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return {PROV + "generatedAtTime": f'"{now}"^^<{XSD}dateTime>', KH + "toolVersion": f'"{version}"'}


@dataclass
class UnitsReport:
    links: list[UnitLink]
    datasets: list[Dataset]
    triples: int

    def to_json(self) -> dict:
        return {"graph": UNITS_GRAPH, "triples": self.triples,
                "datasets": [d.describe() for d in self.datasets],
                "linked": sum(1 for x in self.links if x.status == "linked"),
                "rows": [x.row() for x in self.links]}


def link_units(store, data: UnitData | None = None) -> UnitsReport:
    data = data or UnitData()
    places = read_places(store)
    matcher = Matcher(data, places)
    links = [matcher.match(p) for p in sorted(places.values(), key=lambda p: p.iri)]
    out = Triples()
    for ln in links:
        if ln.status != "linked":
            continue
        u, p = ln.unit, ln.place.iri
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
    store.replace_graph(UNITS_GRAPH, out.items, _log(__version__))
    return UnitsReport(links, used, len(out.items))


# -- Wikidata -----------------------------------------------------------------------------------
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
VIETNAM = WD + "Q881"                   # Việt Nam
DISAMBIGUATION = WD + "Q4167410"        # Wikimedia disambiguation page
WD_PREFIXES = (f"PREFIX wd: <{WD}>\nPREFIX wdt: <{WDT}>\nPREFIX rdfs: <{PREFIXES['rdfs']}>\n"
               f"PREFIX skos: <{SKOS}>\nPREFIX schema: <http://schema.org/>\n")
_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
              "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


_NEW_TONES = {v: k for k, v in _OLD_TONES.items()}
_TO_OLD = re.compile("(?:" + "|".join(_OLD_TONES) + r")(?!\w)")        # only at the end of a syllable
_TO_NEW = re.compile("(?:" + "|".join(_NEW_TONES) + r")(?!\w)")


def spellings(label: str) -> list[str]:
    """The label in both tone placements ("Khánh Hòa" / "Khánh Hoà") and both dash forms."""
    out = {label}
    for s in list(out):
        out.add(_TO_OLD.sub(lambda m: _OLD_TONES[m.group(0)], s))
        out.add(_TO_NEW.sub(lambda m: _NEW_TONES[m.group(0)], s))
    for s in list(out):
        out.add(s.replace(" - ", " – "))
        out.add(s.replace(" – ", " - "))
    return sorted(out)


@dataclass
class Entity:
    kind: str                                # place | agency | document
    iri: str
    label: str
    names: list[str]                         # as printed in the store
    derived: list[str]                       # built from them ("tỉnh X", "Quyết định N")
    codes: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


@dataclass
class Candidate:
    item: str
    labels: set[str] = field(default_factory=set)          # "label:<text>" / "alias:<text>"
    codes: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    description: str | None = None

    def score(self, e: Entity) -> tuple[int, list[str]]:
        best, why = 0, ""
        for tag in sorted(self.labels):
            how, _, text = tag.partition(":")
            s = (75 if how == "label" else 70) if text in e.names else (70 if how == "label" else 65)
            if s > best:
                best, why = s, f"{how} \"{text}\"@vi"
        evidence = [why]
        if e.codes and self.codes:
            if e.codes & self.codes:
                best += 20
                evidence.append(f"code {sorted(e.codes & self.codes)[0]}")
            else:
                best -= 30
                evidence.append(f"code differs ({', '.join(sorted(self.codes))})")
        if e.dates and self.dates:
            mine, theirs = {d[:10] for d in e.dates}, {d[:10] for d in self.dates}
            if mine & theirs:
                best += 20
                evidence.append(f"date {sorted(mine & theirs)[0]}")
            elif {d[:4] for d in mine} & {d[:4] for d in theirs}:
                best += 10
                evidence.append(f"year {sorted({d[:4] for d in mine} & {d[:4] for d in theirs})[0]}")
            else:
                best -= 30
                evidence.append(f"date differs ({', '.join(sorted(theirs))})")
        return max(0, min(best, 100)), evidence


@dataclass
class WikidataLink:
    entity: Entity
    status: str                              # linked | ambiguous | below-threshold | no-candidate
    item: str | None = None
    confidence: int = 0
    evidence: list[str] = field(default_factory=list)
    candidates: list[tuple[str, int, str | None]] = field(default_factory=list)    # item, score, description

    def row(self) -> dict:
        return {"kind": self.entity.kind, "subject": self.entity.iri, "label": self.entity.label,
                "status": self.status, "item": self.item,
                "confidence": round(self.confidence / 100, 2) if self.item else None,
                "evidence": "; ".join(self.evidence),
                "candidates": [f"{q.rsplit('/', 1)[-1]} {c / 100:.2f}" + (f" ({d})" if d else "")
                               for q, c, d in self.candidates]}


Q_WD_PLACES = """
SELECT ?p ?name ?level ?code WHERE {
  ?p a kh:AdministrativeUnit ; kh:unitLevel ?lv ; skos:prefLabel ?name .
  FILTER(LANG(?name) = "vi" && ?lv IN (kh:unit-province, kh:unit-city))
  BIND(STRAFTER(STR(?lv), "#unit-") AS ?level)
  OPTIONAL { ?p skos:notation ?code FILTER(DATATYPE(?code) IN (kh:GSOCode, kh:GSOCodePre2025)) }
}"""
Q_WD_AGENCIES = """
SELECT ?a ?name WHERE {
  ?a a kh:Agency ; kh:level kh:level-national ; skos:prefLabel ?name .
  FILTER(LANG(?name) = "vi")
}"""
Q_WD_DOCUMENTS = f"""
SELECT ?d ?id ?type ?date WHERE {{
  ?d eli:jurisdiction <{COUNTRY}> ; eli:id_local ?id .
  OPTIONAL {{ ?d eli:type_document/skos:prefLabel ?type FILTER(LANG(?type) = "vi") }}
  OPTIONAL {{ ?d eli:date_document ?date }}
}}"""


def wikidata_entities(store) -> list[Entity]:
    ents: dict[str, Entity] = {}
    for r in store.select(Q_WD_PLACES).rows:
        name, level = r["name"].value, r["level"].value
        e = ents.get(r["p"].value)
        if e is None:
            unit = ["tỉnh", "Tỉnh"] if level == "province" else ["thành phố", "Thành phố"]
            e = ents[r["p"].value] = Entity("place", r["p"].value, name, [], [])
            e.derived += [f"{u} {name}" for u in unit]
        e.names.append(name)
        if r["code"]:
            e.codes.add(r["code"].value)
    for r in store.select(Q_WD_AGENCIES).rows:
        e = ents.setdefault(r["a"].value, Entity("agency", r["a"].value, r["name"].value, [], []))
        e.names.append(r["name"].value)
        e.derived.append(r["name"].value + " Việt Nam")
    for r in store.select(Q_WD_DOCUMENTS).rows:
        ident = r["id"].value
        e = ents.setdefault(r["d"].value, Entity("document", r["d"].value, ident, [ident], []))
        if r["type"]:
            t = r["type"].value
            e.derived += [f"{t.capitalize()} {ident}", f"{t.capitalize()} số {ident}"]
        if r["date"]:
            e.dates.add(r["date"].value)
    for e in ents.values():
        e.names = spellings_all(e.names)
        e.derived = [d for d in spellings_all(e.derived) if d not in e.names]
    return sorted(ents.values(), key=lambda e: (e.kind, e.iri))


def spellings_all(labels: Iterable[str]) -> list[str]:
    return sorted({s for lab in labels for s in spellings(lab)})


class Endpoint:
    """A read-only SPARQL endpoint over SPARQLWrapper: kehoach User-Agent, POST (form-encoded),
    JSON results, a timeout, bounded retries on 429/503, one-line StoreErrors."""

    def __init__(self, url: str, timeout: float = 60, retries: int = 3):
        if not url.startswith(("http://", "https://")):
            raise StoreError(f"--endpoint must be an http(s) URL, got {url!r}")
        self.url, self.timeout, self.retries = url, max(1, int(timeout)), retries

    def select(self, query: str) -> list[dict]:
        from SPARQLWrapper import JSON, POST, URLENCODED, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        from .remote import _STATUS, USER_AGENT, _server_message, _sw_body
        sw = SPARQLWrapper(self.url, agent=USER_AGENT)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sw.setQuery(query)
        sw.setMethod(POST)
        sw.setRequestMethod(URLENCODED)
        sw.setReturnFormat(JSON)
        sw.setTimeout(self.timeout)
        for attempt in range(self.retries + 1):
            try:
                res = sw.query()
                try:
                    body = res.response.read()
                finally:
                    res.response.close()
                return json.loads(body)["results"]["bindings"]
            except urllib.error.HTTPError as e:
                if e.code in (429, 503) and attempt < self.retries:
                    after = str(e.headers.get("Retry-After") or "")
                    time.sleep(min(float(after) if after.isdigit() else 2.0 ** attempt, 30.0))
                    continue
                raise StoreError(f"{self.url}: HTTP {e.code} {e.reason}: {_server_message(e.read())}".rstrip(": ")) from None
            except SPARQLWrapperException as e:
                code = next((c for cls, c in _STATUS.items() if isinstance(e, cls)), None)
                raise StoreError(f"{self.url}: HTTP {code}: {_sw_body(e)}".rstrip(": ")) from None
            except urllib.error.URLError as e:
                if isinstance(e.reason, (TimeoutError, socket.timeout)):
                    raise StoreError(f"{self.url}: no answer within {self.timeout} s") from None
                if isinstance(e.reason, ConnectionRefusedError):
                    raise StoreError(f"{self.url}: connection refused (is the endpoint reachable?)") from None
                raise StoreError(f"{self.url}: cannot connect: {e.reason}") from None
            except TimeoutError:
                raise StoreError(f"{self.url}: no answer within {self.timeout} s") from None
            except (http.client.HTTPException, OSError, ValueError, KeyError) as e:
                raise StoreError(f"{self.url}: bad answer: {e or type(e).__name__}") from None
        raise AssertionError("unreachable")


def candidate_query(pairs: list[tuple[str, str]], code_property: str | None) -> str:
    values = " ".join(f"({ox.Literal(k)} {ox.Literal(lab, language='vi')})" for k, lab in pairs)
    code = (f"OPTIONAL {{ ?item wdt:{code_property} ?code }}" if code_property else "")
    return WD_PREFIXES + f"""SELECT ?key ?item ?how ?label ?code ?date ?desc WHERE {{
  VALUES (?key ?label) {{ {values} }}
  {{ ?item rdfs:label ?label BIND("label" AS ?how) }} UNION {{ ?item skos:altLabel ?label BIND("alias" AS ?how) }}
  ?item wdt:P17|wdt:P1001 <{VIETNAM}> .
  FILTER NOT EXISTS {{ ?item wdt:P31 <{DISAMBIGUATION}> }}
  {code}
  OPTIONAL {{ ?item wdt:P577 ?date }}
  OPTIONAL {{ ?item schema:description ?desc FILTER(LANG(?desc) = "vi") }}
}}"""


@dataclass
class WikidataReport:
    links: list[WikidataLink]
    endpoint: str
    checked: str
    triples: int

    def to_json(self) -> dict:
        return {"graph": WIKIDATA_GRAPH, "endpoint": self.endpoint, "checked": self.checked, "triples": self.triples,
                "threshold": THRESHOLD / 100, "linked": sum(1 for x in self.links if x.status == "linked"),
                "rows": [x.row() for x in self.links]}


def _decide(e: Entity, cands: dict[str, Candidate]) -> WikidataLink:
    scored = sorted(((c.score(e), q) for q, c in cands.items()), key=lambda x: (-x[0][0], x[1]))
    summary = [(q, s, cands[q].description) for (s, _), q in scored]
    if not scored:
        return WikidataLink(e, "no-candidate")
    (best, evidence), q = scored[0]
    second = scored[1][0][0] if len(scored) > 1 else None
    if best < THRESHOLD:
        return WikidataLink(e, "below-threshold", candidates=summary)
    if second is not None and best - second < MARGIN:
        return WikidataLink(e, "ambiguous", candidates=summary)
    return WikidataLink(e, "linked", q, best, evidence, summary)


def link_wikidata(store, endpoint: str = DEFAULT_ENDPOINT, code_property: str | None = None,
                  today: dt.date | None = None, batch: int = 60) -> WikidataReport:
    if code_property and not re.fullmatch(r"P[1-9]\d*", code_property):
        raise StoreError(f"--code-property must be a Wikidata property id such as P123, got {code_property!r}")
    ep = Endpoint(endpoint)
    entities = wikidata_entities(store)
    pairs = [(str(i), lab) for i, e in enumerate(entities) for lab in e.names + e.derived]
    found: dict[int, dict[str, Candidate]] = {}
    for start in range(0, len(pairs), batch):
        for b in ep.select(candidate_query(pairs[start:start + batch], code_property)):
            i, item = int(b["key"]["value"]), b["item"]["value"]
            c = found.setdefault(i, {}).setdefault(item, Candidate(item))
            c.labels.add(f"{b['how']['value']}:{b['label']['value']}")
            if "code" in b:
                c.codes.add(b["code"]["value"])
            if "date" in b:
                c.dates.add(b["date"]["value"])
            if "desc" in b:
                c.description = b["desc"]["value"]
    links = [_decide(e, found.get(i, {})) for i, e in enumerate(entities)]
    checked = (today or dt.datetime.now(dt.timezone.utc).date()).isoformat()
    out = Triples()
    for ln in links:
        if ln.status != "linked":
            continue
        s, q = ln.entity.iri, ln.item
        out.add(s, OWL + "sameAs", q)
        m = f"{BASE}link/wikidata/{hashlib.sha1(f'{s} {q}'.encode()).hexdigest()[:16]}"
        out.add(m, A.value, KH + "Mapping")
        out.add(m, OWL + "annotatedSource", s)
        out.add(m, OWL + "annotatedProperty", OWL + "sameAs")
        out.add(m, OWL + "annotatedTarget", q)
        out.add(m, KH + "linkConfidence", ox.Literal(f"{ln.confidence / 100:.2f}", datatype=N(XSD + "decimal")))
        out.add(m, DCT + "date", ox.Literal(checked, datatype=N(XSD + "date")))
        out.add(m, KH + "matchEvidence", ox.Literal("; ".join(ln.evidence)))
        out.add(m, PROV + "wasDerivedFrom", endpoint)
    if out.items:
        out.add(endpoint, A.value, PROV + "Entity")
        out.add(endpoint, DCT + "title", ox.Literal("SPARQL endpoint queried for Wikidata items", language="en"))
    graph_triples(out, WIKIDATA_GRAPH, [endpoint], (
        f"Provinces and centrally-run cities, national bodies and national documents reconciled with Wikidata "
        f"items by Vietnamese label{' and administrative code (' + code_property + ')' if code_property else ''}"
        f" (documents also by date); links at confidence {THRESHOLD / 100:.2f} or more, ahead of the next "
        f"candidate by {MARGIN / 100:.2f}."))
    out.add(WIKIDATA_GRAPH, DCT + "date", ox.Literal(checked, datatype=N(XSD + "date")))
    store.replace_graph(WIKIDATA_GRAPH, out.items, _log(__version__))
    return WikidataReport(links, endpoint, checked, len(out.items))

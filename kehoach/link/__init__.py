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

Both work on any Store (embedded or remote): they read with select() and write one graph with
replace_graph().

Modules: unitdata (the official lists), units (places of the store and matching, link_units),
wikidata (link_wikidata), common (what both write)."""

from __future__ import annotations

from kehoach.vocab import UNITS_GRAPH, WIKIDATA_GRAPH

from .common import COUNTRY, Triples
from .unitdata import CURRENT, LEGACY, REFORM_DATE, Dataset, Unit, UnitData, name_key
from .units import Matcher, Place, UnitLink, UnitsReport, document_era, link_units, read_places
from .wikidata import (
    DEFAULT_ENDPOINT,
    MARGIN,
    THRESHOLD,
    Candidate,
    Entity,
    WikidataLink,
    WikidataReport,
    link_wikidata,
    spellings,
    wikidata_client,
    wikidata_entities,
)

__all__ = [
    "COUNTRY", "CURRENT", "DEFAULT_ENDPOINT", "LEGACY", "MARGIN", "REFORM_DATE", "THRESHOLD", "UNITS_GRAPH",
    "WIKIDATA_GRAPH", "Candidate", "Dataset", "Entity", "Matcher", "Place", "Triples", "Unit", "UnitData",
    "UnitLink", "UnitsReport", "WikidataLink", "WikidataReport", "document_era", "link_units", "link_wikidata",
    "name_key", "read_places", "spellings", "wikidata_client", "wikidata_entities",
]

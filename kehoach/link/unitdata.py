"""The official lists of Vietnamese administrative units: the list in force since 1 July 2025
(PyPI package vietnam-provinces) and the list before the 2025 reorganization with the old -> new
mapping (data files of the PyPI package vietnamadminunits). See kehoach.link for the sources."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Any

from ingest.text import fold
from kehoach.errors import LinkError
from kehoach.vocab import BASE, KH

REFORM_DATE = dt.date(2025, 7, 1)
CURRENT, LEGACY = "2025", "pre-2025"
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
               "town": {"unit-town"}, "provincial-city": {"unit-provincial-city"}}
TIER = {"unit-province": 1, "unit-city": 1, "unit-district": 2, "unit-urban-district": 2, "unit-town": 2,
        "unit-provincial-city": 2, "unit-ward": 3, "unit-commune": 3, "unit-township": 3, "unit-special-zone": 3}
NAME_PREFIXES = ("thành phố", "thủ đô", "tỉnh", "phường", "xã", "đặc khu", "thị trấn", "thị xã", "huyện", "quận")


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

    def describe(self) -> dict[str, Any]:
        return {"package": self.package, "version": self.version, "dataVersion": self.data_version,
                "sources": list(self.sources), "iri": self.iri}


class UnitData:
    """The 2025 list (vietnam-provinces) and the pre-2025 list with the mapping (vietnamadminunits)."""

    def __init__(self) -> None:
        try:
            import vietnam_provinces
        except ImportError:
            raise LinkError("unit data not installed: pip install vietnam-provinces vietnamadminunits") from None
        # only vietnamadminunits' data files are read: importing it would load its address parser
        spec = importlib.util.find_spec("vietnamadminunits")
        if spec is None or not spec.submodule_search_locations:
            raise LinkError("unit data not installed: pip install vietnamadminunits")
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


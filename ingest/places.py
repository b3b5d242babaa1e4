"""Official administrative units, to tell a real place from words that only look like one.

A jurisdiction read from a letterhead or a place-date line is kept only when it names a unit of
the official lists the project depends on: the 2025 list (34 provinces and centrally-run cities,
PyPI package vietnam-provinces) and the pre-2025 list (63 provinces, their districts and wards,
PyPI package vietnamadminunits, whose data files only are read). Documents of any year are read,
so both lists count. Names are matched on folded keys without the unit word ("Tỉnh Bắc Kạn",
"BẮC KẠN", "Bac Kan" -> "backan").

One alias is not in the lists' keywords: "Thừa Thiên Huế", the province that became the
centrally-run city Huế (Nghị quyết 1314/NQ-UBTVQH15 of 12/11/2024, in force 01/01/2025); documents
before 2025 name it so.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .syllables import is_syllable
from .text import fold, key

# the unit words, with their marks and folded (the keys of names leave them out); a name printed with its marks begins
# with one only if it is one ("Quận Ba Đình"): "Quan Hóa", "Quản Bạ", "Tịnh Biên" are names (folded, each had begun
# with a unit's word, "quan", "tinh")
MARKED_UNIT_WORDS = {fold(w): w for w in ("thành phố", "tỉnh", "huyện", "quận", "thị xã", "thị trấn", "phường", "xã",
                                          "đặc khu")}
UNIT_WORDS = tuple(MARKED_UNIT_WORDS)
_UNIT_PREFIX = re.compile(r"^(?:" + "|".join(UNIT_WORDS) + r")\s+")
# other names a text gives a province: its name before 2025 ("Thừa Thiên Huế", Huế since 2025), and the press's
# abbreviation of Hồ Chí Minh City ("UBND TP.HCM vừa ban hành …", "Sở Y tế TPHCM", in the notices the portals print)
ALIASES = {"thuathienhue": "Huế", "hcm": "Hồ Chí Minh"}
# Hồ Chí Minh City as the press writes it ("UBND TP.HCM", "Tp.HCM", "TPHCM"), and "TP" or "TP." for thành phố before a
# name ("UBND TP Cần Thơ", "UBND TP. Đà Nẵng"; not "Sở TP", a department of justice, "Tư pháp")
HCM_CITY = re.compile(r"\bT[Pp]\.?\s?HCM\b")
CITY_ABBREVIATION = re.compile(r"(?<!Sở )\bT[Pp]\b\.?\s*(?=[A-ZĐ])")


def cities_written_out(name: str) -> str:
    """A body's name with its city written out: "HĐND TP.HCM" -> "HĐND thành phố Hồ Chí Minh", "UBND TP Cần Thơ" ->
    "UBND thành phố Cần Thơ"."""
    return CITY_ABBREVIATION.sub("thành phố ", HCM_CITY.sub("thành phố Hồ Chí Minh", name))


# the name a province that is now a city bore as a province, for the bodies of the province ("Ủy ban nhân dân tỉnh"
# of a 2018 plan in Huế is "Ủy ban nhân dân tỉnh Thừa Thiên Huế"; Nghị quyết 1314/NQ-UBTVQH15 of 12/11/2024)
FORMER_PROVINCE_NAMES = {"Huế": "Thừa Thiên Huế"}
# a city of district rank that is today's centrally-run city of its name -> the day it ceased to be one: "thành phố
# Huế", a city of the province Thừa Thiên Huế until Nghị quyết 1314/NQ-UBTVQH15 (in force 01/01/2025) made its wards
# the quận Phú Xuân and Thuận Hóa of the centrally-run city Huế (as reported at
# https://cafef.vn/hom-nay-thanh-pho-nay-se-chia-tach-thanh-2-quan-188250101080843092.chn: "Nghị quyết số
# 1314/NQ-UBTVQH15 … thành lập 2 quận thuộc thành phố Huế trực thuộc Trung ương. Nghị quyết có hiệu lực từ
# 1/1/2025 … các đơn vị hành chính cấp xã thuộc TP. Huế, tỉnh Thừa Thiên Huế"); the pre-2025 list, drawn after,
# knows it no more
FORMER_PROVINCIAL_CITIES = {"Huế": dt.date(2025, 1, 1)}
# districts dissolved before the pre-2025 list was drawn, which older documents still name as their issuers' places:
# Hồ Chí Minh City's Quận 2 and Quận 9, merged with Quận Thủ Đức into thành phố Thủ Đức by Nghị quyết
# 1111/NQ-UBTVQH14 of 09/12/2020, in force 01/01/2021 (as reported at
# https://nld.com.vn/thoi-su/tp-hcm-chu-tich-ubnd-huyen-nha-be-lam-chu-tich-ubnd-tp-thu-duc-20210122102448711.htm:
# "TP Thủ Đức được thành lập theo Nghị quyết 1111 của Ủy ban Thường vụ Quốc hội trên cơ sở nhập toàn bộ diện tích tự
# nhiên và dân số của ba quận: 2, 9 và Thủ Đức"); (name, unit word, province)
FORMER_DISTRICTS = (("2", "quận", "Hồ Chí Minh"), ("9", "quận", "Hồ Chí Minh"))


def _opens_with_unit_word(name: str, words: str) -> bool:
    """Whether `name` opens with the unit's `words` (folded, UNIT_WORDS): by their marks when it has any."""
    return name.isascii() or name[:len(words) + 2].lower().startswith(MARKED_UNIT_WORDS[words])


def place_key(name: str) -> str:
    """"Tỉnh Bắc Kạn" / "BẮC KẠN" / "Bac Kan" -> "backan"; "Thành phố Hồ Chí Minh" -> "hochiminh"; "Quan Hóa" ->
    "quanhoa" (no "Quận")."""
    f = fold(name)
    m = _UNIT_PREFIX.match(f)
    if m and _opens_with_unit_word(name, m.group(0).strip()):
        f = f[m.end():]
    return re.sub(r"[^a-z0-9]", "", f)


def short_name(full: str) -> str:
    """"Tỉnh Bắc Kạn" -> "Bắc Kạn"; "Thành phố Hà Nội" -> "Hà Nội"; "Quận Ba Đình" -> "Ba Đình"; "Quan Hóa" (no
    "Quận") whole."""
    words = full.split()
    for n in (2, 1):
        head = fold(" ".join(words[:n]))
        if len(words) > n and head in UNIT_WORDS and _opens_with_unit_word(full, head):
            return " ".join(words[n:])
    return full


def prefixes(name: str, shortest: int = 1) -> Iterator[str]:
    """A name's prefixes, longest first, down to `shortest` words: where a name that runs on into
    the next words ("Quảng Ngãi Đến năm 2025", "HÀ TĨNH CỘNG HÒA") is looked for in the unit lists."""
    words = name.split()
    for n in range(len(words), shortest - 1, -1):
        yield " ".join(words[:n])


@dataclass(frozen=True)
class Unit:
    name: str           # without the unit word: "Phan Thiết"
    kind: str           # the unit word as the list has it: "tỉnh", "thành phố", "huyện", ...
    level: str          # "province" | "district" | "ward"
    province: str       # the province it belongs to (itself for a province)


def of_kind(units: list[Unit], kind: str | None) -> list[Unit]:
    """The units of the unit word `kind` ("thị xã"), when any is; else all of them (a name printed with another unit
    word than the list's: Tịnh Biên, a huyện until 2021)."""
    return [u for u in units if u.kind == kind] or units


def skeleton(key: str) -> str:
    """The consonants of a place key: scans that drop every non-ASCII letter ("NINH BNH" for
    "NINH BÌNH") keep them."""
    return re.sub(r"[aeiouy]", "", key)


class Places:
    def __init__(self, provinces: dict[str, Unit], districts: dict[str, list[Unit]],
                 wards: dict[str, list[Unit]] | None = None, wards_2025: dict[str, list[Unit]] | None = None):
        self._provinces = provinces
        self._districts = districts
        self._wards = wards or {}
        self._wards_2025 = wards_2025 or {}
        skeletons: dict[str, set[Unit]] = {}
        for k, u in provinces.items():
            skeletons.setdefault(skeleton(k), set()).add(u)
        self._skeletons = {k: next(iter(v)) for k, v in skeletons.items() if len(v) == 1}

    def province_damaged(self, name: str | None) -> Unit | None:
        """A province whose name lost its accented letters ("Ninh Bnh"): matched on consonants,
        only when exactly one province has them and a word of the name is no Vietnamese syllable
        (the damage shows: "HỘI AN", a city of Quảng Nam, has the consonants of Hà Nội)."""
        if not name:
            return None
        found = self.province(name)
        if found is None and not all(is_syllable(w) for w in re.findall(r"\w+", name)):
            found = self._skeletons.get(skeleton(place_key(name)))
        return found

    def province(self, name: str | None) -> Unit | None:
        """The province or centrally-run city this name denotes, or None."""
        if not name:
            return None
        return self._provinces.get(place_key(name))

    def districts(self, name: str | None) -> list[Unit]:
        """Pre-2025 districts (huyện, quận, thị xã, provincial cities) with this name."""
        if not name:
            return []
        return list(self._districts.get(place_key(name), []))

    def ward_province(self, name: str | None, kind: str | None = None) -> str | None:
        """The province of a ward, commune or township of this name: by the 2025 list when one
        province has it there, else by the pre-2025 list; None when unknown or ambiguous. With
        `kind` ("phường", "xã", …), and among same-key names the one spelled alike: "phường Thanh
        Xuân" is Hà Nội's, not the "xã Thạnh Xuân" of Cần Thơ."""
        if not name:
            return None
        for index in (self._wards_2025, self._wards):
            units = index.get(place_key(name), [])
            units = [u for u in units if u.name == name] or units
            if kind:
                units = [u for u in units if u.kind == kind]
            provinces = {u.province for u in units}
            if len(provinces) == 1:
                return provinces.pop()
            if provinces:
                return None
        return None

    def ward_provinces(self, name: str | None) -> set[str]:
        """Every province with a ward, commune or township of this name (in either list)."""
        key = place_key(name or "")
        return {u.province for index in (self._wards_2025, self._wards) for u in index.get(key, [])}

    def ward_spelling(self, name: str) -> str:
        """A ward's, commune's or township's name as the lists spell it where `name` differs from it in case only
        ("Ea H’Leo" -> "Ea H’leo", "Cư M’Gar" -> "Cư M’gar": a letterhead in capitals tells no case), else `name`."""
        folded = name.casefold()
        for index in (self._wards_2025, self._wards):
            for u in index.get(place_key(name), []):
                if u.name.casefold() == folded:
                    return u.name
        return name

    def is_ward(self, name: str | None) -> bool:
        """Whether some ward, commune or township has this name (in either list)."""
        return bool(name) and any(place_key(name or "") in index for index in (self._wards_2025, self._wards))

    def knows(self, name: str | None) -> bool:
        """Whether an official list knows `name` as a province, district, ward or commune."""
        return self.province(name) is not None or bool(self.districts(name)) or self.is_ward(name)

    def known_prefix(self, name: str) -> str | None:
        """The longest first words of `name` an official list knows (a place with a person's name run on after it:
        "Long Hải Ngô Thanh Phúc" -> "Long Hải"), None when none is."""
        return next((p for p in prefixes(name) if self.knows(p)), None)

    def province_prefix(self, name: str) -> Unit | None:
        """The province the longest first words of `name` denote ("Quảng Ngãi Đến năm 2025" -> Quảng Ngãi),
        None when no first words are a province's name."""
        return next((u for p in prefixes(name) if (u := self.province(p)) is not None), None)

    def provincial_city(self, name: str | None, on: dt.date | None = None) -> str | None:
        """The province of the city of district rank (a "thành phố" of a province, until 2025) that "thành phố
        <name>" denotes, or None when it denotes a centrally-run city or no city the lists know: a name no province
        has ("Long Xuyên": An Giang), or a province's own name when that province (not a city of province rank) had
        a city of that name ("Hà Giang"); on a day `on` before a city of that rank became today's centrally-run city
        of its name, that one ("thành phố Huế" in 2024, in the province Thừa Thiên Huế: FORMER_PROVINCIAL_CITIES)."""
        p = self.province(name)
        cities = {d.province for d in self.districts(name) if d.kind == "thành phố"}
        if p is None:
            return cities.pop() if len(cities) == 1 else self.province_of(name)
        if p.kind != "tỉnh":
            until = FORMER_PROVINCIAL_CITIES.get(p.name)
            return p.name if until is not None and on is not None and on < until else None
        return p.name if p.name in cities else None

    def province_of(self, name: str | None) -> str | None:
        """The province a place lies in: itself if it is a province, else the province of the one
        district of that name (None when unknown or ambiguous)."""
        p = self.province(name)
        printed = key(short_name(name)) if p and name else None
        if p and printed != key(p.name):
            # compared with its diacritics, not the province's but a district's: "Quang Bình" (Hà Giang), not
            # "Quảng Bình"; a name without them ("Quang Binh") stays the province's
            exact = {d.province for d in self.districts(name) if key(d.name) == printed}
            if len(exact) == 1:
                return exact.pop()
        if p:
            return p.province
        ds = {d.province for d in self.districts(name)}
        return ds.pop() if len(ds) == 1 else None


def _vau_data() -> Path | None:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@lru_cache(maxsize=1)
def places() -> Places:
    provinces: dict[str, Unit] = {}
    districts: dict[str, list[Unit]] = {}
    wards: dict[str, list[Unit]] = {}
    wards_2025: dict[str, list[Unit]] = {}
    try:
        import vietnam_provinces
        data = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
        for p in data:
            name = short_name(p["name"])
            kind = "thành phố" if "thành phố" in p["division_type"] else "tỉnh"
            provinces.setdefault(place_key(name), Unit(name, kind, "province", name))
            for w in p.get("wards", []):
                wname = short_name(w["name"])
                wards_2025.setdefault(place_key(wname), []).append(Unit(wname, w["division_type"], "ward", name))
    except ImportError:         # the lists are dependencies; without them no place is checked
        pass
    vau = _vau_data()
    if vau is not None and (vau / "dataset.db").exists():
        with sqlite3.connect(f"file:{vau / 'dataset.db'}?mode=ro", uri=True) as conn:
            rows = conn.execute("SELECT DISTINCT province, district, districtType FROM admin_units_legacy").fetchall()
            ward_rows = conn.execute("SELECT DISTINCT province, ward, wardType FROM admin_units_legacy "
                                     "WHERE ward IS NOT NULL").fetchall()
        for province, ward, wtype in ward_rows:
            wname = short_name(ward)
            wards.setdefault(place_key(wname), []).append(Unit(wname, (wtype or "").lower(), "ward",
                                                               short_name(province)))
        for province, district, dtype in rows:
            pname = short_name(province)
            kind = "thành phố" if province.lower().startswith("thành phố") else "tỉnh"
            provinces.setdefault(place_key(pname), Unit(pname, kind, "province", pname))
            dname = short_name(district)
            unit = Unit(dname, dtype.lower(), "district", pname)
            bucket = districts.setdefault(place_key(dname), [])
            if unit not in bucket:
                bucket.append(unit)
    for dname, dkind, pname in FORMER_DISTRICTS:
        if place_key(pname) in provinces:
            districts.setdefault(place_key(dname), []).append(Unit(dname, dkind, "district", pname))
    for alias, target in ALIASES.items():
        if place_key(target) in provinces:
            provinces.setdefault(alias, provinces[place_key(target)])
    return Places(provinces, districts, wards, wards_2025)

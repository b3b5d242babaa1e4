"""Identity: where a document belongs (its place, the province above a ward) and the stable IRIs
minted for it and for what it mentions: the document itself, its parts and tasks, the documents
it cites, places and concrete agencies (the patterns of docs/vocabulary.md, "Data IRI patterns").

Everything here is a pure function of the intermediate `Document`: no triples are written
(that is the builder's job, ingest/rdf.py), so the same input always mints the same IRIs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from kehoach.vocab import BASE

from .agencies import Mention
from .citations import AMENDING_LAW, is_local_symbol, number_key, number_parts
from .header import PARTY_UNIT, national_kind
from .metadata import _UNIT_RE, ISSUER, ON_TERRITORY, PROPER, UNIT_WORDS, _proper, unit_word
from .model import Citation, Document, Part
from .numbers import symbol_code_type
from .places import FORMER_PROVINCE_NAMES, of_kind, places, prefixes
from .reference import RefDocument, by_name, by_number_key, names_a_central_issuer, names_a_department
from .text import fold, key, slug

UNIT_PREFIX = {"province": "tỉnh", "city": "thành phố", "ward": "phường", "commune": "xã",
               "district": "huyện", "town": "thị xã", "township": "thị trấn", "special-zone": "đặc khu",
               "provincial-city": "thành phố"}
UNIT_EN = {"province": "Province", "city": "City", "ward": "Ward", "commune": "Commune", "district": "District",
           "town": "Town", "township": "Township", "special-zone": "Special Zone", "provincial-city": "City"}
PROVINCE_LEVELS = ("province", "city")
# the end of the name of a city of a province's body kind (the gazetteer's "Ủy ban nhân dân thành phố thuộc tỉnh")
OF_PROVINCE = " thuộc tỉnh"
SUBPROVINCIAL_UNITS = (" huyện", " quận", " thị xã", " thị trấn", " xã", " phường")
AMENDING = re.compile(r"(?:Luật|Pháp lệnh)\s+(?:sửa đổi|bổ sung)", re.I)
COUNTRY_IRI = BASE + "place/vn"
# the unit in a cited local body's name ("Công an tỉnh Nghệ An", "Phòng Giáo dục và Đào tạo huyện Thanh Oai"; not the
# Party's "tỉnh Ủy")
LOCAL_BODY_PLACE = re.compile(rf"\s(?P<unit>{_UNIT_RE})\s+(?P<name>(?![ỦU][ỷy]\b){PROPER})")
# a local body's name ending with its unit's word ("Bộ Chỉ huy Quân sự tỉnh", "Phòng Văn hóa - Thông tin huyện")
LOCAL_UNIT_END = re.compile(rf"\s(?:{_UNIT_RE})$")
# a central body's name the header's list does not hold ("Bảo hiểm xã hội Việt Nam", "Tổng cục Thuế", "Ban Bí thư
# Trung ương Đoàn", "Ủy ban Quốc gia về chuyển đổi số", the Councils of Ministers and of State)
CENTRAL_NAME = re.compile(r"Việt Nam$|Trung ương|Quốc gia|Chính phủ|Quốc hội|^(?i:Tổng cục)\s"
                          r"|^Hội đồng (?:Bộ trưởng|Nhà nước)")


# a national board or council the gazetteer lacks, "Quốc gia" or "Trung ương" right after its head word ("Ban chỉ đạo
# Quốc gia phòng chống dịch Covid-19", "Hội đồng Trung ương …"; not "Ban Chỉ đạo các Chương trình mục tiêu Quốc gia",
# which a province has too)
# (or of the Youth Union's centre: "Ban Bí thư Trung ương Đoàn")
CENTRAL_BOARD_NAME = re.compile(r"^(?:Ban\s+[Cc]hỉ\s+đạo|Ủy ban|Uỷ ban|Hội đồng|Ban)\s+(?:Quốc gia|Trung ương)\b"
                                r"|\bTrung ương Đoàn\b")


# a body the gazetteer lacks named as a province's: a board of a Tỉnh ủy, Tỉnh đoàn or Tỉnh hội ("Ban Thường vụ Tỉnh
# đoàn"), or a name ending with "tỉnh" ("Ban Dân tộc tỉnh")
PROVINCE_BODY_NAME = re.compile(r"(?<!\w)Tỉnh\s+(?:ủy|uỷ|đoàn|hội)(?!\w)|\stỉnh$")


def central_name(name: str) -> bool:
    """Whether a name the gazetteer lacks is a national board's or council's (CENTRAL_BOARD_NAME), not placed in a
    province by its words ("… Trung ương tỉnh …" is none)."""
    return CENTRAL_BOARD_NAME.search(name) is not None and not LOCAL_BODY_PLACE.search(" " + name) and \
        not LOCAL_UNIT_END.search(name)


HDND = re.compile(r"(Hội đồng nhân dân|HĐND)\s+(?P<unit>tỉnh|thành phố|phường|xã)(?:\s+(?P<name>.+))?")
# a Party committee named with its province: "Ban Thường vụ Tỉnh ủy Bình Định", "Thành ủy Hải Phòng",
# "Ban Chấp hành Đảng bộ tỉnh Gia Lai"
PARTY = re.compile(r"(?:(?P<u1>Tỉnh|Thành)\s+(?:ủy|uỷ)|Đảng bộ\s+(?P<u2>tỉnh|thành phố))\s+(?P<name>[A-ZĐÀ-Ỹ].*)")
# a province's or city's Party committee named without its place ("của Ban Thường vụ Tỉnh ủy khóa XX", "của Thành
# ủy", "của Ban Chấp hành Đảng bộ tỉnh khóa XVI"): placed as its committee named so is ("UBND tỉnh", "UBND Thành
# phố"), not in the citing district, town, ward or commune
PROVINCE_PARTY = re.compile(r"(?<!\w)(?:(?P<level>Tỉnh|Thành)\s+(?:ủy|uỷ)"
                            r"|Đảng bộ\s+(?P<whole>tỉnh|thành phố)(?!\s+[A-ZĐÀ-Ỹ]))(?!\w)")
# a district's, town's, ward's or commune's Party committee: "Ban Thường vụ Huyện ủy Cẩm Xuyên", "Thị ủy Sơn Tây",
# "Ban Chấp hành Đảng bộ thị xã khóa XIV" (the committee the Party's statute calls thị ủy), "Đảng ủy xã" (the citing
# commune's own, when unnamed)
LOCAL_PARTY = re.compile(r"(?<!\w)(?:(?P<d>Huyện|Quận|Thị)\s+(?:ủy|uỷ)|Đảng bộ\s+(?P<b>huyện|quận|thị xã)"
                         r"|Đảng\s+(?:ủy|uỷ)\s+(?P<w>xã|phường|thị trấn))"
                         r"(?!\w)(?:\s+(?P<name>[A-ZĐÀ-Ỹ][^,;()]*))?")


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    path: str            # after "place/vn/": "dong-thap", "hai-phong/hai-duong", "_/ward/x"

    @property
    def iri(self) -> str:
        return BASE + "place/vn/" + self.path

    @property
    def unit_word(self) -> str:
        """The unit word of the place's level; a district's own, as the official list names it ("quận Ba Đình",
        "thị xã Sơn Tây"; "huyện" when the list does not tell)."""
        if self.level == "district":
            listed = places().districts(self.name)
            province = self.path.split("/")[0]
            kinds = {d.kind for d in listed if slug(d.province) == province} or {d.kind for d in listed}
            if len(kinds) == 1:
                return kinds.pop()
        return UNIT_PREFIX.get(self.level, "")

    @property
    def display(self) -> str:
        """"tỉnh Đồng Tháp"; a province that is now a city by the name it bore as a province ("tỉnh Thừa Thiên
        Huế", never "tỉnh Huế")."""
        return f"{self.unit_word} {self.former_name}".strip()

    @property
    def former_name(self) -> str:
        """The name, or the one a province now a city bore while a province (places.FORMER_PROVINCE_NAMES)."""
        return FORMER_PROVINCE_NAMES.get(self.name, self.name) if self.unit_word == "tỉnh" else self.name

    @property
    def name_en(self) -> str:
        """The name without diacritics, as English texts write Vietnamese places ("Đồng Tháp" ->
        "Dong Thap"; "Viet Nam" for the country)."""
        if not self.path:
            return "Viet Nam"
        return " ".join(w[:1].upper() + w[1:] for w in fold(self.former_name).split())

    @property
    def display_en(self) -> str:
        """"Dong Thap Province", "Hai Duong Ward"; the country "Viet Nam"."""
        return f"{self.name_en} {UNIT_EN.get(self.level, '')}".strip()


COUNTRY = Place("Việt Nam", "country", "")


def names_of(place: Place) -> tuple[str, ...]:
    """The names a place's bodies are printed with: its own, and the one a province now a city bore while a province
    ("UBND tỉnh Thừa Thiên Huế", "Tỉnh ủy Thừa Thiên Huế" in a plan of Huế before 2025: its committees, not bodies
    of their own)."""
    former = FORMER_PROVINCE_NAMES.get(place.name) if place.level in PROVINCE_LEVELS else None
    return (place.name, former) if former else (place.name,)


def make_place(name: str, level: str, parent: Place | None = None) -> Place:
    if level in PROVINCE_LEVELS and parent is None:
        # the official unit's name: a province printed by an older name ("tỉnh Thừa Thiên Huế", now
        # Huế) is the place the document's own letterhead gives, not a second one
        unit = places().province(name)
        name = unit.name if unit is not None else name
        return Place(name, level, slug(name))
    if parent is not None and parent.path:
        return Place(name, level, f"{parent.path}/{slug(name)}")
    return Place(name, level, f"_/{level}/{slug(name)}")


_DASHED_TAIL = re.compile(rf"\s*[-–]\s*(?P<tail>{PROPER})")


def _dashed_name(name: str | None, text: str, end: int) -> str | None:
    """A place's name with what a dash joins to it when the lists know the whole ("Bà Rịa" - "Vũng Tàu"), else
    `name`."""
    m = _DASHED_TAIL.match(text, end)
    if name and m is not None:
        for tail in prefixes(_proper(m.group("tail")) or ""):
            if places().knows(joined := f"{name} - {tail}"):
                return joined
    return name


def issuer_unit(c: Citation) -> tuple[str | None, str | None]:
    """The unit word and place name of a cited document's issuer: "của UBND thành phố Hải Phòng"
    -> ("thành phố", "Hải Phòng"); a name left out is taken from "trên địa bàn <unit> <name>"."""
    if not c.issuer:
        return None, None
    party = PARTY.search(c.issuer)
    if party:
        unit = {"tỉnh": "tỉnh", "thành": "thành phố"}[(party.group("u1") or party.group("u2")).lower().split()[0]]
        return unit, _proper(party.group("name"))
    if (bare := PROVINCE_PARTY.search(c.issuer)) is not None:
        return ("tỉnh" if bare.group("level") == "Tỉnh" or bare.group("whole") == "tỉnh" else "thành phố"), None
    if (local := LOCAL_PARTY.search(c.issuer)) is not None:
        unit = PARTY_UNIT[local.group("d").upper()] if local.group("d") else local.group("b") or local.group("w")
        return unit, _proper(local.group("name"))
    m = ISSUER.search(c.issuer) or HDND.search(c.issuer)
    if not m:
        return None, None
    unit = unit_word(m)                  # ("UBND TP Cần Thơ", "UBND TP. Đà Nẵng": "thành phố")
    name = _dashed_name(_proper(m.group("name")), c.issuer, m.end("name")) if m.group("name") else None
    if not name and c.subject:
        t = ON_TERRITORY.search(c.subject)
        if t and t.group("unit").lower() == unit:
            name = _proper(t.group("name"))
    return unit, name


def infer_parent(citations: list[Citation]) -> Place | None:
    """A ward/commune plan implementing a plan of "UBND thành phố/tỉnh X" lies in X; of a city of a province ("UBND
    thành phố Long Xuyên", before 2025), in that province (it had been placed in a province "Long Xuyên")."""
    for c in citations:
        if c.kind != "implements":
            continue
        unit, name = issuer_unit(c)
        if unit == "thành phố" and name and (province := places().provincial_city(name, c.date)):
            return make_place(province, "province")
        if unit in ("tỉnh", "thành phố") and name:
            return make_place(name, UNIT_WORDS[unit])
    return None


# the word a body's kind starts its name with, before its field: "Cục thuế …" is written "Cục Thuế …"
BODY_HEAD = re.compile(r"^(?:Tổng cục|Chi cục|Cục|Sở|Vụ|Viện|Phòng|Ban|Trung tâm) (?=[a-zđà-ỹ])")


def concrete_label(label: str, place: Place | None, as_printed: bool) -> str:
    """"Sở Nội vụ" of Đồng Tháp -> "Sở Nội vụ tỉnh Đồng Tháp"; "Công an tỉnh" -> "Công an tỉnh
    Đồng Tháp". Groups and unresolved names keep the printed form, but for the first word of a body's field, which is
    written with a capital ("Cục thuế thành phố Hồ Chí Minh" -> "Cục Thuế …"): two printings of one body, one
    agency, one preferred label."""
    if as_printed:
        head = BODY_HEAD.match(label)
        return label[:head.end()] + label[head.end()].upper() + label[head.end() + 1:] if head else label
    if place is None or not place.path or place.name in label:
        return label
    if label.endswith(OF_PROVINCE) and place.level == "provincial-city":
        # the committee of a city of a province: "Ủy ban nhân dân thành phố thuộc tỉnh" -> "… thành phố Hà Giang"
        return f"{label[:-len(OF_PROVINCE)]} {place.name}"
    unit = place.unit_word
    # a kind that ends with its unit word ("Công an tỉnh"): the place's name after it; also a province's body
    # in a place now a city, or the other way round: its own unit word, never "Ủy ban nhân dân tỉnh thành phố Huế",
    # and the name the province bore ("Ủy ban nhân dân tỉnh" of a 2018 plan in Huế: "… tỉnh Thừa Thiên Huế")
    # (likewise a district's body named by the unit word the document printed, the official list's word now another:
    # "Ủy ban nhân dân huyện Tịnh Biên" of a 2018 plan, a thị xã since 2021, never "… huyện thị xã Tịnh Biên")
    if place.level in PROVINCE_LEVELS and label.endswith(" tỉnh"):
        return f"{label} {FORMER_PROVINCE_NAMES.get(place.name, place.name)}"     # "… tỉnh Thừa Thiên Huế"
    if place.level in PROVINCE_LEVELS and place.name in FORMER_PROVINCE_NAMES and \
            (party := PROVINCE_PARTY.search(label)) is not None and party.group("level") == "Tỉnh":
        # a province's Party body, the province now a city: the province it was ("Tỉnh ủy tỉnh Thừa Thiên Huế", never
        # "Tỉnh ủy thành phố Huế")
        return f"{label} tỉnh {FORMER_PROVINCE_NAMES[place.name]}"
    if (unit and label.endswith(" " + unit)) or \
            (place.level in PROVINCE_LEVELS and label.endswith(" thành phố")) or \
            (place.level not in PROVINCE_LEVELS and label.endswith(SUBPROVINCIAL_UNITS)):
        return f"{label} {place.name}"
    if place.level in PROVINCE_LEVELS and label.endswith(SUBPROVINCIAL_UNITS):
        # a district's or commune's body whose unit is not named: "Ủy ban nhân dân huyện (tỉnh Đắk
        # Nông)", never "Ủy ban nhân dân huyện tỉnh Đắk Nông"
        return f"{label} ({place.display})"
    return f"{label} {place.display}"


# Types numbered in two series: a legal normative document prints its year in its number ("12/2021/QĐ-TTg", "07/2019/
# NQ-HĐND"), any other document of the type does not ("12/QĐ-TTg"), and each series counts from 1 every year (Luật
# Ban hành văn bản quy phạm pháp luật 2015, art. 8; Nghị định 30/2020/NĐ-CP, Phụ lục I, for the other documents), so
# "12/2021/QĐ-TTg" and the "12/QĐ-TTg" of 2021 are two documents. A decree, a circular or a law is normative
# alone: its numbers all print the year.
TWO_SERIES = {"Quyết định", "Nghị quyết", "Chỉ thị"}


def serial_segment(number: str) -> str:
    """The last segment of a numbered document's IRI: its serial ("155"), with the year its number prints when
    the type is numbered in two series ("12-2021" for "12/2021/QĐ-TTg")."""
    num, year, symbol = number_parts(number)
    if year and symbol_code_type(symbol) in TWO_SERIES:
        return f"{slug(num)}-{year}"
    return slug(num)


def decree_completed(number: str, year: int | None) -> str:
    """A decree's number printed without its year ("72/NĐ-CP" dated 07/9/2015), with it ("72/2015/NĐ-CP"): every
    decree's number prints its year, so the yearless one is the same decree cut short."""
    num, printed, symbol = number_parts(number)
    if printed or year is None or symbol_code_type(symbol) != "Nghị định":
        return number
    return f"{num}/{year}/{symbol}"


@dataclass(frozen=True)
class Cited:
    """Who a citation points at."""
    iri: str
    place: Place | None           # the place of a local document (KH-UBND, NQ-HĐND)
    number: str | None            # the number the document is known by (a misprinted year corrected)
    key: str                      # short stable key: "155-qd-ttg", "luat-ngan-sach-nha-nuoc"
    reference: RefDocument | None  # its record in the reference data, if any
    corrected: bool = False       # the printed number's year was a misprint
    scoped: bool = False          # identity known only within the citing document


def concrete_label_en(label_en: str, place: Place | None) -> str:
    """The English name of a concrete agency: the kind and where it is ("Department of Home
    Affairs, Gia Lai"; "People's Committee, Hai Duong Ward"); national bodies by the kind alone."""
    if place is None or not place.path:
        return label_en
    where = place.name_en if place.level in PROVINCE_LEVELS else place.display_en
    if place.level in PROVINCE_LEVELS and place.name in FORMER_PROVINCE_NAMES and label_en.startswith("Provincial"):
        # a province's body, the province now a city: the province it was, as its Vietnamese label says ("Provincial
        # People's Committee, Thua Thien Hue", whether the place was read as the province or as today's city)
        where = Place(FORMER_PROVINCE_NAMES[place.name], "province", place.path).name_en
    return f"{label_en}, {where}"


def seg(local_id: str) -> str:
    """A local id as one IRI path segment: "VI.1#2" -> "VI.1_2"."""
    return re.sub(r"[^0-9A-Za-z.~-]", "_", local_id.replace("#", "_"))


# a Party document's code naming a province's or centrally-run city's committee ("QĐ/TU": Tỉnh ủy, Thành ủy)
PROVINCE_PARTY_CODE = re.compile(r"(?:^|/)TU$")
# (and a district's: "NQ/HU" Huyện ủy, "NQ/QU" Quận ủy)
DISTRICT_PARTY_CODE = re.compile(r"(?:^|/)(?:HU|QU)$")
# a district's body named by its unit's word alone ("HĐND huyện", "UBND quận", "Huyện ủy")
BARE_DISTRICT_BODY = re.compile(r"(?:^|\s)(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng bộ)\s+"
                                r"(?:huyện|quận|thị xã)$|^(?:Huyện|Quận) (?:ủy|uỷ)$")


class Identity:
    """The places and IRIs of one document."""

    def __init__(self, doc: Document):
        self.doc = doc
        m = doc.meta
        self.parent_place: Place | None = None
        if m.jurisdiction and m.jurisdiction_level not in PROVINCE_LEVELS:
            self.parent_place = infer_parent(doc.citations)
            if self.parent_place is None and m.parent_jurisdiction:      # from the official unit lists
                self.parent_place = make_place(m.parent_jurisdiction, m.parent_jurisdiction_level or "province")
        self.place: Place | None = (make_place(m.jurisdiction, m.jurisdiction_level or "province",
                                               self.parent_place) if m.jurisdiction else None)
        self.province: Place | None = (self.place if self.place and self.place.level in PROVINCE_LEVELS
                                       else self.parent_place)
        self.places_names = tuple(n for p in (self.place, self.parent_place) if p for n in names_of(p))
        # a local body's document: its issuer read and placed below the country (not only by the place-date line: a
        # central body's letter is dated "Hà Nội" too)
        self.local_body = self.place is not None and m.issuer is not None and m.jurisdiction_source != "place-date"
        self.doc_iri = self._doc_iri()
        # one graph per document, named after the document's own identity (not the file name), so
        # re-ingesting a document replaces it and two documents never share a graph
        self.graph_iri = BASE + "graph/doc/" + self.doc_iri.split("/eli/vn/", 1)[1]
        self.source_iri = BASE + "source/sha256/" + doc.source.sha256
        self._part_index: dict[str, Part] = {}
        self._parts_indexed = -1

    def _doc_iri(self) -> str:
        m = self.doc.meta
        scope = self.place.path if self.place else "_"
        if m.number:
            num, year, symbol = number_parts(m.number)
            year = year or (str(m.date.year) if m.date else None) or str(m.period_start or "_")
            # (a body's number among the many of its kind, a province's department's, a school's, is scoped by its
            # place as a committee's is: "12/KH-SYT" of two provinces are two documents)
            local = is_local_symbol(symbol) or (self.local_body and not names_a_central_issuer(symbol)) or \
                self._department_numbered(symbol)
            prefix = f"{scope}/" if local else ""
            return f"{BASE}eli/vn/{prefix}{slug(symbol)}/{year}/{serial_segment(m.number)}"
        year = str(m.date.year) if m.date else str(m.period_start or "_")
        # an unnumbered document: its issuer and title; without a title, the file it came from
        # (a document of no known type is filed as a plan, the kind of document kehoach reads)
        return f"{BASE}eli/vn/{scope}/{slug(m.doc_type or 'Kế hoạch')}/{year}/draft-{self.draft_key}"

    @property
    def draft_key(self) -> str:
        """Hash of the document's title and issuer (without a title, of the file it came from): what
        a blank-numbered document's IRI is minted from, and what links it to its numbered version."""
        m = self.doc.meta
        origin = "" if m.title else str(self.doc.source.path.resolve())
        basis = key(m.title or "") + "|" + key(m.issuer or "") + "|" + origin
        return hashlib.sha1(basis.encode()).hexdigest()[:10]

    def part_iri(self, local_id: str | None) -> str:
        """A goal, objective or section by local id (the first part with that id); the document
        itself for None or an unknown id. Looked up in an index, not a scan of the parts: a
        document of 10,000 goal rows asks 10,000 times."""
        if local_id is None:
            return self.doc_iri
        if self._parts_indexed != len(self.doc.parts):
            index: dict[str, Part] = {}
            for p in self.doc.parts:
                index.setdefault(p.local_id, p)
            self._part_index, self._parts_indexed = index, len(self.doc.parts)
        part = self._part_index.get(local_id)
        return f"{self.doc_iri}/{part.kind}/{seg(part.local_id)}" if part else self.doc_iri

    def task_iri(self, local_id: str) -> str:
        return f"{self.doc_iri}/task/{seg(local_id)}"

    def as_of(self) -> dt.date | None:
        """The day the document speaks from: its date, else the first day of its period."""
        m = self.doc.meta
        if m.date:
            return m.date
        return dt.date(m.period_start, 1, 1) if m.period_start else None

    def cited(self, c: Citation, year_hint: dict[str, int], issuer_hint: dict[str, str] | None = None) -> Cited:
        """The identity of a cited document (docs/vocabulary.md, "Stability rules"). `year_hint` gives
        years for numbers printed elsewhere in the document with a date, `issuer_hint` the issuer printed with a number
        elsewhere in it (a number cited twice, once with its issuer, is one document).

        - A number whose year cannot be right (after the citing document's year, while the printed
          date is not) is a misprint: the document is minted from the number with the date's year
          ("07/2029/NQ-HĐND" dated 10/12/2019 in a 2021 plan is 07/2019/NQ-HĐND); the citation
          keeps the number as printed (kh:citedNumber).
        - A number known to the reference data (ontology/documents.ttl) takes the reference's IRI.
        - An unnumbered document named by a title ("Luật Ngân sách nhà nước") is the reference
          document of that name: of the year printed with it or of the date it was passed, else
          the one in force on the citing document's date; of a known year but not in the reference
          data, `eli/vn/luat/{year}/{name}` (never an amending law by its date: its name is cut short).
        - Without a year (number or title) and without reference data, the document cannot be told
          from others of the same number or title: its IRI is scoped to the citing document
          (`{citing document}/cited/{key}`), never shared by documents it might not be."""
        if not c.number:
            return self._cited_by_name(c)
        number = c.number
        num, year, symbol = number_parts(number)
        corrected = False
        as_of = self.as_of()
        if year and c.date and as_of and int(year) != c.date.year and int(year) > as_of.year >= c.date.year:
            year, corrected = str(c.date.year), True
            number = f"{num}/{year}/{symbol}"
        elif not year:
            number = decree_completed(number, c.date.year if c.date else year_hint.get(number_key(number)))
            year = number_parts(number)[1]
        nkey = number_key(number)
        ref = by_number_key(nkey)
        short = slug(nkey)
        if ref is not None:
            return Cited(ref.iri, None, ref.number or number, short, ref, corrected)
        year = year or (str(c.date.year) if c.date else None) or \
            (str(year_hint[nkey]) if nkey in year_hint else None)
        place: Place | None = None
        if not c.issuer and issuer_hint and nkey in issuer_hint:
            c = replace(c, issuer=issuer_hint[nkey])
        committees = is_local_symbol(symbol)
        local = committees or (not names_a_central_issuer(symbol) and self._issued_locally(c, symbol))
        if local:
            unit, name = issuer_unit(c)
            if not committees and c.issuer and (placed := LOCAL_BODY_PLACE.search(c.issuer)):
                # another local body's place as its name prints it ("Công an tỉnh Nghệ An", "Cục thuế tỉnh Đắk Nông")
                unit, name = placed.group("unit").lower(), _dashed_name(_proper(placed.group("name")), c.issuer,
                                                                         placed.end("name"))
            if unit and name and self.place is not None and self.place.level == UNIT_WORDS[unit] and \
                    key(self.place.name) == key(name):
                place = self.place      # the citing document's own unit, under its province as its own IRI is
            elif unit and name and UNIT_WORDS[unit] == "city" and \
                    (province := places().provincial_city(name, c.date or as_of)):
                # a province's city ("UBND thành phố Hà Giang", "… Long Xuyên"; "… Huế" before 2025): in its province,
                # as its own IRI is
                place = make_place(name, "provincial-city", make_place(province, "province"))
            elif unit and name and UNIT_WORDS[unit] in ("district", "town") and \
                    (province := self._district_province(name, unit)):
                # a district or town ("của UBND huyện Cẩm Xuyên", before 2025): in its province, as its own IRI is
                place = make_place(name, UNIT_WORDS[unit], make_place(province, "province"))
            elif unit and name and UNIT_WORDS[unit] in ("ward", "commune", "township", "special-zone") and \
                    (province := self._ward_province(name, unit)):
                # another ward or commune ("của UBND phường Hai Bà Trưng"): in its province, as its own IRI is
                place = make_place(places().ward_spelling(name), UNIT_WORDS[unit], make_place(province, "province"))
            elif unit and name:
                place = make_place(name, UNIT_WORDS[unit])
            elif (unit in ("tỉnh", "thành phố") or (not committees and c.issuer and not unit)
                  or (not unit and PROVINCE_PARTY_CODE.search(symbol))) and self.province:
                # (a body other than a committee named without its place, "của Sở Y tế": the province's; so is a
                # document the province's Party committee numbers, "289-QĐ/TU … của Ban chấp hành Đảng bộ Tỉnh" cited
                # in a commune's plan)
                place = self.province
            elif ((unit in ("huyện", "quận", "thị xã") and not name)
                  or (not unit and (DISTRICT_PARTY_CODE.search(symbol) or BARE_DISTRICT_BODY.search(c.issuer or "")))) \
                    and (district := self._the_district()) is not None:
                # a district's body named without its district ("của HĐND huyện khóa XX", "12-NQ/HU … của Ban chấp hành
                # Đảng bộ huyện") in a commune's plan that cites one district's documents by name: that district's
                place = district
            else:
                place = self.place  # no issuer printed, or none placed: the citing plan's authority
        if year is None or (local and place is None):
            return Cited(f"{self.doc_iri}/cited/{short}", place, number, short, None, corrected, scoped=True)
        prefix = f"{place.path}/" if place is not None else ""
        return Cited(f"{BASE}eli/vn/{prefix}{slug(symbol)}/{year}/{serial_segment(number)}", place, number, short, None,
                     corrected)

    def _department_numbered(self, symbol: str) -> bool:
        """A document under a local place whose number carries a department's code ("1557/SGDĐT-GDPT" dated "Thành
        phố Hồ Chí Minh", the department's own letterhead line lost): a department's, which a province alone has, so
        its number is the province's (every province's education department numbers its letters)."""
        return self.place is not None and not self.doc.meta.national and names_a_department(symbol) and \
            not names_a_central_issuer(symbol)

    def _issued_locally(self, c: Citation, symbol: str) -> bool:
        """Whether a cited document whose code names no central body is a local body's: its issuer is printed with
        its place ("Công an tỉnh Nghệ An"); or printed, no central body, in a local body's document ("Sở Y tế"); or
        not printed, in a local body's document, with a department's code ("12/KH-SYT"). Else its number is taken
        as the country's, as before (a central body's code the reference data lacks: "4346/TCHQ-GSQL")."""
        if c.issuer:
            if LOCAL_BODY_PLACE.search(c.issuer) or LOCAL_UNIT_END.search(c.issuer):
                return True         # (its unit's word without the name: "Bộ Chỉ huy Quân sự tỉnh", no ministry)
            if national_kind(c.issuer) is not None or CENTRAL_NAME.search(c.issuer):
                return False
            return self.local_body
        return self.local_body and names_a_department(symbol)

    def _the_district(self) -> Place | None:
        """The district of a commune's or ward's document, when the bodies of the documents it cites name one district
        and no other ("UBND huyện Như Xuân"), in its province; None otherwise."""
        if self.place is None or self.place.level not in ("commune", "ward", "township") or self.province is None:
            return None
        named = {(u, key(n)): (u, n) for c in self.doc.citations for u, n in [issuer_unit(c)]
                 if u in ("huyện", "quận", "thị xã") and n}
        if len(named) != 1:
            return None
        unit, name = next(iter(named.values()))
        if self._district_province(name, unit) != self.province.name:
            return None
        return make_place(name, UNIT_WORDS[unit], self.province)

    def _district_province(self, name: str, unit: str) -> str | None:
        """The province of the district or town `name` of the pre-2025 lists: the citing document's province when it
        has one of that name, else the one province that has (of the unit printed, if any has that unit)."""
        listed = of_kind(places().districts(name), unit)
        provinces = {d.province for d in listed}
        if self.province is not None and self.province.name in provinces:
            return self.province.name
        return provinces.pop() if len(provinces) == 1 else None

    def _ward_province(self, name: str, unit: str) -> str | None:
        """The province of the ward, commune or special zone `name`: the citing document's province when it has one of
        that name, else the one province the lists give it."""
        if self.province is not None and self.province.name in places().ward_provinces(name):
            return self.province.name
        return places().ward_province(name, unit)

    def _cited_by_name(self, c: Citation) -> Cited:
        title = c.title or c.doc_type or "văn bản"
        ym = re.search(r"\b((?:19|20)\d{2})\b", title)
        name = re.sub(r"\s*(năm\s+)?\b(19|20)\d{2}\b", "", title).strip()
        # one key for a name printed with the councils' and committees' short forms ("Luật Tổ chức HĐND và UBND")
        name = re.sub(r"\bUBND\b", "Ủy ban nhân dân", re.sub(r"\bHĐND\b", "Hội đồng nhân dân", name))
        short = slug(name)
        # the year of the law: printed in its name, or the date it was passed ("Luật Tổ chức chính
        # quyền địa phương ngày 19/6/2015"); an amending law's name cut short ("Luật sửa đổi") would make
        # one document of every amending law of that year with it, its whole name does not
        cut_short = AMENDING.match(name) is not None and AMENDING_LAW.match(name) is None
        year = int(ym.group(1)) if ym else (c.date.year if c.date and not cut_short else None)
        ref = by_name(name, year, self.as_of(), None if cut_short else c.date)
        if ref is not None:
            return Cited(ref.iri, None, ref.number, short, ref)
        if year:
            return Cited(f"{BASE}eli/vn/{slug(c.doc_type or 'van-ban')}/{year}/{short}", None, None, short, None)
        return Cited(f"{self.doc_iri}/cited/{short}", None, None, short, None, scoped=True)

    def agency_place(self, level: str) -> Place | None:
        """Where an agency of a gazetteer level sits for this document."""
        if level == "national":
            return COUNTRY
        if level == "province":
            return self.province or self.place
        return self.place

    def agency(self, m: Mention, place: Place | None = None) -> tuple[str, Place | None]:
        """The concrete agency (or group) a mention names, and its place: `place` when given, else
        the document's place at the level of the agency's kind (unknown names: the document's)."""
        if m.entry:
            level = m.entry.level
        elif central_name(m.label):
            level = "national"      # "Ban chỉ đạo Quốc gia phòng chống dịch Covid-19" cited in a province's plan
        elif PROVINCE_BODY_NAME.search(m.label):
            level = "province"      # "Ban Thường vụ Tỉnh đoàn" cited in a district's plan: the province's
        else:
            level = "province" if self.place is None or self.place.level in PROVINCE_LEVELS else "ward"
        place = place or self.agency_place(level)
        path = "vn" if place is None or not place.path else place.path
        kind = "agency-group" if m.group else "agency"
        return f"{BASE}{kind}/{path}/{m.slug}", place

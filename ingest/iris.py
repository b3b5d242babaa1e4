"""Identity: where a document belongs (its place, the province above a ward) and the stable IRIs
minted for it and for what it mentions: the document itself, its parts and tasks, the documents
it cites, places and concrete agencies (the patterns of docs/vocabulary.md, "Data IRI patterns").

Everything here is a pure function of the intermediate `Document`: no triples are written
(that is the builder's job, ingest/rdf.py), so the same input always mints the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kehoach.vocab import BASE

from .agencies import Mention
from .citations import is_local_symbol, number_key, number_parts
from .metadata import ISSUER, ON_TERRITORY, UNIT_WORDS, _proper
from .model import Citation, Document, Part
from .text import key, slug

UNIT_PREFIX = {"province": "tỉnh", "city": "thành phố", "ward": "phường", "commune": "xã",
               "district": "huyện", "town": "thị xã", "township": "thị trấn", "special-zone": "đặc khu"}
PROVINCE_LEVELS = ("province", "city")
COUNTRY_IRI = BASE + "place/vn"
HDND = re.compile(r"(Hội đồng nhân dân|HĐND)\s+(?P<unit>tỉnh|thành phố|phường|xã)(?:\s+(?P<name>.+))?")


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    path: str            # after "place/vn/": "dong-thap", "hai-phong/hai-duong", "_/ward/x"

    @property
    def iri(self) -> str:
        return BASE + "place/vn/" + self.path

    @property
    def display(self) -> str:
        return f"{UNIT_PREFIX.get(self.level, '')} {self.name}".strip()


COUNTRY = Place("Việt Nam", "country", "")


def make_place(name: str, level: str, parent: Place | None = None) -> Place:
    if level in PROVINCE_LEVELS and parent is None:
        return Place(name, level, slug(name))
    if parent is not None and parent.path:
        return Place(name, level, f"{parent.path}/{slug(name)}")
    return Place(name, level, f"_/{level}/{slug(name)}")


def issuer_unit(c: Citation) -> tuple[str | None, str | None]:
    """The unit word and place name of a cited document's issuer: "của UBND thành phố Hải Phòng"
    -> ("thành phố", "Hải Phòng"); a name left out is taken from "trên địa bàn <unit> <name>"."""
    if not c.issuer:
        return None, None
    m = ISSUER.search(c.issuer) or HDND.search(c.issuer)
    if not m:
        return None, None
    unit = m.group("unit").lower()
    name = _proper(m.group("name")) if m.group("name") else None
    if not name and c.subject:
        t = ON_TERRITORY.search(c.subject)
        if t and t.group("unit").lower() == unit:
            name = _proper(t.group("name"))
    return unit, name


def infer_parent(citations: list[Citation]) -> Place | None:
    """A ward/commune plan implementing a plan of "UBND thành phố/tỉnh X" lies in X."""
    for c in citations:
        if c.kind != "implements":
            continue
        unit, name = issuer_unit(c)
        if unit in ("tỉnh", "thành phố") and name:
            return make_place(name, UNIT_WORDS[unit])
    return None


def concrete_label(label: str, place: Place | None, as_printed: bool) -> str:
    """"Sở Nội vụ" of Đồng Tháp -> "Sở Nội vụ tỉnh Đồng Tháp"; "Công an tỉnh" -> "Công an tỉnh
    Đồng Tháp". Groups and unresolved names keep the printed form."""
    if as_printed or place is None or not place.path or place.name in label:
        return label
    unit = UNIT_PREFIX.get(place.level, "")
    if unit and label.endswith(" " + unit):
        return f"{label} {place.name}"
    return f"{label} {place.display}"


def seg(local_id: str) -> str:
    """A local id as one IRI path segment: "VI.1#2" -> "VI.1_2"."""
    return re.sub(r"[^0-9A-Za-z.~-]", "_", local_id.replace("#", "_"))


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
        self.places_names = tuple(p.name for p in (self.place, self.parent_place) if p)
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
            prefix = f"{scope}/" if is_local_symbol(symbol) else ""
            return f"{BASE}eli/vn/{prefix}{slug(symbol)}/{year}/{slug(num)}"
        year = str(m.date.year) if m.date else str(m.period_start or "_")
        # an unnumbered document: its issuer and title; without a title, the file it came from
        origin = "" if m.title else str(self.doc.source.path.resolve())
        basis = key(m.title or "") + "|" + key(m.issuer or "") + "|" + origin
        h = hashlib.sha1(basis.encode()).hexdigest()[:10]
        return f"{BASE}eli/vn/{scope}/{slug(m.doc_type)}/{year}/draft-{h}"

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

    def cited_iri(self, c: Citation, year_hint: dict[str, int]) -> tuple[str, Place | None]:
        """A cited document's IRI and, for local documents (KH-UBND, NQ-HĐND), the place it belongs
        to. `year_hint` gives years for numbers printed elsewhere in the document with a date."""
        if not c.number:
            ym = re.search(r"(\d{4})", c.title or "")
            title = re.sub(r"năm \d{4}", "", c.title or "")
            return f"{BASE}eli/vn/{slug(c.doc_type or 'van-ban')}/{ym.group(1) if ym else '_'}/{slug(title)}", None
        num, year, symbol = number_parts(c.number)
        year = year or (str(c.date.year) if c.date else None) or \
            (str(year_hint[number_key(c.number)]) if number_key(c.number) in year_hint else "_")
        if is_local_symbol(symbol):
            unit, name = issuer_unit(c)
            place: Place | None
            if unit and name:
                place = make_place(name, UNIT_WORDS[unit])
            elif unit in ("tỉnh", "thành phố") and self.province:
                place = self.province
            else:
                place = self.place  # no issuer printed, or none placed: the citing plan's authority
            path = place.path if place else "_"
            return f"{BASE}eli/vn/{path}/{slug(symbol)}/{year}/{slug(num)}", place
        return f"{BASE}eli/vn/{slug(symbol)}/{year}/{slug(num)}", None

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
        else:
            level = "province" if self.place is None or self.place.level in PROVINCE_LEVELS else "ward"
        place = place or self.agency_place(level)
        path = "vn" if place is None or not place.path else place.path
        kind = "agency-group" if m.group else "agency"
        return f"{BASE}{kind}/{path}/{m.slug}", place

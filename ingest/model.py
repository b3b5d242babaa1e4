"""The intermediate structure: the one seam between layout readers and the RDF builder.

Readers know document layouts and produce these objects; nothing downstream knows layouts.
Agency names stay as printed here (`raw` strings); resolution happens in the builder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .source import SourceText


@dataclass(frozen=True)
class Span:
    start: int  # 1-based first line
    end: int    # 1-based last line, inclusive
    quote: str  # exact NFC text of those lines


@dataclass
class Part:
    """A strategic goal, objective, or section heading that groups tasks."""
    kind: str              # "goal" | "objective" | "section"
    local_id: str          # stable within the document, e.g. "1", "1.2", "VI.1"
    code: str | None       # as printed, or None
    title: str
    span: Span
    parent: str | None = None


@dataclass
class Task:
    local_id: str          # code as printed, or a synthetic id such as "VI.1#2"
    code: str | None
    text: str
    span: Span
    parent: str | None = None
    leads: list[str] = field(default_factory=list)      # raw assignment phrases as printed
    supports: list[str] = field(default_factory=list)
    duplicate_count: int = 1
    deadline_text: str | None = None


@dataclass
class Citation:
    kind: str                    # "implements" | "based_on" | "mention" | "related" (a portal's list of related ones)
    doc_type: str | None         # Vietnamese type word as printed: "Quyết định", "Kế hoạch", ...
    number: str | None           # normalised display form "155/QĐ-TTg"; None for unnumbered (laws)
    number_printed: str | None
    date: dt.date | None
    date_printed: str | None
    issuer: str | None           # as printed after "của"
    subject: str | None
    span: Span
    title: str | None = None     # for unnumbered citations ("Luật Ngân sách nhà nước năm 2025")
    implements_number: str | None = None  # inferred: the cited document implements this number


@dataclass
class Reporting:
    text: str
    span: Span
    day: int | None = None
    month: int | None = None
    year: int | None = None
    annual: bool = False
    reporters: list[str] = field(default_factory=list)
    recipient: str | None = None
    via: str | None = None


@dataclass
class Duty:
    """A standing duty: what an agency must do throughout the plan ("Sở Tài chính bố trí kinh phí
    ..."), stated under "TỔ CHỨC THỰC HIỆN" of a plan that assigns its tasks elsewhere. Not a task."""
    local_id: str          # "IV.2", or "VI.2#1" for the first bullet under the heading VI.2
    text: str
    span: Span
    leads: list[str] = field(default_factory=list)      # raw agency phrases as printed, by role
    supports: list[str] = field(default_factory=list)


@dataclass
class Meta:
    doc_type: str | None = None
    number: str | None = None        # normalised "12127/KH-UBND"; None when blank
    number_printed: str | None = None
    number_blank: bool = False
    date: dt.date | None = None
    date_printed: str | None = None
    date_blank: bool = False
    issuer: str | None = None        # "UBND tỉnh Đồng Tháp"
    co_issuers: list[str] = field(default_factory=list)   # the other bodies of a joint document
    jurisdiction: str | None = None  # "Đồng Tháp"
    jurisdiction_level: str | None = None  # "province" | "city" | "ward" | "commune" | ...
    parent_jurisdiction: str | None = None
    parent_jurisdiction_level: str | None = None
    national: bool = False           # issued by a national body (jurisdiction: Việt Nam)
    # where the jurisdiction was read: the header's "letterhead", "place-date", "metadata" or "text" (the
    # body a notice names, else the first place its text names), or "number" (a national body's code,
    # metadata.issuer_from_symbol); None when neither gave it
    jurisdiction_source: str | None = None
    signer: str | None = None
    signer_title: str | None = None
    title: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    spans: dict[str, Span] = field(default_factory=dict)


@dataclass
class Document:
    source: SourceText
    meta: Meta
    parts: list[Part] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    reporting: list[Reporting] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # reader observations (page-break artefacts...)

    # the readers' indexes of parts and tasks (see index()): not part of the document
    _indexes: dict[str, Index] = field(default_factory=dict, compare=False, repr=False)

    def span(self, start: int, end: int | None = None) -> Span:
        end = start if end is None else end
        return Span(start, end, self.source.quote(start, end))

    def index(self, name: str, items: list[Any], keys: Callable[[Any], Iterable[Hashable]]) -> Index:
        """The index called `name` of `items` (self.parts or self.tasks), by `keys(item)`, made at the
        first call and kept up to date with the list as it grows."""
        ix = self._indexes.get(name)
        if ix is None or ix.items is not items:
            ix = self._indexes[name] = Index(items, keys)
        return ix

    def part_ids(self) -> Index:
        return self.index("part ids", self.parts, lambda p: (p.local_id,))

    def task_ids(self) -> Index:
        return self.index("task ids", self.tasks, lambda t: (t.local_id,))


class Index:
    """How many items of a list carry each key, for a list that only grows (a document's parts or
    tasks, appended to by every reader): each lookup first counts the items appended since the last
    one. A reader asking "is this id taken?" once per row scanned every row before it: quadratic on
    ten thousand rows (found by bench/fuzz.py)."""

    def __init__(self, items: list[Any], keys: Callable[[Any], Iterable[Hashable]]):
        self.items = items
        self.keys = keys
        self.counts: dict[Hashable, int] = {}
        self.seen = 0                           # items counted so far
        self.suffixes: dict[str, int] = {}      # by id asked for: the suffix free() last gave it

    def count(self, k: Hashable) -> int:
        items = self.items
        if len(items) < self.seen:              # never shrinks in the readers; count again if it does
            self.counts, self.seen, self.suffixes = {}, 0, {}
        for item in items[self.seen:]:
            for kk in self.keys(item):
                self.counts[kk] = self.counts.get(kk, 0) + 1
        self.seen = len(items)
        return self.counts.get(k, 0)

    def __contains__(self, k: Hashable) -> bool:
        return self.count(k) > 0

    def free(self, base: str) -> str:
        """`base`, else the first of `base~2`, `base~3`... not among the keys. Suffixes below the one
        given last time for `base` were taken then, and the list only grows: not tried again."""
        n = self.suffixes.get(base, 1)
        out = base if n == 1 else f"{base}~{n}"
        while out in self:
            n += 1
            out = f"{base}~{n}"
        self.suffixes[base] = n
        return out

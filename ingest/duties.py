"""Standing duties: what each agency must do throughout a plan, as "TỔ CHỨC THỰC HIỆN" states it
in a plan that assigns its tasks elsewhere (an appendix table, prose assignments). Not tasks:
the gold's convention, and a researcher's, keeps them apart.

One duty per numbered item of that section (or per unnumbered paragraph that opens with agencies),
in three layouts:
- an agency heading and its bullets, paragraphs or lettered points: "2. Sở Nội vụ" / "- Là cơ quan
  đầu mối ..." / "- Chủ trì, phối hợp với Y ...";
- a heading naming a collective and its members: "1. Các đơn vị thuộc trụ cột ... bao gồm: Y tế,
  Nội vụ, ..." (the members are the agencies);
- a sentence that opens with its agencies: "2. Giao Sở Nội vụ là cơ quan đầu mối, phối hợp với ...",
  "3. Trên cơ sở ..., Sở Tài chính phối hợp các đơn vị ... bố trí kinh phí".
Roles (phrases.py): the agencies a duty names are its leads, the partners after "phối hợp (với)"
its supporters; an agency that only "phối hợp" + verb ("Sở Ngoại vụ phối hợp tham mưu ...") supports.
Closing paragraphs ("Trong quá trình thực hiện ...", "Yêu cầu các sở ... nghiêm túc triển khai")
are not duties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block
from .model import Document, Duty
from .phrases import IsAgency, heading_agencies, partners, split_subject
from .text import key

ORG_SECTION = re.compile(r"tổ chức thực hiện")
CLOSING = re.compile(r"^(?:Trong quá trình|Quá trình|Yêu cầu|Nơi nhận|Trên đây)", re.I)
MEMBERS = re.compile(r"^(?P<group>.{3,200}?)\s+(?:bao gồm|gồm có|gồm)\s*:\s*(?P<members>.+?)[.;]?$", re.S)
HEADING_TAIL = re.compile(r"^(?:thực hiện theo|có trách nhiệm|theo chức năng)\b.{0,150}$|^$", re.S)


@dataclass
class _Item:
    local_id: str
    first: Block
    leads: list[str]
    supports: list[str]
    text: str                       # what the item itself says (empty for a bare agency heading)
    heading: str | None = None      # agencies of a heading whose points follow
    points: list[Block] = field(default_factory=list)


def extract_duties(doc: Document, blocks: list[Block], is_agency: IsAgency) -> bool:
    """Append the standing duties of the "TỔ CHỨC THỰC HIỆN" section to `doc.duties`."""
    items: list[_Item] = []
    cur: _Item | None = None
    unnumbered = 0
    for b in blocks:
        if b.kind == "row":
            continue
        if key(b.text).startswith("nơi nhận"):
            break
        if not ORG_SECTION.search(key(b.section_title or "")) or b.enum_kind == "roman":
            cur = None
            continue
        if b.enum_kind == "num" and "." not in (b.label or ""):
            cur = _open(b, f"{b.section}.{b.label}", is_agency)
            if cur:
                items.append(cur)
            continue
        if CLOSING.match(b.text) or b.kind == "heading":
            cur = None
            continue
        if cur is not None and (cur.heading is not None or cur.text.endswith(":")):
            cur.points.append(b)
            continue
        if b.kind in ("para", "bullet") and not b.enum_kind:
            unnumbered += 1
            it = _open(b, f"{b.section}#{unnumbered}", is_agency, numbered=False)
            if it:
                items.append(it)
                cur = it
    for it in items:
        duty = _duty(doc, it)
        if duty is not None:
            doc.duties.append(duty)
    return bool(items)


def _open(b: Block, local_id: str, is_agency: IsAgency, numbered: bool = True) -> _Item | None:
    """A numbered item (or an unnumbered paragraph) that assigns agencies, or None."""
    text = b.text.strip()
    if numbered:
        m = MEMBERS.match(text)
        if m and is_agency("các sở: " + m.group("members")):
            members = "các sở: " + m.group("members")
            return _Item(local_id, b, [members], [], "", heading=members)
        phrase = heading_agencies(text.rstrip(" .:")).strip(" .:")
        at = text.find(phrase)
        tail = text[at + len(phrase):].strip(" .:") if at >= 0 else text
        if phrase and len(phrase) < 400 and HEADING_TAIL.match(tail) and is_agency(phrase):
            return _Item(local_id, b, [phrase], [], text if tail else "", heading=phrase)
    a = split_subject(text, is_agency)
    if a is None:
        return None
    return _Item(local_id, b, a.leads, a.supports, text)


def _duty(doc: Document, it: _Item) -> Duty | None:
    texts = [it.text] if it.text else []
    leads, supports = list(it.leads), list(it.supports)
    end = it.first.end
    for p in it.points:
        if p.kind == "para" and not p.enum_kind and texts and it.points.index(p) > 0 and \
                it.points[it.points.index(p) - 1].kind != "para":
            texts[-1] = f"{texts[-1]} {p.text}"     # a paragraph finishing the point above it
        else:
            texts.append(p.text)
        end = max(end, p.end)
        if it.heading is not None:
            supports.extend(s for s in partners(p.text) if s != it.heading and s not in supports)
    text = " ".join(t.strip() for t in texts if t.strip())
    if not text or not (leads or supports):
        return None
    return Duty(it.local_id, text, doc.span(it.first.start, end), leads, supports)

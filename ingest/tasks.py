"""Task, goal and assignment extraction from the block stream.

Four layouts are recognised, each described by patterns rather than by file:
- assignment tables (pipe or tab separated; code | task | lead/support cells, page-break
  continuation rows with an empty code cell, repeated header rows, duplicated rows);
- prose assignments: "- Sở X chủ trì, phối hợp với Y ...:" followed by "+" task bullets;
- item forms: "1. ..." with "a) Nội dung thực hiện", "b) Cơ quan thực hiện: ...", "c) Cơ quan
  phối hợp: ..." (typical of text extracted from PDF);
- responsibilities per agency heading in the "TỔ CHỨC THỰC HIỆN" section (used when the
  document assigns tasks nowhere else: otherwise that section lists standing duties, duties.py).
How a sentence names its lead and supporters is read in phrases.py; decisions' articles and
letters' numbered items are read in assignments.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, table_rows
from .model import Document, Part, Task
from .phrases import heading_agencies, lead_phrase, supports_after_lead
from .text import clean, key, strip_markup

__all__ = ["extract_body_goals", "extract_headings", "extract_items", "extract_prose", "extract_tables",
           "heading_agencies", "split_assignment"]

GOAL_CELL = re.compile(r"^Mục tiêu(?P<strategic>\s+chiến lược)?\s*(?P<code>\d+(?:\.\d+)*)\s*[.:]?\s*(?P<title>.*)$",
                       re.I)
STRATEGIC_PARA = re.compile(r"^Mục tiêu chiến lược\s*(?P<code>\d+)\s*[.:]\s*(?P<title>.+)$", re.I)
CODE = re.compile(r"^\d+(?:\.\d+)*\.?$|^[IVX]+(?:\.\d+)*$|^[a-zđ]\)?$")
LABELS = re.compile(r"(?:^|\n|\s)(?P<label>(?:Cơ quan|Đơn vị)?\s*(?:chủ trì|thực hiện|hỗ trợ|phối hợp)"
                    r"(?:\s+thực hiện)?)\s*:", re.I)
ORG_SECTION = re.compile(r"tổ chức thực hiện")
SKIP_SECTIONS = re.compile(r"kinh phí|chế độ báo cáo|thời gian|phạm vi|quan điểm|mục đích|yêu cầu|"
                           r"căn cứ")


# --------------------------------------------------------------------------------------------
# Assignment cells

def split_assignment(cell: str) -> tuple[list[str], list[str]]:
    """"Chủ trì: Sở A và Sở B\nCơ quan hỗ trợ: Sở C, Sở D" -> (["Sở A và Sở B"], ["Sở C, Sở D"])."""
    text = strip_markup(cell)
    leads: list[str] = []
    supports: list[str] = []
    marks = list(LABELS.finditer(text))
    if not marks:
        t = clean(text)
        return ([t] if t else []), []
    head = clean(text[:marks[0].start()])
    if head:
        leads.append(head)
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = clean(text[m.end():end])
        if not value:
            continue
        label = key(m.group("label"))
        (leads if ("chủ trì" in label or "thực hiện" in label) else supports).append(value)
    return leads, supports


# --------------------------------------------------------------------------------------------
# Tables

@dataclass
class _Cols:
    code: int = 0
    text: int = 1
    lead: int | None = 2
    support: int | None = None
    combined: bool = True


def _header(cells: list[str]) -> _Cols | None:
    ks = [key(strip_markup(c)) for c in cells]
    if not any(k for k in ks) or any(len(k) > 80 for k in ks) or CODE.match(ks[0] or "-"):
        return None
    joined = " | ".join(ks)
    if not re.search(r"\b(stt|tt|mã số|mục tiêu|nhiệm vụ|nội dung)\b", joined) or \
            not re.search(r"chủ trì|phối hợp|cơ quan|đơn vị", joined):
        return None
    cols = _Cols(lead=None, combined=False)
    for i, k in enumerate(ks):
        if re.search(r"^(stt|tt|mã số|số tt)$", k):
            cols.code = i
        elif "chủ trì" in k and "phối hợp" in k:
            cols.lead, cols.combined = i, True
        elif "chủ trì" in k or "thực hiện" in k:
            cols.lead = i
        elif "phối hợp" in k or "hỗ trợ" in k:
            cols.support = i
        elif re.search(r"mục tiêu|nhiệm vụ|nội dung", k):
            cols.text = i
    return cols


def _cell(cells: list[str], i: int | None) -> str:
    """Cell `i` of a row, "" when the column is absent or the row is short."""
    return cells[i] if i is not None and i < len(cells) else ""


def _goal_from_cell(cells: list[str]) -> tuple[str, str, bool] | None:
    filled = [c for c in cells if clean(strip_markup(c))]
    if len(filled) != 1:
        return None
    m = GOAL_CELL.match(clean(filled[0]))
    if not m:
        return None
    return m.group("code"), clean(m.group("title")).strip(" .") or "", bool(m.group("strategic"))


def extract_tables(doc: Document, blocks: list[Block]) -> bool:
    rows = table_rows(blocks)     # a lone stray row is no table: it must not switch the headings off
    if not rows:
        return False
    cols: _Cols | None = None
    found = False
    last: Task | None = None
    raw_assign: dict[str, str] = {}
    raw_split: dict[str, tuple[str, str]] = {}
    goal_of: str | None = None
    seq_tasks: dict[str, Task] = {}
    for b in rows:
        cells = b.cells
        h = _header(cells)
        if h:
            cols = h
            continue
        if cols is None:
            if len(cells) < 3:
                continue
            cols = _Cols() if len(cells) == 3 else _Cols(0, 1, 2, 3, False)
        if not any(clean(strip_markup(c)) for c in cells):
            continue
        g = _goal_from_cell(cells)
        if g:
            code, title, strategic = g
            kind = "goal" if strategic or "." not in code else "objective"
            parent = code.rsplit(".", 1)[0] if "." in code else None
            _add_part(doc, Part(kind, code, code, title, doc.span(b.start), parent))
            goal_of, last = code, None
            continue
        code = clean(strip_markup(_cell(cells, cols.code))).rstrip(".")
        text = clean(_cell(cells, cols.text))
        if cols.combined:
            assign = _cell(cells, cols.lead)
            lead_cell = sup_cell = ""
        else:
            assign = ""
            lead_cell, sup_cell = _cell(cells, cols.lead), _cell(cells, cols.support)
        has_assign = bool(clean(strip_markup(assign + lead_cell + sup_cell)))
        if not code:
            if last is None:
                continue
            # continuation of the previous row after a page break
            last.text = _join(last.text, text)
            last.span = doc.span(last.span.start, b.end)
            if cols.combined:
                raw_assign[last.local_id] = _join_cell(doc, last, raw_assign.get(last.local_id, ""), assign)
            else:
                lc, sc = raw_split.get(last.local_id, ("", ""))
                raw_split[last.local_id] = (_join_cell(doc, last, lc, lead_cell),
                                            _join_cell(doc, last, sc, sup_cell))
            continue
        if not CODE.match(code):
            continue
        if "." not in code and not has_assign:
            _add_part(doc, Part("goal", code, code, text.strip(" ."), doc.span(b.start)))
            goal_of, last = code, None
            continue
        parent = goal_of
        if "." in code and parent is None:
            parent = code.rsplit(".", 1)[0]
        if "." not in code:
            # a goal-level row that carries its own assignment: both a goal and a task
            _add_part(doc, Part("goal", code, code, text.strip(" ."), doc.span(b.start)))
            parent = code
        existing = seq_tasks.get(code)
        if existing is not None:
            if key(existing.text) == key(text):
                existing.duplicate_count += 1
                doc.notes.append(f"duplicate row {code} at line {b.start}")
                last = None
                continue
            code_id = f"{code}~{doc.index('task codes', doc.tasks, lambda t: (t.code,)).count(code) + 1}"
        else:
            code_id = code
        t = Task(code_id, code, text, doc.span(b.start), parent)
        doc.tasks.append(t)
        seq_tasks.setdefault(code, t)
        found = True
        last = t
        if cols.combined:
            raw_assign[t.local_id] = assign
        else:
            raw_split[t.local_id] = (lead_cell, sup_cell)
    for t in doc.tasks:
        if t.local_id in raw_assign:
            t.leads, t.supports = split_assignment(raw_assign[t.local_id])
        elif t.local_id in raw_split:
            lc, sc = raw_split[t.local_id]
            t.leads = [clean(strip_markup(lc))] if clean(strip_markup(lc)) else []
            t.supports = [clean(strip_markup(sc))] if clean(strip_markup(sc)) else []
    return found


def _join(a: str, b: str) -> str:
    b = b.strip()
    if not b:
        return a
    return f"{a} {b}".strip()


def _join_cell(doc: Document, task: Task, prev: str, frag: str) -> str:
    """Join an assignment cell continued after a page break. A fragment that only repeats the
    tail of the previous cell ("... Du lịch" + "lịch") is a page-break artefact: dropped."""
    f = clean(strip_markup(frag))
    if not f:
        return prev
    tail = clean(strip_markup(prev))
    if tail and " " not in f and key(tail).endswith(key(f)) and not re.search(r"[,;:]$", tail):
        doc.notes.append(f"page-break repeat '{f}' dropped in {task.local_id} at line {task.span.end}")
        return prev
    return f"{prev} {frag}" if prev else frag


def _add_part(doc: Document, part: Part) -> None:
    """Append a goal or objective unless one with its id was read before (looked up in an index: a
    scan of the parts for each new one was quadratic on ten thousand goal rows)."""
    if part.local_id in doc.index("goal and objective ids", doc.parts,
                                  lambda p: (p.local_id,) if p.kind in ("goal", "objective") else ()):
        return
    doc.parts.append(part)


# --------------------------------------------------------------------------------------------
# Prose: "Sở X chủ trì, phối hợp với Y ...:" + "+" bullets

def extract_prose(doc: Document, blocks: list[Block]) -> bool:
    found = False
    context: tuple[str, str] | None = None  # (leads, supports) governing following "+" bullets
    counters: dict[str, int] = {}
    current: Task | None = None
    ctx_sub = None
    for b in blocks:
        if b.kind == "row":
            continue
        title = key(b.section_title or "")
        if b.section is None or ORG_SECTION.search(title) or SKIP_SECTIONS.search(title) or \
                title.startswith("mục tiêu"):
            context, current = None, None
            continue
        if (b.sub, b.section) != ctx_sub:
            context, current, ctx_sub = None, None, (b.sub, b.section)
        if b.kind == "heading" or b.enum_kind in ("roman", "num"):
            context, current = None, None
            numbered = lead_phrase(b.text) if b.enum_kind == "num" and b.label else None
            if numbered and len(numbered[2]) > 15:
                # a numbered task that names its lead: "1. Sở X chủ trì, phối hợp với Y rà soát …"
                _numbered_task(doc, b, numbered)
                found = True
            continue
        text = b.text
        if ITEM_FIELD.match(text):
            context, current = None, None   # "b) Cơ quan chủ trì: ..." belongs to an item form
            continue
        parsed = lead_phrase(text) if (b.kind == "bullet" and b.marker != "+") or \
            (b.kind == "para" and current is None) or (b.kind == "para" and context is None) else None
        if parsed is None and b.kind == "bullet" and b.marker != "+" and context is not None:
            parsed = lead_phrase(text)
        if parsed:
            leads, supports, inline = parsed
            context = (leads, supports)
            current = None
            if inline and len(inline) > 15:
                current = _prose_task(doc, b, inline, context, counters)
                found = True
            continue
        if context is None:
            continue
        if b.kind == "bullet" and b.marker == "+":
            current = _prose_task(doc, b, text, context, counters)
            found = True
        elif b.kind == "para" and current is not None:
            current.text = _join(current.text, text)
            current.span = doc.span(current.span.start, b.end)
        elif b.kind == "bullet":
            context, current = None, None
    return found


def _section_part(doc: Document, b: Block) -> str:
    sid = f"{b.section}.{b.sub}" if b.sub else f"{b.section}"
    if sid not in doc.part_ids():
        title = (b.sub_title if b.sub else b.section_title) or sid
        anchor = b.sub_block.start if b.sub_block is not None else b.start
        doc.parts.append(Part("section", sid, sid, title, doc.span(anchor)))
    return sid


def _numbered_task(doc: Document, b: Block, parsed: tuple[str, str, str]) -> None:
    leads, supports, inline = parsed
    code = b.label or ""
    parent = _section_part(doc, b) if b.section and b.section != code else None
    _add_coded(doc, Task(code, code, inline.strip(), doc.span(b.start, b.end), parent, [leads],
                         [supports] if supports else []), b.section)


def _add_coded(doc: Document, t: Task, section: str | None) -> None:
    """Add a task coded by its printed number; a number another task has already taken is prefixed by
    its section ("II.1")."""
    if t.local_id in doc.task_ids():
        t.local_id = f"{section or ''}.{t.code}"
    doc.tasks.append(t)


def _prose_task(doc: Document, b: Block, text: str, context: tuple[str, str],
                counters: dict[str, int]) -> Task:
    sid = _section_part(doc, b)
    counters[sid] = counters.get(sid, 0) + 1
    t = Task(f"{sid}#{counters[sid]}", None, text.strip(), doc.span(b.start, b.end), sid,
             [context[0]], [context[1]] if context[1] else [])
    doc.tasks.append(t)
    return t


# --------------------------------------------------------------------------------------------
# Item forms: "1. title / a) Nội dung thực hiện / b) Cơ quan thực hiện / c) Cơ quan phối hợp"

ITEM_FIELD = re.compile(r"^(?P<label>Nội dung(?: thực hiện)?|(?:Cơ quan|Đơn vị)\s+(?:thực hiện|chủ trì)|"
                        r"(?:Cơ quan|Đơn vị)\s+phối hợp|Thời gian(?: thực hiện| hoàn thành)?|"
                        r"Sản phẩm(?: đầu ra)?|Kinh phí)\s*:\s*(?P<value>.*)$", re.I | re.S)


# the partners a lead field names after its lead: "Ban Dân tộc tỉnh chủ trì; Sở Văn hóa, Thể thao và Du lịch phối hợp."
PARTNERS_AFTER = re.compile(r"^[;,]?\s*(?P<p>[^;:]+?)\s+phối hợp\s*\.?$")


@dataclass
class _Item:
    head: Block
    fields: dict[str, tuple[str, Block]] = field(default_factory=dict)


def extract_items(doc: Document, blocks: list[Block]) -> bool:
    items: list[_Item] = []
    cur: _Item | None = None
    top: _Item | None = None        # the last item numbered at the top ("1."), whose fields may be numbered under it
    for b in blocks:
        if b.kind == "row":
            continue
        # (a field may be numbered under its item, after sub-items of its own: "1. Họp mặt kiều bào …" / "1.1. Danh
        # nghĩa tổ chức: …" / "1.2. Đơn vị thực hiện: …")
        sub = top is not None and b.enum_kind == "num" and bool(top.head.label) and \
            (b.label or "").startswith(f"{top.head.label}.") and bool(ITEM_FIELD.match(b.text))
        if sub:
            cur = top
        elif b.enum_kind in ("num", "roman") and b.kind in ("para", "heading"):
            cur = _Item(b) if b.enum_kind == "num" else None
            if cur:
                items.append(cur)
                top = cur if "." not in (b.label or "") else top
            else:
                top = None
            continue
        if cur is None:
            continue
        m = ITEM_FIELD.match(b.text) if sub or b.enum_kind == "alpha" or b.kind in ("bullet", "para") else None
        if m:
            label = key(m.group("label"))
            name = ("content" if label.startswith("nội dung") else
                    "support" if "phối hợp" in label else
                    "lead" if ("thực hiện" in label or "chủ trì" in label) and not label.startswith("thời gian")
                    else "time" if label.startswith("thời gian") else "other")
            value = clean(m.group("value"))
            # (a body's name without the sentence's full stop: "2.1. Đơn vị thực hiện: Sở Văn hóa và Thể thao.")
            cur.fields[name] = (value.rstrip(" .;") if name in ("lead", "support") else value, b)
    found = False
    for it in items:
        if "lead" not in it.fields:
            continue
        h = it.head
        code = h.label or ""
        content = it.fields.get("content", (None, None))[0]
        text = content or h.text
        end = max(bl.end for _, bl in it.fields.values())
        parent = f"{h.section}" if h.section else None
        if parent and parent not in doc.part_ids():
            doc.parts.append(Part("section", parent, parent, h.section_title or parent, doc.span(h.start)))
        lead = it.fields["lead"][0]
        support = [it.fields["support"][0]] if "support" in it.fields else []
        # the field says who leads in a sentence: "X chủ trì, phối hợp với Y xây dựng …", "X chủ trì; Y phối hợp"
        said = lead_phrase(lead, bodies=True)
        if said and said[0].count("(") == said[0].count(")"):
            partners = PARTNERS_AFTER.match(said[2])
            lead = said[0]
            support = support or [x for x in (said[1], partners.group("p") if partners else "") if x]
        t = Task(code, code, text, doc.span(h.start, end), parent, [lead], support)
        if "time" in it.fields:
            t.deadline_text = it.fields["time"][0]
        _add_coded(doc, t, h.section)
        found = True
    return found


# --------------------------------------------------------------------------------------------
# Responsibilities per agency heading ("TỔ CHỨC THỰC HIỆN")

def extract_headings(doc: Document, blocks: list[Block], is_agency) -> bool:
    """`is_agency(text) -> bool` says whether a heading names agencies (resolver-backed)."""
    found = False
    counters: dict[str, int] = {}
    head: tuple[str, Block] | None = None
    for b in blocks:
        if b.kind == "row":
            continue
        if key(b.text).startswith("nơi nhận") or (b.kind == "heading" and "nơi nhận" in key(b.text)):
            break
        title = key(b.section_title or "")
        if not ORG_SECTION.search(title):
            head = None
            continue
        if b.enum_kind == "num" and "." not in (b.label or ""):
            phrase = heading_agencies(b.text).split(":")[0].strip(" .")
            inline = b.text[len(phrase):].lstrip(" :.") if b.kind == "para" else ""
            if is_agency(phrase) and len(phrase) < 250:
                head = (phrase, b)
                if inline and len(inline) > 40 and ":" in b.text:
                    found |= _heading_task(doc, b, inline, head, counters) is not None
            else:
                head = None
            continue
        if head is None or b.kind == "heading":
            continue
        found |= _heading_task(doc, b, b.text, head, counters) is not None
    return found


def _heading_task(doc: Document, b: Block, text: str, head: tuple[str, Block],
                  counters: dict[str, int]) -> Task | None:
    hb = head[1]
    sid = f"{hb.section}.{hb.label}"
    if sid not in doc.part_ids():
        doc.parts.append(Part("section", sid, sid, hb.text, doc.span(hb.start, hb.end)))
    counters[sid] = counters.get(sid, 0) + 1
    t = Task(f"{sid}#{counters[sid]}", None, text, doc.span(b.start, b.end), sid, [head[0]],
             supports_after_lead(text))
    doc.tasks.append(t)
    return t


# --------------------------------------------------------------------------------------------
# Goals stated in the body ("Mục tiêu chiến lược N: ...", "Mục tiêu chung", "Mục tiêu cụ thể")

def extract_body_goals(doc: Document, blocks: list[Block]) -> None:
    have_table_goals = any(p.kind == "goal" for p in doc.parts)
    current_goal: str | None = None
    counters: dict[str, int] = {}
    for b in blocks:
        if b.kind == "row":
            continue
        m = STRATEGIC_PARA.match(b.text)
        if m and not have_table_goals:
            current_goal = m.group("code")
            _add_part(doc, Part("goal", current_goal, current_goal, clean(m.group("title")).strip(" ."),
                                doc.span(b.start, b.end)))
            continue
        if b.enum_kind == "roman" or (b.enum_kind == "num" and not m):
            current_goal = None     # a new numbered or roman heading ends the goal's bullets
        sect = key(b.section_title or "")
        sub = key(b.sub_title or "")
        if sect.startswith("mục tiêu") and b.sub and b.kind != "heading" and b.enum_kind != "num":
            pid = f"{b.section}.{b.sub}"
            if sub.startswith("mục tiêu chung"):
                _add_part(doc, Part("objective", pid, None, b.text, doc.span(b.start, b.end)))
            elif sub.startswith("mục tiêu cụ thể"):
                if b.enum_kind == "alpha":
                    lid = f"{pid}.{b.label}"
                else:
                    counters[pid] = counters.get(pid, 0) + 1
                    lid = f"{pid}#{counters[pid]}"
                _add_part(doc, Part("objective", lid, b.label, b.text, doc.span(b.start, b.end), None))
        elif current_goal and not have_table_goals and b.kind == "bullet":
            counters[current_goal] = counters.get(current_goal, 0) + 1
            lid = f"{current_goal}#{counters[current_goal]}"   # uncoded: synthetic id
            _add_part(doc, Part("objective", lid, None, b.text, doc.span(b.start, b.end), current_goal))
        elif current_goal and not have_table_goals and key(b.text).startswith("mục tiêu cụ thể:") \
                and len(b.text) > 20:
            counters[current_goal] = counters.get(current_goal, 0) + 1
            lid = f"{current_goal}#{counters[current_goal]}"
            text = b.text.split(":", 1)[1].strip()
            _add_part(doc, Part("objective", lid, None, text, doc.span(b.start, b.end), current_goal))

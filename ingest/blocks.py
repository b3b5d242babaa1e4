"""Layout lexer: the lines of a markdown / plain-text / PDF-extracted document -> blocks.

A block is a heading, paragraph, bullet, or table row, with its line range. Hard line breaks
inside sentences (PDF text) are joined, and so are paragraphs cut by a page break (a paragraph
without final punctuation followed by one starting in lower case). Every block is placed in the
document outline: top section (roman numeral), numbered subsection, and lettered item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import clean, in_capitals, tail_start

# Enumerators, tried in order on the cleaned text of a line.
ENUMERATORS: list[tuple[str, re.Pattern[str]]] = [
    ("roman", re.compile(r"^((?:X{0,3})(?:IX|IV|V?I{0,3}))[.)]\s+(?=\S)(.*)$")),
    # (a slash too, as the Party's and older texts number: "1/ Ban Cán sự đảng …", "b/ Các huyện ủy …", a word after
    # it; never a date or a ratio, with no space after the slash or a digit after it, "30/ 6/2022" wrapped, nor "đ/c",
    # comrade)
    ("num", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|/(?=\s+[^\W\d_]))?\s+(?=\S)(.*)$")),
    ("alpha", re.compile(r"^([a-zđ])(?:\)\s*|/\s+(?=[^\W\d_]))(.*)$")),
]
BULLET = re.compile(r"^\s*(?:(?:[-*•]\s+)?([+])|([-*•]))\s+(.*)$")
PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}.*$")
KEYWORD_STARTS = re.compile(
    r"^(Căn cứ|Thực hiện|Số\s*:|Nơi nhận|TM\.|KT\.|Q\.|Kèm theo|\(Kèm theo|PHỤ LỤC|Phụ lục|Điều\s+\d+\s*[.:])", re.I)
PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*Trang\s+\d+(\s*/\s*\d+)?\s*$", re.I)
# a number and a word in small letters, no "." or ")" after the number: a wrapped sentence's next line, no item
NUMBER_RUN_ON = re.compile(r"^\d{1,4}\s+[a-zà-ỹđ]")
TERMINAL = re.compile(r"[.;:!?…)\]”\"»/]\s*$")
# a name with a dash inside, wrapped at the dash: the line that opens with its second half goes on the one ending with
# its first ("… xét đề nghị của Sở Lao động" / "- Thương binh và Xã hội tại Tờ trình số …"), no item
DASHED_NAME_HALVES = (("Lao động", "Thương binh"), ("Bà Rịa", "Vũng Tàu"), ("Phan Rang", "Tháp Chàm"),
                      ("Văn hóa", "Xã hội"), ("Văn hoá", "Xã hội"), ("Kinh tế", "Ngân sách"), ("Kinh tế", "Hạ tầng"))
DASHED_NAME_RUN_ON = re.compile(r"^[-–]\s*(?P<second>" + "|".join(sorted({b for _, b in DASHED_NAME_HALVES})) + r")\b")
# a line cannot end a paragraph on these: a conjunction, preposition or list word, a comma, a dash
# ("Các sở: Thông tin và Truyền thông, Giáo dục và" / "" / "Đào tạo.")
DANGLING = re.compile(r"(?:[,\-–]|(?<!\w)(?:và|hoặc|hay|của|các|những|với|cho|về|trong|theo|để|là|tại|từ|đến|trên|"
                      r"do|bởi|cùng|mà|nhằm|gồm|thuộc|được|như|giữa|qua))\s*$", re.I)


@dataclass
class Block:
    kind: str                  # "heading" | "para" | "bullet" | "row"
    start: int                 # 1-based line numbers
    end: int
    text: str                  # cleaned text (enumerator and bullet marker removed)
    raw: str                   # raw text (lines joined with "\n")
    level: int | None = None   # markdown heading level
    enum_kind: str | None = None   # "roman" | "num" | "alpha" | None
    label: str | None = None       # "VI", "2.1", "a"
    marker: str | None = None      # "-" | "+" for bullets
    bold: bool = False
    cells: list[str] = field(default_factory=list)   # raw cells for table rows
    delimiter: str | None = None                      # "|" or "\t" for rows
    # outline position
    section: str | None = None     # roman label of the enclosing top section
    section_title: str | None = None
    sub: str | None = None         # numbered subsection label
    sub_title: str | None = None
    sub_block: Block | None = None


def _is_roman(label: str) -> bool:
    return bool(label) and all(c in "IVXLC" for c in label)


def enumerate_text(s: str) -> tuple[str | None, str | None, str]:
    for kind, pat in ENUMERATORS:
        m = pat.match(s)
        if m and m.group(1):
            if kind == "roman" and not _is_roman(m.group(1)):
                continue
            return kind, m.group(1), m.group(2).strip()
    return None, None, s


def _split_row(line: str) -> tuple[str, list[str]] | None:
    s = line.strip()
    if s.startswith("|"):
        if PIPE_SEPARATOR.match(s) and set(s) <= set("|:- \t"):
            return ("|", [])
        body = s[1:-1] if s.endswith("|") and len(s) > 1 else s[1:]
        return ("|", [c.strip() for c in body.split("|")])
    if line.count("\t") >= 2:
        return ("\t", [c.strip() for c in line.rstrip("\n").split("\t")])
    return None


def _bold_line(raw: str) -> bool:
    s = raw.strip().rstrip("\\").strip()
    s = re.sub(r"^#+\s*", "", s)
    return (s.startswith("**") and s.endswith("**") and len(s) > 4) or \
        (s.startswith("<b>") and s.endswith("</b>"))


def _starts_block(raw: str, cleaned: str) -> bool:
    s = raw.lstrip()
    if s.startswith(("#", "**")) or BULLET.match(raw) or _bold_line(raw):
        return True
    if KEYWORD_STARTS.match(cleaned):
        return True
    kind, _, _ = enumerate_text(cleaned)
    if kind:
        return True
    return in_capitals(cleaned, 4)  # ALL-CAPS title line


def _dashed_name_wrapped(before: str, line: str) -> bool:
    """Whether `line` opens with the second half of a dashed name whose first half ends the line `before`."""
    m = DASHED_NAME_RUN_ON.match(line)
    return m is not None and any(before.rstrip().endswith(a) and m.group("second") == b for a, b in DASHED_NAME_HALVES)


def lex(lines: tuple[str, ...] | list[str]) -> list[Block]:
    blocks: list[Block] = []
    cur: Block | None = None
    cur_lines: list[str] = []      # the raw lines of cur, joined into cur.raw when it closes
    blank_before = True

    def close() -> None:
        nonlocal cur
        if cur is not None:
            cur.raw = "\n".join(cur_lines)
            blocks.append(cur)
            cur = None

    for i, raw in enumerate(lines, start=1):
        line = raw.replace("\f", "")
        if not line.strip():
            close()
            blank_before = True
            continue
        row = _split_row(line)
        if row is not None:
            close()
            delim, cells = row
            if cells:
                blocks.append(Block("row", i, i, clean(" ".join(cells)), line, cells=cells,
                                    delimiter=delim))
            blank_before = False
            continue
        cleaned = clean(re.sub(r"^\s*#+\s*", "", line))
        if PAGE_NUMBER.match(cleaned) and blank_before:
            continue
        hard_break = cur is not None and cur_lines[-1].endswith("  ")
        # a wrapped sentence whose next line opens with a number and a word in small letters ("… kế hoạch đầu tư công
        # trung hạn" / "5 năm giai đoạn 2021-2025; 148/NQ-HĐND …"): no item "5", the sentence goes on
        run_on = cur is not None and NUMBER_RUN_ON.match(cleaned) is not None and not TERMINAL.search(cur_lines[-1])
        run_on = run_on or (cur is not None and _dashed_name_wrapped(cur_lines[-1], cleaned))
        if cur is not None and not hard_break and (run_on or not _starts_block(line, cleaned)):
            cur.end = i
            cur_lines.append(line)
            continue
        close()
        cur = _new_block(i, line)
        cur_lines = [line]
        blank_before = False
    close()
    blocks = _merge_page_breaks(blocks, _double_spaced(lines))
    for b in blocks:
        _finish(b)
    _outline(blocks)
    return blocks


def _new_block(i: int, line: str) -> Block:
    s = line.strip()
    if s.startswith("#"):
        level = len(s) - len(s.lstrip("#"))
        return Block("heading", i, i, "", line, level=level)
    m = BULLET.match(line)
    if m:
        return Block("bullet", i, i, "", line, marker=m.group(1) or m.group(2))
    return Block("para", i, i, "", line)


def _finish(b: Block) -> None:
    if b.kind == "row":
        return
    raw = b.raw
    if b.kind == "heading":
        raw = re.sub(r"^\s*#+\s*", "", raw)
    elif b.kind == "bullet":
        m = BULLET.match(raw)
        raw = m.group(3) if m else raw
        # nested "- + text" or "+ - text": keep the innermost text
        raw = re.sub(r"^\s*[-+*•]\s+", "", raw)
    b.bold = _bold_line(raw.split("\n")[0]) if b.kind != "bullet" else False
    text = clean(raw)
    if b.kind != "bullet":
        kind, label, rest = enumerate_text(text)
        if kind:
            b.enum_kind, b.label, text = kind, label, rest
    b.text = text


def _double_spaced(lines: tuple[str, ...] | list[str]) -> bool:
    """Hard-wrapped text with a blank line after every line (pdftotext of scanned layouts): short
    lines, nearly each followed by one blank line. There a blank line does not end a paragraph."""
    text = [i for i, line in enumerate(lines) if line.strip()]
    if len(text) < 8:
        return False
    lengths = sorted(len(lines[i].strip()) for i in text)
    single = sum(1 for i in text if i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip())
    return lengths[len(lengths) // 2] <= 100 and single >= 0.7 * len(text)


def _merge_page_breaks(blocks: list[Block], double_spaced: bool = False) -> list[Block]:
    """Join a text block that stops mid-sentence with the next one starting in lower case, or
    following a line that cannot end a paragraph ("... Giáo dục và" / "" / "Đào tạo."), or, in
    double-spaced text, following a wrapped line (50 characters or more) without final punctuation.

    A block joined by thousands of others (a page of one-word lines, double-spaced) is not cleaned,
    split and searched again at each: its cleaned text grows with each block joined to it (cleaning
    works line by line when the text holds no "<", which alone can open a tag running across lines;
    with one, it is cleaned whole again), its ends are kept, and the patterns anchored at its end
    are searched there."""
    out: list[Block] = []
    joined: list[list[str]] = []        # the raws of the blocks joined into each block of out
    cleaned: list[str | None] = []      # clean() of their text; None: to clean whole (again)
    angled: list[bool] = []             # their text holds a "<"
    for b in blocks:
        if out and b.kind == "para" and out[-1].kind in ("para", "bullet"):
            prev, raws = out[-1], joined[-1]
            before = cleaned[-1]
            if before is None:
                before = cleaned[-1] = clean("\n".join(raws))
            first_line = b.raw.partition("\n")[0]
            own = clean(b.raw)
            first = own[:1]
            last_line = clean(raws[-1].rpartition("\n")[2])
            wrapped = double_spaced and len(last_line) >= 50 and not _bold_line(raws[0].partition("\n")[0]) \
                and not (prev.kind == "para" and _enumerated(before) and len(raws) == 1 and "\n" not in raws[0])
            continues = first.islower() or ((_at_end(DANGLING, before) or wrapped) and
                                            not _starts_block(first_line, clean(first_line)))
            if first and continues and not _at_end(TERMINAL, before) and not enumerate_text(own)[0]:
                raws.append(b.raw)
                prev.end = b.end
                angled[-1] = angled[-1] or "<" in b.raw
                cleaned[-1] = None if angled[-1] else " ".join(t for t in (before, own) if t)
                continue
        out.append(b)
        joined.append([b.raw])
        cleaned.append(None)
        angled.append("<" in b.raw)
    for b, raws in zip(out, joined):
        if len(raws) > 1:
            b.raw = "\n".join(raws)
    return out


def _at_end(pattern: re.Pattern[str], text: str) -> bool:
    """pattern ("…\\s*$", its matches holding under 16 characters other than white space) searched at
    the end of the text only."""
    return pattern.search(text, tail_start(text, len(text), 16)) is not None


def _enumerated(text: str) -> bool:
    """enumerate_text(text) finds an enumerator: read in the opening of a text without line breaks
    (cleaned), where the enumerator ends within 20 characters and the rest of the text always matches."""
    return enumerate_text(text[:64])[0] is not None


def table_rows(blocks: list[Block]) -> list[Block]:
    """The rows that belong to a table: runs of two or more consecutive rows (blank lines between
    them allowed, a header row counts). A lone row - one stray line starting with "|", however long,
    or a "|" left alone by a portal's layout - is no table."""
    out: list[Block] = []
    run: list[Block] = []
    for b in blocks + [Block("para", 0, 0, "", "")]:
        if b.kind == "row":
            run.append(b)
            continue
        if len(run) >= 2:
            out.extend(run)
        run = []
    return out


def _outline(blocks: list[Block]) -> None:
    section = section_title = sub = sub_title = None
    sub_block = None
    for b in blocks:
        if b.kind in ("heading", "para") and b.enum_kind == "roman":
            section, section_title = b.label, b.text
            sub = sub_title = sub_block = None
        elif b.kind in ("heading", "para") and b.enum_kind == "num" and "." not in (b.label or ""):
            sub, sub_title, sub_block = b.label, b.text, b
        b.section, b.section_title, b.sub, b.sub_title, b.sub_block = \
            section, section_title, sub, sub_title, sub_block

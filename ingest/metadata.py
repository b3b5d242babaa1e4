"""Document metadata: type, number, date, issuer, jurisdiction, signer, title, period, and
the documents it implements / is based on / mentions."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .blocks import Block
from .citations import DOC_TYPES, number_parts, parse_date
from .clauses import extract_citations as read_citations
from .header import NEWS_PARTY, PAGE_DATE, PLACE_MENTION, TYPE_WORDS, Header, _noted, level_of, read_header
from .header import unit_word as header_unit_word
from .model import Document, Meta
from .numbers import _U
from .places import Places, places, prefixes
from .reference import issuer_kinds_of_symbol, press_outlets
from .text import clean, fold, in_capitals, key

if TYPE_CHECKING:
    from .agencies import Gazetteer

# (a guidance too: "HƯỚNG DẪN" / "Thực hiện kế hoạch tổ chức Đại hội …"; every type a letterhead's type line may
# print: a report without its letterhead, "BÁO CÁO" / "Kết quả thực hiện các nhiệm vụ …", is one as well)
TYPE_LINE = re.compile(r"^(" + "|".join(sorted((w for w in TYPE_WORDS if not w.endswith(" HÀNH ĐỘNG")), key=len,
                                                reverse=True)) + r")(?:\s+(?:HÀNH ĐỘNG|LIÊN TỊCH))?$")
# lines in capitals under a title that are not the title: the enacting body ("ỦY BAN NHÂN DÂN TỈNH …" above
# "Căn cứ …"), a line that opens the body ("QUYẾT ĐỊNH:"), the body's first heading
TITLE_STOP = re.compile(r"(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG NHÂN DÂN|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ$|"
                        r"GIÁM ĐỐC|TRƯỞNG BAN|ĐIỀU\s+\d|PHẦN\s|CHƯƠNG\s|[IVX]+\.|\d+\.|[A-ZĐ]\)|.*:\s*$)")
NUMBER_LINE = re.compile(r"^\s*(?:\*\*)?\s*Số\s*:\s*(?P<v>.*?)\s*(?:\*\*)?\s*$")
DATE_LINE = re.compile(r"^(?P<place>[^\d,]{2,40}?),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?"
                       r"\s*năm\s*(?P<y>\d{4})?", re.I)
CAPTION_BLANK = re.compile(r"Kèm theo\s+\w+(?:\s+\w+)?\s+số\s*(?P<n>.*?)\s*ngày\s*(?P<d>[\d\s/]*?)\s*của", re.I)
UNIT_WORDS = {"tỉnh": "province", "thành phố": "city", "phường": "ward", "xã": "commune",
              "huyện": "district", "quận": "district", "thị xã": "town", "thị trấn": "township",
              "đặc khu": "special-zone"}
_UNIT_RE = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
# a committee or council named with its place, as the block reader builds it ("UBND tỉnh Gia Lai")
NAMED_COMMITTEE = re.compile(rf"^(?P<body>(?:UBND|HĐND) (?:{_UNIT_RE}))\s+(?P<name>.+)$")
# (a numbered ward, "Phường 12"; not a date's day: "… trên địa bàn xã" / "12/06/2020")
# (an apostrophe inside a word, as the Central Highlands' names have it: "B'Lao", "Ea M’Droh")
PROPER = (r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:['’][\wÀ-ỹ]+)*|\d+(?![\d/.-]))"
          r"(?:\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:['’][\wÀ-ỹ]+)*|\d+(?![\d/.-]))){0,3}")
# (a city's word shortened, its name glued after the point or not: "UBND TP.Hà Nội", "UBND TP. Hồ Chí Minh", "UBND TP")
ISSUER = re.compile(rf"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\s*\(UBND\))?\s+(?P<unit>{_UNIT_RE}|TP\b\.?)"
                    rf"(?:(?:\s+|(?<=\.))(?P<name>{PROPER}))?", re.I)
# the words before a committee a sentence names that is not the issuer: its office's, one a task is given to or shared
# with, one a letter goes to, a party to an agreement, one a draft is submitted or reported to (see _issuer)
NOT_ISSUING_BEFORE = re.compile(r"(?:[Vv]ăn phòng|\bvới|\bcho|\bđề nghị|\bgửi|\bgiữa|\btrình|\bbáo cáo)\s*$")
# more kinds of unit after an unnamed committee's: all of them ("UBND phường, xã, đặc khu", "UBND xã, phường")
GROUP_OF_UNITS = re.compile(rf"\s*(?:,|\svà)\s*(?:{_UNIT_RE})\b", re.I)
# a committee named in the title of someone attending ("Dự hội nghị tại điểm cầu tỉnh Phú Thọ có đồng chí … - TUV, Phó
# Chủ tịch UBND tỉnh; …"): the chairman's title, in a sentence saying who attended and nothing of signing or issuing
# (or the title after a person's name, saying who spoke: "Theo bà Trương Thị D, Chủ tịch UBND phường Cầu Ông Lãnh, việc
# ký kết thoả thuận …")
CHAIRMANS_TITLE = re.compile(r"(?:Phó\s+)?Chủ tịch\s*$")
ATTENDING = re.compile(r"(?:^|\s)(?:[Dd]ự|[Tt]ham dự|đến dự|phát biểu)(?!\w)")
PERSONS_TITLE = re.compile(rf"(?:(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/c)\s+[{_U}]\w*(?:\s+[{_U}]\w*){{1,4}}"
                           rf"\s*[,–-]\s*(?:[^,.;]{{0,60}},\s*)?(?:Phó\s+)?Chủ tịch\s*$)")
ISSUING_VERB = re.compile(r"(?<!\w)(?:ký(?!\s+kết)|ban hành)(?!\w)")
ON_TERRITORY = re.compile(rf"trên địa bàn\s+(?P<unit>{_UNIT_RE})\s+(?P<name>{PROPER})")
PERIOD = re.compile(r"(?:giai đoạn|từ năm|thời gian[^:]*:)\s*(?:thực hiện\s*)?(?:giai đoạn\s*)?(?:từ năm\s*)?"
                    r"(?P<a>\d{4})\s*(?:[-–]|đến(?:\s+hết)?(?:\s+năm)?)\s*(?P<b>\d{4})", re.I)
SIGN_TITLES = re.compile(r"^(PHÓ CHỦ TỊCH|CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|"
                         r"THỦ TƯỚNG|PHÓ THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|PHÓ TRƯỞNG BAN)$")
PERSON = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")


def unit_word(m: re.Match[str]) -> str:
    """The unit word of an ISSUER (or a council's) match, "TP" and "TP." written out: "thành phố"."""
    return header_unit_word(m.group("unit"))


def _proper(name: str | None) -> str | None:
    if not name:
        return None
    words = name.split()
    # stop before words that are not part of a place name
    out = []
    for i, w in enumerate(words):
        # a place name is capitalised: a word in lower case is the sentence going on ("trên địa
        # bàn tỉnh Sơn La đến năm 2020", "HĐND tỉnh và tổng hợp ý kiến …"); a title's "Kế hoạch", "Chương
        # trình", "Thực hiện" after it, not a place's "Kế Sách", "Thanh Chương", "Chương Mỹ", "Bình Chương"
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if w == "Kế hoạch" or (w, after) in (("Kế", "hoạch"), ("Chương", "trình"), ("Thực", "hiện")) or \
                w.lower() in ("ban", "xây") or w[:1].islower():
            break
        out.append(w)
    n = " ".join(out).strip()
    return n.title() if n.isupper() else (n or None)


def extract_meta(doc: Document, blocks: list[Block]) -> None:
    meta: Meta = doc.meta
    lines = doc.source.lines
    head_blocks = [b for b in blocks if b.section is None and b.kind != "row"]
    # -- type and title ---------------------------------------------------------------------
    for idx, b in enumerate(head_blocks):
        type_match = _type_line(b.raw)
        after = idx + 1                  # the title's first block
        if not type_match and after < len(head_blocks) and head_blocks[after].start == b.end + 1 and \
                "\n" not in b.raw.strip() and "\n" not in head_blocks[after].raw.strip():
            # the type word hard-wrapped, one line a block ("KẾ" / "HOẠCH")
            type_match = _type_line(f"{b.raw.strip()} {head_blocks[after].raw.strip()}")
            after += 1 if type_match else 0
        first, _, rest = b.raw.partition("\n")
        if not type_match and rest.strip():
            # the type word alone on the block's first line, the title in lower case wrapped under it
            # (one paragraph to the lexer): "KẾ HOẠCH / Tổ chức đại hội Đoàn các cấp, ..."
            type_match = _type_line(first)
            if type_match and not rest.lstrip().startswith("Căn cứ"):
                meta.doc_type = DOC_TYPES[key(type_match.group(1))]
                meta.spans["doc_type"] = doc.span(b.start, b.start)
                meta.title = clean(rest)
                meta.spans["title"] = doc.span(b.start + 1, b.end)
                if meta.title.isupper() and after < len(head_blocks):
                    # a title in capitals hard-wrapped on into the next paragraph ("CHỈ THỊ / VỀ" / "VIỆC ĐÔN ĐỐC
                    # … 2025 / Để chuẩn bị …"): its lines in capitals
                    nxt = head_blocks[after]
                    caps = list(itertools.takewhile(lambda ln: clean(ln).isupper(), nxt.raw.strip().splitlines()))
                    if caps:
                        meta.title = clean(f"{rest} {' '.join(caps)}")
                        meta.spans["title"] = doc.span(b.start + 1, nxt.start + len(caps) - 1)
                break
            type_match = None
        if type_match:
            meta.doc_type = DOC_TYPES[key(type_match.group(1))]
            meta.spans["doc_type"] = doc.span(b.start, head_blocks[after - 1].end)
            for j, nb in enumerate(head_blocks[after:], start=after):
                txt = _heading(nb.raw)
                if not txt or txt.startswith("Căn cứ") or NUMBER_LINE.match(txt):
                    continue
                last = nb.end
                if nb.raw.strip() and in_capitals(clean(nb.raw), 2):
                    # a title in capitals wrapped one line a block ("TRIỂN KHAI THỰC HIỆN" / "NGHỊ QUYẾT SỐ
                    # 13-NQ/TU …"): the lines in capitals right under it
                    for more in head_blocks[j + 1:]:
                        line = _heading(more.raw.split("\n", 1)[0])
                        if more.start != last + 1 or not in_capitals(line, 2) or TITLE_STOP.match(line):
                            break
                        txt, last = f"{txt} {line}", more.start
                        if "\n" in more.raw.strip():
                            break              # the prose under the title goes on in this block
                meta.title = txt
                meta.spans["title"] = doc.span(nb.start, last)
                if txt.startswith("CỦA "):
                    _gazette_title(doc, head_blocks[j:])
                break
            break
    # -- number and date --------------------------------------------------------------------
    for i, c in ((i, clean(col)) for i, line in enumerate(lines[:60], start=1)
                 for col in re.split(r"\s{3,}|\t", line)):   # PDF headers put two columns on a line
        m = NUMBER_LINE.match(c)
        if m and meta.number_printed is None:
            v = m.group("v").strip()
            meta.number_printed = v
            meta.spans["number"] = doc.span(i)
            if re.match(r"^\d", v):
                meta.number = re.sub(r"\s+", "", v)
            else:
                meta.number_blank = True
        m = DATE_LINE.match(c)
        if m and meta.date_printed is None:
            meta.date_printed = c
            meta.spans["date"] = doc.span(i)
            if m.group("d") and m.group("m") and m.group("y"):
                meta.date = parse_date(m.group("d"), m.group("m"), m.group("y"))
            else:
                meta.date_blank = True
            meta.spans["place"] = doc.span(i)
            meta_place = m.group("place").strip(" *")
            if meta_place:
                meta.spans["place_name"] = doc.span(i)
                doc.notes.append(f"place:{meta_place}")
    for i, line in enumerate(lines, start=1):
        m = CAPTION_BLANK.search(clean(line))
        if m:
            if meta.number_printed is None and not re.search(r"\d", m.group("n")):
                meta.number_blank = True
                meta.number_printed = m.group(0)
                meta.spans["number"] = doc.span(i)
            if meta.date_printed is None and not re.search(r"\d{1,2}/\d{1,2}/\d{4}", m.group("d")):
                meta.date_blank = True
                meta.date_printed = m.group(0)
                meta.spans["date"] = doc.span(i)
    # -- issuer and jurisdiction ------------------------------------------------------------
    _issuer(doc, blocks)
    # -- the header as portals print it (ingest/header.py) overrides what it reads better ----
    _apply_header(doc, read_header(lines))
    _ward_province_from_text(doc)
    _province_of_press(doc)
    # -- signer -------------------------------------------------------------------------------
    for i in range(len(lines), 0, -1):
        c = clean(lines[i - 1]).strip(" *")
        if SIGN_TITLES.match(c.upper()) and c.isupper():
            meta.signer_title = c
            for j in range(i + 1, min(len(lines), i + 12) + 1):
                n = clean(lines[j - 1]).strip(" *")
                if n and PERSON.match(n):
                    meta.signer = n
                    meta.spans["signer"] = doc.span(j)
                    break
            break
    # -- period -------------------------------------------------------------------------------
    for b in blocks:
        if b.kind == "row":
            continue
        t = clean(b.raw)
        if re.match(r"^(?:\d+\.\s*)?(?:[-+]\s*)?Thời gian", t):
            m = PERIOD.search(t)
            if m:
                meta.period_start, meta.period_end = int(m.group("a")), int(m.group("b"))
                meta.spans["period"] = doc.span(b.start, b.end)
                break
    if meta.period_start is None and meta.title:
        start, end = stated_period(meta.title)
        if start or end:
            meta.period_start, meta.period_end = start, end
            title_span = meta.spans.get("title")     # always there when the title is
            if title_span is not None:
                meta.spans["period"] = title_span


def _apply_header(doc: Document, h: Header) -> None:
    """Number, date, type and jurisdiction from the header reader, which reads letterheads and
    place-date cells in every portal layout. The block-based reading above is kept where the
    header has nothing better: a jurisdiction read from running text ("trên địa bàn phường X")
    stays unless the letterhead names one, and only when the official unit lists know it."""
    meta = doc.meta
    if h.number_line:
        # where the document's own text starts: its letterhead's issuer, else the line its number was
        # read from (a portal's title line may give the number when the letterhead's is damaged)
        meta.spans["letterhead"] = doc.span(h.issuer_line or h.number_line)
    if h.number or h.number_blank:
        meta.number, meta.number_printed, meta.number_blank = h.number, h.number_printed, h.number_blank
        if h.number_line:
            meta.spans["number"] = doc.span(h.number_line)
    if h.date or h.date_blank:
        meta.date, meta.date_printed, meta.date_blank = h.date, h.date_printed, h.date_blank
        if h.date_line:
            meta.spans["date"] = doc.span(h.date_line)
    elif meta.date and not meta.date_blank:
        # a date line the header reader did not take (a print stamp with no letterhead around it)
        meta.date = meta.date_printed = None
        meta.spans.pop("date", None)
    if h.doc_type:
        meta.doc_type = h.doc_type
        if h.doc_type_line and "doc_type" not in meta.spans:
            meta.spans["doc_type"] = doc.span(h.doc_type_line)
    units = places()
    old_known: tuple[str, str | None] | None = None
    if meta.jurisdiction:
        lvl = meta.jurisdiction_level
        if lvl in ("province", "city"):
            p = units.province(meta.jurisdiction)
            old_known = (p.name, None) if p else None
        elif lvl in ("ward", "commune", "township", "special-zone"):
            # a real ward; its province only when one province has a ward of that name
            old_known = (meta.jurisdiction, units.ward_province(meta.jurisdiction)) \
                if units.is_ward(meta.jurisdiction) else None
        else:
            prov = units.province_of(meta.jurisdiction)
            old_known = (meta.jurisdiction, prov) if prov else None
    # a place the text names before the letterhead is the portal's (a list of related documents
    # "… trên địa bàn tỉnh Trà Vinh" above a Bạc Liêu plan): the letterhead's place-date line wins
    text_span = meta.spans.get("issuer")
    head_line = h.issuer_line or h.number_line
    before_letterhead = text_span is not None and head_line is not None and text_span.end < head_line
    # a body the notice's opening sentence names with its place, issuing what the page is ("HĐND TPHCM vừa có thông báo
    # …"): not a committee the text names further on ("… Trung tâm hành chính tỉnh Đồng Nai …")
    # (or a national body: "Thủ tướng Chính phủ vừa ký quyết định thành lập Ban Quản lý Khu kinh tế tỉnh Long An …" is
    # not the province's committee the text goes on to name)
    named_by_notice = h.notice_line is not None and bool(h.issuer) and bool(h.jurisdiction) and \
        (f" {h.issuer}".endswith(f" {h.jurisdiction}") or h.jurisdiction_kind == "national")
    use_header = h.jurisdiction is not None and (h.jurisdiction_source == "letterhead" or old_known is None
                                                 or (before_letterhead and h.jurisdiction_source == "place-date")
                                                 or named_by_notice)
    if use_header and "UBND tỉnh" in (meta.issuer, _short_issuer(h)) and h.jurisdiction_source == "text" and \
            h.issuer_kind != "bo" and h.jurisdiction_kind != "national":
        # an unnamed province's committee placed by the first place its page names (not when the page says a
        # ministry or another central body issued the document: "Bộ … vừa có Công văn số … gửi UBND các tỉnh",
        # "Thủ tướng … đã ký quyết định chỉ định 23 chủ tịch UBND tỉnh, thành phố …")
        if h.province:
            # "Chủ tịch UBND tỉnh ký ban hành …; … huyện Yên Lập 130ha": the province of that district, not
            # the district
            h.jurisdiction, h.jurisdiction_kind, h.province = h.province, "tỉnh", None
        elif h.jurisdiction_kind != "tỉnh" and (province := units.province(h.jurisdiction)) is not None and \
                province.kind == "tỉnh":
            # "Chủ tịch UBND tỉnh vừa có công văn chỉ đạo …; UBND các huyện, thành phố Cà Mau …": the city that
            # shares its province's name, in that province
            h.jurisdiction_kind = "tỉnh"
            h.issuer = f"UBND tỉnh {h.jurisdiction}" if _short_issuer(h) == "UBND tỉnh" else h.issuer
        elif h.jurisdiction_kind != "tỉnh":
            # "UBND tỉnh vừa ban hành …" on a page whose first place is "… tại thành phố Hồ Chí Minh": a
            # city of province rank is not a province's committee
            use_header = False
    if use_header:
        national = h.jurisdiction_kind == "national"
        meta.jurisdiction_source = h.jurisdiction_source
        meta.jurisdiction = None if national else h.jurisdiction
        meta.jurisdiction_level = None if national else (level_of(h.jurisdiction_kind) or "province")
        meta.parent_jurisdiction = h.province
        meta.parent_jurisdiction_level = _province_level(units, h.province)
        meta.national = national
        if h.issuer:
            meta.issuer = _short_issuer(h)
            meta.co_issuers = list(h.co_issuers)
        elif h.issuer_kind == "so" and h.letterhead:
            # a department's letter under its committee's line, its own line lost ("UBND TỈNH HẬU GIANG" over "Số:
            # 283/SXD-QLN"): which department, the page does not say; not the committee the blocks read
            meta.issuer = None
        elif meta.issuer and meta.jurisdiction and (named := NAMED_COMMITTEE.match(meta.issuer)) and \
                (named.group("name").startswith(meta.jurisdiction + " ") or not units.knows(named.group("name"))):
            # the committee the text names, its place as the header read it: "Chủ tịch UBND tỉnh Gia Lai Võ
            # Ngọc Thành vừa ký …" is "UBND tỉnh Gia Lai", not "UBND tỉnh Gia Lai Võ Ngọc" (its chairman's name);
            # "Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ký …" under a headline "Thanh Hóa ban hành …" is Thanh Hóa's;
            # a province's committee, when the header placed the page in a district, is that district's province's
            # ("Chủ tịch UBND tỉnh …" on a page about "huyện Bàu Bàng": Bình Dương's, not "UBND tỉnh Bàu Bàng")
            provincial = named.group("body").endswith(" tỉnh") and h.jurisdiction_kind != "tỉnh"
            where = h.province if provincial else meta.jurisdiction
            if provincial and where is None and (same := units.province(meta.jurisdiction)) is not None:
                where = same.name       # a province the page names as its city ("cử tri thành phố Hà Tĩnh")
            if where:
                meta.issuer = f"{named.group('body')} {where}"
            if provincial and where:
                _in_province(meta, units, where)     # (and the province is the document's place, not the district)
        if h.issuer_line:
            meta.spans["issuer"] = doc.span(h.issuer_line)
    elif old_known is not None:
        meta.jurisdiction = old_known[0]
        if not h.letterhead:
            # the blocks read it from the text of a page without a letterhead ("UBND thành phố Hải Phòng tổ chức
            # Lễ công bố …" under a notice of the Prime Minister's decision)
            meta.jurisdiction_source = "text"
        from_notice = _noted(h, "type-from-notice") is not None
        if h.jurisdiction == old_known[0] and from_notice and (h.issuer_kind == "so" or (
                h.issuer_kind == "text" and not _short_issuer(h).startswith(("UBND", "HĐND")))):
            # the department the notice says issued the document, in the place the text names ("Ngày 16/01/2024,
            # Sở Văn hóa và Thể thao đã ban hành Thông báo số … trên địa bàn tỉnh Nghệ An"), or another body it names
            # there ("…, Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 69-KH/TU …" under "Tỉnh Lào Cai sau 3 năm …", "Ban Chỉ
            # đạo liên ngành về an toàn thực phẩm huyện Sông Mã đã ban hành Kế hoạch …"), not the committee the blocks
            # read
            meta.issuer = _short_issuer(h)
        elif _short_issuer(h) == "UBND tỉnh" and old_known[1] and from_notice:
            # the province's committee the notice says issued it, not a district it addresses ("Chủ tịch UBND tỉnh vừa
            # ban hành Công điện số … yêu cầu UBND huyện Quang Bình …": Hà Giang's, the district's province)
            meta.issuer = f"UBND tỉnh {old_known[1]}"
            # and the province is the document's place, not the district ("UBND tỉnh có Công văn số … về việc tổ chức
            # Tuần lễ … biển Thạnh Phú")
            _in_province(meta, units, old_known[1])
            old_known = (old_known[1], None)
        if old_known[1] and meta.parent_jurisdiction is None:
            meta.parent_jurisdiction = old_known[1]
            meta.parent_jurisdiction_level = _province_level(units, old_known[1])
    else:
        # a name the block reader found but no official list knows ("Bắc Giang Số"): not a place
        if meta.jurisdiction:
            doc.notes.append(f"unknown-place:{meta.jurisdiction}")
        meta.jurisdiction = meta.jurisdiction_level = None
        meta.issuer = None if meta.issuer and meta.issuer.startswith("UBND") else meta.issuer
    if meta.jurisdiction_level == "city" and (prov := units.provincial_city(meta.jurisdiction, meta.date)):
        # a city of a province, a district's rank before 2025 ("Ủy ban nhân dân thành phố Long Xuyên"): in its
        # province (it had been taken for a city of province rank that no list knows); so is a city named as its
        # province is ("ỦY BAN NHÂN DÂN | THÀNH PHỐ HÀ GIANG"), whose committee numbers its documents apart from
        # the province's (it had been taken for the province: one IRI for the two committees' "88/KH-UBND")
        meta.jurisdiction_level = "provincial-city"
        meta.parent_jurisdiction = prov
        meta.parent_jurisdiction_level = _province_level(units, prov)
    if h.issuer and not meta.issuer:
        meta.issuer = _short_issuer(h)


def _issues_the_number(meta: Meta) -> bool:
    """Whether the issuer the text names is in the sentence that prints the number ("UBND tỉnh Lạng Sơn vừa có Quyết
    định số 88/QĐ-BYT …"), not in another ("Sáng 25-11, UBND thành phố tổ chức Lễ công bố …" after "… Phó Thủ tướng
    … đã ký Quyết định số 1516/QĐ-TTg …")."""
    span, printed = meta.spans.get("number"), meta.number_printed or meta.number or ""
    if span is None or not meta.issuer or printed not in span.quote:
        return True
    at = span.quote.index(printed)
    start = max(span.quote.rfind(". ", 0, at), span.quote.rfind("; ", 0, at)) + 1
    end = min(i for i in (span.quote.find(". ", at), span.quote.find("; ", at), len(span.quote)) if i >= 0)
    return _committee_key(meta.issuer) in _committee_key(span.quote[start:end])


def _committee_key(text: str) -> str:
    return " ".join(fold(text).replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd").split())


def issuer_from_symbol(doc: Document, gazetteer: Gazetteer) -> None:
    """A document whose page names neither its issuer nor a place, numbered with the code of one national
    body ("Phó Thủ tướng … ký Quyết định số 155/QĐ-TTg …"; ontology/issuer-codes.ttl): that body issued it,
    national; with a code only central bodies print, national. A place only named in the text (the first
    one a notice names, "… tỉnh Quảng Nam" further on) gives way to it, and so does Hà Nội on the place-date line
    under a letterhead the page lost (national bodies date their documents there: "Hà Nội, ngày 06 tháng 01 năm
    2022" under "Số: 06/QĐTTg"), and an issuer the text names outside the sentence that prints the number."""
    meta = doc.meta
    placed = meta.jurisdiction is not None and meta.jurisdiction_source != "text" and \
        not (meta.jurisdiction_source == "place-date" and meta.jurisdiction == "Hà Nội")
    named = meta.issuer is not None and (meta.jurisdiction_source != "text" or _issues_the_number(meta))
    if named or placed or meta.national or not meta.number:
        return
    kinds = issuer_kinds_of_symbol(number_parts(meta.number)[2])
    entries = [e for kind in kinds if (e := gazetteer.entry(kind)) is not None]
    if not entries or len(entries) < len(kinds) or any(e.level != "national" for e in entries):
        return
    # a code several central bodies print ("19-NQ/TW": the Politburo's or the Secretariat's) says national
    # without saying which
    meta.issuer, meta.national = entries[0].label if len(entries) == 1 else None, True
    meta.jurisdiction = meta.jurisdiction_level = meta.parent_jurisdiction = meta.parent_jurisdiction_level = None
    meta.jurisdiction_source = "number"
    if "number" in meta.spans:
        meta.spans["issuer"] = meta.spans["number"]


def _heading(raw: str) -> str:
    """A head block's text without a markdown heading's "#"."""
    return clean(re.sub(r"^\s*#+\s*", "", raw))


def _type_line(raw: str) -> re.Match[str] | None:
    """A type line ("KẾ HOẠCH", "## Quyết định:") as the whole of `raw`."""
    text = _heading(raw)
    if m := PAGE_DATE.match(text):
        text = text[m.end():]
    return TYPE_LINE.match(text.upper().strip(" .:*"))


def _gazette_title(doc: Document, caps: list[Block]) -> None:
    """The title of an old Official Gazette text, run in after its issuer, number and date ("CHỈ THỊ /
    CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG / NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG …"): what
    follows the date, up to the end of the lines in capitals."""
    taken: list[Block] = []
    for b in caps:
        t = clean(b.raw)
        if sum(c.islower() for c in t) > 2:          # (a stray lower-case letter of a damaged "XÃ")
            break
        taken.append(b)
    joined = " ".join(clean(b.raw) for b in taken)
    m = re.search(r"\bNĂM\s+\d{4}\s+(?P<t>(?:VỀ|V/V)\s.+)$", joined)
    if m:
        doc.meta.title = m.group("t")
        starts = [0]
        for x in taken[:-1]:
            starts.append(starts[-1] + len(clean(x.raw)) + 1)
        first = max(i for i, at in enumerate(starts) if at <= m.start("t"))
        doc.meta.spans["title"] = doc.span(taken[first].start, taken[-1].end)


# a province the text names, its unit word in any case ("… Xã Đông Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa", a portal's
# banner)
PROVINCE_MENTION = re.compile(r"(?<![\wÀ-ỹ])(?:(?:[Tt]ỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ)\s+|TP\b\.?\s*)"
                              r"(?P<name>HCM\b|(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+){0,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)")


def _ward_province_from_text(doc: Document) -> None:
    """A commune whose name several provinces have ("Tịnh Trà"): the province its text names
    ("Chuyển đổi số tỉnh Quảng Ngãi"), when that province has a commune of that name."""
    meta = doc.meta
    if meta.parent_jurisdiction or meta.jurisdiction_level not in ("ward", "commune", "township"):
        return
    units = places()
    candidates = units.ward_provinces(meta.jurisdiction)
    if len(candidates) < 2:
        return
    for line in doc.source.lines[:80]:
        for m in PROVINCE_MENTION.finditer(line):
            # "tỉnh Quảng Ngãi Đến năm 2025": the longest name that is one
            p = units.province_prefix(m.group("name"))
            if p is not None and p.name in candidates:
                meta.parent_jurisdiction = p.name
                meta.parent_jurisdiction_level = _province_level(units, p.name)
                return


# a provincial newspaper's code before a news item, on one of the first lines ("(QNO) - Chủ tịch UBND tỉnh … vừa ký …")
PRESS_DATELINE = re.compile(rf"\s*(?:{PAGE_DATE.pattern})?\((?P<code>[A-ZĐ]{{2,6}})\)\s*[-–]?\s")
PRESS_LINES = 6
# or the site of a paper named after its province, as it prints it before an item ("(Baonghean.vn) - Ban Thường vụ
# Tỉnh ủy vừa ban hành …": Báo Nghệ An); a site naming no province ("(Baodautu.vn)") places nothing
PRESS_SITE = re.compile(rf"\s*(?:{PAGE_DATE.pattern})?\([Bb]ao(?P<place>[a-z]{{3,20}})\.(?:com\.)?vn\)\s*[-–]?\s")
# a paper's name as the paper prints it in its item ("Báo Ninh Thuận trân trọng giới thiệu …", "Báo Ấp Bắc điện tử": no
# province's name)
PAPER_NAMED = re.compile(r"\bBáo\s+(?P<name>[A-ZĐ][\w]*(?:[ \t]+[A-ZĐ][\w]*){0,3})")
# a body of the province itself named without the province ("UBND tỉnh", "Sở Giáo dục và Đào tạo", "Ban Thường vụ
# Tỉnh ủy"); not one naming a place ("Sở Y tế thành phố Hồ Chí Minh")
# (a centrally-run city's, "UBND thành phố", "Thành ủy", for a city's paper: "(HNM) - Chủ tịch UBND TP … ký ban hành …")
PROVINCE_OWN_BODY = re.compile(r"(?:(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND) (?P<unit>tỉnh|thành phố)|"
                               r"Sở\s(?!.*\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s)[^\d]+|"
                               r"(?:Ban Thường vụ )?(?P<party>Tỉnh|Thành) ủy|"
                               r"Ban Chấp hành Đảng bộ (?P<party_unit>tỉnh|thành phố))")


def _province_of_press(doc: Document) -> None:
    """A notice on a provincial newspaper's page about a body of "the province" it does not name: the paper's own
    province (ontology/press-outlets.ttl), by the code it prints before the item ("(QNO) - …": Quảng Nam), or by the
    paper's name when it names itself ("Báo Ninh Thuận trân trọng giới thiệu …"); a city's paper, its city's."""
    meta = doc.meta
    own = PROVINCE_OWN_BODY.fullmatch(meta.issuer) if meta.jurisdiction is None and meta.issuer else None
    if own is None:
        return
    # (the body's level, a province's or a city's, the one of the paper's province)
    level = own.group("unit") or own.group("party_unit") or \
        {"Tỉnh": "tỉnh", "Thành": "thành phố"}.get(own.group("party") or "")
    units = places()
    for line in doc.source.lines[:PRESS_LINES]:
        m = PRESS_DATELINE.match(line)
        province = press_outlets().get(m.group("code")) if m else None
        if province is None and (site := PRESS_SITE.match(line)):
            found = units.province(site.group("place"))
            province = found.name if found else None
        if province:
            unit = units.province(province)
            if unit is not None and level in (None, unit.kind):
                _in_province(meta, units, unit.name)
                meta.jurisdiction_source = "text"
            return
    # a paper named after its province, naming itself ("Báo Ninh Thuận trân trọng giới thiệu toàn văn Nghị quyết")
    head = "\n".join(doc.source.lines[:PRESS_LINES])
    for m in PAPER_NAMED.finditer(head):
        unit = units.province_prefix(m.group("name"))
        if unit is not None and level in (None, unit.kind):
            _in_province(meta, units, unit.name)
            meta.jurisdiction_source = "text"
            return


def _in_province(meta: Meta, units: Places, province: str) -> None:
    """The document placed in `province` itself, not in one of its districts: the province's level, no parent."""
    meta.jurisdiction, meta.jurisdiction_level = province, _province_level(units, province)
    meta.parent_jurisdiction = meta.parent_jurisdiction_level = None


def _province_level(units: Places, name: str | None) -> str | None:
    p = units.province(name)
    return None if p is None else ("city" if p.kind == "thành phố" else "province")


def _short_issuer(h: Header) -> str:
    """The issuer as the gazetteer names its kind: "Ủy ban nhân dân tỉnh X" -> "UBND tỉnh X"."""
    issuer = h.issuer or ""
    return re.sub(r"^Ủy ban nhân dân\b", "UBND", re.sub(r"^Hội đồng nhân dân\b", "HĐND", issuer))


def stated_period(text: str) -> tuple[int | None, int | None]:
    """The period a title or a citation states: its last "giai đoạn 2026 - 2030" ("thực hiện
    “CT ... 2026-2035” ... trong giai đoạn 2026-2030" is about 2026-2030), else "đến năm 2025"
    (end only)."""
    ms = list(PERIOD.finditer(text))
    if ms:
        return int(ms[-1].group("a")), int(ms[-1].group("b"))
    m = re.search(r"đến năm (\d{4})", text)
    return None, int(m.group(1)) if m else None


def _issuer(doc: Document, blocks: list[Block]) -> None:
    meta = doc.meta
    head = [b for b in blocks if b.section is None and b.kind != "row"]
    candidates: list[tuple[str, str | None, int, int]] = []
    for b in head:
        t = clean(b.raw)
        for m in ISSUER.finditer(t if not t.isupper() else t.title()):
            unit = unit_word(m)
            name = _proper(m.group("name"))
            # "của Ủy ban nhân dân thành phố" inside a citation is the cited issuer: skip; nor is the committee of
            # "Văn phòng UBND tỉnh …" (its office), a committee a task is given to or shared with ("Giao cho Sở …
            # phối hợp với UBND huyện Võ Nhai …"; one a letter is sent to, "… có Công văn số … đề nghị UBND quận Liên
            # Chiểu chủ trì …"; one told to act, "yêu cầu UBND huyện Quang Bình …", still places an unnamed issuer),
            # or a kind of committee standing for all of them ("để UBND phường, xã, đặc khu triển khai …"), nor a party
            # to an agreement ("ký kết thỏa thuận hợp tác giữa UBND phường với VNPT …"), nor one a draft goes to ("…
            # trước khi trình UBND tỉnh", "… trước khi báo cáo UBND tỉnh")
            before = t[max(0, m.start() - 5):m.start()]
            if "của" in before or NOT_ISSUING_BEFORE.search(t, 0, m.start()) or \
                    (name is None and GROUP_OF_UNITS.match(t, m.end())) or _named_in_a_title(t, m):
                continue
            if name and CHAIRMANS_TITLE.search(t, max(0, m.start() - 20), m.start()):
                # the chairman's name run on after his committee's ("Chủ tịch UBND xã Long Hải Ngô Thanh Phúc ký …"):
                # the longest first words the official lists know (a city's: of a city, "Chủ tịch Ủy ban nhân dân
                # Thành phố Phan Văn Mãi" names no commune Phan)
                name = (_unit_prefix(unit, name) if unit == "thành phố" else places().known_prefix(name)) or name
            candidates.append((unit, name, b.start, b.end))
    named = [c for c in candidates if c[1]]
    chosen = named[0] if named else (candidates[0] if candidates else None)
    territories = [(tm.group("unit").lower(), _proper(tm.group("name")), b.start, b.end)
                   for b in head for tm in ON_TERRITORY.finditer(clean(b.raw))]
    # the territory of the sentence naming the issuer ("UBND tỉnh xây dựng Kế hoạch … trên địa bàn tỉnh
    # Bạc Liêu"), not one of a portal's list of related documents above the letterhead; of the committee's own
    # level when the paragraph names several ("… Kế hoạch số 273/KH-UBND … trên địa bàn huyện Phú Vang; … Ủy ban
    # nhân dân xã ban hành Kế hoạch … trên địa bàn xã Vinh Hà": the commune's)
    after = [t for t in territories if chosen and t[2] >= chosen[2]]
    territory = next((t for t in after if chosen and t[0] == chosen[0]),
                     after[0] if after else territories[0] if territories else None)
    place = next((n[6:] for n in doc.notes if n.startswith("place:")), None)
    if chosen and not chosen[1]:
        district = _unit_named(chosen[0], head) if chosen[0] in ("huyện", "quận", "thị xã") else None
        if territory and territory[0] == chosen[0]:
            chosen = (chosen[0], territory[1], chosen[2], chosen[3])
        elif district:
            # "Ủy ban nhân dân huyện ban hành …" on a page that names "huyện Gia Lâm": not the place of a
            # print stamp ("Hà Nội, ngày …"), which is the province's
            chosen = (chosen[0], district, chosen[2], chosen[3])
        elif chosen[0] in ("xã", "phường") and \
                (commune := _unit_named(chosen[0], [b for b in head if b.start == chosen[2]], wards=True)):
            # "Ban Chỉ huy Quân sự xã Hòa Long đã tham mưu UBND xã ban hành kế hoạch …": the commune its paragraph
            # names
            chosen = (chosen[0], commune, chosen[2], chosen[3])
        elif place:
            # (the place-date's place without its unit's word: "Thành phố Hồ Chí Minh, ngày …" is Hồ Chí Minh, not
            # "Thành")
            bare_place = re.sub(r"^(?:[Tt]hành phố|TP\.?|[Tt]ỉnh)\s+", "", place)
            chosen = (chosen[0], _proper(bare_place), chosen[2], chosen[3])
    if not chosen and territory:
        chosen = territory
    if chosen:
        unit, name, s, e = chosen
        meta.jurisdiction = name
        meta.jurisdiction_level = UNIT_WORDS[unit]
        meta.issuer = f"UBND {unit} {name}" if name else f"UBND {unit}"
        meta.spans["issuer"] = doc.span(s, e)


def _unit_prefix(unit: str, name: str) -> str | None:
    """The longest first words of `name` that name a unit of the kind `unit` says ("thành phố": a centrally-run city or
    a provincial one), None when none do."""
    units = places()
    return next((p for p in prefixes(name) if (u := units.province(p)) is not None and u.kind == unit
                 or any(d.kind == unit for d in units.districts(p))), None)


def _named_in_a_title(text: str, m: re.Match[str]) -> bool:
    """Whether the committee `m` found in `text` is named only in the title (CHAIRMANS_TITLE) of someone attending or
    quoted, in a sentence that says nothing of signing or issuing."""
    if not CHAIRMANS_TITLE.search(text, max(0, m.start() - 20), m.start()):
        return False
    start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    person = PERSONS_TITLE.search(text, max(0, m.start() - 120), m.start())
    return bool(ATTENDING.search(sentence) or person) and not ISSUING_VERB.search(sentence)


def _unit_named(unit: str, head: list[Block], wards: bool = False) -> str | None:
    """The first district the text names with this unit word ("Đảng bộ huyện Gia Lâm"), or commune or ward ("Ban Chỉ
    huy Quân sự xã Hòa Long"), when the official lists know it."""
    units = places()
    for b in head:
        for m in re.finditer(rf"\b{unit}\s+(?P<name>{PROPER})", clean(b.raw)):
            named = next((cand for cand in prefixes(m.group("name"))
                          if (units.is_ward(cand) if wards else units.districts(cand))), None)
            if named:
                return named
    return None


def extract_citations(doc: Document, blocks: list[Block]) -> None:
    """Every document reference, with its kind: implements ("Thực hiện ..." and the other ways a
    preamble or a title says it, ingest/clauses.py), based_on ("Căn cứ ..."), or mention."""
    read_citations(doc, blocks)
    _province_of_what_it_carries_out(doc)


def _province_of_what_it_carries_out(doc: Document) -> None:
    """A page placed nowhere (no letterhead, no place named: a party committee's monthly guidance reposted by a
    district, "Thực hiện Kế hoạch số 172-KH/TU … của Ban Thường vụ Tỉnh ủy Bắc Kạn …; Ban Tuyên giáo Tỉnh ủy đề nghị
    …") is of the province whose bodies issued what it carries out, when they name one province and no other."""
    meta = doc.meta
    if meta.jurisdiction or meta.national:
        return
    units = places()
    found: set[str] = set()
    for c in doc.citations:
        if c.kind == "implements" and c.issuer:
            # the province a body's name ends with, as the header reads it in a notice: a Party committee's ("Ban
            # Thường vụ Tỉnh ủy Bắc Kạn") or a province's or a city's ("UBND tỉnh Bắc Kạn", "Sở Y tế TP Cần Thơ")
            names = [m.group("name") for m in NEWS_PARTY.finditer(c.issuer) if m.group("level") in ("Tỉnh", "Thành")]
            names += [m.group("name") for m in PLACE_MENTION.finditer(c.issuer)
                      if m.group("unit") in ("tỉnh", "thành phố", None)]
            found.update(unit.name for name in names if (unit := units.province_prefix(name)) is not None)
    if len(found) == 1:
        _in_province(meta, units, found.pop())
        meta.jurisdiction_source = "text"

"""What a document implements, is based on, or only mentions: the kind of each citation, read from
the clauses of its preamble and title.

A document says what it carries out in many ways; each is a layout pattern, never a file:

- a clause opening "Thực hiện …", "Triển khai (thực hiện) …", "Để (tiếp tục) thực hiện (có hiệu
  quả) …", "Tiếp tục thực hiện …", "Trên cơ sở <document> …" (also after ";" or a full stop inside
  a paragraph, and in a render that dropped the Vietnamese letters: "Thc hin"): the documents it
  lists are implemented; "Căn cứ …" makes them the legal basis; "Xét / Theo đề nghị … tại Tờ trình
  …" and any other sentence only mention them;
- a title ("KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ …", "… BAN HÀNH KẾ HOẠCH TRIỂN KHAI KẾT LUẬN SỐ …", the
  title of an attached programme), "Điều 1. Ban hành … Kế hoạch thực hiện Quyết định số …" and an
  "Để …" sentence: a document right after "thực hiện" / "triển khai" is implemented;
- a document inside the description of another ("… về thực hiện Nghị quyết số 73-NQ/TW", "… ban
  hành Kế hoạch triển khai Chỉ thị số 31/CT-TTg") is only mentioned, unless joined to it as a
  sibling ("… và triển khai Nghị quyết số 62/2023/QH15", "…, Nghị quyết số 52/2024/UBTVQH15");
- items under a heading "CĂN CỨ …" ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH / 1. Quyết định số …") are the basis;
- when nothing is implemented that way, a title that carries out a programme by name ("KẾ HOẠCH THỰC
  HIỆN CHƯƠNG TRÌNH …", "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC …") implements the cited
  decision that approved it and the plans that carry it out, else the reference document
  (ontology/documents.ttl) that approved it.

The document's own number (its "Số:" cell, a portal title, an "(Ban hành kèm theo Quyết định số …)"
line) is no citation, nor is a number cut off by the end of an excerpt.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from .agencies import Gazetteer
from .blocks import Block
from .citations import Reference, find_references, known_documents, named_programmes, number_parts, same_document
from .header import SUMMARY_LABEL, _type_word
from .model import Citation, Document
from .numbers import _U, canonical_number
from .text import clean, fold, key, tail_start

IMPLEMENTS_CUE = re.compile(
    r"(?:(?:Để|Nhằm)\s+(?:tiếp tục\s+)?(?:triển khai\s+)?thực hiện(?:\s+(?:có hiệu quả|hiệu quả|tốt|nghiêm túc))?"
    # (the word printed twice, an editor's slip: "Thực hiện Thực hiện Chỉ thị số 22/CT-TW …")
    r"|(?:Tiếp tục\s+)?(?:triển khai\s+)?(?:thực hiện|Thc hin|Thuc hien)(?:\s+thực hiện(?=\s))?|Triển khai|Trin khai"
    r"|Trên cơ sở(?!\s+(?:đề xuất|đề nghị|ý kiến|kết quả|tờ trình)))(?![\w])", re.I)
PURPOSE_CUE = re.compile(r"(?:Để|Nhằm)\b", re.I)
# a notice's "Theo đó," (accordingly) before the cue its sentence opens with ("Đồng thời, triển khai …" adds what else
# is to be done: no cue)
CONNECTIVE = re.compile(r"Theo đó\s*[,:]\s*", re.I)
# the word a letter's subject opens with, before what it is about
LETTER_SUBJECT = re.compile(r"(?:V/[vV]|Về việc)\s*:?\s*(?=\S)")
BASIS_CUE = re.compile(r"(?:Căn cứ|Căn c|Cn c|Căn(?=\s+(?:vào|công văn|quyết định|nghị|thông tư|kế hoạch|"
                       r"chỉ thị)\b))(?:\s+vào)?(?![\w])", re.I)
PROPOSAL_CUE = re.compile(r"(?:Xét|Theo|Trên cơ sở\s+(?:đề xuất|đề nghị|ý kiến|tờ trình))(?![\w])", re.I)
ARTICLE_ONE = re.compile(r"Điều\s+1\s*[.:]?\s*(?:Ban hành|Phê duyệt)\b", re.I)
LIST_ITEM = re.compile(r"^(?:[-+*•]\s*|\(?\d{1,2}[.)]\s+|[a-zđ]\)\s*)")
LEAD = re.compile(r"^(?:[-+*•]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+|[a-zđ]\)\s*|[IVX]+[.)]\s+|[\W_]+)*")
# a clause boundary inside a paragraph: ";" or the end of a sentence ("TP. Hồ Chí Minh" is none)
BOUNDARY = re.compile(rf";|(?<!TP)(?<!Tp)(?<!e\.g)\.(?=\s+[\"“(]?[{_U}])")
# what a plan carries out of a document: "các nhiệm vụ, giải pháp tại Nghị quyết số …"
# (and what they are about, a few words: "các nhiệm vụ, giải pháp phát triển văn hóa tại …", "các nhiệm vụ được
# giao tại …", "các mục tiêu, nhiệm vụ văn hóa, gia đình, thể thao và du lịch tại …")
_PARTS = (r"(?:các\s+)?(?:nhiệm vụ|mục tiêu|nội dung|giải pháp|chỉ tiêu|quan điểm)(?:[\s,]+(?:và\s+)?(?:các\s+)?"
          r"(?:nhiệm vụ|mục tiêu|nội dung|giải pháp|chỉ tiêu|quan điểm))*"
          r"(?:,?\s+(?!(?:tại|theo|của|trong|nêu)\b)[^\W\d_]+){0,10}?"
          r"\s+(?:tại|theo|của|trong|nêu tại)")
# (a law or the National Assembly's resolution is "thi hành": "KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ QUYẾT SỐ
# 248/2025/QH15"; not a decree "quy định chi tiết thi hành" a law, which details it)
_ENFORCE = r"(?<!chi tiết )(?<!hướng dẫn )thi hành"
GOVERNED = re.compile(rf"(?:triển khai|thực hiện|trin khai|thc hin|{_ENFORCE})"
                      r"(?:\s+(?:có hiệu quả|hiệu quả|tốt|nghiêm túc|thắng lợi|đồng bộ|đầy đủ))?"
                      rf"(?:\s+{_PARTS})?\s*$", re.I)
COORD_GOVERNED = re.compile(rf"(?:,|\bvà)\s+(?:tiếp tục\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai|{_ENFORCE})\s*$",
                            re.I)
# siblings in a list: ", ", "và", ";", or nothing at all (a list that lost its comma)
COORD = re.compile(r"(?:[,;:]|\bvà|\bcùng|^)\s*(?:các\s+)?$", re.I)
# the word that opens what a document is about ("Kết luận số 76-KL/TW … về việc …")
# (or what it goes on to carry out: "… KẾT LUẬN SỐ 91-KL/TW … CỦA BỘ CHÍNH TRỊ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ
# 29-NQ/TW")
DESCRIBING = re.compile(r"(?<!\w)(?:về|tiếp tục)(?!\w)", re.I)
# between a document a notice's sentence says the page carries out and the next one listed with it: the first one's
# date and issuer, then a comma or "và" (", Kế hoạch số 339-KH/TU …"; not "… của Ban Thường vụ Tỉnh ủy triển khai thực
# hiện Nghị quyết số 59-NQ/TW", what that one carries out)
NEXT_CARRIED = re.compile(r"(?:,?\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?"
                          r"(?:\s+của\s+(?:(?!thực hiện|triển khai|về\s)[^,;.])+)?\s*(?:,|;|\svà)\s*")
_MANNER = r"(?:có hiệu quả|hiệu quả|tốt|nghiêm túc|đầy đủ|đồng bộ|thắng lợi)"
DIRECT = re.compile(rf"^\s*(?:thi hành\s+)?(?:{_MANNER}\s+)?"
                    # (not where something else was gathered: "chỉ đạo của UBND tỉnh về việc trả lời kiến nghị … đã
                    # được tổng hợp tại Công văn số …")
                    r"(?:(?:(?:ý kiến|sự)\s+)?chỉ đạo\s+(?:của\s+(?:(?!được\s|đã\s|về việc\s)[^,;]){0,80}?\s+)?"
                    r"(?:tại|theo)\s+)?"
                    rf"(?:{_PARTS}\s+|(?:tinh thần|chủ trương|yêu cầu)\s+(?:của\s+)?)?"
                    r"(?:các\s+|nội dung\s+(?:của\s+)?)?$", re.I)
# a document named without its number before the first numbered one, as its sibling ("Thực hiện Nghị quyết
# Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Nghị quyết số 50/NQ-CP …", "Để thực hiện thắng lợi các mục tiêu,
# nhiệm vụ … tại Nghị quyết Đại hội … của Đảng và Nghị quyết số 50/NQ-CP …"): both are carried out
# (its short name in brackets: "… Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (sau đây gọi tắt là Nghị
# quyết Đại hội XIII của Đảng) và Nghị quyết số 50/NQ-CP …"; a congress whose goals are carried out: "Để thực hiện
# thắng lợi mục tiêu của Đại hội Đảng bộ tỉnh lần thứ XV và Chương trình hành động số 01-CT/TU …")
UNNUMBERED_SIBLING = re.compile(rf"^\s*(?:{_MANNER}\s+)?(?:{_PARTS}\s+)?"
                                r"(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Chương trình|Kế hoạch|Đề án|Chiến lược|"
                                # (an association's charter, a law named without its number: "Thực hiện Điều lệ Hội
                                # Liên hiệp phụ nữ Việt Nam, Chỉ thị số 46-CT/TW …")
                                r"Điều lệ|Luật|Quy chế|Quy định|Hướng dẫn|Đại hội)"
                                r"\s[^\d;:()]{0,120}?(?:\((?:sau đây\s+)?(?:được\s+)?gọi\s+(?:tắt|chung)\s+là\s"
                                r"[^\d;:()]{0,80}\)[^\d;:()]{0,20}?)?(?:,|\bvà)\s*(?:các\s+)?$", re.I)
# a programme carried out, named with the decision that approved it: "Thực hiện Đề án phát triển thanh toán không
# dùng tiền mặt … giai đoạn 2021-2025 đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1813/QĐ-TTg …"
APPROVED_IN = re.compile(r"^\s*(?:các\s+)?(?:Đề án|Chương trình|Chiến lược|Quy hoạch|Kế hoạch|Dự án)\s[^;]{0,250}?"
                         r"(?:đã\s+)?được\s+(?:[^;,\d]{0,60}?\s+)?(?:phê duyệt|ban hành)\s+(?:tại|theo|kèm theo)\s*$",
                         re.I)
SHORT_NAME = re.compile(r"\(\s*(?:(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+(?:tắt|chung))?\s+là\s+)?$", re.I)
OWN_CELL = re.compile(r"(?:(?<![\w])(?:Số|SỐ|S)\s*:|Số hiệu|SỐ HIỆU|Số ký hiệu)\s*:?\s*\|?\s*$")
TITLE_GOES_ON = re.compile(r"\s+(?:CỦA|VỀ|THỰC HIỆN|TRIỂN KHAI|của|về)\s")
ANNEX_CAPTION = re.compile(r"\(\s*(?:Ban hành\s+)?kèm theo\s*$", re.I)
# what a clause carries out is named by the decision it was issued with: "Thực hiện Quy chế … (ban hành
# kèm theo Quyết định số 41/2016/QĐ-TTg …)"
ISSUED_WITH = re.compile(r"\(\s*(?:được\s+)?ban hành\s+kèm theo\s*$", re.I)
PORTAL_TITLE = re.compile(r"^\W*[\w ]{0,25}?\s\d[^\s]*\s+năm\s+\d{4}\b")
# a block that stops inside a reference: "… Quyết định số" / "1481/QĐ-TTg …", "… ngày" / "8 tháng 6 …"
DANGLING = re.compile(r"(?:\bsố|\bSỐ|\bngày|\bNGÀY|\bnăm|\bNĂM|\bQuyết định|\bNghị quyết|\bChỉ thị|\bKế hoạch|"
                      r"\bChương trình|\bTHÁNG \d{1,2}|\bKết luận|\bThông tư|\bCông văn)\s*:?$")
BASIS_SECTION = re.compile(r"^căn cứ", re.I)
# the authority line under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"): not part of the title
AUTHORITY = re.compile(r"^(?:CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|THỦ TƯỚNG CHÍNH PHỦ|CHÍNH PHỦ|BỘ TRƯỞNG|"
                       r"HỘI ĐỒNG NHÂN DÂN|GIÁM ĐỐC)\b")
# a title line that ends on "CỦA": the issuer on the next line is the title's ("… NGHỊ QUYẾT SỐ 76/NQ-CP NGÀY
# 10/4/2025 CỦA" / "CHÍNH PHỦ BAN HÀNH KẾ HOẠCH …"), no authority line
OF_AT_END = re.compile(r"\bCỦA$")
PROGRAMME = re.compile(r"(?:thực hiện|triển khai)\s+"
                       # what of it is carried out, a few words: "… thực hiện các mô hình tại Đề án …", "… các
                       # mô hình triển khai, nhiệm vụ tại Đề án …"
                       r"(?:(?:các\s+)?(?:mô hình|nhiệm vụ|nội dung|giải pháp|mục tiêu)(?:[\s,]+[^\W\d_]+){0,6}?"
                       r"\s+(?:tại|của|thuộc)\s+)?"
                       r"(?P<name>(?:chương trình|đề án|chiến lược|quy hoạch|kế hoạch|dự án|các nhiệm vụ)\b[^;.]*)")
# the sentence of a preamble that enacts the plan: "Ủy ban nhân dân tỉnh ban hành / UBND tỉnh xây dựng Kế hoạch
# (hành động) (tổ chức) thực hiện …", "UBND tỉnh Phú Yên vừa ban hành Kế hoạch tiếp tục thực hiện …" (the committee
# its subject: "… của UBND tỉnh ban hành Kế hoạch …" describes a cited document; "đã ban hành" reports a past one)
ENACTING = re.compile(r"(?<!của )\b(?:ủy ban nhân dân|ubnd)(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?"
                      r"(?:\s+(?!đã\b)[^\s,;]+){0,3}?\s+(?:ban hành|xây dựng)\s+(?:kế hoạch|chương trình)"
                      r"(?:\s+hành động)?\s+(?:tiếp tục\s+)?(?:tổ chức\s+)?(?=thực hiện|triển khai)", re.I)
# a notice saying what the page's own document carries out: "UBND TP.Hà Nội vừa ban hành Kế hoạch số 249 về việc thực
# hiện Nghị quyết số 122/NQ-CP …", "Bộ Công Thương ban hành kế hoạch hành động thực hiện Nghị quyết số 115/NQ-CP"
# (any issuer, the number and date of the document between; searched just before the reference, in the first
# NOTICE_LINES lines; whose document it is, _notice_carries_out)
NOTICE_CARRIES = re.compile(r"(?P<past>\bđã\s+)?(?:ký\s+)?(?:ban hành|\bký|xây dựng)\s+(?P<t>kế hoạch|chương trình|"
                            # (a letter: "… vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg …")
                            r"quyết định|chỉ thị|nghị quyết|hướng dẫn|đề án|công văn|văn bản)(?:\s+hành động)?"
                            r"(?:\s+(?:số\s+)?(?P<num>\d[^\s,;]*))?"
                            r"(?:\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?,?"
                            # (what it is about before it: "Kế hoạch tổ chức phong trào thi đua “Mở rộng vùng xanh …”
                            # thực hiện Chỉ thị 16/CT-TTg"; one clause, no one told to do it: "… yêu cầu các sở thực
                            # hiện")
                            r"(?:\s+về(?:\s+việc)?)?(?:\s+(?:tiếp tục|tổ chức|triển khai))*"
                            r"(?:\s+(?:(?!yêu cầu|giao(?!\s+thông)|đề nghị|chỉ đạo|để\s|nhằm)[^\s,.;:()]+\s+){0,25}?)?"
                            r"\s*(?P<verb>thực hiện|triển khai|thi hành)"
                            r"(?:\s+(?:có hiệu quả|hiệu quả|nghiêm túc))?\s+$", re.I)
NOTICE_LINES = 8
# a notice's sentence opening with the date of what it reports: "Ngày 30/10/2020, Bộ trưởng Bộ Công Thương đã ban hành
# kế hoạch hành động thực hiện …" (its "đã" is the page's own document's issuing, not an earlier one)
DATED_OPENING = re.compile(r"(?<!\w)Ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4},[^.;]*$")
# (a resolution of the National Assembly "phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia …": the programme)
APPROVAL = re.compile(r"^(?:về\s+)?(?:việc\s+)?(?:phê duyệt|ban hành|thông qua)\s+(?:chủ trương đầu tư\s+)?"
                      r"(?P<name>.+)$")
CARRIER = re.compile(r"^(?:về\s+)?(?:việc\s+)?(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện\s+(?P<name>.+)$")
ABOUT = re.compile(r"^về\s+(?:việc\s+)?(?P<name>các nhiệm vụ.+)$")
STOP = {"và", "các", "của", "cho", "trong", "tại", "về", "với", "việc", "đối", "những", "một"}
# where a programme's name ends and its place or period begins
QUALIFIER = re.compile(r"\s(?:giai đoạn|đến năm|trên địa bàn|tại|tỉnh|thành phố|huyện|năm \d{4}|\d{4})\b.*$")


@dataclass
class Unit:
    """A stretch of text read as one: a block, consecutive title lines in capitals, or a block joined
    with the next when a reference runs across them."""
    text: str
    start: int
    end: int
    preamble: bool
    caps: bool
    basis: bool          # under a "CĂN CỨ …" heading
    title: bool = False


# a portal's list of other documents ("Văn bản liên quan", "- 1Quyết định 672/QĐ-UBND phê duyệt …")
# printed above the letterhead: an item opens with a document type, after a bullet or its number
RELATED_ITEM = re.compile(r"^(?:[-+*•]\s*)?(?:\d{1,3}[.)]?\s*)?(?:Quyết định|Nghị quyết|Nghị định|Kế hoạch|Thông tư|"
                          r"Chỉ thị|Công văn|Chương trình|Hướng dẫn|Luật|Pháp lệnh|Thông báo|Quy định)\b")


# (an item of that list, after its bullet or its index: "- 1Quyết định …", "3. Kế hoạch …")
LISTED_ITEM = re.compile(r"^(?:[-+*•]\s*\d{0,3}\s*|\d{1,3}[.)]?\s*)(?=[^\W\d_])")
# a portal's note on the document's validity above the letterhead ("… đã được thay thế bởi Quyết định
# 2519/QĐ-UBND 2015 …"): what replaced or amended it later is no citation of it
STATUS_NOTE = re.compile(r"(?:được|bị)\s+(?:thay\s+thế|sửa\s+đổi|bãi\s+bỏ|h[uủ]y\s+bỏ|đính\s+chính)|hết\s+hiệu\s+lực",
                         re.I)


def _letterhead_line(doc: Document) -> int | None:
    """The first line of the letterhead, when the header reader found the document's number
    (ingest/metadata.py)."""
    span = doc.meta.spans.get("letterhead")
    return span.start if span else None


def _headline(doc: Document, u: Unit, idx: int, letterhead: int | None) -> bool:
    """Whether `u` is the headline of a page without letterhead that the header read the document's type from: one
    of its first lines, opening with that type (a notice's sentence, "UBND tỉnh … vừa ban hành Kế hoạch …", does
    not)."""
    span = doc.meta.spans.get("doc_type")
    if letterhead is not None or span is None or idx > 2 or not u.start <= span.start <= u.end \
            or not doc.meta.doc_type:
        return False
    return key(SUMMARY_LABEL.sub("", u.text, count=1)).startswith(key(doc.meta.doc_type) + " ")


def _portal_page(u: Unit, refs: list[Reference], own: str | None, letterhead: int | None) -> str | None:
    """A unit above the letterhead that is the portal's page, not the document's text: "skip", a note of what replaced
    or amended this document, or a line of the portal's naming another (none of its numbers is a citation); "related",
    an item of the portal's list of documents related to this one, not naming it (each a kh:cites-related citation:
    the portal relates them, the text does not cite them); else None."""
    if letterhead is None or u.end >= letterhead:
        return None
    status = STATUS_NOTE.search(u.text)
    if status:
        # a note of what became of this document; not the portal's title saying what became of another, the one it
        # amends ("Nghị quyết 18/2025/NQ-HĐND sửa đổi … Nghị quyết 64/2017/NQ-HĐND … đã được sửa đổi tại Điều 1 Nghị
        # quyết 29/2024/NQ-HĐND": 64/2017 is what was amended)
        before = [r for r in refs if r.end <= status.start()]
        if not before or not (before[-1].number and own and not same_document(before[-1].number, own)):
            return "skip"
    if RELATED_ITEM.match(u.text) and not any(own and r.number and same_document(r.number, own) for r in refs):
        # an item of the list (after its bullet or index); a line of the page's own, its headline, cites nothing
        return "related" if LISTED_ITEM.match(u.text) else "skip"
    return None


def extract_citations(doc: Document, blocks: list[Block]) -> None:
    units = _units(doc, blocks)
    own = doc.meta.number
    letterhead = _letterhead_line(doc)
    aliases: dict[str, Citation] = {}
    carry: str | None = None      # "Thực hiện các văn bản sau:" carried into the list items below it
    for idx, u in enumerate(units):
        cue = _cue(u.text)[0] if u.preamble else None
        listed = carry if cue is None and LIST_ITEM.match(u.text) else None
        carry = (cue if u.text.rstrip().endswith(":") and cue in ("implements", "based_on") else None) or listed
        refs = find_references(u.text) + _programme_refs(u.text)
        refs.sort(key=lambda r: r.start)
        if not refs and not any(k in key(u.text) for k in aliases):       # cheap pre-check
            continue
        portal = _portal_page(u, refs, own, letterhead)
        if portal == "skip":
            continue
        for k, c in aliases.items():      # short names defined earlier: "(sau đây gọi tắt là Quyết định số 161)"
            if re.search(re.escape(k) + r"(?![\d/])", key(u.text)):
                doc.citations.append(Citation("mention", c.doc_type, c.number, k, None, None, None, None,
                                              doc.span(u.start, u.end)))
        if not u.title and not u.caps and refs and _headline(doc, u, idx, letterhead):
            # the page's headline its type was read from ("Kế hoạch thực hiện Nghị quyết số 45-NQ/TW …", under a
            # portal's "Trích yếu"): its title
            u = replace(u, title=True)
        opens_with_own = False
        if idx <= 2 and not u.title and refs and not u.caps and _own(u, refs[0], own, idx, doc.meta.date) and \
                ((idx == 0 and PORTAL_TITLE.match(u.text)) or not u.text[:refs[0].start].strip()):
            # a portal's title line naming the document ("Kế hoạch 250/KH-UBND năm 2025 triển khai Nghị
            # quyết 153/NQ-CP …") is its title, as the portal wrote it: what follows "triển khai" is carried out
            # (one of the first lines, opening with the document: "Nghị quyết 139/NQ-CP của Chính phủ về việc ban
            # hành Chương trình hành động của Chính phủ thực hiện Nghị quyết 20-NQ/TW …" under the page's headline;
            # what it is about is its own, no cited document's)
            u = replace(u, title=True)
            opens_with_own = not u.text[:refs[0].start].strip()
        if portal == "related":
            kinds = ["related"] * len(refs)
        elif not u.preamble:
            kinds = ["mention"] * len(refs)
        elif opens_with_own:
            kinds = ["mention"] + _kinds(u, refs[1:], listed)
        else:
            kinds = _kinds(u, refs, listed)
        excerpt_end = len(u.text.rstrip()) if idx == len(units) - 1 else None
        noticed: Reference | None = None      # the last reference a notice's sentence says the page carries out
        for r, kind in zip(refs, kinds):
            if _own(u, r, own, idx, doc.meta.date) or (excerpt_end is not None and r.number and r.end >= excerpt_end):
                continue                  # its own number, or a number cut off at the end of an excerpt
            if excerpt_end is not None and r.issuer and r.head_end >= excerpt_end and \
                    key(u.text).rstrip(" ,;").endswith(key(r.issuer)) and Gazetteer.load().cut_short(r.issuer):
                # an issuer cut off by the end of an excerpt, the start of a known name ("… Kết luận số 76-KL/TW ngày
                # 04 tháng 6 năm 2020 của Bộ Chính" at a page's 2,000th character): none
                r = replace(r, issuer=None)
            if kind == "mention" and r.number and u.start <= NOTICE_LINES and (
                    _notice_carries_out(doc, u.text, r, refs)
                    or (noticed is not None and NEXT_CARRIED.fullmatch(u.text, noticed.end, r.start))):
                # (and the next one listed with it: "… ban hành Kế hoạch số 520/KH-UBND triển khai thực hiện Nghị
                # quyết số 153/NQ-CP ngày 31/5/2025 của Chính phủ, Kế hoạch số 339-KH/TU …")
                kind = "implements"
                noticed = r
            else:
                noticed = None
            if kind == "implements" and not r.number:
                kind = "based_on"         # "Thực hiện Luật Người cao tuổi năm 2009": a law without number
            c = Citation(kind, r.doc_type, r.number, r.number_printed, r.date, r.date_printed,
                         r.issuer, r.subject, doc.span(u.start, u.end), title=r.title)
            doc.citations.append(c)
            if r.alias and not find_references(r.alias):
                aliases[key(r.alias)] = c
    if not any(c.kind == "implements" for c in doc.citations):
        _issuers_rule(doc, units)
    # (also beside what a "Thực hiện …" sentence names: a title is the plan's own word on what it carries out)
    _programme_rule(doc, units, fallback=not any(c.kind == "implements" for c in doc.citations))


# -- units -----------------------------------------------------------------------------------
def _units(doc: Document, blocks: list[Block]) -> list[Unit]:
    out: list[Unit] = []
    title = doc.meta.spans.get("title")
    for b in blocks:
        basis = b.section is not None and bool(BASIS_SECTION.match(clean(b.section_title or "")))
        preamble = b.section is None or basis
        for text, start, end in _pieces(b):
            caps = b.kind != "row" and _is_caps(text)
            prev = out[-1] if out else None
            if prev and prev.preamble == preamble and (
                    (caps and prev.caps and (not AUTHORITY.match(text) or OF_AT_END.search(prev.text)))
                    or (DANGLING.search(prev.text) and re.match(r"^[\d'\"“‘]", text))):
                prev.text += " " + text
                prev.end = end
                prev.caps = prev.caps and caps
                continue
            out.append(Unit(text, start, end, preamble, caps, basis,
                            title=title is not None and start == title.start))
    return out


def _pieces(b: Block) -> list[tuple[str, int, int]]:
    """A block's text, split where title lines in capitals run into a sentence ("… TRÊN ĐỊA BÀN TỈNH
    GIA LAI" / "Triển khai Quyết định số …" lexed as one block), and, in the preamble, where a line
    opens a clause ("Hoạt động của Ban Chỉ đạo … năm 2023" / "Triển khai thực hiện Quyết định số …"):
    the title before it is no part of the clause."""
    if b.kind == "row":
        text = clean(" ".join(b.cells))
        return [(text, b.start, b.end)] if text else []
    lines = b.raw.split("\n")
    cuts = set()
    if len(lines) > 1 and _is_caps(lines[0]):
        # a line of digits stays with the capitals ("NĂM" / "2022")
        cuts.update(next(([i] for i, line in enumerate(lines[1:], start=1)
                          if re.search(r"[^\W\d_]", line) and not _is_caps(line)), []))
    if b.section is None:
        cuts.update(i for i, line in enumerate(lines[1:], start=1) if CLAUSE_LINE.match(line))
    bounds = [0, *sorted(cuts), len(lines)]
    out = []
    for a, z in zip(bounds, bounds[1:]):
        text = clean("\n".join(lines[a:z]))
        if text:
            out.append((text, min(b.start + a, b.end), min(b.start + z - 1, b.end)))
    return out


# a line that opens an implementing or basis clause (capitalised: a hard-wrapped sentence goes on in lower case)
# (or a letter's subject, which may say what it carries out: "V/v thực hiện Nghị quyết số …", under the number cell)
CLAUSE_LINE = re.compile(r"^\s*(?:Thực hiện|Triển khai|Căn cứ|Tiếp tục thực hiện|"
                         r"Để (?:tiếp tục )?(?:triển khai )?thực hiện|V/[vV](?=\s)|Về việc)\b")


def _is_caps(text: str) -> bool:
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 3 and sum(map(str.isupper, letters)) >= 0.85 * len(letters)


def _programme_refs(text: str) -> list[Reference]:
    """"Đề án 161": a programme named by its decision's number, as the reference documents know it. The
    date is the reference's (not printed here): it places the decision in its year, so the mention
    and the reference record are one node."""
    out = []
    for s, e, d, printed in named_programmes(text):
        out.append(Reference(s, e, d.doc_type or None, d.number, printed, d.date, None, None, None, e,
                             head_end=e, number_start=s))
    return out


def _own(u: Unit, r: Reference, own: str | None, idx: int, own_date: dt.date | None = None) -> bool:
    if not r.number:
        return False
    if own and same_document(r.number, own):
        # a ward and its province may both issue a "98/KH-UBND": one printed with another date is
        # the other's
        return not (r.date and own_date and r.date != own_date)
    # both patterns end at the number, their matches holding at most 15 characters other than white
    # space: searched just before it, not in the whole unit (once per citation: quadratic on a
    # paragraph of hundreds of citations)
    end = r.number_start if r.number_start >= 0 else r.start
    cell = OWN_CELL.search(u.text, tail_start(u.text, end), end)
    if cell and (r.start >= cell.start() or not TITLE_GOES_ON.match(u.text, r.end)):
        # (not a number its type names before "số:" inside a title, which goes on: "… THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG
        # SỐ: 12-CTR/TU CỦA TỈNH ỦY …"; an attached plan's own line, "KẾ HOẠCH SỐ: 60/KH-UBND", is its cell)
        return True
    caption = ANNEX_CAPTION.search(u.text, tail_start(u.text, r.start), r.start)
    # an annex's caption opens its line or follows its title in capitals; in a sentence ("Thực hiện
    # Quy chế … (ban hành kèm theo Quyết định số 41/2016/QĐ-TTg …)") it names another document
    if caption and (not u.text[:caption.start()].strip() or _is_caps(u.text[:caption.start()])):
        return True
    # a portal's title line naming the document itself: "Quyết định 796/QĐ-UBND năm 2015 về …" (that reference only:
    # "Kế hoạch 01/KH-UBND năm 2026 thực hiện Nghị quyết 282/NQ-CP …" names what it carries out after it)
    title = PORTAL_TITLE.match(u.text) if idx == 0 and not u.caps else None
    return title is not None and r.start < title.end()


# -- kinds -----------------------------------------------------------------------------------
def _cue(text: str) -> tuple[str | None, int]:
    """The mode a clause opens with, and the length of its cue."""
    t = text.lstrip()
    lead = LEAD.match(t)
    off = len(text) - len(t) + (lead.end() if lead else 0)
    # (a letter's subject says what it carries out: "V/v thực hiện Nghị quyết số 154/NQ-CP", "Về việc triển khai …")
    subject = LETTER_SUBJECT.match(text, off)
    off = subject.end() if subject else off
    # (a notice's connective before it: "Theo đó, thực hiện Công điện số 07/CĐ-TTg …, UBND thành phố yêu cầu …")
    connective = CONNECTIVE.match(text, off)
    off = connective.end() if connective else off
    t = text[off:]
    # (a notice's opening "UBND tỉnh Phú Yên vừa ban hành Kế hoạch tiếp tục thực hiện Quyết định số …" enacts the
    # document as "Điều 1. Ban hành …" does)
    for pattern, mode in ((IMPLEMENTS_CUE, "implements"), (BASIS_CUE, "based_on"), (PROPOSAL_CUE, "proposal"),
                          (ARTICLE_ONE, "governed"), (PURPOSE_CUE, "governed"), (ENACTING, "governed")):
        m = pattern.match(t)
        if m:
            return mode, off + m.end()
    return None, 0


# (or its conclusions: "Thực hiện kết luận của Thủ tướng … tại cuộc họp … (tại Thông báo số 122/TB-VPCP …), … và chỉ
# đạo của Thường trực Tỉnh ủy tại Công văn số 1025-CV/TU …": each document that states one, named after "tại")
INSTRUCTION = re.compile(r"\s*(?:ý kiến\s+|sự\s+)?(?:chỉ đạo|kết luận)\b", re.I)
# (the next one named with it, coordinated: "…, kết luận của … và chỉ đạo của … tại Công văn số …", "… và của UBND tỉnh
# tại Công văn số …"; not a document described inside the first, "… về việc triển khai Kết luận của Thủ tướng tại Thông
# báo số …", nor advice, "sau khi có ý kiến của Sở Tài chính tại Văn bản số …")
INSTRUCTED = re.compile(r"(?:,|\bvà)\s+(?:(?:ý kiến\s+)?(?:chỉ đạo|kết luận)\s+)?của\b", re.I)
STATED_AT = re.compile(r"\btại\s*$")
# (not where something else was put: "… kiến nghị của cử tri … đã được tổng hợp tại Công văn số …")
PUT_AT = re.compile(r"\b(?:được|đã)(?:\s+\S+){0,3}\s+tại\s*$")


def _stated_at(gap: str) -> bool:
    """The gap before a document ends with the "tại" that names where an instruction is stated."""
    return bool(STATED_AT.search(gap)) and not PUT_AT.search(gap) and not DESCRIBING_ABOUT.search(gap)


# a description of what a document is about, in the gap before the next ("… tại Công văn số 1021/UBND-VX về việc triển
# khai Kết luận … tại …"): only after a document, so the gap starts with it
DESCRIBING_ABOUT = re.compile(r"^[^,;()]{0,80}?\bvề\s+việc\b")
INSTRUCTING = ("Thông báo", "Công văn", "Văn bản", "Kết luận", "Công điện")
# (a document carried out with an instruction stated in none: "Thực hiện sự chỉ đạo của Chủ tịch UBND thành phố và Văn
# bản số 1001/UBND-KGVX …"; not one the instruction is about, "… chỉ đạo của UBND tỉnh về việc triển khai …", "… đối
# với đơn khiếu nại của bà … và Quyết định số …", "… khi xem xét đề xuất của Sở Nội vụ và Tờ trình số …")
AND_A_DOCUMENT = re.compile(r"^(?![^,;()]*\b(?:về|tại|theo|đối với|khi|liên quan|việc|trong|đến)\b)[^,;()]*?\bcủa\b"
                            r"[^,;()]*\svà\s*$")


def _kinds(u: Unit, refs: list[Reference], listed: str | None = None) -> list[str]:
    mode, pos = _cue(u.text)
    if mode is None:
        mode = listed or ("governed" if (u.caps or u.title) else ("based_on" if u.basis else "mention"))
        item = LIST_ITEM.match(u.text)
        pos = item.end() if listed and item else 0
    start_mode = mode
    fresh = mode in ("implements", "based_on")
    # "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Hội nghị … sơ kết 05 năm thực hiện Nghị định số … tại Thông báo
    # số 319/TB-VPCP …": what carries the instruction out is the document that states it, however far
    instruction = mode == "implements" and INSTRUCTION.match(u.text, pos) is not None
    prev: str | None = None
    described_until = -1          # the end of the previous document's description ("… về …")
    kinds: list[str] = []
    for r in refs:
        gap = u.text[pos:r.start] if r.start >= pos else ""
        bounds = list(BOUNDARY.finditer(gap))
        if bounds:
            last = bounds[-1]
            after = gap[last.end():]
            cue, n = _cue(after)
            if cue:
                mode, gap, fresh = cue, after[n:], cue in ("implements", "based_on")
            elif last.group() != ";":
                mode, gap = ("governed" if start_mode == "governed" else "mention"), after
            else:
                gap = after
            prev, described_until = None, -1
            instruction = False     # (an instruction's sentence or clause is over)
        if instruction and r.doc_type in INSTRUCTING and _stated_at(gap) and \
                ("implements" not in kinds or INSTRUCTED.search(gap)):
            kind = "implements"
        elif instruction and not kinds and AND_A_DOCUMENT.search(gap):
            kind = "implements"         # the instruction and a document carried out with it
        elif SHORT_NAME.search(gap):
            kinds.append("mention")               # "(sau đây gọi tắt là Quyết định số …)": the same document
            pos = max(pos, r.head_end, r.end)
            continue
        elif COORD_GOVERNED.search(gap) and mode in ("implements", "governed"):
            kind = "implements"
        elif mode == "implements" and ISSUED_WITH.search(gap):
            kind = "implements"                   # "Thực hiện Quy chế … (ban hành kèm theo Quyết định số …"
        elif not COORD.search(gap) and (r.start < described_until or (
                prev is not None and DESCRIBING.search(gap) and not COORD_GOVERNED.search(gap))):
            # inside the description of the previous document: the subject read with it, or what it is about when
            # that carries out another ("… KẾT LUẬN SỐ 76-KL/TW … VỀ VIỆC TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 33-NQ/TW …")
            kind = "mention"
        elif mode == "implements":
            if fresh:
                kind = "implements" if (DIRECT.match(gap) or UNNUMBERED_SIBLING.match(gap)
                                        or APPROVED_IN.match(gap)) else "mention"
                if kind == "mention":
                    mode = "mention"
            else:
                kind = "implements" if (prev is None or COORD.search(gap) or _governed(gap)) else "mention"
        elif mode == "governed":
            kind = "implements" if _governed(gap) or (prev == "implements" and COORD.search(gap)) else "mention"
        elif mode == "based_on":
            kind = "based_on" if (fresh or prev is None or COORD.search(gap)) else "mention"
        else:
            kind = "mention"
        kinds.append(kind)
        fresh = False
        prev = kind
        described_until = r.subject_end if r.subject is not None else -1
        pos = max(pos, r.head_end, r.end)
    return kinds


def _notice_carries_out(doc: Document, text: str, r: Reference, refs: list[Reference]) -> bool:
    """Whether a notice's sentence says the page's own document carries out the reference: the type it names is
    the document's, and its number the document's own; without a number, the document has none either and the
    sentence reports no earlier issuing ("… đã ban hành Kế hoạch thực hiện …" before the notice's own). Not inside
    another document's description ("Quyết định số 2074/QĐ-TTg … Ban hành Kế hoạch triển khai thực hiện Chỉ thị số
    06-CT/TW": what that decision issued)."""
    m = NOTICE_CARRIES.search(text, max(0, r.start - 240), r.start)
    if m is None or fold(_type_word(m.group("t"))) != fold(doc.meta.doc_type or ""):     # ("văn bản": a letter)
        return False
    if REVIEWED.search(text[:m.start("verb")]):
        return False            # "… Kết luận … tại Hội nghị … đánh giá kết quả 10 tháng thực hiện Chỉ thị số …"
    if any(q.start < m.start() < max(q.end, q.subject_end) for q in refs):
        return False
    own, num = doc.meta.number, m.group("num")
    if num and re.search(r"[/-]", num):
        return own is not None and same_document(canonical_number(num), own)
    return own is None and (not m.group("past") or bool(DATED_OPENING.search(text, 0, m.start())))


def _governed(gap: str) -> bool:
    """The reference follows "thực hiện" / "triển khai", not of a past action ("các ngành đã tập
    trung thực hiện nghiêm túc Chỉ thị số …" reports, it does not carry out)."""
    m = GOVERNED.search(gap)
    return m is not None and not re.search(r"\bđã(?:\s+\S+){0,2}\s*$", gap[:m.start()]) and \
        not REVIEWED.search(gap[:m.start()])


# a review of how a document was carried out, which carries out the review, not the document ("… VÀ SƠ KẾT 05 NĂM
# THỰC HIỆN NGHỊ ĐỊNH SỐ 83/2017/NĐ-CP …", "tổng kết 10 năm thi hành Luật …")
# ("… đánh giá kết quả 10 tháng thực hiện Chỉ thị số 01/CT-TTg …")
REVIEWED = re.compile(r"(?i:\b(?:sơ kết|tổng kết|đánh giá)(?:\s+(?:tình hình|kết quả|việc))?"
                      r"(?:\s+(?:\d+|[^\W\d_]+)\s+(?:năm|tháng)(?:\s+(?:đầu|cuối)\s+năm)?)?"
                      r"(?:\s+(?:tình hình|kết quả|việc))?(?:\s+triển khai)?)\s*$")


# -- documents named in a title by their issuers ------------------------------------------------
# "… THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, NGHỊ QUYẾT CỦA TỈNH ỦY, HĐND TỈNH VỀ NHIỆM VỤ …": the types carried out
# and the symbol codes of the issuers named (a Prime Minister's before the Government's, which it contains)
TITLE_CARRIES = re.compile(r"(?:thực hiện|triển khai)\s+(?P<what>(?:các\s+)?"
                           r"(?:nghị quyết|quyết định|chỉ thị|kết luận)\b(?:(?!\bvề\b|\d).)*)")
TITLE_TYPES = {"nghị quyết": "Nghị quyết", "quyết định": "Quyết định", "chỉ thị": "Chỉ thị", "kết luận": "Kết luận"}
TITLE_ISSUER_CODES = (("thủ tướng chính phủ", "TTg"), ("chính phủ", "CP"), ("tỉnh ủy", "TU"), ("thành ủy", "TU"),
                      ("hđnd", "HĐND"), ("hội đồng nhân dân", "HĐND"), ("bộ chính trị", "TW"), ("trung ương", "TW"))


def _issuers_rule(doc: Document, units: list[Unit]) -> None:
    """A title that carries out documents named by type and issuer, without their numbers ("KẾ HOẠCH HÀNH ĐỘNG
    THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, NGHỊ QUYẾT CỦA TỈNH ỦY, HĐND TỈNH …"): the cited documents of those types
    whose symbols carry those issuers' codes (01/NQ-CP, 11-NQ/TU, 116/NQ-HĐND) are implemented."""
    for u in units:
        if not (u.preamble and (u.caps or u.title)):
            continue
        m = TITLE_CARRIES.search(key(u.text))
        if not m or REVIEWED.search(key(u.text)[:m.start()]):
            continue                # (not a review: "… TỔNG KẾT 10 NĂM THỰC HIỆN NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ …")
        what = m.group("what")
        types = {t for w, t in TITLE_TYPES.items() if w in what}
        codes = set()
        for words, code in TITLE_ISSUER_CODES:
            if words in what:
                codes.add(code)
                what = what.replace(words, " ")
        if not codes:
            continue
        for i, c in enumerate(doc.citations):
            if c.number and c.kind in ("mention", "based_on") and c.doc_type in types and \
                    set(re.split(r"[-/]", number_parts(c.number)[2])[1:]) & codes:
                doc.citations[i] = replace(c, kind="implements")
        return


# -- programmes named in a title ---------------------------------------------------------------
def _programme_rule(doc: Document, units: list[Unit], fallback: bool = True) -> None:
    """A title that carries out a programme by name implements the decision that approved it (and
    the plans cited as carrying it out); without such a citation, the reference document (`fallback`: when the
    document implements nothing else)."""
    names = []
    for u in units:
        if u.preamble and (u.caps or u.title or ARTICLE_ONE.match(LEAD.sub("", u.text, count=1))):
            for m in PROGRAMME.finditer(key(u.text)):
                names.append((m.group("name"), u))
        elif u.preamble and not u.basis:
            # the preamble's enacting sentence: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án …"
            k = key(u.text)
            enacting = ENACTING.search(k)
            if enacting:
                names.extend((m.group("name"), u) for m in PROGRAMME.finditer(k, enacting.start()))
    if not names:
        return
    found = False
    for i, c in enumerate(doc.citations):
        if not c.subject or not c.number or c.kind in ("implements", "related"):
            continue
        subject = key(c.subject)
        cited = APPROVAL.match(subject) or ABOUT.match(subject) or (
            CARRIER.match(subject) if c.doc_type in ("Kế hoạch", "Chương trình") else None)
        if cited and any(_same_programme(n, cited.group("name")) for n, _ in names):
            doc.citations[i] = replace(c, kind="implements")
            found = True
    if found or not fallback:
        return
    for d in known_documents():
        approved = APPROVAL.match(key(d.subject))
        for n, u in names:
            if approved and _same_programme(n, approved.group("name")):
                doc.citations.append(Citation("implements", d.doc_type or None, d.number, None, d.date, None,
                                              None, d.subject, doc.span(u.start, u.end)))
                return


# a programme's name as often abbreviated: "Chương trình MTQG giảm nghèo bền vững" is the "Chương trình mục tiêu quốc
# gia giảm nghèo bền vững"
NAME_ABBREVIATIONS = re.compile(r"\bMTQG\b", re.I)


def _words(name: str) -> list[str]:
    name = NAME_ABBREVIATIONS.sub("mục tiêu quốc gia", QUALIFIER.sub("", name))
    return [w for w in re.split(r"[^a-z]+", fold(name)) if w and w not in _FOLDED_STOP]


_FOLDED_STOP = {fold(s) for s in STOP}


def _kind_of(name: str) -> str:
    m = re.match(r"(chương trình|đề án|chiến lược|quy hoạch|kế hoạch|dự án|các nhiệm vụ)\b", name)
    return m.group(1) if m else ""


def _same_programme(title_name: str, cited_name: str) -> bool:
    """"chương trình phòng, chống bệnh lở mồm long móng … tỉnh Quảng Bình" names the programme of
    "Chương trình quốc gia phòng, chống bệnh lở mồm long móng giai đoạn 2016 - 2020": the same kind
    of programme, and the first words of one's name among the first words of the other's."""
    cited_name = re.sub(r"^[“\"]", "", cited_name)
    kind = _kind_of(title_name)
    if not kind or kind != _kind_of(cited_name):
        return False
    a = _words(title_name[len(kind):])[:6]
    b = set(_words(cited_name[len(kind):])[:12])
    if len(a) < 3:
        return False
    return len([w for w in a if w in b]) >= max(3, math.ceil(0.8 * len(a)))


"""Assignment clauses of decisions and letters: who a "Quyết định" or a "Công văn" tells to do what.

They are tasks (with lead and supporters) in layouts plans do not use, each a pattern, never a file:
- an article that gives work: "Điều 2. Giao Sở X chủ trì, phối hợp với Sở Y và các đơn vị liên quan
  triển khai ..." (the article may sit alone on its line, its text on the next);
- an article that lists its assignees: "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm ...:" /
  "Giao trách nhiệm cho các đơn vị:" followed by items or paragraphs that open with an agency
  ("1. Sở Z - cơ quan thường trực ... tham mưu ...", "Ban chỉ đạo ... phối hợp với ...");
- the execution article: "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: A, B; Chủ tịch UBND
  các huyện ... và Thủ trưởng các cơ quan ... chịu trách nhiệm thi hành Quyết định này": one task
  led by the bodies those heads stand for (Văn phòng UBND tỉnh, các sở: A, B -> Sở A, Sở B, ...);
- numbered items outside any section (letters): "1. Phòng X chủ trì, phối hợp Y, Z và ... giúp UBND
  huyện ...", "2. Trung tâm T" with its bullets (one task per bullet), "3. Phòng P huyện: Tổ chức ...";
- a request in a document with no other task: "Để triển khai Kế hoạch, đề nghị các phòng, ban
  chuyên môn và UBND các xã, thị trấn cụ thể hóa ...".
The agency that opens a clause leads it even when it only "phối hợp" (a task always has a lead).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .agencies import SECTORS
from .blocks import Block
from .model import Document, Index, Task
from .phrases import (
    CLAUSE_VERB_CUT,
    EXECUTION,
    HEAD_START,
    HEAD_TITLE_START,
    INTRO,
    MEETING,
    REQUEST_VERB,
    REQUEST_VERBS,
    VERB_CUT,
    Assignment,
    IsAgency,
    heads_to_bodies,
    requester,
    split_subject,
)
from .text import in_capitals, key

ARTICLE = re.compile(r"^Điều\s+(?P<n>\d+)\s*[.:]\s*(?P<body>.*)$", re.S)
# an article that introduces its assignees: "... sau đây chịu trách nhiệm ...:", "Giao trách nhiệm cho ...:"
ASSIGNEES = re.compile(r"(?:chịu trách nhiệm|có trách nhiệm|giao trách nhiệm|giao nhiệm vụ|phân công)[^:]{0,200}:\s*$",
                       re.I)
END = re.compile(r"^(?:Nơi nhận|TM\.|KT\.|Q\.|PHỤ LỤC|Phụ lục|\(Nguồn|Nguồn:)", re.I)
BARE_AGENCY_MAX = 120
# an article that says when the decision takes effect before naming who executes it ("Điều 2. Quyết định
# có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng …; Giám đốc … chịu trách nhiệm thi hành …")
_IN_FORCE = r"^(?:Quyết định|Chỉ thị|Nghị quyết|Kế hoạch)(?:\s+này)?\s+có hiệu lực\b[^.]*"
IN_FORCE = re.compile(_IN_FORCE + r"\.\s+(?=\S)")        # and the executors after it
IN_FORCE_ONLY = re.compile(_IN_FORCE + r"\.?\s*$")        # and nothing else
# "các sở: A, B" - the head word left out of every name of the list
ELLIPTICAL = re.compile(rf"^các\s+sở{SECTORS}\s*:", re.I)
# a committee or its chairman making the request a notice reports: "Theo đó UBND tỉnh yêu cầu Sở …"
# ("chỉ đạo" as well: "UBND tỉnh chỉ đạo Sở Văn hóa … chủ trì …", read as "giao")
# (not the body that assigned a task to the subject: "Sở Thông tin … được Ủy ban nhân dân tỉnh giao chủ trì …")
REQUEST_BY = re.compile(rf"(?:^|[,;]\s*|(?<!được)\s){requester(REQUEST_VERBS + '|chỉ đạo')}"
                        rf"(?P<verb>{REQUEST_VERBS}|chỉ đạo)(?:\s|:\s)")

# a request opening a sentence or a clause of it
# ("… UBND tỉnh đã đồng ý để UBND huyện xây dựng Đề án … đồng thời giao Sở Văn hóa … chủ trì …")
REQUEST = re.compile(rf"(?:^|[,;]\s*|(?P<colon>:\s*)|(?<=[Đđ]ồng thời ))(?P<verb>{REQUEST_VERB})\s")
# (after "và", in a sentence a body opens, what it asks: not "kết quả kiểm tra và đề nghị của Sở …", "mục tiêu và yêu
# cầu …" (nouns), "… đã thu hồi đất và giao cho …" (a hand-over))
AND_REQUEST = re.compile(r"(?P<colon>(?!))?(?<=\svà )(?P<verb>[Đđ]ề nghị|[Yy]êu cầu)\s(?!của\b)")
# a paragraph whose request the numbered items after it spell out, naming no body itself: "Ban Thường vụ Thành ủy yêu
# cầu:", "UBND phường chỉ đạo như sau:" (not one that names the bodies, whose items are what they must do: "… đề nghị
# các cơ quan, đơn vị thực hiện một số nội dung sau:"; nor a heading, "Mục đích, yêu cầu:", nor "nhiệm vụ được giao:";
# "có ý kiến như sau:" too, a letter's ("Chủ tịch UBND huyện có ý kiến như sau:"), not a notice's of conclusions, whose
# items may judge what was done: "4. Trung tâm Văn hóa huyện tổ chức nhiều hoạt động sôi nổi, được Nhân dân đồng tình")
ASKING = re.compile(rf"(?<!đích, )(?<!được )(?:\b{REQUEST_VERB}|\bchỉ đạo)(?:\s+(?:như sau|sau đây))?\s*:\s*$")
OPINION = re.compile(r"\bcó ý kiến(?: chỉ đạo)?(?:\s+(?:như sau|sau đây))?\s*:\s*$")
# bodies told what to do by their functions
BY_FUNCTION = re.compile(r"\s(?:căn cứ|theo|trong phạm vi)\s+(?:chức năng|nhiệm vụ)")
# the same, with what the body is told in the same paragraph
OPINION_SAID = re.compile(r"\bcó ý kiến(?: chỉ đạo)?(?:\s+(?:như sau|sau đây))?\s*:\s*(?=\S)")
# what a body named after a request is said to do when it is no task: praise, thanks, a shortfall ("… chưa …")
PRAISE = re.compile(r"\s*(?:đánh giá cao|ghi nhận|biểu dương|khen ngợi|chúc mừng|cảm ơn|chưa)\b")
# a news item's opening tag and quote before the sentence it reports: "(PLO)- “", "ANTĐ - ", "BHG - "
NEWS_TAG = re.compile(r"^\s*(?:\([^()]{2,30}\)|[A-ZĐ]{2,6})\s*[-–]\s*[“\"]?")

# a paragraph that goes on with the work of the body named before it: a connective, or a verb with no subject
# (not a new topic: "Ngoài ra, năm 2024 tỉnh đã đón …", "Báo cáo của Thanh tra Sở …")
GOES_ON = re.compile(r"Đồng thời\s*,|(?:Thực hiện|Triển khai|Tổ chức|Tăng cường|Kiểm tra|Chịu trách nhiệm|Chủ động|"
                     r"Rà soát|Theo dõi|Hướng dẫn|Phối hợp|Tuyên truyền|Xử lý|Đôn đốc|Tham mưu|Kịp thời|Thường xuyên)"
                     r"\s+(?!(?:của|về|cho thấy|năm)\b)[a-zđà-ỹ]")

Names = Callable[[str], list[str]]


@dataclass
class _Article:
    n: str
    blocks: list[Block] = field(default_factory=list)


def extract_clauses(doc: Document, blocks: list[Block], is_agency: IsAgency, names: Names | None = None) -> bool:
    """Append the tasks that decisions' articles and letters' numbered items assign. `names(phrase)`
    splits an elliptical list ("các sở: Y tế, Tài chính") into the names it means ("Sở Y tế", "Sở Tài
    chính"); without it such a list is kept as one phrase."""
    before = len(doc.tasks)
    articles, loose = _articles(blocks)
    for art in articles:
        _article_tasks(doc, art, is_agency, names)
    _item_tasks(doc, loose, is_agency)
    if not articles and not doc.tasks:
        _execution_paragraph(doc, loose, names)
    if len(doc.tasks) == before and not doc.tasks:
        _requests(doc, loose, is_agency)
    return len(doc.tasks) > before


def _articles(blocks: list[Block]) -> tuple[list[_Article], list[Block]]:
    """The articles ("Điều N.") with the blocks each spans, and the blocks outside any article and any
    section (where letters number their assignments)."""
    articles: list[_Article] = []
    loose: list[Block] = []
    cur: _Article | None = None
    for b in blocks:
        if b.kind == "row":
            cur = None
            continue
        text = b.text
        if _ends(text):
            cur = None
            if b.section is None:
                loose.append(b)     # (where a letter's numbered items end)
            continue
        m = ARTICLE.match(text) if b.kind in ("para", "heading") else None
        if m:
            cur = _Article(m.group("n"), [b])
            articles.append(cur)
            continue
        if cur is not None:
            if b.enum_kind == "roman" or in_capitals(text, 4):
                cur = None          # the attached plan's title: the articles are over
            else:
                cur.blocks.append(b)
                continue
        if b.section is None:
            loose.append(b)
    return articles, loose


def _article_tasks(doc: Document, art: _Article, is_agency: IsAgency, names: Names | None) -> None:
    first = art.blocks[0]
    body = ARTICLE.match(first.text)
    text = body.group("body").strip() if body else ""
    rest = art.blocks[1:]
    # an article alone on its line: its text is the next paragraph
    if not text and rest and rest[0].kind == "para" and not rest[0].enum_kind:
        text, rest = rest[0].text, rest[1:]
    text = _rejoin(text, rest)
    lid = f"Điều {art.n}"
    in_force = IN_FORCE.match(text)
    if in_force and (nxt := ARTICLE.match(text[in_force.end():])) and EXECUTION.match(nxt.group("body")):
        # the next article run into this one's block, its label split over lines ("Điều 3. Quyết định này có hiệu lực
        # …" / "Điều" / "4." / "Chánh Văn phòng …"): the executors are that article's
        lid, text = f"Điều {nxt.group('n')}", nxt.group("body")
    elif in_force and EXECUTION.match(text[in_force.end():]):
        text = text[in_force.end():]
    elif IN_FORCE_ONLY.match(text) and rest and EXECUTION.match(rest[0].text):
        # "Điều 3: Quyết định có hiệu lực …" and, a paragraph of its own, "Các ông (bà): … căn cứ quyết
        # định thi hành"
        text = rest[0].text
    m = EXECUTION.match(text)
    who = m.group("who") if m else _cut_executors(doc, art, text)
    if who is not None:
        bodies = _executors(who, names)
        if bodies:
            _task(doc, lid, text, first, _last(art.blocks), bodies, [])
        return
    if ASSIGNEES.search(text) or text.endswith(":"):
        _item_tasks(doc, rest, is_agency, prefix=f"{lid}.", lax=True)
        return
    a = split_subject(text, is_agency, heads=True)
    if a is not None:
        _task(doc, lid, text, first, _last(art.blocks), a.leads or a.supports, a.supports if a.leads else [])
    else:
        _item_tasks(doc, rest, is_agency, prefix=f"{lid}.")


def _execution_paragraph(doc: Document, blocks: list[Block], names: Names | None) -> None:
    """A decision's execution clause printed without its article's label (a page that lost "Điều 3."): "Chánh Văn phòng
    Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, … chịu trách nhiệm thi hành Quyết định này./." names its executors as
    the article would."""
    for b in blocks:
        # (run on after the line "QUYẾT ĐỊNH:", the article's place: not a report's or a letter's sentence, nor a quoted
        # clause; its heads in one sentence, none said to have done it or not, "đã", "chưa")
        decides = DECIDES.match(b.text)
        text = b.text[decides.end():] if decides else ""
        m = EXECUTION.match(text) if b.kind == "para" and EXECUTORS_OPEN.match(text) else None
        if m is None or "thi hành" not in text[m.end("who"):m.end()] or \
                re.search(r"[.!?]\s", m.group("who")) or DONE_OR_NOT.search(m.group("who")):
            continue
        bodies = _executors(m.group("who"), names)
        if bodies:
            _task(doc, "#1", text, b, b, bodies, [])
            return


DECIDES = re.compile(r"^QUYẾT ĐỊNH\s*:\s*")


def _executors(who: str, names: Names | None) -> list[str]:
    """The bodies an execution clause's heads stand for, an elliptical list ("các sở: Y tế, Tài chính") split into the
    names it means when `names` can."""
    return [name for body in heads_to_bodies(who)
            for name in (names(body) if names and ELLIPTICAL.match(body) else [body])]


# the heads an execution article opens with ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, …", "Các ông, bà:
# Chánh Văn phòng Bộ, …")
EXECUTORS_OPEN = re.compile(r"^(?:Các\s+ông\s*(?:,?\s*\(?bà\)?|/\s*bà)\s*:?\s*)?"
                            r"(?:Chánh\s+Văn\s+phòng|Chánh Thanh tra|Giám đốc|Thủ trưởng|Chủ tịch|Vụ trưởng|Cục trưởng|"
                            r"(?:Các\s+)?Bộ trưởng)[\s,]")
# the last of them whole when the cut falls right after it ("… và Thủ trưởng các đơn vị liên quan", "…, Thủ trưởng các
# cơ quan, đơn vị", "… UBND các xã, phường, thị trấn", "… các tỉnh, thành phố trực thuộc Trung ương")
EXECUTORS_CLOSE = re.compile(r"\b(?:(?:có\s+)?liên\s+quan|đơn\s+vị|địa\s+phương|đoàn\s+thể|thị\s+trấn|"
                             r"(?:trực\s+)?thuộc\s+Trung\s+ương)\s*$")

# the start of the article's verb, cut by the excerpt's end ("… Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố
# chịu tr")
EXECUTORS_VERBS = ("chịu trách nhiệm thi hành", "có trách nhiệm thi hành")
EXECUTORS_VERB_START = re.compile(r"\s+(?P<verb>(?:chịu|có)(?:\s+[^\s,;]*){0,3})\s*$")


def _cut_executors(doc: Document, art: _Article, text: str) -> str | None:
    """An execution article the excerpt's end cuts before its verb ("Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các
    Sở, Thủ trưởng các Ban, ngành ở tỉnh, Chủ tịch UBND c" at a page's 2,000th character): the heads it names whole
    (all of them when the cut falls after the last or inside the verb, else those before its last comma or semicolon);
    None for any other article, and for one the text goes on after."""
    if not EXECUTORS_OPEN.match(text) or text.rstrip().endswith((".", "./.")):
        return None
    if any(x.strip() for x in doc.source.lines[_last(art.blocks).end:]):
        return None
    if EXECUTORS_CLOSE.search(text):
        return text.rstrip()
    verb = EXECUTORS_VERB_START.search(text)
    if verb and any(v.startswith(" ".join(verb.group("verb").split())) for v in EXECUTORS_VERBS):
        return text[:verb.start()]          # cut inside the verb: every head is whole ("…, thành phố chịu tr")
    cut = max(text.rfind(","), text.rfind(";"))
    return text[:cut] if cut > 0 else None


def _item_tasks(doc: Document, blocks: list[Block], is_agency: IsAgency, prefix: str = "",
                lax: bool = False) -> None:
    """Numbered items (or paragraphs, under an article that lists assignees) that open with their
    agencies; a bare agency heading ("2. Trung tâm T") gives one task per point under it."""
    head: tuple[str, Block, str] | None = None     # an agency heading: its name, its block, the id of its points
    last_top = ""
    n = 0
    asked = False           # the items answer a request ("Ban Thường vụ Thành ủy yêu cầu:"): each names its bodies
    # (an article's items lettered when none is numbered: "Điều 2. Giao: a) Sở Lao động … b) Sở Tài chính …")
    lettered = bool(prefix) and not any(b.enum_kind == "num" for b in blocks)
    for i, b in enumerate(blocks):
        if _ends(b.text):
            head = None             # the recipients' list is no agency's points: "Nơi nhận: / - Như trên; …"
            continue
        top = (b.enum_kind == "num" and "." not in (b.label or "")) or (lettered and b.enum_kind == "alpha")
        if not top and b.kind in ("para", "heading") and not b.enum_kind:
            asked = bool(ASKING.search(b.text)) or (doc.meta.doc_type != "Thông báo" and bool(OPINION.search(b.text)))
        if top or (prefix and b.kind == "para" and not b.enum_kind):
            head = None
            n += 1
            lid = f"{prefix}{b.label if top else n}"
            last_top = (b.label or "") if top else ""
            if _bare_agency(b.text, is_agency) and _has_points(blocks, i):
                head = (_heading_name(b.text), b, f"{prefix}{b.label}")
                continue
            a = split_subject(b.text, is_agency, lax=lax)
            if a is None and asked and top and not lax:
                # read laxly, as the bodies a request names; the item must still open with a body's name
                a = split_subject(b.text, is_agency, lax=True)
                a = a if a is not None and (is_agency(a.subject) or _named_body(a.subject)
                                            or COLLECTIVE_START.match(a.subject)) else None
            if a is not None and not _granted(a) and not _reported(a):
                _task(doc, lid, b.text, b, b, a.leads or a.supports, a.supports if a.leads else [])
            continue
        if b.enum_kind == "alpha" and last_top and (head is None or head[1].enum_kind == "alpha") and \
                i + 1 < len(blocks) and blocks[i + 1].kind == "bullet" and _bare_agency(b.text, is_agency) and \
                _body(name := _heading_name(b.text), is_agency):
            # a lettered agency heading inside an item, its points after it: "1. Tập trung rà soát … / a) Cục Thuế có
            # trách nhiệm: / - Xác định chính xác …" (a body the gazetteer knows, or bodies: not "a) Các chỉ tiêu chủ
            # yếu:", "a) Các hộ gia đình, cá nhân kinh doanh có trách nhiệm:"; nor inside an agency's own item)
            head = (name, b, f"{prefix}{last_top}.{b.label}")
            continue
        if head is not None and (b.kind == "bullet" or (b.enum_kind == "alpha" and head[1].enum_kind != "alpha")):
            k = _numbered(doc).count(head[2]) + 1
            _task(doc, f"{head[2]}#{k}", b.text, b, b, [head[0]], [])
        elif b.kind == "heading" or b.enum_kind == "alpha":
            head = None


def _requests(doc: Document, blocks: list[Block], is_agency: IsAgency) -> None:
    """"..., đề nghị <agencies> <verb> ..." in a document that assigns nothing else."""
    n = 0
    following = False       # the sentence before made a request: a body named with its verb goes on with it
    for b in blocks:
        if b.kind not in ("para", "bullet"):
            following = False
            continue
        made = n
        for sentence in _sentences(b.text):
            sentence = NEWS_TAG.sub("", sentence)
            opinion = OPINION_SAID.search(sentence)
            if opinion and HEAD_START.match(sentence[opinion.end():]):
                sentence = sentence[opinion.end():]     # "UBND tỉnh có ý kiến như sau: Sở Thông tin … chủ trì …"
            said = REQUEST_BY.search(sentence)
            asked = REQUEST.search(sentence)
            if asked is None and doc.meta.doc_type != "Báo cáo" and HEAD_START.match(sentence) and \
                    not sentence.startswith(("Các ", "các ")):
                # "BHXH Việt Nam xây dựng chỉ tiêu … và yêu cầu BHXH các tỉnh thực hiện:" (a body's letter: not a
                # report's, nor what a body did or did not do, "đã", "chưa"; nor a collective's shortfall, "Các cơ sở …
                # chưa đáp ứng tiêu chuẩn và yêu cầu …")
                also = AND_REQUEST.search(sentence)
                asked = also if also and not DONE_OR_NOT.search(sentence, 0, also.start()) else None
            stated = chaired = False
            read_as = None
            if following and not said and not asked:
                # "UBND huyện giao Phòng Văn hóa và Thông tin theo dõi, đôn đốc … Trung tâm Văn hóa, Thể thao và Truyền
                # thông tuyên truyền …": the next body the notice names, known by its name, with its verb
                # (or bodies named together, after a semicolon too: "Sở Tư pháp chủ trì tổ chức hội nghị cấp tỉnh;
                # các sở, ban, ngành, đoàn thể, Ủy ban nhân dân cấp huyện tổ chức tuyên truyền …")
                a = split_subject(sentence, is_agency, lax=True)
                if a is not None and a.leads and _body(a.subject, is_agency) and \
                        not PRAISE.match(a.rest) and not _reported(a) and not _granted(a):
                    n += 1
                    _task(doc, f"#{n}", sentence, b, b, a.leads, a.supports)
                    continue
            if said and asked and asked.start() == 0 and not asked.group("colon"):
                said = None         # "Giao Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh yêu cầu …": the first request
            if said:
                sentence = sentence[said.start("verb"):]    # "Theo đó UBND tỉnh yêu cầu Sở …": from the request
                if said.group("verb") == "chỉ đạo":
                    read_as = "giao" + sentence[len("chỉ đạo"):]
            elif asked and asked.group("colon"):
                sentence = sentence[asked.start("verb"):]   # "UBND tỉnh có ý kiến như sau: Giao Sở …"
            elif asked and asked.start() > 0:
                # a request after a clause, the body asking left unnamed ("Theo đó, nhằm đẩy nhanh tiến độ …, yêu cầu Sở
                # Khoa học và Công nghệ chủ trì, phối hợp …"): read from the request; the task is the whole sentence
                read_as = sentence[asked.start("verb"):]
            elif not asked:
                # the lead a notice states outright: "Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Tài chính …"
                # (not a line that introduces a list: "Văn phòng xã chủ trì tham mưu:")
                # (nor one chairing a meeting: "Phó Chủ tịch UBND huyện … chủ trì cuộc họp.")
                # (or bodies told to act by their functions right after their names: "Các sở, ban, ngành tỉnh … căn
                # cứ chức năng nhiệm vụ được giao, chủ động phối hợp với Hội Khuyến học các cấp triển khai …"; not a
                # report of what they did: "các sở, ban, ngành … đã có nhiều chuyển biến … theo chức năng, nhiệm vụ")
                chaired = bool(re.search(rf"\bchủ trì\b(?!\s+(?:{MEETING}))", sentence))
                stated = not sentence.rstrip().endswith(":") and (chaired or bool(BY_FUNCTION.search(sentence)))
                if not stated:
                    continue
            a = split_subject(read_as or sentence, is_agency)
            if a is not None and stated and not chaired and not BY_FUNCTION.match(" " + a.rest):
                a = None            # (the functions named right after the bodies, not later in the sentence)
            if a is not None and (_reported(a) or _granted(a) or (stated and REPORT.search(a.rest[:150]))):
                a = None            # what a body did, not what it is told ("Sở X đã chủ trì …", "… và đã tổ chức …")
            if a is not None and read_as and asked and asked.start() > 0 and \
                    a.subject.lower().startswith("các ") and not COLLECTIVE_START.match(_capital(a.subject)):
                a = None            # "… đồng thời giao cho các hộ dân tái định cư quản lý …": people, not bodies
            if a is not None and (not stated or a.leads):
                n += 1
                _task(doc, f"#{n}", sentence, b, b, a.leads or a.supports, a.supports if a.leads else [])
                following = True
        # a paragraph that asks nothing ends the run, unless it goes on with the last body's work, naming none ("Đồng
        # thời, chịu trách nhiệm …", "Thực hiện cưỡng chế …": the next paragraph may name the next body)
        following = following and (n > made or bool(GOES_ON.match(b.text)))


def _sentences(text: str) -> list[str]:
    """A paragraph's sentences and clauses (split after "." and ";"), a request's list of bodies kept whole across its
    semicolons ("… đề nghị UBND các tỉnh, thành phố trực thuộc trung ương; Thủ trưởng các cơ quan, đơn vị liên quan
    thuộc Bộ phối hợp tổ chức …": the bodies run on to the verb)."""
    out: list[str] = []
    for part in re.split(r"(?<=[.;])\s+", text):
        last = out[-1] if out else ""
        if last.endswith(";") and (HEAD_START.match(part) or HEAD_TITLE_START.match(part)) and \
                not part.startswith(("Giao", "Đề nghị")) and _runs_on(last):
            out[-1] = f"{last} {part}"      # the request's bodies go on after the semicolon
        else:
            out.append(part)
    return out


def _runs_on(clause: str) -> bool:
    """Whether the bodies a clause ending in ";" names go on after it: a request's, before their verb, or bodies named
    with no verb ("Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn tuyên truyền …")."""
    asked = REQUEST_BY.search(clause) or REQUEST.search(clause)
    if asked and not VERB_CUT.search(clause, asked.end()):
        return True
    return bool(COLLECTIVE_START.match(clause)) and not CLAUSE_VERB_CUT.search(clause) and len(clause.split()) <= 12


def _ends(text: str) -> bool:
    """The recipients' list ("Nơi nhận:") or a signature's line: where a letter's items end."""
    return bool(END.match(text)) or key(text).startswith("nơi nhận")


# a past action: what a body did ("Công an tỉnh đã xử lý 45 vụ …", "Sở X đã chủ trì, phối hợp tổ chức thành công …")
REPORT = re.compile(r"\b(?:đã|vừa qua)\b")
# what a body did or did not do, before what it is said to be charged with ("… đã chịu trách nhiệm thi hành …", "…
# chưa đáp ứng tiêu chuẩn và yêu cầu …")
DONE_OR_NOT = re.compile(r"\b(?:đã|chưa|vừa)\b")
REPORTED_SUBJECT = re.compile(r"\s(?:đã|đang|vừa)$")
# land or a building handed over, not work: "giao Công an tỉnh quản lý, sử dụng khu đất …"
GRANT = re.compile(r"(?:quản lý,?\s*(?:và\s+)?)?sử dụng\b")


def _reported(a: Assignment) -> bool:
    return bool(REPORTED_SUBJECT.search(a.subject)) or a.rest.startswith("đã ")


def _granted(a: Assignment) -> bool:
    return bool(GRANT.match(a.rest))


def _body(subject: str, is_agency: IsAgency) -> bool:
    """A body's name, known or not, or a collective of bodies."""
    return is_agency(subject) or _named_body(subject) or bool(COLLECTIVE_START.match(_capital(subject)))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _named_body(subject: str) -> bool:
    """A body's name the gazetteer need not know, as a sentence's subject: its head word and capital, a few words, no
    verb ("Phòng Giáo dục và Đào tạo", "Trung tâm Văn hóa, Thể thao và Truyền thông")."""
    return bool(HEAD_START.match(subject)) and subject[:1].isupper() and len(subject.split()) <= 12 and \
        not VERB_CUT.search(subject) and (not subject.startswith("Các ") or bool(COLLECTIVE_START.match(subject)))


# a collective of bodies, not of things ("Các cơ quan, ban, ngành …", not "Các chế độ báo cáo …")
# (the ministries too, "các bộ ngành, địa phương", not "các bộ phận", "các bộ hồ sơ")
COLLECTIVE_START = re.compile(r"Các\s+(?:bộ(?!\s+(?:phận|máy|đội|hồ sơ|tiêu chí|sách|luật)\b)|cơ quan|sở|ban|"
                              r"ngành(?!\s+hàng)|đơn vị|phòng|hội(?!\s+viên)|đoàn thể|địa phương|tổ chức|"
                              r"trường(?!\s+hợp\b)|"
                              # ("Các quận - huyện ủy", "Các huyện, thị, thành ủy": the levels listed before "ủy")
                              r"(?:quận|huyện|thị|thành|đảng|cấp)(?:\s*[-,]\s*(?:quận|huyện|thị|thành))*\s+[uủ][ỷy]|"
                              r"chi bộ)\b")


# what a heading adds after the name in brackets, saying what the bodies are ("1. Các sở, ban, ngành cấp tỉnh (là chủ
# đầu tư, cơ quan chủ trì dự án …):"): no part of the name (unlike "UBND các huyện (thị xã, thành phố)")
APPOSITION = re.compile(r"\s*\((?:là|sau đây|gọi tắt)\b[^()]*\)$")


def _heading_name(text: str) -> str:
    """The name a heading gives, without its closing punctuation, an apposition in brackets and "có trách nhiệm"."""
    return RESPONSIBLE.sub("", APPOSITION.sub("", text.strip(" .:")).strip(" .:"))


# "a) Cục Thuế có trách nhiệm:": the heading names the body whose duties follow
RESPONSIBLE = re.compile(r"\s+(?:có|chịu)\s+trách\s+nhiệm(?:\s+(?:thực hiện|triển khai))?(?:\s+(?:các|những)\s+"
                         r"(?:nhiệm vụ|nội dung)(?:\s+sau(?: đây)?)?)?$")


def _bare_agency(text: str, is_agency: IsAgency) -> bool:
    """"Trung tâm Văn hóa - Thông tin và Thể thao": a heading that only names an agency."""
    t = _heading_name(text)
    return bool(t) and len(t) <= BARE_AGENCY_MAX and bool(HEAD_START.match(t)) and not INTRO.match(t) and \
        not VERB_CUT.search(t) and not re.search(r"[;:]|\bchủ trì\b|\bphối hợp\b", t) and \
        (is_agency(t) or t[:1].isupper())


def _has_points(blocks: list[Block], i: int) -> bool:
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and (nxt.kind == "bullet" or nxt.enum_kind == "alpha")


def _rejoin(text: str, rest: list[Block]) -> str:
    """A hard-wrapped article whose next line began with "- " ("Giám đốc các Sở: Lao động" / "- Thương
    binh và Xã hội, ...") was cut into a bullet: join it back, dash included."""
    for b in rest:
        if b.kind == "bullet" and b.marker == "-" and text and not re.search(r"[.;:!?]\s*$", text):
            text = f"{text} - {b.text}"
        else:
            break
    return text


def _numbered(doc: Document) -> Index:
    """The tasks by every head of their id before a "#" ("Điều 2.3#4" under "Điều 2.3"): how many
    start with "<head>#", without a scan of the tasks for each point."""
    return doc.index("task id heads", doc.tasks,
                     lambda t: [t.local_id[:i] for i, c in enumerate(t.local_id) if c == "#"])


def _last(blocks: list[Block]) -> Block:
    return blocks[-1]


def _task(doc: Document, local_id: str, text: str, first: Block, last: Block, leads: list[str],
          supports: list[str]) -> None:
    # the first of local_id, local_id~2, ... not taken: looked up in an index, starting from the
    # suffix given last time (every task scanned once per candidate id was cubic on repeated articles)
    lid = doc.task_ids().free(local_id)
    doc.tasks.append(Task(lid, None, text.strip(), doc.span(first.start, last.end), None, list(leads),
                          list(supports)))

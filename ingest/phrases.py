"""How a sentence says who does what: agency subjects, lead and support phrases.

Layout extractors (tasks.py, clauses.py, duties.py) find where assignments are printed; this
module reads the sentence itself:
- lead phrases: "Sở X chủ trì, phối hợp với Y, Z triển khai ..." -> leads "Sở X", supports "Y, Z",
  the task text that follows;
- per-agency headings: "Đề nghị Cơ quan UBMTTQVN phường" -> "Cơ quan UBMTTQVN phường";
- subjects of duty sentences: "Trên cơ sở ..., Sở Tài chính phối hợp các đơn vị bố trí kinh phí"
  -> subject "Sở Tài chính", role lead, supporters "các đơn vị";
- heads named for their bodies: "Chánh Văn phòng UBND tỉnh" -> "Văn phòng UBND tỉnh", "Giám đốc
  các sở: Y tế, Tài chính" -> "các sở: Y tế, Tài chính", "Chủ tịch UBND các huyện" -> "UBND các huyện".
Agency names stay as printed; resolution happens in the RDF builder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .numbers import UPPER

IsAgency = Callable[[str], bool]

# (after "các" or "những" a verb is a noun: "các tổ chức chính trị - xã hội")
VERB_CUT = re.compile(r"(?<![Cc]ác)(?<!những)\s+(?:để\s+|cùng\s+)?(?:thực hiện|(?<=cùng )hưởng ứng|triển khai|"
                      r"tổ chức|tham mưu|xây dựng|đẩy mạnh|hướng dẫn|kiểm tra|tuyên truyền|vận động|rà soát|lồng ghép|"
                      r"bố trí|đảm bảo|bảo đảm|nâng cao|tăng cường|theo dõi|tổng hợp|đánh giá|vận hành|duy trì|"
                      r"ưu tiên|nghiên cứu|"
                      r"phát triển|hỗ trợ thực hiện|tiếp tục|nêu cao|thống kê|nắm bắt|xử lý|giải quyết|thống nhất|"
                      r"khắc phục|bám sát|nghiêm túc|thẩm định|cân đối|đẩy nhanh|khẩn trương|quán triệt|đôn đốc|"
                      r"đăng tải|"
                      # (a committee told to see to something, to send its people: "… đề nghị Chủ tịch UBND các tỉnh
                      # quan tâm chỉ đạo …", "Bộ Quốc phòng, Bộ Công an … cử đại diện phối hợp …")
                      r"quan tâm|tập trung chỉ đạo|cử (?:đại diện|cán bộ|lãnh đạo)|"
                      # (acting for another: "Giao Bộ trưởng Bộ Tài nguyên và Môi trường thừa ủy quyền Thủ tướng …")
                      r"thừa (?:ủy|uỷ) quyền|thay mặt|"
                      # (signing a contract: "giao Trung tâm Xúc tiến … thành phố ký hợp đồng với Báo …")
                      r"ký hợp đồng|ký kết)\b"
                      # "Sở Công thương chỉ đạo kiểm tra …", "… quản lý" (not "Ban chỉ đạo …", "Ban quản lý …", names)
                      r"|(?<![Bb]an)\s+(?:chỉ đạo|(?:để\s+)?quản lý)\b"
                      # "Giao Công an, Tổ Quản lý đô thị, Ban Văn hóa thông tin phường gửi thông báo …" (what is sent:
                      # not "Nhà gửi trẻ", "bãi gửi xe", "Bảo hiểm Tiền gửi")
                      r"|\s+gửi\s+(?:thông báo|báo cáo|văn bản|kết quả|hồ sơ|số liệu)\b")
# verbs that end a list of supporters in decisions and letters ("... và các đơn vị liên quan giúp UBND
# huyện tổ chức ...", "... căn cứ Kế hoạch ..."; "chỉ đạo" as VERB_CUT has it, not in "Ban chỉ đạo")
CLAUSE_VERB_CUT = re.compile(VERB_CUT.pattern + r"|\s+(?:giúp|căn cứ|tiến hành|chịu trách nhiệm|có trách nhiệm|"
                             r"cụ thể hóa|cụ thể hoá|hoàn thiện|thường xuyên|khẩn trương|chủ động|kịp thời|"
                             r"định kỳ|hằng năm|hàng năm|báo cáo|đề xuất|để)\b")
# (not "Ban hành …", "Phòng, chống …": verbs)
HEAD_START = re.compile(r"^(Sở|Bộ|Ban(?!\s+hành\b)|Phòng(?!\s*,|\s+(?:chống|ngừa)\b)|Văn phòng|Công an|UBND|"
                        # (not a meeting, a contest or a case: "Hội nghị được tổ chức …", "Trường hợp không thể …")
                        r"Ủy ban|Uỷ ban|Hội(?!\s+(?:nghị|thi|thảo|diễn|chợ)\b)|Trung tâm|Trường(?!\s+hợp\b)|"
                        r"Tỉnh đoàn|Đài|Báo(?!\s+cáo\b)|Các|các|Cơ quan|Đề nghị|Trạm|Thanh tra|Ngân hàng|Liên đoàn|"
                        # (a ministry's department: "Điều 2. Vụ Kế hoạch chủ trì, phối hợp với …")
                        rf"Bảo hiểm|BHXH(?=\s+(?:Việt Nam|tỉnh|thành phố|huyện|quận|thị xã|khu vực|các|Bộ|Công an|"
                        r"Ban)\b)|"
                        rf"Chi cục|Cục|Tổng cục|Vụ(?=\s+[{UPPER}])|Mạng lưới|Bộ Chỉ huy|Ban Chỉ huy|Giao|"
                        # (the Party's committees: "Đảng ủy Khối các cơ quan tỉnh chủ trì …", "Cấp ủy các chi bộ trực
                        # thuộc …", "Các quận ủy, huyện ủy …" after a request)
                        r"Đảng [uủ][ỷy]|Tỉnh [uủ][ỷy]|Thành [uủ][ỷy]|Huyện [uủ][ỷy]|Quận [uủ][ỷy]|Thị [uủ][ỷy]|"
                        r"[Cc]ấp [uủ][ỷy]|[Cc]hi bộ)\b")
# a committee's members, as the bodies a request names ("Đề nghị thành viên Ban Chỉ đạo … huyện tham gia chỉ đạo …"; not
# elsewhere: "Thành viên Ban Chỉ đạo chịu trách nhiệm trước Trưởng ban …" states who answers to whom)
MEMBERS_START = re.compile(r"^[Tt]hành viên(?=\s+(?:Ban|BCĐ|Hội đồng|Tổ|Ủy ban|Uỷ ban|UBND)\b)")
# (not one chairing a meeting: "Phó Chủ tịch UBND huyện … chủ trì cuộc họp", a news page's, gives no task; "chủ trì hội
# nghị sơ kết …", "chủ trì lễ kỷ niệm …" in a plan are tasks: to organise them)
MEETING = r"(?:cuộc|buổi|phiên)\s+(?:họp|làm việc)\b"
# (an adverb before the verb is no part of the subject: "Các thành viên Chính phủ cũng chủ trì làm việc với …", "Sở X
# tiếp tục chủ trì …"; nor is "được giao", assigned: "Hội Chữ thập đỏ tỉnh được giao là cơ quan Thường trực …")
# (and who assigned it: "Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp …", "… được UBND
# tỉnh Quảng Nam giao nhiệm vụ chủ trì …", "… được Chủ tịch UBND tỉnh giao chủ trì …")
_ADVERB = r"(?:cũng|sẽ|vẫn|tiếp tục|trực tiếp|được\s+giao|được(?:\s+(?!giao\b)[^\s,;.]+){1,8}?\s+giao(?:\s+nhiệm vụ)?)"
ADVERB_END = re.compile(rf"(?:\s+{_ADVERB}){{1,2}}$")
LEAD_PHRASE = re.compile(rf"^(?P<leads>.{{3,220}}?)(?:\s+{_ADVERB}){{0,2}}\s+chủ trì\b"
                         rf"(?!\s+(?:{MEETING}))[,;]?\s*(?P<rest>.*)$", re.S)
GROUP_DUTY = re.compile(r"^(?P<leads>.{3,220}?)\s+(?:có trách nhiệm\s+)?(?:thực hiện|triển khai(?: thực hiện)?)"
                        r"\s+(?:các|những)\s+(?:nhiệm vụ|nội dung)[^:]{0,60}:\s*$", re.S)
SUPPORT_AFTER = re.compile(r"^(?:và\s+)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+(?P<sup>.*)$", re.S | re.I)
PARTNERS_LATER = re.compile(r"(?:[,;]|\s)\s*(?:và\s+)?(?:chủ trì\s*[,;]?\s*(?:và\s+)?)?(?P<p>phối hợp\b)", re.I)
LEAD_THEN_PARTNERS = re.compile(r"\bchủ trì\s*[,;]?\s*(?:và\s+)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+", re.I)

# Titles of the heads of bodies, as decisions name those who carry them out ("Chánh Văn phòng
# UBND tỉnh", "Giám đốc các sở: ...", "Thủ trưởng các cơ quan, đơn vị có liên quan").
# ("Các ông, bà:", "Các ông (bà):", "Các ông/bà:", "Các Ông :", "Các ông" before the titles)
HEAD_TITLE = (r"(?:[Cc]ác\s+)?(?:[ôÔ]ng(?:,?\s*\(?[bB]à\)?|\s*/\s*[bB]à)?\s*:?\s*)?"
              r"(?i:(?:phó\s+)?(?:chánh(?=\s+(?:văn phòng|thanh tra))|(?:tổng\s+)?giám đốc|"
              # ("Chù tịch": its tone mark misprinted, Cà Mau, 2014)
              r"thủ trưởng|ch[ủù] tịch|tổng biên tập|trưởng(?=\s+(?:các\s+)?(?:ban|phòng))|viện trưởng|"
              r"(?:tổng\s+|chi\s+)?cục trưởng|vụ trưởng|chỉ huy trưởng|hiệu trưởng|bộ trưởng|bí thư|"
              r"lãnh đạo(?=\s+(?:các\s+)?(?:sở|ban|bộ|ngành|ủy|ubnd|phòng|cơ quan|đơn vị)\b)))"
              # (a colon before the bodies: "Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin …")
              r"(?:\s*:\s*|\s+|(?=\s*[,;]|\s*$))")
HEAD_TITLE_START = re.compile(r"^" + HEAD_TITLE)
# a head's title with no body after it, which stands for every body of its kind
BARE_HEAD = re.compile(r"(?:[Cc]ác\s+)?(?i:(?P<body>bộ|vụ|cục|viện)\s+trưởng)")
# where a list of heads splits into the next head: "...; Giám đốc ...", "..., Chủ tịch ...", "... và Thủ trưởng ..."
HEAD_SPLIT = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|\s+và\s+)(?=" + HEAD_TITLE + r")")
# "... chịu trách nhiệm thi hành Quyết định này", "... căn cứ Quyết định thi hành"
EXECUTION = re.compile(r"^(?P<who>.+?)[,;]?\s+(?:có trách nhiệm|chịu trách nhiệm|căn cứ)\s+(?:thi hành|"
                       r"(?i:Quyết định|Chỉ thị|Nghị quyết|Kế hoạch)(?: này)?\s+(?:thi hành|thực hiện))", re.S)

# the role an agency is given by what it is made: "là cơ quan …", "làm đơn vị …"
AS_BODY = r"(?:là|làm) (?:cơ quan|đơn vị)"
# What follows a duty's subject: its role marker or its first verb.
SUBJECT_END = re.compile(rf"\s*(?:[-–]\s+|:\s*)|\s+(?:{AS_BODY}|(?:là|làm) đầu mối|"
                         # ("Sở Lao động … trên cơ sở Đề án được phê duyệt, tiến hành phối hợp …": what it goes by)
                         r"chủ trì|phối hợp|có trách nhiệm|có nhiệm vụ|chịu trách nhiệm|theo chức năng|căn cứ|"
                         r"(?<!cấp )trên cơ sở|giúp|tiến hành|"
                         # (an adverb of manner before the verb: "… UBND các huyện, thành phố tích cực tuyên truyền …";
                         # one capitalised by mistake too, "giao Sở Nông nghiệp … Thường xuyên tổng hợp …")
                         r"hằng năm|hàng năm|định kỳ|[Tt]hường xuyên|chủ động|khẩn trương|tích cực|cụ thể hóa|"
                         r"cụ thể hoá|"
                         # ("đề nghị các sở ngành liên quan tập trung triển khai …", "… đề nghị Ủy ban nhân dân tỉnh báo
                         # cáo các nội dung sau đây:"; not a body of "báo cáo viên")
                         # ("tham gia" before the work it joins in: "… thành viên Ban Chỉ đạo … tham gia chỉ đạo …"; not
                         # membership: "Các cơ quan, đơn vị tham gia Ban Chỉ đạo …", "Các xã tham gia Dự án 2 …")
                         r"tập trung|báo cáo(?!\s+viên)|tham gia(?=\s+(?:chỉ đạo|thực hiện|triển khai|phối hợp|ý kiến|"
                         r"góp ý|đóng góp|kiểm tra|giám sát|tuyên truyền)\b)|"
                         # ("yêu cầu … Thủ trưởng các Sở, Ban, ngành có liên quan không được chủ quan và cần phải …")
                         r"không được|không để|cần phải|phải|"
                         # ("giao UBND huyện Tam Đường chuẩn bị báo cáo …", not a preparatory board's name; "giao Chánh
                         # Thanh tra tỉnh làm tổ trưởng tổ công tác …")
                         r"(?<!\b[Bb]an\s)chuẩn bị|làm (?:tổ trưởng|trưởng đoàn|trưởng ban|thường trực))\b"
                         + "|" + VERB_CUT.pattern)
LEAD_ROLE = re.compile(rf"^{AS_BODY}\s+(?:đầu mối|thường trực|chủ trì|chủ quản|"
                       r"chuyên môn)|^(?:là|làm) đầu mối\b|"
                       r"^[-–]?\s*cơ\s*quan\s+(?:thường trực|đầu mối)|^chủ trì\b", re.I)
# the request, and the body making it when the sentence names it first ("Bộ Y tế giao Cục … chủ trì")
# the body making a request ("UBND tỉnh", "Chủ tịch UBND huyện Lý Sơn", "Bộ Y tế", "Thủ tướng Chính phủ"), before
# its verb
REQUEST_VERBS = "giao|đề nghị|yêu cầu"


# words no name of a body holds: a verb, an auxiliary, a quantifier, a preposition opening what follows the name
_NOT_NAME = (r"(?:được|đã|đang|sẽ|vừa|chủ trì|phối hợp|họp|các|nhiều|những|một|tiếp nhận|bảo đảm|đảm bảo|giao|đề nghị|"
             r"yêu cầu|cùng|tại|theo|của|cho|với|trong|thống nhất|có|thường xuyên|tiếp tục|kịp thời|đồng thời|cũng|"
             r"luôn|đều|chỉ|vẫn|liên tục|nhiều lần|kiên quyết|quyết liệt)\b")


def requester(verbs: str = REQUEST_VERBS) -> str:
    """The pattern of the body making a request, up to one of `verbs` (not taken)."""
    # (a Party committee's or its boards', a department's: "Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện …",
    # "Sở Giáo dục và Đào tạo yêu cầu các phòng …")
    return (r"(?:(?:(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)|Bộ|Sở|(?:Tỉnh|Thành|Huyện|Đảng)\s+ủy|"
            r"Ban\s+(?:Thường vụ|Tuyên giáo|Dân vận|Tổ chức)(?=\s+(?:Tỉnh|Thành|Huyện|Đảng)\s+ủy))"
            r"(?:\s+[A-ZĐÀ-Ỹa-zđà-ỹ&,.-]+){0,7}?"
            # (a national body's, a steering board's: "Ban Chỉ đạo Trung ương về phòng, chống thiên tai yêu cầu …",
            # "Tổng cục Thuế đề nghị Cục Thuế các tỉnh …", "Bảo hiểm xã hội Việt Nam đề nghị …")
            # (its name's words no verb, no word of a clause after it: not "… tỉnh được giao chủ trì", "… chủ trì,
            # bảo đảm các yêu cầu", "Ban Quản lý Khu kinh tế, nhiều doanh nghiệp đề nghị"; a request's verb only, not
            # "chỉ đạo": "Năm 2026, Cục Thống kê tỉnh chỉ đạo …" reports)
            r"|(?:Ban|Tổng cục|Cục|Ủy ban|Uỷ ban|Văn phòng|Bảo hiểm xã hội|BHXH|Ngân hàng|Kho bạc)\s+[A-ZĐ]"
            rf"[A-ZĐÀ-Ỹa-zđà-ỹ]*(?:\s+(?!{_NOT_NAME})[A-ZĐÀ-Ỹa-zđà-ỹ&,.-]+){{0,9}}?"
            r"(?=\s+(?:trân trọng\s+)?(?:giao|đề nghị|yêu cầu)\s)"
            # (not "theo yêu cầu" / "theo đề nghị", as asked: "… báo cáo Bộ Tài nguyên và Môi trường theo yêu cầu …")
            rf"|(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?|Chính phủ"
            # (the document a notice reports: "… vừa có Công văn số 1817/VP-ĐTĐT đề nghị UBND quận …", "Công điện yêu
            # cầu UBND huyện …")
            # (its date too: "… đã có Công văn số 3015/UBND-TN ngày 23/8/2018 yêu cầu Thủ trưởng các cơ quan …")
            # (a decision a notice reports: "Cũng tại Quyết định giao Văn phòng Điều phối nông thôn mới tỉnh; …")
            r"|(?:Công văn|Văn bản|Công điện|Chỉ thị|Thông báo|Quyết định)(?:\s+(?:số\s*)?\d[^\s,;]*)?"
            r"(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?(?:\s+(?:này|nêu trên))?"
            # (not a compound of "giao": "… UBND tỉnh về kế hoạch Ngoại giao văn hóa", "bàn giao", "giao thông")
            # (a courtesy before the verb: "Bộ Văn hóa, Thể thao và Du lịch trân trọng đề nghị …")
            rf")(?<![Tt]heo)(?<![Nn]goại)(?<![Bb]àn)(?<![Cc]huyển)\s+(?:trân trọng\s+)?(?=(?:{verbs})(?:\s|:\s))"
            r"(?!giao\s+(?:thông|dịch|lưu|thương|nhận|khoán|ban|trả|nộp)\b)")


# a request's verb opening a sentence or a clause (its first letter either case)
REQUEST_VERB = r"(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)"
# (a colon after the verb, before the bodies asked: "UBND Thành phố giao: UBND cấp xã thực hiện …")
# (an assent before it: "1. Thống nhất chủ trương giao UBND huyện Thọ Xuân xây dựng Đề án …"; not "Đồng ý giao …", which
# mostly hands over land or assets)
INTRO = re.compile(rf"^(?:{requester()})?(?:Thống nhất(?:\s+chủ trương)?\s+)?{REQUEST_VERB}(?:\s*:)?\s+(?:cho\s+)?")
ROLE_MARK = re.compile(rf"^(?:{AS_BODY}|(?:là|làm) đầu mối|chủ trì|phối hợp|có trách nhiệm|"
                       r"chịu trách nhiệm)")
LIST_INTRO_END = re.compile(r"\b(?:các [Ss]ở|các đơn vị|các cơ quan|các [Vv]ụ|các [Pp]hòng|các [Cc]ục|gồm)$")


def lead_phrase(text: str, bodies: bool = False) -> tuple[str, str, str] | None:
    """"Sở X chủ trì, phối hợp với Y: ..." -> (leads, supports, inline task text) or None. `bodies`: the text is
    known to name bodies (a form's "Đơn vị thực hiện:" field), whatever its first word ("Thư viện tỉnh chủ trì …")."""
    m = LEAD_PHRASE.match(text)
    if m and (bodies or HEAD_START.match(m.group("leads"))):
        leads, rest = m.group("leads"), m.group("rest")
        supports = ""
        inline = rest
        sm = re.match(r"^(?:và\s+)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+(?P<sup>.*)$", rest, re.S)
        if sm:
            sup = sm.group("sup")
            colon = sup.find(":")
            verb = VERB_CUT.search(sup)
            cut = min([x for x in (colon if colon >= 0 else None, verb.start() if verb else None)
                       if x is not None], default=len(sup))
            supports = sup[:cut]
            inline = sup[cut:]
        inline = inline.strip()
        if inline.startswith(":"):
            inline = inline[1:]
        elif re.match(r"^[^:]{0,80}:", inline) and VERB_CUT.match(" " + inline):
            # "triển khai thực hiện các nội dung:" introduces the bullets that follow
            head, _, after = inline.partition(":")
            if re.search(r"\b(nhiệm vụ|nội dung|cụ thể|sau|tập trung)\b", head):
                inline = after
        return leads.strip(), supports.strip(" ,;"), inline.strip()
    m = GROUP_DUTY.match(text)
    if m and HEAD_START.match(m.group("leads")):
        return m.group("leads").strip(), "", ""
    return None


def heading_agencies(title: str) -> str:
    """The agencies a responsibility heading names: "Đề nghị Cơ quan UBMTTQVN phường" ->
    "Cơ quan UBMTTQVN phường"; "Bộ Chỉ huy ..., và các Sở: A; B thực hiện theo Phụ lục" ->
    "Bộ Chỉ huy ..., và các Sở: A; B"."""
    title = re.sub(r"^(Đề nghị|Giao)\s+", "", title)
    return re.split(r"\s+(?:thực hiện theo|có trách nhiệm|theo chức năng)\b", title)[0]


def supports_after_lead(text: str) -> list[str]:
    """Supporters of a bullet under an agency heading: "Chủ trì, phối hợp với Y triển khai ..." -> ["Y"]."""
    m = re.match(r"^(?:Chủ trì,?\s*)?phối hợp(?:\s+chặt chẽ)?\s+với\s+(?P<sup>.+)$", text, re.I | re.S)
    if not (m and text.lower().startswith("chủ trì")):
        return []
    sup = m.group("sup")
    verb = VERB_CUT.search(sup)
    s = (sup[:verb.start()] if verb else sup.split(":")[0]).strip(" ,;")
    return [s] if s else []


def body_of_head(phrase: str) -> str:
    """The body a head stands for: "Chánh Văn phòng UBND tỉnh" -> "Văn phòng UBND tỉnh", "Giám đốc
    các sở: Y tế, Tài chính" -> "các sở: Y tế, Tài chính", "Tổng biên tập Báo X" -> "Báo X"."""
    body = HEAD_TITLE_START.sub("", phrase.strip(), count=1).strip()
    if body != phrase.strip() and re.match(r"(?:văn phòng|thanh tra)\b", body):
        body = body[0].upper() + body[1:]          # "Chánh văn phòng HĐND …": the body is "Văn phòng HĐND …"
    if not body and (bare := BARE_HEAD.fullmatch(phrase.strip(" ,;."))):
        # "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, …": the ministries; "… Chánh Thanh tra Bộ, Vụ trưởng, Cục
        # trưởng, …" in a ministry's decision: its departments
        return "các " + bare.group("body").capitalize()
    if body[:1] in ",;" and (bare := BARE_HEAD.match(phrase.strip())) and bare.group(0)[:3].lower() == "các":
        # the same before the other heads of a sentence: "yêu cầu các bộ trưởng, Chủ tịch UBND các tỉnh, thành phố
        # tiếp tục theo dõi …" (not one minister's two titles: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
        return "các " + bare.group("body").capitalize() + body
    # "Trưởng ban Ban Dân tộc tỉnh": the title's "ban" is not the body's
    return re.sub(r"^(?:ban|phòng)\s+(?=(?:Ban|Phòng)\b)", "", body)


def heads_to_bodies(who: str) -> list[str]:
    """A list of heads ("Chánh Văn phòng UBND tỉnh; Giám đốc các sở: A, B; Chủ tịch UBND các huyện
    và Thủ trưởng các cơ quan có liên quan") -> the bodies they head, one phrase per head."""
    out = []
    for piece in HEAD_SPLIT.split(who):
        # (a body named without its head among them, after a semicolon: "…; Giám đốc Quỹ Phòng chống thiên tai; Ban
        # Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh; Thủ trưởng …")
        for part in _body_parts(piece):
            body = body_of_head(part).strip(" ,;.")
            if body:
                out.append(body)
    return out


def _body_parts(piece: str) -> list[str]:
    """`piece` cut at each semicolon that a body's full name follows (not the names of a list after a colon, "Giám đốc
    các Sở: Tài chính; Giao thông vận tải", "UBND các huyện: Ý Yên; Vụ Bản"; nor a word of a collective, "các Sở; Ban,
    ngành tỉnh")."""
    parts = [""]
    for chunk in re.split(r"(\s*;\s*)", piece):
        if chunk.strip() == ";" or not chunk:
            parts[-1] += chunk
        elif parts[-1].rstrip().endswith(";") and BODY_NAME_START.match(chunk):
            parts.append(chunk)
        else:
            parts[-1] += chunk
    return parts


# the start of a body's full name, as an article lists it after a semicolon
BODY_NAME_START = re.compile(r"(?:Sở|Ban|Ủy ban|Uỷ ban|UBND|Công an|Bộ Chỉ huy|Quỹ|Trung tâm|Văn phòng|Chi cục|Cục|"
                             r"Kho bạc|Đài|Báo|Bảo hiểm|Ngân hàng|Thanh tra|Liên đoàn|Bệnh viện|Trường|"
                             r"Các\s+(?:thành viên|cơ quan|đơn vị|sở|ban|ngành|tổ chức|đoàn thể|hội))\s+[^\s,;]")


@dataclass
class Assignment:
    """Who a sentence assigns, and the sentence's remaining text."""
    subject: str
    leads: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)
    rest: str = ""


# a name in quotes ("phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”")
QUOTED = re.compile(r'[“"][^“”"\n]{1,150}[”"]')


def cut_supporters(text: str) -> tuple[str, str]:
    """"Y, Z và các đơn vị liên quan giúp UBND huyện tổ chức ..." -> ("Y, Z và các đơn vị liên quan",
    "giúp UBND huyện tổ chức ...")."""
    # (a name in quotes is read past, verbs and all: "Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn
    # hóa”, Ban điều hành các thôn thực hiện")
    text_out = QUOTED.sub(lambda q: q.group(0)[0] + "x" * (len(q.group(0)) - 2) + q.group(0)[-1], text)
    colon = text_out.find(":")
    verb = CLAUSE_VERB_CUT.search(" " + text_out)     # a verb may open the text ("phối hợp tham mưu ...")
    cut = min([x for x in (colon if colon >= 0 else None, max(0, verb.start() - 1) if verb else None)
               if x is not None], default=len(text))
    # a cut before a noun that is also a verb ("… và các tổ chức chính trị - xã hội") leaves its "các" behind
    found = re.sub(r"(?:[\s,;]+(?:và|cùng|các|những))+$", "", text[:cut].strip(" ,;"))
    return found.strip(" ,;"), text[cut:].strip(" :")


# a council's term after a dash: part of its name as a sentence's subject, not the start of its task
TERM_AFTER_DASH = re.compile(r"\s*(?:kh[oó]a|khoá|nhiệm kỳ)\s")
# the mass organisations, "chính trị - xã hội", their dash no end of a subject
SOCIO_POLITICAL = re.compile(r"chính trị\s*[-–]\s*xã hội", re.I)
# kinds of bodies or units joined by a dash, one collective ("các sở - ban - ngành", "Ủy ban nhân dân quận - huyện,
# phường - xã"): its dash no end of a subject either
_KINDS = r"(?:sở|ban|ngành|quận|huyện|phường|xã|thị xã|thị trấn|thành phố|tỉnh)"
KINDS_DASHED = re.compile(rf"\b{_KINDS}\s*[-–]\s*{_KINDS}\b", re.I)


def split_subject(text: str, is_agency: IsAgency, max_len: int = 200, lax: bool = False,
                  heads: bool = False) -> Assignment | None:
    """The agencies a duty or clause sentence opens with, and their roles.

    "Giao Sở Nội vụ là cơ quan đầu mối, phối hợp với các sở ... tham mưu ..." -> lead Sở Nội vụ,
    support các sở ...; "Trên cơ sở đề xuất của ..., Sở Tài chính phối hợp các đơn vị bố trí kinh phí"
    -> lead Sở Tài chính, support các đơn vị; "Sở Ngoại vụ phối hợp tham mưu ..." (no partner named)
    -> support Sở Ngoại vụ. None when the sentence does not open with agencies.

    The subject ends at a role marker or a verb ("Sở X tham mưu ..."); a dash or colon may sit
    inside a name ("Sở Lao động - Thương binh và Xã hội", "các Sở: A, B"), so the subject runs past
    one when what precedes it is not an agency name. A subject the gazetteer does not know is
    accepted before a role marker ("Ban chỉ đạo ... phối hợp với ..."), before a colon that opens
    its task ("Phòng X huyện: Tổ chức ..."), after a request ("đề nghị các phòng, ban chuyên môn
    cụ thể hóa ..."), and, with `lax` (the item lists assignees: "Các đơn vị sau đây chịu trách
    nhiệm: 1. ..."), before its first verb."""
    text = text.strip()
    for candidate in _openings(text):
        body = INTRO.sub("", candidate, count=1)
        requested = body != candidate
        # (with `heads`, a decision's article: bodies named by their heads and told what to do on what grounds are
        # addressed as a request's are, "Điều 2. Thủ trưởng các sở - ngành, Chủ tịch Ủy ban nhân dân các quận - huyện
        # căn cứ chức năng, nhiệm vụ được giao xây dựng chương trình …"; not what heads did or may do, in a report, a
        # meeting's record or a grant of powers)
        headed = heads and bool(HEAD_TITLE_START.match(body))
        body = body_of_head(body)
        if not HEAD_START.match(body) and not (requested and MEMBERS_START.match(body)):
            continue
        first_verb = None
        for m in SUBJECT_END.finditer(body):
            if m.start() == 0:
                continue
            if m.start() > max_len:
                break
            subject = body[:m.start()].strip(" ,;")
            sep = m.group(0).strip()
            if subject.count("(") > subject.count(")"):
                continue            # a word inside brackets: "các sở (sau đây gọi tắt là các cơ quan chủ trì) …"
            if sep.startswith(":") and LIST_INTRO_END.search(subject):
                continue            # "các Sở: A, B" - the colon opens the list of names
            if sep[:1] in "-–" and not LEAD_ROLE.match(body[m.start():].lstrip()) and \
                    (not body[m.end():m.end() + 1].islower() or TERM_AFTER_DASH.match(body, m.end())
                     or SOCIO_POLITICAL.search(body, max(0, m.start() - 12), m.end() + 6)
                     or KINDS_DASHED.search(body, max(0, m.start() - 10), m.end() + 11)):
                continue            # "Sở Lao động - Thương binh và Xã hội": the name goes on; so does a council's
                #                     term ("Hội đồng nhân dân quận 10 - khóa IX, kỳ họp thứ 16 giao …") and "các
                #                     đoàn thể chính trị - xã hội"; not a role after it, "Sở X - Cơ quan Thường
                #                     trực …", which ends the subject
            # (a request to a list of heads may name many: "yêu cầu Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp
            # tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố, Giám đốc các Ban Quản lý dự án …, các chủ đầu tư")
            words = 60 if (requested or headed) and HEAD_SPLIT.search(subject) else 25
            # (what brackets say is no verb of the subject: "Giao UBND các huyện (trừ các huyện đã hoàn thành việc rà
            # soát) tổ chức rà soát …")
            bare = re.sub(r"\([^()]*\)", "", subject)
            plain = not VERB_CUT.search(bare) and len(bare.split()) <= words
            if is_agency(subject):
                return roles(subject, body[m.start():].strip())
            after = body[m.start():].lstrip()
            asked = requested or (headed and after.startswith("căn cứ ") and
                                  not re.search(r"\bđược\b(?!\s+giao\b)", after.split(".")[0]))
            if plain and (asked or ROLE_MARK.match(sep) or (sep.startswith(":") and len(subject.split()) <= 12)):
                # a known name that goes on past a word read as a verb ("Sở Nông nghiệp và phát triển nông
                # thôn chủ trì …"), else the subject as it stands
                longer = next((e for e in SUBJECT_END.finditer(body, m.end(), max_len)
                               if _name_goes_on(body[m.start():e.start()])
                               and is_agency(body[:e.start()].strip(" ,;"))), None)
                at = longer.start() if longer else m.start()
                return roles(body[:at].strip(" ,;"), body[at:].strip())
            if sep[:1] not in "-–:":
                first_verb = (subject, body[m.start():].strip()) if plain else None
                break               # a role marker or a verb ends the subject
        if lax:
            # an assignee named with verbs inside ("Ban chỉ đạo công tác lập Kế hoạch phát triển ...
            # phối hợp với ..."): up to its role marker, else up to its first verb
            for m in SUBJECT_END.finditer(body, 1, max_len + 40):
                subject = body[:m.start()].strip(" ,;")
                if ROLE_MARK.match(m.group(0).strip()) and len(subject.split()) <= 25:
                    return roles(subject, body[m.start():].strip())
            if first_verb:
                return roles(*first_verb)
    return None


def _name_goes_on(rest: str) -> bool:
    """Whether words after a verb-like word can be the rest of one name: a few words, no comma or "và"
    ("phát triển nông thôn"), not a task ("cụ thể hóa thành kế hoạch của từng cơ quan, đơn vị")."""
    return len(rest.split()) <= 4 and not re.search(r",|\bvà\b", rest)


def _openings(text: str) -> list[str]:
    """The sentence itself, and what follows an opening adverbial clause ("Trên cơ sở đề xuất của
    các sở, ban, ngành, Sở Tài chính ..." -> "Sở Tài chính ...")."""
    out = [text]
    m = re.match(r"^(?:Trên cơ sở|Căn cứ|Để|Nhằm|Sau khi|Trong|Theo)\b", text)
    if m:
        for comma in re.finditer(r",\s*", text[:250]):
            rest = text[comma.end():]
            if HEAD_START.match(rest) and not rest.startswith(("các", "Các")) or INTRO.match(rest):
                out.append(rest)
                break
    return out


def roles(subject: str, rest: str) -> Assignment:
    """The roles of `subject` given what follows it: "là cơ quan đầu mối, phối hợp với Y ..." or
    "chủ trì, phối hợp Y ..." -> lead, supporters Y; "phối hợp Y <verb> ..." -> lead (it works with
    Y), supporters Y; "phối hợp <verb> ..." with no partner named -> support."""
    subject = ADVERB_END.sub("", subject)
    a = Assignment(subject, rest=rest)
    r = re.sub(rf"^(?:{_ADVERB}\s+){{1,2}}(?=chủ trì\b|phối hợp\b)", "", re.sub(r"^[-–:]\s*", "", rest))
    lead = bool(LEAD_ROLE.match(rest.strip()) or LEAD_ROLE.match(r))
    if lead:
        # "là cơ quan đầu mối, phối hợp với ..." / "chủ trì, phối hợp ..."
        r = re.sub(rf"^{AS_BODY}\s+\S+(?:\s+\S+)?\s*[,;]?\s*|"
                   r"^(?:là|làm) đầu mối\b[,;]?\s*|^chủ trì\b[,;]?\s*", "", r, flags=re.I)
        # the role said at length before the partners ("là cơ quan thường trực về hội nhập quốc tế trên địa bàn
        # tỉnh và chủ trì, phối hợp với …"): the partners follow the first "phối hợp" of the sentence
        later = PARTNERS_LATER.search(r[:300].split(".")[0])
        if not SUPPORT_AFTER.match(r) and later:
            r = r[later.start("p"):]
    sm = SUPPORT_AFTER.match(r)
    if sm:
        partners, after = cut_supporters(sm.group("sup"))
        bodies = heads_to_bodies(partners) if partners and HEAD_TITLE_START.match(partners) else []
        if bodies:
            # partners named by their heads ("phối hợp với thủ trưởng các sở, ngành liên quan và Chủ
            # tịch UBND các huyện"): the bodies they head
            a.supports.extend(bodies)
            a.rest = after
        elif partners and (HEAD_START.match(partners) or partners[:1].isupper()):
            a.supports.append(partners)
            a.rest = after
        elif not lead:
            # "phối hợp tham mưu ...": works with someone not named here (each body of a list of heads: "Giám đốc
            # Sở Công Thương, Giám đốc Công ty …, Chủ tịch UBND thành phố Vị Thanh phối hợp tổ chức …")
            a.supports.extend(heads_to_bodies(subject) if HEAD_SPLIT.search(subject) else [subject])
            return a
    # "Ủy ban Mặt trận Tổ quốc tỉnh, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện": one body per head
    a.leads.extend(heads_to_bodies(subject) if HEAD_SPLIT.search(subject) else [subject])
    return a


def partners(text: str) -> list[str]:
    """Supporters a point names for the agency it is under: "Phối hợp các đơn vị có liên quan xây
    dựng ..." and "...; chủ trì, phối hợp với các sở, ban, ngành triển khai ..." -> the partners."""
    out = []
    starts = [m.end() for m in LEAD_THEN_PARTNERS.finditer(text)]
    m = SUPPORT_AFTER.match(text.strip())
    if m:
        starts.insert(0, len(text) - len(text.strip()) + m.start("sup"))
    for i in starts:
        found, _ = cut_supporters(text[i:])
        if found and HEAD_START.match(found) and found not in out:
            out.append(found)
    return out

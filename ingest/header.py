"""The document header: type, number, date, issuer and jurisdiction, read from the letterhead,
the "Số: …" and place-date cells and the type line, wherever a portal has put them.

Portals print the same header in many layouts: one cell per line, cells as "|"-separated rows,
a whole header on one line, cells broken over lines ("Thái" / "Bình, ngày 15" / "tháng 4 năm
2022"), literal "\\r\\n" sequences, metadata tables ("| Số hiệu | … |", "Ngày ban hành: …")
and site boilerplate before the letterhead. So the header is read from a *stream*: the first
lines flattened into one space-separated text, with a map back to line numbers, and described
by patterns that allow any spacing between their parts. Rules are keyed to these layout
patterns, never to a file or a province:

- number: the first "Số: N" cell (then a metadata "Số hiệu", then a portal title "Kế hoạch N",
  then a source line "(Nguồn: … Công văn số N …)"); lost hyphens after a type code restored
  ("QĐBGDĐT" -> "QĐ-BGDĐT"), stray spaces removed;
- date: the place-date cell "<Place>, ngày D tháng M năm Y" of a letterhead (a lone stamp line
  with no letterhead around it is a print stamp, not the date), and nothing else: a portal's
  "Ngày ban hành" field or a date in prose leaves it unknown;
- type: the symbol of the number (KH, QĐ, CT, NQ, CTr, HD, TB, ...), else the type line
  (KẾ HOẠCH, QUYẾT ĐỊNH, ...), else an official letter ("V/v", "Kính gửi", a symbol without a
  type code), else a metadata "Loại văn bản";
- issuer and jurisdiction: the letterhead's issuing body (ỦY BAN NHÂN DÂN TỈNH X, UBND HUYỆN X,
  HỘI ĐỒNG NHÂN DÂN, SỞ …, BỘ …, CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ, the central committees, a Party
  committee, a steering committee under the committee's name; each body of a joint letterhead or of
  a portal's "Cơ quan ban hành" cell; under a committee's line that lost the department's, the department whose
  name's initials the number's code is, "SGDĐT"), else the body a notice's sentence names; a place is kept only
  when the official unit lists know it (ingest/places.py), else the place-date line's place, else
  none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from .numbers import (
    _L,
    _U,
    BODY_TERM,
    DAY,
    MONTH,
    NUMBER,
    SYMBOL_PART,
    YEAR,
    YOUTH_UNION_CENTRAL,
    canonical_number,
    number_symbol,
    symbol_code_type,
    symbol_codes,
    symbol_type,
)
from .places import FORMER_PROVINCE_NAMES, Places, Unit, cities_written_out, of_kind, places, prefixes, short_name
from .reference import DEPARTMENT_CODE, council_codes, department_of_code
from .syllables import is_syllable
from .text import clean, fold, key

# how far into a document the header may be (boilerplate included)
HEADER_LINES = 120
HEADER_CHARS = 8000

# the date a stored page's first line opens with (" date 2025-06 NGHỊ QUYẾT", " date 2025-08-26 (GLO)- …")
PAGE_DATE = re.compile(r"date\s+\d{4}(?:-\d\d){0,2}\s+")
# the type line of a letterhead, as printed (upper case), longest first
TYPE_WORDS = {
    "KẾ HOẠCH": "Kế hoạch", "QUYẾT ĐỊNH": "Quyết định", "NGHỊ QUYẾT": "Nghị quyết", "CHỈ THỊ": "Chỉ thị",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG": "Chương trình", "CHƯƠNG TRÌNH": "Chương trình", "HƯỚNG DẪN": "Hướng dẫn",
    "THÔNG BÁO": "Thông báo", "KẾT LUẬN": "Kết luận", "ĐỀ ÁN": "Đề án", "BÁO CÁO": "Báo cáo",
    "CÔNG ĐIỆN": "Công điện", "CÔNG VĂN": "Công văn", "TỜ TRÌNH": "Tờ trình", "QUY CHẾ": "Quy chế",
    "QUY ĐỊNH": "Quy định", "NGHỊ ĐỊNH": "Nghị định", "THÔNG TƯ": "Thông tư",
    "LUẬT": "Luật", "PHÁP LỆNH": "Pháp lệnh", "VĂN BẢN HỢP NHẤT": "Văn bản hợp nhất", "PHƯƠNG ÁN": "Phương án",
}
# Types kehoach treats as plans (carry goals and tasks of their own).
PLAN_TYPES = {"Kế hoạch", "Chương trình"}

# "S:" where a scan dropped the "ố"; "Số:" glued to the letterhead's last word in capitals, its cells run together
# ("BAN CHẤP HÀNH TRUNG ƯƠNGSố: 367 - QĐ/TWĐTN-VP…"), or to the name of a drawing's line that a converted Word file
# prints before it ("straight connector 2Số: 1551 /UBND-VX")
SO = rf"(?:(?<![\w])|(?<=[{_U}]{{3}})(?=Số\s*:)|(?<=onnector\s\d)|(?<=onnector\s\d\d))(?:Số|SỐ|So|SO|S)\s*:"
NUMBER_CELL = re.compile(rf"{SO}\s*(?:\|\s*)?(?:{NUMBER}|(?P<blank>[/-]\s?{SYMBOL_PART}(?:\s?[-/]\s?{SYMBOL_PART})*))")
# a law's or resolution's number cell, its type before "số" ("Luật số: 89/2025/QH15", "Nghị quyết số:
# 76/2025/UBTVQH15"), opening a line or cell (in prose, "theo Nghị quyết số: …", it is a citation)
TYPED_NUMBER_CELL = re.compile(rf"(?P<typed>Nghị quyết|Luật|Nghị định|Pháp lệnh) số\s*:\s*{NUMBER}")
# a number alone on its line or cell with no colon after "Số" ("Số 445-KL/TU", a scanned Party letterhead)
BARE_NUMBER = re.compile(rf"(?:Số|SỐ)\s+{NUMBER}\s*")
BARE_NUMBER_LINES = 12
# that number in a Party letterhead read by row, between the committee's rule "*" and the Party's name ("BAN CHẤP
# HÀNH TRUNG ƯƠNG * Số 68-NQ/TW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày …")
PARTY_ROW_NUMBER = re.compile(rf"\*+\s*(?:Số|SỐ)\s+{NUMBER}(?=\s+ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)")
PARTY_ROW_REACH = 400
# the number cell without "Số" at all, in the row of the place-date cell ("59/2006/QĐ-UBND | Pleiku, ngày 08 …")
ROW_NUMBER = re.compile(rf"{NUMBER}\s*\|\s*[^|\n]{{2,40}},\s*{DAY}\b")
# a number alone on one of the first lines, without "Số", over a letter's subject or the place-date line ("4346/TCHQ-
# GSQL" / "V/v thực hiện thủ tục hải quan …", as some portals print a letter's letterhead)
LONE_NUMBER = re.compile(rf"[ \t]*{NUMBER}[ \t]*")
LONE_NUMBER_NEXT = re.compile(r"\s*(?:V/[vV]\b|Về việc\s)")
# (a provincial portal's "Số/Ký hiệu" too)
NUMBER_META = re.compile(rf"(?:Số hiệu|SỐ HIỆU|Số [Kk]ý hiệu|Số\s*/\s*[Kk]ý hiệu)\s*:?\s*(?:\|\s*)?{NUMBER}")
_PLACE_WORD = rf"[{_U}][{_U}{_L}]*"
# (the words capitalised too, "Cần Thơ, ngày 25 Tháng 8 năm 2025"; a cell's place without its comma, "| Hưng Yên ngày 27
# tháng 8 năm 2025 |", only where a line or a cell starts: in prose a body's name runs into "ngày" so; a place's last
# word in small letters, "Vĩnh yên, ngày …", as a typist left it)
PLACE_DATE = re.compile(
    rf"(?<![\w/-])(?P<cell>^|(?<=\|)|(?<=\|[ \t])|(?<=\n)|(?<=\n[ \t]))?"
    rf"(?P<place>(?:Quận|Phường|QUẬN|PHƯỜNG)\s+\d{{1,2}}|(?:{_PLACE_WORD}(?:\s+|\s*[-–]\s*)){{0,3}}{_PLACE_WORD}"
    rf"(?:\s+[{_L}]+)?)"
    rf"(?(cell)(?:\s*,\s*|[ \t]+(?=ng(?:à|a)?y\s*\d))|\s*,\s*)(?:{DAY}|Ng(?:à|a)?y)\s*(?P<d>\d{{1,2}})?\s*"
    rf"(?:{MONTH}|Th(?:á|a)?ng)\s*"
    rf"(?P<m>\d{{1,2}})?\s*(?:{YEAR}|N(?:ă|a)?m)\s*(?P<y>\d{{4}})?")
# "C Ộ N G  H Ò A  X", "C NG H A X": a few characters between the letters; unbounded, a "c" before a
# line of 200,000 dashes backtracked through every way of sharing them out (minutes)
# (the country named in prose is no motto: "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam")
MOTTO = re.compile(r"(?<!nước )(?<!Nước )(?:C\W{0,4}[ỘO]?\W{0,4}N\W{0,4}G\s*H\W{0,4}[ÒOÕ]?\W{0,4}A\s+X"
                   r"|CỘNG\s+HÒA|Độc\s+lập\s*-?\s*Tự\s+do)", re.I)
# (not a cited letter's subject in quotes: '… Hướng dẫn số 148 HD/TWH … "V/v Thực hiện Kế hoạch …"')
LETTER = re.compile(r"(?<!\w)(?<![\"“])(?:V/v|V/V|Kính gửi\s*:)")
# a letter's subject as a page's first line ("Về việc góp ý vào dự thảo Đề án …")
SUBJECT_FIRST = re.compile(r"[ \t]*(?:Về việc|V/v)\s")
# (a province's committee named in full: "| Cơ quan ban hành: | Ủy ban nhân dân Thành phố Hà Nội |")
_META_COMMITTEE = r"(?:(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+)"
# a steering committee a portal's field names with its province's name after its own
META_STEERING = re.compile(r"(?P<body>Ban [Cc]hỉ đạo\s.+?)\s+(?P<unit>[Tt]ỉnh|[Tt]hành phố)\s+(?P<name>[A-ZĐÀ-Ỹ].*)")
# where a portal's field ends: the next field's label (a portal's fields one to a line, "Cơ quan ban hành: Ủy ban nhân
# dân Thành phố Huế / Số hiệu: 168/KH-UBND / Loại văn bản: …", flattened into one text; a provincial portal's labels,
# no colon, "Cơ quan ban hành   Chính phủ / Phân loại   Nghị định / File đính kèm …"; the fields as a list, "• Nơi ban
# hành: Quốc hội / • Người ký: …"), a cell's end or the text's
_META_FIELD_END = (r"\s*(?:[•·]\s*)?(?:\||Người ký|Số công báo|Ngày|Số hiệu|Loại văn bản|Lĩnh vực|Tình trạng|"
                   r"Phân loại|File đính kèm|Trích yếu|$)")
# (a central body besides the ministries: "Nơi ban hành: Thanh tra Chính phủ Người ký: …")
ISSUER_META = re.compile(r"(?:Cơ quan ban hành|Nơi ban hành)\s*:?\s*(?:\|\s*)?(?P<v>(?:Bộ|Chính phủ|Thủ tướng|"
                         r"Văn phòng Chính phủ|Thanh tra Chính phủ|Kiểm toán Nhà nước|Ngân hàng Nhà nước|"
                         r"Tổng [Ll]iên đoàn Lao động Việt Nam|"
                         r"Bảo hiểm [Xx]ã hội Việt Nam|"
                         # (a central body's regional branch: "Kho bạc Nhà nước khu vực XII")
                         r"(?:Kho bạc Nhà nước|Bảo hiểm [Xx]ã hội|Chi cục (?:Hải quan|Thuế)) [Kk]hu vực|"
                         # (a province's steering committee: "Ban Chỉ đạo phòng, chống dịch COVID-19 Thành phố Hồ Chí
                         # Minh")
                         r"Ban [Cc]hỉ đạo|"
                         rf"Quốc hội|{_META_COMMITTEE}?(?:Tỉnh|Thành phố|tỉnh|thành phố))[^|:]{{0,120}}?)"
                         rf"(?={_META_FIELD_END})")
# a department a portal's field names as the issuer ("Nơi ban hành: | Sở Lao động - Thương binh và Xã hội Thành phố Hồ
# Chí Minh |"), in the page's first characters
META_DEPARTMENT = re.compile(r"(?:Cơ quan ban hành|Nơi ban hành)\s*:?\s*(?:\|\s*)?(?P<v>Sở\s[^|:]{3,120}?)"
                            rf"(?={_META_FIELD_END})")
META_DEPARTMENT_REACH = 1500
HEADLINE_TYPE = re.compile(r"(?:^|\s)(?P<t>Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Chương trình|Hướng dẫn)\s+(?=[A-ZĐ])")
HEADLINE_LENGTH = 250
# the words before a document a sentence says is carried out or cited (_type: no headline's type)
CARRIED_OUT_BEFORE = re.compile(r"(?<!\w)(?:thực hiện|triển khai|quán triệt|theo|của|tại|về|và|với|các)\s$")
# a chairman's title before a committee or council: its enacting line's ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG" / "Căn
# cứ …"), or a title's words ("NGHỊ QUYẾT SỐ 412 NQ/UBTVQH9 … VỀ VIỆC PHÊ CHUẨN KẾT QUẢ BẦU CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN
# TỈNH TIỀN GIANG"), which name no letterhead
CHAIRMAN_BEFORE = re.compile(r"CHỦ\s+TỊCH\s+$")
# the country's name under a national body's enacting line ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ
# NGHĨA VIỆT NAM", as the Assembly's bodies print it)
COUNTRY_AFTER = re.compile(r"\s+NƯỚC\s+CỘNG\s+H(?:ÒA|OÀ)\b")
# a line opening with a type in capitals ("CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT …")
CAPS_TYPE_LINE = re.compile(r"[ \t]*(?P<t>KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|CHƯƠNG TRÌNH|HƯỚNG DẪN)(?![^\W\d_])")
SUMMARY_LABEL = re.compile(r"[ \t]*Trích yếu(?:[ \t]*:)?")
# (or in capitals before a title that is not: "CÔNG ĐIỆN Về triển khai nhiệm vụ cấp bách …")
# (a report too: "Báo cáo tình hình thực hiện công tác y tế 9 tháng đầu năm …"; not "Báo cáo viên", a speaker)
# (a notice's: "Thông báo thực hiện quản lý, dọn vệ sinh đối với các lô đất trống …")
# the types a headline or a cover names in capitals
HEADLINE_CAPS_TYPES = "KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|CHƯƠNG TRÌNH|HƯỚNG DẪN|CÔNG ĐIỆN|THÔNG BÁO"
# (in title case too before its subject, as a ward's site prints it: "Thông Báo Về việc tăng cường …"; not "Báo Cáo
# Viên …", "Thông Báo Mới")
HEADLINE_START = re.compile(r"[ \t]*(?P<t>Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Chương trình|Hướng dẫn|Công điện|"
                            r"Thông báo|Báo cáo(?!\s+[Vv]iên)|"
                            r"(?:Kế Hoạch|Quyết Định|Chỉ Thị|Nghị Quyết|Chương Trình|Hướng Dẫn|Công Điện|Thông Báo|"
                            r"Báo Cáo)"
                            r"(?=\s+[Vv]ề việc\s)|"
                            rf"(?:{HEADLINE_CAPS_TYPES})(?=\s+[A-ZĐ]?[a-zđà-ỹ]))\s")
# a headline that states its subject ("Thông báo về việc tăng cường phòng, chống dịch … 30/4 và 1/5."): its full stop
# does not make it a paragraph
SUBJECT_HEADLINE = re.compile(r"[ \t]*\S+\s+\S+\s+(?:[Vv]ề việc|V/v)\s(?![^\n]*\b(?:đã|bị|được|vừa)\b)")
# a headline all in capitals that opens with its type ("KẾ HOẠCH TRIỂN KHAI “THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM” NĂM
# 2021"; not a department's name, "KẾ HOẠCH VÀ ĐẦU TƯ")
CAPS_HEADLINE_START = re.compile(rf"[ \t]*(?P<t>{HEADLINE_CAPS_TYPES})\s+(?!VÀ\s)\S")
TYPE_META = re.compile(r"Loại văn bản\s*:?\s*(?:\|\s*)?(?P<t>[A-ZĐ][a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+)?)")
# a portal's own title line: "Kế hoạch 77/KH-UBND năm 2019 ...", "Quyết định số 1384/QĐ-UBND ..."
# (a ministry's circular, the Government's decree, a Party conclusion, an urgent dispatch too: "Thông tư số
# 84/2017/TT-BTC của Bộ Tài chính ngày 15 tháng 8 năm 2017 về việc …")
# (a joint one: "Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTB&XH …")
_TITLE_TYPES = ("Kế hoạch", "Quyết định", "Chỉ thị", "Nghị quyết", "Chương trình", "Hướng dẫn", "Công văn", "Thông báo",
                "Thông tư", "Nghị định", "Kết luận", "Công điện", "Quy định")
# (its words capitalised too, as some sites print titles: "Nghị Quyết Số 22/NQ-TU ngày 08/6/2022 ban hành bởi …"; or in
# capitals: "THÔNG TƯ 15/2008/TT-BXD CỦA BỘ XÂY DỰNG VỀ VIỆC …")
_TITLE_TYPE_WORDS = "|".join((*_TITLE_TYPES, *map(str.title, _TITLE_TYPES), *map(str.upper, _TITLE_TYPES)))
PORTAL_TITLE = re.compile(rf"(?P<t>{_TITLE_TYPE_WORDS})"
                          r"(?:\s+(?:[Ll]iên [Tt]ịch|LIÊN TỊCH))?\s+(?:(?:[Ss]ố|SỐ)\s+)?" + NUMBER)
# the body a portal's title says issued the document, after its number: "Kế hoạch 123/KH-UBND năm 2025 về … do tỉnh
# Bắc Ninh ban hành", "… do Tỉnh ủy Lào Cai ban hành", "Nghị quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh ủy
# Kiên Giang về …" (the last "do" of the line: "phê duyệt dự án do Công ty X làm chủ đầu tư do UBND tỉnh ban hành";
# matched on the first line alone)
TITLE_BY = re.compile(PORTAL_TITLE.pattern + r".{0,300}\s(?:(?P<do>do)|ban hành bởi)\s+"
                      rf"(?P<who>(?:tỉnh\s|thành phố\s|[{_U}]).{{2,120}}?)"
                      r"(?(do)\s+ban hành\s*[.,]?\s*$|(?=\s+về\s|\s*[.,]?\s*$))")
# a meeting a body held, run on after its name (it passed the document there)
MEETING_RUN_ON = re.compile(r"\s+(?:đã\s+)?tổ chức\s+(?:hội nghị|kỳ họp|phiên họp|đại hội)\b.*$")
# a page whose first line is a number alone: the document's ("3215/BVHTTDL-VHCS" above "Theo BỘ …")
FIRST_LINE_NUMBER = re.compile(rf"\s*{NUMBER}\s*")
# (or, the page's last line, "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)" under the part of a letter a portal
# reproduces)
# ("(Theo Công văn 907/UBND-KT ngày 13/3/2023)": "số" left out)
SOURCE_LINE = re.compile(rf"\(\s*(?:(?:Nguồn|NGUỒN)\s*:[^)]*?|Theo\s+(?=[^()]*\)\s*\Z))"
                         rf"(?P<t>Kế hoạch|Quyết định|Chỉ thị|Công văn|Hướng dẫn|Thông báo)\s+(?:số\s+)?{NUMBER}")
# a portal's line naming the letter it reproduces, among the page's first LETTER_LINES lines of text (under its own
# headline, or under a line of the site's): "Công văn số: 3150/VPCP-NN về việc dự thảo Báo cáo …", "Công văn
# 3473/BNN-TY tập trung kiểm soát …" (a whole line, a title's length; the type, then the number, then its subject)
# (not a sentence citing a letter: "Công văn số 2345/SYT-NVY ngày 05/7/2023 của Sở Y tế …", "… đã nêu rõ …")
LETTER_LINE = re.compile(rf"[ \t]*(?P<t>Công văn|Công điện)\s+(?:số\s*:?\s*)?{NUMBER}\s+"
                         r"(?!(?:ngày|của|do|đã|được|và|gửi|nêu|này|năm|tại|theo|thì|với|cho|trên|vừa|mới|sẽ)\b)"
                         rf"(?:về việc|V/v|về|[{_L}])")
# a line over a portal's list of other documents ("Văn bản liên quan:"): the page's own letter is not below it
RELATED_HEADING = re.compile(r"[ \t]*(?:Văn bản|Tin|Bài)(?: viết)? liên quan\b", re.I)
LETTER_LINES = 6
LETTER_LINE_LENGTH = 300
# a page whose title is followed by the number of the document it is, in brackets: "Kế hoạch phát triển … giai đoạn
# 2021-2025 (Theo Kế hoạch số 8/KH-UBND ngày 11/01/2021 của UBND tỉnh)" (the same type: no other document), or the
# number alone when its symbol names that type ("Kế Hoạch Tham gia … (210/KH-UBND ngày 14/12/2017)"); on one of
# the first TITLE_LINES lines (under a portal's breadcrumb, "Các sở, ngành, huyện, TP")
TITLE_THEN_OWN = re.compile(rf"\s*(?P<t>(?i:Kế hoạch|Chương trình|Quyết định|Chỉ thị|Hướng dẫn|Đề án))\s"
                            rf"[^()]{{10,300}}?\(\s*(?P<theo>Theo\s+(?P=t)\s+số\s+)?{NUMBER}")
TITLE_LINES = 3
# one of the first lines saying which document the page is, as a commune's portal posts one: "Báo cáo số 228/ BC-UBND
# ngày 05/12/2023 của UBND phường Hà Phong về …" (the type its number's code names; its issuer and subject after it)
OWN_LINE = re.compile(rf"[ \t]*(?P<t>{'|'.join((*_TITLE_TYPES, 'Báo cáo', 'Tờ trình'))})\s+số\s*:?\s*{NUMBER}\s*,?\s*"
                      r"ngày\s+\d{1,2}/\d{1,2}/\d{4}\s+của\s+\S")
# the date after a title's own number ("Kế hoạch số 15/KH-UBND ngày 05/02/2024 của …"): passed over to the body after
# it, never the document's date (that is its place-date line's alone)
BRACKET_DATE = re.compile(r"\s*,?\s*ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?=[\s,;)])")
# a letter's subject with its own number and date in brackets, as a province's portal lists its letters ("Về việc báo
# cáo tình hình ô nhiễm môi trường … (3585/VP-KTN, ngày 23/10/2017)."): an official letter, that number
# (the whole of one of the first lines: matched at its start, ending with it)
SUBJECT_THEN_OWN = re.compile(rf"\s*Về việc\s[^()]{{10,300}}?\(\s*{NUMBER}\s*,\s*ngày\s+"
                              r"\d{1,2}/\d{1,2}/\d{4}\s*\)\.?")
# the run-in title of old Official Gazette texts: "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY …"
# (the issuer after CỦA is what tells it from a plan's title naming the decision it carries out:
# "KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 22/QĐ-TTG")
GAZETTE_TITLE = re.compile(rf"(?<!THỰC HIỆN )(?<!TRIỂN KHAI )(?P<t>KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|NGHỊ ĐỊNH|"
                           rf"THÔNG TƯ)\s+CỦA\s+(?P<issuer>[{_U}]+(?:\s+[{_U}]+){{0,8}}?)\s+SỐ\s+{NUMBER}")
# that title without its number, the page's first line ("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ")
GAZETTE_HEADLINE = re.compile(rf"[ \t]*(?P<t>KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ)\s+CỦA\s+"
                              rf"(?P<issuer>[{_U}]+(?:\s+[{_U}]+){{0,8}}?)\s*$")
# an old Gazette law or ordinance titled by its name and number, the page's first line ("LUẬT NGƯỜI CAO TUỔI SỐ
# 39/2009/QH12 NGÀY 23 THÁNG 11 NĂM 2009"): the National Assembly's or its Standing Committee's numbering
GAZETTE_LAW = re.compile(rf"[ \t]*(?P<t>LUẬT|PHÁP LỆNH)\s+(?:[{_U}]+,?\s+){{0,12}}?SỐ\s+(?=\d[^\s]*QH\d)"
                         rf"{NUMBER}")
# the types of document a notice reports the issuing of, with their numbers
# ("Văn bản số 473/STP-PBGDPL": an official letter; "Đề án số 32-ĐA/TU": a scheme)
_NEWS_TYPE_WORDS = (r"Chỉ thị|Kế hoạch|Quyết định|Công văn|Văn bản|Hướng dẫn|Thông báo|Nghị quyết|Chương trình|"
                    r"Kết luận|Công điện|Đề án|Phương án")
_NEWS_TYPES = rf"(?P<t>{_NEWS_TYPE_WORDS})"
# "UBND tỉnh có Chỉ thị số 09/CT-CTUBND", "Phó Thủ tướng … ký Quyết định số 155/QĐ-TTg": a news page about the
# document itself; the type in lower case too ("UBND tỉnh vừa ban hành kế hoạch số 66/KH-UBND"), and the number
# without "số" ("Bộ Chính trị ban hành Nghị quyết 71-NQ/TW"); not an example a text gives ("các văn bản chỉ đạo của Tỉnh
# ủy (trong đó có Kế hoạch số 48-KH/TU …)")
_NEWS_TYPES_ANY_CASE = rf"(?P<t>{_NEWS_TYPE_WORDS}|{_NEWS_TYPE_WORDS.lower()})"
# ("… vừa ra Quyết định số 268/QĐ-UBND …")
# (not "đã kịp thời ban hành …" either: an earlier one the report goes back to)
NEWS_SUBJECT = re.compile(r"(?:(?<!trong đó )\bcó|(?<!đã )(?<!đã ký )(?<!đã kịp thời )(?<!đã khẩn trương )"
                          r"(?<!đã chính thức )ban hành|(?<!đã )\bký|(?<!đã )\bra)"
                          rf"\s+{_NEWS_TYPES_ANY_CASE}"
                          rf"\s+(?:số\s+)?{NUMBER}")
# an urgent one ("công điện khẩn", "văn bản hỏa tốc")
_URGENT = r"(?:khẩn|hỏa tốc|hoả tốc)"
# a date as a notice prints it: "19/4/2022", "19-4-2022", "6/12" (the year left out), "18 tháng 7 năm 2025", "29 tháng
# 12/2020" (it finds the notice's number; a document's date is the one of its place-date line, never a date in prose)
_NEWS_DATE = (r"\d{1,2}\s*(?:[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|[/-]\s*\d{1,2}(?![\d/-])"
              rf"|\s+{MONTH}\s+\d{{1,2}}\s*(?:\s{YEAR}\s+|/\s*)\d{{4}})")
# a run of words inside one sentence of a notice: no full stop but a city's "TP." ("UBND TP.Hà Nội", "UBND TP. Hồ Chí
# Minh"), no semicolon; and inside one clause (no comma either)
_IN_SENTENCE = r"(?:TP\.|[^.;])"
_IN_CLAUSE = r"(?:TP\.|[^.;,])"
# a notice that opens with the date of the document it reports: "Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã
# ban hành Kế hoạch số 1888/KH-VPUBND …", "Ngày 8/7/2024, Phó Thủ tướng … đã ký Quyết định số 611/QĐ-TTg"
# (elsewhere "đã ban hành" reports an earlier document); matched where one of the first lines starts ("LTS: Ngày
# 14-11-2016, …" under a headline); "số" may be left out ("… ban hành Quyết định 942/QĐ-BVHTTDL")
NEWS_DATED = re.compile(rf"(?:\S+(?:\s+\S+){{0,15}}\s+)?Ngày\s+{_NEWS_DATE},?\s+{_IN_SENTENCE}{{3,120}}?\s+(?:đã\s+)?"
                        # ("… đã ký gửi Công điện hỏa tốc số 1677/CĐ-TTg …": signed and sent, an urgent one)
                        # (the type in lower case too: "… đã ký ban hành văn bản số 3653/UBND-TNMT, V/v …")
                        rf"(?:ký(?:\s+ban hành|\s+gửi)?|ban hành)\s+{_NEWS_TYPES_ANY_CASE}(?:\s+{_URGENT})?"
                        rf"\s+(?:số\s+)?{NUMBER}")
NEWS_DATED_LINES = 6
# a news lead naming the document its headline is about ("Đó là chỉ đạo của Ban Thường vụ Thành ủy tại Chỉ thị số
# 05-CT/TU …", "Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh …"), in the first lines; or a page that
# "giới thiệu toàn văn Nghị quyết số 11-NQ/TU …" (gives the text of it)
NEWS_THAT_IS = re.compile(r"(?:(?<!\w)(?:Đó|Đây) (?:chính )?là (?:nội dung|chỉ đạo|yêu cầu|đề nghị|quy định)\b"
                          # ("Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy …": of it, no "tại"; "Đây là
                          # nội dung nằm trong Kế hoạch số 106/KH-UBND … của UBND huyện …")
                          r"(?:[^.;]{0,200}?\s+(?:tại|trong))?"
                          rf"|\bgiới thiệu (?:toàn văn|nội dung))\s+{_NEWS_TYPES_ANY_CASE}\s+(?:số\s+)?{NUMBER}")
# the document named, then who has just signed it ("Nội dung nêu trên thể hiện trong Chỉ thị số 26/CT-UBND được Chủ
# tịch UBND TP Hà Nội … vừa ký và ban hành", "… vừa được UBND tỉnh … ban hành"), or that it was just issued, closing
# the clause ("Theo Kế hoạch 314/KH-UBND về thực hiện … năm 2022 mới ban hành, UBND tỉnh Gia Lai yêu cầu …"), in the
# first lines
NEWS_PASSIVE = re.compile(rf"(?<!\w){_NEWS_TYPES}\s+(?:số\s+)?{NUMBER}(?:\s+(?:được|do)\s+{_IN_SENTENCE}{{3,120}}?"
                          rf"\s+vừa\s+(?:ký|ban hành)\b|"
                          rf"{_IN_CLAUSE}{{0,160}}?\s+(?:vừa|mới)\s+(?:được\s+)?ban hành\s*,|"
                          # ("Theo Kế hoạch số 56/KH-UBND vừa được UBND tỉnh Quảng Trị ban hành, …")
                          rf"\s+(?:vừa|mới)\s+được\s+{_IN_SENTENCE}{{3,120}}?\s+(?:ký\s+)?ban hành\b)")
# a sentence opening with the document and who signed it, in the first lines ("(PLVN) - Quyết định số 51/2025/QĐ-TTg
# do Phó Thủ tướng Trần Hồng Hà ký ban hành đã đưa ra Bộ tiêu chí …"): the document the notice is about (not one a
# sentence carries out, "Thực hiện Quyết định số … do Thủ tướng ký ban hành, …")
# (matched at one of the first lines' start, or searched for after a sentence's end or a dateline's dash)
# a line hard-wrapped after "của" or "do": the line after it goes on naming whose document is cited ("… Nghị quyết số
# 28/NQ-CP ngày 01/3/2023 của" / "Chính phủ ban hành Chương trình hành động …"), no body issuing the page's
WRAPPED_OF = re.compile(r"(?<!\w)(?:của|do)\s*$")
# (after the date a stored page's first line may open with: " date 2025-09-27 Trong Công văn số 5287/UBND-NC …")
_LINE_OPENS = rf"[ \t]*(?:{PAGE_DATE.pattern})?"
NEWS_SIGNED_OPENING = re.compile(rf"{_LINE_OPENS}{_NEWS_TYPES}\s+(?:số\s+)?{NUMBER}\s+do\s+{_IN_CLAUSE}{{3,80}}?"
                                 r"\s+ký(?:\s+và)?\s+ban hành\b")
# a sentence opening with the document in which a body asks what the notice reports ("Tại Công văn số 6486/UBND-KSTT
# của UBND tỉnh Nghệ An ban hành ngày 7/8/2023, Chủ tịch UBND tỉnh … yêu cầu …", "Trong nội dung Công văn số
# 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu …"): the document the notice is about, matched where
# NEWS_SIGNED_OPENING is (not "Theo Quyết định số …, …": what a text goes by; but "Theo nội dung công văn …", and a
# committee's own letter: "Theo Công văn số 5161/UBND-TN của UBND tỉnh Bắc Giang, Chủ tịch UBND tỉnh … yêu cầu …")
NEWS_IN_OPENING = re.compile(rf"{_LINE_OPENS}(?:Tại|Trong(?:\s+nội dung)?|Theo\s+nội dung|"
                             r"Theo(?=\s+(?:[Cc]ông văn|[Vv]ăn bản)\s+(?:số\s+)?\d{1,6}\s*/\s*UBND\b))"
                             rf"\s+{_NEWS_TYPES_ANY_CASE}(?:\s+{_URGENT})?\s+"
                             rf"(?:số\s+)?{NUMBER}(?={_IN_SENTENCE}{{0,200}}?,\s+{_IN_CLAUSE}{{3,120}}?\s+(?:đã\s+)?"
                             r"(?:yêu cầu|chỉ đạo|đề nghị|giao|hướng dẫn)\b)")
# (each opening pattern, and its form searched for inside the first lines: after a sentence's end, a dateline's dash or
# its bracket)
_OPENING_INSIDE = {p: re.compile(r"(?:(?<=[.;]\s)|(?<=\s[-–]\s)|(?<=\)\s))" + p.pattern)
                   for p in (NEWS_SIGNED_OPENING, NEWS_IN_OPENING)}
# the date a notice's sentence opens with, before the body that issued ("Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ
# tịch UBND tỉnh … đã ký ban hành …", "Ngày 24-10, UBND tỉnh có văn bản số …"): the document it reports is that day's
# ("Hôm qua 9-10, Thống đốc … đã ký …", "Sáng nay, 9-8, Bộ trưởng … đã ký …" too)
# (or that says it was recently: "Vừa qua, Ban Chỉ đạo … tỉnh Cà Mau đã ban hành kế hoạch …")
DATED_OPENING = re.compile(r"(?:(?<![\w/])(?:[Nn]gày|(?:Sáng|Chiều|Tối)(?:\s+nay)?|Hôm\s+(?:qua|nay)),?\s+"
                           r"\d{1,2}\s*(?:[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?|\s+tháng\s+\d{1,2}"
                           r"(?:\s+năm\s+\d{4})?),?|(?<!\w)(?:Vừa qua|Mới đây|Vừa rồi),)\s+"
                           # (the chairman's or the director's signature: "Chiều nay 8/10/2020, Giám đốc Sở … đã ký …")
                           r"(?:thay mặt\s+[^,.;]{3,60},\s+)?(?:(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Thống đốc)\s+)?$")
# "ủy" as pages print it (ủy, uỷ, Ủy, Uỷ): "Tỉnh ủy", "Tỉnh Ủy"
UY = r"(?:[uU]ỷ|[ủỦ]y)"
# the body after "của" on a line naming the page's own document (OWN_LINE), when it names one ("… của UBND phường Hà
# Phong về Kết quả …"): up to the subject, a verb of what the document does, or the end of the clause
OWN_LINE_BODY = re.compile(rf"(?P<body>(?:UBND|HĐND|(?:Ủy|Uỷ) ban|Hội đồng|Sở|Bộ|Ban|Tỉnh {UY}|Thành {UY}|Huyện {UY}|"
                           rf"Đảng {UY}|Tổng cục|Cục|Chi cục|Văn phòng|Thủ tướng|Chính phủ)\s[^,;:()\n]{{2,120}}?)"
                           r"(?=\s+(?:về|V/v|triển khai|thực hiện|ban hành|phê duyệt|tổ chức|hướng dẫn|quy định)\s"
                           r"|\s*[,;:.(]|\s*$)", re.M)
# where a Party committee named by its level alone ends ("Tỉnh ủy", "Huyện uỷ"): one lookbehind per spelling, Python's
# being of one width
_COMMITTEE_BY_LEVEL = "|".join(f"(?<={level} {uy})" for level in ("Tỉnh", "Thành", "Huyện", "Quận")
                               for uy in ("ủy", "uỷ", "Ủy", "Uỷ"))
# one of the committee's boards on the letterhead's next line, which issues ("TỈNH ỦY HÀ TĨNH" / "BAN TUYÊN GIÁO"):
# looked for from the committee's place name, within PARTY_BOARD_REACH characters (the motto's first line may
# sit between, "| ĐẢNG CỘNG SẢN VIỆT NAM |")
PARTY_BOARDS = {"BAN TUYÊN GIÁO VÀ DÂN VẬN": "Ban Tuyên giáo và Dân vận", "BAN TUYÊN GIÁO": "Ban Tuyên giáo",
                "BAN DÂN VẬN": "Ban Dân vận", "BAN TỔ CHỨC": "Ban Tổ chức", "BAN NỘI CHÍNH": "Ban Nội chính",
                "BAN KINH TẾ": "Ban Kinh tế", "ỦY BAN KIỂM TRA": "Ủy ban Kiểm tra", "VĂN PHÒNG": "Văn phòng"}
_BOARD_NAMES = "|".join(r"\s+".join(k.split()) for k in PARTY_BOARDS).replace("ỦY", "(?:ỦY|UỶ)")
PARTY_BOARD_LINE = re.compile(rf"(?<![{_U}])(?P<board>{_BOARD_NAMES})(?![{_U}])")
PARTY_BOARD_REACH = 80
# a Party committee's standing committee, executive committee or board as a notice names it ("Ban Tuyên giáo
# Tỉnh ủy", "Văn phòng Tỉnh ủy")
_PARTY_BOARD = "(?:" + "|".join(sorted(("Ban Thường vụ", "Ban Chấp hành", *PARTY_BOARDS.values()),
                                         key=len, reverse=True)) + ")"
# the Central Committee's boards as a notice names them, before "Trung ương" ("Ban Tuyên giáo Trung ương")
_CENTRAL_BOARD = r"(?:Ban (?:Tuyên giáo(?: và Dân vận)?|Dân vận|Tổ chức|Nội chính|Kinh tế|Đối ngoại)|Ủy ban Kiểm tra)"
# a letter a notice names by what it does ("văn bản gửi …", "văn bản chỉ đạo …")
# ("Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng …")
# ("… vừa có văn bản chấp thuận chủ trương đầu tư …", "… văn bản trả lời kiến nghị …", "… có công văn giao Sở Văn hóa
# - Thể thao và Du lịch chủ trì …")
_LETTER_VERB = r"(?:chỉ đạo|yêu cầu|đề nghị|hướng dẫn|truyền đạt|chấp thuận|trả lời|phúc đáp|giao)"
_LETTER_DOES = rf"(?:gửi|về việc|{_LETTER_VERB})"
_LETTER_OF = rf"(?:văn bản|[Cc]ông văn)\s+{_LETTER_DOES}"
# the body a notice says issued the document or drew it up, and what it issued
# (a chairman's signature is his committee's or council's)
# (a standing deputy's too: "Phó Chủ tịch Thường trực UBND tỉnh Lào Cai Nguyễn Thế Phước vừa ký Công điện …")
_NEWS_ISSUING = (r"(?:(?:Phó\s+)?(?:Chủ|(?<=Phó )chủ) tịch(?:\s+[Tt]hường trực)?\s+(?=UBND|Ủy ban|Uỷ ban|Hội đồng\s)"
                 r"|(?:Phó\s+)?Giám đốc\s+(?=Sở\s)"                     # the director's: the department's
                 r"|Thứ trưởng\s+(?=Bộ\s)"                            # a deputy minister's: the ministry's
                 # a general department's director ("Tổng cục trưởng Tổng cục Lâm nghiệp (Bộ NN&PTNT) vừa có …")
                 r"|(?:Phó\s+)?Tổng cục trưởng\s+(?=Tổng cục\s)"
                 r"|(?:Phó\s+)?Thống đốc\s+(?=Ngân hàng\s)"            # the governor's: the State Bank's
                 # the Auditor General's or the Inspector General's: the State Audit's, the Inspectorate's ("Tổng Kiểm
                 # toán Nhà nước Hồ Đức Phớc vừa ký Quyết định …")
                 r"|(?:Phó\s+)?Tổng\s+(?=Kiểm toán\s[Nn]hà nước\s|Thanh tra Chính phủ\s)"
                 # a Politburo member signing for it ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư … ký ban hành Kết
                 # luận của Bộ Chính trị, Ban Bí thư …")
                 rf"|{UY} viên\s+(?=Bộ Chính trị,)"
                 # signing on its behalf ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Chỉ thị …")
                 r"|[Tt]hay mặt\s+(?=(?:Bộ Chính trị|Ban Bí thư),)"
                 # ("Tổng Bí thư Tô Lâm vừa thay mặt Bộ Chính trị ký ban hành Chỉ thị số 01 …")
                 rf"|Tổng Bí thư(?:\s+[{_U}]\w*){{0,4}}\s+(?:vừa\s+|đã\s+)?thay mặt\s+(?=(?:Bộ Chính trị|Ban Bí thư)\s)"
                 # the Secretariat's standing member signing ("Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Kết
                 # luận …": the Secretariat's, or the Politburo's when the sentence says so, below)
                 r"|Thường trực\s+(?=Ban Bí thư\s)"
                 # a Party committee's secretary signing for its standing committee ("…, Bí thư Tỉnh ủy thay mặt Ban
                 # Thường vụ Tỉnh ủy ký ban hành Kế hoạch số 338-KH/TU …")
                 # (the standing deputy too, and the committee's place: "Phó Bí thư Thường trực Tỉnh ủy Hà Giang
                 # thay mặt …")
                 rf"|(?:Phó\s+)?Bí thư(?:\s+[Tt]hường trực)?\s+(?:Tỉnh|Thành|Huyện|Quận|Đảng)\s+{UY}"
                 rf"(?P<signer_place>(?:\s+[{_U}][{_L}]*){{0,3}})\s+thay mặt\s+(?=Ban Thường vụ\s))?"
                 # (a disaster-prevention or civil-defence command, "Ban Chỉ huy Phòng chống thiên tai …", "Ban Chỉ huy
                 # Phòng thủ dân sự …"; not a report of a military command's tasks, "Ban Chỉ huy quân sự xã tăng cường
                 # tuần tra, xây dựng kế hoạch trực gác …")
                 # (Hồ Chí Minh City as the press writes it, no name after it: "TP.HCM vừa ban hành …")
                 # (the Government, its name alone before the verb: "…, ngày 13/3/2025, Chính phủ có Nghị quyết số
                 # 50/NQ-CP …", "Chính phủ đã ban hành …")
                 r"(?P<who>(?:TP\.?\s?HCM|TPHCM)(?=\s+vừa\s)|Chính phủ(?=\s+(?:đã\s+)?(?:có|ban hành)\s)|"
                 # (a ministry's department: "Cục Phòng bệnh (Bộ Y tế) vừa có Công văn số 32/PB-BTN …")
                 # (its field in small letters too, as some pages print it: "Cục bảo vệ thực vật vừa có công văn …")
                 rf"(?:Sở|Bộ|Tổng cục(?=\s[A-ZĐ])|Cục(?=\s[{_U}]|\s[{_L}]+\s[{_L}]+\s)|Ban Chỉ đạo|BCĐ|"
                 r"Ban Chỉ huy(?=\s(?:[Pp]hòng|PCTT))|"
                 r"Ban An toàn giao thông|"
                 r"Ban Quản lý|"
                 # a district's office ("Phòng Văn hóa và Thông tin huyện Phước Sơn vừa ban hành Công văn số …")
                 r"Phòng(?=\s(?:Giáo dục|GD|Văn hóa|Văn hoá|VH|Tài nguyên|Tài chính|Nội vụ|Y tế|Lao động|Kinh tế|"
                 r"Tư pháp|Nông nghiệp|Quản lý đô thị|Dân tộc)\b)|"
                 # (the Party Central Committee's office: "Văn phòng T.Ư Đảng vừa có công văn gửi …")
                 r"Văn phòng (?:UBND|Ủy ban nhân dân)|Văn phòng(?=\s(?:Chính phủ|(?:Trung ương|T\.Ư|TW)\s+Đảng)\s)|"
                 r"(?:Ủy|Uỷ) ban [Nn]hân [Dd]ân|UBND|"
                 # an inspectorate, national or a province's ("Thanh tra Chính phủ vừa ban hành Kế hoạch …", "Thanh tra
                 # tỉnh …"; not the verb, "thanh tra việc …"); the State Audit, the State Bank, Social Security
                 r"Thanh tra(?=\s(?:Chính phủ|tỉnh|thành phố|TP|Bộ)\b)|Kiểm toán(?=\s[Nn]hà nước\b)|"
                 # (a regional branch, "Kho bạc Nhà nước khu vực XII", "Bảo hiểm xã hội khu vực XXIII"; a province's tax
                 # office of 2025, "Thuế tỉnh Bắc Ninh")
                 r"Ngân hàng(?=\s[Nn]hà nước\b)|Bảo hiểm(?=\s[Xx]ã hội\s(?:Việt Nam|VN|tỉnh|thành phố|TP|khu vực)\b)|"
                 r"Kho bạc(?=\s[Nn]hà nước\s(?:khu vực|tỉnh|thành phố|TP)\b)|Thuế(?=\s(?:tỉnh|thành phố|TP)\s)|"
                 # the People's Council ("HĐND tỉnh Hải Dương vừa ban hành Nghị quyết số …")
                 r"HĐND|Hội đồng [Nn]hân [Dd]ân|"
                 # a central council ("Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương … vừa ký …")
                 r"Hội đồng(?=\s[^.;]{3,100}?\s(?:Trung ương|Quốc gia|trung ương|quốc gia)\b)|"
                 # the province or city itself, as the press names its committee ("Tỉnh Quảng Ngãi vừa ban hành Kế
                 # hoạch …", "TP.HCM vừa ban hành …": read as its committee below)
                 rf"(?:Tỉnh|Thành phố|TP\.?)(?=\s?[{_U}][\w.]*(?:\s[{_U}][{_L}]+){{0,3}}\s+vừa\s)|"
                 # the national trade union confederation ("Tổng Liên đoàn Lao động VN"); the Prime Minister
                 # ("Phó Thủ tướng Thường trực Nguyễn Hòa Bình vừa ký Quyết định …": the Prime Minister's, a deputy
                 # signing)
                 # (named or not: "Thủ tướng vừa ký quyết định thành lập …")
                 rf"Tổng (?i:liên đoàn)|(?:Phó\s+)?Thủ tướng(?:\s+Thường trực)?(?=\s+(?:[{_U}]|vừa\s|đã\s))|"
                 # the Government ("Chính phủ vừa ban hành Chương trình hành động …": "vừa" taken off below)
                 r"Chính phủ(?=\s+vừa\s)|"
                 # the Youth Union's central committee as the press names it ("Trung ương Đoàn vừa ban hành kế hoạch
                 # …")
                 r"Trung ương Đoàn(?=\s+vừa\s)|"
                 # the Party's Secretariat ("Ban Bí thư Trung ương Đảng vừa ban hành Chỉ thị số 06-CT/TW …"; the
                 # Politburo is read as a "Bộ", its signer's name and offices read off below)
                 r"Ban Bí thư(?=\s)|Ban(?=\sBí thư,)|"
                 # one of the Central Committee's boards ("Ban Tuyên giáo Trung ương đã có văn bản số 71-HD/BTGTW …")
                 rf"{_CENTRAL_BOARD}(?=\s+Trung ương\s)|"
                 # the National Assembly's Secretary General ("Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc ký Văn bản số
                 # 2672/TTKQH-TT …": his name read off below)
                 r"Tổng\s+[Tt]hư\s+ký\s+Quốc\s+hội(?:,\s+Chủ\s+nhiệm\s+Văn\s+phòng\s+Quốc\s+hội)?(?=\s)|"
                 # the National Assembly's chairman ("Chủ tịch Quốc hội Trần Thanh Mẫn đã ký ban hành Nghị quyết số
                 # 1790/NQ-UBTVQH15 …": the Assembly's or its Standing Committee's, by the number; his name read off)
                 r"Chủ\s+tịch\s+Quốc\s+hội(?=\s)|"
                 # an election committee ("Ủy ban Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND TPHCM nhiệm kỳ
                 # 2026-2031 vừa ban hành Nghị quyết …": not the council it elects)
                 rf"{UY} ban [Bb]ầu cử(?=\s)|"
                 # the Assembly's Standing Committee ("Ủy ban Thường vụ Quốc hội đã ban hành nghị quyết sắp xếp …")
                 rf"{UY} ban Thường vụ Quốc hội(?=\s+(?:vừa|đã)\s)|"
                 # the Fatherland Front's committee or its standing board, a mass organisation ("Hội Cựu chiến binh
                 # tỉnh mới đây vừa ban hành Kế hoạch …", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã ban hành …",
                 # "Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch …")
                 rf"(?:Ban Thường trực |Ban Thường vụ |Ban Chấp hành )?(?:{UY} ban (?:MTTQ|Mặt trận Tổ quốc)|"
                 r"Hội (?:Cựu chiến binh|Nông dân|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Chữ thập đỏ|Người cao tuổi|Khuyến học|"
                 r"Cựu thanh niên xung phong)|"
                 r"Liên đoàn Lao động|LĐLĐ|(?:Tỉnh|Huyện|Thành|Thị) đoàn)|"
                 # a Party committee, its standing committee or one of its boards ("Ban Thường vụ Tỉnh ủy Yên
                 # Bái", "Ban Tuyên giáo Tỉnh ủy Trà Vinh")
                 rf"(?:{_PARTY_BOARD} )?(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) {UY}|"
                 # ("Ban Chấp hành Đảng bộ tỉnh Đắk Lắk vừa ban hành nghị quyết …")
                 r"Đảng bộ(?=\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s)))"
                 # (the body's name: no verb of issuing inside, "UBND tỉnh ban hành Công văn số 703 …
                 # và lập kế hoạch" names no "UBND tỉnh ban hành Công văn …")
                 # ("TP." for thành phố: "UBND TP. Hồ Chí Minh"; no "/": a date, "Thứ ba 22/10/2019", is no
                 # part of a name)
                 # ("số" only before a number: "Ban Chỉ đạo … và Chuyển đổi số đã ban hành …" is one name)
                 # (the verb as a word, before a comma too: "Sở … chủ trì, phối hợp với … tham mưu UBND tỉnh xây
                 # dựng Chương trình" names no body "Sở … chủ trì, …")
                 # (no group of bodies: "UBND các huyện, thành phố tổ chức quán triệt, xây dựng kế hoạch …")
                 # ("Phó Thủ tướng …, Trưởng Ban chỉ đạo quốc gia về …, vừa có công điện …": "Ban chỉ đạo" is a name)
                 # ("Sở GTVT cho biết, đơn vị này vừa ban hành …": what a body says is no part of its name; "đơn
                 # vị này", the body itself, issued it)
                 # (nor what it set about: "Sở GTVT Gia Lai triển khai xây dựng Kế hoạch …"; a board's name goes on,
                 # "Ban Chỉ đạo triển khai thực hiện Đề án 06 …")
                 # (nor its duty: "Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh xây dựng kế hoạch …" drew up nothing; a "Tổ
                 # giúp việc" is a name)
                 # (the verb "giao", not the "giao" of "Bộ Ngoại giao", whose name had ended at "Ngoại")
                 r"(?:\s(?!các\s)(?:(?!(?<!\bBan)\s(?:ban hành|chỉ đạo|(?<!Ngoại\s)giao|chủ trì|yêu cầu|đề nghị"
                 r"|tham mưu"
                 r"|có nhiệm vụ|giúp(?!\s+việc))(?!\w)"
                 r"|\striển khai(?=\s+(?:xây dựng|ban hành)\s)"
                 # (nor what else it did: "Ủy ban nhân dân tỉnh đã phân loại thành 77 nội dung và ban hành Văn bản
                 # …")
                 # (nor what it says, "Chủ tịch Quốc hội … nêu rõ, việc ban hành Nghị quyết 66 là đòi hỏi …": the act of
                 # issuing as a noun is no one's issuing)
                 # (nor a subject: "… của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch …")
                 r"|\ssố\s+\d|\s(?:cho biết|nêu rõ|nhấn mạnh|khẳng định|cho rằng)\b|\sthông tin,|\sviệc\s+ban hành\b"
                 r"|\svề\s+việc\b"
                 # (nor what it submits to another: "UBND TP cũng trình HĐND TP ban hành nghị quyết …" is a proposal, no
                 # body "UBND TP cũng trình HĐND TP"; "công trình", "chương trình", "quy trình" are words of names)
                 r"|(?<!ông)(?<!ương)(?<!quy)\strình\s"
                 # (nor what it will or would do: "Chủ tịch UBND cấp xã sẽ trực tiếp tham gia khi có thông báo của …";
                 # nor what it needs or has to do, "Sở Giáo dục- Đào tạo cần có văn bản chỉ đạo các trường …")
                 r"|\s(?:sẽ|khi|nếu|cần|phải)\s"
                 r"|\sđã\s+(?!(?:(?:khẩn trương|kịp thời|chính thức)\s+)?(?:ký\s+)?"
                 r"(?:ban hành|ký|lập|xây dựng|có|ra)\b))"
                 # ("T.Ư" for Trung ương: "Ban Bí thư T.Ư Đoàn ban hành kế hoạch …")
                 # (a name in quotes read whole, a number in it too: "Ban Chỉ đạo xây dựng Đề án “Tổng kết 10 năm thực
                 # hiện Nghị quyết số 22-NQ/TW …”")
                 r"(?:TP\.|Tp\.|T\.Ư|“[^“”\n]{1,200}”|[^.;:/])){2,140}?"
                 # (or a Party committee named by its level alone, its place left to the page: "…, ngày 30/12/2016, Ban
                 # Thường vụ Tỉnh ủy ban hành Nghị quyết số 11-NQ/TU …")
                 rf"|(?:{_COMMITTEE_BY_LEVEL})(?=\s+ban hành\s)))"
                 r"(?:\s+cho biết,?\s+(?:đơn vị|cơ quan|[Ss]ở|[Nn]gành|[Bb]ộ|địa phương) này)?"
                 # ("vừa có Công văn số …": has a numbered document, which it issued)
                 # ("Bộ trưởng Bộ … Trần Đức Thắng đã ký quyết định ban hành Chương trình hành động …": the minister
                 # signed the decision issuing it)
                 # ("vừa ký Quyết định số 759 …": just signed it, which issues it; "… đã ký Quyết định số 77 …" reports
                 # an earlier one)
                 # ("HĐND tỉnh Khánh Hòa vừa thông qua 2 nghị quyết …": a council passes its resolutions)
                 # ("… Ủy ban nhân dân tỉnh Đồng Nai Ban hành Quyết định số 17/2025/QĐ-UBND …", capitalised)
                 # ("UBND TP.Đà Nẵng quyết định ban hành kế hoạch …": decided to issue it)
                 # ("… đã ký và ban hành Thông tư số 01/2023/TT-VPCP …")
                 rf"\s+(?:vừa\s+)?(?:đã\s+)?(?:triển khai\s+(?=xây dựng\s|ban hành\s))?"
                 rf"(?:(?:ký\s+(?:và\s+)?(?:quyết định\s+)?|quyết định\s+)?(?:[Bb]an hành|lập|"
                 r"xây dựng|"
                 r"thông qua(?=\s+(?:[2-9]\s+)?[Nn]ghị quyết\s)|"
                 # ("có công điện khẩn số …", "ra công điện khẩn …": an urgent one)
                 rf"có(?=\s+(?:{_NEWS_TYPE_WORDS}|văn bản|công văn|công điện)(?:\s+{_URGENT})?"
                 # (its number in brackets: "Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo …")
                 r"\s+\(?(?:[Ss]ố:?\s|\d)|"
                 # ("Bộ Y tế vừa có văn bản gửi các đơn vị …": a letter, unnumbered)
                 # ("UBND TPHCM vừa có thông báo nghỉ Tết …": a notice; "Bộ Y tế vừa có công điện gửi …")
                 # ("UBND tỉnh vừa có quyết định công nhận 5 xã …")
                 rf"\s+(?:{_LETTER_OF}|thông báo|[Cc]ông điện(?:\s+{_URGENT})?|quyết định)\s)|"
                 # ("Văn phòng Chính phủ vừa ra thông báo kết luận …")
                 # ("Sở Nội vụ TP. Cần Thơ phát đi thông báo về việc …": sent out a notice)
                 # ("Ban Tuyên giáo Trung ương phát hành Hướng dẫn 165-HD/BTGTW …": released it)
                 r"(?:ra|phát đi)(?=\s+(?:[Cc]ông điện|[Cc]hỉ thị|[Tt]hông báo|[Cc]ông văn|[Qq]uyết định)\s)|"
                 r"phát hành(?=\s+(?:[Hh]ướng dẫn|[Kk]ế hoạch|[Cc]hỉ thị|[Tt]hông báo|[Cc]ông văn|[Qq]uyết định|"
                 r"[Nn]ghị quyết)\s))\s+|"
                 r"(?<=vừa\s)ký\s+|"
                 # ("UBND thành phố Hà Nội vừa có kế hoạch thực hiện Đề án …": just issued one; "có kế hoạch" alone may
                 # be an intention; "Ủy ban bầu cử TPHCM vừa có Nghị quyết công bố …")
                 r"(?<=vừa\s)có(?=\s+(?:[Kk]ế hoạch|[Cc]hỉ thị|[Nn]ghị quyết)\s)\s+|"
                 # ("Bộ Khoa học và Công nghệ đã gửi công văn 3510/BKHCN-KHTH tới …": sent it, its letter)
                 r"gửi(?=\s+(?:[Cc]ông văn|[Vv]ăn bản|[Cc]ông điện)\s)\s+|"
                 # ("UBND tỉnh Thanh Hóa vừa phê duyệt Kế hoạch kiểm tra …": the plan it just approved)
                 r"(?<=vừa\s)phê duyệt(?=\s+(?:[Kk]ế hoạch|[Cc]hương trình)\s)\s+|"
                 # ("UBND tỉnh vừa quyết định thành lập Ban Chỉ đạo …": decided it, a decision; "quyết định" the verb,
                 # and the document's type)
                 r"(?<=vừa\s)(?=quyết định\s+(?:thành lập|phê duyệt|công nhận|kiện toàn|điều chỉnh|giao|phân bổ|"
                 r"cho phép|bổ nhiệm|ban hành)\s)|"
                 # ("Ngày 27-10, Thủ tướng Phạm Minh Chính ký quyết định phân công …", "Chiều nay 27.9, Chủ tịch UBND
                 # tỉnh … ký Công điện khẩn số 03/CĐ-UBND …": signs it, which issues it)
                 # ("Phó Thủ tướng … đã ký Công điện số 217/QĐ-TTg ngày 16/11/2025 …" too; an earlier one, "Năm 2024,
                 # Chủ tịch UBND tỉnh đã ký Quyết định số 77 …", is told by its sentence: SIGNED_BEFORE)
                 # ("Giám đốc Sở … đã ký văn bản hỏa tốc đề nghị …": a letter, read as "văn bản" below)
                 # ("… đã ký gửi Công điện hỏa tốc số 1677/CĐ-TTg đến các Bộ …": signed and sent it)
                 # ("Thủ tướng … đã ký các quyết định chỉ định …": several of one type, that type)
                 r"ký(?:\s+gửi)?(?=\s+(?:các\s+)?(?:[Qq]uyết định|[Cc]ông điện|[Cc]hỉ thị|[Cc]ông văn|[Vv]ăn bản)\s)"
                 r"\s+(?:các\s+)?)"
                 # (in lower case too, "Chủ tịch UBND tỉnh vừa ban hành chỉ thị …", but for "văn bản": any document)
                 # ("văn bản số 155/BVHTTDL-VP": a numbered one; a "Công điện", the Prime Minister's urgent dispatch)
                 # ("… vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, 310/QĐ-UBND) công nhận …": several of one
                 # type, that type)
                 r"(?:(?<=ban hành\s)[2-9]\s+(?=[Qq]uyết định|[Kk]ế hoạch|[Cc]ông văn)|(?<=thông qua\s)[2-9]\s+)?"
                 r"(?P<t>[Kk]ế hoạch|[Qq]uyết định|[Cc]hỉ thị|[Cc]ông văn|Văn bản|"
                 # (or one carrying out another: "… vừa ký ban hành văn bản triển khai thực hiện Quyết định
                 # 1012/QĐ-TTg …")
                 # (or announcing others: "… đã ký ban hành văn bản công bố các nghị quyết …")
                 rf"văn bản(?=(?:\s+{_URGENT})?(?:\s+(?:[Ss]ố:?\s*)?\d|\s+{_LETTER_DOES}\s"
                 r"|\s+(?:triển khai|công bố)\s))|"
                 r"[Tt]hông báo|"
                 # (a ministry's circular, the Government's decree, a Party conclusion: "Bộ Thông tin và Truyền thông
                 # vừa ban hành Thông tư số 22/2021/TT-BTTTT …")
                 # (in lower case too: "Thống đốc Ngân hàng nhà nước đã ban hành thông tư hướng dẫn …")
                 r"[Nn]ghị quyết|[Cc]hương trình|[Cc]ông điện|[Tt]hông tư|Nghị định|Kết luận|"
                 # (a conclusion in lower case when numbered or what it is about follows: "Ban Thường vụ Tỉnh ủy ban
                 # hành kết luận về tăng cường …"; not "đưa ra kết luận", findings)
                 r"kết luận(?=\s+(?:số\s+)?\d|\s+về\s)|"
                 # (a guidance: "Ban Tổ chức Trung ương vừa ban hành Hướng dẫn số 12-HD/BTCTW …"; in lower case only
                 # numbered, "vừa ban hành hướng dẫn về …" may be any document that guides)
                 r"Hướng dẫn|hướng dẫn(?=\s+(?:số\s+)?\d)|"
                 # (a numbered scheme: "Ban Thường vụ Tỉnh uỷ ban hành Đề án số 32-ĐA/TU …"; a numbered operational
                 # plan: "UBND tỉnh vừa ban hành Phương án số 27/PA-UBND …")
                 r"Đề án(?=\s+(?:số\s+)?\d)|Phương án(?=\s+(?:số\s+)?\d))\b")
# opening its sentence, or after the body that advised it ("Sở Nội vụ đã tham mưu Uỷ ban nhân dân tỉnh Hà Nam ban
# hành Kế hoạch số …": the committee issued it; advising it to draw one up, "tham mưu UBND tỉnh xây dựng Chương
# trình …", is a task, nothing issued); or one of the first lines (NEWS_ISSUER_LINE, matched there: "Ban Thường vụ
# Tỉnh ủy vừa ban hành …" under a headline)
# (after a news dateline: "(HCM CityWeb) - UBND TP vừa ban hành …", "CTTĐT - Ngày 6/8, …", "Kinhtedothi - ", "(CLO) ",
# "(BVBNĐ-13/01/2012) ";
# after what a source says: "nguồn tin của PLO cho biết Ban Chấp hành Đảng bộ tỉnh … vừa ban hành …", "Bộ Y tế thông
# tin, Bộ trưởng … vừa ký …"; after a date
# with no comma: "Ngày 29/01/2021 Bộ Nội vụ ra Công văn Số 416/BNV-TGCP …")
NEWS_ISSUER = re.compile(r"(?:^|[.;]\s+|,\s+|\d{4},\s+|\b[Nn]gày\s+\d{1,2}/\d{1,2}/\d{4}\s+|"
                         # ("Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU …")
                         rf"\bNgày\s+{_NEWS_DATE}\s+|"
                         # (after a page's time and date: "10:51, 23/03/2021 UBND tỉnh Khánh Hòa vừa ban hành …")
                         r"\b\d{1,2}:\d{2},?\s+\d{1,2}/\d{1,2}/\d{4}\s+|"
                         # (or its date and time: "08/09/2023 11:22 UBND tỉnh Hà Nam mới đây đã ban hành …")
                         r"\b\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}\s+|"
                         r"\b(?:cho biết,?|thông tin,)\s+|"
                         # (a headline run into its lead on one line: "Cần Thơ: không phải đóng quỹ quốc phòng, an ninh
                         # HĐND TP Cần Thơ vừa ban hành nghị quyết …": a body just after a word, when it "just" issued)
                         # (not after a signer's title, "Phó Chủ tịch UBND …", read with it below)
                         # (nor after "của": "… Đề án “Tổng kết … Nghị quyết số 22-NQ/TW của Bộ Chính trị về Hội nhập
                         # Quốc tế” vừa ký …" names whose resolution it was, not who signed)
                         # (nor inside an office's name: "Văn phòng UBND Thành phố vừa ban hành Thông báo …", read whole
                         # from its line)
                         # (nor after "đại biểu": "Ủy ban Bầu cử đại biểu Quốc hội … và đại biểu HĐND TPHCM … vừa ban
                         # hành …" is the election committee's)
                         rf"(?<=[{_L}]\s)(?<!Chủ tịch\s)(?<!hường trực\s)(?<!biểu\s)(?<!Giám đốc\s)(?<!trưởng\s)"
                         r"(?<!của\s)(?<!Văn phòng\s)"
                         # (or its chairman: "… lũ ống, lũ quét Chủ tịch UBND tỉnh Nghệ An - Trưởng Ban Chỉ huy … vừa ký
                         # ban hành Công điện khẩn số 42/CĐ-UBND …")
                         r"(?=(?:(?:Phó\s+)?Chủ tịch\s+(?:[Tt]hường trực\s+)?)?(?:UBND|HĐND|Sở|Bộ)\s[^.;:]{3,100}?"
                         r"\svừa\s+(?:ban hành|có|ký|ra)\s)|"
                         r"\btham mưu(?:\s+cho)?\s+(?=[^.;:]{3,140}?\sban hành\s)|"
                         r"\)\s*[-–—]\s+|(?<!\w)[A-ZĐ][\w.]{1,20}\s+[-–—]\s+|^\([A-ZĐ][\w.&]{1,20}(?:-\d{1,2}/\d{1,2}/\d{4})?\)\s+|"
                         # (a dateline in capitals, the place and its province: "SÔNG HINH, ĐẮK LẮK — UBND xã …")
                         rf"(?<!\w)[{_U}]+(?:,?\s+[{_U}]+){{0,5}}\s+[-–—]\s+)"
                         + _NEWS_ISSUING)
# the document named first, then the body that has just issued it, in the first lines ("Thông tin được nêu ra trong Kế
# hoạch thanh tra năm 2026 vừa được Thanh tra Chính phủ ban hành.", "Kế hoạch quốc gia về … do Thủ tướng Nguyễn Xuân
# Phúc mới ban hành"); "do … ban hành" without "vừa" or "mới" names who issued a document cited, not one just issued
NEWS_PASSIVE_ISSUER = re.compile(
    rf"(?<!\w)(?P<t>{_NEWS_TYPE_WORDS}|{_NEWS_TYPE_WORDS.lower()})(?!\w){_IN_SENTENCE}{{0,160}}?\s+"
    rf"(?=(?:vừa|mới)\s+được\s|do\s{_IN_SENTENCE}{{3,100}}?\s(?:vừa|mới)\s+(?:ký\s+)?ban hành\b)"
    rf"(?:(?:vừa|mới)\s+được|do)\s+(?P<who>(?:[{_U}]){_IN_SENTENCE}{{2,100}}?)\s+(?:(?:vừa|mới)\s+)?(?:ký\s+)?"
    r"ban hành\b")
# (after the date a stored page's first line may open with: " date 2025-04 Phó Thủ tướng … vừa ký …"; after the
# dash of a dateline whose date and time stand on a line above: "06/05/2021 - 05:44" / " - UBND tỉnh … vừa ban hành …")
NEWS_ISSUER_LINE = re.compile(rf"[ \t]*(?:[-–]\s+)?(?:{PAGE_DATE.pattern})?" + _NEWS_ISSUING)
NA_SECRETARY_GENERAL = "Tổng Thư ký Quốc hội"
# the central bodies a notice names by these very names: the Prime Minister, the Government and its Office, the Youth
# Union's central committee, the National Assembly's Secretary General, the Party's Politburo and Secretariat
NATIONAL_NAMED = ("Thủ tướng Chính phủ", "Chính phủ", "Văn phòng Chính phủ", YOUTH_UNION_CENTRAL, NA_SECRETARY_GENERAL,
                  "Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Ủy ban Thường vụ Quốc hội")
# the Vietnam General Confederation of Labour as a notice names it
NATIONAL_UNION = re.compile(r"Tổng (?i:liên đoàn) (?:Lao động (?:VN|Việt Nam)|LĐLĐVN|LĐVN)$")
# a central council by its name: "Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương", "Hội đồng … Quốc gia" (no
# local unit in it)
_CENTRAL_COUNCIL = (r"Hội đồng\s(?:(?!\b(?:tỉnh|thành phố|huyện|quận|xã|phường)\s)[^;()])+?"
                    r"\s(?:Trung ương|Quốc gia|trung ương|quốc gia)")
# a national body a notice names, beside the ministries ("Thanh tra Chính phủ", "Kiểm toán Nhà nước khu vực IV";
# not a province's branch: "Ngân hàng Nhà nước chi nhánh tỉnh …", "Bảo hiểm xã hội tỉnh …")
NATIONAL_BODY = re.compile(r"(?:Thanh tra Chính phủ|Kiểm toán Nhà nước(?:\s+khu vực\s+[IVXLC\d]+)?|"
                           # (a central body's regional branch: "Kho bạc Nhà nước khu vực XII", "Ngân hàng Nhà nước
                           # Chi nhánh khu vực 5")
                           r"(?:Kho bạc Nhà nước|Bảo hiểm xã hội|Chi cục (?:Hải quan|Thuế)|Ngân hàng Nhà nước [Cc]hi "
                           r"nhánh)\s+[Kk]hu vực\s+[IVXLC\d]+|"
                           # (a ministry's general department, "Tổng cục Lâm nghiệp", "Tổng cục Thuế"; not its
                           # provincial or regional branch)
                           r"Tổng cục (?!.*\b(?:tỉnh|thành phố|TP|huyện|quận|khu vực)\b)[^,;()]{2,60}|"
                           # (a ministry's department, "Cục Bảo vệ thực vật", "Cục Phòng bệnh"; not one of the
                           # departments a province had before 2025, "Cục Thuế", "Cục Hải quan", named without it)
                           r"Cục (?!(?:[Tt]huế|[Hh]ải quan|[Tt]hống kê|[Tt]hi hành án|[Qq]uản lý thị trường)\b)"
                           r"(?!.*\b(?:tỉnh|thành phố|TP|huyện|quận|khu vực|vùng)\b)[^,;()]{2,60}|"
                           r"Ban Bí thư (?:Trung ương|T\.Ư|TW) Đoàn(?: TNCS Hồ Chí Minh)?|"
                           # (a central council: "Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương")
                           rf"{_CENTRAL_COUNCIL}$|"
                           r"Ngân hàng Nhà nước(?:\s+Việt Nam)?|Bảo hiểm [Xx]ã hội (?:Việt Nam|VN)|"
                           # (the Central Committee's boards: "Ban Tuyên giáo Trung ương")
                           rf"{_CENTRAL_BOARD} Trung ương(?: Đảng)?|Văn phòng Trung ương Đảng|"
                           # (a ministry's Party committee, "Đảng ủy Bộ Dân tộc và Tôn giáo"; not a province's military
                           # command's, "Đảng ủy Bộ Chỉ huy Quân sự tỉnh …")
                           rf"Đảng {UY} Bộ (?!Chỉ huy|đội)[^,;]{{2,60}})$")
# a central steering committee as a notice names it ("Ban Chỉ đạo Trung ương về phát triển khoa học …", "Ban Chỉ
# đạo liên ngành Trung ương về an toàn thực phẩm", "Ban Chỉ đạo phòng thủ dân sự quốc gia"), not a province's ("…
# tỉnh Nam Định")
NATIONAL_STEERING = re.compile(r"Ban Chỉ đạo (?:(?!tỉnh|thành phố|huyện|quận|thị xã|xã|phường)[^\s]+\s+){0,4}?"
                               # (or the Government's: "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ …")
                               r"(?:Trung ương|quốc gia|của Chính phủ)\b"
                               r"(?!.*\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s)",
                               re.I)
# a prime minister or minister who signs as the head or deputy head of a steering committee ("Phó Thủ tướng …, Trưởng
# Ban Chỉ đạo quốc gia về …", "Bộ trưởng Bộ Y tế … - Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương về …")
# (the minister's title read off before, "Bộ NN-PTNT Lê Minh Hoan, Phó trưởng Thường trực Ban Chỉ đạo quốc gia …")
# (the dash glued to the name before it: "Thủ tướng Chính phủ Phạm Minh Chính-Trưởng ban Chỉ đạo của Chính phủ …")
HEAD_OF_STEERING = re.compile(r"(?:(?:Phó\s+)?Thủ tướng|Bộ(?:\s+trưởng)?)\s.*?(?:,|\s?[-–])\s*(?:Phó\s+)?[Tt]rưởng\s+"
                              r"(?:[Bb]an\s+)?(?:Thường trực\s+)?(?P<board>[Bb]an Chỉ đạo\s.+?),?$")
# the chairman of a central council signing for it, whatever else he is ("Phó Thủ tướng Chính phủ Lê Thành Long - Chủ
# tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương", "Chủ tịch Hội đồng … Trung ương, Bộ trưởng Bộ Tư
# pháp"): the council's document
HEAD_OF_COUNCIL = re.compile(rf"(?:^|[,–-]\s*)(?:Phó\s+)?Chủ tịch\s+(?P<council>{_CENTRAL_COUNCIL})(?=\s*(?:[,(–-]|$))")
# what a sentence says before "… đã ký <document>" when the document is an earlier one: its year or month, "before"
# ("Năm 2024, Chủ tịch UBND tỉnh đã ký Quyết định số 77 …", "Trước đó, …"), in the words just before the signer
SIGNED_BEFORE = re.compile(r"\b(?:Năm\s+\d{4}|Tháng\s+\d{1,2}(?:/\d{4})?|Trước đó|Trước đây|Từ năm|"
                           r"Cuối năm|Đầu năm|Hồi)\b[^.;]*$")
# what a sentence says before the issuing body when it states a rule, what the body does every year or by a date
# ("Trước ngày 15/6 hàng năm, Tổng Kiểm toán nhà nước ban hành văn bản hướng dẫn …"), not what it has just issued
RULE_BEFORE = re.compile(r"(?:\b(?:hằng|hàng)\s+(?:năm|quý|tháng)|\bđịnh kỳ|\bTrước ngày)\b[^.;]*$")
# a duty a rule gives, not an act ("…, Bộ trưởng có trách nhiệm ban hành kế hoạch thanh tra của Bộ.")
DUTY = re.compile(r"\s(?:có|chịu)\s+trách\s+nhiệm$")
# a minister's name after the ministry's ("… và Môi trường Trần Đức Thắng")
# (after a dash too: "Thứ trưởng Bộ Y tế - Nguyễn Thanh Long đã ký …")
# (after a ministry's letters too: "Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký Quyết định …", "Bộ GD&ĐT")
MINISTERS_NAME = re.compile(rf"^(?P<ministry>Bộ\s(?:.*?\s[{_L}]+|[{_U}][{_U}&-]+))(?:\s+[-–])?"
                            rf"(?:\s+[{_U}][{_L}]*){{2,4}}$")
# the head's name after a central body's ("Ngân hàng Nhà nước Nguyễn Thị Hồng", "Kiểm toán Nhà nước Hồ Đức Phớc";
# not "Kiểm toán Nhà nước khu vực IV")
HEADS_NAME = re.compile(rf"^(?P<body>Ngân hàng Nhà nước(?: Việt Nam)?|Kiểm toán Nhà nước|Thanh tra Chính phủ)"
                        rf"(?!\s+Việt Nam$)(?:\s+[{_U}][{_L}]*){{2,4}}$")
# the province a department's name ends with ("Sở GD&ĐT Lào Cai", "Sở Y tế tỉnh Quảng Nam", "Sở GD-ĐT thành phố Đà
# Nẵng"; its words in capitals, "Sở Giáo dục và Đào tạo" ends with none)
DEPARTMENTS_PROVINCE = re.compile(rf"Sở\s.*?\s(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?P<name>(?:[{_U}][{_L}]+\s){{0,2}}"
                                  rf"[{_U}][{_L}]+)$")
# a province's committee or council as a notice names it ("UBND tỉnh Đắk Nông", "HĐND thành phố Cần Thơ")
# ("Hội đồng Nhân dân Thành phố Hồ Chí Minh đã thông qua Nghị quyết …": the city's word capitalised)
PROVINCES_COMMITTEE = re.compile(r"(?:UBND|HĐND|(?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân)\s+(?:tỉnh|[Tt]hành phố)\s+"
                                 r"(?P<name>.+)")
# a district's, ward's or commune's committee or council as a notice names it ("UBND phường Bến Thành", "Ủy ban nhân dân
# xã Tam Thanh"): the unit is placed before any other place the page names (the plan of the city it carries out)
# (the words of a unit's name as a text prints them: "Ô Môn", "Đăk BLa", "SRó", "Ea M’Droh", "Đam Rông 4", "Văn Miếu -
# Quốc Tử Giám", the 2025 list's; they had been no place)
_MIXED_NAME_WORD = rf"(?:[{_U}][{_U}{_L}]*(?:[’'][{_U}{_L}]+)*|\d{{1,2}})"
LOCAL_COMMITTEE = re.compile(rf"(?:UBND|HĐND|(?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân)\s+"
                             rf"(?P<unit>huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+"
                             rf"(?P<name>{_MIXED_NAME_WORD}(?:\s+(?:[-–]\s+)?{_MIXED_NAME_WORD}){{0,4}})")
# a director's name after the department's ("Sở Giáo dục và Đào tạo Lê Thị Hương")
DIRECTORS_NAME = re.compile(rf"^(?P<department>Sở\s.*?\s[{_L}]+)(?:\s+[{_U}][{_L}]*){{2,4}}$")
# the number after the type a notice's issuing sentence names
# (after a word or two saying which kind: "Chương trình công tác số 03-CTr/TU", "Kế hoạch liên tịch số …", "công điện
# khẩn số …", a legal normative one: "Quyết định pháp quy số 89/2025/QĐ-UBND", "văn bản chỉ đạo số 682-CV/TU", a letter
# that guides: "văn bản hướng dẫn số 231/SNV-XDCQ"; "số"
# typed twice, "Văn bản số số 5525/…")
NEWS_NUMBER = re.compile(rf"(?:\s+(?:{_URGENT}|công tác|hành động|liên tịch|phối hợp|pháp quy|chỉ đạo|hướng dẫn))?"
                         rf"\s+(?:\(\s*(?=[Ss]ố))?(?:[Ss]ố:?\s*(?:số\s+)?)?{NUMBER}")
# the number a notice's sentence gives in brackets at its end, after the type ("… (Kế hoạch số 08/KH-UBND).")
NEWS_BRACKETED = re.compile(rf"[^.;()]{{0,200}}?\(\s*(?P<t>{_NEWS_TYPE_WORDS})\s+(?:số\s+)?{NUMBER}\s*\)")
# the place of a Party committee a notice names ("Ban Thường vụ Tỉnh ủy Yên Bái" -> tỉnh Yên Bái)
# a body's term after its name ("… tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – 2024", "… Đảng bộ tỉnh (khóa XVI)")
_TERM_NUMBER = rf"\s+{BODY_TERM}"
_TERM_YEARS = r"nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}"
TERM = re.compile(rf"(?:{_TERM_NUMBER})?,?\s*(?:{_TERM_YEARS})?$")
# (and the name ends there: what follows the term after a comma is the sentence's)
TERM_RUN_ON = re.compile(rf"({_TERM_NUMBER},?\s*(?:{_TERM_YEARS})?),.*$")
# (and of a youth union's committee: "Tỉnh đoàn Khánh Hòa")
NEWS_PARTY = re.compile(rf"(?:{_PARTY_BOARD} )?(?P<level>Tỉnh|Thành|Huyện|Quận|Thị) (?:{UY}|đoàn)\s+"
                        rf"(?P<name>(?:[{_U}][{_L}]+\s+){{0,3}}[{_U}][{_L}]+)")
# "TP" or "TP." for thành phố, before a name: "UBND TP Cần Thơ", "TP.Hồ Chí Minh"
_TP = r"\bTP\b\.?\s*"
# a place named in running text: "tỉnh Bắc Ninh", "huyện Lý Sơn" (title case), "TP Cần Thơ", "trên địa bàn Hà Nội",
# "TP.HCM"
PLACE_MENTION = re.compile(rf"(?<![{_L}])(?:(?P<unit>tỉnh|thành phố|huyện|quận|thị xã)\s+|{_TP}"
                           rf"|T[Pp](?=\.?\s?HCM\b)\.?\s?|(?P<area>trên địa bàn)\s+)"
                           # (no title of an office: "… HĐND TP. Chủ tịch …" names no "Chủ", which folds as Chũ does)
                           rf"(?!Chủ\s+tịch\b|Phó\s+Chủ\b|Bí\s+thư\b|Giám\s+đốc\b)"
                           rf"(?P<name>HCM\b|(?:[{_U}][{_L}]+\s+){{0,3}}[{_U}][{_L}]+)")
# a headline opening with a province's name, before a colon or what it did ("Tiền Giang: Thực hiện …", "Thanh Hóa ban
# hành …", "Thanh Hóa sẵn sàng cho kỳ thi …", "Tuyên Quang phát động …"; after the stored page's " date 2026-01-21 ")
HEADLINE_PLACE = re.compile(rf"{_LINE_OPENS}(?P<name>(?:[{_U}][{_L}]+\s+){{0,3}}[{_U}][{_L}]+)"
                            rf"(?:\s*:\s|\s+(?=[{_L}]))")
# (a headline in capitals: "NAM ĐỊNH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH …", before what the province did)
HEADLINE_PLACE_CAPS = re.compile(rf"{_LINE_OPENS}(?P<name>(?:[{_U}]+\s+){{0,3}}?[{_U}]+)(?:\s*:\s|\s+(?=(?:TRIỂN KHAI|"
                                 r"BAN HÀNH|THỰC HIỆN|TỔ CHỨC|PHÁT ĐỘNG|ĐẨY MẠNH|TĂNG CƯỜNG|XÂY DỰNG|KHẨN TRƯƠNG|"
                                 r"PHÊ DUYỆT|HOÀN THÀNH|ĐẨY NHANH|SẴN SÀNG|CHỦ ĐỘNG|QUYẾT LIỆT)\s))")

# what a headline says it carries out ("… triển khai thực hiện Nghị quyết 08/NQ -TW …"; not the document a body named
# for what it carries out issued: "Ban Chỉ đạo thực hiện Đề án 06 tỉnh Gia Lai vừa ban hành Kế hoạch số 12/KH-BCĐ")
CARRIES_OUT = re.compile(rf"(?i:thực hiện|triển khai)\b(?:(?!\bban hành\b)[^.;]){{0,60}}?(?<![\w/]){NUMBER}")
# a portal's title line naming its issuer after the number ("Kế hoạch 02-KH/BCĐTW 2025 của Ban Chỉ đạo Trung ương về
# …"), to the end of the title's line
TITLE_OF = re.compile(r"\s+(?:năm\s+)?(?:(?:19|20)\d\d\s+)?của\s+(?P<body>[^|•:]{3,160}?)\s*$")
# "của" after a title's number (and year): the body's name follows (OWN_LINE_BODY)
TITLE_OF_BODY = re.compile(r"\s+(?:năm\s+)?(?:(?:19|20)\d\d\s+)?của\s+")
# the same with its date or subject after it ("Thông tư số 84/2017/TT-BTC của Bộ Tài chính ngày 15 tháng 8 năm 2017 về
# việc …"; or its subject after a colon, "Quy định số 97-QĐ/TW của Bộ Chính trị: Sửa đổi …"), when the whole line names
# no national body
TITLE_OF_DATED = re.compile(r"\s+(?:năm\s+)?(?:(?:19|20)\d\d\s+)?của\s+(?P<body>[^|•:]{3,160}?)"
                            r"(?=\s+ngày\s+\d|\s+về\s|\s*:\s)")
# a portal's title line naming the province between the number and the year ("Quyết định 832/QĐ-UBND Thanh Hóa 2024
# danh mục …", "… 3109/QĐ-UBND của Bình Phước năm 2021 …"), matched after PORTAL_TITLE
TITLE_PLACE = re.compile(rf"\s+(?:của\s+)?(?P<name>(?:[{_U}][{_L}]+\s+){{0,3}}[{_U}][{_L}]+)"
                         rf"\s+(?:năm\s+)?(?:19|20)\d\d\b")
# the words in capitals after the number, where a province's name may open them
TITLE_WORDS = re.compile(rf"\s+(?P<name>(?:[{_U}][{_L}]+\s+){{1,4}}[{_U}][{_L}]+)")

# the committee whose chairman signed, and what follows it: a place, or the signer's name ("UBND Thành phố Vũ Thu Hà")
SIGNERS_COMMITTEE = re.compile(r"(?P<body>(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+"
                               r"(?P<unit>tỉnh|[Tt]hành phố|huyện|quận|thị xã|xã|phường))\s+(?P<rest>.+)$")
# a province's web portal the page names near its top ("(Vinhlong.gov.vn) - … Chủ tịch UBND tỉnh ban hành …", a
# banner "https://thachkim.locha.hatinh.gov.vn/…"): the label before ".gov.vn", a province's name run together
PROVINCE_PORTAL = re.compile(r"(?<![A-Za-z0-9-])(?P<label>[A-Za-z-]{4,30})\.gov\.vn\b")
PORTAL_REACH = 800
# a province's committee and nothing after it ("UBND Thành phố")
# ("UBND TP": a city's; renamed after a place of its own kind only: "UBND tỉnh" is no city's)
COMMITTEE_ALONE = re.compile(r"(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?:(?P<tinh>[Tt]ỉnh)|[Tt]hành phố|TP\.?)")
# a notice's committee named without its province (what follows "tỉnh" is no place: an abbreviation, a name)
UNNAMED_COMMITTEE = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b[^,;]{0,12}?\s(?:tỉnh|thành phố)\b")

UNIT_WORD = r"(?P<unit>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|PHƯỜNG|XÃ|ĐẶC KHU|TNH|THNH PH)"
_UBND = r"(?:(?:ỦY|UỶ|UY|Y)\s*BAN\s+NH(?:Â|A)?N\s+D(?:Â|A)?N|UBND)"
_HDND = r"(?:H(?:Ộ|O)?I\s+Đ(?:Ồ|O)?NG\s+NH(?:Â|A)?N\s+D(?:Â|A)?N|HĐND)"
# (a one-letter last word is no capital of the next line's "Độc lập": "XÃ PHÚ MẬU Độc lập")
# (a hyphen inside a name, "PHAN RANG-THÁP CHÀM", not a rule run into it: "HUYỆN NHÀ BÈ----------")
# (an apostrophe inside a name of the Central Highlands, "EA H’LEO"; a dash between two names, "VĂN MIẾU - QUỐC TỬ
# GIÁM", "LANG BIANG - ĐÀ LẠT"; a number after the name, "MÓNG CÁI 2", "A LƯỚI 3", or before it, "1 BẢO LỘC": units of
# 2025)
_NAME_LETTERS = rf"(?:[{_U}]|-(?=[{_U}])|[’'](?=[{_U}]))"
NAME_WORDS = (rf"(?P<name>\d{{1,2}}(?:\s+[{_U}]+\s+[{_U}]+)?(?=\s|\||$)"
              rf"|(?:[{_U}]{_NAME_LETTERS}*(?:\s+[-–])?\s+){{0,4}}[{_U}](?:{_NAME_LETTERS}+|(?![{_L}]))"
              rf"(?:\s+\d{{1,2}}(?=\s|\||$))?)")
LOCAL_BODY = re.compile(rf"(?P<body>{_UBND}|{_HDND})\s+{UNIT_WORD}\s+{NAME_WORDS}")
# a letterhead table whose rows pair the body's lines with the motto's ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ
# HỘI CHỦ NGHĨA VIỆT NAM |" then "XÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |"): the motto's first line
# sits between the body and its unit
LOCAL_BODY_SPLIT = re.compile(rf"(?P<body>{_UBND}|{_HDND})\s*\|?\s*C\w{{1,3}}NG\s+H\w{{1,3}}\s+X\w{{1,2}}\s+H\w{{1,3}}I"
                              rf"\s+CH\w{{1,2}}\s+NGH\w{{1,2}}A\s+VI\w{{1,2}}T\s+NAM\s*\|?\s*{UNIT_WORD}\s+{NAME_WORDS}")
# the enacting line of a committee's or council's decision, over its preamble ("QUYẾT ĐỊNH" / "ỦY BAN NHÂN DÂN TỈNH ĐỒNG
# THÁP" / "Căn cứ Luật …"; its chairman's: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"; a dispatch's sender, "CHỦ TỊCH ỦY BAN
# NHÂN DÂN TỈNH KON TUM điện:"): it names the body with its unit
# (a council's term and session between, "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG" / "KHÓA IX, KỲ HỌP THỨ 4" / "Căn cứ …")
_ENACTING_TERM = rf"(?:\s+KH(?:ÓA|OÁ|OA)\s+[IVXLC\d]+\b[^{_L}]{{0,40}}?)?"
ENACTING_COMMITTEE = re.compile(rf"(?<![{_U}])(?P<body>{_UBND}|{_HDND})\s+{UNIT_WORD}\s+{NAME_WORDS}"
                                rf"(?={_ENACTING_TERM}\s+(?:Căn\s+cứ|CĂN\s+CỨ)\b|\s+điện\s*:)")
# (its province's word alone, "ỦY BAN NHÂN DÂN TỈNH" / "Căn cứ …", over the place-date line of the province's seat,
# "Thủ Dầu Một, ngày …": that town's province's)
ENACTING_PROVINCE = re.compile(rf"(?<![{_U}])(?P<body>{_UBND}|{_HDND})\s+TỈNH"
                               rf"(?={_ENACTING_TERM}\s+(?:Căn\s+cứ|CĂN\s+CỨ)\b)")
# (not the symbol of a number: "| Số hiệu: | 08/KH-UBND |")
LOCAL_BODY_BARE = re.compile(rf"(?<![\w/-])(?P<body>{_UBND}|{_HDND})(?=\s*(?:\||-{{3,}}|CỘNG|C\s*NG|$))")
# a Party committee's letterhead ("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH | ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY QUẢNG NAM")
PARTY_BODY = re.compile(rf"(?<![{_U}])(?P<body>(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+(?:ỦY|UỶ))\s+"
                        rf"(?:{UNIT_WORD}\s+)?{NAME_WORDS}")
# a commune's, ward's or township's Party committee ("ĐẢNG ỦY XÃ LA BẰNG", "ĐẢNG UỶ PHƯỜNG 3")
COMMUNE_PARTY = re.compile(rf"(?<![{_U}])ĐẢNG\s+(?:ỦY|UỶ)\s+(?=XÃ|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU){UNIT_WORD}"
                           rf"\s+{NAME_WORDS}")
# a mass organisation's provincial or district letterhead ("LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "HỘI LIÊN HIỆP
# PHỤ NỮ / TỈNH CAO BẰNG", "ỦY BAN MTTQ VIỆT NAM / TỈNH QUẢNG NGÃI", "BAN CHẤP HÀNH ĐOÀN TỈNH LÂM ĐỒNG"): the
# organisation of that unit, not of the town its place-date line names ("Đà Lạt, ngày …")
MASS_ORGS = {"LIÊN ĐOÀN LAO ĐỘNG": "Liên đoàn Lao động", "HỘI NÔNG DÂN": "Hội Nông dân",
             "HỘI LIÊN HIỆP PHỤ NỮ": "Hội Liên hiệp Phụ nữ", "HỘI CỰU CHIẾN BINH": "Hội Cựu chiến binh",
             "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Mặt trận Tổ quốc Việt Nam",
             "BAN CHẤP HÀNH ĐOÀN": "Ban Chấp hành Đoàn"}
# (their abbreviations as letterheads print them: "BCH HND TỈNH HÀ NAM", "HỘI LHPN TỈNH PHÚ YÊN", "HỘI CCB …")
_MASS_ORG_NAME = (r"LIÊN\s+ĐOÀN\s+LAO\s+ĐỘNG|HỘI\s+NÔNG\s+DÂN|HỘI\s+LIÊN\s+HIỆP\s+PHỤ\s+NỮ|HỘI\s+CỰU\s+CHIẾN\s+BINH|"
                  r"(?:BCH\s+)?HND(?=\s)|HỘI\s+LHPN|HỘI\s+CCB|LĐLĐ(?=\s)|"
                  r"(?:ỦY|UỶ)\s+BAN\s+(?:MTTQ|MẶT\s+TRẬN\s+TỔ\s+QUỐC)\s+VIỆT\s+NAM|(?:BAN\s+CHẤP\s+HÀNH|BCH)\s+ĐOÀN|"
                  # (the Youth Union's committee as its letterheads name it, its unit's word first: "TỈNH ĐOÀN THANH
                  # HÓA", "THÀNH ĐOÀN HÀ NỘI", "HUYỆN ĐOÀN THỌ XUÂN")
                  r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ĐOÀN(?=\s)")
MASS_ORG_START = re.compile(rf"(?<![{_U}])(?:{_MASS_ORG_NAME})")
# (the province's name without its unit's word too: "HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI")
# (a city's "TP.": "BCH ĐOÀN TP. HỒ CHÍ MINH")
MASS_ORG = re.compile(rf"(?P<body>{_MASS_ORG_NAME})(?:\s+VIỆT\s+NAM)?\s*\|?\s*(?:{UNIT_WORD}\s+|TP\b\.?\s*)?"
                      rf"{NAME_WORDS}")
# the Youth Union's committee named by its unit's word: the unit's executive committee ("TỈNH ĐOÀN" is "BAN CHẤP HÀNH
# ĐOÀN" of a province)
YOUTH_UNIT_COMMITTEE = re.compile(r"(?P<level>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ĐOÀN")
MASS_ORG_SHORT = {"BAN CHẤP HÀNH HND": "HỘI NÔNG DÂN", "HND": "HỘI NÔNG DÂN", "HỘI LHPN": "HỘI LIÊN HIỆP PHỤ NỮ",
                  "HỘI CCB": "HỘI CỰU CHIẾN BINH", "LĐLĐ": "LIÊN ĐOÀN LAO ĐỘNG"}
PARTY_UNIT = {"TỈNH": "tỉnh", "THÀNH": "thành phố", "HUYỆN": "huyện", "QUẬN": "quận", "THỊ": "thị xã"}
# a central body's branch in a province or district, under the central body's name or alone ("BỘ CÔNG AN" / "CÔNG AN
# TỈNH NGHỆ AN", "TỔNG CỤC THUẾ" / "CỤC THUẾ TỈNH BẮC NINH", "BẢO HIỂM XÃ HỘI VIỆT NAM" / "BẢO HIỂM XÃ HỘI TỈNH HÀ
# TĨNH"): the branch issues, in its unit (the central body had been read as the issuer, the country as the place)
BRANCHES = {"CÔNG AN": "Công an", "BỘ CHỈ HUY QUÂN SỰ": "Bộ Chỉ huy Quân sự", "BỘ CHQS": "Bộ Chỉ huy Quân sự",
            "BAN CHỈ HUY QUÂN SỰ": "Ban Chỉ huy Quân sự", "BAN CHQS": "Ban Chỉ huy Quân sự",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG": "Bộ Chỉ huy Bộ đội Biên phòng", "CỤC THUẾ": "Cục Thuế",
            "CHI CỤC THUẾ": "Chi cục Thuế", "CỤC HẢI QUAN": "Cục Hải quan", "CỤC THỐNG KÊ": "Cục Thống kê",
            "CHI CỤC THỐNG KÊ": "Chi cục Thống kê", "BẢO HIỂM XÃ HỘI": "Bảo hiểm xã hội",
            "KHO BẠC NHÀ NƯỚC": "Kho bạc Nhà nước", "TÒA ÁN NHÂN DÂN": "Tòa án nhân dân",
            "TOÀ ÁN NHÂN DÂN": "Tòa án nhân dân", "VIỆN KIỂM SÁT NHÂN DÂN": "Viện kiểm sát nhân dân",
            "CỤC THI HÀNH ÁN DÂN SỰ": "Cục Thi hành án dân sự",
            "CHI CỤC THI HÀNH ÁN DÂN SỰ": "Chi cục Thi hành án dân sự",
            # the State Bank's branch in a province, under the Bank's name ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH
            # TỈNH BẮC NINH")
            "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM CHI NHÁNH": "Ngân hàng Nhà nước Chi nhánh",
            "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH": "Ngân hàng Nhà nước Chi nhánh",
            "NHNN CHI NHÁNH": "Ngân hàng Nhà nước Chi nhánh",
            # a province's tax office of 2025, under "CỤC THUẾ" ("THUẾ TỈNH BẮC NINH"), and its basic-level offices
            # ("THUẾ CƠ SỞ 3 TỈNH BẮC NINH", TAX_BASE_OFFICE)
            "THUẾ": "Thuế"}
# a basic-level tax office of 2025, numbered ("THUẾ CƠ SỞ 3"): "Thuế cơ sở 3"
TAX_BASE_OFFICE = re.compile(r"THUẾ\s+CƠ\s+SỞ\s+(?P<n>\d{1,2})")
# (the Bank's branch on the next row, the motto's cell between: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM | CỘNG HÒA …" / "CHI NHÁNH
# THÀNH PHỐ HỒ CHÍ MINH | Độc lập …")
_BRANCH_NAME = "|".join([TAX_BASE_OFFICE.pattern.replace("(?P<n>", "(?:")] + [
    r"\s+".join(k.split()).replace(r"\s+CHI\s+NHÁNH", r"(?:\s*\|[^|]{0,80}?){0,3}\s+CHI\s+NHÁNH")
    for k in sorted(BRANCHES, key=len, reverse=True)])
# (the city's "TP." glued to its name: "BẢO HIỂM XÃ HỘI" / "TP.HỒ CHÍ MINH")
BRANCH = re.compile(rf"(?<![{_U}])(?<!BỘ\s)(?P<body>{_BRANCH_NAME})\s+"
                    + UNIT_WORD.replace("(?P<unit>", rf"(?P<unit>TP\.?(?=\s)|TP\.(?=[{_U}])|")
                    + rf"(?:\s+|(?<=TP\.))(?=[{_U}\d]){NAME_WORDS}")
# a steering committee under the committee's name on the letterhead ("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM … -------")
# (or before the motto's second line, the two columns read row by row: "UBND HUYỆN NGA SƠN / CỘNG HÒA … / BAN CHỈ ĐẠO
# PCGD, XMC / Độc lập – Tự do – Hạnh phúc")
STEERING_BODY = re.compile(rf"(?<![{_U}])BAN\s+CHỈ\s+ĐẠO\s+(?P<name>[{_U}][{_U},\s–-]*?)"
                           r"(?=\s+(?:-{3,}|CỘNG|\||Độc\s+lập))")
# a unit under a local committee, on the letterhead's next line or cell ("UBND HUYỆN THANH OAI" / "TRƯỜNG THCS BÍCH
# HÒA", "UBND HUYỆN THANH CHƯƠNG" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"): that unit issues, not the committee
# (not a title's words: "PHÒNG CHỐNG DỊCH …", "TRƯỜNG HỌC AN TOÀN")
# (a school's level glued to its first word: "TRƯỜNGMN MAI VÀNG")
SUB_UNIT = re.compile(rf"[ \t]*(?P<sub>(?P<head>TRƯỜNG(?!\s+HỌC\b)|PHÒNG(?!\s+(?:CHỐNG|NGỪA|TRÁNH|VỆ|THỦ)\b)|"
                      rf"TRUNG\s+TÂM|BỆNH\s+VIỆN|TRẠM\s+Y\s+TẾ|BAN\s+QUẢN\s+LÝ|CHI\s+CỤC|VĂN\s+PHÒNG)"
                      rf"(?:\s+|(?<=TRƯỜNG)(?=(?:MN|MG|TH|THCS|THPT)\s))[{_U}0-9&][{_U}0-9&.\- ]*?)"
                      rf"[ \t]*(?=\||-{{3,}}|CỘNG|Độc\s+lập|Số\s*:|$)")
SUB_UNIT_REACH = 160
# the rest of a unit's name on the letterhead's next line: a few words in capitals alone on it (not the motto's)
SUB_NAME_RUN_ON = re.compile(rf"[ \t]*(?!CỘNG\b|ĐỘC\b|SỐ\b)(?P<more>(?:[{_U}]+\s+){{0,3}}[{_U}]+)[ \t]*")
# a district's education office over a school's name ("PHÒNG GD&ĐT HOÀI ÂN", "PHÒNG GD-ĐT CAM LÂM", "PHÒNG GIÁO DỤC VÀ
# ĐÀO TẠO HUYỆN THANH OAI")
DISTRICT_OFFICE = re.compile(rf"(?<![{_U}])PHÒNG\s+(?:GD\s*(?:&|-|VÀ)\s*ĐT|GIÁO\s+DỤC\s+(?:VÀ|&)\s+ĐÀO\s+TẠO)\s+"
                             rf"(?:(?P<unit>HUYỆN|QUẬN|THỊ\s+XÃ|THÀNH\s+PHỐ|TP\.?)\s*)?"
                             rf"(?P<name>(?:[{_U}]+\s+){{0,3}}?[{_U}]+)(?=\s+(?:CỘNG|C\s*NG|TRƯỜNG|-{{3,}}|\||Độc|Số\s*:))")
_SUB_HEADS = {"TRƯỜNG": "Trường", "PHÒNG": "Phòng", "TRUNG TÂM": "Trung tâm", "BỆNH VIỆN": "Bệnh viện",
              "TRẠM Y TẾ": "Trạm Y tế", "BAN QUẢN LÝ": "Ban Quản lý", "CHI CỤC": "Chi cục", "VĂN PHÒNG": "Văn phòng"}
# a school's level, as written in its name ("TRƯỜNG TIỂU HỌC …" -> "Trường Tiểu học …"); the longest first
_SCHOOL_LEVELS = tuple(sorted(("MẦM NON", "MẪU GIÁO", "NHÀ TRẺ", "TIỂU HỌC", "TRUNG HỌC CƠ SỞ", "TRUNG HỌC PHỔ THÔNG",
                               "CAO ĐẲNG", "TRUNG CẤP", "ĐẠI HỌC",
                               "PHỔ THÔNG DÂN TỘC NỘI TRÚ", "PHỔ THÔNG DÂN TỘC BÁN TRÚ",
                               "TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG", "TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ"),
                              key=len, reverse=True))
_SUB_UNIT_WORD = re.compile(r"\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)$")
# (not the "XÃ HỘI" of a field's name: "PHÒNG VĂN HÓA - XÃ HỘI")
_SUB_PLACE = re.compile(r"\s+(?P<unit>HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|XÃ(?!\s+HỘI\b)|PHƯỜNG)\s+(?P<name>\S.*)$")
# (a dash in the name, spaced or not: "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "SỞ LAO ĐỘNG-THƯƠNG BINH …")
SO_BODY = re.compile(rf"(?<![{_U}])S(?:Ở|O)?\s+"
                     rf"(?P<name>(?:(?:[{_U}][{_U},&]*(?:-[{_U}]+)?|[–-])\s+|TP\.\s*){{0,14}}?[{_U}][{_U}&]*)"
                     # (or a unit under it on the next line: "SỞ Y TẾ NGHỆ AN" / "BỆNH VIỆN NỘI TIẾT"; not the
                     # "TRƯỜNG" of "MÔI TRƯỜNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", which had been cut to "… và Môi")
                     rf"(?<!MÔI)(?=\s+(?:CỘNG|C\s*NG|Độc|c\s*l|-{{3,}}|\*+(?!\S)|\||Số|S\s*:"
                     r"|(?:BỆNH\s+VIỆN|TRƯỜNG|TRUNG\s+TÂM|CHI\s+CỤC|BAN\s+QUẢN\s+LÝ|TRẠM\s+Y\s+TẾ)\s))")
# a body under a ministry, on the letterhead's next line ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG" / "BAN CHỈ ĐẠO …"): the
# ministry's name ends there (no ministry's name holds these words), when that line ends the letterhead ("… BỘ
# NỘI VỤ BAN HÀNH", "… CƠ QUAN NGANG BỘ VÀ ỦY BAN NHÂN DÂN TỈNH, …" are titles)
SUB_BODY = (rf"(?:BAN\s+(?!HÀNH\b)|CỤC\s|TỔNG\s+CỤC\s|VIỆN\s|TRUNG\s+TÂM\s)(?:[{_U}]+\s+){{0,8}}?"
            rf"(?:-{{3,}}|\*+(?!\S)|CỘNG|\||Số\s*:)")
# (not the "BỘ" of a Party organisation: "ĐẢNG BỘ THÀNH PHỐ HẢI DƯƠNG"; a hyphen inside a word as some letterheads
# print it, "BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI")
# (not the "BỘ" of "CÁN BỘ": "BAN TỔ CHỨC-CÁN BỘ CHÍNH PHỦ-BỘ TÀI CHÍNH" names no "Bộ Chính phủ")
_NOT_CAN_BO = r"(?<!CÁN\s)(?<!CÁN-)"
_MINISTRY_NAME = rf"(?:(?:[{_U}][{_U},]*(?:-[{_U}]+)?|[–-])\s+){{0,8}}?[{_U}][{_U}]*"
MINISTRY = re.compile(rf"(?<![{_U}])(?<!ĐẢNG\s)(?<!ĐỒNG\s){_NOT_CAN_BO}BỘ\s+(?P<name>{_MINISTRY_NAME})"
                      # (the Party's name ends the Politburo's: "BỘ CHÍNH TRỊ / ĐẢNG CỘNG SẢN VIỆT NAM")
                      rf"(?:\s+(?P<dash>[–-])(?=\s+CỘNG))?(?=\s+(?:ĐẢNG\s+CỘNG\s+SẢN|CỘNG|-{{3,}}|\||Số\s*:|{SUB_BODY}))")
# a general department's name heading a letterhead (its ministry's above it or not), up to what ends a letterhead's body
GENERAL_DEPARTMENT = re.compile(rf"(?<![{_U}])TỔNG\s+CỤC(?P<name>(?:\s+[{_U}][{_U},&]*){{1,6}}?)"
                                rf"(?=\s+(?:-?CỘNG\s|-{{3,}}|\*+(?!\S)|\||Số\s*:))")
# a central body's branch serving a region of several provinces (the State Audit's; the Treasury's, Social Insurance's,
# Customs', Tax's and the State Bank's since their 2025 reorganisation), under the central body's line or alone ("BỘ TÀI
# CHÍNH" / "KHO BẠC NHÀ NƯỚC KHU VỰC XII", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH KHU VỰC 5"): the branch issues,
# national (the ministry had been read with the branch's words run into its name, or no issuer)
REGIONAL_BODIES = {"KIỂM TOÁN NHÀ NƯỚC": "Kiểm toán Nhà nước", "KHO BẠC NHÀ NƯỚC": "Kho bạc Nhà nước",
                   "BẢO HIỂM XÃ HỘI": "Bảo hiểm xã hội", "CHI CỤC HẢI QUAN": "Chi cục Hải quan",
                   "CHI CỤC THUẾ": "Chi cục Thuế", "CHI NHÁNH": "Ngân hàng Nhà nước Chi nhánh"}
_REGIONAL_BODY = "|".join(r"\s+".join(k.split()) for k in sorted(REGIONAL_BODIES, key=len, reverse=True))
REGIONAL_BRANCH = re.compile(rf"(?<![{_U}])(?P<body>{_REGIONAL_BODY})\s+KHU\s+VỰC\s+(?P<n>[IVXLC]+|\d{{1,2}})"
                             rf"(?=\s+(?:-?CỘNG\s|-{{3,}}|\*+(?!\S)|\||Số\s*:)|\s*$)")
# (the State Bank's name over its branch's, up to two cells before it: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM | CỘNG HÒA …" / "CHI
# NHÁNH KHU VỰC 5"; a branch of another bank's is no public body's)
STATE_BANK = re.compile(r"NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC|NHNN")
# a ministry's unit on the line under its name: its general departments, departments, offices, institutes, commands
MINISTRY_UNITS = {"TỔNG CỤC": "Tổng cục", "CỤC": "Cục", "VỤ": "Vụ", "HỌC VIỆN": "Học viện", "VIỆN": "Viện",
                  "VĂN PHÒNG": "Văn phòng", "THANH TRA": "Thanh tra", "BTL": "Bộ Tư lệnh", "BỘ TƯ LỆNH": "Bộ Tư lệnh",
                  "BAN CHỈ ĐẠO": "Ban Chỉ đạo"}
_MINISTRY_UNIT_HEADS = "|".join(r"\s+".join(k.split()) for k in sorted(MINISTRY_UNITS, key=len, reverse=True))
MINISTRY_UNIT = re.compile(rf"[ \t|]*(?P<head>{_MINISTRY_UNIT_HEADS})(?P<name>(?:\s+[{_U}][{_U},&]*(?:-[{_U}]+)?)*?)"
                           rf"\s*(?=\||-{{3,}}|\*+(?!\S)|CỘNG\s|$)")
# the enacting line of a minister's decision over its preamble, on a page that lost its letterhead ("QUYẾT ĐỊNH / BAN
# HÀNH KẾ HOẠCH TIÊM CHỦNG MỞ RỘNG NĂM 2025 / BỘ TRƯỞNG BỘ Y TẾ / Căn cứ Luật …"): that ministry's
ENACTING_MINISTER = re.compile(rf"(?<![{_U}])BỘ\s+TRƯỞNG\s+BỘ\s+(?P<name>{_MINISTRY_NAME})(?=\s+Căn\s+cứ\b)")
# a two-column letterhead flattened onto one line (PDF text, "Nội dung Text" of document sites)
# interleaves its columns: the ministry's name is cut by the motto's first line and goes on after
# it ("BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do"):
# the words between the two lines of the motto end the name
MOTTO_SPLIT_NAME = re.compile(rf"\s+CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\s+"
                              rf"(?P<rest>(?:[{_U}][{_U},]*\s+|[–-]\s+){{0,6}}?[{_U}][{_U}]*)\s+Độc\s+lập")
# ("Thủ tướng Chính phủ" and "Văn phòng Chính phủ" before "Chính phủ": a portal's "| Cơ quan ban hành |
# Thủ tướng Chính phủ |" or "Nơi ban hành: | Văn phòng Chính phủ |" row above the letterhead is
# otherwise read as the Government)
_MTTQ = (r"(?:(?:BTT|BAN\s+THƯỜNG\s+TRỰC)\s+)?(?:ỦY|UỶ)\s+BAN\s+TRUNG\s+ƯƠNG\s+(?:MTTQ|MẶT\s+TRẬN\s+TỔ\s+QUỐC)"
          r"\s+VIỆT\s+NAM(?:\s+BAN\s+THƯỜNG\s+TRỰC)?")        # (the standing board before or under it)
# (the central mass organisations with the Front: "ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM -
# HỘI NÔNG DÂN VIỆT NAM - …")
CENTRAL_ORGS = {"TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM": "Tổng Liên đoàn Lao động Việt Nam",
                "HỘI NÔNG DÂN VIỆT NAM": "Hội Nông dân Việt Nam",
                "ĐOÀN TNCS HỒ CHÍ MINH": "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
                "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM": "Hội Liên hiệp Phụ nữ Việt Nam",
                "HỘI CỰU CHIẾN BINH VIỆT NAM": "Hội Cựu chiến binh Việt Nam"}
_CENTRAL_ORG = "|".join(r"\s+".join(k.split()) for k in CENTRAL_ORGS)
# the words before a body a sentence names as another document's issuer, never its letterhead
CITED_BODY = re.compile(r"(?<!\w)(?:của|CỦA|do|theo)\s+$")
# (after no letter, or a lone lower-case letter a page glued to the line: "cBAN CHẤP HÀNH TRUNG ƯƠNG")
NATIONAL = re.compile(r"(?<![A-ZĐÀ-Ỹ])(?<![A-ZĐÀ-Ỹa-zđà-ỹ]{2})(?P<body>THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|CHÍNH\s+PHỦ|"
                      # (the Government Inspectorate as a portal's "Cơ quan ban hành | Thanh tra Chính phủ |" names
                      # it, not the Government)
                      # (the National Assembly's office, which issues the consolidated texts of laws: "VĂN PHÒNG QUỐC
                      # HỘI" over "Số: 03/VBHN-VPQH", not the Assembly)
                      r"Thủ\s+tướng\s+Chính\s+phủ|Văn\s+phòng\s+Chính\s+phủ|Thanh\s+tra\s+Chính\s+phủ|Chính\s+phủ|"
                      r"VĂN\s+PHÒNG\s+QUỐC\s+HỘI|QUỐC\s+HỘI|"
                      r"VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|(?:ỦY|UỶ)\s+BAN\s+QUỐC\s+GIA(?:\s+[A-ZĐÀ-Ỹ]+)*|"
                      # (a national committee named for its field first: "ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA")
                      r"(?:ỦY|UỶ)\s+BAN(?:\s+(?!NHÂN\s)[A-ZĐÀ-Ỹ]+){1,6}?\s+QUỐC\s+GIA(?![A-ZĐÀ-Ỹ])|"
                      # (central or national: "BAN CHỈ ĐẠO QUỐC GIA VỀ CHUYỂN ĐỔI SỐ", not Hà Nội's by its place-date
                      # line; a comma inside its name: "BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH BỆNH …"; the
                      # Government's: "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ")
                      r"BAN\s+CHỈ\s+ĐẠO(?:\s+[A-ZĐÀ-Ỹ]+)*?\s+(?:TRUNG\s+ƯƠNG|QUỐC\s+GIA|CỦA\s+CHÍNH\s+PHỦ)"
                      # (its period closing its name: "BAN CHỈ ĐẠO TRUNG ƯƠNG CÁC CHƯƠNG TRÌNH MTQG … 2021-2025")
                      r"(?:,?\s+(?!CỘNG\s)[A-ZĐÀ-Ỹ]+)*(?:\s+\d{4}\s*[-–]\s*\d{4})?|"
                      # the Fatherland Front's central committee or its standing board ("BTT ỦY BAN TRUNG ƯƠNG MTTQ
                      # VIỆT NAM")
                      rf"{_MTTQ}|"
                      # a central council ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG")
                      r"HỘI\s+ĐỒNG(?:\s+(?:[A-ZĐÀ-Ỹ]+|[–-])){1,8}?\s+TRUNG\s+ƯƠNG|"
                      # the ministerial-level agencies and the central bodies outside the Government
                      # (the Party's Inspection Commission on one line, "ỦY BAN KIỂM TRA TRUNG ƯƠNG"; the Council of
                      # Ministers, the Government before 1992, "HỘI ĐỒNG BỘ TRƯỞNG")
                      r"(?:ỦY|UỶ)\s+BAN\s+KIỂM\s+TRA\s+TRUNG\s+ƯƠNG|HỘI\s+ĐỒNG\s+BỘ\s+TRƯỞNG|"
                      r"(?:ỦY|UỶ)\s+BAN\s+DÂN\s+TỘC|(?:ỦY|UỶ)\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI|NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC\s+VIỆT\s+NAM|"
                      # (its governor's enacting line over the preamble, with no letterhead: "THỐNG ĐỐC NGÂN HÀNG NHÀ
                      # NƯỚC" / "Căn cứ …")
                      r"(?<=THỐNG ĐỐC )NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC(?=\s+Căn\s+cứ\b)|KIỂM\s+TOÁN\s+NHÀ\s+NƯỚC|"
                      r"BẢO\s+HIỂM\s+XÃ\s+HỘI\s+VIỆT\s+NAM|TÒA\s+ÁN\s+NHÂN\s+DÂN\s+TỐI\s+CAO|"
                      r"VIỆN\s+KIỂM\s+SÁT\s+NHÂN\s+DÂN\s+TỐI\s+CAO|THANH\s+TRA\s+CHÍNH\s+PHỦ|"
                      # the national labour confederation ("TỔNG LIÊN ĐOÀN LAO ĐỘNG / VIỆT NAM"; its second line lost
                      # when a portal reads the cells by row: "TỔNG LIÊN ĐOÀN LAO ĐỘNG | CỘNG HÒA …")
                      r"TỔNG\s+LIÊN\s+ĐOÀN\s+LAO\s+ĐỘNG(?:\s+VIỆT\s+NAM)?|"
                      # the central associations ("HỘI NÔNG DÂN VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG"; a province's
                      # under the same first line, "BCH HND TỈNH HÀ NAM", is a local body, which prevails)
                      r"HỘI\s+(?:NÔNG\s+DÂN|LIÊN\s+HIỆP\s+PHỤ\s+NỮ|CỰU\s+CHIẾN\s+BINH)\s+VIỆT\s+NAM|"
                      # the Youth Union's central committee ("BAN CHẤP HÀNH TRUNG ƯƠNG | ĐOÀN TNCS HỒ CHÍ MINH |"; the
                      # rule and the number cell between the two lines when a page reads the cells by row: "BAN
                      # CHẤP HÀNH TRUNG ƯƠNG *** Số: 26 -CTr/TWĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH")
                      r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG\s*(?:\|\s*|(?P<cells>(?:\*+\s*|(?=Số\s*:\s*\d))(?:Số\s*:\s*[^\s|]+(?:\s+[^\s|]+){0,2}?"
                      # (the Union's name glued to the number's last code: "… Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS …")
                      r"(?:\s+|(?<=[A-ZĐ])(?=ĐOÀN\s+TNCS)))?))?"
                      r"ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH|"
                      # one of the Central Committee's boards, on the line under it ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN
                      # TUYÊN GIÁO / *")
                      rf"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG\s*\|?\s*(?:{_BOARD_NAMES})(?![{_U}])|"
                      # the Party's Central Committee, over the Party's name ("BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG
                      # SẢN VIỆT NAM |"; its rule and number between when the page reads the cells by row, "BAN CHẤP
                      # HÀNH TRUNG ƯƠNG * Số 68-NQ/TW ĐẢNG CỘNG SẢN VIỆT NAM")
                      r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG(?=\s*\|?\s*(?:\*+\s*(?:Số|SỐ)\s*:?\s*[^\s|]+\s+)?"
                      r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM))"
                      # (what follows the letterhead: the motto, a rule "-----" or "*" (a "***" as the page is
                      # read), a cell, the number, the place-date line of a page reading the cells by row; the motto
                      # or number behind a dash, a rule run into them: "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM / -CỘNG HÒA …")
                      # (or the enacting line over the preamble of a page that lost its letterhead: "QUYẾT ĐỊNH / PHÊ
                      # DUYỆT CHIẾN LƯỢC … / THỦ TƯỚNG CHÍNH PHỦ / Căn cứ Luật Tổ chức Chính phủ …")
                      # (a rule a PDF's text left as an underscore: "THỦ TƯỚNG CHÍNH PHỦ _ / Số: …")
                      # (or the next body of a joint letterhead of the Front and the central organisations)
                      # (the Assembly's standing committee's enacting line over the country's name, "ỦY BAN THƯỜNG VỤ
                      # QUỐC HỘI" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                      r"(?=\s+(?:-?CỘNG|NƯỚC\s+CỘNG|-{3,}|_+(?!\w)|\*+|\||-?Số\s*:|$|[^\W\d][^,|]{1,30},\s*ngày\b|Căn\s+cứ\b"
                      rf"|[–-]\s+(?:{_CENTRAL_ORG}))|\s*$)")
# a joint letterhead: national bodies joined by a dash ("VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", "BỘ TÀI CHÍNH - BỘ
# NỘI VỤ"); a dash inside one ministry's name ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI") is followed by no body
# (the supreme court and procuracy with ministries: "TÒA ÁN NHÂN DÂN TỐI CAO - BỘ NGOẠI GIAO", whose joint circulars
# they issue)
_SUPREME = r"(?:TÒA|TOÀ)\s+ÁN\s+NHÂN\s+DÂN\s+TỐI\s+CAO|VIỆN\s+KIỂM\s+SÁT\s+NHÂN\s+DÂN\s+TỐI\s+CAO"
_JOINT_PART = (rf"(?:VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|THANH\s+TRA\s+CHÍNH\s+PHỦ|{_MTTQ}|{_CENTRAL_ORG}|{_SUPREME}|"
               rf"{_NOT_CAN_BO}BỘ\s+(?:(?:[{_U}][{_U},]*|[–-])\s+){{0,8}}?[{_U}][{_U}]*)")
# (the dash glued to the names too: "BỘ NGOẠI GIAO-BỘ NỘI VỤ", before another ministry)
_JOINT_DASH = r"(?:\s+[–-]\s+|[–-](?=BỘ\s))"
JOINT = re.compile(rf"(?<![{_U}])(?P<joint>{_JOINT_PART}(?:{_JOINT_DASH}{_JOINT_PART})+)"
                   rf"(?=\s+(?:CỘNG|-{{3,}}|\||Số\s*:))")
JOINT_SPLIT = re.compile(_JOINT_DASH + r"(?=BỘ\s|VĂN\s+PHÒNG|THANH\s+TRA|BTT\s|BAN\s+THƯỜNG|ỦY\s+BAN|UỶ\s+BAN|"
                         r"TÒA\s|TOÀ\s|VIỆN\s+KIỂM|"
                         rf"{_CENTRAL_ORG})")
# the bodies of a portal's "Cơ quan ban hành" cell: "Bộ Giáo dục và Đào tạo; Bộ Văn hóa, Thể thao và Du
# lịch", "Bộ Nội vụ, Văn phòng Chính phủ" (a comma inside a ministry's name is followed by no body)
META_BODIES = re.compile(r"\s*(?:;|,(?=\s*(?:Bộ|Văn phòng Chính phủ|Thanh tra Chính phủ|Chính phủ|Thủ tướng)\b))\s*")
# (a law's or an ordinance's type word after no word of a title: not "… CỦA LUẬT ĐẤT ĐAI", "ĐOÀN LUẬT SƯ")
_AFTER_NO_WORD = {"LUẬT": r"(?<![^\W\d_] )(?<!, )LUẬT(?!\s+SƯ)", "PHÁP LỆNH": r"(?<![^\W\d_] )(?<!, )PHÁP LỆNH"}
TYPE_LINE = re.compile(r"(?<![A-ZĐÀ-Ỹ])(?P<t>" + "|".join(_AFTER_NO_WORD.get(w, w) for w in
                                                          sorted(TYPE_WORDS, key=len, reverse=True)) +
                       r")(?![A-ZĐÀ-Ỹa-zà-ỹ])")
NATIONAL_NAMES = {"THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ", "CHÍNH PHỦ": "Chính phủ", "Chính phủ": "Chính phủ",
                  "Thủ tướng Chính phủ": "Thủ tướng Chính phủ",
                  "QUỐC HỘI": "Quốc hội", "VĂN PHÒNG CHÍNH PHỦ": "Văn phòng Chính phủ",
                  # (the consolidated texts of laws are its: "Văn bản hợp nhất 03/VBHN-VPQH 2021 hợp nhất Luật Khiếu
                  # nại", lingo.vn/luat/van_ban_hop_nhat/1711449571551434)
                  "VĂN PHÒNG QUỐC HỘI": "Văn phòng Quốc hội",
                  "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương Đảng",
                  "Văn phòng Chính phủ": "Văn phòng Chính phủ", "THANH TRA CHÍNH PHỦ": "Thanh tra Chính phủ",
                  "Thanh tra Chính phủ": "Thanh tra Chính phủ",
                  "ỦY BAN DÂN TỘC": "Ủy ban Dân tộc", "UỶ BAN DÂN TỘC": "Ủy ban Dân tộc", **CENTRAL_ORGS,
                  "ỦY BAN KIỂM TRA TRUNG ƯƠNG": "Ủy ban Kiểm tra Trung ương",
                  "UỶ BAN KIỂM TRA TRUNG ƯƠNG": "Ủy ban Kiểm tra Trung ương",
                  "HỘI ĐỒNG BỘ TRƯỞNG": "Hội đồng Bộ trưởng",
                  "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
                  "UỶ BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
                  "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM": "Ngân hàng Nhà nước Việt Nam",
                  "NGÂN HÀNG NHÀ NƯỚC": "Ngân hàng Nhà nước Việt Nam",
                  "KIỂM TOÁN NHÀ NƯỚC": "Kiểm toán Nhà nước",
                  "BẢO HIỂM XÃ HỘI VIỆT NAM": "Bảo hiểm xã hội Việt Nam",
                  "TÒA ÁN NHÂN DÂN TỐI CAO": "Tòa án nhân dân tối cao",
                  "TOÀ ÁN NHÂN DÂN TỐI CAO": "Tòa án nhân dân tối cao",
                  "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO": "Viện kiểm sát nhân dân tối cao",
                  "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM": "Tổng Liên đoàn Lao động Việt Nam",
                  "TỔNG LIÊN ĐOÀN LAO ĐỘNG": "Tổng Liên đoàn Lao động Việt Nam",
                  "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH": "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
                  "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG": "Hội đồng Thi đua - Khen thưởng Trung ương",
                  # (the national traffic safety committee, a Deputy Prime Minister its chairman: "ỦY BAN AN TOÀN GIAO
                  # THÔNG QUỐC GIA" over "Số: 455/KH-UBATGTQG", hethongphapluat.vn, Kế hoạch 455/KH-UBATGTQG)
                  "ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA": "Ủy ban An toàn giao thông Quốc gia",
                  "UỶ BAN AN TOÀN GIAO THÔNG QUỐC GIA": "Ủy ban An toàn giao thông Quốc gia"}
UNIT_LEVEL = {"tỉnh": "province", "thành phố": "city", "huyện": "district", "quận": "district",
              "thị xã": "town", "thị trấn": "township", "phường": "ward", "xã": "commune", "đặc khu": "special-zone"}


@dataclass
class Header:
    doc_type: str | None = None
    doc_type_line: int | None = None
    number: str | None = None            # canonical: "4218/QĐ-BGDĐT"
    number_printed: str | None = None
    number_line: int | None = None
    number_blank: bool = False
    date: dt.date | None = None
    date_printed: str | None = None
    date_line: int | None = None
    date_blank: bool = False
    place: str | None = None             # the place of the place-date line, as printed
    issuer: str | None = None            # "Ủy ban nhân dân tỉnh Hà Tĩnh", "Bộ Công Thương"
    issuer_line: int | None = None
    issuer_kind: str | None = None       # "ubnd" | "hdnd" | "so" | "bo" | "national" | "party" | "steering" |
    #                                      "org" (a mass organisation) | "unit" (a school, office or centre under a
    #                                      local committee) | "text" (named by a notice's sentence)
    co_issuers: list[str] = field(default_factory=list)   # the other bodies of a joint document
    jurisdiction: str | None = None      # the issuing unit: "Hà Tĩnh", "Lý Sơn", "Việt Nam"
    jurisdiction_kind: str | None = None  # "tỉnh" | "thành phố" | "huyện" | ... | "national"
    province: str | None = None          # the province of a sub-provincial unit
    jurisdiction_source: str | None = None  # "letterhead" | "place-date" | "metadata" | "text"
    letterhead: bool = False
    notice_line: int | None = None       # the line of a notice's opening sentence saying what was just issued
    notes: list[str] = field(default_factory=list)


# a page's date and time on a line of their own ("Thứ 6, 05/07/2024, 14:49[GMT+7]", "17/10/2022 - 11:28")
PAGE_STAMP = re.compile(r"(?:(?:Thứ\s+\w+|Chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
                        r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\[?GMT\s*[+-]\s*\d{1,2}\]?)?", re.I)
# a rule of underscores or em dashes standing alone (a line, or a cell): "_____________", "——-", "—————"
PRINTED_RULE = re.compile(r"(?<![^\s|])(?=[^\s|]*[_—])[_—–-]{3,}(?![^\s|])")


class Stream:
    """The first lines of a document flattened into one text, with a map back to lines."""

    def __init__(self, lines: tuple[str, ...] | list[str], limit: int = HEADER_LINES):
        parts: list[str] = []
        self._starts: list[tuple[int, int]] = []     # (offset, 1-based line)
        pos = 0
        for i, raw in enumerate(lines[:limit], start=1):
            t = raw.replace("\\r\\n", " ").replace("\\n", " ").replace("\\r", " ").replace("\u00a0", " ")
            # a letterhead's rule printed with underscores or em dashes ("BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "_____________",
            # "THỦ TƯỚNG CHÍNH PHỦ" / "——-"): the dashes the patterns know
            t = clean(PRINTED_RULE.sub(lambda m: "-" * len(m.group()), t))
            if not t:
                continue
            self._starts.append((pos, i))
            parts.append(t)
            pos += len(t) + 1
            if pos > HEADER_CHARS:
                break
        self.text = " ".join(parts)

    def line(self, offset: int) -> int:
        line = self._starts[0][1] if self._starts else 1
        for start, ln in self._starts:
            if start > offset:
                break
            line = ln
        return line

    def line_starts(self, lo: int, hi: int) -> list[int]:
        """The offsets in [lo, hi] where a line or a "|" cell starts."""
        starts = {start for start, _ in self._starts if lo <= start <= hi}
        starts.update(lo + m.end() for m in re.finditer(r"\|\s*", self.text[lo:hi + 1]) if lo + m.end() <= hi)
        return sorted(starts)

    def line_offsets(self) -> list[int]:
        """Where each line starts in the text."""
        return [start for start, _ in self._starts]

    def line_start(self, offset: int) -> int:
        """Where the line holding `offset` starts in the text."""
        return max((start for start, _ in self._starts if start <= offset), default=0)

    def line_end(self, offset: int) -> int:
        """Where the line holding `offset` ends in the text."""
        return next((start - 1 for start, _ in self._starts if start > offset), len(self.text))

    def line_text(self, line: int) -> str:
        """The text of a 1-based line of the document ("" when it is empty or past the stream)."""
        for i, (start, ln) in enumerate(self._starts):
            if ln == line:
                end = self._starts[i + 1][0] - 1 if i + 1 < len(self._starts) else len(self.text)
                return self.text[start:end]
        return ""

    def first_line_text(self) -> str:
        return self.text[: self._starts[1][0]] if len(self._starts) > 1 else self.text

    @cached_property
    def menu_end(self) -> int:
        """Where a site's menu over the page ends: three lines or more of three words or fewer it opens with ("21" /
        "150" / "Tiêu điểm/" / "Đại hội Đảng" / "Nhiệm kỳ 2025-2030" / "Bộ Công an vừa ký …", "3 trang" / "35 lượt xem"
        / "0" / "35" / "Công điện số 09/CĐ-TTg năm 2025"); 0 for a page without (not a lone date over the headline)."""
        first = next((i for i, (start, _) in enumerate(self._starts)
                      if len(self.text[start:self.line_end(start)].split()) > 3), len(self._starts))
        return self._starts[first][0] if 3 <= first < len(self._starts) else 0

    @cached_property
    def _all_starts(self) -> list[int]:
        return self.line_starts(0, len(self.text))

    @cached_property
    def opening_starts(self) -> list[int]:
        """Where a notice's first lines (and cells) start: NEWS_DATED_LINES of them, the lines that say what it is
        about, not counting a site's menu over them (menu_end)."""
        starts = self._all_starts
        limit = NEWS_DATED_LINES + sum(start < self.menu_end for start in starts)
        # (a site's buttons on one line count as one: "Bản in | Quay lại | A+ A A- | Đọc bài viết")
        lines = self.starts_of_lines
        n = counted = 0
        while n < len(starts) and counted < limit:
            start = starts[n]
            cell = self.text[start:self.line_end(start)].split("|")[0]
            counted += start in lines or len(cell.split()) > 3
            n += 1
        return starts[:n]

    @cached_property
    def starts_of_lines(self) -> frozenset[int]:
        """Where each line starts in the text (not each cell)."""
        return frozenset(start for start, _ in self._starts)

    @cached_property
    def opening_end(self) -> int:
        """Where a notice's first lines (opening_starts) end."""
        n = len(self.opening_starts)
        return self._all_starts[n] if len(self._all_starts) > n else len(self.text)

    @cached_property
    def title_start(self) -> int:
        """Where a portal's title would start: the first line after a site's menu, or the second when the first is the
        page's date and time alone ("Thứ 6, 05/07/2024, 14:49[GMT+7]" / "Nghị quyết số 02-NQ/TU, ngày 19/11/2021 của
        …")."""
        if self.menu_end:
            return self.menu_end
        if len(self._starts) > 1 and PAGE_STAMP.fullmatch(self.first_line_text().strip()):
            return self._starts[1][0]
        return 0


# -- the header ------------------------------------------------------------------------------
def read_header(lines: tuple[str, ...] | list[str], units: Places | None = None) -> Header:
    units = units or places()
    s = Stream(lines)
    text = s.text
    h = Header()
    motto = MOTTO.search(text)
    h.letterhead = motto is not None
    cell = _number_cell(s)              # the number cell anchors the date, the letterhead and the type line
    _number(h, s, cell)
    _date(h, s, motto, cell)
    _issuer(h, s, units, motto, cell)
    _type(h, s, cell)
    _party_organ(h, s)
    return h


# the organ of a Party committee that a Party document's type line names under the committee's letterhead
# ("BAN CHẤP HÀNH TRUNG ƯƠNG … NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ", "TỈNH ỦY THANH HÓA … CHỈ THỊ / CỦA BAN THƯỜNG VỤ
# TỈNH ỦY"): the Politburo's resolution, the provincial standing committee's directive
PARTY_ORGAN = re.compile(r"[ \t]*(?P<type>NGHỊ\s+QUYẾT|CHỈ\s+THỊ|KẾT\s+LUẬN|QUY\s+ĐỊNH|QUYẾT\s+ĐỊNH|KẾ\s+HOẠCH|"
                         r"THÔNG\s+BÁO|HƯỚNG\s+DẪN|CHƯƠNG\s+TRÌNH|QUY\s+CHẾ)\s+CỦA\s+"
                         r"(?P<organ>BỘ\s+CHÍNH\s+TRỊ|BAN\s+BÍ\s+THƯ|BAN\s+THƯỜNG\s+VỤ)(?![^\W\d_])")
PARTY_ORGAN_REACH = 1500
PARTY_ORGANS = {"BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN BÍ THƯ": "Ban Bí thư", "BAN THƯỜNG VỤ": "Ban Thường vụ"}


def _party_organ(h: Header, s: Stream) -> None:
    """A Party document its type line says its committee's organ issued (PARTY_ORGAN): that organ, the Central
    Committee's (the Politburo, the Secretariat) or a local committee's standing committee."""
    if h.issuer is None or h.issuer_line is None:
        return
    central = h.issuer == "Ban Chấp hành Trung ương Đảng"
    if not central and h.issuer_kind != "party":
        return
    # (the document's own type line, opening a line: not a title's "… THỰC HIỆN NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ")
    m = next((x for start in s.line_starts(0, PARTY_ORGAN_REACH) if (x := PARTY_ORGAN.match(s.text, start))
              and h.doc_type and " ".join(x.group("type").split()) == h.doc_type.upper()), None)
    if not m:
        return
    organ = PARTY_ORGANS[" ".join(m.group("organ").split())]
    if central and organ != "Ban Thường vụ":
        h.issuer = organ
    elif not central and organ == "Ban Thường vụ" and not h.issuer.startswith("Ban "):
        h.issuer = f"{organ} {h.issuer}"        # "Ban Thường vụ Tỉnh ủy tỉnh Thanh Hóa"


def _number_cell(s: Stream) -> re.Match[str] | None:
    """The letterhead's number: its "Số:" cell, else a law's "Luật số: …" opening one of the first lines or cells,
    else "Số 445-KL/TU" alone on one of the first lines, else a
    number opening the row of the place-date, else one between a Party letterhead's "*" and the Party's name, else a
    number alone on its line over a letter's subject or the place-date."""
    starts = s.line_starts(0, len(s.text))[:BARE_NUMBER_LINES]
    return NUMBER_CELL.search(s.text) or next(
        (m for start in starts if (m := TYPED_NUMBER_CELL.match(s.text, start))), None) or next(
        (m for start in starts
         if (m := BARE_NUMBER.match(s.text, start))
         and (m.end() >= s.line_end(start) or s.text[m.end():m.end() + 1] == "|" or PLACE_DATE.match(s.text, m.end()))),
        None) or next((m for start in starts if (m := ROW_NUMBER.match(s.text, start))), None) or \
        PARTY_ROW_NUMBER.search(s.text, 0, PARTY_ROW_REACH) or next(
        (m for start in starts
         if (m := LONE_NUMBER.match(s.text, start)) and m.end() >= s.line_end(start)
         and (LONE_NUMBER_NEXT.match(s.text, m.end()) or PLACE_DATE.match(s.text, s.line_end(start) + 1))),
        None)


# how far a page is searched for the number of its letterhead as printed elsewhere, and any number there
LOST_D_REACH = 3000
_NUMBER_ANYWHERE = re.compile(NUMBER)


# the rest of a symbol the letterhead's columns pushed onto a line of its own ("Số: 255 / BC-BCĐPCGD-" / "Nga Sơn, ngày
# 13 tháng 11 năm 2020" / "XMC"): a code alone on its line
SYMBOL_TAIL = re.compile(r"[A-ZĐ]{2,8}")
SYMBOL_TAIL_LINES = 3


def _symbol_tail(s: Stream, end: int) -> str:
    """"-XMC" for a number whose line ends in a hyphen and whose symbol's last code stands alone on one of the next
    SYMBOL_TAIL_LINES lines; "" for any other."""
    if s.text[end:end + 1] != "-" or s.line_end(end) != end + 1:
        return ""
    starts = [x for x in s.line_offsets() if x > end][:SYMBOL_TAIL_LINES]
    code = next((m for x in starts if (m := SYMBOL_TAIL.fullmatch(s.text, x, s.line_end(x)))), None)
    return "-" + code.group() if code else ""


def _with_lost_d(text: str, number: str) -> str:
    """The letterhead's number as the page prints it elsewhere with a "Đ" a PDF's font lost in the letterhead ("S :
    256/2003/Q -TTg" under the title "Quyết định số 256/2003/QĐ-TTg"): the same number, that letter back."""
    if "Đ" in number:
        return number
    for m in _NUMBER_ANYWHERE.finditer(text, 0, LOST_D_REACH):
        other = canonical_number(m.group("num"))
        if "Đ" in other and other.replace("Đ", "") == number.replace("Đ", ""):
            return other
    return number


def _national_title(body: str) -> str | None:
    """The national issuer an old Gazette title names in capitals ("THỦ TƯỚNG CHÍNH PHỦ", "BỘ NỘI VỤ"), else None."""
    # (a minister's: "CỦA BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", his ministry's document)
    body = re.sub(r"^BỘ TRƯỞNG (?=BỘ )", "", re.sub(r"\s+", " ", body))
    if body in NATIONAL_NAMES or body.startswith("BỘ "):
        return NATIONAL_NAMES.get(body) or _title_body("Bộ " + body[3:])
    return None


def _number(h: Header, s: Stream, cell: re.Match[str] | None) -> None:
    text = s.text
    m = cell
    if m:
        if m.group("num"):
            h.number_printed = _unglue(text, m) + _symbol_tail(s, m.end("num"))
            h.number = _with_lost_d(text, canonical_number(h.number_printed))
        else:
            h.number_printed = m.group("blank").strip()
            h.number_blank = True
            blank_symbol = re.sub(r"\s", "", m.group("blank")).lstrip("/-")
            h.notes.append(f"blank-symbol:{blank_symbol}")
        h.number_line = s.line(m.start())
        return
    m = GAZETTE_TITLE.search(text[:800])
    if m:
        h.number_printed = m.group("num")
        h.number = canonical_number(h.number_printed)
        h.number_line = s.line(m.start("num"))
        h.notes.append(f"type-from-text:{m.group('t').capitalize()}")
        national = _national_title(m.group("issuer") or "")
        if national:
            h.notes.append("national-from-title:" + national)
        return
    first = next(iter(_text_lines(s, 1)), None)
    m = GAZETTE_LAW.match(text, first[0], first[1]) if first else None
    if m:
        h.number_printed = m.group("num")
        h.number = canonical_number(h.number_printed)
        h.number_line = s.line(m.start("num"))
        h.notes.append(f"type-from-text:{_type_word(m.group('t'))}")
        return
    m = GAZETTE_HEADLINE.match(text, first[0], first[1]) if first else None
    national = _national_title(m.group("issuer")) if m else None
    if m and national:
        # an old Gazette text headed by its type and national issuer alone ("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ" / "Về
        # việc triển khai thực hiện Nghị quyết 08/NQ-TW …"): its type and issuer; the numbers below are others'
        h.notes.append(f"type-from-text:{m.group('t').capitalize()}")
        h.notes.append("national-from-title:" + national)
        return
    for pattern in (NUMBER_META, PORTAL_TITLE, FIRST_LINE_NUMBER, TITLE_THEN_OWN, SUBJECT_THEN_OWN, OWN_LINE,
                    LETTER_LINE, SOURCE_LINE, NEWS_SUBJECT, NEWS_DATED, NEWS_THAT_IS, NEWS_PASSIVE, NEWS_SIGNED_OPENING,
                    NEWS_IN_OPENING):
        if pattern in (NEWS_THAT_IS, NEWS_PASSIVE):
            m = pattern.search(text, 0, s.opening_end)
        elif pattern in _OPENING_INSIDE:
            m = next((x for start in s.opening_starts
                      if (x := pattern.match(text, start))), None) or \
                _OPENING_INSIDE[pattern].search(text, 0, s.opening_end)
        elif pattern is NEWS_DATED:
            m = next((x for start in _news_starts(s) if (x := NEWS_DATED.match(text, start))), None)
        elif pattern is TITLE_THEN_OWN:
            m = next((x for start in s.line_starts(0, len(text))[:TITLE_LINES]
                      if (x := TITLE_THEN_OWN.match(text, start)) and _own_in_brackets(x)), None)
        elif pattern is OWN_LINE:
            m = next((x for start in s.line_starts(0, len(text))[:TITLE_LINES]
                      if (x := OWN_LINE.match(text, start))
                      and symbol_type(canonical_number(x.group("num"))) == x.group("t")), None)
        elif pattern is LETTER_LINE:
            m = None
            for a, z in _text_lines(s, LETTER_LINES, chrome=True):
                if CAPS_TYPE_LINE.match(text, a) or HEADLINE_START.match(text, a) or RELATED_HEADING.match(text, a):
                    break           # a heading of the page's own type above, or a portal's list of related ones: the
                    #                 letter is one the page names, not the page
                x = LETTER_LINE.match(text, a) if z - a <= LETTER_LINE_LENGTH else None
                if x and symbol_type(canonical_number(x.group("num"))) in (None, x.group("t")):
                    m = x
                    break
        elif pattern is SUBJECT_THEN_OWN:
            m = next((x for start in s.line_starts(0, len(text))[:TITLE_LINES]
                      if (x := SUBJECT_THEN_OWN.match(text, start)) and not text[x.end():s.line_end(start)].strip()),
                     None)
        else:
            m = PORTAL_TITLE.match(text, s.title_start) if pattern is PORTAL_TITLE else \
                pattern.match(text) if pattern is FIRST_LINE_NUMBER else pattern.search(text)
        if m and pattern is FIRST_LINE_NUMBER and m.end() < s.line_end(m.start("num")):
            m = None                      # the number's line goes on: not a number alone
        if m and pattern is NEWS_DATED and LETTER.search(text, 0, m.start("num")):
            m = None                      # a letter telling what another body issued ("Kính gửi: … Ngày …")
        if m and pattern in (NEWS_SUBJECT, NEWS_DATED) and _headline_carries_out(s, m.group("num")):
            m = None                      # what the headline's document carries out ("Chương trình hành động … Thực
            #                               hiện Nghị quyết số 45-NQ/TW …" over "Ngày 24/1/2019, Bộ Chính trị ban hành
            #                               Nghị quyết số 45-NQ/TW …")
        if m:
            h.number_printed = _unglue(text, m)
            h.number = canonical_number(h.number_printed)
            h.number_line = s.line(m.start("num"))
            if "t" in m.groupdict() and m.group("t"):
                typed = _type_word(m.group("t")) if pattern is PORTAL_TITLE else m.group("t")    # ("Nghị Quyết")
                h.notes.append(f"type-from-text:{typed}")
            if pattern is SUBJECT_THEN_OWN and symbol_type(h.number) is None:
                h.notes.append("type-from-text:Công văn")           # a letter's subject ("Về việc …")
            # (its name ends on its line: "… của Ban thường trực" / "Thứ tư, 13/06/2018" names no "Ban thường trực Thứ
            # tư")
            if pattern is OWN_LINE and (body := OWN_LINE_BODY.match(text, m.end() - 1, s.line_end(m.end() - 1))):
                h.notes.append("issuer-from-own-line:" + re.sub(r"\s+", " ", body.group("body")))
            if pattern in (NEWS_THAT_IS, NEWS_PASSIVE, NEWS_SIGNED_OPENING, NEWS_IN_OPENING):
                # the document the page is about: its type as a heading would state it
                h.notes.append("type-from-notice:" + _type_word(m.group("t")))
                h.notice_line = s.line(m.start("t"))
            return


def _own_in_brackets(m: re.Match[str]) -> bool:
    """A number in brackets after a title is the page's own: "(Theo Kế hoạch số …)" of the title's type, or a number
    whose symbol names that type ("(210/KH-UBND ngày …)" after a Kế hoạch's title)."""
    return bool(m.group("theo")) or _type_word(m.group("t")) == symbol_type(canonical_number(m.group("num")))


def _news_starts(s: Stream) -> list[int]:
    """Where a notice's dated sentence may start: one of the first lines, or a sentence inside them ("Căn cứ
    Kế hoạch số 01/KH-BTCKN …. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số …")."""
    starts = s.opening_starts
    inside = (m.end() for m in re.finditer(r"[.;]\s+(?=Ngày\s)", s.text[:s.opening_end]))
    return sorted({*starts, *inside})


def _unglue(text: str, m: re.Match[str]) -> str:
    """A number glued to the next word ("812/KH-BVHTTDL-BGDĐTNgày"): the capital that starts
    that word is not part of the symbol."""
    num = m.group("num")
    end = m.end("num")
    if end < len(text) and text[end].islower() and len(num) > 1 and num[-1].isupper() and num[-2].isupper():
        num = num[:-1]
    return num


def _date(h: Header, s: Stream, motto: re.Match[str] | None, cell: re.Match[str] | None) -> None:
    text = s.text
    anchor = cell.start() if cell and h.number_line is not None else None
    for m in PLACE_DATE.finditer(text):
        # a place-date cell belongs to a letterhead: near the national motto or the "Số:" cell
        near_motto = motto is not None and abs(m.start() - motto.start()) < 400
        near_number = anchor is not None and abs(m.start() - anchor) < 300
        if not (near_motto or near_number):
            continue
        h.place = _place_words(m.group("place"))
        place_start = m.end("place") - len(h.place)
        h.date_printed = text[place_start:m.end()]
        h.date_line = s.line(place_start)
        if m.group("d") and m.group("m") and m.group("y"):
            h.date = _date_of(m.group("d"), m.group("m"), m.group("y"))
        else:
            h.date_blank = True
        return
    # a portal's "Ngày ban hành" metadata is not the document's place-date line: not used


def _place_words(place: str) -> str:
    """The place of "Thành phố Hồ Chí Minh, ngày": drop words before it that belong to the
    preceding cell (the number's symbol, "Hạnh phúc", "|")."""
    words = place.split()
    while len(words) > 1 and (words[0].isupper() and len(words[0]) > 1 and not words[1].isupper()):
        words = words[1:]
    return " ".join(words)


def _date_of(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _issuer(h: Header, s: Stream, units: Places, motto: re.Match[str] | None, cell: re.Match[str] | None) -> None:
    text = s.text
    # the letterhead is what precedes the number cell (or the motto, or the type line)
    ends = [m.start() for m in (cell, motto) if m]
    zone_end = max(ends) + 200 if ends else min(len(text), 600)
    zone = text[:zone_end]
    candidates: list[tuple[int, str, str | None, str | None, str]] = []   # (pos, kind, unit, name, body)
    enacted_nationally = -1
    for m in (*LOCAL_BODY.finditer(zone), *LOCAL_BODY_SPLIT.finditer(zone)):
        if CHAIRMAN_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
                not ENACTING_COMMITTEE.match(text, m.start()):
            continue                    # "… PHÊ CHUẨN KẾT QUẢ BẦU CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG": a title
        body = "hdnd" if re.match(_HDND, m.group("body"), re.I) else "ubnd"
        candidates.append((m.start(), body, unit_word(m.group("unit")), m.group("name"), m.group(0)))
    lines = s.starts_of_lines
    for m in NATIONAL.finditer(zone):
        if CITED_BODY.search(zone, max(0, m.start() - 8), m.start()):
            continue                    # "Thực hiện Quyết định số 568/QĐ-TTg … của Thủ tướng Chính phủ": the cited's
        if m.group("body").startswith("NGÂN") and zone.startswith("THỐNG ĐỐC", m.start() - 10) and \
                (m.start() - 10 not in lines or zone[:m.start() - 10].rstrip().endswith("CỦA")):
            continue                    # the governor's line opens its line, not a title's "… CỦA THỐNG ĐỐC …"
        body = m.group("body")
        if m.group("cells"):            # the rule and number cell inside the Youth Union's letterhead: not its name
            body = f"{zone[m.start('body'):m.start('cells')]} {zone[m.end('cells'):m.end('body')]}"
        body = re.sub(r"\s*\|\s*|\s+", " ", body)
        candidates.append((m.start(), "national", None, _national_name(body), m.group(0)))
        if COUNTRY_AFTER.match(text, m.end()):
            # the enacting line over the country's name ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA
            # VIỆT NAM"), under a title naming a province's council ("… TRIỆU TẬP VIÊN KỲ HỌP THỨ NHẤT HỘI ĐỒNG NHÂN
            # DÂN TỈNH THÁI NGUYÊN"): that body issues, not the bodies the title names
            enacted_nationally = m.start()
    candidates = _central_board_under_committee(zone, candidates)
    for m in GENERAL_DEPARTMENT.finditer(zone):
        # a general department heading the letterhead alone, its ministry's line left out ("TỔNG CỤC HẢI QUAN" /
        # "********"): it issues, national (no issuer had been read; under its ministry's line, _ministry_unit)
        candidates.append((m.start(), "national", None, _unit_of_ministry_name("Tổng cục", m.group("name").split()),
                           m.group(0)))
    for m in ENACTING_MINISTER.finditer(zone):
        candidates.append((m.start(), "bo", None, m.group("name"), m.group(0)))
    for m in MINISTRY.finditer(zone):
        rest = MOTTO_SPLIT_NAME.match(text, m.end())
        # (a dash inside a word, "LAO ĐỘNG-THƯƠNG BINH", as the name prints it)
        name: str | None = re.sub(r"(?<=\w)-(?=\w)", " - ", m.group("name"))
        if rest:
            name = " ".join(filter(None, (name, m.group("dash"), rest.group("rest"))))
        candidates.append((m.start(), "bo", None, name, m.group(0)))
    for m in REGIONAL_BRANCH.finditer(zone):
        body = re.sub(r"\s+", " ", m.group("body"))
        if CITED_BODY.search(zone, max(0, m.start() - 8), m.start()) or \
                body == "CHI NHÁNH" and not STATE_BANK.search(zone, max(0, m.start() - 200), m.start()):
            continue
        # (the central body's or its ministry's line above it: no issuer)
        candidates = [c for c in candidates if not (c[1] in ("national", "bo") and 0 <= m.start() - c[0] < 200)]
        candidates.append((m.start(), "national", None, f"{REGIONAL_BODIES[body]} khu vực {m.group('n')}", m.group(0)))
    for m in PARTY_BODY.finditer(zone):
        party_unit = unit_word(m.group("unit")) if m.group("unit") else PARTY_UNIT[m.group("level")]
        candidates.append((m.start(), "party", party_unit, m.group("name"), re.sub(r"\s+", " ", m.group("body"))))
    for m in COMMUNE_PARTY.finditer(zone):
        # a commune's or ward's Party committee, under its district's ("HUYỆN ỦY ĐẠI TỪ" / "ĐẢNG ỦY XÃ LA BẰNG" / "*"):
        # it issues, not the committees above it (which had been read as the issuer, or none)
        candidates = [c for c in candidates if not (c[1] == "party" and 0 <= m.start() - c[0] < 200)]
        candidates.append((m.start(), "party", unit_word(m.group("unit")), m.group("name"), "ĐẢNG ỦY"))
    # (each organisation's name read from where it starts: a name's words run on over the next line's)
    orgs = [o for start in MASS_ORG_START.finditer(zone) if (o := MASS_ORG.match(zone, start.start()))
            and not CITED_BODY.search(zone, max(0, o.start() - 8), o.start())
            and (o.group("unit") or YOUTH_UNIT_COMMITTEE.match(o.group("body"))
                 or units.province_prefix(o.group("name")))]
    # (a district's organisation under its province's, "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA / LIÊN ĐOÀN LAO ĐỘNG
    # HUYỆN YÊN ĐỊNH": the second issues)
    while len(orgs) > 1 and orgs[1].start() - orgs[0].end() < 80:
        orgs.pop(0)
    if orgs:
        o = orgs[0]
        # ("BCH ĐOÀN HUYỆN THỌ XUÂN": the executive committee abbreviated)
        org = re.sub(r"^BCH\b", "BAN CHẤP HÀNH", re.sub(r"\s+", " ", o.group("body")).replace("UỶ", "ỦY")
                     .replace("MTTQ", "MẶT TRẬN TỔ QUỐC"))
        org = MASS_ORG_SHORT.get(org, org)
        unit = unit_word(o.group("unit")) if o.group("unit") else None
        if youth := YOUTH_UNIT_COMMITTEE.fullmatch(org):
            org, unit = "BAN CHẤP HÀNH ĐOÀN", PARTY_UNIT[youth.group("level")]
        # (the province's name printed without its unit's word: "HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI")
        org_province = None if unit else units.province_prefix(o.group("name"))
        candidates.append((o.start(), "org", unit, org_province.name if org_province else o.group("name"),
                           MASS_ORGS[org]))
    # (a district's branch under its province's, "CÔNG AN TỈNH NGHỆ AN" / "CÔNG AN HUYỆN NGHI LỘC": the second issues)
    # (a branch's name may run on into the next line's branch, "CÔNG AN TỈNH LÀO CAI CÔNG AN XÃ BẮC HÀ": the next one is
    # looked for from inside the name)
    branches = [b for b in _overlapping(BRANCH, zone) if not CITED_BODY.search(zone, max(0, b.start() - 8), b.start())]
    for b, after in zip(branches, [*branches[1:], None]):
        if after is None or after.start() - b.end() >= 80:
            body_key = re.sub(r"\s+", " ", re.sub(r"\s*\|.*?(?=\s+CHI\s+NHÁNH)", "", b.group("body")))
            tax_base = TAX_BASE_OFFICE.fullmatch(body_key)
            body_name = f"Thuế cơ sở {tax_base.group('n')}" if tax_base else BRANCHES[body_key]
            candidates.append((b.start(), "branch", unit_word(b.group("unit")), b.group("name"), body_name))
    candidates.sort()
    if enacted_nationally >= 0:
        candidates = [c for c in candidates if c[1] in ("national", "bo") or c[0] > enacted_nationally]
    # a body beside the motto, on its line ("| UBND XÃ NINH GIANG | CỘNG HÒA …"), is the letterhead's: what the
    # lines above it name is the site's banner ("UBND HUYỆN NINH GIANG" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), no issuer
    # (and a line of the site's own text between two bodies, "UBND HUYỆN NINH GIANG" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" /
    # "Tổng truy cập: 4,709,184 (Hôm nay: 327 …) Đăng nhập" / "UBND XÃ NINH GIANG" / "TRƯỜNG THCS HIỆP LỰC": the bodies
    # above it are the banner)
    letterhead = max(_motto_row_start(s, motto, candidates),
                     _after_site_text(s, [c for c in candidates if cell is None or c[0] < cell.start()]))
    candidates = [c for c in candidates if c[0] >= letterhead]
    so = SO_BODY.search(zone, letterhead)
    local = next((c for c in candidates if c[1] in ("ubnd", "hdnd", "party", "org", "branch")), None)
    national = next((c for c in candidates if c[1] in ("national", "bo")), None)
    if local:
        pos, kind, unit, name, _ = local
        place = _known_place(name, unit, units) or _district_of_a_named_province(s.text, name, unit, units)
        if place and place[1] in ("phường", "xã", "thị trấn") and place[2] is None:
            place = (place[0], place[1], _ward_province_named(s.text, place[0], units))
        if place:
            pname, unit_kind, province = place
            h.jurisdiction, h.jurisdiction_kind, h.province = pname, unit_kind, province
            h.jurisdiction_source = "letterhead"
        body = {"hdnd": "Hội đồng nhân dân", "party": local[4][:1] + local[4][1:].lower(),
                "org": local[4], "branch": local[4]}.get(kind, "Ủy ban nhân dân")
        steering = STEERING_BODY.search(zone, pos)
        board = _party_board(zone, pos) if kind == "party" else None
        sub = _sub_unit(s, pos, cell) if kind == "ubnd" else None
        if so and so.start() > pos and kind not in ("party", "org", "branch"):
            h.issuer_kind = "so"
            field, _ = _so_field_and_province(so, units)
            h.issuer = _so_title(field) + (f" {_province_named(h, units)}" if h.jurisdiction else "")
        elif steering and kind == "ubnd" and steering.start() - pos < 120:
            # the committee's steering committee issues ("UBND TỈNH THÁI BÌNH" / "BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI
            # PHẠM …" / "-------")
            h.issuer_kind = "steering"
            # (its words in small letters, an abbreviation as printed: "PCGD, XMC", "ATGT")
            name = " ".join(w.lower() if is_syllable(w.strip(",")) else w for w in steering.group("name").split()) \
                .replace("tổ quốc", "Tổ quốc")
            where = f" {_unit_named(h)}" if h.jurisdiction else ""
            h.issuer = f"Ban Chỉ đạo {name}{where}"
        elif sub:
            h.issuer_kind = "unit"
            h.issuer = _sub_unit_name(sub, _unit_named(h) if h.jurisdiction else None)
        elif kind == "ubnd" and h.jurisdiction and _office_line(s, pos, cell):
            # the committee's office on the line under it, "VĂN PHÒNG" alone ("UBND TỈNH NGHỆ AN" / "VĂN PHÒNG" / "Số:
            # 45/VP-TH"): the office issues, named as the gazetteer's kind is (the committee had been read)
            h.issuer_kind = "unit"
            h.issuer = f"Văn phòng UBND {_unit_named(h)}"
        elif kind == "ubnd" and (codes := _issuer_codes(h.number)) and DEPARTMENT_CODE.fullmatch(codes[0]):
            # the committee's line over a department's number, the department's own line lost ("UBND TỈNH HẬU GIANG"
            # over "Số: 283/SXD-QLN"): a department of the province issues, which one the page does not say (the
            # committee had been read as the issuer), as under a cut "ỦY BAN NHÂN DÂN |" (_numbered_by_a_council); which
            # one, when its code is its name's initials ("SXD": Sở Xây dựng)
            h.issuer_kind = "so"
            if h.jurisdiction and (coded := department_of_code(codes[0])) is not None:
                h.issuer = f"{coded} {_province_named(h, units)}"
        else:
            h.issuer_kind = kind
            h.issuer = f"{body} {_unit_named(h)}" if h.jurisdiction else None
            if board and h.issuer:
                h.issuer = f"{board} {h.issuer}"        # "Ban Tuyên giáo Tỉnh ủy tỉnh Hà Tĩnh"
            if kind == "org" and h.issuer and (bare_kind := _bare_council_above(s, pos)) is not None:
                # a joint letterhead, the committee's (or council's) line bare over the organisation's, the place
                # printed once under both ("ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH ĐẮK LẮK"): the committee
                # issues with the organisation (the organisation had been read alone)
                h.co_issuers = [h.issuer]
                h.issuer_kind = bare_kind
                h.issuer = f"{'Ủy ban nhân dân' if bare_kind == 'ubnd' else 'Hội đồng nhân dân'} {_unit_named(h)}"
        h.issuer_line = s.line(pos)
    elif national and (not so or national[0] < so.start()):
        pos, kind, _, name, _ = national
        h.issuer_kind = kind
        h.issuer = name if kind == "national" else _title_body("Bộ " + (name or ""))
        if kind == "bo" and (unit := _ministry_unit(s, pos)) is not None:
            # a ministry's general department, department, office or command issues ("BỘ TÀI CHÍNH" / "TỔNG CỤC HẢI
            # QUAN": the ministry had been read as the issuer, or its name run on into the next line's, "Bộ Quốc
            # phòng btl bộ đội biên phòng")
            h.issuer, h.issuer_kind = unit, "national"
        joint = _joint_letterhead(s, zone, pos)
        if joint:
            first, *others = (_national_name(p) for p in JOINT_SPLIT.split(joint.group("joint")))
            h.issuer, h.co_issuers = first, others
            h.issuer_kind = "bo" if first.startswith("Bộ ") else "national"
            pos = joint.start()
        h.jurisdiction, h.jurisdiction_kind = "Việt Nam", "national"
        h.jurisdiction_source = "letterhead"
        h.issuer_line = s.line(pos)
    elif (office := _district_office(zone, cell, units, letterhead)) is not None:
        # a school under its district's education office ("PHÒNG GD&ĐT HOÀI ÂN" / "TRƯỜNG TIỂU HỌC ÂN TƯỜNG ĐÔNG"):
        # the school issues, in the office's district; else the office
        m, (pname, unit_kind, province) = office
        h.jurisdiction, h.jurisdiction_kind, h.province = pname, unit_kind, province
        h.jurisdiction_source = "letterhead"
        sub = _sub_unit(s, m.start(), cell)
        h.issuer_kind = "unit"
        h.issuer = _sub_unit_name(sub, _unit_named(h)) if sub else f"Phòng Giáo dục và Đào tạo {_unit_named(h)}"
        h.issuer_line = s.line(m.start())
    elif (titled := _noted(h, "national-from-title")) is not None:
        h.issuer = titled
        h.issuer_kind = "national"
        h.jurisdiction, h.jurisdiction_kind, h.jurisdiction_source = "Việt Nam", "national", "text"
    elif so:
        # the department's province printed after its field ("SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM", "SỞ GD&ĐT KON TUM"): its
        # jurisdiction, no part of its name; a school under it ("TRƯỜNG THPT TRẦN QUỐC TUẤN") issues
        field, so_province = _so_field_and_province(so, units)
        if so_province is not None:
            h.jurisdiction, h.jurisdiction_kind, h.province = so_province.name, so_province.kind, None
            h.jurisdiction_source = "letterhead"
        sub = _sub_unit(s, so.start(), cell) if so_province is not None else None
        h.issuer_kind = "unit" if sub else "so"
        h.issuer = _sub_unit_name(sub, None) if sub else \
            _so_title(field) + (f" {_province_named(h, units)}" if so_province is not None else "")
        h.issuer_line = s.line(so.start())
    elif (school := _school_line(s, letterhead, cell)) is not None:
        # a school heading its letterhead under a parent that names no place ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "TRƯỜNG MN
        # VÀNH KHUYÊN" / "Số: 01/KH-MNVK"): the school issues, its place the place-date line's if any (no issuer had
        # been read)
        h.issuer_kind, h.issuer = "unit", _sub_unit_name(school, None)
        h.issuer_line = s.line(school.start())
    else:
        bare = LOCAL_BODY_BARE.search(zone)
        if bare:
            h.issuer_kind = "hdnd" if re.match(_HDND, bare.group("body"), re.I) else "ubnd"
            h.issuer_line = s.line(bare.start())
    if h.jurisdiction is None and h.issuer_kind is None:
        meta_m = ISSUER_META.search(text)
        if meta_m:
            v = meta_m.group("v")
            if re.match(r"Bộ|Chính phủ|Thủ tướng|Quốc hội", v) or national_kind(v.strip()):
                h.jurisdiction, h.jurisdiction_kind = "Việt Nam", "national"
                h.jurisdiction_source = "metadata"
                h.issuer_kind = "bo" if v.startswith("Bộ") else "national"
                h.issuer, *h.co_issuers = [b for b in META_BODIES.split(v.strip()) if b]
                return
            steering = META_STEERING.fullmatch(v.strip())
            if steering and (steered := _known_place(steering.group("name"), None, units)) is not None:
                # a province's steering committee: it issues, in its province ("Ban Chỉ đạo phòng, chống dịch COVID-19
                # Thành phố Hồ Chí Minh" -> "… thành phố Hồ Chí Minh")
                h.jurisdiction, h.jurisdiction_kind, h.province = steered
                h.jurisdiction_source = "metadata"
                h.issuer_kind = "steering"
                h.issuer = f"{steering.group('body')} {steering.group('unit').lower()} {steered[0]}"
                h.issuer_line = s.line(meta_m.start("v"))
                return
            place = _known_place(re.sub(rf"^{_META_COMMITTEE}?(Tỉnh|Thành phố)\s+", "", v, flags=re.I), None, units)
            if place:
                h.jurisdiction, h.jurisdiction_kind, h.province = place
                h.jurisdiction_source = "metadata"
                committee = re.match(_META_COMMITTEE, v)
                code = _council_code(h.number)
                if (committee or code) and h.province is None:
                    # the cell names the committee itself ("| Cơ quan ban hành: | Ủy ban nhân dân tỉnh Thanh Hóa |"),
                    # or the province under the committee's number ("| Cơ quan ban hành | Tỉnh Trà Vinh |" of
                    # "1436/QĐ-UBND"): that committee issued
                    council = re.match(_HDND, committee.group(0), re.I) is not None if committee else code == "hdnd"
                    _council_of_place(h, "hdnd" if council else "ubnd")
                    h.issuer_line = s.line(meta_m.start("v"))
                return
    own = _noted(h, "issuer-from-own-line") if h.issuer_kind is None and not h.letterhead else None
    if own:
        # the body one of the page's first lines says issued its own document ("Báo cáo số 228/BC-UBND ngày 05/12/2023
        # của UBND phường Hà Phong về …", a commune portal's post): that body, in its unit when its name places it
        h.issuer, h.issuer_line = own, h.number_line
        h.issuer_kind = "so" if own.startswith("Sở ") else "text"
        if _place_named_issuer(h, units, national_kind(own)):
            return
    news: re.Match[str] | None = None
    reported: re.Match[str] | None = None         # the number after the issuing sentence's type
    if h.issuer_kind is None and not h.letterhead:
        # (the body a portal's title names first: "… do Tỉnh ủy Lào Cai ban hành")
        news = TITLE_BY.match(text, s.title_start, s.line_end(s.title_start)) or \
            NEWS_ISSUER.search(text[:2000]) or next(
            (x for start in s.opening_starts
             if (x := NEWS_ISSUER_LINE.match(text, start)) and not WRAPPED_OF.search(text, max(0, start - 8), start)),
            None) or \
            NEWS_PASSIVE_ISSUER.search(text, 0, s.opening_end)
        inner = next((start for start in s.line_offsets() if news.start("who") < start < news.end("who")),
                     None) if news else None
        # (the lead after its dateline too: "… Hội nghị T.Ư 8 khóa XII / NDĐT - Ngày 19-9, Văn phòng T.Ư Đảng vừa có
        # công văn …")
        lead = (NEWS_ISSUER_LINE.match(text, inner) or NEWS_ISSUER.search(text, inner, inner + 2000)) \
            if inner is not None and news else None
        if lead and news and lead.start("t") == news.start("t"):
            # a headline naming a body run into the lead that names the one issuing ("Miễn nhiệm … Phó Chủ tịch Ủy ban
            # Nhân dân tỉnh Quảng Nam" / "Phó Thủ tướng Trần Lưu Quang vừa ký các quyết định …"): the lead's
            news = lead
        if news and LETTER.search(text, 0, news.start()):
            news = None                   # a letter telling what another body issued ("Kính gửi: … Ngày …")
        if news and re.search(r"\bđã\s+ký\s+$", text[news.end("who"):news.start("t")]) and \
                SIGNED_BEFORE.search(text, max(0, news.start("who") - 80), news.start("who")):
            news = None                   # "Năm 2024, Chủ tịch UBND tỉnh đã ký Quyết định số 77 …": an earlier one
        if news and RULE_BEFORE.search(text, max(0, news.start("who") - 80), news.start("who")):
            news = None                   # "Trước ngày 15/6 hàng năm, … ban hành văn bản …": a rule
        if news and DUTY.search(news.group("who")):
            news = None                   # "Bộ trưởng có trách nhiệm ban hành kế hoạch …": a duty
        # (the number after the type: after the sentence's verb, or after the type that opens a passive one)
        reported = NEWS_NUMBER.match(text, news.end("t") if news.re is NEWS_PASSIVE_ISSUER else news.end()) \
            if news else None
        if news and not reported:
            # its number in brackets at the end of the sentence ("UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động …
            # năm 2025 (Kế hoạch số 08/KH-UBND)."): the same type's
            bracketed = NEWS_BRACKETED.match(text, news.end())
            if bracketed and _type_word(bracketed.group("t")) == _type_word(news.group("t")):
                reported = bracketed
        if news and not reported:
            # a headline without the number, the lead under it with it ("Chủ tịch UBND tỉnh ban hành Công điện khẩn
            # yêu cầu …" / "Chủ tịch UBND tỉnh Thanh Hóa vừa ban hành Công điện khẩn số 25/CĐ-UBND, …"): the lead's
            next_line = s.line_starts(news.end(), news.end() + 400)[:1]
            lead = NEWS_ISSUER_LINE.match(text, next_line[0]) if next_line else None
            numbered = NEWS_NUMBER.match(text, lead.end()) if lead else None
            if lead and numbered and _type_word(lead.group("t")) == _type_word(news.group("t")):
                news, reported = lead, numbered
        if reported and _headline_carries_out(s, reported.group("num")):
            news = None                   # the document the headline's carries out, and who issued that
    if news:
        # a portal's notice about the document: the body the sentence says issued or drew it up ("Sở Văn hóa,
        # Thể thao và Du lịch ký ban hành Kế hoạch số 48/KH-SVHTTDL", "Ban Chỉ đạo … tỉnh Nam Định lập kế
        # hoạch …")
        # ("Ban Thường vụ Tỉnh ủy vừa ban hành …": the body's name needs a word after it, which "vừa" is not)
        # (and the words of time or manner before the verb: "… đã khẩn trương ban hành …"; "ký" of "ký ban hành" after a
        # body named by its level alone: "Ban Thường vụ Tỉnh ủy ký ban hành …", not a "Thư ký")
        h.issuer = re.sub(r"(?:\s+(?:vừa|đã|mới đây|mới|vừa qua|gần đây|cũng|khẩn trương|kịp thời)|(?<!Thư)\s+ký)+$",
                          "", re.sub(r"\s+", " ", news.group("who")))
        h.issuer = h.issuer[:1].upper() + h.issuer[1:]     # a title's "do tỉnh Bắc Ninh ban hành": its committee, below
        h.issuer = re.sub(r"^BCĐ\b", "Ban Chỉ đạo", h.issuer)              # "BCĐ 197 TP Hà Nội"
        # the short name a bracket gives it is no part of its name ("Ban Chỉ đạo chuyển đổi số huyện Đăk R'lấp (sau
        # đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch …")
        h.issuer = re.sub(r"\s*\(\s*(?:sau đây\s+)?(?:gọi|viết)\s+tắt(?:\s+là)?\b[^()]*\)$", "", h.issuer)
        # a headline run into the lead that names the body again ("Ban Thường vụ Thành đoàn kiểm tra giám sát … 14
        # quận, huyện" / "Ban Thường vụ Thành đoàn đã ban hành Kế hoạch số …"): the body the lead names
        opening = " ".join(h.issuer.split()[:3])
        if len(opening.split()) == 3 and h.issuer.count(opening) > 1:
            h.issuer = h.issuer[h.issuer.rindex(opening):]
        # a (general) department's ministry in brackets is no part of its name ("Tổng cục Lâm nghiệp (Bộ NN&PTNT)", "Cục
        # Phòng bệnh (Bộ Y tế)")
        # (or after a comma: "Tổng cục Thủy lợi, Bộ Nông nghiệp và Phát triển nông thôn có công điện …")
        h.issuer = re.sub(r"^((?:Tổng cục|Cục)\s[^(),]+?)\s*(?:\(Bộ\s[^()]+\)|,\s+Bộ\s[^()]+)$", r"\1", h.issuer)
        h.issuer = re.sub(r"^Trung ương Đoàn$", YOUTH_UNION_CENTRAL, h.issuer)
        # a standing committee its secretary signed for, named by its level alone: the place his title gives ("Phó Bí
        # thư Thường trực Tỉnh ủy Hà Giang thay mặt Ban Thường vụ Tỉnh ủy ký …": Hà Giang's; _NEWS_ISSUING)
        signer_place = news.groupdict().get("signer_place")
        if signer_place and re.fullmatch(rf"Ban Thường vụ (?:Tỉnh|Thành|Huyện|Quận) {UY}", h.issuer):
            h.issuer += signer_place
        h.issuer = re.sub(r"(?<!\w)T\.Ư(?!\w)", "Trung ương", h.issuer)       # "Ban Bí thư T.Ư Đoàn"
        # "Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, …" (signed for it), "Ban Bí thư Trung ương Đảng"
        # (not the Youth Union's Secretariat, "Ban Bí thư Trung ương Đoàn …", a national body of its own)
        h.issuer = re.sub(r"^(Bộ Chính trị|Ban Bí thư)\b(?!\s+(?:Trung ương|T\.Ư|TW)\s+Đoàn).*", r"\1", h.issuer)
        if h.issuer in ("Bộ Chính trị", "Ban Bí thư"):
            # a Politburo member signing for the Secretariat ("… Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, thay mặt
            # Ban Bí thư ký ban hành Chỉ thị …"), or its document ("… ký ban hành Chỉ thị của Ban Bí thư …"); the
            # Secretariat's standing member signing the Politburo's ("… ký ban hành Kết luận số 149-KL/TW ngày
            # 10/5/2025 của Bộ Chính trị …")
            for_body = re.search(r"thay mặt (Bộ Chính trị|Ban Bí thư)", news.group("who")) or \
                re.match(r"(?:\s+(?:số\s+)?\d[\w./-]*)?(?:,?\s+ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4})?,?"
                         r"\s+của\s+(Bộ Chính trị|Ban Bí thư)\b", text[news.end("t"):news.end("t") + 90])
            h.issuer = for_body.group(1) if for_body else h.issuer
        h.issuer = re.sub(r"^Tổng [Tt]hư ký Quốc hội\b.*", NA_SECRETARY_GENERAL, h.issuer)   # (his name, offices)
        h.issuer = re.sub(r"^Chủ tịch Quốc hội\b.*", "Ủy ban Thường vụ Quốc hội" if reported and "UBTVQH" in
                          reported.group("num").upper() else "Quốc hội", h.issuer)          # (his name)
        # "Ủy ban Nhân dân …", "Hội đồng Nhân dân …" as some pages print them
        h.issuer = re.sub(r"^(?:(?:Ủy|Uỷ) ban|(?P<council>Hội đồng)) Nhân [Dd]ân\b",
                          lambda m: f"{m['council'] or 'Ủy ban'} nhân dân", h.issuer)
        # its term is no part of its name ("Ủy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – 2024")
        # (and its name ends there: "HĐND tỉnh Quảng Ngãi khóa 12, nhiệm kỳ 2016 - 2021, tổ chức kỳ họp bất thường, các
        # đại biểu … thông qua nghị quyết …")
        h.issuer = TERM.sub("", TERM_RUN_ON.sub(r"\1", h.issuer))
        # nor does it run on into the meeting where it passed the document ("Đảng ủy xã Thiện Hưng tổ chức hội nghị tổng
        # kết …, thông qua Nghị quyết …": the commune's Party committee)
        h.issuer = MEETING_RUN_ON.sub("", h.issuer)
        # nor the province the press writes after a local committee ("UBND thành phố Tam Kỳ, Quảng Nam vừa ban hành
        # kế hoạch …")
        in_province = re.fullmatch(r"(?P<body>(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?:[Tt]hành phố|huyện|quận|thị xã|xã|"
                                   r"phường)\s[^,]+),\s*(?:tỉnh\s+)?(?P<province>[^,]+)", h.issuer)
        if in_province and units.province(in_province.group("province")) is not None:
            h.issuer = in_province.group("body")
        itself = re.fullmatch(rf"(?P<unit>Tỉnh|Thành phố|TP\.?)\s?(?!{UY}\b|Đoàn\b)(?P<name>[{_U}].+)", h.issuer)
        if itself:
            # "Tỉnh Quảng Ngãi vừa ban hành …", "TP.HCM vừa ban hành …": the province's or city's committee
            itself_unit = "tỉnh" if itself.group("unit") == "Tỉnh" else "thành phố"
            place = _known_place(itself.group("name"), itself_unit, units)
            h.issuer = f"UBND {place[1]} {place[0]}" if place else f"UBND {itself_unit} {itself.group('name')}"
            if place:
                h.jurisdiction, h.jurisdiction_kind, h.province = place
                h.jurisdiction_source = "text"
        h.issuer = cities_written_out(h.issuer)         # "UBND TP.HCM", "Sở Y tế TPHCM", "UBND TP Cần Thơ"
        # "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL)", "Ủy ban nhân dân (UBND) tỉnh": the name, not the abbreviation
        # the page goes on with
        h.issuer = re.sub(r"\s*\([A-ZĐ&]{2,12}\)(?=\s|$)", "", h.issuer)
        # "Kiểm toán nhà nước (KTNN) vừa ban hành …" as the body's name is; "Thống đốc Ngân hàng Nhà nước Nguyễn Thị
        # Hồng đã ký …", "Tổng Kiểm toán Nhà nước Hồ Đức Phớc vừa ký …": the body, without its head's name
        h.issuer = re.sub(r"^(Kiểm toán|Ngân hàng) nhà nước\b", r"\1 Nhà nước", h.issuer)
        h.issuer = HEADS_NAME.sub(r"\g<body>", h.issuer)
        signer = SIGNERS_COMMITTEE.match(h.issuer) if re.search(r"[Cc]hủ tịch", text[news.start():news.start("who")]) \
            else None
        of_province = signer is not None and signer.group("unit") == "tỉnh"
        # (his other office after a dash is no part of the place: "Chủ tịch UBND tỉnh Nghệ An - Trưởng Ban Chỉ huy
        # Phòng thủ dân sự tỉnh vừa ký …"; nor his name after a comma, "Phó Chủ tịch UBND tỉnh Lào Cai, ông …")
        signed_for = re.split(r"\s+[-–]\s+|,\s+", signer.group("rest"))[0] if signer else ""
        known = signer is not None and (units.province(signed_for) if of_province else units.knows(signed_for))
        if signer and signed_for != signer.group("rest") and known:
            h.issuer = f"{signer.group('body')} {signed_for}"
        elif signer and not known:
            # "Phó Chủ tịch UBND Thành phố Vũ Thu Hà vừa ký ban hành …": the chairman's name after the committee,
            # which the notice leaves unnamed, is no place; nor, after "tỉnh", a name that is no province's ("Phó Chủ
            # tịch UBND tỉnh Đào Mỹ vừa ký …", though a commune is named Đào Mỹ); a place before the name is the
            # committee's ("Phó Chủ tịch UBND Thành phố Hà Nội Nguyễn Thị Bích Ngọc đã ký …": Hà Nội's)
            provincial = signer.group("unit").lower() in ("tỉnh", "thành phố")
            its_place = next((p for p in prefixes(signed_for, 2) if units.province(p) is not None), None) \
                if provincial else None
            # (so, before the name, a commune's, ward's or district's: "Chủ tịch UBND xã Long Hải Ngô Thanh Phúc ký …"
            # is Long Hải's committee, not "UBND xã" without a name; the longest first words of the rest the lists
            # know, the name after them left out)
            its_unit = None if provincial else units.known_prefix(signed_for)
            h.issuer = f"Ủy ban nhân dân {'tỉnh' if of_province else 'thành phố'} {its_place}" if its_place else \
                f"Ủy ban nhân dân {signer.group('unit')} {its_unit}" if its_unit else signer.group("body")
        if h.issuer.startswith("Sở ") and re.search(r"Giám đốc\s+$", text[news.start():news.start("who")]):
            # "Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký …": the department, without its director's name
            h.issuer = DIRECTORS_NAME.sub(r"\g<department>", h.issuer)
        heads = HEAD_OF_STEERING.match(h.issuer)
        # (in the sentence up to the body that signed: "Chủ tịch Hội đồng … Trung ương, Bộ trưởng Bộ Tư pháp ký …")
        chaired = HEAD_OF_COUNCIL.search(re.split(r"[.;]\s", text[max(0, news.start("who") - 160):news.end("who")])[-1])
        if chaired:
            h.issuer = re.sub(r"(trung ương|quốc gia)$", lambda m: m.group(1)[:1].upper() + m.group(1)[1:],
                              chaired.group("council"))
        elif heads:
            # "Phó Thủ tướng …, Trưởng Ban Chỉ đạo quốc gia về phòng thủ dân sự vừa ký Công điện số 05/CĐ-BCĐ", "Bộ
            # trưởng Bộ Y tế … - Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương về an toàn thực phẩm vừa ký ban hành
            # Kế hoạch …": signed as the head or deputy head of the steering committee, the committee's document
            h.issuer = "B" + heads.group("board")[1:]          # ("Trưởng ban Chỉ đạo …" in small letters)
        elif re.match(r"(?:Phó\s+)?Thủ tướng(?:\s|$)", h.issuer):
            # the Prime Minister's or a deputy's signature: his document; the Government's under its code ("… vừa ký
            # ban hành Nghị quyết số 02/NQ-CP …", a resolution or decree he signs for it)
            h.issuer = "Chính phủ" if reported and "CP" in _issuer_codes(canonical_number(reported.group("num"))) \
                else "Thủ tướng Chính phủ"
        # "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Quyết định …": the minister's, the ministry's document;
        # the minister's name after the ministry's is not part of it ("Bộ trưởng Bộ Nông nghiệp và Môi trường Trần
        # Đức Thắng": the name, words in capitals after a word in lower case, ends it)
        if chair := re.match(r"Bộ trưởng, Chủ nhiệm (Văn phòng Chính phủ|Ủy ban Dân tộc)\b", h.issuer):
            # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn đã ký và ban hành Thông tư …": the Office's
            h.issuer = chair.group(1)
        elif h.issuer.startswith("Bộ trưởng Bộ "):
            h.issuer = MINISTERS_NAME.sub(r"\g<ministry>", h.issuer[len("Bộ trưởng "):])
        elif h.issuer.startswith("Bộ trưởng ") and MINISTERS_NAME.match("Bộ " + h.issuer[len("Bộ trưởng "):]):
            # "Bộ trưởng Nông nghiệp và Môi trường Trần Đức Thắng ký ban hành chỉ thị …": the ministry's
            h.issuer = MINISTERS_NAME.sub(r"\g<ministry>", "Bộ " + h.issuer[len("Bộ trưởng "):])
        elif re.fullmatch(r"Bộ trưởng (?!Bộ\s)[^,]{2,60}", h.issuer):
            h.issuer = "Bộ " + h.issuer[len("Bộ trưởng "):]       # "Bộ trưởng Y tế ký Quyết định …": the ministry's
        elif h.issuer.startswith("Bộ ") and re.search(r"Thứ trưởng\s+$", text[max(0, news.start("who") - 20):
                                                                                 news.start("who")]):
            # "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy ký văn bản số 58 …": the ministry's, her
            # name read off
            h.issuer = MINISTERS_NAME.sub(r"\g<ministry>", h.issuer)
        if h.number is None and reported and news.start() < s.opening_end:
            # the number of what the sentence says was issued ("Bộ VHTTDL đã ban hành Quyết định số 1579/QĐ-BVHTTDL
            # đồng ý …"): the type and the issuer are that sentence's already; in the first lines, where a notice
            # says what it is about (further on, "… đã ban hành Kế hoạch số …" reports another document)
            h.number_printed = _unglue(text, reported)
            h.number = canonical_number(h.number_printed)
            h.number_line = s.line(reported.start("num"))
        h.issuer_kind = "so" if h.issuer.startswith("Sở ") else "text"
        h.issuer_line = s.line(news.start("who"))
        h.notes.append("type-from-notice:" + _type_word(news.group("t")))
        if reported and h.number_line == s.line(reported.start("num")) and news.group("t").lower() != "văn bản":
            # the number is the one the sentence names after its type word ("… đã ký Công điện số 217/QĐ-TTg …")
            h.notes.append("number-of-notice")
        verb = text[news.end("who"):news.end() if news.re is NEWS_PASSIVE_ISSUER else news.start("t")] + " "
        dated = DATED_OPENING.search(text, max(0, news.start("who") - 160), news.start("who")) is not None
        decided = news.group("t") == "quyết định" and re.fullmatch(r"\s+vừa\s+", verb) is not None
        issuing = re.search(r"\b(?:[Bb]an hành|ký|ra|có|thông qua|phê duyệt|gửi|phát đi)\s", verb)
        first_line = s.line(news.start("who")) == s.line(0)     # the page's lead, what it is about
        if news.start() < s.opening_end and (decided or issuing) and \
                (dated or first_line or not re.search(r"\bđã\s", verb)):
            # in the first lines, what was just issued ("UBND tỉnh Bắc Giang vừa ban hành kế hoạch tổ chức …",
            # "Văn phòng Chính phủ có văn bản số …"): the type stated as a heading would, also for a document without
            # number ("… đã ban hành …" reports one, unless the sentence opens with its date: "Ngày 11/8/2020, … đã ký
            # ban hành văn bản số 2508/UBND-KGVX", or the page with it: "VOV.VN - UBND tỉnh Cà Mau đã có công văn …";
            # "Sở … xây dựng kế hoạch …" in a report of a meeting may be one yet to be drawn up)
            h.notice_line = s.line(news.start("t"))
        # (a steering committee the Prime Minister or a deputy heads, however named: the Government's, national)
        central = national_kind(h.issuer) or \
            ("national" if heads and re.match(r"(?:Phó\s+)?Thủ tướng\s", heads.group(0)) else None)
        # ("Ngày 16/10/2025, Bộ Y tế đã ban hành kế hoạch …", "Tổng Liên đoàn Lao động VN vừa ban hành Kế hoạch số
        # 14/KH-TLĐ …", "Ngày 10/4/2020, Thủ tướng Chính phủ ban hành Quyết định số 500/QĐ-TTg …": national)
        if _place_named_issuer(h, units, central):
            return
    if h.jurisdiction is None and (h.issuer_kind is None or news or own) and not h.letterhead:
        # a portal's title naming a national body after the number ("Kế hoạch 02-KH/BCĐTW 2025 của Ban Chỉ đạo Trung
        # ương về phát triển khoa học, …"): that body, national (before the places its text names)
        title = PORTAL_TITLE.match(text, s.title_start)
        of = central = None
        for pattern in (TITLE_OF, TITLE_OF_DATED):
            of = pattern.match(text, title.end(), s.line_end(title.end())) if title and h.issuer is None else None
            body = re.sub(r"\s+", " ", of.group("body")) if of else ""
            central = national_kind(body) if of else None
            if central:
                break
        if of and central:
            h.issuer, h.issuer_kind = (_title_body(body) if central == "bo" else body), central
            h.jurisdiction, h.jurisdiction_kind, h.jurisdiction_source = "Việt Nam", "national", "text"
            h.issuer_line = s.line(of.start("body"))
            return
        # a portal's title naming a local body after the number (and its date): "Kế hoạch số 15/KH-UBND ngày 05/02/2024
        # của Ủy ban nhân dân tỉnh Hà Tĩnh triển khai …": that body, in the unit its name places it in
        title_dated = BRACKET_DATE.match(text, title.end()) if title and h.issuer is None else None
        by = TITLE_OF_BODY.match(text, title_dated.end() if title_dated else title.end(), s.line_end(title.start())) \
            if title and h.issuer is None else None
        title_named = OWN_LINE_BODY.match(text, by.end(), s.line_end(by.end())) if by else None
        if title_named:
            kind_before, h.issuer = h.issuer_kind, re.sub(r"\s+", " ", title_named.group("body"))
            h.issuer_kind = "so" if h.issuer.startswith("Sở ") else "text"
            if _place_named_issuer(h, units, national_kind(h.issuer)):
                h.issuer_line = s.line(title_named.start())
                return
            h.issuer, h.issuer_kind = None, kind_before
        # a page without a letterhead (a portal notice about the document): the first official
        # unit the text names
        for m in PLACE_MENTION.finditer(text):
            place = _known_place(m.group("name"), mention_unit(m), units)
            if place and _in_place_list(s, m.start(), units):
                continue                # a portal's list of places ("thời tiết các vùng" / "Hà Nội" / "Đà Nẵng" / …)
            if place and (h.issuer or "").startswith("Sở ") and \
                    (departments_province := units.province(place[2] or place[0])) is not None:
                # a department named without its province, on a page naming a city of it first ("… Trung tâm Y tế TP
                # Thanh Hóa …"; "… chỉ đạo … của Sở Y tế"): the province's department, not a "Sở Y tế thành phố Thanh
                # Hóa"
                place = (departments_province.name, departments_province.kind, None)
            if place:
                h.jurisdiction, h.jurisdiction_kind, h.province = place
                h.jurisdiction_source = "text"
                # "UBND Thành phố" whose plan covers "… trên địa bàn Hà Nội": that city's committee
                h.issuer = _committee_of(h.issuer, place[1], place[0]) or h.issuer
                return
        title_place = TITLE_PLACE.match(text, title.end()) if title else None
        title_unit = units.province(title_place.group("name")) if title_place else None
        if title_unit is None and title:
            # (no year after it, the number holding it: "Quyết định 39/2015/QĐ-UBND Bến Tre Bộ đơn giá …")
            words = TITLE_WORDS.match(text, title.end())
            title_unit = units.province_prefix(words.group("name")) if words else None
        if title_unit is not None:
            h.jurisdiction, h.jurisdiction_kind, h.province = title_unit.name, title_unit.kind, None
            h.jurisdiction_source = "text"
            if h.issuer is None and (code := _council_code(h.number)):
                # the province's committee's or council's number ("Quyết định 3109/QĐ-UBND của Bình Phước năm 2021")
                _council_of_place(h, code)
            return
        # a headline that opens with the province's name ("Tiền Giang: Thực hiện công tác …", "Thanh Hóa ban hành
        # Kế hoạch hành động …") over a notice naming "UBND tỉnh" alone
        for start in s.opening_starts:
            # (not one of a list of other pages' headlines, each line ending with a dash but the last: "Hưng Yên: Khai
            # mạc Lễ hội Đền - Chùa Phượng Vũ -")
            if text[start:s.line_end(start)].rstrip().endswith(("-", "–")) or \
                    text[:start].rstrip().endswith((" -", " –")):
                continue
            headline = HEADLINE_PLACE.match(text, start) or HEADLINE_PLACE_CAPS.match(text, start)
            headline_unit = units.province(headline.group("name")) if headline else None
            if headline_unit is not None:
                h.jurisdiction, h.jurisdiction_kind, h.province = headline_unit.name, headline_unit.kind, None
                h.jurisdiction_source = "text"
                if h.issuer and UNNAMED_COMMITTEE.match(h.issuer):
                    # "Ủy ban nhân dân (UBND) tỉnh" (with its abbreviation): that province's committee
                    h.issuer = f"Ủy ban nhân dân {headline_unit.kind} {headline_unit.name}"
                return
        # a notice naming "UBND tỉnh" alone on a province's portal: that province's committee
        portal = PROVINCE_PORTAL.search(text, 0, PORTAL_REACH)
        portal_unit = units.province(portal.group("label")) if portal else None
        named = _committee_of(h.issuer, portal_unit.kind, portal_unit.name) if portal_unit is not None else None
        if portal_unit is not None and named:
            h.jurisdiction, h.jurisdiction_kind, h.province = portal_unit.name, portal_unit.kind, None
            h.jurisdiction_source = "text"
            h.issuer = named
            return
    if h.jurisdiction is None and h.issuer_kind in ("ubnd", "hdnd") and h.issuer is None and \
            (enacting := ENACTING_COMMITTEE.search(text)) is not None and \
            (enacted := _known_place(enacting.group("name"), unit_word(enacting.group("unit")), units)) is not None:
        # a letterhead without its place ("ỦY BAN NHÂN DÂN |") over a decision whose enacting line names the body with
        # its unit ("QUYẾT ĐỊNH" / "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" / "Căn cứ …"): that body, as its letterhead would
        # have named it (the place-date line names the province's seat: "Thị xã Cao Lãnh" had given that town's
        # committee)
        h.jurisdiction, h.jurisdiction_kind, h.province = enacted
        h.jurisdiction_source = "letterhead"
        _council_of_place(h, "hdnd" if re.match(_HDND, enacting.group("body"), re.I) else "ubnd")
        h.issuer_line = s.line(enacting.start())
    if h.jurisdiction is None and h.issuer_kind in ("ubnd", "hdnd") and h.issuer is None and \
            (enacting_province := ENACTING_PROVINCE.search(text)) is not None and \
            (seat := _place_date_place(h.place, units)) is not None and \
            (seats_province := units.province(seat[2] or seat[0])) is not None:
        h.jurisdiction, h.jurisdiction_kind, h.province = seats_province.name, seats_province.kind, None
        h.jurisdiction_source = "letterhead"
        _council_of_place(h, "hdnd" if re.match(_HDND, enacting_province.group("body"), re.I) else "ubnd")
        h.issuer_line = s.line(enacting_province.start())
    if h.jurisdiction is None and h.issuer_kind != "national":
        # a letterhead without its place ("ỦY BAN NHÂN DÂN |"): the place-date line's place
        place = _place_date_place(h.place, units)
        if place:
            h.jurisdiction, h.jurisdiction_kind, h.province = place
            h.jurisdiction_source = "place-date"
            if h.issuer_kind in ("ubnd", "hdnd") and h.issuer is None and _numbered_by_a_council(h.number):
                _council_of_place(h, h.issuer_kind)
            elif h.issuer_kind == "so" and h.issuer:
                h.issuer += f" {_province_named(h, units)}"
            elif h.issuer_kind in ("ubnd", "hdnd", "so") and h.issuer is None and \
                    (coded := _department_of_number(h.number)) is not None:
                # the cut letterhead over a department's number whose code is its name's initials ("ỦY BAN NHÂN DÂN |"
                # over "Số: 842/SGDĐT-GDTrH"): that department of the place-date line's province
                h.issuer, h.issuer_kind = f"{coded} {_province_named(h, units)}", "so"
    if h.issuer is None and h.issuer_kind in (None, "ubnd") and \
            (department := META_DEPARTMENT.search(text, 0, META_DEPARTMENT_REACH)) is not None:
        # a letterhead cut to "ỦY BAN NHÂN DÂN |" over a department's number, the portal's field naming the department
        # ("Nơi ban hành: | Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh |"): that department issues
        # (its province's unit word in small letters, as agencies are written: "… Xã hội thành phố Hồ Chí Minh")
        h.issuer = re.sub(r"\s(Tỉnh|Thành phố)\s", lambda m: f" {m.group(1).lower()} ",
                          re.sub(r"\s+", " ", department.group("v")))
        h.issuer_kind = "so"
        h.issuer_line = s.line(department.start("v"))


# another body a notice names with its district, ward or commune at the end of its name ("Ban Chỉ đạo chuyển đổi số
# huyện Đăk R’lấp"; a name with an apostrophe, "R’lấp", as the Central Highlands' names are printed)
_UNIT_NAME_WORD = rf"[{_U}][{_L}]*(?:[’'][{_U}{_L}][{_L}]*)?"
BODY_OF_A_UNIT = re.compile(rf"(?:Ban|Văn phòng|Phòng|Trung tâm|Hội đồng)\s.*?\s"
                            rf"(?P<unit>huyện|quận|thị xã|thị trấn|xã|phường)"
                            rf"\s+(?P<name>(?:{_UNIT_NAME_WORD}\s+){{0,3}}{_UNIT_NAME_WORD})")


def _place_named_issuer(h: Header, units: Places, central: str | None) -> bool:
    """The issuer a page's text names placed: national when `central` (its kind, national_kind's), else in the unit its
    name gives (_place_of_named_body); False when neither."""
    if central:
        h.issuer_kind, h.jurisdiction, h.jurisdiction_kind = central, "Việt Nam", "national"
        h.jurisdiction_source = "text"
        return True
    return _place_of_named_body(h, units)


def _place_of_named_body(h: Header, units: Places) -> bool:
    """The unit of an issuer a page's text names with its place (a Party committee, a province's department, committee
    or council, a district's, ward's or commune's committee or council): set as the jurisdiction; False when it names
    none the official lists know."""
    issuer = h.issuer or ""
    party = NEWS_PARTY.match(issuer)
    local = LOCAL_COMMITTEE.fullmatch(issuer) or BODY_OF_A_UNIT.fullmatch(issuer)
    place = _known_place(party.group("name"), PARTY_UNIT[party.group("level").upper()], units) if party else \
        _known_place(local.group("name"), local.group("unit"), units) if local else None
    if place:
        h.jurisdiction, h.jurisdiction_kind, h.province = place
        h.jurisdiction_source = "text"
        return True
    department = DEPARTMENTS_PROVINCE.match(issuer)
    # (or a province's committee or council: "Ngày 07 tháng 07 năm 2021, UBND tỉnh Đắk Nông đã có thông báo số …"
    # under a headline "Đắk Nông: Chủ tịch UBND huyện Tuy Đức …")
    committee = PROVINCES_COMMITTEE.fullmatch(issuer)
    its_province = units.province(department.group("name")) if department else \
        units.province(committee.group("name")) if committee else None
    if its_province:
        # a department named with its province ("Sở GD&ĐT Lào Cai đã có văn bản …", "Sở GD-ĐT thành phố Đà Nẵng có
        # công văn …"): that province, not the first place the page names ("Học sinh TP Huế và Đà Nẵng …")
        h.jurisdiction, h.jurisdiction_kind, h.province = its_province.name, its_province.kind, None
        h.jurisdiction_source = "text"
        return True
    return False


def _council_of_place(h: Header, kind: str) -> None:
    """The people's committee ("ubnd") or council ("hdnd") of the place the header read issues."""
    h.issuer_kind = kind
    h.issuer = f"{'Hội đồng nhân dân' if kind == 'hdnd' else 'Ủy ban nhân dân'} {_unit_named(h)}"


def _issuer_codes(number: str | None) -> list[str]:
    """The codes of a number's symbol after its type's ("1557/SGDĐT-GDPT" -> SGDĐT, GDPT; "54/KH-UBND" -> UBND)."""
    symbol = number_symbol(number) if number and "/" in number else None
    return [p for p in symbol_codes(symbol) if p and not p.isdigit()] if symbol else []


def _council_code(number: str | None) -> str | None:
    """"ubnd" or "hdnd" when a number carries the people's committee's or council's code ("54/KH-UBND", "2302/UBND-
    KTTH", "12/2021/NQ-HĐND", "145/QĐ-UB"; ontology/issuer-codes.ttl), else None."""
    codes = council_codes()
    return next((codes[p] for p in _issuer_codes(number) if p in codes), None)


# a committee's or council's name alone on its line, no place (the first line of a joint letterhead)
_BARE_COUNCIL = re.compile(r"(?:(?P<ubnd>(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)|(?P<hdnd>HỘI ĐỒNG NHÂN DÂN|HĐND))\s+$")


def _bare_council_above(s: Stream, pos: int) -> str | None:
    """"ubnd" or "hdnd" when the line ending just before `pos` is a committee's or council's name alone ("ỦY BAN NHÂN
    DÂN" over "ỦY BAN MTTQ VIỆT NAM"), else None."""
    m = _BARE_COUNCIL.search(s.text, max(0, pos - 24), pos)
    if m is None or m.start() not in s.line_starts(m.start(), m.start()) or s.line(m.start()) != s.line(pos) - 1:
        return None
    return "ubnd" if m.group("ubnd") else "hdnd"


def _department_of_number(number: str | None) -> str | None:
    """The department a number's first issuer code names by its initials ("842/SGDĐT-GDTrH": Sở Giáo dục và Đào
    tạo), else None."""
    codes = _issuer_codes(number)
    return department_of_code(codes[0]) if codes and DEPARTMENT_CODE.fullmatch(codes[0]) else None


def _numbered_by_a_council(number: str | None) -> bool:
    """Whether a number is the committee's or the council's own, or says nothing of its issuer: not a body's under
    them, which the first line of a cut letterhead hides ("ỦY BAN NHÂN DÂN |" over "Số: 1557/SGDĐT-GDPT": the
    city's education department's letter, not the city's committee's)."""
    return not _issuer_codes(number) or _council_code(number) is not None


def national_kind(name: str) -> str | None:
    """"bo" for a ministry a notice or title names ("Bộ Y tế"; not one working with others, "Bộ … phối hợp với …",
    "Bộ A và Bộ B"), "national" for another central body (the Prime Minister, the Government and its Office, a central
    steering committee, the State Audit, …), else None."""
    if name in NATIONAL_NAMED:          # (before the ministries: the Politburo is "Bộ Chính trị")
        return "national"
    if name.startswith("Bộ ") and len(name.split()) <= 9 and not re.search(r"\s(?:với|cùng|phối hợp)\s|\svà\s+Bộ\b",
                                                                              name):
        return "bo"
    if NATIONAL_UNION.match(name) or NATIONAL_STEERING.match(name) or NATIONAL_BODY.match(name):
        return "national"
    return None


def _unit_named(h: Header, unit: str | None = None) -> str:
    """The unit the letterhead places its body in, as the body's name says it: "tỉnh Nghệ An"; a province that is now
    a city by the name it bore ("TỈNH ỦY THỪA THIÊN HUẾ": "tỉnh Thừa Thiên Huế", not "tỉnh Huế")."""
    unit = unit or h.jurisdiction_kind
    name = FORMER_PROVINCE_NAMES.get(h.jurisdiction or "", h.jurisdiction) if unit == "tỉnh" else h.jurisdiction
    return f"{unit} {name}"


def _joint_letterhead(s: Stream, zone: str, pos: int) -> re.Match[str] | None:
    """The joint letterhead around the national body found at `pos`: it starts a line or a cell
    (a title naming "… DO VĂN PHÒNG CHÍNH PHỦ – BỘ NỘI VỤ BAN HÀNH" is no letterhead)."""
    for start in s.line_starts(max(0, pos - 120), pos):
        m = JOINT.match(zone, start)
        if m and pos < m.end():
            return m
    return None


# the Party's name in the motto's cell after the Central Committee's, on a letterhead read by rows, and the cell
# separators up to the next row
_PARTY_MOTTO_CELL = re.compile(r"\s*\|?\s*ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM\s*\|\s*(?:\|\s*)?")


def _central_board_under_committee(zone: str, candidates: list[tuple[int, str, str | None, str | None, str]]
                                   ) -> list[tuple[int, str, str | None, str | None, str]]:
    """On a letterhead read by rows, one of the Central Committee's boards or a central steering committee on the row
    under "BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |" ("| BAN TUYÊN GIÁO |", "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ …
    | |") issues, as it does on a letterhead read line by line; the Central Committee had been read as the issuer."""
    central_committee = NATIONAL_NAMES["BAN CHẤP HÀNH TRUNG ƯƠNG"]
    out = []
    for c in candidates:
        motto = _PARTY_MOTTO_CELL.match(zone, c[0] + len(c[4])) if c[1] == "national" and c[3] == central_committee \
            else None
        if motto is None:
            out.append(c)
            continue
        board = PARTY_BOARD_LINE.match(zone, motto.end())
        if board:
            out.append((c[0], "national", None, _board_name(board.group("board")) + " Trung ương", c[4]))
        elif not any(d[1] == "national" and d[0] == motto.end() for d in candidates):
            out.append(c)
    return out


def _national_name(body: str) -> str:
    """"VĂN PHÒNG CHÍNH PHỦ" -> "Văn phòng Chính phủ"; "BỘ NỘI VỤ" -> "Bộ Nội vụ"."""
    body = re.sub(r"\s+", " ", body)
    if body in NATIONAL_NAMES:
        return NATIONAL_NAMES[body]
    if body.startswith("BỘ"):
        return _title_body(body[:1] + body[1:].lower())
    central_board = re.fullmatch(rf"BAN CHẤP HÀNH TRUNG ƯƠNG (?:\| )?(?P<board>{_BOARD_NAMES})", body)
    if central_board:           # "Ban Tuyên giáo Trung ương"
        return _board_name(central_board.group("board")) + " Trung ương"
    if re.fullmatch(_MTTQ, body):
        board = "Ban Thường trực " if re.match(r"BTT|BAN", body) or body.endswith("THƯỜNG TRỰC") else ""
        return board + "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    # a committee: "ỦY BAN QUỐC GIA VỀ NGƯỜI CAO TUỔI" -> "Ủy ban Quốc gia về người cao tuổi"; a word that is no
    # syllable an abbreviation, kept in capitals ("… CÁC CHƯƠNG TRÌNH MTQG …")
    name = body[:1] + " ".join(w.lower() if is_syllable(w.strip(",")) else w for w in body[1:].split(" "))
    return re.sub(r"\b(quốc gia|chỉ đạo|trung ương|chính phủ)\b", lambda m: m.group(1)[:1].upper() + m.group(1)[1:],
                  name)


def unit_word(raw: str) -> str:
    """A letterhead's or a text's unit word as agencies write it: "TỈNH" -> "tỉnh"; "TP", "Tp." -> "thành phố"; the
    words a font lost letters of ("TNH", "THNH PH")."""
    return {"TNH": "tỉnh", "THNH PH": "thành phố", "TP": "thành phố", "TP.": "thành phố"}.get(raw.upper(), raw.lower())


# the words a letterhead's unit name runs on into: the motto's, the number's, a type line's; a unit's under it on the
# next line ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ" / "VĂN PHÒNG HĐND VÀ UBND", "… / TRƯỜNG MẦM NON TÂN PHÚ")
RUN_ON = {"cộng", "c", "độc", "số", "s", "kế", "quyết", "chỉ", "thông", "công", "hướng", "báo", "nghị", "chương",
          "đề", "tờ", "ủy", "uỷ", "ubnd", "đảng", "văn", "phòng", "trường", "trung", "bệnh", "trạm", "ban", "chi"}


def mention_unit(m: re.Match[str]) -> str | None:
    """The unit word of a PLACE_MENTION ("TP" is a thành phố; none after "trên địa bàn": "… công tác gia đình trên
    địa bàn Hà Nội năm 2026", a province or a district the official lists know by that name alone)."""
    return None if m.group("area") else m.group("unit") or "thành phố"


def _party_board(zone: str, pos: int) -> str | None:
    """The board of the Party committee whose letterhead starts at `pos` that the letterhead's next line
    names ("BAN TUYÊN GIÁO" -> "Ban Tuyên giáo"), else None."""
    m = PARTY_BODY.match(zone, pos)
    if not m:
        return None
    start = m.start("name")
    board = PARTY_BOARD_LINE.search(zone, start, m.end() + PARTY_BOARD_REACH)
    if not board:
        return None
    return _board_name(board.group("board"))


def _board_name(printed: str) -> str:
    """A board's name as a letterhead prints it, as written: "BAN TUYÊN GIÁO" -> "Ban Tuyên giáo", "UỶ BAN KIỂM
    TRA" -> "Ủy ban Kiểm tra"."""
    return PARTY_BOARDS[" ".join(printed.split()).replace("UỶ", "ỦY")]


def _known_place(name: str | None, unit: str | None, units: Places) -> tuple[str, str, str | None] | None:
    """(name, unit word, province) for the longest prefix of `name` that is an official unit."""
    if not name:
        return None
    # a letterhead name runs on into the next cell ("HÀ TĨNH CỘNG HÒA"): try its prefixes; a name
    # isolated by its own pattern (the place of a place-date line) is taken whole
    for cand in prefixes(name, 1 if unit is not None else len(name.split())):
        if unit in (None, "tỉnh", "thành phố"):
            p = units.province(cand)
            if p is None and unit is not None and " " in cand:
                p = units.province_damaged(cand)
            if p:
                return p.name, unit or p.kind, None
        if unit in ("phường", "xã", "thị trấn", "đặc khu"):
            rest = name.split()[len(cand.split()):]
            if rest and key(rest[0]) not in RUN_ON:
                # "XÃ PHÚ MẬU Độc lập": a commune of before 2025, not the "Phú" of today's list
                continue
            if units.is_ward(cand):      # a real ward; its province when only one has that name
                name_printed = units.ward_spelling(_title(cand)) if cand.isupper() else cand
                return name_printed, unit, units.ward_province(name_printed, unit)
            continue
        if unit not in ("tỉnh",):
            ds = units.districts(cand)
            if ds and not cand.isascii():
                # a name printed with its marks names a district spelled alike, not one that folds the same ("… TP.
                # Chủ tịch …" is no thị xã Chũ); one printed without them ("Cho Don", a damaged scan) matches as before
                ds = [d for d in ds if _spelled_alike(d.name, cand)]
            # of the unit printed, when a district of another unit has the name too ("THỊ ỦY SƠN TÂY": the town of
            # Hà Nội, not the huyện Sơn Tây of Quảng Ngãi)
            ds = of_kind(ds, unit)
            provinces = {d.province for d in ds}
            if ds and len(provinces) == 1 and (unit is None or unit != "tỉnh"):
                d = ds[0]
                # (a variant spelling, "Đăk R’lấp": the list's, "Đắk R'Lấp"; the name in capitals, as the list spells
                # it, "KBang", "Ea H'leo", and whole: "QUAN HÓA", "TỊNH BIÊN" begin with no unit's word, "quận", "tỉnh")
                if cand.isascii() and key(d.name) != key(cand):
                    printed = _title(cand) if fold(cand) == fold(d.name) else short_name(_title(cand))
                elif key(d.name) == key(cand) and d.name.casefold() != _title(cand).casefold():
                    printed = _title(cand)          # as printed: "Phan Rang-Tháp Chàm" (the list's "Phan Rang - …")
                else:
                    printed = d.name
                return printed, unit or d.kind, d.province
    return None


# the spellings the Central Highlands' names are printed in beside the official list's ("Đăk R’lấp", "Đắk R'Lấp")
_HIGHLAND_SPELLING = str.maketrans({"’": "'", "‘": "'"})


def _spelled_alike(official: str, printed: str) -> bool:
    """Whether a name printed with its marks is the official one's spelling (not another name that folds the same: "Chủ"
    is no "Chũ"), allowing the Central Highlands' variants: "Đăk" for "Đắk", a curly apostrophe."""
    def norm(name: str) -> str:
        return re.sub(r"\bđăk\b", "đắk", key(name).translate(_HIGHLAND_SPELLING))
    return norm(official) == norm(printed)


# how far into a page a province is looked for that tells which of several districts of one name its letterhead is
DISTRICT_PROVINCE_REACH = 3000


def _mentioned_province(m: re.Match[str], units: Places) -> Unit | None:
    """The province a PLACE_MENTION names: after a province's or a city's word, "TP" or "trên địa bàn" ("tỉnh Hậu
    Giang", "TP Cần Thơ"); None for a district's mention or a name the official lists do not know as a province."""
    return units.province(m.group("name")) if m.group("unit") in ("tỉnh", "thành phố", None) else None


def _district_of_a_named_province(text: str, name: str | None, unit: str | None,
                                  units: Places) -> tuple[str, str, str | None] | None:
    """A district whose name several provinces have ("HUYỆN CHÂU THÀNH": ten of them), placed by the first of those
    provinces the page's text names ("Căn cứ Kế hoạch số 63/KH-UBND … của UBND tỉnh Hậu Giang …": a district's plan
    carries out its province's); None when the text names none of them."""
    if not name or unit not in ("huyện", "quận", "thị xã", "thành phố"):
        return None
    for cand in prefixes(name, 1):
        ds = [d for d in units.districts(cand) if d.kind == unit and (cand.isascii() or _spelled_alike(d.name, cand))]
        provinces = {d.province for d in ds}
        if len(provinces) < 2:
            continue
        for m in PLACE_MENTION.finditer(text, 0, DISTRICT_PROVINCE_REACH):
            p = _mentioned_province(m, units)
            if p is not None and p.name in provinces:
                return short_name(_title(cand)), unit, p.name
        return None
    return None


def _ward_province_named(text: str, name: str, units: Places) -> str | None:
    """The province of a ward or commune whose name several provinces have ("XÃ ĐÔNG QUANG"), when the page's text
    names one of them, or a district of one of them alone ("… của Chủ tịch UBND huyện Đông Sơn": a commune's plan
    carries out its district's); None when it names none."""
    provinces = units.ward_provinces(name)
    if len(provinces) < 2:
        return None
    for m in PLACE_MENTION.finditer(text, 0, DISTRICT_PROVINCE_REACH):
        p = _mentioned_province(m, units)
        if p is not None and p.name in provinces:
            return p.name
        if m.group("unit") in ("huyện", "quận", "thị xã", "thành phố"):
            of_district = {d.province for d in units.districts(m.group("name"))
                           if _spelled_alike(d.name, m.group("name"))} & provinces
            if len(of_district) == 1:
                return of_district.pop()
    return None


# a school's name after its parent's on one line ("UBND XÃ NINH GIANG TRƯỜNG THCS HIỆP LỰC |"): "TRƯỜNG" and its level
_SCHOOL_IN_LINE = re.compile(r"(?<=[ \t])(?<!MÔI )TRƯỜNG(?=\s+(?:(?:MN|MG|TH|THCS|THPT|PTDTBT|PTDTNT|PTDT|TH&THCS|"
                             r"THCS&THPT)\b|" + "|".join(_SCHOOL_LEVELS) + r"))")


def _unit_starts(s: Stream, lo: int, hi: int) -> list[int]:
    """Where a unit's name may start in [lo, hi]: a line or a cell, or a school's name on its parent's line."""
    return sorted({*s.line_starts(lo, hi), *(m.start() for m in _SCHOOL_IN_LINE.finditer(s.text, lo, hi + 1))})


def _sub_unit(s: Stream, pos: int, cell: re.Match[str] | None) -> re.Match[str] | None:
    """The unit a local committee's letterhead names at the start of a later line or cell, or a school after it on its
    line, before the number cell (a page without one has no letterhead to read it from: a title's "TRUNG TÂM HỌC TẬP
    CỘNG ĐỒNG" is none)."""
    if cell is None or cell.start() <= pos:
        return None
    end = min(pos + SUB_UNIT_REACH, cell.start())
    for start in _unit_starts(s, pos + 1, end):
        line_end = s.line_end(start)
        m = SUB_UNIT.match(s.text, start, line_end)
        if m is None:
            continue
        # its name run on over the next line, before the number cell ("TRƯỜNG CAO ĐẲNG CÔNG NGHỆ" / "THỦ ĐỨC" / "Số:
        # …"): the whole name (it had ended at the line's end)
        more = SUB_NAME_RUN_ON.fullmatch(s.text, line_end + 1, s.line_end(line_end + 1)) \
            if not s.text[m.end("sub"):line_end].strip() and line_end + 1 < cell.start() else None
        return (SUB_UNIT.match(f"{s.text[start:line_end]} {more.group('more')}") or m) if more else m
    return None


# a committee's office on its own line or cell, its name alone ("VĂN PHÒNG")
OFFICE_ALONE = re.compile(r"[ \t|]*VĂN\s+PHÒNG[ \t]*(?=\||-{3,}|CỘNG|Độc\s+lập|Số\s*:|$)")


def _office_line(s: Stream, pos: int, cell: re.Match[str] | None) -> bool:
    """Whether a line or cell after a committee's and before the number cell is its office's name alone."""
    if cell is None or cell.start() <= pos:
        return False
    end = min(pos + SUB_UNIT_REACH, cell.start())
    return any(OFFICE_ALONE.match(s.text, a, s.line_end(a)) for a in s.line_starts(pos + 1, end))


def _overlapping(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of a body's pattern, each looked for from inside the name of the one before (a name that ran on
    into the next body's words does not hide that body)."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m)
        pos = m.start("name") if m.start("name") > m.start() else m.end()
    return out


def _school_line(s: Stream, start: int, cell: re.Match[str] | None) -> re.Match[str] | None:
    """A school's name opening a line or cell of the letterhead (from `start`), before the number cell."""
    if cell is None:
        return None
    return next((m for a in _unit_starts(s, start, cell.start())
                 if (m := SUB_UNIT.match(s.text, a, s.line_end(a))) and m.group("head") == "TRƯỜNG"), None)


def _motto_row_start(s: Stream, motto: re.Match[str] | None,
                     candidates: list[tuple[int, str, str | None, str | None, str]]) -> int:
    """Where the letterhead starts when a body is printed beside the motto, on its line: that line's start (what
    lines above it name is a site's banner); else 0."""
    if motto is None:
        return 0
    row = s.line_start(motto.start())
    return row if any(row <= pos < motto.start() for pos, *_ in candidates) else 0


# a line of a site's text: three words in small letters or more (not the motto's second line)
SITE_TEXT_WORDS = re.compile(rf"(?<![\w/])[{_L}][{_L}]*(?![\w/])")


def _after_site_text(s: Stream, candidates: list[tuple[int, str, str | None, str | None, str]]) -> int:
    """Where the letterhead starts when a line of running text (a site's counter, its menu; no motto, no place-date)
    stands between two of the bodies found above the number cell: the start of the line after the last such line; else
    0."""
    if len(candidates) < 2:
        return 0
    positions = sorted(pos for pos, *_ in candidates)
    start = 0
    for line in s.line_offsets():
        if not positions[0] < line < positions[-1]:
            continue
        end = s.line_end(line)
        words = s.text[line:end]
        if len(SITE_TEXT_WORDS.findall(words)) >= 3 and not re.search(r"Độc\s+lập|Tự\s+do|Hạnh\s+phúc", words) and \
                not PLACE_DATE.search(words) and any(pos > end for pos in positions):
            start = end + 1
    return start


def _ministry_unit(s: Stream, pos: int) -> str | None:
    """The unit of a ministry its letterhead names on the line after the ministry's ("BỘ TÀI CHÍNH" / "TỔNG CỤC HẢI
    QUAN" -> "Tổng cục Hải quan"; "BỘ CÔNG AN" / "VĂN PHÒNG" -> "Văn phòng Bộ Công an"; "BỘ QUỐC PHÒNG"
    / "BTL BỘ ĐỘI BIÊN PHÒNG" -> "Bộ Tư lệnh Bộ đội Biên phòng"), else None."""
    text = s.text
    end = s.line_end(pos)
    ministry = MINISTRY.match(text, pos)
    if ministry is not None and ministry.end("name") > end + 1 and \
            not MINISTRY_UNIT.match(text, end + 1, s.line_end(end + 1)):
        end = s.line_end(ministry.end("name") - 1)          # its name on two lines: "BỘ THÔNG TIN VÀ" / "TRUYỀN THÔNG"
    m = MINISTRY_UNIT.match(text, end + 1, s.line_end(end + 1)) if end < len(text) else None
    if m is not None and not m.group("name").strip() and s.line_end(end + 1) < len(text):
        # (its name on the line after its head's: "TỔNG CỤC" / "THUẾ")
        m = MINISTRY_UNIT.match(text, end + 1, s.line_end(s.line_end(end + 1) + 1)) or m
    if m is None or ministry is None:
        return None
    # (its name ends on its line, not in the unit's that a name run on had taken in)
    name = _title_body("Bộ " + re.sub(r"\s*\|.*$", "", text[ministry.start("name"):min(ministry.end("name"), end)]))
    head = MINISTRY_UNITS[re.sub(r"\s+", " ", m.group("head"))]
    words = m.group("name").split()
    if not words:
        return f"{head} {name}" if head in ("Văn phòng", "Thanh tra") else None
    if head == "Ban Chỉ đạo":       # its words in small letters, an abbreviation as printed ("… ASEAN")
        return head + " " + " ".join(w.lower() if is_syllable(w.strip(",")) else w for w in words)
    return _unit_of_ministry_name(head, words)


def _unit_of_ministry_name(head: str, words: list[str]) -> str:
    """A ministry's unit named from its head ("Tổng cục", "Cục", "Bộ Tư lệnh") and the words of its field in
    capitals: "Tổng cục Hải quan", "Bộ Tư lệnh Bộ đội Biên phòng" (an abbreviation kept as printed)."""
    field = " ".join(_field_case(words, abbreviations=True))
    return re.sub(r"\bbiên phòng\b", "Biên phòng", f"{head} {field}")


def _district_office(zone: str, cell: re.Match[str] | None, units: Places,
                     start: int = 0) -> tuple[re.Match[str], tuple[str, str, str | None]] | None:
    """A district's education office heading a letterhead (from `start`), before the number cell, and its district
    when the unit lists know it (one district of that name)."""
    m = DISTRICT_OFFICE.search(zone, start, cell.start() if cell else len(zone))
    if m is None:
        return None
    unit = m.group("unit")
    unit = None if unit is None else "thành phố" if unit.startswith("TP") else re.sub(r"\s+", " ", unit.lower())
    place = _known_place(m.group("name"), unit, units)
    return (m, place) if place and place[1] not in ("tỉnh",) else None


def _sub_unit_name(m: re.Match[str], parent: str | None) -> str:
    """"TRƯỜNG THCS BÍCH HÒA" -> "Trường THCS Bích Hòa"; "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" under "huyện Thanh Chương" ->
    "Phòng Giáo dục và Đào tạo huyện Thanh Chương"; "TRUNG TÂM Y TẾ HUYỆN X" -> "Trung tâm Y tế huyện X". An
    abbreviation stays as printed ("THCS", "GD&ĐT"). A school or a centre is named without its committee's place, an
    office with it."""
    head = re.sub(r"\s+", " ", m.group("head"))
    rest = re.sub(r"\s+", " ", m.group("sub")[m.end("head") - m.start("sub"):]).strip()
    where = parent if head not in ("TRƯỜNG", "TRUNG TÂM") else None
    if place := _SUB_PLACE.search(rest):
        rest, where = rest[:place.start()], f"{place.group('unit').lower()} {_title(place.group('name'))}"
    elif (bare := _SUB_UNIT_WORD.search(rest)) and parent and parent.startswith(bare.group(1).lower() + " "):
        # its unit's word without the name, the committee's place ("BỆNH VIỆN ĐA KHOA TỈNH" under "UBND TỈNH NGHỆ AN")
        rest, where = rest[:bare.start()], parent
    words = rest.split()
    out: list[str] = []
    if head == "TRƯỜNG":
        # the school's level in small letters after its first word, the rest a name: each word capitalised
        level = next((lv for lv in _SCHOOL_LEVELS if rest == lv or rest.startswith(lv + " ")), None)
        if level:
            out, words = [level[:1] + level[1:].lower()], rest[len(level):].split()
        out += [w[:1] + w[1:].lower() if is_syllable(w) else w for w in words]
    else:
        out = _field_case(words, abbreviations=True)
    return " ".join([_SUB_HEADS[head], *out, *([where] if where else [])])


def _so_field_and_province(so: re.Match[str], units: Places) -> tuple[str, Unit | None]:
    """A department's field and the province its letterhead prints after it ("GIÁO DỤC VÀ ĐÀO TẠO KON TUM" -> ("GIÁO
    DỤC VÀ ĐÀO TẠO", Kon Tum)); the whole name and None when its last words name no province."""
    name = _so_name(so)
    words = name.split()
    # (a centrally-run city with its unit's words: "THÀNH PHỐ HỒ CHÍ MINH", five words, not "… THÀNH PHỐ" + "Hồ Chí
    # Minh")
    for n in (5, 4, 3, 2, 1):
        if len(words) > n and (p := units.province(" ".join(words[-n:]))) is not None:
            field = words[:-n]
            # (its unit's word abbreviated: "SỞ Y TẾ TP. HỒ CHÍ MINH")
            if len(field) > 1 and field[-1] in ("TP.", "TP"):
                field = field[:-1]
            return " ".join(field), p
    return name, None


def _so_title(field: str) -> str:
    """"Sở " and the department's field as agencies are written ("GIÁO DỤC VÀ ĐÀO TẠO" -> "Sở Giáo dục và Đào tạo"); a
    field printed as an abbreviation kept as printed ("Sở GD&ĐT")."""
    if any(not is_syllable(w.strip(",")) for w in field.split() if w not in ("-", "–")):
        return "Sở " + field
    return _title_body("Sở " + field)


def _province_named(h: Header, units: Places) -> str:
    """The province a department belongs to, as its name says it: "tỉnh Hà Tĩnh", "thành phố Đà Nẵng" (a centrally-run
    city), the province of a town its place-date line names ("Vinh, ngày …": "tỉnh Nghệ An")."""
    name = h.province or h.jurisdiction or ""
    p = units.province(name)
    # (the kind its letterhead gives the province itself: "UBND TỈNH THỪA THIÊN HUẾ", a province before 2025)
    kind = h.jurisdiction_kind if h.province is None and h.jurisdiction_kind in ("tỉnh", "thành phố") else \
        p.kind if p else "tỉnh"
    return f"{kind} {FORMER_PROVINCE_NAMES.get(name, name) if kind == 'tỉnh' else name}"


def _so_name(so: re.Match[str]) -> str:
    """The department's name as the gazetteer writes it: a dash spaced ("LAO ĐỘNG – THƯƠNG BINH" -> "LAO ĐỘNG - THƯƠNG
    BINH")."""
    return re.sub(r"\bTP\.(?=\S)", "TP. ", re.sub(r"\s*[–-]\s*", " - ", so.group("name")))


def _title(s: str) -> str:
    """"PHAN RANG-THÁP CHÀM" -> "Phan Rang-Tháp Chàm": each word capitalised, either side of a hyphen or an apostrophe
    too ("ĐẮK R'LẤP" -> "Đắk R'Lấp", as the official lists spell it)."""
    return " ".join("".join(p[:1].upper() + p[1:].lower() for p in re.split(r"(?<=[-'’])", w)) for w in s.split())


def _title_body(s: str) -> str:
    """"Sở GIÁO DỤC VÀ ĐÀO TẠO" -> "Sở Giáo dục và Đào tạo"; "Bộ CÔNG THƯƠNG" -> "Bộ Công Thương"."""
    words = s.split()
    text = " ".join([words[0], *_field_case(words[1:])])
    return re.sub(r"\bCông thương\b", "Công Thương", text)


def _field_case(words: list[str], abbreviations: bool = False) -> list[str]:
    """A body's field as agencies are written: the first word of each comma, "và" or dash group capitalised, the
    others in small letters ("GIÁO DỤC VÀ ĐÀO TẠO" -> "Giáo dục và Đào tạo"); with `abbreviations`, a word that is
    no syllable kept as printed ("GD&ĐT")."""
    out: list[str] = []
    for i, w in enumerate(words):
        lw = w.lower()
        if abbreviations and not is_syllable(w.strip(",")):
            out.append(w)
        elif i == 0 or out[-1].endswith(",") or out[-1] in ("và", "-", "–"):
            out.append(lw[:1].upper() + lw[1:])
        else:
            out.append(lw)
    return out


def _noted(h: Header, name: str) -> str | None:
    """The value of the header's note `name` ("type-from-notice:Kế hoạch" -> "Kế hoạch"), or None."""
    return next((n[len(name) + 1:] for n in h.notes if n.startswith(name + ":")), None)


def _type(h: Header, s: Stream, cell: re.Match[str] | None) -> None:
    text = s.text
    notice = _noted(h, "type-from-notice")      # what a notice says was issued
    # the type line: upper case, right after the number and place-date cells; it names the
    # document even when the number's symbol says otherwise (a misprinted symbol, a plan numbered
    # in a decision's series)
    after = 0
    for m in (cell, PLACE_DATE.search(text)):
        if m:
            after = max(after, m.end())
    if after:
        m = TYPE_LINE.search(text, after, after + 200)
        # a type line stands alone: after the date (its full stop too, "Lào Cai, ngày 30 tháng 03 năm 2016.") or a
        # cell border, not inside a title ("BAN HÀNH QUY ĐỊNH ...")
        between = text[after:m.start()] if m else ""
        if m and (re.search(r"[\d|\-–]\s*$", between) or re.fullmatch(r"\.?\s*", between)):
            symbol = symbol_type(h.number) if h.number else None
            # a title that opens with a type word ("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM …" under a
            # resolution's "Số: 90/NQ-HĐND") is no type line: a type line stands alone on its line
            # (a word in brackets after it is no title: "QUY ĐỊNH (BỔ SUNG)" over a Party symbol "216-QĐ/TW")
            rest = text[m.end():s.line_end(m.start())].strip()
            if not symbol or symbol == TYPE_WORDS[m.group("t")] or not rest or \
                    re.fullmatch(r"\([^()]{1,20}\)", rest):
                h.doc_type = TYPE_WORDS[m.group("t")]
                h.doc_type_line = s.line(m.start())
                return
    if h.number:
        # (or the type the number cell names: "Nghị quyết số: 76/2025/UBTVQH15", whose symbol names none)
        t = symbol_type(h.number) or (cell.group("typed") if cell and cell.re is TYPED_NUMBER_CELL else None)
        if t in ("Thông tư", "Chỉ thị") and not re.search(r"/(?:19|20)\d\d/", h.number) and LETTER.search(text[:1500]):
            # "Số: 83/TT-CLT" over "V/v chỉ đạo sản xuất …": a letter of a department whose code is "TT" (Cục Trồng
            # trọt), not a circular, whose number carries its year ("02/2021/TT-BNNPTNT"); "23640/CT-TTHT" over "V/v
            # chính sách thuế …", a tax department's ("CT", Cục Thuế), no directive (a directive has no "V/v" line)
            t = None
        if t == "Quyết định" and _noted(h, "type-from-text") == "Quy định" and re.match(r"\d+-QĐ/", h.number):
            # the Party's "QĐ" names its regulations as well as its decisions: the type word the page prints before
            # the number says which ("Quy định số 97-QĐ/TW của Bộ Chính trị: …")
            t = "Quy định"
        if notice and "number-of-notice" in h.notes:
            # the type word a notice prints before the number wins over its symbol, as a type line does ("Phó Thủ
            # tướng … đã ký Công điện số 217/QĐ-TTg …": a dispatch, its symbol misprinted); not "văn bản", any document
            t = notice
        if t:
            h.doc_type = t
            h.doc_type_line = h.number_line
            return
    blank = _noted(h, "blank-symbol")
    if blank:
        t = symbol_code_type(blank)
        if t:
            h.doc_type, h.doc_type_line = t, h.number_line
            return
    if not after:
        m = TYPE_LINE.search(text)
        if m and h.letterhead:
            h.doc_type = TYPE_WORDS[m.group("t")]
            h.doc_type_line = s.line(m.start())
            return
    meta = TYPE_META.search(text)
    # (the types a type line may print are those a portal's "Loại văn bản" may name: "Số hiệu: | 27/2001/QH10 | Loại văn
    # bản: | Luật |")
    meta_type = meta.group("t") if meta and meta.group("t") in TYPE_WORDS.values() else None
    # a number whose symbol names no type: an official letter, unless a portal's "Loại văn bản"
    # says what it is and nothing says letter ("Số: 43-TTg", a directive in the old numbering)
    if h.number and (LETTER.search(text) or (h.letterhead and not meta_type)):
        h.doc_type = "Công văn"
        h.doc_type_line = h.number_line
        return
    from_text = _noted(h, "type-from-text")
    if from_text:
        h.doc_type = _type_word(from_text)
        if notice == h.doc_type:
            # the number's sentence is the notice's: its line states the type when the notice's does ("Bộ Giáo dục
            # và Đào tạo vừa ban hành công văn số 4726/BGDĐT-GDTC …")
            h.doc_type_line = h.notice_line
        elif h.number_line is not None and key(from_text) in key(s.line_text(h.number_line)):
            # the line that gives the number names the type before it ("Công văn 3473/BNN-TY tập trung …"): the type's
            # line too, so a page that reproduces a letter and cites nothing is still read as that letter
            h.doc_type_line = h.number_line
        return
    if meta and meta_type:
        h.doc_type = meta_type
        h.doc_type_line = s.line(meta.start())
        return
    if LETTER.search(text[:1500]) or SUBJECT_FIRST.match(text, s.title_start):
        # "Kính gửi:" / "V/v" with no type line, or a page opening with the subject ("Về việc tham gia ý kiến vào dự
        # thảo …" on its first line): an official letter
        h.doc_type = "Công văn"
        return
    if notice:                           # what the notice says was issued: "Bộ … ban hành Chương trình hành động …"
        h.doc_type = notice
        h.doc_type_line = h.notice_line
        if h.doc_type_line is None:
            # a headline of that type over the sentence ("CHƯƠNG TRÌNH HÀNH ĐỘNG …" / "… Đảng ủy Bộ … xây dựng chương
            # trình hành động …"): the line that states it
            m = _headline_start(s) or next((x for start in s.opening_starts
                                            if (x := CAPS_TYPE_LINE.match(text, start))), None)
            if m and _type_word(m.group("t")) == notice:
                h.doc_type_line = s.line(m.start("t"))
        return
    # a portal headline: "Kế hoạch Chương trình phòng, chống ...", or one that opens with its type ("Chương trình hành
    # động của Ban Chấp hành Đảng bộ tỉnh … thực hiện Nghị quyết Đại hội …": a programme, not the resolution after it)
    # (not a subject a cited document's line names: "Căn cứ Thông tư số 32/2018/TT-BGDĐT … Quy định Chương trình Giáo
    # dục phổ thông 2018" under "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG …")
    # (nor a document a sentence says is carried out: "… yêu cầu các sở … triển khai thực hiện Nghị quyết Trung ương 3
    # khóa X …" is no resolution)
    m = _headline_start(s) or next((x for x in HEADLINE_TYPE.finditer(text, 0, 400)
                                    if not text.startswith("Căn cứ", s.line_start(x.start()))
                                    and not CARRIED_OUT_BEFORE.search(text, max(0, x.start() - 30), x.start() + 1)),
                                   None) or _cover_type(text)
    if m:
        h.doc_type = _type_word(m.group("t"))
        h.doc_type_line = s.line(m.start("t"))


# a type in a run of capitals, a title's start (a document-sharing site's cover flattened into one line: "BAN CHỈ ĐẠO
# QUỐC GIA … BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN KẾ HOẠCH HÀNH ĐỘNG ỨNG PHÓ KHẨN CẤP …")
COVER_TYPE = re.compile(rf"(?<![^\W\d_])(?P<t>{HEADLINE_CAPS_TYPES})(?P<title>(?:[ \t]+[^\W\d_]+){{3}})")
# the words before a type in capitals that make it another document's, or a department's name ("THỰC HIỆN KẾ HOẠCH SỐ
# …", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ")
COVER_NOT_AFTER = re.compile(r"(?:THỰC HIỆN|TRIỂN KHAI|BAN HÀNH|CỦA|VỀ|THEO|SỐ|TẠI|SỞ|PHÒNG|BỘ)\s+$")
COVER_CHARS = 1500


def _cover_type(text: str) -> re.Match[str] | None:
    """The first type in capitals that opens three more words in capitals, in a page's first COVER_CHARS characters,
    when nothing else tells the type: a title in a flattened cover; not another document's ("THỰC HIỆN KẾ HOẠCH SỐ …")
    nor "KẾ HOẠCH VÀ ĐẦU TƯ"."""
    for m in COVER_TYPE.finditer(text, 0, COVER_CHARS):
        if m.group("title").isupper() and not m.group("title").lstrip().startswith("VÀ ") and \
                not COVER_NOT_AFTER.search(text, max(0, m.start() - 20), m.start()):
            return m
    return None


def _committee_of(issuer: str | None, kind: str, name: str) -> str | None:
    """A committee named without its place (COMMITTEE_ALONE), as the committee of a place of its own kind ("UBND tỉnh"
    of a tỉnh, "UBND Thành phố" or "UBND TP" of a thành phố); None for any other issuer or kind of place."""
    alone = COMMITTEE_ALONE.fullmatch(issuer) if issuer else None
    if alone is None or kind != ("tỉnh" if alone.group("tinh") else "thành phố"):
        return None
    return f"Ủy ban nhân dân {kind} {name}"


def _in_place_list(s: Stream, at: int, units: Places) -> bool:
    """Whether the line holding `at` is a province's name alone, next to another line that is one: a menu or a
    weather box listing places, not what the page says of its document."""
    starts = s.line_offsets()
    i = max(k for k, a in enumerate(starts) if a <= at)

    def alone(k: int) -> bool:
        if not 0 <= k < len(starts):
            return False
        line = s.text[starts[k]:s.line_end(starts[k])].strip()
        name = re.sub(r"^(?:TP\.?|[Tt]ỉnh|[Tt]hành phố)\s*", "", line)
        return len(line.split()) <= 5 and units.province(name) is not None

    return alone(i) and (alone(i - 1) or alone(i + 1))


# a province's or city's unit word before the place of a place-date line ("Tp Hồ Chí Minh", "TP. Cần Thơ", "Tỉnh Nghệ
# An")
PLACE_DATE_CITY = re.compile(r"(?:T[Pp]\.?|[Tt]hành phố|[Tt]ỉnh)\s*(?=[A-ZĐÀ-Ỹ])")
# a district's, town's, ward's or commune's word before its name on a place-date line ("Quận 11, ngày …", "Huyện Củ Chi,
# ngày …")
PLACE_DATE_UNIT = re.compile(r"(?P<unit>[Hh]uyện|[Qq]uận|[Tt]hị xã|[Pp]hường|[Xx]ã|[Tt]hị trấn)\s+(?=[A-ZĐÀ-Ỹ0-9])")


def _place_date_place(name: str | None, units: Places) -> tuple[str, str, str | None] | None:
    """The official unit a place-date line names; without the letterhead's last words in capitals that a page reading
    the cells by row ran into it ("ĐOÀN TNCS HỒ CHÍ MINH Thọ Xuân, ngày …": "CHÍ MINH Thọ Xuân" is Thọ Xuân)."""
    if not name:
        return None
    words = name.split()
    place = _known_place(name, None, units)
    if place is None and (city := PLACE_DATE_CITY.match(name)) is not None:
        # "Tp Hồ Chí Minh, ngày …" (its unit's word before the name, no dot after it): the city
        place = _known_place(name[city.end():], None, units)
    if place is None and (local := PLACE_DATE_UNIT.match(name)) is not None:
        # "Quận 11, ngày …": that district (of its one province), as a letterhead naming it would be read
        place = _known_place(name[local.end():], unit_word(local.group("unit")), units)
    while place is None and len(words) > 1 and words[0].isupper() and not words[-1].isupper():
        words = words[1:]
        place = _known_place(" ".join(words), None, units)
    return place


# a portal's lines above a page's headline: the day's date ("Thursday, 18/07/2024", "Thứ hai - 11/11/2024 04:09"), when
# the page was posted or updated and how often read ("Ngày đăng: 21/01/2021 - Lượt xem: 87", "Cập nhật lúc: 15:45
# 27/05/2018"), its tools ("Xem với cỡ chữ")
_WEEKDAY = r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|Chủ\s+nhật|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
PAGE_CHROME = re.compile(rf"(?:{_WEEKDAY}\s*[,-]?\s*)?\d{{1,2}}/\d{{1,2}}/\d{{4}}"
                         r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
                         r"(?:Ngày đăng|Cập nhật(?: lúc)?|Ngày cập nhật)\s*:?\s*[\d/:\s-]+"
                         r"(?:-?\s*Lượt xem\s*:?\s*\d+)?|"
                         r"Lượt xem\s*:?\s*\d+|Xem với cỡ chữ|Cỡ chữ\s*:?.{0,20}", re.I)


def _text_lines(s: Stream, n: int, chrome: bool = False) -> list[tuple[int, int]]:
    """The first `n` lines or "|" cells of the page that hold text, as (start, end) offsets in its text: its
    headline and what stands under it; with `chrome`, past the portal's lines above the headline (PAGE_CHROME)."""
    out: list[tuple[int, int]] = []
    for a in s.line_starts(0, len(s.text)):
        z = s.line_end(a)
        if s.text[a:z].strip() and not (chrome and not out and PAGE_CHROME.fullmatch(s.text[a:z].strip())):
            out.append((a, z))
            if len(out) == n:
                break
    return out


def _headline_carries_out(s: Stream, number: str) -> bool:
    """Whether the page's headline says it carries out the document numbered `number`: its first line of text, or the
    second under a headline naming only the type and issuer ("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ" / "Về việc triển khai
    thực hiện Nghị quyết 08/NQ -TW …"), the number as printed there."""
    for a, z in _text_lines(s, 2):
        for m in CARRIES_OUT.finditer(s.text, a, z):
            if canonical_number(m.group("num")) == number:
                return True
    return False


def _headline_start(s: Stream) -> re.Match[str] | None:
    """A type word opening the page's headline: its first line of text, or the second under a section label in
    capitals ("TIN HOẠT ĐỘNG"); a headline, not a paragraph ("Kế hoạch đề ra các nhiệm vụ …": short, no full stop)."""
    lines = _text_lines(s, 2, chrome=True)
    for i, (a, z) in enumerate(lines):
        line = s.text[a:z].strip()
        # a portal's "Trích yếu" (the document's summary) field: the title it labels, a full stop after it or not
        summary = SUMMARY_LABEL.match(s.text, lines[0][0])
        if i and any(c.islower() for c in s.text[lines[0][0]:lines[0][1]]) and not (summary and
                                                                                    summary.end() == lines[0][1]):
            break
        at = summary.end() if not i and summary and summary.end() < z else a
        m = HEADLINE_START.match(s.text, at) or \
            (CAPS_HEADLINE_START.match(s.text, at) if not any(c.islower() for c in line) else None)
        if m and len(line) <= HEADLINE_LENGTH * (2 if summary else 1) and \
                (not line.endswith(".") or summary or SUBJECT_HEADLINE.match(s.text, at)):
            return m
    return None


def _type_word(word: str) -> str:
    """The type a page's text names: "Kế hoạch", "KẾ HOẠCH" -> "Kế hoạch"; "Văn bản số …" is an official letter."""
    return "Công văn" if key(word) == "văn bản" else word[:1].upper() + word[1:].lower()


def level_of(kind: str | None) -> str | None:
    """The unit level a unit word names ("tỉnh" -> province, "huyện" -> district)."""
    return UNIT_LEVEL.get(kind or "")

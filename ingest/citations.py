"""Document references in Vietnamese administrative text.

"Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ phê duyệt ..." -> type, number,
date, issuer, subject. References are found by their NUMBER first, with the one number grammar of
the header reader (ingest/header.py: digits in codes, "&", glued words, stray spaces), so a number
is found whatever precedes it: a type word in any spelling ("Quyết định số", "Chương trình hành
động số", "Tờ trình số", "Thông tư liên tịch số"), a bare "số", a stray quote ("Quyết định 'Số
2457/QĐ-BGDĐT"), a glued word ("Quyết địnhsố 611/QĐ-TTg") or a type word whose Vietnamese letters a
bad render dropped ("Ngh quyt s 12/2014/NQ-HND", "Căn c Ch th s 32/1998/CT-TTg"). Numbers are
normalised so that every way of printing the same number ("161/QĐ -TTg", "155/QĐ-TTG",
"4218/QĐBGDĐT", "77/QĐ /BYT") gives the same key.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .agencies import Gazetteer
from .numbers import (
    _L,
    _U,
    BODY_TERM,
    DAY,
    MONTH,
    PARTY_TYPE_CODES,
    SERIAL,
    SERIAL_IN_TEXT,
    SPACED_SERIAL,
    YEAR,
    YOUTH_UNION_CENTRAL,
    join_spaced_codes,
    symbol_codes,
)
from .numbers import NUMBER as _HEADER_NUMBER
from .numbers import symbol_code_type as symbol_type
from .phrases import QUOTED
from .places import cities_written_out, places
from .text import clean, fold, key

DOC_TYPES = {
    "quyết định": "Quyết định", "nghị quyết": "Nghị quyết", "kế hoạch": "Kế hoạch",
    "chỉ thị": "Chỉ thị", "kết luận": "Kết luận", "công văn": "Công văn",
    "nghị định": "Nghị định", "thông tư": "Thông tư", "luật": "Luật", "pháp lệnh": "Pháp lệnh",
    "chương trình": "Chương trình", "đề án": "Đề án", "thông báo": "Thông báo",
    "chiến lược": "Chiến lược", "hướng dẫn": "Hướng dẫn", "báo cáo": "Báo cáo", "tờ trình": "Tờ trình",
    "công điện": "Công điện", "quy chế": "Quy chế", "quy định": "Quy định", "văn bản hợp nhất": "Văn bản hợp nhất",
    "phương án": "Phương án",
}
# longer type phrases printed before a number, and the type they name
TYPE_PHRASES = {
    **DOC_TYPES, "chương trình hành động": "Chương trình", "kế hoạch hành động": "Kế hoạch",
    "thông tư liên tịch": "Thông tư", "nghị quyết liên tịch": "Nghị quyết", "báo cáo thẩm định": "Báo cáo",
    "báo cáo kết quả thẩm định": "Báo cáo", "thông báo kết luận": "Thông báo", "văn bản": "Công văn",
    "công văn hướng dẫn": "Công văn", "bộ luật": "Luật", "quyết định phê duyệt": "Quyết định",
    # an urgent dispatch or letter as printed ("Thực hiện Công điện khẩn 08/CĐ-BNN …", "Công văn hỏa tốc số …")
    "công điện khẩn": "Công điện", "công điện hỏa tốc": "Công điện", "công văn khẩn": "Công văn",
    "công văn hỏa tốc": "Công văn",
}
# Issuer codes whose numbers are local to one province/ward (need a jurisdiction in the IRI).
# ("UB" and "CTUBND": a committee's before "UBND" came into use, and its chairman's; ontology/issuer-codes.ttl)
LOCAL_ISSUER_CODES = {"ubnd", "hdnd", "ubmttq", "tu", "hu", "ub", "ctubnd"}

# -- numbers ----------------------------------------------------------------------------------
# the header's grammar, not followed by a lower-case letter ("12/Quận" is no number; a glued next
# word "…-BGDĐTNgày" gives the number back without its capital)
# (or glued to "số", a space lost: "Chỉ thị số48-CT/TW ngày 22/10/2010")
NUMBER_RE = re.compile(rf"(?:(?<![\w/.\-])|(?<=\bsố)){_HEADER_NUMBER}(?!(?!ngày|của|về|và|năm|tại)[{_L}&])")
# PDF text that lost the hyphen of a party number: "24NQ/TW" -> "24-NQ/TW"
GLUED_PARTY = re.compile(r"(?<![\w/.\-])(?P<num>\d{1,4}(?P<code>NQ|CT|KL|CTr|KH|HD|QĐ|TB|BC)/[A-ZĐ]{1,6})(?![\w&])")
# state type codes glued to the issuer code when the hyphen was lost ("QĐUBND", "NQCP", "TTVPCP")
_DIGIT = re.compile(r"\d")        # what every number above starts with
# where NUMBER_RE and GLUED_PARTY can start: a run of digits (not inside it: a digit is \w)
_DIGITS = re.compile(r"\d+")
GLUED_STATE = re.compile(r"^(QĐ|NQ|NĐ|TT|KH|CT)([A-ZĐ]{2,}\d{0,2})$")
STATE_CODES = {"QĐ", "NQ", "NĐ", "TT", "KH", "CT", "CTr", "TB", "HD", "BC", "TTr", "CĐ", "QC"}

DATE_AFTER = re.compile(
    rf"^\s*,?\s*(?:ban hành\s+)?{DAY}\s*(?P<d>\d{{1,2}})\s*(?:[/.-]|\s*{MONTH}\s*)\s*(?P<m>\d{{1,2}})"
    rf"\s*(?:[/.-]|\s*{YEAR}\s*)\s*(?P<y>\d{{4}})", re.I)
# -- issuer: "của Thủ tướng Chính phủ", "do Bộ Y tế", a render's "ca" -------------------------------
ISSUER_START = re.compile(r"^\s*,?\s*(?:của|Của|CỦA|do|DO|ca)\s+")
_TYPES_ALT = "|".join(sorted((re.escape(k) for k in TYPE_PHRASES), key=len, reverse=True))
_STOPS = ("về", "v/v", "phê duyệt", "ban hành", "quy định", "hướng dẫn", "thực hiện", "triển khai", "tổ chức",
          "trên địa bàn", "như sau", "tại", "theo", "với", "để", "đã", "đối với", "sửa đổi", "thông qua", "kèm theo",
          "gồm", "khóa", "khoá", "lần thứ", "nhiệm kỳ", "trong", "ngày", "giai đoạn", "nhằm", "quyết định",
          # (a title in capitals going on after the issuer: "… CỦA BỘ CHÍNH TRỊ TIẾP TỤC THỰC HIỆN …")
          "tiếp tục", "đẩy mạnh", "tăng cường")
# stop words in lower case or in capitals (a title), never capitalised: "Ban Tổ chức", "Bộ Xây dựng"
ISSUER_STOP = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in (*_STOPS[1:], *(w.upper() for w in _STOPS))) + r"|năm\s+\d{4}"
    # (an amending title capitalised: "của UBND tỉnh Sửa đổi, bổ sung …" names no province "Sửa")
    r"|Phê duyệt|Ban hành|Về việc|V/v|Quy định|Hướng dẫn|Sửa đổi|Bổ sung)(?![\w])"
    # "Ủy ban Quốc gia về Chuyển đổi số" is a name; "… về Kế hoạch …" is a subject (also after "Quốc gia":
    # "Ủy ban ATGT Quốc gia về Kế hoạch năm an toàn giao thông 2019")
    rf"|\s+về(?=việc)|(?<!Quốc gia)(?<!quốc gia)\s+về(?![\w])(?!\s+(?!(?i:{_TYPES_ALT})\b)[{_U}])"
    rf"|\s+về(?=\s+(?i:{_TYPES_ALT})\b)"
    # (nor one capitalised that opens a subject: "… Ủy ban Trung ương MTTQ Việt Nam về Công tác tuyên truyền biển …")
    r"|\s+về(?=\s+(?:Công tác|Tháng|Chiến dịch|Tuần lễ|Tổ chức|Triển khai|Thực hiện|Tăng cường|Đẩy mạnh|Phát động|"
    r"Tuyên truyền)\s)"
    r"|\s+v(?=\s+[a-z])"                                         # "về" in a render that dropped "ề"
    # (not the point of "TP.", a city: "của HĐND TP.HCM", "của UBND TP. Đà Nẵng")
    # (an apostrophe inside a name, "phường B'Lao", ends nothing; a quote mark does)
    rf"|\s*(?:[;()“”\"|:]|(?<!\w)'|'(?!\w)|(?<!\bTP)(?<!\bTp)\.)|\s+(?:và\s+|VÀ\s+)?(?:các\s+)?(?i:{_TYPES_ALT})\s+(?:số|SỐ|\d)"
    rf"|\s+(?:và|VÀ)\s+(?:các\s+)?"
    rf"(?i:{_TYPES_ALT})\b|,|$")
# "phòng, chống …" (prevention and control), a comma inside a board's name: "của Ban chỉ đạo cấp tỉnh phòng, chống
# dịch bệnh Covid-19"
PREVENTION_COMMA = re.compile(r"^,\s*chống(?![\w])")
# a steering committee whose name goes on with what it carries out, and where such a name ends: the clause's end, a
# subject ("về"), or "và" before a word in lower case
BOARD_GOING_ON = re.compile(r"(?P<head>Ban [Cc]hỉ đạo)\s+(?=(?:triển khai|thực hiện|xây dựng|tổ chức)\s)")
BOARD_NAME_END = re.compile(r"\s*[;(]|\s+về(?!\w)|\s+và\s+(?=[a-zđà-ỹ])|\.\s|\.?$")
# a movement's or programme's name in quotes inside a board's name ("của Ban chỉ đạo phong trào “Toàn dân đoàn kết xây
# dựng đời sống văn hóa” huyện về …")
QUOTED_NAME = re.compile(r"^\s*" + QUOTED.pattern)
# ", Thương binh và Xã hội": the second half of a ministry name with a comma inside
_NOT_STOP = r"(?!về|(?:" + "|".join(re.escape(w) for w in _STOPS) + r")(?![\w]))"
COMMA_NAME = re.compile(r"^,\s+(?!(?:Sở|Bộ|Ủy ban|UBND|HĐND|Ban|Tỉnh|Thành|Chính|Thủ|Quốc|Nghị|Quyết|Chỉ|Kế)\b)"
                        rf"[{_U}]\w*(?:\s+{_NOT_STOP}[{_L}]\w*)*\s+và\s+[{_U}]\w*"
                        rf"(?:\s+{_NOT_STOP}[{_L}]\w*)*(?![\w])")
ISSUER_HEAD = re.compile(
    r"^(?:Thủ tướng|Phó Thủ tướng|Chính phủ|Quốc hội|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Bộ|Ban|"
    r"Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Đảng ủy|Đảng uỷ|Sở|"
    r"Văn phòng|Tổng cục|Cục|Ngân hàng|Kiểm toán|Tòa án|Toà án|Viện|Trung ương|Đoàn|Hội|Mặt trận|Liên|"
    # (a standing board: "của Thường trực Tỉnh ủy", "của Thường trực HĐND tỉnh")
    # (a labour federation abbreviated: "của LĐLĐ tỉnh Thanh Hóa")
    r"Phòng|Trung tâm|Đài|Tổng Liên đoàn|Thanh tra|Công an|Bảo hiểm|Chi cục|Thường trực|LĐLĐ)\b", re.I)
# an issuer placed in its province, then "về" and the subject (_trim_issuer)
PLACE_THEN_ABOUT = re.compile(r"^(?P<body>.*?\b(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+(?P<place>[^,]+?))\s+về\s")
# the office of a signer stands for its body: "Bộ trưởng Bộ Y tế" -> "Bộ Y tế"
# ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one person's two offices, the second naming the body)
# (the State Bank's Governor: "Chỉ thị số 05/2008/CT-NHNN … của Thống đốc Ngân hàng Nhà nước")
_OFFICE = (r"(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Thủ trưởng|Trưởng ban|"
           r"Chánh Văn phòng|Chủ nhiệm|Thống đốc|Phó Thống đốc)")
OFFICE_CHAIN = re.compile(rf"(?:{_OFFICE}\s*,\s*)+(?={_OFFICE}\s)", re.I)
# (not a presidium, "Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam": a body of its own)
SIGNER_OFFICE = re.compile(rf"(?<!Đoàn )\b(?:{_OFFICE}\s*,\s*)*{_OFFICE}\s+(?=Bộ|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|"
                           r"Sở|Ban|Văn phòng|Ngân hàng)", re.I)
SUBJECT_AFTER = re.compile(r"^\s*,?\s*(?:\((?:khóa|khoá|KHÓA|nhiệm kỳ)[^)]{0,20}\)\s*)?"
                           r"(?P<subject>(?:về(?=việc)|(?:về|v/v|phê duyệt|ban hành|quy định|hướng dẫn|"
                           r"triển khai|thực hiện|sửa đổi|bổ sung|tổ chức|kiện toàn|thành lập)\b)[^;(]*?)"
                           r"(?=\s*[;(]|\.\s+[A-ZĐ]|,\s*(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND|Hội đồng nhân dân|"
                           r"Sở|Bộ|Ban)\b|(?:,\s*|\s+và\s+)(?:các\s+)?(?:" + _TYPES_ALT + r")\s+(?:số\s*)?\d"
                           rf"|,\s*(?:số\s*)?{SERIAL_IN_TEXT}(?:/\d{{4}})?\s?[/-]\s?[A-ZĐ]|\.?\s*$)", re.I)
ALIAS = re.compile(r"^\s*\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+(?:tắt|chung))?\s+là\s+"
                   r"(?P<alias>[^)]+?)\s*\)", re.I)
# a law by its name; never "… Hệ Thống Pháp Luật vui lòng …" (a portal's name in its boilerplate)
LAW = re.compile(r"(?<![Pp]háp )(?<!PHÁP )\b(?P<type>Luật|Pháp lệnh)\s+(?!(?:vui|và|của|này|đã|được|không|có)\b)"
                 r"(?P<title>[A-ZĐa-zđ][^,.;:()]*?)"
                 # (the law of People's Councils and Committees keeps its "và": "Luật Tổ chức HĐND và UBND")
                 r"(?=\s+(?:và(?!\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b)|nhằm|để|theo|của|với|có|được|thì|số"
                 r"|ngày)\b|\s*[,.;:()]|$)")
# an amending law by its whole name, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
# chính quyền địa phương", "Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch": one law (the
# laws its name lists are not cited), up to the date it was passed, its number or the end of the clause
AMENDING_LAW = re.compile(r"\b(?P<type>Luật|Pháp lệnh)\s+(?P<title>[Ss]ửa đổi,?\s+bổ sung\s+(?:một\s+số\s+điều\s+)?"
                          r"(?:của\s+)?(?:các\s+)?(?:\d+\s+)?(?:Bộ\s+luật|[Ll]uật|Pháp lệnh)\s[^;:()]{3,300}?)"
                          r"(?=\s+(?:ngày|số|năm\s+(?:19|20)\d\d)\b|\s*[;:()]|\.\s|\.?\s*$)")
# what comes before a law the name of an amending law or of a numbered amending document lists ("… số 47/2019/QH14
# sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và |Luật …|")
NAMED_IN_AMENDING = re.compile(r"(?:sửa đổi|bổ sung)\b[^;]*\bcủa\b[^;]*$", re.I)
# where another law of a list begins ("Luật Đất đai và |Luật Xây dựng", "Luật A, |Luật B")
LISTED_LAW = re.compile(r"(?:,|\s+và)\s+(?=(?:Bộ\s+[Ll]uật|Luật|Pháp lệnh)\s)")
LAW_BEFORE = re.compile(r"(?P<law>\b(?:Bộ\s+[Ll]uật|Luật|Pháp lệnh)\s+[A-ZĐa-zđ][^;:()]{0,80}?)\s*$")
# "số", "Số:", a render's "s", glued "địnhsố", a stray quote before the number
SO_BEFORE = re.compile(r"(?:(?<=[\w])(?:số|Số|SỐ)|(?:(?<=[\s'\"“‘(])|^)(?:số|Số|SỐ|so|So|SO|s|S))"
                       r"\s*[:.]?\s*['\"“‘’]?\s*$")
QUOTE_BEFORE = re.compile(r"['\"“‘’]\s*$")


@dataclass(frozen=True)
class Reference:
    start: int               # character offsets in the paragraph text (start: the type phrase)
    end: int                 # end of the number
    doc_type: str | None
    number: str | None       # canonical display form
    number_printed: str | None
    date: dt.date | None
    date_printed: str | None
    issuer: str | None
    subject: str | None
    subject_end: int
    alias: str | None = None
    title: str | None = None
    head_end: int = -1       # end of number, date and issuer (where a description may begin)
    number_start: int = -1


def normalise_number(printed: str) -> str:
    s = clean(printed)
    s = join_spaced_codes(re.sub(r"\s*([/–&-])\s*", r"\1", s).replace("–", "-"))
    return SPACED_SERIAL.sub(r"\1-", s)


# a Party document's symbol: its type, then the committee or board ("KL/TW", "NQ/TU", "KH/HU", "CTr/ĐU", "KH/BCĐTW")
PARTY_SYMBOL = re.compile(rf"(?:{PARTY_TYPE_CODES})/(?:TW|TU|HU|QU|ĐU|ĐUK|BCĐTW|BTGTU|BDVTU|UBKTTU)",
                          re.I)


def canonical(printed: str) -> str:
    """One spelling per number: spaces around separators dropped, a hyphen lost between a state type
    code and its issuer restored ("4218/QĐBGDĐT" -> "4218/QĐ-BGDĐT", "18b/NQCP" -> "18b/NQ-CP"), a
    slash after a state type code read as the hyphen it stands for ("77/QĐ /BYT" -> "77/QĐ-BYT"), a
    lost "Đ" restored ("123/1998/Q -TTg" -> "123/1998/QĐ-TTg") and well-known codes in their usual
    case ("TTG" -> "TTg", "CTR" -> "CTr")."""
    s = normalise_number(printed)
    m = re.match(rf"^({SERIAL}(?:/\d{{4}})?)([/-])(.+)$", s)
    if not m:
        return s
    head, sep, symbol = m.groups()
    parts = re.split(r"([-/])", symbol)
    g = GLUED_STATE.match(parts[0])
    # (not a circular's code in a number without its year: "21/TTVH", a culture centre's letter; as
    # numbers.canonical_number)
    if g and g.group(1) == "TT" and "/" not in head:
        g = None
    if g and sep == "/" and "-" not in symbol:
        parts = [g.group(1), "-", g.group(2), *parts[1:]]
    if parts[0] == "Q" and len(parts) > 1:
        parts[0] = "QĐ"
    if sep == "/" and len(parts) >= 3 and parts[1] == "/" and parts[0] in STATE_CODES:
        parts[1] = "-"
    # a Party document's number with a hyphen for its slash ("213-KL-TW" for "213-KL/TW"): one document
    if sep == "-" and len(parts) == 3 and parts[1] == "-" and PARTY_SYMBOL.fullmatch(parts[0] + "/" + parts[2]):
        parts[1] = "/"
    fixed = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "CTRHĐ": "CTrHĐ"}
    return head + sep + "".join(fixed.get(p.upper(), p) if p not in "-/" else p for p in parts)


def number_key(number: str) -> str:
    return fold(normalise_number(number)).replace(" ", "")


def number_parts(number: str) -> tuple[str, str | None, str]:
    """"20/2021/NĐ-CP" -> ("20", "2021", "NĐ-CP"); "59-KL/TW" -> ("59", None, "KL/TW"); "19-2018/NQ-CP" -> ("19",
    "2018", "NQ-CP")."""
    n = normalise_number(number)
    m = re.match(rf"^({SERIAL})(?:[/-]((?:19|20)\d\d)(?=/)|/(\d{{4}}))?[/-](.+)$", n)
    if not m:
        return n, None, ""
    return m.group(1), m.group(2) or m.group(3), m.group(4)


def same_document(a: str, b: str) -> bool:
    """Two printings of one number, a year added or left out ("4218/2022/QĐ-BGDĐT" on a portal
    page for "4218/QĐ-BGDĐT")."""
    na, _, sa = number_parts(canonical(a))
    nb, _, sb = number_parts(canonical(b))
    return bool(sa) and na == nb and number_key(sa) == number_key(sb)


def is_local_symbol(symbol: str) -> bool:
    parts = [fold(p) for p in re.split(r"[-/]", symbol)]
    return any(p in LOCAL_ISSUER_CODES for p in parts[1:])


def parse_date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# -- type words, also when a render dropped every Vietnamese letter -----------------------------
def skeleton(s: str) -> str:
    """The ASCII letters of a phrase: what survives a render that drops Vietnamese letters
    ("Nghị quyết" and "Ngh quyt" both give "nghquyt")."""
    return "".join(c for c in s.lower() if "a" <= c <= "z")


_SKELETONS = {skeleton(k): v for k, v in TYPE_PHRASES.items() if len(skeleton(k)) >= 3}


def type_before(text: str, pos: int) -> tuple[str | None, int, str | None]:
    """(type, start of the type phrase, law title) of what is printed right before a number at `pos`:
    "Quyết định số ", "Chương trình hành động số\u00a0", "Luật Đầu tư công số ", "'Số ", "Ch th s "."""
    window_start = max(0, pos - 120)
    before = text[window_start:pos]
    start = pos
    m = SO_BEFORE.search(before)
    if m:
        before = before[:m.start()]
        start = window_start + m.start()
    elif QUOTE_BEFORE.search(before):
        before = before[:QUOTE_BEFORE.search(before).start()]      # type: ignore[union-attr]
        start = window_start + len(before)
    stripped = before.rstrip()
    if stripped.endswith("số"):                          # glued "Quyết địnhsố"
        stripped = stripped[:-2]
    tokens = list(re.finditer(r"\S+", stripped))
    for n in range(min(5, len(tokens)), 0, -1):
        first = tokens[-n]
        lead = len(first.group()) - len(first.group().lstrip("('\"“‘’"))
        cand = stripped[first.start() + lead:].strip("'\"“‘’")
        if re.search(r"[^\w\s'\"“‘’]|\d", cand):
            continue                                     # "2022-2030”; Kế hoạch": no type phrase
        k = key(cand)
        t = TYPE_PHRASES.get(k) or _SKELETONS.get(skeleton(cand))
        if t:
            return t, window_start + first.start() + lead, None
    law = LAW_BEFORE.search(stripped) if m else None
    if law and len(law.group("law").split()) >= 3:
        # the last of laws listed before the number ("Luật Đất đai và Luật Xây dựng số 50/2014/QH13": Luật Xây dựng)
        at = law.start("law") + max((x.end() for x in LISTED_LAW.finditer(law.group("law"))), default=0)
        title = stripped[at:law.end("law")]
        if len(title.split()) >= 3:
            # "Pháp lệnh Phí, lệ phí số 38/2001/PL-UBTVQH10" is an ordinance; "Bộ luật" a law
            kind = "Pháp lệnh" if re.match(r"Pháp lệnh\b", title) else "Luật"
            return kind, window_start + at, clean(title)
    return None, start, None


def _finditer(pattern: re.Pattern[str], text: str, first: re.Pattern[str],
              skip: bool = False) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), `pattern` tried only where `first` matches: every match of `pattern`
    starts where one of `first` does, which is found at C speed (a pattern that opens with a
    lookbehind or ignores case is tried at every position). `skip`: nor does one start inside a match
    of `first` (a number inside a run of digits). Matches of `pattern` are never empty; lookbehinds
    and \\b see the text before the position tried (match(text, pos) does not slice)."""
    pos = 0
    while True:
        c = first.search(text, pos)
        if c is None:
            return
        m = pattern.match(text, c.start())
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = c.end() if skip else c.start() + 1


# a number whose symbol stops at its first letter, the next one glued to it: what is left of a misprint
CUT_SYMBOL = re.compile(rf"{SERIAL}\s?[-/]\s?[A-ZĐ]")


def find_references(text: str) -> list[Reference]:
    """All numbered and law references in one paragraph of cleaned text, in order."""
    refs: list[Reference] = []
    spans: list[tuple[int, int, str]] = []
    if not _DIGIT.search(text):         # a number has digits; a law, its type word: nothing to find
        if "Luật" not in text and "Pháp lệnh" not in text:
            return refs
        return _laws(text, refs)
    for m in _finditer(NUMBER_RE, text, _DIGITS, skip=True):
        num = m.group("num")
        end = m.end("num")
        tail = re.match(r" (Tg)\b", text[end:])                      # "519/QĐ-T Tg"
        if tail and num.endswith("T"):
            num, end = num + tail.group(1), end + len(tail.group(0))
        if CUT_SYMBOL.fullmatch(num) and text[end:end + 1].isalpha():
            continue                      # a symbol misprinted past reading ("số 89- CTtr/TU" is no "89-C")
        spans.append((m.start("num"), end, num))
    for m in _finditer(GLUED_PARTY, text, _DIGITS, skip=True):
        cut = m.start("code") - m.start("num")
        spans.append((m.start("num"), m.end("num"), m.group("num")[:cut] + "-" + m.group("num")[cut:]))
    spans.sort()
    for s, e, num in spans:
        if "Q-" in normalise_number(num) or "Q -" in num:
            # a render that dropped "Đ" leaves a space where it was: "78/Q -UB-QL T ngày"
            more = re.match(r" ([A-Z]{1,3})(?=\s+ng)", text[e:])
            if more:
                num, e = num + "Đ" + more.group(1), e + len(more.group(0))
        doc_type, tstart, law_title = type_before(text, s)
        if doc_type == "Công văn" and text[tstart:tstart + 7].lower() == "văn bản":
            # "văn bản" is any document: the type its number's code names, if it names one ("văn bản số
            # 05/QĐ-UBND", a decision), else a letter ("văn bản số 1234/UBND-VX")
            doc_type = symbol_type(number_parts(canonical(num))[2]) or doc_type
        refs.append(_complete(text, tstart, e, doc_type, num, law_title, s))
    refs = _listed_after_issuer(text, _listed_together(text, refs))
    if "Luật" not in text and "Pháp lệnh" not in text:      # what LAW needs
        refs.sort(key=lambda r: r.start)
        return refs
    return _laws(text, refs)


# what joins two documents of one list: "và", a comma, or nothing ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW
# ngày 12/12/2013 của Bộ Chính trị", "các chỉ thị số 31-CT/TU ngày 22/01/2020 số 32-CT/TU ngày 30/01/2020 của …")
# (a semicolon too, when the next document follows it directly: "Báo cáo số 684/BC-UBND ngày …; Báo cáo số 740/BC-UBND
# ngày … của Ủy ban nhân dân tỉnh")
_LIST_JOIN = re.compile(r"\s*(?:,|và|;)?\s*")


def _numbering_body(number: str) -> list[str]:
    """The codes of the body whose numbering a number is in: its symbol's codes after the type's ("217-QĐ/TW" and
    "05-CT/TW": TW; "12/2026/NQ-HĐND": HĐND), all of them when it opens with no type's code."""
    return symbol_codes(number_parts(number)[2])


def _listed_together(text: str, refs: list[Reference]) -> list[Reference]:
    """References listed together under one issuer named after the last: each without an issuer takes the next one's
    when nothing but "và" or a comma stands between them and they are of one body's numbering ("QĐ/TW" and "CT/TW",
    "QĐ-UBND" and "KH-UBND"). Not its date: two documents of one body are often of two days, and a date taken wrongly
    would read as a citation's conflict."""
    out = list(refs)
    for i in range(len(out) - 2, -1, -1):
        r, nxt = out[i], out[i + 1]
        if r.issuer or not nxt.issuer or not r.number or not nxt.number or \
                _numbering_body(r.number) != _numbering_body(nxt.number) or \
                not _LIST_JOIN.fullmatch(text, r.head_end, nxt.start):
            continue
        out[i] = replace(r, issuer=nxt.issuer)
    return out


def _listed_after_issuer(text: str, refs: list[Reference]) -> list[Reference]:
    """References listed after one whose issuer is named before it ("Theo đề nghị của Sở Tài chính tại Tờ trình số:
    421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày 20/11/2025"): each without an issuer takes it when nothing but "và"
    or a comma stands between them and they are of one body's numbering."""
    out = list(refs)
    for i in range(1, len(out)):
        r, nxt = out[i - 1], out[i]
        if nxt.issuer or not r.issuer or not r.number or not nxt.number or \
                ISSUER_AFTER.search(text, r.end, r.head_end) or \
                _numbering_body(r.number) != _numbering_body(nxt.number) or \
                not _ITEM_JOIN.fullmatch(text, r.head_end, nxt.start):
            continue
        out[i] = replace(nxt, issuer=r.issuer)
    return out


# an issuer printed after a reference's number ("… ngày 12/3/2026 của Sở …"), and what may join two listed references
ISSUER_AFTER = re.compile(r"(?<!\w)(?:của|do)\s")
_ITEM_JOIN = re.compile(r"\s*(?:,|và)\s*")


def _laws(text: str, refs: list[Reference]) -> list[Reference]:
    """`refs` (the numbered references of `text`) and the laws `text` names without a number, in order."""
    for m in AMENDING_LAW.finditer(text):
        if any(r.start <= m.start() < r.end for r in refs):
            continue
        title = " ".join(f"{m.group('type')} {m.group('title')}".split())
        if re.match(r"\s+số\s*\d", text[m.end():]):
            # numbered: the reference read by its number, named by the whole name (its title had been the last
            # law the name lists, "Luật Quản lý thuế", and "Luật Sửa đổi" another law)
            refs = [replace(r, start=m.start(), title=title) if m.start() < r.start <= m.end() and r.number else r
                    for r in refs]
            continue
        date, printed, head_end = _date_after(text, m.end())
        refs.append(Reference(m.start(), head_end, m.group("type"), None, None, date, printed, None, None, head_end,
                              title=title, head_end=head_end, number_start=m.start()))
    for m in _finditer(LAW, text, _LAW_WORD):
        title = f"{m.group('type')} {m.group('title')}".strip()
        if len(title.split()) < 3 or any(r.start <= m.start() < r.end for r in refs):
            continue
        if re.match(r"\s+số\s*\d", text[m.end():]):
            continue                                   # "Luật Đầu tư công số 49/2014/QH13": numbered
        # "Luật Tổ chức chính quyền địa phương ngày 19/6/2015": the date it was passed
        # (not a law named inside an amending law's title: "Luật sửa đổi, bổ sung … của Luật A và
        # Luật B ngày 22/11/2019" dates the amending law)
        clause = text[max(text.rfind(";", 0, m.start()), 0):m.start()]
        if NAMED_IN_AMENDING.search(clause):
            continue                                   # a law an amending law's name lists: not cited
        date, printed, head_end = (None, None, m.end()) if re.search(r"sửa đổi|bổ sung", clause, re.I) else \
            _date_after(text, m.end())
        refs.append(Reference(m.start(), m.end(), m.group("type"), None, None, date, printed, None, None, head_end,
                              title=title, head_end=head_end, number_start=m.start()))
    refs.sort(key=lambda r: r.start)
    # "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015": two laws passed
    # that day, the date printed once after both
    for i in range(len(refs) - 2, -1, -1):
        a, b = refs[i], refs[i + 1]
        if a.title and b.title and a.number is None and b.number is None and a.date is None and b.date and \
                re.fullmatch(r"\s+và\s+", text[a.end:b.start]):
            refs[i] = replace(a, date=b.date, date_printed=b.date_printed)
    return refs


def _date_after(text: str, pos: int) -> tuple[dt.date | None, str | None, int]:
    """The date printed right at `pos` (", ngày 19/6/2015"): as read, as printed, and where it ends (`pos`, with no
    date)."""
    d = DATE_AFTER.match(text[pos:])
    if d is None:
        return None, None, pos
    return parse_date(d.group("d"), d.group("m"), d.group("y")), d.group(0).strip(" ,"), pos + d.end()


def _complete(text: str, start: int, end: int, doc_type: str | None, num: str, law_title: str | None,
              num_start: int) -> Reference:
    subject = alias = None
    date, date_printed, pos = _date_after(text, end)
    issuer, pos = _issuer(text, pos)
    if issuer is None and PROPOSAL.search(text, max(0, start - 300), start) and \
            (proposed := PROPOSED_BY.search(text, max(0, start - 300), start)) is not None:
        # the body whose proposal a decision answers, named before the submission it made ("Theo đề nghị của Giám đốc
        # Sở Nội vụ tại Tờ trình số 92/TTr-SNV …", "… và của Ủy ban nhân dân tỉnh Thanh Hóa tại Tờ trình số …"): that
        # body issued it
        issuer = _issuer(f"của {proposed.group('body')} tại", 0)[0]
    if issuer is None and (issued := ISSUED_IN.search(text, max(0, start - 200), start)
                           or ISSUED_JUST_BEFORE.search(text, max(0, start - 200), start)) is not None:
        # the body a sentence says issued it, before it ("… Đề án phát triển du lịch được UBND tỉnh ban hành tại Quyết
        # định số 577/QĐ-UBND …", "Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số …")
        issuer = _issuer(f"của {issued.group('body')} tại", 0)[0]
    if date is None and issuer and (later := _date_after(text, pos))[1] is not None:
        # the date after the issuer: "Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023"
        date, date_printed, pos = later
    head_end = pos
    m = SUBJECT_AFTER.match(text[pos:])
    subject_end = pos
    if m:
        subject = m.group("subject").strip(" ,")
        subject_end = pos + m.end()
    m = ALIAS.match(text[subject_end:])
    if m:
        alias = m.group("alias")
    number = canonical(num)
    if doc_type is None:
        doc_type = symbol_type(number_parts(number)[2])
    return Reference(start, end, doc_type, number, num, date, date_printed, issuer, subject,
                     max(subject_end, pos), alias, law_title, head_end, num_start)


# "Theo đề nghị của <body> tại " just before a document, or "… và <body> tại " after a first one: the body is its
# issuer (_complete)
# (a proposal, a direction, an opinion: "Theo đề nghị của …", "như đề nghị của …", "thực hiện chỉ đạo của UBND tỉnh tại
# Công văn số …", "ý kiến thẩm định của Sở Tư pháp tại Báo cáo số …")
PROPOSAL = re.compile(r"(?<!\w)(?:đề nghị|đnghị|đề xuất|chỉ đạo|ý kiến(?: thẩm định| chỉ đạo)?)\s+của\s")
# the words a body named before its document opens with: its head's title, or its own head word
_BODY_BEFORE = (r"(?:Chủ tịch|Giám đốc|Chánh|Thủ trưởng|Trưởng|Bộ trưởng|Chỉ huy trưởng|Thủ tướng|Chính phủ|Sở|Bộ|"
                r"Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Ban|Văn phòng|Công an|Hội|Liên đoàn|Cục|Chi cục|Thanh tra|Trung tâm|"
                r"Đài|Tỉnh ủy|Thành ủy|Huyện ủy)\b")
# (the nearest body: none of the clause's other submissions, proposals or documents inside)
PROPOSED_BY = re.compile(rf"\b(?:của|và)\s+(?:của\s+)?(?P<body>{_BODY_BEFORE}"
                         r"(?:(?!\s(?:tại|của|đề nghị)\s)[^;:.()]){0,160}?)\s+tại\s+$")
# "được <body> ban hành tại " (or "do … ban hành kèm theo ") just before a document: the body is its issuer
ISSUED_IN = re.compile(rf"\b(?:do|được)\s+(?P<body>{_BODY_BEFORE}[^;:.()]{{0,100}}?)\s+ban hành\s+"
                       r"(?:tại|theo|kèm theo)\s+$")
# "<body> đã ban hành " just before a document, as the press reports one (the nearest body: no partner, other document
# or issuing inside, nor a clause after a comma, "… của Thủ tướng Chính phủ, tỉnh Đắk Lắk đã ban hành …")
_NOT_IN_BODY = r"(?!\s(?:tại|của|với|phối hợp|đề nghị|ban hành|số)\s|,\s*[a-zà-ỹđ])"
ISSUED_JUST_BEFORE = re.compile(rf"(?<![\w/-])(?P<body>{_BODY_BEFORE}(?:{_NOT_IN_BODY}[^;:.()]){{0,100}}?)"
                                r"\s+(?:(?:đã|vừa|mới)\s+)*(?:ký\s+)?ban hành\s+$")
PLENUM = re.compile(r"Hội nghị\s+(?:lần thứ\s+\S+\s+)?(?:của\s+)?(?=Ban\s+[Cc]hấp\s+[Hh]ành\b)")
BARE_PLENUM = re.compile(r"\s*,?\s*(?=" + PLENUM.pattern + ")")
# a local Party organisation's congress issues as the committee it elects, whose numbering its resolution takes
# ("Nghị quyết số 01-NQ/TU … của Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025 - 2030": "TU", the
# Tỉnh ủy's, the Ban Chấp hành Đảng bộ tỉnh Cà Mau's)
CONGRESS = re.compile(r"Đại hội\s+(?:đại biểu\s+)?(?=Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\b)")


def _issuer(text: str, pos: int) -> tuple[str | None, int]:
    """The issuer after "của": up to the subject or a separator, a comma inside a ministry name kept;
    the office of a signer read as its body; debris (no agency head word) dropped."""
    m = ISSUER_START.match(text[pos:])
    # (the plenum that adopted it named without "của": "Nghị quyết số 20-NQ/TW ngày 01/11/2012 Hội nghị lần thứ sáu Ban
    # Chấp hành Trung ương Đảng (khóa XI) về …")
    bare = BARE_PLENUM.match(text, pos) if not m else None
    if m:
        start = pos + m.end()
    elif bare:
        start = bare.end()
    else:
        return None, pos
    chain = OFFICE_CHAIN.match(text, start)      # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": the last office
    if chain:
        start = chain.end()
    # the plenum a committee met in issues as that committee ("của Hội nghị lần thứ sáu Ban chấp hành Trung ương khóa
    # XII", "của Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh"): "lần thứ" would end the issuer before its name
    plenum = PLENUM.match(text, start)
    if plenum:
        start = plenum.end()
    congress = CONGRESS.match(text, start)
    if congress:
        start = congress.end()
    stop = ISSUER_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    if (board := BOARD_GOING_ON.match(text, start)) is not None and end <= board.end("head"):
        # a steering committee named for what it carries out ("của Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát
        # trên địa bàn tỉnh Khánh Hòa và chỉ đạo …"): its name runs to the clause's end, not to its first verb
        last = BOARD_NAME_END.search(text, board.end())
        end = last.start() if last else len(text)
    while True:
        cm = COMMA_NAME.match(text[end:])
        if not cm and re.search(r"(?<!\w)[Pp]hòng$", text[start:end]):
            cm = PREVENTION_COMMA.match(text[end:])     # "Ban chỉ đạo … phòng, chống dịch bệnh Covid-19": one name
        if not cm and re.search(r"(?<!\w)(?:[Pp]hong trào|[Cc]uộc vận động|Đề án|[Cc]hương trình)$", text[start:end]):
            cm = QUOTED_NAME.match(text[end:])          # "Ban chỉ đạo phong trào “Toàn dân đoàn kết …” huyện"
        if not cm:
            break
        nxt = ISSUER_STOP.search(text, end + cm.end())
        end = nxt.start() if nxt else len(text)
    end = _known_name_end(text, start, end)
    issuer = clean(text[start:end])
    # "BCH" for Ban Chấp hành, before a Party organisation ("của BCH Đảng bộ tỉnh Lào Cai khóa XV")
    issuer = re.sub(r"^BCH(?=\s+(?:Đảng bộ|Trung ương)\b)", "Ban Chấp hành", issuer)
    issuer = re.sub(r"^LĐLĐ(?=\s)", "Liên đoàn Lao động", issuer)       # "của LĐLĐ tỉnh Thanh Hóa"
    if congress:
        issuer = "Ban Chấp hành " + issuer
    # (the head of an office stands for the office: "Chánh Văn phòng UBND tỉnh" is the Văn phòng UBND tỉnh)
    issuer = re.sub(r"^Chánh\s+(?=Văn phòng\s|Thanh tra\s)", "", issuer)
    issuer = re.sub(r"^(?:Phó\s+)?Chỉ huy trưởng\s+(?=(?:Bộ|Ban) Chỉ huy\s)", "", issuer)
    issuer = SIGNER_OFFICE.sub("", issuer)
    # the head of a steering committee, its name run into his title ("của Trưởng ban chỉ đạo thông tin tuyên truyền
    # ASEAN ban hành …"): the committee
    issuer = re.sub(r"^(?:Phó\s+)?Trưởng\s+[Bb]an\s+(?=[Cc]hỉ\s+đạo\b)", "Ban ", issuer)
    issuer = cities_written_out(issuer)              # "của HĐND TP.HCM", "của UBND TP Cần Thơ"
    issuer = re.sub(rf"(?<=[{_L}])(?=[{_U}][{_L}])", " ", issuer)       # "BanChỉ đạo"
    if not ISSUER_HEAD.match(issuer) or re.match(r"Hội nghị\b", issuer, re.I):
        return None, end
    return _trim_issuer(issuer), end


def _known_name_end(text: str, start: int, end: int) -> int:
    """Where the issuer read from `start` ends: past `end` when a name the gazetteer knows goes on past it, to the
    longest such name ("của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm", "… Trung ương về phát triển khoa
    học, công nghệ, đổi mới sáng tạo và chuyển đổi số": a subject's "về", a comma, had ended them)."""
    gaz = _gazetteer()
    if not gaz.goes_on(text[start:end]):
        return end                  # (no known name goes on from these words: the common case, one lookup)
    best = end
    for m in re.finditer(r"(?=[\s,;.)]|$)", text[end:start + 160]):
        cut = end + m.start()
        if cut > best and text[cut - 1].isalnum() and gaz.is_label(text[start:cut]):
            best = cut
    return best


# national bodies whose name is complete: what follows in lower case is the rest of the sentence
NATIONAL_BODIES = ("Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Bộ Chính trị",
                   "Ban Bí thư Trung ương Đảng", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng",
                   "Ban Chấp hành Trung ương", "Văn phòng Chính phủ")
LOCAL_BODY = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?:\s+(?:tỉnh|thành phố|"
                        r"huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|Thành phố|Tỉnh|Thị xã|Huyện|Quận|Thị trấn|"
                        r"Phường|Xã))?"
                        rf"(?:\s+[{_U}0-9]\w*(?:['’]\w+)*)*")


# the Youth Union's central bodies by name: its central committee, Secretariat, standing board
YOUTH_CENTRE = r"(?:Ban Chấp hành|Ban Bí thư|Ban Thường vụ) (?:Trung ương|TW|T\.Ư) Đoàn(?: TNCS Hồ Chí Minh)?"
ISSUING_ROLE = re.compile(r"\s+[-–]\s+(?:Trưởng|Phó [Tt]rưởng|Tổ trưởng|Cơ quan|Thường trực|Chủ tịch|Đơn vị)\b.*$")


def _trim_issuer(issuer: str) -> str:
    """An issuer without what the sentence goes on to say: "Thủ tướng Chính phủ đến các cấp" ->
    "Thủ tướng Chính phủ", "UBND tỉnh chỉ đạo tăng cường …" -> "UBND tỉnh"; a name printed in
    capitals or glued ("Thủ Tướng Chínhphủ") in its usual spelling."""
    if issuer.isupper():
        issuer = _sentence_case(issuer)
    # "về" after its province's name ends it, a capital after it or not ("… của Sở Văn hóa và Thể thao Thành phố Hồ Chí
    # Minh về Khẩu hiệu tuyên truyền …")
    placed = PLACE_THEN_ABOUT.match(issuer)
    if placed and places().province(placed.group("place")) is not None:
        issuer = placed.group("body")
    # its term is no part of its name ("của Quốc hội Khóa XIII ngày …", "… Tỉnh ủy khóa XX")
    issuer = re.sub(rf"\s+{BODY_TERM}$", "", issuer)
    # nor the role it issued in, after a dash ("của Ủy ban nhân dân tỉnh Hà Giang - Trưởng nhóm chương trình hợp tác
    # …", "của Bộ Văn hóa, Thể thao và Du lịch - Cơ quan Thường trực Ban Chỉ đạo …"); a dash inside a name is kept
    # ("Bộ Lao động - Thương binh và Xã hội", "Bà Rịa - Vũng Tàu")
    issuer = ISSUING_ROLE.sub("", issuer)
    # a council's committee "of" its council is the committee named with it ("Ban Pháp chế của Hội đồng nhân dân tỉnh"
    # is the "Ban Pháp chế Hội đồng nhân dân tỉnh" the same page cites: one body)
    issuer = re.sub(r"^(Ban\s[^,;]+?)\s+của\s+(?=Hội đồng nhân dân\b|HĐND\b)", r"\1 ", issuer)
    # "và" before a word in lower case joins the sentence's next clause, never a second half of a
    # name ("Sở Giáo dục và Đào tạo"): "Ban Văn hóa - Xã hội của HĐND tỉnh và tổng hợp ý kiến …"
    joined = re.search(rf"\s+và\s+(?=[{_L}])", issuer)
    if joined and not _gazetteer().lookup(issuer):     # "Bộ Văn hóa thể thao và du lịch": one name, lower case
        issuer = issuer[:joined.start()]
    # "Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam": the Politburo "of" the Central Committee
    # (not the Youth Union's: "Ban Bí thư Trung ương Đoàn", a national body of its own; its central committee is named
    # as its letterhead names it, "Ban Chấp hành Trung ương Đoàn" alone too)
    issuer = re.sub(r"^(Bộ Chính trị|Ban Bí thư)\s+(?:Ban Chấp hành\s+)?Trung ương\b(?!\s+Đoàn\b).*$", r"\1", issuer)
    # (what it issued about, after its whole name, is no part of it, a capital after "về" or not: "… Trung ương Đoàn về
    # Tháng Thanh niên")
    issuer = re.sub(rf"^({YOUTH_CENTRE})\s+về\s.*$", r"\1", issuer)
    issuer = re.sub(r"^Ban Chấp hành (?:Trung ương|TW|T\.Ư) Đoàn(?: TNCS Hồ Chí Minh)?$", YOUTH_UNION_CENTRAL, issuer)
    # "Nghị quyết 25-NQ/TƯ của Trung ương": the Party's Central Committee, as the press names it
    issuer = re.sub(r"^(?:Trung ương|TW|T\.Ư)$", "Ban Chấp hành Trung ương Đảng", issuer)
    # (or its name with a tone mark lost or misprinted, "Thủ tướng Chinh phủ" for Chính phủ: the one it folds to)
    squeezed, folded = key(issuer).replace(" ", ""), fold(issuer).replace(" ", "")
    for name in NATIONAL_BODIES:
        k = key(name).replace(" ", "")
        if squeezed == k or (squeezed.startswith(k) and _rest_is_lower(issuer, name)) or \
                folded == fold(name).replace(" ", ""):
            return name
    m = LOCAL_BODY.match(issuer)
    if m and m.end() < len(issuer) and issuer[m.end():].strip()[:1].islower():
        return issuer[:m.end()]
    # a known agency followed by the rest of the sentence: "Bộ Nông nghiệp và Phát triển nông thôn đề
    # nghị các địa phương …" -> the longest known name that the text goes on from in lower case
    for name in NATIONAL_BODIES:          # "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội chuyển …"
        inside = re.search(rf"\s{re.escape(name)}(?=\s+[{_L}])", issuer)
        if inside:
            return issuer[:inside.end()]
    words = issuer.split()
    gaz = _gazetteer()
    for n in range(len(words) - 1, 0, -1):
        # "Ban Văn hóa - Xã hội của HĐND tỉnh": a body "of" another goes on with its name; not its place, "Sở Y tế
        # tỉnh Tuyên Quang" (it had been "Sở Y tế", then the citing plan's department)
        # (nor a name's second half after "và": "Sở Văn hóa, Thể thao và Du lịch" is not the "Sở Văn hóa, Thể thao" a
        # province has since 2025)
        if words[n][:1].islower() and words[n] not in ("của", "thuộc") and gaz.lookup(" ".join(words[:n])) and \
                not _names_a_place(words[n:]) and not (words[n] == "và" and words[n + 1:n + 2] and
                                                       words[n + 1][:1].isupper()):
            return " ".join(words[:n])
    return issuer


# a unit's word before its name ("tỉnh Tuyên Quang", "thành phố Huế", "thị xã Sơn Tây", "đặc khu Phú Quốc")
_UNIT_BEFORE_NAME = re.compile(rf"(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+[{_U}0-9]")


def _names_a_place(words: list[str]) -> bool:
    """Whether words open with a unit's word and its name, or are a unit's word alone ("của LĐLĐ huyện"): the place of
    the body before them."""
    return _UNIT_BEFORE_NAME.match(" ".join(words[:3])) is not None or \
        " ".join(words) in ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _rest_is_lower(issuer: str, name: str) -> bool:
    words = issuer.split()
    rest = words[len(name.split()):]
    return bool(rest) and rest[0][:1].islower()


def _sentence_case(s: str) -> str:
    """"THỦ TƯỚNG CHÍNH PHỦ" (a title in capitals) -> "Thủ tướng Chính phủ" for the known national
    bodies, else the first letter of each word."""
    known = {"THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ", "CHÍNH PHỦ": "Chính phủ", "QUỐC HỘI": "Quốc hội",
             "BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN BÍ THƯ": "Ban Bí thư"}
    return known.get(s, " ".join(w[:1] + w[1:].lower() for w in s.split()))


# -- reference documents (ontology/documents.ttl) -----------------------------------------------
@dataclass(frozen=True)
class KnownDocument:
    number: str
    doc_type: str
    subject: str
    aliases: tuple[str, ...]
    date: dt.date | None = None


@lru_cache(maxsize=1)
def known_documents() -> tuple[KnownDocument, ...]:
    """The national documents known a priori, with the names a text may use for them ("Đề án 161"
    for the scheme 161/QĐ-TTg approves)."""
    import rdflib

    from kehoach.resources import data_file
    from kehoach.vocab import DCT, ELI, KH, SKOS
    g = rdflib.Graph()
    g.parse(str(data_file("ontology", "documents.ttl")), format="turtle")
    out = []
    for s, _, num in g.triples((None, rdflib.URIRef(ELI + "id_local"), None)):
        types = {str(o) for o in g.objects(s, rdflib.RDF.type)}
        doc_type = next((v for k, v in (("Decision", "Quyết định"), ("Resolution", "Nghị quyết"),
                                        ("Directive", "Chỉ thị"), ("Plan", "Kế hoạch")) if KH + k in types), "")
        subject = str(g.value(s, rdflib.URIRef(KH + "subject")) or g.value(s, rdflib.URIRef(DCT + "title")) or "")
        aliases = tuple(sorted(key(str(o)) for o in g.objects(s, rdflib.URIRef(SKOS + "altLabel"))))
        date = g.value(s, rdflib.URIRef(ELI + "date_document"))
        out.append(KnownDocument(str(num), doc_type, subject, aliases,
                                 dt.date.fromisoformat(str(date)) if date is not None else None))
    return tuple(sorted(out, key=lambda d: d.number))


NAMED_PROGRAMME = re.compile(r"\b(?P<name>(?:Đề án|Chương trình|Chiến lược|Kế hoạch|ĐỀ ÁN|CHƯƠNG TRÌNH|CHIẾN LƯỢC)"
                             r"\s+(?:số\s+)?\d{1,4})(?![\d/\w])", re.I)


# where NAMED_PROGRAMME can start (its names, whatever their case)
_PROGRAMME_WORD = re.compile(r"[ĐđCcKk](?:ề án|hương trình|hiến lược|ế hoạch)", re.I)
_LAW_WORD = re.compile(r"Luật|Pháp lệnh")          # where LAW can start


def named_programmes(text: str) -> list[tuple[int, int, KnownDocument, str]]:
    """Programmes named by the number of the decision that approved them ("Đề án 161"), resolved
    through the reference documents' names: (start, end, document, as printed)."""
    out: list[tuple[int, int, KnownDocument, str]] = []
    if not _DIGIT.search(text):         # "Đề án 161": a number follows the name
        return out
    for m in _finditer(NAMED_PROGRAMME, text, _PROGRAMME_WORD):
        k = key(re.sub(r"\s+số\s+", " ", m.group("name"), flags=re.I))
        for d in known_documents():
            if k in d.aliases:
                out.append((m.start(), m.end(), d, clean(m.group("name"))))
                break
    return out

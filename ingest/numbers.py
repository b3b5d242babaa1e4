"""The grammar of Vietnamese document numbers, shared by the header reader and the citation finder.

A number is printed "155/QĐ-TTg", "27/2020/QĐ-UBND", "61-KL/TW", "812/KH-BVHTTDL-BGDĐT": a serial, an
optional year, and a symbol naming the type of document and its issuer. Web and PDF damage is
tolerated (stray spaces around "/" and "-", glued type and issuer codes, upper-case "TTG"), and
`canonical_number` restores the printed form a reader would write.
"""

from __future__ import annotations

import re

from .text import clean, fold

# symbol code (the part after the number) -> type; checked case-sensitively first, then folded
SYMBOL_TYPES = {
    "KH": "Kế hoạch", "QĐ": "Quyết định", "NQ": "Nghị quyết", "CT": "Chỉ thị", "CTr": "Chương trình",
    "HD": "Hướng dẫn", "TB": "Thông báo", "KL": "Kết luận", "ĐA": "Đề án", "BC": "Báo cáo",
    "TTr": "Tờ trình", "CĐ": "Công điện", "NĐ": "Nghị định", "TT": "Thông tư", "QC": "Quy chế",
    "L": "Luật", "PL": "Pháp lệnh", "TTLT": "Thông tư", "CV": "Công văn",
    "CTrHĐ": "Chương trình", "CTHĐ": "Chương trình",     # (a programme of action)
    "VBHN": "Văn bản hợp nhất",     # a consolidated text ("05/VBHN-BYT"; Pháp lệnh 01/2012/UBTVQH13)
    # an operational plan and rules, as Nghị định 30/2020/NĐ-CP (Phụ lục III, the abbreviations of the types of
    # administrative documents) abbreviates them: "27/PA-UBND", "05/QyĐ-UBND"
    "PA": "Phương án", "QyĐ": "Quy định",
}
_FOLDED_SYMBOLS = {fold(k): v for k, v in SYMBOL_TYPES.items() if k not in ("L",)}
# upper- and lower-case letters incl. Vietnamese, for character classes (the ranges "À-Ỹ" and
# "à-ỹ" would each hold both cases)
def _class_ranges(chars: list[str]) -> str:
    """Characters for a regular expression's class, runs of consecutive code points as ranges: the
    same class, parsed several times faster (the two classes below appear in some forty patterns,
    compiled at every start)."""
    out, i = [], 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(chars[i] if j == i else chars[i] + ("" if j == i + 1 else "-") + chars[j])
        i = j + 1
    return "".join(out)


UPPER = "A-Z" + _class_ranges([c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.isupper()])
LOWER = "a-z" + _class_ranges([c for c in map(chr, range(0xC0, 0x1EFA)) if c.isalpha() and c.islower()])
_U, _L = UPPER, LOWER
# a lower-case letter only where the code has one ("TTg", "CTr"), never a glued word ("BGDĐTNgày");
# digits only at the end ("UBTVQH15", "QH14")
# "ngày 05 tháng 3 năm 2026", also as scans print it without the marks ("ngay", "thang", "nam")
DAY = r"ng(?:à|a)?y"
MONTH = r"th(?:á|a)?ng"
YEAR = r"n(?:ă|a)?m"
# (the "g" of "TTg" before a glued "ngày" too: "383/QĐ-TTgngày 21/02/2025"; not the name of a portal's next field
# glued after it: "Số hiệu:1727/QĐ-TTgNgày đăng công báo"; nor the motto's first words, a letterhead's cells run
# together: "Số: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI …")
# (nor the place of a place-date line glued after it: "Số: 12/2019/QĐ-TTgHà Nội, ngày 26 tháng 02 năm 2019"; not the
# code's own "Tg" before a comma, "411/QĐ-TTg, ngày …")
_GLUED_FIELD = (r"(?:Ngày|Nơi|Người|Loại|Lĩnh|Tình|Cơ quan|CỘNG\s*H(?:ÒA|OÀ|OA)\b|ĐOÀN\s+TNCS\b"
                rf"|[{_U}](?![a-z](?![{_L}]))[{_L}]+(?:\s+[{_U}][{_L}]+){{0,3}}\s*,\s*{DAY}\b)")
# (not a word: "255 / BC-BCĐPCGD- / Nga Sơn, ngày …", a hyphen left at the end of a cut cell, the place-date line
# after it; a capital before two small letters starts a word, never a code)
SYMBOL_PART = (rf"[{_U}](?![{_L}]{{2}})(?:(?!{_GLUED_FIELD})[{_U}&]|[{_L}](?![{_L}])|(?<=T)g(?={DAY})"
               # a digit inside a code, before two capitals ("BYT-K2ĐT", the Ministry of Health's science
               # and training department)
               # (a code's number at its end: "KH-BCĐ389", the steering committee 389's)
               rf"|\d(?=[{_U}]{{2}}))*\d{{0,3}}")
# a document's serial: digits, a letter after them ("18b/NQ-CP", "30a/2008/NQ-CP"), or a sub-number after a point
# before the year (the Government's resolutions under its Resolution 66: "66.12/2026/NQ-CP"); in running text, at most
# six digits (SERIAL_IN_TEXT)
_SUB_SERIAL = r"(?:\.\d{1,2}(?=\s?/\s?\d{4}\s?/))?[a-z]?"
SERIAL = r"\d+" + _SUB_SERIAL
SERIAL_IN_TEXT = r"\d{1,6}" + _SUB_SERIAL
# a number as printed, tolerant of stray spaces around "/" and "-": "1642 /SGDĐT-KHTC",
# "27/2020/QĐ-UBND", "61-KL/TW", "812/KH-BVHTTDL-BGDĐT", "2156/A-UBND"
# a party-style number whose hyphen a portal printed as a space: "298 KH/TWĐTN" (298-KH/TWĐTN), only
# before a type code and its issuer code
_SPACED_PARTY = r"\s(?=(?:KH|NQ|CT|CTr|KL|QĐ|HD|TB|BC|QC)/[A-ZĐ])"
# that space, in a number matched: its hyphen back ("298 KH/TWĐTN" -> "298-KH/TWĐTN")
SPACED_SERIAL = re.compile(rf"^({SERIAL})\s+(?=[A-ZĐ])")
# (an en dash after the serial as some letterheads print it, "Số 69 – HD/BTGTW", or between codes before a
# code of capitals alone, "02 /KH – BTC": not before words, "12/KH-UBND – Hà Nội", "… – HÀ NỘI")
_EN_DASH = rf"\s?–\s?(?=[{_U}]{{2}}[{_U}\d]*(?![{_L}])(?!\s+[{_U}]{{2}}))"
# ("06/QC-TT.HĐND-UBND": a dot between codes; or before a department numbered in Roman numerals, "11554/VPCP-V.I",
# the Government Office's Department I)
_ROMAN_DEPARTMENT = r"(?:I{1,3}|IV|VI{0,3}|IX|X)(?!\w|\.\w)"
# (education and training's code with a space inside, "35/2008/TTLT-BGD ĐT-BNV": the number had ended at "BGD")
_SPACED_GDDT = rf"(?<=GD)\s(?=ĐT(?![{_L}]))"
# (the year after a hyphen, as the Government printed its resolutions' numbers in 2018: "19-2018/NQ-CP")
_YEAR = r"(?:\s?/\s?\d{4}|-(?:19|20)\d\d(?=\s?/))"
# (a space beside the ampersand of a code, "92/TTr-KH &ĐT" (Kế hoạch và Đầu tư): the number had ended at "KH")
# (one side spaced only: "12/QĐ-UBND & KH số 5/KH-UBND" joins two documents; nor before a type's abbreviation and its
# number, "120/QĐ-UBND &KH 45/KH-UBND"; a glued "ngày" after it, "BKH &ĐTngày 10 …")
_SPACED_AMPERSAND = rf"(?:(?<=[{_U}])\s&|(?<=[{_U}]&)\s)(?=[{_U}]++(?:(?![{_L}])|(?={DAY}))(?!\s+\d))"
# the Youth Union's central committee, as its letterhead names it (a national body; header.NATIONAL_NAMED)
YOUTH_UNION_CENTRAL = "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"
# a body's term after its name ("khóa XIII", "(khoá XVI)", "Khóa 20"): no part of the name
BODY_TERM = r"\(?[Kk]h(?:óa|oá|oa)\s+(?:[IVXLC]+|\d{1,2})\b\)?"
# (the National Assembly's term after a space or a hyphen, "83/2015/QH 13", "163/2024/QH-15": the number had ended at
# "QH", a second document)
_SPACED_TERM = r"(?:(?<=QH)[\s-](?=\d{1,2}(?![\d/]))\d{1,2})?"
# (two capitals at least in the symbol: a list's item "1- Tổ chức hội nghị …" is no number "1-Tổ"; "Ctr", the programme
# code as some print it, "15-Ctr/TU")
# (a damaged render's space before a hyphen inside it too: "78/Q -UB-QL T", whose "Đ" was lost)
_TWO_CAPITALS = rf"(?=\S*?[{_U}](?:\s(?=-))?\S*?[{_U}]|Ctr/)"
NUMBER = (rf"(?P<num>{SERIAL_IN_TEXT}{_YEAR}?(?:\s?[/–-]\s?|{_SPACED_PARTY}){_TWO_CAPITALS}(?:Ctr(?=/)|{SYMBOL_PART})"
          rf"(?:(?:\s?[-/]\s?|{_EN_DASH}|{_SPACED_GDDT}|{_SPACED_AMPERSAND}|\.(?=[{_U}]{{2}}|{_ROMAN_DEPARTMENT}))"
          rf"{SYMBOL_PART})*"
          rf"{_SPACED_TERM})")


# the type codes of the Party's documents ("NQ" resolution, "CT" directive, "KL" conclusion, "CTr" programme, ...),
# before the committee's code: "57-NQ/TW", "12-CTr/TU"
PARTY_TYPE_CODES = "NQ|CT|KL|CTr|KH|HD|QĐ|TB|BC|QC|CV"


def join_spaced_codes(number: str) -> str:
    """A code printed with a space inside, written whole: "35/2008/TTLT-BGD ĐT-BNV" -> "35/2008/TTLT-BGDĐT-BNV",
    "83/2015/QH 13" -> "83/2015/QH13"; the term after a hyphen too, "163/2024/QH-15" -> "163/2024/QH15". A Party
    Central Committee's number printed as a state document's, "60/NQ-TW", is the Party's "60-NQ/TW"."""
    number = re.sub(rf"^(\d+)\s*/\s*({PARTY_TYPE_CODES})\s*-\s*TW$", r"\1-\2/TW", number)
    return re.sub(r"(?<=GD)\s+(?=ĐT)|(?<=QH)(?:\s+|-)(?=\d{1,2}(?!\d))", "", number)


def canonical_number(printed: str) -> str:
    """"1642 /SGDĐT-KHTC" -> "1642/SGDĐT-KHTC"; "92/TTr-KH &ĐT" -> "92/TTr-KH&ĐT"; "4218/QĐBGDĐT" -> "4218/QĐ-BGDĐT";
    "12/CT-TTG" -> "12/CT-TTg" (the Prime Minister's code); "07-CTR/TU" -> "07-CTr/TU"."""
    s = re.sub(r"\s*([/–&-])\s*", r"\1", clean(printed)).replace("–", "-")
    s = join_spaced_codes(s)
    # a dot between the codes for the hyphen: "12/CĐ.UBND" -> "12/CĐ-UBND"
    # (not before a department's Roman numeral: "11554/VPCP-V.I" is printed so)
    s = re.sub(rf"(?<=[{_U}])\.(?=[{_U}])(?!{_ROMAN_DEPARTMENT})", "-", s)
    s = SPACED_SERIAL.sub(r"\1-", s)
    m = re.match(rf"^({SERIAL}(?:/\d{{4}})?)([/-])(.+)$", s)
    if not m:
        return s
    head, sep, symbol = m.groups()
    parts = re.split(r"([-/])", symbol)
    first = parts[0]
    # a type code glued to the issuer code: "QĐBGDĐT" -> "QĐ" + "BGDĐT", "QĐUBND" -> "QĐ" + "UBND", "QĐTTg" -> "QĐ"
    # + "TTg"; not in a symbol that has its hyphen ("01/QCPH/UBND-UBMTTQ": a code of its own), as citations read it
    # (not a circular's code in a number without its year: "21/TTVH", a culture centre's letter, is no "21/TT-VH")
    if "-" not in symbol and (len(parts) == 1 or first not in SYMBOL_TYPES):
        for code in sorted(SYMBOL_TYPES, key=len, reverse=True):
            rest = first[len(code):]
            if code == "TT" and "/" not in head:
                continue
            if len(code) >= 2 and first.startswith(code) and len(rest) > 1 and (rest.isupper() or rest == "TTg"):
                parts = [code, "-", rest, *parts[1:]]
                break
    parts = [_case_symbol(p) for p in parts]
    return head + sep + "".join(parts)


def _case_symbol(part: str) -> str:
    if part in ("-", "/"):
        return part
    if part.upper() == "TTG":
        return "TTg"
    if part.upper() == "CTR":
        return "CTr"
    if part.upper() == "TTR":
        return "TTr"
    return part


def number_symbol(number: str) -> str | None:
    """The symbol of a number, after its serial and year: "12/2021/NQ-HĐND" -> "NQ-HĐND", "68-NQ/TW" -> "NQ/TW"."""
    m = re.match(rf"^{SERIAL}(?:/\d{{4}})?[/-](.+)$", number)
    return m.group(1) if m else None


def symbol_type(number: str) -> str | None:
    """The type a number's symbol names: "41/CTr-UBND" -> Chương trình; "7315/BGTVT-VP" -> None."""
    symbol = number_symbol(number)
    if symbol is None:
        return None
    # party style "61-KL/TW": the type code is the first part as well
    first = re.split(r"[-/]", symbol)[0]
    if first in SYMBOL_TYPES:
        return SYMBOL_TYPES[first]
    return _FOLDED_SYMBOLS.get(fold(first)) if first not in ("UBND", "VP") else None


def symbol_code_type(symbol: str) -> str | None:
    """The type a symbol alone names ("NQ-HĐND" -> Nghị quyết): symbol_type of a number with that symbol."""
    return symbol_type("0/" + symbol)


def symbol_codes(symbol: str) -> list[str]:
    """A symbol's codes after its type's code, when it has one ("KH-UBND" -> UBND; "BGDĐT-GDPT" -> BGDĐT, GDPT)."""
    parts = re.split(r"[-/]", symbol)
    return parts[1 if symbol_code_type(symbol) else 0:]



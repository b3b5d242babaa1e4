"""Document references (ingest/citations.py) and their kinds (ingest/metadata.extract_citations):
numbers in every spelling, dates as printed, issuer and subject, "Căn cứ" vs "Thực hiện"."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.citations import (
    canonical,
    find_references,
    is_local_symbol,
    normalise_number,
    number_key,
    number_parts,
    parse_date,
    symbol_type,
)
from ingest.metadata import extract_citations, extract_meta
from ingest.numbers import canonical_number


def test_number_spellings_normalise_to_one_key():
    assert normalise_number("161/QĐ -TTg") == "161/QĐ-TTg"
    assert normalise_number("07 / 2029 / NQ – HĐND") == "07/2029/NQ-HĐND"
    assert number_key("155/QĐ-TTG") == number_key("155/qd-ttg") == number_key("155 / QĐ - TTg") == "155/qd-ttg"
    # the Party Central Committee's number printed as a state document's ("60/NQ-TW") is the Party's
    assert normalise_number("60/NQ-TW") == normalise_number("60-NQ/TW") == "60-NQ/TW"
    # (a code printed "TƯ" stays so: a province's "TU" damaged as often as the Central Committee's "TW" typed so, "Số
    # 445-KL/TƯ" under a provincial committee's letterhead)
    assert normalise_number("445-KL/TƯ") == "445-KL/TƯ"


def test_the_prime_ministers_code_glued_to_the_date():
    # "TTg" keeps its "g" before a glued "ngày"
    refs = find_references("Thực hiện Quyết địnhsố 383/QĐ-TTgngày 21/02/2025 của Thủ tướng Chính phủ;")
    assert [r.number for r in refs] == ["383/QĐ-TTg"]


@pytest.mark.parametrize("text, number", [
    # a department numbered in Roman numerals after a dot (the Government Office's Department I),
    # also at the end of a sentence
    ("Thực hiện Công văn số 11554/VPCP-V.I ngày 05/12/2024 của Văn phòng Chính phủ;", "11554/VPCP-V.I"),
    ("Theo Công văn số 2107/VPCP-V.III. Bộ Y tế đề nghị", "2107/VPCP-V.III"),
    # a digit inside a code ("K2ĐT"), not only at its end
    ("Căn cứ Công văn số 123/BYT-K2ĐT ngày 5/3/2024 của Bộ Y tế;", "123/BYT-K2ĐT"),
    # a dot between two codes, as before
    ("Thực hiện Quy chế số 06/QC-TT.HĐND-UBND ngày 5/3/2024;", "06/QC-TT.HĐND-UBND"),
])
def test_numbers_with_a_roman_department_or_a_digit_inside_a_code(text, number):
    assert [r.number for r in find_references(text)] == [number]


def test_a_serial_with_a_sub_number():
    """The Government's resolutions under its Resolution 66 are numbered "66.12/2026/NQ-CP": one number (it had not
    been read at all), not a decimal before other words ("mục 3.2", "1,5 triệu")."""
    refs = find_references("Căn cứ Nghị quyết số 66.12/2027/NQ-CP ngày 20/01/2027 của Chính phủ; mục 3.2/2027 về "
                           "kinh phí 1.5 triệu đồng.")
    assert [r.number for r in refs] == ["66.12/2027/NQ-CP"]
    assert number_parts("66.12/2027/NQ-CP") == ("66.12", "2027", "NQ-CP")
    assert symbol_type("NQ-CP") == "Nghị quyết"


def test_a_circulars_code_glued_in_a_number_without_its_year_is_no_circulars():
    """"Số: 21 /TTVH" (a district culture centre's letter): "21/TTVH", not a circular's "21/TT-VH"; a circular's number
    has its year ("12/2019/TTBGDĐT" -> "12/2019/TT-BGDĐT")."""
    assert (canonical_number("21 /TTVH"), canonical("21 /TTVH")) == ("21/TTVH", "21/TTVH")
    assert (canonical_number("12/2019/TTBGDĐT"), canonical("12/2019/TTBGDĐT")) == ("12/2019/TT-BGDĐT",) * 2


def test_number_parts():
    assert number_parts("20/2021/NĐ-CP") == ("20", "2021", "NĐ-CP")
    assert number_parts("59-KL/TW") == ("59", None, "KL/TW")
    assert number_parts("không số") == ("không số", None, "")
    # the year after a hyphen, as the Government printed its resolutions' numbers in 2018
    assert number_parts("19-2018/NQ-CP") == ("19", "2018", "NQ-CP")


def test_a_resolution_numbered_with_its_year_after_a_hyphen_is_read_and_carried_out(read):
    """"Thực hiện Nghị quyết số 19-2018/NQ-CP ngày 15 tháng 5 năm 2018 của Chính phủ …" (Đồng Tháp's action plan):
    cited and carried out (no number had been read at all)."""
    doc = read("| ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "| Số: 135/KH-UBND | Đồng Tháp, ngày 29 tháng 5 năm 2018 |\nKẾ HOẠCH\nHÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT "
               "SỐ 19-2018/NQ-CP\nThực hiện Nghị quyết số 19-2018/NQ-CP ngày 15 tháng 5 năm 2018 của Chính phủ về cải "
               "thiện môi trường kinh doanh, Ủy ban nhân dân Tỉnh xây dựng Kế hoạch hành động như sau:\n")
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"19-2018/NQ-CP": "implements"}


def test_the_assemblys_term_after_a_space_is_part_of_the_number(read):
    """"Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015": the law 83/2015/QH13 (the number
    had ended at "QH", a document no other text names so); a number after a term printed whole is no part of it."""
    doc = read("| ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "| Số: 12/KH-UBND | Nghệ An, ngày 3 tháng 4 năm 2019 |\nKẾ HOẠCH\nThực hiện dự toán năm 2019\n"
               "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;\n"
               "Căn cứ Nghị quyết số 12/2018/QH14 12 nội dung;\n")
    assert sorted(c.number for c in doc.citations if c.number) == ["12/2018/QH14", "83/2015/QH13"]


def test_symbol_type_and_local_issuers():
    assert symbol_type("QĐ-TTg") == "Quyết định" and symbol_type("CTr-UBND") == "Chương trình"
    assert symbol_type("XYZ-ABC") is None
    # one table with the header's: a cited rule ("QC") or letter ("CV") has its type, a programme of action too
    assert (symbol_type("QC-UBND"), symbol_type("CV-SYT"), symbol_type("CTrHĐ-UBND")) == \
        ("Quy chế", "Công văn", "Chương trình")
    assert is_local_symbol("KH-UBND") and is_local_symbol("NQ-HĐND")
    assert not is_local_symbol("QĐ-TTg") and not is_local_symbol("UBND")   # the type code is not an issuer


def test_a_consolidated_text_has_its_own_type():
    """"Văn bản hợp nhất số 05/VBHN-BYT": a consolidated text, by its type words and by its code alone (a number
    with no type code known had been typed as nothing)."""
    assert symbol_type("VBHN-BYT") == "Văn bản hợp nhất"
    [r] = find_references("Căn cứ Văn bản hợp nhất số 05/VBHN-BYT ngày 12/9/2024 của Bộ Y tế;")
    assert (r.doc_type, r.number, r.issuer) == ("Văn bản hợp nhất", "05/VBHN-BYT", "Bộ Y tế")


def test_an_operational_plan_and_rules_by_the_codes_of_decree_30():
    """"Phương án số 15/PA-UBND", "05/QyĐ-UBND": an operational plan and rules, by their type words and by the codes
    Nghị định 30/2020/NĐ-CP gives them (a "PA" number had no type, a "QyĐ" one only after "Quy định")."""
    assert (symbol_type("PA-UBND"), symbol_type("QyĐ-UBND")) == ("Phương án", "Quy định")
    refs = find_references("Thực hiện Phương án số 15/PA-UBND ngày 02/02/2025 của Ủy ban nhân dân tỉnh và văn bản "
                           "số 05/QyĐ-UBND ngày 03/01/2025;")
    assert [(r.doc_type, r.number) for r in refs] == [("Phương án", "15/PA-UBND"), ("Quy định", "05/QyĐ-UBND")]


@pytest.mark.parametrize("printed, doc_type", [("văn bản số 05/QĐ-UBND", "Quyết định"),
                                               ("Văn bản số 12/KH-UBND", "Kế hoạch"),
                                               ("văn bản số 1234/UBND-VX", "Công văn"),
                                               ("công văn số 05/QĐ-UBND", "Công văn")])
def test_a_document_cited_as_van_ban_has_the_type_its_code_names(printed, doc_type):
    """"văn bản" is any document: one cited so has the type its number's code names (it had been a letter
    whatever its code); a number without a type code is a letter, and so is one cited as "công văn"."""
    [r] = find_references(f"Thực hiện {printed} ngày 03/01/2025 của Ủy ban nhân dân tỉnh;")
    assert r.doc_type == doc_type


def test_education_and_trainings_code_printed_with_a_space_inside():
    """"35/2008/TTLT-BGD ĐT-BNV": one number, written whole, with its date and issuer (it had ended at "BGD", the
    date and the issuer left unread)."""
    [r] = find_references("Căn cứ Thông tư liên tịch số 35/2008/TTLT-BGD ĐT-BNV ngày 14/7/2008 của Bộ Giáo dục và "
                          "Đào tạo;")
    assert (r.number, r.number_printed) == ("35/2008/TTLT-BGDĐT-BNV", "35/2008/TTLT-BGD ĐT-BNV")
    assert (r.date, r.issuer) == (dt.date(2008, 7, 14), "Bộ Giáo dục và Đào tạo")
    assert number_key("1234/SGD ĐT-GDTrH") == number_key("1234/SGDĐT-GDTrH")


def test_impossible_dates_are_none():
    assert parse_date("31", "2", "2026") is None
    assert parse_date("5", "7", "2019") == dt.date(2019, 7, 5)


def test_reference_with_date_issuer_and_subject():
    [r] = find_references("Căn cứ Quyết định số 161/QĐ -TTg ngày 25/01/2016 của Thủ tướng Chính phủ "
                          "về phê duyệt Đề án;")
    assert (r.doc_type, r.number, r.number_printed) == ("Quyết định", "161/QĐ-TTg", "161/QĐ -TTg")
    assert (r.date, r.date_printed) == (dt.date(2016, 1, 25), "ngày 25/01/2016")
    assert (r.issuer, r.subject) == ("Thủ tướng Chính phủ", "về phê duyệt Đề án")


@pytest.mark.parametrize("printed,date", [
    ("ngày 5 tháng 7 năm 2019", dt.date(2019, 7, 5)),
    ("ngày 15.5.2024", dt.date(2024, 5, 15)),
    ("ngày 31/02/2026", None),                       # kept as printed, no date invented
])
def test_dates_are_kept_as_printed(printed, date):
    [r] = find_references(f"Nghị quyết số 07/2019/NQ-HĐND {printed} của HĐND tỉnh")
    assert r.date_printed == printed and r.date == date


def test_the_printed_type_word_wins_over_the_symbol_code():
    [r] = find_references("theo Kế hoạch số 12/CTr-UBND ngày 01/3/2026")
    assert r.doc_type == "Kế hoạch"


def test_party_style_numbers_without_so():
    [r] = find_references("Chỉ thị 05-CT/TU ngày 15/5/2024 của Tỉnh ủy về tăng cường")
    assert (r.number, r.issuer, r.subject) == ("05-CT/TU", "Tỉnh ủy", "về tăng cường")


def test_laws_are_referenced_by_title():
    refs = find_references("Luật Thư viện và Luật Ngân sách nhà nước năm 2025")
    assert [(r.doc_type, r.number, r.title) for r in refs] == [
        ("Luật", None, "Luật Thư viện"), ("Luật", None, "Luật Ngân sách nhà nước năm 2025")]


def test_an_ordinance_or_a_code_named_before_its_number_has_its_own_type():
    refs = find_references("Căn cứ Pháp lệnh Phí, lệ phí số 38/2001/PL-UBTVQH10 ngày 28 tháng 8 năm 2001; "
                           "Bộ luật Lao động số 45/2019/QH14;")
    assert [(r.doc_type, r.number, r.title) for r in refs] == [
        ("Pháp lệnh", "38/2001/PL-UBTVQH10", "Pháp lệnh Phí, lệ phí"),
        ("Luật", "45/2019/QH14", "Bộ luật Lao động")]


@pytest.mark.parametrize("text, issuer", [
    # an issuer ends where "và" goes on in lower case, not inside a name
    ("Báo cáo thẩm tra số 368/BC-HĐND ngày 26 tháng 3 năm 2014 của Ban Văn hóa - Xã hội của HĐND tỉnh và tổng hợp ý "
     # (named without its "của", as "Ban Văn hóa - Xã hội HĐND tỉnh" is: one body)
     "kiến thảo luận của các vị đại biểu HĐND tỉnh tại kỳ họp", "Ban Văn hóa - Xã hội HĐND tỉnh"),
    ("Quyết định số 12/QĐ-BGDĐT ngày 02/01/2026 của Bộ Giáo dục và Đào tạo về việc", "Bộ Giáo dục và Đào tạo"),
    # a signer with two offices stands for the body the last one names
    ("Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
     "hướng dẫn thi hành", "Văn phòng Chính phủ"),
    # a capitalised "Quy định" begins the subject, as "quy định" does
    ("Thông tư số 07/2016/TT-BGDĐT ngày 22/3/2016 của Bộ GDĐT Quy định về điều kiện bảo đảm", "Bộ GDĐT"),
    ("Nghị quyết số 22-NQ/TW ngày 10 tháng 4 năm 2013 của Bộ Chính trị Ban Chấp hành Trung ương Đảng Cộng sản Việt "
     "Nam về hội nhập quốc tế", "Bộ Chính trị"),
    # a known name printed in lower case keeps its "và"
    ("Công văn số 1624/BVHTTDL-VHCS ngày 26/4/2023 của Bộ Văn hóa thể thao và du lịch; căn cứ chức năng",
     "Bộ Văn hóa thể thao và du lịch"),
    # "… Quốc gia về Kế hoạch …": the subject, though "Ủy ban Quốc gia về Chuyển đổi số" is a name
    ("Kế hoạch số 52/KH-UBATGTQG ngày 30/01/2024 của Ủy ban ATGT Quốc gia về Kế hoạch năm an toàn giao thông 2024",
     "Ủy ban ATGT Quốc gia"),
    ("Kế hoạch số 30/KH-UBQGCĐS ngày 12/02/2026 của Ủy ban Quốc gia về Chuyển đổi số; căn cứ",
     "Ủy ban Quốc gia về Chuyển đổi số"),
    # a city as the press abbreviates it: the point of "TP." ends no name, "TP" after a committee is "thành phố"
    # (they had given "HĐND TP", "Hđnd Tphcm" as labels); "Sở TP" is a department's ("Tư pháp"), left as printed
    ("Nghị quyết 04/2022/NQ-HĐND của HĐND TP.HCM, Quyết định", "HĐND thành phố Hồ Chí Minh"),
    ("Nghị quyết 03/2022/NQ-HĐND của HĐND TPHCM về việc", "HĐND thành phố Hồ Chí Minh"),
    ("Quyết định 07/2022/QĐ-UBND của UBND TP. Đà Nẵng về việc", "UBND thành phố Đà Nẵng"),
    ("Quyết định 08/2022/QĐ-UBND của UBND TP Cần Thơ về việc", "UBND thành phố Cần Thơ"),
    ("Công văn số 12/STP-HCTP ngày 3/3/2023 của Sở TP Hà Nội về việc", "Sở TP Hà Nội"),
    # an amending title capitalised after an unnamed committee (it had been "UBND tỉnh Sửa", a province "Sửa")
    ("Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Sửa đổi, bổ sung cập nhật Kế hoạch", "UBND tỉnh"),
    # a presidium's "Chủ tịch" is no signer's office (it had been "Đoàn Uỷ ban Trung ương Hội …")
    ("Kế hoạch số 49-KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam về việc",
     "Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam"),
    # "về" after the issuer's province, a capital after it (it had run on: "… Hồ Chí Minh về Khẩu hiệu tuyên truyền")
    ("Công văn số 349/SVHTT-TTTTTL ngày 30 tháng 01 năm 2023 của Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh về Khẩu "
     "hiệu tuyên truyền ngày lễ", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh"),
    # a title in capitals going on after the issuer (it had been "Bộ Chính Trị Tiếp Tục")
    ("THỰC HIỆN KẾT LUẬN SỐ 91-KL/TW NGÀY 12 THÁNG 8 NĂM 2024 CỦA BỘ CHÍNH TRỊ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT",
     "Bộ Chính trị"),
    # its term is no part of its name (it had been an agency "Quốc hội Khóa XIII")
    ("Nghị quyết số 100/2015/QH13 của Quốc hội Khóa XIII ngày 12 tháng 11 năm 2015 về phê duyệt", "Quốc hội"),
])
def test_the_issuer_ends_where_the_sentence_goes_on(text, issuer):
    [ref] = find_references(text)
    assert ref.issuer == issuer


def test_a_law_by_its_name_keeps_the_date_it_was_passed_and_an_amending_law_is_one_law_by_its_whole_name():
    """The laws an amending law's name lists are not cited (they had been: "Luật sửa đổi", "Luật Tổ chức Chính phủ"
    and an undated "Luật Tổ chức chính quyền địa phương", three laws for one); the amending law keeps its date."""
    refs = find_references("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số "
                           "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;")
    assert [(r.title, r.date) for r in refs] == [
        ("Luật Tổ chức chính quyền địa phương", dt.date(2015, 6, 19)),
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
         dt.date(2019, 11, 22))]


@pytest.mark.parametrize("text, cited", [
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018; "
     "Luật Xây dựng ngày 18/6/2014;",
     [("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch", None, dt.date(2018, 11, 20)),
      ("Luật Xây dựng", None, dt.date(2014, 6, 18))]),
    # hard-wrapped: the name runs over lines
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật\nXây dựng ngày 17 tháng 6 năm 2020;",
     [("Luật Sửa đổi, bổ sung một số điều của Luật Xây dựng", None, dt.date(2020, 6, 17))]),
    # numbered: read by its number, named by its whole name
    ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật "
     "Quản lý thuế số 106/2016/QH13;",
     [("Luật Sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản "
       "lý thuế", "106/2016/QH13", None)]),
    ("Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
     "địa phương;", [(None, "47/2019/QH14", None)]),
])
def test_an_amending_law_is_cited_and_the_laws_its_name_lists_are_not(text, cited):
    assert [(r.title, r.number, r.date) for r in find_references(text)] == cited


def test_two_laws_joined_before_one_date_were_both_passed_that_day():
    """"Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015": both dated (the first
    had no date: a document of the citing plan's own, not the law every plan citing it that way names)."""
    refs = find_references("Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm "
                           "2015; Luật Đầu tư công; Luật Ngân sách nhà nước ngày 25/6/2015;")
    assert [(r.title, r.date) for r in refs] == [("Luật Tổ chức Chính phủ", dt.date(2015, 6, 19)),
                                                 ("Luật Tổ chức chính quyền địa phương", dt.date(2015, 6, 19)),
                                                 ("Luật Đầu tư công", None),
                                                 ("Luật Ngân sách nhà nước", dt.date(2015, 6, 25))]


def test_a_numbered_law_after_another_law_is_named_by_its_own_name():
    """"Luật Đất đai và Luật Xây dựng số 50/2014/QH13": two laws, the second numbered (the number had been named
    "Luật Đất đai và Luật Xây dựng", and Luật Đất đai not cited)."""
    refs = find_references("Căn cứ Luật Đất đai và Luật Xây dựng số 50/2014/QH13; Luật Phòng, chống tham nhũng số "
                           "36/2018/QH14;")
    assert [(r.title, r.number) for r in refs] == [("Luật Đất đai", None), ("Luật Xây dựng", "50/2014/QH13"),
                                                   ("Luật Phòng, chống tham nhũng", "36/2018/QH14")]


def test_a_date_printed_after_the_issuer_is_the_documents():
    """"Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023": the decree's date (it had none: a date was
    read only right after the number)."""
    refs = find_references("Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng\n6 năm 2023 sửa đổi, bổ sung một số "
                           "điều của Nghị định số 27/2022/NĐ-CP ngày 19 tháng 4 năm 2022;")
    assert [(r.number, r.issuer, r.date) for r in refs] == [("38/2023/NĐ-CP", "Chính phủ", dt.date(2023, 6, 24)),
                                                            ("27/2022/NĐ-CP", None, dt.date(2022, 4, 19))]


def test_alias_defined_after_a_reference():
    [r] = find_references("theo Kế hoạch số 12/KH-UBND ngày 01/02/2026 của UBND tỉnh "
                          "(sau đây gọi tắt là Kế hoạch số 12)")
    assert r.alias == "Kế hoạch số 12"


PREAMBLE = """
    Thực hiện Quyết định số 1/QĐ-TTg ngày 02/01/2026 của Thủ tướng Chính phủ về chuyển đổi số; Kế hoạch số 2/KH-UBND ngày 03/02/2026 của UBND tỉnh về dữ liệu số;

    Căn cứ Quyết định số 3/QĐ-TTg ngày 04/01/2025 của Thủ tướng Chính phủ phê duyệt Đề án theo Nghị quyết số 4/NQ-CP ngày 05/01/2024 của Chính phủ;

    - Triển khai thực hiện Kế hoạch số 5/KH-UBND ngày 6/3/2026 của UBND tỉnh.

    Các sở căn cứ Quyết định số 6/QĐ-TTg ngày 07/01/2026 để triển khai.

    I. NHIỆM VỤ

    Thực hiện Quyết định số 1/QĐ-TTg ngày 20/02/2026 của Thủ tướng Chính phủ, các sở triển khai.
    """   # noqa: E501


@pytest.fixture
def cited(parse):
    doc, blocks = parse(PREAMBLE)
    extract_meta(doc, blocks)
    extract_citations(doc, blocks)
    return doc.citations


def test_thuc_hien_implements_every_document_it_lists(cited):
    assert [(c.kind, c.number) for c in cited[:2]] == [("implements", "1/QĐ-TTg"), ("implements", "2/KH-UBND")]
    assert next(c for c in cited if c.number == "5/KH-UBND").kind == "implements"   # "- Triển khai thực hiện"


def test_can_cu_is_based_on_but_a_document_inside_its_subject_is_a_mention(cited):
    kinds = {c.number: c.kind for c in cited[2:4]}
    assert kinds == {"3/QĐ-TTg": "based_on", "4/NQ-CP": "mention"}


def test_references_outside_the_preamble_are_mentions(cited):
    assert next(c for c in cited if c.number == "6/QĐ-TTg").kind == "mention"   # "căn cứ" mid-sentence
    body = [c for c in cited if c.span.start == 11]
    assert [(c.kind, c.number) for c in body] == [("mention", "1/QĐ-TTg")]     # "Thực hiện" inside section I


def test_each_mention_keeps_the_date_it_prints(cited):
    dates = [(c.date_printed, c.span.start) for c in cited if c.number == "1/QĐ-TTg"]
    assert dates == [("ngày 02/01/2026", 1), ("ngày 20/02/2026", 11)]


def test_an_alias_later_in_the_text_is_a_mention_of_the_same_document(parse):
    doc, blocks = parse("""
        Căn cứ Quyết định số 1234/QĐ-TTg ngày 05/8/2025 của Thủ tướng Chính phủ (sau đây gọi tắt là Quyết định số 1234);

        I. NHIỆM VỤ

        Các sở triển khai Quyết định số 1234 đúng tiến độ.
        """)
    extract_citations(doc, blocks)
    assert [(c.kind, c.number, c.number_printed) for c in doc.citations] == [
        ("based_on", "1234/QĐ-TTg", "1234/QĐ-TTg"), ("mention", "1234/QĐ-TTg", "quyết định số 1234")]


WARD_PLAN = """
    ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    PHƯỜNG HOA LƯ | Độc lập - Tự do - Hạnh phúc
    Số: 98/KH-UBND | Hoa Lư, ngày 23 tháng 11 năm 2026

    KẾ HOẠCH
    Triển khai Đề án phòng, chống thiên tai trên địa bàn phường năm 2026

    Thực hiện Kế hoạch số 98/KH-UBND ngày 13/10/2026 của Ủy ban nhân dân tỉnh Ninh Bình về triển khai Đề án phòng, chống thiên tai;
    """   # noqa: E501


def test_a_plan_of_the_same_number_and_another_date_is_not_the_plan_itself(read):
    """A ward and its province number their plans apart: both may issue a 98/KH-UBND."""
    doc = read(WARD_PLAN)
    assert doc.meta.number == "98/KH-UBND" and doc.meta.date == dt.date(2026, 11, 23)
    assert [(c.kind, c.number, c.date) for c in doc.citations] == [("implements", "98/KH-UBND", dt.date(2026, 10, 13))]


RELATED_ABOVE = """
    Nghị quyết 41/NQ-HĐND năm 2025 thông qua Kế hoạch phát triển nhà ở xã hội tỉnh Tây Ninh
    - 1Quyết định 515/QĐ-UBND phê duyệt điều chỉnh Kế hoạch sử dụng đất năm 2025 huyện Tân Biên
    - 2Nghị quyết 33/NQ-HĐND năm 2025 thông qua danh mục dự án thu hồi đất tỉnh Long An
    3. Kế hoạch 702/KH-UBND năm 2024 về phát triển nhà ở tỉnh Bình Phước
    HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 41/NQ-HĐND | Tây Ninh, ngày 8 tháng 7 năm 2025 |
    VỀ VIỆC THÔNG QUA KẾ HOẠCH PHÁT TRIỂN NHÀ Ở XÃ HỘI TỈNH TÂY NINH
    HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
    Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;
    Căn cứ Nghị định số 100/2024/NĐ-CP ngày 26 tháng 7 năm 2024 của Chính phủ quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội;
    Xét Tờ trình số 77/TTr-UBND ngày 1 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh;
    """   # noqa: E501


def test_a_portals_list_of_other_documents_above_the_letterhead_is_related_not_cited(read):
    """A portal lists related documents above the letterhead: the portal relates them, the text cites none of them
    (other provinces' decisions, here). Each is a citation of kind "related" (they had been left out, and a reader
    scoring every number an opening shows found them missing); the text's own citations keep their kinds, and the
    portal's title line naming the document itself gives nothing."""
    doc = read(RELATED_ABOVE)
    assert doc.meta.number == "41/NQ-HĐND"
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"515/QĐ-UBND": "related", "33/NQ-HĐND": "related", "702/KH-UBND": "related",
                     "100/2024/NĐ-CP": "based_on", "77/TTr-UBND": "mention"}


STATUS_ABOVE = """
    Quyết định 612/QĐ-UBND năm 2016 công bố danh mục thủ tục hành chính lĩnh vực văn hóa tỉnh Phú Yên
    Quyết định 612/QĐ-UBND năm 2016 đã được thay thế bởi Quyết định 1450/QĐ-UBND 2018 công bố danh mục thủ tục hành chính và được áp dụng kể từ ngày 02/8/2018.
    ỦY BAN NHÂN DÂN
    TỈNH PHÚ YÊN
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Số: 612/-UBND
    Phú Yên, ngày 4 tháng 4 năm 2016
    QUYẾT ĐỊNH
    Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;
    """   # noqa: E501


def test_a_portals_note_on_what_replaced_the_document_cites_nothing(read):
    """A portal notes above the letterhead what later replaced the document (here the letterhead's
    number is damaged, so the document's number comes from the portal's title): no citation of it."""
    doc = read(STATUS_ABOVE)
    assert doc.meta.number == "612/QĐ-UBND"
    assert {c.number for c in doc.citations if c.number} == {"63/2010/NĐ-CP"}


AMENDING_TITLE_ABOVE = """
    Nghị quyết 21/2027/NQ-HĐND sửa đổi Điều 2 Nghị quyết 40/2018/NQ-HĐND quy định mức chi hỗ trợ tỉnh Hà Nam đã được sửa đổi tại Điều 1 Nghị quyết 12/2025/NQ-HĐND
    Số hiệu | 21/2027/NQ-HĐND |
    HỘI ĐỒNG NHÂN DÂN |
    TỈNH HÀ NAM |
    Số: 21/2027/NQ-HĐND |
    Hà Nam, ngày 9 tháng 7 năm 2027 |
    Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ;
    """   # noqa: E501


def test_a_portals_title_saying_what_became_of_the_document_it_amends_cites_both(read):
    """The portal's title of the document names what it amends and what amended that before ("… sửa đổi Điều 2
    Nghị quyết 40/2018/NQ-HĐND … đã được sửa đổi tại Điều 1 Nghị quyết 12/2025/NQ-HĐND"): both are cited (the
    line had been taken for a note of what became of the document itself, and cited nothing)."""
    doc = read(AMENDING_TITLE_ABOVE)
    assert doc.meta.number == "21/2027/NQ-HĐND"
    assert {c.number for c in doc.citations if c.number} == {"40/2018/NQ-HĐND", "12/2025/NQ-HĐND", "63/2010/NĐ-CP"}


PORTAL_TITLE_CARRIES = """
    Kế hoạch 118/KH-UBND năm 2025 triển khai Nghị quyết 153/NQ-CP và Kế hoạch 281-KH/TU về phát triển du lịch do tỉnh Thanh Hóa ban hành
    | ỦY BAN NHÂN DÂN TỈNH THANH HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
    | Số: 118/KH-UBND | Thanh Hóa, ngày 12 tháng 6 năm 2025 |
    KẾ HOẠCH
    Phát triển du lịch tỉnh Thanh Hóa năm 2025
    I. MỤC ĐÍCH, YÊU CẦU
    Nâng cao chất lượng sản phẩm du lịch theo Quyết định số 77/QĐ-UBND ngày 2/1/2025 của UBND tỉnh.
    """   # noqa: E501


def test_a_portals_title_line_says_what_the_document_carries_out(read):
    """The portal's title line naming the document ("Kế hoạch 118/KH-UBND năm 2025 triển khai Nghị
    quyết … và Kế hoạch …") is its title as the portal wrote it: the documents after "triển khai" are
    implemented (they had been only mentioned when the opening's own title does not say it); one the
    body names stays a mention."""
    doc = read(PORTAL_TITLE_CARRIES)
    assert doc.meta.number == "118/KH-UBND"
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"153/NQ-CP": "implements", "281-KH/TU": "implements", "77/QĐ-UBND": "mention"}


def test_a_short_portal_title_line_still_names_only_itself_as_its_own(read):
    """"Kế hoạch 1/KH-UBND năm 2025 thực hiện Nghị quyết 153/NQ-CP và …": the resolution begins within 40 characters
    of the line, and had been taken for the document's own number (every reference there was)."""
    doc = read(PORTAL_TITLE_CARRIES.replace("Kế hoạch 118/KH-UBND năm 2025 triển khai",
                                            "Kế hoạch 1/KH-UBND năm 2025 thực hiện")
               .replace("Số: 118/KH-UBND", "Số: 1/KH-UBND"))
    assert doc.meta.number == "1/KH-UBND"
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"153/NQ-CP": "implements", "281-KH/TU": "implements", "77/QĐ-UBND": "mention"}


AFTER_UNNUMBERED = """
    | ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
    | Số: 210/KH-UBND | Nghệ An, ngày 12 tháng 6 năm 2022 |
    KẾ HOẠCH
    Phát triển văn hóa tỉnh Nghệ An giai đoạn 2022-2025
    Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ về Chương trình hành động, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
    Thực hiện nhiệm vụ năm 2022 theo báo cáo tại Quyết định số 9/QĐ-UBND ngày 2/1/2022.
    """   # noqa: E501


def test_a_document_carried_out_after_one_named_without_its_number(read):
    """"Thực hiện Nghị quyết Đại hội … lần thứ XIX và Nghị quyết số 50/NQ-CP …": the numbered resolution,
    the unnumbered one's sibling, is carried out (it had been only mentioned); a document after other
    words still is."""
    doc = read(AFTER_UNNUMBERED)
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"50/NQ-CP": "implements", "9/QĐ-UBND": "mention"}



@pytest.mark.parametrize("first", ["Điều lệ Hội Liên hiệp phụ nữ Việt Nam", "Luật Thi đua, khen thưởng"])
def test_documents_carried_out_after_a_charter_or_a_law_named_without_a_number(read, first):
    """"Thực hiện Điều lệ Hội Liên hiệp phụ nữ Việt Nam, Chỉ thị số 46-CT/TW …, Kế hoạch số 888/KH-ĐCT …" (a women's
    union's plan): both numbered documents are carried out (they had been only mentioned)."""
    doc = read("| HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "| Số: 71/KH-BTV | Hà Nội, ngày 10 tháng 12 năm 2020 |\nKẾ HOẠCH\nChỉ đạo điểm đại hội phụ nữ quận\n"
               f"Thực hiện {first}, Chỉ thị số 46-CT/TW ngày 28/7/2020 của Ban Bí thư, Kế hoạch số 888/KH-ĐCT ngày "
               "10/8/2020 của Đoàn Chủ tịch Trung ương Hội về đại hội, Ban Thường vụ xây dựng kế hoạch như sau:\n")
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"46-CT/TW": "implements", "888/KH-ĐCT": "implements"}

AFTER_UNNUMBERED_PARTS = """
    Bộ Nội vụ ban hành Chương trình hành động về công tác thanh niên
    12/03/2026  / 40 lượt xem
    Để thực hiện thắng lợi các mục tiêu, nhiệm vụ về công tác thanh niên tại Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết số 45/NQ-CP ngày 11/5/2022 của Chính phủ, ngày 10/3/2026, Bộ Nội vụ ban hành Chương trình hành động với các nội dung chính như sau:
    Năm 2025, Bộ đã thực hiện các nhiệm vụ tại Quyết định số 88/QĐ-BNV.
    """   # noqa: E501


def test_a_document_carried_out_after_what_of_it_and_one_named_without_its_number(read):
    """"Để thực hiện thắng lợi các mục tiêu, nhiệm vụ … tại Nghị quyết Đại hội … và Nghị quyết số 45/NQ-CP …": the
    numbered resolution is carried out (it had been only mentioned)."""
    doc = read(AFTER_UNNUMBERED_PARTS)
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"45/NQ-CP": "implements", "88/QĐ-BNV": "mention"}


@pytest.mark.parametrize("first", [
    # the unnumbered one's short name in brackets
    "các mục tiêu của Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (sau đây gọi tắt là Nghị quyết Đại "
    "hội XIII của Đảng)",
    # a congress whose goals are carried out
    "mục tiêu của Đại hội Đảng bộ tỉnh lần thứ XV",
])
def test_a_document_carried_out_after_a_congress_or_a_short_name_in_brackets(read, first):
    """"Để thực hiện thắng lợi … (sau đây gọi tắt là …) và Nghị quyết số 45/NQ-CP …", "… mục tiêu của Đại hội Đảng bộ
    tỉnh lần thứ XV và Chương trình hành động số …": the numbered document is carried out (it had been only
    mentioned)."""
    doc = read(AFTER_UNNUMBERED_PARTS.replace(
        "các mục tiêu, nhiệm vụ về công tác thanh niên tại Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        first))
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"45/NQ-CP": "implements", "88/QĐ-BNV": "mention"}


def test_a_portal_line_opening_with_the_document_says_what_it_carries_out(read):
    """A portal's line under its headline, opening with the document itself ("Nghị quyết 139/NQ-CP của Chính phủ về
    việc ban hành Chương trình hành động … thực hiện Nghị quyết 20-NQ/TW …"), is its title: what follows "thực hiện"
    is carried out (it had been read as what the document itself is about); the page's later prose only mentions."""
    doc = read("Nghị quyết 81/NQ-CP 2027 Chương trình hành động về y tế cơ sở\n\nthuộc tính Nghị quyết 81/NQ-CP\n\n"
               "Nghị quyết 81/NQ-CP của Chính phủ về việc ban hành Chương trình hành động của Chính phủ thực hiện Nghị "
               "quyết 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá\nCơ quan ban hành: Chính "
               "phủ\nSố hiệu:81/NQ-CP\nLoại văn bản:Nghị quyết\n\nTại Nghị quyết 81/NQ-CP, Chính phủ giao nhiệm vụ "
               "theo Quyết định 12/QĐ-TTg.\n")
    assert doc.meta.number == "81/NQ-CP"
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"72-NQ/TW": "implements", "12/QĐ-TTg": "mention"}


def test_the_cue_printed_twice_still_says_what_is_carried_out(read):
    """"Thực hiện Thực hiện Chỉ thị số 22-CT/TW …" (an editor's slip): the directive is carried out (it had been only
    mentioned)."""
    doc = read("70 năm ngày Bác Hồ kêu gọi thi đua yêu nước\n\nThực hiện Thực hiện Chỉ thị số 22-CT/TW ngày "
               "23/01/2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào thi đua yêu nước, Ban Thi đua "
               "tỉnh xây dựng kế hoạch như sau:\n")
    assert {c.number: c.kind for c in doc.citations if c.number} == {"22-CT/TW": "implements"}


@pytest.mark.parametrize("connective, kind", [("Theo đó", "implements"), ("Đồng thời", "mention")])
def test_a_notices_connective_before_the_cue(read, connective, kind):
    """"Theo đó, thực hiện Công điện số 21/CĐ-TTg …, UBND thành phố yêu cầu …", a notice's account of the document: the
    dispatch is carried out (the connective had hidden the cue: only mentioned); not after "Đồng thời", which adds what
    else is to be done ("Đồng thời, triển khai Kế hoạch … đến toàn thể Nhân dân")."""
    doc = read("Thành phố chủ động ứng phó nắng nóng kéo dài\n\n"
               f"{connective}, thực hiện Công điện số 21/CĐ-TTg ngày 14/5/2027 của Thủ tướng Chính phủ về việc ứng phó "
               "nắng nóng, UBND thành phố yêu cầu các sở, ngành triển khai ngay các biện pháp.\n")
    assert {c.number: c.kind for c in doc.citations if c.number} == {"21/CĐ-TTg": kind}


def test_a_portals_headline_above_the_letterhead_is_no_related_document(read):
    """The page's own headline above the letterhead ("Kế hoạch triển khai Quyết định số 161/QĐ-TTg …", no bullet, no
    index) is no item of a related-documents list: what it carries out is not also "related"."""
    doc = read("Kế hoạch triển khai Quyết định số 161/QĐ-TTg về Chương trình hành động Cộng đồng ASEAN\n"
               "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 88/KH-UBND | Cà Mau, ngày 3 tháng 5 năm 2027 |\n"
               "KẾ HOẠCH\nTriển khai Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ\n")
    assert {c.kind for c in doc.citations if c.number == "161/QĐ-TTg"} == {"implements"}


def test_an_urgent_dispatch_carried_out(read):
    """"Thực hiện Công điện khẩn 08/CĐ-BNN …", "Công văn hỏa tốc số …": the urgency between type and number is part of
    the type phrase; the dispatch is carried out (it had been only mentioned)."""
    for phrase in ("Công điện khẩn 08/CĐ-BNN", "Công văn hỏa tốc số 08/BNN-TCLN"):
        doc = read("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\nSố: 1831/UBND-NN\nĐắk Nông, ngày 16 tháng 5 năm 2027\n\n"
                   f"Thực hiện {phrase} ngày 03 tháng 5 năm 2027 của Bộ Nông nghiệp và Môi trường về việc phòng cháy, "
                   "chữa cháy rừng, Ủy ban nhân dân tỉnh chỉ đạo như sau:\n")
        [c] = [c for c in doc.citations if c.number]
        assert (c.number, c.doc_type, c.kind) == (phrase.split()[-1], phrase.split()[0] + " " + phrase.split()[1],
                                                  "implements")


def test_a_number_glued_to_so_is_read():
    """"Chỉ thị số48-CT/TW", "Công văn số2079/UBND-QLĐTh" (a space lost in a portal's text): each is read (they had
    been no citation); "hệ số12/2020" names no document."""
    refs = find_references("Kế hoạch thực hiện Chỉ thị số48-CT/TW ngày 22/10/2010 của Bộ Chính trị và Công văn "
                           "số2079/UBND-QLĐTh ngày 17/3/2014; hệ số12/2020")
    assert [(r.number, r.doc_type) for r in refs] == [("48-CT/TW", "Chỉ thị"), ("2079/UBND-QLĐTh", "Công văn")]


def test_a_symbol_misprinted_past_reading_is_no_number():
    """"(Chương trình hành động số 89- CTtr/TU)": the symbol stops at its first letter, the next glued to it;
    "89-C" is no document (it had been cited); numbers around it are read."""
    refs = find_references("Chương trình hành động 89-CTr/TU ngày 25/02/2025 (Chương trình hành động số 89- CTtr/TU) "
                           "và Quyết định số 519/QĐ-T Tg ngày 3/4/2025")
    assert [r.number for r in refs] == ["89-CTr/TU", "519/QĐ-TTg"]


ISSUED_WITH_LETTER = """
    BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 2210/BXD-KHTC | Hà Nội, ngày 3 tháng 5 năm 2024 |
    V/v tổng kết công tác phát triển đô thị năm 2024
    Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
    Thực hiện Quy chế phối hợp phát triển đô thị (ban hành kèm theo Quyết định số 52/2022/QĐ-TTg ngày 4/4/2022 của Thủ tướng Chính phủ) và Chương trình công tác năm 2024 của Bộ (ban hành kèm theo Quyết định số 17/QĐ-BXD ngày 8/1/2024 của Bộ trưởng Bộ Xây dựng), Bộ Xây dựng đề nghị các địa phương báo cáo như sau:
    KẾ HOẠCH
    TỔNG KẾT CÔNG TÁC PHÁT TRIỂN ĐÔ THỊ
    (Ban hành kèm theo Công văn số 2210/BXD-KHTC ngày 3 tháng 5 năm 2024 của Bộ Xây dựng)
    """   # noqa: E501


def test_what_a_clause_carries_out_is_named_by_the_decision_it_was_issued_with(read):
    """"Thực hiện Quy chế … (ban hành kèm theo Quyết định số …)" in a sentence carries out that
    decision (it was dropped as if it were an annex's caption); an annex's own caption, on its line
    below the annex title, still names the document itself."""
    doc = read(ISSUED_WITH_LETTER)
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"52/2022/QĐ-TTg": "implements", "17/QĐ-BXD": "implements"}


LETTER_ABOUT_CARRYING_OUT = """
    BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 1234/BYT-KHTC | Hà Nội, ngày 12 tháng 5 năm 2027 |
    V/v thực hiện Nghị quyết số 154/NQ-CP
    Kính gửi: Các Sở Y tế.
    Bộ Y tế đề nghị các đơn vị:
    1. Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai Nghị quyết số 20/NQ-CP.
    """


@pytest.mark.parametrize("subject, kind", [
    ("V/v thực hiện Nghị quyết số 154/NQ-CP", "implements"),
    ("Về việc triển khai Nghị quyết số 154/NQ-CP", "implements"),
    ("V/v báo cáo kết quả thực hiện Nghị quyết số 154/NQ-CP", "mention"),
])
def test_a_letters_subject_says_what_it_carries_out(read, subject, kind):
    """A letter's subject "V/v thực hiện Nghị quyết số …" names what the letter carries out, as "Thực hiện …" opening
    a sentence does; a report on how it was carried out ("V/v báo cáo kết quả thực hiện …") only mentions it."""
    doc = read(LETTER_ABOUT_CARRYING_OUT.replace("V/v thực hiện Nghị quyết số 154/NQ-CP", subject))
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds["154/NQ-CP"] == kind


CONCLUSION_ABOUT_A_RESOLUTION = """
    THỦ TƯỚNG CHÍNH PHỦ
    Số: 2215/QĐ-TTg
    Hà Nội, ngày 24 tháng 12 năm 2020
    QUYẾT ĐỊNH
    BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 76-KL/TW NGÀY 04 THÁNG 6 NĂM 2020 CỦA BỘ CHÍNH TRỊ KHÓA XII VỀ VIỆC TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 33-NQ/TW NGÀY 09 THÁNG 6 NĂM 2014 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XI VỀ XÂY DỰNG VÀ PHÁT TRIỂN VĂN HÓA
    THỦ TƯỚNG CHÍNH PHỦ
    Thực hiện Quyết định số 12/QĐ-TTg ngày 2/1/2020 về công tác văn hóa và Kế hoạch số 5/KH-BVHTTDL ngày 3/1/2020;
    """   # noqa: E501


def test_what_a_carried_out_document_is_about_is_not_carried_out(read):
    """"… THỰC HIỆN KẾT LUẬN SỐ 76-KL/TW … VỀ VIỆC TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 33-NQ/TW …": the resolution is what
    the conclusion is about; a document joined by "và" after another's subject is still carried out."""
    doc = read(CONCLUSION_ABOUT_A_RESOLUTION)
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"76-KL/TW": "implements", "33-NQ/TW": "mention", "12/QĐ-TTg": "implements",
                     "5/KH-BVHTTDL": "implements"}
    # (without "về việc": "… CỦA BỘ CHÍNH TRỊ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 33-NQ/TW …"; it had been carried out)
    doc = read(CONCLUSION_ABOUT_A_RESOLUTION.replace("KHÓA XII VỀ VIỆC TIẾP TỤC", "TIẾP TỤC"))
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert (kinds["76-KL/TW"], kinds["33-NQ/TW"]) == ("implements", "mention")


ENFORCING_A_RESOLUTION = """
    THỦ TƯỚNG CHÍNH PHỦ
    Số: 131/QĐ-TTg
    Hà Nội, ngày 19 tháng 01 năm 2026
    QUYẾT ĐỊNH
    BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH NGHỊ QUYẾT SỐ 248/2025/QH15 CỦA QUỐC HỘI VỀ MỘT SỐ CHÍNH SÁCH ĐẶC THÙ
    THỦ TƯỚNG CHÍNH PHỦ
    Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật số 42/2013/QH13;
    """   # noqa: E501


def test_a_resolution_or_law_enforced_is_carried_out(read):
    """"TRIỂN KHAI THI HÀNH NGHỊ QUYẾT SỐ 248/2025/QH15": the plan carries it out; a decree "quy định chi tiết thi hành"
    a law details it, and the law stays a mention."""
    doc = read(ENFORCING_A_RESOLUTION)
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"248/2025/QH15": "implements", "64/2014/NĐ-CP": "based_on", "42/2013/QH13": "mention"}


PROGRAMME_NUMBERED_WITH_A_COLON = """
    ỦY BAN NHÂN DÂN
    TỈNH SÔNG MÂY
    Số: 512/QĐ-UBND
    Sông Mây, ngày 9 tháng 4 năm 2027
    QUYẾT ĐỊNH
    VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ: 31-CTR/TU CỦA TỈNH ỦY SÔNG MÂY THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG
    ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY
    Căn cứ Nghị quyết số: 45-NQ/TW ngày 9 tháng 1 năm 2027 của Ban Chấp hành Trung ương Đảng;
    """   # noqa: E501


def test_a_number_its_type_names_before_a_colon_is_not_the_documents_own(read):
    """"… CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ: 31-CTR/TU …" in a title: the programme the decision's plan carries out (the
    "SỐ:" had made it read as the document's own number cell, and it was dropped); the own number's "Số:" line is
    still no citation."""
    doc = read(PROGRAMME_NUMBERED_WITH_A_COLON)
    kinds = {c.number: c.kind for c in doc.citations if c.number}
    assert kinds == {"31-CTr/TU": "implements", "45-NQ/TW": "based_on"}
    assert doc.meta.number == "512/QĐ-UBND"


@pytest.mark.parametrize("clause, kinds", [
    # an instruction stated in no document, and documents carried out with it
    ("Thực hiện sự chỉ đạo của Chủ tịch UBND thành phố và Văn bản số 1201/UBND-KGVX ngày 24/3/2027 của UBND thành phố; "
     "Văn bản số 919/UBND-VP ngày 25/3/2027 của UBND quận, UBND phường thông báo các nội dung sau:",
     {"1201/UBND-KGVX": "implements", "919/UBND-VP": "implements"}),
    # a document the instruction is about is not carried out by this one
    ("Thực hiện chỉ đạo của UBND tỉnh về việc triển khai Quyết định số 45/QĐ-TTg và Văn bản số 1201/UBND-KGVX, UBND "
     "phường thông báo các nội dung sau:", {"45/QĐ-TTg": "mention", "1201/UBND-KGVX": "mention"}),
])
def test_documents_carried_out_with_an_instruction(read, clause, kinds):
    """"Thực hiện sự chỉ đạo của X và Văn bản số …": the documents named with the instruction are carried out (they
    had been read as mentions), not those the instruction is about."""
    doc = read(f"THÔNG BÁO\nVề việc tăng cường phòng, chống dịch bệnh\n{clause}\n1. Tạm dừng các lễ hội.\n")
    assert {c.number: c.kind for c in doc.citations if c.number} == kinds


@pytest.mark.parametrize("text, numbers", [
    # a space beside a code's ampersand, on one side (the number had ended at "KH")
    ("Theo đề nghị của Giám đốc Sở tại Tờ trình số 71/TTr-KH &ĐT ngày 22/7/2027;", ["71/TTr-KH&ĐT"]),
    ("Theo đề nghị của Giám đốc Sở tại Tờ trình số 71/TTr-NN& PTNT ngày 22/7/2027;", ["71/TTr-NN&PTNT"]),
    # spaced on both sides, between two documents: no code of one
    ("Thực hiện Quyết định số 12/QĐ-UBND & KH số 5/KH-UBND của UBND tỉnh;", ["12/QĐ-UBND", "5/KH-UBND"]),
    # before a type's abbreviation and its number: two documents
    ("Căn cứ QĐ 120/QĐ-UBND &KH 45/KH-UBND của UBND tỉnh;", ["120/QĐ-UBND", "45/KH-UBND"]),
    # a "ngày" glued after the code
    ("Căn cứ Thông tư liên tịch số 31/2027/TTLT-BCT-BKH &ĐTngày 10 tháng 10 năm 2027 của liên Bộ;",
     ["31/2027/TTLT-BCT-BKH&ĐT"]),
])
def test_a_space_beside_a_codes_ampersand(text, numbers):
    assert [r.number for r in find_references(text)] == numbers


ATTACHED_PLAN = """
    ỦY BAN NHÂN DÂN
    TỈNH SÔNG MÂY
    Số: 512/QĐ-UBND
    Sông Mây, ngày 9 tháng 4 năm 2027
    QUYẾT ĐỊNH
    Về việc ban hành Kế hoạch chuyển đổi số năm 2027
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số 60/KH-UBND thực hiện chuyển đổi số năm 2027.
    Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
    ỦY BAN NHÂN DÂN
    TỈNH SÔNG MÂY
    OWN_LINE
    I. MỤC ĐÍCH, YÊU CẦU
    """


@pytest.mark.parametrize("own_line", ["KẾ HOẠCH SỐ: 60/KH-UBND", "KẾ HOẠCH SỐ: 60/KH-UBND NGÀY 9/4/2027"])
def test_an_attached_plans_own_number_line_is_no_citation(read, own_line):
    """An attached plan's own line under its letterhead ("KẾ HOẠCH SỐ: 60/KH-UBND", its date after it or not) is its
    number cell: the decision that issues it mentions it once, in its article."""
    doc = read(ATTACHED_PLAN.replace("OWN_LINE", own_line))
    assert [c.number for c in doc.citations if c.number == "60/KH-UBND"] == ["60/KH-UBND"]


@pytest.mark.parametrize("clause", [
    "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh đối với đơn khiếu nại của bà Lê Thị Hoa và Quyết định số 1234/QĐ-UBND "
    "ngày 12/3/2027 của UBND huyện về việc thu hồi đất, UBND huyện báo cáo như sau:",
    "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh khi xem xét đề xuất của Sở Nội vụ và Tờ trình số 145/TTr-SNV ngày "
    "15/8/2027, Văn phòng UBND tỉnh thông báo ý kiến như sau:",
])
def test_documents_an_instruction_concerns_are_not_carried_out(read, clause):
    """What an instruction concerns ("đối với …", "khi xem xét …") is no document carried out with it."""
    doc = read(f"THÔNG BÁO\nVề việc giải quyết đơn\n{clause}\n1. Giữ nguyên quyết định.\n")
    assert [c.kind for c in doc.citations if c.number] == ["mention"]

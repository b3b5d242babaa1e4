"""The header reader (ingest/header.py) on small invented openings in the layouts portals use."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.header import canonical_number, read_header, symbol_type
from ingest.places import places


def header(text: str):
    return read_header(text.split("\n"))


def test_one_cell_per_line_with_broken_date_cell():
    h = header("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n|\nSố: 45/KH-UBND\n|\nLạng Sơn, ngày 12\ntháng 3 năm 2024\n|\n"
               "KẾ HOẠCH\nTĂNG CƯỜNG QUẢN LÝ CHỢ ĐẦU MỐI")
    assert (h.doc_type, h.number, h.date, h.jurisdiction) == ("Kế hoạch", "45/KH-UBND", dt.date(2024, 3, 12),
                                                              "Lạng Sơn")
    assert h.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert h.number_line == 9 and h.date_line == 11


def test_pipe_rows_do_not_swallow_the_date():
    h = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 57/KH-UBND | Quảng Trị, ngày 3 tháng 9 năm 2020 |\nThực hiện Quyết định số 1/QĐ-TTg ...")
    assert h.number == "57/KH-UBND"
    assert h.date == dt.date(2020, 9, 3)
    assert h.jurisdiction == "Quảng Trị"            # the letterhead had no place: the place-date line's
    assert h.issuer == "Ủy ban nhân dân tỉnh Quảng Trị"


@pytest.mark.parametrize("number, issuer", [
    ("57/KH-UBND", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("2302/UBND-KTTH", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("145/2000/QĐ-UB", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    # a body's under the committee, its line of the letterhead cut: the department whose name's initials its code is
    # (Nghị định 30/2020/NĐ-CP, Phụ lục I: a body's code abbreviates its name), else which body the page does not say
    ("1557/SGDĐT-GDPT", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"),
    ("12/KH-SYT", "Sở Y tế thành phố Hồ Chí Minh"),
    ("35/SGD&ĐT-VP", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"),
    ("12/SNV-CCVC", None),                      # Nội vụ or Ngoại vụ: the same initials
    ("12/SNgV-LS", None),                       # no department's initials
    ("88/TB-VPUBND", None),
])
def test_a_cut_letterhead_names_the_committee_only_under_its_number(number, issuer):
    """"ỦY BAN NHÂN DÂN |" alone (a portal printing each cell's first line): the committee of the place-date line's
    place when the number is the committee's; a department's number ("SGDĐT") is a letter of the department under it,
    named when its code is its name's initials (none had been: the cut letterhead does not name it)."""
    h = header(f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               f"Số: {number} | Thành phố Hồ Chí Minh, ngày 19 tháng 8 năm 2025 |\nKính gửi: Hiệu trưởng các trường")
    assert (h.jurisdiction, h.issuer) == ("Hồ Chí Minh", issuer)


@pytest.mark.parametrize("enacting, issuer, place", [
    ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "Ủy ban nhân dân tỉnh Đồng Tháp", "Đồng Tháp"),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "Ủy ban nhân dân tỉnh Đồng Tháp", "Đồng Tháp"),
    # its province's word alone: the province of the place-date line's town, its seat
    ("ỦY BAN NHÂN DÂN TỈNH", "Ủy ban nhân dân tỉnh Đồng Tháp", "Đồng Tháp"),
    # no enacting line: the place-date line's town, as before
    ("", "Ủy ban nhân dân thành phố Cao Lãnh", "Cao Lãnh"),
])
def test_a_cut_letterhead_over_a_decisions_enacting_line(enacting, issuer, place):
    """"ỦY BAN NHÂN DÂN |" alone over "Thị xã Cao Lãnh, ngày …", the province's seat, and a decision whose enacting line
    names "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" over its preamble: the province's committee (the town's had been read)."""
    h = header("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 93/2005/QĐ-UBND |\n"
               "Thị xã Cao Lãnh, ngày 27 tháng 09 năm 2005 |\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP HOẠT ĐỘNG "
               "GIỮA CÁC LỰC LƯỢNG TẠI CỬA KHẨU QUỐC TẾ THƯỜNG PHƯỚC, TỈNH ĐỒNG THÁP\n"
               f"{enacting}\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n")
    assert (h.issuer, h.jurisdiction) == (issuer, place)


@pytest.mark.parametrize("enacting", ["HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG\nKHÓA IX, KỲ HỌP THỨ 4",
                                      "HỘI ĐỒNG NHÂN DÂN TỈNH\nKHOÁ IX - KỲ HỌP THỨ NĂM"])
def test_a_cut_letterhead_over_a_councils_enacting_line_and_its_term(enacting):
    """"HỘI ĐỒNG NHÂN DÂN |" over "Thủ Dầu Một, ngày …" (the province's seat) and a resolution whose enacting line names
    the province's council, its term and session on the next line: the province's council (the town's had been read)."""
    h = header("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2017/NQ-HĐND | Thủ Dầu Một, ngày 13 "
               "tháng 7 năm 2017 |\nNGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2016 - 2020 "
               "VÀ DANH MỤC CÁC DỰ ÁN TRỌNG ĐIỂM CỦA TỈNH SỬ DỤNG VỐN NGÂN SÁCH TẬP TRUNG, VỐN XỔ SỐ KIẾN THIẾT "
               f"VÀ VỐN HỖ TRỢ CÓ MỤC TIÊU TỪ NGÂN SÁCH TRUNG ƯƠNG\n{enacting}\nCăn cứ Luật Tổ chức chính quyền;\n")
    assert (h.issuer, h.jurisdiction) == ("Hội đồng nhân dân tỉnh Bình Dương", "Bình Dương")


@pytest.mark.parametrize("place_lines, place", [
    ("Đắk\nLắk, ngày 11 tháng 6 năm 2019", "Đắk Lắk"),
    ("Thái Bình, ngày 15\ntháng 4 năm 2022", "Thái Bình"),
    ("Thừa Thiên\nHuế, ngày 2 tháng 5 năm 2019", "Huế"),
])
def test_place_date_cells_broken_over_lines(place_lines, place):
    h = header(f"ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 902/QĐ-UBND |\n{place_lines}\n"
               "QUYẾT ĐỊNH\nVề việc ...")
    assert h.number == "902/QĐ-UBND" and h.doc_type == "Quyết định"
    assert h.date is not None and h.jurisdiction == place


def test_literal_crlf_sequences():
    h = header("\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
               "\\r\\n Số: 61/KH-UBND \\r\\n | \\r\\n Sơn La, ngày 14 tháng 4 năm 2021 \\r\\n |")
    assert (h.number, h.date, h.jurisdiction, h.doc_type) == ("61/KH-UBND", dt.date(2021, 4, 14), "Sơn La",
                                                              "Kế hoạch")


def test_whole_header_on_one_line_with_glued_symbol():
    h = header("Tải về\n  1. BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   "
               "Số: 512/QĐBYT Hà Nội, ngày 9 tháng 2 năm 2021    QUYẾT ĐỊNH VỀ VIỆC ...")
    assert h.number == "512/QĐ-BYT"
    assert h.doc_type == "Quyết định"
    assert (h.jurisdiction, h.issuer) == ("Việt Nam", "Bộ Y tế")
    assert h.date == dt.date(2021, 2, 9)


def test_portal_boilerplate_and_metadata_table_before_the_letterhead():
    h = header("Để dùng đầy đủ các tính năng, Quý khách vui lòng đăng nhập.\n"
               "Kế hoạch 15/KH-UBND năm 2022 về phát triển du lịch tỉnh Phú Thọ\n"
               "| Số hiệu | 15/KH-UBND |\n| Ngày ban hành | 20/01/2022 |\n| Loại văn bản | Văn bản khác |\n"
               "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Số: 15/KH-UBND\nPhú Thọ, ngày 20 tháng 01 năm 2022\nKẾ HOẠCH")
    assert (h.number, h.date, h.jurisdiction, h.doc_type) == ("15/KH-UBND", dt.date(2022, 1, 20), "Phú Thọ",
                                                              "Kế hoạch")


def test_a_print_stamp_is_not_the_date():
    h = header("Hà Nội, ngày 07 tháng 03 năm 2020\n    Thực hiện Chương trình hành động số 5-CTr/TU ..., "
               "ngày 20/4/2012, Ủy ban nhân dân huyện ban hành Kế hoạch số 9/KH-UBND về công tác dân vận "
               "trên địa bàn huyện Sóc Sơn.")
    assert h.date is None
    assert h.number == "9/KH-UBND"
    assert (h.jurisdiction, h.province) == ("Sóc Sơn", "Hà Nội")


def test_a_boards_duty_is_no_document_it_drew_up():
    """"Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh xây dựng kế hoạch …" says what the board is for: it names no plan the
    page is and no issuer ("Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh" had been the issuer of an unnumbered plan)."""
    h = header("Thành lập Ban Chỉ đạo phòng, chống dịch\n\nNgày 29/1, UBND tỉnh ban Quyết định số 320/QĐ-UBND về việc "
               "thành lập Ban Chỉ đạo.\n\nTheo đó, Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh xây dựng kế hoạch, chỉ đạo "
               "các sở triển khai thực hiện.\n")
    assert (h.doc_type, h.issuer) == (None, None)


def test_a_departments_letter_coded_tt_is_no_circular():
    """Cục Trồng trọt prints "TT" where a circular's type code stands ("Số: 83/TT-CLT"); under a "V/v" line, with no
    year in the number that a circular's carries, it is an official letter. A circular stays one."""
    h = header("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nCỤC TRỒNG TRỌT\n--------\n\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
               "Số: 57/TT-CLT\nV/v chỉ đạo gieo cấy lúa vụ Mùa 2024\n\n"
               "Hà Nội, ngày 12 tháng 6 năm 2024\n\nKính gửi: Sở Nông nghiệp và PTNT các tỉnh phía Bắc")
    assert (h.number, h.doc_type, h.date) == ("57/TT-CLT", "Công văn", dt.date(2024, 6, 12))
    h = header("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 07/2024/TT-BNNPTNT\n\n"
               "Hà Nội, ngày 12 tháng 6 năm 2024\n\nQuy định về quản lý giống cây trồng (V/v thay thế Phụ lục)")
    assert (h.number, h.doc_type) == ("07/2024/TT-BNNPTNT", "Thông tư")


def test_official_letter_and_department_under_a_province():
    h = header("UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc "
               "Số : 310 /SYT-NVY Phan Thiết, ngày 4 tháng 5 năm 2016 V/v tăng cường phòng chống dịch")
    assert h.number == "310/SYT-NVY"
    assert h.doc_type == "Công văn"
    assert h.jurisdiction == "Bình Thuận"
    assert h.issuer == "Sở Y tế tỉnh Bình Thuận"


def test_district_issuer_gives_its_province():
    h = header("ỦY BAN NHÂN DÂN\nHUYỆN CÔN ĐẢO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Số: 88/KH-UBND\nCôn Đảo, ngày 5 tháng 5 năm 2021\nKẾ HOẠCH")
    assert (h.jurisdiction, h.jurisdiction_kind, h.province) == ("Côn Đảo", "huyện", "Bà Rịa - Vũng Tàu")


def test_national_bodies():
    h = header("THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 155/QĐ-TTg\n"
               "Hà Nội, ngày 20 tháng 01 năm 2026\nQUYẾT ĐỊNH")
    assert (h.issuer, h.jurisdiction, h.number) == ("Thủ tướng Chính phủ", "Việt Nam", "155/QĐ-TTg")
    h = header("CHÍNH\nPHỦ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n12/NQ-CP\n|\nHà\n"
               "Nội, ngày 3 tháng 2 năm 2020\n|\nNGHỊ QUYẾT")
    assert (h.issuer, h.jurisdiction, h.number, h.doc_type) == ("Chính phủ", "Việt Nam", "12/NQ-CP", "Nghị quyết")
    assert h.date == dt.date(2020, 2, 3)


def test_blank_number_and_date():
    h = header("ỦY BAN NHÂN DÂN\nPHƯỜNG HẢI DƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: /KH-UBND\n"
               "Hải Dương, ngày tháng năm 2026\nKẾ HOẠCH")
    assert h.number is None and h.number_blank
    assert h.date is None and h.date_blank
    assert h.doc_type == "Kế hoạch"


def test_letters_without_accents_are_still_read():
    h = header("UBND TNH NINH BNH CNG HO X HI CH NGHA VIT NAM\nS VN HO TH THAO V DU LCH c lp - T do\n"
               "S: 05 /HD-SVHTTDL Ninh Bnh, ngay 20 thang 02 nm 2018\nHNG DN")
    assert (h.number, h.doc_type, h.date, h.jurisdiction) == ("05/HD-SVHTTDL", "Hướng dẫn", dt.date(2018, 2, 20),
                                                              "Ninh Bình")


def test_news_page_about_the_document():
    h = header("Tin chỉ đạo điều hành\nThực hiện Hướng dẫn số 3-HD/HU ngày 1/3/2022 của Huyện ủy; Ủy ban nhân dân "
               "huyện Côn Đảo chỉ đạo như sau:\n1. Phòng Văn hóa chủ trì ...\n(Nguồn: Từ Công văn số 77/UBND-VP "
               "ngày 2/3/2022)")
    assert (h.number, h.doc_type, h.date) == ("77/UBND-VP", "Công văn", None)
    assert h.province == "Bà Rịa - Vũng Tàu"


def test_a_symbols_last_code_pushed_onto_a_line_of_its_own():
    """A letterhead whose columns interleave cell by cell: "Số: 255 / BC-BCĐPCGD-" / "Nga Sơn, ngày …" / "XMC". The code
    alone after the line that ends in a hyphen is the symbol's last (the number had been "255/BC-BCĐPCGD")."""
    text = ("UBND HUYỆN NGA SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN CHỈ ĐẠO PCGD, XMC\n\nĐộc lập – Tự do – "
            "Hạnh phúc\n\nSố: 255 / BC-BCĐPCGD-\n\nNga Sơn, ngày 13 tháng 11 năm 2027\n\n{}\n\nBÁO CÁO\nTÌNH HÌNH "
            "THỰC HIỆN\n")
    assert header(text.format("XMC")).number == "255/BC-BCĐPCGD-XMC"
    assert header(text.format("Kính gửi: Sở Giáo dục")).number == "255/BC-BCĐPCGD"


def test_the_letter_a_portal_reproduces_named_on_its_last_line():
    """"(Theo Công văn số 6202/UBND-KT, ngày 23/11/2027)" closing a portal's answer that reproduces part of a letter:
    that letter's number and type (it had been of no number); the same bracket within the text cites another."""
    text = ("UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị liên quan "
            "nghiên cứu, đề xuất UBND tỉnh xem xét; hoàn thành trước ngày 10/12/2027./.\n")
    h = header(text + "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2027)\n")
    assert (h.number, h.doc_type, h.date) == ("6202/UBND-KT", "Công văn", None)
    assert header("(Theo Công văn số 6202/UBND-KT, ngày 23/11/2027)\n" + text).number is None
    # "số" left out: "(Theo Công văn 815/UBND-KT ngày 4/3/2027)"
    h = header(text + "(Theo Công văn 815/UBND-KT ngày 4/3/2027)\n")
    assert (h.number, h.doc_type) == ("815/UBND-KT", "Công văn")


@pytest.mark.parametrize("page", [
    "menu tìm kiếm\nĐóng menu\nĐóng\n\nGóp ý dự thảo báo cáo về công tác dân tộc năm 2026\n\n09:15 12/04/2027\n\n"
    "Công văn số: 1874/VPCP-QHĐP về việc góp ý dự thảo báo cáo về công tác dân tộc năm 2026.\n\n"
    "Về đề nghị của Ủy ban Dân tộc tại Công văn số 402/UBDT-CSDT ngày 2/4/2027, Phó Thủ tướng có ý kiến như sau:\n",
    "Liên hệ Trung tâm\n\nCông văn 1874/VPCP-QHĐP góp ý dự thảo báo cáo về công tác dân tộc\n\nCập nhật: "
    "12/04/2027 09:15\n\nTheo đề nghị của Ủy ban Dân tộc, Văn phòng Chính phủ có văn bản gửi các bộ.\n",
])
def test_a_portal_line_naming_the_letter_it_reproduces(page):
    """A line among the page's first naming a letter, its number and its subject ("Công văn số: 1874/VPCP-QHĐP về
    việc …", "Công văn 1874/VPCP-QHĐP góp ý …") under a site's lines: the page is that letter, its type stated on that
    line (the page had no number and no type, and was refused when it cited nothing)."""
    h = header(page)
    assert (h.number, h.doc_type, h.number_line) == ("1874/VPCP-QHĐP", "Công văn", page.split("\n").index(
        next(x for x in page.split("\n") if x.startswith("Công văn"))) + 1)
    assert h.doc_type_line is not None


@pytest.mark.parametrize("page", [
    # a sentence opening with a letter it cites, then the plan it reports
    "Tin tức\n\nCông văn số 2345/SYT-NVY ngày 05/7/2027 của Sở Y tế đề nghị các đơn vị tăng cường phòng dịch.\n",
    # a portal's list of related documents above the article
    "Văn bản liên quan:\nCông văn 2345/SYT-NVY về việc tăng cường phòng dịch\n\nSở Y tế hướng dẫn các đơn vị "
    "phòng dịch sốt xuất huyết.\n",
])
def test_a_letter_the_page_names_is_not_the_page(page):
    assert header(page).number != "2345/SYT-NVY"


def test_a_letter_named_under_the_pages_own_heading_is_not_its_own():
    """Under a heading of the page's type ("KẾ HOẠCH", "Kế hoạch phòng, chống …") a line opening with a letter's number
    names a letter the plan goes by, not the page."""
    for heading in ("KẾ HOẠCH\nPhòng, chống dịch bệnh mùa mưa năm 2027", "Kế hoạch phòng, chống dịch bệnh mùa mưa"):
        h = header(f"{heading}\n\nCông văn số 12/SYT về việc phòng, chống dịch đã được gửi các đơn vị.\n\n"
                   "1. Sở Y tế chủ trì tổ chức kiểm tra.\n")
        assert (h.number, h.doc_type) == (None, "Kế hoạch")


@pytest.mark.parametrize("printed, canonical", [
    ("1642 /SGDĐT-KHTC", "1642/SGDĐT-KHTC"), ("4218/QĐBGDĐT", "4218/QĐ-BGDĐT"), ("12/CT-TTG", "12/CT-TTg"),
    ("07-CTR/TU", "07-CTr/TU"), ("27/2020/QĐ-UBND", "27/2020/QĐ-UBND"), ("1384/QĐUBND", "1384/QĐ-UBND"),
    ("52/2024/UBTVQH15", "52/2024/UBTVQH15"), ("61-KL/TW", "61-KL/TW"),
    # a code of its own in a symbol with its hyphen, as citations read it; a party number's space
    ("01/QCPH/UBND-UBMTTQ", "01/QCPH/UBND-UBMTTQ"), ("298 KH/TWĐTN", "298-KH/TWĐTN"),
    # the Prime Minister's code glued to the type's, its hyphen lost in PDF text
    ("06/QĐTTg", "06/QĐ-TTg"),
    # a dot for the hyphen
    ("12/CĐ.UBND", "12/CĐ-UBND"),
])
def test_canonical_numbers(printed, canonical):
    assert canonical_number(printed) == canonical


@pytest.mark.parametrize("number, doc_type", [
    ("41/CTr-UBND", "Chương trình"), ("09/CT-CTUBND", "Chỉ thị"), ("61-KL/TW", "Kết luận"),
    ("7315/BGTVT-VP", None), ("05/HD-SVHTTDL", "Hướng dẫn"), ("14/2023/NQ-HĐND", "Nghị quyết"),
])
def test_symbol_types(number, doc_type):
    assert symbol_type(number) == doc_type


def test_places_are_checked_against_the_official_lists():
    p = places()
    assert p.province("TỈNH BẮC KẠN").name == "Bắc Kạn"          # pre-2025 province
    assert p.province("Gia Lia") is None                         # a misprint is not a place
    assert p.province_of("Phan Thiết") == "Bình Thuận"           # a pre-2025 provincial city
    # a district whose name is a province's but for its diacritics: "Quang Bình" of Hà Giang, not Quảng Bình
    assert (p.province_of("Quang Bình"), p.province_of("Quảng Bình"), p.province_of("Quang Binh")) == \
        ("Hà Giang", "Quảng Bình", "Quảng Bình")
    assert p.province_damaged("Ninh Bnh").name == "Ninh Bình"
    assert p.province_damaged("HỘI AN") is None                  # whole syllables: no damage, not Hà Nội
    assert p.province("Sở") is None
    # a province's name run on into the next words: the longest first words that are one
    assert p.province_prefix("Quảng Ngãi Đến năm 2025").name == "Quảng Ngãi"
    assert p.province_prefix("HÀ TĨNH CỘNG HÒA").name == "Hà Tĩnh"
    assert p.province_prefix("Long Hải Ngô Thanh Phúc") is None    # a commune's, no province's


def test_a_district_dissolved_before_the_lists_is_still_placed():
    """Hồ Chí Minh City's Quận 2 and Quận 9 (thành phố Thủ Đức since 2021) are in no list; a 2008 resolution of Quận 2's
    council is Hồ Chí Minh City's."""
    assert (places().province_of("Quận 2"), places().province_of("Quận 9")) == ("Hồ Chí Minh", "Hồ Chí Minh")
    h = header("HỘI\nĐỒNG NHÂN DÂN QUẬN 2 |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 07/2009/NQ-HĐND |\n"
               "Quận 2, ngày 12 tháng 01 năm 2009 |\nVỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2009\n")
    assert (h.jurisdiction, h.jurisdiction_kind, h.province) == ("2", "quận", "Hồ Chí Minh")


def test_a_city_whose_consonants_are_a_provinces_is_that_city():
    # "HỘI AN" has the consonants of Hà Nội; it is Quảng Nam's city, not damaged text
    h = header("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM THÀNH PHỐ HỘI AN Độc lập - Tự do - Hạnh phúc "
               "Số: 94 /KH-UBND Hội An, ngày 28 tháng 7 năm 2015 KẾ HOẠCH Phòng, chống thiên tai năm 2015")
    assert (h.jurisdiction, h.province, h.issuer) == ("Hội An", "Quảng Nam", "Ủy ban nhân dân thành phố Hội An")


def test_old_gazette_run_in_title():
    h = header("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 22/2003/CT-TTG\nNGÀY 3 THÁNG 10 NĂM 2003 VỀ VIỆC TĂNG CƯỜNG ...\n"
               "Thực hiện Nghị quyết của Quốc hội ...")
    assert (h.doc_type, h.number, h.jurisdiction, h.date) == ("Chỉ thị", "22/2003/CT-TTg", "Việt Nam", None)


def test_an_old_gazette_title_of_a_minister_names_the_ministry():
    """"QUYẾT ĐỊNH / CỦA BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG / SỐ 02/2027/QĐ-BTNMT …": the ministry's (it had been
    "Bộ Trưởng bộ tài nguyên và Môi trường")."""
    h = header("Văn bản pháp luật\n\nQuyết định 02/2027/QĐ-BTNMT của Bộ Tài nguyên và Môi trường về việc ban hành Quy "
               "định về tài liệu khoáng sản\n\nQUYẾT ĐỊNH\n\nCỦA BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
               "SỐ 02/2027/QĐ-BTNMT NGÀY 27 THÁNG 01 NĂM 2027 BAN HÀNH\nQUY ĐỊNH VỀ TÀI LIỆU KHOÁNG SẢN\n\n"
               "Căn cứ Nghị định …\n")
    assert (h.number, h.issuer, h.jurisdiction) == ("02/2027/QĐ-BTNMT", "Bộ Tài nguyên và Môi trường", "Việt Nam")


def test_a_letter_cut_before_its_number_is_still_a_letter():
    h = header("Kính\ngửi:\n|\n- Các bộ, cơ quan ngang bộ;\n|\nNgày 2/3/2021, Thủ tướng Chính phủ\n"
               "đã ban hành Quyết định số 88/QĐ-TTg phê duyệt Chương trình ...")
    assert h.doc_type == "Công văn"
    assert h.number is None           # "đã ban hành Quyết định số 88/QĐ-TTg" is another, earlier document


def test_numbered_urban_district_in_the_place_date_line():
    h = header("ỦY BAN NHÂN DÂN QUẬN 3 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 14/BC-UBND | Quận 3, ngày 5 tháng 4 năm 2019 |\nBÁO CÁO")
    assert (h.doc_type, h.date, h.province) == ("Báo cáo", dt.date(2019, 4, 5), "Hồ Chí Minh")


@pytest.mark.parametrize("letterhead", ["Chính phủ Số: 31/NQ-CP |", "ỦY\nBAN QUỐC GIA\nVỀ PHÒNG CHỐNG THIÊN TAI\n"
                                        "-------\n|\nSố:\n12/QĐ-UBQG"])
def test_national_bodies_written_otherwise(letterhead):
    h = header(letterhead + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nHà Nội, ngày 10 tháng 1 năm 2022 |\nQUYẾT ĐỊNH")
    assert h.jurisdiction == "Việt Nam"


@pytest.mark.parametrize("left, right, issuer", [
    ("BỘ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BỘ LAO ĐỘNG –", "THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động – Thương binh và Xã hội"),
    ("BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch"),
])
def test_two_column_letterhead_flattened_onto_one_line(left, right, issuer):
    """The ministry's name cut by the motto's first line goes on after it (PDF text, document
    sites' "Nội dung Text"): the whole name, not the words before the motto."""
    h = header(f"  1. {left} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM {right} Độc lập – Tự do – Hạnh phúc ******* "
               "******* Số: 41/KH-BXX Hà Nội, ngày 9 tháng 11 năm 2023 KẾ HOẠCH TẬP HUẤN CÁN BỘ NĂM 2024 "
               "Căn cứ Nghị định số 12/2022/NĐ-CP ngày 3 tháng 2 năm 2022 của Chính phủ;")
    assert h.issuer == issuer
    assert (h.doc_type, h.number, h.date, h.jurisdiction) == ("Kế hoạch", "41/KH-BXX", dt.date(2023, 11, 9),
                                                              "Việt Nam")


def test_a_ministrys_name_with_a_hyphen_inside_a_word():
    # "LAO ĐỘNG-THƯƠNG BINH" as some letterheads print it, the word "BỘ" on a line of its own
    h = header("BỘ\nLAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n"
               "17/BC-BLĐTBXH\n|\nHà\nNội, ngày 3 tháng 02 năm 2012\n|\nBÁO CÁO\nKẾT QUẢ TẬP HUẤN")
    assert (h.issuer, h.jurisdiction) == ("Bộ Lao động - Thương binh và Xã hội", "Việt Nam")


def test_a_ministry_on_its_own_line_is_not_extended():
    h = header("BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 7/KH-BYT\nHà Nội, ngày 2 tháng 3 năm 2021\nKẾ HOẠCH")
    assert h.issuer == "Bộ Y tế"


def test_a_metadata_row_naming_the_prime_minister_is_not_the_government():
    """A portal's metadata table above a letterhead broken over lines ("THỦ TƯỚNG CHÍNH" / "PHỦ |")."""
    h = header("| Số hiệu | 42/QĐ-TTg |\n| Cơ quan ban hành | Thủ tướng Chính phủ |\n|\nTHỦ TƯỚNG CHÍNH\nPHỦ |\n"
               "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 42/QĐ-TTg |\nHà Nội, ngày 9 tháng 1 năm 2026 |\n"
               "QUYẾT ĐỊNH")
    assert (h.issuer, h.jurisdiction, h.number) == ("Thủ tướng Chính phủ", "Việt Nam", "42/QĐ-TTg")


@pytest.mark.parametrize("motto", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
def test_a_letterhead_table_pairing_the_body_with_the_motto_row_by_row(motto):
    """The body's first line and the motto's in one row, its unit and "Độc lập" in the next: the
    unit is the body's (a commune portal's layout, the motto once misspelt "HÕA")."""
    h = header(f"ỦY BAN NHÂN DÂN | {motto} |\nXÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |\n"
               "Số: 36 /KH - UBND |\nXuân Tín, ngày 07 tháng 5 năm 2025 |\nKẾ HOẠCH\nPhòng, chống thiên tai")
    assert (h.jurisdiction, h.jurisdiction_kind, h.province) == ("Xuân Tín", "xã", "Thanh Hóa")
    assert h.issuer == "Ủy ban nhân dân xã Xuân Tín" and h.issuer_line == 1


@pytest.mark.parametrize("text", [
    # the inspectorate's fields on one line with the signer's, before a letterhead broken over two lines
    "Số hiệu: 07/2027/TT-TTCP Loại văn bản: Thông tư\nNơi ban hành: Thanh tra Chính phủ Người ký: Nguyễn Văn B\n"
    "Ngày ban hành: 08/04/2027 Ngày hiệu lực: Đã biết\n\nNgày 08/4/2027, Tổng Thanh tra Chính phủ ban hành Thông tư "
    "07/2027/TT-TTCP quy định về kế hoạch thanh tra.\n",
    "Số hiệu | 07/2027/TT-TTCP |\nLoại văn bản | Thông tư |\nCơ quan ban hành | Thanh tra Chính phủ |\nTHANH\n"
    "TRA CHÍNH PHỦ |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 07/2027/TT-TTCP |\n"
    "Hà Nội, ngày 08 tháng 4 năm 2027 |\n"
    "HƯỚNG DẪN VIỆC XÂY DỰNG KẾ HOẠCH THANH TRA\n",
])
def test_a_portal_row_naming_the_inspectorate_is_not_the_government(text):
    h = header(text)
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Thông tư", "07/2027/TT-TTCP", "Thanh tra Chính phủ",
                                                                "Việt Nam")


@pytest.mark.parametrize("body", ["Kiểm toán Nhà nước", "Ngân hàng Nhà nước", "Bảo hiểm xã hội Việt Nam",
                                  "Văn phòng Chính phủ",
                                  # a central body's regional branch
                                  "Kho bạc Nhà nước khu vực XII", "Ngân hàng Nhà nước Chi nhánh Khu vực 5"])
def test_a_portals_field_naming_a_central_body_besides_the_ministries(body):
    h = header(f"Số hiệu: 12/KH-ABC Loại văn bản: Kế hoạch\nNơi ban hành: {body} Người ký: Nguyễn Văn E\n"
               "Ngày ban hành: 08/04/2027 Ngày hiệu lực: Đã biết\n")
    assert (h.issuer, h.jurisdiction, h.issuer_kind) == (body, "Việt Nam", "national")


@pytest.mark.parametrize("text", [
    # its letterhead over two lines, Hà Nội on the place-date line
    "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n\nSố: 71/KH-TLĐ\n\nHà Nội, ngày 15 tháng 10 năm 2027\n\nKẾ HOẠCH\n\nTỔ CHỨC CHĂM LO TẾT\n",
    # its first line only, as a portal reading the cells by row leaves it
    "TỔNG LIÊN ĐOÀN LAO ĐỘNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 71/KH-TLĐ | Hà Nội, ngày 07 tháng 02 năm "
    "2027 |\n",
    # a portal's fields, the confederation in lower case
    "Số hiệu: 71/KH-TLĐ Loại văn bản: Kế hoạch\nNơi ban hành: Tổng liên đoàn Lao động Việt Nam Người ký: Nguyễn Văn C\n"
    "Ngày ban hành: 15/10/2027 Ngày hiệu lực: Đã biết\n",
])
def test_the_national_labour_confederation_is_national(text):
    h = header(text)
    assert (h.number, h.jurisdiction) == ("71/KH-TLĐ", "Việt Nam")
    assert h.issuer.lower() == "tổng liên đoàn lao động việt nam"


def test_a_portal_row_naming_the_government_office_is_not_the_government():
    h = header("Số hiệu: | 31/TB-VPCP | Loại văn bản: | Thông báo |\nNơi ban hành: | Văn phòng Chính phủ | "
               "Người ký: | Nguyễn Văn A |\nVĂN PHÒNG CHÍNH PHỦ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 31/TB-VPCP |\nHà Nội, ngày 22 tháng 02 năm 1999 |\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG")
    assert (h.issuer, h.jurisdiction, h.doc_type) == ("Văn phòng Chính phủ", "Việt Nam", "Thông báo")


@pytest.mark.parametrize("doc_type", ["Luật", "Pháp lệnh"])
def test_a_portals_type_field_naming_a_law_or_ordinance_is_its_type(doc_type):
    """A law's page prints no type line and its number no type code ("27/2027/QH15"): the portal's "Loại văn bản"
    names it (it had been left without a type, and read as a plan)."""
    h = header(f"Chương III {doc_type} phòng cháy chữa cháy 2027: Chữa cháy\nSố hiệu: | 27/2027/QH15 | Loại văn bản: | "
               f"{doc_type} |\nNơi ban hành: | Quốc hội | Người ký: | Nguyễn Văn A |\n")
    assert (h.doc_type, h.number, h.issuer) == (doc_type, "27/2027/QH15", "Quốc hội")


LAW_OPENING = ("QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
               "Số: 31/2027/QH15\nHà Nội, ngày 20 tháng 11 năm 2027\n\n{type}\n{title}\n\n"
               "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")


@pytest.mark.parametrize("type_line, doc_type", [("LUẬT", "Luật"), ("PHÁP LỆNH", "Pháp lệnh")])
def test_a_law_or_ordinance_type_line_is_its_type(type_line, doc_type):
    """A law's type line under a number whose symbol names no type ("Số: 31/2027/QH15" / "LUẬT" / "PHÁP CHẾ THỦY
    SẢN"): a law, where it had been an official letter (and with no number, a consolidated law's page had been read
    from a type word further down)."""
    h = header(LAW_OPENING.format(type=type_line, title="PHÁP CHẾ THỦY SẢN"))
    assert (h.doc_type, h.number, h.issuer) == (doc_type, "31/2027/QH15", "Quốc hội")
    # the National Assembly's office issues a law's consolidated text: its letterhead, and the law's type line
    h = header(LAW_OPENING.format(type=type_line, title="PHÁP CHẾ THỦY SẢN")
               .replace("QUỐC HỘI\n", "VĂN PHÒNG QUỐC HỘI\n").replace("31/2027/QH15", "07/VBHN-VPQH"))
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, "07/VBHN-VPQH", "Văn phòng Quốc hội",
                                                                 "Việt Nam")
    # a consolidated text as a portal prints it, without number or date: the type line, not the first chapter's
    # "NHỮNG QUY ĐỊNH CHUNG" (it had been a Quy định)
    h = header(LAW_OPENING.format(type=type_line, title="PHÁP CHẾ THỦY SẢN\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG")
               .replace("Số: 31/2027/QH15\nHà Nội, ngày 20 tháng 11 năm 2027\n", ""))
    assert h.doc_type == doc_type


@pytest.mark.parametrize("line, doc_type, number", [
    ("LUẬT NGƯỜI CAO TUỔI SỐ 39/2027/QH15 NGÀY 23 THÁNG 11 NĂM 2027", "Luật", "39/2027/QH15"),
    ("PHÁP LỆNH CHI PHÍ TỐ TỤNG SỐ 02/2027/UBTVQH15", "Pháp lệnh", "02/2027/UBTVQH15"),
    ("TÀI LIỆU GIỚI THIỆU LUẬT NGƯỜI CAO TUỔI SỐ 39/2027/QH15", None, None),   # a law a title names
])
def test_an_old_gazette_laws_title_line(line, doc_type, number):
    """An old Gazette law titled by its name and number on the page's first line: a law (it had been read as a plan
    citing itself)."""
    h = header(f"{line}\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    assert (h.doc_type, h.number) == (doc_type, number)


@pytest.mark.parametrize("letterhead, title", [
    ("BỘ TƯ PHÁP", "TÀI LIỆU GIỚI THIỆU\nNHỮNG ĐIỂM MỚI CỦA LUẬT THỦY SẢN"),     # a law a title names
    ("ĐOÀN LUẬT SƯ TỈNH KON TUM", "TÀI LIỆU BỒI DƯỠNG\nnghiệp vụ năm 2027"),  # the bar association's letterhead
])
def test_a_law_named_in_a_title_or_a_letterhead_is_no_type_line(letterhead, title):
    """With no number and no place-date line, a type word is looked for anywhere under a letterhead: "LUẬT" after a
    title's word, or a lawyer's ("LUẬT SƯ"), is none."""
    h = header(f"{letterhead}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               f"---------------\n\n{title}\n\nLuật Thủy sản được Quốc hội thông qua.\n")
    assert h.letterhead and h.doc_type is None


def test_a_number_without_a_type_code_takes_the_portals_type_when_nothing_says_letter():
    opening = ("Số hiệu: 43-TTg Loại văn bản: Chỉ thị\nNơi ban hành: Thủ tướng Chính phủ Người ký: Nguyễn Văn A\n\n"
               "Độc lập - Tự do - Hạnh phúc\n\nSố: 43-TTg\n\nHà Nội, ngày 22 tháng 1 năm 1996\n\n"
               "Trong mấy năm gần đây, cuộc đấu tranh kiềm chế lạm phát đã đạt được kết quả nhất định.")
    assert header(opening).doc_type == "Chỉ thị"
    # a letter says so ("V/v", "Kính gửi"): then it is one, whatever the portal's row
    assert header(opening.replace("Trong mấy", "V/v kiềm chế lạm phát\nKính gửi: Các Bộ\nTrong mấy")).doc_type == \
        "Công văn"


JOINT_LETTER = ("{}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 07/2013/TTLT-BTC-BNV\n"
                "Hà Nội, ngày 4 tháng 3 năm 2013\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn ...")
# a metadata-only page: the bodies of the "Cơ quan ban hành" cell
JOINT_CELL = ("Kế hoạch 31/KH-BYT-BGDĐT 2021 về y tế trường học\nCơ quan ban hành: {}Số công báo:Đang cập nhật\n"
              "Số hiệu:31/KH-BYT-BGDĐTNgày đăng công báo:Đang cập nhật\nLoại văn bản:Kế hoạch")


@pytest.mark.parametrize("cell, place", [
    ("| Cơ quan ban hành: | Ủy ban nhân dân Thành phố Hà Nội |", "Hà Nội"),
    ("Cơ quan ban hành: UBND tỉnh Lạng SơnSố công báo:Đang cập nhật", "Lạng Sơn"),
    ("| Cơ quan ban hành | Tỉnh Lạng Sơn |", "Lạng Sơn"),
])
def test_a_metadata_cell_naming_a_provinces_committee_places_the_document(cell, place):
    h = header(f"- Tải về Kế hoạch 08/KH-UBND 2026 phòng chống ma túy\n{cell}\n| Số hiệu: | 08/KH-UBND |\n"
               "| Loại văn bản: | Kế hoạch |")
    assert (h.jurisdiction, h.jurisdiction_source) == (place, "metadata")


def test_a_page_opening_with_a_letters_subject_is_a_letter():
    """"Về việc góp ý vào dự thảo Đề án …" on the first line, no type line anywhere: an official letter (it had been
    read as a plan)."""
    h = header("Về việc góp ý vào dự thảo Đề án bảo tồn vùng trồng nhãn, vải\n\nThực hiện Quyết định số 307/QĐ-UBND "
               "ngày 17/01/2027 của UBND tỉnh, Sở Nông nghiệp và PTNT đã xây dựng dự thảo Đề án.\n")
    assert h.doc_type == "Công văn"


def test_a_provincial_portals_fields_without_colons():
    """"Số/Ký hiệu   100/2027/NĐ-CP" / "Cơ quan ban hành   Chính phủ" / "Phân loại   Nghị định" / "File đính kèm …": the
    number read, the issuing body ending at the next label (it had run on to "… Phân loại Nghị định File đính kèm Tải
    file")."""
    h = header("Năm: 2027\n\nSố/Ký hiệu                   100/2027/NĐ-CP\n\n\nNgày ban hành             06/11/2027\n\n"
               "\n"
               "Cơ quan ban hành         Chính phủ\n\n\nPhân loại                       Nghị định\n\n\n"
               "File đính kèm               Tải file\n")
    assert (h.number, h.issuer, h.jurisdiction, h.doc_type) == ("100/2027/NĐ-CP", "Chính phủ", "Việt Nam", "Nghị định")


@pytest.mark.parametrize("next_field", ["Số hiệu: 08/KH-UBND", "Loại văn bản: Kế hoạch", "Lĩnh vực: Văn hóa - Xã hội",
                                        "Tình trạng: Đã biết"])
def test_a_metadata_field_on_its_own_line_ends_at_the_next_fields_label(next_field):
    """A portal's fields one to a line, no pipes: the committee's name ends where the next field's label starts."""
    h = header(f"Kế hoạch 08/KH-UBND 2026 phòng chống ma túy\nCơ quan ban hành: Ủy ban nhân dân Thành phố Huế\n"
               f"{next_field}\n")
    assert (h.issuer, h.jurisdiction, h.jurisdiction_source) == ("Ủy ban nhân dân thành phố Huế", "Huế", "metadata")


@pytest.mark.parametrize("cell, number, issuer", [
    # the cell names the committee: that committee issued
    ("| Cơ quan ban hành: | Ủy ban nhân dân tỉnh Thanh Hóa |", "250/KH-UBND", "Ủy ban nhân dân tỉnh Thanh Hóa"),
    ("| Cơ quan ban hành: | Hội đồng nhân dân Thành phố Hà Nội |", "12/2025/NQ-HĐND",
     "Hội đồng nhân dân thành phố Hà Nội"),
    # the cell names the province only, the number the committee's or the council's code
    ("| Cơ quan ban hành | Tỉnh Trà Vinh |", "1436/QĐ-UBND", "Ủy ban nhân dân tỉnh Trà Vinh"),
    ("| Cơ quan ban hành | Tỉnh Trà Vinh |", "12/2021/NQ-HĐND", "Hội đồng nhân dân tỉnh Trà Vinh"),
    # another body's code: which body of the province, the cell does not say
    ("| Cơ quan ban hành | Tỉnh Trà Vinh |", "12/KH-SYT", None),
])
def test_a_metadata_cell_naming_a_committee_or_its_province_under_its_number_names_the_issuer(cell, number, issuer):
    h = header(f"Kế hoạch {number} triển khai Nghị quyết 153/NQ-CP\n{cell}\n| Số hiệu: | {number} |\n"
               "| Ngày đăng công báo: | Đang cập nhật |")
    assert (h.number, h.issuer, h.jurisdiction_source) == (number, issuer, "metadata")


@pytest.mark.parametrize("text, issuers", [
    # a joint circular: two national bodies joined by a dash
    (JOINT_LETTER.format("BỘ TÀI CHÍNH - BỘ NỘI VỤ\n-------"), ("Bộ Tài chính", ["Bộ Nội vụ"])),
    (JOINT_LETTER.format("VĂN PHÒNG CHÍNH PHỦ – BỘ Y TẾ\n--------"), ("Văn phòng Chính phủ", ["Bộ Y tế"])),
    # the dash glued to the names ("Bộ Ngoại giao - Bộ nội vụ" had been one body)
    (JOINT_LETTER.format("BỘ NGOẠI GIAO-BỘ NỘI VỤ\n-------"), ("Bộ Ngoại giao", ["Bộ Nội vụ"])),
    # a dash inside one ministry's name joins no second body
    (JOINT_LETTER.format("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI\n-------"), ("Bộ Lao động – Thương binh và Xã hội", [])),
    (JOINT_LETTER.format("BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI\n-------"), ("Bộ Lao động - Thương binh và Xã hội", [])),
    # the Fatherland Front's central standing board with a ministry
    (JOINT_LETTER.format("BTT ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - BỘ CÔNG AN\n-------"),
     ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ["Bộ Công an"])),
    # the supreme court and procuracy with ministries, the dash ending the first body's line
    (JOINT_LETTER.format("TÒA ÁN NHÂN DÂN TỐI CAO -\n\nBỘ NGOẠI GIAO\n-------"),
     ("Tòa án nhân dân tối cao", ["Bộ Ngoại giao"])),
    (JOINT_LETTER.format("TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - BỘ CÔNG AN - BỘ QUỐC PHÒNG\n"
                         "-----"),
     ("Tòa án nhân dân tối cao", ["Viện kiểm sát nhân dân tối cao", "Bộ Công an", "Bộ Quốc phòng"])),
    (JOINT_CELL.format("Bộ Y tế; Bộ Giáo dục và Đào tạo"), ("Bộ Y tế", ["Bộ Giáo dục và Đào tạo"])),
    (JOINT_CELL.format("Bộ Nội vụ, Văn phòng Chính phủ"), ("Bộ Nội vụ", ["Văn phòng Chính phủ"])),
    # a comma inside one name is kept
    (JOINT_CELL.format("Bộ Văn hóa, Thể thao và Du lịch"), ("Bộ Văn hóa, Thể thao và Du lịch", [])),
])
def test_a_joint_document_names_every_body(text, issuers):
    h = header(text)
    assert (h.issuer, h.co_issuers, h.jurisdiction) == (*issuers, "Việt Nam")


@pytest.mark.parametrize("bare, issuer", [("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân tỉnh Quảng Trị"),
                                          ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân tỉnh Quảng Trị")])
def test_a_committee_and_the_front_sharing_one_place_line_both_issue(bare, issuer):
    """"ỦY BAN NHÂN DÂN" / "ỦY BAN MTTQ VIỆT NAM" / "TỈNH QUẢNG TRỊ": a joint rule of the committee and the Front, the
    place printed once under both; the committee issues with the Front (the Front had been read alone)."""
    h = header(f"{bare}\nỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG TRỊ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n|\nSố: 02/QCPH/UBND-UBMTTQ\n|\nQuảng Trị, ngày 12 tháng 3 năm 2024\n|\n"
               "QUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH")
    assert (h.issuer, h.co_issuers, h.jurisdiction) == (issuer, ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị"],
                                                         "Quảng Trị")
    # the Front's own letterhead: the Front alone
    h = header("ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG TRỊ\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
               "Số: 02/KH-MTTQ-BTT\n|\nQuảng Trị, ngày 12 tháng 3 năm 2024\n|\nKẾ HOẠCH\nTổ chức hội nghị")
    assert (h.issuer, h.co_issuers) == ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị", [])


def test_a_title_naming_the_joint_issuers_is_not_the_letterhead():
    h = header("THÔNG TƯ LIÊN TỊCH 03/2012/TTLT-VPCP-BNV HƯỚNG DẪN VỀ VĂN THƯ CỦA VĂN PHÒNG BỘ, CƠ QUAN NGANG BỘ "
               "VÀ ỦY BAN NHÂN DÂN TỈNH, THÀNH PHỐ DO VĂN PHÒNG CHÍNH PHỦ – BỘ NỘI VỤ BAN HÀNH\n"
               "VĂN PHÒNG CHÍNH PHỦ – BỘ NỘI VỤ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 03/2012/TTLT-VPCP-BNV |\n"
               "Hà Nội, ngày 6 tháng 2 năm 2012 |\nTHÔNG TƯ LIÊN TỊCH")
    assert (h.issuer, h.co_issuers, h.issuer_line) == ("Văn phòng Chính phủ", ["Bộ Nội vụ"], 2)


@pytest.mark.parametrize("letterhead, issuer, place", [
    ("THÀNH\nỦY\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------------\n|",
     "Thành ủy thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("TỈNH ỦY QUẢNG NAM | ĐẢNG CỘNG SẢN VIỆT NAM |", "Tỉnh ủy tỉnh Quảng Nam", "Quảng Nam"),
    # a province that is now a city (Huế): the committee by the name the province bore, the place the city
    ("TỈNH ỦY THỪA THIÊN HUẾ | ĐẢNG CỘNG SẢN VIỆT NAM |", "Tỉnh ủy tỉnh Thừa Thiên Huế", "Huế"),
])
def test_a_party_committees_letterhead_names_issuer_and_place(letterhead, issuer, place):
    h = header(f"{letterhead}\nSố:\n88-KH/TU\n|\nTP. Hồ Chí Minh, ngày 24 tháng 12 năm 2021\n|\n"
               "KẾ HOẠCH\nVỀ CỦNG CỐ ...")
    assert (h.issuer, h.issuer_kind, h.jurisdiction) == (issuer, "party", place)
    assert h.number == "88-KH/TU" and h.doc_type == "Kế hoạch"


@pytest.mark.parametrize("letterhead, issuer", [
    ("TỈNH ỦY HÀ TĨNH\nBAN TUYÊN GIÁO\n*", "Ban Tuyên giáo Tỉnh ủy tỉnh Hà Tĩnh"),
    # the board's line after the motto's first cell, "UỶ" as some pages print it
    ("TỈNH UỶ QUẢNG TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM |\n| UỶ BAN KIỂM TRA |", "Ủy ban Kiểm tra Tỉnh uỷ tỉnh Quảng Trị"),
    ("THÀNH ỦY HẢI PHÒNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n| BAN TUYÊN GIÁO VÀ DÂN VẬN |",
     "Ban Tuyên giáo và Dân vận Thành ủy thành phố Hải Phòng"),
    # a board the title names is not the letterhead's
    ("TỈNH ỦY QUẢNG NAM | ĐẢNG CỘNG SẢN VIỆT NAM |\n| * |", "Tỉnh ủy tỉnh Quảng Nam"),
])
def test_a_party_board_under_its_committee_on_the_letterhead_issues(letterhead, issuer):
    h = header(f"{letterhead}\nSố 15-KH/BTGTU\nngày 2 tháng 4 năm 2025\n\n"
               "KẾ HOẠCH\ntriển khai Kết luận của Ban Tổ chức Trung ương và Văn phòng Trung ương")
    assert (h.issuer, h.issuer_kind) == (issuer, "party")


@pytest.mark.parametrize("board_row, issuer", [
    ("| BAN TUYÊN GIÁO |", "Ban Tuyên giáo Trung ương"),
    ("BAN TỔ CHỨC | |", "Ban Tổ chức Trung ương"),
    ("| BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ |",
     "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
    # no board under it: the Central Committee
    ("* |", "Ban Chấp hành Trung ương Đảng"),
])
def test_a_central_board_under_the_central_committee_on_a_letterhead_read_by_rows(board_row, issuer):
    """"BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |" over a board's row: the board issues, as on a letterhead
    read line by line (the Central Committee had been read as the issuer, a real plan 01-KH/BCĐTW of 2025 among
    them)."""
    h = header(f"BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\n{board_row}\nSố: 07-KH/BCĐTW | Hà Nội, ngày 21 "
               "tháng 3 năm 2025 |\nKẾ HOẠCH\nTRIỂN KHAI PHONG TRÀO HỌC TẬP SỐ")
    assert (h.issuer, h.issuer_kind) == (issuer, "national")


@pytest.mark.parametrize("letterhead, type_line, issuer", [
    # the Central Committee's letterhead over a document of the Politburo's or the Secretariat's
    ("BAN CHẤP HÀNH TRUNG ƯƠNG * Số 68-NQ/TW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 04 tháng 5 năm 2025",
     "NGHỊ QUYẾT\n\nCỦA BỘ CHÍNH TRỊ\n\nvề phát triển kinh tế tư nhân", "Bộ Chính trị"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 4 năm 2025",
     "CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề đại hội đảng bộ các cấp", "Ban Bí thư"),
    # a province's Party committee over its standing committee's resolution
    ("TỈNH ỦY THANH HÓA\n*\nSố 12-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 14 tháng 4 năm 2025",
     "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển du lịch", "Ban Thường vụ Tỉnh ủy tỉnh Thanh Hóa"),
    # no organ under the type line: the letterhead's body
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 57-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 22 tháng 12 năm 2024",
     "NGHỊ QUYẾT\nVỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC", "Ban Chấp hành Trung ương Đảng"),
    # the organ of a document the title names is not the page's issuer
    ("TỈNH ỦY THANH HÓA\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 14 tháng 4 năm 2025",
     "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ", "Tỉnh ủy tỉnh Thanh Hóa"),
])
def test_a_party_documents_type_line_naming_the_organ_that_issued(letterhead, type_line, issuer):
    """"BAN CHẤP HÀNH TRUNG ƯƠNG … NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ": the Politburo's resolution, on the Central
    Committee's letterhead."""
    h = header(f"{letterhead}\n\n{type_line}\n")
    assert h.issuer == issuer


def test_a_party_organisations_letterhead_is_no_ministry():
    h = header("ĐẢNG BỘ THÀNH PHỐ HẢI DƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG ỦY PHƯỜNG PHẠM NGŨ LÃO * Số 12-KH/ĐU "
               "ngày 02 tháng 2 năm 2021 KẾ HOẠCH Thực hiện nhiệm vụ công tác khoa giáo năm 2021")
    assert h.issuer_kind != "bo" and h.jurisdiction != "Việt Nam"     # it was "Bộ Thành phố hải dương đảng"


def test_a_place_date_line_with_a_dashed_province_name():
    h = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "Số: 76/KH-UBND | Bà Rịa - Vũng Tàu, ngày 14 tháng 3 năm 2025 |\nKẾ HOẠCH")
    assert (h.place, h.jurisdiction, h.date) == ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", dt.date(2025, 3, 14))


@pytest.mark.parametrize("letterhead, issuer", [
    ("BAN CHỈ ĐẠO LIÊN NGÀNH TRUNG ƯƠNG VỀ AN TOÀN THỰC PHẨM |",
     "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"),
    ("ỦY BAN QUỐC GIA VỀ NGƯỜI CAO TUỔI |", "Ủy ban Quốc gia về người cao tuổi"),
    # a national committee named for its field first, its name ending with "QUỐC GIA"
    ("ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA\n--------", "Ủy ban An toàn giao thông Quốc gia"),
    # a steering committee named with its period, an abbreviation in its name kept in capitals
    ("BAN CHỈ ĐẠO\nTRUNG ƯƠNG\nCÁC CHƯƠNG TRÌNH MTQG GIAI ĐOẠN 2021-2025\n-------\n|",
     "Ban Chỉ đạo Trung ương các chương trình MTQG giai đoạn 2021-2025"),
    ("BAN CHỈ ĐẠO QUỐC GIA VỀ CHUYỂN ĐỔI SỐ\n-------", "Ban Chỉ đạo Quốc gia về chuyển đổi số"),   # not Hà Nội's
    # the Government's steering committee
    ("BAN CHỈ ĐẠO CẢI\nCÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ\n-------\n|", "Ban Chỉ đạo cải cách hành chính của Chính phủ"),
    ("ỦY\nBAN DÂN TỘC\n-------", "Ủy ban Dân tộc"),                       # a ministerial-level agency
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n-------", "Ngân hàng Nhà nước Việt Nam"),
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n-------", "Ủy ban Thường vụ Quốc hội"),             # not the National Assembly
    ("BAN CHẤP\nHÀNH TRUNG ƯƠNG |\nĐOÀN TNCS HỒ\nCHÍ MINH |", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("HỘI ĐỒNG THI\nĐUA - KHEN THƯỞNG TRUNG ƯƠNG |", "Hội đồng Thi đua - Khen thưởng Trung ương"),   # not Hà Nội's
    # the Fatherland Front's central committee, its standing board under it
    ("ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\nBAN THƯỜNG TRỰC", "Ban Thường trực Ủy ban Trung ương Mặt trận "
     "Tổ quốc Việt Nam"),
    # the Party's Central Committee over the Party's name, a letter a page glued before it
    ("cBAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |", "Ban Chấp hành Trung ương Đảng"),
    # one of the Central Committee's boards on the line under it
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nBAN TUYÊN GIÁO\n\n*", "Ban Tuyên giáo Trung ương"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG |\nỦY BAN KIỂM TRA |\n*", "Ủy ban Kiểm tra Trung ương"),
    # (a steering committee under a ministry's name: test_a_ministrys_unit_under_its_name_issues)
])
def test_central_bodies_that_are_no_ministry_by_name(letterhead, issuer):
    h = header(f"{letterhead}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 04/QĐ-BCĐ\n"
               "Hà Nội, ngày 26 tháng 04 năm 2014\nQUYẾT ĐỊNH")
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


def test_a_national_letterhead_over_a_pdfs_underscore_rule():
    """A PDF's text: the page's footer line first, naming the provinces' committees; the letterhead's rule left as
    "_" and its number before the motto. The Prime Minister's letterhead, not "Ủy ban nhân dân tỉnh" of that line
    placed in Hà Nội by the place-date line."""
    h = header("3. Bảo đảm các cuộc họp của Chính phủ với các Bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung "
               "ương; các cuộc họp của [r]\n(1)THỦ TƯỚNG CHÍNH PHỦ _\nSố: 12/2027/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
               "VIỆT NAM Độc lập - Tự - Hạnh phúc\n_ Hà Nội, ngày 31 tháng 3 năm 2027\nQUYẾT ĐỊNH\n")
    assert (h.issuer, h.jurisdiction) == ("Thủ tướng Chính phủ", "Việt Nam")


@pytest.mark.parametrize("cell, doc_type, number", [
    ("Nghị quyết số: 76/2025/UBTVQH15", "Nghị quyết", "76/2025/UBTVQH15"),
    ("| Luật số: 89/2025/QH15 |", "Luật", "89/2025/QH15"),
])
def test_a_number_cell_that_names_the_type(cell, doc_type, number):
    """A law's or a resolution's letterhead prints its type before "số:" ("Luật số: 89/2025/QH15"): the number, and
    the type its symbol does not give. In a sentence ("Căn cứ Luật số: 89/2025/QH15 …") it is a citation."""
    h = header(f"QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
               f"{cell}\nHà Nội, ngày 25 tháng 6 năm 2025\nVỀ TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n")
    assert (h.doc_type, h.number, h.issuer) == (doc_type, number, "Quốc hội")
    h = header("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nKẾ HOẠCH\nCăn cứ Luật số: 89/2025/QH15 ngày 25/6/2025;\n")
    assert h.number is None


@pytest.mark.parametrize("opening, number, jurisdiction", [
    # the Central Committee's letterhead read by row: its rule and number before the Party's name
    (" date 2025-05-05 BAN CHẤP HÀNH TRUNG ƯƠNG * Số 91-NQ/TW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 04 tháng 5 năm "
     "2025\n\nNGHỊ QUYẾT\n\nCỦA BỘ CHÍNH TRỊ", "91-NQ/TW", "Việt Nam"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 91-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 04 tháng 5 năm 2025\n\n"
     "NGHỊ QUYẾT", "91-NQ/TW", "Việt Nam"),
    ("TỈNH ỦY QUẢNG NAM * Số 12-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Quảng Nam, ngày 04 tháng 5 năm 2025\nKẾ HOẠCH",
     "12-KH/TU", "Quảng Nam"),
])
def test_a_party_letterhead_read_by_row(opening, number, jurisdiction):
    h = header(opening)
    assert (h.number, h.date, h.jurisdiction) == (number, dt.date(2025, 5, 4), jurisdiction)


def test_a_place_date_line_run_into_the_letterheads_last_words():
    # cells read by row: "ĐOÀN TNCS HỒ CHÍ MINH" then "Thọ Xuân, ngày …"; the place is Thọ Xuân, of Thanh Hóa
    h = header("TỈNH ĐOÀN THANH HÓA BCH ĐOÀN HUYỆN THỌ XUÂN *** Số: 51-KH/ĐTN | ĐOÀN TNCS HỒ CHÍ MINH Thọ Xuân, "
               "ngày 25 tháng 02 năm 2015 | KẾ HOẠCH Tổ chức Tháng Thanh niên")
    assert (h.jurisdiction, h.province, h.date) == ("Thọ Xuân", "Thanh Hóa", dt.date(2015, 2, 25))


def test_a_number_cell_without_so_in_the_row_of_the_place_date():
    h = header("ỦY BAN NHÂN DÂN TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "59/2006/QĐ-UBND | Pleiku, ngày 08 tháng 8 năm 2006 |\nBAN HÀNH ĐỀ ÁN ĐẨY MẠNH DẠY NGHỀ")
    assert (h.number, h.date, h.jurisdiction) == ("59/2006/QĐ-UBND", dt.date(2006, 8, 8), "Gia Lai")


@pytest.mark.parametrize("cell, number", [
    ("Số: 02 /KH – BTC", "02/KH-BTC"),                  # an en dash between codes
    ("Số: 12/KH-UBND – Hà Nội", "12/KH-UBND"),          # not before words
    ("Số: 12/KH-UBND – HÀ NỘI", "12/KH-UBND"),
])
def test_an_en_dash_between_a_numbers_codes(cell, number):
    assert header(f"UBND HUYỆN BA BỂ BTC HỘI XUÂN |\n{cell}\n|\nBa Bể, ngày 07 tháng 01 năm 2014 |\nKẾ HOẠCH").number \
        == number


def test_a_party_letterheads_number_with_an_en_dash_after_its_serial():
    h = header("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nBAN TUYÊN GIÁO\n\n*\n\nSố 69 – HD/BTGTW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
               "Hà Nội, ngày 20 tháng 9 năm 2022\n\nHƯỚNG DẪN\n\nTổ chức các hoạt động kỷ niệm")
    assert (h.number, h.date, h.doc_type) == ("69-HD/BTGTW", dt.date(2022, 9, 20), "Hướng dẫn")


def test_a_central_letterhead_over_a_rule_of_stars():
    """A Party-style letterhead in two columns over "***", the motto left out (the Youth Union's central
    committee): national, not Hà Nội of its place-date line."""
    h = header("BAN CHẤP HÀNH TRUNG ƯƠNG                                        ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
               "   Số: 225 - KH/TWĐTN-CTTN                              Hà Nội, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH")
    assert h.issuer == "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"
    assert (h.jurisdiction, h.number) == ("Việt Nam", "225-KH/TWĐTN-CTTN")


def test_a_commune_of_before_2025_is_not_the_prefix_that_is_one_today():
    """"XÃ PHÚ MẬU" (merged in 2025) on a flattened letterhead: no place, not the "Phú" commune of
    today's list whose name it begins with; a name that runs on into the motto is still cut."""
    h = header("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ PHÚ MẬU Độc lập – Tự do – Hạnh phúc KẾ HOẠCH "
               "PHÒNG CHỐNG THIÊN TAI NĂM 2014")
    assert (h.issuer, h.jurisdiction) == (None, None)
    h = header("ỦY BAN NHÂN DÂN XÃ XUÂN TÍN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 36/KH-UBND\nKẾ HOẠCH")
    assert h.jurisdiction == "Xuân Tín"


def test_a_wards_province_by_its_kind_and_spelling():
    """"PHƯỜNG THANH XUÂN": Hà Nội's ward (Cần Thơ's "xã Thạnh Xuân" has the same key but another kind
    and spelling); a commune name two provinces share stays without a province."""
    h = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nPHƯỜNG THANH XUÂN | Độc lập - Tự do - Hạnh "
               "phúc |\nSố: 18/KH-UBND | Thanh Xuân, ngày 2 tháng 3 năm 2026 |\nKẾ HOẠCH")
    assert (h.jurisdiction, h.province) == ("Thanh Xuân", "Hà Nội")
    h = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nXÃ TÂY SƠN | Độc lập - Tự do - Hạnh phúc |\n"
               "Số: 18/KH-UBND | Tây Sơn, ngày 2 tháng 3 năm 2026 |\nKẾ HOẠCH")
    assert (h.jurisdiction, h.province) == ("Tây Sơn", None)         # Gia Lai's and Đắk Lắk's


def test_a_number_without_colon_alone_on_its_line():
    """A scanned Party letterhead prints "Số 445-KL/TU" with no colon: the number, and so the
    place-date line near it; a line that goes on after a number is prose, not the cell."""
    h = header("TỈNH ỦY QUẢNG NAM\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TU\nQuảng Nam, ngày 13 tháng 5 năm 2022\n"
               "KẾT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH")
    assert (h.number, h.date, h.doc_type) == ("445-KL/TU", dt.date(2022, 5, 13), "Kết luận")
    assert header("Tin tức\nSố 12/2020/NĐ-CP quy định chi tiết một số điều\n").number is None


def test_a_steering_committee_under_the_provinces_committee_issues():
    h = header("UBND TỈNH THÁI BÌNH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM VÀ BẢO VỆ AN NINH TỔ QUỐC\n-------\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 40/QĐ-BCĐ\n"
               "Thái Bình, ngày 16 tháng 04 năm 2014\nQUYẾT ĐỊNH")
    assert (h.issuer, h.jurisdiction) == ("Ban Chỉ đạo phòng, chống tội phạm và bảo vệ an ninh Tổ quốc tỉnh Thái Bình",
                                          "Thái Bình")


def test_a_steering_committee_under_a_districts_committee_read_row_by_row():
    """The two columns of the letterhead read row by row ("UBND HUYỆN … / CỘNG HÒA … / BAN CHỈ ĐẠO PCGD, XMC / Độc lập
    …"): the steering committee issues, its abbreviations as printed; the number cell cut after a hyphen, the
    place-date line after it ("BC-BCĐPCGD- / Hậu Lộc, ngày …") lends the symbol no letter, the code alone on the row
    after it ("XMC") is the symbol's last."""
    h = header("UBND HUYỆN HẬU LỘC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN CHỈ ĐẠO PCGD, XMC\n\n"
               "Độc lập – Tự do – Hạnh phúc\n\nSố: 301 / BC-BCĐPCGD-\n\nHậu Lộc, ngày 20 tháng 11 năm 2021\n\nXMC\n\n"
               "BÁO CÁO\nKẾT QUẢ PHỔ CẬP GIÁO DỤC\n")
    assert (h.number, h.issuer, h.jurisdiction) == ("301/BC-BCĐPCGD-XMC", "Ban Chỉ đạo PCGD, XMC huyện Hậu Lộc",
                                                    "Hậu Lộc")


@pytest.mark.parametrize("text, issuer, place", [
    ("Ngày 12/9/2023, Sở Văn hóa, Thể thao và Du lịch ký ban hành Kế hoạch số 48/KH-SVHTTDL về tổ chức Liên hoan "
     "dân ca tỉnh Bắc Ninh năm 2023.", "Sở Văn hóa, Thể thao và Du lịch", "Bắc Ninh"),
    ("Thực hiện Công văn số 1764/BNN-TY ngày 12/6/2015 của Bộ Nông nghiệp. Ban Chỉ đạo phòng, chống dịch bệnh gia "
     "súc, gia cầm tỉnh Nam Định lập kế hoạch triển khai Chương trình năm 2016 như sau:",
     "Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm tỉnh Nam Định", "Nam Định"),
])
def test_a_notice_without_letterhead_names_the_body_that_issued_or_drew_up_the_plan(text, issuer, place):
    h = header(f"Tin hoạt động\n\n{text}\n")
    assert (h.issuer, h.jurisdiction) == (issuer, place)


def test_a_title_opening_with_a_type_word_is_no_type_line():
    """A resolution whose title begins "KẾ HOẠCH …" on the same line: the symbol's type; a type word
    alone on its line still names the document whatever the symbol says."""
    lead = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 90/NQ-HĐND | Tuyên Quang, ngày 10 tháng 12 năm 2025 |\n")
    title = "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG\n"
    assert header(lead + title).doc_type == "Nghị quyết"
    assert header(lead + "KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030\n").doc_type == "Kế hoạch"


@pytest.mark.parametrize("said, doc_type", [
    ("ban hành kết luận về tăng cường công tác chăm lo Tết Nguyên đán 2028", "Kết luận"),
    ("ban hành kết luận số 412-KL/TU về công tác chăm lo Tết Nguyên đán 2028", "Kết luận"),
    ("đưa ra kết luận sau đợt kiểm tra công tác chăm lo Tết Nguyên đán 2028", None),
])
def test_a_notice_of_a_conclusion_in_small_letters(said, doc_type):
    """"Ngày 04/2/2028, Ban Thường vụ Tỉnh ủy ban hành kết luận về …": a conclusion, named in small letters as a notice
    writes it, when numbered or what it is about follows (findings drawn, "đưa ra kết luận", are no document)."""
    h = header(f"Văn hóa - Xã hội\n\nChăm lo Tết cho người dân\n\nNgày 04/2/2028, Ban Thường vụ Tỉnh ủy {said}.\n")
    assert h.doc_type == doc_type


def test_a_notice_naming_the_committees_office_as_issuer():
    h = header("Kế hoạch cải cách hành chính năm 2026\nNgày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế "
               "hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026.\n")
    assert (h.issuer, h.jurisdiction) == ("Văn phòng UBND tỉnh Lai Châu", "Lai Châu")
    assert (h.number, h.doc_type) == ("1888/KH-VPUBND", "Kế hoạch")      # the dated opening reports this one


@pytest.mark.parametrize("text, number, doc_type", [
    # a notice: the number the sentence says was issued, whatever way its date is printed
    ("Chủ tịch UBND thành phố vừa ký ban hành Chỉ thị số 07/CT-UBND ngày 19-4-2022 về công tác phòng, chống thiên "
     "tai năm 2022.\n", "07/CT-UBND", "Chỉ thị"),
    # a Thông báo as well, not a letter it mentions later
    ("UBND thành phố vừa ban hành Thông báo số 318/TB-UBND ngày 29/6/2021 về việc hoãn tiếp công dân.\nTheo đó, "
     "ngày 25/12/2020, UBND thành phố có Công văn số 9141/UBND-TCD về lịch tiếp công dân.\n", "318/TB-UBND",
     "Thông báo"),
    ("KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2025\nNgày 18 tháng 7 năm 2025 Ủy ban nhân dân xã Hòa Bình đã ban hành "
     "Quyết định số 204/QĐ-UBND về kế hoạch phòng chống thiên tai năm 2025.\n", "204/QĐ-UBND", "Quyết định"),
    # "LTS: Ngày 14-11-2016, … đã ban hành Nghị quyết số …" on the line under a newspaper's headline
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển hạ tầng giao thông, thủy lợi, đô thị, giáo dục và y tế "
     "giai đoạn 2021-2025 trên địa bàn toàn tỉnh\nLTS: Ngày 20-11-2021, Ban Chấp hành Đảng bộ tỉnh khóa XIV đã ban "
     "hành Nghị quyết số 12-NQ/TU về phát triển hạ tầng.\n", "12-NQ/TU", "Nghị quyết"),
    # a date half in words, half in figures ("Ngày 29 tháng 12/2020")
    ("Phòng chống dịch bệnh năm 2021\nNgày 29 tháng 12/2020, UBND huyện Đức Thọ đã ban hành Kế hoạch số 318/KH-UBND "
     "về phòng chống dịch bệnh năm 2021.\n", "318/KH-UBND", "Kế hoạch"),
    # an old Official Gazette title run in with its number ("… SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ …")
    ("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 09/2003/CT-TTG\nNGÀY 14 THÁNG 5 NĂM 2003 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\n"
     "NĂM 2004\nThực hiện Nghị quyết của Quốc hội …\n", "09/2003/CT-TTg", "Chỉ thị"),
    # a news page on a decision someone signed
    ("(Tin tức) - Mục tiêu chung của Chương trình là phát triển văn hóa.\nPhó Thủ tướng Chính phủ ký Quyết định số "
     "212/QĐ-TTg ngày 15/02/2026 phê duyệt Chương trình hành động về văn hóa.\n", "212/QĐ-TTg", "Quyết định"),
])
def test_a_page_about_a_document_gives_its_number_not_a_date_in_prose(text, number, doc_type):
    """No letterhead: the number and type of the document the page reports; the date stays unknown
    (a document's date is its place-date line's, never a date in prose or in a title)."""
    h = header(text)
    assert (h.number, h.date, h.doc_type) == (number, None, doc_type)


def test_a_number_alone_on_a_pages_first_line_is_the_documents():
    h = header("2417/BNV-CCVC\nTheo BỘ NỘI VỤ - Về việc hướng dẫn đánh giá, xếp loại công chức năm 2025\nKính gửi: Các "
               "bộ, cơ quan ngang bộ\n")
    assert (h.number, h.number_line) == ("2417/BNV-CCVC", 1)
    # a line that goes on after the number is no number alone; nor is a year
    assert header("2417/BNV-CCVC về việc hướng dẫn đánh giá công chức\nKính gửi: Các bộ\n").number is None
    assert header("2025\nKế hoạch phát triển du lịch\n").number is None


def test_a_title_followed_by_its_own_number_in_brackets():
    """"Kế hoạch … (Theo Kế hoạch số 8/KH-UBND ngày … của UBND tỉnh)" under the title: the page is that plan; a
    document of another type in brackets is another document."""
    h = header("Kế hoạch phát triển du lịch cộng đồng tỉnh Gia Lai giai đoạn 2026-2030\n\n(Theo Kế hoạch số "
               "14/KH-UBND ngày 11/02/2026 của UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert (h.number, h.number_line) == ("14/KH-UBND", 3)
    h = header("Kế hoạch phát triển du lịch cộng đồng tỉnh Gia Lai giai đoạn 2026-2030\n\n(Theo Quyết định số "
               "14/QĐ-UBND ngày 11/02/2026 của UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert h.number is None


def test_a_dated_notice_of_a_letter_in_lower_case_gives_its_number():
    """"Ngày 23/11/2027, thừa lệnh Chủ tịch UBND tỉnh …, Phó Chánh Văn phòng … đã ký ban hành văn bản số 3653/UBND-TNMT,
    V/v …": the letter's number (the "V/v" after it is the letter's subject, not a letter telling of another)."""
    h = header("UBND tỉnh có ý kiến về đề xuất của Sở Tài nguyên và Môi trường\n\nNgày 23/11/2027, thừa lệnh Chủ tịch "
               "UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Văn B đã ký ban hành văn bản "
               "số 3653/UBND-TNMT, V/v đề xuất của Sở Tài nguyên và Môi trường.\n")
    assert (h.doc_type, h.number, h.jurisdiction) == ("Công văn", "3653/UBND-TNMT", "Tuyên Quang")


def test_a_notice_after_a_dateline_in_capitals_and_a_long_dash():
    """"SÔNG HINH, ĐẮK LẮK — UBND xã Sông Hinh vừa ban hành Kế hoạch …": the dateline is no part of the body's name."""
    h = header("Xã Sông Hinh rà soát hộ nghèo năm 2027\nSÔNG HINH, ĐẮK LẮK — UBND xã Sông Hinh vừa ban hành Kế hoạch "
               "rà soát hộ nghèo, hộ cận nghèo năm 2027.\n")
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "UBND xã Sông Hinh")


def test_a_headline_run_into_a_lead_naming_the_body_again():
    """The headline "Ban Thường vụ Thành đoàn kiểm tra giám sát … 14 quận, huyện" over the lead "Ban Thường vụ Thành
    đoàn đã ban hành Kế hoạch số …": the body is the lead's, not the headline run into it."""
    h = header("Ban Thường vụ Thành đoàn kiểm tra giám sát phản biện xã hội 14 quận, huyện\nBan Thường vụ Thành đoàn "
               "đã ban hành Kế hoạch số 246-KH/TĐTN-TCKT ngày 18/9/2027 giám sát việc triển khai thực hiện.\n")
    assert (h.doc_type, h.number, h.issuer) == ("Kế hoạch", "246-KH/TĐTN-TCKT", "Ban Thường vụ Thành đoàn")


def test_a_type_line_with_a_word_in_brackets_is_a_type_line():
    """"QUY ĐỊNH (BỔ SUNG)" under a Party symbol "QĐ/TW", which decisions share: a regulation, as its type line says."""
    h = header("BỘ\nCHÍNH TRỊ\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------\n|\nSố:\n218-QĐ/TW\n|\nHà\nNội, ngày "
               "01 tháng 4 năm 2027\n|\nQUY ĐỊNH (BỔ SUNG)\nVỀ QUAN HỆ LÃNH ĐẠO\n")
    assert (h.doc_type, h.number) == ("Quy định", "218-QĐ/TW")


@pytest.mark.parametrize("title, doc_type", [
    ("Quy định số 98-QĐ/TW của Bộ Chính trị: Về quan hệ công tác", "Quy định"),
    ("Quyết định số 99-QĐ/TW của Bộ Chính trị về việc thành lập Ban Chỉ đạo", "Quyết định"),
])
def test_a_portal_title_says_which_of_the_partys_qd_documents_the_page_is(title, doc_type):
    """A news page titled "Quy định số 98-QĐ/TW của Bộ Chính trị: …": a regulation of the Politburo's, national (no
    type, number or issuer had been read: "Quy định" was no title's type word); a decision under the same symbol stays
    a decision."""
    h = header(f"{title}\n\nNgày 22/02/2027, thay mặt Bộ Chính trị, đồng chí Nguyễn Văn A đã ký ban hành văn bản "
               "sửa đổi một số điều trong Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương.\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, title.split()[3], "Bộ Chính trị", "Việt Nam")


@pytest.mark.parametrize("text, place", [
    # the province after the department's abbreviation, without "tỉnh"
    ("Tối 29/9, Sở GD&ĐT Lào Cai đã có văn bản chỉ đạo khẩn, yêu cầu cho học sinh nghỉ học ngày 30/9.\n", "Lào Cai"),
    # the city the department names, not the first place the page names
    ("Học sinh TP Huế và Đà Nẵng được nghỉ học |\nTrưa 22/10, Sở GD-ĐT thành phố Đà Nẵng có công văn gửi các trường về "
     "việc cho học sinh nghỉ học.\n", "Đà Nẵng"),
])
def test_a_notice_of_a_department_named_with_its_province(text, place):
    h = header(text)
    assert (h.doc_type, h.jurisdiction) == ("Công văn", place)


def test_the_politburos_letterhead_over_the_partys_name():
    """"BỘ CHÍNH TRỊ" over "ĐẢNG CỘNG SẢN VIỆT NAM" with no rule between: the Politburo, the Party's name not part of
    its name."""
    h = header("BỘ CHÍNH TRỊ\nĐẢNG CỘNG SẢN VIỆT NAM\nNghị quyết số: 15-NQ/TW Hà Nội, ngày 06 tháng 01 năm 2027\n"
               "NGHỊ QUYẾT\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Nghị quyết", "15-NQ/TW", "Bộ Chính trị", "Việt Nam")


def test_a_guidance_in_lower_case_is_one_only_numbered():
    """"… vừa ban hành hướng dẫn số 45/HD-SYT …" is a guidance; "… vừa ban hành hướng dẫn về …" may be any document
    that guides."""
    h = header("Sở Y tế tỉnh Nghệ An vừa ban hành hướng dẫn số 45/HD-SYT về phòng chống dịch sốt xuất huyết.\n")
    assert (h.doc_type, h.number) == ("Hướng dẫn", "45/HD-SYT")
    assert header("UBND tỉnh Nghệ An vừa ban hành hướng dẫn về phòng chống dịch sốt xuất huyết.\n").doc_type is None


def test_a_portal_title_of_a_joint_circular():
    h = header("Thông tư liên tịch số 05/2011/TTLT-BNV-BTC-BLĐTB&XH (01/07/2011 )\nThông tư liên tịch số "
               "05/2011/TTLT-BNV-BTC-BLĐTB&XH ngày 27 tháng 5 năm 2011 của Bộ Nội vụ - Bộ Tài chính\n")
    assert (h.doc_type, h.number) == ("Thông tư", "05/2011/TTLT-BNV-BTC-BLĐTB&XH")


def test_a_notice_giving_its_number_in_brackets_at_the_end_of_its_sentence():
    """"UBND tỉnh xây dựng Kế hoạch tổ chức … (Kế hoạch số 08/KH-UBND).": the number of the plan the sentence says was
    drawn up; a document of another type in brackets is another one."""
    opening = "Phát động Tết trồng cây năm 2027\n- Nhằm phát huy truyền thống, UBND tỉnh Tuyên Quang xây dựng " \
              "Kế hoạch tổ chức Lễ phát động Tết trồng cây năm 2027 ({}).\n"
    h = header(opening.format("Kế hoạch số 11/KH-UBND"))
    assert (h.doc_type, h.number, h.jurisdiction) == ("Kế hoạch", "11/KH-UBND", "Tuyên Quang")
    assert header(opening.format("Quyết định số 11/QĐ-UBND")).number is None


def test_a_politburo_conclusion_whose_number_a_notice_gives_in_brackets():
    """"Ngày 31/10, … Thường trực Ban Bí thư … ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về … (Kết luận số
    201-KL/TW).": that conclusion's number ("Kết luận" was no type a notice's sentence could name: none was read)."""
    h = header(" date 2027-10-31 Ngày 31/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn A ký ban hành Kết "
               "luận của Bộ Chính trị, Ban Bí thư về tình hình, kết quả công tác đại hội đảng bộ trực thuộc Trung ương "
               "(Kết luận số 201-KL/TW).\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Kết luận", "201-KL/TW", "Bộ Chính trị", "Việt Nam")


def test_what_a_body_does_every_year_or_did_before_is_no_notice_of_the_page():
    """A rule ("Trước ngày 15/6 hàng năm, Tổng Kiểm toán nhà nước ban hành văn bản hướng dẫn …") issues nothing; "BTV
    Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU …" reports an earlier plan, not the page's."""
    h = header("Định hướng xây dựng kế hoạch kiểm toán trung hạn\n\n- Trước ngày 15/6 hàng năm, Tổng Kiểm toán nhà "
               "nước ban hành văn bản hướng dẫn xây dựng kế hoạch kiểm toán năm sau.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == (None, None, None)
    h = header("Đảng bộ tỉnh hoàn thành đại hội cấp huyện\nĐến nay 21/21 đảng bộ đã hoàn thành đại hội.\nBTV Tỉnh ủy "
               "đã kịp thời ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW.\n")
    assert (h.doc_type, h.number) == (None, None)


@pytest.mark.parametrize("brackets, number", [
    ("(210/KH-UBND ngày 14/12/2017)", "210/KH-UBND"),      # the number alone, its symbol the title's type
    ("(Quyết định 210/QĐ-UBND ngày 14/12/2017)", None),    # another type: another document
    ("(210/QĐ-UBND ngày 14/12/2017)", None),
])
def test_a_title_under_a_breadcrumb_followed_by_a_bare_number_in_brackets(brackets, number):
    h = header(f"Các sở, ngành, huyện, TP\n\nKế Hoạch Tham gia lễ hội hoa đào xứ Lạng năm 2018 {brackets}\n\n"
               "Thứ Sáu, 15/12/2017 - 10:05\n")
    assert h.number == number


def test_a_number_a_notice_reports_far_into_the_page_is_anothers():
    """"… đã ban hành Kế hoạch số …" past the first lines reports another document: no number from it."""
    h = header("20/03/2026\nXem với cỡ chữ\nThi đua chào mừng đại hội đảng bộ các cấp\nLời giới thiệu của Bí thư "
               "Đảng ủy.\nNguyễn Văn A\nBí thư Đảng ủy\nI. Các yêu cầu\nThực hiện Chỉ thị số 35-CT/TW của Bộ Chính "
               "trị. Ngày 10/12/2025, Ban Thường vụ Đảng ủy Khối đã ban hành Kế hoạch số 101-KH/ĐUK về tổ chức đại "
               "hội.\n")
    assert h.number is None


@pytest.mark.parametrize("text, issuer, number", [
    # a deputy prime minister named, signing: the Prime Minister's decision, national (a bare number kept out)
    ("Phó Thủ tướng Thường trực Nguyễn Hòa Bình vừa ký Quyết định số 759 ngày 14-4-2025 phê duyệt Đề án sắp xếp "
     "đơn vị hành chính.\n\nTheo đề án, sáp nhập tỉnh Hà Giang và tỉnh Tuyên Quang.\n", "Thủ tướng Chính phủ", None),
    ("Thủ tướng Phạm Minh Chính vừa ký Quyết định số 611/QĐ-TTg phê duyệt quy hoạch tỉnh Lào Cai.\n",
     "Thủ tướng Chính phủ", "611/QĐ-TTg"),
    # the date a stored page's first line opens with
    (" date 2025-04 Phó Thủ tướng Trần Hồng Hà vừa ký Quyết định số 612/QĐ-TTg phê duyệt Đề án.\n\nĐề án nêu tỉnh "
     "Hà Giang.\n", "Thủ tướng Chính phủ", "612/QĐ-TTg"),
    # a committee that just signed one
    ("UBND tỉnh Bắc Giang vừa ký Quyết định số 249/QĐ-UBND về thực hiện Đề án.\n", "UBND tỉnh Bắc Giang",
     "249/QĐ-UBND"),
    # the vice-chairman's name after "tỉnh", though a commune has that name, is no province
    ("Phó Chủ tịch UBND tỉnh Đào Mỹ vừa ký ban hành Quyết định phê duyệt kế hoạch tổ chức tuần Văn hóa năm 2023.\n",
     "UBND tỉnh", None),
])
def test_a_notice_of_a_document_just_signed(text, issuer, number):
    h = header(text)
    assert (h.doc_type, h.issuer, h.number) == ("Quyết định", issuer, number)
    assert (h.jurisdiction_kind == "national") == (issuer == "Thủ tướng Chính phủ")


@pytest.mark.parametrize("portal, place", [("(Vinhlong.gov.vn) - ", "Vĩnh Long"), ("(Baochinhphu.vn) - ", None),
                                           ("https://thachkim.locha.hatinh.gov.vn/banner.jpg\n", "Hà Tĩnh")])
def test_a_notice_naming_the_committee_alone_on_a_provinces_portal(portal, place):
    h = header(f"Ngày 13/03/2017\nGiao chỉ tiêu bảo hiểm y tế năm 2017\n{portal}Để hoàn thành chỉ tiêu, ngày 28 tháng "
               "02 năm 2017, Chủ tịch UBND tỉnh ban hành Quyết định số 376/QĐ-UBND về giao chỉ tiêu.\n")
    assert (h.doc_type, h.number, h.jurisdiction) == ("Quyết định", "376/QĐ-UBND", place)
    assert h.issuer == (f"Ủy ban nhân dân tỉnh {place}" if place else "UBND tỉnh")


@pytest.mark.parametrize("dateline", ["(HCM CityWeb) - ", "(Baochinhphu.vn) – ", "QNO - "])
def test_a_notices_sentence_after_its_dateline(dateline):
    h = header(f"Tổ chức phong trào thi đua\nThứ tư, 14/07/2021\n{dateline}UBND tỉnh Quảng Nam vừa ban hành Kế hoạch "
               "tổ chức phong trào thi đua “Mở rộng vùng xanh” thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Kế hoạch", "UBND tỉnh Quảng Nam", "Quảng Nam")


def test_a_notice_opening_with_its_outlet_and_date_in_brackets():
    h = header("(BVĐK-09/03/2013) Sở Y tế TP. Hồ Chí Minh vừa có công văn số 845/SYT-NVY ngày 05/03/2013 hướng dẫn các "
               "bệnh viện về phòng chống sốt xuất huyết.\n")
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", "845/SYT-NVY", "Sở Y tế thành phố Hồ Chí Minh")


@pytest.mark.parametrize("text, number", [
    ("UBND tỉnh Quảng Nam vừa ban hành Chương trình hành động số 12/CTr-UBND về chuyển đổi số.\n", "12/CTr-UBND"),
    ("Tỉnh ủy Quảng Nam vừa ban hành Chương trình công tác số 03-CTr/TU năm 2026.\n", "03-CTr/TU"),
])
def test_a_notices_number_after_the_kind_of_programme(text, number):
    h = header(text)
    assert (h.doc_type, h.number, h.jurisdiction) == ("Chương trình", number, "Quảng Nam")


@pytest.mark.parametrize("text, issuer", [
    # "UBND TP" of the city its plan covers
    ("(HCM CityWeb) - UBND TP vừa ban hành Kế hoạch tổ chức phong trào thi đua trên địa bàn TPHCM.\n",
     "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    # not of a province ("TP" is a city, maybe one of that province's)
    ("UBND TP vừa ban hành Kế hoạch tổ chức lễ hội trên địa bàn tỉnh Quảng Nam.\n", "UBND TP"),
    # nor a province's committee a city's (the consulate's city the page names)
    ("Trên cơ sở văn bản của Tổng Lãnh sự quán Ấn Độ tại thành phố Hồ Chí Minh, UBND tỉnh vừa ban hành văn bản số "
     "4099/UBND-KGVX gửi Sở Ngoại vụ.\n", "UBND tỉnh"),
])
def test_a_city_committee_named_tp_alone(text, issuer):
    assert header(text).issuer == issuer


def test_a_portals_list_of_places_is_no_place_of_the_page():
    page = ("thời tiết các vùng\n\nHà Nội\nĐà Nẵng\nTP Hồ Chí Minh\n\nĐô thị\n\nThị xã triển khai kế hoạch phát động "
            "Tết trồng cây\nChiều ngày 22/1, UBND thị xã triển khai kế hoạch tổ chức Lễ phát động Tết trồng cây.\n")
    assert header(page).jurisdiction is None
    # a place named alone on its line, with no other beside it, still is
    assert header(page.replace("Hà Nội\nĐà Nẵng\n", "")).jurisdiction == "Hồ Chí Minh"


@pytest.mark.parametrize("text, issuer, place", [
    ("Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội Câu lạc bộ Cựu chiến binh sản xuất, kinh "
     "doanh giỏi tỉnh lần thứ II.\n", "Hội Cựu chiến binh tỉnh", None),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai vừa ban hành Kế hoạch số 12/KH-MTTQ-BTT về tổ chức Đại hội.\n",
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai", "Gia Lai"),
    ("Tỉnh đoàn Khánh Hòa vừa ban hành Kế hoạch số 45-KH/TĐTN về tổ chức Tháng Thanh niên.\n", "Tỉnh đoàn Khánh Hòa",
     "Khánh Hòa"),
    # its term no part of its name
    ("Ủy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng kế hoạch hoạt động toàn khóa.\n",
     "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận", "Bình Thuận"),
])
def test_a_notice_of_a_mass_organisations_plan(text, issuer, place):
    h = header(text)
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Kế hoạch", issuer, place)


@pytest.mark.parametrize("text, doc_type, number, issuer", [
    # the Prime Minister's urgent dispatch
    ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 225/CĐ-TTg ngày 20/11/2025 yêu cầu các bộ ngành ứng phó "
     "lũ.\n", "Công điện", "225/CĐ-TTg", "Thủ tướng Chính phủ"),
    # the Government
    ("Chính phủ vừa ban hành Chương trình hành động thực hiện Nghị quyết số 71 của Bộ Chính trị về giáo dục.\n",
     "Chương trình", None, "Chính phủ"),
    # a ministry's letter, "văn bản số …", after a news outlet's name
    ("Kinhtedothi - Bộ VHTT&DL vừa có văn bản số 155/BVHTTDL-VP gửi UBND các tỉnh về đón Tết.\n", "Công văn",
     "155/BVHTTDL-VP", "Bộ VHTT&DL"),
    # the minister named without his ministry's "Bộ"
    ("Ngày 29/1, Bộ trưởng Nông nghiệp và Môi trường Trần Đức Thắng ký ban hành chỉ thị về việc đón Tết.\n", "Chỉ thị",
     None, "Bộ Nông nghiệp và Môi trường"),
    # the minister, neither "Bộ" before the ministry's name nor his own name after it
    ("Bộ trưởng Y tế ký Quyết định số 4120/QĐ-BYT về việc ban hành Kế hoạch tiêm chủng năm 2026.\n", "Quyết định",
     "4120/QĐ-BYT", "Bộ Y tế"),
    # national bodies beside the ministries: the inspectorate, the State Audit, the State Bank
    ("Thanh tra Chính phủ vừa ban hành Kế hoạch số 31/KH-TTCP về thanh tra trách nhiệm phòng chống tham nhũng năm "
     "2026.\n", "Kế hoạch", "31/KH-TTCP", "Thanh tra Chính phủ"),
    ("Kiểm toán Nhà nước vừa ban hành Quyết định số 208/QĐ-KTNN về kế hoạch kiểm toán năm 2026.\n", "Quyết định",
     "208/QĐ-KTNN", "Kiểm toán Nhà nước"),
    ("Ngân hàng Nhà nước Việt Nam vừa ban hành Chỉ thị số 02/CT-NHNN về tổ chức thực hiện nhiệm vụ ngân hàng năm "
     "2026.\n", "Chỉ thị", "02/CT-NHNN", "Ngân hàng Nhà nước Việt Nam"),
    # the State Audit in lower case, its abbreviation after it; its head or the governor signing, named
    ("Kiểm toán nhà nước (KTNN) vừa ban hành Quyết định số 95/KTNN-TH về hướng dẫn xây dựng kế hoạch kiểm toán năm "
     "2027.\n", "Quyết định", "95/KTNN-TH", "Kiểm toán Nhà nước"),
    ("Tổng Kiểm toán Nhà nước Lê Văn Minh vừa ký Quyết định số 1402/QĐ-KTNN ban hành Kế hoạch kiểm toán năm 2027.\n",
     "Quyết định", "1402/QĐ-KTNN", "Kiểm toán Nhà nước"),
    ("Hôm qua 9-10, Thống đốc Ngân hàng Nhà nước Trần Thị Lan đã ký Quyết định số 2210/QĐ-NHNN về điều chỉnh lãi "
     "suất.\n", "Quyết định", "2210/QĐ-NHNN", "Ngân hàng Nhà nước"),
    ("Tổng Thanh tra Chính phủ Lê Văn F vừa ký Quyết định số 1176/QĐ-TTCP về kế hoạch thanh tra năm 2027.\n",
     "Quyết định", "1176/QĐ-TTCP", "Thanh tra Chính phủ"),
    # the Prime Minister or a deputy signing the Government's resolution or decree: the Government's
    ("Thủ tướng Chính phủ Nguyễn Văn A vừa ký ban hành Nghị quyết số 07/NQ-CP ngày 8/1/2027 về môi trường kinh "
     "doanh.\n", "Nghị quyết", "07/NQ-CP", "Chính phủ"),
    ("Phó Thủ tướng Nguyễn Văn B vừa ký Nghị định số 15/2027/NĐ-CP quy định chi tiết Luật Nhà ở.\n", "Nghị định",
     "15/2027/NĐ-CP", "Chính phủ"),
    # the Government "có" its resolution, before a ministry's unnumbered decision; the Government "ban hành"
    ("Thực hiện Nghị quyết số 17/2027/QH15 của Quốc hội, ngày 13/3/2027, Chính phủ có Nghị quyết số 71/NQ-CP ban hành "
     "kế hoạch; tiếp sau đó, ngày 8/9/2027, Bộ Công an có quyết định phê duyệt Chương trình.\n", "Nghị quyết",
     "71/NQ-CP", "Chính phủ"),
    ("Chính phủ ban hành Nghị quyết số 88/NQ-CP về phiên họp thường kỳ tháng 5.\n", "Nghị quyết", "88/NQ-CP",
     "Chính phủ"),
    # a ministry's general department, its director signing; the ministry in brackets is no part of its name
    ("Tổng cục trưởng Tổng cục Lâm nghiệp (Bộ NN&PTNT) vừa có công điện số 160/CĐ-TCLN-KL gửi các tỉnh về phòng cháy "
     "rừng.\n", "Công điện", "160/CĐ-TCLN-KL", "Tổng cục Lâm nghiệp"),
    ("Tổng cục Thuế vừa ban hành Công văn số 2107/TCT-CS hướng dẫn quyết toán thuế.\n", "Công văn", "2107/TCT-CS",
     "Tổng cục Thuế"),
    # the Prime Minister "đã có" a dispatch (the date the sentence opens with: that day's), unnumbered
    ("Chiều 18-5, Thủ tướng đã có Công điện yêu cầu các bộ, ngành, địa phương chuẩn bị tốt cho cuộc bầu cử.\n",
     "Công điện", None, "Thủ tướng Chính phủ"),
    # the National Assembly's chairman signing his Standing Committee's resolution, or the Assembly's
    ("Chủ tịch Quốc hội Nguyễn Văn A đã ký ban hành Nghị quyết số 1802/NQ-UBTVQH15 về số lượng đơn vị hành chính.\n",
     "Nghị quyết", "1802/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
    ("Chủ tịch Quốc hội Nguyễn Văn A vừa ký ban hành Nghị quyết số 141/2027/QH15 về kế hoạch đầu tư công.\n",
     "Nghị quyết", "141/2027/QH15", "Quốc hội"),
    # several decisions of one type
    ("Ngày 24/6/2027, Thủ tướng Chính phủ Nguyễn Văn A đã ký các quyết định chỉ định chủ tịch UBND tỉnh, thành phố.\n",
     "Quyết định", None, "Thủ tướng Chính phủ"),
    # a circular in lower case, the State Bank in lower case
    ("(PL)- Thống đốc Ngân hàng nhà nước vừa ban hành thông tư hướng dẫn các ngân hàng thương mại bán cổ phần.\n",
     "Thông tư", None, "Ngân hàng Nhà nước"),
    # one of the Central Committee's boards, its guidance
    ("QĐND - Ban Tuyên giáo Trung ương đã có văn bản số 88-HD/BTGTW hướng dẫn việc học tập chuyên đề năm 2027.\n",
     "Hướng dẫn", "88-HD/BTGTW", "Ban Tuyên giáo Trung ương"),
    ("Ban Tổ chức Trung ương vừa ban hành Hướng dẫn số 12-HD/BTCTW về công tác nhân sự đại hội.\n", "Hướng dẫn",
     "12-HD/BTCTW", "Ban Tổ chức Trung ương"),
    # a Politburo member signing for it, unnumbered; the Youth Union's Secretariat as "T.Ư Đoàn"
    ("Ngày 31/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn D ký ban hành Kết luận của Bộ Chính trị, Ban "
     "Bí thư về công tác đại hội.\n", "Kết luận", None, "Bộ Chính trị"),
    # … for the Secretariat, or its document
    ("LTS - Ngày 25/5, đồng chí Nguyễn Thị G, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, thay mặt Ban Bí thư ký ban "
     "hành Chỉ thị của Ban Bí thư về lãnh đạo đại hội (Chỉ thị số 41-CT/TW).\n", "Chỉ thị", "41-CT/TW",
     "Ban Bí thư"),
    ("Ngày 2/6, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn D ký ban hành Chỉ thị của Ban Bí thư về công "
     "tác đại hội.\n", "Chỉ thị", None, "Ban Bí thư"),
    ("Ngày 31-3, đồng chí Nguyễn Văn D, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Chỉ thị số "
     "09-CT/TW của Ban Bí thư về lãnh đạo đại hội.\n", "Chỉ thị", "09-CT/TW", "Ban Bí thư"),
    ("Ban Bí thư T.Ư Đoàn ban hành kế hoạch tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Đoàn.\n", "Kế hoạch",
     None, "Ban Bí thư Trung ương Đoàn"),
    # its number in brackets after the type
    ("Ngày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, cơ quan ngang Bộ thực hiện.\n",
     "Công văn", "73/TTg-CN", "Thủ tướng Chính phủ"),
    # a ministry's Party committee
    ("Đảng ủy Bộ Y tế vừa ban hành Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ Bộ Y tế lần thứ I.\n",
     "Chương trình", None, "Đảng ủy Bộ Y tế"),
    # signed and sent, urgent, under a headline saying it was issued without its number
    ("Thủ tướng Chính phủ ban hành Công điện về ứng phó lũ lớn\nNgày 4/12/2027, Thủ tướng Chính phủ Nguyễn Văn A đã ký "
     "gửi Công điện hỏa tốc số 1702/CĐ-TTg đến các Bộ, UBND các tỉnh.\n", "Công điện", "1702/CĐ-TTg",
     "Thủ tướng Chính phủ"),
    # a deputy prime minister signing as the head of a national steering committee: the committee's
    ("Phó Thủ tướng Nguyễn Văn Bình, Trưởng Ban Chỉ đạo quốc gia về phòng thủ dân sự, vừa ký Công điện số 07/CĐ-BCĐ "
     "về ứng phó với bão số 5.\n", "Công điện", "07/CĐ-BCĐ", "Ban Chỉ đạo quốc gia về phòng thủ dân sự"),
    # a minister as its standing deputy head, after what the ministry says ("Bộ Y tế thông tin, …")
    ("Ngày 20/12, Bộ Y tế thông tin, Bộ trưởng Bộ Y tế Nguyễn Văn C - Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung "
     "ương về an toàn thực phẩm vừa ký ban hành Kế hoạch số 1802/KH-BCĐTWATTP bảo đảm an toàn thực phẩm dịp Tết.\n",
     "Kế hoạch", "1802/KH-BCĐTWATTP", "Ban Chỉ đạo Trung ương về an toàn thực phẩm"),
    # the Prime Minister heading the Government's steering committee, the dash glued to his name, "ban" in small
    # letters; the committee, national by its name alone
    ("Thủ tướng Chính phủ Nguyễn Văn A-Trưởng ban Chỉ đạo của Chính phủ về chuyển đổi số vừa ký Quyết định số "
     "14/QĐ-BCĐCP ban hành Kế hoạch hoạt động năm 2027.\n", "Quyết định", "14/QĐ-BCĐCP",
     "Ban Chỉ đạo của Chính phủ về chuyển đổi số"),
    ("Ban Chỉ đạo của Chính phủ về chuyển đổi số vừa ban hành Kế hoạch hoạt động năm 2027.\n", "Kế hoạch", None,
     "Ban Chỉ đạo của Chính phủ về chuyển đổi số"),
    # a deputy prime minister heading a steering committee named for its task: the committee's, national
    ("Phó Thủ tướng Chính phủ Nguyễn Văn B, Phó Trưởng ban Thường trực Ban Chỉ đạo xây dựng Đề án tổng kết công tác "
     "hội nhập vừa ký Quyết định ban hành Kế hoạch hoạt động của Ban Chỉ đạo.\n", "Quyết định", None,
     "Ban Chỉ đạo xây dựng Đề án tổng kết công tác hội nhập"),
])
def test_a_notice_of_a_national_document(text, doc_type, number, issuer):
    h = header(text)
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, number, issuer, "Việt Nam")


@pytest.mark.parametrize("text, number, place", [
    ("Chủ tịch UBND tỉnh Thanh Hóa ra công điện khẩn về phòng chống bão số 3.\n", None, "Thanh Hóa"),
    ("Vào lúc 10h00 ngày 21/7, Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số 12/CĐ.UBND về khắc phục hậu quả "
     "cơn bão số 3.\n", "12/CĐ-UBND", "Nghệ An"),
])
def test_a_notice_of_an_urgent_dispatch(text, number, place):
    h = header(text)
    assert (h.doc_type, h.number, h.jurisdiction) == ("Công điện", number, place)
    assert h.doc_type_line == 1             # what the page is (without it, an unnumbered one is refused)


@pytest.mark.parametrize("text", [
    "Năm 2024, Chủ tịch UBND tỉnh đã ký Quyết định số 77/QĐ-UBND phê duyệt đề án.\n",
    "Ứng phó mưa lũ\nTrước đó, Phó Thủ tướng Trần Hồng Hà đã ký Công điện số 105/CĐ-TTg về ứng phó mưa lũ.\n",
])
def test_a_decision_someone_signed_before_is_not_the_pages(text):
    assert header(text).number is None              # an earlier document the page reports


def test_the_type_a_notice_prints_before_the_number_wins_over_its_symbol():
    """"… đã ký Công điện số 217/QĐ-TTg …": a dispatch whose symbol was misprinted, as a type line wins over the symbol;
    "văn bản số …" (any document) leaves the symbol's type."""
    h = header("Khắc phục hậu quả bão lũ\nPhó Thủ tướng Trần Hồng Hà đã ký Công điện số 217/QĐ-TTg ngày 16/11/2025 về "
               "ứng phó mưa lũ.\n")
    assert (h.doc_type, h.number) == ("Công điện", "217/QĐ-TTg")
    h = header("Tin tức\nBộ Y tế vừa có văn bản số 1234/QĐ-BYT gửi các tỉnh về việc phê duyệt kế hoạch.\n")
    assert (h.doc_type, h.number) == ("Quyết định", "1234/QĐ-BYT")


def test_a_document_a_notice_says_someone_signed_is_the_pages():
    """"Phó Thủ tướng … đã ký Công điện số 217/CĐ-TTg …" opening a notice, with nothing that says it was earlier."""
    h = header("Khắc phục hậu quả bão lũ\nPhó Thủ tướng Trần Hồng Hà đã ký Công điện số 217/CĐ-TTg ngày 16/11/2025 yêu "
               "cầu các bộ ngành, địa phương chủ động ứng phó mưa lũ.\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Công điện", "217/CĐ-TTg", "Thủ tướng Chính phủ",
                                                                "Việt Nam")


@pytest.mark.parametrize("text, issuer, kind, number, place", [
    # a ministry a notice says issued the plan: national
    ("Xã hội\nNgày 16/10/2025, Bộ Giáo dục và Đào tạo đã ban hành kế hoạch thực hiện Nghị quyết số 71-NQ/TW ngày "
     "22/8/2025 của Bộ Chính trị.\n", "Bộ Giáo dục và Đào tạo", "bo", None, "Việt Nam"),
    # the issuer's name holds no verb of issuing ("UBND tỉnh … ban hành Công văn số …, … và lập kế hoạch")
    ("Ngày 26/5/2015, UBND tỉnh Bình Định ban hành Công văn số 812/UBND-TN, công tác điều chỉnh quy hoạch sử dụng "
     "đất đến năm 2020 và lập kế hoạch sử dụng đất kỳ cuối trên địa bàn tỉnh\n", "UBND tỉnh Bình Định", "text",
     "812/UBND-TN", "Bình Định"),
    # a Party committee's standing committee, placed by the committee's province
    ("Ngày 12/3/2024, Ban Thường vụ Tỉnh ủy Hà Giang đã ban hành Chỉ thị số 21-CT/TU về tăng cường công tác phòng "
     "cháy, chữa cháy.\n", "Ban Thường vụ Tỉnh ủy Hà Giang", "text", "21-CT/TU", "Hà Giang"),
    ("Huyện ủy Lý Sơn ban hành Kế hoạch số 45-KH/HU về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
     "Minh.\n", "Huyện ủy Lý Sơn", "text", "45-KH/HU", "Lý Sơn"),
    # "Ủy" in capitals, a programme, its dated sentence under a portal's lines
    ("Tìm kiếm tin tức\nChung nhan Tin Nhiem Mang\nChương trình thực hiện Chỉ thị 13-CT/TW của Ban Bí thư\nNgày cập "
     "nhật 30/10/2017\nNgày 23/8/2017, Tỉnh Ủy Hà Giang đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị "
     "13-CT/TW của Ban Bí thư.\n", "Tỉnh Ủy Hà Giang", "text", "27-CTr/TU", "Hà Giang"),
    # "TP" and "TP." for thành phố (the dot no sentence's end): the city, its name written out
    ("Ngày 12/3/2024, UBND TP Cần Thơ đã ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2024.\n",
     "UBND thành phố Cần Thơ", "text", "45/KH-UBND", "Cần Thơ"),
    ("Ngày 02/02/2023, UBND TP. Hồ Chí Minh đã ban hành Kế hoạch số 431/KH-UBND về phát triển văn hóa đọc.\n",
     "UBND thành phố Hồ Chí Minh", "text", "431/KH-UBND", "Hồ Chí Minh"),
    ("Chuyển đổi số\nUBND TP.Hải Phòng vừa ban hành Kế hoạch số 77/KH-UBND về chuyển đổi số năm 2025.\n",
     "UBND thành phố Hải Phòng", "text", "77/KH-UBND", "Hải Phòng"),
    # "vừa có Công văn số …" (has a letter: issued it); the name without the abbreviation the page goes on with
    ("Báo cáo công tác bảo vệ môi trường năm 2024\nBộ Nông nghiệp và Môi trường (NNMT) vừa có Công văn số "
     "512/BNNMT-MT ngày 02/12/2024 gửi UBND các tỉnh về việc báo cáo công tác bảo vệ môi trường.\n",
     "Bộ Nông nghiệp và Môi trường", "bo", "512/BNNMT-MT", "Việt Nam"),
    # the number after the type of the issuing sentence, "đã ban hành" without a date before it
    ("Ngày hội văn hóa các dân tộc vùng Tây Bắc năm 2026\nLượt xem: 312\nBộ VHTTDL đã ban hành Quyết định số "
     "2210/QĐ-BVHTTDL đồng ý tổ chức Ngày hội văn hóa các dân tộc vùng Tây Bắc tại tỉnh Sơn La.\n",
     "Bộ VHTTDL", "bo", "2210/QĐ-BVHTTDL", "Việt Nam"),
    # the national trade union confederation
    ("Tổng Liên đoàn Lao động Việt Nam vừa ban hành Kế hoạch số 31/KH-TLĐ về tổ chức Tháng Công nhân năm 2026.\n",
     "Tổng Liên đoàn Lao động Việt Nam", "national", "31/KH-TLĐ", "Việt Nam"),
    # the Prime Minister
    ("Đại hội Thi đua yêu nước toàn quốc\nNgày 10/4/2025, Thủ tướng Chính phủ ban hành Quyết định số 512/QĐ-TTg phê "
     "duyệt Đề án tổ chức Đại hội Thi đua yêu nước toàn quốc lần thứ XI.\n", "Thủ tướng Chính phủ", "national",
     "512/QĐ-TTg", "Việt Nam"),
    # a board of a Party committee
    ("Tuyên truyền kỷ niệm Ngày thành lập tỉnh\nBan Tuyên giáo Tỉnh ủy Bến Tre vừa ban hành Công văn số "
     "214-CV/BTGTU về việc tuyên truyền kỷ niệm Ngày thành lập tỉnh.\n",
     "Ban Tuyên giáo Tỉnh ủy Bến Tre", "text", "214-CV/BTGTU", "Bến Tre"),
    # what a body says, then "this body" issued it: the body, not "Sở … cho biết, đơn vị này"
    ("Bảo đảm an toàn giao thông dịp Tết\nSở Xây dựng tỉnh Quảng Ngãi cho biết, đơn vị này vừa ban hành Kế hoạch số "
     "18/KH-SXD về bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán.\n",
     "Sở Xây dựng tỉnh Quảng Ngãi", "so", "18/KH-SXD", "Quảng Ngãi"),
    ("Phòng chống sốt xuất huyết\nSở Y tế TP Cần Thơ cho biết cơ quan này vừa có Công văn số 905/SYT-NVY gửi các "
     "bệnh viện về việc tăng cường phòng chống sốt xuất huyết.\n",
     "Sở Y tế thành phố Cần Thơ", "so", "905/SYT-NVY", "Cần Thơ"),
    # a province's inspectorate and social-security branch: the province's, not national
    ("Thanh tra tỉnh Nghệ An vừa ban hành Kế hoạch số 56/KH-TTr về thanh tra công tác quản lý đất đai năm 2026.\n",
     "Thanh tra tỉnh Nghệ An", "text", "56/KH-TTr", "Nghệ An"),
    ("Bảo hiểm xã hội tỉnh Gia Lai vừa ban hành Kế hoạch số 140/KH-BHXH về phát triển người tham gia bảo hiểm y tế.\n",
     "Bảo hiểm xã hội tỉnh Gia Lai", "text", "140/KH-BHXH", "Gia Lai"),
])
def test_the_body_a_notice_says_issued_the_document(text, issuer, kind, number, place):
    h = header(text)
    assert (h.issuer, h.issuer_kind, h.number, h.jurisdiction) == (issuer, kind, number, place)


def test_a_portals_site_name_and_date_line_are_no_issuer_nor_the_country_in_prose_a_motto():
    """A site's name and a dated line above the headline are no part of the issuer the notice names ("Văn phòng
    UBND tỉnh Thứ hai 14/10/2024 …"), and "nước Cộng hòa xã hội chủ nghĩa Việt Nam" in prose is no letterhead's
    motto (it had made the page a letterhead, and no notice was read)."""
    h = header("Văn phòng UBND tỉnh\nThứ hai 14/10/2024\nHướng dẫn tuyên truyền tháng 11/2024\nNgày 10/10, Đảng ủy Sở "
               "Tài chính ban hành Công văn số 315 về việc hướng dẫn tuyên truyền tháng 11/2024.\nTheo đó, tập trung "
               "tuyên truyền kỷ niệm ngày thành lập nước Cộng hòa xã hội chủ nghĩa Việt Nam.\n")
    assert (h.issuer, h.doc_type, h.letterhead) == ("Đảng ủy Sở Tài chính", "Công văn", False)


def test_the_youth_unions_letterhead_read_by_row():
    """The Youth Union's central letterhead with its rule and number cell between its two lines, the place-date
    line after it: national."""
    h = header("Chương trình hành động của Đoàn thanh niên\n2051\nBAN CHẤP HÀNH TRUNG ƯƠNG\n***\n"
               "Số:  41  -CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 3 tháng 6 năm 2026\n"
               "CHƯƠNG TRÌNH HÀNH ĐỘNG\n")
    assert (h.issuer, h.jurisdiction, h.number) == ("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Việt Nam",
                                                    "41-CTr/TWĐTN-VP")


def test_the_youth_unions_letterhead_with_its_cells_glued_together():
    """The whole page on one line, the letterhead's cells glued ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN
    TNCS HỒ CHÍ MINH Hà Nội, ngày …"): the Union's central committee, its number without the Union's name, the date
    (none of them had been read)."""
    h = header("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm "
               "2027 QUYẾT ĐỊNHVề việc ban hành Quy định về văn bản của Đoàn--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS "
               "HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\n")
    assert (h.issuer, h.jurisdiction, h.number, h.date) == (
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Việt Nam", "367-QĐ/TWĐTN-VP", dt.date(2027, 10, 29))


@pytest.mark.parametrize("subject", ["PHÊ CHUẨN KẾT QUẢ BẦU CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG",
                                     "CHỈ ĐỊNH TRIỆU TẬP VIÊN KỲ HỌP THỨ NHẤT HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN"])
def test_the_assemblys_standing_committee_over_the_countrys_name_issues(subject):
    """A resolution of 1996-97 titled in capitals, its enacting line over the country's name ("ỦY BAN THƯỜNG VỤ QUỐC
    HỘI" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): the standing committee, national (the province's council its
    title names had been read as the issuer)."""
    h = header(f"NGHỊ QUYẾT SỐ 412 NQ/UBTVQH9 NGÀY 12-6-1997\nCỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI\nVỀ VIỆC {subject}\n"
               "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ vào Điều 91 của Hiến pháp "
               "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\n")
    assert (h.number, h.issuer, h.jurisdiction) == ("412-NQ/UBTVQH9", "Ủy ban Thường vụ Quốc hội", "Việt Nam")


def test_a_committee_directing_a_department_to_draw_up_a_plan_is_no_issuer_named_with_it():
    h = header("Theo đó, UBND tỉnh chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ trì việc xây dựng kế hoạch tổ chức lễ "
               "hội.\n")
    assert h.issuer is None          # it was "UBND tỉnh chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ trì việc"
    # the verb before a comma
    h = header("Sở Lao động – Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu "
               "UBND tỉnh xây dựng Chương trình thăm và chúc Tết.\n")
    assert h.issuer is None


def test_a_notice_dated_after_a_sentence_and_a_letter_it_says_was_issued():
    """The dated sentence after another one in the first paragraph ("Căn cứ …. Ngày 02/11/2021, Sở … đã ban
    hành Kế hoạch số …"), and one without "đã" of a "Văn bản số …" (an official letter): their numbers,
    types and issuers (none had been read)."""
    h = header("Kế hoạch tổ chức hội thi văn nghệ chào mừng 25 năm tái lập tỉnh Bắc Ninh\n\nCăn cứ Kế hoạch số "
               "01/KH-BTC ngày 05/7/2021 của Ban Tổ chức; Kế hoạch số 24/KH-BTG ngày 13/8/2021 của Ban Tuyên giáo. "
               "Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh đã ban hành Kế hoạch số 67/KH-SVHTTDL "
               "tổ chức hội thi.\n")
    assert (h.number, h.doc_type) == ("67/KH-SVHTTDL", "Kế hoạch")
    assert h.issuer == "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh"
    h = header("Hướng dẫn công tác phổ biến, giáo dục pháp luật năm 2020\nNgày 25/3/2020, Sở Tư pháp ban hành Văn bản "
               "số 473/STP-PBGDPL về việc hướng dẫn công tác phổ biến, giáo dục pháp luật năm 2020, cụ thể như sau:\n")
    assert (h.number, h.doc_type, h.issuer) == ("473/STP-PBGDPL", "Công văn", "Sở Tư pháp")


@pytest.mark.parametrize("who, national", [
    # "số" inside the body's name ("chuyển đổi số"), not before a number: one name, and a central one
    ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", True),
    ("Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm", True),
    ("Ban Chỉ đạo chuyển đổi số tỉnh Nam Định", False),
])
def test_a_notice_naming_a_steering_committee_that_issued(who, national):
    h = header(f"Ngày\n19 tháng 6 năm 2025, {who} đã ban hành Kế hoạch số 02-KH/BCĐ nhằm thúc\n"
               "đẩy chuyển đổi số liên thông, đồng bộ.\n")
    assert (h.issuer, h.number) == (who, "02-KH/BCĐ")
    assert h.jurisdiction == ("Việt Nam" if national else "Nam Định")


def test_a_notice_naming_a_party_committees_board_as_on_letterheads():
    # the boards a letterhead may name (PARTY_BOARDS) are the ones a notice may name
    h = header("Ủy ban Kiểm tra Tỉnh ủy Yên Bái vừa ban hành Kế hoạch số 12-KH/UBKTTU về kiểm tra năm 2026.\n")
    assert (h.issuer, h.jurisdiction, h.number) == ("Ủy ban Kiểm tra Tỉnh ủy Yên Bái", "Yên Bái", "12-KH/UBKTTU")


def test_a_notice_naming_the_minister_and_a_number_without_so():
    h = header("Ngày 09/4/2024, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Quyết định 942/QĐ-BVHTTDL về Kế "
               "hoạch triển khai chương trình hợp tác văn hóa.\n")
    assert (h.issuer, h.number, h.jurisdiction) == ("Bộ Văn hóa, Thể thao và Du lịch", "942/QĐ-BVHTTDL", "Việt Nam")


@pytest.mark.parametrize("who, ministry", [
    ("Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Văn Nam", "Bộ Nông nghiệp và Môi trường"),   # the name ends it
    ("Bộ trưởng Bộ Y tế Đào Thị An", "Bộ Y tế"),
    ("Bộ trưởng Bộ Công Thương", "Bộ Công Thương"),          # a name in capitals throughout is the ministry's
])
def test_a_ministers_name_after_the_ministrys_is_not_part_of_it(who, ministry):
    h = header(f"{who} vừa ban hành Chương trình hành động năm 2026 của ngành.\n")
    assert (h.issuer, h.jurisdiction) == (ministry, "Việt Nam")


def test_the_body_whose_resolution_a_signers_title_names_did_not_sign():
    """"… Ban Chỉ đạo xây dựng Đề án “Tổng kết … Nghị quyết số 22-NQ/TW của Bộ Chính trị về Hội nhập Quốc tế” vừa ký
    Quyết định …": the Politburo is named as the resolution's, after "của"; it signed nothing. The deputy prime
    minister signed as the committee's deputy head, its name read whole with the number in its quotes: national."""
    h = header("Phó Thủ tướng Chính phủ Nguyễn Văn B, Phó Trưởng ban Thường trực Ban Chỉ đạo xây dựng Đề án “Tổng kết "
               "10 năm thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị về Hội nhập Quốc tế” vừa ký Quyết định ban "
               "hành Kế hoạch hoạt động của Ban Chỉ đạo.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == (
        "Quyết định", "Ban Chỉ đạo xây dựng Đề án “Tổng kết 10 năm thực hiện Nghị quyết số 22-NQ/TW của Bộ Chính trị "
        "về Hội nhập Quốc tế”", "Việt Nam")


def test_a_cited_letters_sender_after_a_dash_issued_nothing():
    """"Thực hiện Công văn số … của Bộ Nông nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch …": the dash
    after "PTNT" is no news dateline's, and a body's name never runs into a subject ("về việc …")."""
    h = header("Kế hoạch nước sạch năm 2027\nThực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2026 của Bộ Nông "
               "nghiệp & PTNT - Tổng cục Thủy Lợi về việc xây dựng kế hoạch Chương trình năm 2027.\n")
    assert h.issuer is None


def test_a_list_of_other_pages_headlines_places_nothing():
    """Links to other pages above the text, each line ending with a dash but the last ("Hưng Yên: Khai mạc Lễ hội Đền
    - Chùa Phượng Vũ -"): no headline of the page, so none of their provinces is its place; a headline of its own
    still places the committee its notice leaves unnamed. An office's name is read whole ("Văn phòng UBND Thành phố
    vừa ban hành …"), not as the committee inside it."""
    h = header("Du lịch -\nHưng Yên: Khai mạc Lễ hội Đền - Chùa Phượng Vũ -\nQuảng Ngãi đón 750.000 lượt du khách\n"
               "Văn phòng UBND Thành phố vừa ban hành Thông báo số 731/TB-VP về kết luận của Phó Chủ tịch UBND Thành "
               "phố tại cuộc họp.\n")
    assert (h.number, h.issuer, h.jurisdiction) == ("731/TB-VP", "Văn phòng UBND Thành phố", None)
    h = header("Hưng Yên: Khai mạc Lễ hội Đền Chùa\nUBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND về lễ hội.\n")
    assert (h.issuer, h.jurisdiction) == ("Ủy ban nhân dân tỉnh Hưng Yên", "Hưng Yên")


def test_a_document_a_sentence_says_is_carried_out_is_no_headlines_type():
    """"Theo đó, UBND tỉnh yêu cầu các sở … triển khai thực hiện Nghị quyết Trung ương 3 khóa X …" opening a page: no
    resolution (it had been read as the page's type, "Nghị quyết"); a headline that opens with its type still is."""
    h = header("Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành khẩn trương triển khai thực hiện Nghị quyết Trung ương 3 "
               "khóa X về phòng, chống tham nhũng.\n")
    assert h.doc_type is None
    h = header("Kế hoạch Chương trình phòng, chống dịch năm 2026\nUBND tỉnh vừa ban hành kế hoạch.\n")
    assert h.doc_type == "Kế hoạch"


def test_a_headline_in_capitals_that_opens_with_its_province():
    """"NAM ĐỊNH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH …" over a notice naming "UBND tỉnh" alone: that province's
    committee, as a headline in small letters places it (it had been "UBND tỉnh", nowhere)."""
    h = header("HƯNG YÊN TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH BẢO TỒN DI SẢN VĂN HÓA\n\nNgày 15/7, UBND tỉnh đã ban hành "
               "Kế hoạch số 96/KH-UBND triển khai thực hiện Chương trình bảo tồn di sản văn hoá.\n")
    assert (h.number, h.issuer, h.jurisdiction) == ("96/KH-UBND", "Ủy ban nhân dân tỉnh Hưng Yên", "Hưng Yên")


def test_a_notice_whose_issuer_opens_the_line_under_its_headline():
    """"Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động …" on the line under a headline (the stream
    joins the lines: no sentence boundary before it): the issuer, without "vừa", and the type."""
    h = header("Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\nBan Thường vụ Tỉnh ủy "
               "vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính "
               "trị. Nội dung như sau:\n")
    assert (h.issuer, h.doc_type) == ("Ban Thường vụ Tỉnh ủy", "Chương trình")


@pytest.mark.parametrize("text, doc_type, number", [
    # the type in lower case, after the portal's name
    ("Thực hiện Chiến lược phát triển công nghiệp văn hóa\n10/8/2017 8:40\nLaocai.gov.vn: UBND tỉnh vừa ban hành kế "
     "hoạch số 61/KH-UBND tỉnh về triển khai Chiến lược phát triển các ngành công nghiệp văn hóa.\n", "Kế hoạch",
     "61/KH-UBND"),
    # the number without "số"
    ("Nghị quyết về y tế\nBộ Chính trị ban hành Nghị quyết 77-NQ/TW, xác định sức khỏe là vốn quý nhất.\n",
     "Nghị quyết", "77-NQ/TW"),
])
def test_the_number_a_notice_says_was_issued(text, doc_type, number):
    h = header(text)
    assert (h.doc_type, h.number) == (doc_type, number)


@pytest.mark.parametrize("text", [
    "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Phú Yên thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh\n"
    "Sáng 23-9, các đại biểu đã biểu quyết thông qua dự thảo Chương trình hành động.\n",
    "TIN HOẠT ĐỘNG\n\nChương trình hoạt động toàn khóa của Ủy ban MTTQ Việt Nam tỉnh khóa IX\n\nNhằm thực hiện "
    "thắng lợi Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh đã đề ra …\n",
])
def test_a_headline_that_opens_with_its_type(text):
    # the type the headline opens with, not the resolution it names after
    assert header(text).doc_type == "Chương trình"


def test_a_paragraph_that_opens_with_a_type_word_is_no_headline():
    h = header("Phát triển văn hóa đọc\nTheo đó, mục tiêu đến năm 2030, phấn đấu 80% học sinh được tiếp cận thư viện.\n"
               "Nghị quyết đã mở đường cho phát triển khoa học công nghệ, đổi mới sáng tạo.\n")
    assert h.doc_type is None


def test_a_notice_of_the_document_a_headline_carries_out_is_not_the_pages():
    # the resolution the programme carries out, and who issued it, are not the page's number and issuer
    h = header("Chương trình hành động của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 47-NQ/TW của Bộ Chính trị\n\n"
               "Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 47-NQ/TW về xây dựng và phát triển thành phố Hải "
               "Phòng đến năm 2030.\n")
    assert (h.doc_type, h.number, h.issuer) == ("Chương trình", None, None)


def test_an_old_gazette_text_headed_by_its_type_and_issuer_alone():
    """"CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ" / "Về việc triển khai thực hiện Nghị quyết 08/NQ -TW …" / "Ngày …, Bộ Chính
    trị đã ban hành Nghị quyết số 08/NQ-TW …": the Prime Minister's directive (its number not shown), not the resolution
    it carries out, which the second line of its headline names."""
    h = header("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ\nVề việc triển khai thực hiện Nghị quyết 12/NQ -TW ngày 05/03/2003\n"
               "của Bộ Chính trị về công tác cải cách hành chính\nNgày 05 tháng 3 năm 2003, Bộ Chính trị đã ban hành "
               "Nghị quyết số 12/NQ-TW về cải cách hành chính.\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Chỉ thị", None, "Thủ tướng Chính phủ", "Việt Nam")


def test_the_type_a_notice_says_was_issued():
    """"Bộ … ban hành Chương trình hành động thực hiện Nghị quyết …": a programme, not the resolution
    a headline names first."""
    h = header("Bộ Văn hóa, Thể thao và Du lịch ban hành Chương trình hành động thực hiện Nghị quyết Đại hội XIII\n"
               "15/07/2021 / 85 lượt xem\nNgày 12/7/2021, Bộ Văn hóa, Thể thao và Du lịch ban hành Chương trình hành "
               "động với các nội dung chính như sau:\n")
    assert (h.doc_type, h.issuer) == ("Chương trình", "Bộ Văn hóa, Thể thao và Du lịch")


@pytest.mark.parametrize("title, issuer", [
    ("Kế hoạch 05-KH/BCĐTW 2026 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
     "chuyển đổi số", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
    ("Kế hoạch 318/KH-BYT năm 2026 của Bộ Y tế", "Bộ Y tế"),
])
def test_a_portal_title_naming_a_national_issuer_after_the_number(title, issuer):
    """A portal's title "<Type> <number> <year> của <national body>" over its tabs: that body, national, not the
    provinces the text names."""
    h = header(f"{title}\n\n  • Thuộc tính\n  • Nội dung\n\nCác tỉnh Nghệ An, Hà Tĩnh triển khai thực hiện.\n")
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


def test_an_offices_title_after_TP_is_no_place():
    """"… Chủ tịch UBND TP. Chủ tịch HĐND …": "Chủ" (folded as the town Chũ is) is no place the page names."""
    h = header("Chiều 20-6, đồng chí Nguyễn Văn A, Bí thư Thành ủy chủ trì cuộc họp chuẩn bị kỳ họp HĐND. Cùng dự có "
               "Phó Chủ tịch UBND TP. Chủ tịch HĐND các phường báo cáo.\n")
    assert h.jurisdiction is None


def test_a_district_printed_with_its_marks_is_one_spelled_alike():
    """A name printed with its diacritics names a district spelled alike, not one that only folds the same: "Chủ" is
    no thị xã Chũ; a name printed without any ("Cho Don", a damaged scan) still matches Chợ Đồn."""
    from ingest.header import _known_place
    from ingest.places import places
    units = places()
    assert _known_place("Chủ", "thành phố", units) is None
    assert _known_place("Chũ", "thị xã", units) == ("Chũ", "thị xã", "Bắc Giang")
    assert _known_place("CHỢ ĐỒN", "huyện", units) == ("Chợ Đồn", "huyện", "Bắc Kạn")
    assert _known_place("Cho Don", "huyện", units) == ("Cho Don", "huyện", "Bắc Kạn")


@pytest.mark.parametrize("text, issuer, place", [
    ("Tin tức\nTỉnh Quảng Ngãi vừa ban hành Kế hoạch tổ chức thi đua chào mừng 50 năm giải phóng tỉnh.\n",
     "UBND tỉnh Quảng Ngãi", "Quảng Ngãi"),
    ("Tin tức\nThành phố Vinh vừa ban hành Kế hoạch số 40/KH-UBND về chỉnh trang đô thị.\n",
     "UBND thành phố Vinh", "Vinh"),
    ("Tin tức\nTP Cần Thơ vừa ban hành Kế hoạch số 41/KH-UBND về chuyển đổi số.\n", "UBND thành phố Cần Thơ",
     "Cần Thơ"),
    # Hồ Chí Minh City as the press writes it
    ("Tin tức\nTP.HCM vừa ban hành Kế hoạch số 42/KH-UBND về chuyển đổi số.\n", "UBND thành phố Hồ Chí Minh",
     "Hồ Chí Minh"),
    ("Tin tức\nTPHCM vừa ban hành Kế hoạch số 43/KH-UBND về chuyển đổi số.\n", "UBND thành phố Hồ Chí Minh",
     "Hồ Chí Minh"),
])
def test_a_notice_naming_the_province_or_city_itself_as_issuer(text, issuer, place):
    """"Tỉnh Quảng Ngãi vừa ban hành Kế hoạch …": the press names the province for its committee."""
    h = header(text)
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Kế hoạch", issuer, place)


def test_a_headline_run_into_its_lead_on_one_line():
    """A stored page whose headline and lead are one line: the body that "just" issued the document, after the
    headline's last word; not a signer's committee read without its title ("Phó Chủ tịch UBND …")."""
    h = header(" date 2017-01 Cần Thơ: miễn đóng góp quỹ phòng chống thiên tai HĐND TP Cần Thơ vừa ban hành nghị "
               "quyết bãi bỏ nghị quyết 21 năm 2012 của HĐND TP Cần Thơ về mức đóng góp.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction, h.notice_line) == ("Nghị quyết", "HĐND thành phố Cần Thơ", "Cần Thơ",
                                                                      1)
    h = header("Đảm bảo an toàn giao thông dịp lễ hội Sở Xây dựng tỉnh Ninh Bình vừa ban hành Kế hoạch số 77/KH-SXD về "
               "bảo đảm an toàn giao thông.\n")
    assert (h.issuer, h.number) == ("Sở Xây dựng tỉnh Ninh Bình", "77/KH-SXD")
    # the chairman of the committee signing, his other office after a dash no part of its place
    h = header("Hà Tĩnh ban hành Công điện khẩn ứng phó bão số 9, mưa lũ, lũ quét Chủ tịch UBND tỉnh Hà Tĩnh - Trưởng "
               "Ban Chỉ huy Phòng thủ dân sự tỉnh vừa ký ban hành Công điện khẩn số 31/CĐ-UBND ngày 2/10/2027.\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Công điện", "31/CĐ-UBND", "UBND tỉnh Hà Tĩnh",
                                                                 "Hà Tĩnh")
    h = header("Chủ tịch UBND tỉnh Hà Tĩnh - Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh vừa ký ban hành Công điện khẩn "
               "số 31/CĐ-UBND ngày 2/10/2027.\n")
    assert (h.issuer, h.jurisdiction) == ("UBND tỉnh Hà Tĩnh", "Hà Tĩnh")


@pytest.mark.parametrize("opening", [
    "Phó Chủ tịch Thường trực UBND tỉnh Lào Cai Nguyễn Văn D",       # a standing deputy chairman
    " date 2027-10-05 Phó Chủ tịch Thường trực UBND tỉnh Lào Cai Nguyễn Văn D",   # after a stored page's date
    "Bão số 9 Phó Chủ tịch thường trực UBND tỉnh Lào Cai Nguyễn Văn D",  # a headline run into the lead
    "Phó Chủ tịch UBND tỉnh Lào Cai, ông Nguyễn Văn D",              # his name after a comma
])
def test_a_deputy_chairmans_name_is_no_part_of_his_committee(opening):
    """"Phó Chủ tịch Thường trực UBND tỉnh Lào Cai Nguyễn Văn D vừa ký …" is the province's committee (the issuer had
    been "UBND tỉnh Lào Cai Nguyễn Văn D", or "Ủy ban nhân dân tỉnh Lào Cai," with the comma)."""
    h = header(f"{opening} vừa ký Công điện số 8/CĐ-UBND ngày 4/10/2027 của Chủ tịch UBND tỉnh yêu cầu các sở ứng phó "
               "bão số 9.\n\nCông điện được ban hành.\n")
    assert (h.number, h.jurisdiction) == ("8/CĐ-UBND", "Lào Cai")
    assert h.issuer in ("Ủy ban nhân dân tỉnh Lào Cai", "UBND tỉnh Lào Cai")


def test_a_notice_under_a_sites_menu_lines():
    """A news site's menu over the lead ("21" / "150" / "Tiêu điểm/" / … six short lines): the lead is still one of the
    first lines (its ministry had not been read); a lone date over the headline does not count as a menu."""
    h = header("21\n150\nTiêu điểm/\n/tieu-diem\nĐại hội Đảng\nNhiệm kỳ 2025-2030\nBộ Công an vừa ký công điện số "
               "57/HT1 đề nghị công an các địa phương tuyên truyền về nguy cơ cháy nổ do đèn trời.\n")
    assert (h.issuer, h.jurisdiction, h.number, h.doc_type) == ("Bộ Công an", "Việt Nam", "57/HT1", "Công điện")


def test_a_portal_title_under_a_sites_menu_lines():
    """A document's page title under a site's menu ("3 trang" / "35 lượt xem" / "0" / "35"): the title is read as a
    first line is (the page had been left without type and number)."""
    h = header("3 trang\n35 lượt xem\n0\n35\nCông điện số 09/CĐ-TTg năm 2027\nCông điện số 09/CĐ-TTg ngày 03/02/2027 "
               "của Thủ tướng Chính phủ chỉ đạo các bộ bảo đảm nếp sống văn minh trong lễ hội.\n")
    assert (h.doc_type, h.number) == ("Công điện", "09/CĐ-TTg")


@pytest.mark.parametrize("text, doc_type, issuer, jurisdiction", [
    # the General Secretary signing for the Politburo, "thay mặt" after his name
    (" date 2027-01-25 Tổng Bí thư Nguyễn Văn E vừa thay mặt Bộ Chính trị ký ban hành Chỉ thị số 01 về nghiên cứu, "
     "học tập Nghị quyết Đại hội. Chỉ thị ra đời ngay sau Đại hội.\n\nĐại hội đã thông qua Nghị quyết.\n",
     "Chỉ thị", "Bộ Chính trị", "Việt Nam"),
    # an election committee, not the council whose deputies it elects
    (" date 2027-01-04 Ủy ban Bầu cử đại biểu Quốc hội khóa XVII và đại biểu HĐND TPHCM nhiệm kỳ 2031-2036 vừa ban "
     "hành Nghị quyết về số lượng đơn vị bầu cử đại biểu HĐND TPHCM.\n", "Nghị quyết",
     "Ủy ban Bầu cử đại biểu Quốc hội khóa XVII và đại biểu HĐND thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    # its resolution, unnumbered ("vừa có Nghị quyết …")
    (" date 2027-02-16 Ủy ban bầu cử TPHCM vừa có Nghị quyết công bố danh sách những người ứng cử.\n", "Nghị quyết",
     "Ủy ban bầu cử thành phố Hồ Chí Minh", "Hồ Chí Minh"),
])
def test_notices_of_party_and_election_bodies(text, doc_type, issuer, jurisdiction):
    h = header(text)
    assert (h.doc_type, h.issuer, h.jurisdiction) == (doc_type, issuer, jurisdiction)


def test_a_notice_opening_in_the_document_after_a_stored_pages_date():
    """" date 2027-09-27 Trong Công văn số 5287/UBND-NC về việc …, UBND TP Hà Nội yêu cầu …": the letter it reports
    (it had been left without type and number, and read as a plan)."""
    h = header(" date 2027-09-27 Trong Công văn số 5287/UBND-NC về việc tổ chức các hoạt động hưởng ứng \"Ngày toàn "
               "dân phòng cháy và chữa cháy\" (4/10), UBND TP Hà Nội yêu cầu các sở đẩy mạnh tuyên truyền.\n")
    assert (h.doc_type, h.number) == ("Công văn", "5287/UBND-NC")


@pytest.mark.parametrize("place, jurisdiction", [
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Thừa Thiên-Huế", "Huế"), ("Phan Rang-Tháp Chàm", "Phan Rang-Tháp Chàm"),
])
def test_a_place_date_lines_place_joined_by_a_hyphen_or_dash(place, jurisdiction):
    """The place of "Bà Rịa-Vũng Tàu, ngày …" is the province, its committee the issuer of a letterhead that lost its
    second line (it had been "Tàu", no place; "Bà Rịa – Vũng Tàu" had been the city of Vũng Tàu)."""
    h = header(f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 24/CT-UBND | {place}, ngày 16 tháng 10 "
               "năm 2017 |\nCHỈ THỊ\nVỀ VIỆC NGĂN CHẶN KHAI THÁC HẢI SẢN TRÁI PHÉP\n")
    assert h.jurisdiction == jurisdiction
    assert h.issuer is not None and h.issuer.endswith(jurisdiction)


@pytest.mark.parametrize("cell, date", [
    ("Hưng Yên ngày 27 tháng 8 năm 2025", dt.date(2025, 8, 27)),        # no comma after the place
    ("Cần Thơ, ngày 25 Tháng 8 năm 2025", dt.date(2025, 8, 25)),        # a word capitalised
    ("Hà Nội, Ngày 03 Tháng 02 Năm 2025", dt.date(2025, 2, 3)),
    ("Vĩnh yên, ngày 12 tháng 3 năm 2020", dt.date(2020, 3, 12)),       # the place's last word in small letters
])
def test_a_place_date_cell_without_its_comma_or_with_capitals(cell, date):
    """A place-date cell as some portals print it: the place run into "ngày", or the words capitalised (the date had
    been read as missing). Without the comma only where a cell or a line starts: a date in prose after a body's name
    ("… của UBND Tỉnh Hà Nam ngày 5 tháng 3 năm 2024") is no place-date line."""
    h = header(f"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 719/QĐ-UBND | {cell} |\nQUYẾT ĐỊNH\n"
               "BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN KHOA HỌC\n")
    assert h.date == date
    h = header("UBND TỈNH HÀ NAM\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 5/QĐ-UBND của UBND Tỉnh Hà Nam "
               "ngày 5 tháng 3 năm 2024 về phòng chống thiên tai\n")
    assert (h.number, h.date) == ("12/KH-UBND", None)


@pytest.mark.parametrize("name", ["LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                                  "LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI"])
def test_a_department_whose_name_has_a_dash_issues_under_its_committee(name):
    """"UBND TỈNH HÀ TĨNH / SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI": the department issues, named as the gazetteer writes
    it (the dash had ended its name, and the committee above it was read as the issuer)."""
    h = header(f"UBND TỈNH HÀ TĨNH\nSỞ {name}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nSố: 21/HD-SLĐTBXH\nHà Tĩnh, ngày 24 tháng 02 năm 2014\nHƯỚNG DẪN\n"
               "ĐĂNG KÝ HOẠT ĐỘNG DẠY NGHỀ\n")
    assert (h.issuer, h.jurisdiction) == ("Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh", "Hà Tĩnh")


@pytest.mark.parametrize("letterhead, number, issuer", [
    ("UBND HUYỆN THANH OAI\nTRƯỜNG THCS BÍCH HÒA", "15/KH-THCS", "Trường THCS Bích Hòa"),
    ("UBND HUYỆN THANH OAI\nTRƯỜNG TIỂU HỌC THANH VĂN", "16/KH-TH", "Trường Tiểu học Thanh Văn"),
    ("UBND HUYỆN THANH OAI\nTRƯỜNG MẪU GIÁO HOA SEN", "19/KH-MG", "Trường Mẫu giáo Hoa Sen"),
    ("UBND HUYỆN THANH CHƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc",
     "278/PGD&ĐT-THCS", "Phòng Giáo dục và Đào tạo huyện Thanh Chương"),
    ("UBND HUYỆN THANH OAI\nPHÒNG GD&ĐT", "17/KH-PGDĐT", "Phòng GD&ĐT huyện Thanh Oai"),
    # its unit's word without the name: the committee's place
    ("UBND HUYỆN THANH OAI\nTRUNG TÂM Y TẾ HUYỆN", "20/KH-TTYT", "Trung tâm Y tế huyện Thanh Oai"),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nHUYỆN MỘC CHÂU | Độc lập - Tự do - Hạnh phúc |\n"
     "TRUNG TÂM Y TẾ HUYỆN MỘC CHÂU | |", "18/KH-TTYT", "Trung tâm Y tế huyện Mộc Châu"),
    # a college's name run on over the next line (it had been "Trường Cao Đẳng Công Nghệ", without "Thủ Đức")
    ("UBND HUYỆN THANH OAI\nTRƯỜNG CAO ĐẲNG CÔNG NGHỆ\nTHANH OAI", "34/QĐ-CNTO", "Trường Cao đẳng Công Nghệ Thanh Oai"),
])
def test_a_unit_under_a_local_committee_issues_what_its_letterhead_heads(letterhead, number, issuer):
    """A school, an office or a centre prints its committee's name above its own ("UBND HUYỆN THANH OAI" / "TRƯỜNG THCS
    BÍCH HÒA"): the unit issues, named as agencies are written (the committee had been read as the issuer); the
    committee's place is still the document's."""
    h = header(f"{letterhead}\nSố: {number}\nThanh Oai, ngày 12 tháng 9 năm 2023\nKẾ HOẠCH\n"
               "Tổ chức các hoạt động năm học\n")
    assert h.issuer == issuer
    assert h.jurisdiction in ("Thanh Oai", "Thanh Chương", "Mộc Châu")


def test_a_branchs_name_run_on_into_the_next_lines_branch():
    """"CÔNG AN TỈNH LÀO CAI" / "CÔNG AN XÃ BẮC HÀ" one line after the other, no cell between: the commune's police (the
    province's name ran on into the next line's words, which hid the commune's branch: the province's had issued)."""
    h = header("CÔNG AN TỈNH LÀO CAI\nCÔNG AN XÃ BẮC HÀ\n-------\nSố: 45/KH-CAX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Bắc Hà, ngày 12 tháng 8 năm 2025\nKẾ HOẠCH\nBảo đảm an ninh trật tự\n")
    assert (h.issuer, h.jurisdiction) == ("Công an xã Bắc Hà", "Bắc Hà")


@pytest.mark.parametrize("letterhead", ["UBND TỈNH NGHỆ AN\nVĂN PHÒNG\n-------",
                                        "| ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                                        "| VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc |"])
def test_a_committees_office_named_alone_under_it_issues(letterhead):
    """"UBND TỈNH NGHỆ AN" / "VĂN PHÒNG" over "Số: 45/VP-TH": the committee's office (the committee had been read)."""
    h = header(f"{letterhead}\nSố: 45/VP-TH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVinh, ngày 12 tháng 8 năm 2023\n"
               "V/v triển khai kế hoạch\n")
    assert (h.issuer, h.jurisdiction) == ("Văn phòng UBND tỉnh Nghệ An", "Nghệ An")


@pytest.mark.parametrize("letterhead, issuer, place", [
    # a ward's office of 2025 whose field ends in "XÃ HỘI" (it had been "Phòng Văn hóa - xã Hội", a commune "Hội")
    ("UBND PHƯỜNG BA ĐÌNH\nPHÒNG VĂN HÓA - XÃ HỘI", "Phòng Văn hóa - Xã hội phường Ba Đình", "Ba Đình"),
    # a commune's office and school on the line under it (no issuer and no place had been read: the commune's name ran
    # on into the next line's words)
    ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nVĂN PHÒNG HĐND VÀ UBND", "Văn phòng HĐND và UBND xã Tân Phú", "Tân Phú"),
    ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nTRƯỜNG MẦM NON TÂN PHÚ", "Trường Mầm non Tân Phú", "Tân Phú"),
])
def test_a_wards_or_communes_unit_under_its_committee(letterhead, issuer, place):
    h = header(f"{letterhead}\n-------\nSố: 45/KH-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               f"{place}, ngày 12 tháng 8 năm 2025\nKẾ HOẠCH\nTổ chức các hoạt động\n")
    assert (h.issuer, h.jurisdiction) == (issuer, place)


@pytest.mark.parametrize("parent", ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GD&ĐT"])
def test_a_school_under_a_parent_that_names_no_place_issues(parent):
    """"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" / "TRƯỜNG THCS DƯƠNG HÀ" / "Số: 37/KH-THCSDH": the school issues, its place unknown
    (no issuer had been read: its parent named no district)."""
    h = header(f"{parent}\nTRƯỜNG THCS DƯƠNG HÀ\nSố: 37/KH-THCSDH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
               "do - Hạnh phúc\nDương Hà, ngày 19 tháng 11 năm 2020\nKẾ HOẠCH\nTổ chức các hoạt động thư viện\n")
    assert h.issuer == "Trường THCS Dương Hà"


@pytest.mark.parametrize("parent, branch, issuer, jurisdiction", [
    ("BỘ CÔNG AN", "CÔNG AN TỈNH NGHỆ AN", "Công an tỉnh Nghệ An", "Nghệ An"),
    ("TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH BẮC NINH", "Cục Thuế tỉnh Bắc Ninh", "Bắc Ninh"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH HÀ TĨNH", "Bảo hiểm xã hội tỉnh Hà Tĩnh", "Hà Tĩnh"),
    ("QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN", "Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Nghệ An"),
    # a district's branch under its province's
    ("CÔNG AN TỈNH NGHỆ AN", "CÔNG AN HUYỆN NGHI LỘC", "Công an huyện Nghi Lộc", "Nghi Lộc"),
    # a commune's police of 2025 under its province's
    ("CÔNG AN TỈNH LÀO CAI", "CÔNG AN XÃ BẮC HÀ", "Công an xã Bắc Hà", "Bắc Hà"),
    # the central body alone issues
    ("BỘ CÔNG AN", "-------", "Bộ Công an", "Việt Nam"),
    # a city's, "TP" for its unit
    ("TỔNG CỤC THUẾ", "CỤC THUẾ TP HÀ NỘI", "Cục Thuế thành phố Hà Nội", "Hà Nội"),
    # a province's tax office of 2025, under the national tax department (no issuer had been read)
    ("CỤC THUẾ", "THUẾ TỈNH BẮC NINH", "Thuế tỉnh Bắc Ninh", "Bắc Ninh"),
    ("THUẾ TỈNH BẮC NINH", "THUẾ CƠ SỞ 3 TỈNH BẮC NINH", "Thuế cơ sở 3 tỉnh Bắc Ninh", "Bắc Ninh"),   # its basic office
    # "TP." glued to the city's name
    ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TP.HỒ CHÍ MINH", "Bảo hiểm xã hội thành phố Hồ Chí Minh",
     "Hồ Chí Minh"),
    # the State Bank's branch, its name on the Bank's next row
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH TỈNH NGHỆ AN", "Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An", "Nghệ An"),
    ("NHNN", "CHI NHÁNH TỈNH NGHỆ AN", "Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An", "Nghệ An"),
])
def test_a_central_bodys_branch_in_a_province_issues_in_it(parent, branch, issuer, jurisdiction):
    """A branch under its central body's name ("BỘ CÔNG AN" / "CÔNG AN TỈNH NGHỆ AN"): the branch issues, in its
    province or district (the central body had been read as the issuer and the country as the place, or no issuer)."""
    h = header(f"| {parent} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| {branch} | Độc lập - Tự do - Hạnh phúc |\n"
               "| Số: 12/KH-CAT | Vinh, ngày 12 tháng 3 năm 2020 |\n\nKẾ HOẠCH\nPhòng chống tội phạm năm 2020\n")
    assert (h.issuer, h.jurisdiction) == (issuer, jurisdiction)


@pytest.mark.parametrize("letterhead, issuer", [
    ("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n-------", "Tổng cục Hải quan"),
    ("BỘ TÀI CHÍNH\nTỔNG CỤC\nTHUẾ\n-------", "Tổng cục Thuế"),                 # its name on the next line
    ("BỘ QUỐC PHÒNG\nBTL BỘ ĐỘI BIÊN PHÒNG\n-------", "Bộ Tư lệnh Bộ đội Biên phòng"),
    ("BỘ CÔNG AN\nVĂN PHÒNG\n-------", "Văn phòng Bộ Công an"),
    ("BỘ Y TẾ\n-------", "Bộ Y tế"),                                           # the ministry itself
    ("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n-------", "Bộ Lao động - Thương binh và Xã hội"),
    # under a ministry's name on two lines, a steering committee
    ("BỘ THÔNG TIN VÀ\nTRUYỀN THÔNG\nBAN CHỈ ĐẠO THÔNG TIN TUYÊN TRUYỀN ASEAN\n--------",
     "Ban Chỉ đạo thông tin tuyên truyền ASEAN"),
])
def test_a_ministrys_unit_under_its_name_issues(letterhead, issuer):
    """A general department, office or command printed under its ministry's name issues (the ministry had been read
    as the issuer, or its name run on into the unit's: "Bộ Quốc phòng btl bộ đội biên phòng", "Bộ Công an văn
    phòng")."""
    h = header(f"{letterhead}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
               "Số: 5452/TCHQ-GSQL\nV/v hướng dẫn thủ tục\nHà Nội, ngày 19 tháng 09 năm 2018\n"
               "Kính gửi: Bộ Công Thương.\n")
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


def test_the_fronts_joint_letterhead_with_the_central_organisations():
    """"ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM - HỘI NÔNG DÂN VIỆT NAM": the Front issues
    with the others, in the country (no issuer had been read, and Hà Nội by the place-date line)."""
    h = header("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM - HỘI NÔNG DÂN VIỆT NAM | CỘNG HÒA "
               "XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 38/CTPH-MTTW-ĐTCTXH | Hà Nội, ngày 05 tháng 12 năm 2013 |\n"
               "CHƯƠNG TRÌNH PHỐI HỢP\nnăm 2014\n")
    assert (h.issuer, h.co_issuers, h.jurisdiction) == (
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ["Tổng Liên đoàn Lao động Việt Nam", "Hội Nông dân Việt Nam"],
        "Việt Nam")


@pytest.mark.parametrize("letterhead, issuer, place", [
    # a mass organisation named with its province without the unit's word (no issuer had been read)
    ("HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ\nĐộc lập – Tự do – Hạnh phúc",
     "Hội Liên hiệp Phụ nữ thành phố Hà Nội", "Hà Nội"),
    # a rule run into the district's name, "NHÀ BÈ----------": no part of it (the place had come from the place-date
    # line only, so that the district's committee was read as the issuer)
    ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN NHÀ BÈ----------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     "Hội đồng nhân dân huyện Nhà Bè", "Nhà Bè"),
])
def test_the_place_a_letterhead_prints_oddly_is_its_issuers(letterhead, issuer, place):
    h = header(f"{letterhead}\nSố: 03/2007/NQ-HĐND\nHà Nội, ngày 13 tháng 7 năm 2007\nNGHỊ QUYẾT\n")
    assert (h.issuer, h.jurisdiction, h.jurisdiction_source) == (issuer, place, "letterhead")


def test_a_provinces_steering_committee_a_portals_field_names():
    """"Cơ quan ban hành: | Ban Chỉ đạo phòng, chống dịch COVID-19 Thành phố Hồ Chí Minh |": it issues, in its city
    (no issuer had been read)."""
    h = header("Kế hoạch 2427/KH-BCĐ tổ chức tiêm vắc xin phòng COVID-19 đợt 5\nthuộc tính Kế hoạch 2427/KH-BCĐ\n"
               "Cơ quan ban hành: | Ban Chỉ đạo phòng, chống dịch COVID-19 Thành phố Hồ Chí Minh |\n"
               "Số công báo: | Đang cập nhật |\nSố hiệu: | 2427/KH-BCĐ |\nLoại văn bản: | Kế hoạch |\n")
    assert (h.issuer, h.jurisdiction) == ("Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố Hồ Chí Minh", "Hồ Chí Minh")


def test_a_first_line_saying_which_document_the_page_is():
    """A commune's portal: a title, then "Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về …": that
    report and its number (the type had been read as "Kế hoạch", from the plan the title names). Not when the
    line's type is not the one its number's code names."""
    title = ("Báo cáo Kết quả thực hiện cải cách hành chính và Kế hoạch số 04/KH-UBND ngày 09/01/2023 của UBND "
             "Thành phố năm 2023\n\n")
    h = header(title + "Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả thực hiện cải "
               "cách hành chính;\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n")
    assert (h.doc_type, h.number) == ("Báo cáo", "228/BC-UBND")
    assert h.date is None               # (a date in a line of text, not the place-date line's: no date)
    h = header(title + "Kế hoạch số 228/BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về cải cách hành chính;\n")
    assert h.number != "228/BC-UBND"


def test_the_body_a_line_naming_the_pages_own_document_gives_after_of():
    """"Báo cáo số 228/BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về …" over a report that cites the city's plan:
    the ward's committee issues, in the ward (no issuer had been read, and the city the plan it cites names was taken
    as the place)."""
    h = header("Trang chủ | Tin tức\nBáo cáo số 228/BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về kết quả cải "
               "cách hành chính năm 2023\nNgày đăng: 06/12/2023\nThực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2023 của "
               "UBND thành phố Hạ Long về cải cách hành chính năm 2023, UBND phường báo cáo như sau:\n")
    assert (h.issuer, h.jurisdiction, h.jurisdiction_kind) == ("UBND phường Hà Phong", "Hà Phong", "phường")


def test_the_body_a_line_naming_the_pages_own_document_gives_ends_on_its_line():
    """"Kế hoạch số 92/KH-MTTQ-BTT ngày 12/06/2018 của Ban thường trực" / "Thứ tư, 13/06/2018, 02:00 SA": the standing
    board (the next line's weekday had been read into its name, "Ban thường trực Thứ tư")."""
    h = header("title Lịch tiếp xúc cử tri\n\nKế hoạch số 92/KH-MTTQ-BTT ngày 12/06/2018 của Ban thường trực\n"
               "Thứ tư, 13/06/2018, 02:00 SA\nCỡ chữ Màu chữ image\n\nKẾ HOẠCH\nTổ chức hội nghị tiếp xúc cử tri\n")
    assert (h.number, h.issuer) == ("92/KH-MTTQ-BTT", "Ban thường trực")


@pytest.mark.parametrize("title, issuer, place", [
    ("Kế hoạch số 15/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh Hà Tĩnh triển khai Đề án 06 năm 2024",
     "Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh"),
    ("Công văn số 1557/SGDĐT-GDPT ngày 05/02/2024 của Sở Giáo dục và Đào tạo tỉnh Lào Cai V/v hướng dẫn nhiệm vụ",
     "Sở Giáo dục và Đào tạo tỉnh Lào Cai", "Lào Cai"),
    ("Quyết định 1234/QĐ-UBND năm 2024 của UBND huyện Lý Sơn phê duyệt kế hoạch phòng chống thiên tai",
     "UBND huyện Lý Sơn", "Lý Sơn"),
])
def test_a_portals_title_naming_a_local_body_after_the_number(title, issuer, place):
    """A portal's title giving the number, its date and the local body after "của": that body issues, in its unit (no
    issuer had been read; the place was the first the text names). The title's date is no place-date line's: none."""
    h = header(f"{title}\nCăn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;\n")
    assert (h.issuer, h.jurisdiction, h.date) == (issuer, place, None)


def test_a_notice_naming_a_wards_committee_places_it_in_the_ward():
    """"UBND phường Bến Thành ban hành Kế hoạch số …" over a text citing another city's plan: the ward (the first city
    the text named had been taken)."""
    h = header("Trang chủ | Tin tức\nUBND phường Bến Thành ban hành Kế hoạch số 228/KH-UBND về cải cách hành chính năm "
               "2025\nThực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND thành phố Hạ Long về cải cách hành "
               "chính;\n")
    assert (h.issuer, h.jurisdiction, h.province) == ("UBND phường Bến Thành", "Bến Thành", "Hồ Chí Minh")


def test_the_bracket_that_gives_a_titles_own_number_gives_no_date():
    """"(Theo Kế hoạch số 339/KH-UBND ngày 30/10/2021 của UBND tỉnh)" under the title: its number; its date is no
    place-date line's, so no date (the convention of the layouts' truth: "date from the place-date line only")."""
    h = header("Kế hoạch triển khai chuyển đổi số ngành Văn hóa và Thể thao giai đoạn 2021 - 2025\n"
               "Cập nhật:01/11/2021 1:59:24 CH\n (Theo Kế hoạch số 339/KH-UBND ngày 30/10/2021 của UBND tỉnh)\n"
               "I. MỤC TIÊU\n")
    assert (h.number, h.date) == ("339/KH-UBND", None)


@pytest.mark.parametrize("under", ["V/v thực hiện thủ tục hải quan\nHà Nội, ngày 12 tháng 7 năm 2016",
                                   "Hà Nội, ngày 12 tháng 7 năm 2016\nV/v thực hiện thủ tục hải quan"])
def test_a_number_alone_on_its_line_over_the_subject_or_the_place_date(under):
    """"4346/TCHQ-GSQL" alone on its line, no "Số:", over the letter's subject or its place-date: the letter's number
    (none had been read)."""
    h = header("BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
               f"phúc\n---------------\n4346/TCHQ-GSQL\n{under}\nKính gửi: Cục Hải quan tỉnh Lạng Sơn.\n")
    assert (h.number, h.number_line, h.issuer) == ("4346/TCHQ-GSQL", 7, "Tổng cục Hải quan")


def test_a_number_alone_over_other_text_is_not_taken():
    h = header("BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n4346/TCHQ-GSQL\nTổng cục hướng dẫn\n")
    assert h.number is None


@pytest.mark.parametrize("letterhead, issuer", [
    ("TỔNG CỤC HẢI QUAN\n********", "Tổng cục Hải quan"),         # no ministry's line above it
    ("TỔNG CỤC THUẾ\n-------", "Tổng cục Thuế"),
    # under its ministry, the number cell next (no rule, no motto between)
    ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTỔNG CỤC QUẢN LÝ ĐẤT ĐAI", "Tổng cục Quản lý đất đai"),
])
def test_a_general_department_heading_the_letterhead_issues(letterhead, issuer):
    """A general department's letterhead without its ministry's line, or with it over the number cell: the
    department issues, national (no issuer had been read)."""
    h = header(f"{letterhead}\nSố: 2695/TCHQ-GSQL\nV/v: Hướng dẫn thủ tục hải quan\n"
               "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 13 tháng 6 năm 2002\n")
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


@pytest.mark.parametrize("letterhead, issuer", [
    ("BỘ TÀI CHÍNH\nKHO BẠC NHÀ NƯỚC KHU VỰC XII\n-------", "Kho bạc Nhà nước khu vực XII"),
    ("KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC IV\n-------", "Kiểm toán Nhà nước khu vực IV"),
    ("CỤC HẢI QUAN\nCHI CỤC HẢI QUAN KHU VỰC III\n*****", "Chi cục Hải quan khu vực III"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI KHU VỰC XXIII\n-------", "Bảo hiểm xã hội khu vực XXIII"),
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 5\n-------", "Ngân hàng Nhà nước Chi nhánh khu vực 5"),
    ("KHO BẠC NHÀ NƯỚC KHU VỰC XII\n-------", "Kho bạc Nhà nước khu vực XII"),        # alone
])
def test_a_central_bodys_regional_branch_issues(letterhead, issuer):
    """A central body's branch serving a region of provinces, under its central body's or ministry's line or alone
    ("BỘ TÀI CHÍNH" / "KHO BẠC NHÀ NƯỚC KHU VỰC XII"): the branch issues, national (the ministry had been read with the
    branch's words run into its name, "Bộ Tài chính kho bạc nhà nước khu vực xii", or no issuer and the place-date's
    city)."""
    h = header(f"{letterhead}\nSố: 112/KH-KV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Hải Phòng, ngày 12 tháng 5 năm 2025\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2025\n")
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


def test_another_banks_regional_branch_is_no_public_body():
    h = header("NGÂN HÀNG TMCP CÔNG THƯƠNG\nCHI NHÁNH KHU VỰC 5\n-----\nSố: 112/KH-KV5\n"
               "Hải Phòng, ngày 12 tháng 5 năm 2025\n")
    assert (h.issuer, h.jurisdiction) == (None, "Hải Phòng")


def test_a_departments_letterhead_without_its_city_placed_by_tp_on_the_place_date_line():
    """"SỞ ĐỊA CHÍNH - NHÀ ĐẤT" / "********" over "Tp Hồ Chí Minh, ngày …" ("Tp" without its dot): the city's
    department (no place had been read: "Tp Hồ Chí Minh" was no unit's name)."""
    h = header("SỞ ĐỊA CHÍNH - NHÀ ĐẤT\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "********\n\nSố: 4896/KH-ĐCNĐ\n\nTp Hồ Chí Minh, ngày 02 tháng 5 năm 2002\n\nKẾ HOẠCH KIỂM TRA\n")
    assert (h.issuer, h.jurisdiction) == ("Sở Địa chính - Nhà đất thành phố Hồ Chí Minh", "Hồ Chí Minh")


def test_a_department_over_a_rule_of_stars_issues():
    """"UỶ BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "*****": the department (the city's
    committee had been read as the issuer: a rule of stars did not end the department's name)."""
    h = header("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n*****\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA "
               "VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n*******\n\nSố: 2865/GDĐT-KT&KĐCL\n\nTp.Hồ Chí Minh, ngày 07 "
               "tháng 12 năm 2007\n")
    assert (h.issuer, h.jurisdiction) == ("Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", "Hồ Chí Minh")


@pytest.mark.parametrize("letterhead, issuer, place", [
    ("HỘI NÔNG DÂN VIỆT NAM\nBCH HND TỈNH HÀ NAM\n*", "Hội Nông dân tỉnh Hà Nam", "Hà Nam"),
    ("HỘI LHPN TỈNH NGHỆ AN\nBAN THƯỜNG VỤ", "Hội Liên hiệp Phụ nữ tỉnh Nghệ An", "Nghệ An"),
    ("LĐLĐ HUYỆN YÊN ĐỊNH\n-------", "Liên đoàn Lao động huyện Yên Định", "Yên Định"),
])
def test_a_mass_organisation_printed_with_its_abbreviation(letterhead, issuer, place):
    """"BCH HND TỈNH HÀ NAM", "HỘI LHPN TỈNH …", "LĐLĐ HUYỆN …": the organisation of that unit (no issuer had been
    read)."""
    h = header(f"{letterhead}\nSố: 129-KH/HNDT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Hà Nam, ngày 30 tháng 9 năm 2022\nKẾ HOẠCH\n")
    assert (h.issuer, h.jurisdiction) == (issuer, place)


def test_a_central_associations_letterhead_its_number_before_the_place_date():
    """"HỘI NÔNG DÂN VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG" / "*" / "Số  344 - KH/HNDTW    Hà Nội, ngày …" (two
    columns printed with spaces): the central association, national, and that number (neither had been read)."""
    h = header("      HỘI NÔNG DÂN VIỆT NAM       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG       "
               "        Độc lập – Tự do – Hạnh phúc\n                        *\n          Số  344 - KH/HNDTW           "
               "         Hà Nội, ngày 21 tháng 5 năm 2018\n \nKẾ HOẠCH\nDuyệt đại hội Hội Nông dân các tỉnh\n")
    assert (h.issuer, h.jurisdiction, h.number) == ("Hội Nông dân Việt Nam", "Việt Nam", "344-KH/HNDTW")


@pytest.mark.parametrize("above", ["ĐẢNG BỘ TỈNH THÁI NGUYÊN\nĐẢNG BỘ HUYỆN ĐẠI TỪ", "HUYỆN ỦY ĐẠI TỪ"])
def test_a_communes_party_committee_issues(above):
    """"ĐẢNG ỦY XÃ LA BẰNG" under its district's Party committee or organisation: the commune's committee (none had
    been read, or the district's)."""
    h = header(f"{above}\nĐẢNG ỦY XÃ LA BẰNG\n*\nSố 09-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nLa Bằng, ngày 24 tháng 11 năm "
               "2020\nKẾ HOẠCH\n")
    assert (h.issuer, h.jurisdiction) == ("Đảng ủy xã La Bằng", "La Bằng")


@pytest.mark.parametrize("letterhead, number, issuer, jurisdiction", [
    # "MÔI TRƯỜNG" ends a department's name, its "TRƯỜNG" no school under it (the name had been cut to "… và Môi", and
    # the place-date's town read as the department's place)
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ |", "15/KH-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị",
     "Quảng Trị"),
    ("UBND TỈNH QUẢNG TRỊ\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG |", "15/KH-STNMT", "Sở Tài nguyên và Môi trường tỉnh Quảng Trị",
     "Quảng Trị"),
    # a school named after its parent on one line: the school issues (its parent had been read)
    ("UBND XÃ NINH GIANG TRƯỜNG THCS HIỆP LỰC |", "08/KH-THCSHL", "Trường THCS Hiệp Lực", "Ninh Giang"),
    ("PHÒNG GD&ĐT HUYỆN YÊN ĐỊNH TRƯỜNG TIỂU HỌC ĐỊNH HÒA |", "15/KH-THĐH", "Trường Tiểu học Định Hòa", "Yên Định"),
    ("SỞ GD&ĐT QUẢNG TRỊ TRƯỜNG THPT ĐÔNG HÀ |", "15/KH-THPTĐH", "Trường THPT Đông Hà", "Quảng Trị"),
    # a department's long name, and the province or city after it on its line, its unit's word abbreviated or not
    # (the name had been none past nine words, and "thành phố" twice: "Sở Y tế thành phố thành phố Hồ Chí Minh")
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG TRỊ |", "15/KH-SLĐTBXH",
     "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị", "Quảng Trị"),
    ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ HỒ CHÍ MINH |", "15/KH-SNNPTNT",
     "Sở Nông nghiệp và Phát triển nông thôn thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("SỞ Y TẾ TP. HỒ CHÍ MINH |", "15/KH-SYT", "Sở Y tế thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("SỞ Y TẾ TP.HỒ CHÍ MINH |", "15/KH-SYT", "Sở Y tế thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    # a commune whose name begins with "Trường": no school
    ("UBND XÃ TRƯỜNG SƠN |", "15/KH-UBND", "Ủy ban nhân dân xã Trường Sơn", "Trường Sơn"),
])
def test_words_a_letterhead_line_holds_after_its_body(letterhead, number, issuer, jurisdiction):
    h = header(f"{letterhead} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {number} | Đông Hà, ngày 10 tháng 9 năm "
               "2025 |\nKẾ HOẠCH\nTổ chức năm học mới")
    assert (h.issuer, h.jurisdiction) == (issuer, jurisdiction)


@pytest.mark.parametrize("unit, issuer, jurisdiction, province", [
    ("XÃ A LƯỚI 2", "Ủy ban nhân dân xã A Lưới 2", "A Lưới 2", "Huế"),
    ("PHƯỜNG MÓNG CÁI 2", "Ủy ban nhân dân phường Móng Cái 2", "Móng Cái 2", "Quảng Ninh"),
    ("PHƯỜNG 1 BẢO LỘC", "Ủy ban nhân dân phường 1 Bảo Lộc", "1 Bảo Lộc", "Lâm Đồng"),
    ("PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM", "Ủy ban nhân dân phường Văn Miếu - Quốc Tử Giám", "Văn Miếu - Quốc Tử Giám",
     "Hà Nội"),
    ("PHƯỜNG LANG BIANG - ĐÀ LẠT", "Ủy ban nhân dân phường Lang Biang - Đà Lạt", "Lang Biang - Đà Lạt", "Lâm Đồng"),
    ("XÃ EA H’LEO", "Ủy ban nhân dân xã Ea H’leo", "Ea H’leo", "Đắk Lắk"),       # as the list spells it
])
def test_units_of_2025_named_with_a_number_a_dash_or_an_apostrophe(unit, issuer, jurisdiction, province):
    """The 2025 wards and communes whose names hold a number, a dash between two names or an apostrophe: the committee
    of that unit (none had been read, or the unit without its number, "xã A Lưới")."""
    h = header(f"ỦY BAN NHÂN DÂN\n{unit}\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 15/KH-UBND\n|\n"
               f"{jurisdiction}, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nTổ chức")
    assert (h.issuer, h.jurisdiction, h.province) == (issuer, jurisdiction, province)


def test_a_sites_text_between_its_banner_and_the_letterhead():
    """A district office's site ("UBND HUYỆN NINH GIANG" / "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), its counter line, then a
    school's letterhead: the school issues (the office had been read as the issuer). Not across a place-date line."""
    h = header("UBND HUYỆN NINH GIANG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTổng truy cập: 4,709,184 (Hôm nay: 327 online: 47) "
               "Đăng nhập\n\nUBND XÃ NINH GIANG\n\nTRƯỜNG THCS HIỆP LỰC\n\nSố: 08/KH-THCSHL\n\nCỘNG HÒA XÃ HỘI CHỦ "
               "NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nNinh Giang, ngày 04 tháng 09 năm 2025\n\nKẾ HOẠCH\n")
    assert h.issuer == "Trường THCS Hiệp Lực"
    h = header("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n|\nSố: 01/QCPH/UBND-UBMTTQ\n|\nĐắk Lắk, ngày 27 tháng 10 năm 2017\n|\n"
               "QUY CHẾ\nPHỐI\nHỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN\nTỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH\n")
    # (the committee and the Front, their joint letterhead: test_a_committee_and_the_front_sharing_one_place_line_…)
    assert (h.issuer, h.co_issuers) == ("Ủy ban nhân dân tỉnh Đắk Lắk",
                                        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk"])


@pytest.mark.parametrize("department, unit, issuer", [
    ("SỞ Y TẾ NGHỆ AN", "BỆNH VIỆN NỘI TIẾT", "Bệnh viện Nội tiết"),
    # (a long department's name and the school's: twelve words run together before the number cell)
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM", "TRƯỜNG THPT TRẦN QUỐC TUẤN", "Trường THPT Trần Quốc Tuấn"),
])
def test_a_unit_under_a_department_printed_with_its_province(department, unit, issuer):
    """A department with its province over a hospital or a school on the next line: the unit issues (the department's
    name had run on into the unit's, "Sở Y tế nghệ an bệnh viện nội tiết …", or no department had been read)."""
    h = header(f"{department}\n{unit}\nSố: 12/QĐ-BVNT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập – Tự do – Hạnh phúc\nVinh, ngày 05 tháng 01 năm 2023\nQUYẾT ĐỊNH\n")
    assert h.issuer == issuer


def test_a_cut_letterhead_over_a_departments_number_and_the_portals_field_naming_it():
    """"ỦY BAN NHÂN DÂN |" over "Số: 9846/SLĐTBXH-VLATLĐ", the portal's "Nơi ban hành: | Sở Lao động - Thương binh và Xã
    hội Thành phố Hồ Chí Minh |": that department issues (none had been read: the cut letterhead does not say which
    body under the committee wrote)."""
    h = header("Số hiệu: | 9846/SLĐTBXH-VLATLĐ | Loại văn bản: | Công văn |\nNơi ban hành: | Sở Lao động - Thương binh "
               "và Xã hội Thành phố Hồ Chí Minh | Người ký: | Nguyễn Văn Lâm |\nỦY BAN NHÂN\nDÂN |\nCỘNG HÒA XÃ\nHỘI "
               "CHỦ NGHĨA VIỆT NAM |\nSố:\n9846/SLĐTBXH-VLATLĐ |\nThành phố Hồ Chí Minh, ngày 09 tháng 5 năm 2023 |\n"
               "Kính gửi: |\n")
    assert (h.issuer, h.jurisdiction) == ("Sở Lao động - Thương binh và Xã hội thành phố Hồ Chí Minh", "Hồ Chí Minh")
    # without the field, the department its code's initials name
    h = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 9846/SLĐTBXH-VLATLĐ | Thành phố Hồ Chí "
               "Minh, ngày 09 tháng 5 năm 2023 |\nKính gửi: |\n")
    assert (h.issuer, h.jurisdiction) == ("Sở Lao động - Thương binh và Xã hội thành phố Hồ Chí Minh", "Hồ Chí Minh")


@pytest.mark.parametrize("province", ["Hậu Giang", "Bến Tre", None])
def test_a_district_several_provinces_have_placed_by_the_province_its_text_names(province):
    """"HUYỆN CHÂU THÀNH" (ten provinces have one) over "Căn cứ Kế hoạch số 63/KH-UBND … của UBND tỉnh Hậu Giang": that
    province's district (none had been read); a text naming no province leaves it unknown."""
    cited = f"của UBND tỉnh {province} " if province else ""
    h = header("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc\n\n"
               "Số: 60/KH-UBND Châu Thành, ngày 9 tháng 6 năm 2017\n\nKẾ HOẠCH\nThực hiện công tác gia đình năm 2017\n"
               f"Căn cứ Kế hoạch số 63/KH-UBND ngày 26 tháng 5 năm 2017 {cited}về công tác gia đình năm 2017;\n")
    if province:
        assert (h.issuer, h.jurisdiction, h.province) == ("Ủy ban nhân dân huyện Châu Thành", "Châu Thành", province)
    else:
        assert (h.issuer, h.province) == (None, None)


@pytest.mark.parametrize("cited, province", [
    ("của UBND tỉnh Thanh Hóa", "Thanh Hóa"),
    ("của UBND huyện Ba Vì", "Hà Nội"),           # a district of one of those provinces
    ("", None),
])
def test_a_commune_several_provinces_have_placed_by_the_province_its_text_names(cited, province):
    """"XÃ ĐÔNG QUANG" (Hà Nội, Thanh Hóa, Thái Bình and Thái Nguyên each had one) carrying out a plan "của UBND tỉnh
    Thanh Hóa", or of a district of one of them: that province's commune (no province had been read); a text naming
    neither leaves it unknown."""
    h = header("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG QUANG\nSố: 07/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Đông Quang, ngày 07 tháng 01 năm 2020\nKẾ HOẠCH\nTổ chức các hoạt động mừng Đảng, mừng Xuân\n"
               f"Thực hiện Kế hoạch số 262/KH-UBND ngày 31/12/2019 {cited} về việc tuyên truyền mừng Đảng;\n")
    assert (h.issuer, h.jurisdiction, h.province) == ("Ủy ban nhân dân xã Đông Quang", "Đông Quang", province)


@pytest.mark.parametrize("district", ["Đăk R’lấp", "Đắk R'Lấp", "Đắk Mil"])
def test_a_districts_steering_committee_a_page_names_is_placed_in_its_district(district):
    """A page without a letterhead: "… Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp … ban hành Kế hoạch …": that district's
    body (the province of the plan it carries out had been read, no district: the body's unit went unread, and the
    name printed "Đăk R’lấp" had not matched the list's "Đắk R'Lấp", whose spelling it is given)."""
    h = header(f"KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện {district} năm 2023\nTriển khai thực hiện "
               "Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển "
               f"đổi số năm 2023, Ban Chỉ đạo chuyển đổi số huyện {district} (sau đây gọi tắt là Ban Chỉ đạo) ban hành "
               "Kế hoạch hoạt động của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:\n")
    official = "Đắk Mil" if district == "Đắk Mil" else "Đắk R'Lấp"
    assert (h.issuer, h.jurisdiction, h.province) == (f"Ban Chỉ đạo chuyển đổi số huyện {district}", official,
                                                      "Đắk Nông")


def test_a_joint_letterhead_whose_first_body_is_named_with_can_bo():
    """"BAN TỔ CHỨC-CÁN BỘ CHÍNH PHỦ-BỘ TÀI CHÍNH" (a joint circular of 1999): no "Bộ Chính phủ" (the "BỘ" of "CÁN
    BỘ" had been read as a ministry's); the Ministry of Finance, national."""
    h = header("BAN TỔ CHỨC-CÁN BỘ CHÍNH PHỦ-BỘ TÀI CHÍNH\n********\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
               "do - Hạnh phúc\n********\nSố: 54/1999/TTLT-BTCCBCP-BTC\nHà Nội, ngày 29 tháng 12 năm 1999\n"
               "THÔNG TƯ LIÊN TỊCH\n")
    assert (h.issuer, h.jurisdiction) == ("Bộ Tài chính", "Việt Nam")


def test_a_letter_numbered_with_a_directives_code_is_a_letter():
    """"Số: 23640/CT-TTHT" over "V/v chính sách thuế": a tax department's letter (its code "CT", Cục Thuế), no
    directive (it had been read as one: a directive has no "V/v" line)."""
    h = header("TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 23640/CT-TTHT\n"
               "V/v chính sách thuế đối với dự án ODA\nHà Nội, ngày 15 tháng 4 năm 2020\nKính gửi: Ban Quản lý dự án\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Công văn", "Cục Thuế thành phố Hà Nội", "Hà Nội")


@pytest.mark.parametrize("banner, letterhead, number, issuer, jurisdiction", [
    # a district office's site over a school's letterhead (the office had been read as the issuer)
    ("UBND HUYỆN NINH GIANG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTrang chủ | Giới thiệu | Văn bản\n",
     "| UBND XÃ NINH GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
     "| TRƯỜNG THCS HIỆP LỰC | Độc lập - Tự do - Hạnh phúc |",
     "45/KH-THCSHL", "Trường THCS Hiệp Lực", "Ninh Giang"),
    # a province's portal over a ministry's letterhead (the province's committee had been read as the issuer)
    ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCổng thông tin điện tử\n",
     "| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| ------- | Độc lập - Tự do - Hạnh phúc |",
     "45/KH-BYT", "Bộ Y tế", "Việt Nam"),
])
def test_a_sites_banner_above_the_letterhead_is_no_issuer(banner, letterhead, number, issuer, jurisdiction):
    """A body printed beside the motto, on its row, heads the letterhead: the bodies a site's banner names above it
    are not the issuer."""
    h = header(f"{banner}\n{letterhead}\n| Số: {number} | Ninh Giang, ngày 12 tháng 9 năm 2024 |\n\nKẾ HOẠCH\n"
               "Tổ chức các hoạt động năm học 2024-2025\n")
    assert (h.issuer, h.jurisdiction) == (issuer, jurisdiction)


@pytest.mark.parametrize("type_line", ["VĂN BẢN HỢP NHẤT", "HỢP NHẤT"])
def test_a_consolidated_text_is_no_letter(type_line):
    """A consolidated text ("Số: 05/VBHN-BYT" over "VĂN BẢN HỢP NHẤT"), whose code names no type kehoach knew, had been
    read as an official letter (a number without a type code): it is a consolidated text, by its line or its code."""
    h = header("| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| ------- | Độc lập - Tự do - Hạnh phúc |\n"
               f"| Số: 05/VBHN-BYT | Hà Nội, ngày 12 tháng 9 năm 2024 |\n\n{type_line}\n"
               "Thông tư quy định về khám bệnh\n")
    assert (h.doc_type, h.number, h.issuer) == ("Văn bản hợp nhất", "05/VBHN-BYT", "Bộ Y tế")


@pytest.mark.parametrize("number", ["27/PA-UBND", "27/UBND-KT"])
def test_an_operational_plan_is_no_plan(number):
    """"PHƯƠNG ÁN" under a committee's letterhead (a disaster response): an operational plan, by its type line or its
    code "PA" (it had been read as a plan, the type a document without one is given)."""
    h = header("| ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               "| ------- | Độc lập - Tự do - Hạnh phúc |\n"
               f"| Số: {number} | Quảng Trị, ngày 14 tháng 3 năm 2026 |\n\nPHƯƠNG ÁN\n"
               "Ứng phó sự cố tràn dầu trên địa bàn tỉnh năm 2026\n")
    assert (h.doc_type, h.number, h.issuer) == ("Phương án", number, "Ủy ban nhân dân tỉnh Quảng Trị")


def test_a_portals_fields_as_a_bulleted_list_end_before_the_next_bullet():
    """"• Nơi ban hành: Quốc hội / • Người ký: ***": the issuer is "Quốc hội" (the next field's bullet had been read
    into its name, "Quốc hội •")."""
    h = header("Điều lệ 2011\n  • Số hiệu: Khongso\n  • Loại văn bản: Điều lệ\n  • Ngày ban hành: 19/01/2011\n"
               "  • Nơi ban hành: Quốc hội\n  • Người ký: ***\n  • Ngày công báo: Đang cập nhật\n")
    assert (h.issuer, h.jurisdiction) == ("Quốc hội", "Việt Nam")


@pytest.mark.parametrize("letterhead, number, issuer", [
    ("ỦY BAN KIỂM TRA TRUNG ƯƠNG\n--------\nĐẢNG CỘNG SẢN VIỆT NAM\n----------------", "11-HD/UBKTTW",
     "Ủy ban Kiểm tra Trung ương"),
    ("HỘI\nĐỒNG BỘ TRƯỞNG |\nCỘNG\nHOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "163-HĐBT", "Hội đồng Bộ trưởng"),
])
def test_central_bodies_named_on_one_letterhead_line(letterhead, number, issuer):
    """The Party's Inspection Commission on one line (it had been read only under "BAN CHẤP HÀNH TRUNG ƯƠNG": no
    issuer, and Hà Nội by the place-date line), and the Council of Ministers (it had been read as a ministry, "Bộ
    Trưởng")."""
    h = header(f"{letterhead}\nSố: {number}\nHà Nội, ngày 24 tháng 3 năm 2008\nHƯỚNG DẪN\nCăn cứ Điều lệ\n")
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


def test_a_body_submitting_a_resolution_to_another_is_no_issuer_named_with_it():
    """"UBND TP cũng trình HĐND TP ban hành nghị quyết …": a proposal put to the council, no document issued by a body
    "UBND TP cũng trình HĐND TP" (that had been read as the issuer of a resolution); "công trình" in a board's name is
    no such verb."""
    h = header(" date 2025-08-28 Dự kiến, chính sách sẽ sử dụng nguồn ngân sách nhà nước.\nCùng với đó, UBND TP cũng "
               "trình HĐND TP ban hành nghị quyết về chế độ phụ cấp khu, ấp đội trưởng.\n")
    assert (h.issuer, h.doc_type) == (None, None)
    h = header("Tin tức\nBan Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Nghệ An vừa ban hành Kế hoạch "
               "số 12/KH-BQLDA về phòng chống thiên tai.\n")
    assert (h.doc_type, h.number) == ("Kế hoạch", "12/KH-BQLDA")


@pytest.mark.parametrize("letterhead, issuer, district", [
    ("PHÒNG GD&ĐT HOÀI ÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TRƯỜNG TIỂU HỌC ÂN TƯỜNG ĐÔNG Độc lập – Tự do – Hạnh phúc",
     "Trường Tiểu học Ân Tường Đông", "Hoài Ân"),
    ("PHÒNG GD-ĐT CAM LÂM        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TRƯỜNGMN MAI VÀNG   Độc lập- Tự do - Hạnh phúc",
     "Trường MN Mai Vàng", "Cam Lâm"),
    ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HOÀI ÂN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Phòng Giáo dục và Đào tạo huyện Hoài Ân", "Hoài Ân"),
])
def test_a_school_under_its_districts_education_office(letterhead, issuer, district):
    """A school prints its district's education office above its own name: the school issues (its level glued to its
    first word too, "TRƯỜNGMN"), placed in the office's district, which the letterhead had given neither (no issuer,
    no jurisdiction); the office itself when no school follows."""
    h = header(f"{letterhead}\nSố: 16/KH-TH\nÂn Tường Đông, ngày 01 tháng 02 năm 2021\nKẾ HOẠCH\nPhòng chống dịch\n")
    assert (h.issuer, h.jurisdiction) == (issuer, district)
    assert h.province in ("Bình Định", "Khánh Hòa")


@pytest.mark.parametrize("letterhead, place, issuer, jurisdiction", [
    # the province printed after the field: no part of the name (it had been "… đào tạo kon tum tỉnh Kon Tum")
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM", "Kon Tum", "Sở Giáo dục và Đào tạo tỉnh Kon Tum", "Kon Tum"),
    ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ HÀ NAM", "Hà Nam", "Sở Kế hoạch và Đầu tư tỉnh Hà Nam", "Hà Nam"),
    # an abbreviated field, kept as printed (it had given no issuer)
    ("SỞ GD&ĐT KON TUM", "Kon Tum", "Sở GD&ĐT tỉnh Kon Tum", "Kon Tum"),
    # a school under the department issues, in the department's province (not the place-date line's district)
    ("SỞ GD&ĐT KON TUM\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THPT TRẦN QUỐC TUẤN", "Đăk Hà",
     "Trường THPT Trần Quốc Tuấn", "Kon Tum"),
    # a centrally-run city is no "tỉnh" (it had been "Sở Y tế tỉnh Đà Nẵng")
    ("SỞ Y TẾ", "Đà Nẵng", "Sở Y tế thành phố Đà Nẵng", "Đà Nẵng"),
    ("UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ Y TẾ", "Đà Nẵng", "Sở Y tế thành phố Đà Nẵng", "Đà Nẵng"),
    # a province before 2025 by the name it then bore
    ("UBND TỈNH THỪA THIÊN HUẾ\nSỞ Y TẾ", "Huế", "Sở Y tế tỉnh Thừa Thiên Huế", "Huế"),
])
def test_a_departments_letterhead_names_its_province(letterhead, place, issuer, jurisdiction):
    """A department's letterhead: the province printed after its field read off as its place, and that place named
    as a province ("tỉnh …") or a centrally-run city ("thành phố Đà Nẵng"), whether or not its committee's line is
    printed above it."""
    h = header(f"{letterhead}\n-------\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 10/KH-SGDĐT\n"
               f"{place}, ngày 17 tháng 9 năm 2023\nKẾ HOẠCH\nGiáo dục nhà trường\n")
    assert (h.issuer, h.jurisdiction) == (issuer, jurisdiction)


def test_what_a_body_needs_to_issue_is_no_document_it_issued():
    """"Sở Giáo dục- Đào tạo cần có văn bản chỉ đạo các trường …": a duty (it had been read as a letter issued by "Sở
    Giáo dục- Đào tạo cần"); "Cần" of a place name is no such word."""
    h = header("Tin tức\nChỉ đạo về vấn đề này, UBND tỉnh Bình Dương yêu cầu các sở, ngành cần tăng cường tuyên "
               "truyền. Đối với học sinh- sinh viên, Sở Giáo dục- Đào tạo cần có văn bản chỉ đạo các trường.\n")
    assert (h.issuer, h.doc_type) == (None, None)
    h = header("Tin tức\nUBND huyện Cần Giờ vừa ban hành Kế hoạch số 45/KH-UBND về phòng chống thiên tai.\n")
    assert (h.issuer, h.number) == ("UBND huyện Cần Giờ", "45/KH-UBND")


def test_a_notice_that_a_body_just_decided_is_of_a_decision():
    """"UBND tỉnh … vừa quyết định thành lập …": "quyết định" the verb, a decision just made, its type stated as a
    heading would (the page is read without a number); an earlier one ("Năm 2024, UBND tỉnh quyết định …") is not."""
    h = header("Chuyển đổi số\nUBND tỉnh Nghệ An vừa quyết định thành lập Ban Chỉ đạo chuyển đổi số tỉnh do Chủ tịch "
               "UBND tỉnh làm Trưởng ban.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction, h.notice_line) == ("Quyết định", "UBND tỉnh Nghệ An", "Nghệ An", 2)
    h = header("Tin tức\nNăm 2024, UBND tỉnh Nghệ An quyết định thành lập đoàn kiểm tra liên ngành.\n")
    assert h.notice_line is None


@pytest.mark.parametrize("text, jurisdiction", [
    ("Quyết định 832/QĐ-UBND Thanh Hóa 2024 danh mục dự án đấu giá quyền sử dụng đất\n", "Thanh Hóa"),
    ("Kế hoạch 12/KH-UBND Hà Nội năm 2025 về phòng cháy, chữa cháy\n", "Hà Nội"),
    # words between the number and the year that are no province
    ("Quyết định 12/QĐ-UBND Ban Chỉ đạo 2024 về kiện toàn\n", None),
])
def test_a_portal_title_names_the_province_before_the_year(text, jurisdiction):
    """A portal's one-line title "Quyết định 832/QĐ-UBND Thanh Hóa 2024 …": the province between the number and the
    year is where the document was issued."""
    h = header(text)
    assert h.jurisdiction == jurisdiction
    assert h.jurisdiction_source == ("text" if jurisdiction else None)


def test_a_document_a_text_gives_as_an_example_is_not_the_page():
    """"… các văn bản chỉ đạo của Tỉnh ủy (trong đó có Kế hoạch số 48-KH/TU …)": an example an article gives, not
    the page's document as "UBND tỉnh có Chỉ thị số 09/CT-UBND" is."""
    h = header("Phát triển du lịch theo Nghị quyết số 08-NQ/TW\n\nHơn 5 năm qua, các văn bản chỉ đạo của Tỉnh ủy "
               "(trong đó có Kế hoạch số 48-KH/TU ngày 02/6/2017 về thực hiện Nghị quyết) đã đi vào cuộc sống.\n")
    assert h.number is None
    assert header("Tin tức\nUBND tỉnh có Chỉ thị số 09/CT-UBND về tăng cường phòng cháy.\n").number == "09/CT-UBND"


def test_a_notice_places_its_document_by_the_area_it_covers():
    """"… vừa ký ban hành Kế hoạch số 112/KH-UBND về triển khai công tác gia đình trên địa bàn Hà Nội năm 2026": the
    committee left unnamed ("UBND Thành phố", then its vice-chairman's name) is the one of the area the plan covers."""
    h = header("Hưởng ứng công tác gia đình năm 2026\nPhó Chủ tịch UBND Thành phố Vũ Thu Hà vừa ký ban hành Kế hoạch "
               "số 112/KH-UBND về triển khai công tác gia đình trên địa bàn Hà Nội năm 2026.\n")
    assert (h.number, h.jurisdiction, h.jurisdiction_source) == ("112/KH-UBND", "Hà Nội", "text")
    # the signer's name after the committee is no place: the committee is the one of the area
    assert h.issuer == "Ủy ban nhân dân thành phố Hà Nội"
    # a ward's name after the chairman's committee is its place, kept
    h = header("Tin phường\nChủ tịch UBND phường Bến Nghé vừa ký ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n")
    assert h.issuer == "UBND phường Bến Nghé"


def test_the_body_a_department_advised_issued_the_document():
    """"Sở Nội vụ đã tham mưu Uỷ ban nhân dân tỉnh Hà Nam ban hành Kế hoạch số 1131/KH-UBND": the committee issued it,
    the department advised (and "Uỷ" is spelt either way)."""
    h = header("Tin tức - Sự kiện\nĐể phong trào được triển khai rộng khắp, Sở Nội vụ đã tham mưu Uỷ ban nhân dân tỉnh "
               "Hà Nam ban hành Kế hoạch số 1131/KH-UBND ngày 18 tháng 6 năm 2024 triển khai phong trào thi đua.\n")
    assert (h.issuer, h.number, h.jurisdiction) == ("Uỷ ban nhân dân tỉnh Hà Nam", "1131/KH-UBND", "Hà Nam")


def test_a_national_body_a_sentence_cites_under_a_damaged_letterhead_is_not_the_issuer():
    """A letterhead reduced to "ỦY BAN NHÂN / NHÂN |", then "Thực hiện Quyết định số 568/QĐ-TTg … của Thủ tướng Chính
    phủ" within reach: the Prime Minister is the cited decision's issuer, not the page's (the place-date line's
    province is)."""
    h = header("ỦY BAN NHÂN\nNHÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 515/KH-UBND |\n"
               "Bắc Kạn, ngày 31 tháng 7 năm 2023 |\n"
               "PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ TRÊN ĐỊA BÀN TỈNH BẮC KẠN ĐẾN NĂM 2030\n"
               "Thực hiện Quyết định số 568/QĐ-TTg ngày 25/5/2023 của Thủ tướng Chính phủ phê duyệt Chiến lược.\n")
    assert (h.number, h.jurisdiction) == ("515/KH-UBND", "Bắc Kạn")
    assert h.issuer_kind != "national"


def test_a_minister_signing_the_decision_that_issues_a_programme():
    """"Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng đã ký quyết định ban hành Chương trình hành động …": the
    ministry issued the programme (not "Bộ … Trần Đức Thắng đã ký quyết định")."""
    h = header("Chương trình hành động năm 2026\nBộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng đã ký quyết "
               "định ban hành Chương trình hành động của Bộ năm 2026.\n")
    assert (h.issuer, h.doc_type, h.jurisdiction) == ("Bộ Nông nghiệp và Môi trường", "Chương trình", "Việt Nam")


def test_a_minister_signing_for_a_ministry_named_by_its_letters():
    """"Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký Quyết định số 389/QĐ-BVHTTDL …": the ministry's decision, its
    minister's name read off after its letters as after its name (it had been "Bộ VHTTDL Nguyễn Văn Hùng")."""
    h = header("Kế hoạch triển khai công tác gia đình\nNhằm thực hiện Quyết định số 2074/QĐ-TTg ngày 10-12-2021 của "
               "Thủ tướng Chính phủ, Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký Quyết định số 389/QĐ-BVHTTDL, ngày "
               "28-2-2022, nêu rõ mục đích, yêu cầu.\n")
    assert (h.issuer, h.number) == ("Bộ VHTTDL", "389/QĐ-BVHTTDL")
    h = header("Chương trình năm 2026\nBộ trưởng Bộ GD&ĐT Lê Văn Nam đã ký quyết định ban hành Chương trình hành "
               "động của Bộ năm 2026.\n")
    assert h.issuer == "Bộ GD&ĐT"


@pytest.mark.parametrize("text, doc_type, issuer", [
    # the chairman signing for the committee; the type in lower case; the abbreviation inside the name
    ("Quyết liệt phòng, chống dịch\n\nChủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ban hành chỉ thị yêu cầu các sở "
     "quyết liệt triển khai.\n", "Chỉ thị", "Ủy ban nhân dân tỉnh"),
    # "Tp." for thành phố inside the name
    ("UBND Tp.HCM vừa ban hành kế hoạch triển khai các biện pháp xử lý các dự án tồn đọng.\n", "Kế hoạch",
     "UBND thành phố Hồ Chí Minh"),
    ("Quản lý trật tự đô thị\nUBND tỉnh Phú Yên vừa có Công văn về việc tăng cường quản lý trật tự đô thị.\n",
     "Công văn", "UBND tỉnh Phú Yên"),
    # a steering committee by its abbreviation
    ("Ngày 12/11, BCĐ 197 tỉnh Nam Định đã ban hành Kế hoạch số 07 về xây dựng phường kiểu mẫu.\n", "Kế hoạch",
     "Ban Chỉ đạo 197 tỉnh Nam Định"),
    # "có" in the present: what the page is about
    ("Chống buôn lậu\nVăn phòng Chính phủ có văn bản số 10321/VPCP-KTTH ngày 2/11/2025 truyền đạt ý kiến chỉ đạo "
     "của Phó Thủ tướng.\n", "Công văn", "Văn phòng Chính phủ"),
    ("Ban An toàn giao thông tỉnh vừa ban hành Kế hoạch bảo đảm trật tự an toàn giao thông năm 2026.\n", "Kế hoạch",
     "Ban An toàn giao thông tỉnh"),
    ("Ngày 2/4/2024, Ban Chỉ huy Phòng thủ dân sự tỉnh đã ban hành Quyết định số 12/QĐ-BCH về đội xung kích.\n",
     "Quyết định", "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
    # the director's signature: the department's, without the director's name; an urgent letter
    ("Giám đốc Sở Giáo dục và Đào tạo Lê Văn An vừa ký văn bản hỏa tốc đề nghị các trường cho học sinh nghỉ học.\n",
     "Công văn", "Sở Giáo dục và Đào tạo"),
    ("Trung tâm Kiểm soát bệnh tật tỉnh\n(BĐ) - UBND tỉnh vừa ra quyết định thành lập Trung tâm Kiểm soát bệnh tật "
     "tỉnh.\n", "Quyết định", "UBND tỉnh"),
    # "Sáng nay" opening the date of the sentence
    ("Sáng nay 12/10/2022, UBND tỉnh đã ban hành văn bản yêu cầu các huyện ứng phó bão số 6.\n", "Công văn",
     "UBND tỉnh"),
])
def test_a_notice_of_what_a_body_just_issued(text, doc_type, issuer):
    h = header(text)
    assert (h.doc_type, h.issuer) == (doc_type, issuer)
    assert h.doc_type_line is not None          # stated as a heading would: read without number or citation


def test_a_heading_in_capitals_states_the_type_a_sentence_says_was_drawn_up():
    """"CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT …" over "… Đảng ủy Bộ … xây dựng chương trình hành động …": a
    programme (not the resolution the heading names), stated on the heading's line."""
    h = header("CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ BỘ DÂN TỘC VÀ TÔN GIÁO\nCăn cứ Nghị quyết "
               "Đại hội Đảng bộ Bộ Dân tộc và Tôn giáo, Đảng ủy Bộ Dân tộc và Tôn giáo xây dựng chương trình hành động "
               "thực hiện Nghị quyết như sau:\n1. Mục đích\n")
    assert (h.doc_type, h.doc_type_line) == ("Chương trình", 1)


def test_a_portal_field_glued_to_the_number_is_not_part_of_it():
    """"Số hiệu:1727/QĐ-TTgNgày đăng công báo:": the next field's name is glued to the symbol, whose last capital is
    no part of it (it was read "1727/QĐ-TTgN")."""
    h = header("Quyết định 1727/QĐ-TTg 2023 Quy hoạch tỉnh\nSố hiệu:1727/QĐ-TTgNgày đăng công báo:\nĐã biết\n")
    assert h.number == "1727/QĐ-TTg"


@pytest.mark.parametrize("line, number", [
    ("Số: 12/2027/QĐ-TTgHà Nội, ngày 26 tháng 02 năm 2027", "12/2027/QĐ-TTg"),
    ("Số: 15/KH-UBNDHuế, ngày 2 tháng 3 năm 2027", "15/KH-UBND"),
    ("Số: 411/QĐ-TTg, ngày 31/3/2027", "411/QĐ-TTg"),          # the code's own "Tg" before a comma
])
def test_a_place_date_line_glued_to_the_number_is_not_part_of_it(line, number):
    """"Số: 12/2027/QĐ-TTgHà Nội, ngày …": the place's first letters are no part of the symbol (it was read
    "12/2027/QĐ-TTgHà"); and a rule printed in em dashes ("——-") is a rule: the Prime Minister's letterhead over it."""
    h = header(f"THỦ TƯỚNG CHÍNH PHỦ\n——-\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n—————\n"
               f"{line}\n\nQUYẾT ĐỊNH\nSỬA ĐỔI QUY CHẾ XÚC TIẾN THƯƠNG MẠI\n")
    assert (h.number, h.issuer, h.jurisdiction) == (number, "Thủ tướng Chính phủ", "Việt Nam")


def test_a_portals_number_field_with_a_capital_k():
    h = header("Văn bản Quy phạm Pháp luật\n07/2027/NQ-HĐND\nSố Ký hiệu:\n07/2027/NQ-HĐND\nBan hành:\n14/09/2027\n"
               "Loại văn bản:\nNghị quyết\n")
    assert (h.number, h.doc_type) == ("07/2027/NQ-HĐND", "Nghị quyết")


@pytest.mark.parametrize("verb", ["triển khai xây dựng", "đã triển khai xây dựng", "vừa triển khai ban hành"])
def test_a_body_that_set_about_drawing_up_a_plan(verb):
    """"Sở GTVT Gia Lai triển khai xây dựng Kế hoạch …": the department's plan ("triển khai" had been part of its
    name: "Sở GTVT Gia Lai triển khai")."""
    h = header(f"Hành lang an toàn đường bộ\nSở GTVT Gia Lai {verb} Kế hoạch xử lý vi phạm hành lang an toàn đường bộ "
               "trên QL.25.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Kế hoạch", "Sở GTVT Gia Lai", "Gia Lai")


@pytest.mark.parametrize("board", ["Ban Chỉ đạo thực hiện Đề án 06", "Ban Chỉ đạo triển khai thực hiện Đề án 06"])
def test_a_board_named_for_what_it_carries_out_issues_its_plan(board):
    """"Ban Chỉ đạo thực hiện Đề án 06 tỉnh Gia Lai vừa ban hành Kế hoạch số 12/KH-BCĐ …": the board's plan (its name's
    "thực hiện" had made the plan the one the page carries out: nothing was read)."""
    h = header(f"{board} tỉnh Gia Lai vừa ban hành Kế hoạch số 12/KH-BCĐ về làm sạch dữ liệu dân cư.\n")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Kế hoạch", "12/KH-BCĐ", f"{board} tỉnh Gia Lai",
                                                                 "Gia Lai")


@pytest.mark.parametrize("text, issuer, jurisdiction", [
    (" date 2027-01-14 Cục Phòng bệnh (Bộ Y tế) vừa có Công văn số 32/PB-BTN gửi Giám đốc Sở Y tế về việc tăng cường "
     "phòng bệnh.\n", "Cục Phòng bệnh", "Việt Nam"),
    # the province it writes to is not its place (it had been placed in Nghệ An)
    ("Cục Trồng trọt vừa có Công văn số 32/TT-CLT gửi Sở Nông nghiệp tỉnh Nghệ An về lịch thời vụ.\n", "Cục Trồng trọt",
     "Việt Nam"),
    # its field in small letters (no issuer had been read)
    ("Cục bảo vệ thực vật vừa có công văn số 1066/BVTV-QLT ngày 03/5/2027 gửi các Sở nông nghiệp & PTNT các tỉnh.\n",
     "Cục bảo vệ thực vật", "Việt Nam"),
    # its ministry after a comma is no part of its name (a province it writes to had been its place)
    ("Ngày 15/7, Tổng cục Thủy lợi, Bộ Nông nghiệp và Phát triển nông thôn có công điện về việc đề phòng ngập úng. "
     "Tổng cục yêu cầu Sở Nông nghiệp các tỉnh Lai Châu, Điện Biên triển khai.\n", "Tổng cục Thủy lợi", "Việt Nam"),
    ("Cục Thuế tỉnh Nghệ An vừa ban hành Kế hoạch số 12/KH-CT về thu ngân sách.\n", "Cục Thuế tỉnh Nghệ An", "Nghệ An"),
    # a central body's regional branch, national; a province's tax office of 2025 or treasury, in its province (no
    # issuer had been read)
    ("Kho bạc Nhà nước khu vực XII vừa ban hành Kế hoạch số 12/KH-KBNN về chuyển đổi số năm 2026.\n",
     "Kho bạc Nhà nước khu vực XII", "Việt Nam"),
    ("Bảo hiểm xã hội khu vực XXIII vừa có Công văn số 123/BHXH-QLT gửi các doanh nghiệp tỉnh Hải Dương.\n",
     "Bảo hiểm xã hội khu vực XXIII", "Việt Nam"),
    ("Thuế tỉnh Bắc Ninh vừa có Công văn số 123/BNI-QLDN hướng dẫn quyết toán thuế.\n", "Thuế tỉnh Bắc Ninh",
     "Bắc Ninh"),
    ("Kho bạc Nhà nước tỉnh Nghệ An vừa ban hành Kế hoạch số 12/KH-KBNA về chi ngân sách.\n",
     "Kho bạc Nhà nước tỉnh Nghệ An", "Nghệ An"),
    # a department a province had, named without it: the province the page names
    ("Cục Thuế vừa có công văn số 12/CT-TTHT gửi các doanh nghiệp trên địa bàn tỉnh Bắc Ninh.\n", "Cục Thuế",
     "Bắc Ninh"),
])
def test_a_notice_of_a_departments_document(text, issuer, jurisdiction):
    """A ministry's department ("Cục …", its ministry in brackets left out) issues what the notice reports, national; a
    province's in its province (no issuer had been read, or the first province the page names was its place)."""
    h = header(text)
    assert (h.issuer, h.jurisdiction) == (issuer, jurisdiction)


def test_a_department_named_alone_on_a_page_naming_a_city_of_its_province_first():
    """"… Trung tâm Y tế TP Thanh Hóa …" before "… chỉ đạo … của Sở Y tế …" and the department's letter: the province's
    department ("Sở Y tế thành phố Thanh Hóa" had been written, a department of the city)."""
    h = header("Trước đó, Trung tâm Y tế TP Thanh Hóa đã ra công văn đề nghị các đơn vị đóng góp kinh phí.\nNgay sau "
               "khi nhận được chỉ đạo ngày 10/2/2027 của Sở Y tế, Trung tâm đã thu hồi công văn cũ. Sở Y tế vừa có "
               "Công văn số 429/SYT-VP chấn chỉnh việc này.\n")
    assert (h.issuer, h.jurisdiction, h.jurisdiction_kind) == ("Sở Y tế", "Thanh Hóa", "tỉnh")


@pytest.mark.parametrize("who, issuer, jurisdiction, province", [
    ("UBND thành phố Tam Kỳ, Quảng Nam", "UBND thành phố Tam Kỳ", "Tam Kỳ", "Quảng Nam"),
    ("UBND huyện Bắc Hà, tỉnh Lào Cai", "UBND huyện Bắc Hà", "Bắc Hà", "Lào Cai"),
])
def test_a_local_committee_the_press_names_with_its_province(who, issuer, jurisdiction, province):
    """"UBND thành phố Tam Kỳ, Quảng Nam vừa ban hành kế hoạch …": the city's committee, in its province (the province
    had been part of the issuer's name)."""
    h = header(f"(Xây dựng) – {who} vừa ban hành kế hoạch tổ chức lễ hội mùa hoa năm 2027.\n")
    assert (h.issuer, h.jurisdiction, h.province) == (issuer, jurisdiction, province)


def test_a_notice_of_a_resolution_with_a_sub_numbered_serial():
    h = header(" date 2027-01-28 Chính phủ ban hành Nghị quyết số 66.12/2027/NQ-CP về tổ chức và hoạt động của Ban Chỉ "
               "huy quân sự cấp xã.\n")
    assert (h.doc_type, h.number, h.issuer) == ("Nghị quyết", "66.12/2027/NQ-CP", "Chính phủ")


def test_the_mottos_first_words_glued_to_the_number_are_not_part_of_it():
    """A letterhead's cells run together: "Số: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI …" (it was read
    "02/KHLT/LĐLĐ-TĐTNCỘNG")."""
    h = header("LIÊN ĐOÀN LAO ĐỘNG - TỈNH ĐOÀN\nTỈNH BÌNH DƯƠNG\n"
               "Số: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Bình Dương, ngày 4 tháng 4 năm 2016\nKẾ HOẠCH\nTổ chức Lễ phát động\n")
    assert (h.number, h.jurisdiction) == ("02/KHLT/LĐLĐ-TĐTN", "Bình Dương")


@pytest.mark.parametrize("text, issuer", [
    ("UBND TP.HCM vừa ban hành Kế hoạch số 123/KH-UBND về chuyển đổi số năm 2026.\n", "UBND thành phố Hồ Chí Minh"),
    ("UBND Tp.HCM vừa ban hành kế hoạch triển khai các biện pháp xử lý các dự án.\n", "UBND thành phố Hồ Chí Minh"),
    ("Sở Y tế TPHCM vừa ban hành Kế hoạch số 12/KH-SYT về phòng chống dịch.\n", "Sở Y tế thành phố Hồ Chí Minh"),
])
def test_the_press_abbreviation_of_ho_chi_minh_city(text, issuer):
    """"TP.HCM", "Tp.HCM", "TPHCM": Hồ Chí Minh City, its issuer's name written out."""
    h = header(text)
    assert (h.issuer, h.jurisdiction, h.jurisdiction_source) == (issuer, "Hồ Chí Minh", "text")


@pytest.mark.parametrize("text, doc_type, number, issuer", [
    # a ministry's numbered letter the type in lower case: what the page is, not only a type named in a sentence
    ("Bộ Khoa học và Công nghệ vừa ban hành công văn số 812/BKHCN-VP gửi các địa phương về chuyển đổi số.\n",
     "Công văn", "812/BKHCN-VP", "Bộ Khoa học và Công nghệ"),
    # a letter the notice names by what it does, unnumbered
    ("Bộ Tài chính vừa có văn bản gửi các bộ, ngành về quyết toán ngân sách năm 2025.\n", "Công văn", None,
     "Bộ Tài chính"),
    ("Bộ Công Thương vừa có văn bản đề nghị các tỉnh bảo đảm cung ứng xăng dầu.\n", "Công văn", None, "Bộ Công Thương"),
])
def test_a_notice_of_a_ministrys_letter_is_what_the_page_is(text, doc_type, number, issuer):
    h = header(text)
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, number, issuer, "Việt Nam")
    assert h.doc_type_line == 1             # without it, a page with no task and no citation is refused


@pytest.mark.parametrize("text, number", [
    # "đã" reports an earlier document, unless the sentence opens with the date it was issued
    ("Phòng chống dịch bệnh\nNgày 12/9/2021, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Lê Văn An đã ký ban hành "
     "văn bản số 3107/UBND-VX về tăng cường phòng chống dịch.\n", "3107/UBND-VX"),
    ("Thi đua yêu nước\nNgày 5-11, UBND tỉnh có văn bản số 5120/UBND-NC về đẩy mạnh phong trào thi đua.\n",
     "5120/UBND-NC"),
    ("Ngày 3-3, UBND tỉnh đã ban hành văn bản yêu cầu các sở tăng cường phòng chống cháy rừng.\n", None),
])
def test_a_notice_opening_with_the_date_of_the_letter_it_reports(text, number):
    h = header(text)
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", number, "UBND tỉnh")
    assert h.doc_type_line is not None


def test_a_notice_undated_that_says_a_letter_was_issued_earlier_states_no_type_line():
    h = header("Tin tức\nNăm 2023, UBND tỉnh đã ban hành văn bản số 812/UBND-KT về phòng chống hạn hán.\n")
    assert h.doc_type_line is None


@pytest.mark.parametrize("text, doc_type, number", [
    ("Đón Tết an toàn\n\nĐó là chỉ đạo của Ban Thường vụ Tỉnh ủy tại Chỉ thị số 07-CT/TU ngày 2 tháng 1 năm 2024 về "
     "tổ chức Tết.\n", "Chỉ thị", "07-CT/TU"),
    ("Thi đua phòng chống thiên tai\n\nĐó là nội dung tại Kế hoạch số 45/KH-UBND của UBND tỉnh về phát động phong "
     "trào thi đua.\n", "Kế hoạch", "45/KH-UBND"),
    ("Hạn chế ra đường\n\nĐó là yêu cầu của UBND tỉnh đối với các sở, ban, ngành, UBND các huyện tại Công văn số "
     "2210/UBND-KT ngày 19/6.\n", "Công văn", "2210/UBND-KT"),
    ("Bảo vệ trẻ em\n\nĐó chính là nội dung chỉ đạo của UBND tỉnh tại văn bản số 1180/UBND-VX gửi các sở, ngành.\n",
     "Công văn", "1180/UBND-VX"),
    # the document named right after what it is ("Đó là nội dung Chỉ thị số …", no "tại")
    ("Phòng chống ma túy\n\nĐó là nội dung Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 10.3.2021.\n",
     "Chỉ thị", "05-CT/TU"),
    # "Đây là nội dung nằm trong …": what the lead is about lies in it
    ("Hòa giải ở cơ sở\n\nĐây là nội dung nằm trong Kế hoạch số 106/KH-UBND ngày 26/8/2027 của UBND huyện về xây dựng "
     "mô hình Tổ hòa giải kiểu mẫu.\n", "Kế hoạch", "106/KH-UBND"),
    # a page giving the text of it
    ("Tin tức\n\nBan Tuyên giáo Tỉnh ủy trân trọng giới thiệu toàn văn Nghị quyết số 14-NQ/TU, ngày 2/3/2022 của Ban "
     "Thường vụ Tỉnh ủy.\n", "Nghị quyết", "14-NQ/TU"),
])
def test_a_news_lead_naming_the_document_its_headline_is_about(text, doc_type, number):
    """"Đó là chỉ đạo của … tại Chỉ thị số …" under a headline: the page is about that document."""
    h = header(text)
    assert (h.doc_type, h.number) == (doc_type, number)
    assert h.doc_type_line == 3


def test_a_notice_of_a_legal_normative_decision():
    h = header("Chủ tịch UBND tỉnh Lê Văn Bình đã ký ban hành Quyết định pháp quy số 21/2025/QĐ-UBND ngày 3/4/2025 "
               "quy định giá đất.\n")
    assert (h.doc_type, h.number) == ("Quyết định", "21/2025/QĐ-UBND")


@pytest.mark.parametrize("text, doc_type, number, issuer, place", [
    # "Ủy ban Nhân dân", as some pages print it
    ("Ủy ban Nhân dân tỉnh Quảng Ngãi vừa ban hành Công điện khẩn số 09/CĐ-UBND yêu cầu các sở ứng phó bão.\n",
     "Công điện", "09/CĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Quảng Ngãi"),
    # a notice the committee has just given out, unnumbered
    ("Ngày 12-12, UBND tỉnh Nghệ An có thông báo nghỉ Tết Dương lịch năm 2026 đối với cán bộ, công chức.\n",
     "Thông báo", None, "UBND tỉnh Nghệ An", "Nghệ An"),
    ("Y tế\nUBND tỉnh Lào Cai vừa có công điện gửi các sở, ngành về phòng chống dịch sởi.\n", "Công điện", None,
     "UBND tỉnh Lào Cai", "Lào Cai"),
    ("Ứng phó mưa lũ\nUBND tỉnh Yên Bái vừa có Công điện khẩn yêu cầu các huyện khắc phục hậu quả.\n", "Công điện",
     None, "UBND tỉnh Yên Bái", "Yên Bái"),
])
def test_a_notice_of_a_committees_dispatch_or_notice(text, doc_type, number, issuer, place):
    h = header(text)
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, number, issuer, place)
    assert h.doc_type_line == text.count("\n")


def test_a_headline_opening_with_an_urgent_dispatch():
    h = header("Công điện của Chủ tịch UBND tỉnh Hà Tĩnh về việc chủ động ứng phó với bão số 5\n"
               "Theo tin từ Trung tâm dự báo, bão số 5 đang mạnh lên.\n")
    assert (h.doc_type, h.doc_type_line) == ("Công điện", 1)


@pytest.mark.parametrize("text, doc_type, issuer", [
    ("Văn phòng Chính phủ vừa ra thông báo kết luận của Phó Thủ tướng tại cuộc họp về đường sắt tốc độ cao.\n",
     "Thông báo", "Văn phòng Chính phủ"),
    ("Ngày 3-11, Thủ tướng Phạm Minh Chính ký quyết định thành lập Tổ công tác về đầu tư công.\n", "Quyết định",
     "Thủ tướng Chính phủ"),
])
def test_a_notice_of_what_the_government_just_gave_out(text, doc_type, issuer):
    h = header(text)
    assert (h.doc_type, h.issuer, h.jurisdiction, h.doc_type_line) == (doc_type, issuer, "Việt Nam", 1)


def test_a_decision_the_prime_minister_signed_earlier_is_not_the_pages():
    h = header("Năm 2023, Thủ tướng Phạm Minh Chính đã ký quyết định thành lập Tổ công tác về đầu tư công.\n")
    assert h.doc_type_line is None


@pytest.mark.parametrize("text, doc_type, issuer, place", [
    # a letter the chairman's notice names by what it does
    ("Chủ tịch UBND tỉnh Sóc Trăng vừa có công văn chỉ đạo các sở, ngành đẩy nhanh giải ngân vốn.\n", "Công văn",
     "UBND tỉnh Sóc Trăng", "Sóc Trăng"),
    # the Party executive committee of a province, after what a source says
    ("Ngày 20-12, nguồn tin cho biết Ban Chấp hành Đảng bộ tỉnh Gia Lai vừa ban hành nghị quyết về nhiệm vụ năm "
     "2026.\n",
     "Nghị quyết", "Ban Chấp hành Đảng bộ tỉnh Gia Lai", "Gia Lai"),
    # its term in brackets no part of its name
    ("Ban Chấp hành Đảng bộ tỉnh Gia Lai (khóa XVI) vừa ban hành nghị quyết về nhiệm vụ năm 2026.\n", "Nghị quyết",
     "Ban Chấp hành Đảng bộ tỉnh Gia Lai", "Gia Lai"),
])
def test_a_notice_of_a_committees_letter_or_resolution(text, doc_type, issuer, place):
    h = header(text)
    assert (h.doc_type, h.issuer, h.jurisdiction, h.doc_type_line) == (doc_type, issuer, place, 1)


def test_a_notice_under_its_dateline_of_date_and_time():
    """"06/05/2024 - 08:15" on its own line, the notice's sentence after the dash on the next."""
    h = header("Vĩnh Long triển khai Tháng hành động vì trẻ em\n\n06/05/2024 - 08:15\n\n - UBND tỉnh Vĩnh Long vừa ban "
               "hành kế hoạch triển khai Tháng hành động vì trẻ em năm 2024.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Kế hoạch", "UBND tỉnh Vĩnh Long", "Vĩnh Long")
    assert h.doc_type_line == 5


@pytest.mark.parametrize("text, issuer, number", [
    # the number without "số"
    ("Tết Trung thu an toàn\n(PLVN) - Bộ Y tế vừa có công văn 3120/BYT-DP ngày 9/9/2024 gửi UBND các tỉnh.\n",
     "Bộ Y tế", "3120/BYT-DP"),
    ("UBND tỉnh Bắc Ninh vừa ban hành văn bản 215/UBND-KGVX về quản lý lễ hội xuân.\n", "UBND tỉnh Bắc Ninh",
     "215/UBND-KGVX"),
    # "ra Công văn Số …" after a date with no comma
    ("Phòng dịch trong cơ sở tôn giáo\nNgày 29/01/2022 Bộ Nội vụ ra Công văn Số 517/BNV-TGCP gửi các tổ chức tôn "
     "giáo.\n", "Bộ Nội vụ", "517/BNV-TGCP"),
    # "đã có công văn Số: …" on the day the sentence opens with, written out
    ("Ngày 28 tháng 12 năm 2021, Sở Thông tin và Truyền thông đã có công văn Số: 2716 /STTTT-TTBCXB gửi các cơ quan "
     "báo chí.\n", "Sở Thông tin và Truyền thông", "2716/STTTT-TTBCXB"),
])
def test_a_notice_of_a_letter_however_its_number_is_introduced(text, issuer, number):
    h = header(text)
    assert (h.doc_type, h.issuer, h.number) == ("Công văn", issuer, number)
    assert h.doc_type_line is not None


@pytest.mark.parametrize("text, issuer", [
    # its verb's tense
    ("(Website Văn phòng) - UBND TP đã ban hành Kế hoạch tổ chức các hoạt động hưởng ứng Tuần lễ Quốc gia nước "
     "sạch.\n", "UBND TP"),
    ("Chỉnh trang đô thị\nUBND thành phố Vinh cũng đã ban hành Kế hoạch giải quyết tình trạng ùn tắc.\n",
     "UBND thành phố Vinh"),
    ("Chỉnh trang đô thị\nUBND thành phố Vinh đã khẩn trương ban hành Kế hoạch giải quyết tình trạng ùn tắc.\n",
     "UBND thành phố Vinh"),
    ("Chỉnh trang đô thị\nUBND thành phố Vinh mới ban hành kế hoạch giải quyết tình trạng ùn tắc.\n",
     "UBND thành phố Vinh"),
])
def test_a_notices_issuer_is_not_followed_by_the_words_before_its_verb(text, issuer):
    assert header(text).issuer == issuer


def test_what_else_a_body_did_before_issuing_is_no_part_of_its_name():
    """"Ủy ban nhân dân tỉnh đã phân loại thành 77 nội dung và ban hành Văn bản số …": the body named is no "Ủy ban
    nhân dân tỉnh đã phân loại thành 77 nội dung và"."""
    h = header("Tin tức\nTrên cơ sở đó, Ủy ban nhân dân tỉnh đã phân loại thành 40 nội dung và ban hành Văn bản số 512 "
               "giao các cơ quan giải quyết kiến nghị của cử tri.\n")
    assert h.issuer is None


def test_a_military_commands_task_in_a_report_names_no_issuer():
    h = header("Hội nghị Đảng ủy xã\nTại hội nghị, Đảng ủy thông qua Chương trình làm việc.\nBan Công an, Ban Chỉ "
               "huy quân sự xã tăng cường tuần tra, xây dựng kế hoạch trực gác bảo đảm an toàn.\n")
    assert h.issuer is None


@pytest.mark.parametrize("text, doc_type, number, line", [
    # an urgent dispatch signed this afternoon, "ký" with no "vừa"
    ("Chiều nay 27.9, Chủ tịch UBND tỉnh Quảng Bình Trần Thắng ký Công điện khẩn số 05/CĐ-UBND yêu cầu ứng phó bão "
     "số 4.\n", "Công điện", "05/CĐ-UBND", 1),
    # the document named, then that it was just issued
    ("Kon Tum đặt mục tiêu giảm nghèo\nTheo Kế hoạch 320/KH-UBND về thực hiện chương trình giảm nghèo năm 2023 mới "
     "ban hành, UBND tỉnh Kon Tum yêu cầu các sở triển khai.\n", "Kế hoạch", "320/KH-UBND", 2),
    # the document named, then who has just signed it
    ("Tổ chức Tết an toàn\nNội dung nêu trên thể hiện trong Chỉ thị số 31/CT-UBND được Chủ tịch UBND tỉnh Hải Dương "
     "vừa ký và ban hành.\n", "Chỉ thị", "31/CT-UBND", 2),
    # the document named, then that the body named has just issued it
    ("Quảng Trị tổ chức Tháng hành động\nTheo Kế hoạch số 56/KH-UBND vừa được UBND tỉnh Quảng Trị ban hành, tỉnh "
     "sẽ tổ chức 20 hoạt động.\n", "Kế hoạch", "56/KH-UBND", 2),
    # a sentence opening with the document and who signed it, after a dateline or on a line of its own
    ("(PLVN) - Quyết định số 57/2027/QĐ-TTg do Phó Thủ tướng Nguyễn Văn B ký ban hành đã đưa ra Bộ tiêu chí quốc "
     "gia.\n", "Quyết định", "57/2027/QĐ-TTg", 1),
    ("Bộ tiêu chí mới\nQuyết định số 57/2027/QĐ-TTg do Phó Thủ tướng Nguyễn Văn B ký ban hành đã đưa ra Bộ tiêu chí "
     "quốc gia.\n", "Quyết định", "57/2027/QĐ-TTg", 2),
    # a sentence opening with the document in which a body asks what the notice reports
    ("Tại Công văn số 4120/UBND-KT của UBND tỉnh Hà Tĩnh ban hành ngày 3/9/2027, Chủ tịch UBND tỉnh Trần Văn C yêu "
     "cầu các sở kiểm tra công vụ.\n", "Công văn", "4120/UBND-KT", 1),
    ("Phòng dịch cúm gia cầm\nTrong nội dung Công văn số 812/VP-NN, ban hành ngày 12/5, UBND thành phố Hải Phòng đề "
     "nghị các quận chủ động phòng dịch.\n", "Công văn", "812/VP-NN", 2),
    ("(HTO) - Tại Chỉ thị số 09/CT-UBND, UBND tỉnh chỉ đạo các địa phương bảo đảm an toàn giao thông.\n", "Chỉ thị",
     "09/CT-UBND", 1),
    # the body a city named with its shortened word, whose point ends no sentence ("UBND TP.Hà Nội", "TP. Hồ Chí Minh")
    ("Trật tự đô thị\nYêu cầu nêu trên nằm trong Kế hoạch 332/KH-UBND do UBND TP.Hà Nội vừa ban hành nhằm giải quyết "
     "các điểm nghẽn.\n", "Kế hoạch", "332/KH-UBND", 2),
    ("Tháng hành động\nKế hoạch số 45/KH-UBND vừa được UBND TP. Hồ Chí Minh ban hành, các phường sẽ tổ chức 20 hoạt "
     "động.\n", "Kế hoạch", "45/KH-UBND", 2),
    ("Bộ tiêu chí mới\nQuyết định số 51/2027/QĐ-UBND do Chủ tịch UBND TP. Cần Thơ ký ban hành đã đưa ra bộ tiêu chí.\n",
     "Quyết định", "51/2027/QĐ-UBND", 2),
    ("Phòng dịch\nTại Công văn số 4913/VP-KT ngày 15/6, UBND TP. Hải Phòng yêu cầu các sở rà soát.\n", "Công văn",
     "4913/VP-KT", 2),
    # "Theo nội dung công văn …", and a committee's own letter by its number ("…/UBND-…") with "Theo" (nothing had
    # been read)
    ("Xử lý dự án chậm tiến độ\nTheo Công văn số 6025/UBND-TN của UBND tỉnh Sông Mây, Chủ tịch UBND tỉnh yêu cầu Sở "
     "Tài nguyên và Môi trường chủ trì kiểm tra.\n", "Công văn", "6025/UBND-TN", 2),
    ("An toàn thi công\nTheo nội dung công văn 2718/UBND-ĐT, UBND thành phố giao các sở rà soát trách nhiệm.\n",
     "Công văn", "2718/UBND-ĐT", 2),
])
def test_a_notice_of_the_document_it_reports(text, doc_type, number, line):
    h = header(text)
    assert (h.doc_type, h.number, h.doc_type_line) == (doc_type, number, line)


def test_what_a_notice_goes_by_is_no_document_it_reports():
    """"Theo Quyết định số 155/QĐ-TTg …, UBND tỉnh yêu cầu …" and a ministry's letter "Theo Công văn số 12/BYT-KCB …":
    what the text goes by, not the document the notice reports."""
    for text in ("Phòng dịch\nTheo Quyết định số 155/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở rà "
                 "soát.\n",
                 "Phòng dịch\nTheo Công văn số 12/BYT-KCB của Bộ Y tế, UBND tỉnh yêu cầu các sở rà soát.\n"):
        assert header(text).number is None


@pytest.mark.parametrize("text, issuer, number", [
    ("Thanh tra năm 2027\nThông tin được nêu trong Kế hoạch thanh tra năm 2027 vừa được Thanh tra Chính phủ ban "
     "hành.\n", "Thanh tra Chính phủ", None),
    ("Thích ứng khí hậu\nKế hoạch quốc gia về thích ứng biến đổi khí hậu do Thủ tướng Nguyễn Văn B mới ban hành đặt "
     "mục tiêu giảm thiểu thiệt hại.\n", "Thủ tướng Chính phủ", None),
    ("Trật tự đô thị\nYêu cầu nêu trên nằm trong Kế hoạch 332/KH-UBND do UBND TP.Hà Nội vừa ban hành nhằm giải quyết "
     "các điểm nghẽn.\n", "UBND thành phố Hà Nội", "332/KH-UBND"),
])
def test_a_notice_naming_the_document_before_the_body_that_just_issued_it(text, issuer, number):
    """"… Kế hoạch … vừa được <body> ban hành", "… do <body> vừa/mới ban hành": that body's document (no issuer had
    been read)."""
    h = header(text)
    assert (h.issuer, h.jurisdiction, h.number, h.doc_type) == (issuer, "Hà Nội" if number else "Việt Nam", number,
                                                                "Kế hoạch")


@pytest.mark.parametrize("text", [
    "Phó Thủ tướng Chính phủ Nguyễn Văn B - Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương ký "
    "Quyết định số 156/QĐ-HĐPH ngày 24/10/2027 phê duyệt Kế hoạch nhiệm vụ trọng tâm quý IV.\n",
    "Tin tức\nNgày 10/3/2027, Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương, Bộ trưởng Bộ Tư pháp "
    "ký Quyết định số 347/QĐ-HĐPH ban hành Kế hoạch hoạt động của Hội đồng năm 2027.\n",
    "Tin tức\nMới đây, Phó thủ tướng Chính phủ Trần Văn C, Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật "
    "Trung ương (sau đây gọi tắt là Hội đồng) vừa ký Quyết định số 15/QĐ-HĐPH phê duyệt Kế hoạch hoạt động.\n",
])
def test_the_chairman_of_a_central_council_signs_for_the_council(text):
    """A Deputy Prime Minister or a minister who chairs a central council signs its decisions: the council's (they had
    been the Prime Minister's, the ministry's, or no one's)."""
    h = header(text)
    assert (h.issuer, h.jurisdiction) == ("Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương", "Việt Nam")


def test_the_number_of_a_letter_that_guides():
    """"… Sở Nội vụ đã ban hành văn bản hướng dẫn số 231/SNV-XDCQ …": the letter's number (it had been left out)."""
    h = header("Ngày 31/3/2027, Sở Nội vụ đã ban hành văn bản hướng dẫn số 231/SNV-XDCQ về việc hướng dẫn đánh giá "
               "tiêu chí số 18.\n")
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", "231/SNV-XDCQ", "Sở Nội vụ")


def test_a_duty_a_rule_gives_is_no_notice_of_a_document():
    """"Bộ trưởng có trách nhiệm ban hành kế hoạch thanh tra của Bộ": what a circular requires (it had made "Bộ có
    trách nhiệm" the issuer of a plan)."""
    h = header(", Bộ trưởng có trách nhiệm ban hành kế hoạch thanh tra của Bộ.\nChậm nhất vào ngày 20 tháng 12, Chủ "
               "tịch Ủy ban nhân dân cấp tỉnh có trách nhiệm ban hành kế hoạch thanh tra của tỉnh.\n")
    assert (h.issuer, h.doc_type) == (None, None)


def test_a_document_a_body_issued_without_just_is_not_the_notices():
    """"Kế hoạch số 12/KH-UBND do UBND tỉnh ban hành năm 2019 đã hết hiệu lực": a document of the past."""
    h = header("Tin tức\nKế hoạch số 12/KH-UBND do UBND tỉnh ban hành năm 2019 đã hết hiệu lực.\n")
    assert (h.issuer, h.number) == (None, None)


def test_a_document_a_sentence_carries_out_is_not_the_one_signed_it_names():
    """"Thực hiện Quyết định số … do Thủ tướng ký ban hành, UBND tỉnh …": the decision carried out, not the page's."""
    h = header("Thực hiện Quyết định số 57/2027/QĐ-TTg do Phó Thủ tướng Nguyễn Văn B ký ban hành, UBND tỉnh xây dựng "
               "kế hoạch.\n")
    assert h.number is None


@pytest.mark.parametrize("text, issuer", [
    ("Chủ tịch UBND xã Long Hải Ngô Thanh Phúc ký ban hành Kế hoạch số 12/KH-UBND về phòng chống tội phạm.\n",
     "Ủy ban nhân dân xã Long Hải"),
    ("Phó Chủ tịch UBND thị xã Sơn Tây Trần Văn Bình vừa ký ban hành Kế hoạch số 40/KH-UBND về trật tự đô thị.\n",
     "Ủy ban nhân dân thị xã Sơn Tây"),
    # a name no list knows after the committee: the committee without a name, as before
    ("Chủ tịch UBND huyện Đào Văn Minh ký ban hành Kế hoạch số 12/KH-UBND về phòng chống tội phạm.\n", "UBND huyện"),
])
def test_the_committee_of_a_chairman_signing_keeps_its_communes_name(text, issuer):
    """The chairman's name after a commune's, ward's or district's committee is cut off, its place kept."""
    assert header(text).issuer == issuer


def test_a_document_a_sentence_goes_by_is_not_the_notices():
    """"Theo Quyết định số …, Thủ tướng yêu cầu …": what the text goes by, not the document the notice reports (only
    "Tại" or "Trong nội dung" opens a sentence with it); nor a document named without a body asking anything."""
    assert header("Theo Quyết định số 57/2027/QĐ-TTg, Thủ tướng Chính phủ yêu cầu các bộ thực hiện.\n").number is None
    assert header("Tại Hội nghị, đại biểu nêu ý kiến; tại Kế hoạch số 14/KH-UBND có 12 nhiệm vụ.\n").number is None


def test_a_plan_based_on_before_the_one_just_issued_is_not_the_pages():
    # the plan the district's is based on, then the district's just issued: not the page's number
    h = header("Phòng chống dịch\nCăn cứ Kế hoạch số 12/KH-UBND ngày 5/1/2024 của UBND tỉnh, UBND huyện vừa ban hành "
               "kế hoạch phòng chống dịch.\n")
    assert h.number is None


@pytest.mark.parametrize("text, issuer, place", [
    ("HĐND tỉnh Hải Dương vừa ban hành Nghị quyết số 12/NQ-HĐND về việc chấp thuận thu hồi đất.\n",
     "HĐND tỉnh Hải Dương", "Hải Dương"),
    ("Hội đồng nhân dân tỉnh Nghệ An vừa ban hành Nghị quyết số 05/2024/NQ-HĐND quy định mức hỗ trợ.\n",
     "Hội đồng nhân dân tỉnh Nghệ An", "Nghệ An"),
    ("Hội đồng Nhân dân tỉnh Ninh Bình vừa ban hành Nghị quyết số 64/NQ-HĐND về trung tâm hành chính.\n",
     "Hội đồng nhân dân tỉnh Ninh Bình", "Ninh Bình"),
])
def test_a_notice_of_a_peoples_councils_resolution(text, issuer, place):
    h = header(text)
    assert (h.doc_type, h.issuer, h.jurisdiction, h.doc_type_line) == ("Nghị quyết", issuer, place, 1)


@pytest.mark.parametrize("text, number", [
    # "ra" with the type in capitals: the number after it, not a later one of another item on the page
    ("UBND tỉnh Quảng Bình vừa ra Quyết định số 301/QĐ-UBND công bố tình huống khẩn cấp.\nTin khác\nNgày 20/12, "
     "UBND thành phố vừa có Quyết định số 4017/QĐ-UBND về sạt lở.\n", "301/QĐ-UBND"),
    # a dated opening without its year
    ("Công nhận xã nông thôn mới\nNgày 6/12, Chủ tịch UBND tỉnh Lê Văn An đã ký Quyết định số 5380/QĐ - UBND công "
     "nhận 22 xã.\n", "5380/QĐ-UBND"),
    # a decision the committee "vừa có", unnumbered
    ("Công nhận xã nông thôn mới nâng cao\n(QNO) - UBND tỉnh vừa có quyết định công nhận 5 xã đạt chuẩn.\n", None),
])
def test_a_notice_of_a_committees_decision(text, number):
    h = header(text)
    assert (h.doc_type, h.number) == ("Quyết định", number)
    assert h.doc_type_line is not None


def test_a_group_of_bodies_a_notice_names_is_no_issuer():
    """"UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố tổ chức quán triệt, xây dựng kế hoạch …": the
    committee's letter asks the districts to draw up plans; "UBND các huyện, thành phố …" issued nothing."""
    h = header("Triển khai Chương trình hành động\n\nUBND tỉnh Cao Bằng vừa ban hành công văn chỉ đạo triển khai "
               "Chương trình hành động.\n\nTheo đó, UBND tỉnh yêu cầu UBND các huyện, thành phố tổ chức quán triệt, "
               "xây dựng kế hoạch triển khai.\n")
    assert (h.doc_type, h.issuer) == ("Công văn", "UBND tỉnh Cao Bằng")
    h = header("Triển khai Chương trình hành động\n\nTheo đó, UBND các huyện, thành phố tổ chức quán triệt, xây dựng "
               "kế hoạch triển khai.\n")
    assert h.issuer is None


def test_a_notice_after_the_outlets_name_in_brackets():
    h = header("(CLO) Chủ tịch UBND tỉnh Nam Định Trần Anh Dũng vừa ký Văn bản số 3766/UBND-VP về phòng chống bão.\n")
    assert (h.doc_type, h.number, h.jurisdiction) == ("Công văn", "3766/UBND-VP", "Nam Định")
    assert h.issuer == "Ủy ban nhân dân tỉnh Nam Định"


def test_a_notice_of_a_deputy_prime_minister_heading_a_steering_committee():
    """"Phó Thủ tướng …, Trưởng Ban chỉ đạo quốc gia về …, vừa có công điện số …": "Ban chỉ đạo" inside the signer's
    title is no verb ending the name."""
    h = header("Phó Thủ tướng Trần Hồng Hà, Trưởng Ban chỉ đạo quốc gia về phòng chống thiên tai, vừa có công điện số "
               "5/CĐ-BCĐQG yêu cầu các tỉnh ứng phó bão.\n")
    assert (h.doc_type, h.number, h.jurisdiction, h.doc_type_line) == ("Công điện", "5/CĐ-BCĐQG", "Việt Nam", 1)


@pytest.mark.parametrize("text", [
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ XUÂN TÍN Độc lập – Tự do – Hạnh phúc KẾ HOẠCH PHÒNG CHỐNG "
    "THIÊN TAI NĂM 2014 Căn cứ Luật Phòng, chống thiên tai\n",
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nXÃ XUÂN TÍN Độc lập- Tự do- Hạnh phúc\n\nSố: /KH- UBND Xuân "
    "Tín, ngày 9 tháng 5 năm 2019\n\nKẾ HOẠCH\n",
])
def test_a_letterhead_run_into_one_line_names_the_commune_before_the_motto(text):
    """The two columns of a letterhead flattened ("… VIỆT NAM XÃ XUÂN TÍN Độc lập …"): the commune's name ends before
    the motto's second line, whose first capital is no word of it."""
    h = header(text)
    assert (h.issuer, h.jurisdiction, h.province) == ("Ủy ban nhân dân xã Xuân Tín", "Xuân Tín", "Thanh Hóa")


def test_a_letterhead_whose_rule_is_printed_with_underscores():
    h = header("Văn bản số 1277 về thi tốt nghiệp\n\nBỘ GIÁO DỤC VÀ ĐÀO TẠO\n\n_____________\n\nSố: 1301/BGDĐT-QLCL\n\n"
               "V/v hướng dẫn tổ chức Kỳ thi năm 2025\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh "
               "phúc\n\n________________________\n\nHà Nội, ngày 22 tháng 3 năm 2025\n")
    assert (h.issuer, h.jurisdiction, h.jurisdiction_source) == ("Bộ Giáo dục và Đào tạo", "Việt Nam", "letterhead")


@pytest.mark.parametrize("text, issuer", [
    ("Ban Quản lý an toàn thực phẩm TP.HCM vừa ban hành Kế hoạch triển khai Tháng hành động vì an toàn thực phẩm.\n",
     "Ban Quản lý an toàn thực phẩm thành phố Hồ Chí Minh"),
    # a plan it just has: issued ("có kế hoạch" alone, below, may be an intention)
    ("UBND thành phố Hà Nội vừa có kế hoạch thực hiện Đề án quản lý chợ giai đoạn 2022-2025.\n",
     "UBND thành phố Hà Nội"),
])
def test_a_notice_of_a_plan_a_board_or_committee_just_issued(text, issuer):
    h = header(text)
    assert (h.doc_type, h.issuer, h.doc_type_line) == ("Kế hoạch", issuer, 1)
    assert header("Tin tức\nUBND tỉnh có kế hoạch tổ chức lễ hội vào tháng sau.\n").doc_type_line is None


def test_a_letterhead_number_keeps_a_departments_roman_numeral_and_a_digit_inside_a_code():
    h = header("VĂN PHÒNG CHÍNH PHỦ\n-------\nSố: 11554/VPCP-V.I\nV/v triển khai Nghị quyết\n"
               "Hà Nội, ngày 5 tháng 12 năm 2024\n")
    assert (h.doc_type, h.number, h.issuer) == ("Công văn", "11554/VPCP-V.I", "Văn phòng Chính phủ")
    assert header("BỘ Y TẾ\n-------\nSố: 123/BYT-K2ĐT\nHà Nội, ngày 5 tháng 3 năm 2024\n").number == "123/BYT-K2ĐT"
    # a dot between two codes is still read as their hyphen
    assert header("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/CĐ.UBND\nAn Giang, ngày 5 tháng 3 năm 2024\n"
                  ).number == "12/CĐ-UBND"


def test_a_national_steering_committee_whose_letterhead_name_holds_a_comma():
    # not Hà Nội's committee by its place-date line
    h = header("BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH BỆNH VIÊM ĐƯỜNG HÔ HẤP CẤP\n-------\n\n"
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
               "Số: 81/QĐ-BCĐQG\n\nHà Nội, ngày 07 tháng 02 năm 2020\n\nQUYẾT ĐỊNH\n")
    assert (h.issuer, h.jurisdiction, h.number) == (
        "Ban Chỉ đạo Quốc gia phòng, chống dịch bệnh viêm đường hô hấp cấp", "Việt Nam", "81/QĐ-BCĐQG")


def test_a_director_who_signed_an_urgent_letter_issued_it_for_the_department():
    h = header("(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn bản hỏa tốc đề "
               "nghị các phòng Giáo dục và Đào tạo cho học sinh nghỉ học đến ngày 10/10/2020.\n")
    assert (h.doc_type, h.issuer) == ("Công văn", "Sở Giáo dục và Đào tạo")
    # signed that afternoon, as the sentence opens: the page's own, its type stated as a heading would
    assert h.doc_type_line == 1
    # an earlier one the sentence tells of is not the page's
    assert header("Năm 2019, Giám đốc Sở Y tế đã ký văn bản hỏa tốc đề nghị các bệnh viện tăng cường.\n").issuer is None


def test_the_youth_unions_central_committee_as_the_press_names_it():
    h = header("(QNO) - Trung ương Đoàn vừa ban hành kế hoạch tổ chức chiến dịch Thanh niên tình nguyện hè 2020.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Kế hoạch", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
                                                      "Việt Nam")
    # the name its letterhead gives
    h = header("BAN CHẤP HÀNH TRUNG ƯƠNG | ĐOÀN TNCS HỒ CHÍ MINH |\n*** | Số: 225-KH/TWĐTN-CTTN |\n"
               "Hà Nội, ngày 16 tháng 5 năm 2024\nKẾ HOẠCH\n")
    assert h.issuer == "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"


def test_a_central_letterhead_name_ends_before_the_motto_and_a_rule_run_into_the_motto():
    # the name ("… PHÒNG, CHỐNG THIÊN TAI") goes on over its comma, but not into the motto under it
    h = header("BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THIÊN TAI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
               "Số: 15/CĐ-TW\n\nHà Nội, ngày 28 tháng 07 năm 2016\n\nCÔNG ĐIỆN KHẨN\n")
    assert (h.issuer, h.jurisdiction) == ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Việt Nam")
    # "-CỘNG HÒA …", "-Số: …": the rule under the letterhead run into the next cells
    h = header("(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
               "-Số: 04/2013/TT-NHNN\nHà Nội, ngày 01 tháng 3 năm 2013\nTHÔNG TƯ\n")
    assert (h.issuer, h.jurisdiction) == ("Ngân hàng Nhà nước Việt Nam", "Việt Nam")


def test_a_letters_subject_with_its_own_number_and_date_in_brackets():
    # as a province's portal lists its letters: the subject line is the page's title, with its number
    h = header("Skip to main content\n\nVề việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực "
               "nông thôn (3585/VP-KTN, ngày 23/10/2017).\n\nThực hiện Công văn số 11034/VPCP-KGVX ngày "
               "17/10/2017 của Văn phòng Chính phủ, đồng chí Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n")
    assert (h.doc_type, h.number, h.date) == ("Công văn", "3585/VP-KTN", None)
    # the type its symbol names; a line going on after the brackets is no such title
    assert header("Về việc tổ chức kỳ thi (125/KH-UBND, ngày 3/4/2020).\n").doc_type == "Kế hoạch"
    assert header("Tin\nVề việc tổ chức kỳ thi lớp 10 (125/SGDĐT-KT, ngày 3/4/2020) của Sở\n").number is None


def test_the_prime_minister_unnamed_and_several_decisions_of_one_notice():
    h = header("Lập Ban chỉ đạo trung ương do Thủ tướng đứng đầu\n\nThủ tướng vừa ký quyết định thành lập Ban chỉ đạo "
               "trung ương thực hiện thí điểm không tổ chức HĐND huyện, quận, phường.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Quyết định", "Thủ tướng Chính phủ", "Việt Nam")
    # three decisions of one committee: their type, none of their numbers
    h = header("Ngày 10/2/2022, Ủy ban nhân dân huyện Hàm Yên vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, "
               "310/QĐ-UBND) công nhận các thôn đạt chuẩn Thôn nông thôn mới kiểu mẫu.\n")
    assert (h.doc_type, h.number, h.issuer) == ("Quyết định", None, "Ủy ban nhân dân huyện Hàm Yên")


def test_a_letterhead_number_whose_d_a_pdf_font_lost_is_read_as_the_page_prints_it_elsewhere():
    h = header("Quyết định số 256/2003/QĐ-TTg\n\nNội dung Text: Quyết định số 256/2003/QĐ-TTg\n"
               " 1. TH TƯ NG CHÍNH PH C NG HOÀ XÃ H I CH NGHĨA VI T NAM ******** S : 256/2003/Q -TTg Hà N i, "
               "ngày 02 tháng 12 năm 2003 QUY T NH\n")
    assert h.number == "256/2003/QĐ-TTg"
    # a number printed once keeps its letters
    assert header("THỦ TƯỚNG CHÍNH PHỦ\nSố: 256/2003/QĐ-TTg\nHà Nội, ngày 02 tháng 12 năm 2003\n").number == \
        "256/2003/QĐ-TTg"


@pytest.mark.parametrize("text, expected", [
    # a ministry's circular, from a portal's title naming the ministry after the number and before the date
    ("Thông tư số 84/2017/TT-BTC của Bộ Tài chính ngày 15 tháng 8 năm 2017 về việc hướng dẫn chi tiết một số điều.\n",
     ("Thông tư", "84/2017/TT-BTC", "Bộ Tài chính", "Việt Nam")),
    ("Thông tư số 23/2016/TT-BTTTT của Bộ thông tin và truyền Thông ngày 02 tháng 11 năm 2016 về việc quy định.\n",
     ("Thông tư", "23/2016/TT-BTTTT", "Bộ Thông tin và Truyền thông", "Việt Nam")),
    # … and from a notice, as a decree and a Party conclusion
    ("Bộ Thông tin và Truyền thông vừa ban hành Thông tư số 22/2021/TT-BTTTT ngày 13/12/2021 quy định chi tiết.\n",
     ("Thông tư", "22/2021/TT-BTTTT", "Bộ Thông tin và Truyền thông", "Việt Nam")),
    ("Chính phủ vừa ban hành Nghị định số 12/2024/NĐ-CP quy định chi tiết.\n",
     ("Nghị định", "12/2024/NĐ-CP", "Chính phủ", "Việt Nam")),
    # the governor signing for the State Bank, the day before
    ("Hôm qua 9-10, Thống đốc Ngân hàng Nhà nước (NHNN) Việt Nam đã ký ban hành Chỉ thị số 05/2008/CT-NHNN về một số "
     "biện pháp.\n", ("Chỉ thị", "05/2008/CT-NHNN", "Ngân hàng Nhà nước Việt Nam", "Việt Nam")),
    # a minister signing as the deputy head of a national steering committee, that morning
    ("Sáng nay, 9-8, Bộ trưởng Bộ NN-PTNT Lê Minh Hoan, Phó trưởng Thường trực Ban Chỉ đạo quốc gia về phòng chống "
     "thiên tai đã ký công điện số 23 đề nghị các địa phương.\n",
     ("Công điện", None, "Ban Chỉ đạo quốc gia về phòng chống thiên tai", "Việt Nam")),
    # the National Assembly's Secretary General, not a place the text goes on to name
    ("Ngày 26/3, Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc ký Văn bản số 2672/TTKQH-TT về việc công bố nghị quyết về "
     "thành lập thị xã Long Mỹ, tỉnh Hậu Giang.\n", ("Công văn", "2672/TTKQH-TT", "Tổng Thư ký Quốc hội", "Việt Nam")),
])
def test_national_documents_portals_and_the_press_report(text, expected):
    h = header(text)
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == expected


@pytest.mark.parametrize("text, issuer", [
    # signed for the Politburo: its document, whoever signs
    ("Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký ban hành Kết "
     "luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác kiểm tra.\n", "Bộ Chính trị"),
    ("Ban Bí thư Trung ương Đảng vừa ban hành Chỉ thị số 06- CT/TW về lãnh đạo đại hội đoàn các cấp.\n", "Ban Bí thư"),
    # the Youth Union's Secretariat is not the Party's
    ("Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh vừa ban hành Kế hoạch số 12-KH/TWĐTN về tổ chức diễn đàn.\n",
     "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh"),
])
def test_the_partys_and_the_youth_unions_central_bodies_in_a_notice_are_national(text, issuer):
    h = header(text)
    assert (h.issuer, h.jurisdiction) == (issuer, "Việt Nam")


@pytest.mark.parametrize("letterhead, place_date, issuer, jurisdiction", [
    ("HỘI NÔNG DÂN TỈNH NGHỆ AN", "Nghệ An", "Hội Nông dân tỉnh Nghệ An", "Nghệ An"),
    ("HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH CAO BẰNG", "Cao Bằng", "Hội Liên hiệp Phụ nữ tỉnh Cao Bằng", "Cao Bằng"),
    ("HỘI CỰU CHIẾN BINH\nTỈNH SƠN LA", "Sơn La", "Hội Cựu chiến binh tỉnh Sơn La", "Sơn La"),
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG NGÃI\nBAN THƯỜNG TRỰC", "Quảng Ngãi",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "Quảng Ngãi"),
    # the province's, not the town's of its place-date line
    ("BAN CHẤP HÀNH ĐOÀN TỈNH LÂM ĐỒNG\n***", "Đà Lạt", "Ban Chấp hành Đoàn tỉnh Lâm Đồng", "Lâm Đồng"),
    # a district's under its province's: the district's issues
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\n\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH\n", "Yên Định",
     "Liên đoàn Lao động huyện Yên Định", "Yên Định"),
    # the executive committee abbreviated ("BCH ĐOÀN"), a district's under its province's youth union
    ("TỈNH ĐOÀN THANH HÓA\nBCH ĐOÀN HUYỆN\nTHỌ XUÂN\n***", "Thọ Xuân", "Ban Chấp hành Đoàn huyện Thọ Xuân", "Thọ Xuân"),
    # the youth union's committee by its unit's word alone ("TỈNH ĐOÀN …", "THÀNH ĐOÀN …", "HUYỆN ĐOÀN …"), a city's
    # "TP.": that unit's committee (they had named no issuer)
    ("TỈNH ĐOÀN QUẢNG TRỊ\n***", "Quảng Trị", "Ban Chấp hành Đoàn tỉnh Quảng Trị", "Quảng Trị"),
    ("THÀNH ĐOÀN HÀ NỘI\n***", "Hà Nội", "Ban Chấp hành Đoàn thành phố Hà Nội", "Hà Nội"),
    ("HUYỆN ĐOÀN THỌ XUÂN\n***", "Thọ Xuân", "Ban Chấp hành Đoàn huyện Thọ Xuân", "Thọ Xuân"),
    ("BCH ĐOÀN TP. HỒ CHÍ MINH\n***", "TP. Hồ Chí Minh", "Ban Chấp hành Đoàn thành phố Hồ Chí Minh", "Hồ Chí Minh"),
])
def test_a_mass_organisations_letterhead_names_the_issuer(letterhead, place_date, issuer, jurisdiction):
    h = header(f"{letterhead}\nSố: 34/KH-HND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               f"{place_date}, ngày 08 tháng 12 năm 2021\nKẾ HOẠCH\nTổ chức Tết năm 2022")
    assert (h.issuer, h.jurisdiction, h.date) == (issuer, jurisdiction, dt.date(2021, 12, 8))


def test_a_line_wrapped_after_whose_document_is_cited_names_no_issuer():
    """Hard-wrapped text whose line breaks after "của" ("… Nghị quyết số 28/NQ-CP ngày 01/3/2026 của" / "Chính phủ ban
    hành Chương trình hành động …"): the next line goes on citing, no body issuing the page's document (it had been a
    Chương trình of the Government's, nationwide)."""
    h = header("Nhằm cụ thể hóa các nhiệm vụ và giải pháp để thực hiện Nghị quyết số 28/NQ-CP ngày 01/3/2026 của\n"
               "Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 22-NQ/TW ngày\n"
               "30/8/2025 của Bộ Chính trị về phòng thủ dân sự; xác định trách nhiệm, phân công nhiệm vụ.\n")
    assert (h.doc_type, h.issuer, h.jurisdiction) == (None, None, None)
    # (a line that opens with the body is still read: "Chính phủ ban hành …" after a full stop)
    h = header("Tin thời sự.\nChính phủ ban hành Chương trình hành động số 12 về phòng thủ dân sự.\n")
    assert h.issuer == "Chính phủ"


def test_what_a_body_will_do_is_no_notice_of_what_it_issued():
    """"Chủ tịch UBND cấp xã sẽ trực tiếp tham gia khi có thông báo …": the words of what it will do when a notice
    comes are no body's name, and no notice was issued."""
    h = header("Tại các điểm cầu cấp xã, phường, Chủ tịch UBND cấp xã sẽ trực tiếp tham gia khi có thông báo của Ban "
               "Tiếp công dân tỉnh, đảm bảo sự phối hợp chặt chẽ.")
    assert (h.doc_type, h.issuer) == (None, None)
    h = header("UBND tỉnh Phú Thọ vừa có thông báo về lịch tiếp công dân định kỳ tháng 11/2025.")
    assert (h.doc_type, h.issuer) == ("Thông báo", "UBND tỉnh Phú Thọ")


def test_a_headline_without_the_number_then_the_lead_with_it():
    """"Chủ tịch UBND tỉnh ban hành Công điện khẩn yêu cầu …" / "Chủ tịch UBND tỉnh Thanh Hóa vừa ban hành Công điện
    khẩn số 25/CĐ-UBND, …": the lead under the headline gives the number, and its body the place."""
    h = header("Chủ tịch UBND tỉnh ban hành Công điện khẩn yêu cầu tập trung ứng phó bão số 10\n\n"
               "Chủ tịch UBND tỉnh Thanh Hóa vừa ban hành Công điện khẩn số 25/CĐ-UBND, ngày 28/9/2025 về việc tập "
               "trung ứng phó bão số 10 và mưa lũ.")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Công điện", "25/CĐ-UBND", "UBND tỉnh Thanh Hóa",
                                                                "Thanh Hóa")


def test_a_type_line_after_a_place_date_line_ending_in_a_full_stop():
    """"Lào Cai, ngày 30 tháng 03 năm 2016." then "HƯỚNG DẪN LIÊN NGÀNH": the type line, not a letter's (its symbol,
    "HDLN", names no type)."""
    h = header("UBND TỈNH LÀO CAI\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 43/HDLN-SYT-BHXH\n"
               "Lào Cai, ngày 30 tháng 03 năm 2016.\n\nHƯỚNG DẪN LIÊN NGÀNH\nĐĂNG KÝ KHÁM BỆNH, CHỮA BỆNH BAN ĐẦU")
    assert (h.doc_type, h.number, h.date, h.issuer) == ("Hướng dẫn", "43/HDLN-SYT-BHXH", dt.date(2016, 3, 30),
                                                        "Sở Y tế tỉnh Lào Cai")


def test_the_short_name_a_bracket_gives_is_no_part_of_the_issuers():
    h = header("KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\nTriển khai thực hiện Quyết "
               "định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi "
               "số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế "
               "hoạch hoạt động của Ban Chỉ đạo huyện như sau:")
    assert (h.doc_type, h.issuer) == ("Kế hoạch", "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp")


@pytest.mark.parametrize("title, doc_type, number, issuer, jurisdiction", [
    # a province as the portal names the committee's documents
    ("Kế hoạch 123/KH-UBND năm 2025 thực hiện Nghị quyết 57-NQ/TW do tỉnh Bắc Ninh ban hành",
     "Kế hoạch", "123/KH-UBND", "UBND tỉnh Bắc Ninh", "Bắc Ninh"),
    ("Kế hoạch 45/KH-UBND năm 2025 về phòng chống thiên tai do Thành phố Hà Nội ban hành",
     "Kế hoạch", "45/KH-UBND", "UBND thành phố Hà Nội", "Hà Nội"),
    # a Party committee, a council, one of a Party committee's boards
    ("Kế hoạch 45-KH/TU năm 2025 thực hiện Nghị quyết 57-NQ/TW do Tỉnh ủy Lào Cai ban hành",
     "Kế hoạch", "45-KH/TU", "Tỉnh ủy Lào Cai", "Lào Cai"),
    ("Nghị quyết 15/2025/NQ-HĐND quy định mức chi do Hội đồng nhân dân tỉnh Đồng Nai ban hành",
     "Nghị quyết", "15/2025/NQ-HĐND", "Hội đồng nhân dân tỉnh Đồng Nai", "Đồng Nai"),
    ("Hướng dẫn 10-HD/BTGTU năm 2025 về tuyên truyền do Ban Tuyên giáo Tỉnh ủy Thái Nguyên ban hành",
     "Hướng dẫn", "10-HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "Thái Nguyên"),
    # the last "do" of the line; "ban hành bởi …", the type's words capitalised
    ("Quyết định 1234/QĐ-UBND năm 2025 phê duyệt dự án do Công ty Điện lực làm chủ đầu tư do Ủy ban nhân dân tỉnh "
     "Nghệ An ban hành", "Quyết định", "1234/QĐ-UBND", "Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An"),
    ("Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số tỉnh Kiên Giang đến năm "
     "2025.", "Nghị quyết", "22/NQ-TU", "Tỉnh Ủy Kiên Giang", "Kiên Giang"),
])
def test_the_body_a_portals_title_says_issued_the_document(title, doc_type, number, issuer, jurisdiction):
    h = header(title + "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai có hiệu quả.")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, number, issuer, jurisdiction)


def test_a_portals_title_under_the_pages_date_and_time():
    h = header("Thứ 6, 05/07/2024, 14:49[GMT+7]\n\nNghị quyết số 02-NQ/TU, ngày 19/11/2021 của Ban Chấp hành Đảng bộ "
               "tỉnh về chuyển đổi số tỉnh Thái Bình đến năm 2025\n\nI. TÌNH HÌNH VÀ NGUYÊN NHÂN")
    assert (h.doc_type, h.number) == ("Nghị quyết", "02-NQ/TU")
    # a date line followed by a headline of another kind is no title
    assert header("17/10/2022 - 11:28\nHoạt động hướng đến Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam").number is None


def test_the_place_between_a_committee_and_its_signers_name():
    """"Phó Chủ tịch UBND Thành phố Hà Nội Nguyễn Thị Bích Ngọc …": Hà Nội's committee, her name read off; a name that
    is no province's stays off ("Phó Chủ tịch UBND Thành phố Vũ Thu Hà …")."""
    h = header("KTĐT - Phó Chủ tịch UBND Thành phố Hà Nội Nguyễn Thị Bích Ngọc vừa ký ban hành Quyết định số "
               "375/QĐ-UBND về việc công nhận quận, huyện đạt chuẩn.")
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == ("Quyết định", "375/QĐ-UBND",
                                                                "Ủy ban nhân dân thành phố Hà Nội", "Hà Nội")
    assert header("Phó Chủ tịch UBND Thành phố Vũ Thu Hà vừa ký ban hành Kế hoạch số 12/KH-UBND về việc.").issuer == \
        "UBND Thành phố"


@pytest.mark.parametrize("lead, doc_type, issuer", [
    ("VOV.VN - UBND tỉnh Cà Mau đã có công văn yêu cầu các sở, ban, ngành cấp tỉnh dừng tuyển dụng công chức.",
     "Công văn", "UBND tỉnh Cà Mau"),
    ("Văn phòng Chính phủ đã có công văn đề nghị Bộ trưởng Bộ Lao động - Thương binh và Xã hội ký thừa ủy quyền.",
     "Công văn", "Văn phòng Chính phủ"),
])
def test_what_the_pages_first_line_says_a_body_has_issued_is_the_page_document(lead, doc_type, issuer):
    """"… đã có công văn …" in the page's first line is what the page is about, as "vừa có" would be; further on it
    may report an earlier one."""
    h = header(lead)
    assert (h.doc_type, h.issuer, h.notice_line) == (doc_type, issuer, 1)
    h = header("Cà Mau: tình hình tuyển dụng\nNăm qua, nhiều đơn vị thiếu biên chế.\n" + lead)
    assert h.notice_line is None


def test_a_subject_a_cited_documents_line_names_is_no_headline_type():
    """"Căn cứ Thông tư … Quy định Chương trình Giáo dục phổ thông 2018": the cited circular's subject, not the page's
    type (a programme: the page is the plan its headline in capitals names); nor does "Căn cứ Nghị quyết Hội nghị 11 …"
    make the page a resolution."""
    h = header("KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG Năm học 2027 - 2028\n\nCăn cứ Thông tư số 32/2018/TT-BGDĐT ngày "
               "26/12/2018 của Bộ trưởng Bộ GDĐT Quy định Chương trình Giáo dục phổ thông 2018;\n")
    assert h.doc_type == "Kế hoạch"
    h = header("ĐỀ ÁN\n\nSẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n\nCăn cứ Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương;\n")
    assert h.doc_type != "Nghị quyết"


def test_a_headline_opening_with_a_report():
    """A page headed "Báo cáo tình hình thực hiện công tác y tế 9 tháng đầu năm …": a report (it had been taken for a
    plan); "Báo cáo viên …", speakers, is no type."""
    h = header("Báo cáo tình hình thực hiện công tác y tế 9 tháng đầu năm và nhiệm vụ 3 tháng cuối năm\nThực hiện văn "
               "bản số 1188/SYT-KH-TC của Sở Y tế về việc báo cáo kết quả thực hiện nhiệm vụ năm 2027.\n")
    assert h.doc_type == "Báo cáo"
    assert header("Báo cáo viên cấp huyện được tập huấn\nNgày 12/3, Ban Tuyên giáo Huyện ủy tổ chức hội nghị.\n"
                  ).doc_type != "Báo cáo"


def test_a_type_in_a_flattened_cover():
    """A document-sharing site's cover flattened into one line ("… BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN KẾ HOẠCH HÀNH
    ĐỘNG ỨNG PHÓ KHẨN CẤP …") under a headline naming no type: a plan (it had been of no type); a cited document's type
    in capitals ("THỰC HIỆN KẾ HOẠCH SỐ …") or a department's name ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ") is none."""
    cover = ("ỨNG PHÓ KHẨN CẤP VỚI DỊCH CÚM GIA CẦM\n\nĐang tải... (xem toàn văn)\n\nBAN CHỈ ĐẠO QUỐC GIA PHÒNG CHỐNG "
             "DỊCH CÚM GIA CẦM BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN {} ỨNG PHÓ KHẨN CẤP VỚI DỊCH CÚM GIA CẦM Hà Nội, "
             "tháng 02 năm 2027 I TỔNG QUAN 1.1 Thông tin chung về dịch cúm gia cầm\n")
    assert header(cover.format("KẾ HOẠCH HÀNH ĐỘNG")).doc_type == "Kế hoạch"
    assert header(cover.format("THỰC HIỆN KẾ HOẠCH SỐ 12")).doc_type is None
    assert header(cover.replace("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN {}", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ")).doc_type is None


def test_a_headline_opening_with_its_type_in_capitals():
    """"CÔNG ĐIỆN Về triển khai …": an urgent dispatch, its type in capitals before a title that is not; a headline
    all in capitals opening with its type names it too ("KẾ HOẠCH TRIỂN KHAI …"), a department's name does not."""
    h = header("CÔNG ĐIỆN Về triển khai nhiệm vụ cấp bách trong phòng, chống dịch\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON "
               "TUM điện:\n- Thủ trưởng các Sở, ban ngành thuộc tỉnh;")
    assert (h.doc_type, h.jurisdiction) == ("Công điện", "Kon Tum")
    h = header("KẾ HOẠCH TRIỂN KHAI “TUẦN LỄ VỆ SINH MÔI TRƯỜNG” NĂM 2027\n\nThực hiện Chỉ thị số 08/CT-TTg ngày "
               "02/3/2026 của Thủ tướng Chính phủ, Sở Y tế xây dựng nội dung như sau:\n")
    assert (h.doc_type, h.doc_type_line) == ("Kế hoạch", 1)
    assert header("THÔNG BÁO KẾT LUẬN CỦA GIÁM ĐỐC SỞ TẠI CUỘC HỌP GIAO BAN THÁNG 3\n\nNgày 04/4/2027, Sở Xây dựng "
                  "tổ chức họp giao ban.\n").doc_type == "Thông báo"
    assert header("KẾ HOẠCH VÀ ĐẦU TƯ TỈNH NAM ĐỊNH\n\nNgày 04/4/2027, Sở tổ chức họp giao ban.\n").doc_type is None


@pytest.mark.parametrize("lead, doc_type, number, issuer, jurisdiction", [
    # a mass organisation's executive committee
    ("Căn cứ Điều lệ Đoàn; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội đoàn các cấp, cụ thể như "
     "sau:", "Kế hoạch", None, "Ban Chấp hành Thành đoàn Hà Nội", "Hà Nội"),
    ("Ban Chấp hành Hội Nông dân tỉnh Nghệ An vừa ban hành Kế hoạch số 12-KH/HNDT về tổ chức đại hội.", "Kế hoạch",
     "12-KH/HNDT", "Ban Chấp hành Hội Nông dân tỉnh Nghệ An", "Nghệ An"),
    # a council passes its resolutions
    ("HĐND tỉnh Khánh Hòa vừa thông qua 2 nghị quyết phê duyệt đồ án quy hoạch phân khu xây dựng.", "Nghị quyết", None,
     "HĐND tỉnh Khánh Hòa", "Khánh Hòa"),
    # a letter passing on the Prime Minister's instructions
    ("Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng về xử lý hậu quả sự cố.", "Công văn",
     None, "Văn phòng Chính phủ", "Việt Nam"),
    # "Phó chủ tịch" as some pages print it, his name read off
    ("Phó chủ tịch UBND TP. Đà Nẵng Nguyễn Ngọc Tuấn vừa ký văn bản gửi UBND quận Liên Chiểu.", "Công văn", None,
     "Ủy ban nhân dân thành phố Đà Nẵng", "Đà Nẵng"),
    # a district's office
    ("Phòng Văn hóa và Thông tin huyện Phước Sơn vừa ban hành Công văn số 15/VHTT-HCTH về tuyên truyền.", "Công văn",
     "15/VHTT-HCTH", "Phòng Văn hóa và Thông tin huyện Phước Sơn", "Phước Sơn"),
    # a plan just approved; a letter approving
    ("UBND tỉnh Thanh Hóa vừa phê duyệt Kế hoạch kiểm tra công tác bảo vệ môi trường năm 2024.", "Kế hoạch", None,
     "UBND tỉnh Thanh Hóa", "Thanh Hóa"),
    ("UBND tỉnh Quảng Nam vừa có văn bản chấp thuận chủ trương đầu tư dự án.", "Công văn", None, "UBND tỉnh Quảng Nam",
     "Quảng Nam"),
    # a scheme, its body not named with its place: the body, its place unknown (as "… Tỉnh ủy đã ban hành …"); a
    # district's too
    ("Ngày 29/7, Ban Thường vụ Tỉnh ủy ban hành Đề án số 41-ĐA/TU về tăng cường công tác tuyên truyền.", "Đề án",
     "41-ĐA/TU", "Ban Thường vụ Tỉnh ủy", None),
    # an operational plan ("PHƯƠNG ÁN", code PA) a committee has just issued
    ("UBND tỉnh Quảng Trị vừa ban hành Phương án số 27/PA-UBND ngày 14/3/2026 về ứng phó sự cố tràn dầu.",
     "Phương án", "27/PA-UBND", "UBND tỉnh Quảng Trị", "Quảng Trị"),
    ("(HBĐT) - Ngày 30/12/2016, Ban Thường vụ Huyện uỷ ban hành Nghị quyết số 11-NQ/HU về kiểm soát ô nhiễm.",
     "Nghị quyết", "11-NQ/HU", "Ban Thường vụ Huyện uỷ", None),
    # "ký ban hành" after it: "ký" no part of its name
    ("Thực hiện Chỉ thị số 37-CT/TW; ngày 9/9/2024, Ban Thường vụ Tỉnh ủy ký ban hành Kế hoạch số 338-KH/TU triển "
     "khai thực hiện.", "Kế hoạch", "338-KH/TU", "Ban Thường vụ Tỉnh ủy", None),
    # its secretary (or standing deputy) signing for it, the place his title gives its
    ("Ngày 9/9/2024, đồng chí Nguyễn Văn B, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy ký "
     "ban hành Kế hoạch số 338-KH/TU triển khai thực hiện.", "Kế hoạch", "338-KH/TU", "Ban Thường vụ Tỉnh ủy", None),
    ("Ngày 12/5/2025, đồng chí Lê Văn A, Phó Bí thư Thường trực Huyện ủy Yên Minh thay mặt Ban Thường vụ Huyện ủy ký "
     "ban hành Chỉ thị số 12-CT/HU về công tác.", "Chỉ thị", "12-CT/HU", "Ban Thường vụ Huyện ủy Yên Minh", "Yên Minh"),
    # a body that passed the document at a meeting: its name, not the meeting
    ("Sáng ngày 28-12-2027, Đảng ủy xã Tân Phú tổ chức hội nghị tổng kết nhiệm vụ năm 2027, thông qua Nghị quyết thực "
     "hiện nhiệm vụ năm 2028.", "Nghị quyết", None, "Đảng ủy xã Tân Phú", None),
    # the city's word capitalised after its council
    ("Chiều 10/12, Hội đồng Nhân dân Thành phố Hồ Chí Minh đã thông qua Nghị quyết về kế hoạch phát triển năm 2027.",
     "Nghị quyết", None, "Hội đồng nhân dân Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    # a letter assigning a department
    ("Ngày 24-8, UBND tỉnh Kon Tum có công văn giao Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai 6 nhiệm vụ.",
     "Công văn", None, "UBND tỉnh Kon Tum", "Kon Tum"),
    # a headline naming a committee run into the lead naming the body that issued
    ("Miễn nhiệm chức vụ Chủ tịch, Phó Chủ tịch Ủy ban Nhân dân tỉnh Quảng Nam\nPhó Thủ tướng Trần Lưu Quang vừa ký "
     "các quyết định của Thủ tướng Chính phủ phê chuẩn kết quả miễn nhiệm.", "Quyết định", None, "Thủ tướng Chính phủ",
     "Việt Nam"),
    # the date in lower case, inside the sentence that carries out a resolution
    ("Thực hiện Nghị quyết số 11/NQ-CP ngày 24/02/2011 của Chính phủ về những giải pháp chủ yếu, ngày 04/03/2011 Bộ "
     "Xây dựng đã ban hành Chỉ thị số 01/CT-BXD yêu cầu các đơn vị.", "Chỉ thị", "01/CT-BXD", "Bộ Xây dựng",
     "Việt Nam"),
    # a letter sent
    ("Ngày 26 tháng 09 năm 2014, Bộ Khoa học và Công nghệ đã gửi công văn 3510/BKHCN-KHTH, tới các Bộ, cơ quan ngang "
     "Bộ.", "Công văn", "3510/BKHCN-KHTH", "Bộ Khoa học và Công nghệ", "Việt Nam"),
    # the National Assembly's Standing Committee; a notice sent out
    ("TPO - Ủy ban Thường vụ Quốc hội đã ban hành nghị quyết sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Tháp.",
     "Nghị quyết", None, "Ủy ban Thường vụ Quốc hội", "Việt Nam"),
    ("Ngày 14/4, Sở Nội vụ TP. Cần Thơ phát đi thông báo về việc sắp xếp lại các đơn vị hành chính.", "Thông báo", None,
     "Sở Nội vụ thành phố Cần Thơ", "Cần Thơ"),
    # a province's committee a notice names places the document in its province, not a district its headline names
    ("Đắk Nông: Chủ tịch UBND huyện Tuy Đức không tuân thủ quy định phòng chống dịch\n\nNgày 07 tháng 07 năm 2021, "
     "UBND tỉnh Đắk Nông đã có thông báo số 704 /TB-VPUBND về kết luận của Chủ tịch UBND tỉnh.", "Thông báo",
     "704/TB-VPUBND", "UBND tỉnh Đắk Nông", "Đắk Nông"),
    # a code's three-digit number is part of the symbol ("KH-BCĐ389": the steering committee 389's)
    ("Ban Chỉ đạo 389 tỉnh Cà Mau vừa ban hành Kế hoạch số 12/KH-BCĐ389 về chống buôn lậu năm 2020.", "Kế hoạch",
     "12/KH-BCĐ389", "Ban Chỉ đạo 389 tỉnh Cà Mau", "Cà Mau"),
    # a news page's time and date run into the lead
    ("Pháp luật -\nLê Hà – Nha Trang -\n10:51, 23/03/2021 UBND tỉnh Khánh Hòa vừa ban hành văn bản số 1345/ UBND –KT "
     "chỉ đạo UBND huyện Cam Lâm kiểm tra việc bảo vệ rừng ở xã Suối Tân.", "Công văn", "1345/UBND-KT",
     "UBND tỉnh Khánh Hòa", "Khánh Hòa"),
    # or its date and time (2023): the lead, not the body text's own "UBND tỉnh … ban hành Kế hoạch tổ chức thực hiện:"
    # further on (it had been, and the number lost)
    ("Hotline: 024.355.63.010\nThị trường\n\nHà Nam: Thực hiện Đề án chống hàng giả\n\n08/09/2023 11:22\nUBND tỉnh Hà "
     "Nam mới đây đã ban hành Kế hoạch số 1679/KH-UBND thực hiện Đề án chống hàng giả.\n\nThực hiện Quyết định số "
     "319/QĐ-TTg ngày 29/3/2023 của Thủ tướng Chính phủ, UBND tỉnh Hà Nam ban hành Kế hoạch tổ chức thực hiện:",
     "Kế hoạch", "1679/KH-UBND", "UBND tỉnh Hà Nam", "Hà Nam"),
    # a deputy minister signs for the ministry; her name is no part of its name
    ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy ký văn bản số 58/BVHTTDL-VHCS ngày 7/1, gửi các sở "
     "quản lý văn hóa về tổ chức lễ hội.", "Công văn", "58/BVHTTDL-VHCS", "Bộ Văn hóa, Thể thao và Du lịch",
     "Việt Nam"),
    ("Thứ trưởng Bộ Y tế Nguyễn Thị Liên Hương vừa ký Quyết định số 1234/QĐ-BYT về việc ban hành hướng dẫn.",
     "Quyết định", "1234/QĐ-BYT", "Bộ Y tế", "Việt Nam"),
    # (a dash before his name: it had been "Bộ Y tế - Nguyễn Thanh Long")
    ("Ngày 9/8/2027, Thứ trưởng Bộ Y tế - Nguyễn Văn B đã ký Quyết định số 4295/QĐ-BYT về việc phê duyệt kế hoạch.",
     "Quyết định", "4295/QĐ-BYT", "Bộ Y tế", "Việt Nam"),
    # "Thay mặt Bộ Chính trị, <signer> đã ký ban hành …": the body's document, national; the signer is no body
    ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Chỉ thị của Bộ Chính trị về nghiên cứu, học tập Nghị "
     "quyết Đại hội XIV của Đảng (Chỉ thị 01).", "Chỉ thị", None, "Bộ Chính trị", "Việt Nam"),
    ("Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trần Cẩm Tú đã ký ban hành Chỉ thị số 45-CT/TW về lãnh đạo đại hội "
     "đảng bộ các cấp.", "Chỉ thị", "45-CT/TW", "Ban Bí thư", "Việt Nam"),
    # the Secretariat's standing member signing, without "Thay mặt": the Secretariat's, or the Politburo's when the
    # sentence says so
    ("Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Kết luận số 150-KL/TW ngày 10/5/2025 của Ban Bí thư về tiếp "
     "tục thực hiện Chỉ thị số 05-CT/TW.", "Kết luận", "150-KL/TW", "Ban Bí thư", "Việt Nam"),
    ("Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Kết luận số 149-KL/TW ngày 10/5/2025 của Bộ Chính trị về "
     "tiếp tục thực hiện Nghị quyết số 19-NQ/TW.", "Kết luận", "149-KL/TW", "Bộ Chính trị", "Việt Nam"),
    # a notice opening with the document's date; the date with its month in words
    ("Ngày 20/6/2020, thay mặt Bộ Chính trị, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đã ký ban hành Chỉ thị số "
     "45-CT/TW về lãnh đạo cuộc bầu cử.", "Chỉ thị", "45-CT/TW", "Bộ Chính trị", "Việt Nam"),
    ("Ngày 29 tháng 12/2020  Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết "
     "Nguyên đán Tân Sửu năm 2021.", "Chỉ thị", "04-CT/TU", "Ban Thường vụ Tỉnh ủy Đắk Lắk", "Đắk Lắk"),
    # the issuing verb capitalised
    ("Ngày 27 tháng 02 năm 2025, Ủy ban nhân dân tỉnh Đồng Nai Ban hành Quyết định số 17/2025/QĐ-UBND về chức năng.",
     "Quyết định", "17/2025/QĐ-UBND", "Ủy ban nhân dân tỉnh Đồng Nai", "Đồng Nai"),
    # a headline naming a body run into the lead after its dateline, the Party Central Committee's office issuing
    ("Bộ Chính trị họp cho ý kiến về các đề án trình Hội nghị T.Ư 8\n\nNDĐT - Ngày 19-9, Văn phòng T.Ư Đảng vừa có "
     "công văn gửi Báo Nhân Dân và các cơ quan báo chí.", "Công văn", None, "Văn phòng Trung ương Đảng", "Việt Nam"),
    # the minister heading the Government Office signs for it, "đã ký và ban hành"
    ("(sav.gov.vn) - Ngày 5/4/2023, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn đã ký và ban hành Thông tư "
     "số 01/2023/TT-VPCP về số hóa hồ sơ.", "Thông tư", "01/2023/TT-VPCP", "Văn phòng Chính phủ", "Việt Nam"),
    # "phát hành": released it
    ("Ngày 09/12/2020, Ban Tuyên giáo Trung ương phát hành Hướng dẫn 165-HD/BTGTW về tuyên truyền kỷ niệm các ngày lễ.",
     "Hướng dẫn", "165-HD/BTGTW", "Ban Tuyên giáo Trung ương", "Việt Nam"),
    # a letter "of direction", its number after the word
    ("Ban Thường vụ Tỉnh ủy Yên Bái vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu các cấp ủy thực hiện tốt các nội dung.",
     "Công văn", "682-CV/TU", "Ban Thường vụ Tỉnh ủy Yên Bái", "Yên Bái"),
    # "quyết định ban hành": decided to issue; the verb is no part of the body's name
    ("Năm 2000, UBND TP.Đà Nẵng quyết định ban hành kế hoạch thực hiện chương trình thành phố 5 không.", "Kế hoạch",
     None, "UBND thành phố Đà Nẵng", "Đà Nẵng"),
    # "số" typed twice before the number
    ("Sáng 14/8, Bộ Nông nghiệp và Môi trường vừa có Văn bản số số 5525/BNNMT-ĐĐ gửi ủy ban nhân dân các tỉnh.",
     "Công văn", "5525/BNNMT-ĐĐ", "Bộ Nông nghiệp và Môi trường", "Việt Nam"),
    # what someone says about the act of issuing ("việc ban hành …") is no one's issuing
    ("Chủ tịch Quốc hội Trần Thanh Mẫn nêu rõ, việc ban hành Nghị quyết 66 là đòi hỏi khách quan của đổi mới.",
     None, None, None, None),
])
def test_ways_a_notice_says_a_body_issued(lead, doc_type, number, issuer, jurisdiction):
    """The sentences of news pages that say which body issued the page's document, in their variety."""
    h = header(lead)
    assert (h.doc_type, h.number, h.issuer, h.jurisdiction) == (doc_type, number, issuer, jurisdiction)


def test_a_portals_title_naming_the_province_without_a_year_and_a_numbered_scheme():
    """"Quyết định 39/2015/QĐ-UBND Bến Tre Bộ đơn giá …": the province after the number, the year in the number; "…
    ban hành Đề án số 32-ĐA/TU …": a scheme, numbered."""
    h = header("Quyết định 39/2015/QĐ-UBND Bến Tre Bộ đơn giá đo đạc địa chính\nnội dung")
    assert (h.doc_type, h.number, h.jurisdiction) == ("Quyết định", "39/2015/QĐ-UBND", "Bến Tre")
    assert header("Kế hoạch 45/KH-UBND Phát Triển Du Lịch năm 2024\nnội dung").jurisdiction is None
    h = header("Ngày 29/7, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Đề án số 32-ĐA/TU về tăng cường công tác tuyên "
               "truyền.")
    assert (h.doc_type, h.number, h.issuer) == ("Đề án", "32-ĐA/TU", "Ban Thường vụ Tỉnh ủy Nghệ An")


@pytest.mark.parametrize("title, issuer, place", [
    # the province after the number, the committee's or the council's number: that body's
    ("Quyết định 3109/QĐ-UBND của Bình Phước năm 2021 thủ tục hành chính", "Ủy ban nhân dân tỉnh Bình Phước",
     "Bình Phước"),
    ("Nghị quyết 12/2021/NQ-HĐND Thanh Hóa 2021 về phí và lệ phí", "Hội đồng nhân dân tỉnh Thanh Hóa", "Thanh Hóa"),
    # another body's number: which body of the province, the title does not say
    ("Kế hoạch 45/KH-SYT Thanh Hóa 2021 về y tế cơ sở", None, "Thanh Hóa"),
])
def test_a_portals_title_naming_the_province_names_the_committee_under_its_number(title, issuer, place):
    h = header(f"{title}\nnội dung")
    assert (h.issuer, h.jurisdiction) == (issuer, place)


def test_a_bodys_name_ends_at_its_term():
    """"HĐND tỉnh Quảng Ngãi khóa 12, nhiệm kỳ 2016 - 2021, tổ chức kỳ họp …, các đại biểu … thông qua nghị quyết": the
    council of the province; its term (in Arabic numerals too) and what follows it are no part of its name."""
    h = header("HĐND tỉnh Quảng Ngãi khóa 12, nhiệm kỳ 2016 - 2021, tổ chức kỳ họp bất thường, các đại biểu HĐND tỉnh "
               "này thống nhất và thông qua nghị quyết việc sáp nhập 2 huyện.")
    assert (h.doc_type, h.issuer, h.jurisdiction) == ("Nghị quyết", "HĐND tỉnh Quảng Ngãi", "Quảng Ngãi")


def test_the_enacting_line_of_a_page_that_lost_its_letterhead():
    """"QUYẾT ĐỊNH / PHÊ DUYỆT … / THỦ TƯỚNG CHÍNH PHỦ / Căn cứ …": the Prime Minister enacts it; the body a title cites
    in capitals ("… CỦA THỦ TƯỚNG CHÍNH PHỦ / Căn cứ …") does not."""
    h = header("QUYẾT ĐỊNH\nPHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN THỂ DỤC, THỂ THAO VIỆT NAM ĐẾN NĂM 2030\nTHỦ TƯỚNG CHÍNH "
               "PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;")
    assert (h.issuer, h.jurisdiction) == ("Thủ tướng Chính phủ", "Việt Nam")
    h = header("QUYẾT ĐỊNH\nVỀ VIỆC THỰC HIỆN QUYẾT ĐỊNH SỐ 12/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức "
               "chính quyền địa phương;")
    assert h.issuer is None and h.jurisdiction is None
    # a minister's: the ministry's ("BỘ TRƯỞNG BỘ Y TẾ / Căn cứ …"), not a ministry named "Trưởng Bộ Y tế"
    h = header("QUYẾT ĐỊNH\nBAN\nHÀNH KẾ HOẠCH TIÊM CHỦNG MỞ RỘNG NĂM 2025\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật Phòng, "
               "chống bệnh truyền nhiễm;")
    assert (h.issuer, h.jurisdiction) == ("Bộ Y tế", "Việt Nam")


@pytest.mark.parametrize("head, issuer, place", [
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ SƠN TÂY", "Ủy ban nhân dân thị xã Sơn Tây", ("Sơn Tây", "thị xã", "Hà Nội")),
    ("ỦY BAN NHÂN DÂN\nHUYỆN SƠN TÂY", "Ủy ban nhân dân huyện Sơn Tây", ("Sơn Tây", "huyện", "Quảng Ngãi")),
    ("THỊ ỦY SƠN TÂY\n*", "Thị ủy thị xã Sơn Tây", ("Sơn Tây", "thị xã", "Hà Nội")),
])
def test_a_district_name_two_provinces_have_under_two_unit_words(head, issuer, place):
    """Sơn Tây is a thị xã of Hà Nội and a huyện of Quảng Ngãi (before 2025): the unit word the letterhead prints tells
    which (neither letterhead had an issuer or a place: the name alone names two districts)."""
    h = read_header(f"{head}\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 15/KH-UBND\n|\n"
                    "Sơn Tây, ngày 10 tháng 9 năm 2022\nKẾ HOẠCH\nChuyển đổi số năm 2022".split("\n"))
    assert (h.issuer, (h.jurisdiction, h.jurisdiction_kind, h.province)) == (issuer, place)


@pytest.mark.parametrize("place, issuer, jurisdiction, province", [
    ("Quận 11", "Ủy ban nhân dân quận 11", "11", "Hồ Chí Minh"),
    ("Huyện Củ Chi", "Ủy ban nhân dân huyện Củ Chi", "Củ Chi", "Hồ Chí Minh"),
    ("Phường Bến Thành", "Ủy ban nhân dân phường Bến Thành", "Bến Thành", "Hồ Chí Minh"),
])
def test_a_place_date_line_naming_its_unit_under_a_bare_letterhead(place, issuer, jurisdiction, province):
    """"ỦY BAN NHÂN DÂN |" (its unit's line lost) over "Quận 11, ngày 25 tháng 12 năm 2017" (a district's plan, 2017):
    that district's committee, in its province (the unit's word before the name had left the place unknown, and a
    portal's list of related documents above the letterhead then named the city's committee)."""
    h = header("- 1Quyết định 3523/QĐ-UBND năm 2010 về Kế hoạch phòng, chống thiên tai do Ủy ban nhân dân thành phố "
               "Hồ Chí Minh ban hành\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
               f"Số: 221/KH-UBND | {place}, ngày 25 tháng 12 năm 2017 |\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2018\n")
    assert (h.issuer, h.jurisdiction, h.province) == (issuer, jurisdiction, province)


def test_a_number_after_the_name_of_a_converted_word_files_drawing():
    """A Word file converted to a page prints the name of a drawing's line before "Số:" ("straight connector 2Số: 1551
    /UBND-VX"): the number is the document's (it had none)."""
    h = header("ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ SÔNG MÂY\n\nstraight connector 2Số: 4417 /UBND-VX\n\nVề việc thực hiện "
               "Đề án chăm sóc người cao tuổi\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nstraight connector 1Độc lập - "
               "Tự do - Hạnh phúc\n\nSông Mây, ngày 07 tháng 4 năm 2027\nKính gửi:\n")
    assert (h.number, h.date) == ("4417/UBND-VX", dt.date(2027, 4, 7))
    # a word glued to "Số" is no number cell still
    assert header("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nKẾ HOẠCH\nTổngSố: 12/KH-UBND đã nhận\n").number is None


@pytest.mark.parametrize("chrome", [
    "Thursday, 18/07/2024\nNgày đăng: 21/01/2027 - Lượt xem: 87\nXem với cỡ chữ\n",
    "Thứ hai - 11/11/2027 04:09\n",
    "Cập nhật lúc: 15:45 27/05/2027\n",
])
def test_a_headline_under_the_portals_date_and_tools(chrome):
    """A portal prints the day's date, when the page was posted and how often read, and its tools above the headline
    ("Thursday, 18/07/2024" / "Ngày đăng: … - Lượt xem: 87" / "Xem với cỡ chữ" / "Thông báo lịch tiếp công dân …"): the
    headline still names the type (it had been read only as the first line)."""
    h = header(chrome + "\nThông báo lịch tiếp công dân của Chủ tịch HĐND huyện Sông Mây\n\nChủ tịch HĐND huyện thông "
               "báo lịch tiếp công dân như sau:\n")
    assert h.doc_type == "Thông báo"


def test_a_sites_buttons_on_one_line_count_as_one_of_a_notices_first_lines():
    """A news page's buttons printed as cells of one line ("Bản in | Quay lại | A+ A A- | Đọc bài viết") are one line of
    its opening, not four: the sentence that reports the letter after them and the page's date is still among the first
    lines (it had fallen past them, and the page had no type)."""
    h = header("Triển khai các nhiệm vụ ứng phó sự cố, thiên tai\n\nBản in | Quay lại | A+ A A- | Đọc bài viết\n\n"
               "Thứ 7, ngày 01/05/2027 | 06:23 AM (GMT +7)\nUBND tỉnh vừa có Công văn gửi Ban Chỉ huy PCTT và TKCN "
               "tỉnh; các Sở, Ban, ngành yêu cầu triển khai các nhiệm vụ ứng phó sự cố.\n")
    assert h.doc_type == "Công văn"


def test_the_state_banks_governor_enacting_with_no_letterhead():
    """A decision whose page begins at its title, the governor's enacting line over the preamble ("THỐNG ĐỐC NGÂN HÀNG
    NHÀ NƯỚC" / "Căn cứ …"): the State Bank issues it, national (no issuer had been read); the Bank named in a title is
    not its issuer."""
    h = header("QUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC NGOẠI HỐI\nTHỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC\n"
               "Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;\n")
    assert (h.issuer, h.jurisdiction) == ("Ngân hàng Nhà nước Việt Nam", "Việt Nam")
    h = header("QUYẾT ĐỊNH\nVỀ VIỆC THỰC HIỆN CHỈ THỊ CỦA NGÂN HÀNG NHÀ NƯỚC\nỦY BAN NHÂN DÂN TỈNH SÔNG MÂY\n"
               "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert h.issuer != "Ngân hàng Nhà nước Việt Nam"


@pytest.mark.parametrize("headline", [
    "Thông Báo Về việc tăng cường phòng, chống dịch bệnh trong dịp nghỉ lễ",
    "Thông báo về việc tăng cường phòng, chống dịch bệnh trong dịp nghỉ lễ 30/4 và 1/5.",
    "Kế Hoạch Về việc tổ chức các hoạt động hè năm 2027 trên địa bàn phường",
])
def test_a_wards_headline_in_title_case_or_closing_with_a_full_stop(headline):
    """A ward's site prints its headline in title case ("Thông Báo Về việc …") or closes a subject headline with a full
    stop ("Thông báo về việc … 30/4 và 1/5."): the headline still names the type (the page had none)."""
    h = header(f"{headline}\n\n277\n\nCăn cứ Công văn số 137/UBND-YT ngày 28/4/2027 của UBND quận Sông Mây;\n"
               "UBND phường thông báo đến các khu phố thực hiện một số nội dung như sau:\n")
    assert h.doc_type == headline.split()[0] + " " + headline.split()[1].lower()


@pytest.mark.parametrize("first", [
    # title case names no type unless the subject follows ("Báo Cáo Viên" are speakers; a menu's caption)
    "Báo Cáo Viên Pháp Luật Tỉnh Tập Huấn Kỹ Năng Tuyên Truyền",
    "Thông Báo Mới",
    # a news sentence about a decision, closed by its full stop
    "Quyết định về việc thu hồi giấy phép của Công ty Sông Mây đã bị Tòa án nhân dân tỉnh tuyên hủy.",
])
def test_title_case_or_a_sentence_names_no_type(first):
    """What the second adversarial review of this stop's rules found: title case and a full stop admitted lines that are
    no headline of the page's document."""
    h = header(f"{first}\n\nSáng 12/5/2027, tại hội trường tỉnh, đã diễn ra buổi tập huấn cho 120 học viên.\n")
    assert h.doc_type is None


def test_a_paragraph_opening_with_a_type_is_no_headline():
    """A paragraph that opens with a type word and ends with a full stop, no subject after the type, is still no
    headline."""
    h = header("Kế hoạch đề ra các nhiệm vụ trọng tâm của phường trong năm 2027.\n\nCác khu phố triển khai thực "
               "hiện.\n")
    assert h.doc_type is None


@pytest.mark.parametrize("page, doc_type, number", [
    # a caption over a list of documents, then the page's own news: the list's first is not the page's document
    ("Trang chủ\nGiới thiệu\nTin tức\nVăn bản mới nhất\nQuyết định số 120/QĐ-UBND ngày 02/10/2027 về việc phê duyệt "
     "danh mục dự án\nLịch công tác tuần\n\nNgày 05/10/2027, UBND tỉnh Sông Mây ban hành Công văn số 845/UBND-KT về "
     "việc phòng, chống lụt bão.\n", "Công văn", "845/UBND-KT"),
    # a short headline of a news page, then a sentence about a directive carried out: the directive is no headline
    ("Trang chủ\nTin tức\nGiáo dục\nTổng kết năm học\nChỉ thị số 15/CT-UBND ngày 01/9/2026 của UBND tỉnh đã được các "
     "trường triển khai nghiêm túc trong năm học qua.\n", None, None),
])
def test_a_caption_closing_a_menu_is_no_link_over_the_headline(page, doc_type, number):
    """The link skipped over a headline is one followed by the page's "updated" stamp; a caption over a list of
    documents ("Văn bản mới nhất") or a short headline is not (the listed or mentioned document had been read as the
    page's own, in the adversarial review of this stop's rules)."""
    h = header(page)
    assert (h.doc_type, h.number) == (doc_type, number)


def test_a_title_naming_the_state_banks_governor_is_no_enacting_line():
    """A province's plan without a letterhead whose title ends "… CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC": the title names the
    directive's author; the State Bank does not issue the plan."""
    h = header("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 01/CT-NHNN NGÀY 15/01/2027 CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC\n"
               "Căn cứ Chỉ thị số 01/CT-NHNN ngày 15/01/2027; UBND tỉnh Sông Mây ban hành Kế hoạch như sau:\n")
    assert h.issuer != "Ngân hàng Nhà nước Việt Nam"


def test_a_wrapped_title_naming_the_state_banks_governor_is_no_enacting_line():
    """The title wrapped so that "THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC" opens a line after "… CỦA": still the title's."""
    h = header("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 01/CT-NHNN NGÀY 15/01/2027 CỦA\nTHỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC\n"
               "Căn cứ Chỉ thị số 01/CT-NHNN ngày 15/01/2027; UBND tỉnh Sông Mây ban hành Kế hoạch như sau:\n")
    assert h.issuer != "Ngân hàng Nhà nước Việt Nam"

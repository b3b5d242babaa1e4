"""The reader (ingest/reader.py) orchestrates the extractors: which layout wins, and which input it
refuses (not a plan, a table cut off mid-row)."""

from __future__ import annotations

import pytest

from kehoach.errors import IngestError

from .inline import text_of

HEAD = """
    ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

    Số: 8/KH-UBND

    Đồng Tháp, ngày 3 tháng 2 năm 2026

    ## KẾ HOẠCH

    ## Bảo tồn làng nghề truyền thống

    """

ORG_SECTION = """
    III. TỔ CHỨC THỰC HIỆN

    1. Sở Công Thương

    - Hướng dẫn các làng nghề đăng ký nhãn hiệu tập thể.

    - Định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 10/12 hằng năm.
    """

TABLE = """
    II. NHIỆM VỤ

    | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
    |---|---|---|---|
    | 1.1 | Khảo sát các làng nghề còn hoạt động | Sở Công Thương | Sở Văn hóa, Thể thao và Du lịch |
    | 1.2 | Hỗ trợ quảng bá sản phẩm làng nghề | Sở Văn hóa, Thể thao và Du lịch | Sở Công Thương |

    """


def test_agency_headings_give_tasks_when_nothing_else_does(read):
    doc = read(HEAD + ORG_SECTION)
    assert [(t.local_id, t.leads) for t in doc.tasks] == [
        ("III.1#1", ["Sở Công Thương"]), ("III.1#2", ["Sở Công Thương"])]


def test_agency_headings_are_standing_duties_when_a_table_assigns_tasks(read):
    doc = read(HEAD + TABLE + ORG_SECTION)
    assert [t.code for t in doc.tasks] == ["1.1", "1.2"]
    assert doc.tasks[1].leads == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_reporting_duty_reporter_from_the_heading(read):
    doc = read(HEAD + TABLE + ORG_SECTION)
    [r] = doc.reporting
    assert (r.day, r.month, r.annual) == (10, 12, True)
    assert r.reporters == ["Sở Công Thương"] and r.recipient == "Ủy ban nhân dân tỉnh"


def test_metadata_and_citations_are_read_first(read):
    doc = read(HEAD + "Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ;\n" + TABLE)
    assert doc.meta.number == "8/KH-UBND" and doc.meta.jurisdiction == "Đồng Tháp"
    assert [(c.kind, c.number) for c in doc.citations] == [("implements", "155/QĐ-TTg")]


def test_text_that_is_not_a_plan_is_refused(read):
    with pytest.raises(IngestError, match="no recognizable plan"):
        read("Biên bản họp tổ dân phố.\n\nNội dung: bàn việc vệ sinh đường phố.")


def test_a_page_reproducing_a_letter_that_cites_nothing_is_that_letter(read):
    """A portal's page naming the letter it reproduces on a line of its own, with no task and no citation: read as that
    letter, its type stated on that line (it had been refused as no plan)."""
    doc = read("Liên hệ Trung tâm\n\nCông văn 2291/BNN-TY tăng cường phòng, chống bệnh lở mồm long móng\n\n"
               "Cập nhật: 14/03/2027 08:10\n\nTình hình dịch bệnh trên đàn gia súc diễn biến phức tạp ở nhiều địa "
               "phương.\n\nNội dung công văn xem trong file đính kèm\n")
    assert (doc.meta.doc_type, doc.meta.number) == ("Công văn", "2291/BNN-TY")
    assert "doc_type" in doc.meta.spans


def test_a_page_whose_type_nothing_tells_has_none(read):
    """A page with no title, type line, number or notice of a type ("Thực hiện Công văn số … , Sở … yêu cầu …") is
    of no type: "Kế hoạch" would be a guess. A headline naming one gives it, in capitals or not."""
    body = ("Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2027 của Ủy ban nhân dân tỉnh về việc chỉ đạo hoạt động "
            "dạy và học, Sở Giáo dục và Đào tạo yêu cầu các phòng giáo dục và đào tạo nghiêm túc thực hiện.\n")
    assert read(body).meta.doc_type is None
    assert read("Thông báo thực hiện quản lý các lô đất trống trên địa bàn thành phố\n\n" + body).meta.doc_type == \
        "Thông báo"
    assert read("KẾ HOẠCH TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2027\n\n" + body).meta.doc_type == \
        "Kế hoạch"


def test_a_notice_of_a_document_just_issued_is_read_without_number(read):
    """"UBND tỉnh Bắc Giang vừa ban hành kế hoạch tổ chức …" in a notice's first lines states the type as a heading
    does, with no number or citation; a notice of what was issued before ("đã ban hành") gives none."""
    doc = read("Ngày hội văn hóa các dân tộc tỉnh Bắc Giang: diễn ra vào tháng 10\nCập nhật: 18/08/2014\n"
               "UBND tỉnh Bắc Giang vừa ban hành kế hoạch tổ chức Ngày hội văn hóa các dân tộc tỉnh lần thứ VI.\n\n"
               "Theo đó, Ngày hội diễn ra nhiều hoạt động như liên hoan văn nghệ, trại văn hóa.")
    assert (doc.meta.doc_type, doc.meta.number, doc.meta.jurisdiction) == ("Kế hoạch", None, "Bắc Giang")
    assert doc.meta.spans["doc_type"].start == 3
    with pytest.raises(IngestError, match="no recognizable plan"):
        read("Phát triển văn hóa đọc\nBộ Văn hóa, Thể thao và Du lịch đã ban hành kế hoạch triển khai Đề án phát "
             "triển văn hóa đọc trong cộng đồng.\n\nKế hoạch đặt mục tiêu nâng cao nhận thức.")
    with pytest.raises(IngestError, match="no recognizable plan"):      # a report of a meeting: one to draw up
        read("Chiều 13-7, Sở Văn hoá, Thể thao và Du lịch tổ chức Hội nghị triển khai nhiệm vụ.\nTrong 6 tháng cuối "
             "năm, Sở Văn hóa - Thể thao và Du lịch xây dựng kế hoạch tiếp tục thực hiện tốt công tác tham mưu.")


def test_table_cut_off_on_the_last_line_is_refused_with_its_line(read):
    text = HEAD + TABLE.rstrip() + "\n    | 1.3 | Mở lớp truyền nghề cho"
    with pytest.raises(IngestError, match="table is truncated") as e:
        read(text)
    assert e.value.line == text_of(text).split("\n").index("| 1.3 | Mở lớp truyền nghề cho") + 1 == 18
    read(text + " thanh niên | Sở Công Thương | Hội Nông dân tỉnh |")       # the whole row: accepted


def test_a_ministrys_letter_on_a_page_that_lost_its_letterhead_is_the_ministrys(read):
    """A letter's symbol has no type code: its first part is the issuer's ("3215/BVHTTDL-VHCS": the culture
    ministry's), national, not the province its recipient or a cited letter names."""
    doc = read("3215/BVHTTDL-VHCS\n\nKTBT, Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n"
               "Công văn V/v tổ chức Festival Đờn ca tài tử Quốc gia lần thứ II - Bình Dương 2017\n\n"
               "Kính gửi: Sở Văn hoá, Thể thao và Du lịch tỉnh Bình Dương\n"
               "Phúc đáp Công văn số 619/SVHTTDL-VP ngày 13 tháng 7 năm 2015 của Sở Văn hoá, Thể thao và Du lịch tỉnh "
               "Bình Dương về việc đăng cai Festival, Bộ Văn hoá, Thể thao và Du lịch có ý kiến như sau:\n"
               "Căn cứ Công văn số 1236/UBND-VX ngày 24 tháng 4 năm 2014 của Ủy ban nhân dân tỉnh Bình Dương về việc "
               "đề nghị đăng cai tổ chức Festival.")
    assert (doc.meta.doc_type, doc.meta.number) == ("Công văn", "3215/BVHTTDL-VHCS")
    assert (doc.meta.issuer, doc.meta.national) == ("Bộ Văn hóa, Thể thao và Du lịch", True)

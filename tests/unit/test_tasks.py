"""Task, goal and assignment extraction (ingest/tasks.py) on each layout: pipe tables (with cells
broken by page breaks), tab-separated appendices, prose "Sở X chủ trì, phối hợp với ...",
item forms, per-agency headings, and goals stated in the body."""

from __future__ import annotations

import pytest

from ingest.tasks import (
    extract_body_goals,
    extract_headings,
    extract_items,
    extract_prose,
    extract_tables,
    heading_agencies,
    split_assignment,
)


def rows(doc):
    return [(t.local_id, t.text, t.leads, t.supports) for t in doc.tasks]


@pytest.fixture
def is_agency(gaz):
    def check(phrase: str) -> bool:
        return any(m.entry is not None for m in gaz.resolve(phrase))
    return check


# -- assignment cells ---------------------------------------------------------------------------

def test_split_assignment_by_labels():
    cell = "Chủ trì: Sở Y tế và Sở Nội vụ<br>Cơ quan hỗ trợ: Sở Tài chính, Sở Xây dựng"
    assert split_assignment(cell) == (["Sở Y tế và Sở Nội vụ"], ["Sở Tài chính, Sở Xây dựng"])


def test_split_assignment_unlabelled_head_is_the_lead():
    assert split_assignment("Sở Tư pháp<br/>Phối hợp: Công an tỉnh") == (["Sở Tư pháp"], ["Công an tỉnh"])
    assert split_assignment("**Sở Tư pháp**") == (["Sở Tư pháp"], [])
    assert split_assignment("") == ([], [])


# -- pipe tables -----------------------------------------------------------------------------------

PIPE_TABLE = """
    | Mã số | Mục tiêu, nhiệm vụ | Cơ quan chủ trì và phối hợp |
    |---|---|---|
    | <b>Mục tiêu chiến lược 1: Nâng cao nhận thức</b> | | |
    | <b>Mục tiêu 1.1: Truyền thông số</b> | | |
    | 1.1.1 | Sản xuất video ngắn về di sản | Chủ trì: Sở Văn hóa, Thể thao và Du lịch<br>Cơ quan hỗ trợ: Sở Khoa học và Công nghệ |
    | 1.1.2 | Tổ chức cuộc thi tìm hiểu trực tuyến cho học sinh trung học | Chủ trì: Sở Giáo dục và Đào |
    | | và sinh viên các trường cao đẳng | tạo<br>Cơ quan hỗ trợ: Tỉnh đoàn |
    | 1.1.2 | Tổ chức cuộc thi tìm hiểu trực tuyến cho học sinh trung học và sinh viên các trường cao đẳng | Chủ trì: Sở Giáo dục và Đào tạo |
    | 1.1.3 | Cập nhật dữ liệu du lịch | Chủ trì: Sở Văn hóa, Thể thao và Du lịch |
    | | | lịch |
    """  # noqa: E501


@pytest.fixture
def table_doc(parse):
    doc, blocks = parse(PIPE_TABLE)
    assert extract_tables(doc, blocks)
    return doc


def test_pipe_table_goal_rows_become_goal_and_objective(table_doc):
    assert [(p.kind, p.local_id, p.title, p.parent) for p in table_doc.parts] == [
        ("goal", "1", "Nâng cao nhận thức", None), ("objective", "1.1", "Truyền thông số", "1")]


def test_pipe_table_tasks_with_combined_assignment_cell(table_doc):
    t = table_doc.tasks[0]
    assert (t.code, t.text, t.parent) == ("1.1.1", "Sản xuất video ngắn về di sản", "1.1")
    assert (t.leads, t.supports) == (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Khoa học và Công nghệ"])
    assert (t.span.start, t.span.end) == (5, 5)


def test_row_continued_after_a_page_break_joins_text_and_cells(table_doc):
    t = table_doc.tasks[1]
    assert t.text == "Tổ chức cuộc thi tìm hiểu trực tuyến cho học sinh trung học và sinh viên các trường cao đẳng"
    assert (t.leads, t.supports) == (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"])   # "Đào" + "tạo" rejoined
    assert (t.span.start, t.span.end) == (6, 7)


def test_duplicated_row_is_counted_not_repeated(table_doc):
    assert [t.local_id for t in table_doc.tasks] == ["1.1.1", "1.1.2", "1.1.3"]
    assert table_doc.tasks[1].duplicate_count == 2
    assert "duplicate row 1.1.2 at line 8" in table_doc.notes


def test_page_break_repeat_of_the_cell_tail_is_dropped(table_doc):
    t = table_doc.tasks[2]
    assert t.leads == ["Sở Văn hóa, Thể thao và Du lịch"]           # not "... Du lịch lịch"
    assert any("page-break repeat 'lịch'" in n for n in table_doc.notes)


def test_table_without_header_reads_code_text_lead(parse):
    doc, blocks = parse("""
        | 1.1 | Khảo sát hiện trạng hạ tầng số | Sở Khoa học và Công nghệ |
        | 1.2 | Đánh giá mức độ sẵn sàng | Sở Nội vụ |
        """)
    assert extract_tables(doc, blocks)
    assert rows(doc) == [("1.1", "Khảo sát hiện trạng hạ tầng số", ["Sở Khoa học và Công nghệ"], []),
                         ("1.2", "Đánh giá mức độ sẵn sàng", ["Sở Nội vụ"], [])]


def test_no_rows_no_tasks(parse):
    doc, blocks = parse("Chỉ có một đoạn văn, không có bảng.")
    assert not extract_tables(doc, blocks) and doc.tasks == []


# -- tab-separated appendix ------------------------------------------------------------------------

def test_tsv_with_separate_lead_and_support_columns_and_repeated_header(parse):
    doc, blocks = parse(
        "STT\tMục tiêu/ Nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\n"
        "1\tPhát triển nguồn nhân lực số\t\t\n"
        "1.1\tĐào tạo kỹ năng số cho công chức\tSở Nội vụ; Sở Khoa học và Công nghệ\tCác sở, ban, ngành\n"
        "STT\tMục tiêu/ Nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\n"
        "1.2\tBồi dưỡng giáo viên tin học\tSở Giáo dục và Đào tạo\tSở Tài chính\n")
    assert extract_tables(doc, blocks)
    assert [(p.kind, p.local_id, p.title) for p in doc.parts] == [("goal", "1", "Phát triển nguồn nhân lực số")]
    assert rows(doc) == [
        ("1.1", "Đào tạo kỹ năng số cho công chức", ["Sở Nội vụ; Sở Khoa học và Công nghệ"], ["Các sở, ban, ngành"]),
        ("1.2", "Bồi dưỡng giáo viên tin học", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"])]
    assert all(t.parent == "1" for t in doc.tasks)


# -- prose -----------------------------------------------------------------------------------------

PROSE = """
    III. NHIỆM VỤ, GIẢI PHÁP

    1. Xây dựng xã hội học tập

    - Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính và UBND các xã, phường thực hiện các nhiệm vụ sau:

    + Mở lớp xóa mù chữ cho người lớn tuổi ở vùng sâu.

    + Duy trì tủ sách cộng đồng tại nhà văn hóa thôn,
    khu phố và điểm sinh hoạt cộng đồng.

    Việc duy trì tủ sách được đánh giá hằng năm.

    - Sở Y tế và Sở Văn hóa, Thể thao và Du lịch chủ trì: Tổ chức tuần lễ sức khỏe học đường tại các trường.

    2. Chăm sóc sức khỏe

    - Sở Y tế chủ trì, phối hợp chặt chẽ với Trung tâm Kiểm soát bệnh tật tỉnh triển khai khám sàng lọc cho người cao tuổi.
    """  # noqa: E501


@pytest.fixture
def prose_doc(parse):
    doc, blocks = parse(PROSE)
    assert extract_prose(doc, blocks)
    return doc


def test_prose_lead_phrase_governs_the_plus_bullets(prose_doc):
    first, second = prose_doc.tasks[:2]
    assert (first.local_id, first.code, first.parent) == ("III.1#1", None, "III.1")
    assert first.text == "Mở lớp xóa mù chữ cho người lớn tuổi ở vùng sâu."
    assert first.leads == ["Sở Giáo dục và Đào tạo"]
    assert first.supports == ["Sở Nội vụ, Sở Tài chính và UBND các xã, phường"]
    assert (second.leads, second.supports) == (first.leads, first.supports)


def test_prose_unmarked_paragraph_continues_the_bullet(prose_doc):
    t = prose_doc.tasks[1]
    assert t.text.endswith("điểm sinh hoạt cộng đồng. Việc duy trì tủ sách được đánh giá hằng năm.")
    assert (t.span.start, t.span.end) == (9, 12)


def test_prose_inline_task_after_colon_with_two_leads(prose_doc):
    t = prose_doc.tasks[2]
    assert t.text == "Tổ chức tuần lễ sức khỏe học đường tại các trường."
    assert t.leads == ["Sở Y tế và Sở Văn hóa, Thể thao và Du lịch"] and t.supports == []


def test_prose_supports_end_where_the_task_verb_begins(prose_doc):
    t = prose_doc.tasks[3]
    assert (t.local_id, t.parent) == ("III.2#1", "III.2")
    assert t.supports == ["Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert t.text == "triển khai khám sàng lọc cho người cao tuổi."


def test_prose_sections_become_parts(prose_doc):
    assert [(p.kind, p.local_id, p.title) for p in prose_doc.parts] == [
        ("section", "III.1", "Xây dựng xã hội học tập"), ("section", "III.2", "Chăm sóc sức khỏe")]


def test_numbered_tasks_that_name_their_lead(parse):
    """"1. Sở X chủ trì, phối hợp với Y <task>" under a section: a task coded by its number; a
    numbered heading that names no lead ("2. Nâng cao nhận thức") is none."""
    doc, blocks = parse("""
        I. NHIỆM VỤ

        1. Ban Dân tộc tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh rà soát các hộ cần hỗ trợ.

        2. Nâng cao nhận thức của cán bộ về công tác dân tộc

        3. Sở Y tế chủ trì, phối hợp với Sở Tài chính: bảo đảm thuốc cho trạm y tế vùng biên.
        """)
    assert extract_prose(doc, blocks)
    assert [(t.code, t.text, t.leads, t.supports) for t in doc.tasks] == [
        ("1", "rà soát các hộ cần hỗ trợ.", ["Ban Dân tộc tỉnh"], ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
        ("3", "bảo đảm thuốc cho trạm y tế vùng biên.", ["Sở Y tế"], ["Sở Tài chính"])]


# -- item forms (PDF text) -------------------------------------------------------------------------

ITEMS = """
    II. NHIỆM VỤ CỤ THỂ

    1. Số hóa hồ sơ lưu trữ lịch sử
    a) Nội dung thực hiện: Số hóa toàn bộ hồ sơ lưu trữ lịch sử
    của tỉnh giai đoạn 1975 - 2000.
    b) Cơ quan thực hiện: Sở Nội vụ
    c) Cơ quan phối hợp: Sở Khoa học và Công nghệ, Sở Tài chính
    d) Thời gian thực hiện: Năm 2026 - 2027

    2. Tập huấn văn thư điện tử
    a) Nội dung thực hiện: Tập huấn cho văn thư cấp xã.
    b) Cơ quan chủ trì: Các sở: Nội vụ, Tư pháp

    3. Mục chưa giao cơ quan
    a) Nội dung thực hiện: Chưa giao.
    """


def test_item_forms_read_content_lead_support_and_time(parse):
    doc, blocks = parse(ITEMS)
    assert extract_items(doc, blocks)
    first, second = doc.tasks                           # item 3 names no agency: not a task
    assert (first.code, first.parent) == ("1", "II")
    assert first.text == "Số hóa toàn bộ hồ sơ lưu trữ lịch sử của tỉnh giai đoạn 1975 - 2000."
    assert (first.leads, first.supports) == (["Sở Nội vụ"], ["Sở Khoa học và Công nghệ, Sở Tài chính"])
    assert first.deadline_text == "Năm 2026 - 2027"
    assert (first.span.start, first.span.end) == (3, 8)
    assert (second.leads, second.supports) == (["Các sở: Nội vụ, Tư pháp"], [])
    assert [(p.kind, p.local_id, p.title) for p in doc.parts] == [("section", "II", "NHIỆM VỤ CỤ THỂ")]


def test_an_items_fields_numbered_under_it_and_a_lead_said_in_a_sentence(parse):
    """An item's fields may be numbered under it, among fields of other kinds ("1. Họp mặt …" / "1.1. Danh nghĩa tổ
    chức: …" / "1.2. Đơn vị thực hiện: …": each had been read as an item of its own, and the plan had no task), and the
    lead field may say it in a sentence ("Ủy ban … chủ trì, phối hợp với Sở Ngoại vụ xây dựng kế hoạch riêng"): the
    lead is the body, its partners the supporters."""
    doc, blocks = parse("""
    1. Họp mặt kiều bào mừng Xuân năm 2027

    1.1. Danh nghĩa tổ chức: Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân thành phố.

    1.2. Đơn vị thực hiện: Ủy ban về người Việt Nam ở nước ngoài thành phố chủ trì, phối hợp với Sở Ngoại vụ xây dựng kế hoạch riêng.

    1.3. Thời gian: Lúc 17 giờ 00, ngày 20 tháng 01 năm 2027.

    2. Hội báo Xuân

    2.1. Đơn vị thực hiện: Sở Văn hóa và Thể thao.
    """)  # noqa: E501
    assert extract_items(doc, blocks)
    assert [(t.local_id, t.text, t.leads, t.supports, t.deadline_text) for t in doc.tasks] == [
        ("1", "Họp mặt kiều bào mừng Xuân năm 2027", ["Ủy ban về người Việt Nam ở nước ngoài thành phố"],
         ["Sở Ngoại vụ"], "Lúc 17 giờ 00, ngày 20 tháng 01 năm 2027."),
        ("2", "Hội báo Xuân", ["Sở Văn hóa và Thể thao"], [], None)]


def test_sub_items_with_fields_of_their_own_stay_items(parse):
    """Numbered sub-items that carry their own fields ("1.1. Truyền thông trên báo chí: …" / "- Cơ quan thực hiện: …")
    are items of their own, not fields of "1." (an adversarial review found them merged into one task, the first
    lead lost); a lead field may name its partners after the lead ("Ban Dân tộc tỉnh chủ trì; Sở Văn hóa, Thể thao và
    Du lịch phối hợp.") or open with a body no head word names ("Thư viện tỉnh chủ trì, phối hợp với …")."""
    doc, blocks = parse("""
    1. Hoạt động truyền thông

    1.1. Truyền thông trên báo chí: Đăng tải tin, bài về tác hại của thuốc lá.

    - Cơ quan thực hiện: Sở Thông tin và Truyền thông.

    1.2. Truyền thông tại cộng đồng: Tổ chức nói chuyện chuyên đề tại các khu dân cư.

    - Cơ quan thực hiện: Sở Y tế.

    2. Hội thi thể thao các dân tộc thiểu số

    - Cơ quan thực hiện: Ban Dân tộc tỉnh chủ trì; Sở Văn hóa, Thể thao và Du lịch phối hợp.

    3. Luân chuyển sách về cơ sở

    - Đơn vị thực hiện: Thư viện tỉnh chủ trì, phối hợp với UBND các huyện.
    """)
    assert extract_items(doc, blocks)
    assert [(t.local_id, t.leads, t.supports) for t in doc.tasks] == [
        ("1.1", ["Sở Thông tin và Truyền thông"], []), ("1.2", ["Sở Y tế"], []),
        ("2", ["Ban Dân tộc tỉnh"], ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("3", ["Thư viện tỉnh"], ["UBND các huyện"])]


# -- per-agency headings ---------------------------------------------------------------------------

HEADINGS = """
    V. TỔ CHỨC THỰC HIỆN

    1. Sở Nội vụ

    - Theo dõi, đôn đốc việc thực hiện Kế hoạch.

    - Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí biên chế.

    2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh

    Tuyên truyền, vận động nhân dân tham gia.

    3. Chế độ báo cáo

    - Gửi báo cáo đúng hạn.

    Nơi nhận:
    - Như trên;
    """


def test_per_agency_headings_assign_their_paragraphs(parse, is_agency):
    doc, blocks = parse(HEADINGS)
    assert extract_headings(doc, blocks, is_agency)
    assert rows(doc) == [
        ("V.1#1", "Theo dõi, đôn đốc việc thực hiện Kế hoạch.", ["Sở Nội vụ"], []),
        ("V.1#2", "Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí biên chế.", ["Sở Nội vụ"], ["Sở Tài chính"]),
        ("V.2#1", "Tuyên truyền, vận động nhân dân tham gia.", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []),
    ]   # "Chế độ báo cáo" names no agency; "Nơi nhận" ends the body
    assert [p.title for p in doc.parts] == ["Sở Nội vụ", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


def test_heading_agencies_drops_request_words_and_trailing_clauses():
    assert heading_agencies("Đề nghị Cơ quan UBMTTQVN phường") == "Cơ quan UBMTTQVN phường"
    assert heading_agencies("Bộ Chỉ huy Quân sự tỉnh và các Sở: Y tế; Nội vụ thực hiện theo Phụ lục") == \
        "Bộ Chỉ huy Quân sự tỉnh và các Sở: Y tế; Nội vụ"


# -- goals stated in the body ----------------------------------------------------------------------

def test_general_and_specific_objectives(parse):
    doc, blocks = parse("""
        II. MỤC TIÊU

        1. Mục tiêu chung

        Xây dựng chính quyền số phục vụ người dân.

        2. Mục tiêu cụ thể

        a) 100% hồ sơ được số hóa.

        - Trên 80% người dân có tài khoản định danh.
        """)
    extract_body_goals(doc, blocks)
    assert [(p.kind, p.local_id, p.code, p.title) for p in doc.parts] == [
        ("objective", "II.1", None, "Xây dựng chính quyền số phục vụ người dân."),
        ("objective", "II.2.a", "a", "100% hồ sơ được số hóa."),
        ("objective", "II.2#1", None, "Trên 80% người dân có tài khoản định danh.")]


def test_strategic_goals_and_their_uncoded_objectives(parse):
    doc, blocks = parse("""
        III. CÁC MỤC TIÊU CHIẾN LƯỢC

        Mục tiêu chiến lược 1: Hạ tầng số hiện đại.

        - Phủ sóng 5G toàn tỉnh.

        Mục tiêu chiến lược 2: Dữ liệu số dùng chung.

        - Kho dữ liệu dùng chung của tỉnh.
        """)
    extract_body_goals(doc, blocks)
    assert [(p.kind, p.local_id, p.title, p.parent) for p in doc.parts] == [
        ("goal", "1", "Hạ tầng số hiện đại", None), ("objective", "1#1", "Phủ sóng 5G toàn tỉnh.", "1"),
        ("goal", "2", "Dữ liệu số dùng chung", None), ("objective", "2#1", "Kho dữ liệu dùng chung của tỉnh.", "2")]

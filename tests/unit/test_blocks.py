"""The layout lexer (ingest/blocks.py): lines -> headings, paragraphs, bullets and table rows,
placed in the outline (roman section, numbered subsection)."""

from __future__ import annotations

from ingest.blocks import enumerate_text, lex

from .inline import text_of


def blocks(s: str):
    return lex(text_of(s).split("\n"))


def test_markdown_heading_level_bold_and_enumerator():
    [b] = blocks("#### **II. NHIỆM VỤ TRỌNG TÂM**")
    assert (b.kind, b.level, b.bold) == ("heading", 4, True)
    assert (b.enum_kind, b.label, b.text) == ("roman", "II", "NHIỆM VỤ TRỌNG TÂM")


def test_enumerators_roman_numbered_and_lettered():
    assert enumerate_text("IV. TỔ CHỨC THỰC HIỆN") == ("roman", "IV", "TỔ CHỨC THỰC HIỆN")
    assert enumerate_text("2.3. Tuyên truyền") == ("num", "2.3", "Tuyên truyền")
    assert enumerate_text("1) Rà soát") == ("num", "1", "Rà soát")
    assert enumerate_text("đ) Nội dung khác") == ("alpha", "đ", "Nội dung khác")
    assert enumerate_text("Văn bản không đánh số") == (None, None, "Văn bản không đánh số")
    assert enumerate_text("IIV. lạ")[0] is None                 # not a roman numeral


def test_a_slash_after_the_number_or_letter_numbers_an_item():
    """The Party's and older texts number "1/ …", "b/ …"; a date, a ratio or "đ/c" (comrade) opening a line does not."""
    assert enumerate_text("1/ Ban Tuyên giáo Huyện ủy chủ trì") == ("num", "1", "Ban Tuyên giáo Huyện ủy chủ trì")
    assert enumerate_text("b/ Các chi bộ trực thuộc") == ("alpha", "b", "Các chi bộ trực thuộc")
    assert enumerate_text("3/2/2024 là ngày kỷ niệm")[0] is None
    assert enumerate_text("đ/c Nguyễn Văn An, Bí thư Chi bộ")[0] is None
    assert enumerate_text("30/ 6/2027 để tổng hợp báo cáo")[0] is None    # a date wrapped at its slash


def test_bullets_keep_their_marker_and_the_innermost_text():
    dash, plus, nested = blocks("""
        - Sở Nội vụ chủ trì:
        + Tập huấn cán bộ một cửa.
        - + Cập nhật cơ sở dữ liệu.
        """)
    assert (dash.kind, dash.marker, dash.text) == ("bullet", "-", "Sở Nội vụ chủ trì:")
    assert (plus.marker, plus.text) == ("+", "Tập huấn cán bộ một cửa.")
    assert (nested.marker, nested.text) == ("+", "Cập nhật cơ sở dữ liệu.")


def test_pipe_rows_split_into_cells_and_separator_dropped():
    rows = blocks("""
        | STT | Nhiệm vụ | Chủ trì |
        |---|:---:|---|
        | 1 | Số hóa hồ sơ | Sở Nội vụ |
        """)
    assert [b.kind for b in rows] == ["row", "row"]
    assert rows[1].cells == ["1", "Số hóa hồ sơ", "Sở Nội vụ"] and rows[1].delimiter == "|"
    assert rows[1].start == 3                       # line numbers of the file, separator counted


def test_tab_separated_rows():
    [row] = blocks("1.1\tXây dựng kho dữ liệu\tSở Tài chính\tSở Y tế")
    assert row.kind == "row" and row.delimiter == "\t"
    assert row.cells == ["1.1", "Xây dựng kho dữ liệu", "Sở Tài chính", "Sở Y tế"]


def test_hard_wrapped_lines_join_into_one_paragraph():
    [b] = blocks("""
        1. Đưa thông tin về Cộng đồng ASEAN đến người dân
        qua các nền tảng số của tỉnh
        """)
    assert (b.start, b.end, b.enum_kind, b.label) == (1, 2, "num", "1")
    assert b.text == "Đưa thông tin về Cộng đồng ASEAN đến người dân qua các nền tảng số của tỉnh"
    assert b.raw.count("\n") == 1                    # the raw lines stay as printed


def test_page_number_lines_are_dropped_and_page_breaks_merged():
    bs = blocks("""
        Các cơ quan bố trí kinh phí từ nguồn

        - 3 -

        ngân sách được giao hằng năm.

        Đoạn mới bắt đầu bằng chữ hoa.
        """)
    assert len(bs) == 2
    assert bs[0].text == "Các cơ quan bố trí kinh phí từ nguồn ngân sách được giao hằng năm."
    assert (bs[0].start, bs[0].end) == (1, 5)
    assert bs[1].text == "Đoạn mới bắt đầu bằng chữ hoa."


def test_all_caps_and_keyword_lines_start_new_blocks():
    bs = blocks("""
        Đoạn văn kết thúc không có dấu chấm
        KẾ HOẠCH
        Căn cứ Luật Tổ chức chính quyền địa phương
        """)
    assert [b.text for b in bs] == ["Đoạn văn kết thúc không có dấu chấm", "KẾ HOẠCH",
                                    "Căn cứ Luật Tổ chức chính quyền địa phương"]


def test_outline_places_blocks_under_section_and_subsection():
    bs = blocks("""
        I. MỤC TIÊU

        1. Mục tiêu chung

        Nâng cao chất lượng phục vụ người dân.

        II. TỔ CHỨC THỰC HIỆN

        a) Các sở triển khai.
        """)
    para = bs[2]
    assert (para.section, para.section_title, para.sub, para.sub_title) == ("I", "MỤC TIÊU", "1", "Mục tiêu chung")
    assert para.sub_block is bs[1]
    last = bs[-1]
    assert (last.section, last.sub, last.enum_kind, last.label) == ("II", None, "alpha", "a")


def test_blocks_before_the_first_section_have_no_section():
    bs = blocks("""
        Số: 12/KH-UBND

        I. MỤC ĐÍCH
        """)
    assert bs[0].section is None and bs[1].section == "I"


def test_a_wrapped_sentence_whose_next_line_opens_with_a_number_and_a_small_word():
    """"… về kế hoạch đầu tư công trung hạn" / "5 năm giai đoạn 2021-2025; 148/NQ-HĐND …": one sentence (the second line
    had been an item "5", which cut the list of resolutions a programme carries out); "5. Năm …" and a number after a
    full stop still open items."""
    blocks = lex(["Thực hiện các Nghị quyết: số 160/NQ-HĐND về kế hoạch đầu tư công trung hạn",
                  "5 năm giai đoạn 2021-2025; 148/NQ-HĐND về kế hoạch tài chính.",
                  "5 năm tới, tỉnh tập trung phát triển du lịch."])
    assert [b.text for b in blocks] == [
        "Thực hiện các Nghị quyết: số 160/NQ-HĐND về kế hoạch đầu tư công trung hạn 5 năm giai đoạn 2021-2025; "
        "148/NQ-HĐND về kế hoạch tài chính.", "năm tới, tỉnh tập trung phát triển du lịch."]
    assert [b.kind for b in lex(["Các nhiệm vụ chủ yếu", "5. Năm du lịch quốc gia"])] == ["para", "para"]


def test_a_dashed_name_wrapped_at_its_dash_is_no_item():
    """Hard-wrapped text whose line breaks inside "Lao động - Thương binh và Xã hội" ("… đề nghị của Sở Lao động" /
    "- Thương binh và Xã hội tại Tờ trình số …"): one paragraph, no item "Thương binh và Xã hội …"; an item after a
    sentence's end is still one."""
    blocks = lex(["Căn cứ Công văn số 73/LĐTBXH-BTXH; xét đề nghị của Sở Lao động",
                  "- Thương binh và Xã hội tại Tờ trình số 59/TTr-SLĐTBXH ngày 27/01/2026, UBND tỉnh ban hành.",
                  "- Tổ chức tuyên truyền."])
    assert [(b.kind, b.start, b.end) for b in blocks] == [("para", 1, 2), ("bullet", 3, 3)]
    assert "Sở Lao động - Thương binh và Xã hội tại Tờ trình" in blocks[0].text

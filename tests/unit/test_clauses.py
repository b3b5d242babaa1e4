"""Assignment clauses of decisions and letters (ingest/assignments.py): articles that give work
("Điều 2. Giao Sở X chủ trì, phối hợp với ..."), articles that list their assignees, the execution
article whose heads stand for their bodies ("Chánh Văn phòng UBND tỉnh; Giám đốc các sở: A, B; ...
chịu trách nhiệm thi hành"), letters' numbered items in three forms, and a request in a document with
no other task. Every text is invented for these tests."""

from __future__ import annotations

import pytest

from ingest.assignments import extract_clauses
from ingest.phrases import split_subject

DECISION = """
    ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 77/QĐ-UBND | Đồng Tháp, ngày 2 tháng 6 năm 2025 |
    QUYẾT ĐỊNH
    BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2025
    ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
    Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống sốt xuất huyết năm 2025.
    Điều 2. Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo và UBND các xã, phường hướng dẫn, kiểm tra việc thực hiện Kế hoạch.
    Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Y tế, Tài chính, Văn hóa, Thể thao và Du lịch; Giám đốc Công an tỉnh; Tổng biên tập Báo Sen Hồng; Chủ tịch UBND các xã, phường và thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./.
    Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
    KẾ HOẠCH
    PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2025
    """  # noqa: E501

SPLIT_DECISION = """
    QUYẾT ĐỊNH:
    Điều 1.
    Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2025.
    Điều 2.
    Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:
    1. Sở Khoa học và Công nghệ - cơ quan thường trực Ban Chỉ đạo chuyển đổi số tỉnh tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết hằng năm.
    2. Ban Chỉ đạo chuyển đổi số các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch của địa phương.
    Điều 3.
    Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ban,
    ngành cấp tỉnh, Chủ tịch UBND các xã, phường và Thủ trưởng các
    cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
    Nơi nhận:
    - Như Điều 3;
    """  # noqa: E501

LETTER = """
    Tin chỉ đạo điều hành

    Thực hiện Hướng dẫn số 3-HD/ĐU ngày 4/3/2025 của Đảng ủy phường về Ngày hội đọc sách; Ủy ban nhân dân phường chỉ đạo như sau:

    1. Phòng Văn hóa - Xã hội chủ trì, phối hợp Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường và các trường học giúp UBND phường tổ chức Ngày hội đọc sách tại nhà văn hóa.

    2. Trung tâm Phục vụ hành chính công phường

    - Trưng bày sách hướng dẫn thủ tục hành chính tại khu vực chờ.

    - Phối hợp tổ chức tủ sách lưu động tại các tổ dân phố.

    3. Phòng Kinh tế phường: Vận động các doanh nghiệp tặng sách cho thư viện phường.

    (Nguồn: Công văn số 45/UBND-VP ngày 6/3/2025)
    """  # noqa: E501

REQUEST = """
    Ủy ban nhân dân huyện ban hành Kế hoạch số 12/KH-UBND về công tác dân vận năm 2024.
    Để triển khai Kế hoạch, đề nghị các phòng, ban chuyên môn và UBND các xã, thị trấn cụ thể hóa thành kế hoạch của từng đơn vị, báo cáo kết quả về Văn phòng HĐND và UBND huyện.
    """  # noqa: E501


@pytest.fixture
def is_agency(gaz):
    def check(phrase: str) -> bool:
        return any(m.entry is not None for m in gaz.resolve(phrase))
    return check


@pytest.fixture
def names(gaz):
    def split(phrase: str) -> list[str]:
        return ["Sở " + m.printed if m.entry and m.entry.label == "Sở " + m.printed else m.printed
                for m in gaz.resolve(phrase)]
    return split


def tasks(doc):
    return [(t.local_id, t.leads, t.supports) for t in doc.tasks]


def lone_task(parse, is_agency, text, names=None):
    """The one task the clauses of `text` assign."""
    doc, blocks = parse(text)
    assert extract_clauses(doc, blocks, is_agency, names)
    [task] = doc.tasks
    return task


def test_decision_articles_give_tasks(parse, is_agency, names):
    doc, blocks = parse(DECISION)
    assert extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == [
        ("Điều 2", ["Sở Y tế"], ["Sở Giáo dục và Đào tạo và UBND các xã, phường"]),
        ("Điều 3", ["Văn phòng UBND tỉnh", "Sở Y tế", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh",
                    "Báo Sen Hồng", "UBND các xã, phường", "các cơ quan, đơn vị có liên quan"], []),
    ]
    art2 = doc.tasks[0]
    assert art2.text.startswith("Giao Sở Y tế chủ trì") and art2.code is None
    assert doc.source.lines[art2.span.start - 1].startswith("Điều 2.")


def test_without_names_an_elliptical_list_stays_one_phrase(parse, is_agency):
    doc, blocks = parse(DECISION)
    extract_clauses(doc, blocks, is_agency)
    assert "các sở: Y tế, Tài chính, Văn hóa, Thể thao và Du lịch" in doc.tasks[1].leads


def test_articles_alone_on_their_lines_and_their_assignees(parse, is_agency, names):
    doc, blocks = parse(SPLIT_DECISION)
    extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == [
        ("Điều 2.1", ["Sở Khoa học và Công nghệ"], []),
        ("Điều 2.2", ["Ban Chỉ đạo chuyển đổi số các xã, phường"], []),
        ("Điều 3", ["Văn phòng UBND tỉnh", "các sở, ban, ngành cấp tỉnh", "UBND các xã, phường",
                    "các cơ quan, đơn vị có liên quan"], []),
    ]
    last = doc.tasks[-1]
    assert (last.span.start, last.span.end) == (8, 11)


CUT_EXECUTORS = """
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực hiện Chiến lược phát triển bền vững tỉnh.
    Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Thủ trưởng các Ban, ngành ở tỉnh, Chủ tịch UBND c
    """


@pytest.mark.parametrize("end, leads", [
    # cut inside a name: the heads before it
    ("Chủ tịch UBND c", ["Văn phòng UBND tỉnh", "các Sở", "các Ban, ngành ở tỉnh"]),
    # cut right after the closing "các đơn vị liên quan": all of them
    ("Chủ tịch UBND các huyện và Thủ trưởng các đơn vị liên quan",
     ["Văn phòng UBND tỉnh", "các Sở", "các Ban, ngành ở tỉnh", "UBND các huyện", "các đơn vị liên quan"]),
    # or after a collective's last word ("…, Thủ trưởng các cơ quan, đơn vị")
    ("Chủ tịch UBND các huyện, Thủ trưởng các cơ quan, đơn vị",
     ["Văn phòng UBND tỉnh", "các Sở", "các Ban, ngành ở tỉnh", "UBND các huyện", "các cơ quan, đơn vị"]),
    # or after the communes' "…, thị trấn", always the last of their kinds
    ("Chủ tịch UBND các xã, phường, thị trấn",
     ["Văn phòng UBND tỉnh", "các Sở", "các Ban, ngành ở tỉnh", "UBND các xã, phường, thị trấn"]),
    # or inside its verb: every head is whole (the last had lost its towns and cities to the last comma)
    ("Chủ tịch UBND các huyện, thị xã, thành phố chịu tr",
     ["Văn phòng UBND tỉnh", "các Sở", "các Ban, ngành ở tỉnh", "UBND các huyện, thị xã, thành phố"]),
    # or after "… trực thuộc Trung ương", a national decision's provinces (they had lost their cities)
    ("Giám đốc Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương",
     ["Văn phòng UBND tỉnh", "các Sở", "các Ban, ngành ở tỉnh",
      "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương"]),
])
def test_an_execution_article_the_excerpts_end_cuts(parse, is_agency, names, end, leads):
    """"Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, …, Chủ tịch UBND c" at a page's 2,000th character: the
    execution article, cut before its verb, is led by the bodies of the heads it names whole (it gave no task); the
    same article with its verb, and an article the excerpt does not end in, are read as before."""
    doc, blocks = parse(CUT_EXECUTORS.replace("Chủ tịch UBND c\n", end + "\n"))
    extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == [("Điều 2", leads, [])]
    doc, blocks = parse(CUT_EXECUTORS + "    Điều 3. Quyết định có hiệu lực từ ngày ký.\n")
    extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == []


def test_a_letter_numbers_its_assignments(parse, is_agency):
    doc, blocks = parse(LETTER)
    assert extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [
        ("1", ["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường và các trường học"]),
        ("2#1", ["Trung tâm Phục vụ hành chính công phường"], []),
        ("2#2", ["Trung tâm Phục vụ hành chính công phường"], []),
        ("3", ["Phòng Kinh tế phường"], []),
    ]
    assert doc.tasks[1].text.startswith("Trưng bày sách") and doc.tasks[3].text.startswith("Phòng Kinh tế phường:")


def test_a_request_is_a_task_only_where_nothing_else_is(parse, is_agency):
    doc, blocks = parse(REQUEST)
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("#1", ["các phòng, ban chuyên môn và UBND các xã, thị trấn"], [])]
    assert doc.tasks[0].text.startswith("Để triển khai Kế hoạch, đề nghị")


def test_a_ministrys_department_leads_an_article(parse, is_agency, names):
    """"Điều 2. Vụ Kế hoạch chủ trì, phối hợp với các đơn vị liên quan có trách nhiệm nghiên cứu …": a ministry's
    department opens the article (no task had been read: "Vụ" was no body's head word), its partners end before "có
    trách nhiệm"."""
    doc, blocks = parse("""
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Quy định về lập kế hoạch phát triển ngành.
    Điều 2. Vụ Kế hoạch chủ trì, phối hợp với các đơn vị liên quan có trách nhiệm hướng dẫn các địa phương áp dụng Quy định này.
    Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == [("Điều 2", ["Vụ Kế hoạch"], ["các đơn vị liên quan"])]


@pytest.mark.parametrize("sentence, leads, supports", [
    ("Văn phòng UBND tỉnh vừa có Công văn số 2406/VP-KT đề nghị UBND huyện Đông Sơn chủ trì, phối hợp với các đơn vị "
     "liên quan kiểm tra, xử lý phản ánh của người dân.", ["UBND huyện Đông Sơn"], ["các đơn vị liên quan"]),
    ("Công điện yêu cầu UBND các huyện, thành phố triển khai ngay các biện pháp chống dịch.",
     ["UBND các huyện, thành phố"], []),
    # the mass organisations' "chính trị- xã hội": its dash ends no subject (they had been "các hội, đoàn thể chính
    # trị")
    ("Ban Dân vận Tỉnh ủy đề nghị các địa phương, đơn vị, Mặt trận Tổ quốc tỉnh, các hội, đoàn thể chính trị- "
     "xã hội tỉnh vận động nhân dân tham gia ngày hội.",
     ["các địa phương, đơn vị, Mặt trận Tổ quốc tỉnh, các hội, đoàn thể chính trị- xã hội tỉnh"], []),
])
def test_a_notice_reports_the_request_a_document_makes(parse, is_agency, sentence, leads, supports):
    """A news page reports what a letter or a dispatch asks ("… vừa có Công văn số 1817/VP-KT đề nghị UBND huyện …",
    "Công điện yêu cầu …"): the bodies asked are its leads (no task had been read: only a committee, a ministry, a
    department or the Government were read as asking)."""
    doc, blocks = parse(f"""
    Kiểm tra, xử lý phản ánh của người dân
    {sentence}
    """)
    extract_clauses(doc, blocks, is_agency)
    assert [(ls, ss) for _, ls, ss in tasks(doc)] == [(leads, supports)]


def test_the_bodies_a_notice_names_after_a_request_go_on_with_it(parse, is_agency):
    """A notice that reports a request goes on naming bodies with their verbs ("UBND huyện giao Phòng Văn hóa và Thông
    tin theo dõi … Trung tâm Văn hóa, Thể thao và Truyền thông tuyên truyền … Phòng Giáo dục và Đào tạo chỉ đạo …"):
    each is a task of its own, to the paragraph's end and on through the paragraphs that name more (they had been
    left out); a sentence about something else ("Các chế độ báo cáo …"), and a paragraph after one that names none,
    is none."""
    doc, blocks = parse("""
    Huyện Sông Mây hưởng ứng Ngày Sách Việt Nam

    UBND huyện giao Phòng Văn hóa và Thông tin hướng dẫn các xã tổ chức Ngày Sách. Trung tâm Văn hóa, Thể thao và Truyền thông tuyên truyền trên hệ thống loa truyền thanh của huyện. Các chế độ báo cáo sẽ được rà soát.

    Phòng Giáo dục và Đào tạo chỉ đạo các trường học tổ chức các hoạt động đọc sách.

    Năm nay có nhiều hoạt động mới.

    Trung tâm Y tế huyện tổ chức khám sức khỏe cho học sinh.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] == [["Phòng Văn hóa và Thông tin"],
                                              ["Trung tâm Văn hóa, Thể thao và Truyền thông"],
                                              ["Phòng Giáo dục và Đào tạo"]]


def test_a_request_to_a_long_list_of_heads(parse, is_agency):
    """A directive's opening asks many heads at once ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban,
    ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, …, Giám đốc các Ban Quản lý dự án …, các chủ đầu tư, triển khai
    …"): their bodies lead it (a subject of over 25 words had been read as no subject)."""
    doc, blocks = parse("""
    Thực hiện Chỉ thị số 31/CT-TTg ngày 02/8/2027 của Thủ tướng Chính phủ về phòng, chống thiên tai, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, đoàn thể cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố, Giám đốc các Ban Quản lý dự án chuyên ngành, các chủ đầu tư công trình, rà soát phương án bảo đảm an toàn công trình trong mùa mưa bão, với các nội dung sau:
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] == [["các sở", "các ban, ngành, đoàn thể cấp tỉnh",
                                               "UBND các huyện, thị xã, thành phố",
                                               "các Ban Quản lý dự án chuyên ngành, các chủ đầu tư công trình"]]


def test_a_committee_named_before_a_compound_of_giao_makes_no_request(parse, is_agency):
    """"… căn cứ Kế hoạch số 1351/KH-UBND của UBND tỉnh về kế hoạch Ngoại giao văn hóa …": "Ngoại giao" is no "giao"
    (the committee had been read as asking "văn hóa …", and the request the sentence opens with was lost)."""
    doc, blocks = parse("""
    Tổ chức chương trình văn hóa tại tỉnh

    Theo đó, giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Sở Ngoại vụ căn cứ Kế hoạch số 802/KH-UBND ngày 05/3/2027 của UBND tỉnh về Ngoại giao văn hóa, chuẩn bị Tuần văn hóa hữu nghị.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("#1", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Ngoại vụ"])]


@pytest.mark.parametrize("rest", ["chủ động theo dõi diễn biến rét đậm, phối hợp với các huyện triển khai.",
                                  "và tìm ki"])
def test_the_role_a_dash_gives_ends_the_body_asked(parse, is_agency, rest):
    """"… giao Sở Nông nghiệp & Phát triển nông thôn - Cơ quan Thường trực phòng, chống thiên tai …": the role after the
    dash is no part of the name (the subject had run on through it, to the excerpt's end or to the verb)."""
    doc, blocks = parse(f"""
    Chủ động phòng, chống rét đậm

    Theo đó, Phó Chủ tịch UBND tỉnh Trần Văn B giao Sở Nông nghiệp & Phát triển nông thôn - Cơ quan Thường trực Ban Chỉ huy phòng chống thiên tai tỉnh {rest}
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] == [["Sở Nông nghiệp & Phát triển nông thôn"]]


def test_a_sentence_that_opens_with_a_request_is_read_from_its_start(parse, is_agency):
    """"Giao Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh yêu cầu các địa phương …": the body the sentence opens by
    asking leads it (the committee named inside, asking in its turn, had been read as the one asking, and "UBND tỉnh
    yêu cầu các địa phương không" as the body asked)."""
    doc, blocks = parse("""
    Kết luận của Ban Thường vụ Tỉnh ủy về tổ chức Tết

    Giao Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh yêu cầu các sở, ngành rà soát kế hoạch tổ chức lễ hội đầu năm.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] == [["Ban cán sự đảng UBND tỉnh"]]


def test_a_request_ends_its_names_at_what_they_must_not_or_must_do(parse, is_agency):
    """"… yêu cầu Giám đốc Sở Y tế, …, Thủ trưởng các cơ quan có liên quan không được chủ quan, cần phải …": the last
    body ends before "không được" (it had run on to the next verb, "tiếp tục")."""
    doc, blocks = parse("""
    Ủy ban nhân dân tỉnh ban hành Công văn số 88/UBND-VX về phòng, chống dịch bệnh mùa mưa.
    Trước tình hình dịch bệnh, UBND tỉnh yêu cầu Giám đốc Sở Y tế, Chủ tịch UBND các huyện và Thủ trưởng các cơ quan có liên quan không được chủ quan và cần phải tiếp tục triển khai các biện pháp phòng, chống dịch.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("#1", ["Sở Y tế", "UBND các huyện", "các cơ quan có liên quan"], [])]


@pytest.mark.parametrize("text", [
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    # "Ban hành" is no board, "Phòng, chống" no office
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý các hệ thống điện mặt trời mái nhà.",
    "Điều 1. Phòng, chống dịch bệnh phối hợp liên ngành trên địa bàn tỉnh là nhiệm vụ trọng tâm.",
    "Điều 1. Phê duyệt Kế hoạch phát triển du lịch cộng đồng với những nội dung chủ yếu sau:",
    "1. Văn bản này quy định việc quản lý hộp thư điện tử công vụ.",
    "1. Sản phẩm: Gốm sứ mỹ nghệ xuất khẩu",
])
def test_clauses_that_assign_nothing(parse, is_agency, text):
    doc, blocks = parse("QUYẾT ĐỊNH:\n" + text)
    assert not extract_clauses(doc, blocks, is_agency)
    assert doc.tasks == []


def test_plans_sections_are_left_to_the_plan_extractors(parse, is_agency):
    doc, blocks = parse("""
        I. NHIỆM VỤ

        1. Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra các cơ sở y tế.
        """)
    assert not extract_clauses(doc, blocks, is_agency)


def test_an_article_starts_a_block(parse):
    _, blocks = parse("QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Giao Sở Y tế chủ trì\nthực hiện.")
    assert [(b.start, b.end) for b in blocks] == [(1, 1), (2, 2), (3, 4)]


def test_through_the_reader_a_decision_gets_its_tasks(read):
    doc = read(DECISION, "qd.txt")
    assert doc.meta.doc_type == "Quyết định"
    assert [t.local_id for t in doc.tasks] == ["Điều 2", "Điều 3"]
    assert "Sở Tài chính" in doc.tasks[1].leads and doc.duties == []


# -- layout damage around assignments ----------------------------------------------------------

PDF_ITEM = """
    II. NHIỆM VỤ

    1. Phổ biến kỹ năng số cho học sinh

    a) Nội dung thực hiện: tổ chức các buổi ngoại khóa về an toàn trên không gian mạng.

    b) Cơ quan thực hiện: Các sở: Khoa học và Công nghệ, Giáo dục và

    Đào tạo.

    c) Cơ quan phối hợp: UBND các xã, phường.
    """


def test_an_agency_list_broken_by_a_blank_line_is_joined(read):
    doc = read(PDF_ITEM)
    assert [(t.code, t.leads) for t in doc.tasks] == [("1", ["Các sở: Khoa học và Công nghệ, Giáo dục và Đào tạo"])]


def test_lines_that_cannot_end_a_paragraph_join_across_blank_lines(parse):
    _, blocks = parse("Giao Sở Y tế, Sở Tài chính,\n\nCông an tỉnh phối hợp thực hiện.\n\nCăn cứ Luật Y tế;")
    assert [(b.start, b.end) for b in blocks] == [(1, 3), (5, 5)]
    # a finished sentence, a heading or a numbered item after the blank line stays apart
    _, blocks = parse("Sở Y tế chủ trì thực hiện.\n\nSở Tài chính bố trí kinh phí và\n\n2. Sở Nội vụ")
    assert [(b.start, b.end) for b in blocks] == [(1, 1), (3, 3), (5, 5)]


def test_double_spaced_wrapped_text_joins_across_blank_lines(parse):
    lines = ["Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển du lịch cộng đồng trên địa bàn tỉnh",
             "Đồng Tháp đến năm 2030 với các nội dung chủ yếu sau đây.",
             "1. Mục tiêu", "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống và",
             "sinh kế của người dân.", "2. Nhiệm vụ", "Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng",
             "bộ tiêu chí điểm du lịch cộng đồng.", "3. Kinh phí", "Ngân sách tỉnh."]
    _, blocks = parse("\n\n".join(lines))
    assert [b.text[:20] for b in blocks] == ["Ủy ban nhân dân tỉnh", "Mục tiêu", "Phát triển du lịch c", "Nhiệm vụ",
                                             "Sở Văn hóa, Thể thao", "Kinh phí", "Ngân sách tỉnh."]
    assert blocks[0].text.endswith("đến năm 2030 với các nội dung chủ yếu sau đây.")


HEADS_DECISION = """
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo tồn nghề dệt thổ cẩm giai đoạn 2026 - 2030.
    Điều 2. Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với thủ trưởng các sở, ngành liên quan và Chủ tịch UBND các xã Ia Pa, Chư Sê triển khai thực hiện.
    Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng ban Ban Dân tộc tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
    """  # noqa: E501


def test_partners_and_assignees_named_by_their_heads(parse, is_agency, names):
    """"phối hợp với thủ trưởng các sở ... và Chủ tịch UBND các xã ..." names the bodies they head
    (the supporters were lost: the phrase opens in lower case); "Trưởng ban Ban Dân tộc tỉnh" heads
    "Ban Dân tộc tỉnh", not "Ban Ban Dân tộc tỉnh"."""
    doc, blocks = parse(HEADS_DECISION)
    assert extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == [
        ("Điều 2", ["Sở Văn hóa, Thể thao và Du lịch"], ["các sở, ngành liên quan", "UBND các xã Ia Pa, Chư Sê"]),
        ("Điều 3", ["Văn phòng UBND tỉnh", "Ban Dân tộc tỉnh", "Sở Tài chính"], []),
    ]


def test_an_article_that_states_the_entry_into_force_before_its_executors(parse, is_agency, names):
    task = lone_task(parse, is_agency, """
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ khởi nghiệp trên địa bàn tỉnh Sông Mây.
        Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký.
        Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Khoa học và Công nghệ; Thủ trưởng các sở, ngành tỉnh chịu trách nhiệm thi hành Quyết định này./.
        """, names)  # noqa: E501
    assert task.leads == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "các sở, ngành tỉnh"]
    assert task.text.startswith("Chánh Văn phòng")


def test_a_notice_reporting_what_the_committee_asks_of_a_department(read):
    """A portal's news about a committee's letter, no letterhead or number: the request it reports
    ("Theo đó UBND tỉnh yêu cầu Sở … chủ trì, phối hợp với …") is its task, so the page is read,
    not refused; a name with a word read as a verb ("phát triển nông thôn") stays whole, and
    "tiếp tục" ends a subject."""
    doc = read("""
        Theo đó UBND tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với UBND các huyện tăng cường kiểm tra các lễ hội.
        """, "tin.txt")  # noqa: E501
    assert tasks(doc) == [("#1", ["Sở Văn hóa, Thể thao và Du lịch"], ["UBND các huyện"])]
    doc = read("""
        Ngày 12/3/2024, UBND tỉnh ban hành văn bản chỉ đạo phòng chống hạn mặn. Theo đó, UBND tỉnh giao cho Sở Nông nghiệp và phát triển nông thôn chủ trì, phối hợp với các địa phương rà soát nguồn nước.
        """, "tin.txt")  # noqa: E501
    assert tasks(doc) == [("#1", ["Sở Nông nghiệp và phát triển nông thôn"], ["các địa phương"])]
    doc = read("""
        UBND thành phố giao UBND quận 3 tiếp tục thực hiện di dời các hộ dân khỏi khu chung cư hư hỏng.
        """, "tin.txt")
    assert tasks(doc) == [("#1", ["UBND quận 3"], [])]


@pytest.mark.parametrize("sentence, leads", [
    # heads after a body: each head stands for its body
    ("Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, "
     "đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo kết quả.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các sở, ban, ngành, đoàn thể tỉnh",
      "UBND các huyện, thị xã, thành phố"]),
    # "chỉ đạo" and "nêu cao" end a subject
    ("Chủ tịch UBND tỉnh giao Sở Công Thương chỉ đạo kiểm tra ngay các hồ thủy điện trên địa bàn.",
     ["Sở Công Thương"]),
    ("Trong bối cảnh đó, UBND tỉnh yêu cầu các sở, ban, ngành, địa phương nêu cao tinh thần đoàn kết, chủ động triển "
     "khai các nhiệm vụ.", ["các sở, ban, ngành, địa phương"]),
    # "chỉ đạo" as a request; an adverb ends the subject
    ("Theo đó, UBND tỉnh chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ trì việc xây dựng kế hoạch tổ chức lễ hội.",
     ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("UBND xã yêu cầu các đơn vị liên quan nghiêm túc thực hiện các nội dung của Kế hoạch.", ["các đơn vị liên quan"]),
    # a ministry's request, as a committee's
    ("Trước tình hình đó, Bộ Y tế yêu cầu Sở Y tế các tỉnh, thành phố chủ trì, tăng cường giám sát dịch bệnh.",
     ["Sở Y tế các tỉnh, thành phố"]),
    # "chuẩn bị" (prepare) ends the body asked (it had been part of the lead's name); "làm tổ trưởng" (act as the
    # team's leader) too, the inspectorate's head standing for it
    ("Giao UBND huyện Tam Đường chuẩn bị báo cáo về các nội dung trên để báo cáo tại buổi làm việc.",
     ["UBND huyện Tam Đường"]),
    ("UBND tỉnh giao Chánh Thanh tra tỉnh làm tổ trưởng tổ công tác của UBND tỉnh và thành lập tổ giúp việc.",
     ["Thanh tra tỉnh"]),
    # "tập trung" (focus on) and "báo cáo" (report) end the bodies asked (they had been part of the lead's name)
    ("Mới đây, UBND tỉnh đã đề nghị các sở ngành liên quan tập trung triển khai các công việc theo Công văn số "
     "3380/BVHTTDL-DSVH ngày 08/9/2022 của Bộ Văn hóa, Thể thao và Du lịch.", ["các sở ngành liên quan"]),
    ("Để có cơ sở báo cáo Thủ tướng Chính phủ kết quả triển khai Chiến lược, Bộ Nội vụ đề nghị Ủy ban nhân dân tỉnh "
     "(thành phố) báo cáo các nội dung sau đây:", ["Ủy ban nhân dân tỉnh (thành phố)"]),
    # a Party committee's, its board's or a department's request (none had been read)
    ("Mỗi huyện chỉ đạo đại hội điểm. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy trực thuộc chỉ đạo chặt chẽ công tác "
     "nhân sự.", ["các cấp ủy trực thuộc"]),
    ("Theo đó, Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện, thị, thành phố tổ chức các hoạt động tuyên "
     "truyền.", ["Ban Tuyên giáo các huyện, thị, thành phố"]),
    ("Sở Giáo dục và Đào tạo yêu cầu các phòng giáo dục và đào tạo nghiêm túc chỉ đạo các trường thực hiện.",
     ["các phòng giáo dục và đào tạo"]),
])
def test_the_bodies_a_notice_says_the_committee_asks(read, sentence, leads):
    assert [t.leads for t in read(sentence + "\n", "tin.txt").tasks] == [leads]


@pytest.mark.parametrize("text, assigned", [
    # a lead the notice states outright, quoted after the paper's tag
    ("(PLO)- “Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Tài chính xây dựng báo cáo trình Quốc hội về miễn học "
     "phí”.", [(["Bộ Giáo dục và Đào tạo"], ["Bộ Tài chính"])]),
    # a request after a colon: from the request, not "UBND tỉnh có ý kiến như sau"
    ("Về đề nghị của Sở Công Thương, UBND tỉnh có ý kiến như sau: Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp "
     "các đơn vị liên quan rà soát quy hoạch.", [(["Sở Tài nguyên và Môi trường"], ["các đơn vị liên quan"])]),
    # "theo yêu cầu" (as asked) after a ministry it reports to: no request of that ministry's (the task had been read
    # from "Bộ Tài nguyên và Môi trường theo yêu cầu …", and was lost)
    ("Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND các huyện và các cơ quan có liên quan thực hiện các "
     "nội dung và báo cáo Bộ Tài nguyên và Môi trường theo yêu cầu và hướng dẫn tại Công văn trên.",
     [(["Sở Tài nguyên và Môi trường"], ["UBND các huyện và các cơ quan có liên quan"])]),
    # a line that introduces a list assigns nothing by itself
    ("Văn phòng - Thống kê xã chủ trì tham mưu:", []),
    # "Ban quản lý" is a name, "thống kê" a verb; "TP.HCM" is the committee's name
    ("UBND TP.HCM cũng giao Ban quản lý Khu công nghệ cao thống kê, phân loại sản phẩm của doanh nghiệp.",
     [(["Ban quản lý Khu công nghệ cao"], [])]),
    # "để" ends the partners
    ("Giao Bộ Công Thương chủ trì, phối hợp với Văn phòng Chính phủ và các Bộ có liên quan để hoàn thiện đề án.",
     [(["Bộ Công Thương"], ["Văn phòng Chính phủ và các Bộ có liên quan"])]),
    # the bodies' leaders stand for the bodies
    ("Theo đó, Bộ Nội vụ giao lãnh đạo các Sở Nội vụ chủ động phối hợp với các địa phương rà soát biên chế.",
     [(["các Sở Nội vụ"], [])]),
])
def test_what_a_notice_assigns(parse, is_agency, text, assigned):
    doc, blocks = parse(text)
    extract_clauses(doc, blocks, is_agency)
    assert [(t.leads, t.supports) for t in doc.tasks] == assigned


def test_a_notice_of_what_the_prime_minister_asks(read):
    """"Thủ tướng giao Bộ … chủ trì, phối hợp với … báo cáo, đề xuất …": the ministry leads, the
    partners end at the verb, and the page is read, not refused."""
    doc = read("Theo đó, Thủ tướng giao Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan báo cáo, đề xuất Thủ "
               "tướng Chính phủ việc thành lập Tổ công tác.", "tin.txt")
    assert [(t.leads, t.supports) for t in doc.tasks] == [(["Bộ Tài chính"], ["các cơ quan liên quan"])]


def test_the_heads_of_the_boards_stand_for_the_boards(parse, is_agency, names):
    doc, blocks = parse("""
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.
        Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.
        """)  # noqa: E501
    assert extract_clauses(doc, blocks, is_agency, names)
    assert [t.leads for t in doc.tasks] == [["Văn phòng UBND tỉnh", "các sở", "các ban, ngành cấp tỉnh",
                                             "các cơ quan liên quan"]]


def test_executors_in_a_paragraph_of_their_own_after_the_entry_into_force(parse, is_agency, names):
    """"Điều 3: Quyết định có hiệu lực …", a blank line, then "Các ông (bà): Chánh văn phòng …, Giám
    đốc … căn cứ quyết định thi hành." (lower case): the executors are Điều 3's leads; "Các ông"
    is no body, "Chánh văn phòng" heads the Văn phòng."""
    task = lone_task(parse, is_agency, """
        QUYẾT ĐỊNH:

        Điều 1: Phê duyệt chương trình phát triển thể thao quần chúng giai đoạn 2026 - 2030.

        Điều 2: Quyết định có hiệu lực thi hành sau 15 ngày kể từ ngày ký.

        Các ông (bà): Chánh văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Chủ tịch UBND các huyện căn cứ quyết định thi hành.
        """, names)  # noqa: E501
    assert (task.local_id, task.leads) == ("Điều 2", ["Văn phòng UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
                                                      "UBND các huyện"])


@pytest.mark.parametrize("opening", ["Các Ông (Bà):", "Các Ông :", "Các ông, bà:"])
def test_the_executors_opening_however_printed_is_no_body(parse, is_agency, names, opening):
    """"Điều 4. Các Ông (Bà): Chánh Văn phòng Bộ; Vụ trưởng Vụ …" (a ministry's decision, "Ông" capitalised): the
    ministry's office leads (the lead had been "Các Ông : Chánh Văn phòng Bộ")."""
    text = (f"QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch tiêm chủng.\nĐiều 2. {opening} Chánh Văn phòng Bộ; "
            "Vụ trưởng Vụ Kế hoạch - Tài chính chịu trách nhiệm thi hành Quyết định này.\n")
    task = lone_task(parse, is_agency, text, names)
    assert task.leads == ["Văn phòng Bộ", "Vụ Kế hoạch - Tài chính"]


def test_a_heads_title_misprinted_names_the_body_it_heads(parse, is_agency, names):
    """"Điều 3. …; Chù tịch UBND huyện, thành phố Cà Mau … chịu trách nhiệm thi hành" (Cà Mau, 2014; "Chủ tịch" with
    its tone mark misprinted): the committees, not a body "Chù tịch UBND huyện, thành phố Cà Mau"."""
    doc, blocks = parse("QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
                        "Điều 3. Chánh Văn phòng UBND tỉnh; Chù tịch UBND huyện, thành phố Cà Mau chịu trách nhiệm thi "
                        "hành Quyết định này.\n")
    assert extract_clauses(doc, blocks, is_agency, names)
    assert [t.leads for t in doc.tasks] == [["Văn phòng UBND tỉnh", "UBND huyện, thành phố Cà Mau"]]


def test_the_body_making_the_request_is_not_the_lead(is_agency):
    """"Bộ Y tế giao Cục … chủ trì, phối hợp với …": the ministry asks, the department leads."""
    from ingest.phrases import split_subject
    a = split_subject("Bộ Y tế giao Cục Quản lý Dược chủ trì, phối hợp với Vụ Pháp chế kiểm tra việc thực hiện.",
                      is_agency)
    assert a is not None and (a.leads, a.supports) == (["Cục Quản lý Dược"], ["Vụ Pháp chế"])
    a = split_subject("UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp Sở Tư pháp kiểm tra.", is_agency)
    assert a is not None and (a.leads, a.supports) == (["Sở Nội vụ"], ["Sở Tư pháp"])


def test_a_verb_of_speed_ends_the_lead(is_agency):
    """"UBND tỉnh cũng giao Sở LĐ-TB&XH đẩy nhanh tiến độ xây dựng nhà ở …": the department (its lead had been "Sở
    LĐ-TB&XH đẩy nhanh tiến độ")."""
    from ingest.phrases import split_subject
    for verb in ("đẩy nhanh tiến độ", "khẩn trương hoàn thành"):
        a = split_subject(f"UBND tỉnh cũng giao Sở LĐ-TB&XH {verb} xây dựng nhà ở chính sách.", is_agency)
        assert a is not None and a.leads == ["Sở LĐ-TB&XH"]


@pytest.mark.parametrize("text, leads, supports", [
    # a news page (2026): "cũng" (also) is no part of the lead (it had been "Các Thành viên Chính phủ cũng")
    ("Các Thành viên Chính phủ cũng chủ trì làm việc với các địa phương về tình hình triển khai dự án.",
     ["Các Thành viên Chính phủ"], []),
    # "tiếp tục chủ trì, phối hợp với …": the partners after it are read as after "chủ trì" (they had been lost)
    ("Sở Nội vụ tiếp tục chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục.", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    ("Sở Nội vụ sẽ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục.", ["Sở Nội vụ"], ["Sở Tư pháp"]),
    # "được giao" (assigned) is no part of it either (Bắc Kạn, 2021: "Hội Chữ thập đỏ tỉnh được giao")
    ("Hội Chữ thập đỏ tỉnh được giao chủ trì, phối hợp với Sở Y tế tổ chức ngày hiến máu.", ["Hội Chữ thập đỏ tỉnh"],
     ["Sở Y tế"]),
])
def test_an_adverb_before_the_role_is_no_part_of_the_lead(is_agency, text, leads, supports):
    from ingest.phrases import lead_phrase, split_subject
    a = split_subject(text, is_agency)
    assert a is not None and (a.leads, a.supports) == (leads, supports)
    parsed = lead_phrase(text)
    assert parsed is not None and parsed[0] == leads[0]


@pytest.mark.parametrize("text, leads, supports", [
    # a request after a clause, the body asking left unnamed (Lạng Sơn, 2025): it had given no task
    ("Theo đó, nhằm đẩy nhanh tiến độ chuyển đổi số trên địa bàn tỉnh, yêu cầu Sở Khoa học và Công nghệ chủ trì, phối "
     "hợp với các cơ quan liên quan rà soát các nội dung.", ["Sở Khoa học và Công nghệ"], ["các cơ quan liên quan"]),
    # signing a contract ends the body's name (Hà Nội, 2016: it had run on to "… ký hợp đồng với Báo …")
    ("Theo đó, giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch thành phố ký hợp đồng với Báo Diễn đàn doanh "
     "nghiệp thực hiện chuyên đề.", ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch thành phố"], []),
])
def test_a_notices_request(parse, is_agency, text, leads, supports):
    doc, blocks = parse(text + "\n")
    extract_clauses(doc, blocks, is_agency)
    assert [(t.leads, t.supports) for t in doc.tasks] == [(leads, supports)]


@pytest.mark.parametrize("meeting", ["cuộc họp", "buổi làm việc"])
def test_one_chairing_a_meeting_leads_no_task(parse, is_agency, meeting):
    """A news page: "Phó Chủ tịch UBND huyện Bùi Văn Mến chủ trì cuộc họp.": no task (one had been read, its lead "UBND
    huyện Bùi Văn Mến"); a body that leads a task in the same words still does."""
    doc, blocks = parse(f"Chiều ngày 2/8/2027, UBND huyện tổ chức họp thông qua kế hoạch sử dụng đất. Phó Chủ tịch "
                        f"UBND huyện Bùi Văn Mến chủ trì {meeting}.\n")
    extract_clauses(doc, blocks, is_agency)
    assert doc.tasks == []
    doc, blocks = parse("Theo kế hoạch, Phòng Tài nguyên và Môi trường chủ trì, phối hợp với các xã rà soát đất.\n")
    extract_clauses(doc, blocks, is_agency)
    assert [t.leads for t in doc.tasks] == [["Phòng Tài nguyên và Môi trường"]]
    # (a conference to organise is a task)
    doc, blocks = parse("Theo kế hoạch, Phòng Nội vụ chủ trì hội nghị sơ kết công tác cải cách hành chính.\n")
    extract_clauses(doc, blocks, is_agency)
    assert [t.leads for t in doc.tasks] == [["Phòng Nội vụ"]]


def test_a_councils_term_after_a_dash_is_no_start_of_its_task(is_agency):
    """"Hội đồng nhân dân tỉnh - khóa IX, kỳ họp thứ 16 giao trách nhiệm cho …": the council gives the task, it leads
    none (the dash before its term had ended its name, and the council was read as the lead)."""
    from ingest.phrases import split_subject
    a = split_subject("Hội đồng nhân dân tỉnh - khóa IX, kỳ họp thứ 16 giao trách nhiệm cho Ủy ban nhân dân tỉnh "
                      "triển khai thực hiện Nghị quyết.", is_agency)
    assert a is None or "Hội đồng nhân dân tỉnh" not in a.leads
    # a dash inside a name still goes on, a dash before the task still ends it
    a = split_subject("Sở Lao động - Thương binh và Xã hội chủ trì tổ chức thực hiện.", is_agency)
    assert a is not None and a.leads == ["Sở Lao động - Thương binh và Xã hội"]


def test_a_lead_ends_at_the_verb_of_appraising_or_balancing(parse, is_agency):
    """"Giao Sở Tài chính thẩm định định mức, cân đối nguồn kinh phí trình UBND tỉnh …" (a province's letter): the
    finance department leads (the lead had run on to "… trình UBND tỉnh")."""
    doc, blocks = parse("Kính gửi: Sở Công Thương\n1. Giao Sở Tài chính thẩm định định mức, cân đối nguồn kinh phí "
                        "trình UBND tỉnh bố trí kinh phí hỗ trợ.\n2. Giao Sở Công Thương cân đối nguồn vốn.\n")
    assert extract_clauses(doc, blocks, is_agency)
    assert [t.leads for t in doc.tasks] == [["Sở Tài chính"], ["Sở Công Thương"]]


def test_heads_who_work_together_are_each_their_body(parse, is_agency):
    """"Giao Giám đốc Sở Công Thương, Giám đốc Công ty TNHH Xuân Chính, Chủ tịch UBND thành phố Vị Thanh phối hợp tổ
    chức …": three bodies (the company and the city had been one name, "Giám đốc Công ty …, Chủ tịch UBND …")."""
    text = ("Kính gửi: Sở Công Thương\n1. Giao Giám đốc Sở Công Thương, Giám đốc Công ty TNHH Xuân Chính, "
            "Chủ tịch UBND thành phố Vị Thanh phối hợp tổ chức triển khai thực hiện theo đúng quy định.\n")
    task = lone_task(parse, is_agency, text)
    assert sorted(task.leads + task.supports) == \
        ["Công ty TNHH Xuân Chính", "Sở Công Thương", "UBND thành phố Vị Thanh"]


PARTY_LETTER = """
    Công văn số 52-CV/HU ngày 9/1/2024 của Ban Thường vụ Huyện ủy về tổ chức kỷ niệm ngày thành lập Đảng.

    Ban Thường vụ Huyện ủy yêu cầu:

    1/ Ban Cán sự Đảng Ủy ban nhân dân huyện xây dựng kế hoạch trang trí, tuyên truyền cổ động trực quan.

    2/ Các đảng ủy xã, thị trấn, chi bộ trực thuộc tổ chức sinh hoạt chuyên đề về lịch sử Đảng bộ huyện.

    3/ Đảng ủy Quân sự huyện phối hợp Công an huyện bảo đảm an ninh, trật tự trong dịp lễ.
    """


def test_the_items_a_request_with_a_colon_opens_name_their_bodies(parse, is_agency):
    """"Ban Thường vụ Huyện ủy yêu cầu: 1/ Ban Cán sự Đảng … 2/ Các đảng ủy xã …": each numbered item names the bodies
    asked, known to the gazetteer or not (the slash numbering was no item, and bodies the gazetteer does not know were
    taken only before "chủ trì")."""
    doc, blocks = parse(PARTY_LETTER)
    assert extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [
        ("1", ["Ban Cán sự Đảng Ủy ban nhân dân huyện"], []),
        ("2", ["Các đảng ủy xã, thị trấn, chi bộ trực thuộc"], []),
        ("3", ["Đảng ủy Quân sự huyện"], ["Công an huyện"]),
    ]


def test_items_with_no_request_before_them_need_known_bodies(parse, is_agency):
    """The same items after a paragraph that asks nothing: only a body the gazetteer knows opens a task."""
    text = PARTY_LETTER.replace("Ban Thường vụ Huyện ủy yêu cầu:", "Kết quả năm qua như sau:")
    doc, blocks = parse(text.replace("Đảng ủy Quân sự huyện", "Công an huyện").replace("phối hợp Công an huyện",
                                                                                       "phối hợp"))
    extract_clauses(doc, blocks, is_agency)
    assert [t.local_id for t in doc.tasks] == ["3"]


@pytest.mark.parametrize("opening", ["Đảng ủy Khối các cơ quan tỉnh", "Cấp uỷ các chi bộ trực thuộc",
                                     "Huyện ủy Lâm Hà", "Thị ủy Ba Đồn"])
def test_the_partys_committees_lead(parse, is_agency, opening):
    doc, blocks = parse(f"KẾ HOẠCH\n\n1. {opening} chủ trì, phối hợp với Sở Nội vụ tổ chức quán triệt nghị quyết.\n")
    assert extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("1", [opening], ["Sở Nội vụ"])]


def test_the_items_after_a_chairmans_opinion_name_their_bodies(parse, is_agency):
    """"Chủ tịch UBND huyện có ý kiến như sau: … 2. Đề nghị thành viên Ban Chỉ đạo … tham gia …; 3. Ủy ban nhân dân các
    xã, thị trấn quán triệt …": the committee's members and the communes' committees each lead their item."""
    doc, blocks = parse("""
        Số: 215/UBND
        Để thực hiện tốt Kế hoạch phòng, chống dịch bệnh mùa mưa, Chủ tịch Ủy ban nhân dân huyện có ý kiến như sau:

        1. Giao Phòng Y tế huyện chủ trì, phối hợp các đơn vị liên quan triển khai Kế hoạch.

        2. Đề nghị thành viên Ban Chỉ đạo phòng, chống dịch huyện tham gia kiểm tra theo địa bàn được phân công.

        3. Ủy ban nhân dân các xã, thị trấn quán triệt, triển khai Kế hoạch trên địa bàn.
        """)
    assert extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [
        ("1", ["Phòng Y tế huyện"], ["các đơn vị liên quan"]),
        ("2", ["thành viên Ban Chỉ đạo phòng, chống dịch huyện"], []),
        ("3", ["Ủy ban nhân dân các xã, thị trấn"], []),
    ]


@pytest.mark.parametrize("adverb", ["tích cực", "Thường xuyên"])
def test_an_adverb_of_manner_ends_the_bodies_asked(parse, is_agency, adverb):
    """"… yêu cầu các sở, ban, ngành và UBND các huyện, thành phố tích cực tuyên truyền …" (and one capitalised by
    mistake, "giao Sở Y tế Thường xuyên theo dõi …"): the adverb is no part of the last body's name."""
    text = (f"Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành và UBND các huyện, thành phố {adverb} tuyên "
            "truyền, vận động nhân dân treo cờ Tổ quốc.\n")
    task = lone_task(parse, is_agency, text)
    assert task.leads == ["các sở, ban, ngành và UBND các huyện, thành phố"]


def test_a_colon_after_the_request_before_the_bodies_asked(parse, is_agency):
    """"UBND Thành phố giao: UBND cấp xã thực hiện …" (a colon after "giao", the bodies on the same line), and the
    bodies the notice goes on naming with their verbs ("Sở Xây dựng đôn đốc …"): each leads its sentence."""
    doc, blocks = parse("Theo đó, xét đề nghị của Sở Xây dựng, UBND Thành phố giao: UBND cấp xã thực hiện các "
                        "nhiệm vụ quản lý trật tự xây dựng theo quy định.\n\nSở Xây dựng đôn đốc, hướng dẫn UBND "
                        "cấp xã kiểm tra, xử lý vi phạm.\n")
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("#1", ["UBND cấp xã"], []), ("#2", ["Sở Xây dựng"], [])]



def test_items_after_a_request_that_names_its_bodies_are_what_they_must_do(parse, is_agency):
    """"… đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:": the items say what to do, they name no bodies (a
    meeting, a case: "Hội nghị được tổ chức …", "Trường hợp không thể …" are none)."""
    doc, blocks = parse("""
        Số: 41/UBND-VP
        Để chuẩn bị hội nghị tổng kết năm 2027, UBND huyện đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:
        1. Hội nghị được tổ chức vào lúc 8 giờ ngày 20/12/2027 tại hội trường UBND huyện.
        2. Trường hợp không thể tham dự phải báo cáo bằng văn bản trước ngày 18/12/2027.
        3. Phòng Tài chính - Kế hoạch chuẩn bị kinh phí tổ chức hội nghị.
        """)
    extract_clauses(doc, blocks, is_agency)
    assert not any(lead.startswith(("Hội nghị", "Trường hợp")) for t in doc.tasks for lead in t.leads)
    assert [t.local_id for t in doc.tasks if t.local_id in ("1", "2")] == []


def test_a_notice_of_conclusions_judges_and_assigns_nothing_by_its_items(parse, is_agency):
    """"Ban Thường vụ Huyện ủy có ý kiến như sau:" in a notice of conclusions: items that judge what was done ("Trung
    tâm Văn hóa huyện tổ chức nhiều hoạt động sôi nổi") or agree a policy are no tasks (a letter's "có ý kiến như sau:"
    items are: test_the_items_after_a_chairmans_opinion_name_their_bodies)."""
    doc, blocks = parse("""
        THÔNG BÁO
        Kết luận của Ban Thường vụ Huyện ủy tại cuộc họp ngày 3/6/2027
        Sau khi nghe báo cáo, Ban Thường vụ Huyện ủy có ý kiến như sau:
        1. Trung tâm Văn hóa huyện tổ chức nhiều hoạt động sôi nổi, được Nhân dân đồng tình.
        2. Ban Thường vụ thống nhất chủ trương xây dựng nhà văn hóa xã Bình An.
        """)
    doc.meta.doc_type = "Thông báo"
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == []


def test_the_bodies_joining_a_committee_or_a_project_stay_one_name(parse, is_agency):
    """"Các cơ quan, đơn vị tham gia Ban Chỉ đạo …", "Các xã tham gia Dự án 2 chủ trì …": "tham gia" is membership here,
    part of the name; it ends a name only before the work joined in ("… tham gia chỉ đạo …")."""
    doc, blocks = parse("""
        Số: 77/UBND-VP
        Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, UBND huyện đề nghị:
        1. Các cơ quan, đơn vị tham gia Ban Chỉ đạo chịu trách nhiệm theo dõi địa bàn được phân công.
        2. Các xã tham gia Dự án 2 chủ trì xây dựng mô hình giảm nghèo.
        """)
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("1", ["Các cơ quan, đơn vị tham gia Ban Chỉ đạo"], []),
                          ("2", ["Các xã tham gia Dự án 2"], [])]


def test_a_committees_members_stated_accountable_lead_nothing(parse, is_agency, names):
    """"Điều 3. Thành viên Ban Chỉ đạo chịu trách nhiệm trước Trưởng ban …" says who answers to whom: the members lead
    only when a request names them ("Đề nghị thành viên Ban Chỉ đạo … tham gia …")."""
    doc, blocks = parse("QUYẾT ĐỊNH\nĐiều 3. Thành viên Ban Chỉ đạo chịu trách nhiệm trước Trưởng ban về lĩnh vực được "
                        "phân công.\n")
    extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == []


LETTERED_ARTICLE = """
    QUYẾT ĐỊNH:
    Điều 1. Phê duyệt Đề án giảm nghèo bền vững tỉnh giai đoạn 2027 - 2030.
    Điều 2. Giao:
    a) Sở Nội vụ trên cơ sở Đề án được phê duyệt, tiến hành xây dựng kế hoạch triển khai hằng năm.
    b) Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí thực hiện Đề án.
    c) Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện tại địa phương.
    Điều 3. Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành: Nội vụ, Tài chính chịu trách nhiệm thi
    hành Quyết định này./.
    """


def test_an_articles_lettered_items_each_assign(parse, is_agency, names):
    """"Điều 2. Giao: a) Sở Nội vụ trên cơ sở Đề án …, tiến hành …; b) Sở Tài chính chủ trì …": each lettered item is a
    task of the article (they had been none: only numbered items were read), its lead up to what it goes by ("trên cơ
    sở …"); "các sở, ngành: Nội vụ, Tài chính" names each department."""
    doc, blocks = parse(LETTERED_ARTICLE)
    assert extract_clauses(doc, blocks, is_agency, names)
    assert tasks(doc) == [
        ("Điều 2.a", ["Sở Nội vụ"], []),
        ("Điều 2.b", ["Sở Tài chính"], ["Sở Nội vụ"]),
        ("Điều 2.c", ["Ủy ban nhân dân các xã, phường"], []),
        ("Điều 3", ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính"], []),
    ]


@pytest.mark.parametrize("text, lead", [
    ("Trên cơ sở báo cáo của các đơn vị, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo UBND tỉnh.",
     "Sở Kế hoạch và Đầu tư"),
    ("Phòng Văn hóa và Thông tin đăng tải Đề cương tuyên truyền trên Cổng thông tin điện tử huyện.",
     "Phòng Văn hóa và Thông tin"),
    ("Các huyện ủy, đảng ủy cấp trên cơ sở chủ trì tổ chức học tập chuyên đề.",
     "Các huyện ủy, đảng ủy cấp trên cơ sở"),
])
def test_where_a_lead_ends(is_agency, text, lead):
    """"có nhiệm vụ" and "đăng tải" end the lead as "có trách nhiệm" and other verbs do; "cấp trên cơ sở" (the level
    above the grassroots) is part of a name, not "trên cơ sở" (on the basis of)."""
    a = split_subject(text, is_agency, lax=True)
    assert a is not None and a.leads == [lead]


@pytest.mark.parametrize("text, leads", [
    # "… Công văn số 3015/UBND-TN ngày 23/8/2027 yêu cầu Thủ trưởng các cơ quan …, Chủ tịch UBND các xã, thị trấn …":
    # the letter asks the bodies its heads stand for (its date had hidden the request)
    ("Theo đó, UBND huyện đã có Công văn số 3015/UBND-TN ngày 23/8/2027 yêu cầu Thủ trưởng các cơ quan, ban ngành, "
     "đoàn thể cấp huyện, Chủ tịch UBND các xã, thị trấn tổ chức ra quân làm vệ sinh môi trường.\n",
     ["các cơ quan, ban ngành, đoàn thể cấp huyện", "UBND các xã, thị trấn"]),
    # "Bộ … đề nghị UBND các tỉnh, thành phố trực thuộc trung ương; Thủ trưởng các cơ quan, đơn vị liên quan thuộc Bộ
    # phối hợp tổ chức …": the bodies asked go on after the semicolon to the verb (split there, neither part had made a
    # task; the head "Thủ trưởng" stands for the bodies)
    ("Bộ Nông nghiệp và Môi trường đề nghị UBND các tỉnh, thành phố trực thuộc trung ương; Thủ trưởng các cơ quan, đơn "
     "vị liên quan thuộc Bộ phối hợp tổ chức thực hiện công tác phòng, chống dịch.\n",
     ["UBND các tỉnh, thành phố trực thuộc trung ương", "các cơ quan, đơn vị liên quan thuộc Bộ"]),
])
def test_the_bodies_a_letters_request_names(parse, is_agency, text, leads):
    assert lone_task(parse, is_agency, text).leads == leads


def test_bodies_named_together_go_on_with_a_notices_run(parse, is_agency):
    """After a body's task, bodies named together go on with theirs, after a semicolon too and in lower case ("…; các
    sở, ban, ngành, đoàn thể, Ủy ban nhân dân cấp huyện tổ chức …"), and a list whose first part has no verb runs on
    across its semicolon ("Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn tuyên truyền …"): both had
    been lost or cut to their last body. A sentence about things ("các chế độ báo cáo …") is still none."""
    doc, blocks = parse("""
    Huyện Sông Mây triển khai Luật Xử lý vi phạm hành chính

    Sở Tư pháp chủ trì tổ chức hội nghị cấp tỉnh; các sở, ban, ngành, đoàn thể, Ủy ban nhân dân cấp huyện tổ chức tuyên truyền Luật trên các phương tiện thông tin đại chúng; các chế độ báo cáo thực hiện theo quy định.

    Phòng Tư pháp huyện hướng dẫn các xã rà soát văn bản. Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn tuyên truyền về ý nghĩa của Luật.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] == [
        ["Sở Tư pháp"], ["các sở, ban, ngành, đoàn thể, Ủy ban nhân dân cấp huyện"], ["Phòng Tư pháp huyện"],
        ["Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn"]]


def test_a_heading_that_says_in_brackets_what_its_bodies_are(parse, is_agency):
    """"1. Các sở, ban, ngành cấp tỉnh (là chủ đầu tư, cơ quan chủ trì dự án …):" heads the points under it: the words
    in brackets say what the bodies are, not who leads ("chủ trì" in them had cut the name, and the points were lost);
    a name's own brackets ("UBND các huyện (thị xã, thành phố)") stay."""
    doc, blocks = parse("""
    UBND tỉnh Sông Mây yêu cầu:

    1. Các sở, ban, ngành cấp tỉnh (là chủ đầu tư, cơ quan chủ trì dự án, tiểu dự án thuộc các chương trình mục tiêu quốc gia):

    - Cập nhật đầy đủ dữ liệu lên Hệ thống giám sát.

    - Phối hợp với Sở Tài chính tổng hợp dữ liệu báo cáo.

    2. UBND các huyện (thị xã, thành phố):

    - Chỉ đạo các xã cập nhật dữ liệu.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("1#1", ["Các sở, ban, ngành cấp tỉnh"], []), ("1#2", ["Các sở, ban, ngành cấp tỉnh"], []),
                          ("2#1", ["UBND các huyện (thị xã, thành phố)"], [])]


def test_a_run_of_requests_goes_on_through_paragraphs_of_the_same_bodys_work(parse, is_agency):
    """Paragraphs that go on with the work of the body named before them, naming none ("Đồng thời, chịu trách nhiệm …",
    "Thực hiện cưỡng chế …"), keep the run going: the next paragraph's body and verb are a task ("Sở Xây dựng đôn đốc
    …", "Công an tỉnh phối hợp với …"; both had been lost). A paragraph about something else still ends it."""
    doc, blocks = parse("""
    UBND tỉnh Sông Mây vừa ban hành Công văn số 812/UBND-ĐT về quản lý trật tự xây dựng.

    Theo đó, UBND tỉnh giao: UBND cấp xã thực hiện các nhiệm vụ quản lý trật tự xây dựng trên địa bàn.

    Đồng thời, chịu trách nhiệm trước UBND tỉnh về công tác quản lý trật tự xây dựng tại địa phương.

    Thực hiện cưỡng chế các công trình vi phạm; rà soát công trình vi phạm tồn đọng.

    Sở Xây dựng đôn đốc, hướng dẫn UBND cấp xã kiểm tra, xử lý vi phạm.

    Công an tỉnh phối hợp với Sở Xây dựng và UBND cấp xã quản lý trật tự xây dựng.

    Năm nay có nhiều công trình mới được khởi công.

    Sở Tài chính bố trí kinh phí cho các xã.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("#1", ["UBND cấp xã"], []), ("#2", ["Sở Xây dựng"], []),
                          ("#3", ["Công an tỉnh"], ["Sở Xây dựng và UBND cấp xã"])]


@pytest.mark.parametrize("text, leads, supports", [
    # the committee's opinion, then the body told, in one paragraph (the lead had been "UBND tỉnh có ý kiến như sau")
    ("Thực hiện Công văn số 61/BTTTT-CBC của Bộ Thông tin và Truyền thông; UBND tỉnh có ý kiến như sau: Sở Thông tin "
     "và Truyền thông chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, báo cáo kết quả.",
     ["Sở Thông tin và Truyền thông"], ["các cơ quan, đơn vị liên quan"]),
    # bodies told to act by their functions, right after their names
    ("Các sở, ban, ngành tỉnh, UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ được giao, chủ động phối hợp với "
     "Hội Khuyến học các cấp triển khai thực hiện Chương trình.",
     ["Các sở, ban, ngành tỉnh, UBND các huyện, thành phố"], []),
    # a body the committee assigned, in the passive (the committee had been read as making a request)
    ("Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Văn hóa và Thể thao xây dựng kế "
     "hoạch triển khai cụ thể.", ["Sở Thông tin và Truyền thông"], ["Sở Văn hóa và Thể thao"]),
    # a request after "đồng thời", with no comma before it
    ("UBND tỉnh đã đồng ý để UBND huyện Sông Mây xây dựng Đề án Lễ hội đồng thời giao Sở Văn hóa, Thể thao và Du lịch "
     "chủ trì phối hợp với UBND huyện Sông Mây thẩm định Đề án theo đúng quy định.",
     ["Sở Văn hóa, Thể thao và Du lịch"], ["UBND huyện Sông Mây"]),
    # heads named by a bare title before the others: "các bộ trưởng" stands for the ministries
    ("Tại công điện này, Thủ tướng yêu cầu các bộ trưởng, Chủ tịch UBND các tỉnh, thành phố tiếp tục theo dõi, đôn đốc "
     "việc triển khai các nghị định.", ["các Bộ", "UBND các tỉnh, thành phố"], []),
    # a request after "và", the body asking named at the sentence's start, and a social-insurance body abbreviated
    # (none had been read)
    ("Bảo hiểm xã hội Việt Nam ban hành mẫu báo cáo quý và yêu cầu BHXH các tỉnh, thành phố thực hiện chế độ báo "
     "cáo mới từ quý III.", ["BHXH các tỉnh, thành phố"], []),
    ("Đề nghị BHXH Bộ Quốc phòng và BHXH các tỉnh, thành phố căn cứ hướng dẫn trên tổ chức thực hiện.",
     ["BHXH Bộ Quốc phòng và BHXH các tỉnh, thành phố"], []),
    # a verb of care or of sending people ends the bodies' names (it had been read as part of the last one)
    ("Bộ Nội vụ đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo việc tinh giản biên chế.",
     ["Ủy ban nhân dân các tỉnh, thành phố"], []),
    ("Đề nghị Bộ Quốc phòng, Bộ Công an cử đại diện tham gia Đoàn kiểm tra liên ngành.",
     ["Bộ Quốc phòng, Bộ Công an"], []),
    # a national body or a steering board asks, named in full before its verb (no request had been read)
    ("Để chủ động ứng phó với bão, Ban Chỉ đạo Trung ương về phòng, chống thiên tai yêu cầu các Bộ, ngành theo dõi "
     "chặt chẽ diễn biến của bão.", ["các Bộ, ngành"], []),
    ("Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế tồn đọng.",
     ["Cục Thuế các tỉnh, thành phố"], []),
    # a courtesy before the request, a verb of response after "cùng" (no request had been read)
    ("Nhằm quảng bá di sản, Bộ Văn hóa, Thể thao và Du lịch trân trọng đề nghị các Sở Văn hóa, Thể thao và Du lịch, "
     "các bảo tàng cùng hưởng ứng và tổ chức giới thiệu cho khách tham quan.",
     ["các Sở Văn hóa, Thể thao và Du lịch, các bảo tàng"], []),
    ("Giao Bộ trưởng Bộ Xây dựng thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình gửi Quốc hội.",
     ["Bộ Xây dựng"], []),
    ("Giao Công an phường, Tổ Quản lý đô thị gửi thông báo đến các hộ kinh doanh trên địa bàn.",
     ["Công an phường, Tổ Quản lý đô thị"], []),
])
def test_who_a_notice_says_is_told(parse, is_agency, text, leads, supports):
    task = lone_task(parse, is_agency, text)
    assert (task.leads, task.supports) == (leads, supports)


def test_a_report_of_what_bodies_did_by_their_functions_is_no_task(parse, is_agency):
    """"theo chức năng, nhiệm vụ" makes a task only right after the bodies' names, not in a report of what they did."""
    doc, blocks = parse("Sở Tư pháp tổ chức 12 hội nghị tuyên truyền trong năm 2026 theo chức năng, nhiệm vụ được "
                        "giao.")
    assert not extract_clauses(doc, blocks, is_agency)


def test_a_subject_does_not_end_inside_brackets(is_agency):
    """A role word inside brackets ("(sau đây gọi tắt là cơ quan chủ trì)") does not end the subject before them."""
    a = split_subject("Các sở, ban, ngành tỉnh (sau đây gọi tắt là cơ quan chủ trì) có trách nhiệm xây dựng kế hoạch.",
                      is_agency)
    assert a is not None and a.subject == "Các sở, ban, ngành tỉnh (sau đây gọi tắt là cơ quan chủ trì)"


def test_an_assent_to_give_work_is_a_request(parse, is_agency):
    """"1. Thống nhất chủ trương giao UBND huyện … xây dựng Đề án …" gives the work as "Giao …" does."""
    doc, blocks = parse("""
    Chủ tịch UBND tỉnh có ý kiến như sau:

    1. Thống nhất chủ trương giao UBND huyện Sông Mây xây dựng Đề án phát triển du lịch huyện đến năm 2030.

    2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính hướng dẫn UBND huyện Sông Mây.
    """)
    assert extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("1", ["UBND huyện Sông Mây"], []),
                          ("2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"])]


def test_a_lettered_agency_heading_inside_an_item_leads_its_points(parse, is_agency):
    """A directive's numbered measure with lettered agency headings and points under each ("1. Tập trung rà soát … /
    a) Cục Thuế có trách nhiệm: / - Xác định …"): one task per point, led by the heading's body (they had been
    lost)."""
    doc, blocks = parse("""
    Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành tập trung thực hiện một số giải pháp sau đây:

    1. Tập trung rà soát, xác định chính xác các đối tượng phải kê khai nộp thuế.

    a) Cục Thuế có trách nhiệm:

    - Xác định chính xác đối tượng nộp thuế, doanh thu và mức thuế phải nộp.

    - Công khai danh sách hộ kinh doanh nộp thuế khoán.

    b) Sở Tài chính:

    - Tham mưu bố trí kinh phí cho công tác thu ngân sách.

    2. Tăng cường công tác thanh tra, kiểm tra thuế.
    """)
    assert extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("1.a#1", ["Cục Thuế"], []), ("1.a#2", ["Cục Thuế"], []), ("1.b#1", ["Sở Tài chính"], [])]


@pytest.mark.parametrize("text", [
    # what bodies did by their functions, and the next body's results after it
    "Các sở, ban, ngành căn cứ chức năng, nhiệm vụ đã ban hành 120 văn bản hướng dẫn. Ủy ban nhân dân các huyện tổ "
    "chức quán triệt cho 3.000 lượt cán bộ.",
    # a body that did what it was given, passive and past
    "Sở Văn hóa, Thể thao và Du lịch được UBND tỉnh giao chủ trì tổ chức Festival năm 2026 và đã tổ chức thành công.",
    # land handed over after "đồng thời giao", to households
    "UBND huyện Sông Mây đã thu hồi 12 ha đất, đồng thời giao cho các hộ dân tái định cư quản lý, sử dụng 3 ha đất ở.",
    # the opinion reports what a department did, praised
    "Chủ tịch UBND tỉnh có ý kiến như sau: Sở Kế hoạch và Đầu tư đã chủ trì, phối hợp tổ chức thành công Hội nghị xúc "
    "tiến đầu tư, được các nhà đầu tư đánh giá cao.",
    # goods, not sectors, after a request's semicolon
    "UBND tỉnh yêu cầu Sở Công Thương tăng cường kiểm tra thị trường; các ngành hàng thiết yếu tiếp tục được bình ổn "
    "giá.",
])
def test_what_bodies_did_or_were_given_is_no_task(parse, is_agency, text):
    """Reports, praise, land and goods the new readings of notices must not take for tasks (an adversarial review found
    each): only the request's own body, if any, is a task."""
    doc, blocks = parse(text)
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] in ([], [["Sở Công Thương"]])


def test_a_new_topic_ends_a_notices_run(parse, is_agency):
    """A paragraph on another topic ("Ngoài ra, năm 2026 …", "Báo cáo của Thanh tra …") ends the run of a notice's
    requests: the body named after it with what it did is no task."""
    doc, blocks = parse("""
    UBND tỉnh yêu cầu Sở Xây dựng chủ trì kiểm tra trật tự xây dựng trên địa bàn.

    Báo cáo của Thanh tra Sở Xây dựng cho thấy, trong năm 2026 có 120 công trình vi phạm.

    Công an tỉnh xử lý 45 vụ vi phạm trật tự xây dựng.

    Ngoài ra, năm 2026 tỉnh đón hơn 9 triệu lượt khách du lịch.

    Trung tâm Xúc tiến Du lịch tổ chức thành công 15 sự kiện.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)] == [["Sở Xây dựng"]]


@pytest.mark.parametrize("text, leads", [
    # a body assigned in the passive, its assigner named with a place, or the task called "nhiệm vụ"
    ("Sở Văn hóa, Thể thao và Du lịch được UBND tỉnh Sông Mây giao chủ trì, phối hợp với Sở Tài chính tổ chức lễ hội.",
     ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở Văn hóa, Thể thao và Du lịch được UBND tỉnh giao nhiệm vụ chủ trì, phối hợp với Sở Tài chính tổ chức lễ hội.",
     ["Sở Văn hóa, Thể thao và Du lịch"]),
    # a verb inside brackets is no verb of the subject: the article keeps its task
    ("Điều 3. Giao UBND các huyện (trừ các huyện đã hoàn thành việc rà soát năm 2026) tổ chức rà soát hộ nghèo.",
     ["UBND các huyện (trừ các huyện đã hoàn thành việc rà soát năm 2026)"]),
])
def test_leads_the_review_found_misread(parse, is_agency, text, leads):
    doc, blocks = parse(text)
    assert extract_clauses(doc, blocks, is_agency)
    assert doc.tasks[0].leads == leads


def test_one_ministers_two_titles_are_not_every_ministry(parse, is_agency):
    """"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" is one minister's two titles, not "các Bộ" (every ministry), which
    "các bộ trưởng, Chủ tịch UBND các tỉnh" names."""
    doc, blocks = parse("Điều 3. Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Bộ trưởng Bộ Tài chính chịu trách nhiệm thi "
                        "hành Quyết định này.")
    extract_clauses(doc, blocks, is_agency)
    assert doc.tasks and not any(lead.startswith("các Bộ") for t in doc.tasks for lead in t.leads)


def test_lettered_headings_that_name_no_body_or_sit_inside_an_agencys_item(parse, is_agency):
    """Lettered headings are agency headings only when they name bodies and no agency's item holds them: "1. Sở Y tế:
    / a) Các nhiệm vụ thường xuyên: / - …" are Sở Y tế's points; "a) Các chỉ tiêu chủ yếu:", "b) Báo cáo định kỳ:" and
    "a) Các hộ gia đình, cá nhân kinh doanh có trách nhiệm:" lead nothing; the recipients after "Nơi nhận:" are no
    points."""
    doc, blocks = parse("""
    Chủ tịch UBND tỉnh yêu cầu:

    1. Sở Y tế:

    a) Các nhiệm vụ thường xuyên:

    - Tăng cường giám sát dịch bệnh.

    b) Các nhiệm vụ trọng tâm:

    - Tổ chức tiêm chủng mở rộng.

    2. Tập trung rà soát nguồn thu ngân sách.

    a) Các chỉ tiêu chủ yếu:

    - Thu nội địa đạt 12.000 tỷ đồng.

    b) Báo cáo định kỳ:

    - Hằng tháng gửi báo cáo về Sở Tài chính.

    3. Tăng cường phòng cháy tại nhà ở kết hợp kinh doanh.

    a) Các hộ gia đình, cá nhân kinh doanh có trách nhiệm:

    - Trang bị bình chữa cháy.

    b) Công an tỉnh có trách nhiệm:

    - Kiểm tra các hộ kinh doanh.

    4. Sở Tài chính:

    - Bố trí kinh phí.

    Nơi nhận:

    - Như trên;

    - Lưu: VT.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("1#1", ["Sở Y tế"], []), ("1#2", ["Sở Y tế"], []), ("1#3", ["Sở Y tế"], []),
                          ("1#4", ["Sở Y tế"], []), ("3.b#1", ["Công an tỉnh"], []), ("4#1", ["Sở Tài chính"], [])]


def test_a_body_named_without_its_head_among_heads_is_a_body_of_its_own(parse, is_agency, names):
    """An execution article may name a body without its head between heads ("…; Giám đốc Quỹ Phòng chống thiên tai; Ban
    Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh; Thủ trưởng …"): it is a body of its own, not part of the
    name before its semicolon."""
    task = lone_task(parse, is_agency, """
        Điều 2. Giám đốc Sở Tài chính; Giám đốc Quỹ Phòng chống thiên tai; Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
        """, names)  # noqa: E501
    assert task.leads == ["Sở Tài chính", "Quỹ Phòng chống thiên tai",
                          "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh",
                          "các cơ quan, đơn vị có liên quan"]


@pytest.mark.parametrize("heads, leads", [
    # an elliptical list's names after a colon stay in the list, whatever word opens them
    ("Giám đốc các Sở: Tài chính; Giao thông vận tải; Xây dựng",
     ["Sở Tài chính", "Sở Giao thông vận tải", "Sở Xây dựng"]),
    ("Chủ tịch UBND các huyện: Ý Yên; Vụ Bản; Mỹ Lộc", ["UBND các huyện: Ý Yên; Vụ Bản; Mỹ Lộc"]),
    # a collective's next word is no body
    ("Thủ trưởng các Sở; Ban, ngành tỉnh", ["các Sở; Ban, ngành tỉnh"]),
    # full names after semicolons are bodies of their own
    ("Giám đốc Sở Y tế; Bệnh viện Đa khoa tỉnh; Kho bạc Nhà nước tỉnh", ["Sở Y tế", "Bệnh viện Đa khoa tỉnh",
                                                                        "Kho bạc Nhà nước tỉnh"]),
])
def test_which_semicolons_part_an_articles_bodies(parse, is_agency, names, heads, leads):
    task = lone_task(parse, is_agency, f"Điều 3. Chánh Văn phòng UBND tỉnh; {heads}; Chủ tịch UBND các xã chịu trách "
                                       "nhiệm thi hành Quyết định này.", names)
    assert task.leads == ["Văn phòng UBND tỉnh", *leads, "UBND các xã"]


def test_a_notice_reports_what_a_decision_gives(parse, is_agency):
    """"Cũng tại Quyết định giao X; Thủ trưởng …; Ủy ban nhân dân … chịu trách nhiệm thi hành …": the decision a notice
    reports makes the request (there had been no task); a decision that hands over land names no body."""
    doc, blocks = parse("Hướng dẫn là cơ sở để đánh giá các tiêu chí nông thôn mới. Cũng tại Quyết định giao Văn phòng "
                        "Điều phối nông thôn mới tỉnh; Thủ trưởng các phòng, đơn vị trực thuộc Sở; Ủy ban nhân dân các "
                        "huyện, thị xã và thành phố chịu trách nhiệm thi hành quyết định này.")
    extract_clauses(doc, blocks, is_agency)
    assert [t.leads for t in doc.tasks] == [["Văn phòng Điều phối nông thôn mới tỉnh",
                                             "các phòng, đơn vị trực thuộc Sở",
                                             "Ủy ban nhân dân các huyện, thị xã và thành phố"]]
    doc, blocks = parse("UBND huyện đã có Quyết định giao đất cho 12 hộ dân tái định cư.")
    assert not extract_clauses(doc, blocks, is_agency)


def test_an_article_addressed_to_heads_of_collectives(parse, is_agency):
    """"Điều 2. Thủ trưởng các sở - ngành, Chủ tịch Ủy ban nhân dân các quận - huyện … căn cứ …, xây dựng …": the bodies
    the heads lead are told what to do, as a request's are (the article had given no task: a list of collectives is no
    name the gazetteer knows), and a dash between kinds of bodies ("sở - ngành", "quận - huyện") is no end of a name."""
    doc, blocks = parse("""
    QUYẾT ĐỊNH:

    Điều 1. Ban hành kèm theo Quyết định này Chương trình giảm ô nhiễm môi trường thành phố Sông Mây.

    Điều 2. Thủ trưởng các sở - ngành, Chủ tịch Ủy ban nhân dân các quận - huyện căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể thực hiện Chương trình.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("Điều 2", ["các sở - ngành", "Ủy ban nhân dân các quận - huyện"], [])]


def test_a_dash_after_a_body_still_ends_its_name_before_its_role(is_agency):
    """The dash between kinds of bodies goes on with the name; one before a role ("Sở Y tế - cơ quan thường trực")
    still ends it."""
    a = split_subject("Sở Y tế - cơ quan thường trực, phối hợp với Sở Tài chính hướng dẫn các xã.", is_agency)
    assert a is not None and a.subject == "Sở Y tế"


def test_an_execution_clause_whose_article_label_the_page_lost(parse, is_agency):
    """A decision's page that lost its articles' labels still prints the execution clause after "QUYẾT ĐỊNH:": its
    heads are the executors, one task (none had been read); a sentence naming heads with no "thi hành" is none."""
    doc, blocks = parse("""
    QUYẾT ĐỊNH:
    Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp, Chủ tịch UBND các huyện, thị xã chịu trách nhiệm thi hành Quyết định này./.

    Nơi nhận: - Như trên; - Lưu: VT.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("#1", ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "UBND các huyện, thị xã"], [])]
    doc, blocks = parse("Giám đốc Sở Tư pháp, Chủ tịch UBND các huyện chịu trách nhiệm trước UBND tỉnh về kết quả.")
    assert not extract_clauses(doc, blocks, is_agency)


@pytest.mark.parametrize("text, leads, supports", [
    # a body given a task in the passive, named in full: not a requester ("được giao" read as its request)
    ("Văn phòng Điều phối nông thôn mới tỉnh được giao chủ trì, phối hợp với Sở Xây dựng hướng dẫn các xã lập hồ sơ.",
     ["Văn phòng Điều phối nông thôn mới tỉnh"], ["Sở Xây dựng"]),
    # "giao ban" (a briefing), "giao trả" (handing back), "các yêu cầu" (requirements): no request
    ("Văn phòng UBND tỉnh chủ trì, chuẩn bị nội dung họp giao ban và tổng hợp báo cáo của các sở, ngành.",
     ["Văn phòng UBND tỉnh"], []),
    ("Văn phòng UBND tỉnh chủ trì tiếp nhận hồ sơ và giao trả kết quả cho tổ chức, cá nhân.",
     ["Văn phòng UBND tỉnh"], []),
    ("Cục Quản lý thị trường tỉnh chủ trì, bảo đảm các yêu cầu về kiểm tra hàng hóa dịp Tết.",
     ["Cục Quản lý thị trường tỉnh"], []),
    # "gửi" inside a name: no verb ("Nhà gửi trẻ", "bãi gửi xe", "Bảo hiểm Tiền gửi")
    ("Giao Ban Quản lý chợ và bãi gửi xe trung tâm huyện chủ trì, phối hợp với Công an thị trấn tổ chức lại chỗ đỗ xe.",
     ["Ban Quản lý chợ và bãi gửi xe trung tâm huyện"], ["Công an thị trấn"]),
])
def test_words_of_a_name_are_no_request_or_verb(parse, is_agency, text, leads, supports):
    """What the adversarial review of this stop's rules found (each had lost its task or cut the name): a request's
    verb inside a name's words or a compound, and "gửi" inside a name."""
    task = lone_task(parse, is_agency, text)
    assert (task.leads, task.supports) == (leads, supports)


@pytest.mark.parametrize("text", [
    # heads in a meeting's record, told nothing: what they did there
    "Tại buổi làm việc, Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh căn cứ chức năng, nhiệm vụ được giao giải "
    "đáp các kiến nghị của doanh nghiệp.",
    # a proposal and requirements as nouns after "và"
    "Căn cứ kết quả kiểm tra thực tế và đề nghị Sở Tài chính tại Tờ trình số 112/TTr-STC, UBND tỉnh thống nhất phương "
    "án phân bổ.",
    "Kết quả năm 2026 chưa đáp ứng mục tiêu và yêu cầu Ban Chỉ đạo tỉnh đặt ra về đẩy mạnh chuyển đổi số.",
    # what a body did, then a hand-over, and a body's proposal a report relays
    "UBND huyện đã thu hồi 1,2 ha đất và giao cho Trường Tiểu học Tân Hòa xây dựng sân chơi.",
    "Sở Công Thương đã tổ chức kiểm tra và đề nghị UBND tỉnh xem xét xử lý các cơ sở vi phạm.",
    # a department's past direction, in a report
    "Năm 2026, Cục Thống kê tỉnh chỉ đạo các Chi cục Thống kê khu vực triển khai Tổng điều tra kinh tế.",
])
def test_what_heads_and_bodies_did_or_nouns_are_no_task(parse, is_agency, text):
    doc, blocks = parse(text)
    assert not extract_clauses(doc, blocks, is_agency)


def test_an_articles_heads_that_may_do_something_are_no_task(parse, is_agency):
    """Heads in an article are told what to do on what grounds ("… căn cứ …, xây dựng …"); one granted a power ("được
    sử dụng con dấu …") is given no task."""
    doc, blocks = parse("""
    QUYẾT ĐỊNH:

    Điều 1. Thành lập Hội đồng xét tuyển viên chức năm 2027.

    Điều 2. Chủ tịch Hội đồng xét tuyển được sử dụng con dấu của Sở Nội vụ trong quá trình xét tuyển.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert "Điều 2" not in [t.local_id for t in doc.tasks]


def test_a_schemes_items_name_no_body(parse, is_agency):
    """"BHXH tự nguyện", "BHXH bắt buộc" are insurance schemes, not bodies: their items are no tasks."""
    doc, blocks = parse("""
    Bảo hiểm xã hội Việt Nam giao chỉ tiêu phát triển người tham gia năm 2027 như sau:

    1. BHXH tự nguyện: phấn đấu tăng 15% số người tham gia so với năm 2026.

    2. BHXH bắt buộc: bảo đảm thu đúng, thu đủ theo quy định.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert [t.local_id for t in doc.tasks if t.local_id in ("1", "2")] == []


def test_a_focal_point_and_an_article_label_split_over_lines(parse, is_agency):
    """"Sở X là đầu mối chủ trì, phối hợp với …": "là đầu mối" is the body's role, no part of its name (it had been);
    the next article run into the block of one saying when the decision takes effect, its label split over lines
    ("Điều 3. Quyết định này có hiệu lực …" / "Điều" / "4." / "Chánh Văn phòng …"), is that article, its label no part
    of the first executor's name (it had been "Điều 4. Chánh Văn phòng UBND tỉnh")."""
    doc, blocks = parse("""
    QUYẾT ĐỊNH:
    Điều 1. Phê duyệt Đề án xây dựng nông thôn mới tỉnh Sông Mây.
    Điều 2. Sở Nông nghiệp và PTNT là đầu mối chủ trì, phối hợp với các sở, ban, ngành chỉ đạo triển khai Quyết định này.
    Điều 3. Quyết
    định này có hiệu lực kể từ ngày ký.
    Điều
    4.
    Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ban, ngành và Chủ tịch UBND các huyện chịu trách
    nhiệm thi hành Quyết định này./.
    """)  # noqa: E501
    extract_clauses(doc, blocks, is_agency)
    assert tasks(doc) == [("Điều 2", ["Sở Nông nghiệp và PTNT"], ["các sở, ban, ngành"]),
                          ("Điều 4", ["Văn phòng UBND tỉnh", "các sở, ban, ngành", "UBND các huyện"], [])]


@pytest.mark.parametrize("text", [
    # what heads did, or did not do, in a report; a rule of law a reply explains; reported speech
    "Năm 2026, Giám đốc các sở, ngành, Chủ tịch UBND các huyện, thị xã đã chịu trách nhiệm thi hành nghiêm túc các "
    "quyết định của UBND tỉnh.",
    "Chủ tịch UBND xã Tân Hòa chưa chịu trách nhiệm thi hành quyết định cưỡng chế của UBND huyện.",
    "Theo quy định, Thủ trưởng cơ quan thi hành án dân sự có trách nhiệm thi hành bản án theo Luật Thi hành án dân sự.",
    # a bank's report: what it asked, again and again
    "Trong 9 tháng, Ngân hàng Nhà nước chi nhánh tỉnh thường xuyên yêu cầu các tổ chức tín dụng rà soát, cơ cấu lại "
    "nợ.",
    # a grant of power to heads in an article, on the grounds of another
    "Điều 2. Hiệu trưởng các trường trung học phổ thông căn cứ quy định tại Điều 1 được tự quyết định mức chi.",
])
def test_second_review_no_task(parse, is_agency, text):
    """What the second adversarial review of this stop's rules found read as tasks (each mended)."""
    doc, blocks = parse(text)
    assert "Điều 2" not in [t.local_id for t in doc.tasks] if text.startswith("Điều") else \
        not extract_clauses(doc, blocks, is_agency)


def test_requests_of_a_directive_and_its_closing_heads_are_all_read(parse, is_agency):
    """A directive's requests in prose, then its closing "Giám đốc các sở, … chịu trách nhiệm thi hành Chỉ thị này": the
    requests are its tasks (the closing paragraph had been read alone as the executors, the requests lost)."""
    doc, blocks = parse("""
    Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện kiểm tra các hồ chứa.

    Yêu cầu UBND các huyện, thị xã rà soát phương án sơ tán dân.

    Giám đốc các sở, ngành, Chủ tịch UBND các huyện, thị xã chịu trách nhiệm thi hành Chỉ thị này.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert [ls for _, ls, _ in tasks(doc)][:2] == [["Sở Nông nghiệp và Môi trường"], ["UBND các huyện, thị xã"]]


def test_a_board_named_for_what_it_responds_to_keeps_its_name(parse, is_agency):
    """"Ban Tổ chức Giải chạy hưởng ứng Ngày chạy Olympic …" as a supporter keeps its whole name ("hưởng ứng" ends a
    name only after "cùng")."""
    task = lone_task(parse, is_agency, "Giao Trung tâm Văn hóa huyện chủ trì, phối hợp với Ban Tổ chức Giải chạy hưởng "
                     "ứng Ngày chạy Olympic vì sức khỏe toàn dân huyện tổ chức giải chạy.")
    assert task.supports == ["Ban Tổ chức Giải chạy hưởng ứng Ngày chạy Olympic vì sức khỏe toàn dân huyện"]


@pytest.mark.parametrize("text", [
    "Công an tỉnh kiểm tra 45 cơ sở kinh doanh, phát hiện 12 cơ sở vi phạm và đề nghị UBND các huyện, thị xã xử lý.",
    "Các cơ sở giáo dục mầm non chưa đáp ứng tiêu chuẩn và yêu cầu Bộ Giáo dục và Đào tạo hướng dẫn tại Thông tư số "
    "13/2020/TT-BGDĐT.",
])
def test_a_report_or_a_shortfall_makes_no_request_after_va(parse, is_agency, text):
    """After "và", a request in a report (what the police found and proposed) or a collective's shortfall (requirements,
    a noun) is none."""
    doc, blocks = parse("BÁO CÁO\nKết quả kiểm tra năm 2027\n" + text if text.startswith("Công an") else text)
    if text.startswith("Công an"):
        doc.meta.doc_type = "Báo cáo"
    assert not extract_clauses(doc, blocks, is_agency)


def test_a_benefits_items_name_no_body(parse, is_agency):
    """"BHXH một lần", "BHXH, BHYT học sinh" are a benefit and schemes: their items are no tasks."""
    doc, blocks = parse("""
    Bảo hiểm xã hội Việt Nam đề ra chỉ tiêu năm 2027 như sau:

    1. BHXH một lần: giải quyết đúng hạn 100% hồ sơ.

    2. BHXH, BHYT học sinh, sinh viên: phấn đấu đạt 100% số học sinh tham gia.
    """)
    extract_clauses(doc, blocks, is_agency)
    assert [t.local_id for t in doc.tasks if t.local_id in ("1", "2")] == []

"""Standing duties (ingest/duties.py, ingest/phrases.py): what "TỔ CHỨC THỰC HIỆN" asks of each agency
in a plan that assigns its tasks elsewhere, read from invented plans in each layout (agency heading and
its points, a collective and its members, sentences that open with their agencies), with roles, text
and source lines; and how the builder writes them (kh:Duty, never kh:Task)."""

from __future__ import annotations

import pytest

from ingest.duties import extract_duties
from ingest.phrases import heads_to_bodies, partners, split_subject
from ingest.rdf import build_document
from kehoach.vocab import DCT, KH, OA, PROV, RDF

TITLE = """
    ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

    Số: 21/KH-UBND

    Đồng Tháp, ngày 9 tháng 3 năm 2026

    ## KẾ HOẠCH

    ## Phát triển du lịch cộng đồng

    """

HEAD = TITLE + """
    I. NHIỆM VỤ

    | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
    |---|---|---|---|
    | 1.1 | Khảo sát các điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Tài chính |
    | 1.2 | Đào tạo hướng dẫn viên tại chỗ | Sở Giáo dục và Đào tạo | Tỉnh đoàn |

    """

HEADINGS = HEAD + """
    II. TỔ CHỨC THỰC HIỆN

    1. Sở Văn hóa, Thể thao và Du lịch

    - Là cơ quan thường trực; chủ trì, phối hợp với các sở, ban, ngành theo dõi việc thực hiện Kế hoạch.

    - Phối hợp các đơn vị có liên quan xây dựng bộ tiêu chí điểm du lịch cộng đồng.

    2. Sở Tài chính

    Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm.

    3. Các đơn vị thuộc khối văn hóa - xã hội bao gồm: Y tế, Nội vụ, Giáo dục và Đào tạo

    a) Lồng ghép nội dung của Kế hoạch vào kế hoạch hằng năm của đơn vị.

    Kế hoạch lồng ghép gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 30/4.

    b) Cử cán bộ tham gia các lớp tập huấn.

    Yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện Kế hoạch này./.

    Nơi nhận:
    - Như trên;
    """

SENTENCES = HEAD + """
    II. TỔ CHỨC THỰC HIỆN

    1. Các sở, ban, ngành và UBND các xã, phường theo chức năng, nhiệm vụ được giao, có trách nhiệm: xây dựng kế hoạch triển khai hằng năm.

    2. Giao Sở Nội vụ là cơ quan đầu mối, phối hợp với các sở, ban, ngành tham mưu sơ kết, tổng kết Kế hoạch.

    3. Trên cơ sở đề xuất của các sở, ban, ngành, địa phương, Sở Tài chính phối hợp các đơn vị, địa phương bố trí kinh phí thực hiện Kế hoạch.

    4. Sở Ngoại vụ phối hợp tham mưu việc tranh thủ các nguồn lực hợp tác quốc tế.

    Trong quá trình thực hiện nếu có vướng mắc, đề nghị các cơ quan, đơn vị báo cáo về Ủy ban nhân dân tỉnh./.
    """  # noqa: E501


def duties(doc):
    return [(d.local_id, d.leads, d.supports) for d in doc.duties]


@pytest.fixture
def is_agency(gaz):
    def check(phrase: str) -> bool:
        return any(m.entry is not None for m in gaz.resolve(phrase))
    return check


# -- sentences ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,subject,leads,supports", [
    ("Giao Sở Nội vụ là cơ quan đầu mối, phối hợp với các sở, ban, ngành tham mưu tổng kết Kế hoạch.",
     "Sở Nội vụ", ["Sở Nội vụ"], ["các sở, ban, ngành"]),
    ("Trên cơ sở đề xuất của các sở, ban, ngành, Sở Tài chính phối hợp các đơn vị bố trí kinh phí.",
     "Sở Tài chính", ["Sở Tài chính"], ["các đơn vị"]),
    ("Sở Ngoại vụ phối hợp tham mưu việc tranh thủ các nguồn lực.", "Sở Ngoại vụ", [], ["Sở Ngoại vụ"]),
    ("Sở Tài chính hằng năm cân đối, bố trí kinh phí thực hiện Kế hoạch.", "Sở Tài chính", ["Sở Tài chính"], []),
    ("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an tỉnh kiểm tra việc thực hiện.",
     "Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"], ["Công an tỉnh"]),
    ("Sở Y tế - cơ quan thường trực của Ban chỉ đạo tỉnh - tham mưu tổ chức sơ kết.", "Sở Y tế", ["Sở Y tế"], []),
    # "làm cơ quan …", and the partners after a role said at length
    ("Giao Sở Ngoại vụ làm cơ quan thường trực về hội nhập quốc tế trên địa bàn tỉnh và chủ trì, phối hợp với các sở, "
     "ban ngành, các tổ chức chính trị - xã hội tỉnh triển khai thực hiện Kế hoạch.",
     "Sở Ngoại vụ", ["Sở Ngoại vụ"], ["các sở, ban ngành, các tổ chức chính trị - xã hội tỉnh"]),
    # a steering committee among the partners, and a name in quotes with verbs inside: the partners run past both (they
    # had been "Ban", cut at "chỉ đạo")
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời "
     "sống văn hóa”, Ban điều hành các thôn thực hiện.", "Sở Văn hóa, Thể thao và Du lịch",
     ["Sở Văn hóa, Thể thao và Du lịch"],
     ["Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, Ban điều hành các thôn"]),
    ("Sở Công Thương chủ trì, phối hợp với Ban chỉ đạo 389 tỉnh, Công an tỉnh kiểm tra thị trường.",
     "Sở Công Thương", ["Sở Công Thương"], ["Ban chỉ đạo 389 tỉnh, Công an tỉnh"]),
])
def test_a_sentence_opens_with_its_agencies_and_their_roles(is_agency, text, subject, leads, supports):
    a = split_subject(text, is_agency)
    assert a is not None and (a.subject, a.leads, a.supports) == (subject, leads, supports)


@pytest.mark.parametrize("text", [
    "Kinh phí thực hiện Kế hoạch do Sở Tài chính bố trí.",
    "Trong quá trình thực hiện nếu có vướng mắc, các đơn vị báo cáo về Ủy ban nhân dân tỉnh.",
    "Tăng cường công tác tuyên truyền về du lịch cộng đồng.",
])
def test_a_sentence_without_an_agency_subject_assigns_nothing(is_agency, text):
    assert split_subject(text, is_agency) is None


def test_heads_stand_for_their_bodies():
    who = ("Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Y tế, Tài chính; Giám đốc Công an tỉnh; "
           "Tổng biên tập Báo Đồng Tháp; Chủ tịch UBND các huyện, thành phố và Thủ trưởng các cơ quan, "
           "đơn vị có liên quan")
    assert heads_to_bodies(who) == ["Văn phòng UBND tỉnh", "các sở: Y tế, Tài chính", "Công an tỉnh",
                                    "Báo Đồng Tháp", "UBND các huyện, thành phố",
                                    "các cơ quan, đơn vị có liên quan"]
    # a national decision's closing article: the ministers stand for the ministries
    assert heads_to_bodies("Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh") == \
        ["các Bộ", "cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh"]
    # a ministry's decision: a director's or a general director's title alone stands for the ministry's departments
    # (they had been left out)
    assert heads_to_bodies("Các ông, bà: Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng, Cục trưởng, Giám đốc Sở "
                           "Y tế các tỉnh") == ["Văn phòng Bộ", "Thanh tra Bộ", "các Vụ", "các Cục", "Sở Y tế các tỉnh"]
    # a general department's head stands for it ("Tổng cục trưởng" had stayed in its name)
    assert heads_to_bodies("Chánh Văn phòng Bộ, Tổng cục trưởng Tổng cục Thi hành án dân sự") == \
        ["Văn phòng Bộ", "Tổng cục Thi hành án dân sự"]
    # the heads of a steering committee's member branches ("lãnh đạo" had stayed in the name)
    assert heads_to_bodies("Giám đốc Sở Y tế, lãnh đạo các ngành thành viên Ban chỉ đạo tỉnh") == \
        ["Sở Y tế", "các ngành thành viên Ban chỉ đạo tỉnh"]
    # a colon after the title, before its bodies ("Giám đốc:" had stayed in the name)
    assert heads_to_bodies("Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Y tế; Chủ tịch UBND các huyện") == \
        ["Sở Văn hóa, Thể thao và Du lịch, Sở Y tế", "UBND các huyện"]
    # "Các ông/bà:" before the titles, as "Các ông, bà:" (it had been read as a body)
    assert heads_to_bodies("Các ông/bà: Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành") == \
        ["Văn phòng Ủy ban nhân dân tỉnh", "các sở, ban, ngành"]
    # a sub-department's head and a corporation's general director stand for their bodies (they had stayed in the
    # names: "Chi cục trưởng Chi cục …", and "Tổng" split off a head of its own: "Hội đồng quản trị, Tổng")
    assert heads_to_bodies("Giám đốc Sở Nông nghiệp, Chi cục trưởng Chi cục Thủy sản, Chủ tịch Hội đồng quản trị, "
                           "Tổng giám đốc các Tổng công ty thuộc tỉnh") == \
        ["Sở Nông nghiệp", "Chi cục Thủy sản", "Hội đồng quản trị", "các Tổng công ty thuộc tỉnh"]


def test_partners_of_a_point_under_an_agency_heading():
    assert partners("Phối hợp các đơn vị có liên quan xây dựng bộ tiêu chí.") == ["các đơn vị có liên quan"]
    assert partners("Là cơ quan đầu mối; chủ trì, phối hợp với các sở, ban, ngành theo dõi việc thực hiện.") == \
        ["các sở, ban, ngành"]
    assert partners("Xây dựng bộ tiêu chí điểm du lịch.") == []


# -- the section ----------------------------------------------------------------------------------

def test_agency_headings_with_points_are_one_duty_each(parse, is_agency):
    doc, blocks = parse(HEADINGS)
    assert extract_duties(doc, blocks, is_agency)
    assert duties(doc) == [
        ("II.1", ["Sở Văn hóa, Thể thao và Du lịch"], ["các sở, ban, ngành", "các đơn vị có liên quan"]),
        ("II.2", ["Sở Tài chính"], []),
        ("II.3", ["các sở: Y tế, Nội vụ, Giáo dục và Đào tạo"], []),
    ]
    first, _, third = doc.duties
    assert first.text.startswith("Là cơ quan thường trực; chủ trì") and "bộ tiêu chí" in first.text
    # a paragraph finishing a lettered point belongs to it; the closing request is no duty
    assert "trước ngày 30/4" in third.text and "Yêu cầu" not in third.text
    assert doc.source.lines[first.span.start - 1].strip() == "1. Sở Văn hóa, Thể thao và Du lịch"
    assert "Cử cán bộ" in doc.source.lines[third.span.end - 1]


def test_sentences_that_open_with_agencies_are_duties(parse, is_agency):
    doc, blocks = parse(SENTENCES)
    extract_duties(doc, blocks, is_agency)
    assert duties(doc) == [
        ("II.1", ["Các sở, ban, ngành và UBND các xã, phường"], []),
        ("II.2", ["Sở Nội vụ"], ["các sở, ban, ngành"]),
        ("II.3", ["Sở Tài chính"], ["các đơn vị, địa phương"]),
        ("II.4", [], ["Sở Ngoại vụ"]),
    ]
    assert doc.duties[2].text.startswith("Trên cơ sở đề xuất")
    assert all(d.span.start == d.span.end for d in doc.duties)


def test_duties_only_when_tasks_are_assigned_elsewhere(read):
    doc = read(HEADINGS)
    assert [t.code for t in doc.tasks] == ["1.1", "1.2"]
    assert [d.local_id for d in doc.duties] == ["II.1", "II.2", "II.3"]
    # without the table the agency headings are the plan's tasks, and there are no duties
    alone = read(HEADINGS.replace(HEAD, TITLE), "alone.txt")
    assert alone.duties == [] and {t.leads[0] for t in alone.tasks} >= {"Sở Tài chính"}


# -- RDF ----------------------------------------------------------------------------------------------

def test_duties_are_kh_duty_with_qualified_assignments_and_provenance(read, gaz):
    doc = read(SENTENCES)
    _, doc_iri, triples = build_document(doc, gaz, "test")
    by_s: dict[str, list] = {}
    for t in triples:
        by_s.setdefault(t.subject.value, []).append((t.predicate.value, t.object.value))
    duty = f"{doc_iri}/duty/II.3"
    props = dict(by_s[duty])
    assert (RDF + "type", KH + "Duty") in by_s[duty] and (RDF + "type", KH + "Task") not in by_s[duty]
    assert (KH + "duty", duty) in by_s[doc_iri]
    assert props[DCT + "description"].startswith("Trên cơ sở đề xuất") and props[KH + "localId"] == "II.3"
    roles = {}
    for _, a in (po for po in by_s[duty] if po[0] == KH + "assignment"):
        ap = dict(by_s[a])
        roles[ap[KH + "asPrinted"]] = ap[KH + "role"].rsplit("-", 1)[-1]
        assert ap[PROV + "wasDerivedFrom"] == duty + "/source"
    assert roles == {"Sở Tài chính": "lead", "các đơn vị, địa phương": "support"}
    src = dict(by_s[duty + "/source"])
    assert src[RDF + "type"] == OA + "SpecificResource" and src[KH + "startLine"] == src[KH + "endLine"]
    line = int(src[KH + "startLine"])
    assert doc.source.lines[line - 1].startswith("3. Trên cơ sở")
    # no direct kh:lead / kh:support on duties: those stay task-only
    assert not [p for p, _ in by_s[duty] if p in (KH + "lead", KH + "support")]


# -- one stray layout element does not switch an extractor off (issue 10, case 17) -----------------

@pytest.mark.parametrize("stray", [
    "|" + " a |" * 25_000,                                   # 100k characters of cells
    "| 1 | " + "nội dung " * 11_000 + " | Sở Tài chính |",    # a task-shaped row
    "|" + "x" * 100_000 + "|",
])
def test_a_stray_row_leaves_the_heading_tasks_alone(read, stray):
    plan = HEADINGS.replace(HEAD, TITLE)        # the agency headings are the plan's tasks
    alone = read(plan, "alone.txt")
    with_row = read(plan + "\n" + stray, "stray.txt")
    assert [(t.local_id, t.leads) for t in with_row.tasks] == [(t.local_id, t.leads) for t in alone.tasks]
    assert len(alone.tasks) == 3 and with_row.duties == []


def test_a_stray_row_after_a_table_plan_is_no_cut_off_table(read):
    doc = read(HEADINGS + "\n| lưu ý", "stray_after.txt")
    assert [t.code for t in doc.tasks] == ["1.1", "1.2"] and len(doc.duties) == 3

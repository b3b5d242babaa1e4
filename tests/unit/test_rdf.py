"""The RDF builder (ingest/rdf.py) and IRI minting (ingest/iris.py): stable IRIs, the same input
gives the same triples, and the triples say what the document says (agencies, citations with the
date each mention prints, provenance to lines, periods, reporting duties)."""

from __future__ import annotations

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode

from ingest.iris import COUNTRY, Identity, concrete_label, issuer_unit, make_place, seg
from ingest.model import Citation, Span
from ingest.rdf import _ntriples_lines, _without_place, build_document, ordered_triples
from kehoach.vocab import BASE, DCAT, DCT, ELI, KH, OA, RDF, RDFS, SCHEMA, SKOS, XSD

WARD_PLAN = """
    ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH

    Số: 15/KH-UBND

    Hòa Khánh, ngày 12 tháng 5 năm 2026

    ## KẾ HOẠCH

    ## Chuyển đổi số cộng đồng năm 2026

    Căn cứ Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số cộng đồng giai đoạn 2026-2030;

    Thực hiện Kế hoạch số 99/KH-UBND ngày 10/4/2026 của Ủy ban nhân dân thành phố Đà Nẵng về việc thực hiện “Chương trình chuyển đổi số cộng đồng giai đoạn 2026-2030”;

    I. NHIỆM VỤ

    1. Phát triển dịch vụ số

    - Văn phòng HĐND và UBND phường chủ trì, phối hợp với Trạm Dữ liệu Xứ Mơ và các tổ dân phố thực hiện các nhiệm vụ sau:

    + Hướng dẫn người dân dùng dịch vụ công trực tuyến.

    + Lập tổ công nghệ số cộng đồng ở mỗi tổ dân phố.

    2. Thời gian thực hiện: giai đoạn 2026 - 2030.

    II. TỔ CHỨC THỰC HIỆN

    Văn phòng HĐND và UBND phường tổng hợp, báo cáo kết quả về Ủy ban nhân dân phường trước ngày 15/12 hằng năm.

    Thực hiện Quyết định số 155/QĐ-TTg ngày 20/02/2026 của Thủ tướng Chính phủ, các đơn vị triển khai.
    """  # noqa: E501

PLAN = f"{BASE}eli/vn/da-nang/hoa-khanh/kh-ubnd/2026/15"
CITY_PLAN = f"{BASE}eli/vn/da-nang/kh-ubnd/2026/99"
DECISION = f"{BASE}eli/vn/qd-ttg/2026/155"
WARD = f"{BASE}place/vn/da-nang/hoa-khanh"


def term(x) -> str:
    """IRIs and literal values as plain strings (datatypes and languages checked where they matter)."""
    return x.value


def objects(triples, s, p) -> set[str]:
    return {term(t.object) for t in triples if term(t.subject) == s and term(t.predicate) == p}


@pytest.fixture
def build(read, gaz):
    def run(s: str = WARD_PLAN, name: str = "ward.txt"):
        return build_document(read(s, name), gaz, "1.0-test")
    return run


@pytest.fixture
def ward(build):
    return build()


# -- IRIs ------------------------------------------------------------------------------------------

def test_document_and_graph_iris(ward):
    graph, doc, _ = ward
    assert doc == PLAN                                   # ward under the city its city plan names
    # the graph is named after the document, not the file it came from
    assert graph == f"{BASE}graph/doc/" + PLAN.split("/eli/vn/", 1)[1]


def test_an_operational_plan_is_its_own_class_and_keeps_its_tasks(build):
    """"PHƯƠNG ÁN" over "Số: 15/PA-UBND": a kh:OperationalPlan typed with its concept (it had been a kh:Plan), whose
    tasks are read as a plan's are."""
    _, doc, triples = build(WARD_PLAN.replace("## KẾ HOẠCH", "## PHƯƠNG ÁN").replace("15/KH-UBND", "15/PA-UBND"))
    types = objects(triples, doc, RDF + "type")
    assert KH + "OperationalPlan" in types and KH + "Plan" not in types
    assert objects(triples, doc, ELI + "type_document") == {KH + "doctype-phuong-an"}
    assert "Phương án 15/PA-UBND" in objects(triples, doc, RDFS + "label")
    assert len({term(t.subject) for t in triples if term(t.object) == KH + "Task"}) == 2


def test_cited_documents_national_and_local(ward):
    _, _, triples = ward
    assert objects(triples, PLAN, ELI + "ensures_implementation_of") == {CITY_PLAN}
    assert objects(triples, PLAN, ELI + "based_on") == {DECISION}
    assert objects(triples, CITY_PLAN, ELI + "jurisdiction") == {f"{BASE}place/vn/da-nang"}
    assert objects(triples, DECISION, ELI + "jurisdiction") == set()


def test_a_departments_number_is_its_provinces(build):
    """Every province's health department numbers "12/KH-SYT" in 2020: a department's document is placed in its
    province as a committee's is (one IRI for all had made the second replace the first); a citation of it by a
    ward of the province, naming the department without its place, points at it; a ministry's code or a central body
    named stays the country's."""
    department = """
        | UBND TỈNH {caps} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        | SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc |
        | Số: 12/KH-SYT | {name}, ngày 12 tháng 3 năm 2020 |
        KẾ HOẠCH
        Phòng chống dịch năm 2020
        """
    assert build(department.format(caps="NGHỆ AN", name="Nghệ An"), "na.txt")[1] == \
        f"{BASE}eli/vn/nghe-an/kh-syt/2020/12"
    assert build(department.format(caps="HÀ TĨNH", name="Hà Tĩnh"), "ht.txt")[1] == \
        f"{BASE}eli/vn/ha-tinh/kh-syt/2020/12"
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN XÃ NGHI PHONG
        Số: 5/KH-UBND
        Nghi Phong, ngày 20 tháng 3 năm 2020
        KẾ HOẠCH
        Thực hiện Kế hoạch số 12/KH-SYT ngày 12/3/2020 của Sở Y tế; Kế hoạch số 45/KH-CAT ngày 1/2/2020 của Công an \
tỉnh Hà Tĩnh; Quyết định số 650/QĐ-LĐTĐ ngày 9/6/2021 của Bộ Lao động - Thương binh và Xã hội; Quyết định số \
1234/QĐ-BYT ngày 1/3/2020;
        """, "ward.txt")
    assert objects(triples, doc, ELI + "ensures_implementation_of") == {
        f"{BASE}eli/vn/nghe-an/kh-syt/2020/12", f"{BASE}eli/vn/ha-tinh/kh-cat/2020/45",
        f"{BASE}eli/vn/qd-ldtd/2021/650", f"{BASE}eli/vn/qd-byt/2020/1234"}


def test_a_central_bodys_number_the_reference_data_lacks_stays_the_countrys(build):
    """Codes no reference file holds: a central body named ("Tổng Cục Thuế", "Hội đồng Bộ trưởng") or none named
    with a code that is no department's ("4346/TCHQ-GSQL") keep the country's IRI; a department's code printed
    alone in a department's letter is its province's; the citing district's own committee ("QĐ-UB", a committee's
    code) is placed under its province as the district's own documents are."""
    _, doc, triples = build("""
        | UBND TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        | SỞ Y TẾ | Độc lập - Tự do - Hạnh phúc |
        | Số: 12/KH-SYT | Nghệ An, ngày 12 tháng 3 năm 2020 |
        KẾ HOẠCH
        Căn cứ văn bản số 4247/TCT-CS ngày 11/11/2008 của Tổng Cục Thuế; Nghị định số 66/HĐBT ngày 2/3/1992 của \
Hội đồng Bộ trưởng; Công văn số 4346/TCHQ-GSQL ngày 5/3/2019; Kế hoạch số 45/KH-SYT ngày 1/2/2020; Kế hoạch số \
7/KH-BCH ngày 3/1/2020 của Bộ Chỉ huy Quân sự tỉnh;
        """, "department.txt")
    cited = {term(t.object) for t in triples if term(t.predicate) == KH + "citedDocument"}
    assert cited == {f"{BASE}eli/vn/tct-cs/2008/4247", f"{BASE}eli/vn/hdbt/1992/66",
                     f"{BASE}eli/vn/tchq-gsql/2019/4346", f"{BASE}eli/vn/nghe-an/kh-syt/2020/45",
                     f"{BASE}eli/vn/nghe-an/kh-bch/2020/7"}
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN QUẬN 1
        Số: 30/QĐ-UBND
        Quận 1, ngày 20 tháng 3 năm 2014
        QUYẾT ĐỊNH
        Căn cứ Quyết định số 129/QĐ-UB ngày 5/4/2005 của Ủy ban nhân dân Quận 1;
        """, "district.txt")
    cited = {term(t.object) for t in triples if term(t.predicate) == KH + "citedDocument"}
    assert doc == f"{BASE}eli/vn/ho-chi-minh/1/qd-ubnd/2014/30"
    assert cited == {f"{BASE}eli/vn/ho-chi-minh/1/qd-ub/2005/129"}


def test_a_number_cited_twice_once_with_its_issuer_is_one_document(build):
    """A commune's plan names "Nghị quyết số 13-NQ/TU" in its title without the issuer, then "… của Ban Thường vụ Tỉnh
    ủy": one document, the province's (the title's had been placed in the commune, its issuer "Ban Thường vụ Tỉnh ủy xã
    Tịnh Trà")."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ
        Số: 12/KH-UBND
        Tịnh Trà, ngày 20 tháng 3 năm 2024
        KẾ HOẠCH
        Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023
        Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số;
        """, "commune.txt")
    cited = {term(t.object) for t in triples if term(t.predicate) == KH + "citedDocument"}
    assert len(cited) == 1 and next(iter(cited)).startswith(f"{BASE}eli/vn/quang-ngai/")


def test_blank_number_gets_a_draft_iri_from_title_and_issuer(build):
    blank = WARD_PLAN.replace("Số: 15/KH-UBND", "Số:    /KH-UBND")
    _, doc, _ = build(blank, "a.txt")
    assert doc.startswith(f"{BASE}eli/vn/da-nang/hoa-khanh/ke-hoach/2026/draft-")
    assert build(blank, "b.txt")[1] == doc                            # not the file name
    retitled = blank.replace("## Chuyển đổi số cộng đồng", "## Chuyển đổi số toàn dân")
    other = build(retitled, "c.txt")[1]
    assert other.startswith(f"{BASE}eli/vn/da-nang/hoa-khanh/ke-hoach/2026/draft-") and other != doc


def test_places_ward_province_and_unknown_parent():
    hai_phong = make_place("Hải Phòng", "city")
    assert hai_phong.iri == f"{BASE}place/vn/hai-phong" and hai_phong.display == "thành phố Hải Phòng"
    assert make_place("Hải Dương", "ward", hai_phong).path == "hai-phong/hai-duong"
    assert make_place("Hải Dương", "ward").path == "_/ward/hai-duong"
    assert COUNTRY.path == ""


def test_local_ids_become_one_path_segment():
    assert seg("III.1#2") == "III.1_2"
    assert seg("1.1~2") == "1.1~2"
    assert seg("VI/ 3") == "VI__3"


def test_concrete_agency_labels():
    dong_thap = make_place("Đồng Tháp", "province")
    assert concrete_label("Sở Nội vụ", dong_thap, False) == "Sở Nội vụ tỉnh Đồng Tháp"
    assert concrete_label("Công an tỉnh", dong_thap, False) == "Công an tỉnh Đồng Tháp"
    assert concrete_label("Các sở, ban, ngành", dong_thap, True) == "Các sở, ban, ngành"   # groups as printed
    # a name the gazetteer does not hold, as printed but for its field's first word: one label for two printings
    assert concrete_label("Cục thuế thành phố Hồ Chí Minh", None, True) == \
        concrete_label("Cục Thuế thành phố Hồ Chí Minh", None, True) == "Cục Thuế thành phố Hồ Chí Minh"
    assert concrete_label("Ban quản lý dự án", dong_thap, True) == "Ban Quản lý dự án"
    assert concrete_label("Thủ tướng Chính phủ", COUNTRY, False) == "Thủ tướng Chính phủ"
    # a district's committee whose district is not named: in the province, said so
    assert concrete_label("Ủy ban nhân dân huyện", dong_thap, False) == "Ủy ban nhân dân huyện (tỉnh Đồng Tháp)"
    assert concrete_label("Ủy ban nhân dân huyện", make_place("Lý Sơn", "district"), False) == \
        "Ủy ban nhân dân huyện Lý Sơn"
    # an urban district is a "quận" (the official list's word), not "Ủy ban nhân dân quận huyện Ba Đình"
    ba_dinh = make_place("Ba Đình", "district", make_place("Hà Nội", "city"))
    assert ba_dinh.display == "quận Ba Đình"
    assert concrete_label("Ủy ban nhân dân quận", ba_dinh, False) == "Ủy ban nhân dân quận Ba Đình"
    assert concrete_label("Phòng Văn hóa và Thông tin", ba_dinh, False) == "Phòng Văn hóa và Thông tin quận Ba Đình"
    # a district that changed its kind (Tịnh Biên: huyện, a thị xã since 2021): the unit word the document printed
    tinh_bien = make_place("Tịnh Biên", "district", make_place("An Giang", "province"))
    assert tinh_bien.display == "thị xã Tịnh Biên"
    assert concrete_label("Ủy ban nhân dân huyện", tinh_bien, False) == "Ủy ban nhân dân huyện Tịnh Biên"
    # a province's committee in a place that is a city now (a 2018 plan of Thừa Thiên Huế, now Huế): its own
    # unit word and the name the province bore, not "Ủy ban nhân dân tỉnh thành phố Huế" nor "… tỉnh Huế", a unit
    # that never was
    assert concrete_label("Ủy ban nhân dân tỉnh", make_place("Huế", "city"), False) == \
        "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    hue_province = make_place("Thừa Thiên Huế", "province")
    assert (hue_province.name, hue_province.display, hue_province.display_en) == \
        ("Huế", "tỉnh Thừa Thiên Huế", "Thua Thien Hue Province")
    assert concrete_label("Sở Nội vụ", hue_province, False) == "Sở Nội vụ tỉnh Thừa Thiên Huế"
    assert make_place("Huế", "city").display == "thành phố Huế"


def test_agencies_sit_at_the_level_of_their_kind(read, gaz):
    ids = Identity(read(WARD_PLAN))
    [ward_office] = gaz.resolve("Văn phòng HĐND và UBND phường")
    [department] = gaz.resolve("Sở Nội vụ")
    [prime_minister] = gaz.resolve("Thủ tướng Chính phủ")
    assert ids.agency(ward_office)[0] == f"{BASE}agency/da-nang/hoa-khanh/van-phong-hdnd-va-ubnd-phuong"
    assert ids.agency(department)[0] == f"{BASE}agency/da-nang/so-noi-vu"       # the province above the ward
    assert ids.agency(prime_minister)[0] == f"{BASE}agency/vn/thu-tuong-chinh-phu"


def test_a_body_of_another_province_named_with_it_sits_there(build):
    """"Ủy ban nhân dân tỉnh Trà Vinh" in a Prime Minister's decision, "UBND thành phố Cần Thơ" beside a ministry:
    the gazetteer's committee in that province, resolved, not an unknown national body."""
    triples = build("""
    THỦ TƯỚNG CHÍNH PHỦ

    Số: 900/QĐ-TTg

    Hà Nội, ngày 5 tháng 3 năm 2026

    QUYẾT ĐỊNH
    Phê duyệt Đề án phát triển du lịch vùng ven biển

    Điều 1. Phê duyệt Đề án phát triển du lịch vùng ven biển.

    Điều 2. Tổ chức thực hiện

    1. Ủy ban nhân dân tỉnh Trà Vinh chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch triển khai Đề án.

    2. Bộ Tài chính chủ trì, phối hợp với UBND thành phố Cần Thơ bố trí kinh phí.
    """, "ttg.txt")[2]
    tra_vinh, can_tho = (f"{BASE}agency/tra-vinh/uy-ban-nhan-dan-tinh",
                        f"{BASE}agency/can-tho/uy-ban-nhan-dan-thanh-pho")
    leads = {term(t.object) for t in triples if term(t.predicate) == KH + "lead"}
    supports = {term(t.object) for t in triples if term(t.predicate) == KH + "support"}
    assert tra_vinh in leads and can_tho in supports
    assert objects(triples, tra_vinh, KH + "jurisdiction") == {f"{BASE}place/vn/tra-vinh"}
    assert objects(triples, tra_vinh, KH + "resolution") == {KH + "resolved"}
    assert objects(triples, can_tho, SKOS + "prefLabel") >= {"Ủy ban nhân dân thành phố Cần Thơ"}


# -- same input, same triples ----------------------------------------------------------------------

def test_same_input_same_triples(build):
    first, second = build(), build()
    assert first == second
    triples = first[2]
    assert len(triples) == len(set(triples))
    assert triples == sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def test_the_ntriples_text_is_the_ordered_triples_byte_for_byte():
    """build_ntriples's lines (what ingest stores) sort as the triples do, the cases where a term's
    text begins another's included: an IRI and a longer one, a plain literal and the same text with
    a language or a datatype; duplicates written once; every IRI checked."""
    s, p = "https://example.org/a", "https://example.org/p"
    rows = [(s + "/b", p, Literal("x")), (s, p + "2", s), (s, p, Literal("x", language="vi")),
            (s, p, Literal("x")), (s, p, Literal("1", datatype=NamedNode(XSD + "integer"))),
            (s, p, s + "/b"), (s, p, s), (s, p, Literal("x")), (s, p, Literal("x y", language="en"))]
    expected = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in ordered_triples(rows))
    assert "".join(_ntriples_lines(rows)) == expected
    assert len(_ntriples_lines(rows)) == 8
    with pytest.raises(ValueError):
        _ntriples_lines([("not an iri", p, s)])


def test_the_stored_text_of_a_plan_is_its_triples_in_order(read, gaz):
    from ingest.rdf import build_ntriples
    doc = read(WARD_PLAN)
    text = build_ntriples(doc, gaz, "test")[2]
    triples = build_document(doc, gaz, "test")[2]
    assert text == "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)


def test_no_blank_nodes(ward):
    assert not any(isinstance(x, BlankNode) for t in ward[2] for x in (t.subject, t.object))


# -- what the triples say --------------------------------------------------------------------------

def test_document_facts(ward):
    _, _, triples = ward
    assert objects(triples, PLAN, RDF + "type") == {KH + "Plan", ELI + "LegalResource"}
    assert objects(triples, PLAN, ELI + "id_local") == {"15/KH-UBND"}
    assert objects(triples, PLAN, KH + "numberKey") == {"15/kh-ubnd"}
    assert objects(triples, PLAN, ELI + "date_document") == {"2026-05-12"}
    assert objects(triples, PLAN, ELI + "passed_by") == {f"{BASE}agency/da-nang/hoa-khanh/uy-ban-nhan-dan-phuong"}
    assert objects(triples, WARD, KH + "within") == {f"{BASE}place/vn/da-nang"}


def test_period_as_gyears(ward):
    _, _, triples = ward
    [period] = objects(triples, PLAN, DCT + "temporal")
    [start] = [t.object for t in triples if term(t.subject) == period and term(t.predicate) == DCAT + "startDate"]
    assert isinstance(start, Literal) and (start.value, start.datatype.value) == ("2026", XSD + "gYear")
    assert objects(triples, period, DCAT + "endDate") == {"2030"}


def test_tasks_with_assignments_as_printed(ward):
    _, _, triples = ward
    task = f"{PLAN}/task/I.1_1"
    assert objects(triples, task, KH + "localId") == {"I.1#1"}
    assert objects(triples, task, ELI + "is_part_of") == {f"{PLAN}/section/I.1"}
    assert objects(triples, task, KH + "lead") == {f"{BASE}agency/da-nang/hoa-khanh/van-phong-hdnd-va-ubnd-phuong"}
    assert objects(triples, task, KH + "support") == {f"{BASE}agency/da-nang/hoa-khanh/tram-du-lieu-xu-mo",
                                                      f"{BASE}agency-group/da-nang/hoa-khanh/cac-to-dan-pho"}
    printed = {term(t.object) for t in triples
               if term(t.subject).startswith(task + "/assignment/") and term(t.predicate) == KH + "asPrinted"}
    assert printed == {"Văn phòng HĐND và UBND phường", "Trạm Dữ liệu Xứ Mơ", "các tổ dân phố"}


def test_resolved_unresolved_and_group_agencies(ward):
    _, _, triples = ward
    office = f"{BASE}agency/da-nang/hoa-khanh/van-phong-hdnd-va-ubnd-phuong"
    assert objects(triples, office, KH + "resolution") == {KH + "resolved"}
    assert objects(triples, office, KH + "gazetteerEntry") == {f"{BASE}gazetteer/agency/van-phong-hdnd-va-ubnd-phuong"}
    assert "Văn phòng HĐND và UBND phường Hòa Khánh" in objects(triples, office, SKOS + "prefLabel")
    unknown = f"{BASE}agency/da-nang/hoa-khanh/tram-du-lieu-xu-mo"
    assert objects(triples, unknown, KH + "resolution") == {KH + "unresolved"}
    assert objects(triples, unknown, SKOS + "prefLabel") == {"Trạm Dữ liệu Xứ Mơ"}
    group = f"{BASE}agency-group/da-nang/hoa-khanh/cac-to-dan-pho"
    assert KH + "AgencyGroup" in objects(triples, group, RDF + "type")


def test_each_citation_keeps_the_date_it_prints(ward):
    _, _, triples = ward
    kinds = {n: (objects(triples, n, KH + "citedDocument"), objects(triples, n, KH + "citationKind"),
                 objects(triples, n, KH + "citedDate")) for n in objects(triples, PLAN, KH + "citation")}
    assert sorted(kinds.values(), key=str) == sorted([
        ({DECISION}, {KH + "cites-based-on"}, {"2026-01-20"}),
        ({CITY_PLAN}, {KH + "cites-implements"}, {"2026-04-10"}),
        ({DECISION}, {KH + "cites-mention"}, {"2026-02-20"}),
    ], key=str)
    # the citing graph writes no eli:date_document for what it cites (one date per document: the
    # reference data's here; otherwise the date most mentions print, derived over the store)
    assert objects(triples, DECISION, ELI + "date_document") == set()
    assert objects(triples, CITY_PLAN, ELI + "date_document") == set()


RELATED_ON_THE_PORTAL = """
    Quyết định 208/QĐ-UBND năm 2027 ban hành Kế hoạch chuyển đổi số tỉnh Hà Tĩnh
    - 1Quyết định 611/QĐ-UBND năm 2026 phê duyệt Đề án chuyển đổi số tỉnh Quảng Bình
    - 2Nghị định 45/2026/NĐ-CP quy định về dữ liệu số
    ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    Số: 208/QĐ-UBND | Hà Tĩnh, ngày 9 tháng 2 năm 2027 |
    Căn cứ Nghị định số 45/2026/NĐ-CP ngày 4 tháng 1 năm 2026 của Chính phủ quy định về dữ liệu số;
    """


def test_a_document_the_portal_lists_as_related_is_no_citation_of_the_text(build):
    """An item of a portal's list above the letterhead: a kh:Citation of kind kh:cites-related and dct:relation from
    the document, never eli:cites (the text does not cite it); one the text also cites is cited as the text says."""
    _, doc, triples = build(RELATED_ON_THE_PORTAL, "qd208.txt")
    quang_binh = next(iter(o for o in objects(triples, doc, DCT + "relation") if "611" in o))
    decree = next(iter(o for o in objects(triples, doc, ELI + "based_on")))
    assert objects(triples, doc, DCT + "relation") == {quang_binh, decree}
    assert quang_binh not in objects(triples, doc, ELI + "cites") and decree in objects(triples, doc, ELI + "cites")
    def one(n, p):
        return next(iter(objects(triples, n, p)))
    kinds = {(one(n, KH + "citedDocument"), one(n, KH + "citationKind"))
             for n in objects(triples, doc, KH + "citation")}
    assert kinds == {(quang_binh, KH + "cites-related"), (decree, KH + "cites-related"),
                     (decree, KH + "cites-based-on")}


def test_implementation_inferred_through_the_programme(ward):
    _, _, triples = ward
    # the builder's inference goes through its own property, never the ELI one (legal meaning)
    assert objects(triples, CITY_PLAN, ELI + "ensures_implementation_of") == set()
    assert objects(triples, CITY_PLAN, KH + "inferredImplementationOf") == {DECISION}
    inferred = f"{CITY_PLAN}/inferred-implementation/155-qd-ttg"
    assert objects(triples, inferred, KH + "inferred") == {"true"}
    assert objects(triples, inferred, KH + "citedDocument") == {DECISION}


def test_provenance_to_lines_and_quote(ward):
    _, _, triples = ward
    src = f"{PLAN}/task/I.1_2/source"
    assert objects(triples, src, KH + "startLine") == objects(triples, src, KH + "endLine") == {"23"}
    assert objects(triples, f"{src}/lines", RDF + "value") == {"line=22,23"}
    assert objects(triples, f"{src}/quote", OA + "exact") == {"+ Lập tổ công nghệ số cộng đồng ở mỗi tổ dân phố."}
    [file] = objects(triples, src, OA + "hasSource")
    assert file.startswith(f"{BASE}source/sha256/") and objects(triples, file, KH + "fileName") == {"ward.txt"}


def test_reporting_duty(ward):
    _, _, triples = ward
    [duty] = objects(triples, PLAN, KH + "reportingDuty")
    [line] = objects(triples, duty + "/source", KH + "startLine")
    assert duty == f"{PLAN}/reporting/{line}"                 # named after its line, not a running number
    [schedule] = objects(triples, duty, KH + "schedule")
    assert objects(triples, schedule, RDF + "type") == {SCHEMA + "Schedule"}
    assert objects(triples, schedule, SCHEMA + "byMonthDay") == {"15"}
    assert objects(triples, schedule, SCHEMA + "byMonth") == {"12"}
    assert objects(triples, schedule, SCHEMA + "repeatFrequency") == {"P1Y"}
    assert objects(triples, duty, KH + "reporter") == {f"{BASE}agency/da-nang/hoa-khanh/van-phong-hdnd-va-ubnd-phuong"}
    assert objects(triples, duty, KH + "recipient") == {f"{BASE}agency/da-nang/hoa-khanh/uy-ban-nhan-dan-phuong"}


def test_a_long_block_citing_on_every_line_is_not_quoted_once_per_citation(build):
    """A block of 600 lines without a blank line, a decision cited on each: every citation's span
    is the block, so quoting it whole for each made the graph grow with the square of the text. The
    long span keeps its lines; a short span (a task) keeps its quote too."""
    basis = "    Căn cứ các Quyết định của Ủy ban nhân dân thành phố Đà Nẵng:\n" + "\n".join(
        f"    số {100 + i}/QĐ-UBND ngày 10/4/2026 về chuyển đổi số," for i in range(600))
    text = WARD_PLAN.replace(
        "    Căn cứ Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình "
        "chuyển đổi số cộng đồng giai đoạn 2026-2030;", basis)
    assert text != WARD_PLAN
    _, _, triples = build(text)
    cited = {term(t.object) for t in triples if term(t.predicate) == KH + "citedNumber"}
    assert {f"{100 + i}/QĐ-UBND" for i in range(600)} <= cited
    quotes = [term(t.object) for t in triples if term(t.predicate) == OA + "exact"]
    assert max(map(len, quotes)) <= 5000
    assert sum(map(len, quotes)) < 10 * len(text)           # whole, the block was quoted 600 times: 36 MB
    starts, ends = ({term(t.subject): int(term(t.object)) for t in triples if term(t.predicate) == KH + which}
                    for which in ("startLine", "endLine"))
    assert any(ends[s] - start >= 600 for s, start in starts.items())       # the block, located by its lines
    assert any("Hướng dẫn người dân dùng dịch vụ công trực tuyến" in q for q in quotes)


def test_a_ministry_letterhead_cut_short_is_the_ministry(build, gaz):
    """A portal's table cut the letterhead cell ("BỘ VĂN HOÁ, THỂ THAO |"): the document is the
    ministry's, not a new agency's; a cut that fits several bodies completes nothing."""
    _, doc, triples = build("""
        BỘ VĂN HOÁ, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 91/CT-BVHTTDL | Hà Nội, ngày 4 tháng 3 năm 2025 |
        Thời gian qua, công tác tổ chức lễ hội đã đi vào nề nếp.
        """, "ct.txt")
    passed = [str(t.object) for t in triples
              if str(t.subject) == f"<{doc}>" and str(t.predicate) == f"<{ELI}passed_by>"]
    assert passed == [f"<{BASE}agency/vn/bo-van-hoa-the-thao-va-du-lich>"]
    assert gaz.completed("Bộ Văn hoá, Thể thao") == "Bộ Văn hóa, Thể thao và Du lịch"
    assert gaz.completed("Bộ Văn hóa, Thế thao") == "Bộ Văn hóa, Thể thao và Du lịch"     # a tone misprinted
    assert gaz.completed("Bộ Công") is None and gaz.completed("Bộ Y tế") is None


@pytest.mark.parametrize("number, year, ministry", [
    ("15/QĐ-BNNMT", 2026, "bo-nong-nghiep-va-moi-truong"),
    ("15/QĐ-BNNPTNT", 2020, "bo-nong-nghiep-va-phat-trien-nong-thon")])
def test_a_letterhead_cut_where_two_ministries_begin_alike_is_the_one_its_code_names(build, number, year, ministry):
    """"BỘ NÔNG NGHIỆP VÀ |" (a cell cut at "và"): the ministry the number's code names, of the two whose names begin
    so; it had been a body of its own, "Bộ Nông nghiệp", which never existed."""
    _, doc, triples = build(f"""
        BỘ NÔNG NGHIỆP VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: {number} | Hà Nội, ngày 10 tháng 2 năm {year} |
        QUYẾT ĐỊNH
        Về việc công bố thủ tục hành chính lĩnh vực thú y
        """, "qd.txt")
    assert objects(triples, doc, ELI + "passed_by") == {f"{BASE}agency/vn/{ministry}"}


def test_a_departments_letter_whose_own_line_is_lost_is_numbered_in_its_province(build):
    """"ỦY BAN NHÂN DÂN |" alone over "Số: 842/SGDĐT-GDTrH | Đà Nẵng, ngày …" (the department's line lost): the
    number is the province's, as every department's (it had been the country's, where every province's education
    department numbers its letters); the department its code's initials name issues it (none had)."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 842/SGDĐT-GDTrH | Đà Nẵng, ngày 3 tháng 9 năm 2025 |
        V/v hướng dẫn kiểm tra học kỳ I
        Kính gửi: Hiệu trưởng các trường trung học phổ thông
        """, "cv.txt")
    assert doc == f"{BASE}eli/vn/da-nang/sgddt-gdtrh/2025/842"
    assert objects(triples, doc, DCT + "creator") == {f"{BASE}agency/da-nang/so-giao-duc-va-dao-tao"}


def test_a_province_cited_by_its_older_name_is_the_letterheads_place(build):
    """"tỉnh Thừa Thiên Huế" is the unit now named Huế (the official lists): the resolution its
    council passed is one document whether the plan names the province or not."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN
        TỈNH THỪA THIÊN HUẾ
        Số: 24/KH-UBND
        Thừa Thiên Huế, ngày 23 tháng 01 năm 2021
        KẾ HOẠCH
        Triển khai Đề án nếp sống văn minh
        Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13 tháng 11 năm 2020 của HĐND tỉnh về việc thông
        qua Đề án nếp sống văn minh trên địa bàn tỉnh Thừa Thiên Huế;
        UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 14/2020/NQ-HĐND như sau:
        """, "hue.txt")
    assert doc == f"{BASE}eli/vn/hue/kh-ubnd/2021/24"
    cited = {term(t.object) for t in triples if term(t.subject) == doc and term(t.predicate) == ELI + "cites"}
    assert cited == {f"{BASE}eli/vn/hue/nq-hdnd/2020/14-2020"}
    assert make_place("Thừa Thiên Huế", "province").path == "hue"


def test_a_party_committee_named_with_its_provinces_older_name_is_the_gazetteers():
    """"Tỉnh Ủy Thừa Thiên Huế" in a notice placed in Huế: the kind Tỉnh ủy, its place cut as the
    letterhead's "UBND tỉnh Thừa Thiên Huế" is (it was an unknown agency)."""
    assert _without_place("Tỉnh Ủy Thừa Thiên Huế", "Huế") == "Tỉnh Ủy"
    assert _without_place("Ban Thường vụ Tỉnh ủy Yên Bái", "Yên Bái") == "Ban Thường vụ Tỉnh ủy"
    assert _without_place("UBND tỉnh Thừa Thiên Huế", "Huế") == "UBND tỉnh"


def test_the_place_of_an_issuer_ends_where_the_sentence_goes_on_in_lower_case():
    def unit(issuer, subject=None):
        return issuer_unit(Citation("based_on", "Tờ trình", "39/TTr-UBND", None, None, None, issuer, subject,
                                    Span(1, 1, "")))
    # the province left out is taken from "trên địa bàn tỉnh Sơn La", not "Sơn La đến"
    assert unit("UBND tỉnh", "về việc ban hành Nghị quyết trên địa bàn tỉnh Sơn La đến năm 2020") == ("tỉnh", "Sơn La")
    assert unit("HĐND tỉnh và tổng hợp ý kiến của các vị đại biểu") == ("tỉnh", None)
    assert unit("UBND thành phố Hải Phòng") == ("thành phố", "Hải Phòng")
    # a Party committee named with its province (another than the citing plan's)
    assert unit("Ban Thường vụ Tỉnh ủy Bình Định") == ("tỉnh", "Bình Định")
    assert unit("Ban Chấp hành Đảng bộ tỉnh Gia Lai") == ("tỉnh", "Gia Lai")


def test_a_commune_and_a_city_council_are_gazetteer_bodies(build):
    for text, agency in [
        ("""
         ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
         XÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |
         Số: 36/KH-UBND | Xuân Tín, ngày 07 tháng 5 năm 2025 |
         KẾ HOẠCH
         Phòng, chống thiên tai năm 2025
         Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ;
         """, f"{BASE}agency/thanh-hoa/xuan-tin/uy-ban-nhan-dan-xa"),
        ("""
         HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
         THÀNH PHỐ HÀ NỘI | Độc lập - Tự do - Hạnh phúc |
         Số: 48/NQ-HĐND | Hà Nội, ngày 26 tháng 11 năm 2025 |
         NGHỊ QUYẾT
         Về kế hoạch phát triển kinh tế - xã hội năm 2026
         Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ;
         """, f"{BASE}agency/ha-noi/hoi-dong-nhan-dan-thanh-pho")]:
        _, doc, triples = build(text, "issuer.txt")
        assert objects(triples, doc, ELI + "passed_by") == {agency}
        assert objects(triples, agency, KH + "resolution") == {KH + "resolved"}


def test_a_city_of_a_province_lies_in_its_province(build):
    """"ỦY BAN NHÂN DÂN THÀNH PHỐ LONG XUYÊN" (before 2025, a city of An Giang, a district's rank): the
    plan lies in An Giang, in the city, and its committee is the city's, not the gazetteer's committee
    of a city of province rank placed in An Giang (nor a province "Long Xuyên" no list knows)."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        THÀNH PHỐ LONG XUYÊN | Độc lập - Tự do - Hạnh phúc |
        Số: 215/KH-UBND | Long Xuyên, ngày 12 tháng 5 năm 2021 |
        KẾ HOẠCH
        Phát triển du lịch thành phố năm 2021
        Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2021 của UBND tỉnh An Giang, UBND thành phố ban hành Kế hoạch như sau:
        """, "city.txt")   # noqa: E501
    assert doc == f"{BASE}eli/vn/an-giang/long-xuyen/kh-ubnd/2021/215"
    city = f"{BASE}place/vn/an-giang/long-xuyen"
    assert objects(triples, doc, ELI + "jurisdiction") == {city}
    assert objects(triples, city, KH + "unitLevel") == {KH + "unit-provincial-city"}
    (committee,) = objects(triples, doc, ELI + "passed_by")
    assert committee == f"{BASE}agency/an-giang/long-xuyen/uy-ban-nhan-dan-thanh-pho-thuoc-tinh"
    assert objects(triples, committee, KH + "gazetteerEntry") == {
        f"{BASE}gazetteer/agency/uy-ban-nhan-dan-thanh-pho-thuoc-tinh"}
    assert objects(triples, committee, SKOS + "prefLabel") == {"Ủy ban nhân dân thành phố Long Xuyên",
                                                               "Provincial City People's Committee, Long Xuyen City"}


PROVINCE_2020 = """
    ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    TỈNH HÀ GIANG | Độc lập - Tự do - Hạnh phúc |
    Số: 45/KH-UBND | Hà Giang, ngày 12 tháng 3 năm 2020 |
    KẾ HOẠCH
    Thực hiện Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ

    I. NHIỆM VỤ

    | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
    |---|---|---|---|
    | 1 | Tuyên truyền về Cộng đồng ASEAN | Sở Nội vụ | UBND thành phố Hà Giang; Ủy ban nhân dân huyện Vị Xuyên |
    | 2 | Tổ chức giao lưu văn hóa | Ủy ban nhân dân thành phố Hà Giang | UBND huyện Bắc Mê; UBND huyện Phú Lương |
    | 3 | Quảng bá du lịch | UBND TP. Hà Giang | UBND TP Hà Giang; UBND Huyện Vị Xuyên |
    """


def _letterhead(unit: str, number: int, place: str) -> str:
    return f"""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        {unit} | Độc lập - Tự do - Hạnh phúc |
        Số: {number}/KH-UBND | {place}, ngày 02 tháng 4 năm 2020 |
        KẾ HOẠCH
        Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2020 của UBND tỉnh Hà Giang
        """


def test_a_provinces_plan_names_its_citys_and_districts_committees_as_they_name_themselves(build):
    """Before 2025 a province's plan names the committees of its city and districts ("UBND thành phố Hà Giang",
    "Ủy ban nhân dân huyện Vị Xuyên"): each is the agency the unit's own plan gives as its issuer, one IRI and one
    label whichever way it is printed. They had been the gazetteer's committee of a city of province rank placed in
    the province, and bodies of the province named "UBND huyện Vị Xuyên" (two IRIs for one committee). A district the
    province does not have (Phú Lương is Thái Nguyên's) stays as printed."""
    _, plan, triples = build(PROVINCE_2020, "province.txt")
    named = {a: objects(triples, a, SKOS + "prefLabel") for t in triples if term(t.predicate) == KH + "agency"
             for a in [term(t.object)]}
    city = f"{BASE}agency/ha-giang/ha-giang/uy-ban-nhan-dan-thanh-pho-thuoc-tinh"
    vi_xuyen, bac_me = (f"{BASE}agency/ha-giang/{d}/uy-ban-nhan-dan-huyen" for d in ("vi-xuyen", "bac-me"))
    assert named[city] == {"Ủy ban nhân dân thành phố Hà Giang", "Provincial City People's Committee, Ha Giang City"}
    assert named[vi_xuyen] == {"Ủy ban nhân dân huyện Vị Xuyên", "District People's Committee, Vi Xuyen District"}
    assert bac_me in named and f"{BASE}agency/ha-giang/ubnd-huyen-phu-luong" in named
    assert f"{BASE}agency/ha-giang/uy-ban-nhan-dan-thanh-pho" not in named
    # "UBND TP. Hà Giang", "UBND TP Hà Giang", "UBND Huyện Vị Xuyên": the same two agencies
    assert not [a for a in named if "ubnd-tp" in a or "ubnd-huyen-vi-xuyen" in a], sorted(named)
    for unit, number, place, issuer in (("THÀNH PHỐ HÀ GIANG", 88, "Hà Giang", city),
                                        ("HUYỆN VỊ XUYÊN", 77, "Vị Xuyên", vi_xuyen)):
        _, doc, own = build(_letterhead(unit, number, place), "unit.txt")
        assert objects(own, doc, ELI + "passed_by") == {issuer}
        assert objects(own, doc, ELI + "ensures_implementation_of") | objects(own, doc, KH + "implements") == {plan}


def test_a_centrally_run_citys_plan_names_its_districts_and_its_city_as_they_name_themselves(build):
    """Thành phố Hồ Chí Minh, 2023: "UBND thành phố Thủ Đức" (its city, of a district's rank), "UBND quận 7", "UBND
    huyện Cần Giờ" are the agencies those units' own plans give as their issuers."""
    _, _, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        THÀNH PHỐ HỒ CHÍ MINH | Độc lập - Tự do - Hạnh phúc |
        Số: 4512/KH-UBND | Thành phố Hồ Chí Minh, ngày 12 tháng 9 năm 2023 |
        KẾ HOẠCH
        Phát triển văn hóa đọc năm 2023

        I. NHIỆM VỤ

        | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
        |---|---|---|---|
        | 1 | Xây dựng thư viện số | Sở Văn hóa và Thể thao | UBND thành phố Thủ Đức; UBND quận 7; UBND huyện Cần Giờ |
        """, "hcm.txt")
    named = {term(t.object) for t in triples if term(t.predicate) == KH + "agency"}
    for unit, number, place in (("THÀNH PHỐ THỦ ĐỨC", 120, "Thủ Đức"), ("QUẬN 7", 88, "Quận 7"),
                                ("HUYỆN CẦN GIỜ", 99, "Cần Giờ")):
        _, doc, own = build(f"""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            {unit} | Độc lập - Tự do - Hạnh phúc |
            Số: {number}/KH-UBND | {place}, ngày 20 tháng 9 năm 2023 |
            KẾ HOẠCH
            Phát triển văn hóa đọc năm 2023
            """, "unit.txt")
        (issuer,) = objects(own, doc, ELI + "passed_by")
        assert issuer in named, (unit, issuer)


def test_a_citys_own_plan_names_its_committee_as_its_issuer(build):
    """In a plan of the city of Hà Giang, "UBND thành phố" and "Ủy ban nhân dân thành phố Hà Giang" are the city's
    committee, the plan's issuer (they had been the gazetteer's committee of a city of province rank, placed in the
    province); "UBND tỉnh Hà Giang" stays the province's."""
    _, doc, triples = build(_letterhead("THÀNH PHỐ HÀ GIANG", 90, "Hà Giang") + """
        I. NHIỆM VỤ

        | TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
        |---|---|---|---|
        | 1 | Tuyên truyền | Phòng Văn hóa và Thông tin | UBND thành phố |
        | 2 | Giao lưu | Ủy ban nhân dân thành phố Hà Giang | UBND tỉnh Hà Giang |
        """, "city.txt")
    city = f"{BASE}agency/ha-giang/ha-giang/uy-ban-nhan-dan-thanh-pho-thuoc-tinh"
    assert objects(triples, doc, ELI + "passed_by") == {city}
    named = {(term(t.subject), term(t.object)) for t in triples if term(t.predicate) == KH + "agency"}
    by_printed = {printed: agency for a, agency in named for printed in objects(triples, a, KH + "asPrinted")}
    assert by_printed["UBND thành phố"] == by_printed["Ủy ban nhân dân thành phố Hà Giang"] == city
    assert by_printed["UBND tỉnh Hà Giang"] == f"{BASE}agency/ha-giang/uy-ban-nhan-dan-tinh"


def test_a_commune_cites_its_districts_plan_where_the_district_plan_lies(build):
    """A commune of Cẩm Xuyên (Hà Tĩnh) carrying out "Kế hoạch số 50/KH-UBND … của UBND huyện Cẩm Xuyên" in 2022: the
    district's own plan, in the province (it had been a document of a district "Cẩm Xuyên" placed nowhere,
    `eli/vn/_/district/…`, so the commune's plan descended from nothing the district ingests); a town's likewise."""
    _, district, _ = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        HUYỆN CẨM XUYÊN | Độc lập - Tự do - Hạnh phúc |
        Số: 50/KH-UBND | Cẩm Xuyên, ngày 02 tháng 4 năm 2020 |
        KẾ HOẠCH
        Bình xét danh hiệu văn hóa năm 2020
        """, "district.txt")
    assert district == f"{BASE}eli/vn/ha-tinh/cam-xuyen/kh-ubnd/2020/50"
    for issuer, own in (("UBND huyện Cẩm Xuyên", district), ("UBND thị xã Sa Pa", None)):
        _, doc, triples = build(f"""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            XÃ CẨM LẠC | Độc lập - Tự do - Hạnh phúc |
            Số: 21/KH-UBND | Cẩm Lạc, ngày 21 tháng 10 năm 2022 |
            KẾ HOẠCH
            Bình xét các danh hiệu văn hóa năm 2022
            Thực hiện Kế hoạch số 50/KH-UBND ngày 02/4/2020 của {issuer}, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:
            """, "commune.txt")
        (cited,) = objects(triples, doc, ELI + "ensures_implementation_of")
        assert cited == (own or f"{BASE}eli/vn/lao-cai/sa-pa/kh-ubnd/2020/50")


def test_a_ward_cites_another_wards_plan_where_that_plan_lies(build):
    """Phường Hòa Cường carrying out "Kế hoạch số 15/KH-UBND … của UBND phường Hải Châu" (Đà Nẵng, 2025): Hải Châu's own
    plan (it had been a document of a ward of no city, `eli/vn/_/ward/hai-chau/…`)."""
    _, own, _ = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        PHƯỜNG HẢI CHÂU | Độc lập - Tự do - Hạnh phúc |
        Số: 15/KH-UBND | Đà Nẵng, ngày 10 tháng 9 năm 2025 |
        KẾ HOẠCH
        Tổ chức Ngày hội đọc sách năm 2025
        """, "hai-chau.txt")
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        PHƯỜNG HÒA CƯỜNG | Độc lập - Tự do - Hạnh phúc |
        Số: 22/KH-UBND | Đà Nẵng, ngày 20 tháng 9 năm 2025 |
        KẾ HOẠCH
        Phối hợp tổ chức Ngày hội đọc sách năm 2025
        Thực hiện Kế hoạch số 15/KH-UBND ngày 10/9/2025 của UBND phường Hải Châu, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:
        """, "hoa-cuong.txt")  # noqa: E501
    assert own == f"{BASE}eli/vn/da-nang/hai-chau/kh-ubnd/2025/15"
    assert objects(triples, doc, ELI + "ensures_implementation_of") == {own}


def test_a_ward_of_a_provincial_city_lies_in_the_citys_province(build):
    """Phường Mỹ Bình carrying out "Kế hoạch số 215/KH-UBND … của UBND thành phố Long Xuyên" (2021): the ward lies in
    An Giang, the province of the city (it had been placed in a province "Long Xuyên" no list knows)."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        PHƯỜNG MỸ BÌNH | Độc lập - Tự do - Hạnh phúc |
        Số: 33/KH-UBND | Mỹ Bình, ngày 20 tháng 5 năm 2021 |
        KẾ HOẠCH
        Phát triển du lịch phường năm 2021
        Thực hiện Kế hoạch số 215/KH-UBND ngày 12/5/2021 của UBND thành phố Long Xuyên, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:
        """, "my-binh.txt")  # noqa: E501
    assert doc == f"{BASE}eli/vn/an-giang/my-binh/kh-ubnd/2021/33"
    assert objects(triples, doc, ELI + "ensures_implementation_of") == {
        f"{BASE}eli/vn/an-giang/long-xuyen/kh-ubnd/2021/215"}


def test_a_towns_committee_is_a_gazetteer_body_of_its_town(build):
    """"ỦY BAN NHÂN DÂN | THỊ XÃ SA PA" (Lào Cai, before 2025): the gazetteer's town committee placed in the town; a
    ward's plan carrying out "… của UBND thị xã Sa Pa" cites a document of that committee, in the town."""
    _, doc, triples = build(_letterhead("THỊ XÃ SA PA", 66, "Sa Pa").replace("tỉnh Hà Giang", "tỉnh Lào Cai"),
                            "town.txt")
    town = f"{BASE}agency/lao-cai/sa-pa/uy-ban-nhan-dan-thi-xa"
    assert objects(triples, doc, ELI + "passed_by") == {town}
    assert objects(triples, town, SKOS + "prefLabel") == {"Ủy ban nhân dân thị xã Sa Pa",
                                                          "Town People's Committee, Sa Pa Town"}


def test_a_ward_cites_its_citys_plan_by_the_citys_committee(build):
    """A ward of the city of Hà Giang carrying out "Kế hoạch số 88/KH-UBND … của UBND thành phố Hà Giang": the city's
    document, issued by the agency the city's own plan names as its issuer."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        PHƯỜNG NGUYỄN TRÃI | Độc lập - Tự do - Hạnh phúc |
        Số: 12/KH-UBND | Hà Giang, ngày 20 tháng 4 năm 2020 |
        KẾ HOẠCH
        Thực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2020 của UBND thành phố Hà Giang
        """, "ward.txt")
    cited = f"{BASE}eli/vn/ha-giang/ha-giang/kh-ubnd/2020/88"
    assert cited in objects(triples, doc, ELI + "ensures_implementation_of") | objects(triples, doc, KH + "implements")
    assert objects(triples, cited, ELI + "passed_by") == {
        f"{BASE}agency/ha-giang/ha-giang/uy-ban-nhan-dan-thanh-pho-thuoc-tinh"}


def test_a_provinces_party_committee_cited_without_its_name_by_a_commune(build):
    """A commune's plan carrying out "Nghị quyết số 13-NQ/TU … của Ban Thường vụ Tỉnh ủy khóa XX": the resolution of
    the province's standing committee, in the province (it had been placed in the commune, "Ban Thường vụ Tỉnh ủy xã
    Tịnh Trà"); a district's committee named without its district stays where the plan is."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 12/KH-UBND | Tịnh Trà, ngày 26 tháng 4 năm 2024 |
        KẾ HOẠCH
        Chuyển đổi số năm 2024
        Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX; Chỉ thị số 15-CT/TU ngày 06/9/2023 của Tỉnh ủy; Kết luận số 19-KL/TU ngày 15/01/2023 của Thường trực Tỉnh ủy; Kế hoạch số 50/KH-UBND ngày 10/3/2024 của UBND huyện Sơn Tịnh, UBND xã xây dựng kế hoạch như sau:
        """, "commune.txt")   # noqa: E501
    province = f"{BASE}place/vn/quang-ngai"
    # (the standing board too, whose name no citation had read as an issuer's)
    for symbol, number, agency in (("nq", "13", "ban-thuong-vu-tinh-uy"), ("ct", "15", "tinh-uy"),
                                   ("kl", "19", "thuong-truc-tinh-uy")):
        cited = f"{BASE}eli/vn/quang-ngai/{symbol}-tu/2023/{number}"
        assert objects(triples, cited, ELI + "jurisdiction") == {province}
        # (a Party document is an eli:Work: its issuer is its dct:creator)
        assert objects(triples, cited, DCT + "creator") == {f"{BASE}agency/quang-ngai/{agency}"}


def test_a_districts_and_the_communes_own_party_documents_cited_by_a_commune(build):
    """A commune of Cẩm Xuyên carrying out "Kế hoạch số 45-KH/HU … của Ban Thường vụ Huyện ủy Cẩm Xuyên" and
    "Nghị quyết số 12-NQ/ĐU … của Đảng ủy xã": the district's document in the district (it had been placed in the
    commune), the commune Party committee's in the commune (it had been placed in the province)."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        XÃ CẨM LẠC | Độc lập - Tự do - Hạnh phúc |
        Số: 25/KH-UBND | Cẩm Lạc, ngày 21 tháng 10 năm 2022 |
        KẾ HOẠCH
        Chuyển đổi số năm 2022
        Thực hiện Kế hoạch số 45-KH/HU ngày 30/9/2022 của Ban Thường vụ Huyện ủy Cẩm Xuyên và Nghị quyết số 12-NQ/ĐU ngày 01/10/2022 của Đảng ủy xã, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:
        """, "commune.txt")  # noqa: E501
    # (what a plan carries out of a Party document: kh:carriesOut)
    assert objects(triples, doc, KH + "carriesOut") == {
        f"{BASE}eli/vn/ha-tinh/cam-xuyen/kh-hu/2022/45", f"{BASE}eli/vn/ha-tinh/cam-lac/nq-du/2022/12"}


def test_party_committees_named_by_their_executive_committee_cited_by_a_town(build):
    """A town's plan carrying out "Nghị quyết số 12-NQ/TU … của Ban Chấp hành Đảng bộ tỉnh khóa XVI" and "Nghị quyết
    số 15-NQ/TU … của Ban Chấp hành Đảng bộ thị xã khóa XIV" (Hương Trà, 2022): the province's Party committee and
    the town's, the committees the Party's statute calls tỉnh ủy and thị ủy (the first had been placed in the town,
    "Tỉnh ủy thị xã Hương Trà"; the second had been a body of its own, "Ban Chấp hành Đảng bộ thị xã")."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        THỊ XÃ HƯƠNG TRÀ | Độc lập - Tự do - Hạnh phúc |
        Số: 45/KH-UBND | Hương Trà, ngày 05 tháng 9 năm 2022 |
        KẾ HOẠCH
        Chuyển đổi số thị xã Hương Trà năm 2022
        Thực hiện Nghị quyết số 12-NQ/TU ngày 12/11/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XVI về chuyển đổi số và Nghị quyết số 15-NQ/TU ngày 22/3/2022 của Ban Chấp hành Đảng bộ thị xã khóa XIV; Nghị quyết số 13-NQ/TU ngày 01/3/2022 của Tỉnh ủy, UBND thị xã xây dựng kế hoạch như sau:
        """, "town.txt")   # noqa: E501
    province, town = f"{BASE}agency/hue/tinh-uy", f"{BASE}agency/hue/huong-tra/thi-uy"
    assert objects(triples, f"{BASE}eli/vn/hue/nq-tu/2021/12", DCT + "creator") == {province}
    assert objects(triples, f"{BASE}eli/vn/hue/nq-tu/2022/13", DCT + "creator") == {province}
    assert objects(triples, f"{BASE}eli/vn/hue/huong-tra/nq-tu/2022/15", DCT + "creator") == {town}
    assert "Thị ủy thị xã Hương Trà" in {t.object.value for t in triples if term(t.subject) == town
                                          and term(t.predicate) == SKOS + "prefLabel"}


# a 2019 plan of the town Hương Trà (Thừa Thiên Huế, a city since 2025) carrying out its province's Party committee's
# resolution and its People's Committee's plan, both named without their place
HUONG_TRA_2019 = """
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        THỊ XÃ HƯƠNG TRÀ | Độc lập - Tự do - Hạnh phúc |
        Số: 12/KH-UBND | Hương Trà, ngày 12 tháng 5 năm 2019 |
        KẾ HOẠCH
        Phát triển du lịch
        Thực hiện Nghị quyết số 04-NQ/TU ngày 10/3/2017 của Tỉnh ủy; Kế hoạch số 50/KH-UBND ngày 10/3/2019 của UBND tỉnh, UBND thị xã xây dựng kế hoạch như sau:
        """   # noqa: E501


def test_a_province_now_a_city_named_by_its_former_name(build):
    """A 2022 plan of Thừa Thiên Huế (a city since 2025) carrying out documents "của Tỉnh ủy Thừa Thiên Huế" and "của
    UBND tỉnh Thừa Thiên Huế": the province's Party committee and People's Committee, the agencies its own letterhead
    and "của Tỉnh ủy" give (they had been bodies of their own, as printed, "ubnd-tinh-thua-thien-hue"); in English
    too by the province it was, as a town's plan names them ("Provincial People's Committee, Hue" had been written
    there, a second English label of one agency)."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        TỈNH THỪA THIÊN HUẾ | Độc lập - Tự do - Hạnh phúc |
        Số: 47/KH-UBND | Thừa Thiên Huế, ngày 05 tháng 9 năm 2022 |
        KẾ HOẠCH
        Chuyển đổi số năm 2022
        Thực hiện Nghị quyết số 15-NQ/TU ngày 01/3/2012 của Tỉnh ủy Thừa Thiên Huế; Kế hoạch số 13/KH-UBND ngày 01/2/2022 của UBND tỉnh Thừa Thiên Huế, UBND tỉnh xây dựng kế hoạch như sau:
        """, "province.txt")   # noqa: E501
    party, committee = f"{BASE}agency/hue/tinh-uy", f"{BASE}agency/hue/uy-ban-nhan-dan-tinh"
    assert objects(triples, f"{BASE}eli/vn/hue/nq-tu/2012/15", DCT + "creator") == {party}
    assert objects(triples, f"{BASE}eli/vn/hue/kh-ubnd/2022/13", ELI + "passed_by") == {committee}
    _, _, town = build(HUONG_TRA_2019, "town.txt")

    def english(ts, agency):
        return {t.object.value for t in ts if term(t.subject) == agency and term(t.predicate) == SKOS + "prefLabel"
                and t.object.language == "en"}
    assert english(triples, committee) == english(town, committee) == {"Provincial People's Committee, Thua Thien Hue"}
    assert english(triples, party) == english(town, party) == {"Provincial Party Committee, Thua Thien Hue"}


def test_a_provinces_party_committee_where_the_province_is_now_a_city(build):
    """A 2019 plan of Hương Trà (Thừa Thiên Huế, a city since 2025) carrying out "… của Tỉnh ủy": labelled by the
    province it was, as its People's Committee is ("Tỉnh ủy thành phố Huế" had been written)."""
    _, doc, triples = build(HUONG_TRA_2019, "town.txt")
    labels = {lit.value for t in triples if term(t.subject) == f"{BASE}agency/hue/tinh-uy"
              and term(t.predicate) == SKOS + "prefLabel" for lit in [t.object]}
    assert "Tỉnh ủy tỉnh Thừa Thiên Huế" in labels


def test_a_citys_party_committee_cited_without_its_name_by_a_ward(build):
    """A ward of Hà Nội carrying out a plan "… của Thành ủy" and a directive "… của Ban Thường vụ Thành ủy": the city's
    Party committee and its standing committee (they had been placed in the ward, "Thành ủy phường Ba Đình")."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 12/KH-UBND | Hà Nội, ngày 26 tháng 8 năm 2025 |
        KẾ HOẠCH
        Tổng vệ sinh môi trường
        Thực hiện Chỉ thị số 44-CT/TU ngày 24/7/2025 của Ban Thường vụ Thành ủy; Kế hoạch số 343-KH/TU ngày 06/9/2025 của Thành ủy, UBND phường xây dựng kế hoạch như sau:
        """, "ward.txt")   # noqa: E501
    for symbol, number, agency in (("ct", "44", "ban-thuong-vu-thanh-uy"), ("kh", "343", "thanh-uy")):
        cited = f"{BASE}eli/vn/ha-noi/{symbol}-tu/2025/{number}"
        assert objects(triples, cited, ELI + "jurisdiction") == {f"{BASE}place/vn/ha-noi"}
        assert objects(triples, cited, DCT + "creator") == {f"{BASE}agency/ha-noi/{agency}"}


def test_a_law_named_with_the_date_it_was_passed_is_one_document_for_every_plan(build):
    laws = []
    for number, name in (("21", "a.txt"), ("22", "b.txt")):
        _, doc, triples = build(f"""
            ỦY BAN NHÂN DÂN
            TỈNH KON TUM
            Số: {number}/KH-UBND
            Kon Tum, ngày 3 tháng 3 năm 2024
            KẾ HOẠCH
            Phòng, chống thiên tai năm 2024
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ
            chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
            """, name)
        laws.append(objects(triples, doc, ELI + "based_on"))
    shared = f"{BASE}eli/vn/luat/2015/luat-to-chuc-chinh-quyen-dia-phuong"
    # the amending law by its whole name and the date it was passed (it had been "Luật sửa đổi", each plan's own)
    amending = (f"{BASE}eli/vn/luat/2019/luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-"
                "chinh-quyen-dia-phuong")
    assert laws[0] == laws[1] == {shared, amending}


def test_the_law_of_councils_and_committees_keeps_its_va_and_one_iri_for_either_printing(build):
    """"Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003" is one law (it had been cut at "và": "Luật Tổ chức
    HĐND", undated, the plan's own), the same document as "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân" of
    that date."""
    cited = []
    for number, law in (("31", "Luật Tổ chức HĐND và UBND"),
                        ("32", "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân")):
        _, doc, triples = build(f"""
            UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            TỈNH SƠN LA | Độc lập - Tự do - Hạnh phúc |
            Số: {number}/KH-UBND | Sơn La, ngày 30 tháng 12 năm 2014 |
            KẾ HOẠCH
            Phòng, chống thiên tai năm 2015
            Căn cứ {law} ngày 26 tháng 11 năm 2003;
            """, f"{number}.txt")
        cited.append(objects(triples, doc, ELI + "based_on"))
    assert cited[0] == cited[1] == {f"{BASE}eli/vn/luat/2003/luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"}


def test_a_joint_circular_is_passed_by_each_body(build):
    _, doc, triples = build("""
        BỘ TÀI CHÍNH - BỘ NỘI VỤ
        -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 07/2013/TTLT-BTC-BNV
        Hà Nội, ngày 4 tháng 3 năm 2013
        THÔNG TƯ LIÊN TỊCH
        Hướng dẫn quản lý kinh phí đào tạo cán bộ
        """, "ttlt.txt")
    assert objects(triples, doc, ELI + "passed_by") == {f"{BASE}agency/vn/bo-tai-chinh", f"{BASE}agency/vn/bo-noi-vu"}


def test_a_district_committee_is_a_gazetteer_body_of_its_district(build):
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        HUYỆN LÝ SƠN | Độc lập - Tự do - Hạnh phúc |
        Số: 42/KH-UBND | Lý Sơn, ngày 10 tháng 5 năm 2022 |
        KẾ HOẠCH
        Tuyên truyền Tuần lễ Biển và Hải đảo năm 2022
        """, "lyson.txt")
    (agency,) = objects(triples, doc, ELI + "passed_by")
    assert agency.endswith("/ly-son/uy-ban-nhan-dan-huyen")
    assert objects(triples, agency, SKOS + "prefLabel") == {"Ủy ban nhân dân huyện Lý Sơn",
                                                            "District People's Committee, Ly Son District"}


def test_a_provincial_issuer_named_on_a_district_portal_sits_in_the_province(build):
    """A district portal's notice of the province's directive: the committee that issued it is the
    province's, never "Ủy ban nhân dân tỉnh huyện Kim Thành"."""
    _, doc, triples = build("""
        Tăng cường phòng cháy, chữa cháy trong mùa hanh khô

        Ngày 14/10/2022, UBND tỉnh có Chỉ thị số 09/CT-UBND về việc tăng cường công tác phòng cháy, chữa cháy.

        Cổng thông tin điện tử huyện Kim Thành - tỉnh Hải Dương
        """, "notice.txt")
    labels = {label for a in objects(triples, doc, ELI + "passed_by")
              for label in objects(triples, a, SKOS + "prefLabel")}
    assert "Ủy ban nhân dân tỉnh Hải Dương" in labels and not any("huyện" in label for label in labels)


def test_an_issuer_printed_with_the_older_name_of_its_province_is_the_provinces_committee(build):
    _, doc, triples = build("""
        ỦY
        BAN NHÂN DÂN |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 82/KH-UBND |
        Thừa Thiên Huế, ngày 13 tháng 3 năm 2020 |
        Thực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 của Ban Bí thư, Ủy ban nhân dân tỉnh Thừa Thiên Huế ban hành
        kế hoạch thực hiện năm 2020 như sau:
        """, "hue.txt")
    assert objects(triples, doc, ELI + "passed_by") == {f"{BASE}agency/hue/uy-ban-nhan-dan-tinh"}


def test_a_cited_document_without_its_issuer_takes_the_one_its_symbol_names(build):
    """"Nghị quyết số 71/NQ-CP" printed without "của Chính phủ": the code CP names one body
    (ontology/issuer-codes.ttl); "…-KL/TW" names two (Bộ Chính trị, Ban Bí thư): no issuer."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
        Số: 77/KH-UBND
        Đồng Tháp, ngày 2 tháng 6 năm 2022
        KẾ HOẠCH
        Thực hiện Nghị quyết số 71/NQ-CP ngày 01/6/2022 và Kết luận số 12-KL/TW ngày 06/4/2022;
        """, "codes.txt")
    assert objects(triples, f"{BASE}eli/vn/nq-cp/2022/71", ELI + "passed_by") == {f"{BASE}agency/vn/chinh-phu"}
    conclusion = next(iter(objects(triples, doc, KH + "carriesOut")))
    assert conclusion.endswith("12") and not objects(triples, conclusion, DCT + "creator")


def test_the_assemblys_code_names_it_with_its_term_only(build):
    """"58/2024/QH15": the National Assembly's, its term read off the code; "156/QH-HĐPH", a bare "QH" (a misprinted
    "QĐ"), names no one."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
        Số: 78/KH-UBND
        Đồng Tháp, ngày 2 tháng 6 năm 2025
        KẾ HOẠCH
        Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29/11/2024 và Quyết định số 156/QH-HĐPH ngày 10/3/2025;
        """, "assembly.txt")
    assert objects(triples, f"{BASE}eli/vn/qh15/2024/58", ELI + "passed_by") == {f"{BASE}agency/vn/quoc-hoi"}
    misprinted = [s for s in {t.subject.value for t in triples} if s.endswith("/156") and "/citation/" not in s]
    assert misprinted and not objects(triples, misprinted[0], ELI + "passed_by")


def test_the_state_banks_circulars_and_directives_are_its_not_its_branchs(build):
    """"Chỉ thị số 02/CT-NHNN … của Thống đốc Ngân hàng Nhà nước": the Governor's office stands for the State Bank, and
    the short name its number's code gives in full is the central bank, not the branch the short name alone is in a
    provincial plan (the directive had no issuer; a circular "của Ngân hàng Nhà nước" had the branch). A decision's
    "…/QĐ-NHNN" is left to its printed issuer (whether branches print the code was not found); the branch leading a
    task stays the branch."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
        Số: 45/KH-UBND
        Quảng Nam, ngày 10 tháng 4 năm 2024
        KẾ HOẠCH
        Triển khai Chỉ thị số 02/CT-NHNN ngày 12/3/2024 của Thống đốc Ngân hàng Nhà nước, Thông tư số
        06/2023/TT-NHNN ngày 28/6/2023 của Ngân hàng Nhà nước và Quyết định số 1234/QĐ-NHNN ngày 5/6/2023 của
        Ngân hàng Nhà nước;
        1. Ngân hàng Nhà nước chủ trì, phối hợp với Sở Tài chính triển khai.
        """, "nhnn.txt")
    central = f"{BASE}agency/vn/ngan-hang-nha-nuoc-viet-nam"
    by_number = {o.value: t.subject.value for t in triples if t.predicate.value == ELI + "id_local"
                 for o in [t.object]}
    assert objects(triples, by_number["02/CT-NHNN"], ELI + "passed_by") == {central}
    assert objects(triples, by_number["06/2023/TT-NHNN"], ELI + "passed_by") == {central}
    (decision_issuer,) = objects(triples, by_number["1234/QĐ-NHNN"], ELI + "passed_by")
    assert decision_issuer != central
    leads = {t.object.value for t in triples if t.predicate.value == KH + "lead"}
    assert leads and central not in leads


def test_a_committee_of_a_city_named_tp_is_placed_in_it(build):
    """"của UBND TP Cần Thơ": the city's committee, placed in Cần Thơ (the unit "TP" had stopped the whole file with an
    internal error, KeyError 'tp'); issuer_unit reads "TP" and "TP." as "thành phố" from any source."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
        Số: 45/KH-UBND
        Cần Thơ, ngày 10 tháng 4 năm 2024
        KẾ HOẠCH
        Thực hiện Quyết định 08/2022/QĐ-UBND của UBND TP Cần Thơ về việc phòng chống thiên tai;
        """, "tp.txt")
    (decision,) = {t.subject.value for t in triples if t.predicate.value == ELI + "id_local"
                   and t.object.value == "08/2022/QĐ-UBND"}
    (issuer,) = objects(triples, decision, ELI + "passed_by")
    assert "can-tho" in issuer and "can-tho" in decision
    for printed in ("UBND TP Cần Thơ", "UBND TP. Cần Thơ"):
        assert issuer_unit(Citation("based_on", "Quyết định", "08/2022/QĐ-UBND", None, None, None, printed, None,
                                    Span(1, 1, ""))) == ("thành phố", "Cần Thơ")


def test_an_issuer_the_gazetteer_lacks_is_named_with_its_place(build):
    _, doc, triples = build("""
        UBND TỈNH THÁI BÌNH
        BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM VÀ BẢO VỆ AN NINH TỔ QUỐC
        -------
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 40/QĐ-BCĐ
        Thái Bình, ngày 16 tháng 04 năm 2014
        QUYẾT ĐỊNH
        """, "bcd.txt")
    (agency,) = objects(triples, doc, ELI + "passed_by")
    assert objects(triples, agency, KH + "resolution") == {KH + "unresolved"}
    assert "Ban Chỉ đạo phòng, chống tội phạm và bảo vệ an ninh Tổ quốc tỉnh Thái Bình" in \
        objects(triples, agency, SKOS + "prefLabel")


def _cited(triples, doc) -> set[str]:
    return {x for c in objects(triples, doc, KH + "citation") for x in objects(triples, c, KH + "citedDocument")}


@pytest.mark.parametrize("date, basis, law", [
    # the two laws of one name passed in 2025, told apart by the day printed
    ("20/3/2025", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025", "65"),
    ("20/8/2025", "Luật Tổ chức chính quyền địa phương ngày 16/6/2025", "72"),
    # by number: the same law as by name and day
    ("20/8/2025", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "72"),
    # the year alone: the one of that year passed by the plan's date
    ("20/3/2025", "Luật Tổ chức chính quyền địa phương năm 2025", "65"),
    ("20/8/2025", "Luật Tổ chức chính quyền địa phương năm 2025", "72"),
])
def test_two_laws_of_one_name_passed_the_same_year(build, date, basis, law):
    """Luật Tổ chức chính quyền địa phương 65/2025/QH15 (19/02/2025) and 72/2025/QH15 (16/6/2025), which replaced it:
    two laws (they had been one node, eli/vn/luat/2025/luat-to-chuc-chinh-quyen-dia-phuong, and every store holding
    plans that cite both got a finding that one law was cited with two dates)."""
    day, month, year = date.split("/")
    _, doc, triples = build(f"""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        TỈNH NGHỆ AN | Độc lập - Tự do - Hạnh phúc |
        Số: 12/QĐ-UBND | Nghệ An, ngày {day} tháng {month} năm {year} |
        QUYẾT ĐỊNH
        Ban hành Kế hoạch chuyển đổi số
        Căn cứ {basis};
        """, "decision.txt")
    assert f"{BASE}eli/vn/qh15/2025/{law}" in _cited(triples, doc)


@pytest.mark.parametrize("letterhead, place, number, committee", [
    ("TỈNH SÓC TRĂNG", "Sóc Trăng", "20-KL/TU", "soc-trang/tinh-uy"),
    ("THÀNH PHỐ HẢI PHÒNG", "Hải Phòng", "21-NQ/TU", "hai-phong/thanh-uy"),
])
def test_a_party_committee_printed_without_its_unit(build, letterhead, place, number, committee):
    """"Kết luận số 20-KL/TU … của Ban Chấp hành Đảng bộ khóa XIII" in a province's plan (Sóc Trăng, 2020): the
    province's Party committee, as "Ban Chấp hành Đảng bộ tỉnh" and the number's "TU" say (it had been a body of its
    own, "Ban Chấp hành Đảng bộ"); a centrally-run city's, its Thành ủy."""
    serial, symbol = number.split("-")
    _, doc, triples = build(f"""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        {letterhead} | Độc lập - Tự do - Hạnh phúc |
        Số: 107/KH-UBND | {place}, ngày 08 tháng 9 năm 2020 |
        KẾ HOẠCH
        Bảo vệ môi trường
        Thực hiện {"Kết luận" if symbol.startswith("KL") else "Nghị quyết"} số {number} ngày 24/6/2020 của Ban Chấp hành Đảng bộ khóa XIII về bảo vệ môi trường, Ủy ban nhân dân xây dựng kế hoạch như sau:
        """, "plan.txt")   # noqa: E501
    (cited,) = _cited(triples, doc)
    assert objects(triples, cited, DCT + "creator") == {f"{BASE}agency/{committee}"}


@pytest.mark.parametrize("issuer", [
    "BCH Đảng bộ tỉnh Lào Cai khóa XV",
    "Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI, nhiệm kỳ 2020 - 2025",
])
def test_a_party_committee_named_by_its_letters_or_its_congress(build, issuer):
    """"… của BCH Đảng bộ tỉnh Lào Cai khóa XV" (Lào Cai, 2018) and "… của Đại hội đại biểu Đảng bộ tỉnh … lần thứ I"
    (Cà Mau, 2025): the province's Party committee, the gazetteer's Tỉnh ủy, as "Ban Chấp hành Đảng bộ tỉnh Lào Cai"
    is (the document had had no issuer)."""
    _, doc, triples = build(f"""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        TỈNH LÀO CAI | Độc lập - Tự do - Hạnh phúc |
        Số: 215/KH-UBND | Lào Cai, ngày 10 tháng 5 năm 2021 |
        KẾ HOẠCH
        Phát triển du lịch
        Căn cứ Nghị quyết số 11-NQ/TU ngày 28/07/2020 của {issuer} về phát triển du lịch;
        """, "plan.txt")
    (cited,) = _cited(triples, doc)
    assert objects(triples, cited, DCT + "creator") == {f"{BASE}agency/lao-cai/tinh-uy"}


def test_boards_the_gazetteer_lacks_placed_by_their_names(build):
    """A national board cited in a province's plan ("Ban chỉ đạo Quốc gia phòng chống dịch Covid-19", Quảng Ninh, 2020)
    is the country's (it had been placed in the province), and a board of the province's youth union cited in a
    district's plan ("Ban Thường vụ Tỉnh đoàn", Lấp Vò, 2022) the province's (it had been placed in the district)."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        TỈNH QUẢNG NINH | Độc lập - Tự do - Hạnh phúc |
        Số: 46/KH-UBND | Quảng Ninh, ngày 10 tháng 3 năm 2020 |
        KẾ HOẠCH
        Phòng chống dịch
        Thực hiện Quyết định số 42/QĐ-BCĐ ngày 18/2/2020 của Ban chỉ đạo Quốc gia phòng chống dịch Covid-19; Ủy ban nhân dân tỉnh xây dựng Kế hoạch.
        """, "plan.txt")   # noqa: E501
    (cited,) = _cited(triples, doc)
    national = f"{BASE}agency/vn/ban-chi-dao-quoc-gia-phong-chong-dich-covid-19"
    assert objects(triples, cited, ELI + "passed_by") == {national}
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        HUYỆN LẤP VÒ | Độc lập - Tự do - Hạnh phúc |
        Số: 12/KH-UBND | Lấp Vò, ngày 10 tháng 1 năm 2022 |
        KẾ HOẠCH
        Tuyên truyền Đại hội Đoàn
        Căn cứ Kế hoạch số 246-KH/TĐTN-TCKT, ngày 12/10/2021 của Ban Thường vụ Tỉnh đoàn về việc tổ chức Đại hội Đoàn các cấp;
        """, "plan.txt")   # noqa: E501
    (cited,) = _cited(triples, doc)
    assert objects(triples, cited, DCT + "creator") == {f"{BASE}agency/dong-thap/ban-thuong-vu-tinh-doan"}


@pytest.mark.parametrize("ending, creator", [
    ("của Bộ Chính", None),                      # cut off by the excerpt's end: no issuer (it had been "Bộ Chính")
    ("của Ban Bí thư Tru", None),                # cut inside a word (it had been a body "Ban Bí thư Tru")
    ("của Bộ Chính trị", "agency/vn/bo-chinh-tri"),
])
def test_an_issuer_cut_off_by_the_end_of_an_excerpt(build, ending, creator):
    _, doc, triples = build(f"""
        BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 12/QĐ-BVHTTDL | Hà Nội, ngày 10 tháng 3 năm 2021 |
        QUYẾT ĐỊNH
        Ban hành Kế hoạch phát triển văn hóa
        Điều 1. Ban hành Kế hoạch triển khai thực hiện Kết luận số 76-KL/TW ngày 04 tháng 6 năm 2020 {ending}""",
        "plan.txt")
    (cited,) = _cited(triples, doc)
    assert objects(triples, cited, DCT + "creator") == ({f"{BASE}{creator}"} if creator else set())


def test_the_youth_unions_secretariat_is_a_national_body(build):
    """"… của Ban Bí thư Trung ương Đoàn" in a province's plan: the Youth Union's Secretariat, national (it had been
    read as the Party's Secretariat, "Ban Bí thư")."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        TỈNH QUẢNG NINH | Độc lập - Tự do - Hạnh phúc |
        Số: 46/KH-UBND | Quảng Ninh, ngày 10 tháng 3 năm 2020 |
        KẾ HOẠCH
        Tháng Thanh niên
        Thực hiện Kế hoạch số 183-KH/TWĐTN-TNNT ngày 10/01/2020 của Ban Bí thư Trung ương Đoàn về tổ chức Tháng Thanh niên;
        """, "plan.txt")   # noqa: E501
    (cited,) = _cited(triples, doc)
    assert objects(triples, cited, DCT + "creator") == {f"{BASE}agency/vn/ban-bi-thu-trung-uong-doan"}


def test_a_communes_plan_places_the_bodies_above_it_it_names_without_their_place(build):
    """A commune's plan citing "… 289-QĐ/TU … của Ban chấp hành Đảng bộ Tỉnh", "… 12-NQ/HU … của Ban chấp hành Đảng bộ
    huyện" and "… của HĐND huyện" beside documents of "UBND huyện Như Xuân": the province's Party committee, and the
    bodies of the one district it names (they had been placed in the commune: "Tỉnh ủy xã Cát Vân", "Huyện ủy xã Cát
    Vân", "Hội đồng nhân dân huyện Cát Vân")."""
    _, doc, triples = build("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        XÃ CÁT VÂN | Độc lập - Tự do - Hạnh phúc |
        Số: 14/KH-UBND | Cát Vân, ngày 12 tháng 02 năm 2019 |
        KẾ HOẠCH
        Giảm nghèo năm 2019
        Căn cứ Quyết định số 289-QĐ/TU ngày 27/05/2016 của Ban chấp hành Đảng bộ Tỉnh khóa XVIII ban hành chương trình giảm nghèo;
        Căn cứ Nghị quyết số 12-NQ/HU ngày 18 tháng 12 năm 2018 của Ban chấp hành Đảng bộ huyện khóa XXII về nhiệm vụ năm 2019;
        Căn cứ Nghị quyết số 53/NQ-HĐND ngày 21 tháng 12 năm 2018 của HĐND huyện khóa XX về nhiệm vụ năm 2019;
        Căn cứ Quyết định số 37/QĐ-UBND ngày 09 tháng 01 năm 2019 của UBND huyện Như Xuân về kế hoạch hành động;
        """, "plan.txt")   # noqa: E501
    creators = {n: objects(triples, d, DCT + "creator") | objects(triples, d, ELI + "passed_by")
                for c in objects(triples, doc, KH + "citation") for d in objects(triples, c, KH + "citedDocument")
                for n in objects(triples, c, KH + "citedNumber")}
    assert creators == {
        "289-QĐ/TU": {f"{BASE}agency/thanh-hoa/tinh-uy"},
        "12-NQ/HU": {f"{BASE}agency/thanh-hoa/nhu-xuan/huyen-uy"},
        "53/NQ-HĐND": {f"{BASE}agency/thanh-hoa/nhu-xuan/hoi-dong-nhan-dan-huyen"},
        "37/QĐ-UBND": {f"{BASE}agency/thanh-hoa/nhu-xuan/uy-ban-nhan-dan-huyen"},
    }

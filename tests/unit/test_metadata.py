"""Document metadata (ingest/metadata.py): number, date, type, title, issuer, jurisdiction,
signer, period, and which documents a plan implements or is based on."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.metadata import extract_citations, extract_meta, stated_period

PROVINCE_PLAN = """
    ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

    Số: 321/KH-UBND

    Đồng Tháp, ngày 14 tháng 3 năm 2026

    # KẾ HOẠCH

    ## Phát triển thư viện số cấp xã giai đoạn 2026 - 2030

    Căn cứ Nghị quyết số 09/2025/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh về văn hóa đọc;

    Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình số hóa;

    I. NHIỆM VỤ

    Các thư viện thực hiện Quyết định số 155/QĐ-TTg nêu trên.

    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH

    Trần Văn Bình
    """

WARD_DECISION = """
    ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH

    Số: /KH-UBND

    Hòa Khánh, ngày  tháng  năm 2026

    QUYẾT ĐỊNH

    Về việc ban hành quy chế làm việc của Tổ công nghệ số cộng đồng

    Thực hiện Kế hoạch số 99/KH-UBND ngày 10/4/2026 của Ủy ban nhân dân thành phố Đà Nẵng về chuyển đổi số;

    I. NỘI DUNG

    1. Thời gian thực hiện: từ năm 2026 đến năm 2028.
    """


@pytest.fixture
def meta_of(parse):
    def run(s: str):
        doc, blocks = parse(s)
        extract_meta(doc, blocks)
        extract_citations(doc, blocks)
        return doc
    return run


def test_number_date_and_type(meta_of):
    m = meta_of(PROVINCE_PLAN).meta
    assert m.number == "321/KH-UBND" and not m.number_blank
    assert m.date == dt.date(2026, 3, 14) and m.date_printed == "Đồng Tháp, ngày 14 tháng 3 năm 2026"
    assert m.doc_type == "Kế hoạch"
    assert m.title == "Phát triển thư viện số cấp xã giai đoạn 2026 - 2030"
    assert (m.spans["number"].start, m.spans["date"].start, m.spans["title"].start) == (3, 5, 9)


def test_issuer_and_jurisdiction_of_a_province(meta_of):
    m = meta_of(PROVINCE_PLAN).meta
    assert m.issuer == "UBND tỉnh Đồng Tháp"
    assert (m.jurisdiction, m.jurisdiction_level) == ("Đồng Tháp", "province")


def test_signer_and_title_under_the_signature(meta_of):
    m = meta_of(PROVINCE_PLAN).meta
    assert (m.signer_title, m.signer) == ("PHÓ CHỦ TỊCH", "Trần Văn Bình")


def test_period_from_the_title(meta_of):
    m = meta_of(PROVINCE_PLAN).meta
    assert (m.period_start, m.period_end) == (2026, 2030)
    assert m.spans["period"] == m.spans["title"]


def test_blank_number_and_date_are_flagged_not_invented(meta_of):
    m = meta_of(WARD_DECISION).meta
    assert m.number is None and m.number_blank and m.number_printed == "/KH-UBND"
    assert m.date is None and m.date_blank


def test_other_document_types_and_their_title(meta_of):
    m = meta_of(WARD_DECISION).meta
    assert m.doc_type == "Quyết định"
    assert m.title == "Về việc ban hành quy chế làm việc của Tổ công nghệ số cộng đồng"


def test_ward_issuer_and_period_from_the_time_line(meta_of):
    m = meta_of(WARD_DECISION).meta
    assert m.issuer == "UBND phường Hòa Khánh"
    assert (m.jurisdiction, m.jurisdiction_level) == ("Hòa Khánh", "ward")
    assert (m.period_start, m.period_end) == (2026, 2028)       # "Thời gian thực hiện" wins over the title


def test_issuer_without_a_name_takes_the_place_of_the_date_line(meta_of):
    m = meta_of("""
        ỦY BAN NHÂN DÂN TỈNH

        Số: 45/KH-UBND

        Lâm Đồng, ngày 02 tháng 3 năm 2026

        ## KẾ HOẠCH

        ## Chuyển đổi số trong trường học
        """).meta
    assert m.issuer == "UBND tỉnh Lâm Đồng" and m.jurisdiction == "Lâm Đồng"


# a portal's list of related documents above the letterhead names other provinces
RELATED_LIST = """
    - 1 Kế hoạch 12/KH-UBND năm 2021 thực hiện Chiến lược về bình đẳng giới trên địa bàn tỉnh Trà Vinh
    - 2 Kế hoạch 88/KH-UBND năm 2021 về bình đẳng giới tỉnh Nam Định

    ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |

    Số: 71/KH-UBND | Bạc Liêu, ngày 29 tháng 4 năm 2021 |

    """


def test_the_issuer_sentence_names_the_territory_not_a_related_list(meta_of):
    m = meta_of(RELATED_LIST + "UBND tỉnh xây dựng Kế hoạch thực hiện Chiến lược "
                               "trên địa bàn tỉnh Bạc Liêu như sau:\n").meta
    assert (m.issuer, m.jurisdiction) == ("UBND tỉnh Bạc Liêu", "Bạc Liêu")


def test_a_committee_a_task_is_given_to_or_shared_with_is_no_issuer(meta_of):
    """"Giao cho Sở … phối hợp với UBND huyện Đồng Hỷ …" in a report of a conclusion: that district's committee works on
    a task, it issued nothing; the province's committee, named further on, is the one the page is about."""
    m = meta_of("Sau buổi làm việc, đơn vị nhận được Thông báo số 81/TB-UBND về kết luận của Chủ tịch UBND tỉnh.\n"
                "Thông báo nêu: “Giao cho Sở Kế hoạch và Đầu tư phối hợp với UBND huyện Đồng Hỷ để cung cấp thông tin; "
                "giao cho UBND huyện Phú Lương rà soát hồ sơ.”\nUBND tỉnh Thái Nguyên sẽ kiểm tra việc thực "
                "hiện.\n").meta
    assert (m.issuer, m.jurisdiction) == ("UBND tỉnh Thái Nguyên", "Thái Nguyên")


def test_a_kind_of_committee_standing_for_all_of_them_is_no_issuer(meta_of):
    """"… để UBND phường, xã, đặc khu triển khai thực hiện" names every ward's and commune's committee, none of which
    issued the page: no ward's committee is its issuer; the city the page names is its place."""
    m = meta_of("Sở Xây dựng ban hành cẩm nang cấp phép xây dựng để UBND phường, xã, đặc khu triển khai thực hiện "
                "thống nhất.\nUBND TPHCM giao Sở Xây dựng chủ trì theo dõi.\n").meta
    assert (m.issuer, m.jurisdiction) == (None, "Hồ Chí Minh")


@pytest.mark.parametrize("text, issuer, place", [
    # a report of a meeting: the province's committee named in the title of one who attended
    ("Hội nghị triển khai năm học mới\n\nDự hội nghị tại điểm cầu tỉnh Quảng Trị có đồng chí Lê Văn B - TUV, Phó Chủ "
     "tịch UBND tỉnh; lãnh đạo một số sở, ngành của tỉnh.\n\nNăm học qua, Bộ đã trình Quốc hội thông qua Luật Nhà "
     "giáo.\n", None, "Quảng Trị"),
    # the title after the name of someone quoted, the word before the name in either case
    ("Phường thông minh\n\nTheo bà Trương Thị D, Chủ tịch UBND phường Cầu Ông Lãnh, việc ký kết thoả thuận hợp tác là "
     "bước đi cụ thể.\n\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n", None, ...),
    ("Phường thông minh\n\nÔng Nguyễn Văn A, Chủ tịch UBND phường Cầu Ông Lãnh, cho biết phường đã hoàn thành chuyển "
     "đổi số.\n\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n", None, ...),
    # a party to an agreement
    ("Phường thông minh\n\nHội nghị ký kết thỏa thuận hợp tác giữa UBND phường Cầu Ông Lãnh với VNPT về chuyển đổi "
     "số.\n\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n", None, ...),
    # the chairman signing, his title before or after his name: the committee's document
    ("Phòng chống dịch mùa hè\n\nTại tỉnh Quảng Trị, Phó Chủ tịch UBND tỉnh Lê Văn B đã ký ban hành kế hoạch phòng "
     "chống dịch.\n", "UBND tỉnh Quảng Trị", "Quảng Trị"),
    ("Phòng chống dịch\n\nÔng Lê Văn B, Phó Chủ tịch UBND tỉnh Quảng Trị, đã ký ban hành kế hoạch phòng chống dịch.\n",
     "UBND tỉnh Quảng Trị", "Quảng Trị"),
])
def test_a_committee_in_the_title_of_someone_attending_or_quoted_is_no_issuer(meta_of, text, issuer, place):
    """A committee named only in someone's title (one who attended, one quoted) or as a party to an agreement issued
    nothing; the chairman signing is the committee's document. (`...`: the place is not what the case is about.)"""
    m = meta_of(text).meta
    assert m.issuer == issuer
    if place is not ...:
        assert m.jurisdiction == place


def test_a_national_notice_naming_provinces_committees_stays_national(meta_of):
    """"Thủ tướng … đã ký quyết định chỉ định 23 chủ tịch UBND tỉnh, thành phố …" (dated: that day's): the Prime
    Minister's, national; the provinces' committees it names issued nothing."""
    m = meta_of("Ngày 24/6/2027, Thủ tướng Chính phủ Nguyễn Văn A đã ký quyết định chỉ định 23 chủ tịch UBND tỉnh, "
                "thành phố mới sau khi sáp nhập. Quyết định có hiệu lực từ ngày 1/7/2027.\n").meta
    assert (m.issuer, m.jurisdiction, m.national) == ("Thủ tướng Chính phủ", None, True)


def test_a_date_after_the_territory_is_no_numbered_ward(meta_of):
    """"… trên địa bàn xã" then the date "12/06/2020" on the next line: no "xã 12"; a numbered ward is one."""
    m = meta_of("KẾ HOẠCH Tổ chức các hoạt động Ngày Gia đình Việt Nam năm 2020 trên địa bàn xã\n12/06/2020\n"
                "I. MỤC ĐÍCH YÊU CẦU\n").meta
    assert (m.issuer, m.jurisdiction) == (None, None)
    m = meta_of("KẾ HOẠCH\nTổ chức Ngày Gia đình Việt Nam năm 2020\nUBND phường xây dựng kế hoạch trên địa bàn "
                "phường 12 như sau:\n").meta
    assert m.issuer == "UBND phường 12"


def test_a_place_named_only_above_the_letterhead_yields_to_the_place_date_line(meta_of):
    m = meta_of(RELATED_LIST + "Tiếp tục thu hẹp khoảng cách giới trong các lĩnh vực.\n").meta
    assert m.jurisdiction == "Bạc Liêu"


def test_a_commune_several_provinces_have_lies_in_the_province_its_text_names(meta_of):
    m = meta_of("""
        ỦY BAN NHÂN DÂN XÃ TỊNH TRÀ |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |
        Số: /KH-UBND |
        Tịnh Trà, ngày 26 tháng 4 năm 2024 |
        KẾ HOẠCH
        Triển khai Nghị quyết số 13-NQ/TU ngày 06/9/2023 về chuyển đổi số tỉnh Quảng Ngãi Đến năm 2025
        """).meta
    assert (m.jurisdiction, m.jurisdiction_level, m.parent_jurisdiction) == ("Tịnh Trà", "commune", "Quảng Ngãi")


def test_a_commune_in_the_province_its_portals_banner_names(meta_of):
    """"Trang thông tin điện tử Xã Đông Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa": four provinces have a Đông Quang."""
    m = meta_of("""
        Chào mừng bạn đến với Trang thông tin điện tử Xã Đông Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa
        ỦY BAN NHÂN DÂN
        XÃ ĐÔNG QUANG
        Số: /KH-UBND
        Đông Quang, ngày 17 tháng 6 năm 2019
        KẾ HOẠCH
        Hành động ứng phó khẩn cấp với bệnh Dịch tả lợn Châu Phi trên địa bàn xã Đông Quang
        """).meta
    assert (m.jurisdiction, m.jurisdiction_level, m.parent_jurisdiction) == ("Đông Quang", "commune", "Thanh Hóa")


@pytest.mark.parametrize("commune, city, printed", [
    ("Thạnh Phú", "Cần Thơ", "TP Cần Thơ"),        # TP for thành phố
    ("Bình Mỹ", "Hồ Chí Minh", "TP.HCM"),          # three provinces have a Bình Mỹ
])
def test_a_commune_whose_text_names_its_city_as_tp(meta_of, commune, city, printed):
    """"TP Cần Thơ", "TP.HCM" name the city the commune lies in."""
    m = meta_of(f"""
        ỦY BAN NHÂN DÂN XÃ {commune.upper()} |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |
        Số: 52/KH-UBND |
        {commune}, ngày 10 tháng 9 năm 2025 |
        KẾ HOẠCH
        Thực hiện chuyển đổi số trên địa bàn xã theo Kế hoạch của UBND {printed}
        """).meta
    assert (m.jurisdiction, m.jurisdiction_level, m.parent_jurisdiction) == (commune, "commune", city)


def test_a_ministrys_letter_sent_to_the_provinces_committees_is_national(meta_of):
    """"Bộ … vừa có Công văn số … gửi Sở … các tỉnh", a province and "UBND tỉnh" named later: the ministry's,
    national (it had been the unnamed "UBND tỉnh" of the first province the page names)."""
    m = meta_of("""
        Tổ chức liên hoan văn nghệ quần chúng năm 2026
        Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) vừa có Công văn số 1207/BVHTTDL-VHCS gửi Sở VHTTDL các tỉnh, thành phố về việc tổ chức liên hoan văn nghệ quần chúng năm 2026, tại tỉnh Ninh Bình.
        Bộ VHTTDL đề nghị các Sở đưa liên hoan vào kế hoạch công tác năm 2026, đề xuất UBND tỉnh đồng ý cử đoàn tham gia.
        """).meta  # noqa: E501
    assert (m.issuer, m.national, m.jurisdiction, m.number) == ("Bộ Văn hóa, Thể thao và Du lịch", True, None,
                                                                "1207/BVHTTDL-VHCS")


def test_the_body_a_notice_says_issued_the_document_in_the_place_its_text_names(meta_of):
    """The department the notice names as issuer, not the province's committee the blocks read (the place the
    same)."""
    m = meta_of("""
        Quảng Trị sẽ tổ chức 15 lễ hội trong năm 2026
        Ngày 12/01/2026, Sở Văn hóa và Thể thao đã ban hành Thông báo số 21/TB-SVHTT về kế hoạch tổ chức lễ hội trên địa bàn tỉnh Quảng Trị năm 2026. Theo đó, trên địa bàn tỉnh sẽ có 15 lễ hội.
        """).meta  # noqa: E501
    assert (m.issuer, m.jurisdiction, m.number) == ("Sở Văn hóa và Thể thao", "Quảng Trị", "21/TB-SVHTT")


@pytest.mark.parametrize("text, issuer, jurisdiction, parent", [
    # the province's Party committee, under a headline naming the province
    ("Tỉnh Lào Cai sau 3 năm thực hiện cuộc vận động\nThực hiện Chỉ thị số 10-CT/TW ngày 15/12/2016 của Ban Bí thư, "
     "Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 69-KH/TU ngày 17/3/2017 về triển khai thực hiện Chỉ thị trên địa bàn "
     "tỉnh Lào Cai.\n", "Tỉnh ủy Lào Cai", "Lào Cai", None),
    # a district's steering committee, in its district's province
    ("Kế hoạch bảo đảm an toàn thực phẩm Tết\nĐể bảo đảm an toàn thực phẩm, Ban Chỉ đạo liên ngành về an toàn thực "
     "phẩm huyện Sông Mã đã ban hành Kế hoạch triển khai công tác bảo đảm an toàn thực phẩm trên địa bàn huyện "
     "Sông Mã.\n",
     "Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện Sông Mã", "Sông Mã", "Sơn La"),
])
def test_another_body_a_notice_says_issued_the_document_in_the_place_its_text_names(read, text, issuer, jurisdiction,
                                                                                   parent):
    """A Party committee or a steering committee the notice names as issuer, not the committee the blocks read from the
    place (it had been "UBND tỉnh Lào Cai", "UBND huyện Sông Mã"); the district's province kept."""
    m = read(text).meta
    assert (m.issuer, m.jurisdiction, m.parent_jurisdiction) == (issuer, jurisdiction, parent)


def test_a_district_committee_without_its_name_is_the_district_the_page_names(meta_of):
    """A city portal's summary of a district plan: the print stamp's place is the city, the page
    names the district ("Đảng bộ huyện Ba Vì")."""
    m = meta_of("""
        Hà Nội, ngày 07 tháng 03 năm 2020
        Thực hiện Nghị quyết Đại hội Đảng bộ huyện Ba Vì lần thứ XXIV, ngày 20/4/2012, Ủy ban nhân dân huyện ban hành Kế hoạch số 37/KH-UBND về công tác dân vận năm 2012.
        """).meta  # noqa: E501
    assert (m.issuer, m.jurisdiction, m.parent_jurisdiction) == ("UBND huyện Ba Vì", "Ba Vì", "Hà Nội")


def test_the_office_of_the_committee_is_not_the_committee(meta_of):
    m = meta_of("""
        Kế hoạch cải cách hành chính năm 2026
        Ngày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về cải cách hành chính năm 2026.
        """).meta  # noqa: E501
    assert (m.issuer, m.jurisdiction) == ("Văn phòng UBND tỉnh Lai Châu", "Lai Châu")


def test_implements_based_on_and_mentions(meta_of):
    cs = meta_of(PROVINCE_PLAN).citations
    assert [(c.kind, c.number) for c in cs] == [
        ("based_on", "09/2025/NQ-HĐND"), ("implements", "155/QĐ-TTg"), ("mention", "155/QĐ-TTg")]
    assert cs[1].issuer == "Thủ tướng Chính phủ" and cs[1].subject == "phê duyệt Chương trình số hóa"
    assert cs[0].span.start == 11 and cs[2].span.start == 17


def test_a_title_that_says_thuc_hien_implements(meta_of):
    doc = meta_of("""
        Số: 7/KH-UBND

        ## KẾ HOẠCH

        ## Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ trên địa bàn tỉnh

        I. NHIỆM VỤ
        """)
    assert [(c.kind, c.number) for c in doc.citations] == [("implements", "155/QĐ-TTg")]


def test_stated_period():
    assert stated_period("giai đoạn 2026 - 2030") == (2026, 2030)
    assert stated_period("từ năm 2026 đến hết năm 2028") == (2026, 2028)
    # the last period stated is the plan's own: "“... 2026-2035” trong giai đoạn 2026-2030"
    assert stated_period("thực hiện “Chương trình giai đoạn 2026-2035” trong giai đoạn 2026-2030") == (2026, 2030)
    assert stated_period("Chiến lược đến năm 2030") == (None, 2030)
    assert stated_period("không nêu thời gian") == (None, None)


def test_a_type_word_alone_above_a_title_in_lower_case(meta_of):
    """"KẾ HOẠCH" alone on its line with the title wrapped under it in lower case (one paragraph to
    the lexer): the type and the title."""
    m = meta_of("""
        KẾ HOẠCH
        Tổ chức hội thi tin học trẻ các cấp, tiến tới Hội thi
        tin học trẻ thành phố lần thứ IX năm 2026
        Căn cứ Kế hoạch số 77 KH/TWĐTN ngày 14/3/2026 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh, Ban Thường vụ Thành đoàn ban hành Kế hoạch như sau:
        """)  # noqa: E501
    assert m.meta.doc_type == "Kế hoạch"
    assert m.meta.title == ("Tổ chức hội thi tin học trẻ các cấp, tiến tới Hội thi tin học trẻ thành phố lần thứ IX "
                            "năm 2026")
    # a party-style number whose hyphen the page printed as a space
    assert [(c.kind, c.number, c.date) for c in m.citations] == [("based_on", "77-KH/TWĐTN", dt.date(2026, 3, 14))]


def test_a_type_line_after_a_stored_pages_date(meta_of):
    """A stored page's first line opens with its date (" date 2027-06 NGHỊ QUYẾT"): still the type line."""
    m = meta_of("""
         date 2027-06 NGHỊ QUYẾT

        Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Nghệ An

        ỦY BAN THƯỜNG VỤ QUỐC HỘI
        """)
    assert m.meta.doc_type == "Nghị quyết"


@pytest.mark.parametrize("sentence, issuer, place, level, province", [
    ("Chủ tịch UBND xã Long Hải Ngô Thanh Phúc ký ban hành Kế hoạch số 12/KH-UBND về phòng chống tội phạm.",
     "UBND xã Long Hải", "Long Hải", "commune", "Hồ Chí Minh"),
    ("Phó Chủ tịch Ủy ban nhân dân phường Hoàn Kiếm Trần Văn Bình vừa ký ban hành Kế hoạch số 40/KH-UBND về trật tự "
     "đô thị.", "UBND phường Hoàn Kiếm", "Hoàn Kiếm", "ward", "Hà Nội"),
    ("Chủ tịch UBND huyện Đông Anh Lê Văn Cường đã ký ban hành Kế hoạch số 7/KH-UBND về chuyển đổi số.",
     "UBND huyện Đông Anh", "Đông Anh", "district", "Hà Nội"),
])
def test_a_chairmans_name_after_his_communes_committee_is_no_part_of_its_name(read, sentence, issuer, place, level,
                                                                                province):
    """"Chủ tịch UBND xã Long Hải Ngô Thanh Phúc ký …": the commune's committee, placed in the commune, his name
    left out (it had made the commune unknown, the committee nameless)."""
    meta = read(sentence + "\n\nKế hoạch nêu rõ các nhiệm vụ.").meta
    assert (meta.issuer, meta.jurisdiction, meta.jurisdiction_level, meta.parent_jurisdiction) == \
        (issuer, place, level, province)


@pytest.mark.parametrize("sentence, issuer", [
    ("Kế hoạch 332/KH-UBND vừa được UBND TP.Hà Nội ban hành, theo đó các phường phải lập đội.",
     "UBND thành phố Hà Nội"),
    ("Quyết định số 51/2027/QĐ-UBND do Chủ tịch UBND TP. Hồ Chí Minh ký ban hành đã đưa ra bộ tiêu chí.",
     "UBND thành phố Hồ Chí Minh"),
])
def test_a_committee_named_with_its_citys_shortened_word_is_the_citys(read, sentence, issuer):
    """"UBND TP.Hà Nội", "UBND TP. Hồ Chí Minh": the city's committee (it had been none, the city placed only)."""
    meta = read("Tin tức\n" + sentence + "\n\nKế hoạch nêu rõ các nhiệm vụ.").meta
    assert (meta.issuer, meta.jurisdiction, meta.jurisdiction_level) == \
        (issuer, issuer[len("UBND thành phố "):], "city")


@pytest.mark.parametrize("verb", ["trình", "báo cáo"])
def test_the_committee_a_draft_is_submitted_or_reported_to_is_no_issuer(read, verb):
    """"… trước khi trình UBND tỉnh, Sở đề nghị …": the department writes; the committee it will submit to is not the
    issuer (it had been, placed by the province named elsewhere)."""
    meta = read("Về việc góp ý vào dự thảo Đề án phát triển vùng trồng nhãn\n\nThực hiện Quyết định số 307/QĐ-UBND "
                "ngày 17/01/2027 của UBND tỉnh Hưng Yên, Sở đã xây dựng dự thảo.\n\nĐể dự thảo hoàn thiện hơn trước "
                f"khi {verb} UBND tỉnh, Sở Nông nghiệp và PTNT đề nghị Quý cơ quan góp ý.\n").meta
    assert meta.issuer is None


@pytest.mark.parametrize("type_line, doc_type", [("BÁO CÁO", "Báo cáo"), ("QUY CHẾ", "Quy chế"),
                                                  ("TỜ TRÌNH", "Tờ trình")])
def test_every_type_a_letterhead_prints_is_a_type_line_without_one(meta_of, type_line, doc_type):
    """A report (rules, a submission) copied without its letterhead: its type line alone above the title, as for a
    plan ("BÁO CÁO" / "Kết quả thực hiện …"), not a plan by default."""
    m = meta_of(f"""
        {type_line}
        Kết quả thực hiện các nhiệm vụ chuyển đổi số 6 tháng đầu năm 2026
        Căn cứ Kế hoạch số 21/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tân Phú về chuyển đổi số năm 2026;
        I. Công tác chỉ đạo
        1. Ủy ban nhân dân xã đã ban hành các văn bản.
        """)
    assert m.meta.doc_type == doc_type
    assert m.meta.title == "Kết quả thực hiện các nhiệm vụ chuyển đổi số 6 tháng đầu năm 2026"


def test_a_type_word_above_a_title_in_capitals_wrapped_into_the_text(meta_of):
    """"CHỈ THỊ" / "VỀ" in one paragraph, the title's next line in capitals at the head of the text's first
    paragraph (a PDF's lines): the type, and the title in capitals."""
    m = meta_of("""
        CHỈ THỊ
        VỀ

        VIỆC TĂNG CƯỜNG PHÒNG CHỐNG DỊCH SỞI NĂM 2026
        Để chủ động phòng chống dịch sởi, các bộ, cơ quan, địa phương đã triển khai
        nhiều biện pháp.
        """)
    assert m.meta.doc_type == "Chỉ thị"
    assert m.meta.title == "VỀ VIỆC TĂNG CƯỜNG PHÒNG CHỐNG DỊCH SỞI NĂM 2026"


def test_a_type_word_wrapped_over_two_lines_and_a_programme_approved_in_a_decision(meta_of):
    """"KẾ" / "HOẠCH" hard-wrapped between cells (a block each to the lexer): the type, and the title in
    capitals under it (it had none); "Thực hiện Đề án … đã được Thủ tướng Chính phủ phê duyệt tại Quyết
    định số …" carries out that decision (it had been only mentioned)."""
    m = meta_of("""
        Số: 146/KH-UBND
        |
        Bắc Kạn, ngày 08
        tháng 4 năm 2022
        |
        KẾ
        HOẠCH
        PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ
        TRÊN ĐỊA BÀN TỈNH BẮC KẠN GIAI ĐOẠN 2021 - 2025
        Thực hiện Đề án phát
        triển thương mại điện tử giai đoạn 2021-2025 đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 645/QĐ-TTg ngày 15/5/2020,
        UBND tỉnh xây dựng Kế hoạch như sau:
        """)  # noqa: E501
    assert m.meta.doc_type == "Kế hoạch"
    assert m.meta.title == "PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TRÊN ĐỊA BÀN TỈNH BẮC KẠN GIAI ĐOẠN 2021 - 2025"
    assert [(c.kind, c.number) for c in m.citations] == [("implements", "645/QĐ-TTg")]


def test_what_a_title_carries_out_of_a_programme_implements_the_decision_approving_it(meta_of):
    """"TRIỂN KHAI THỰC HIỆN CÁC MÔ HÌNH TẠI ĐỀ ÁN “…”": the decision cited as approving that Đề án
    is implemented (the title's programme had not been read behind "các mô hình tại")."""
    m = meta_of("""
        Số: 395/KH-UBND
        Yên Bái, ngày 20 tháng 10 năm 2023
        KẾ HOẠCH
        TRIỂN KHAI THỰC HIỆN CÁC MÔ HÌNH TẠI ĐỀ ÁN “PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ PHỤC VỤ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH YÊN BÁI
        Căn cứ Quyết định số 12/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về việc phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư phục vụ chuyển đổi số quốc gia;
        Căn cứ Chỉ thị số 5/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ về việc đẩy mạnh chuyển đổi số;
        """)  # noqa: E501
    assert [(c.kind, c.number) for c in m.citations] == [("implements", "12/QĐ-TTg"), ("based_on", "5/CT-TTg")]


def test_a_committee_whose_chairman_a_notice_names_after_it(meta_of):
    """"Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành vừa ký Công văn số …": the committee of Gia Lai, without
    the words of its chairman's name (it had been "UBND tỉnh Gia Lai Võ Ngọc")."""
    m = meta_of("""
        (GLO)- Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành vừa ký Công văn số 926/UBND-NC về việc bảo đảm trật tự an toàn giao thông trong dịp nghỉ lễ.
        Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành và địa phương triển khai thực hiện.
        """)  # noqa: E501
    assert (m.meta.issuer, m.meta.jurisdiction, m.meta.number) == ("UBND tỉnh Gia Lai", "Gia Lai", "926/UBND-NC")


def test_a_purpose_sentence_opening_an_excerpt_names_what_it_implements(meta_of):
    """An excerpt that opens with the plan's purpose ("Nhằm cụ thể hóa … để thực hiện thắng lợi Nghị
    quyết số …"), the letterhead cut off: the resolution is what the plan implements."""
    cs = meta_of("""
        Nhằm cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp để thực hiện thắng lợi Nghị quyết số 41/NQ-CP ngày 02/3/2026 của Chính phủ ban hành Chương trình hành động về phòng thủ dân sự; làm cơ sở để các cơ quan triển khai thực hiện kịp thời.
        """).citations  # noqa: E501
    assert [(c.kind, c.number) for c in cs] == [("implements", "41/NQ-CP")]


def test_a_province_committee_is_not_the_city_the_notice_names_first(meta_of):
    """"UBND tỉnh vừa ban hành …" on a page whose first place is a city of province rank ("Tổng Lãnh sự
    quán … tại thành phố Hồ Chí Minh"): that city is not the committee's (it was "Ủy ban nhân dân
    tỉnh thành phố Hồ Chí Minh"); a district's province still is (tests/unit/test_rdf.py)."""
    m = meta_of("""
        Tổ chức Ngày hội văn hóa tại tỉnh
        Trên cơ sở văn bản của Tổng Lãnh sự quán Nhật Bản tại thành phố Hồ Chí Minh, UBND tỉnh vừa ban hành Kế hoạch số 512/KH-UBND về tổ chức Ngày hội văn hóa.
        """).meta  # noqa: E501
    assert m.number == "512/KH-UBND" and m.jurisdiction is None and m.issuer != "UBND tỉnh Hồ Chí Minh"


def test_an_old_gazette_title_is_what_follows_its_date(meta_of):
    m = meta_of("""
        CHỈ THỊ
        CỦA THỦ
        TƯỚNG CHÍNH PHỦ SỐ 09/2003/CT-TTG
        NGÀY 14 THÁNG 5 NĂM 2003 VỀ VIỆC XÂY DỰNG KẾ HOẠCH
        PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2004
        Thực hiện Nghị quyết của Quốc hội về nhiệm vụ năm 2003, Chính phủ đã ban hành các cơ chế mới.
        """).meta
    assert m.title == "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2004"
    assert (m.number, m.date) == ("09/2003/CT-TTg", None)        # a date in the title, no place-date line


@pytest.mark.parametrize("under, title", [
    # the prose under the title starts on its own line
    ("Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế "
     "hoạch như sau:", "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU VỀ CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025"),
    # a decision's enacting body under its title is no part of it
    ("ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
     "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU VỀ CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025"),
])
def test_a_title_in_capitals_wrapped_over_lines(meta_of, under, title):
    """A title in capitals hard-wrapped over three lines (each a block to the lexer: a line in
    capitals starts one) is the three lines, not the first."""
    m = meta_of(f"KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\nNGHỊ QUYẾT SỐ 13-NQ/TU VỀ CHUYỂN ĐỔI SỐ\nĐẾN NĂM 2025\n{under}\n")
    assert m.meta.title == title
    m = meta_of("KẾ HOẠCH\nPHÒNG,\nCHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2026\nNăm 2025, tình hình dịch bệnh diễn biến phức "
                "tạp.\n")
    assert m.meta.title == "PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2026"     # the prose in its block is not


def test_a_province_committee_is_placed_in_the_province_of_the_district_named_first(meta_of):
    """"Chủ tịch UBND tỉnh ký ban hành …" on a page whose first place is a district: the district's
    province, not the district (it had been "Yên Lập district")."""
    m = meta_of("""
        Giao chỉ tiêu trồng cây năm 2021
        Ngày 4/2/2021, Chủ tịch UBND tỉnh ký ban hành Quyết định số 334/QĐ-UBND về việc giao chỉ tiêu trồng cây.
        Theo đó, huyện Yên Lập trồng mới 130ha; huyện Đoan Hùng 170ha.
        """).meta
    assert (m.number, m.jurisdiction, m.jurisdiction_level) == ("334/QĐ-UBND", "Phú Thọ", "province")


@pytest.mark.parametrize("clause, number", [
    ("Để thực hiện các nhiệm vụ, giải pháp phát triển văn hóa tại Nghị quyết số 12/NQ-CP ngày 15/02/2026 của Chính "
     "phủ, UBND tỉnh ban hành Kế hoạch như sau:", "12/NQ-CP"),
    ("Để thực hiện thắng lợi các mục tiêu, nhiệm vụ văn hóa, gia đình, thể thao và du lịch tại Nghị quyết số 50/NQ-CP "
     "ngày 20/5/2021 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:", "50/NQ-CP"),
    ("Thực hiện các nhiệm vụ được giao tại Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ, UBND "
     "tỉnh ban hành Kế hoạch như sau:", "155/QĐ-TTg"),
])
def test_what_a_plan_carries_out_of_a_document_said_with_what_it_is_about(meta_of, clause, number):
    """"Để thực hiện các nhiệm vụ, giải pháp <what they are about> tại Nghị quyết số …": implemented,
    as "… các nhiệm vụ, giải pháp tại …" is (it was only mentioned)."""
    m = meta_of(f"KẾ HOẠCH\nPHÁT TRIỂN VĂN HÓA NĂM 2026\n{clause}\nI. MỤC TIÊU\n")
    assert [(c.kind, c.number) for c in m.citations] == [("implements", number)]


@pytest.mark.parametrize("sentence, issuer", [
    # a notice: a deputy signs for the Prime Minister, whose code the number prints
    ("Phó Thủ tướng Chính phủ Bùi Văn An ký Quyết định số 75/QĐ-TTg phê duyệt Chương trình hành động.",
     "Thủ tướng Chính phủ"),
    # a ministry's code, a drafting unit's code after it
    ("1053/QĐ-BVHTTDL\nCHƯƠNG TRÌNH hành động về phát triển văn hóa đọc.", "Bộ Văn hóa, Thể thao và Du lịch"),
    # the Government Office's notice of the Prime Minister's conclusions
    ("Văn phòng Chính phủ vừa có Thông báo số 72/TB-VPCP ngày 9/2/2026 kết luận của Thủ tướng Chính phủ.",
     "Văn phòng Chính phủ"),
    # a portal's title of a ministry's circular (ontology/issuer-codes.ttl: BNV, BGDĐT, BTNMT, BNNMT, BNNPTNT)
    ("Thông tư 05/2018/TT-BNNPTNT hướng dẫn thi hành Luật Thủy lợi", "Bộ Nông nghiệp và Phát triển nông thôn"),
    # (BNN: the same ministry's code in its letters and directives, before 2025)
    ("Chỉ thị số 4410/CT-BNN-TT về việc tăng cường chỉ đạo sản xuất vụ Xuân năm 2019",
     "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Thông tư 05/2025/TT-BNV hướng dẫn chế độ đối với cán bộ, công chức cấp xã", "Bộ Nội vụ"),
    ("Quyết định 2358/QĐ-BGDĐT ban hành kế hoạch nhiệm vụ năm học 2025-2026", "Bộ Giáo dục và Đào tạo"),
    # (BXD, BCT, BGTVT: the Ministry of Transport's numbers stay its own after its merger into Construction in 2025)
    ("Thông tư 07/2027/TT-BXD hướng dẫn quản lý chi phí đầu tư xây dựng", "Bộ Xây dựng"),
    ("Thông tư 31/2018/TT-BCT quy định định mức tiêu hao năng lượng", "Bộ Công Thương"),
    ("Quyết định 412/QĐ-BGTVT 2023 công bố thủ tục hành chính lĩnh vực đường bộ", "Bộ Giao thông vận tải"),
    # a portal's title in capitals
    ("THÔNG TƯ 21/2009/TT-BXD CỦA BỘ XÂY DỰNG VỀ VIỆC HƯỚNG DẪN QUẢN LÝ KHU ĐÔ THỊ", "Bộ Xây dựng"),
])
def test_a_page_naming_no_issuer_takes_the_national_body_its_number_codes(read, sentence, issuer):
    doc = read(sentence)
    assert (doc.meta.issuer, doc.meta.national, doc.meta.jurisdiction) == (issuer, True, None)


@pytest.mark.parametrize("sentence", [
    # two ministries' codes, one of them not in the list: a joint letter, no one ministry's
    "Công văn số 112/BTNMT-BKHĐT-VP ngày 5/3/2024 hướng dẫn phối hợp quản lý đất đai\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh",
    # or both in it
    "Công văn số 112/BTNMT-BNNPTNT-VP ngày 5/3/2024 hướng dẫn phối hợp quản lý đất rừng\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh",
    # a code other bodies print too ("BTC": the Ministry of Finance's and an organising committee's): none
    "Kế hoạch số 175/KH-BTC điều chỉnh Kế hoạch Tuần Văn hóa, Du lịch năm 2019",
])
def test_a_joint_or_ambiguous_code_gives_no_national_issuer(read, sentence):
    doc = read(sentence)
    assert (doc.meta.issuer, doc.meta.national) == (None, False)


def test_a_placed_or_local_number_takes_no_issuer_from_its_code(read):
    # "UBND" is printed by every committee: no one body; a page that names its place keeps it
    assert read("Ngày 5/3/2026, Ủy ban nhân dân ký Kế hoạch số 12/KH-UBND về chuyển đổi số.").meta.national is False
    doc = read("UBND tỉnh Lạng Sơn vừa có Quyết định số 88/QĐ-BYT về phòng, chống dịch tại tỉnh Lạng Sơn.")
    assert doc.meta.national is False


def test_a_national_code_outranks_a_place_a_notice_only_mentions(read):
    # the first place the text names is no issuer's: the Prime Minister's code is
    doc = read("Phó Thủ tướng Trần Văn Nam vừa ký Quyết định số 723/QĐ-TTg ban hành Kế hoạch triển khai thi hành "
               "Luật Di sản văn hóa. Tại tỉnh Quảng Nam, di sản được bảo tồn.")
    assert (doc.meta.issuer, doc.meta.national, doc.meta.jurisdiction) == ("Thủ tướng Chính phủ", True, None)


def test_a_dated_notice_of_what_a_deputy_prime_minister_signed(read):
    # "đã ký" without "ban hành": the notice's own document, the Prime Minister's
    doc = read("08/07/2024\nNgày 8/7/2024, Phó Thủ tướng Chính phủ Lê Văn Tâm đã ký Quyết định số 702/QĐ-TTg phê duyệt "
               "Quy hoạch bảo tồn đa dạng sinh học. Quy hoạch được xây dựng với các quan điểm sau.")
    assert (doc.meta.doc_type, doc.meta.number) == ("Quyết định", "702/QĐ-TTg")
    assert (doc.meta.issuer, doc.meta.national, doc.meta.jurisdiction) == ("Thủ tướng Chính phủ", True, None)


@pytest.mark.parametrize("text, number", [
    # the committee a later sentence names
    ("Ngày 15/3/2017, Thủ tướng Chính phủ đã ký Quyết định số 480/QĐ-TTg phê duyệt Đề án. Lấy ý kiến các sở, Ủy ban "
     "nhân dân huyện, thị xã, Kế hoạch được phê duyệt tại Công văn số 77/UBND-KGVX ngày 3/8/2018 của Ủy ban nhân dân "
     "tỉnh Trà Vinh.", "480/QĐ-TTg"),
    # the committee the blocks read further on
    ("Thông cáo báo chí về Quy hoạch thành phố Hải Phòng thời kỳ 2021-2030\nNgày 02/12/2023, Phó Thủ tướng Chính phủ "
     "Lê Văn Hà đã ký Quyết định số 1602/QĐ-TTg phê duyệt Quy hoạch thành phố Hải Phòng thời kỳ 2021-2030. Sáng "
     "25-12, UBND thành phố Hải Phòng tổ chức Hội nghị công bố Quy hoạch.", "1602/QĐ-TTg"),
])
def test_a_national_code_outranks_an_issuer_the_text_names_in_another_sentence(read, text, number):
    # not who signed the Prime Minister's decision; the committee of the sentence that prints the number is (a placed
    # committee, its odd code notwithstanding: test_a_placed_or_local_number_takes_no_issuer_from_its_code)
    doc = read(text)
    assert (doc.meta.number, doc.meta.issuer, doc.meta.national) == (number, "Thủ tướng Chính phủ", True)


def test_a_lost_letterhead_over_hanoi_takes_the_national_body_its_number_codes(read):
    # national bodies date their documents from Hà Nội: with no letterhead, the code says whose it is
    doc = read("Nội dung Text: Quyết định số 06/2022/QĐ-TTg\n1. Số: 31/QĐTTg Hà Nội, ngày 06 tháng 01 năm 2022 "
               "QUYẾT ĐỊNH PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DỮ LIỆU DÂN CƯ")
    assert (doc.meta.number, doc.meta.issuer, doc.meta.national, doc.meta.jurisdiction) == (
        "31/QĐ-TTg", "Thủ tướng Chính phủ", True, None)
    # the procuracy's letterhead cut after its first line
    doc = read("VIỆN KIỂM SÁT NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 03/2011/CT-VKSTC | Hà Nội, ngày 05 "
               "tháng 01 năm 2011 |\nCHỈ THỊ\nVỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2011")
    assert (doc.meta.issuer, doc.meta.national) == ("Viện kiểm sát nhân dân tối cao", True)
    # a city's own code keeps Hà Nội
    doc = read("Số: 31/KH-UBND Hà Nội, ngày 06 tháng 01 năm 2022\nKẾ HOẠCH PHÁT TRIỂN DỮ LIỆU DÂN CƯ")
    assert (doc.meta.national, doc.meta.jurisdiction) == (False, "Hà Nội")


def test_a_title_line_ending_on_its_issuers_of_goes_on_at_the_next(meta_of):
    # "… CỦA" / "CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI …": the title's words, no authority line under it; the
    # Government's resolution issued the plan carrying out the Standing Committee's, this plan carries out the
    # Government's
    m = meta_of("""
        Số: 81/KH-UBND
        Thanh Hóa, ngày 19 tháng 5 năm 2025
        KẾ HOẠCH
        TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 64/NQ-CP NGÀY 10/4/2025 CỦA
        CHÍNH PHỦ BAN HÀNH KẾ HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ 1201/NQ-UBTVQH15 NGÀY 25
        THÁNG 9 NĂM 2024 CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI VỀ GIÁM SÁT CHUYÊN ĐỀ
        I. MỤC ĐÍCH
        """)
    assert [(c.kind, c.number) for c in m.citations] == [("implements", "64/NQ-CP"), ("mention", "1201/NQ-UBTVQH15")]


@pytest.mark.parametrize("text, issuer, place", [
    ("Sign In\n\nBến Tre: Thực hiện công tác phòng, chống ma túy năm 2024\n\n00:00 20/02/2024\nNgày 22/01/2024, Ủy ban "
     "nhân dân (UBND) tỉnh ban hành Kế hoạch số 23/KH-UBND về thực hiện công tác phòng, chống ma túy năm 2024.",
     "UBND tỉnh Bến Tre", "Bến Tre"),
    (" date 2026-01-21 Nghệ An ban hành Kế hoạch hành động phát triển kinh tế - xã hội năm 2026\n\nChủ tịch UBND tỉnh "
     "Lê Văn Bình vừa ký Quyết định số 208/QĐ-UBND về việc ban hành Kế hoạch hành động.", "UBND tỉnh Nghệ An",
     "Nghệ An"),
    # whatever the headline says the province does ("… sẵn sàng cho …", "… phát động …")
    (" date 2025-04 Quảng Trị sẵn sàng cho kỳ thi tốt nghiệp THPT năm 2025\nUBND tỉnh vừa ban hành Quyết định số "
     "310/QĐ-UBND phê duyệt Phương án tổ chức kỳ thi trên địa bàn tỉnh.", "UBND tỉnh Quảng Trị", "Quảng Trị"),
    ("Tuyên Quang phát động Tháng hành động vì an toàn thực phẩm\nUBND tỉnh vừa ban hành Kế hoạch số 61/KH-UBND "
     "triển khai Tháng hành động vì an toàn thực phẩm năm 2026.", "UBND tỉnh Tuyên Quang", "Tuyên Quang"),
])
def test_a_headline_opening_with_the_province_places_a_committee_the_notice_leaves_unnamed(read, text, issuer, place):
    # the committee is the headline's province's, not "UBND (UBND) tỉnh" or its chairman's name
    doc = read(text)
    assert (doc.meta.issuer, doc.meta.jurisdiction) == (issuer, place)


def test_a_code_only_central_bodies_print_is_national_without_an_issuer(read):
    # "TW": the Politburo's and the Secretariat's (ontology/issuer-codes.ttl)
    doc = read("Hội nghị Trung ương 5 (khóa XIII) ban hành Nghị quyết số 19-NQ/TW, ngày 16/6/2022 về nông nghiệp.")
    assert (doc.meta.issuer, doc.meta.national) == (None, True)
    # "TU": a province's Party committee, not national
    doc = read("Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 10-NQ/TU.")
    assert doc.meta.national is False


def test_a_provinces_committee_on_a_page_about_one_of_its_districts(meta_of):
    """"Chủ tịch UBND tỉnh Võ Văn Minh …" on a page placed in "huyện Phú Giáo": the committee of Bình Dương, the
    district's province, never "UBND tỉnh Phú Giáo" (nor its chairman's name); and the province the document's place,
    not the district."""
    m = meta_of("""
        Phát biểu kết luận cuộc họp, Chủ tịch UBND tỉnh cho rằng công tác bầu cử bổ sung đại biểu HĐND huyện Phú Giáo đã được thực hiện đúng quy trình. Chủ tịch UBND tỉnh Võ Văn Minh yêu cầu Sở Nội vụ hoàn chỉnh các tờ trình.
        """)  # noqa: E501
    assert (m.meta.issuer, m.meta.jurisdiction, m.meta.jurisdiction_level, m.meta.parent_jurisdiction) == \
        ("UBND tỉnh Bình Dương", "Bình Dương", "province", None)


def test_a_provinces_committee_named_with_its_vice_chairman_on_a_page_naming_its_city(meta_of):
    """"Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Văn A báo cáo" on a page whose first place is "cử tri thành phố Hà
    Tĩnh": the committee of Hà Tĩnh province, not "UBND tỉnh Nguyễn Văn A" (a name is no place)."""
    m = meta_of("""
        Kính thưa cử tri và Nhân dân tỉnh nhà!
        Đối với kiến nghị của cử tri thành phố Hà Tĩnh về việc đề nghị nâng cấp tuyến đường, UBND tỉnh đã giao Sở Xây dựng kiểm tra.
        Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Văn An báo cáo
        Căn cứ Nghị quyết số 36/2021/NQ-HĐND của HĐND tỉnh, UBND tỉnh chỉ đạo triển khai.
        """)  # noqa: E501
    assert (m.meta.issuer, m.meta.jurisdiction, m.meta.jurisdiction_level) == \
        ("UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "province")


def test_a_provinces_decision_about_a_place_in_one_of_its_districts(meta_of):
    """"UBND tỉnh ban hành Quyết định số … về … thuộc xã Ea Sô, huyện Ea Kar": the province (the district's, Đắk Lắk)
    is the document's place, not the district the decision is about."""
    m = meta_of("""
        I. THÔNG TIN VỀ TÌNH HÌNH KINH TẾ-XÃ HỘI
        1. Lĩnh vực Nông nghiệp
        Ngày 5/3/2021, UBND tỉnh ban hành Quyết định số 845/QĐ-UBND về việc thành lập Khu bảo tồn thiên nhiên nhằm bảo vệ rừng.
        Khu bảo tồn có diện tích 900 ha thuộc địa giới hành chính xã Ea Sô, huyện Ea Kar (trước đây UBND huyện Ea Kar quản lý).
        """)  # noqa: E501
    assert (m.meta.number, m.meta.jurisdiction, m.meta.jurisdiction_level) == ("845/QĐ-UBND", "Đắk Lắk", "province")


def test_a_provinces_dispatch_addressed_to_one_of_its_districts(meta_of):
    """"Chủ tịch UBND tỉnh vừa ban hành Công điện số … yêu cầu UBND huyện Quang Bình …": the province's committee
    (Hà Giang's, the district's province) issued it, not the district it addresses."""
    m = meta_of("""
        Ứng phó mưa lũ
        Chủ tịch UBND tỉnh vừa ban hành Công điện số 05/CĐ-UBND yêu cầu UBND huyện Quang Bình, Bắc Quang tập trung khắc phục hậu quả mưa lũ.
        """)  # noqa: E501
    assert (m.meta.doc_type, m.meta.number, m.meta.issuer) == ("Công điện", "05/CĐ-UBND", "UBND tỉnh Hà Giang")
    assert (m.meta.jurisdiction, m.meta.jurisdiction_level, m.meta.parent_jurisdiction) == \
        ("Hà Giang", "province", None)


def test_the_body_a_notice_names_with_its_place_wins_over_one_named_further_on(meta_of):
    """"HĐND TPHCM vừa có thông báo …": the council of Hồ Chí Minh City, not the committee of a province the text
    names further on ("… Trung tâm hành chính tỉnh Đồng Nai …")."""
    m = meta_of("""
        HĐND TPHCM vừa có thông báo triệu tập đại biểu HĐND Thành phố dự kỳ họp thứ tám.

        Theo đó, kỳ họp xem xét việc kéo dài tuyến metro về Trung tâm hành chính tỉnh Đồng Nai. Ủy ban nhân dân tỉnh Đồng Nai phối hợp.
        """)  # noqa: E501
    assert (m.meta.doc_type, m.meta.issuer, m.meta.jurisdiction) == ("Thông báo", "HĐND thành phố Hồ Chí Minh",
                                                                     "Hồ Chí Minh")


def test_a_national_body_a_notice_names_wins_over_a_committee_named_further_on(meta_of):
    """"(Chinhphu.vn) - Thủ tướng Chính phủ vừa ký quyết định thành lập Ban Quản lý Khu kinh tế tỉnh Long An …": the
    Prime Minister's decision, national, not the committee of the province the text goes on to name."""
    m = meta_of("""
        (Chinhphu.vn) - Thủ tướng Chính phủ vừa ký quyết định thành lập Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh trên cơ sở tổ chức lại Ban Quản lý các khu công nghiệp.

        Ban Quản lý là cơ quan trực thuộc UBND tỉnh Hà Tĩnh, thực hiện chức năng quản lý nhà nước.
        """)  # noqa: E501
    assert (m.meta.doc_type, m.meta.issuer, m.meta.national, m.meta.jurisdiction) == \
        ("Quyết định", "Thủ tướng Chính phủ", True, None)


def test_a_body_a_notice_names_with_words_after_its_place_does_not_win(meta_of):
    """"UBND tỉnh Bình Dương đã phối hợp Bộ Công an ban hành kế hoạch …": the notice's body runs on past its place, so
    it is not taken over the committee the page names."""
    m = meta_of("""
        Chiến dịch 60 ngày
        UBND tỉnh Bình Dương đã phối hợp Bộ Công an ban hành kế hoạch thực hiện chiến dịch 60 ngày kích hoạt tài khoản định danh.
        """)  # noqa: E501
    assert m.meta.issuer == "UBND tỉnh Bình Dương"


def test_a_provincial_newspapers_item_about_the_province_it_does_not_name(meta_of):
    # "(QTO) - …" is Báo Quảng Trị's (ontology/press-outlets.ttl): "Sở Giáo dục và Đào tạo" is Quảng Trị's
    m = meta_of("(09/10/2020)\n(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn "
                "bản hỏa tốc đề nghị các phòng Giáo dục và Đào tạo cho học sinh nghỉ học.\n").meta
    assert (m.doc_type, m.jurisdiction, m.jurisdiction_level) == ("Công văn", "Quảng Trị", "province")
    # a national body in the paper's news is not the paper's province's
    m = meta_of("(QNO) - Trung ương Đoàn vừa ban hành kế hoạch tổ chức chiến dịch tình nguyện hè 2020.\n").meta
    assert m.issuer == "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh" and m.jurisdiction != "Quảng Nam"
    # an unknown code, or no code, places nothing
    assert meta_of("(XYZ) - Giám đốc Sở Y tế vừa ký văn bản đề nghị các bệnh viện.\n").meta.jurisdiction is None
    # a paper named after its province, naming itself in the item
    m = meta_of("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về huy động nguồn lực\n\nLTS: Ngày 14-11-2016, "
                "Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về đầu tư. Báo Ninh Thuận "
                "trân trọng giới thiệu toàn văn Nghị quyết.\n").meta
    assert (m.number, m.jurisdiction) == ("10-NQ/TU", "Ninh Thuận")
    m = meta_of("Ngày 14-11-2016, UBND tỉnh đã ban hành Kế hoạch số 10/KH-UBND về đầu tư. Báo Nhân Dân trân trọng giới "
                "thiệu.\n").meta
    assert m.jurisdiction is None
    # the date a stored page's first line opens with, before the paper's code
    m = meta_of(" date 2027-08-26 (GLO)- Ngày 24-8, UBND tỉnh có công văn giao Sở Văn hóa, Thể thao và Du lịch chủ trì "
                "triển khai các nhiệm vụ.\n").meta
    assert (m.doc_type, m.jurisdiction, m.jurisdiction_level) == ("Công văn", "Gia Lai", "province")
    # Báo Quảng Bình's code, with a letter outside A-Z
    m = meta_of("(QBĐT) - Ngày 13-11, Chủ tịch UBND tỉnh có Công điện số 19/CĐ-UBND về ứng phó bão số 13.\n").meta
    assert (m.doc_type, m.number, m.jurisdiction) == ("Công điện", "19/CĐ-UBND", "Quảng Bình")
    # a centrally-run city's paper (Hànộimới, "(HNM)"): the city's committee, named without the city
    m = meta_of("(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Văn A đã ký ban hành Chỉ thị 11/CT-UBND tăng cường kỷ "
                "cương hành chính.\n").meta
    assert (m.doc_type, m.number, m.jurisdiction, m.jurisdiction_level) == ("Chỉ thị", "11/CT-UBND", "Hà Nội", "city")
    # a city's committee in a province's paper is no committee of the province (a city of the province, unnamed)
    m = meta_of("(QNO) - Chủ tịch UBND thành phố vừa ký ban hành Kế hoạch số 45/KH-UBND về du lịch.\n").meta
    assert m.jurisdiction is None


def test_a_provincial_papers_site_before_its_item(meta_of):
    """"(Baonghean.vn) - Ban Thường vụ Tỉnh ủy vừa ban hành …": a paper's site named after its province places the
    province's own body there (it had been placed nowhere); a site naming no province places nothing."""
    text = ("(Baonghean.vn) - Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 207-KH/TU triển khai Chỉ thị số "
            "35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.\n")
    m = meta_of(text).meta
    assert (m.doc_type, m.number, m.jurisdiction) == ("Kế hoạch", "207-KH/TU", "Nghệ An")
    assert meta_of(text.replace("Baonghean", "Baodautu")).meta.jurisdiction is None


def test_a_page_placed_nowhere_is_of_the_province_whose_plans_it_carries_out(meta_of):
    """A party committee's guidance reposted without letterhead or place: "Thực hiện Kế hoạch số 172-KH/TU … của Ban
    Thường vụ Tỉnh ủy Bắc Kạn …; Kế hoạch số 157-KH/TU … của Ban Thường vụ Tỉnh ủy …" places it in Bắc Kạn (it had been
    placed nowhere); what it only cites, or carried-out documents of two provinces, place nothing."""
    text = ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2027\n\nThực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2027 của Ban "
            "Thường vụ Tỉnh ủy Bắc Kạn về công tác tuyên giáo năm 2027; Kế hoạch số 157-KH/TU, ngày 17/9/2026 của Ban "
            "Thường vụ Tỉnh ủy về truyền thông của tỉnh, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương tập trung "
            "tuyên truyền các nội dung sau:\n")
    assert meta_of(text).meta.jurisdiction == "Bắc Kạn"
    assert meta_of(text.replace("Thực hiện", "Căn cứ")).meta.jurisdiction is None
    assert meta_of(text.replace("của Ban Thường vụ Tỉnh ủy về", "của Ban Thường vụ Tỉnh ủy Cao Bằng về")
                   ).meta.jurisdiction is None


def test_an_unnamed_committee_is_placed_in_the_territory_of_its_own_level(meta_of):
    """"Ủy ban nhân dân xã ban hành Kế hoạch … trên địa bàn xã Vinh Hà" after a district's plan cited "trên địa bàn
    huyện Phú Vang": the commune's committee, not a "xã Phú Vang"."""
    m = meta_of("Căn cứ Kế hoạch số 273/KH-UBND ngày 19/12/2023 của UBND huyện Phú Vang về thực hiện Chương trình giảm "
                "nghèo bền vững năm 2024 trên địa bàn huyện Phú Vang; Nghị quyết số 14/NQ-HĐND ngày 29 tháng 12 năm "
                "2024 của Hội đồng nhân dân xã Vinh Hà. Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Chương trình "
                "giảm nghèo bền vững năm 2024 trên địa bàn xã Vinh Hà, như sau:\n\nI. MỤC TIÊU\n").meta
    assert (m.issuer, m.jurisdiction, m.jurisdiction_level) == ("UBND xã Vinh Hà", "Vinh Hà", "commune")


def test_a_notice_of_what_a_body_issued_recently_names_its_issuer(meta_of):
    """"Vừa qua, Ban Chỉ đạo … tỉnh Cà Mau đã ban hành kế hoạch …": the steering committee, not the province's committee
    the territory "trên địa bàn tỉnh Cà Mau" would give."""
    m = meta_of("Cà Mau: Nỗ lực ít nhất 41 xã đạt chuẩn nông thôn mới\n\nVừa qua, Ban Chỉ đạo thực hiện các Chương "
                "trình mục tiêu quốc gia tỉnh Cà Mau đã ban hành kế hoạch thực hiện chương trình mục tiêu quốc gia xây "
                "dựng nông thôn mới năm 2020 trên địa bàn tỉnh Cà Mau.\n").meta
    assert (m.doc_type, m.issuer, m.jurisdiction) == \
        ("Kế hoạch", "Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh Cà Mau", "Cà Mau")


def test_an_unnamed_communes_committee_is_the_one_its_paragraph_names(meta_of):
    m = meta_of("Chuẩn bị tốt công tác tuyển quân năm 2026\n\nXác định rõ lộ trình, Ban Chỉ huy Quân sự xã Hòa Long "
                "đã tham mưu UBND xã ban hành kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2026 trên địa bàn tỉnh "
                "Đồng Tháp.\n").meta
    assert (m.issuer, m.jurisdiction, m.jurisdiction_level) == ("UBND xã Hòa Long", "Hòa Long", "commune")


def test_the_committee_a_letter_asks_to_act_is_not_its_issuer(meta_of):
    m = meta_of("Xử lý tình trạng rác tràn lòng đường\n\nBáo Đà Nẵng số ra ngày 10-6-2021 phản ánh tình trạng rác tràn "
                "lòng đường (phường Hòa Minh, quận Liên Chiểu).\n\nVăn phòng UBND thành phố Đà Nẵng vừa có Công văn số "
                "1817/VP-ĐTĐT đề nghị UBND quận Liên Chiểu chủ trì kiểm tra, xử lý.\n").meta
    assert (m.doc_type, m.number, m.issuer) == ("Công văn", "1817/VP-ĐTĐT", "Văn phòng UBND thành phố Đà Nẵng")


def test_a_guidance_headed_by_its_type_and_a_cited_letters_subject_in_quotes(meta_of):
    """"HƯỚNG DẪN" alone over its title is the type line; a cited guidance's subject in quotes ('"V/v Thực hiện …"')
    does not make the page a letter."""
    m = meta_of("Hướng dẫn thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014).\n"
                "HƯỚNG DẪN\nThực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp\nCăn cứ Điều lệ Hội; thực "
                "hiện Kế hoạch số 49-KH/TƯH ngày 02/3/2008 và Hướng dẫn số 148 HD/TWH ngày 16/9/2008 của Trung ương "
                "Hội \"V/v Thực hiện Kế hoạch tổ chức Đại hội\".\n").meta
    assert m.doc_type == "Hướng dẫn"


def test_an_unnamed_provinces_committee_and_the_city_that_shares_its_name(meta_of):
    """"Chủ tịch UBND tỉnh …; UBND các huyện, thành phố Cà Mau …": the city shares its province's name, so the committee
    is Cà Mau's; a city of province rank ("… tại thành phố Hồ Chí Minh") still places no province's committee."""
    m = meta_of("Chủ tịch UBND tỉnh vừa có công văn chỉ đạo các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành "
                "phố Cà Mau đẩy nhanh tiến độ giải ngân vốn.\n").meta
    assert (m.doc_type, m.issuer, m.jurisdiction) == ("Công văn", "UBND tỉnh Cà Mau", "Cà Mau")
    m = meta_of("UBND tỉnh vừa ban hành Kế hoạch tổ chức hội nghị tại thành phố Hồ Chí Minh.\n").meta
    assert m.jurisdiction is None


def test_a_city_chairmans_name_after_his_committee_names_no_commune(meta_of):
    """"… kết luận của Chủ tịch Ủy ban nhân dân Thành phố Phan Văn Mãi" under a cut letterhead dated "Thành phố Hồ Chí
    Minh, ngày …": the city's (it had been "UBND thành phố Phan", a commune's name the chairman's starts with; and the
    place-date's "Thành phố" had given a city named "Thành"), its department the number's code names."""
    m = meta_of("""
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 9846/SLĐTBXH-VLATLĐ | Thành phố Hồ Chí Minh, ngày 09 tháng 5 năm 2023 |
        Kính gửi: Phòng Lao động - Thương binh và Xã hội thành phố Thủ Đức và quận, huyện
        Thực hiện Thông báo số 262/TB-VP ngày 07 tháng 4 năm 2023 của Văn phòng Ủy ban nhân dân Thành phố về kết luận của Chủ tịch Ủy ban nhân dân Thành phố Phan Văn Mãi tại buổi làm việc.
        """)  # noqa: E501
    assert (m.meta.issuer, m.meta.jurisdiction) == ("Sở Lao động - Thương binh và Xã hội thành phố Hồ Chí Minh",
                                                    "Hồ Chí Minh")


@pytest.mark.parametrize("number, issuer", [
    ("283/SXD-QLN", "Sở Xây dựng tỉnh Hậu Giang"),      # a department's number: the one its code's initials name
    ("283/SNV-TCBC", None),                             # Nội vụ or Ngoại vụ: which one, the page doesn't say
    ("283/UBND-KT", "UBND tỉnh Hậu Giang"),             # the committee's own
])
def test_a_committees_line_over_a_departments_number(meta_of, number, issuer):
    """"UBND TỈNH HẬU GIANG | CỘNG HÒA … |" over "Số: 283/SXD-QLN": a department's letter whose own line was lost, not
    the committee's (the committee had been read as the issuer); in the province still."""
    doc = meta_of(f"UBND TỈNH HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {number} | Vị Thanh, ngày 19 tháng "
                  "5 năm 2008 |\nKính gửi: Ủy ban nhân dân các huyện, thị xã.\nThực hiện chỉ đạo về quản lý nhà ở.\n")
    assert (doc.meta.issuer, doc.meta.jurisdiction) == (issuer, "Hậu Giang")

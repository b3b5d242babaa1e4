"""Citations as real portal pages print them (issue 9, items 4-7): every number spelling, type words
beyond the usual ones, web damage, issuers of cited documents, and what a document implements in
every way a preamble or a title says it. All texts are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.citations import canonical, find_references, known_documents, same_document
from ingest.metadata import extract_citations, extract_meta


def one(text: str):
    refs = [r for r in find_references(text) if r.number]
    assert len(refs) == 1, refs
    return refs[0]


# -- numbers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,number", [
    ("Căn cứ Nghị quyết số 16/2021/QH15 ngày 27/7/2021 của Quốc hội", "16/2021/QH15"),
    ("Nghị quyết số 52/2024/UBTVQH15 của Ủy ban Thường vụ Quốc hội", "52/2024/UBTVQH15"),
    ("Căn công văn 167/SGD&ĐT-VP ngày 17/01/2013 việc triển khai", "167/SGD&ĐT-VP"),
    ("Thông tư liên tịch số 16/2013/TTLT-BYT-BNN&PTNT ngày 27/5/2013", "16/2013/TTLT-BYT-BNN&PTNT"),
    ("Thực hiện Quyết định 'Số 2457/QĐ-BGDĐT ngày 23/8/2023", "2457/QĐ-BGDĐT"),
    ("Quyết định số 77/QĐ /BYT ngày 05/01/2021", "77/QĐ-BYT"),
    ("Quyết định số 519/QĐ-T Tg ngày 05/4/2019", "519/QĐ-TTg"),
    ("Thực hiện Quyết địnhsố 611/QĐ-TTg ngày 8 tháng 6 năm 2020", "611/QĐ-TTg"),
    ("Căn cứ Nghị quyết số 24NQ/TW ngày 17/8/2016", "24-NQ/TW"),
    ("Căn cứ Quyết định số 4218/QĐBGDĐT ngày 18/11/2022", "4218/QĐ-BGDĐT"),
    ("Căn cứ Nghị quyết số 18b/NQCP ngày 04/3/2021", "18b/NQ-CP"),
    ("Xét đề nghị tại Văn bản số 167/BCĐLKH ngày 14/02/2015", "167/BCĐLKH"),
    ("theo Chương trình hành động số 95-CTHĐ/TU của Tỉnh ủy", "95-CTHĐ/TU"),
    ("Chương trình hành động số 15-CTrHĐ/QU ngày 11/7/2016", "15-CTrHĐ/QU"),
    ("Căn cứ Pháp lệnh Phí, lệ phí số 38/2001/PL-UBTVQH10 ngày 28/8/2001", "38/2001/PL-UBTVQH10"),
    ("theo Quy chế số 06/QC-TT.HĐND-UBND ngày 20/3/2019", "06/QC-TT.HĐND-UBND"),     # a dot between codes
    ("Kế hoạch số 12/KH-UBND.Tiếp theo đó", "12/KH-UBND"),                           # a full stop is none
    ("Tỉnh ủy Tuyên Quang vừa có văn bản số 15-Ctr/TU về Chương trình hành động", "15-CTr/TU"),   # "Ctr"
    # the Assembly's term after a hyphen, a Party number with a hyphen for its slash (each had been a second document,
    # "163/2024/QH" and "213-KL-TW", beside the one printed right in the same plan)
    ("Thực hiện Nghị quyết số 163/2024/QH-15 của Quốc hội phê duyệt chủ trương", "163/2024/QH15"),
    ("(sau đây gọi tắt là Kết luận số 213-KL-TW);", "213-KL/TW"),
])
def test_number_spellings(text, number):
    assert one(text).number == number


def test_a_lists_items_numbered_with_a_hyphen_are_no_numbers():
    """"1- Tổ chức Hội nghị …" / "2- Tổ chức Hội thi …": no documents "1-Tổ" and "2-Tổ" (a symbol has two capitals)."""
    assert find_references("1- Tổ chức Hội nghị tổng kết 20 năm của Hội CCB tỉnh. 2- Tổ chức Hội thi báo cáo viên "
                           "giỏi ở các cụm.") == []


def test_damaged_renders_keep_the_number_and_the_type():
    r = one("Thc hin Ngh quyt s 12/2014/NQ-HND ngy 16/7/2014 ca Hi")
    assert (r.doc_type, r.number, r.date) == ("Nghị quyết", "12/2014/NQ-HND", dt.date(2014, 7, 16))
    r = one("Căn c Ch th s 32/1998/CT-TTg ngày 23 tháng 9 năm 1998 c a Th tư ng Chính ph")
    assert (r.doc_type, r.number) == ("Chỉ thị", "32/1998/CT-TTg")
    r = one("Căn c Quy t nh s 78/Q -UB-QL T ngày 06 tháng 01 năm 1999")     # "Đ" dropped, a space left
    assert (r.doc_type, r.number) == ("Quyết định", "78/QĐ-UB-QLĐT")
    assert canonical("123/1998/Q -TTg") == "123/1998/QĐ-TTg"


@pytest.mark.parametrize("text,doc_type", [
    ("Theo đề nghị tại Tờ trình số 12/TTr-SNV ngày 02/3/2024", "Tờ trình"),
    ("Căn cứ Báo cáo số 34/BC-BYT ngày 18/12/2024", "Báo cáo"),
    ("tại Báo cáo thẩm định số 18/BCTĐ-STP ngày 25/5/2018", "Báo cáo"),
    ("Thực hiện Hướng dẫn số 11-HD/HU ngày 10/5/2022", "Hướng dẫn"),
    ("Xét đề nghị tại Văn bản số 5/SKHĐT ngày 23/01/2024", "Công văn"),
    ("Thực hiện Chương trình hành động số 38-CTr/TU ngày 26/12/2022", "Chương trình"),
    ("Căn cứ Thông tư liên tịch số 1/2013/TTLT-BYT-BTC ngày 27/5/2013", "Thông tư"),
    ("Căn cứ Luật Đầu tư công số 49/2014/QH13 ngày 18 tháng 6 năm 2014", "Luật"),
])
def test_type_words(text, doc_type):
    assert one(text).doc_type == doc_type


def test_a_law_list_continued_by_a_bare_number():
    refs = [r for r in find_references("Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; "
                                       "số 83/2015/QH13 ngày 25 tháng 6 năm 2015;") if r.number]
    assert [(r.number, r.title) for r in refs] == [("01/2002/QH11", "Luật Ngân sách nhà nước"), ("83/2015/QH13", None)]


def test_portal_boilerplate_is_no_law():
    assert find_references("Để sử dụng toàn bộ tiện ích của Hệ Thống Pháp Luật vui lòng lựa chọn gói cước.") == []


def test_one_number_printed_with_and_without_its_year():
    assert same_document("4218/2022/QĐ-BGDĐT", "4218/QĐ-BGDĐT")
    assert not same_document("4218/QĐ-BGDĐT", "4219/QĐ-BGDĐT")


# -- issuers of cited documents ---------------------------------------------------------------
@pytest.mark.parametrize("text,issuer", [
    ("Công văn số 1/LĐTBXH-BTXH của Bộ Lao động, Thương binh và Xã hội về việc triển khai",
     "Bộ Lao động, Thương binh và Xã hội"),
    ("Công văn số 2/BVHTTDL-KH của Bộ Văn hóa, Thể thao và Du lịch, Kế hoạch số 3/KH-UBND",
     "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Thông tư số 4/2015/TT-BYT ngày 28/12/2015 của Bộ trưởng Bộ Y tế về việc hướng dẫn", "Bộ Y tế"),
    ("Quyết định số 5/QĐ-UBND ngày 11/11/2022 của Chủ tịch Ủy ban nhân dân tỉnh Sông Mây về kiện toàn",
     "Ủy ban nhân dân tỉnh Sông Mây"),
    ("Chỉ thị số 6/CT-TTg của Thủ tướng Chính phủ như sau:", "Thủ tướng Chính phủ"),
    ("Chỉ thị số 7/CT-TTg của Thủ tướng Chính phủ đến các cấp, các ngành", "Thủ tướng Chính phủ"),
    ("Nghị quyết số 8-NQ/TW của Bộ Chính trị xây dựng và phát triển vùng", "Bộ Chính trị"),
    ("THỰC HIỆN CHỈ THỊ SỐ 9/CT-TTG NGÀY 24 THÁNG 5 NĂM 2022 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC", "Thủ tướng Chính phủ"),
    ("Kế hoạch số 10/KH-BTGTU của Ban Tuyên giáo Tỉnh ủy về tổ chức", "Ban Tuyên giáo Tỉnh ủy"),
    ("Quyết định số 11/QĐ-UBQGCĐS của Ủy ban Quốc gia về Chuyển đổi số về việc", "Ủy ban Quốc gia về Chuyển đổi số"),
    ("Quyết định số 18/QĐ-UBQGCĐS của Chủ tịch Ủy ban Quốc gia về chuyển đổi số ban hành",
     "Ủy ban Quốc gia về chuyển đổi số"),
    ("Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI tại Hội nghị lần thứ tám",
     "Ban Chấp hành Trung ương Đảng"),
    ("Công văn số 15/BNN-TT của Bộ Nông nghiệp và Phát triển nông thôn đề nghị các địa phương đánh giá",
     "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Công văn số 16/BDN của Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội chuyển kiến nghị của cử tri",
     "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội"),
    # the role it issued in is no part of its name; a dash inside a name is
    ("Kế hoạch số 61/KH-NHT ngày 01/3/2021 của Ủy ban nhân dân tỉnh Sông Mây - Trưởng nhóm chương trình hợp tác phát "
     "triển du lịch 8 tỉnh về triển khai các hoạt động", "Ủy ban nhân dân tỉnh Sông Mây"),
    ("Công văn số 19/BVHTTDL-VHCS của Bộ Văn hóa, Thể thao và Du lịch – Cơ quan Thường trực Ban Chỉ đạo Trung ương "
     "phong trào về việc", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Thông tư số 20/2022/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội về việc",
     "Bộ Lao động - Thương binh và Xã hội"),
    # the plenum that adopted it named without "của" (it had had no issuer)
    ("thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XI) về "
     "phát triển khoa học", "Ban Chấp hành Trung ương Đảng"),
    # a council's committee "of" its council: the committee named with it
    ("Báo cáo thẩm tra số 85/BC-HĐND ngày 10/9/2025 của Ban Pháp chế của Hội đồng nhân dân tỉnh về dự thảo",
     "Ban Pháp chế Hội đồng nhân dân tỉnh"),
    # the plenum a committee met in: that committee ("lần thứ" had ended the issuer before its name)
    ("Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban chấp hành Trung ương khóa XII về tăng "
     "cường", "Ban Chấp hành Trung ương"),
    ("Nghị quyết số 22-NQ/TU ngày 12/11/2021 của Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XVI về chuyển "
     "đổi số", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Thc hin Ngh quyt s 17-NQ/TU ngy 12/5/2016 ca Ban Chp hnh ng b tnh v a du lch tr thnh",
     "Ban Chp hnh ng b tnh"),
    # "phòng, chống" inside a board's name (it had ended at "phòng")
    ("thông báo số 01-KL/BCĐ ngày 07/3/2020 của Ban chỉ đạo cấp tỉnh phòng, chống dịch bệnh Covid-19; tiếp theo",
     "Ban chỉ đạo cấp tỉnh phòng, chống dịch bệnh Covid-19"),
    # the Youth Union's Secretariat is no Party's (it had been "Ban Bí thư"); its central committee as its letterhead
    # names it
    ("Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn; - Để thống nhất",
     "Ban Bí thư Trung ương Đoàn"),
    ("Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; - Căn cứ",
     "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
    # the subject after a national body's whole name, in capitals ("về Tháng Thanh niên"): no part of the name (it had
    # been a body "Ban Chấp hành Trung ương Đoàn về Tháng Thanh niên")
    ("Thực hiện Kế hoạch số 183-KH/TWĐTN-TNNT ngày 10/01/2024 của Ban Chấp hành Trung ương Đoàn về Tháng Thanh niên "
     "năm 2024;", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("Căn cứ Kế hoạch số 45-KH/TWĐTN ngày 02/02/2023 của Ban Bí thư Trung ương Đoàn về Chiến dịch Thanh niên tình "
     "nguyện hè;", "Ban Bí thư Trung ương Đoàn"),
    ("Căn cứ Chỉ thị số 05/CT-TTg ngày 02/02/2023 của Thủ tướng Chính phủ về Năm Du lịch quốc gia;",
     "Thủ tướng Chính phủ"),
    # a department's name with a comma and "và" inside, whole (it had been "Sở Văn hóa, Thể thao", the name a province's
    # department has had since 2025)
    ("Căn cứ Hướng dẫn số 15/HD-SVHTTDL ngày 02/3/2024 của Sở Văn hóa, Thể thao và Du lịch về tổ chức lễ hội;",
     "Sở Văn hóa, Thể thao và Du lịch"),
    # the body whose proposal a decision answers, named before its submission (they had had no issuer)
    ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 92/TTr-SNV ngày 27/3/2025, UBND tỉnh ban hành Kế hoạch",
     "Sở Nội vụ"),
    ("Xét đề nghị của Chủ tịch UBND huyện Lý Sơn tại Tờ trình số 12/TTr-UBND ngày 2/3/2024;", "UBND huyện Lý Sơn"),
    ("Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 505/SVHTTDL-TT ngày 06/10/2008,",
     "Sở Văn hóa, Thể thao và Du lịch"),
    # (the head of an office stands for the office; a town's committee with its unit's word capitalised, whole)
    ("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm 2025;",
     "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Xét đề nghị của Chủ tịch UBND Thị xã Cửa Lò tại Công văn số 850/UBND-VH ngày 02/10/2026;", "UBND Thị xã Cửa Lò"),
    # a labour federation abbreviated, the year glued to "của" (it had had no issuer); its unit's word alone is its
    # place, no rest of a sentence (it had been the province's "Liên đoàn Lao động")
    ("Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021của LĐLĐ tỉnh Thanh Hóa, trên cơ sở",
     "Liên đoàn Lao động tỉnh Thanh Hóa"),
    ("trên cơ sở Kế hoạch số 31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện về việc tổ chức", "Liên đoàn Lao động huyện"),
    # the head of an inspectorate or a military command proposing stands for it (they had had no issuer)
    ("Theo đề nghị của Chánh Thanh tra tỉnh Lào Cai tại Tờ trình số 58/TTr-TT ngày 27 tháng 11 năm 2014,",
     "Thanh tra tỉnh Lào Cai"),
    ("Xét đnghị của Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh tại Tờ trình số 112/TTr-BCH ngày 21/01/2016,",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("tỉnh Gia Lai 300 tỷ đồng như đề nghị của Bộ Tài chính tại Văn bản số 17721/BTC-NSNN ngày 14/11/2025.",
     "Bộ Tài chính"),
    # a direction or a recommendation, as a proposal: the body whose it was
    ("theo chỉ đạo của Ủy ban An toàn giao thông Quốc gia tại văn bản nêu trên và chỉ đạo của UBND tỉnh tại Công văn "
     "số 2724/UBND-KTN ngày 20.5.2020 về việc tăng cường", "UBND tỉnh"),
    ("trên cơ sở tham mưu, đề xuất của Sở Tài nguyên và Môi trường tại Văn bản số 5550/STNMT-MT ngày 28/12/2023 sau",
     "Sở Tài nguyên và Môi trường"),
    # the body a sentence says issued it, before it (it had had none)
    ("Đề án phát triển du lịch đến năm 2020 được UBND tỉnh ban hành tại Quyết định số 577/QĐ-UBND ngày 17/8/2017.",
     "UBND tỉnh"),
    # the body the press says issued it, just before it (it had had none); the nearest body, not one it worked with
    ("Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU ngày 16/4/2025 về",
     "Ban Thường vụ Tỉnh ủy tỉnh Sơn La"),
    ("Sở Văn hóa, Thể thao và Du lịch vừa ban hành Kế hoạch số 12/KH-SVHTTDL ngày 2/3/2026 về lễ hội",
     "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở Y tế phối hợp với UBND huyện đã ban hành Kế hoạch số 5/KH-UBND ngày 2/3/2026 về", "UBND huyện"),
    # (not a body before a clause that names none: "… của Thủ tướng Chính phủ, tỉnh Sông Mây đã ban hành …"; nor one
    # that issued an earlier document of the sentence)
    ("tại Quyết định số 2478/QĐ-TTg của Thủ tướng Chính phủ, tỉnh Sông Mây đã ban hành Kế hoạch số 4047/KH-UBND về",
     "Thủ tướng Chính phủ"),
    # a name the gazetteer knows read whole past a subject's "về" and its commas (they had been "Ban Chỉ đạo Trung
    # ương", "Ban Chỉ đạo liên ngành Trung ương")
    ("Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi "
     "mới sáng tạo và chuyển đổi số về việc phân công nhiệm vụ;",
     "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
    ("Kế hoạch số 1751/KH-BCĐTƯATTP ngày 18/12/2024 của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm về "
     "triển khai", "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"),
    # a subject capitalised after a body's name (it had run on into "… Việt Nam về Công tác tuyên truyền biển")
    ("Hướng dẫn số 50/HD-MTTW-BTT ngày 12/3/2021 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về Công tác "
     "tuyên truyền biển", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
    # "của Trung ương" after a Party resolution: the Central Committee (it had been a body "Trung ương")
    ("Chương trình hành động thực hiện Nghị quyết 25-NQ/TƯ ngày 03/6/2013 của Trung ương, trong đó có yêu cầu",
     "Ban Chấp hành Trung ương Đảng"),
    # (a name whose "về" goes on with a capital stays whole: "Ủy ban Quốc gia về Chuyển đổi số")
    ("Căn cứ Kế hoạch số 12/KH-UBQGCĐS ngày 02/02/2023 của Ủy ban Quốc gia về Chuyển đổi số;",
     "Ủy ban Quốc gia về Chuyển đổi số"),
    # a tone mark lost: the national body whose name folds the same (it had been a body "Thủ tướng Chinh phủ")
    ("Thực hiện Quyết định số 106/QĐ-TTg ngày 19/01/2012 của Thủ tướng Chinh phủ phê duyệt Đề án",
     "Thủ tướng Chính phủ"),
    # a movement's name in quotes inside a board's name (it had ended at the quote)
    ("Căn cứ hướng dẫn số 189/HD-BCĐ ngày 23 tháng 9 năm 2020 của Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng "
     "đời sống văn hóa” huyện về kiểm tra",
     "Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện"),
    # the head of a steering committee, its name run into his title: the committee (it had been no issuer)
    ("Căn cứ Quyết định số 03/QĐ-BCĐ ngày 21 tháng 02 năm 2014 của Trưởng ban chỉ đạo thông tin tuyên truyền ASEAN ban "
     "hành Quy chế", "Ban chỉ đạo thông tin tuyên truyền ASEAN"),
    # a steering committee named for what it carries out: its name to the clause's end (it had been "Ban Chỉ đạo")
    ("Công văn số 01-CV/BCĐ ngày 03/12/2024 của Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát trên địa bàn tỉnh "
     "Sông Mây và chỉ đạo của Ban cán sự đảng UBND tỉnh;",
     "Ban Chỉ đạo triển khai xóa nhà tạm, nhà dột nát trên địa bàn tỉnh Sông Mây"),
    ("Kế hoạch số 12/KH-BCĐ ngày 3/1/2024 của Ban Chỉ đạo thực hiện Đề án 06 tỉnh Sông Mây về triển khai",
     "Ban Chỉ đạo thực hiện Đề án 06 tỉnh Sông Mây"),
    ("Kế hoạch số 13/KH-BCĐ ngày 3/1/2024 của Ban Chỉ đạo về việc triển khai", "Ban Chỉ đạo"),
    # "BCH" for Ban Chấp hành (it had been no issuer)
    ("Căn cứ Chương trình hành động số 23-CTr/TU ngày 28/07/2017 của BCH Đảng bộ tỉnh Sông Mây khóa XV thực hiện",
     "Ban Chấp hành Đảng bộ tỉnh Sông Mây"),
    # a Party organisation's congress: the committee it elects, whose numbering ("TU") its resolution takes
    ("Thực hiện Nghị quyết số 01-NQ/TU ngày 17 tháng 10 năm 2025 của Đại hội đại biểu Đảng bộ tỉnh Sông Mây lần thứ I, "
     "nhiệm kỳ 2025 - 2030, Ủy ban nhân dân tỉnh ban hành", "Ban Chấp hành Đảng bộ tỉnh Sông Mây"),
    ("Nghị quyết Đại hội Đảng bộ huyện Núi Đỏ lần thứ XX, số 02-NQ/HU của Đại hội Đảng bộ huyện Núi Đỏ lần thứ XX",
     "Ban Chấp hành Đảng bộ huyện Núi Đỏ"),
])
def test_issuers(text, issuer):
    assert [r for r in find_references(text) if r.number][0].issuer == issuer


def test_each_proposal_names_the_body_that_made_it():
    """Two submissions a decision answers, each body named before its own ("Xét đề nghị của Bộ … tại Công văn số …
    và của Ủy ban nhân dân tỉnh … tại Tờ trình số …"): each its own issuer (they had had none)."""
    refs = find_references("Xét đề nghị của Bộ Xây dựng tại Công văn số 17/BXD-QHKT ngày 17 tháng 5 năm 2026 và của "
                           "Ủy ban nhân dân tỉnh Sông Mây tại Tờ trình số 35/TTr-UBND ngày 20 tháng 4 năm 2026; Theo "
                           "đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 18/TTr-VP ngày 21/8/2026 và Giám đốc "
                           "Sở Nội vụ tại Văn bản số 48/SNV-TCBC ngày 22/8/2026.")
    assert [(r.number, r.issuer) for r in refs] == [
        ("17/BXD-QHKT", "Bộ Xây dựng"), ("35/TTr-UBND", "Ủy ban nhân dân tỉnh Sông Mây"),
        ("18/TTr-VP", "Văn phòng UBND tỉnh"), ("48/SNV-TCBC", "Sở Nội vụ")]


@pytest.mark.parametrize("text, issuers", [
    # two documents of one body's numbering listed under the issuer named after the last: both its (the first had had
    # none); not its date, which may be another day's
    ("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành kèm theo",
     [("217-QĐ/TW", "Bộ Chính trị", None), ("218-QĐ/TW", "Bộ Chính trị", "12/12/2013")]),
    ("các chỉ thị số 31-CT/TU ngày 22/01/2020 số 32-CT/TU ngày 30/01/2020 của Ban Thường vụ Tỉnh ủy; thông báo",
     [("31-CT/TU", "Ban Thường vụ Tỉnh ủy", "22/01/2020"), ("32-CT/TU", "Ban Thường vụ Tỉnh ủy", "30/01/2020")]),
    # (documents of two types, of two years, in one body's numbering: its too; they had had none)
    ("Căn cứ Nghị quyết số 12-NQ/TU ngày 3/3/2021 và Chỉ thị số 05-CT/TU ngày 4/4/2022 của Ban Thường vụ Tỉnh ủy về",
     [("12-NQ/TU", "Ban Thường vụ Tỉnh ủy", "3/3/2021"), ("05-CT/TU", "Ban Thường vụ Tỉnh ủy", "4/4/2022")]),
    ("Căn cứ Nghị định số 12/2021/NĐ-CP và Nghị định số 5/2022/NĐ-CP ngày 2/2/2022 của Chính phủ về",
     [("12/2021/NĐ-CP", "Chính phủ", None), ("5/2022/NĐ-CP", "Chính phủ", "2/2/2022")]),
    # (listed with semicolons, each straight after the one before; they had had none)
    ("Xét Tờ trình số 46/TTr-UBND ngày 28 tháng 11 năm 2026; Báo cáo số 68/BC-UBND ngày 06 tháng 12 năm 2026; Báo cáo "
     "số 74/BC-UBND ngày 12 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra",
     [("46/TTr-UBND", "Ủy ban nhân dân tỉnh", "28/11/2026"), ("68/BC-UBND", "Ủy ban nhân dân tỉnh", "6/12/2026"),
      ("74/BC-UBND", "Ủy ban nhân dân tỉnh", "12/12/2026")]),
    # (listed after one whose issuer is named before it, the proposal's body: its too; not after one whose issuer is
    # printed after it)
    ("Theo đề nghị của Sở Tài chính tại Tờ trình số: 421/TTr-STC ngày 29/10/2026, 501/TTr-STC ngày 20/11/2026 và",
     [("421/TTr-STC", "Sở Tài chính", "29/10/2026"), ("501/TTr-STC", "Sở Tài chính", "20/11/2026")]),
    ("Quyết định số 1/QĐ-UBND ngày 1/1/2026 của UBND tỉnh, Quyết định số 2/QĐ-UBND ngày 2/2/2026 về việc",
     [("1/QĐ-UBND", "UBND tỉnh", "1/1/2026"), ("2/QĐ-UBND", None, "2/2/2026")]),
    # another body's numbering: not its issuer
    ("Quyết định số 12/QĐ-UBND ngày 1/1/2020, Quyết định số 13/QĐ-TTg ngày 2/2/2020 của Thủ tướng Chính phủ về",
     [("12/QĐ-UBND", None, "1/1/2020"), ("13/QĐ-TTg", "Thủ tướng Chính phủ", "2/2/2020")]),
])
def test_documents_listed_under_one_issuer(text, issuers):
    got = [(r.number, r.issuer, r.date.strftime("%-d/%-m/%Y") if r.date else None) for r in find_references(text)]
    want = [(n, i, dt.datetime.strptime(d, "%d/%m/%Y").strftime("%-d/%-m/%Y") if d else None) for n, i, d in issuers]
    assert got == want


@pytest.mark.parametrize("text", [
    "Nghị quyết số 13-NQ/TW ngày 4/11/2013 của Hội nghị lần thứ tám",
    "Kế hoạch số 14/KH-UBND của năm trước",
])
def test_debris_is_no_issuer(text):
    assert one(text).issuer is None


# -- what a document implements ----------------------------------------------------------------
def kinds(parse, text: str) -> dict[str, str]:
    doc, blocks = parse(text)
    extract_meta(doc, blocks)
    extract_citations(doc, blocks)
    out: dict[str, str] = {}
    for c in doc.citations:
        if c.number and (c.number not in out or c.kind == "implements"):
            out[c.number] = c.kind
    return out


def implemented(parse, text: str) -> set[str]:
    return {n for n, k in kinds(parse, text).items() if k == "implements"}


def test_de_tiep_tuc_thuc_hien_co_hieu_qua(parse):
    assert implemented(parse, """
        Để tiếp tục thực hiện có hiệu quả Quyết định số 21/QĐ-TTg ngày 02/3/2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH
        """) == {"21/QĐ-TTg"}  # noqa: E501


def test_a_title_implements_what_follows_thuc_hien_even_under_can_cu(parse):
    assert kinds(parse, """
        KẾ HOẠCH
        THỰC HIỆN QUYẾT ĐỊNH SỐ 22/QĐ-TTG NGÀY 05 THÁNG 01 NĂM 2024
        CỦA THỦ TƯỚNG CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH
        Căn cứ Quyết định số 22/QĐ-TTg ngày 05/01/2024 của Thủ tướng Chính phủ;
        Căn cứ Nghị định số 23/2023/NĐ-CP ngày 01/6/2023 của Chính phủ;

        I. MỤC ĐÍCH
        """) == {"22/QĐ-TTg": "implements", "23/2023/NĐ-CP": "based_on"}


def test_siblings_are_implemented_but_a_document_inside_a_description_is_not(parse):
    assert kinds(parse, """
        Thực hiện Nghị quyết số 24/NQ-CP ngày 20/02/2024 của Chính phủ về kích cầu tiêu dùng và triển khai Nghị quyết số 25/2024/QH15 của Quốc hội về hỗ trợ doanh nghiệp; Kết luận số 26-KL/TW ngày 02/8/2023 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 27-NQ/TW ngày 29/8/2005 của Bộ Chính trị, Chỉ thị số 28-CT/TU của Tỉnh ủy và Kế hoạch số 29/KH-UBND ngày 11/7/2023 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH
        """) == {"24/NQ-CP": "implements", "25/2024/QH15": "implements", "26-KL/TW": "implements",  # noqa: E501
                 "27-NQ/TW": "mention", "28-CT/TU": "implements", "29/KH-UBND": "implements"}


def test_clauses_switch_inside_one_paragraph(parse):
    assert kinds(parse, """
        Thực hiện Chương trình hành động số 30-CTr/TU ngày 26/12/2022 của Tỉnh ủy về việc thực hiện Chỉ thị số 31-CT/TW ngày 04/9/2022 của Ban Bí thư; Căn cứ Kế hoạch số 32/KH-UBATGTQG ngày 15/01/2023 của Ủy ban An toàn giao thông Quốc gia; Thông báo kết luận số 33/TB-UBND ngày 02/3/2023; xét đề nghị của Sở Giao thông vận tải tại Tờ trình số 34/TTr-SGTVT ngày 10/3/2023, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:

        I. MỤC ĐÍCH
        """) == {"30-CTr/TU": "implements", "31-CT/TW": "mention", "32/KH-UBATGTQG": "based_on",  # noqa: E501
                 "33/TB-UBND": "based_on", "34/TTr-SGTVT": "mention"}


def test_tren_co_so_a_plan_implements_it_but_not_a_proposal(parse):
    assert kinds(parse, """
        Thực hiện Nghị định số 35/2023/NĐ-CP ngày 14/6/2023 của Chính phủ quy định việc quản lý. Trên cơ sở Kế hoạch số 36/KH-UBND ngày 18/12/2023 của UBND tỉnh; trên cơ sở đề xuất của Sở Tài chính tại Tờ trình số 37/TTr-STC ngày 31/01/2024, UBND tỉnh ban hành Kế hoạch.

        I. MỤC ĐÍCH
        """) == {"35/2023/NĐ-CP": "implements", "36/KH-UBND": "implements", "37/TTr-STC": "mention"}  # noqa: E501


def test_a_new_sentence_ends_the_clause(parse):
    assert kinds(parse, """
        Thực hiện Nghị quyết của Quốc hội về dự toán ngân sách, Chính phủ đã ban hành nhiều cơ chế mới. Tuy nhiên, các Bộ cần thực hiện tốt Nghị quyết số 38/NQ-CP ngày 24/5/2024 của Chính phủ.

        I. NHIỆM VỤ
        """) == {"38/NQ-CP": "mention"}  # noqa: E501


def test_thuc_hien_must_govern_the_document(parse):
    assert kinds(parse, """
        Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, ngay từ đầu năm UBND tỉnh đã ban hành Chương trình hành động số 39/CTr-UBND ngày 28/01/2024 với nhiều nhiệm vụ.

        Để chuẩn bị tốt các điều kiện đón Tết, các cấp, các ngành đã tập trung thực hiện nghiêm túc Chỉ thị số 40/CT-TTg ngày 31/12/2023 của Thủ tướng Chính phủ.

        Để tiếp tục phát huy kết quả đạt được, thực hiện Chỉ thị số 41/CT-TTg ngày 05/8/2024 của Thủ tướng Chính phủ về việc xây dựng kế hoạch, Ủy ban nhân dân tỉnh chỉ thị:
        """) == {"39/CTr-UBND": "mention", "40/CT-TTg": "mention", "41/CT-TTg": "implements"}  # noqa: E501


def test_a_decision_that_issues_a_plan_implementing_a_document(parse):
    assert implemented(parse, """
        QUYẾT ĐỊNH
        VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 42-KL/TW NGÀY 02 THÁNG 8 NĂM
        2023 CỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 43-NQ/TW
        Căn cứ Kết luận số 42-KL/TW ngày 02/8/2023 của Bộ Chính trị;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Kết luận số 42-KL/TW ngày 02/8/2023 của Bộ Chính trị.
        """) == {"42-KL/TW"}  # noqa: E501


def test_a_programme_named_in_the_title_implements_its_approving_decision(parse):
    text = """
        KẾ HOẠCH
        THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN DU LỊCH SINH THÁI VEN BIỂN TRÊN ĐỊA BÀN TỈNH SÔNG MÂY NĂM 2025
        I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
        1. Quyết định số 44/QĐ-TTg ngày 07/9/2023 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch sinh thái ven biển giai đoạn 2023-2030;
        2. Quyết định số 45/QĐ-TTg ngày 14/3/2024 của Thủ tướng Chính phủ về việc ban hành Bộ tiêu chí thuộc Chương trình phát triển du lịch sinh thái ven biển;
        3. Kế hoạch số 46/KH-UBND ngày 22/11/2023 của Ủy ban nhân dân tỉnh về thực hiện Chương trình phát triển du lịch sinh thái ven biển giai đoạn 2023-2030;
        4. Công văn số 47/BVHTTDL-TCDL ngày 01/3/2024 của Bộ Văn hóa, Thể thao và Du lịch về việc triển khai Chương trình phát triển du lịch sinh thái ven biển.
        II. MỤC ĐÍCH
        """  # noqa: E501
    assert kinds(parse, text) == {"44/QĐ-TTg": "implements", "45/QĐ-TTg": "based_on", "46/KH-UBND": "implements",
                                  "47/BVHTTDL-TCDL": "based_on"}


def test_a_programme_named_in_the_title_is_implemented_beside_what_a_thuc_hien_sentence_names(parse):
    """A title carrying out a strategy and a preamble carrying out a Party conclusion: the plan implements both (the
    title had been read only when nothing else was implemented, so the strategy's decision stayed a basis)."""
    text = """
        KẾ HOẠCH
        THỰC
        HIỆN CHIẾN LƯỢC PHÁT TRIỂN THƯ VIỆN SỐ ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH SÔNG MÂY
        Căn cứ Quyết định số 61/QĐ-TTg ngày 12/11/2023 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược phát triển thư viện số Việt Nam đến năm 2030;
        Thực hiện Kết luận số 62-KL/TU ngày 07/3/2024 của Ban Thường vụ Tỉnh ủy.
        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH
        """  # noqa: E501
    assert kinds(parse, text) == {"61/QĐ-TTg": "implements", "62-KL/TU": "implements"}


def test_a_programme_named_in_the_title_and_abbreviated_in_its_decision(parse):
    """"THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG …" and "Quyết định số 90/QĐ-TTg … phê duyệt Chương
    trình MTQG giảm nghèo bền vững …": "MTQG" is "mục tiêu quốc gia", the same programme; its decision is implemented
    (it had stayed a basis)."""
    text = """
        KẾ HOẠCH
        THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH SÔNG MÂY NĂM 2027
        Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình MTQG giảm nghèo bền vững giai đoạn 2021 - 2025;
        Thực hiện Nghị quyết số 47-NQ/TU ngày 09/9/2021 của Ban Thường vụ Tỉnh ủy.
        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH
        """  # noqa: E501
    assert kinds(parse, text) == {"90/QĐ-TTg": "implements", "47-NQ/TU": "implements"}


def test_a_programme_whose_investment_policy_a_resolution_approved(parse):
    """"THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA …" and "Nghị quyết số 98/2025/QH15 … phê duyệt chủ trương đầu tư Chương
    trình mục tiêu quốc gia …": the National Assembly's resolution approved the programme's investment policy, so the
    plan carries it out (it had stayed a basis: "chủ trương đầu tư" hid the programme's name); a resolution approving a
    project's investment policy, no programme of the title, stays a basis."""
    text = """
        KẾ HOẠCH
        THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN VĂN HÓA VÙNG CAO TRÊN ĐỊA BÀN TỈNH SÔNG MÂY GIAI ĐOẠN 2026 - 2030
        Căn cứ Nghị quyết số 98/2025/QH15 ngày 11/12/2025 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phát triển văn hóa vùng cao giai đoạn 2026 - 2035;
        Căn cứ Nghị quyết số 97/2025/QH15 ngày 10/12/2025 của Quốc hội phê duyệt chủ trương đầu tư Dự án đường cao tốc Sông Mây;
        Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH
        """  # noqa: E501
    assert kinds(parse, text) == {"98/2025/QH15": "implements", "97/2025/QH15": "based_on"}


def test_the_preambles_enacting_sentence_names_the_programme_it_carries_out(parse):
    """"Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án …" after the bases (here run on from a
    basis cut short by the page): the decision that approved the Đề án is implemented; a decision of
    the committee described in a basis ("… của UBND tỉnh ban hành Kế hoạch thực hiện …") is not."""
    text = """
        Căn cứ Quyết định số 52/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt “Đề án bảo vệ rừng ngập mặn ven biển Sông Mây giai đoạn 2021-2030”;
        Căn cứ Kế hoạch số 53/KH-BNN ngày 04/11/2021 của Bộ Nông nghiệp và Phát triển nông thôn về triển khai Quyết định số 52/QĐ-TTg phê duyệt Đề án “Bảo vệ rừng ngập mặn ven biển Sông Mây giai đoạn 2021-2030” và tăng
        Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án bảo vệ rừng ngập mặn ven biển Sông Mây giai đoạn 2021-2030 trên địa bàn tỉnh như sau:
        1. Mục đích
        """  # noqa: E501
    assert kinds(parse, text)["52/QĐ-TTg"] == "implements"
    assert kinds(parse, """
        Căn cứ Quyết định số 54/QĐ-UBND ngày 02/3/2021 của UBND tỉnh ban hành Kế hoạch thực hiện Đề án bảo vệ rừng ngập mặn ven biển Sông Mây giai đoạn 2021-2030;
        Căn cứ Quyết định số 52/QĐ-TTg ngày 04 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt “Đề án bảo vệ rừng ngập mặn ven biển Sông Mây giai đoạn 2021-2030”;
        1. Mục đích
        """) == {"54/QĐ-UBND": "based_on", "52/QĐ-TTg": "based_on"}  # noqa: E501


def test_a_clause_on_the_line_under_the_title_is_read_as_a_clause(parse):
    """Title and clause lexed as one block (no blank line between them): the clause still opens at
    its own line."""
    assert kinds(parse, """
        KẾ HOẠCH
        Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Sông Mây năm 2023
        Triển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh về ban hành Kế hoạch chuyển đổi số năm 2023, Ban Chỉ đạo ban hành Kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        """) == {"47/QĐ-UBND": "implements"}  # noqa: E501


def test_a_notice_that_opens_with_the_enacting_sentence(parse):
    """A portal's news about the plan: "UBND tỉnh X vừa ban hành Kế hoạch tiếp tục thực hiện Quyết định số …"
    is what the plan carries out; "UBND tỉnh đã ban hành Kế hoạch …" reports an earlier one."""
    assert kinds(parse, """
        UBND tỉnh Sông Mây vừa ban hành Kế hoạch tiếp tục thực hiện Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN.
        """) == {"161/QĐ-TTg": "implements"}  # noqa: E501
    assert kinds(parse, """
        UBND tỉnh Sông Mây đã ban hành Kế hoạch thực hiện Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ.
        """) == {"161/QĐ-TTg": "mention"}  # noqa: E501


@pytest.mark.parametrize("text, expected", [
    # any issuer, the document's own number and date between the type and what it carries out
    ("Bộ Công Thương vừa ban hành Kế hoạch số 12/KH-BCT ngày 05/3/2026 về việc thực hiện Nghị quyết số 115/NQ-CP "
     "ngày 10/8/2025 của Chính phủ.", {"115/NQ-CP": "implements"}),
    ("Sở Nội vụ ban hành kế hoạch hành động thực hiện Nghị quyết số 115/NQ-CP của Chính phủ.",
     {"115/NQ-CP": "implements"}),
    # "đã ban hành" in a sentence opening with the date of what the notice reports: the page's own document
    ("Kế hoạch hành động của Bộ Công Thương\nNgày 30/10/2020, Bộ trưởng Bộ Công Thương đã ban hành kế hoạch hành "
     "động thực hiện Nghị quyết số 115/NQ-CP của Chính phủ.", {"115/NQ-CP": "implements"}),
    # a page opening with a stamp before the sentence; a number without its symbol
    ("date 2025-09-13 UBND TP.Sông Mây vừa ban hành Kế hoạch số 249 về việc thực hiện Nghị quyết số 122/NQ-CP "
     "ngày 8.5.2025 của Chính phủ.", {"122/NQ-CP": "implements"}),
    # the page's document is another: a report of an earlier plan, of another type
    ("Ngày 5/3/2026, Sở Nội vụ ban hành Kế hoạch số 12/KH-SNV về tuyển dụng. Trước đó, Sở đã ban hành Kế hoạch "
     "số 3/KH-SNV về việc thực hiện Nghị quyết số 115/NQ-CP của Chính phủ.", {"115/NQ-CP": "mention"}),
    ("Sở Nội vụ ban hành kế hoạch tuyển dụng. Trước đó, Sở đã ban hành kế hoạch thực hiện Nghị quyết số "
     "115/NQ-CP của Chính phủ.", {"115/NQ-CP": "mention"}),
    ("Sở Nội vụ vừa ban hành Kế hoạch tuyển dụng; UBND tỉnh ban hành Chỉ thị thực hiện Nghị quyết số 115/NQ-CP.",
     {"115/NQ-CP": "mention"}),
    # what a cited decision issued, in its description
    ("Nhằm thực hiện hiệu quả Quyết định số 2074/QĐ-TTg ngày 10-12-2021 của Thủ tướng Chính phủ Ban hành Kế hoạch "
     "triển khai thực hiện Nghị quyết số 115/NQ-CP của Chính phủ, Bộ đã ký Kế hoạch.", {"115/NQ-CP": "mention"}),
])
def test_a_notice_says_what_its_own_document_carries_out(parse, text, expected):
    """A notice's sentence about the page's document: what it carries out, after its number and date ("ban hành
    Kế hoạch số 12/KH-BCT ngày … về việc thực hiện Nghị quyết số …"), whoever issued it; not what another
    document it reports carries out."""
    assert {k: v for k, v in kinds(parse, text + "\n").items() if k == "115/NQ-CP" or k == "122/NQ-CP"} == expected


def test_a_notice_carries_out_the_documents_it_lists_together(parse):
    """"… ban hành Kế hoạch số 520/KH-UBND triển khai thực hiện Nghị quyết số 153/NQ-CP ngày … của Chính phủ, Kế hoạch
    số 339-KH/TU …": both, the second after the first's date and issuer; not what the second carries out."""
    text = ("Huy động mọi nguồn lực cho hội nhập quốc tế\nNgày 1/7/2027, UBND tỉnh ban hành Kế hoạch số 520/KH-UBND "
            "triển khai thực hiện Nghị quyết số 153/NQ-CP ngày 31/5/2027 của Chính phủ, Kế hoạch số 339-KH/TU ngày "
            "20/5/2027 của Ban Thường vụ Tỉnh ủy triển khai thực hiện Nghị quyết số 59-NQ/TW ngày 24/01/2027 của Bộ "
            "Chính trị.\n")
    assert kinds(parse, text) == {"153/NQ-CP": "implements", "339-KH/TU": "implements", "59-NQ/TW": "mention"}


def test_a_title_carrying_out_documents_named_by_their_issuers(parse):
    """"… THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, NGHỊ QUYẾT CỦA TỈNH ỦY, HĐND TỈNH …" with no number: the cited
    resolutions of those issuers are implemented, another basis is not."""
    text = """
        QUYẾT ĐỊNH
        VỀ VIỆC BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, NGHỊ QUYẾT CỦA TỈNH ỦY, HĐND TỈNH VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2019
        Căn cứ Nghị quyết số 01/NQ-CP ngày 01 tháng 01 năm 2019 của Chính phủ về nhiệm vụ, giải pháp chủ yếu năm 2019;
        Căn cứ Nghị quyết số 11-NQ/TU ngày 07 tháng 12 năm 2018 của Ban Chấp hành Đảng bộ tỉnh;
        Căn cứ Nghị quyết số 116/NQ-HĐND ngày 13 tháng 12 năm 2018 của Hội đồng nhân dân tỉnh;
        Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ;
        """  # noqa: E501
    assert kinds(parse, text) == {"01/NQ-CP": "implements", "11-NQ/TU": "implements", "116/NQ-HĐND": "implements",
                                  "45/2025/NĐ-CP": "based_on"}


def test_a_named_programme_resolves_through_the_reference_documents(parse):
    d161 = next(d for d in known_documents() if d.number == "161/QĐ-TTg")
    assert "đề án 161" in d161.aliases
    doc, blocks = parse("""
        KẾ HOẠCH
        THỰC HIỆN ĐỀ ÁN 161 TRÊN ĐỊA BÀN TỈNH

        Để tiếp tục thực hiện có hiệu quả Đề án 161, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
        """)
    extract_meta(doc, blocks)
    extract_citations(doc, blocks)
    assert {(c.kind, c.number, c.number_printed, c.date) for c in doc.citations} == {
        ("implements", "161/QĐ-TTg", "ĐỀ ÁN 161", dt.date(2016, 1, 25)),
        ("implements", "161/QĐ-TTg", "Đề án 161", dt.date(2016, 1, 25))}


def test_laws_without_number_are_the_basis_not_implemented(parse):
    assert [(c.kind, c.number, c.title) for c in kinds_of(parse, """
        Thực hiện Luật Người cao tuổi năm 2009, Nghị định số 48/2017/NĐ-CP ngày 02/5/2017 của Chính phủ;
        """)] == [("based_on", None, "Luật Người cao tuổi năm 2009"), ("implements", "48/2017/NĐ-CP", None)]


def kinds_of(parse, text):
    doc, blocks = parse(text)
    extract_citations(doc, blocks)
    return doc.citations


# -- one node per document ---------------------------------------------------------------------
def test_the_document_itself_is_no_citation(parse):
    doc, blocks = parse("""
        Quyết định 49/QĐ-UBND năm 2024 về phê duyệt Kế hoạch phát triển du lịch tỉnh Sông Mây
        ỦY BAN NHÂN DÂN TỈNH SÔNG MÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 49/2024/QĐ-UBND | Sông Mây, ngày 05 tháng 3 năm 2024 |
        QUYẾT ĐỊNH
        Căn cứ Quyết định số 50/QĐ-TTg ngày 01/02/2024 của Thủ tướng Chính phủ;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành Quy chế kèm theo.
        QUY CHẾ
        (Ban hành kèm theo Quyết định số 49/2024/QĐ-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh)
        """)
    extract_meta(doc, blocks)
    extract_citations(doc, blocks)
    assert [c.number for c in doc.citations] == ["50/QĐ-TTg"]


def test_a_number_cut_off_by_the_end_of_an_excerpt_is_dropped(parse):
    assert kinds_of(parse, """
        Căn cứ Quyết định số 51/QĐ-UBND ngày 11/11/2022 của Chủ tịch UBND tỉnh;
        Thực hiện Công văn số
        52/LĐTBXH-BTX""")[-1].number == "51/QĐ-UBND"


def test_a_date_on_the_next_line_stays_with_its_number(parse):
    [c] = kinds_of(parse, """
        Thực hiện Quyết định số 53/QĐ-TTg ngày
        8 tháng 6 năm 2020 của Thủ tướng Chính phủ;
        """)
    assert (c.kind, c.date) == ("implements", dt.date(2020, 6, 8))


def test_the_subject_follows_the_issuer():
    r = one("theo Kết luận số 54-KL/TW ngày 08/8/2023 của Bộ Chính trị về định hướng hợp tác đến năm 2030.")
    assert (r.issuer, r.subject) == ("Bộ Chính trị", "về định hướng hợp tác đến năm 2030")


# -- issuers in the gazetteer ------------------------------------------------------------------
@pytest.mark.parametrize("printed,label", [
    ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
    ("Ban Bí thư Trung ương Đảng", "Ban Bí thư"),
    ("Ban Thường Vụ Tỉnh Ủy", "Ban Thường vụ Tỉnh ủy"),
    ("Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy"),
    ("Thành uỷ", "Thành ủy"),
    ("Huyện ủy", "Huyện ủy"),
    ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
    ("Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"),
    ("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Bộ Công Thương", "Bộ Công Thương"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Văn phòng Chính phủ", "Văn phòng Chính phủ"),
    ("Thủ tướng", "Thủ tướng Chính phủ"),
])
def test_party_bodies_and_ministries_are_known(gaz, printed, label):
    [m] = gaz.resolve(printed)
    assert (m.label, m.entry is not None) == (label, True)


def test_a_place_in_old_tone_placement_is_still_the_place(gaz):
    assert gaz.resolve("Tỉnh ủy Thanh Hoá", ("Thanh Hóa",))[0].label == "Tỉnh ủy"


@pytest.mark.parametrize("printed", ["Thủ tướng Chính phủ như sau", "Hội nghị lần thứ", "Hệ Thống vui lòng đăng nhập"])
def test_debris_is_no_agency(gaz, printed):
    assert gaz.resolve(printed) == []


def test_a_clause_carries_into_the_list_below_it(parse):
    assert kinds(parse, """
        Thực hiện các văn bản sau:
        - Quyết định số 55/QĐ-TTg ngày 02/3/2024 của Thủ tướng Chính phủ;
        - Kế hoạch số 56/KH-BVHTTDL ngày 05/4/2024 của Bộ Văn hóa, Thể thao và Du lịch;
        Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH
        - Triển khai Kế hoạch số 57/KH-UBND.
        """) == {"55/QĐ-TTg": "implements", "56/KH-BVHTTDL": "implements", "57/KH-UBND": "mention"}


def test_a_word_glued_to_the_number_stays_out_of_it():
    r = one("Căn cứ Nghị quyết số 58-NQ/TWngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế;")
    assert (r.number, r.date) == ("58-NQ/TW", dt.date(2013, 4, 10))
    [law] = find_references("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;")
    assert law.title == "Luật Tổ chức chính quyền địa phương"


def test_the_authority_line_is_not_part_of_the_title(parse):
    doc, blocks = parse("""
        QUYẾT ĐỊNH
        BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 59-NQ/TW NGÀY 10/4/2013 CỦA BỘ CHÍNH TRỊ VỀ HỘI NHẬP QUỐC TẾ
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
        """)
    extract_citations(doc, blocks)
    [c] = [c for c in doc.citations if c.number]
    assert (c.kind, c.subject) == ("implements", "VỀ HỘI NHẬP QUỐC TẾ")


def test_what_a_plan_carries_out_of_a_document(parse):
    assert implemented(parse, """
        KẾ HOẠCH
        THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI NGHỊ QUYẾT SỐ 60/NQ-CP NGÀY 05/01/2024 CỦA CHÍNH PHỦ
        Thực hiện tinh thần Chỉ thị số 61-CT/TU ngày 02/02/2024 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
        """) == {"60/NQ-CP", "61-CT/TU"}  # noqa: E501


def test_a_pages_headline_it_was_typed_from_is_its_title(parse):
    """A page without letterhead whose type comes from its headline ("Kế hoạch thực hiện …", also under a portal's
    "Trích yếu" label): the headline is its title, what it carries out is implemented; a headline of another type
    than the page's, or a sentence further on, only mentions."""
    assert kinds(parse, """
        Kế hoạch thực hiện Nghị quyết số 62-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng

        Nội dung kế hoạch gồm các nhiệm vụ sau, theo Nghị quyết số 63/NQ-CP.
        """) == {"62-NQ/TW": "implements", "63/NQ-CP": "mention"}
    assert kinds(parse, """
        Trích yếu
        Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 64-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng "về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức".
        """) == {"64-NQ/TW": "implements"}  # noqa: E501
    assert kinds(parse, """
        Hội nghị triển khai Nghị quyết số 65-NQ/TW của Bộ Chính trị

        Sáng nay, Ban Tuyên giáo tổ chức hội nghị.
        """) == {"65-NQ/TW": "mention"}


def test_a_notice_of_a_plan_about_something_carrying_out_a_document(parse):
    """"… vừa ban hành Kế hoạch tổ chức phong trào thi đua “…” thực hiện Chỉ thị 66/CT-TTg": what the plan is about
    stands between; "… yêu cầu các sở thực hiện …" tells others to carry it out."""
    assert kinds(parse, """
        (HCM CityWeb) - UBND TP vừa ban hành Kế hoạch tổ chức phong trào thi đua “Mở rộng vùng xanh trên bản đồ Covid-19” thực hiện Chỉ thị 66/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
        """) == {"66/CT-TTg": "implements"}  # noqa: E501
    assert kinds(parse, """
        UBND tỉnh Bắc Giang vừa ban hành Kế hoạch phòng chống dịch yêu cầu các sở thực hiện Chỉ thị 67/CT-TTg ngày 31/3/2020.
        """) == {"67/CT-TTg": "mention"}  # noqa: E501
    assert kinds(parse, """
        UBND tỉnh Bắc Giang vừa ban hành Kế hoạch bảo đảm trật tự an toàn giao thông thực hiện Chỉ thị 68/CT-TTg ngày 31/3/2020.
        """) == {"68/CT-TTg": "implements"}  # noqa: E501


def test_a_notice_of_a_letter_carrying_out_a_document(parse):
    """"… vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg …": the page's letter carries it out;
    the Prime Minister's decision another document carries out is no letter's."""
    assert kinds(parse, """
        Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ về kế hoạch chuyển đổi số.
        """) == {"1012/QĐ-TTg": "implements"}  # noqa: E501
    assert kinds(parse, """
        UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND. Trước đó, Sở Nội vụ đã có văn bản triển khai thực hiện Quyết định 1013/QĐ-TTg của Thủ tướng Chính phủ.
        """) == {"1013/QĐ-TTg": "mention"}  # noqa: E501


def test_a_review_of_carrying_out_a_document_and_the_notice_that_states_the_instruction(parse):
    """A plan to carry out the Prime Minister's instruction given at a conference that reviewed five years of a decree
    ("… VÀ SƠ KẾT 05 NĂM THỰC HIỆN NGHỊ ĐỊNH SỐ 83/2017/NĐ-CP …") carries out the instruction, stated in the notice the
    opening names after "tại" ("Thực hiện chỉ đạo của Thủ tướng … tại Hội nghị … tại Thông báo số 319/TB-VPCP …"),
    not the decree reviewed (which had been read as carried out, and the notice as a mention)."""
    assert kinds(parse, """
        KẾ HOẠCH
        TRIỂN KHAI THỰC HIỆN KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI HỘI NGHỊ TOÀN QUỐC VỀ PHÒNG CHÁY, CHỮA CHÁY VÀ SƠ KẾT 05 NĂM THỰC HIỆN NGHỊ ĐỊNH SỐ 83/2017/NĐ-CP NGÀY 18 THÁNG 7 NĂM 2017 CỦA CHÍNH PHỦ
        Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Hội nghị toàn quốc về phòng cháy, chữa cháy và sơ kết 05 năm thực hiện Nghị định số 83/2017/NĐ-CP ngày 18 tháng 7 năm 2017 của Chính phủ tại Thông báo số 319/TB-VPCP ngày 05 tháng 10 năm 2022 của Văn phòng Chính phủ; Ủy ban nhân dân tỉnh xây dựng kế hoạch như sau:

        I. MỤC TIÊU
        """) == {"83/2017/NĐ-CP": "mention", "319/TB-VPCP": "implements"}  # noqa: E501
    # a review is itself carried out only when named so; a plan to carry out a decree is still the decree's
    assert implemented(parse, """
        KẾ HOẠCH
        TỔNG KẾT 10 NĂM THỰC HIỆN CHỈ THỊ SỐ 40-CT/TW
        Thực hiện Kế hoạch số 51-KH/TU ngày 02/3/2024 của Tỉnh ủy về tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW, UBND tỉnh ban hành Kế hoạch như sau:

        I. MỤC ĐÍCH
        """) == {"51-KH/TU"}  # noqa: E501


def test_instructions_and_conclusions_carried_out_are_the_documents_that_state_them(parse):
    """"Thực hiện sự chỉ đạo của UBND tỉnh tại Văn bản số …", "Thực hiện kết luận của Thủ tướng … tại cuộc họp … (tại
    Thông báo số …), … và chỉ đạo của Thường trực Tỉnh ủy tại Công văn số …": each document stating an instruction is
    carried out (none had been); so is what follows "Theo đó:" ("Theo đó: Thực hiện văn bản số …")."""
    assert implemented(parse, """
        Ngày 21 tháng 5 năm 2027, UBND huyện Sông Mây ban hành văn bản số 598/UBND-KT.
        Thực hiện sự chỉ đạo của UBND tỉnh tại Văn bản số 1964/UBND-KTN ngày 12/5/2027 về phòng, chống dịch bệnh, UBND huyện yêu cầu các xã triển khai.
        """) == {"1964/UBND-KTN"}  # noqa: E501
    assert implemented(parse, """
        CÔNG ĐIỆN
        Thực hiện kết luận của Thủ tướng Chính phủ tại cuộc họp Thường trực Chính phủ (tại Thông báo số 122/TB-VPCP ngày 24 tháng 3 năm 2027 của Văn phòng Chính phủ), kết luận của đồng chí Bí thư Tỉnh ủy tại cuộc họp ngày 24 tháng 3 năm 2027 và chỉ đạo của Thường trực Tỉnh ủy tại Công văn số 1025-CV/TU ngày 24 tháng 3 năm 2027, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
        """) == {"122/TB-VPCP", "1025-CV/TU"}  # noqa: E501
    assert implemented(parse, """
        Cục Bảo vệ thực vật vừa có công văn số 1066/BVTV-QLT gửi các Sở Nông nghiệp. Theo đó: Thực hiện văn bản số 2827/BNN-BVTV ngày 24/4/2027 của Bộ trưởng Bộ Nông nghiệp, Cục đề nghị các Sở chỉ đạo phòng trừ sâu bệnh.
        """) == {"2827/BNN-BVTV"}  # noqa: E501


def test_a_notice_of_a_plan_for_a_review_conferences_conclusions(parse):
    """A notice that the page's plan carries out the conclusions of a conference reviewing a directive ("… về triển
    khai thực hiện Kết luận … tại Hội nghị … đánh giá kết quả 10 tháng thực hiện Chỉ thị số …") does not carry out the
    directive."""
    doc, blocks = parse("""
        Triển khai Kết luận của Thủ tướng về phòng cháy
        UBND tỉnh vừa ban hành Kế hoạch số 11/KH-UBND ngày 02/01/2027 về triển khai thực hiện Kết luận của Thủ tướng Chính phủ tại Hội nghị trực tuyến toàn quốc đánh giá kết quả 10 tháng thực hiện Chỉ thị số 01/CT-TTg ngày 03 tháng 01 năm 2026 về tăng cường công tác phòng cháy, chữa cháy.
        """)  # noqa: E501
    extract_meta(doc, blocks)
    extract_citations(doc, blocks)
    assert doc.meta.number == "11/KH-UBND"
    assert [c.kind for c in doc.citations if c.number == "01/CT-TTg"] == ["mention"]


@pytest.mark.parametrize("opening, kinds_wanted", [
    # a notice described inside the letter carried out: the letter's, not the plan's
    ("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1021/UBND-VX ngày 02/3/2027 về việc triển khai Kết luận của Thủ "
     "tướng Chính phủ tại Thông báo số 88/TB-VPCP ngày 20/02/2027, UBND huyện ban hành Kế hoạch như sau:",
     {"1021/UBND-VX": "implements", "88/TB-VPCP": "mention"}),
    # advice taken, not an instruction
    ("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1021/UBND-VX ngày 02/3/2027, sau khi có ý kiến của Sở Tài chính "
     "tại Văn bản số 455/STC-QLNS ngày 05/3/2027, UBND huyện ban hành Kế hoạch như sau:",
     {"1021/UBND-VX": "implements", "455/STC-QLNS": "mention"}),
    # a basis after a semicolon stays a basis
    ("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1021/UBND-VX ngày 02/3/2027; căn cứ ý kiến của Sở Tư pháp tại "
     "Văn bản số 200/STP-XDVB ngày 05/3/2027, UBND huyện ban hành Kế hoạch như sau:",
     {"1021/UBND-VX": "implements", "200/STP-XDVB": "based_on"}),
    # where petitions were gathered, not where the instruction is stated
    ("Thực hiện chỉ đạo của UBND tỉnh về việc trả lời các kiến nghị của cử tri đã được tổng hợp tại Công văn số "
     "88/HĐND-VP ngày 02/3/2027 của Thường trực HĐND tỉnh, UBND huyện ban hành Kế hoạch như sau:",
     {"88/HĐND-VP": "mention"}),
    # two instructions named together, each where it is stated
    ("Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 15/CĐ-TTg ngày 02/3/2027 và của UBND tỉnh tại Công "
     "văn số 1030/UBND-VX ngày 05/3/2027, UBND huyện ban hành Kế hoạch như sau:",
     {"15/CĐ-TTg": "implements", "1030/UBND-VX": "implements"}),
])
def test_which_documents_stating_instructions_are_carried_out(parse, opening, kinds_wanted):
    """An adversarial review of the instruction rule: only the documents that state the instructions carried out, each
    named after "tại" and coordinated with the first, are implemented."""
    assert kinds(parse, f"KẾ HOẠCH\nPHÒNG, CHỐNG DỊCH BỆNH\n{opening}\n\nI. MỤC ĐÍCH\n") == kinds_wanted


def test_a_title_reviewing_a_resolution_named_by_its_issuer(parse):
    """A title that reviews a resolution named by its issuer ("… TỔNG KẾT 10 NĂM THỰC HIỆN NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ
    TỈNH ỦY …") does not carry it out, as one naming it by number does not."""
    assert kinds(parse, """
        KẾ HOẠCH
        TỔNG KẾT 10 NĂM THỰC HIỆN NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ PHÁT TRIỂN DU LỊCH
        Căn cứ Nghị quyết số 05-NQ/TU ngày 10/3/2017 của Ban Thường vụ Tỉnh ủy;

        I. MỤC ĐÍCH
        """) == {"05-NQ/TU": "based_on"}

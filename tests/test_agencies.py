"""Agency name resolution: lists with commas inside names, 'các Sở:' lists, collectives,
spelling variants, unknown names kept."""

import pytest

from ingest.agencies import Gazetteer
from ingest.text import fold, key, slug


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


def labels(ms):
    return [(m.label, m.group, m.entry is not None) for m in ms]


def test_tone_placement_and_case_are_matched_alike():
    assert key("Sở Văn hoá, Thể thao và Du lịch") == key("Sở Văn hóa, Thể thao  và Du lịch.")
    assert key("Sở Tư Pháp") == key("Sở Tư pháp")
    assert key("Thuỷ lợi") == key("Thủy lợi")
    assert key("hoạt động") != key("hóa động")  # closed syllables are untouched
    assert fold("Đồng Tháp") == "dong thap" and slug("Sở Y tế") == "so-y-te"


def test_commas_inside_names_are_not_split(gaz):
    ms = gaz.resolve("Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ")
    assert [m.label for m in ms] == ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"]


def test_list_without_head_word_is_expanded(gaz):
    ms = gaz.resolve("Các sở: Thông tin và Truyền thông, Văn hóa, Thể thao và Du lịch, Giáo dục và Đào tạo")
    assert [m.label for m in ms] == ["Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch",
                                     "Sở Giáo dục và Đào tạo"]
    ms = gaz.resolve("Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Tinh đoàn, Hội Liên hiệp Phụ nữ tỉnh và các Sở: "
                     "Văn hóa, Thể thao và Du lịch; Tài chính; Tư pháp; Xây dựng")
    assert [m.label for m in ms] == ["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Tỉnh đoàn",
                                     "Hội Liên hiệp Phụ nữ tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
                                     "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng"]


def test_a_list_of_bodies_of_several_kinds_adds_sở_only_to_a_field(gaz):
    """"các cơ quan: Văn phòng UBND tỉnh, Sở …, Trung tâm hành chính công": a body named by its own head word keeps its
    name (it had become "Sở Trung tâm hành chính công"); a bare field is a department."""
    ms = gaz.resolve("các cơ quan: Văn phòng UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn, Trung tâm hành chính "
                     "công, Tư pháp")
    assert [m.printed for m in ms] == ["Văn phòng UBND tỉnh", "Sở Nông nghiệp và Phát triển nông thôn",
                                       "Trung tâm hành chính công", "Tư pháp"]
    assert ms[3].label == "Sở Tư pháp"


def test_a_ministrys_or_a_districts_list_names_bodies_of_its_own_kind(gaz):
    """"các Vụ: Kế hoạch, Tài chính" and "các phòng: Nội vụ, Tư pháp": the ministry's departments and the district's
    offices, one per comma (the first had been one name, "Vụ Kế hoạch, Tài chính"; the second would have been made
    departments of a province, "Sở Nội vụ")."""
    assert [m.printed for m in gaz.resolve("các Vụ: Kế hoạch, Tài chính")] == ["Vụ Kế hoạch", "Vụ Tài chính"]
    assert [m.printed for m in gaz.resolve("các phòng: Nội vụ, Tư pháp")] == ["Phòng Nội vụ", "Phòng Tư pháp"]
    # a province's departments as before, a name with commas of its own included
    assert [m.label for m in gaz.resolve("các Sở: Văn hóa, Thể thao và Du lịch, Y tế")] == \
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]


def test_a_collective_of_collectives_is_one(gaz):
    """"các địa phương, đơn vị" and "các hội, đoàn thể chính trị - xã hội tỉnh": one collective each (the known
    collective inside had split off, leaving a body named "đơn vị" and a collective "các hội")."""
    ms = gaz.resolve("các địa phương, đơn vị, Mặt trận Tổ quốc tỉnh và các hội, đoàn thể chính trị - xã hội tỉnh")
    assert [(m.printed, m.group) for m in ms] == [
        ("các địa phương, đơn vị", True), ("Mặt trận Tổ quốc tỉnh", False),
        ("các hội, đoàn thể chính trị - xã hội tỉnh", True)]
    # two known collectives stay two
    assert [m.printed for m in gaz.resolve("các sở, ban, ngành, các địa phương")] == ["các sở, ban, ngành",
                                                                                    "các địa phương"]


def test_the_committees_of_units_of_one_kind(gaz):
    """"UBND huyện Quang Bình, Bắc Quang": the committee of each district, the kind of unit said once (it had been one
    body named "UBND huyện Quang Bình, Bắc Quang"); a collective and a known body stay as they were."""
    assert [m.printed for m in gaz.resolve("UBND huyện Sông Mây, Đồi Cát")] == ["UBND huyện Sông Mây",
                                                                               "UBND huyện Đồi Cát"]
    assert [m.printed for m in gaz.resolve("Ủy ban nhân dân các xã Tân Phú, Tân Hòa và Phú An")] == [
        "Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân xã Tân Hòa", "Ủy ban nhân dân xã Phú An"]
    ms = gaz.resolve("UBND các huyện, thị xã, thành phố")
    assert [(m.printed, m.group) for m in ms] == [("UBND các huyện, thị xã, thành phố", True)]


def test_va_joins_two_agencies_but_not_inside_a_name(gaz):
    assert [m.label for m in gaz.resolve("Sở Giáo dục và Đào tạo và Sở Nội vụ")] == \
        ["Sở Giáo dục và Đào tạo", "Sở Nội vụ"]


def test_collectives_become_groups(gaz):
    ms = gaz.resolve("Sở Khoa học và Công nghệ và các sở, ngành khác")
    assert labels(ms)[0] == ("Sở Khoa học và Công nghệ", False, True)
    assert ms[1].group and ms[1].entry is not None
    ms = gaz.resolve("Công an tỉnh; Sở Nội vụ, Sở Y tế; UBND các xã, phường.")
    assert [m.group for m in ms] == [False, False, False, True]
    assert ms[-1].label == "UBND các xã, phường"
    ms = gaz.resolve("các tổ chức xã hội nghề nghiệp, hiệp hội")   # an unknown collective
    assert len(ms) == 1 and ms[0].group and ms[0].entry is None


def test_variants_and_abbreviations(gaz):
    assert gaz.resolve("Bộ CHQS tỉnh")[0].label == "Bộ Chỉ huy Quân sự tỉnh"
    m = gaz.resolve("Sở Công an")[0]
    assert m.label == "Công an tỉnh" and m.nonstandard
    assert gaz.resolve("Tỉnh đoàn Khánh Hòa", ("Khánh Hòa",))[0].label == "Tỉnh đoàn"
    assert gaz.resolve("Sở Văn hoá, Thể thao và Du lịch")[0].label == "Sở Văn hóa, Thể thao và Du lịch"
    # the Fatherland Front's committee with "MTTQ" for its name (it had been a body of its own, unresolved)
    for printed in ("Ủy ban MTTQ Việt Nam tỉnh Bình Thuận", "Ủy ban MTTQ tỉnh Bình Thuận"):
        assert gaz.resolve(printed, ("Bình Thuận",))[0].label == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


def test_a_name_cut_short(gaz):
    """The start of a known name cut off after a word ("Bộ Chính" at the end of an excerpt) or inside one ("Ban Bí thư
    Tru"), not a name itself."""
    assert gaz.cut_short("Bộ Chính") and gaz.cut_short("Ủy ban nhân") and gaz.cut_short("Ban Bí thư Tru")
    assert not gaz.cut_short("Bộ Chính trị") and not gaz.cut_short("UBND thành phố Hà Giang")
    assert not gaz.cut_short("Ban Chỉ đạo cấp tỉnh phòng, chống dịch bệnh Covid-19")


def test_a_districts_council_is_no_committee(gaz):
    """The district and urban-district councils are gazetteer kinds of their own ("HĐND quận 2" had stayed
    unresolved, its label abbreviated)."""
    assert gaz.resolve("Hội đồng nhân dân huyện Nhà Bè", ("Nhà Bè",))[0].label == "Hội đồng nhân dân huyện"
    assert gaz.resolve("HĐND quận 2", ("2",))[0].label == "Hội đồng nhân dân quận"


def test_unknown_names_are_kept_unresolved(gaz):
    ms = gaz.resolve("Sở Khoa học và Công nghệ, Hiệp hội Du lịch Xứ Mơ, Sở Y tế")
    assert [(m.label, m.entry is None) for m in ms] == [
        ("Sở Khoa học và Công nghệ", False), ("Hiệp hội Du lịch Xứ Mơ", True), ("Sở Y tế", False)]


def test_bao_gom_list_with_pre_2025_departments(gaz):
    ms = gaz.resolve("Các đơn vị thuộc trụ cột Văn hóa – Xã hội ASEAN bao gồm: Y tế, Giáo dục và Đào tạo, "
                     "Văn hóa và Thể thao, Du lịch, Thông tin và Truyền thông, Tỉnh đoàn Khánh Hòa", ("Khánh Hòa",))
    assert [m.label for m in ms] == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa và Thể thao", "Sở Du lịch",
                                     "Sở Thông tin và Truyền thông", "Tỉnh đoàn"]


def test_a_body_named_for_the_programmes_it_runs_is_one_body(gaz):
    """"các" before the programmes a steering committee runs names no group of its members."""
    [m] = gaz.resolve("Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh Cà Mau")
    assert not m.group
    [m] = gaz.resolve("Phòng Văn hóa - Thông tin các huyện")
    assert m.group


def test_a_board_abbreviated_opens_a_name_of_its_own(gaz):
    """"…, BĐH các thôn" (Ban điều hành), "BCĐ 389 tỉnh, …" (Ban chỉ đạo): a board of its own, split from the body
    before or after it (a movement's board and the villages' boards had been one name)."""
    printed = [m.printed for m in gaz.resolve("Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, "
                                              "BĐH các thôn")]
    assert printed == ["Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "BĐH các thôn"]
    assert [m.printed for m in gaz.resolve("BCĐ 389 tỉnh, Công an tỉnh")] == ["BCĐ 389 tỉnh", "Công an tỉnh"]

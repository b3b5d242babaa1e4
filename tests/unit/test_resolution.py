"""Agency resolution against the gazetteer (ingest/agencies.py): printed assignment phrases ->
agency and group mentions, with names containing commas and "và" kept whole."""

from __future__ import annotations


def resolved(gaz, phrase, places=()):
    return [(m.label, m.entry is not None, m.group) for m in gaz.resolve(phrase, places)]


def test_lookup_by_canonical_name_and_list_form(gaz):
    entry, nonstandard = gaz.lookup("sở nội vụ")
    assert (entry.label, entry.level, entry.slug, nonstandard) == ("Sở Nội vụ", "province", "so-noi-vu", False)
    assert entry.iri.endswith("/gazetteer/agency/so-noi-vu")
    assert gaz.lookup("Nội vụ") is None                       # a bare list item only in list mode
    assert gaz.lookup("Nội vụ", list_mode="sở")[0] is entry


def test_old_and_new_tone_placement_and_case_resolve_alike(gaz):
    for printed in ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
                    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"):
        [m] = gaz.resolve(printed)
        assert m.label == "Sở Văn hóa, Thể thao và Du lịch" and m.printed == printed


def test_names_with_commas_and_va_are_not_split(gaz):
    assert resolved(gaz, "Sở Y tế, Sở Văn hóa, Thể thao và Du lịch và Sở Nội vụ") == [
        ("Sở Y tế", True, False), ("Sở Văn hóa, Thể thao và Du lịch", True, False), ("Sở Nội vụ", True, False)]


def test_the_office_of_the_assembly_delegation_and_the_council_is_one_body(gaz):
    """"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân Thành phố" (Nghị quyết 1004/2020/UBTVQH14 merged the two
    offices) is one office; it had been split into "Văn phòng Đoàn đại biểu Quốc hội" and "Hội đồng nhân dân Thành
    phố"."""
    assert resolved(gaz, "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân Thành phố, Văn phòng Ủy ban nhân dân "
                         "Thành phố") == [
        ("Văn phòng Đoàn ĐBQH và HĐND thành phố", True, False), ("Văn phòng UBND thành phố", True, False)]
    assert [m.label for m in gaz.resolve("Văn phòng Đoàn ĐBQH và HĐND tỉnh")] == ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]


def test_list_after_cac_so_gets_the_head_word(gaz):
    assert [m.label for m in gaz.resolve("Các sở: Nội vụ; Tư pháp; Xây dựng")] == [
        "Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng"]


def test_collectives_are_groups(gaz):
    [m] = gaz.resolve("UBND các xã, phường")
    assert m.group and m.entry is not None and m.label == "UBND các xã, phường"
    [m] = gaz.resolve("các cơ quan, đơn vị liên quan")          # not in the gazetteer: still a group
    assert m.group and m.entry is None and m.label == "Các cơ quan, đơn vị liên quan"


def test_a_body_of_each_member_of_a_collective_is_one_group(gaz):
    # "the women's-advancement committee of each department": one collective, not "Ban … các sở",
    # "ban, ngành" and "đoàn thể tỉnh" as three agencies
    assert resolved(gaz, "Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, đoàn thể tỉnh") == [
        ("Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, đoàn thể tỉnh", False, True)]
    assert resolved(gaz, "Phòng Văn hóa - Thông tin các huyện, thị xã và Sở Nội vụ") == [
        ("Phòng Văn hóa - Thông tin các huyện, thị xã", False, True), ("Sở Nội vụ", True, False)]
    # the committee of the province itself, then the collective: two mentions
    assert resolved(gaz, "Ban vì sự tiến bộ phụ nữ tỉnh, các sở, ban, ngành, đoàn thể tỉnh") == [
        ("Ban vì sự tiến bộ phụ nữ tỉnh", False, False), ("Các sở, ban, ngành, đoàn thể tỉnh", True, True)]


def test_a_body_named_in_full_after_a_collective_is_its_own_mention(gaz):
    assert resolved(gaz, "các sở, ngành, Văn phòng Điều phối nông thôn mới tỉnh") == [
        ("Các sở, ngành", True, True), ("Văn phòng Điều phối nông thôn mới tỉnh", False, False)]
    assert resolved(gaz, "Các thành viên Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, "
                         "Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh") == [
        ("Các thành viên Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", False, True),
        ("Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh", False, False)]
    # the kinds a collective lists stay in it, capitalised or not
    assert resolved(gaz, "Các Sở, Ban, ngành, đoàn thể có liên quan") == [
        ("Các Sở, Ban, ngành, đoàn thể có liên quan", False, True)]


def test_the_addressees_of_a_prime_ministers_decision_are_national_groups(gaz):
    from ingest.phrases import heads_to_bodies
    bodies = heads_to_bodies("Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ")
    ms = [m for b in bodies for m in gaz.resolve(b)]
    assert [(m.label, m.group, m.entry.level if m.entry else None) for m in ms] == [
        ("Các Bộ", True, "national"), ("Cơ quan ngang Bộ", True, "national"),
        ("Cơ quan thuộc Chính phủ", True, "national")]


def test_every_ministry_of_the_2025_government_is_known(gaz):
    # Nghị quyết 176/2025/QH15: 14 ministries (and the ministerial-level agencies the gazetteer lists)
    for name in ("Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính",
                 "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch",
                 "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
                 "Thanh tra Chính phủ", "Văn phòng Chính phủ"):
        [m] = gaz.resolve(name)
        assert m.entry is not None and m.entry.level == "national" and m.label == name, name


def test_a_name_printed_without_its_va_or_commas_is_the_entry_flagged_non_standard(gaz):
    [m] = gaz.resolve("Bộ Giáo dục Đào tạo")
    assert (m.label, m.printed, m.nonstandard) == ("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục Đào tạo", True)
    [m] = gaz.resolve("Sở Văn hóa Thể thao và Du lịch")
    assert (m.label, m.nonstandard) == ("Sở Văn hóa, Thể thao và Du lịch", True)
    assert resolved(gaz, "Sở Y tế và Sở Nội vụ") == [("Sở Y tế", True, False), ("Sở Nội vụ", True, False)]


def test_printed_variants_of_real_pages(gaz):
    [m] = gaz.resolve("Bộ GDĐT")                                 # the ministry's own abbreviation
    assert m.label == "Bộ Giáo dục và Đào tạo"
    [m] = gaz.resolve("Cơ quan, đơn vị có liên quan")            # a collective without "các"
    assert m.group and m.entry is not None
    # the provincial station with a dash or "và", a council's committee, two central bodies
    for printed, label in [("Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
                           ("Ban Kinh tế - Ngân sách", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"),
                           ("Hội đồng Thi đua - Khen thưởng Trung ương", "Hội đồng Thi đua - Khen thưởng Trung ương"),
                           ("Văn phòng UBND thành phố", "Văn phòng UBND thành phố"),
                           ("Thường trực HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh"),
                           ("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"),
                           ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
                           ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
                           ("Bộ VHTT&DL", "Bộ Văn hóa, Thể thao và Du lịch"),
                           ("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
                           ("Bộ LĐ-TBXH", "Bộ Lao động - Thương binh và Xã hội"),
                           ("Ban Quản lý Khu kinh tế", "Ban Quản lý Khu kinh tế tỉnh")]:
        [m] = gaz.resolve(printed)
        assert (m.label, m.entry is not None) == (label, True)
    # a "các sở:" list of comma-separated names ends at ";", the next body is its own
    assert resolved(gaz, "các sở: Y tế, Tài chính; Báo Sông Mây") == [
        ("Sở Y tế", True, False), ("Sở Tài chính", True, False), ("Báo Sông Mây", False, False)]
    assert [m.label for m in gaz.resolve("các Sở: Văn hóa, Thể thao và Du lịch; Y tế")] == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]


def test_a_name_that_lost_every_letter_outside_ascii_resolves_flagged_non_standard(gaz):
    [m] = gaz.resolve("Sở Vn ho th thao v du lch tỉnh", ("Phú Thọ",))     # "Văn hoá" printed "Vn ho"
    assert (m.label, m.nonstandard) == ("Sở Văn hóa, Thể thao và Du lịch", True)
    # a name whose words are syllables is never read that way
    assert resolved(gaz, "Sở Văn hóa") == [("Sở Văn hóa", False, False)]


def test_unknown_names_are_kept_as_printed(gaz):
    assert resolved(gaz, "Trung tâm Dữ liệu Xứ Mơ và Sở Nội vụ") == [
        ("Trung tâm Dữ liệu Xứ Mơ", False, False), ("Sở Nội vụ", True, False)]
    [m] = gaz.resolve("Hội Nông dân Xứ Mơ")
    assert m.entry is None and m.slug == "hoi-nong-dan-xu-mo"


def test_place_names_and_leading_words_are_stripped_for_lookup(gaz):
    [m] = gaz.resolve("Công an tỉnh Đồng Tháp", ("Đồng Tháp",))
    assert m.label == "Công an tỉnh" and m.printed == "Công an tỉnh Đồng Tháp"
    [m] = gaz.resolve("UBND tỉnh Đồng Tháp", ("Đồng Tháp",))
    assert m.label == "Ủy ban nhân dân tỉnh"
    [m] = gaz.resolve("phối hợp với Sở Tài chính (để tổng hợp)")
    assert m.label == "Sở Tài chính"
    # the place printed with other diacritics than the official name ("Đăk Nông" for Đắk Nông)
    [m] = gaz.resolve("Ủy ban nhân dân tỉnh Đăk Nông", ("Đắk Nông",))
    assert m.label == "Ủy ban nhân dân tỉnh" and m.entry is not None
    [m] = gaz.resolve("Tỉnh đoàn Khánh Hoà", ("Khánh Hòa",))
    assert m.label == "Tỉnh đoàn"


def test_non_standard_names_are_resolved_and_flagged(gaz):
    [m] = gaz.resolve("Sở Công an")
    assert m.label == "Công an tỉnh" and m.nonstandard


def test_levels_national_province_ward(gaz):
    assert gaz.resolve("Thủ tướng Chính phủ")[0].entry.level == "national"
    assert gaz.resolve("Sở Tư pháp")[0].entry.level == "province"
    assert gaz.resolve("Ủy ban nhân dân phường")[0].entry.level == "ward"


def test_repeats_collapse_and_empty_phrases_give_nothing(gaz):
    assert [m.label for m in gaz.resolve("Sở Y tế; Sở Y tế")] == ["Sở Y tế"]
    assert gaz.resolve("  ; ") == []



def test_only_the_places_a_phrase_names_bear_on_it_and_the_memo_is_shared(gaz):
    # a place is cut from the end of a name (any case, either tone placement); a plan's other
    # places change nothing, so a phrase resolved for one plan serves plans elsewhere
    phrase = "Công an tỉnh Đồng Tháp và Sở Y tế"
    assert resolved(gaz, phrase) == [("Công an tỉnh Đồng Tháp", False, False), ("Sở Y tế", True, False)]
    named = [("Công an tỉnh", True, False), ("Sở Y tế", True, False)]
    for places in (("Đồng Tháp",), ("ĐỒNG THÁP",), ("Cà Mau", "Đồng Tháp"), ("Đồng Tháp", "xã Tân Hưng")):
        assert resolved(gaz, phrase, places) == named
    other = "Sở Y tế và Công an tỉnh"
    alone = resolved(gaz, other)
    before = len(gaz._resolved)
    for places in (("Khánh Hòa", "phường Nha Trang"), ("Đà Nẵng",), ("Cà Mau", "xã Tân Hưng")):
        assert resolved(gaz, other, places) == alone
    assert len(gaz._resolved) == before


def test_no_name_holds_a_semicolon(gaz):
    """Two bodies the gazetteer does not know, the second without a head word it knows: ";" parts
    them (a name with commas of its own stays whole)."""
    phrase = "Trung tâm Văn hóa, thể thao & Truyền thông; Cổng thông tin điện tử huyện"
    assert [m.printed for m in gaz.resolve(phrase)] == [
        "Trung tâm Văn hóa, thể thao & Truyền thông", "Cổng thông tin điện tử huyện"]


def test_words_without_a_head_word_after_va_go_on_a_name(gaz):
    """"Phòng Kinh tế và Hạ tầng" (a district office the gazetteer does not list) is one body, not the
    known "Phòng Kinh tế" and a "Hạ tầng"; a second body with its head word is still apart."""
    assert [m.printed for m in gaz.resolve("Phòng Kinh tế và Hạ tầng")] == ["Phòng Kinh tế và Hạ tầng"]
    assert [m.printed for m in gaz.resolve("Sở Y tế và Đài Phát thanh")] == ["Sở Y tế", "Đài Phát thanh"]


def test_a_districts_body_is_not_its_provinces(gaz):
    """"Liên đoàn Lao động huyện Yên Định" is the district's federation: cut of its place and unit word it
    reads "Liên đoàn Lao động", a name of the provinces' federation, which it is not. The province's own
    and a district's committee resolve as before."""
    places = ("Yên Định", "Thanh Hóa")
    assert resolved(gaz, "Liên đoàn Lao động huyện Yên Định", places) == [
        ("Liên đoàn Lao động huyện Yên Định", False, False)]
    assert resolved(gaz, "Liên đoàn Lao động tỉnh Thanh Hóa", places) == [("Liên đoàn Lao động tỉnh", True, False)]
    assert resolved(gaz, "UBND huyện Yên Định", places) == [("Ủy ban nhân dân huyện", True, False)]


def test_the_provinces_committees_qualified_as_centrally_run_are_one_mention(gaz):
    """"Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương" (a national decision's executors): one mention, the
    provinces' committee, as "Ủy ban nhân dân tỉnh, thành phố" is (it had been split, "thành phố trực thuộc trung
    ương" a body of its own)."""
    for printed in ("Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
                    "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân tỉnh, thành phố"):
        assert resolved(gaz, printed) == [("Ủy ban nhân dân tỉnh", True, False)]


def test_teams_named_are_each_a_body(gaz):
    """A capitalised "Tổ …" begins a body's name, so a list of them parts at its commas (each had been run into the
    name before it); "Mặt trận Tổ quốc" stays one name, and so does a board for two schemes ("… công tác BHYT, BHXH
    huyện")."""
    assert [m.label for m in gaz.resolve("Công an phường, Tổ Quản lý đô thị, Ban Văn hóa thông tin phường")] == [
        "Công an phường", "Tổ Quản lý đô thị", "Ban Văn hóa thông tin phường"]
    assert [m.label for m in gaz.resolve("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tổ công tác 389 tỉnh")][1] == \
        "Tổ công tác 389 tỉnh"


def test_lower_case_teams_and_schemes_stay_in_the_name_they_are_part_of(gaz):
    """"tổ hợp tác", "tổ dân phố" in lower case are part of the name before them (what a centre serves, a ward's
    board), unlike "Tổ" before a capitalised name; "BHXH tự nguyện" is a scheme, no body's name."""
    assert [m.label for m in gaz.resolve("Trung tâm Hỗ trợ hợp tác xã, tổ hợp tác tỉnh")] == [
        "Trung tâm Hỗ trợ hợp tác xã, tổ hợp tác tỉnh"]
    assert [m.label for m in gaz.resolve("Trung tâm Hỗ trợ Hợp tác xã, Tổ hợp tác tỉnh")] == [
        "Trung tâm Hỗ trợ Hợp tác xã, Tổ hợp tác tỉnh"]
    assert [m.label for m in gaz.resolve("Ban Chỉ đạo công tác BHYT, BHXH huyện")] == [
        "Ban Chỉ đạo công tác BHYT, BHXH huyện"]
    assert [m.label for m in gaz.resolve("Ban Điều hành khu phố, tổ dân phố")] == ["Ban Điều hành khu phố, tổ dân phố"]

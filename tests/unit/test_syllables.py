"""Words a portal glued together (ingest/syllables.py): split where the text shows the damage,
never in a clean text; quotes stay the file's own lines."""

from __future__ import annotations

from collections import Counter

from ingest.syllables import is_syllable, split_word, unglue


def test_syllable_shapes():
    for w in ("Nguyễn", "khuỷu", "rượu", "quyển", "nghiêng", "giường", "thuở", "Đắk", "hoạch", "ĐOẠN"):
        assert is_syllable(w), w
    for w in ("cácsở", "hoạchvà", "Krông", "HĐND", "thểt", "hoat"):  # a stop after hỏi, or after no tone
        assert not is_syllable(w), w


def test_a_glued_token_splits_in_its_one_way_or_by_the_words_the_text_uses():
    none: Counter[str] = Counter()
    assert split_word("cácsở", none) == "các sở"
    assert split_word("Thểthao", none) == "Thể thao"          # not "Thểt hao": a stop takes sắc or nặng
    assert split_word("viênBan", none) == "viên Ban"
    # "BA NHÀNH", "BAN HÀNH" and "BANH ÀNH" all have the shape: the one whose words the text uses
    assert split_word("BANHÀNH", none) is None
    assert split_word("BANHÀNH", Counter({"ban": 3, "hành": 2})) == "BAN HÀNH"
    # a syllable, no split, no Vietnamese letter, a mark Vietnamese never writes
    for w in ("Nguyễn", "Krông", "LĐTBXH", "Internet", "CTrHĐ", "Compañía", "François"):
        assert split_word(w, none) is None, w


def test_only_a_text_that_shows_the_damage_is_unglued():
    clean = "Sở Văn hóa, Thể thao và Du lịch chủ trì; các sở, ban, ngành phối hợp."
    assert unglue(clean) == (clean, 0)
    two = "Sở Kế hoạchvà Đầu tư chủ trì, cácsở phối hợp."          # one odd token or two: as printed
    assert unglue(two) == (two, 0)
    glued = "Ban hành kèm theoQuyết định này Kếhoạch; Sở Kế hoạchvà Đầu tư chủ trì, cácsở phối hợp."
    assert unglue(glued) == ("Ban hành kèm theo Quyết định này Kế hoạch; Sở Kế hoạch và Đầu tư chủ trì, "
                             "các sở phối hợp.", 4)


def test_the_reader_sees_the_words_and_quotes_the_file(read, gaz):
    doc = read("""
        ỦY BAN NHÂN DÂN
        TỈNH NINH THUẬN
        Số: 55/KH-UBND
        Ninh Thuận, ngày 05 tháng 3 năm 2026
        KẾ HOẠCH
        Thực hiện Kếhoạch hành động vì sự tiến bộ phụ nữ giaiđoạn 2026 - 2030
        III. NHIỆM VỤ, GIẢI PHÁP

        1. Nâng cao năng lực

        - Sở Kế hoạchvà Đầu tư chủ trì, phối hợp với Ban vì sự tiến bộ phụ nữ cácsở, ban, ngành tổ chức tập huấn cho cán bộ.
        """)   # noqa: E501
    [task] = doc.tasks
    assert [m.label for p in task.leads for m in gaz.resolve(p)] == ["Sở Kế hoạch và Đầu tư"]
    assert [m.label for p in task.supports for m in gaz.resolve(p)] == ["Ban vì sự tiến bộ phụ nữ các sở, ban, ngành"]
    assert task.span.quote == doc.source.printed[task.span.start - 1]
    assert "Kế hoạchvà" in task.span.quote and "Kế hoạch và" in doc.source.lines[task.span.start - 1]


def test_a_text_in_another_language_is_left_alone():
    spanish = "La Organización mantiene la Posición y la Relación con la compañía María, según el Código."
    assert unglue(spanish) == (spanish, 0)

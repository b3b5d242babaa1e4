"""Text normalisation (ingest/text.py): displayable text vs matching keys, folds and slugs."""

from __future__ import annotations

import unicodedata

from ingest.text import clean, first_upper, fold, key, nfc, slug, strip_markup, unify_tones


def test_nfc_composes_decomposed_vietnamese():
    decomposed = unicodedata.normalize("NFD", "Đồng Tháp")
    assert decomposed != "Đồng Tháp"
    assert nfc(decomposed) == "Đồng Tháp"
    assert clean(decomposed) == "Đồng Tháp"


def test_strip_markup_keeps_line_breaks_of_br_and_p():
    assert strip_markup("Chủ trì: Sở Y tế<br/>Phối hợp: Sở Nội vụ") == "Chủ trì: Sở Y tế\nPhối hợp: Sở Nội vụ"
    assert strip_markup("<p>Dòng một</p>Dòng hai") == "Dòng một\nDòng hai"
    assert strip_markup("**Mục tiêu 1** và __ghi chú__") == "Mục tiêu 1 và ghi chú"


def test_clean_removes_tags_entities_and_folds_spaces():
    assert clean("  <b>Sở  Y tế</b><br>và **Sở Nội vụ** &amp; _UBND_  ") == "Sở Y tế và Sở Nội vụ & UBND"


def test_key_unifies_tone_placement_case_dashes_and_outer_punctuation():
    assert key("SỞ VĂN HOÁ – THỂ THAO") == key("Sở Văn hóa - Thể thao;") == "sở văn hóa-thể thao"
    assert key("Thuỷ lợi") == key("Thủy lợi")
    assert key("Ủy ban ,  phường ;xã.") == "ủy ban, phường; xã"
    assert key("Sở A & Sở B") == "sở a và sở b"


def test_tone_unification_leaves_closed_syllables_alone():
    assert unify_tones("hoà thuỷ") == "hòa thủy"
    assert key("hoạt động") == "hoạt động"       # tone before a final consonant: not the old style
    assert key("hoạt động") != key("hóa động")


def test_tone_unification_of_every_pair_as_decomposing_the_whole_text_does():
    """unify_tones skips decomposing a text without a plain o/u before a toned a/e/y: every
    pair of Vietnamese vowels, toned or not, before a letter, a space or the end (composed and
    decomposed) gives what moving the tone mark in the decomposed text gives."""
    import re

    tones = "\u0301\u0300\u0309\u0303\u0323"
    old_style = re.compile(r"([oOuU])([aAeEyY])([" + tones + r"])(?![a-zA-Z\u00C0-\u1EF9])")

    def moved(s: str) -> str:
        d = old_style.sub(lambda m: m.group(1) + m.group(3) + m.group(2), unicodedata.normalize("NFD", s))
        return unicodedata.normalize("NFC", d)

    vowels = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưyAEIOUY" for t in ("", *tones)]
    changed = 0
    for first in vowels:
        for second in vowels:
            for after in ("", " ", "n", "ng", "đ", "ạ"):
                for text in (f"h{first}{second}{after}", unicodedata.normalize("NFD", f"qu{first}{second}{after}")):
                    assert unify_tones(text) == moved(text), text
                    changed += unify_tones(text) != unicodedata.normalize("NFC", text)
    assert changed > 100            # the old-style pairs were there to move


def test_key_is_for_matching_only_clean_keeps_the_printed_form():
    printed = "Sở Văn hoá, Thể thao và Du lịch."
    assert clean(printed) == printed
    assert key(printed) == "sở văn hóa, thể thao và du lịch"


def test_fold_drops_diacritics_and_d_bar():
    assert fold("Đắk Lắk") == "dak lak"
    assert fold("Thuỷ lợi") == fold("thủy lợi") == "thuy loi"


def test_slug_is_ascii_and_stable():
    assert slug("Ủy ban nhân dân phường Hải Châu") == "uy-ban-nhan-dan-phuong-hai-chau"
    assert slug("Sở Văn hóa, Thể thao và Du lịch") == slug("SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH")
    assert slug("KH-UBND") == "kh-ubnd"
    assert slug("!!!") == "x"          # never empty: it is a path segment


def test_first_upper_touches_only_the_first_letter():
    assert first_upper("các sở, ban, ngành") == "Các sở, ban, ngành"
    assert first_upper("") == ""


def test_fold_maps_characters_as_decomposing_the_whole_text_would():
    import unicodedata
    for s in ("Đồng Tháp", "Sở Văn hoá, Thể thao và Du lịch", "x\u0301y", "e\u0323\u0302 ệ ệ", "Å Ω ḱ ǅ", "ﬁ"):
        d = unicodedata.normalize("NFD", key(s).replace("đ", "d"))
        assert fold(s) == "".join(c for c in d if not unicodedata.combining(c))

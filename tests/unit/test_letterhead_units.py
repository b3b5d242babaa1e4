"""Every body of the reference data, printed as a letterhead, is read as itself: each department of the gazetteer
with its province or centrally-run city after it, each ministry, each province's committee, council and department,
and each ward and commune of the 2025 list whose name no other unit has. The layouts are those portals print (one
cell a line, "|"-separated rows); the names come from the gazetteer (ontology/agencies.ttl) and the official unit
lists (ingest/places.py), so a name the reader's patterns do not expect (a long department, "MÔI TRƯỜNG", "THÀNH PHỐ
HỒ CHÍ MINH", "XÃ A LƯỚI 2", "PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM", "XÃ EA H’LEO") fails here, whichever unit it is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from ingest.agencies import Gazetteer
from ingest.header import read_header
from ingest.places import places
from ingest.rdf import build_document
from ingest.reader import read_document

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def read(text: str) -> tuple[str | None, str | None]:
    h = read_header(text.split("\n"))
    return h.issuer, h.jurisdiction


def provinces() -> list:
    """Each province of the official lists once, by name."""
    return sorted({u.name: u for u in places()._provinces.values()}.values(), key=lambda u: u.name)


def named_once(index: dict) -> list:
    """The units of an index of the lists (by key) whose name no other unit of it has."""
    listed = [u for same_key in index.values() for u in same_key]
    count = Counter(u.name for u in listed)
    return [u for u in listed if count[u.name] == 1]


def committees_misread(units: list, dated: Callable, year: int) -> list:
    """The units whose committee's letterhead, in the two layouts (one cell a line, "|" rows), is not read as that
    committee, in its unit and province; `dated(unit)`: the place its place-date line prints."""
    wrong = []
    for u in units:
        head = f"{u.kind.upper()} {u.name.upper()}"
        for layout in (f"ỦY BAN NHÂN DÂN\n{head}\n-------\n|\n{MOTTO}\n|\nSố: 15/KH-UBND\n|\n{u.name}, ngày 10 tháng 9 "
                       f"năm {year}\nKẾ HOẠCH\nTổ chức",
                       f"UBND {head} | {MOTTO} |\nSố: 15/KH-UBND | {dated(u)}, ngày 10 tháng 9 năm {year} |\nKẾ HOẠCH\n"
                       "Tổ chức"):
            h = read_header(layout.split("\n"))
            if (h.issuer, h.jurisdiction, h.province) != (f"Ủy ban nhân dân {u.kind} {u.name}", u.name, u.province):
                wrong.append((head, h.issuer, h.jurisdiction, h.province))
    return wrong


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# (the place as a letterhead prints it after the department, the place-date line's place, the issuer's place)
DEPARTMENT_PLACES = [("TỈNH QUẢNG TRỊ", "Quảng Trị", "tỉnh Quảng Trị"),
                     ("THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"),
                     ("TP. HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"),
                     ("THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng", "thành phố Đà Nẵng")]


def test_every_department_with_its_province_after_it(gaz):
    wrong = []
    for label in sorted({e.label for e in gaz.entries if e.label.startswith("Sở ") and e.level == "province"}):
        for printed, dated, place in DEPARTMENT_PLACES:
            for layout in (f"{label.upper()} {printed} | {MOTTO} |\nSố: 15/KH-SX | {dated}, ngày 10 tháng 9 năm 2025 |"
                           "\nKẾ HOẠCH\nTổ chức",
                           f"UBND {printed} | {MOTTO} |\n{label.upper()} | Độc lập - Tự do - Hạnh phúc |\n"
                           f"Số: 15/KH-SX | {dated}, ngày 10 tháng 9 năm 2025 |\nKẾ HOẠCH\nTổ chức"):
                issuer, _ = read(layout)
                if issuer != f"{label} {place}":
                    wrong.append((layout.split("\n")[0], issuer))
    assert not wrong, wrong


def test_every_ministry(gaz):
    wrong = []
    for label in sorted({e.label for e in gaz.entries if e.label.startswith("Bộ ") and e.level == "national"}):
        for layout in (f"{label.upper()} | {MOTTO} |\n------- | Độc lập - Tự do - Hạnh phúc |\nSố: 15/KH-BX | Hà Nội, "
                       "ngày 10 tháng 9 năm 2025 |\nKẾ HOẠCH\nTổ chức",
                       f"{label.upper()}\n-------\n|\n{MOTTO}\n|\nSố: 15/KH-BX\n|\nHà Nội, ngày 10 tháng 9 năm 2025\n"
                       "KẾ HOẠCH\nTổ chức"):
            if read(layout) != (label, "Việt Nam"):
                wrong.append((label, read(layout)))
    assert not wrong, wrong


def test_every_province_its_committee_council_and_a_department():
    units = provinces()
    assert len(units) >= 63
    wrong = []
    for u in units:
        head = f"{u.kind.upper()} {u.name.upper()}"
        for body, layout in (
                ("Ủy ban nhân dân", f"ỦY BAN NHÂN DÂN\n{head}\n-------\n|\n{MOTTO}\n|\nSố: 15/KH-UBND\n|\n"),
                ("Ủy ban nhân dân", f"UBND {head} | {MOTTO} |\nSố: 15/KH-UBND | "),
                ("Hội đồng nhân dân", f"HỘI ĐỒNG NHÂN DÂN\n{head}\n-------\n|\n{MOTTO}\n|\nSố: 15/NQ-HĐND\n|\n"),
                ("Sở Y tế", f"UBND {head}\nSỞ Y TẾ\n-------\n|\n{MOTTO}\n|\nSố: 15/KH-SYT\n|\n")):
            got = read(f"{layout}{u.name}, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\nTổ chức")
            if got != (f"{body} {u.kind} {u.name}", u.name):
                wrong.append((layout.split("\n")[0], got))
    assert not wrong, wrong


def test_every_ward_and_commune_of_2025_named_once():
    units = named_once(places()._wards_2025)
    assert len(units) > 2500
    wrong = committees_misread(units, lambda u: u.province, 2025)
    assert not wrong, wrong[:20]


def test_every_district_named_once():
    """The districts of before 2025 whose name no other district has (a city or town named as its province, "THÀNH
    PHỐ HÀ GIANG", is the province's name too: left out), as the list spells them ("KBang", "Ea H'leo"), whole
    ("HUYỆN QUAN HÓA", "THỊ XÃ TỊNH BIÊN" had lost their first word, read as a unit's word: "quận", "tỉnh")."""
    units = [u for u in named_once(places()._districts) if u.name != u.province]
    assert len(units) > 600
    wrong = committees_misread(units, lambda u: u.name, 2020)
    assert not wrong, wrong[:20]


@pytest.mark.parametrize("name, key, short", [
    ("Tỉnh Bắc Kạn", "backan", "Bắc Kạn"), ("Thành phố Hồ Chí Minh", "hochiminh", "Hồ Chí Minh"),
    ("Quận Ba Đình", "badinh", "Ba Đình"), ("Thị xã Tịnh Biên", "tinhbien", "Tịnh Biên"),
    # a name whose first word folds to a unit's word, with its marks no unit's word: whole (they had lost it, "hoa")
    ("Quan Hóa", "quanhoa", "Quan Hóa"), ("QUẢN BẠ", "quanba", "QUẢN BẠ"), ("Tịnh Biên", "tinhbien", "Tịnh Biên"),
    # without marks (a damaged scan), the unit's word as before
    ("Quan 3", "3", "3"),
])
def test_a_units_key_and_short_name_drop_a_unit_word_only(name, key, short):
    from ingest.places import place_key, short_name
    assert (place_key(name), short_name(name)) == (key, short)


def notice(body: str, number: str = "12/KH-UBND") -> tuple[str | None, str | None, str | None]:
    h = read_header(f"Tin tức\n\n{body} vừa ban hành Kế hoạch số {number} về chuyển đổi số năm 2025.\n\nTheo đó".split(
        "\n"))
    return h.issuer, h.jurisdiction, h.number


def test_every_body_a_notice_says_has_just_issued(gaz):
    """A news page's sentence ("… vừa ban hành Kế hoạch số …") naming each department with its province, each ministry
    ("Bộ Ngoại giao" had ended at "Ngoại", the verb "giao"), each province's committee and council, and each ward and
    commune of 2025 named once, in small letters as texts print them ("Ô Môn", "Đăk BLa", "Đam Rông 4")."""
    wrong = []
    for label in sorted({e.label for e in gaz.entries if e.label.startswith("Sở ") and e.level == "province"}):
        for place, jurisdiction in (("tỉnh Quảng Trị", "Quảng Trị"), ("thành phố Hồ Chí Minh", "Hồ Chí Minh"),
                                    ("TP. Đà Nẵng", "Đà Nẵng")):
            issuer, got, number = notice(f"{label} {place}", "12/KH-SX")
            if not (issuer or "").startswith(label) or (got, number) != (jurisdiction, "12/KH-SX"):
                wrong.append((label, place, issuer, got, number))
    for label in sorted({e.label for e in gaz.entries if e.label.startswith("Bộ ") and e.level == "national"}):
        if notice(label, "12/KH-BX")[:2] != (label, "Việt Nam"):
            wrong.append((label, notice(label, "12/KH-BX")))
    for u in provinces():
        for body in ("UBND", "Ủy ban nhân dân", "HĐND"):
            if notice(f"{body} {u.kind} {u.name}")[1:] != (u.name, "12/KH-UBND"):
                wrong.append((body, u.name, notice(f"{body} {u.kind} {u.name}")))
    for u in named_once(places()._wards_2025):
        printed = " ".join(w[:1].upper() + w[1:] for w in u.name.split())     # (the list's "Đắk song")
        if (notice(f"UBND {u.kind} {printed}")[1] or "").casefold() != u.name.casefold():
            wrong.append((u.kind, u.name, notice(f"UBND {u.kind} {printed}")))
    assert not wrong, wrong[:20]


CITING_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
|
Số: 15/KH-UBND
|
Quảng Trị, ngày 10 tháng 9 năm 2025

KẾ HOẠCH

Thực hiện chuyển đổi số năm 2025

{citation}

I. NHIỆM VỤ

1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát thủ tục hành chính.
"""


def test_a_document_another_provinces_body_issued_is_placed_in_that_province(gaz, tmp_path):
    """A Quảng Trị plan citing every province's committee, council and department by name ("của Sở Y tế tỉnh Tuyên
    Quang", "… thành phố Hải Phòng", "… tỉnh Bà Rịa - Vũng Tàu"): each cited document lies in its issuer's province
    (the department's had been Quảng Trị's, its place cut off as what the sentence went on to say; Bà Rịa - Vũng Tàu's
    "Bà Rịa")."""
    from ingest.rdf import build_document
    from ingest.reader import read_document
    from ingest.text import slug
    wrong = []
    for u in provinces():
        for body, code, number in (("Ủy ban nhân dân", "qd-ubnd", "Quyết định số 12/QĐ-UBND"),
                                   ("Sở Y tế", "kh-syt", "Kế hoạch số 12/KH-SYT"),
                                   ("HĐND", "nq-hdnd", "Nghị quyết số 12/NQ-HĐND")):
            path = tmp_path / "plan.txt"
            path.write_text(CITING_PLAN.format(citation=f"Thực hiện {number} ngày 05/01/2025 của {body} {u.kind} "
                                                        f"{u.name} về chuyển đổi số;"), encoding="utf-8")
            triples = build_document(read_document(path, gaz), gaz, "test")[2]
            cited = {t.object.value for t in triples if t.predicate.value.endswith("#citedDocument")}
            if cited != {f"https://w3id.org/kehoach/eli/vn/{slug(u.name)}/{code}/2025/12"}:
                wrong.append((body, u.name, cited))
    assert not wrong, wrong


def test_a_document_a_ward_or_commune_issued_is_placed_in_it(gaz, tmp_path):
    """A plan citing a 2025 ward's, commune's or special zone's committee with its province ("của UBND xã Bình Chương,
    tỉnh Quảng Ngãi"; every twelfth unit named once): the cited document lies in that unit (a name with "Chương",
    "Kế", "Thực" had been cut there, taken for a title's "Chương trình"; a special zone's committee had been "UBND")."""
    from ingest.rdf import build_document
    from ingest.reader import read_document
    from ingest.text import slug
    units = sorted(named_once(places()._wards_2025), key=lambda u: (u.province, u.name))
    cities = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
    wrong = []
    for u in [*units[::12], *(u for u in units if u.kind == "đặc khu" or "Chương" in u.name)]:
        province = f"{'thành phố' if u.province in cities else 'tỉnh'} {u.province}"
        printed = " ".join(w[:1].upper() + w[1:] for w in u.name.split())     # (the list's "Đắk song")
        path = tmp_path / "plan.txt"
        path.write_text(CITING_PLAN.format(citation=f"Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND "
                                                    f"{u.kind} {printed}, {province} về chuyển đổi số;"),
                        encoding="utf-8")
        triples = build_document(read_document(path, gaz), gaz, "test")[2]
        cited = {t.object.value for t in triples if t.predicate.value.endswith("#citedDocument")}
        if not any(iri.endswith(f"/{slug(u.name)}/kh-ubnd/2025/12") for iri in cited):
            wrong.append((u.kind, u.name, cited))
    assert not wrong, wrong


@pytest.mark.parametrize("name, place", [
    ("Thanh Chương", "Thanh Chương"), ("Chương Mỹ", "Chương Mỹ"), ("Kế Sách", "Kế Sách"),
    ("Sơn La Kế hoạch", "Sơn La"), ("Nghệ An Chương trình hành động", "Nghệ An"), ("Hà Tĩnh Thực hiện", "Hà Tĩnh")])
def test_a_places_name_ends_before_a_titles_words_only(name, place):
    from ingest.metadata import _proper
    assert _proper(name) == place


def test_a_province_plan_naming_its_communes_committee_means_that_communes_committee(gaz, tmp_path):
    """"UBND xã Dân Hóa chủ trì" in a plan of Quảng Trị (which has xã Dân Hóa): the commune's committee, placed in the
    commune as the commune's own documents place it (it had been a body of the province's named "UBND xã Dân Hóa"); a
    commune of another province ("xã Xuân Tín", Thanh Hóa's) is not placed so."""
    from ingest.rdf import build_document
    from ingest.reader import read_document
    path = tmp_path / "plan.txt"
    path.write_text(CITING_PLAN.format(citation="").replace(
        "1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát thủ tục hành chính.",
        "1. UBND xã Dân Hóa chủ trì, phối hợp với UBND xã Xuân Tín rà soát thủ tục hành chính."), encoding="utf-8")
    triples = build_document(read_document(path, gaz), gaz, "test")[2]
    leads = {t.object.value for t in triples if t.predicate.value.endswith("#lead")}
    supports = {t.object.value for t in triples if t.predicate.value.endswith("#support")}
    assert leads == {"https://w3id.org/kehoach/agency/quang-tri/dan-hoa/uy-ban-nhan-dan-xa"}
    assert not any("/xuan-tin/" in s for s in supports)
    own = tmp_path / "commune.txt"
    own.write_text(CITING_PLAN.format(citation="").replace("TỈNH QUẢNG TRỊ", "XÃ DÂN HÓA").replace(
        "Quảng Trị, ngày", "Dân Hóa, ngày"), encoding="utf-8")
    triples = build_document(read_document(own, gaz), gaz, "test")[2]
    issuers = {t.object.value for t in triples if t.predicate.value.endswith("#passed_by")}
    assert "https://w3id.org/kehoach/agency/quang-tri/dan-hoa/uy-ban-nhan-dan-xa" in issuers


def test_a_special_zones_committee_is_the_gazetteers(gaz, tmp_path):
    """A special zone of 2025 ("ĐẶC KHU PHÚ QUỐC") issues as its committee, the gazetteer's "Ủy ban nhân dân đặc khu"
    placed in it; a province plan's "UBND đặc khu Cồn Cỏ" is that zone's committee (it had been a body of its own)."""
    from ingest.rdf import build_document
    from ingest.reader import read_document
    own = tmp_path / "zone.txt"
    own.write_text(CITING_PLAN.format(citation="").replace("TỈNH QUẢNG TRỊ", "ĐẶC KHU PHÚ QUỐC").replace(
        "Quảng Trị, ngày", "Phú Quốc, ngày"), encoding="utf-8")
    triples = build_document(read_document(own, gaz), gaz, "test")[2]
    zone = "https://w3id.org/kehoach/agency/an-giang/phu-quoc/uy-ban-nhan-dan-dac-khu"
    assert zone in {t.object.value for t in triples if t.predicate.value.endswith("#passed_by")}
    assert "https://w3id.org/kehoach/gazetteer/agency/uy-ban-nhan-dan-dac-khu" in {
        t.object.value for t in triples if t.subject.value == zone and t.predicate.value.endswith("#gazetteerEntry")}
    plan = tmp_path / "plan.txt"
    plan.write_text(CITING_PLAN.format(citation="").replace("1. Sở Nội vụ chủ trì", "1. UBND đặc khu Cồn Cỏ chủ trì"),
                    encoding="utf-8")
    triples = build_document(read_document(plan, gaz), gaz, "test")[2]
    assert {t.object.value for t in triples if t.predicate.value.endswith("#lead")} == {
        "https://w3id.org/kehoach/agency/quang-tri/con-co/uy-ban-nhan-dan-dac-khu"}


def _plan(path, gaz: Gazetteer, unit_line: str, place: str, day: str, title: str, number: int = 88):
    """A committee's plan as its letterhead prints it ("ỦY BAN NHÂN DÂN" / `unit_line`; "Số: {number}/KH-UBND",
    "{place}, ngày {day}"), read and built: (document, its IRI, the objects of its triples)."""
    path.write_text(f"ỦY BAN NHÂN DÂN\n{unit_line}\n-------\n\n{MOTTO}\n\nSố: {number}/KH-UBND    {place}, ngày {day}\n"
                    f"\nKẾ HOẠCH\n{title}\n", encoding="utf-8")
    doc = read_document(path, gaz)
    _, iri, triples = build_document(doc, gaz, "test")
    return doc, iri, {str(t.object) for t in triples}


def test_a_city_named_as_its_province_is_the_city_not_the_province(tmp_path) -> None:
    """"ỦY BAN NHÂN DÂN | THÀNH PHỐ HÀ GIANG" (a city of district rank until 2025, named as its province is) is the
    city's committee, in its province: its documents number apart from the province's, so the same number of both
    committees is two documents (it had been read as the province: one IRI), and a plan citing "… của UBND thành phố
    Hà Giang" cites the city's document (it had been one of the province's)."""
    gaz = Gazetteer.load()
    cities = [u for u in provinces() if u.kind == "tỉnh"
              and [d for d in places().districts(u.name) if d.kind == "thành phố" and d.province == u.name]]
    assert len(cities) >= 10                                        # (Hà Giang, Bắc Ninh, Vĩnh Long, …)
    wrong = []
    for u in cities:
        iris = {}
        for unit in ("THÀNH PHỐ", "TỈNH"):
            doc, iris[unit], _ = _plan(tmp_path / f"{u.name}-{unit}.md", gaz, f"{unit} {u.name.upper()}", u.name,
                                       "12 tháng 4 năm 2024", "Tổ chức các hoạt động văn hóa năm 2024")
            level, parent = doc.meta.jurisdiction_level, doc.meta.parent_jurisdiction
            if (unit == "THÀNH PHỐ") != (level == "provincial-city") or parent not in (None, u.name):
                wrong.append((unit, u.name, level, parent))
        if iris["THÀNH PHỐ"] == iris["TỈNH"]:
            wrong.append(("one IRI", u.name, iris["TỈNH"]))
        # a plan that cites the city's names the city's document, not one of the province's
        _, _, objects = _plan(tmp_path / f"{u.name}-cites.md", gaz, f"TỈNH {u.name.upper()}", u.name,
                              "20 tháng 4 năm 2024", "Phối hợp thực hiện Kế hoạch số 88/KH-UBND ngày 12/4/2024 của "
                              f"UBND thành phố {u.name}", number=95)
        if f"<{iris['THÀNH PHỐ']}>" not in objects:
            wrong.append(("cited", u.name, sorted(o for o in objects if "/88" in o)))
    assert wrong == []


def test_hue_is_a_city_of_its_province_before_2025_and_the_centrally_run_city_after(tmp_path) -> None:
    """"THÀNH PHỐ HUẾ" dated 2024 is the city of the province Thừa Thiên Huế (Nghị quyết 1314/NQ-UBTVQH15, in force
    01/01/2025), not the province, whose committee numbered its documents apart; dated 2025 or later, the centrally-run
    city. A document cited "của UBND thành phố Huế" with a 2024 date is the city's."""
    gaz = Gazetteer.load()
    title = "Tổ chức các hoạt động văn hóa"
    _, city_2024, _ = _plan(tmp_path / "city-2024.md", gaz, "THÀNH PHỐ HUẾ", "Huế", "12 tháng 4 năm 2024", title)
    _, province_2024, _ = _plan(tmp_path / "province-2024.md", gaz, "TỈNH THỪA THIÊN HUẾ", "Huế",
                                "12 tháng 4 năm 2024", title)
    _, city_2026, _ = _plan(tmp_path / "city-2026.md", gaz, "THÀNH PHỐ HUẾ", "Huế", "12 tháng 4 năm 2026", title)
    assert city_2024.endswith("/eli/vn/hue/hue/kh-ubnd/2024/88")
    assert province_2024.endswith("/eli/vn/hue/kh-ubnd/2024/88") and city_2026.endswith("/eli/vn/hue/kh-ubnd/2026/88")
    _, _, objects = _plan(tmp_path / "cites.md", gaz, "TỈNH THỪA THIÊN HUẾ", "Huế", "12 tháng 4 năm 2024",
                          "Phối hợp thực hiện Kế hoạch số 88/KH-UBND ngày 12/4/2024 của UBND thành phố Huế", number=95)
    assert f"<{city_2024}>" in objects and f"<{province_2024}>" not in objects

"""Words naming a plan or an agency in a saved query's parameter are matched whole, as search-tasks
matches its words: "An Giang" names the plans whose title holds the words "an giang", not a plan of
the commune of Tân Giang ("tan giang" holds the letters "an giang"), and "Sở Nội vụ" no agency whose
name merely holds those letters inside a word."""

from __future__ import annotations

import pytest
from conftest import ingested, run_json

AN_GIANG = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 31/KH-UBND    An Giang, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ trên địa bàn tỉnh An Giang

I. NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|
| 1 | Tuyên truyền về Cộng đồng Văn hóa - Xã hội ASEAN | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ |
| 2 | Đào tạo cán bộ làm công tác đối ngoại | Sở Nội vụ | UBND các xã, phường |
"""

TAN_GIANG = """ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 58/KH-UBND    Cao Bằng, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng xã Tân Giang giai đoạn 2026-2030

I. NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|
| 1 | Xây dựng sản phẩm du lịch cộng đồng | UBND xã Tân Giang | Sở Văn hóa, Thể thao và Du lịch |
| 2 | Bồi dưỡng kỹ năng làm du lịch cho người dân | Sở Văn hóa, Thể thao và Du lịch | UBND xã Tân Giang |
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingested(tmp_path_factory.mktemp("words"), {"kh_an_giang.md": AN_GIANG, "kh_tan_giang.md": TAN_GIANG})


def _q(store, name: str, **params: str) -> list[dict]:
    args = [a for k, v in params.items() for a in ("--param", f"{k}={v}")]
    return run_json(store, "query", name, *args)


def _plans(store) -> dict[str, str]:
    return {d["source"]: d["document"] for d in _q(store, "documents") if d["source"]}


def test_plan_words_are_matched_whole(store):
    plans = _plans(store)
    an_giang, cao_bang = plans["kh_an_giang.md"], plans["kh_tan_giang.md"]
    pairs = {(r["left_plan"], r["right_plan"]) for r in _q(store, "compare-plans", left="An Giang", right="Tân Giang")}
    assert pairs == {(an_giang, cao_bang)}
    # the words of a plan's title, whole, name it in every query taking a plan
    assert {r["source"] for r in _q(store, "search-tasks", q="du lich", plan="an giang")} == set()
    assert {r["source"] for r in _q(store, "tasks-without-lead", plan="an giang")} == set()
    assert {r["plan"] for r in _q(store, "citations", plan="an giang")} <= {an_giang}
    assert {r["plan"] for r in _q(store, "agency-workload", plan="an giang")} == {an_giang}
    # words inside a word still name nothing, even where they would name one plan only
    assert _q(store, "compare-plans", left="giang tinh", right="an giang") == []
    assert {r["plan"] for r in _q(store, "agency-workload", plan="tan giang")} == {cao_bang}


def test_agency_words_are_matched_whole(store):
    # "an giang" names An Giang's departments, not the commune's committee (xã Tân Giang)
    by_words = {r["agency_label"] for r in _q(store, "tasks-by-agency", agency="an giang")}
    assert by_words == {"Sở Nội vụ tỉnh An Giang", "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang"}
    assert {r["agency_label"] for r in _q(store, "agency-workload", agency="an giang")} == by_words
    assert {r["agency_label"] for r in _q(store, "tasks-by-agency", agency="xã tân giang")} == {"UBND xã Tân Giang"}
    assert _q(store, "tasks-by-agency", agency="an gian") == []

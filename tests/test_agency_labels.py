"""How the task tables name an agency (saved queries tasks, search-tasks, tasks-without-lead): by
the gazetteer's label of its kind ("Sở Văn hóa, Thể thao và Du lịch", the same in every province's
plans), except an agency placed neither in the plan's province or unit nor above it, named by its
own label, which says where: another province's committee, a commune's body in a province's plan.
The commune's body is the one the commune's own documents name as their issuer (one IRI); the
commune's office ("Văn phòng HĐND và UBND xã") is one body, as the ward's is."""

from __future__ import annotations

import pytest
from conftest import ingested, run_json

PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND    Quảng Trị, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích: triển khai hiệu quả trên địa bàn tỉnh.

II. NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|
| 1 | Tổ chức hội nghị quảng bá văn hóa biên giới | UBND xã Dân Hóa | Sở Văn hóa, Thể thao và Du lịch |
| 2 | Giao lưu văn hóa biên giới với Trà Vinh | Sở Văn hóa, Thể thao và Du lịch | UBND tỉnh Trà Vinh; UBND xã Dân Hóa |
| 3 | Khảo sát di tích biên giới | | UBND tỉnh Trà Vinh |

III. TỔ CHỨC THỰC HIỆN
Sở Văn hóa, Thể thao và Du lịch theo dõi, báo cáo Ủy ban nhân dân tỉnh.
"""

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN
XÃ DÂN HÓA
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/KH-UBND    Dân Hóa, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Quảng Trị

I. NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
|---|---|---|---|
| 1 | Tổ chức hội nghị quảng bá văn hóa biên giới tại xã | Văn phòng HĐND và UBND xã | Sở Văn hóa, Thể thao và Du lịch |
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingested(tmp_path_factory.mktemp("labels"),
                    {"kh_quang_tri.md": PROVINCE_PLAN, "kh_dan_hoa.md": COMMUNE_PLAN})


def _by_text(rows: list[dict]) -> dict[str, dict]:
    return {r["text"]: r for r in rows}


def test_tasks_name_an_agency_placed_elsewhere_by_its_own_label(store):
    rows = _by_text(run_json(store, "query", "tasks", "--param", "source=kh_quang_tri.md"))
    assert rows["Tổ chức hội nghị quảng bá văn hóa biên giới"]["leads"] == "Ủy ban nhân dân xã Dân Hóa"
    assert rows["Tổ chức hội nghị quảng bá văn hóa biên giới"]["supports"] == "Sở Văn hóa, Thể thao và Du lịch"
    second = rows["Giao lưu văn hóa biên giới với Trà Vinh"]
    assert second["leads"] == "Sở Văn hóa, Thể thao và Du lịch"      # the province's own: the kind's label
    assert set(second["supports"].split(" | ")) == {"Ủy ban nhân dân tỉnh Trà Vinh", "Ủy ban nhân dân xã Dân Hóa"}
    # in the commune's plan the province's department, placed above the commune, keeps the kind's label;
    # the commune's office is one body (it had been split at "và" into "Văn phòng HĐND" and the committee)
    (commune,) = run_json(store, "query", "tasks", "--param", "source=kh_dan_hoa.md")
    assert commune["supports"] == "Sở Văn hóa, Thể thao và Du lịch"
    assert commune["leads"] == "Văn phòng HĐND và UBND xã"


def test_search_and_tasks_without_lead_name_them_the_same_way(store):
    found = _by_text(run_json(store, "query", "search-tasks", "--param", "q=bien gioi",
                              "--param", "plan=kh_quang_tri.md"))
    assert found["Tổ chức hội nghị quảng bá văn hóa biên giới"]["leads"] == "Ủy ban nhân dân xã Dân Hóa"
    assert set(found["Giao lưu văn hóa biên giới với Trà Vinh"]["supports"].split(" | ")) == \
        {"Ủy ban nhân dân tỉnh Trà Vinh", "Ủy ban nhân dân xã Dân Hóa"}
    (lone,) = run_json(store, "query", "tasks-without-lead", "--param", "plan=kh_quang_tri.md")
    assert lone["reason"] == "no lead" and lone["supports"] == "Ủy ban nhân dân tỉnh Trà Vinh"


def test_the_commune_body_a_province_names_is_the_commune_plan_issuer(store):
    rows = run_json(store, "sparql", """
        SELECT DISTINCT ?a WHERE {
          ?t kh:lead ?a . ?a skos:prefLabel "Ủy ban nhân dân xã Dân Hóa"@vi .
          ?plan eli:id_local "12/KH-UBND" ; eli:passed_by ?a }""")
    assert len(rows) == 1

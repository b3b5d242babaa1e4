"""Lineage (issue 9, item 4): a plan that implements a national decision in any of the ways plans
say it is among that decision's `descendants`, and the decision among its `ancestors`. Small
invented plans (numbers, dates and texts made up; provinces real, so that places resolve) are
ingested through the CLI and the saved queries run as a user would run them."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import run, run_json

HEAD = """\
ỦY BAN NHÂN DÂN TỈNH {province_caps} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: {number} | {province}, ngày 05 tháng 3 năm 2017 |

"""
BODY = """
I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức về Cộng đồng Văn hóa - Xã hội ASEAN.
"""
D161 = ("Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về phê duyệt Đề án xây dựng và "
        "triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa – Xã hội ASEAN đến năm 2025")
SCHEME = "ĐỀ ÁN XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN CÁC MỤC TIÊU CỦA CỘNG ĐỒNG VĂN HÓA – XÃ HỘI ASEAN"

PLANS = {
    # "Thực hiện …"
    "thuc_hien.txt": ("Khánh Hòa", "21/KH-UBND", f"KẾ HOẠCH\n\nTRIỂN KHAI CÔNG TÁC ASEAN NĂM 2017\n\n"
                                                 f"Thực hiện {D161}, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\n"),
    # a title "KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ …", the decision only under "Căn cứ"
    "title.txt": ("Phú Yên", "22/KH-UBND", f"KẾ HOẠCH\n\nTHỰC HIỆN QUYẾT ĐỊNH SỐ 161/QĐ-TTG NGÀY 25/01/2016 CỦA THỦ "
                                             f"TƯỚNG CHÍNH PHỦ\n\nCăn cứ {D161};\n"),
    # "Để tiếp tục thực hiện có hiệu quả …"
    "de_thuc_hien.txt": ("Bình Định", "23/KH-UBND", f"KẾ HOẠCH\n\nHOẠT ĐỘNG ASEAN NĂM 2017\n\nĐể tiếp tục thực hiện "
                                                    f"có hiệu quả {D161}, Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n"),
    # a decision issuing a plan for the scheme, the approving decision only under "Căn cứ"
    "decision.txt": ("Quảng Ngãi", "24/QĐ-UBND", f"QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN {SCHEME}\n\n"
                                                 f"Căn cứ {D161};\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo "
                                                 f"Quyết định này Kế hoạch thực hiện Đề án.\n"),
    # a numbered "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" list and a title naming the scheme
    "basis_list.txt": ("Lâm Đồng", "25/KH-UBND", f"KẾ HOẠCH\n\nTHỰC HIỆN {SCHEME}\n\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n"
                                                 f"1. {D161}.\n\nII. MỤC TIÊU\n"),
    # the scheme named by its decision's number
    "named.txt": ("Gia Lai", "26/KH-UBND", "KẾ HOẠCH\n\nTHỰC HIỆN ĐỀ ÁN 161 TRÊN ĐỊA BÀN TỈNH\n\nTriển khai Đề án 161, "
                                            "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"),
    # the scheme named in the title only: the reference documents know which decision approved it
    "reference.txt": ("Đắk Lắk", "27/KH-UBND", f"KẾ HOẠCH\n\nTHỰC HIỆN {SCHEME} NĂM 2017\n\nỦy ban nhân dân tỉnh ban "
                                               f"hành Kế hoạch như sau:\n"),
    # a plan that cites the decision as its basis only: not a descendant
    "basis_only.txt": ("Kon Tum", "28/KH-UBND", f"KẾ HOẠCH\n\nPHÒNG, CHỐNG THIÊN TAI NĂM 2017\n\nCăn cứ {D161};\n"),
}
WARD = """\
ỦY BAN NHÂN DÂN PHƯỜNG NHA TRANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 9/KH-UBND | Nha Trang, ngày 20 tháng 4 năm 2017 |

KẾ HOẠCH

HOẠT ĐỘNG ASEAN CỦA PHƯỜNG NĂM 2017

Thực hiện Kế hoạch số 21/KH-UBND ngày 05/3/2017 của Ủy ban nhân dân tỉnh Khánh Hòa về triển khai công tác ASEAN năm
2017, Ủy ban nhân dân phường ban hành Kế hoạch như sau:
""" + BODY


def write(tmp: Path) -> list[Path]:
    paths = []
    for name, (province, number, text) in PLANS.items():
        p = tmp / name
        head = HEAD.format(province_caps=province.upper(), province=province, number=number)
        p.write_text(head + textwrap.dedent(text) + BODY, encoding="utf-8")
        paths.append(p)
    ward = tmp / "ward.txt"
    ward.write_text(WARD, encoding="utf-8")
    return [*paths, ward]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("lineage")
    store = tmp / "store"
    run(store, "ingest", *map(str, write(tmp)))
    return store


def test_every_way_of_implementing_161_is_a_descendant(store):
    rows = run_json(store, "query", "descendants", "-p", "decision=161/QĐ-TTg")
    got = {(r["source"], r["depth"]) for r in rows}
    assert got == {("thuc_hien.txt", "1"), ("title.txt", "1"), ("de_thuc_hien.txt", "1"), ("decision.txt", "1"),
                   ("basis_list.txt", "1"), ("named.txt", "1"), ("reference.txt", "1"), ("ward.txt", "2")}
    assert {r["decision"] for r in rows} == {"https://w3id.org/kehoach/eli/vn/qd-ttg/2016/161"}   # one node
    ward = next(r for r in rows if r["source"] == "ward.txt")
    assert ward["chain"] == "9/KH-UBND → 21/KH-UBND → 161/QĐ-TTg"


@pytest.mark.parametrize("spelling", ["161/QD-TTg", "Quyết định 161", "161/qđ-ttg", "Đề án 161"])
def test_the_decision_in_any_spelling(store, spelling):
    rows = run_json(store, "query", "descendants", "-p", f"decision={spelling}")
    assert len({r["plan"] for r in rows}) == 8


def test_ancestors_of_the_ward_plan(store):
    rows = run_json(store, "query", "ancestors", "-p", "plan=ward.txt")
    assert [(r["ancestor_number"], r["depth"], r["top"], r["national"]) for r in rows] == [
        ("21/KH-UBND", "1", "false", "false"), ("161/QĐ-TTg", "2", "true", "true")]


def test_one_record_for_the_decision(store):
    out = run_json(store, "sparql", "SELECT ?n WHERE { <https://w3id.org/kehoach/eli/vn/qd-ttg/2016/161> "
                                    "eli:id_local ?n }")
    assert out == [{"n": "161/QĐ-TTg"}]


def test_implements_nothing_only_for_the_plan_that_implements_nothing(store):
    p = run(store, "audit", "--format", "json", "--severity", "Info", check=False)
    assert p.returncode in (0, 1), p.stderr
    flagged = {f["source"] for f in json.loads(p.stdout) if f["check"] == "implements-nothing"}
    assert flagged == {"basis_only.txt"}

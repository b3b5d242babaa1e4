"""Word documents whose task tables are real tables."""

import docx
from conftest import run, run_json


def make_plan(path):
    d = docx.Document()
    d.add_paragraph("Số: 77/KH-UBND")
    d.add_paragraph("Bình Định, ngày 3 tháng 3 năm 2026")
    d.add_heading("KẾ HOẠCH", level=1)
    d.add_paragraph("Triển khai thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ "
                    "trên địa bàn tỉnh Bình Định giai đoạn 2026 - 2030")
    d.add_paragraph("Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ, "
                    "Ủy ban nhân dân tỉnh Bình Định ban hành Kế hoạch như sau:")
    d.add_heading("I. PHÂN CÔNG NHIỆM VỤ", level=2)
    t = d.add_table(rows=1, cols=4)
    for c, text in zip(t.rows[0].cells, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"]):
        c.text = text
    rows = [("1", "Tuyên truyền về Cộng đồng ASEAN trên các nền tảng số của tỉnh.",
             "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ, Sở Nội vụ"),
            ("2", "Nâng cao kỹ năng ngoại ngữ cho công chức làm công tác hội nhập.",
             "Sở Nội vụ; Sở Giáo dục và Đào tạo", "Các sở, ban, ngành có liên quan")]
    for r in rows:
        cells = t.add_row().cells
        for c, text in zip(cells, r):
            c.text = text
    d.save(path)


def test_docx_table_tasks(tmp_path):
    f = tmp_path / "ke_hoach.docx"
    make_plan(f)
    store = tmp_path / "store"
    run(store, "ingest", str(f))
    rows = run_json(store, "query", "tasks")
    assert [(r["code"], set(r["leads"].split(" | "))) for r in rows] == [
        ("1", {"Sở Văn hóa, Thể thao và Du lịch"}),
        ("2", {"Sở Nội vụ", "Sở Giáo dục và Đào tạo"})]
    assert set(rows[0]["supports"].split(" | ")) == {"Sở Khoa học và Công nghệ", "Sở Nội vụ"}
    doc = next(d for d in run_json(store, "query", "documents") if d["source"] == "ke_hoach.docx")
    assert doc["number"] == "77/KH-UBND" and doc["jurisdiction"] == "Bình Định"
    assert doc["implements"] == "155/QĐ-TTg"


def test_corrupt_docx_is_refused(tmp_path):
    f = tmp_path / "broken.docx"
    f.write_bytes(b"PK\x03\x04 this is not really a zip")
    p = run(tmp_path / "store", "ingest", str(f), check=False)
    assert p.returncode == 1 and "broken.docx" in p.stderr and "Traceback" not in p.stderr

"""Reading a source file (ingest/source.py, ingest/docx.py): bytes -> NFC lines, and one clear
error per kind of bad input, naming the file and, where there is one, the line."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest

from ingest.docx import docx_to_text
from ingest.source import decode, read_source
from kehoach.errors import IngestError, KehoachError

P = Path("ke_hoach.txt")


def refused(data: bytes) -> IngestError:
    with pytest.raises(IngestError) as e:
        decode(P, data)
    return e.value


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"], ids=["empty", "blank"])
def test_empty_input_is_refused(data):
    e = refused(data)
    assert "empty" in e.message and e.line is None
    assert str(e).startswith("ke_hoach.txt: ")


def test_utf16_is_named_with_the_conversion_command():
    e = refused("KẾ HOẠCH".encode("utf-16"))
    assert "UTF-16" in e.message and "iconv" in e.message
    assert str(e).startswith("ke_hoach.txt:1: ")


def test_invalid_utf8_names_the_line_and_byte_and_suggests_cp1258():
    data = "Số: 5/KH-UBND\nDòng hai\n".encode() + b"V\xe3n b\xe3n\n"     # Windows-1258 "Văn bản"
    e = refused(data)
    assert e.line == 3
    assert "0xE3" in e.message and "Windows-1258" in e.message


def test_nul_bytes_mean_a_binary_file():
    assert "binary" in refused(b"PDF\x00\x01\xff").message
    e = refused(b"dong 1\ndong 2\x00\n")           # valid UTF-8 with a NUL: the line is known
    assert "NUL" in e.message and e.line == 2


def test_control_characters_mean_a_binary_file():
    assert "control characters" in refused(bytes(range(1, 9)) * 3 + b"abc").message


def test_errors_are_kehoach_errors_with_the_path():
    e = refused(b"")
    assert isinstance(e, KehoachError) and e.path == "ke_hoach.txt"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_source(tmp_path / "khong_co.txt")
    with pytest.raises(IngestError, match="is a directory"):
        read_source(tmp_path)


def test_read_source_normalises_line_ends_and_nfc(tmp_path):
    data = "Số: 7/KH-UBND\r\nHo\u0300a Bi\u0300nh\rcuối".encode()     # decomposed tones, mixed line ends
    f = tmp_path / "ke_hoach.md"
    f.write_bytes(data)
    s = read_source(f)
    assert s.lines == ("Số: 7/KH-UBND", "Hòa Bình", "cuối")
    assert s.media_type == "text/markdown" and s.name == "ke_hoach.md"
    assert s.sha256 == hashlib.sha256(data).hexdigest()          # of the bytes as read
    assert s.quote(2, 3) == "Hòa Bình\ncuối"


def test_an_eth_for_d_with_stroke_is_read_as_it_and_quoted_as_printed(tmp_path):
    # a legacy font conversion's "Ð" (U+00D0) and "ð" (U+00F0) for "Đ" and "đ"
    f = tmp_path / "quyet_dinh.md"
    f.write_text("Quyết định 942/QÐ-BVHTTDL\nÐồng Tháp, ngày 9 tháng 4 năm 2024 ðã ký\n", encoding="utf-8")
    s = read_source(f)
    assert s.lines[:2] == ("Quyết định 942/QĐ-BVHTTDL", "Đồng Tháp, ngày 9 tháng 4 năm 2024 đã ký")
    assert s.quote(1, 1) == "Quyết định 942/QÐ-BVHTTDL"          # the file's own text


def test_a_fraction_division_or_full_width_slash_is_read_as_a_slash_and_quoted_as_printed(tmp_path):
    # "Công điện số 1478\u2044CĐ-TTg" as a news page printed it: the number is 1478/CĐ-TTg
    f = tmp_path / "cong_dien.md"
    f.write_text("Thủ tướng Chính phủ đã ký ban hành Công điện số 1478\u2044CĐ-TTg\n"
                 "Số 12\u2215KH-UBND và 13\uff0fQĐ-UBND\n", encoding="utf-8")
    s = read_source(f)
    assert s.lines[:2] == ("Thủ tướng Chính phủ đã ký ban hành Công điện số 1478/CĐ-TTg",
                           "Số 12/KH-UBND và 13/QĐ-UBND")
    assert s.quote(1, 1) == "Thủ tướng Chính phủ đã ký ban hành Công điện số 1478\u2044CĐ-TTg"


def test_utf8_bom_is_dropped_and_tsv_media_type(tmp_path):
    f = tmp_path / "phu_luc.tsv"
    f.write_bytes(b"\xef\xbb\xbf" + "STT\tNhiệm vụ\tChủ trì".encode())
    s = read_source(f)
    assert s.lines == ("STT\tNhiệm vụ\tChủ trì",)
    assert s.media_type == "text/tab-separated-values"


def test_broken_docx_is_refused(tmp_path):
    f = tmp_path / "hong.docx"
    f.write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(IngestError, match="not a readable Word .docx file"):
        read_source(f)


def test_docx_paragraphs_headings_and_tables_become_text():
    d = docx.Document()
    d.add_paragraph("Số: 9/KH-UBND")
    d.add_heading("KẾ HOẠCH", level=1)
    t = d.add_table(rows=2, cols=3)
    for cell, text in zip(t.rows[0].cells, ["STT", "Nhiệm vụ", "Chủ trì"]):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ["1", "Mở lớp tập huấn\nở cơ sở", "Sở Nội vụ | Sở Y tế"]):
        cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    lines = docx_to_text(Path("k.docx"), buf.getvalue()).split("\n")
    assert "Số: 9/KH-UBND" in lines
    assert "## KẾ HOẠCH" in lines                                   # Heading 1 -> "##"
    assert "| STT | Nhiệm vụ | Chủ trì |" in lines
    assert "| 1 | Mở lớp tập huấn<br>ở cơ sở | Sở Nội vụ / Sở Y tế |" in lines   # no stray "|"

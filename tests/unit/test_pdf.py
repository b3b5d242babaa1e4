"""PDF files in process: the text layer read back line for line, page:line provenance, tables,
hostile and damaged files refused with one line naming the file. The PDFs are generated here
(tests/pdfmake.py: an invented plan with Vietnamese text). OCR itself is in tests/test_pdf.py;
here only what happens when it is missing."""

from __future__ import annotations

from pathlib import Path

import pdfmake
import pytest
from pyoxigraph import Literal, NamedNode

from ingest import ocr
from ingest import pdf as pdfmod
from ingest.agencies import Gazetteer
from ingest.rdf import RFC3778, build_document
from ingest.reader import read_document
from ingest.source import read_source
from kehoach.errors import IngestError
from kehoach.vocab import KH, OA, RDF, RFC5147

pytestmark = pytest.mark.skipif(not pdfmake.FONT.is_file(), reason=f"font {pdfmake.FONT} not installed "
                                "(Debian: fonts-dejavu-core): cannot generate the test PDFs")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pdf")
    txt = d / "plan.txt"
    txt.write_text(pdfmake.plan_text(), encoding="utf-8")
    return {"txt": txt, "pdf": pdfmake.text_pdf(d / "plan.pdf"), "table": pdfmake.table_pdf(d / "table.pdf")}


def facts(doc) -> tuple:
    m = doc.meta
    return (m.doc_type, m.number, m.date, m.issuer, m.jurisdiction,
            [(c.kind, c.number, c.date) for c in doc.citations],
            [(t.code, t.text, t.leads, t.supports) for t in doc.tasks])


def test_text_layer_gives_back_the_lines(files):
    src = read_source(files["pdf"])
    assert src.media_type == "application/pdf"
    assert list(src.lines) == pdfmake.text_lines()      # diacritics, NFC, empty lines, two columns
    assert src.page_starts == (1, pdfmake.PER_PAGE + 1) and src.ocr_pages == () and src.ocr_engine is None


def test_pdf_yields_what_its_text_yields(files, gaz: Gazetteer):
    from_pdf, from_txt = read_document(files["pdf"], gaz), read_document(files["txt"], gaz)
    assert facts(from_pdf) == facts(from_txt)
    assert from_pdf.meta.number == "45/KH-UBND" and from_pdf.meta.jurisdiction == "Quảng Trị"
    assert {t.code: t.leads for t in from_pdf.tasks} == {k: [v] for k, v in pdfmake.LEADS.items()}
    assert [(t.span.start, t.span.end) for t in from_pdf.tasks] == [(t.span.start, t.span.end)
                                                                   for t in from_txt.tasks]


def test_page_line_of_every_line(files):
    src = read_source(files["pdf"])
    expected = pdfmake.page_of_lines()
    assert [src.page_line(i) for i in range(1, len(src.lines) + 1)] == expected
    assert read_source(files["txt"]).page_line(3) is None


def test_page_line_with_pages_without_text():
    from ingest.source import SourceText
    src = SourceText(Path("x.pdf"), "x.pdf", "0", "application/pdf", "a\nb\nc", ("a", "b", "c"), (1, 3, 3))
    assert [src.page_line(i) for i in (1, 2, 3)] == [(1, 1), (1, 2), (3, 1)]   # page 2 is blank


def _objects(triples, subject: str, predicate: str) -> list:
    return [t.object for t in triples if t.subject == NamedNode(subject) and t.predicate == NamedNode(predicate)]


def test_provenance_has_page_and_line_on_page(files, gaz: Gazetteer):
    doc = read_document(files["pdf"], gaz)
    _, doc_iri, triples = build_document(doc, gaz, "test")
    by_code = {t.code: t for t in doc.tasks}
    # xsd:integer, as documented: the store keeps subtypes of xsd:integer as xsd:integer
    positive = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    for code, task in by_code.items():
        src = f"{doc_iri}/task/{code}/source"
        (sp, sl), (ep, el) = pdfmake.page_of_lines()[task.span.start - 1], pdfmake.page_of_lines()[task.span.end - 1]
        got = {p: _objects(triples, src, KH + p) for p in ("startLine", "startPage", "startPageLine",
                                                          "endPage", "endPageLine")}
        assert got == {"startLine": [Literal(str(task.span.start), datatype=positive)],
                       "startPage": [Literal(str(sp), datatype=positive)],
                       "startPageLine": [Literal(str(sl), datatype=positive)],
                       "endPage": [Literal(str(ep), datatype=positive)],
                       "endPageLine": [Literal(str(el), datatype=positive)]}, code
        sel = src + "/page"
        assert NamedNode(sel) in _objects(triples, src, OA + "hasSelector")
        assert _objects(triples, sel, "http://purl.org/dc/terms/conformsTo") == [NamedNode(RFC3778)]
        assert _objects(triples, sel, RDF + "value") == [Literal(f"page={sp}")]
        refined = _objects(triples, sel, OA + "refinedBy")
        if sp == ep:
            assert refined == [NamedNode(sel + "/lines")]
            assert _objects(triples, sel + "/lines", RDF + "value") == [Literal(f"line={sl - 1},{el}")]
            assert _objects(triples, sel + "/lines", "http://purl.org/dc/terms/conformsTo") == [NamedNode(RFC5147)]
        else:
            assert refined == []
    # task 3 runs over the page break, task 4 is on page 2
    assert (pdfmake.page_of_lines()[by_code["3"].span.start - 1][0],
            pdfmake.page_of_lines()[by_code["3"].span.end - 1][0]) == (1, 2)
    assert pdfmake.page_of_lines()[by_code["4"].span.start - 1] == (2, 6)
    counts = [t.object for t in triples if t.predicate == NamedNode(KH + "pageCount")]
    assert counts == [Literal("2", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))]


def test_text_file_provenance_has_no_pages(files, gaz: Gazetteer):
    _, _, triples = build_document(read_document(files["txt"], gaz), gaz, "test")
    assert not any(t.predicate in (NamedNode(KH + "startPage"), NamedNode(KH + "pageCount")) for t in triples)


def test_ruled_table_becomes_pipe_rows(files, gaz: Gazetteer):
    src = read_source(files["table"])
    rows = [x for x in src.lines if x.startswith("|")]
    assert rows[0] == "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |"
    assert "| Sở Văn hóa, Thể thao và Du lịch |" in rows[1]      # a name wrapped in its cell, joined
    doc = read_document(files["table"], gaz)
    assert [(t.code, t.leads) for t in doc.tasks] == [("1", ["Sở Văn hóa, Thể thao và Du lịch"]),
                                                      ("2", ["Sở Nội vụ"]), ("3", ["Sở Y tế"])]
    assert doc.tasks[1].text == "Nâng cao kỹ năng ngoại ngữ cho công chức làm công tác hội nhập quốc tế"


@pytest.mark.parametrize(("cell", "expected"), [
    ("Sở Văn hóa, Thể thao và\nDu lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Tuyên truyền về Cộng đồng ASEAN trên\ncác nền tảng số", "Tuyên truyền về Cộng đồng ASEAN trên các nền tảng số"),
    ("Sở Nội vụ\nSở Y tế", "Sở Nội vụ<br>Sở Y tế"),
    ("Sở Tài chính,\nSở Xây dựng", "Sở Tài chính, Sở Xây dựng"),
    ("a | b", "a / b"),
    (None, ""),
])
def test_cell_lines(cell, expected):
    assert pdfmod._cell(cell) == expected


def test_page_ranges():
    assert pdfmod.page_ranges([7, 1, 2, 3, 9, 10]) == "1-3, 7, 9-10"


def test_ocr_tidy_list_numbers():
    assert ocr.tidy("5, Hỗ trợ\nII, NHIỆM VỤ\n1.2, Sở Y tế\n2026, năm\nngày 5, Sở\n3, các\f") == \
        "5. Hỗ trợ\nII. NHIỆM VỤ\n1.2. Sở Y tế\n2026, năm\nngày 5, Sở\n3, các"


# -- refused, one line naming the file ----------------------------------------------------------
def refused(path: Path) -> str:
    with pytest.raises(IngestError) as e:
        read_source(path)
    msg = str(e.value)
    assert msg.startswith(str(path) + ":") and "\n" not in msg
    return msg


def test_not_a_pdf(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"just some bytes, not a PDF")
    assert "not a PDF file" in refused(f)


def test_damaged_pdf(tmp_path, files):
    data = files["pdf"].read_bytes()
    f = tmp_path / "truncated.pdf"
    f.write_bytes(data[: len(data) // 3])
    assert "not a readable PDF" in refused(f)
    g = tmp_path / "garbage.pdf"
    g.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    assert "not a readable PDF" in refused(g)


def test_password_protected_pdf_is_refused(tmp_path):
    f = pdfmake.text_pdf(tmp_path / "locked.pdf", owner_password="chu-so-huu", user_password="mat-khau")
    assert "encrypted PDF: it needs a password" in refused(f)


def test_permissions_only_encryption_is_read(tmp_path):
    # an owner password only restricts printing/copying; every viewer opens it: so does kehoach
    f = pdfmake.text_pdf(tmp_path / "protected.pdf", owner_password="chu-so-huu")
    assert list(read_source(f).lines) == pdfmake.text_lines()


def test_too_many_pages(tmp_path, monkeypatch):
    f = pdfmake.raw_pdf(tmp_path / "many.pdf", b"BT /F1 12 Tf 72 720 Td (Ke hoach so 1 trang) Tj ET", pages=12)
    monkeypatch.setattr(pdfmod, "MAX_PAGES", 10)
    assert "PDF has 12 pages; kehoach reads at most 10 pages" in refused(f)


def test_page_count_bomb(tmp_path):
    # 2,001 page objects in 400 kB, all sharing one content stream
    f = pdfmake.raw_pdf(tmp_path / "pages.pdf", b"BT /F1 12 Tf 72 720 Td (x) Tj ET", pages=pdfmod.MAX_PAGES + 1)
    assert "2,001 pages" in refused(f)


def test_decompression_bomb(tmp_path):
    # 20 MiB of content inflated from a 20 kB stream: refused before pdfminer inflates it
    content = b"BT /F1 12 Tf 72 720 Td (Ke hoach) Tj ET " + b" " * (20 * 2**20)
    f = pdfmake.raw_pdf(tmp_path / "bomb.pdf", content)
    assert f.stat().st_size < 100_000
    assert "inflates to more than 16 MiB" in refused(f)


def test_no_text_at_all(tmp_path):
    assert "contains no text" in refused(pdfmake.raw_pdf(tmp_path / "blank.pdf", b""))


def test_scanned_pdf_without_ocr_says_what_to_install(tmp_path, files, monkeypatch):
    f = pdfmake.image_pdf(tmp_path / "scan.pdf", files["pdf"], dpi=100)
    monkeypatch.setattr(ocr, "missing", lambda: "the tesseract program is not installed")
    msg = refused(f)
    assert "scanned PDF without a text layer: reading it needs OCR, but the tesseract program is not installed" in msg
    assert "kehoach[ocr]" in msg and "tesseract-ocr-vie" in msg


def test_ocr_reports_what_is_missing(monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_pytesseract(name, *args, **kwargs):
        if name == "pytesseract":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    ocr._engine.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_pytesseract)
    try:
        assert ocr.missing() == "the Python package pytesseract is not installed"
    finally:
        ocr._engine.cache_clear()


def test_scan_with_a_typed_stamp_is_still_a_scan(tmp_path, files, monkeypatch):
    """A page-size scanned image with one typed line over it (a portal's signature stamp) is read
    by OCR, not as a one-line page."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    doc = pdfium.PdfDocument(str(files["pdf"]))
    png = tmp_path / "page1.png"
    doc[0].render(scale=100 / 72, grayscale=True).to_pil().save(png)
    doc.close()
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", str(pdfmake.FONT))
    pdf.set_font("DejaVu", size=8)
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=210, h=297)
    pdf.text(20, 290, "Văn bản được ký số bởi Văn phòng Ủy ban nhân dân tỉnh, ngày 12/03/2026")
    f = tmp_path / "stamped_scan.pdf"
    pdf.output(str(f))
    monkeypatch.setattr(ocr, "missing", lambda: "the tesseract program is not installed")
    assert "scanned PDF without a text layer: reading it needs OCR" in refused(f)


def test_mixed_pdf_without_ocr_names_the_scanned_pages(tmp_path, files, monkeypatch):
    scan = pdfmake.image_pdf(tmp_path / "scan.pdf", files["pdf"], dpi=100)
    f = pdfmake.mixed_pdf(tmp_path / "mixed.pdf", files["pdf"], scan, (2,))
    monkeypatch.setattr(ocr, "missing", lambda: "the tesseract program is not installed")
    assert "page 2 of this PDF has no text layer (scanned): reading it needs OCR" in refused(f)

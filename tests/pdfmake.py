"""PDFs made by the tests themselves: a small invented plan (fictional content, written for these
tests) as a text-layer PDF (fpdf2 with DejaVu Sans, which has the Vietnamese glyphs) and as an
image-only PDF (the same pages rasterised and saved as pictures, as a scanner would), plus the
same plan as plain text: the lines exactly as the text layer gives them back.

Used by tests/test_pdf.py, tests/unit/test_pdf.py and bench/bench_ocr.py.
"""

from __future__ import annotations

import io
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# (left, right) is a two-column letterhead line; "" is an empty line. The text layer reads a
# two-column line as "left right" (one space), as pdftotext does.
PLAN: list[str | tuple[str, str]] = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TỈNH QUẢNG TRỊ", "Độc lập - Tự do - Hạnh phúc"),
    "",
    ("Số: 45/KH-UBND", "Quảng Trị, ngày 12 tháng 3 năm 2026"),
    "",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động về Cộng đồng Văn hóa - Xã hội ASEAN",
    "trên địa bàn tỉnh Quảng Trị năm 2026",
    "",
    "Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ",
    "phê duyệt Chương trình hành động thực hiện Kế hoạch chiến lược Cộng đồng",
    "Văn hóa - Xã hội ASEAN, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Xác định rõ nhiệm vụ, cơ quan chủ trì và cơ quan phối hợp trong năm 2026.",
    "2. Yêu cầu",
    "Các cơ quan chủ động bố trí nguồn lực, bảo đảm hoàn thành đúng thời hạn.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Tuyên truyền về Cộng đồng ASEAN trên các nền tảng số",
    "a) Nội dung thực hiện: Xây dựng các tin, bài, video ngắn về lợi ích của",
    "Cộng đồng ASEAN; đăng tải trên cổng thông tin điện tử của tỉnh.",
    "b) Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch",
    "c) Cơ quan phối hợp: Sở Khoa học và Công nghệ, Báo và Phát thanh,",
    "Truyền hình Quảng Trị",
    "d) Thời gian thực hiện: Hằng năm",
    "2. Nâng cao kỹ năng ngoại ngữ cho công chức làm công tác hội nhập",
    "a) Nội dung thực hiện: Mở lớp bồi dưỡng tiếng Anh giao tiếp cho công chức",
    "các sở, ngành; khuyến khích học trực tuyến.",
    "b) Cơ quan thực hiện: Sở Nội vụ",
    "c) Cơ quan phối hợp: Sở Giáo dục và Đào tạo, Sở Tài chính",
    "d) Thời gian thực hiện: Quý II - Quý IV năm 2026",
    "3. Bảo tồn và phát huy giá trị di sản văn hóa phi vật thể",
    "a) Nội dung thực hiện: Kiểm kê, số hóa các lễ hội truyền thống; giới thiệu",
    "tại các sự kiện du lịch có đối tác ASEAN tham dự.",
    "b) Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch",
    "c) Cơ quan phối hợp: Sở Nông nghiệp và Môi trường, UBND các xã, phường",
    "d) Thời gian thực hiện: Năm 2026",
    "4. Chăm sóc sức khỏe người cao tuổi tại cộng đồng",
    "a) Nội dung thực hiện: Lập hồ sơ theo dõi sức khỏe, tổ chức khám định kỳ",
    "tại trạm y tế xã, phường.",
    "b) Cơ quan thực hiện: Sở Y tế",
    "c) Cơ quan phối hợp: Sở Tài chính, UBND các xã, phường",
    "d) Thời gian thực hiện: Hằng năm",
    "5. Hỗ trợ thanh niên khởi nghiệp đổi mới sáng tạo",
    "a) Nội dung thực hiện: Tổ chức cuộc thi ý tưởng khởi nghiệp; kết nối",
    "thanh niên với các quỹ đầu tư trong khu vực.",
    "b) Cơ quan thực hiện: Sở Khoa học và Công nghệ",
    "c) Cơ quan phối hợp: Tỉnh đoàn, Sở Công Thương",
    "d) Thời gian thực hiện: Quý III năm 2026",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các sở, ban, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết;",
    "báo cáo kết quả thực hiện về Sở Ngoại vụ trước ngày 10 tháng 12 hằng năm",
    "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "",
    ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"),
    ("- Bộ Ngoại giao;", "KT. CHỦ TỊCH"),
    ("- Các sở, ban, ngành;", "PHÓ CHỦ TỊCH"),
    ("- Lưu: VT.", ""),
    ("", "Nguyễn Văn Minh"),
]

LEADS = {"1": "Sở Văn hóa, Thể thao và Du lịch", "2": "Sở Nội vụ", "3": "Sở Văn hóa, Thể thao và Du lịch",
         "4": "Sở Y tế", "5": "Sở Khoa học và Công nghệ"}

SIZE = 11          # points
LEADING = 6.0      # mm per line
PER_PAGE = 34      # lines per page: the plan runs over two pages


def text_lines(plan: list[str | tuple[str, str]] = PLAN) -> list[str]:
    """The plan as its text layer reads: a two-column line joined with a space."""
    return [" ".join(x for x in line if x) if isinstance(line, tuple) else line for line in plan]


def plan_text(plan: list[str | tuple[str, str]] = PLAN) -> str:
    return "\n".join(text_lines(plan)) + "\n"


def page_of_lines(plan: list[str | tuple[str, str]] = PLAN) -> list[tuple[int, int]]:
    """(page, line on page), 1-based, of each line of text_lines(), as text_pdf() lays them out."""
    return [(i // PER_PAGE + 1, i % PER_PAGE + 1) for i in range(len(plan))]


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_font("DejaVu", size=SIZE)
    return pdf


def text_pdf(path: Path, plan: list[str | tuple[str, str]] = PLAN, *, owner_password: str | None = None,
             user_password: str | None = None) -> Path:
    """A text-layer PDF: PER_PAGE lines a page, an empty line as an empty line's height."""
    pdf = _pdf()
    if owner_password:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    half = (pdf.w - 40) / 2
    for i, line in enumerate(plan):
        if i % PER_PAGE == 0:
            pdf.add_page()
            pdf.set_y(20)
        if isinstance(line, tuple):
            pdf.set_x(20)
            pdf.cell(half, LEADING, line[0], align="C")
            pdf.cell(half, LEADING, line[1], align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "B" if line.isupper() else "", SIZE)
            pdf.cell(0, LEADING, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", SIZE)
    pdf.output(str(path))
    return path


def table_pdf(path: Path) -> Path:
    """A plan whose tasks are a ruled table (cells wrapped over lines), as Word exports print them."""
    pdf = _pdf()
    pdf.add_page()
    for line in ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 46/KH-UBND", "Quảng Trị, ngày 14 tháng 3 năm 2026",
                 "", "KẾ HOẠCH", "Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ", "",
                 "II. PHÂN CÔNG NHIỆM VỤ"]:
        pdf.cell(0, LEADING, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=10)
    rows = [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"),
            ("1", "Tuyên truyền về Cộng đồng ASEAN trên các nền tảng số của tỉnh",
             "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ, Sở Nội vụ"),
            ("2", "Nâng cao kỹ năng ngoại ngữ cho công chức làm công tác hội nhập quốc tế",
             "Sở Nội vụ", "Sở Giáo dục và Đào tạo, Sở Tài chính"),
            ("3", "Khám sức khỏe định kỳ cho người cao tuổi tại trạm y tế xã, phường",
             "Sở Y tế", "UBND các xã, phường")]
    with pdf.table(col_widths=(10, 70, 45, 45), text_align="LEFT", first_row_as_headings=False) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.output(str(path))
    return path


def image_pdf(path: Path, source: Path, dpi: int = 300, *, noise: float = 0.0, angle: float = 0.0,
              blur: float = 0.0, jpeg: int | None = None) -> Path:
    """An image-only PDF of `source`: each page rasterised (greyscale), optionally degraded like a
    real scan (salt-and-pepper noise as a fraction of pixels, a small rotation in degrees, blur,
    JPEG compression at quality `jpeg`)."""
    import random

    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(str(source))
    images = []
    rnd = random.Random(7)
    for page in doc:
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if angle:
            img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        if noise:
            px = img.load()
            w, h = img.size
            for _ in range(int(w * h * noise)):
                px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 255))
        if jpeg:
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=jpeg)
            img = Image.open(io.BytesIO(buf.getvalue()))
        images.append(img)
    doc.close()
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    path.write_bytes(buf.getvalue())
    return path


def raw_pdf(path: Path, content: bytes, *, flate: bool = True, pages: int = 1) -> Path:
    """A minimal hand-written PDF: `pages` pages sharing one content stream (Flate-compressed when
    `flate`), Helvetica, a correct xref table. For damaged and hostile inputs (bombs)."""
    import zlib

    stream = zlib.compress(content, 9) if flate else content
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
            b"<< /Length " + str(len(stream)).encode() + (b" /Filter /FlateDecode" if flate else b"")
            + b" >>\nstream\n" + stream + b"\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
             b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def mixed_pdf(path: Path, text: Path, scan: Path, scanned_pages: tuple[int, ...]) -> Path:
    """Pages of `text`, except `scanned_pages` (1-based) taken from the image-only `scan`."""
    import pypdfium2 as pdfium

    t, s = pdfium.PdfDocument(str(text)), pdfium.PdfDocument(str(scan))
    out = pdfium.PdfDocument.new()
    for i in range(len(t)):
        out.import_pages(s if i + 1 in scanned_pages else t, [i])
    out.save(str(path))
    for d in (out, s, t):
        d.close()
    return path

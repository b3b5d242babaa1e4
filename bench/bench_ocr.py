"""OCR character accuracy on generated image-only PDFs (a figure to print, not a test).

The invented plan of tests/pdfmake.py is laid out as a text-layer PDF, rasterised into image-only
PDFs (clean at 300, 200 and 150 dpi, and degraded "scans" with skew, blur, salt-and-pepper noise and
JPEG compression), and read back through ingest/pdf.py, i.e. Tesseract with Vietnamese data.
For each it prints:

- character accuracy: 1 - Levenshtein distance / length of the truth, both NFC, white space
  folded to single spaces (line breaks and blank lines are layout, not characters);
- the same with diacritics removed (how much of the error is tone marks);
- whether the reader then finds the same number, date, implemented decision and task leads;
- seconds taken.

Usage: .venv/bin/python bench/bench_ocr.py   (needs tesseract-ocr and tesseract-ocr-vie)
"""

from __future__ import annotations

import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import pdfmake  # noqa: E402  (tests/pdfmake.py: the generated plan)

from ingest import ocr  # noqa: E402
from ingest.reader import read_document  # noqa: E402
from ingest.source import read_source  # noqa: E402


def norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def strip_marks(s: str) -> str:
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), O(len(a) * len(b))."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def accuracy(truth: str, got: str) -> float:
    return 1 - distance(truth, got) / max(len(truth), 1)


def facts(path: Path) -> tuple:
    d = read_document(path)
    return (d.meta.number, d.meta.date, tuple(c.number for c in d.citations if c.kind == "implements"),
            tuple((t.code, tuple(t.leads)) for t in d.tasks))


def main() -> int:
    why = ocr.missing()
    if why:
        print(f"OCR not available: {why}; {ocr.INSTALL_HINT}")
        return 1
    print(f"engine: {ocr.engine()}, rendering at {ocr.DPI} dpi")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        text_pdf = pdfmake.text_pdf(t / "plan.pdf")
        truth = norm(pdfmake.plan_text())
        expected = facts(text_pdf)
        variants: dict[str, dict] = {
            "clean, 300 dpi": {"dpi": 300},
            "clean, 200 dpi": {"dpi": 200},
            "clean, 150 dpi, JPEG quality 50": {"dpi": 150, "jpeg": 50},
            "scan-like: 200 dpi, 0.4° skew, blur, 0.2% noise":
                {"dpi": 200, "angle": 0.4, "blur": 0.6, "noise": 0.002},
            "worse: 150 dpi, 1° skew, blur, 0.5% noise, JPEG 50":
                {"dpi": 150, "angle": 1.0, "blur": 0.8, "noise": 0.005, "jpeg": 50},
        }
        print(f"truth: {len(truth)} characters (NFC, white space folded), {len(expected[3])} tasks")
        print(f"{'variant':50} {'char acc':>9} {'no marks':>9} {'facts':>6} {'seconds':>8}")
        for name, opts in variants.items():
            pdf = pdfmake.image_pdf(t / "scan.pdf", text_pdf, **opts)
            start = time.perf_counter()
            got = norm(read_source(pdf).text)
            secs = time.perf_counter() - start
            acc = accuracy(truth, got)
            acc0 = accuracy(strip_marks(truth), strip_marks(got))
            same = "same" if facts(pdf) == expected else "differ"
            print(f"{name:50} {acc:9.4f} {acc0:9.4f} {same:>6} {secs:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

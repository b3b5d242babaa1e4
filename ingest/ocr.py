"""OCR of scanned PDF pages: Tesseract with its Vietnamese model, an optional extra.

Needs the Python wrapper (`pip install 'kehoach[ocr]'`, i.e. pytesseract) and the engine with
Vietnamese language data (Debian: `apt-get install tesseract-ocr tesseract-ocr-vie`). Pages are
rasterised by PDFium (pypdfium2, installed with the PDF reader). Nothing here is imported unless
a PDF page has no text layer.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

LANG = "vie"
DPI = 300
MAX_PIXELS = 40_000_000     # a rendered page above this is rendered smaller (A4 at 300 dpi: 8.7 M)
PAGE_TIMEOUT = 180          # seconds of Tesseract per page
INSTALL_HINT = ("install the OCR extra: pip install 'kehoach[ocr]', and Tesseract with Vietnamese data: "
                "apt-get install tesseract-ocr tesseract-ocr-vie")


# OCR reads the full stop after a list number as a comma ("5, Hỗ trợ …" for "5. Hỗ trợ …"); at the
# start of a line, a number of at most three digits (or a dotted code) then a comma, a space and a
# capital letter is a list item in a typed plan, never a sentence
_ITEM_COMMA = re.compile(r"^(\s*(?:[IVX]+|\d{1,3})(?:\.\d{1,3})*),(\s+)(\w)", re.M)


class OcrError(Exception):
    """OCR cannot run here or failed; the message says why, on one line."""


@functools.lru_cache(maxsize=1)
def _engine() -> tuple[Any, str]:
    """(the pytesseract module, "tesseract 5.3.0 (vie)"), or OcrError naming what is missing."""
    try:
        import pytesseract
    except ImportError:
        raise OcrError("the Python package pytesseract is not installed") from None
    try:
        version = str(pytesseract.get_tesseract_version()).split()[0]
        langs = pytesseract.get_languages(config="")
    except pytesseract.TesseractNotFoundError:
        raise OcrError("the tesseract program is not installed") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise OcrError(f"tesseract does not run ({e.__class__.__name__})") from None
    if LANG not in langs:
        raise OcrError(f"tesseract has no Vietnamese language data ('{LANG}' missing; "
                             f"it has {', '.join(sorted(langs)) or 'none'})")
    return pytesseract, f"tesseract {version} ({LANG})"


def engine() -> str:
    """The engine and language as recorded in provenance; raises OcrError."""
    return _engine()[1]


def missing() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    try:
        _engine()
    except OcrError as e:
        return str(e)
    return None


def render(page: Any, dpi: int = DPI) -> Any:
    """A pypdfium2 page -> a greyscale PIL image at `dpi` (capped at MAX_PIXELS), despeckled with a
    3x3 median filter: scanner speckle otherwise comes back as stray punctuation (on the noisy
    bench variant 94% -> 99.9% of characters right; clean pages unchanged)."""
    from PIL import ImageFilter

    width, height = page.get_size()          # points (1/72 inch)
    scale = dpi / 72
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    return image.filter(ImageFilter.MedianFilter(3))


def ocr_image(image: Any) -> str:
    """Text of one page image, lines as Tesseract reads them (blank lines between blocks)."""
    pytesseract, _ = _engine()
    # Tesseract's OpenMP threads fight over a page on small machines: one thread is about twice as
    # fast here (2 cores: 5 s instead of 10 s for two A4 pages). A value set by the user wins.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        text = pytesseract.image_to_string(image, lang=LANG, timeout=PAGE_TIMEOUT)
    except RuntimeError as e:   # pytesseract raises RuntimeError on timeout
        raise OcrError(f"tesseract failed on a page ({e})") from None
    except pytesseract.TesseractError as e:
        raise OcrError(f"tesseract failed on a page ({e.message.strip()[:120]})") from None
    return tidy(str(text))


def tidy(text: str) -> str:
    """Undo OCR confusions that would change the structure the readers see (not the wording)."""
    def item(m: re.Match[str]) -> str:
        return f"{m[1]}.{m[2]}{m[3]}" if m[3].isupper() else m[0]

    return _ITEM_COMMA.sub(item, text.replace("\f", "")).rstrip()

"""Vietnamese text normalisation: NFC, matching keys, slugs, markup stripping.

The functions are pure and called tens of thousands of times per document (every agency name
candidate is keyed), so clean/key/fold are memoised.

Two kinds of normalisation live here and must not be confused:
- `clean()` produces text we store and show: NFC, markup removed, whitespace folded.
- `key()` produces a matching key only: tone placement unified ("hoá" = "hóa"), case folded,
  dashes and spacing unified. Keys are never shown to users.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Old-style tone placement ("hoá", "thuỷ") vs new style ("hóa", "thủy"): both are correct
# Vietnamese and both occur in official documents. Map the old style to the new one for keys.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng (combining)
_OLD_STYLE = re.compile(r"([oOuU])([aAeEyY])([" + _TONES + r"])(?![a-zA-Z\u00C0-\u1EF9])")

_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
_PUNCT = re.compile(r"\s*([,;:])\s*")
# a tag: no "<" inside ("<b<b<b..."), and its name never shares letters with what follows (a "<"
# then 100,000 letters and no ">" backtracked through every split: quadratic)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z]+)(?![a-zA-Z])[^<>]*>")
# the text inside is bounded (emphasis in real documents: under 300 characters): unbounded, every
# delimiter without a partner scanned to the end of the line, quadratic on a 100k-character line
_MD_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.{1,2000}?)(?<=\S)\1")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_BR = re.compile(r"<\s*br\s*/?\s*>", re.I)
_END_P = re.compile(r"<\s*/\s*p\s*>", re.I)
# what markup needs: a tag "<", an entity "&", emphasis "*" or "_" (most table cells have none)
_MARKUP = re.compile(r"[<&*_]")


def strip_markup(s: str) -> str:
    """Remove HTML tags (keeping line breaks from <br>/<p>), markdown emphasis and entities."""
    if not _MARKUP.search(s):
        return s
    if "<" in s:
        s = _BR.sub("\n", s)
        s = _END_P.sub("\n", s)
        s = _TAG.sub("", s)
    s = html.unescape(s)
    prev = None
    while prev != s:
        prev = s
        s = _MD_EMPH.sub(r"\2", s)
    return s.replace("**", "")


@lru_cache(maxsize=1 << 16)
def clean(s: str) -> str:
    """Displayable text: NFC, markup stripped, whitespace folded, outer spaces trimmed."""
    # (str.split splits at Unicode white space, what \s+ matches: the same runs, without a regex)
    return " ".join(strip_markup(nfc(s)).split())


def tail_start(text: str, end: int, visible: int = 32) -> int:
    """Where the stretch of `text` before `end` holding its last `visible` characters other than white
    space begins. A pattern anchored at `end` ("…\\s*$") whose matches hold fewer of them than that is
    searched there (pattern.search(text, tail_start(text, end), end)) with the same answer as in the
    whole text, its lookbehinds still seeing the characters before: not a scan of the whole text,
    quadratic when asked once per citation or per line of a paragraph."""
    i, n = end, 0
    while i > 0 and n < visible:
        i -= 1
        if not text[i].isspace():
            n += 1
    return i


# the letters a, e, y carrying one tone mark and nothing else, composed (NFC): in a composed text,
# old-style placement can only be a plain o/u followed by one of them ("hoá", "thuỷ")
_TONED_AEY = "".join(c for c in map(chr, range(0xC0, 0x1EFA))
                     if len(d := unicodedata.normalize("NFD", c)) == 2 and d[0] in "aAeEyY" and d[1] in _TONES)
_MAYBE_OLD_STYLE = re.compile(r"[oOuU][" + _TONED_AEY + "]")


def unify_tones(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    if not _MAYBE_OLD_STYLE.search(s):
        return s                # (no decomposing and composing again: most keys, ~2 µs each)
    d = unicodedata.normalize("NFD", s)
    d = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), d)
    return unicodedata.normalize("NFC", d)


@lru_cache(maxsize=1 << 16)
def key(s: str) -> str:
    """Matching key: tone placement unified, case folded, dashes/space folded, outer punctuation
    dropped. "Sở Văn hoá, Thể thao  và Du lịch." -> "sở văn hóa, thể thao và du lịch"."""
    s = clean(s)
    s = unify_tones(s).casefold()
    s = s.replace("&", " và ")
    s = _DASHES.sub("-", s)
    if "," in s or ";" in s or ":" in s:
        s = _PUNCT.sub(r"\1 ", s)
    return " ".join(s.split()).strip(" .;,:")


class _Bases(dict[int, str]):
    """Code point -> the character without its combining marks (NFD, marks dropped), filled as
    characters are met. Decomposition is per character and only marks are reordered, so mapping
    a text character by character gives what decomposing it whole and dropping its marks gives."""

    def __missing__(self, code: int) -> str:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        self[code] = base
        return base


_BASES = _Bases()


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Key without diacritics, for diacritics-insensitive search ("Đồng Tháp" -> "dong thap")."""
    return key(s).replace("đ", "d").translate(_BASES)


def slug(s: str) -> str:
    """ASCII slug for IRIs: "Sở Văn hóa, Thể thao và Du lịch" -> "so-van-hoa-the-thao-va-du-lich"."""
    f = fold(s)
    f = re.sub(r"[^a-z0-9]+", "-", f).strip("-")
    return f or "x"


def first_upper(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def in_capitals(s: str, least: int) -> bool:
    """Whether `s` is written in capitals: at least `least` letters, every one upper case (digits and
    signs aside): a title's line, not prose."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)

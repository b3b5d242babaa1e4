"""Fuzz harness for the ingest path (issue 10.18). A script, not a test (tests/test_fuzz.py runs a
few hundred of its cases).

    .venv/bin/python bench/fuzz.py --cases 10000 --seed 1 --time-limit 10 --jobs 2

Each case takes one real document (../shared/seeds/*.txt, ../shared/layouts/*.txt, read at run
time and never stored here), mutates it with one kind of damage (byte flips, cuts, shuffled lines,
pipes and tabs removed or doubled, other encodings, control characters and ANSI escapes, NUL bytes,
huge lines, huge numbers of lines, deep enumerations, random Vietnamese text, ...) and reads it the
way `kehoach ingest` does (pipeline.check_input, reader.read_document, rdf.build_document with the
gazetteer) in a worker process. One case in --cli-every also goes through the CLI in-process
(click's CliRunner): ingest into a temporary store, stats, query tasks, audit --fail-on never.

Acceptable: the document is read, or a KehoachError whose message names the file. Failures: any
other exception (a "traceback"), an error that does not name the file, a case running longer than
--time-limit CPU seconds (plus --time-per-mb for each MB of input: parsing is linear, so a
bigger file may take longer, but not more than that; a "hang": the worker is killed, as it is when a
case runs five times the limit on the clock), memory growing by more than --mem-limit MB during
one case, a worker dying, raw control characters in what the CLI prints.

Cases are deterministic: case i of seed s is the same on every run, whatever --jobs. The report
gives outcome counts per kind of mutation, every distinct failure with a minimised reproducer
saved under --out (a temporary directory by default, printed), the slowest cases and peak memory.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing as mp
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))

# outcomes: the first two are acceptable, the others are failures
OK, ERROR = "ok", "error"
TRACEBACK, UNNAMED, HANG, MEMORY, CRASH, CONTROL = "traceback", "unnamed", "hang", "memory", "crash", "control"
OUTCOMES = (OK, ERROR, TRACEBACK, UNNAMED, HANG, MEMORY, CRASH, CONTROL)
FAILURES = frozenset(OUTCOMES[2:])


# -- the corpus -------------------------------------------------------------------------------------
def load_corpus(shared: Path = SHARED) -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed and layout opening, read now (their text is never copied here)."""
    files = sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "layouts").glob("*.txt"))
    return [(f"{p.parent.name}/{p.name}", p.read_bytes()) for p in files]


# -- mutations --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    index: int
    kind: str
    source: str
    suffix: str
    data: bytes
    detail: str
    cli: bool = False


@dataclass
class Mut:
    data: bytes
    detail: str
    suffix: str | None = None


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _insert(rng: random.Random, text: str, piece: str) -> str:
    i = rng.randrange(len(text) + 1)
    return text[:i] + piece + text[i:]


def _lines(data: bytes) -> list[str]:
    return _text(data).split("\n")


def m_byte_flip(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    b = bytearray(data)
    n = rng.choice([1, 1, 2, 5, 20, 100])
    for _ in range(n):
        i = rng.randrange(len(b))
        if rng.random() < 0.5:
            b[i] ^= 1 << rng.randrange(8)
        else:
            b[i] = rng.randrange(256)
    return Mut(bytes(b), f"{n} bytes")


def m_cut(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    how = rng.choice(["end", "end", "start", "range", "dup"])
    i, j = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    if how == "end":                          # anywhere, mid-UTF-8 sequence included
        return Mut(data[:i], f"truncated at byte {i}")
    if how == "start":
        return Mut(data[i:], f"first {i} bytes cut")
    if how == "range":
        return Mut(data[:i] + data[j:], f"bytes {i}-{j} cut")
    k = rng.randrange(len(data) + 1)
    return Mut(data[:k] + data[i:j] + data[k:], f"bytes {i}-{j} copied to {k}")


def m_line_shuffle(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    lines = _lines(data)
    how = rng.choice(["all", "window", "reverse", "swap"])
    if how == "all":
        rng.shuffle(lines)
    elif how == "window":
        i = rng.randrange(len(lines))
        w = lines[i:i + rng.randint(2, 20)]
        rng.shuffle(w)
        lines[i:i + len(w)] = w
    elif how == "reverse":
        lines.reverse()
    else:
        i, j = sorted(rng.randrange(len(lines)) for _ in range(2))
        lines = lines[j:] + lines[i:j] + lines[:i]
    return Mut(_bytes("\n".join(lines)), how)


def m_drop_pipes(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    p = rng.choice([1.0, 0.5, 0.1])
    text = "".join(c for c in _text(data) if c != "|" or rng.random() >= p)
    return Mut(_bytes(text), f"{p:.0%} of pipes removed")


def m_drop_tabs(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = _text(data)
    how = rng.choice(["removed", "to spaces", "spaces to tabs", "tabs to pipes"])
    if how == "removed":
        text = text.replace("\t", "")
    elif how == "to spaces":
        text = text.replace("\t", " " * rng.randint(1, 8))
    elif how == "spaces to tabs":
        text = re.sub(r" {2,}| (?=\d)", "\t", text)
    else:
        text = text.replace("\t", " | ")
    return Mut(_bytes(text), f"tabs {how}")


def m_double_pipes(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = _text(data)
    how = rng.choice(["||", "| |", "|||", "random"])
    if how == "random":
        text = "".join(c * rng.randint(1, 3) if c == "|" else c for c in text)
    else:
        text = text.replace("|", how)
    return Mut(_bytes(text), f"pipes -> {how}")


def m_reencode(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = data.decode("utf-8", "replace")
    enc = rng.choice(["cp1258", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "utf-8-sig",
                      "double bom", "bom inside", "half cp1258", "mojibake", "cp1252"])
    if enc == "cp1258":
        out = unicodedata.normalize("NFD", text).encode("cp1258", "replace")
    elif enc in ("latin-1", "cp1252"):
        out = text.encode(enc, "replace")
    elif enc == "double bom":
        out = b"\xef\xbb\xbf\xef\xbb\xbf" + data
    elif enc == "bom inside":
        lines = data.split(b"\n")
        i = rng.randrange(len(lines))
        lines[i] = b"\xef\xbb\xbf" + lines[i]
        out = b"\n".join(lines)
    elif enc == "half cp1258":
        half = len(text) // 2
        out = text[:half].encode() + unicodedata.normalize("NFD", text[half:]).encode("cp1258", "replace")
    elif enc == "mojibake":
        out = data.decode("latin-1").encode("utf-8")
    else:
        out = text.encode(enc)
    return Mut(out, enc)


_C0 = [chr(i) for i in range(32) if chr(i) not in "\n"] + ["\x7f"]
_C1 = [chr(i) for i in range(0x80, 0xA0)]


def m_control_chars(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = _text(data)
    n = rng.choice([1, 3, 10, 30, 200])
    for _ in range(n):
        text = _insert(rng, text, rng.choice(_C0 + _C1))
    return Mut(_bytes(text), f"{n} control characters")


_ANSI = ["\x1b[31m", "\x1b[0m", "\x1b[1;32;40m", "\x1b[2J\x1b[H", "\x1b[10A", "\x1b[?25l", "\x1b]0;title\x07",
         "\x1b]8;;http://example.invalid/\x1b\\link\x1b]8;;\x1b\\", "\x9b31m", "\x1bc", "\x1b[38;5;196m",
         "\x1b]52;c;aGVsbG8=\x07", "\x1bP+q\x1b\\", "\x1b[", "\x1b]", "\x07", "\x1b[6n", "\x1b[999999999999C"]


def m_ansi(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = _text(data)
    n = rng.choice([1, 2, 5, 10, 40])
    lines = text.split("\n")
    for _ in range(n):
        i = rng.randrange(len(lines))
        lines[i] = _insert(rng, lines[i], rng.choice(_ANSI))
    return Mut(_bytes("\n".join(lines)), f"{n} escape sequences")


def m_nul(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    how = rng.choice(["one", "many", "end", "start", "interleaved"])
    b = bytearray(data)
    if how == "one":
        b.insert(rng.randrange(len(b) + 1), 0)
    elif how == "many":
        for _ in range(rng.randint(2, 50)):
            b.insert(rng.randrange(len(b) + 1), 0)
    elif how == "end":
        b += b"\x00" * rng.randint(1, 4096)
    elif how == "start":
        b[0:0] = b"\x00" * rng.randint(1, 8)
    else:
        i = rng.randrange(len(b))
        b[i:i + 200] = bytes(x for c in b[i:i + 200] for x in (c, 0))
    return Mut(bytes(b), how)


def _words(rng: random.Random, n: int) -> str:
    return " ".join(viet_word(rng) for _ in range(n))


def m_huge_line(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    n = rng.choice([20_000, 100_000, 200_000])
    how = rng.choice(["pipe row", "pipes", "one word", "words", "code", "cell", "tabs", "spaces", "dashes"])
    if how == "pipe row":
        line = "| " + " | ".join(_words(rng, 2) for _ in range(n // 12)) + " |"
    elif how == "pipes":
        line = "|" * n
    elif how == "one word":
        line = "a" * n
    elif how == "words":
        line = _words(rng, n // 6)
    elif how == "code":
        line = ".".join(str(rng.randint(1, 9)) for _ in range(n // 2)) + ". Nhiệm vụ"
    elif how == "cell":
        line = "| 1 | " + _words(rng, n // 6) + " | Sở Nội vụ | |"
    elif how == "tabs":
        line = "\t".join(_words(rng, 1) for _ in range(n // 6))
    elif how == "spaces":
        line = "x" + " " * n + "y"
    else:
        line = "-" * n
    lines = _lines(data)
    i = rng.choice([0, len(lines), rng.randrange(len(lines) + 1)])
    lines.insert(i, line[:n + 100])
    return Mut(_bytes("\n".join(lines)), f"{how}, {len(line)} chars at line {i + 1}")


def m_many_lines(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    lines = _lines(data)
    target = rng.choice([1_000, 3_000, 10_000, 30_000])
    how = rng.choice(["empty", "repeat line", "repeat block", "pipe rows", "items", "whole"])
    if how == "empty":
        extra = [""] * target
    elif how == "repeat line":
        extra = [rng.choice(lines)] * target
    elif how == "repeat block":
        i = rng.randrange(len(lines))
        block = lines[i:i + rng.randint(1, 30)]
        extra = (block * (target // len(block) + 1))[:target]
    elif how == "pipe rows":
        extra = [f"| {k} | {_words(rng, 4)} | Sở Nội vụ | Sở Tài chính |" for k in range(target // 10)] * 10
    elif how == "items":
        extra = [f"{k}. {_words(rng, 5)}" for k in range(1, target + 1)]
    else:
        extra = lines * (target // max(len(lines), 1) + 1)
    budget = 2**18                      # 256 KB of extra lines at most (30,000 short ones)
    out, size = [], 0
    for line in extra:
        size += len(line) + 1
        if size > budget:
            break
        out.append(line)
    i = rng.randrange(len(lines) + 1)
    lines[i:i] = out
    return Mut(_bytes("\n".join(lines)), f"{how}: {len(out)} lines at line {i + 1}")


def m_deep_nesting(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    depth = rng.choice([20, 100, 300, 1000])
    how = rng.choice(["codes", "indent bullets", "headings", "parens", "emphasis", "tags", "quotes", "mixed"])
    bullets = ["-", "+", "*", "•", "a)", "(1)", "I.", "1.", "i)", "–"]
    if how == "codes":
        block = [".".join(["1"] * d) + ". " + _words(rng, 4) for d in range(1, min(depth, 300) + 1)]
    elif how == "indent bullets":
        block = [" " * d + bullets[d % len(bullets)] + " " + _words(rng, 3) for d in range(depth)]
    elif how == "headings":
        block = ["#" * d + " " + _words(rng, 3) for d in range(1, depth + 1)]
    elif how == "parens":
        block = ["(" * depth + _words(rng, 3) + ")" * depth]
    elif how == "emphasis":
        block = ["*" * depth + _words(rng, 3) + "*" * depth, "_" * depth + "x" + "_" * depth]
    elif how == "tags":
        block = ["<b>" * depth + _words(rng, 3) + "</b>" * depth, "<" * depth + ">" * depth]
    elif how == "quotes":
        block = [">" * d + " " + _words(rng, 3) for d in range(1, min(depth, 300))]
    else:
        block = [rng.choice(bullets) * rng.randint(1, 5) + " " + ".".join(str(rng.randint(1, 99))
                 for _ in range(rng.randint(1, 60))) + " " + _words(rng, 5) for _ in range(depth)]
    lines = _lines(data)
    i = rng.randrange(len(lines) + 1)
    lines[i:i] = block
    return Mut(_bytes("\n".join(lines)), f"{how}, depth {depth}")


# Random Vietnamese: syllables from onsets, vowels with tones and codas, plus the words that steer
# the extractors (document types, agencies, roles, enumerations). Invented text, no document's.
_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "qu",
           "r", "s", "t", "th", "tr", "v", "x"]
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "oa", "oi", "ươ", "uô", "iê",
           "ưa", "uy", "ây", "ơi"]
_CODAS = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
_TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
_STEER = ["KẾ HOẠCH", "QUYẾT ĐỊNH", "Số:", "/KH-UBND", "/QĐ-TTg", "ngày", "tháng", "năm", "Thực hiện", "Căn cứ",
          "Sở Nội vụ", "Sở Y tế", "Ủy ban nhân dân", "UBND tỉnh", "chủ trì", "phối hợp", "các sở, ban, ngành",
          "Nhiệm vụ", "I.", "1.", "1.1.", "a)", "-", "|", "Phòng Văn hóa - Xã hội", "Bộ Tài chính", "giai đoạn",
          "2026 - 2030", "TỔ CHỨC THỰC HIỆN", "MỤC ĐÍCH, YÊU CẦU", "Điều 1.", "Nơi nhận:", "CHỦ TỊCH", "Đề án"]


def viet_word(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(_STEER)
    v = rng.choice(_VOWELS)
    tone = rng.choice(_TONES)
    k = len(v) - 1 if len(v) > 1 and rng.random() < 0.5 else 0
    syl = rng.choice(_ONSETS) + v[:k + 1] + tone + v[k + 1:] + rng.choice(_CODAS)
    syl = unicodedata.normalize("NFC" if rng.random() < 0.95 else "NFD", syl)
    return syl.upper() if rng.random() < 0.05 else syl


def viet_line(rng: random.Random) -> str:
    start = rng.choice(["", "", "", "- ", "+ ", "a) ", f"{rng.randint(1, 12)}. ",
                        f"{rng.randint(1, 9)}.{rng.randint(1, 9)}. ", "## ", "### ", "| ", "**"])
    line = start + _words(rng, rng.randint(1, 30))
    if start == "| ":
        line = "| " + " | ".join(_words(rng, rng.randint(1, 6)) for _ in range(rng.randint(2, 6))) + " |"
    return line


def m_viet_text(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    lines = _lines(data)
    how = rng.choice(["whole document", "lines replaced", "lines inserted", "words replaced"])
    if how == "whole document":
        lines = [viet_line(rng) for _ in range(rng.randint(1, 400))]
    elif how == "lines replaced":
        for _ in range(rng.randint(1, max(1, len(lines) // 2))):
            lines[rng.randrange(len(lines))] = viet_line(rng)
    elif how == "lines inserted":
        for _ in range(rng.randint(1, 200)):
            lines.insert(rng.randrange(len(lines) + 1), viet_line(rng))
    else:
        text = "\n".join(lines)
        words = re.split(r"( )", text)
        for _ in range(rng.randint(1, max(1, len(words) // 4))):
            i = rng.randrange(len(words))
            if words[i] != " ":
                words[i] = viet_word(rng)
        lines = "".join(words).split("\n")
    return Mut(_bytes("\n".join(lines)), how)


def m_numbers(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = _text(data)
    how = rng.choice(["digits", "dates", "huge", "zero", "years"])
    if how == "dates":
        text = re.sub(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", lambda m: rng.choice(
            ["31/02/2026", "00/00/0000", "99/99/99999", "29/02/2025", "1/13/2026", "32/1/2026", "0/0/0",
             "15/6/1", "31/12/9999", "1/1/10000"]), text)
        text = re.sub(r"ngày (\d+) tháng (\d+) năm (\d+)", lambda m: rng.choice(
            ["ngày 31 tháng 2 năm 2026", "ngày 0 tháng 0 năm 0", "ngày 99 tháng 99 năm 99999",
             "ngày 1 tháng 1 năm 123456789012345678901234567890"]), text)
    elif how == "huge":
        text = re.sub(r"\d+", lambda m: "9" * rng.choice([20, 400, 5000]) if rng.random() < 0.2 else m.group(), text)
    elif how == "zero":
        text = re.sub(r"\d", "0", text)
    elif how == "years":
        text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.choice([0, 1, 999, 10000, 99999, 1900, 2100])), text)
    else:
        text = re.sub(r"\d", lambda m: str(rng.randrange(10)), text)
    return Mut(_bytes(text), how)


_ODD = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u2028", "\u2029", "\u0085", "\u00ad", "\u0301",
        "\u0323\u0323\u0323", "\uff11", "\U0001f600", "\ufffd", "\u00a0", "\u3000", "\u0110", "\u01af"]


def m_unicode(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    text = _text(data)
    how = rng.choice(["nfd", "odd characters", "invalid sequences", "no diacritics", "upper", "odd at line starts"])
    if how == "nfd":
        return Mut(_bytes(unicodedata.normalize("NFD", text)), how)
    if how == "odd characters":
        for _ in range(rng.choice([1, 10, 100])):
            text = _insert(rng, text, rng.choice(_ODD))
        return Mut(_bytes(text), how)
    if how == "invalid sequences":
        b = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            bad = rng.choice([b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xe0\x80", b"\xff", b"\xc3"])
            i = rng.randrange(len(b) + 1)
            b[i:i] = bad
        return Mut(bytes(b), how)
    if how == "no diacritics":
        d = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
        return Mut(_bytes("".join(c for c in d if not unicodedata.combining(c))), how)
    if how == "upper":
        return Mut(_bytes(text.upper()), how)
    lines = text.split("\n")
    for _ in range(rng.randint(1, 20)):
        i = rng.randrange(len(lines))
        lines[i] = rng.choice(_ODD) + lines[i]
    return Mut(_bytes("\n".join(lines)), how)


def m_line_ends(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    how = rng.choice(["crlf", "cr", "literal \\r\\n", "mixed", "form feeds", "vertical tabs", "none"])
    if how == "crlf":
        return Mut(data.replace(b"\n", b"\r\n"), how)
    if how == "cr":
        return Mut(data.replace(b"\n", b"\r"), how)
    if how == "literal \\r\\n":
        return Mut(data.replace(b"\n", b"\\r\\n"), how)
    if how == "mixed":
        return Mut(bytes(x for c in data for x in ((rng.choice([b"\n", b"\r\n", b"\r", b"\n\r"])) if c == 10 else
                                                    bytes([c]))), how)
    if how == "form feeds":
        return Mut(data.replace(b"\n", b"\n\x0c", rng.randint(1, 30)), how)
    if how == "vertical tabs":
        return Mut(data.replace(b"\n", b"\x0b", rng.randint(1, 30)), how)
    return Mut(data.replace(b"\n", b" "), how)


def m_magic(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    how = rng.choice(["%PDF-", "PK zip", ".docx suffix", ".pdf suffix", "html", "rtf", ".md suffix", ".tsv suffix",
                      "gzip"])
    if how == "%PDF-":
        return Mut(b"%PDF-1.7\n" + data, how)
    if how == "PK zip":
        return Mut(b"PK\x03\x04" + data, how)
    if how == ".docx suffix":
        return Mut(data, how, ".docx")
    if how == ".pdf suffix":
        return Mut(data, how, ".pdf")
    if how == "html":
        return Mut(b"<!DOCTYPE html><html><body><pre>" + data + b"</pre></body></html>", how, ".md")
    if how == "rtf":
        return Mut(b"{\\rtf1\\ansi " + data + b"}", how)
    if how == ".md suffix":
        return Mut(data, how, ".md")
    if how == ".tsv suffix":
        return Mut(data, how, ".tsv")
    import gzip
    return Mut(gzip.compress(data, mtime=0), how)


def m_splice(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    other_name, other = rng.choice(corpus)
    i, j = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    return Mut(data[:i] + other[j:], f"with {other_name} at bytes {i}/{j}")


BASIC: dict[str, Callable[[random.Random, bytes, list[tuple[str, bytes]]], Mut]] = {
    "byte_flip": m_byte_flip, "cut": m_cut, "line_shuffle": m_line_shuffle, "drop_pipes": m_drop_pipes,
    "drop_tabs": m_drop_tabs, "double_pipes": m_double_pipes, "reencode": m_reencode,
    "control_chars": m_control_chars, "ansi": m_ansi, "nul": m_nul, "huge_line": m_huge_line,
    "many_lines": m_many_lines, "deep_nesting": m_deep_nesting, "viet_text": m_viet_text, "numbers": m_numbers,
    "unicode": m_unicode, "line_ends": m_line_ends, "magic": m_magic, "splice": m_splice,
}
_LIGHT = [k for k in BASIC if k not in ("many_lines", "huge_line", "magic")]


def m_stack(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    names = [rng.choice(_LIGHT) for _ in range(rng.randint(2, 4))]
    suffix = None
    for n in names:
        if not data:
            break
        m = BASIC[n](rng, data, corpus)
        data, suffix = m.data, m.suffix or suffix
    return Mut(data, "+".join(names), suffix)


def _docx_from_text(text: str) -> bytes:
    """The text as a Word file: '#' lines as headings, runs of pipe rows as tables, the rest paragraphs."""
    import io

    import docx
    d = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=width)
            for r, cells in zip(t.rows, rows):
                for cell, value in zip(r.cells, cells):
                    cell.text = value
            rows.clear()

    for line in text.split("\n")[:400]:
        line = _XML_BAD.sub("", line)
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")][:12])
            continue
        flush()
        if line.startswith("#"):
            d.add_heading(line.lstrip("#").strip() or "x", level=min(line.count("#", 0, 6), 6) or 1)
        else:
            d.add_paragraph(line)
    flush()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BOMB = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
         + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>")


def _rezip(data: bytes, edit: Callable[[str, bytes], bytes]) -> bytes:
    import io
    import zipfile
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, edit(info.filename, src.read(info)))
    return out.getvalue()


def m_docx(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    """A Word file made from the document, then damaged: its zip, its XML, its styles, its tables."""
    package = _docx_from_text(data.decode("utf-8", "replace"))
    how = rng.choice(["intact", "zip bytes", "cut", "xml bytes", "xml cut", "control in text", "entities",
                      "huge text", "style names", "grid spans", "nested tables", "no body"])
    if how == "zip bytes":
        b = bytearray(package)
        for _ in range(rng.choice([1, 5, 50])):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return Mut(bytes(b), how, ".docx")
    if how == "cut":
        return Mut(package[:rng.randrange(len(package))], how, ".docx")

    def edit(name: str, xml: bytes) -> bytes:
        if how == "style names" and name == "word/styles.xml":
            return re.sub(rb'w:name w:val="heading (\d)"', lambda m: rng.choice(
                [b'w:name w:val="heading \xc2\xb2"', b'w:name w:val="heading 99999999999999999999"',
                 b'w:name w:val="heading"', b'w:name w:val=""', b'w:name w:val="List \xe2\x91\xa0"']), xml)
        if name != "word/document.xml":
            return xml
        if how == "xml bytes":
            b = bytearray(xml)
            for _ in range(rng.choice([1, 3, 20])):
                b[rng.randrange(len(b))] = rng.choice(b"<>/&\"'=x\x00\x01 ")
            return bytes(b)
        if how == "xml cut":
            return xml[:rng.randrange(len(xml))]
        if how == "control in text":
            return xml.replace(b"<w:t>", b"<w:t>&#x1b;[31m&#7;", rng.randint(1, 20))
        if how == "entities":
            return _BOMB.encode() + xml.split(b"?>", 1)[-1].replace(b"<w:t>", b"<w:t>&i;", 3)
        if how == "huge text":
            return xml.replace(b"<w:t>", b"<w:t>" + b"a" * rng.choice([10**5, 10**6, 5 * 10**6]), 1)
        if how == "grid spans":
            return xml.replace(b"<w:tcPr>", rng.choice([b'<w:tcPr><w:gridSpan w:val="999"/>',
                                                        b'<w:tcPr><w:gridSpan w:val="0"/>',
                                                        b'<w:tcPr><w:gridSpan w:val="-3"/>',
                                                        b'<w:tcPr><w:vMerge/><w:gridSpan w:val="x"/>']), 3)
        if how == "nested tables":
            depth = rng.choice([5, 50, 300])
            nest = (b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
                    + b"</w:tc></w:tr></w:tbl>" * depth)
            return xml.replace(b"<w:body>", b"<w:body>" + nest, 1)
        if how == "no body":
            return re.sub(rb"<w:body>.*</w:body>", b"", xml, flags=re.S)
        return xml

    return Mut(_rezip(package, edit), how, ".docx")


def m_pdf(rng: random.Random, data: bytes, corpus: list[tuple[str, bytes]]) -> Mut:
    """A text-layer PDF made from the first lines of the document (fpdf2, DejaVu Sans), then damaged."""
    from fpdf import FPDF
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf = FPDF()
    pdf.set_compression(rng.random() < 0.5)
    pdf.add_page()
    if font.is_file():
        pdf.add_font("dv", fname=str(font))
        pdf.set_font("dv", size=10)
    else:
        pdf.set_font("helvetica", size=10)
    for line in data.decode("utf-8", "replace").split("\n")[:rng.choice([10, 60])]:
        line = _XML_BAD.sub("", line)[:90] if font.is_file() else line.encode("latin-1", "replace").decode("latin-1")
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    package = bytes(pdf.output())
    how = rng.choice(["intact", "bytes", "cut", "streams", "xref", "objects"])
    if how == "bytes":
        b = bytearray(package)
        for _ in range(rng.choice([1, 10, 100])):
            b[rng.randrange(len(b))] = rng.randrange(256)
        package = bytes(b)
    elif how == "cut":
        package = package[:rng.randrange(9, len(package))]
    elif how == "streams":
        package = re.sub(rb"stream\r?\n(.{0,40})",
                         lambda m: b"stream\n" + bytes(rng.randrange(256) for _ in m.group(1)), package, flags=re.S)
    elif how == "xref":
        package = re.sub(rb"startxref\s+\d+", b"startxref\n" + str(rng.randrange(10**9)).encode(), package)
    elif how == "objects":
        package = re.sub(rb"/Length \d+", lambda m: b"/Length " + str(rng.choice([0, 1, 10**9])).encode(), package)
    return Mut(package, how, ".pdf")


MUTATIONS = {**BASIC, "stack": m_stack}
KINDS = tuple(MUTATIONS)
# made as Word and PDF files (slower; not in the default run): --kinds docx,pdf or --kinds all
EXTRA = {"docx": m_docx, "pdf": m_pdf}
MUTATIONS.update(EXTRA)


def make_case(corpus: list[tuple[str, bytes]], seed: int, index: int, cli_every: int = 0,
              kinds: tuple[str, ...] = KINDS) -> Case:
    """Case `index` of run `seed`: the same bytes on every run and in every process."""
    rng = random.Random(f"kehoach-fuzz/{seed}/{index}")
    kind = kinds[index % len(kinds)]
    source, data = rng.choice(corpus)
    m = MUTATIONS[kind](rng, data, corpus) if data else Mut(data, "empty source")
    suffix = m.suffix or rng.choice([".txt"] * 6 + [".md", ".tsv"])
    cli = bool(cli_every) and index % cli_every == cli_every - 1
    return Case(index, kind, source, suffix, m.data, m.detail, cli)


def cases(corpus: list[tuple[str, bytes]], seed: int, n: int, cli_every: int = 0,
          kinds: tuple[str, ...] = KINDS) -> Iterator[Case]:
    for i in range(n):
        yield make_case(corpus, seed, i, cli_every, kinds)


# -- the worker: runs cases in its own process ------------------------------------------------------
def _status(field_: str) -> int:
    """A /proc/self/status figure in KiB (0 where /proc is missing)."""
    try:
        m = re.search(rf"^{field_}:\s+(\d+)", Path("/proc/self/status").read_text(), re.M)
    except OSError:
        return 0
    return int(m.group(1)) if m else 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")      # resets VmHWM (Linux >= 4.0)
    except OSError:
        return False
    return True


def _signature(exc: BaseException) -> str:
    """Exception type and the innermost frame in the project's code: one per distinct failure."""
    where = "?"
    for fs in traceback.extract_tb(exc.__traceback__):
        f = Path(fs.filename)
        if f.is_relative_to(ROOT) and f.relative_to(ROOT).parts[0] in ("ingest", "kehoach"):
            where = f"{f.relative_to(ROOT)}:{fs.lineno} in {fs.name}"
    return f"{type(exc).__name__} at {where}"


_CONTROL_OUT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Runner:
    """What a worker does with one case: read it as `kehoach ingest` does, optionally through the CLI."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT))
        from ingest.agencies import Gazetteer
        self.gazetteer = Gazetteer.load()
        self.tmp = Path(tempfile.mkdtemp(prefix="kehoach-fuzz-w"))

    def run(self, name: str, data: bytes, cli: bool) -> dict[str, Any]:
        path = self.tmp / name
        path.write_bytes(data)
        rss0 = _status("VmRSS")
        exact = _reset_peak()
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            res = self.ingest(path)
            if cli and res["outcome"] in (OK, ERROR):
                cli_res = self.cli(path)
                if cli_res:
                    res.update(cli_res)
        finally:
            path.unlink(missing_ok=True)
        res["wall"] = time.perf_counter() - t0
        res["elapsed"] = time.process_time() - c0           # CPU seconds: other load on the machine aside
        res["hwm_kib"] = _status("VmHWM")
        res["growth_kib"] = max(0, res["hwm_kib"] - rss0) if exact else 0
        return res

    def ingest(self, path: Path) -> dict[str, Any]:
        from ingest.rdf import build_document
        from ingest.reader import read_document
        from kehoach import __version__
        from kehoach.errors import IngestError, KehoachError
        from kehoach.pipeline import check_input
        try:
            problem = check_input(path)
            if problem:
                raise IngestError(path, problem)
            doc = read_document(path, self.gazetteer)
            _, _, triples = build_document(doc, self.gazetteer, __version__)
            return {"outcome": OK, "tasks": len(doc.tasks), "triples": len(triples)}
        except KehoachError as e:
            msg = str(e)
            return {"outcome": ERROR if path.name in msg else UNNAMED, "message": msg[:500],
                    "signature": f"{type(e).__name__} not naming the file: {msg[:120]}"}
        except MemoryError:
            return {"outcome": MEMORY, "message": "MemoryError", "signature": "MemoryError"}
        except Exception as e:
            return {"outcome": TRACEBACK, "signature": _signature(e), "traceback": traceback.format_exc()}

    def cli(self, path: Path) -> dict[str, Any] | None:
        """ingest into a fresh store, then stats, query tasks, audit: None when all went as expected."""
        from click.testing import CliRunner

        from kehoach.cli import main
        store = self.tmp / "store"
        shutil.rmtree(store, ignore_errors=True)
        runner = CliRunner()
        steps: list[tuple[list[str], tuple[int, ...]]] = [
            (["ingest", str(path)], (0, 1)), (["stats"], (0,)), (["query", "tasks"], (0,)),
            (["audit", "--fail-on", "never"], (0,))]
        try:
            for args, codes in steps:
                r = runner.invoke(main, ["--store", str(store), *args], env={"KEHOACH_DEBUG": "1"})
                step = f"cli {args[0]}"
                if r.exception is not None and not isinstance(r.exception, SystemExit):
                    assert r.exc_info is not None
                    return {"outcome": TRACEBACK, "signature": f"{step}: {_signature(r.exception)}",
                            "traceback": "".join(traceback.format_exception(*r.exc_info))}
                if r.exit_code not in codes:
                    return {"outcome": TRACEBACK, "signature": f"{step}: exit {r.exit_code}",
                            "traceback": r.stderr[-2000:]}
                if args[0] == "ingest" and r.exit_code == 1 and path.name not in r.stderr:
                    return {"outcome": UNNAMED, "signature": f"{step}: error not naming the file",
                            "message": r.stderr[:500]}
                bad = _CONTROL_OUT.search(r.stdout) or _CONTROL_OUT.search(r.stderr)
                if bad:
                    return {"outcome": CONTROL, "signature": f"{step}: prints control character "
                            f"U+{ord(bad.group()):04X}", "message": (r.stdout + r.stderr)[:500]}
        finally:
            shutil.rmtree(store, ignore_errors=True)
        return None


def worker_main(conn: Connection) -> None:
    runner = Runner()
    conn.send(("ready", os.getpid()))
    while True:
        job = conn.recv()
        if job is None:
            break
        name, data, cli = job
        conn.send(runner.run(name, data, cli))
    shutil.rmtree(runner.tmp, ignore_errors=True)


# -- the pool: workers with a time and a memory bound per case --------------------------------------
def _proc_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_rss_kib(pid: int) -> int:
    try:
        m = re.search(r"^VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text(), re.M)
    except OSError:
        return 0
    return int(m.group(1)) if m else 0


@dataclass
class Worker:
    ctx: Any
    proc: Any = None
    conn: Any = None
    job: Any = None
    started: float = 0.0
    cpu0: float = 0.0
    limit: float = 0.0
    base_rss: int = 0

    def start(self) -> None:
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=worker_main, args=(child,), daemon=False)
        self.proc.start()
        child.close()
        self.conn = parent
        if not self.conn.poll(300):
            raise RuntimeError("fuzz worker did not start")
        self.conn.recv()

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if kill:
            self._kill_tree()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.proc.join(10)
            if self.proc.is_alive():
                self._kill_tree()
        self.conn.close()
        self.proc = None

    def _kill_tree(self) -> None:
        """The worker and the processes it started (audit's pySHACL workers), by their ids."""
        kids: list[int] = []
        try:
            for t in Path(f"/proc/{self.proc.pid}/task").iterdir():
                kids += [int(x) for x in (t / "children").read_text().split()]
        except OSError:
            pass
        self.proc.kill()
        for k in kids:
            with contextlib.suppress(OSError):
                os.kill(k, 9)
        self.proc.join(10)


class Pool:
    def __init__(self, jobs: int, time_limit: float, mem_limit_mb: float, time_per_mb: float = 10.0):
        self.ctx = mp.get_context("spawn")
        self.time_limit, self.time_per_mb = time_limit, time_per_mb
        self.mem_limit_kib = mem_limit_mb * 1024
        self.workers = [Worker(self.ctx) for _ in range(jobs)]
        for w in self.workers:
            w.start()

    def close(self) -> None:
        for w in self.workers:
            w.stop()

    def map(self, jobs: Iterable[tuple[Any, str, bytes, bool]]) -> Iterator[tuple[Any, dict[str, Any]]]:
        """Results of (key, file name, data, cli) jobs, in the order they finish."""
        todo = iter(jobs)
        more = True
        while True:
            for w in self.workers:
                if w.job is None and more:
                    job = next(todo, None)
                    if job is None:
                        more = False
                        break
                    key, name, data, cli = job
                    w.job, w.started, w.cpu0 = job, time.monotonic(), _proc_cpu_s(w.proc.pid)
                    w.limit = (self.time_limit + self.time_per_mb * len(data) / 2**20) * (6 if cli else 1)
                    w.base_rss = _proc_rss_kib(w.proc.pid)
                    w.conn.send((name, data, cli))
            busy = [w for w in self.workers if w.job is not None]
            if not busy:
                return
            ready = wait([w.conn for w in busy], timeout=0.1)
            now = time.monotonic()
            for w in busy:
                key = w.job[0]
                if w.conn in ready:
                    try:
                        res = w.conn.recv()
                    except (EOFError, OSError):
                        res = {"outcome": CRASH, "signature": f"worker died (exit {w.proc.exitcode})",
                               "elapsed": now - w.started}
                        w.stop(kill=True)
                        w.start()
                    w.job = None
                    yield key, res
                elif (cpu := _proc_cpu_s(w.proc.pid) - w.cpu0) > w.limit or now - w.started > 5 * w.limit:
                    w.stop(kill=True)
                    w.start()
                    w.job = None
                    yield key, {"outcome": HANG, "signature": "over the time limit", "elapsed": cpu,
                                "wall": now - w.started, "limit": w.limit}
                elif _proc_rss_kib(w.proc.pid) - w.base_rss > 2 * self.mem_limit_kib:
                    rss = _proc_rss_kib(w.proc.pid)
                    w.stop(kill=True)
                    w.start()
                    w.job = None
                    bound = 2 * self.mem_limit_kib / 1024
                    yield key, {"outcome": MEMORY, "signature": f"memory grew by over {bound:g} MB in one case "
                                "(worker killed)", "elapsed": now - w.started,
                                "growth_kib": rss - w.base_rss}


def classify(res: dict[str, Any], mem_limit_mb: float) -> str:
    if res["outcome"] in (OK, ERROR) and res.get("growth_kib", 0) > mem_limit_mb * 1024:
        res["outcome"] = MEMORY
        res["signature"] = f"memory grew by over {mem_limit_mb:g} MB in one case"
        res["message"] = f"peak memory {res['growth_kib'] / 1024:.0f} MB above the resident size before the case"
    return str(res["outcome"])


# -- minimising a failing input ---------------------------------------------------------------------
def minimise(pool: Pool, data: bytes, name: str, signature: str, cli: bool, budget_s: float = 90.0) -> bytes:
    """A smaller input with the same failure signature: chunks of lines, then of bytes, removed
    while the failure stays (ddmin-like), within a time budget."""
    deadline = time.monotonic() + budget_s

    def fails(candidate: bytes) -> bool:
        if not candidate or time.monotonic() > deadline:
            return False
        for _, res in pool.map([(0, name, candidate, cli)]):
            return res.get("signature") == signature
        return False

    for unit in (b"\n", None):
        parts: list[bytes] = data.split(b"\n") if unit else [data[i:i + 1] for i in range(len(data))]
        if unit is None and len(parts) > 3000:
            break
        joiner = unit or b""
        n = 2
        while len(parts) >= 2 and time.monotonic() < deadline:
            size = max(1, len(parts) // n)
            removed = False
            for i in range(0, len(parts), size):
                cand = parts[:i] + parts[i + size:]
                if fails(joiner.join(cand)):
                    parts, removed = cand, True
                    n = max(n - 1, 2)
                    break
            if not removed:
                if size == 1:
                    break
                n = min(n * 2, len(parts))
        data = joiner.join(parts)
    return data


# -- the run and its report -------------------------------------------------------------------------
@dataclass
class Report:
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    elapsed: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    failures: dict[str, list[tuple[Case, dict[str, Any]]]] = field(default_factory=dict)
    slowest: list[tuple[float, Case]] = field(default_factory=list)
    peak_hwm_kib: int = 0
    max_growth: tuple[int, Case | None] = (0, None)
    cli_cases: int = 0
    total: int = 0

    def add(self, case: Case, res: dict[str, Any], outcome: str) -> None:
        self.total += 1
        self.counts[case.kind][outcome] += 1
        self.elapsed[case.kind] += res.get("elapsed", 0.0)
        self.cli_cases += case.cli
        if outcome in FAILURES:
            self.failures.setdefault(res.get("signature", outcome), []).append((case, res))
        self.slowest = sorted([*self.slowest, (res.get("elapsed", 0.0), case)], key=lambda x: -x[0])[:10]
        self.peak_hwm_kib = max(self.peak_hwm_kib, res.get("hwm_kib", 0))
        if res.get("growth_kib", 0) > self.max_growth[0]:
            self.max_growth = (res["growth_kib"], case)

    def failed(self) -> int:
        return sum(len(v) for v in self.failures.values())


def case_name(case: Case) -> str:
    return f"fuzz_{case.index:06d}_{case.kind}{case.suffix}"


def run(corpus: list[tuple[str, bytes]], seed: int, n: int, time_limit: float, jobs: int = 2, cli_every: int = 50,
        mem_limit_mb: float = 1024, out: Path | None = None, minimise_budget: float = 90.0,
        progress: Callable[[int, Report], None] | None = None, kinds: tuple[str, ...] = KINDS,
        time_per_mb: float = 10.0) -> Report:
    report = Report()
    pending: dict[int, Case] = {}

    def jobs_iter() -> Iterator[tuple[int, str, bytes, bool]]:
        for c in cases(corpus, seed, n, cli_every, kinds):
            pending[c.index] = c
            yield c.index, case_name(c), c.data, c.cli

    pool = Pool(jobs, time_limit, mem_limit_mb, time_per_mb)
    try:
        for key, res in pool.map(jobs_iter()):
            case = pending.pop(key)
            report.add(case, res, classify(res, mem_limit_mb))
            if progress:
                progress(report.total, report)
        if out is not None:
            save_failures(pool, report, out, minimise_budget)
    finally:
        pool.close()
    return report


def save_failures(pool: Pool, report: Report, out: Path, budget: float) -> None:
    """One reproducer per distinct failure: the case as generated, the minimised input and the traceback."""
    out.mkdir(parents=True, exist_ok=True)
    for k, (sig, found) in enumerate(sorted(report.failures.items()), 1):
        case, res = found[0]
        stem = f"failure{k:02d}_{case.kind}_{case.index:06d}"
        (out / f"{stem}{case.suffix}").write_bytes(case.data)
        small = case.data
        # once more in a fresh worker: a failure that does not come back (code edited while the run
        # went on, a machine too busy for a time limit) is said to be so
        again = next(iter(pool.map([(0, case_name(case), case.data, case.cli)])))[1]
        classify(again, pool.mem_limit_kib / 1024)
        res["reproduced"] = again.get("signature") == sig or again["outcome"] == res["outcome"] in (HANG, MEMORY)
        if res["reproduced"] and res["outcome"] in (TRACEBACK, UNNAMED, CONTROL):
            small = minimise(pool, case.data, case_name(case), sig, case.cli, budget)
        (out / f"{stem}.min{case.suffix}").write_bytes(small)
        (out / f"{stem}.txt").write_text(
            f"signature: {sig}\noutcome: {res['outcome']}\ncases: {len(found)} "
            f"({', '.join(str(c.index) for c, _ in found[:20])})\nkind: {case.kind} ({case.detail})\n"
            f"source: {case.source}\ncli: {case.cli}\nbytes: {len(case.data)} -> {len(small)} minimised\n"
            f"reproduced on a second run: {res['reproduced']}\n\n"
            f"{res.get('traceback') or res.get('message') or ''}\n", encoding="utf-8")
        res["saved"] = str(out / f"{stem}.min{case.suffix}")


def print_report(report: Report, wall: float, out: Path | None, file: Any = None) -> None:
    file = file or sys.stdout

    def p(s: str = "") -> None:
        print(s, file=file)

    cols = list(OUTCOMES)
    p(f"{'kind':<14}" + "".join(f"{c:>10}" for c in cols) + f"{'cases':>8}{'mean ms':>9}   (CPU time)")
    total: Counter[str] = Counter()
    for kind in [k for k in MUTATIONS if k in report.counts]:
        c = report.counts[kind]
        n = sum(c.values())
        total.update(c)
        mean = report.elapsed[kind] / n * 1000 if n else 0
        p(f"{kind:<14}" + "".join(f"{c[o]:>10}" for o in cols) + f"{n:>8}{mean:>9.0f}")
    p(f"{'total':<14}" + "".join(f"{total[o]:>10}" for o in cols) + f"{report.total:>8}")
    p()
    fails = report.failed()
    p(f"cases: {report.total} ({report.cli_cases} also through the CLI), failures: {fails} "
      f"(tracebacks {total[TRACEBACK]}, hangs {total[HANG]}, memory {total[MEMORY]}, crashes {total[CRASH]}, "
      f"errors not naming the file {total[UNNAMED]}, control characters printed {total[CONTROL]}), "
      f"distinct: {len(report.failures)}")
    p(f"wall time: {wall:.0f} s; peak memory of a worker (VmHWM): {report.peak_hwm_kib / 1024:.0f} MB; "
      f"largest growth in one case: {report.max_growth[0] / 1024:.0f} MB"
      + (f" (case {report.max_growth[1].index}, {report.max_growth[1].kind}: {report.max_growth[1].detail})"
         if report.max_growth[1] else ""))
    p()
    p("slowest cases:")
    for t, slow in report.slowest:
        p(f"  {t:7.2f} s CPU  case {slow.index} {slow.kind} ({slow.detail}) from {slow.source}, {len(slow.data)} bytes"
          + (" + CLI" if slow.cli else ""))
    if report.failures:
        p()
        p("failures:")
        for sig, found in sorted(report.failures.items()):
            case, res = found[0]
            p(f"  [{res['outcome']}] {sig}: {len(found)} case(s), first {case.index} ({case.kind}: {case.detail}, "
              f"from {case.source})")
            if res.get("saved"):
                p(f"      reproducer: {res['saved']}" + ("" if res.get("reproduced") else " (did not fail again)"))
            tb = (res.get("traceback") or "").strip().splitlines()[-3:]
            for line in tb:
                p(f"      {line.strip()[:160]}")
    if out is not None:
        p()
        p(f"reproducers: {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--time-limit", type=float, default=10.0,
                    help="CPU seconds per case, plus --time-per-mb per MB of input (6x for CLI cases)")
    ap.add_argument("--time-per-mb", type=float, default=10.0)
    ap.add_argument("--mem-limit", type=float, default=1024, help="MB of growth allowed in one case")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--cli-every", type=int, default=100, help="one case in N also through the CLI (0: none)")
    ap.add_argument("--out", type=Path, help="where reproducers go (default: a new temporary directory)")
    ap.add_argument("--minimise", type=float, default=90.0, help="seconds spent minimising each failure")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--kinds", help="comma-separated mutation kinds (default: all but the Word and PDF ones, "
                                    "docx and pdf; 'all' adds them)")
    a = ap.parse_args(argv)
    corpus = load_corpus(a.shared)
    if not corpus:
        print(f"no documents under {a.shared}/seeds or {a.shared}/layouts", file=sys.stderr)
        return 2
    out = a.out or Path(tempfile.mkdtemp(prefix="kehoach-fuzz-"))
    kinds = KINDS if not a.kinds else (KINDS + tuple(EXTRA) if a.kinds == "all" else
                                       tuple(k for k in a.kinds.split(",") if k in MUTATIONS))
    print(f"fuzzing: {a.cases} cases, seed {a.seed}, {len(corpus)} documents, {len(kinds)} kinds, "
          f"{a.jobs} workers, {a.time_limit:g} s per case; reproducers: {out}", flush=True)
    t0 = time.monotonic()
    last = [t0]

    def progress(done: int, report: Report) -> None:
        if time.monotonic() - last[0] > 30 or done == a.cases:
            last[0] = time.monotonic()
            print(f"  {done}/{a.cases} cases, {report.failed()} failures, {last[0] - t0:.0f} s", flush=True)

    report = run(corpus, a.seed, a.cases, a.time_limit, a.jobs, a.cli_every, a.mem_limit, out, a.minimise, progress,
                 kinds, a.time_per_mb)
    print()
    print_report(report, time.monotonic() - t0, out)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())

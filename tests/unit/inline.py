"""Inline test texts: the small fictional documents of the unit tests, as the reader sees them."""

from __future__ import annotations

import hashlib
import textwrap
import unicodedata
from pathlib import Path

from ingest.source import SourceText


def text_of(s: str) -> str:
    """Inline test text: dedented, outer blank lines dropped, NFC (as read_source gives it)."""
    return unicodedata.normalize("NFC", textwrap.dedent(s).strip("\n"))


def source_of(s: str, name: str = "plan.txt") -> SourceText:
    """A SourceText for inline text, without a file."""
    text = text_of(s)
    return SourceText(Path(name), name, hashlib.sha256(text.encode()).hexdigest(), "text/plain", text,
                      tuple(text.split("\n")))

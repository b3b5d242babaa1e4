"""The fast unit layer: every test builds what it needs from a few lines of inline text (written
for these tests, fictional plans) and calls ingest/ in process: no subprocess, no store, no SPARQL,
no ../shared. tests/unit is a package so that this conftest does not shadow tests/conftest.py
(parent tests import it as `conftest`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.agencies import Gazetteer
from ingest.blocks import Block, lex
from ingest.model import Document, Meta
from ingest.reader import read_document

from .inline import source_of, text_of


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture
def parse() -> Callable[..., tuple[Document, list[Block]]]:
    """text -> (an empty Document on that text, its blocks): for calling one extractor."""
    def make(s: str, name: str = "plan.txt") -> tuple[Document, list[Block]]:
        src = source_of(s, name)
        return Document(src, Meta()), lex(src.lines)
    return make


@pytest.fixture
def read(tmp_path: Path, gaz: Gazetteer) -> Callable[..., Document]:
    """text -> Document through the whole reader (ingest.reader.read_document) on a file."""
    def make(s: str, name: str = "plan.txt") -> Document:
        path = tmp_path / name
        path.write_text(text_of(s) + "\n", encoding="utf-8")
        return read_document(path, gaz)
    return make

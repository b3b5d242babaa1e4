"""Issue 10.9 (input side): control characters and terminal escape sequences in a document are
removed when it is read (ingest/source.py), tab and newline kept, line numbers unchanged; what the
CLI prints from such a document carries none of them."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from ingest.reader import read_document
from ingest.source import decode, read_source, strip_controls
from kehoach.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "example_prose.txt"
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

ESCAPES = ["\x1b[31m", "\x1b[0m", "\x1b[1;32;40m", "\x1b[2J\x1b[H", "\x1b]0;tiêu đề\x07",
           "\x1b]8;;http://example.invalid/\x1b\\", "\x1b]52;c;aGVsbG8=\x1b\\", "\x9b31m", "\x1bc", "\x1b(B"]


def test_escape_sequences_are_removed_whole_and_the_text_is_kept():
    assert strip_controls("Sở \x1b[1;31mNội vụ\x1b[0m chủ trì") == "Sở Nội vụ chủ trì"
    assert strip_controls("a\x1b]0;cửa sổ\x07b") == "ab"                  # OSC title, BEL-ended
    assert strip_controls("a\x1b]8;;http://x.invalid/\x1b\\liên kết\x1b]8;;\x1b\\b") == "aliên kếtb"
    assert strip_controls("a\x9b2Jb") == "ab"                               # C1 CSI
    assert strip_controls("a\x1b]0;không kết thúc") == "a0;không kết thúc"  # unterminated: only the introducer


def test_controls_but_tab_and_newline_are_removed():
    text = "".join(chr(i) for i in range(32)) + "\x7f" + "".join(chr(i) for i in range(0x80, 0xA0))
    assert strip_controls("x" + text + "y") == "x\t\ny"
    assert strip_controls("dòng\tmột\ndòng hai") == "dòng\tmột\ndòng hai"       # unchanged


def test_a_document_with_escapes_reads_like_the_clean_one_line_for_line(tmp_path):
    clean = EXAMPLE.read_text(encoding="utf-8")
    lines = clean.split("\n")
    dirty = [line if i % 3 else ESCAPES[i % len(ESCAPES)] + line + ("\x07\x0c\x0b\x85\x1f" if i % 15 == 0 else "")
             for i, line in enumerate(lines)]
    f = tmp_path / "ke_hoach_mau.txt"
    f.write_text("\n".join(dirty), encoding="utf-8")
    src = read_source(f)
    assert src.lines == tuple(lines)                    # same lines, same numbers
    assert not any(CONTROLS.search(line) for line in src.lines)
    a, b = read_document(EXAMPLE), read_document(f)
    assert [(t.local_id, t.text, t.leads, t.supports, t.span.start) for t in b.tasks] == \
           [(t.local_id, t.text, t.leads, t.supports, t.span.start) for t in a.tasks]
    assert b.tasks


def test_escapes_are_no_binary_file_but_many_controls_still_are():
    colours = ("dòng \x1b[32mxanh\x1b[0m\n" * 40).encode()
    assert "\x1b" in decode(Path("mau.txt"), colours)          # read (removed later), not refused
    few = ("văn bản " * 200 + "\x01\x02\x03" * 4).encode()        # 12 stray controls in 1,600 characters
    assert decode(Path("mau.txt"), few)


def test_cli_output_of_a_document_with_escapes_has_no_controls(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("Sở ", "Sở \x1b]0;pwned\x07\x1b[31m", 5)
    f = tmp_path / "ke_hoach_ansi.txt"
    f.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    r = runner.invoke(main, ["--store", str(store), "ingest", str(f)])
    assert r.exit_code == 0, r.output
    for fmt in ("table", "csv", "json"):
        out = runner.invoke(main, ["--store", str(store), "query", "tasks", "--format", fmt]).output
        assert "Sở" in out and not CONTROLS.search(out.replace("\n", "").replace("\t", "")), fmt
        assert "pwned" not in out


def test_delimited_output_cleans_values_before_quoting_them():
    """CSV/TSV text is written once and cleaned only when it holds a control character; then it is
    written again from cleaned values, so a value's quoting is decided by what is printed."""
    import io

    import pyoxigraph as ox

    from kehoach.output import render
    from kehoach.store import Result

    def csv_of(*values: str | None, fmt: str = "csv") -> str:
        rows = [{"a": None if v is None else ox.Literal(v), "b": ox.NamedNode("http://x.invalid/n")} for v in values]
        out = io.StringIO()
        render(Result(["a", "b"], rows), fmt, out)
        return out.getvalue()

    assert csv_of("Sở, Nội vụ", None) == 'a,b\n"Sở, Nội vụ",http://x.invalid/n\n,http://x.invalid/n\n'
    # a lone carriage return would be quoted; cleaned away, the value is not
    assert csv_of("Sở\r Nội vụ\x1b[31m", "b\"c") == 'a,b\nSở Nội vụ[31m,http://x.invalid/n\n"b""c",http://x.invalid/n\n'
    assert csv_of("x\x07\ty", fmt="tsv") == 'a\tb\n"x\ty"\thttp://x.invalid/n\n'
    assert not CONTROLS.search(csv_of("\x9b2J", "\x00z", fmt="tsv"))


def test_the_stores_own_csv_reads_as_kehoach_writes_csv(tmp_path):
    """`kehoach query --format csv` prints the CSV the store writes (SPARQL 1.1 CSV: CRLF line
    ends), turned by sparql_csv into what render writes from the rows: the same text for commas,
    quotes, line breaks, control characters, empty and unbound values, blank nodes and one column."""
    import io

    from kehoach.output import render, sparql_csv
    from kehoach.store.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "s")
    values = ["Sở, Nội vụ", 'say "hi"', "two\nlines", "crlf\r\nend", "lone\rcr", "esc\x1b[31m", "", "tab\there",
              "plain"]
    body = " ".join(f"<http://x.invalid/s{i}> <http://x.invalid/p> {ox.Literal(v)} ." for i, v in enumerate(values))
    # (into the store's default graph, the union every query reads)
    store.update(f"INSERT DATA {{ {body} _:b <http://x.invalid/p> \"blank\" . }}")
    queries = ["SELECT ?s ?v ?none WHERE { ?s <http://x.invalid/p> ?v OPTIONAL { ?s <http://x.invalid/q> ?none } } "
               "ORDER BY STR(?v)",
               "SELECT ?v WHERE { ?s <http://x.invalid/p> ?v } ORDER BY ?v",
               "SELECT ?v WHERE { ?s <http://x.invalid/p> ?v FILTER(?v = \"plain\") }",
               "SELECT ?v WHERE { ?s <http://x.invalid/p> ?v FILTER(?v = \"\") }",
               "SELECT ?v WHERE { ?s <http://x.invalid/p> ?v FILTER(?v = \"none\") }",
               "SELECT ?s ?v WHERE { ?s <http://x.invalid/p> ?v FILTER(?v = \"plain\") }"]
    rows: list[int] = []
    for q in queries:
        raw = store.select_csv(q)
        assert isinstance(raw, bytes) and b"\r\n" in raw, q
        expected = io.StringIO()
        result = store.select(q)
        render(result, "csv", expected)
        assert sparql_csv(raw) == (expected.getvalue(), len(result.rows)), q
        rows.append(len(result.rows))
    assert rows == [10, 10, 1, 1, 0, 1]
    assert "_:" in sparql_csv(store.select_csv(queries[0]))[0]           # the blank node, as _:label
    ask = store.select_csv("ASK { ?s ?p ?o }")                # not a SELECT: the rows, as select gives
    assert not isinstance(ask, bytes) and ask.rows[0]["result"].value == "true"
    store.close()

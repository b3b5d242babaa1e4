"""Bad input: one-line errors naming the file (and line), non-zero exit, store untouched,
other files of the same call still ingested."""

import os
import subprocess
import sys

import pytest
from conftest import EXAMPLES, FIXTURES, ROOT, run, run_json

BAD = FIXTURES / "bad"
CASES = {
    "binary.bin": "binary",
    "empty.txt": "empty",
    "whitespace_only.txt": "empty",
    "cp1258.txt": "not valid UTF-8",
    "utf16.txt": "UTF-16",
    "not_utf8_midway.txt": "not valid UTF-8",
    "no_plan.txt": "no recognizable plan",
    "truncated_table.txt": "truncated",
}


def graph_dump(store):
    return sorted((r["s"], r["p"], r["o"], r["g"]) for r in run_json(
        store, "sparql", "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                         "FILTER(?g != <https://w3id.org/kehoach/graph/ingest-log>) }"))


@pytest.fixture
def store(tmp_path):
    run(tmp_path, "ingest", str(EXAMPLES / "example_tsv.txt"))
    return tmp_path


@pytest.mark.parametrize("name,expect", sorted(CASES.items()))
def test_bad_file_is_refused_cleanly(store, name, expect):
    before = graph_dump(store)
    p = run(store, "ingest", str(BAD / name), check=False)
    assert p.returncode == 1
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, p.stderr
    assert name in lines[0] and expect in lines[0], lines[0]
    assert "Traceback" not in p.stderr
    assert graph_dump(store) == before


def test_line_numbers_where_they_apply(store):
    p = run(store, "ingest", str(BAD / "not_utf8_midway.txt"), check=False)
    assert "not_utf8_midway.txt:21:" in p.stderr
    p = run(store, "ingest", str(BAD / "truncated_table.txt"), check=False)
    assert "truncated_table.txt:" in p.stderr and ":" in p.stderr.split("truncated_table.txt", 1)[1][:8]


def test_good_files_in_the_same_call_still_ingest(tmp_path):
    p = run(tmp_path, "ingest", str(BAD / "binary.bin"), str(EXAMPLES / "example_prose.txt"),
            str(BAD / "utf16.txt"), check=False)
    assert p.returncode == 1
    assert p.stderr.count("error:") == 2
    sources = {r["source"] for r in run_json(tmp_path, "query", "tasks")}
    assert sources == {"example_prose.txt"}


def test_missing_file_and_bad_parameters(tmp_path):
    p = run(tmp_path, "ingest", str(tmp_path / "nope.txt"), check=False)
    assert p.returncode == 1 and "no such file" in p.stderr
    p = run(tmp_path, "query", "tasks", "--param", "colour=red", check=False)
    assert p.returncode == 2 and "accepts: source" in p.stderr and "Traceback" not in p.stderr
    p = run(tmp_path, "query", "nosuchquery", check=False)
    assert p.returncode == 2 and "available:" in p.stderr
    # a negative limit was taken as a Python slice: every row but the last, silently
    p = run(tmp_path, "query", "documents", "--limit", "-1", check=False)
    assert p.returncode == 2 and "--limit" in p.stderr and "x>=0" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.parametrize("args", [("stats",), ("query", "totals"), ("audit",),
                                  ("ingest", str(EXAMPLES / "example_tsv.txt"))])
def test_a_file_given_as_the_store(tmp_path, args):
    """A store path that names a file (a mistyped --store, an export given instead of the store):
    one line saying so, whether the command reads or writes, and the file left as it was."""
    f = tmp_path / "plans.nq"
    f.write_text("not a store\n", encoding="utf-8")
    p = run(f, *args, check=False)
    assert p.returncode == 2, p.stderr
    assert p.stderr.strip().count("\n") == 0, p.stderr
    assert str(f) in p.stderr and "is a file" in p.stderr and "Traceback" not in p.stderr, p.stderr
    assert f.read_text(encoding="utf-8") == "not a store\n"


def test_an_option_given_as_the_store_is_refused(tmp_path):
    """"kehoach --store --help ingest plan.txt": click takes "--help" for the store's path; it had made a store
    folder named "--help" in the working directory and ingested into it."""
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", "--store", "--help", "ingest",
                        str(EXAMPLES / "example_tsv.txt")], capture_output=True, text=True, cwd=tmp_path,
                       env=dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT)))
    assert p.returncode == 2 and "'--help' is an option, not a store" in p.stderr and "Traceback" not in p.stderr
    assert list(tmp_path.iterdir()) == []

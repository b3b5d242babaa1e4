"""Issue 11.9: queries that would quietly return nothing say why (in-process, on the examples)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kehoach.cli import main

ROOT = Path(__file__).resolve().parents[1]


def cli(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), *args])


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("checks-store")
    assert cli(s, "ingest", str(ROOT / "examples")).exit_code == 0
    return s


def test_misspelled_term_is_named_with_the_nearest_one(store):
    r = cli(store, "sparql", "SELECT ?t WHERE { ?t kh:leads ?a }")
    assert r.exit_code == 0
    assert "kh:leads is not a term of the kehoach ontology" in r.stderr and "kh:lead?" in r.stderr


def test_declared_terms_and_strings_do_not_warn(store):
    r = cli(store, "sparql", 'SELECT ?t WHERE { ?t kh:lead ?a BIND("kh:leads" AS ?x) } # kh:nothing')
    assert r.exit_code == 0 and "warning" not in r.stderr


def test_untagged_literal_against_a_tagged_label(store):
    r = cli(store, "sparql", 'SELECT ?p WHERE { ?p skos:prefLabel "Đồng Tháp" }')
    assert "never matches" in r.stderr and '"Đồng Tháp"@vi' in r.stderr
    tagged = cli(store, "sparql", 'SELECT ?p WHERE { ?p skos:prefLabel "Đồng Tháp"@vi }')
    assert "warning" not in tagged.stderr


def test_query_file_is_checked_too(store, tmp_path):
    rq = tmp_path / "typo.rq"
    rq.write_text("SELECT ?t WHERE { ?t a kh:Tsak }\n", encoding="utf-8")
    r = cli(store, "query", "--file", str(rq))
    assert "kh:Tsak is not a term" in r.stderr and "kh:Task?" in r.stderr


def test_unknown_document_given_to_a_saved_query(store):
    r = cli(store, "query", "descendants", "-p", "decision=999/QĐ-TTg")
    assert r.exit_code == 2 and "no document 999/QĐ-TTg in the store" in r.stderr
    known = cli(store, "query", "descendants", "-p", "decision=161/QĐ-TTg", "--format", "json")
    assert known.exit_code == 0


def test_syntax_errors_name_the_cause_first(store):
    r = cli(store, "sparql", "SELECT ?x WHERE { ?x a kh:Task ")
    assert r.exit_code == 2
    assert r.stderr.startswith("kehoach: SPARQL syntax error: expected") and "(line 1, column" in r.stderr

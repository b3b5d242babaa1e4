"""kehoach describe (a document, a task, an agency) and kehoach sparql's graph and SPARQL-JSON
formats, in-process on the repository's examples."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kehoach.cli import main

ROOT = Path(__file__).resolve().parents[1]


def cli(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), *args])


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("describe-store")
    assert cli(s, "ingest", str(ROOT / "examples")).exit_code == 0
    return s


def first_task(store: Path) -> tuple[str, str]:
    rows = json.loads(cli(store, "sparql", "SELECT ?t ?id WHERE { ?t a kh:Task ; kh:localId ?id ; kh:plan ?d . "
                          "?g kh:describes ?d ; prov:wasDerivedFrom/kh:fileName 'example_tsv.txt' } "
                          "ORDER BY ?id LIMIT 1", "--format", "json").stdout)
    return rows[0]["t"], rows[0]["id"]


def test_describe_a_document_by_number(store):
    number = json.loads(cli(store, "query", "documents", "-p", "source=example_table_md.txt",
                            "--format", "json").stdout)[0]["number"]
    r = cli(store, "describe", number)
    assert r.exit_code == 0, r.stderr
    assert "eli:ensures_implementation_of" in r.stdout or "eli:cites" in r.stdout
    assert "source: example_table_md.txt" in r.stdout and "kehoach 0.1.0" in r.stdout


def test_describe_a_task_by_file_and_code_shows_lines_and_quote(store):
    iri, code = first_task(store)
    r = cli(store, "describe", f"example_tsv.txt:{code}")
    assert r.exit_code == 0, r.stderr
    assert "kh:lead" in r.stdout and "source: example_tsv.txt, lines" in r.stdout
    ttl = cli(store, "describe", iri, "--format", "ttl").stdout
    g = ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)
    preds = {q.predicate.value for q in g}
    assert "https://w3id.org/kehoach/ontology#startLine" in preds and "http://www.w3.org/ns/oa#exact" in preds


def test_describe_an_agency_by_name_without_diacritics(store):
    name = json.loads(cli(store, "sparql", "SELECT ?l WHERE { ?a a kh:Agency ; kh:resolution kh:resolved ; "
                          "skos:prefLabel ?l FILTER(LANG(?l) = 'vi') } ORDER BY ?l LIMIT 1", "--format", "json")
                      .stdout)[0]["l"]
    import unicodedata
    plain = "".join(c for c in unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
                    if not unicodedata.combining(c)).lower()
    r = cli(store, "describe", plain)
    assert r.exit_code == 0, r.stderr
    assert "kh:gazetteerEntry" in r.stdout


@pytest.mark.parametrize("ref, message", [("999/QĐ-TTg", "no document 999/QĐ-TTg"),
                                          ("https://example.org/nothing", "no resource"),
                                          ("example_tsv.txt:99.99", "no goal or task coded 99.99")])
def test_describe_unknown_is_one_line(store, ref, message):
    r = cli(store, "describe", ref)
    assert r.exit_code == 2 and message in r.stderr


def test_sparql_construct_as_turtle_and_select_as_sparql_json(store):
    r = cli(store, "sparql", "CONSTRUCT { ?t kh:lead ?a } WHERE { ?t kh:lead ?a } LIMIT 3", "--format", "ttl")
    assert r.exit_code == 0 and "@prefix kh:" in r.stdout and "kh:lead" in r.stdout
    srj = json.loads(cli(store, "sparql", "SELECT ?l WHERE { ?a a kh:Agency ; skos:prefLabel ?l } LIMIT 2",
                         "--format", "srj").stdout)
    assert srj["head"]["vars"] == ["l"] and all("xml:lang" in b["l"] for b in srj["results"]["bindings"])
    ask = json.loads(cli(store, "sparql", "ASK { ?t a kh:Task }", "--format", "srj").stdout)
    assert ask["boolean"] is True
    bad = cli(store, "sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "ttl")
    assert bad.exit_code == 2 and "CONSTRUCT and DESCRIBE" in bad.stderr

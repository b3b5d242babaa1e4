"""The CLI in-process through click's CliRunner: commands, options, errors and exit codes on
the repository's own examples (no subprocess, no ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kehoach.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def cli(store: Path, *args: str):
    return CliRunner().invoke(main, ["--store", str(store), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    s = tmp_path_factory.mktemp("cli-store")
    r = cli(s, "ingest", str(EXAMPLES))
    assert r.exit_code == 0, r.output
    return s


def test_help_lists_every_command():
    r = CliRunner().invoke(main, ["--help"])
    assert r.exit_code == 0
    for command in ("ingest", "stats", "query", "queries", "sparql", "export", "audit", "link", "publish"):
        assert command in r.output


def test_ingest_reports_each_file(store):
    r = cli(store, "ingest", str(EXAMPLES / "example_tsv.txt"))
    assert r.exit_code == 0
    assert r.output.startswith("ok  ") and "tasks" in r.output


def test_stats_match_the_saved_query(store):
    stats = {row["what"]: int(row["count"]) for row in json.loads(cli(store, "stats", "--format", "json").output)}
    assert stats["document_graphs"] == len([p for p in EXAMPLES.iterdir() if p.suffix == ".txt"])
    rows = json.loads(cli(store, "query", "stats", "--format", "json").output)
    total = next(r for r in rows if r["plan_label"] == "(all)")
    assert stats["tasks"] == int(total["tasks"]) > 0
    assert stats["citations"] == int(total["citations"])
    assert stats["quads"] > stats["tasks"]


def test_query_with_parameter_and_limit(store):
    r = cli(store, "query", "tasks", "-p", "source=example_tsv.txt", "--format", "json")
    rows = json.loads(r.output)
    assert rows and {row["source"] for row in rows} == {"example_tsv.txt"}
    limited = json.loads(cli(store, "query", "tasks", "--limit", "2", "--format", "json").output)
    assert len(limited) == 2


def test_query_file_gets_the_predeclared_prefixes(store, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("#+ summary: tasks\nSELECT (COUNT(?t) AS ?n) WHERE { ?t a kh:Task }\n", encoding="utf-8")
    r = cli(store, "query", "--file", str(rq), "--format", "json")
    assert r.exit_code == 0, r.output
    assert int(json.loads(r.output)[0]["n"]) > 0


def test_query_file_may_declare_its_own_prefixes(store, tmp_path):
    rq = tmp_path / "own.rq"
    rq.write_text("PREFIX k: <https://w3id.org/kehoach/ontology#>\nSELECT ?t WHERE { ?t a k:Task } LIMIT 1\n",
                  encoding="utf-8")
    assert len(json.loads(cli(store, "query", "--file", str(rq), "--format", "json").output)) == 1


@pytest.mark.parametrize("args, message", [
    (("query", "nope"), "no saved query 'nope'; available:"),
    (("query",), "give a query NAME or --file FILE"),
    (("query", "tasks", "-p", "source"), "--param expects key=value"),
    (("query", "plans-in-force", "-p", "year=next"), "'next' is not a valid integer"),
    (("query", "tasks", "-p", "colour=red"), "has no parameter colour"),
    (("sparql", "SELECT WHERE"), "SPARQL"),
])
def test_errors_are_one_line_with_exit_code_2(store, args, message):
    r = CliRunner().invoke(main, ["--store", str(store), *args])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    err = r.stderr if hasattr(r, "stderr") else r.output
    assert message in err and "Traceback" not in err
    assert err.startswith("kehoach: ") and err.count("\n") == 1


def test_sparql_formats(store):
    q = "SELECT ?l WHERE { ?a a kh:Agency ; skos:prefLabel ?l } ORDER BY ?l LIMIT 3"
    csv_out = cli(store, "sparql", q, "--format", "csv").output.splitlines()
    assert csv_out[0] == "l" and len(csv_out) == 4
    tsv_out = cli(store, "sparql", q, "--format", "tsv").output.splitlines()
    assert tsv_out[1:] == csv_out[1:]
    table = cli(store, "sparql", q).output
    assert "3 row(s)" in table


def test_sparql_csv_holds_the_values_json_holds(store):
    """CSV is written by the store (Store.select_csv): the values, commas and quotes included,
    are those of the JSON output; a CONSTRUCT in CSV still lists its triples."""
    import csv
    import io
    import json
    q = ("SELECT ?t ?text ?code WHERE { ?t a kh:Task ; dct:description ?text OPTIONAL { ?t eli:number ?code } } "
         "ORDER BY ?t")
    out = cli(store, "sparql", q, "--format", "csv").output
    assert "\r" not in out                                   # line ends as every kehoach CSV: LF
    rows = list(csv.DictReader(io.StringIO(out)))
    as_json = json.loads(cli(store, "sparql", q, "--format", "json").output)
    assert len(rows) == len(as_json) > 20 and any("," in r["text"] for r in rows)
    assert rows == [{k: v or "" for k, v in r.items()} for r in as_json]
    triples = cli(store, "sparql", "CONSTRUCT { ?a a kh:Agency } WHERE { ?a a kh:Agency } LIMIT 2", "--format", "csv")
    assert triples.output.splitlines()[0] == "subject,predicate,object" and len(triples.output.splitlines()) == 3


def test_tables_from_the_stores_csv_are_those_from_its_terms(store):
    """A table of a SELECT is made from the store's CSV (csv_table), not from terms: the same
    text, commas, quotes, line breaks, empty and unbound values, IRIs and long answers included."""
    import io

    from kehoach.output import TABLE_ROWS, csv_table, render, render_rows
    from kehoach.store import EmbeddedStore
    st = EmbeddedStore(store)
    queries = [
        "SELECT ?t ?text ?code WHERE { ?t a kh:Task ; dct:description ?text "
        "OPTIONAL { ?t eli:number ?code } } ORDER BY ?t",
        'SELECT ?a ?b ?c WHERE { VALUES (?a ?b ?c) { ("x, \\"y\\"" "" <https://w3id.org/kehoach/x>) '
        '("two\\nlines" UNDEF "Sở Nội vụ") } }',
        "SELECT ?n WHERE { VALUES ?n { " + " ".join(f'"row{i:04d}"' for i in range(TABLE_ROWS + 5)) + " } }"]
    for q in queries:
        from_terms, from_csv = io.StringIO(), io.StringIO()
        render(st.select(q), "table", out=from_terms, max_rows=TABLE_ROWS)
        raw = st.select_csv(q)
        assert isinstance(raw, bytes)
        columns, rows, total = csv_table(raw, TABLE_ROWS)
        render_rows(columns, rows, "table", out=from_csv, total=total)
        assert from_csv.getvalue() == from_terms.getvalue() and total > 1, q
    st.close()


def test_a_long_table_shows_its_first_rows_and_says_how_many_there_are(store):
    """A table stops at TABLE_ROWS rows (rich lays out ~1.5 ms a row) and names the total and how
    to get every row; --limit shows what it asks for; csv holds every row."""
    from kehoach.output import TABLE_ROWS
    q = "SELECT ?n WHERE { VALUES ?n { " + " ".join(f'"row{i:04d}"' for i in range(TABLE_ROWS + 50)) + " } }"
    table = cli(store, "sparql", q).output
    assert "row0099" in table and "row0100" not in table and "row0149" not in table
    assert f"{TABLE_ROWS + 50} rows, the first {TABLE_ROWS} shown" in table and "--format csv or json" in table
    more = cli(store, "sparql", q.replace("} }", "} } LIMIT 120")).output      # (sparql has no --limit)
    assert "row0100" not in more and f"{TABLE_ROWS + 20} rows, the first {TABLE_ROWS}" in more
    assert len(cli(store, "sparql", q, "--format", "csv").output.splitlines()) == TABLE_ROWS + 51
    f = store.parent / "long.rq"
    f.write_text(q, encoding="utf-8")
    limited = cli(store, "query", "--file", str(f), "--limit", "120").output
    assert "row0119" in limited and "row0120" not in limited and "120 row(s)" in limited


def test_a_table_with_long_cells_shows_every_column_it_keeps():
    """Short columns beside long ones keep their width: rich, left to lay out cells that do not wrap, gave the first
    columns none (the task table of make demo showed no source and no code); the widest columns are cut instead,
    and the table fits the console."""
    import io

    from kehoach.output import render_rows
    rows = [{"source": f"example_{i}.txt", "code": f"1.{i}", "text": "Tổ chức " * 20, "leads": "Sở Nội vụ | " * 10,
             "supports": "Sở Y tế | " * 12} for i in range(3)]
    out = io.StringIO()
    render_rows(["source", "code", "text", "leads", "supports"], rows, "table", out=out)
    lines = out.getvalue().splitlines()
    header = next(line for line in lines if "text" in line)
    assert all(f" {c} " in header for c in ("source", "code", "text", "leads", "supports"))
    assert all(f"example_{i}.txt" in out.getvalue() and f" 1.{i} " in out.getvalue() for i in range(3))
    assert max(len(line) for line in lines if line.startswith(("┏", "│", "└"))) <= 200      # (200: a pipe's width)
    assert "Tổ chức Tổ chức" in out.getvalue() and "…" in out.getvalue()                    # long cells cut, marked


def test_export_to_file_is_atomic_and_parses(store, tmp_path):
    import rdflib
    out = tmp_path / "dump.nt"
    r = cli(store, "export", "--format", "nt", "-o", str(out))
    assert r.exit_code == 0
    assert not (tmp_path / "dump.nt.part").exists()
    g = rdflib.Graph().parse(out, format="nt")
    assert len(g) > 1000


def test_queries_listing(store):
    listed = json.loads(CliRunner().invoke(main, ["queries", "--format", "json"]).output)
    names = {q["name"] for q in listed}
    assert {"tasks", "documents", "descendants", "stats"} <= names
    one = CliRunner().invoke(main, ["queries", "descendants"]).output
    assert one.startswith("descendants: ") and "SELECT" in one


def test_audit_runs_and_fails_on_threshold(store):
    r = cli(store, "audit", "--format", "json", "--fail-on", "never")
    assert r.exit_code == 0
    findings = json.loads(r.output)
    assert all({"source", "check", "severity", "message"} <= set(f) for f in findings)
    r2 = cli(store, "audit", "--format", "json", "--fail-on", "Info")
    assert r2.exit_code == (1 if findings else 0)


def test_totals_equal_the_all_row_of_stats(store):
    totals = json.loads(cli(store, "query", "totals", "--format", "json").output)[0]
    rows = json.loads(cli(store, "query", "stats", "--format", "json").output)
    every = next(r for r in rows if r["plan_label"] == "(all)")
    assert {k: every[k] for k in totals} == totals
    plans = [r for r in rows if r["plan_label"] != "(all)"]
    stats = {row["what"]: int(row["count"]) for row in json.loads(cli(store, "stats", "--format", "json").output)}
    assert stats["plans"] == len(plans)


def test_stats_kept_until_the_next_write(tmp_path):
    """`kehoach stats` keeps its counts in the store's directory and reads them back; every write
    (ingest, remove) takes them away, so that they are counted again, and --recount counts anyway."""
    s = tmp_path / "store"
    assert cli(s, "ingest", str(EXAMPLES / "example_tsv.txt"), str(EXAMPLES / "example_prose.txt")).exit_code == 0
    kept = s / "kehoach-stats.json"

    def counts(*extra: str) -> dict[str, int]:
        r = cli(s, "stats", "--format", "json", *extra)
        assert r.exit_code == 0, r.output
        return {row["what"]: int(row["count"]) for row in json.loads(r.output)}

    assert not kept.exists()
    two = counts()
    assert two["document_graphs"] == 2 and kept.exists()
    assert counts() == two
    # read back, not counted again: a changed file is what the next call shows, --recount is not
    data = json.loads(kept.read_text(encoding="utf-8"))
    data["stats"] = [[k, 7] if k == "tasks" else [k, v] for k, v in data["stats"]]
    kept.write_text(json.dumps(data), encoding="utf-8")
    assert counts()["tasks"] == 7
    assert counts("--recount") == two
    assert cli(s, "ingest", str(EXAMPLES / "example_table_md.txt")).exit_code == 0
    assert not kept.exists()
    three = counts()
    assert three["document_graphs"] == 3 and three["tasks"] > two["tasks"]
    assert cli(s, "remove", "example_table_md.txt").exit_code == 0
    assert not kept.exists()
    assert counts() == two
    # counts of another kind (another kehoach, other totals) or unreadable: counted again
    for bad in ('{"key": "0:other", "stats": [["tasks", 7]], "missing": 0}', "{not json"):
        kept.write_text(bad, encoding="utf-8")
        assert counts() == two


def test_a_read_only_store_keeps_no_counts(store):
    from kehoach.web.jobs import open_read_only
    ro = open_read_only(str(store))
    try:
        assert ro.counts_file is None
    finally:
        ro.close()


def test_a_ward_without_province_has_no_jurisdiction(tmp_path):
    """"UBND PHƯỜNG 1" alone: many provinces have a Phường 1, so the documents query leaves the
    jurisdiction (the province) empty and gives the ward as local_unit, not "1" as a province."""
    doc = tmp_path / "phuong1.md"
    doc.write_text("ỦY BAN NHÂN DÂN\nPHƯỜNG 1\n-------\nSố: 12/KH-UBND\tPhường 1, ngày 5 tháng 3 năm 2024\n\n"
                   "KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2024\n", encoding="utf-8")
    store = tmp_path / "s"
    assert cli(store, "ingest", str(doc)).exit_code == 0
    rows = json.loads(cli(store, "query", "documents", "--format", "json").output)
    row = next(r for r in rows if r["source"] == "phuong1.md")
    assert (row["number"], row.get("jurisdiction"), row["local_unit"]) == ("12/KH-UBND", None, "1")

"""Store behaviour: stable IRIs, idempotent re-ingest, atomic replacement, export formats."""

import shutil

import rdflib
from conftest import EXAMPLES, SEEDS, run, run_json

DOC_QUADS = ("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
             "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kehoach/graph/doc/')) }")


def quads(store):
    return sorted(tuple(r.values()) for r in run_json(store, "sparql", DOC_QUADS))


def test_reingest_yields_identical_triples(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    files = [str(SEEDS / "000_73d4bb3c1402900e.txt"), str(EXAMPLES / "example_ward_headings.txt")]
    run(a, "ingest", *files)
    first = quads(a)
    run(a, "ingest", *files)
    assert quads(a) == first
    run(b, "ingest", *reversed(files))   # another store, another order: same triples
    assert quads(b) == first
    assert not any(r[1].startswith("_:") or r[3].startswith("_:") for r in first)  # no blank nodes


def test_reingest_replaces_the_document_graph(tmp_path):
    doc = tmp_path / "plan.txt"
    shutil.copy(EXAMPLES / "example_tsv.txt", doc)
    store = tmp_path / "store"
    run(store, "ingest", str(doc))
    before = {r["text"] for r in run_json(store, "query", "tasks")}
    text = doc.read_text(encoding="utf-8")
    first_task = sorted(before)[0]
    doc.write_text(text.replace(first_task, "Nhiệm vụ đã sửa đổi để kiểm tra việc thay thế đồ thị."), encoding="utf-8")
    run(store, "ingest", str(doc))
    after = {r["text"] for r in run_json(store, "query", "tasks")}
    assert first_task not in after
    assert "Nhiệm vụ đã sửa đổi để kiểm tra việc thay thế đồ thị." in after
    assert len(after) == len(before)


def test_export_formats_parse(seed_store, tmp_path):
    n_triples = None
    for fmt, rdflib_fmt in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("nq", "nquads")):
        out = tmp_path / f"graph.{fmt}"
        run(seed_store, "export", "--format", fmt, "-o", str(out))
        if fmt == "nq":
            ds = rdflib.Dataset()
            ds.parse(out, format=rdflib_fmt)
            assert len(list(ds.graphs())) >= 7   # 4 documents + ontology, gazetteer, documents (+ log)
        else:
            g = rdflib.Graph()
            g.parse(out, format=rdflib_fmt)
            n_triples = n_triples or len(g)
            assert len(g) == n_triples > 5000


def test_store_option_and_stats(seed_store):
    stats = {r["what"]: int(r["count"]) for r in run_json(seed_store, "stats")}
    assert stats["document_graphs"] == 4
    assert stats["tasks"] == 112 + 24 + 30 + len(run_json(seed_store, "query", "tasks",
                                                          "--param", "source=004_35cf8d864bcec6de.txt"))


def test_optimize_keeps_the_graph_and_refuses_what_it_cannot_compact(tmp_path):
    store = tmp_path / "store"
    files = [str(SEEDS / "000_73d4bb3c1402900e.txt"), str(EXAMPLES / "example_tsv.txt")]
    run(store, "ingest", *files)
    before = quads(store)
    p = run(store, "optimize")
    assert p.stdout.startswith(f"compacted {store}: ") and " MB -> " in p.stdout
    assert quads(store) == before and len(before) > 1000
    run(store, "ingest", str(EXAMPLES / "example_ward_headings.txt"))     # still writable afterwards
    assert len(quads(store)) > len(before)
    missing = run(tmp_path / "none", "optimize", check=False)
    assert missing.returncode == 2 and "no store at" in missing.stderr and not (tmp_path / "none").exists()
    remote = run(tmp_path, "--store", "http://127.0.0.1:9/sparql", "optimize", check=False)
    assert remote.returncode != 0 and "embedded store" in remote.stderr and "Traceback" not in remote.stderr
    assert "`oxigraph optimize --location DIR`" in remote.stderr


def test_a_large_ingest_suggests_optimize(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import kehoach.cli as cli
    files = [str(SEEDS / "000_73d4bb3c1402900e.txt"), str(EXAMPLES / "example_tsv.txt")]
    monkeypatch.setattr(cli, "OPTIMIZE_HINT", 2)
    said = CliRunner().invoke(cli.main, ["--store", str(tmp_path / "a"), "ingest", *files])
    assert said.exit_code == 0, said.output
    assert "2 documents written: `kehoach optimize` compacts the store" in said.stderr
    monkeypatch.setattr(cli, "OPTIMIZE_HINT", 3)           # below the threshold: nothing said
    quiet = CliRunner().invoke(cli.main, ["--store", str(tmp_path / "b"), "ingest", *files])
    assert quiet.exit_code == 0 and "optimize" not in quiet.stderr

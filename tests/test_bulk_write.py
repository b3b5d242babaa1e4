"""Documents new to the store are written in batches (EmbeddedStore.add_graphs: one bulk load,
which is not a transaction). The store must end up exactly as one transaction per file leaves it,
and a bulk write that fails, or a process that dies in one, must leave no graph half-written."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ROOT

from kehoach.cli import main
from kehoach.errors import StoreError
from kehoach.pipeline import Parsed, expand, ingest_files, parse_file, store_parsed
from kehoach.store import LOG_GRAPH, WRITING, EmbeddedStore, NewGraph, log_entry

sys.path.insert(0, str(ROOT / "bench"))
import corpus


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus")
    corpus.generate(40, out, seed=3, rate=0.1)
    return expand([str(out)])


def content(store: EmbeddedStore) -> tuple[set[str], int]:
    """Every quad (the union's too) but the ingest times, which differ from run to run; quads with
    blank nodes (the ontology's OWL lists, labelled anew in every store) are counted."""
    quads = [str(q) for q in store._store.quads_for_pattern(None, None, None, None)
             if "generatedAtTime" not in str(q.predicate)]
    return {q for q in quads if "_:" not in q}, sum("_:" in q for q in quads)


def test_batches_give_what_one_transaction_per_file_gives(plans, tmp_path):
    # a file twice and a copy of another under a new name: replaced in their own transactions
    files = [*plans, plans[3]]
    copy = tmp_path / f"copy-of-{plans[5].name}"
    copy.write_bytes(plans[5].read_bytes())
    files.append(copy)
    bulk = EmbeddedStore(tmp_path / "bulk")
    out = ingest_files(bulk, files, workers=2)
    assert [o.path for o in out] == [str(f) for f in files]          # outcomes in the files' order
    assert all(o.ok for o in out)
    assert out[-1].note and plans[5].name in out[-1].note
    one = EmbeddedStore(tmp_path / "one")
    one.ensure_reference_graphs()
    from ingest.agencies import Gazetteer
    gaz, seen = Gazetteer.load(), {}
    for f in files:
        p = parse_file(f, gaz)
        assert isinstance(p, Parsed)
        store_parsed(one, p, seen)
    from kehoach.derived import refresh
    refresh(one)
    assert content(bulk) == content(one)
    assert len(bulk.named_graphs()) >= 40


def test_a_failed_bulk_write_takes_its_graphs_out(plans, tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    ingest_files(store, plans[:2], workers=1)
    before = content(store)
    from ingest.agencies import Gazetteer
    gaz = Gazetteer.load()
    good = [parse_file(f, gaz) for f in plans[2:6]]
    items = [p.new_graph() for p in good if isinstance(p, Parsed)]
    # the last graph's text breaks off: the load fails after the others are in
    broken = items[-1].ntriples[: len(items[-1].ntriples) // 2]
    items[-1] = NewGraph(items[-1].graph, broken + "<http://example.org/s> <oops\n", items[-1].log)
    with pytest.raises(StoreError, match="taken out again"):
        store.add_graphs(items)
    assert content(store) == before


def test_a_write_interrupted_by_a_dying_process_is_taken_out_at_the_next_open(plans, tmp_path):
    """What a process killed in the middle of a bulk load leaves: the batch's markers and some of
    its quads. Opening the store takes them out; the CLI says which graphs."""
    path = tmp_path / "s"
    store = EmbeddedStore(path)
    ingest_files(store, plans[:2], workers=1)
    before = content(store)
    from ingest.agencies import Gazetteer
    p = parse_file(plans[7], Gazetteer.load())
    assert isinstance(p, Parsed)
    raw, g = store._store, ox.NamedNode(p.graph)
    raw.extend([ox.Quad(g, ox.NamedNode(WRITING), ox.Literal(True), ox.NamedNode(LOG_GRAPH))])
    half = p.triples()[: p.count // 2]
    raw.extend([ox.Quad(t.subject, t.predicate, t.object, gn) for t in half for gn in (g, ox.DefaultGraph())])
    del raw
    store.close()
    res = CliRunner().invoke(main, ["--store", str(path), "stats"])
    assert res.exit_code == 0, res.output
    assert f"interrupted ingest left {p.graph} half-written" in res.stderr
    again = EmbeddedStore(path)
    assert again.recovered == []
    assert content(again) == before
    assert again.logged(p.graph, "sha256") is None


def test_graphs_with_blank_nodes_are_written_one_at_a_time(tmp_path):
    """Blank node labels are scoped to one load: two documents' _:b would be one node."""
    store = EmbeddedStore(tmp_path / "s")
    items = [NewGraph(f"http://example.org/g{i}", f"_:b <http://example.org/p> \"{i}\" .\n",
                      log_entry("0" * 64, f"f{i}.txt")) for i in range(3)]
    store.add_graphs(items)
    subjects = {q.subject for q in store.quads() if str(q.predicate) == "<http://example.org/p>"}
    assert len(subjects) == 3


def test_an_edited_document_is_replaced_by_writing_what_changed(plans, tmp_path):
    """Re-ingesting an edited file writes the triples that changed, not the whole graph again: a
    graph rewritten whole leaves every one of its keys deleted and written anew in the database,
    and reading the graph right after (the incremental audit) pays for them. The store ends as a
    new store given the edited file ends."""
    from ingest.agencies import Gazetteer
    gaz = Gazetteer.load()
    store = EmbeddedStore(tmp_path / "s")
    ingest_files(store, plans[:2], workers=1)
    p = parse_file(plans[0], gaz)
    assert isinstance(p, Parsed)
    stored = {q.triple for q in store._store.quads_for_pattern(None, None, None, ox.NamedNode(p.graph))}
    assert set(p.triples()) == set(p.new_graph().triples()) == stored      # terms that compare equal
    edited = tmp_path / "edited" / plans[0].name
    edited.parent.mkdir()
    edited.write_text(plans[0].read_text(encoding="utf-8") + "\nGhi chú thêm ở cuối văn bản.\n", encoding="utf-8")
    q = parse_file(edited, gaz)
    assert isinstance(q, Parsed)
    changed = len(set(q.triples()) ^ stored)
    assert 0 < changed < p.count // 4
    written: list[str] = []
    update = store.update

    def recording(text: str) -> None:
        written.append(text)
        update(text)
    store.update = recording  # type: ignore[method-assign]
    store_parsed(store, q)
    lines = sum(line.rstrip().endswith(" .") for text in written for line in text.splitlines())
    # each changed triple in the graph and in the union, and the log entry: far from 2 x 2 x count
    assert lines <= 2 * changed + 10
    fresh = EmbeddedStore(tmp_path / "fresh")
    ingest_files(fresh, [edited, plans[1]], workers=1)
    assert content(store) == content(fresh)


def test_built_graphs_have_no_blank_nodes(plans):
    """Ingest's graphs are written together with others (Parsed.new_graph says blank_nodes=False,
    so their text is not looked through): the builder must mint an IRI for every node, for every
    reader's layout and for real documents."""
    from conftest import SHARED

    from ingest.agencies import Gazetteer
    gaz = Gazetteer.load()
    files = list(plans)
    for folder in ("seeds", "layouts"):
        files += [p for p in sorted((SHARED / folder).glob("*.txt")) if p.name != "README.md"]
    built = [p for p in (parse_file(f, gaz) for f in files) if isinstance(p, Parsed)]
    assert len(built) >= len(plans)
    for p in built:
        g = p.new_graph()
        assert g.joinable
        terms = [x for t in g.triples() for x in (t.subject, t.object)]
        assert not [x for x in terms if isinstance(x, ox.BlankNode)], p.path

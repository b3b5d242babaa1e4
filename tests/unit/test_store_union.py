"""The materialised union graph (the embedded store's default graph) stays the set union of every
graph but the log, whatever sequence of replacements and removals, for the embedded store's delta
writes and the generic update; a store that kept it in a named graph has it moved once."""

from __future__ import annotations

import random

import pyoxigraph as ox

from kehoach.store import EmbeddedStore
from kehoach.store.base import Store
from kehoach.vocab import LOG_GRAPH, UNION_GRAPH

EX = "https://example.org/"


def t(s: int, o: int) -> ox.Triple:
    return ox.Triple(ox.NamedNode(f"{EX}s{s}"), ox.NamedNode(f"{EX}p"), ox.NamedNode(f"{EX}o{o}"))


def union_is_exact(store: EmbeddedStore) -> bool:
    st = store._store
    union = {q.triple for q in st.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    rest = {q.triple for q in st.quads_for_pattern(None, None, None, None)
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value not in (UNION_GRAPH, LOG_GRAPH)}
    return union == rest


def test_shared_triples_leave_the_union_only_with_their_last_graph(tmp_path):
    s = EmbeddedStore(tmp_path / "s")
    s.replace_graph(EX + "g1", [t(1, 1), t(2, 2)])
    s.replace_graph(EX + "g2", [t(2, 2), t(3, 3)])
    s.replace_graph(EX + "g1", [t(1, 1)])                # t(2,2) still asserted by g2
    assert union_is_exact(s) and s.count() == 3
    s.drop_graph(EX + "g2")
    assert union_is_exact(s) and s.count() == 1
    assert s.named_graphs() == [EX + "g1"]


def test_random_sequences_keep_the_union_exact(tmp_path):
    rnd = random.Random(7)
    s = EmbeddedStore(tmp_path / "s")
    for step in range(60):
        g = EX + f"g{rnd.randrange(5)}"
        if rnd.random() < 0.2:
            s.drop_graph(g)
        else:
            s.replace_graph(g, [t(rnd.randrange(8), rnd.randrange(3)) for _ in range(rnd.randrange(0, 6))],
                            {"https://w3id.org/kehoach/ontology#sha256": f'"{step}"'})
        assert union_is_exact(s), step


def test_delta_write_equals_the_generic_update(tmp_path):
    delta, generic = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    for graph, triples in ((EX + "g1", [t(1, 1), t(2, 2)]), (EX + "g2", [t(2, 2)]), (EX + "g1", [t(3, 1)])):
        delta.replace_graph(graph, triples)
        Store.replace_graph(generic, graph, triples)     # the update text every store can run
    dump = [sorted(str(q) for q in x.quads()) for x in (delta, generic)]
    assert dump[0] == dump[1]
    union = [sorted(str(q) for q in x.union_quads()) for x in (delta, generic)]
    assert union[0] == union[1] and len(union[0]) == 2 and union_is_exact(delta)


def test_a_named_union_graph_is_moved_to_the_default_graph_once(tmp_path, monkeypatch):
    """The layout kehoach wrote before: the union in the named graph UNION_GRAPH, nothing in the
    default graph. Opened for writing, the union is in the default graph, the named graph gone, and
    the move recorded, so that it happens once."""
    path = tmp_path / "old"
    raw = ox.Store(str(path))
    union = ox.NamedNode(UNION_GRAPH)
    for g, triples in ((EX + "g1", [t(1, 1), t(2, 2)]), (EX + "g2", [t(2, 2), t(3, 3)])):
        for x in triples:
            raw.add(ox.Quad(x.subject, x.predicate, x.object, ox.NamedNode(g)))
            raw.add(ox.Quad(x.subject, x.predicate, x.object, union))
    del raw
    told: list[str] = []
    # (undone by taking the class attribute out again: the CLI sets Store.notify, which a None
    # left on EmbeddedStore would hide)
    monkeypatch.setattr(EmbeddedStore, "notify", told.append)
    s = EmbeddedStore(path)
    assert len(told) == 1 and "once" in told[0] and str(path) in told[0]
    assert union_is_exact(s) and s.count() == 3
    assert not s._store.contains_named_graph(union) and s.named_graphs() == [EX + "g1", EX + "g2"]
    assert s.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"].value == "3"
    s.replace_graph(EX + "g1", [t(1, 1)])
    s.close()
    s = EmbeddedStore(path)                              # not moved again: g1's change stays
    assert union_is_exact(s) and s.count() == 3
    assert {q.triple for q in s.union_quads()} == {t(1, 1), t(2, 2), t(3, 3)}


def test_the_cli_says_it_moves_an_old_union_graph_once(tmp_path):
    from click.testing import CliRunner

    from kehoach.cli import main
    path = tmp_path / "old"
    raw = ox.Store(str(path))
    for gn in (ox.NamedNode(EX + "g1"), ox.NamedNode(UNION_GRAPH)):
        raw.add(ox.Quad(t(1, 1).subject, t(1, 1).predicate, t(1, 1).object, gn))
    del raw
    first = CliRunner().invoke(main, ["--store", str(path), "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                      "--format", "csv"])
    assert first.exit_code == 0, first.output
    assert "moving the union graph" in first.stderr and first.stdout.split() == ["n", "1"]
    again = CliRunner().invoke(main, ["--store", str(path), "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                      "--format", "csv"])
    assert again.exit_code == 0 and "moving" not in again.stderr and again.stdout.split() == ["n", "1"]

"""The materialised union graph stays the set union of every graph but the log, whatever sequence
of replacements and removals, for the embedded store's delta writes and the generic update."""

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
    union = {q.triple for q in st.quads_for_pattern(None, None, None, ox.NamedNode(UNION_GRAPH))}
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

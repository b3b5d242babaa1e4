"""Parameters are bound as RDF terms in the outer WHERE group and in every sub-select that
mentions them, as grlc's textual substitution would bind them."""

from __future__ import annotations

import pyoxigraph as ox

from kehoach.store.base import bind_values

DATA = """
<http://ex/p1> <http://ex/n> "1" ; <http://ex/t> <http://ex/t1>, <http://ex/t2> .
<http://ex/p2> <http://ex/n> "2" ; <http://ex/t> <http://ex/t3> .
"""


def run(query: str, **params: ox.Literal) -> list[tuple[str, ...]]:
    store = ox.Store()
    store.load(DATA, ox.RdfFormat.TURTLE)
    res = store.query(bind_values(query, params))
    assert isinstance(res, ox.QuerySolutions)
    names = [v.value for v in res.variables]
    return sorted(tuple(str(s[n]) if s[n] is not None else "" for n in names) for s in res)


def test_a_sub_select_filters_on_the_parameter():
    q = """SELECT ?p ?tasks WHERE {
      { SELECT ?p (COUNT(?t) AS ?tasks) WHERE { ?p <http://ex/n> ?n FILTER(?n = ?_n) ?p <http://ex/t> ?t } GROUP BY ?p }
    }"""
    assert run(q, _n=ox.Literal("1")) == [("<http://ex/p1>", '"2"^^<http://www.w3.org/2001/XMLSchema#integer>')]


def test_outer_binding_as_before_and_sub_selects_without_it_untouched():
    q = """SELECT ?p ?k WHERE { ?p <http://ex/n> ?_n .
      { SELECT ?p (COUNT(?t) AS ?k) WHERE { ?p <http://ex/t> ?t } GROUP BY ?p } }"""
    text = bind_values(q, {"_n": ox.Literal("2")})
    assert text.count("VALUES") == 1
    assert run(q, _n=ox.Literal("2")) == [("<http://ex/p2>", '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')]


def test_braces_and_variables_in_strings_iris_and_comments_are_not_syntax():
    q = """SELECT ?p WHERE {   # a comment { ?_n
      { SELECT ?p WHERE { ?p <http://ex/n> ?n FILTER(REGEX(?n, "^[0-9]{1}$") && ?n = ?_n && "?_n }" != "") } }
    }"""
    text = bind_values(q, {"_n": ox.Literal("2")})
    assert text.count("VALUES") == 2
    assert run(q, _n=ox.Literal("2")) == [("<http://ex/p2>",)]
    # a value cannot change the query: it is a serialised term
    assert run(q, _n=ox.Literal('2") } } SELECT * { ?s ?p ?o')) == []

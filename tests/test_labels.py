"""Issue 11, item 7: every data resource of the seeds has an rdfs:label, in Vietnamese, and in English
where an English name exists; at most one label per language, so a query that picks a language
gets one row per resource (docs/vocabulary.md, "Labels")."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import run_json

KHR = "https://w3id.org/kehoach/"
# the data: document graphs, the known-documents graph and the derived graph (the gazetteer and
# issuer codes are vocabulary: SKOS concepts with skos:prefLabel)
DATA_GRAPHS = (f'(STRSTARTS(STR(?g), "{KHR}graph/doc/") '
               f'|| ?g IN (<{KHR}graph/documents>, <{KHR}graph/derived>))')
# Web Annotation nodes (…/source, …/source/lines, …/source/quote, …/source/page…) are described by
# their lines and quote, not labelled
NOT_SPAN = 'FILTER(!REGEX(STR(?s), "/source(/|$)"))'


@pytest.fixture(scope="module")
def subjects(seed_store) -> list[dict]:
    return run_json(seed_store, "sparql", f"""SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER({DATA_GRAPHS} && isIRI(?s) && STRSTARTS(STR(?s), "{KHR}")) {NOT_SPAN} }}""")


@pytest.fixture(scope="module")
def labels(seed_store) -> list[dict]:
    return run_json(seed_store, "sparql", f"""SELECT ?s ?l (LANG(?l) AS ?lang) WHERE {{ ?s rdfs:label ?l .
        FILTER(STRSTARTS(STR(?s), "{KHR}")) FILTER NOT EXISTS {{ GRAPH <{KHR}graph/ontology> {{ ?s ?p ?o }} }} }}""")


def test_every_data_resource_has_a_label(subjects, labels):
    labelled = {r["s"] for r in labels}
    missing = sorted(r["s"] for r in subjects if r["s"] not in labelled)
    print(f"labels: {len(subjects) - len(missing)}/{len(subjects)} data resources of the seeds labelled")
    assert len(subjects) > 1200
    assert missing == []


def test_one_label_per_language_vi_always(labels):
    per = Counter((r["s"], r["lang"]) for r in labels)
    assert [k for k, n in per.items() if n > 1] == []
    assert {r["lang"] for r in labels} == {"vi", "en"}
    with_en = {r["s"] for r in labels if r["lang"] == "en"}
    with_vi = {r["s"] for r in labels if r["lang"] == "vi"}
    assert with_en <= with_vi


def label(labels: list[dict], iri: str, lang: str) -> str | None:
    return next((r["l"] for r in labels if r["s"] == iri and r["lang"] == lang), None)


def test_labels_say_what_the_resource_is(seed_store, labels):
    d155 = KHR + "eli/vn/qd-ttg/2026/155"
    assert (label(labels, d155, "vi"), label(labels, d155, "en")) == ("Quyết định 155/QĐ-TTg", "Decision 155/QĐ-TTg")
    gia_lai = run_json(seed_store, "sparql", 'SELECT ?p WHERE { ?g kh:describes ?p ; prov:wasDerivedFrom/kh:fileName '
                                             '"003_c94ae1e408b8e268.txt" }')[0]["p"]
    assert label(labels, gia_lai, "vi") == "Kế hoạch tỉnh Gia Lai 2026 (không số)"      # unnumbered: place, year
    assert label(labels, gia_lai, "en") == "Plan, Gia Lai Province, 2026 (unnumbered)"
    assert label(labels, KHR + "eli/vn/khanh-hoa/kh-ubnd/2021/12127", "vi") == "Kế hoạch 12127/KH-UBND"
    task = label(labels, gia_lai + "/task/1.1", "vi")
    assert task is not None and task.startswith("1.1 ") and len(task) < 80        # code + first words
    assert label(labels, KHR + "place/vn/gia-lai", "en") == "Gia Lai Province"
    assert label(labels, KHR + "place/vn/hai-phong/hai-duong", "vi") == "phường Hải Dương"
    # English agency labels name the province: three Departments of Home Affairs, three labels
    home = sorted(r["l"] for r in labels if r["lang"] == "en" and r["l"].startswith("Department of Home Affairs"))
    assert home == ["Department of Home Affairs, Dong Thap", "Department of Home Affairs, Gia Lai",
                    "Department of Home Affairs, Khanh Hoa"]


def test_a_naive_query_picking_a_language_gets_one_row_per_task(seed_store):
    rows = run_json(seed_store, "sparql", 'SELECT ?t ?l WHERE { ?t a kh:Task ; rdfs:label ?l FILTER(lang(?l) = "vi") }')
    assert len(rows) == len({r["t"] for r in rows}) == 232
    both = run_json(seed_store, "sparql", "SELECT ?a ?l WHERE { ?a a kh:Agency ; rdfs:label ?l }")
    assert len(both) > len({r["a"] for r in both})      # bilingual: pick one, as the guide says

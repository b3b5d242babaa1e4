"""Paginated saved queries (grlc's `#+ pagination: N`): the header, the text of a page, `kehoach
query --page/--all`, and the API's `?page=`, Link headers and OpenAPI `page` parameter. In process,
over a small synthetic store whose tasks (1,200 in three files) make more than one page of
queries/tasks.rq; the pages read in turn are the whole answer, in the order of the query as it
was before it was paginated (ORDER BY ?source ?seq over every task)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kehoach.cli import main
from kehoach.queries import QueryError, get_query, page_name, parse_query
from kehoach.store import EmbeddedStore

KH = "https://w3id.org/kehoach/ontology#"
EX = "https://example.org/"
# file name -> number of tasks; the names sort otherwise than they are written, and sequence
# numbers pass 9 (an order by text would put 10 before 9)
FILES = {"b_plan.txt": 500, "a_plan.txt": 400, "c_plan.txt": 300}
TOTAL = sum(FILES.values())

# the query before it was paginated: every row sorted at once (the answer pages must give)
FORMER_TASKS = """PREFIX kh: <https://w3id.org/kehoach/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?source ?plan ?code ?text ?leads ?supports
WHERE {
  { SELECT ?task (GROUP_CONCAT(DISTINCT ?leadLabel; separator=" | ") AS ?leads)
    WHERE { ?task a kh:Task .
      OPTIONAL { ?task kh:lead ?lead .
        OPTIONAL { ?lead kh:gazetteerEntry/skos:prefLabel ?lg . FILTER(lang(?lg) = "vi") }
        OPTIONAL { ?lead skos:prefLabel ?lo . FILTER(lang(?lo) = "vi") }
        BIND(COALESCE(?lg, ?lo) AS ?leadLabel) } } GROUP BY ?task }
  { SELECT ?task (GROUP_CONCAT(DISTINCT ?supportLabel; separator=" | ") AS ?supports)
    WHERE { ?task a kh:Task .
      OPTIONAL { ?task kh:support ?support .
        OPTIONAL { ?support kh:gazetteerEntry/skos:prefLabel ?sg . FILTER(lang(?sg) = "vi") }
        OPTIONAL { ?support skos:prefLabel ?so . FILTER(lang(?so) = "vi") }
        BIND(COALESCE(?sg, ?so) AS ?supportLabel) } } GROUP BY ?task }
  GRAPH ?g { ?task kh:plan ?plan ; dct:description ?text ; kh:sequence ?seq . }
  ?g prov:wasDerivedFrom/kh:fileName ?source .
  OPTIONAL { GRAPH ?g { ?task eli:number ?code } }
  FILTER(!BOUND(?__source) || ?source = ?__source)
}
ORDER BY ?source ?seq
"""


def _graph(i: int, name: str, n: int) -> str:
    g, plan = f"{EX}graph/{i}", f"{EX}plan/{i}"
    lines = [f"<{g}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{EX}file/{i}> .",
             f'<{EX}file/{i}> <{KH}fileName> "{name}" .']
    for j in range(1, n + 1):
        t = f"<{plan}/task/{j}>"
        lines += [f"{t} a <{KH}Task> ; <{KH}plan> <{plan}> ; <{KH}sequence> {j} ;",
                  f'  <http://purl.org/dc/terms/description> "Nhiệm vụ {j} của {name}" ;',
                  f"  <{KH}lead> <{EX}agency/{j % 3}> , <{EX}agency/{(j + 1) % 3}> ; <{KH}support> <{EX}agency/9> ."]
        if j % 4:                                     # every fourth task is an uncoded bullet
            lines.append(f'{t} <http://data.europa.eu/eli/ontology#number> "{i}.{j}" .')
    body = "\n".join(lines)
    return f"GRAPH <{g}> {{ {body} }} {body}"          # the graph, and the union: the default graph


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("paged-store")
    s = EmbeddedStore(path)
    labels = " ".join(f'<{EX}agency/{a}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Sở {a}"@vi .'
                      for a in (0, 1, 2, 9))
    s.update("INSERT DATA { " + " ".join(_graph(i, n, k) for i, (n, k) in enumerate(FILES.items()))
             + f" {labels} }}")
    s.close()
    return path


def _rows(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.strip().splitlines()[1:]]


def _cli(store: Path, *args: str):
    r = CliRunner().invoke(main, ["--store", str(store), "query", *args])
    return r


# -- the header and the text of a page ------------------------------------------------------------
def _q(tmp_path: Path, text: str, name: str = "q.rq"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return parse_query(p)


def test_pagination_header(tmp_path):
    assert get_query("tasks").pagination == 1000
    assert get_query("documents").pagination is None
    q = _q(tmp_path, "#+ summary: x\n#+ pagination: 25\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\n")
    assert q.pagination == 25 and q.describe()["pagination"] == 25
    for bad in ("0", "-3", "ten", "true", "2.5"):
        with pytest.raises(QueryError, match="pagination"):
            _q(tmp_path, f"#+ pagination: {bad}\nSELECT ?s WHERE {{ ?s ?p ?o }}\n")
    with pytest.raises(QueryError, match="LIMIT or OFFSET of its own"):
        _q(tmp_path, "#+ pagination: 5\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 7\n")
    with pytest.raises(QueryError, match="more than one"):
        _q(tmp_path, "#+ pagination: 5\nSELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o }\n# kehoach:page\n}"
                     " { SELECT ?s WHERE { ?s ?p ?o }\n# kehoach:page\n} }\n")


def test_page_text(tmp_path):
    q = _q(tmp_path, '#+ pagination: 10\nSELECT ?s WHERE { ?s ?p "}#" . FILTER(?s != <x:a#b>) } # LIMIT 1\n'
                     "ORDER BY ?s # a comment }\n")
    text = q.page_text(3)
    assert text.endswith("ORDER BY ?s # a comment }\nLIMIT 10 OFFSET 20\n")        # after the comment, on its line
    assert q.page_text(1).endswith("LIMIT 10 OFFSET 0\n")
    assert q.page(2).text == q.page_text(2) and q.page(2).name == q.name
    values = _q(tmp_path, "#+ pagination: 5\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\nVALUES ?p { <x:p> }\n")
    assert re.search(r"ORDER BY \?s\nLIMIT 5 OFFSET 5\nVALUES \?p", values.page_text(2))   # before a trailing VALUES
    for bad in (0, -1):
        with pytest.raises(QueryError, match="page must be"):
            q.page_text(bad)
    with pytest.raises(QueryError, match="not paginated"):
        get_query("documents").page_text(1)
    # tasks cuts its pages where it says, inside: the outer query keeps no LIMIT
    tasks = get_query("tasks")
    page2 = tasks.page_text(2)
    mark = re.compile(r"^\s*# kehoach:page", re.M)
    assert mark.search(tasks.text) and not mark.search(page2)
    assert re.search(r"ORDER BY \?key \?seq \?task\n\s+LIMIT 1000 OFFSET 1000\n\s+\}", page2)
    assert get_query(page_name("tasks", 2)).text == page2
    with pytest.raises(QueryError, match="page must be"):
        get_query("tasks#page=x")


# -- the command line ----------------------------------------------------------------------------------
def test_pages_are_the_whole_answer_in_order(store, tmp_path):
    former = tmp_path / "former.rq"
    former.write_text(FORMER_TASKS, encoding="utf-8")
    everything = _cli(store, "--file", str(former), "--format", "csv")
    assert everything.exit_code == 0, everything.output
    expected = _rows(everything.stdout)
    assert len(expected) == TOTAL and expected[0][0] == "a_plan.txt" and expected[-1][0] == "c_plan.txt"
    r = _cli(store, "tasks", "--all", "--format", "csv")
    assert r.exit_code == 0 and r.stdout == everything.stdout and r.stderr == ""
    pages = []
    for k in (1, 2):
        r = _cli(store, "tasks", "--page", str(k), "--format", "csv")
        assert r.exit_code == 0, r.output
        pages.append(_rows(r.stdout))
    assert [len(p) for p in pages] == [1000, TOTAL - 1000]
    assert pages[0] + pages[1] == expected
    assert _rows(_cli(store, "tasks", "--format", "csv").stdout) == pages[0]          # page 1 by default
    one = _cli(store, "tasks", "-p", "source=b_plan.txt", "--format", "csv")
    assert _rows(one.stdout) == [r for r in expected if r[0] == "b_plan.txt"] and one.stderr == ""


def test_page_note_on_stderr(store):
    r = _cli(store, "tasks", "--format", "json")
    assert len(json.loads(r.stdout)) == 1000
    assert r.stderr.count("\n") == 1 and "page 1" in r.stderr and "--page 2" in r.stderr and "--all" in r.stderr
    r = _cli(store, "tasks", "--page", "2", "--format", "json")
    assert len(json.loads(r.stdout)) == TOTAL - 1000 and r.stderr == ""                # the last page: no note
    r = _cli(store, "tasks", "--page", "3", "--format", "json")
    assert json.loads(r.stdout) == [] and "page 3" in r.stderr and "empty" in r.stderr
    r = _cli(store, "tasks", "--limit", "5", "--format", "csv")                        # --limit still works
    assert len(_rows(r.stdout)) == 5 and "--page 2" in r.stderr
    r = CliRunner().invoke(main, ["--store", str(store), "--quiet", "query", "tasks", "--format", "csv"])
    assert r.stderr == "" and len(_rows(r.stdout)) == 1000


def test_page_options_refused(store):
    r = _cli(store, "tasks", "--page", "2", "--all")
    assert r.exit_code == 2 and "not both" in r.stderr
    r = _cli(store, "totals", "--page", "2")
    assert r.exit_code == 2 and "not paginated" in r.stderr
    r = _cli(store, "totals", "--all")
    assert r.exit_code == 2 and "not paginated" in r.stderr
    r = _cli(store, "tasks", "--page", "0")
    assert r.exit_code == 2


# -- the web API ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def client(store):
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from kehoach.web.app import Config, create_app
    app = create_app(Config(str(store), timeout=60, max_rows=5000, workers=1, sparql_workers=1, api_workers=1,
                            audit=False))
    with TestClient(app) as c:
        yield c


def _links(header: str) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]*)>; rel="(\w+)"', header)}


def test_api_pages_and_link_headers(client, store):
    r = client.get("/api/tasks.json")
    assert r.status_code == 200 and len(r.json()) == 1000
    links = _links(r.headers["link"])
    assert set(links) == {"first", "next"}
    assert links["next"] == "http://testserver/api/tasks.json?page=2"
    r2 = client.get(links["next"])
    assert r2.status_code == 200 and len(r2.json()) == TOTAL - 1000
    links2 = _links(r2.headers["link"])
    assert set(links2) == {"first", "prev", "last"}
    assert links2["prev"].endswith("page=1") and links2["last"].endswith("page=2")
    everything = _rows(_cli(store, "tasks", "--all", "--format", "csv").stdout)
    assert [list(row.values()) for row in r.json() + r2.json()] == \
        [[c if c != "" or i in (4, 5) else None for i, c in enumerate(row)] for row in everything]
    # CSV and the other parameters keep their place in the links
    r = client.get("/api/tasks", params={"source": "b_plan.txt", "page": "1"}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.text.count("\r\n") == 501
    assert _links(r.headers["link"]) == {"first": "http://testserver/api/tasks?source=b_plan.txt&page=1",
                                         "last": "http://testserver/api/tasks?source=b_plan.txt&page=1"}
    r = client.get("/api/tasks.json", params={"page": "9"})
    assert r.status_code == 200 and r.json() == [] and set(_links(r.headers["link"])) == {"first", "prev"}
    assert "link" not in client.get("/api/totals.json").headers


@pytest.mark.parametrize("page", ["0", "-1", "two", "1.5", "²"])
def test_api_bad_page_is_json_400(client, page):
    r = client.get("/api/tasks.json", params={"page": page})
    assert r.status_code == 400
    body = r.json()
    assert "page" in body["error"] and body["query"] == "tasks" and isinstance(body["accepts"], list)


def test_openapi_lists_page(client):
    doc = client.get("/api/openapi.json").json()
    op = doc["paths"]["/api/tasks"]["get"]
    page = [p for p in op["parameters"] if p["name"] == "page"]
    assert page and page[0]["in"] == "query" and page[0]["schema"]["type"] == "integer" \
        and page[0]["schema"]["minimum"] == 1 and "1000" in page[0]["description"]
    assert "Link" in op["responses"]["200"]["headers"]
    assert not any(p["name"] == "page" for p in doc["paths"]["/api/totals"]["get"]["parameters"])


def test_grlc_pages_are_the_same(store):
    """grlc appends LIMIT/OFFSET to the outer query; tasks cuts inside: the same pages."""
    q = get_query("tasks")
    appended = re.sub(r"(?m)^\s*# kehoach:page\n", "", q.text)
    s = EmbeddedStore(store, create=False)
    try:
        for k in (1, 2):
            ours = s.select(q.page_text(k), q.bind({}), prefixes=False)
            grlc = s.select(appended + f"LIMIT 1000 OFFSET {(k - 1) * 1000}\n", q.bind({}), prefixes=False)
            assert [[str(r.get(v)) for v in ours.variables] for r in ours.rows] == \
                [[str(r.get(v)) for v in grlc.variables] for r in grlc.rows]
    finally:
        s.close()

"""`kehoach serve`, in process: every route through Starlette's TestClient over the seed store
(query workers are real processes reading the store read-only)."""

import json
import re
import shutil
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import EXAMPLES, run

pytest.importorskip("starlette")
from starlette.testclient import TestClient

from kehoach.store import EmbeddedStore
from kehoach.web.app import Config, create_app

DOC155 = "/eli/vn/qd-ttg/2026/155"
GIA_LAI = "/eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def client(seed_store):
    app = create_app(Config(str(seed_store), timeout=20, max_rows=5000, workers=1, sparql_workers=1, api_workers=1))
    with TestClient(app) as c:
        yield c


def wait_audit(client, seconds=120):
    st = client.app.state.kehoach
    t = time.monotonic()
    while st.findings is None and st.audit_error is None and time.monotonic() - t < seconds:
        time.sleep(0.2)
    assert st.findings is not None, st.audit_error


def sparql_values(client, query: str, var: str) -> list[str]:
    r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    return [b[var]["value"] for b in r.json()["results"]["bindings"]]


def descendants(client, path: str) -> list[str]:
    return sparql_values(client, "SELECT DISTINCT ?p WHERE { "
                                 "?p (eli:ensures_implementation_of|kh:carriesOut|kh:inferredImplementationOf)+ "
                                 f"<https://w3id.org/kehoach{path}> }}", "p")


# -- home, search, documents -------------------------------------------------------------------
def test_home_counts_and_national_decisions(client):
    r = client.get("/", headers=HTML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "232" in r.text                                 # tasks in the seeds
    row = re.search(r'<a href="/eli/vn/qd-ttg/2026/155"[^>]*>[^<]*155/QĐ-TTg</a>.*?</tr>', r.text, re.S)
    n = len(descendants(client, DOC155))
    assert n == 4 and row and f'href="/lineage/eli/vn/qd-ttg/2026/155">{n}</a>' in row.group(0)  # 000 001 003 168
    assert "Content-Security-Policy" in r.headers and "script-src 'self'" in r.headers["content-security-policy"]


def test_search_without_diacritics(client):
    r = client.get("/search", params={"q": "so noi vu"}, headers=HTML)
    assert r.status_code == 200
    assert "Sở Nội vụ" in r.text and "/agency/gia-lai/so-noi-vu" in r.text
    r = client.get("/search", params={"q": "AN SINH XA HOI"})
    assert "an sinh xã hội" in r.text.lower()
    r = client.get("/search", params={"q": "155/QĐ-TTg"})
    assert DOC155 in r.text


def test_documents_page(client):
    r = client.get("/documents")
    assert r.status_code == 200
    for name in ("000_73d4bb3c1402900e.txt", "12127/KH-UBND", "168/KH-UBND"):
        assert name in r.text


# -- IRIs: Cool URIs, content negotiation -----------------------------------------------------------
@pytest.mark.parametrize("accept, suffix", [(HTML["Accept"], ".html"), ("text/turtle", ".ttl"),
                                            ("application/ld+json", ".jsonld"), ("application/n-triples", ".nt"),
                                            ("*/*", ".html"), (None, ".html")])
def test_iri_303_by_accept(client, accept, suffix):
    r = client.get(DOC155, headers={"Accept": accept} if accept else {}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == DOC155 + suffix
    assert "Accept" in r.headers.get("vary", "")


def test_iri_rdf_descriptions(client):
    iri = "https://w3id.org/kehoach" + GIA_LAI + "/task/1.1"
    for suffix, fmt in ((".ttl", ox.RdfFormat.TURTLE), (".nt", ox.RdfFormat.N_TRIPLES),
                        (".jsonld", ox.RdfFormat.JSON_LD)):
        r = client.get(GIA_LAI + "/task/1.1" + suffix)
        assert r.status_code == 200, suffix
        triples = [q.triple for q in ox.parse(r.content, format=fmt)]
        subjects = {t.subject.value for t in triples}
        assert iri in subjects and iri + "/source" in subjects        # the span, with selectors
        assert any(t.predicate.value.endswith("#exact") for t in triples)
    assert client.get("/eli/vn/nothing/here.ttl").status_code == 404


def test_every_kind_of_iri_has_a_page(client):
    citation = sparql_values(client, f"SELECT ?c WHERE {{ <https://w3id.org/kehoach{GIA_LAI}> kh:citation ?c }} "
                                     "LIMIT 1", "c")[0][len("https://w3id.org/kehoach"):]
    duty = sparql_values(client, f"SELECT ?c WHERE {{ <https://w3id.org/kehoach{GIA_LAI}> kh:reportingDuty ?c }} "
                                 "LIMIT 1", "c")[0][len("https://w3id.org/kehoach"):]
    pages = [DOC155, GIA_LAI, GIA_LAI + "/task/1.1", GIA_LAI + "/task/1.1/source", GIA_LAI + "/goal/1",
             citation, duty, GIA_LAI + "/duty/IV.2", GIA_LAI + "/period",
             "/agency/gia-lai/so-noi-vu", "/agency-group/gia-lai/ubnd-cac-xa-phuong", "/gazetteer/agency/so-noi-vu",
             "/place/vn/gia-lai", "/place/vn/hai-phong/hai-duong",
             "/gazetteer/event/2025-so-lao-dong-thuong-binh-va-xa-hoi",
             "/graph/doc/gia-lai/ke-hoach/2026/draft-adad9fd80c"]
    for p in pages:
        r = client.get(p + ".html")
        assert r.status_code == 200, p
        assert "<h1>" in r.text and "Traceback" not in r.text
    r = client.get("/ontology", headers=HTML, follow_redirects=True)
    assert r.status_code == 200 and 'id="Task"' in r.text
    assert client.get("/ontology.ttl").headers["content-type"].startswith("text/turtle")
    r = client.get("/eli/vn/nothing/here.html", headers=HTML)
    assert r.status_code == 404 and "no resource" in r.text


def test_document_page(client):
    wait_audit(client)
    r = client.get("/eli/vn/khanh-hoa/kh-ubnd/2021/12127.html")
    assert r.status_code == 200
    t = r.text
    assert "12127/KH-UBND" in t and "Khánh Hòa" in t
    assert 'href="/eli/vn/qd-ttg/2016/161"' in t                        # implements (lineage up)
    assert "07/2029/NQ-HĐND" in t and "2019-12-10" in t                  # cited, with its date as printed
    assert 'href="/agency/khanh-hoa/' in t                               # leads linked to agency pages
    assert re.search(r'<summary>dòng \d+.*?</summary>\s*<blockquote>[^<]+</blockquote>'
                     r'<a href="/eli/vn/khanh-hoa/kh-ubnd/2021/12127/task/[^"]+/source"', t, re.S)
    assert "<blockquote>" in t                                           # the quoted text
    graph = "https://w3id.org/kehoach/graph/doc/khanh-hoa/kh-ubnd/2021/12127"
    checks = {f["check"] for f in client.app.state.kehoach.findings if f["graph"] == graph}
    assert checks and all(f"<code>{c}</code>" in t for c in checks)     # its audit findings
    r = client.get(DOC155 + ".html")
    assert "Được thực hiện bởi" in r.text and GIA_LAI in r.text          # lineage down
    assert "2026-02-20" in client.get("/eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c.html").text


def test_task_and_source_pages(client):
    r = client.get(GIA_LAI + "/task/1.1.html")
    assert "Sở Văn hóa, Thể thao và Du lịch" in r.text and GIA_LAI + "/task/1.1/source" in r.text
    assert 'href="/agency/gia-lai/so-van-hoa-the-thao-va-du-lich"' in r.text
    r = client.get(GIA_LAI + "/task/1.1/source.html")
    assert "003_c94ae1e408b8e268.txt" in r.text and 'id="quote"' in r.text and "line=110,111" in r.text


def test_agency_page_with_2025_successor(client):
    r = client.get("/agency/gia-lai/so-noi-vu.html")
    assert r.status_code == 200 and "Theo văn bản" in r.text and "tiền thân" in r.text     # predecessors
    assert "/agency/gia-lai/so-noi-vu.ics" in r.text
    r = client.get("/agency/khanh-hoa/so-lao-dong-thuong-binh-va-xa-hoi.html")
    assert r.status_code == 200
    assert "kế thừa" in r.text and 'href="/agency/khanh-hoa/so-noi-vu"' in r.text             # successor


def test_lineage_picture(client):
    r = client.get("/lineage" + DOC155)
    assert r.status_code == 200
    svg = r.text
    if "<svg" not in svg:
        pytest.skip("graphviz dot is not installed")
    for label in ("Gia Lai", "Đồng Tháp"):
        assert label in svg
    for iri in descendants(client, DOC155):              # every descendant is a node linking to its page
        path = iri[len("https://w3id.org/kehoach"):]
        assert f'xlink:href="{path}"' in svg or f'href="{path}"' in svg, path
    r = client.get(DOC155 + ".svg")
    assert r.headers["content-type"] == "image/svg+xml" and r.text.startswith("<?xml")


def test_calendars(client):
    r = client.get(GIA_LAI + ".ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    text = r.text
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "RRULE:FREQ=YEARLY" in text
    assert "DTSTART;VALUE=DATE:20261025" in text                         # 25/10 yearly from 2026
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    icalendar = pytest.importorskip("icalendar")
    cal = icalendar.Calendar.from_ical(text)
    assert len(cal.walk("VEVENT")) >= 1
    r = client.get("/agency/gia-lai/so-noi-vu.ics")
    assert r.status_code == 200 and "BEGIN:VEVENT" in r.text


def test_audit_page_filters(client):
    wait_audit(client)
    r = client.get("/audit")
    assert r.status_code == 200 and "duplicate-task" in r.text and "collective-lead" in r.text
    r = client.get("/audit", params={"check": "collective-lead"})
    rows = re.findall(r"<tr><td>[^<]*</td><td class=\"(\w+)\">", r.text)
    assert rows and set(rows) == {"Warning"} and "duplicate-task</code>" not in r.text
    r = client.get("/audit", params={"severity": "Info", "document": "000_73d4bb3c1402900e.txt"})
    assert "blank-number" in r.text and "004_35cf8d864bcec6de.txt</td>" not in r.text


# -- SPARQL protocol --------------------------------------------------------------------------------
Q = "SELECT ?n WHERE { ?d a kh:Plan ; eli:id_local ?n } ORDER BY ?n"


def test_sparql_select_formats(client):
    r = client.get("/sparql", params={"query": Q}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    values = [b["n"]["value"] for b in r.json()["results"]["bindings"]]
    assert "12127/KH-UBND" in values and "168/KH-UBND" in values
    r = client.get("/sparql", params={"query": Q}, headers={"Accept": "application/sparql-results+xml"})
    assert r.text.startswith("<?xml") and "<literal>12127/KH-UBND</literal>" in r.text
    r = client.get("/sparql", params={"query": Q, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv") and r.text.splitlines()[0] == "n"
    r = client.get("/sparql", params={"query": Q}, headers={"Accept": "text/tab-separated-values"})
    assert r.text.splitlines()[0] == "?n" and '"12127/KH-UBND"' in r.text
    r = client.post("/sparql", data={"query": Q})                        # form, default JSON
    assert r.json()["head"]["vars"] == ["n"]
    r = client.post("/query", content=Q.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and r.json()["results"]["bindings"]
    r = client.get("/sparql", params={"query": "ASK { ?t a kh:Task }"})
    assert r.json() == {"head": {}, "boolean": True}
    r = client.get("/sparql", params={"query": Q}, headers={"Accept": "text/turtle"})   # nothing fits: the default
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")


def test_sparql_graph_formats_and_dataset(client):
    q = f"DESCRIBE <https://w3id.org/kehoach{DOC155}>"
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML)):
        r = client.get("/sparql", params={"query": q}, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
        assert len(list(ox.parse(r.content, format=fmt))) > 3
    # the default graph is the union; GRAPH reaches each document graph
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kh:DocumentGraph } }"
    r = client.get("/sparql", params={"query": q})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "4"
    # protocol dataset: one document graph as the default graph
    g = "https://w3id.org/kehoach/graph/doc/gia-lai/ke-hoach/2026/draft-adad9fd80c"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?t a kh:Task }"
    r = client.get("/sparql", params={"query": q, "default-graph-uri": g})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "30"


def test_service_description_and_cors(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and "sparql-service-description" in r.text and "SPARQL11Query" in r.text
    r = client.options("/sparql", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "Content-Type"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    r = client.get("/sparql", params={"query": Q}, headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"


def test_sparql_read_only_and_errors(client):
    for r in (client.post("/sparql", data={"update": "DROP ALL"}),
              client.post("/sparql", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
              client.get("/sparql", params={"query": "INSERT DATA { <x:a> <x:b> <x:c> }"}),
              client.post("/update", data={"update": "CLEAR ALL"}),
              client.put("/store?default", content=b"", headers={"Content-Type": "text/turtle"})):
        assert r.status_code == 403 and "read-only" in r.text and r.text.count("\n") == 1
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and "SPARQL syntax error" in r.text and "Traceback" not in r.text
    r = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert r.status_code == 400 and "SERVICE" in r.text
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 500 and "5000 rows" in r.text and "row cap" in r.text
    r = client.post("/sparql", content=b"x" * (2 << 20), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
    r = client.get("/sparql", params={"query": Q, "default-graph-uri": "not an iri"})
    assert r.status_code == 400 and "must be IRIs" in r.text and r.text.count("\n") == 1
    r = client.post("/sparql", content=b"SELECT", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415 and "Traceback" not in r.text


def test_graph_store_read(client):
    g = "https://w3id.org/kehoach/graph/doc/gia-lai/ke-hoach/2026/draft-adad9fd80c"
    r = client.get("/store", params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and len(r.text.splitlines()) > 1000
    assert client.get("/store", params={"graph": "https://example.org/none"}).status_code == 404


def test_editor_page(client):
    r = client.get("/sparql", params={"query": Q}, headers=HTML)
    assert r.status_code == 200
    assert 'id="query"' in r.text and "12127/KH-UBND" in r.text
    assert '<span class="k">SELECT</span>' in r.text or "SELECT</span>" in r.text   # Pygments highlighting
    assert "format=csv" in r.text and "format=json" in r.text
    assert 'href="/queries/descendants"' in r.text                                  # saved queries one click away
    r = client.get("/sparql", params={"query": "SELECT ?t WHERE { ?t a kh:Tsk } LIMIT 1"}, headers=HTML)
    assert "kh:Task" in r.text                                                      # the warning of kehoach sparql
    r = client.get("/sparql", params={"query": f"SELECT ?d WHERE {{ BIND(<https://w3id.org/kehoach{DOC155}> AS ?d) }}"},
                   headers=HTML)
    assert f'href="{DOC155}"' in r.text                                             # IRIs linked


# -- saved-query API ----------------------------------------------------------------------------------
def test_api_json_csv(client):
    r = client.get("/api/tasks.json", params={"source": "003_c94ae1e408b8e268.txt"})
    rows = r.json()
    assert r.status_code == 200 and len(rows) == 30 and rows[0]["source"] == "003_c94ae1e408b8e268.txt"
    r = client.get("/api/tasks", params={"source": "003_c94ae1e408b8e268.txt"}, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv") and len(r.text.strip().splitlines()) == 31
    assert client.get("/api/tasks.csv", params={"source": "003_c94ae1e408b8e268.txt"}).text == r.text
    # normalised parameters, as the CLI: the decision without diacritics
    rows = client.get("/api/descendants", params={"decision": "155/QD-TTg"}).json()
    assert len(rows) == 4
    assert client.get("/api/local/local/descendants.json", params={"decision": "155/QD-TTg"}).json() == rows
    rows = client.get("/api/tasks-by-agency", params={"agency": "so noi vu tinh gia lai", "role": "lead"}).json()
    assert rows and {r["role"] for r in rows} == {"lead"}


def test_api_errors_are_json_400_with_accepted_values(client):
    r = client.get("/api/tasks-by-agency", params={"agency": "so noi vu", "role": "boss"})
    assert r.status_code == 400
    body = r.json()
    assert "role" in body["error"] and body["query"] == "tasks-by-agency"
    role = next(p for p in body["accepts"] if p["name"] == "role")
    assert role["choices"] == ["lead", "support", "any"]
    r = client.get("/api/plans-in-force", params={"year": "soon"})
    assert r.status_code == 400 and "integer" in r.json()["error"]
    r = client.get("/api/tasks-by-agency")
    assert r.status_code == 400 and "needs parameter agency" in r.json()["error"]
    r = client.get("/api/no-such-query")
    assert r.status_code == 404 and "tasks" in r.json()["available"]
    r = client.get("/api/citations", params={"plan": "9999/KH-UBND"})
    assert r.status_code == 400 and "no document" in r.json()["error"]


def test_openapi(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    from kehoach.queries import saved_queries
    assert set(doc["paths"]) == {f"/api/{n}" for n in saved_queries()}
    op = doc["paths"]["/api/tasks-by-agency"]["get"]
    params = {p["name"]: p for p in op["parameters"]}
    assert params["agency"]["required"] is True
    assert params["role"]["schema"] == {"type": "string", "enum": ["lead", "support", "any"], "default": "any"}
    assert doc["paths"]["/api/plans-in-force"]["get"]["parameters"][0]["schema"]["type"] == "integer"
    assert "text/csv" in op["responses"]["200"]["content"]
    r = client.get("/api", headers=HTML)
    assert r.status_code == 200 and "/api/openapi.json" in r.text and "GET /api/descendants" in r.text
    r = client.get("/api/descendants", headers=HTML, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/queries/descendants"


def test_saved_query_page(client):
    r = client.get("/queries/descendants")
    assert r.status_code == 200 and 'name="decision"' in r.text and 'value="155/QĐ-TTg"' in r.text
    r = client.get("/queries/descendants", params={"decision": "155/QD-TTg", "run": "1"})
    assert r.status_code == 200 and "168/KH-UBND" in r.text and "/api/descendants.csv?decision=155" in r.text
    assert "VALUES" in r.text                                           # the bound query, for the editor
    r = client.get("/queries/tasks-by-agency", params={"agency": "so noi vu", "role": "boss"})
    assert r.status_code == 400 and "must be one of" in r.text


# -- safety ------------------------------------------------------------------------------------------------
def test_static_assets_only(client):
    assert client.get("/static/style.css").status_code == 200
    js = client.get("/static/editor.js").headers["content-type"]
    assert js.startswith(("text/javascript", "application/javascript"))
    for p in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2f..%2fpyproject.toml", "/../pyproject.toml"):
        r = client.get(p)
        assert r.status_code in (400, 404), p
        assert "[build-system]" not in r.text and "import" not in r.text


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    """A store whose task text and agency name are HTML/JS payloads."""
    store = tmp_path_factory.mktemp("hostile-store")
    run(store, "ingest", str(EXAMPLES / "example_tsv.txt"))
    s = EmbeddedStore(store)
    r = s.select("SELECT ?t ?g ?a WHERE { GRAPH ?g { ?t a kh:Task ; eli:number \"1.1\" ; kh:lead ?a } }")
    t, g, a = (r.rows[0][k] for k in ("t", "g", "a"))
    text = '<script>alert("xss")</script> Tuyên truyền'
    name = 'Sở "><img src=x onerror=alert(1)> Nội vụ'
    data = (f"{t} <http://purl.org/dc/terms/description> {ox.Literal(text)} ; "
            f"<https://w3id.org/kehoach/ontology#searchText> \"xss tuyen truyen\" . "
            f"{a} <http://www.w3.org/2000/01/rdf-schema#label> {ox.Literal(name, language='vi')} .")
    old = f"{t} <http://purl.org/dc/terms/description> ?x ."
    # the document's graph, and the union (the store's default graph)
    upd = [f"DELETE WHERE {{ GRAPH {g} {{ {old} }} }}", f"INSERT DATA {{ GRAPH {g} {{ {data} }} }}",
           f"DELETE WHERE {{ {old} }}", f"INSERT DATA {{ {data} }}"]
    s.update(" ;\n".join(upd))
    s.close()
    app = create_app(Config(str(store), timeout=20, workers=1, sparql_workers=1, api_workers=1))
    with TestClient(app) as c:
        c.task, c.agency = t.value, a.value
        yield c


def _no_payload(html: str) -> None:
    assert "<script>alert" not in html and "<img src=x" not in html and '"><img' not in html
    assert "onerror=alert(1)>" not in html.replace("&gt;", "")  or "&lt;img" in html


def test_every_value_is_escaped(hostile_client):
    c = hostile_client
    base = "https://w3id.org/kehoach"
    doc = c.task.rsplit("/task/", 1)[0]
    pages = [doc[len(base):] + ".html", c.task[len(base):] + ".html", c.agency[len(base):] + ".html",
             "/search?q=xss+tuyen+truyen", "/search?q=noi+vu", "/lineage/eli/vn/qd-ttg/2026/155",
             "/sparql?" + "query=SELECT+%3Ft+%3Fx+WHERE+%7B+%3Ft+dct%3Adescription+%3Fx+%7D"]
    for p in pages:
        r = c.get(p, headers=HTML)
        assert r.status_code == 200, p
        _no_payload(r.text)
    r = c.get(c.task[len(base):] + ".html")
    assert "&lt;script&gt;alert(" in r.text
    r = c.get(doc[len(base):] + ".html")
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and "&lt;script&gt;" in r.text
    # JSON and CSV carry the text as data
    r = c.get("/api/tasks.json")
    assert any(row["text"].startswith("<script>") for row in r.json())
    svg = c.get("/lineage/eli/vn/qd-ttg/2026/155").text
    assert "<script" not in svg.lower().replace("&lt;script", "")


def test_publish_site(seed_store, tmp_path):
    out = tmp_path / "site"
    p = run(seed_store, "publish", "--site", str(out))
    assert "pages" in p.stdout
    for f in ("index.html", "documents.html", "audit.html", "ontology.html", "static/style.css",
              "eli/vn/qd-ttg/2026/155.html", "eli/vn/qd-ttg/2026/155.ttl", "eli/vn/qd-ttg/2026/155.jsonld",
              "eli/vn/qd-ttg/2026/155.svg", "lineage/eli/vn/qd-ttg/2026/155.html",
              "eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c/task/1.1.html",
              "eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c/task/1.1/source.html",
              "agency/gia-lai/so-noi-vu.html", "agency/gia-lai/so-noi-vu.ics",
              "eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c.ics"):
        if f.endswith(".svg") and shutil.which("dot") is None:
            continue                                  # the drawing needs Graphviz (.ci/run installs it)
        assert (out / f).is_file(), f
    page = (out / "eli/vn/gia-lai/ke-hoach/2026/draft-adad9fd80c.html").read_text()
    assert 'href="/eli/vn/qd-ttg/2026/155.html"' in page and 'href="/sparql"' not in page
    triples = list(ox.parse((out / "eli/vn/qd-ttg/2026/155.ttl").read_bytes(), format=ox.RdfFormat.TURTLE))
    assert any(t.subject.value == "https://w3id.org/kehoach" + DOC155 for t in triples)
    json.loads((out / "eli/vn/qd-ttg/2026/155.jsonld").read_text())
    # every link between pages resolves to a file of the site
    missing = set()
    for html in list(out.rglob("*.html"))[:300]:
        for link in re.findall(r'href="(/[^"#?]*)', html.read_text()):
            if not (out / link.lstrip("/")).exists():
                missing.add(link)
    assert not missing, sorted(missing)[:10]


def test_serve_refuses_missing_store(tmp_path):
    p = run(Path(tmp_path / "nothing"), "serve", "--port", "0", check=False)
    assert p.returncode == 2 and "no store" in p.stderr and "Traceback" not in p.stderr

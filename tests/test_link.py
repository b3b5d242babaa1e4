"""kehoach link: jurisdictions -> official administrative-unit codes (vietnam-provinces for the
list in force from 1 July 2025, vietnamadminunits for the list before it and the old -> new
mapping), and provinces, national bodies and national documents -> Wikidata items, against a
real `oxigraph serve` loaded with a small fictional fixture in Wikidata's shape."""

import datetime as dt
import shutil
import urllib.request
from importlib import metadata

import pytest
import rdflib
from conftest import FIXTURES, run, run_json
from test_remote import oxigraph_server

from kehoach.link import (
    CURRENT,
    LEGACY,
    UNITS_GRAPH,
    WIKIDATA_GRAPH,
    Matcher,
    Place,
    UnitData,
    document_era,
    name_key,
    spellings,
)

KH = "https://w3id.org/kehoach/ontology#"
PLACE = "https://w3id.org/kehoach/place/vn/"
UNIT = "https://w3id.org/kehoach/unit/vn/"
WD = "http://www.wikidata.org/entity/"
CODE_PROPERTY = "P99000900"          # the fixture's (fictional) administrative-code property


@pytest.fixture(scope="module")
def linked(seed_store, tmp_path_factory):
    """A copy of the seed store (the session's store stays as ingested), linked to the unit codes."""
    store = tmp_path_factory.mktemp("linked") / "store"
    shutil.copytree(seed_store, store)
    report = run_json(store, "link", "--units")
    return store, report["units"]


@pytest.fixture(scope="module")
def data():
    return UnitData()


def sparql(store, q):
    return run_json(store, "sparql", q)


def notation(store, place):
    rows = sparql(store, f"SELECT ?c ?list ?type ?unit WHERE {{ <{place}> skos:notation ?c ; kh:unitType ?type ; "
                         f"skos:exactMatch ?unit . BIND(DATATYPE(?c) AS ?list) }}")
    assert len(rows) == 1, rows
    return rows[0]


# -- official codes on the seeds ------------------------------------------------------------------
@pytest.mark.parametrize("slug, code, kind", [("dong-thap", "82", "unit-province"),
                                              ("gia-lai", "52", "unit-province"),
                                              ("hai-phong", "31", "unit-city")])
def test_2025_provinces_get_their_official_codes(linked, slug, code, kind):
    store, _ = linked
    r = notation(store, PLACE + slug)
    # Đồng Tháp and Gia Lai of the 2026 plans are the merged provinces: 82 and 52 in the 2025 list
    # (87 and 64 were the codes of the old provinces of those names)
    assert (r["c"], r["list"], r["type"], r["unit"]) == (code, KH + "GSOCode", KH + kind, UNIT + code)
    entry = sparql(store, f"SELECT ?s ?n WHERE {{ <{UNIT + code}> a kh:OfficialUnit ; skos:inScheme ?s ; "
                          f"skos:notation ?n }}")
    assert entry == [{"s": KH + "GSOUnits2025", "n": code}]


def test_ward_hai_duong_is_the_ward_of_hai_phong(linked):
    store, _ = linked
    r = notation(store, PLACE + "hai-phong/hai-duong")
    assert (r["c"], r["list"], r["type"], r["unit"]) == ("10525", KH + "GSOCode", KH + "unit-ward", UNIT + "10525")
    rows = sparql(store, f"SELECT ?name ?broader WHERE {{ <{UNIT}10525> skos:prefLabel ?name ; "
                         f"skos:broader ?broader }}")
    assert rows == [{"name": "Phường Hải Dương", "broader": UNIT + "31"}]


def test_khanh_hoa_2021_is_the_old_province_with_its_2025_successor(linked):
    store, _ = linked
    r = notation(store, PLACE + "khanh-hoa")
    assert (r["c"], r["list"], r["unit"]) == ("56", KH + "GSOCodePre2025", UNIT + "pre-2025/56")
    assert sparql(store, f"SELECT ?s WHERE {{ <{PLACE}khanh-hoa> kh:successorUnit ?s }}") == [{"s": UNIT + "56"}]
    old = sparql(store, f"SELECT ?name ?next ?scheme WHERE {{ <{UNIT}pre-2025/56> skos:prefLabel ?name ; "
                        f"dct:isReplacedBy ?next ; kh:successorUnit ?next ; skos:inScheme ?scheme }}")
    assert old == [{"name": "Tỉnh Khánh Hòa", "next": UNIT + "56", "scheme": KH + "GSOUnitsPre2025"}]
    new = sparql(store, f"SELECT ?n ?list WHERE {{ <{UNIT}56> skos:notation ?n BIND(DATATYPE(?n) AS ?list) }}")
    assert new == [{"n": "56", "list": KH + "GSOCode"}]


def test_report_lists_every_place(linked):
    _, report = linked
    rows = {r["place"].rsplit("/vn/", 1)[1]: r for r in report["rows"]}
    assert set(rows) == {"dong-thap", "gia-lai", "hai-phong", "hai-phong/hai-duong", "khanh-hoa"}
    assert all(r["status"] == "linked" for r in rows.values())
    assert rows["khanh-hoa"]["era"] == "pre-2025" and rows["khanh-hoa"]["successors"] == ["56 Khánh Hòa"]
    assert rows["gia-lai"]["era"] == "2025"          # undated, period 2026-2030


def test_unit_data_version_and_source_are_recorded(linked):
    store, report = linked
    rows = sparql(store, f"""SELECT ?ds ?version ?source WHERE {{ GRAPH <{UNITS_GRAPH}> {{
        <{UNITS_GRAPH}> a kh:LinkGraph ; prov:wasDerivedFrom ?ds . ?ds a dcat:Dataset ; dcat:version ?version ;
        dct:source ?source }} }}""")
    versions = {r["ds"].split("/pypi/")[1]: r["version"] for r in rows}
    vp, vau = metadata.version("vietnam-provinces"), metadata.version("vietnamadminunits")
    assert versions == {f"vietnam-provinces/{vp}": vp, f"vietnamadminunits/{vau}": vau}
    assert "https://danhmuchanhchinh.gso.gov.vn/" in {r["source"] for r in rows}
    assert {d["package"] for d in report["datasets"]} == {"vietnam-provinces", "vietnamadminunits"}
    # every entry says which data set it comes from
    assert sparql(store, "SELECT (COUNT(*) AS ?n) WHERE { ?u a kh:OfficialUnit "
                         "FILTER NOT EXISTS { ?u prov:wasDerivedFrom ?d } }") == [{"n": "0"}]
    logged = sparql(store, f"SELECT ?t WHERE {{ GRAPH <https://w3id.org/kehoach/graph/ingest-log> "
                           f"{{ <{UNITS_GRAPH}> prov:generatedAtTime ?t }} }}")
    assert len(logged) == 1


def test_relinking_replaces_the_graph(linked, tmp_path):
    store, _ = linked
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{UNITS_GRAPH}> {{ ?s ?p ?o }} }}"
    before = sparql(store, count)
    run(store, "link", "--units")
    assert sparql(store, count) == before
    assert sparql(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ <{PLACE}gia-lai> skos:notation ?c }}") == [{"n": "1"}]


def test_linked_data_uses_only_declared_terms(linked, tmp_path):
    store, _ = linked
    out = tmp_path / "all.nt"
    run(store, "export", "--format", "nt", "-o", str(out))
    used = {str(t) for trip in rdflib.Graph().parse(out, format="nt") for t in trip
            if isinstance(t, rdflib.URIRef) and str(t).startswith(KH)}
    onto = rdflib.Graph().parse(FIXTURES.parent.parent / "ontology" / "kehoach.ttl", format="turtle")
    assert used - {str(s) for s in onto.subjects() if str(s).startswith(KH)} == set()


def test_unit_codes_query(linked):
    store, _ = linked
    rows = {r["jurisdiction"]: r for r in run_json(store, "query", "unit-codes")}
    assert (rows["Khánh Hòa"]["code"], rows["Khánh Hòa"]["code_list"], rows["Khánh Hòa"]["successors"]) == \
        ("56", "GSOCodePre2025", "56 Khánh Hòa")
    assert (rows["Hải Dương"]["code"], rows["Hải Dương"]["within"], rows["Hải Dương"]["unit_type"]) == \
        ("10525", "Hải Phòng", "ward")
    only = run_json(store, "query", "unit-codes", "--param", "jurisdiction=hai phong")
    assert {r["jurisdiction"] for r in only} == {"Hải Phòng", "Hải Dương"}


# -- matching rules, pre-2025 names, what is not linked ------------------------------------------
def P(iri, name, level, parent=None, eras=()):
    return Place(iri, name, level, parent, set(eras))


def match_all(data, *places):
    m = Matcher(data, {p.iri: p for p in places})
    return {p.iri: m.match(p) for p in places}


def test_old_province_names_map_to_their_2025_successor(data):
    r = match_all(data, P("hd", "Hải Dương", "province", eras={"pre"}), P("hd2", "Hải Dương", "province"),
                  P("hp-old", "Hải Phòng", "city", eras={"pre"}))
    assert (r["hd"].unit.edition, r["hd"].unit.code) == (LEGACY, "30")
    assert [s.code for s in r["hd"].successors] == ["31"]
    # no document date: a name that exists only in the old list is the old unit, and says so
    assert (r["hd2"].unit.code, r["hd2"].note) == ("30", "name only in the pre-2025 list")
    assert (r["hp-old"].unit.edition, r["hp-old"].unit.code, [s.code for s in r["hp-old"].successors]) == \
        (LEGACY, "31", ["31"])


def test_old_district_and_city_under_a_province(data):
    r = match_all(data, P("kh", "Khánh Hòa", "province", eras={"pre"}),
                  P("kh/ks", "Khánh Sơn", "district", "kh", eras={"pre"}),
                  P("tphd", "Hải Dương", "city", eras={"pre"}),
                  P("tphd/nc", "Ngọc Châu", "ward", "tphd", eras={"pre"}))
    ks = r["kh/ks"]
    assert (ks.unit.code, ks.unit.type, ks.unit.name) == ("575", "unit-district", "Huyện Khánh Sơn")
    assert {s.name for s in ks.successors} == {"Xã Khánh Sơn", "Xã Tây Khánh Sơn", "Xã Đông Khánh Sơn"}
    # "thành phố Hải Dương" before 2025 is the city under the province, not the province
    assert (r["tphd"].unit.code, r["tphd"].unit.type) == ("288", "unit-provincial-city")
    assert (r["tphd/nc"].unit.code, [s.name for s in r["tphd/nc"].successors]) == ("10513", ["Phường Hải Dương"])


def test_unmatched_and_ambiguous_names_are_not_guessed(data):
    r = match_all(data, P("hcm", "Hồ Chí Minh", "city", eras={"pre"}),
                  P("hcm/1", "1", "ward", "hcm", eras={"pre"}),
                  P("x", "Atlantis", "province"),
                  P("kh", "Khánh Hòa", "province", eras={"pre"}),
                  P("kh/new", "Bắc Nha Trang", "ward", "kh", eras={"pre"}),
                  P("orphan", "Hải Dương", "ward"))
    assert r["hcm/1"].status == "ambiguous" and r["hcm/1"].unit is None and len(r["hcm/1"].candidates) > 1
    assert r["x"].status == "unlinked"
    # a 2025 ward named in a 2021 document does not exist yet: not linked
    assert r["kh/new"].status == "unlinked"
    assert (r["orphan"].status, r["orphan"].note) == ("unlinked", "no province known for it")


def test_mixed_dates_link_to_the_2025_unit(data):
    r = match_all(data, P("gl", "Gia Lai", "province", eras={"pre", "post"}))["gl"]
    assert (r.unit.edition, r.unit.code) == (CURRENT, "52") and "before and after" in r.note


@pytest.mark.parametrize("dates, starts, era", [
    (["2025-06-30"], [], "pre"), (["2025-07-01"], [], "post"), (["2021-11-29"], ["2021"], "pre"),
    ([], ["2026"], "post"), ([], ["2024"], "pre"), ([], ["2025"], None), ([], [], None),
    (["2025-06-30", "2025-08-01"], [], "pre")])
def test_document_era(dates, starts, era):
    assert document_era(dates, starts) == era


def test_fast_name_keys_equal_the_fold_keys(data):
    for u in data.current + data.legacy:
        assert name_key(u.name, fast=True) == name_key(u.name), u


def test_spellings():
    assert {"Khánh Hòa", "Khánh Hoà"} <= set(spellings("Khánh Hòa"))
    assert "Bộ Lao động – Thương binh và Xã hội" in spellings("Bộ Lao động - Thương binh và Xã hội")


# -- Wikidata ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wikidata(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("wikidata") / "db") as url:
        body = (FIXTURES / "wikidata" / "fixture.ttl").read_bytes()
        req = urllib.request.Request(url + "/store?default", data=body, method="POST",
                                     headers={"Content-Type": "text/turtle"})
        urllib.request.urlopen(req, timeout=30).read()
        yield url + "/query"


@pytest.fixture(scope="module")
def wd_linked(linked, wikidata):
    store, _ = linked
    report = run_json(store, "link", "--wikidata", "--endpoint", wikidata, "--code-property", CODE_PROPERTY)
    return store, report["wikidata"]


SAME_AS = f"""SELECT ?s ?item ?conf ?date ?evidence WHERE {{ GRAPH <{WIKIDATA_GRAPH}> {{
  ?s owl:sameAs ?item . ?m a kh:Mapping ; owl:annotatedSource ?s ; owl:annotatedProperty owl:sameAs ;
  owl:annotatedTarget ?item ; kh:linkConfidence ?conf ; dct:date ?date ; kh:matchEvidence ?evidence }} }}"""


def test_wikidata_links_with_confidence_and_date(wd_linked):
    store, report = wd_linked
    rows = {r["s"]: r for r in sparql(store, SAME_AS)}
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    got = {s.rsplit("/kehoach/", 1)[1]: (r["item"].removeprefix(WD), r["conf"]) for s, r in rows.items()}
    assert got == {
        "place/vn/dong-thap": ("Q99000001", "0.95"),      # label + code 82
        "place/vn/gia-lai": ("Q99000002", "0.95"),        # the code tells the province from the ship
        "place/vn/khanh-hoa": ("Q99000004", "0.95"),      # "Khánh Hoà": the other tone placement; code 56
        "agency/vn/chinh-phu": ("Q99000010", "0.7"),      # alias only
        "agency/vn/thu-tuong-chinh-phu": ("Q99000011", "0.75"),
        "agency/vn/bo-lao-dong-thuong-binh-va-xa-hoi": ("Q99000012", "0.75"),   # "–" for "-"
        "eli/vn/qd-ttg/2026/155": ("Q99000020", "0.9"),   # "Quyết định 155/QĐ-TTg" + date
        "eli/vn/qd-ttg/2016/161": ("Q99000021", "0.9"),
    }
    assert {r["date"] for r in rows.values()} == {today} == {report["checked"]}
    assert "code 82" in rows[PLACE + "dong-thap"]["evidence"]
    # PROV: the graph comes from the endpoint, on that day
    prov = sparql(store, f"SELECT ?src ?d WHERE {{ GRAPH <{WIKIDATA_GRAPH}> {{ <{WIKIDATA_GRAPH}> a kh:LinkGraph ; "
                         f"prov:wasDerivedFrom ?src ; dct:date ?d }} }}")
    assert prov == [{"src": report["endpoint"], "d": today}]


def test_wikidata_ambiguous_and_weak_matches_are_not_linked(wd_linked):
    store, report = wd_linked
    status = {r["label"]: r for r in report["rows"]}
    assert status["Hải Phòng"]["status"] == "ambiguous" and status["Hải Phòng"]["item"] is None
    assert sorted(c.split()[0] for c in status["Hải Phòng"]["candidates"]) == ["Q99000005", "Q99000006"]
    assert status["176/2025/QH15"]["status"] == "below-threshold"          # label ok, date differs
    assert status["Bộ Chính trị"]["status"] == "no-candidate"             # only another country's
    linked = {r["s"] for r in sparql(store, f"SELECT ?s WHERE {{ GRAPH <{WIKIDATA_GRAPH}> {{ ?s owl:sameAs ?o }} }}")}
    assert PLACE + "hai-phong" not in linked and "https://w3id.org/kehoach/eli/vn/qh15/2025/176" not in linked


def test_wikidata_in_the_unit_codes_query(wd_linked):
    store, _ = wd_linked
    rows = {r["jurisdiction"]: r for r in run_json(store, "query", "unit-codes")}
    assert (rows["Gia Lai"]["wikidata"], rows["Gia Lai"]["confidence"]) == (WD + "Q99000002", "0.95")
    assert rows["Hải Phòng"]["wikidata"] is None


def test_wikidata_endpoint_down_is_one_line_and_changes_nothing(linked, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(linked[0], store)
    before = sparql(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    p = run(store, "link", "--wikidata", "--endpoint", "http://127.0.0.1:9/query", check=False)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "connection refused" in p.stderr
    assert sparql(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before
    bad = run(store, "link", "--wikidata", "--endpoint", "ftp://example.org", check=False)
    assert bad.returncode == 2 and "http(s)" in bad.stderr

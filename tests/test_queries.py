"""The saved-query library (queries/*.rq) and its runner: grlc-compatible files, typed and
normalised parameters, clear errors, and the answer of every query on the seed graph."""

import csv
import io
import json
import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, ingested, run, run_json

from kehoach.queries import (
    NORMALISERS,
    QueryError,
    normalise_docnumber,
    normalise_document,
    normalise_words,
    parse_query,
    saved_queries,
)

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
# plans whose number is blank get IRIs with a hash (draft-...): looked up by source file below
DT = GL = HD = ""
KH = "https://w3id.org/kehoach/eli/vn/khanh-hoa/kh-ubnd/2021/12127"
P168 = "https://w3id.org/kehoach/eli/vn/hai-phong/kh-ubnd/2026/168"
P3743 = "https://w3id.org/kehoach/eli/vn/khanh-hoa/kh-ubnd/2021/3743"
D155 = "https://w3id.org/kehoach/eli/vn/qd-ttg/2026/155"
D161 = "https://w3id.org/kehoach/eli/vn/qd-ttg/2016/161"
D650 = "https://w3id.org/kehoach/eli/vn/qd-ldtd/2021/650"


# -- normalisers ------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["155/QĐ-TTg", "155/QD-TTg", "155/qđ-ttg", "155/QĐ-TTG", "155 / QĐ - TTg",
                                 "Quyết định số 155/QĐ-TTg", "Quyết định 155/QĐ-TTg ngày 20/01/2026",
                                 "quyet dinh so 155/qd-ttg"])
def test_docnumber_any_spelling(raw):
    assert normalise_docnumber(raw) == "155/qd-ttg"


@pytest.mark.parametrize("raw, key", [("Quyết định 155", "155"), ("155", "155"), ("số 155", "155"),
                                      ("QĐ 155", "155"), ("Nghị quyết 07", "7"), ("59-KL/TW", "59-kl/tw"),
                                      ("20/2021/NĐ-CP", "20/2021/nd-cp"), ("650/QĐ-LĐTĐ", "650/qd-ldtd"),
                                      ("Kế hoạch 168/KH-UBND", "168/kh-ubnd"), ("161/QĐ -TTg", "161/qd-ttg"),
                                      ("Nghị quyết 66.12/2026/NQ-CP", "66.12/2026/nq-cp"),
                                      ("Nghị quyết 30a/2008/NQ-CP", "30a/2008/nq-cp"), ("18b/NQ-CP", "18b/nq-cp"),
                                      ("2156/A-UBND", "2156/a-ubnd"),
                                      (D155, D155)])
def test_docnumber_forms(raw, key):
    assert normalise_docnumber(raw) == key


@pytest.mark.parametrize("raw, value", [("Gia Lai", "gia lai"), ("Đồng Tháp", "dong thap"),
                                        ("phường Hải Dương", "phuong hai duong"),
                                        ("000_73d4bb3c1402900e.txt", "000_73d4bb3c1402900e.txt"),
                                        ("Kế hoạch 168", "168"), ("12127/KH-UBND", "12127/kh-ubnd"), (P168, P168)])
def test_document_reference_forms(raw, value):
    assert normalise_document(raw) == value


@pytest.mark.parametrize("raw", ["Sở Văn hóa, Thể thao và Du lịch", "SỞ VĂN HOÁ - THỂ THAO VÀ DU LỊCH",
                                 "so van hoa the thao va du lich", "  Sở  Văn hoá, Thể thao và Du lịch. "])
def test_words_without_diacritics(raw):
    assert normalise_words(raw) == "so van hoa the thao va du lich"


def test_normalize_header_and_unknown_kind(tmp_path):
    good = tmp_path / "good.rq"
    good.write_text("#+ summary: x\n#+ normalize:\n#+   decision: docnumber\n"
                    "SELECT ?d WHERE { ?d ?p ?o FILTER(STR(?d) = ?_decision) }\n", encoding="utf-8")
    q = parse_query(good)
    assert q.parameters[0].normalize == "docnumber"
    assert q.bind({"decision": "Quyết định số 155/QĐ-TTg"})["_decision"].value == "155/qd-ttg"
    bad = tmp_path / "bad.rq"
    bad.write_text("#+ normalize:\n#+   d: soundex\nSELECT ?x WHERE { ?x ?p ?_d }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="unknown normalize kind soundex"):
        parse_query(bad)


# -- every saved query: grlc-compatible, documented, ordered ------------------------------------
@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_file_is_grlc_compatible(path):
    text = path.read_text(encoding="utf-8")
    header = "\n".join(line[3:] for line in text.splitlines() if line.startswith("#+ "))
    meta = yaml.safe_load(header)                      # grlc parses the joined '#+' lines as YAML
    assert isinstance(meta, dict) and meta.get("summary") and meta.get("tags")
    assert not set(meta) - {"summary", "description", "tags", "defaults", "enumerate", "normalize",
                            "endpoint", "method", "pagination"}
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for m in re.finditer(r"\?(__?)([A-Za-z0-9]+)((?:_[A-Za-z0-9]+)*)\b", body):
        assert len(m.group(3).split("_")) <= 3, f"{m.group(0)}: the name part of a parameter cannot contain '_'"
    q = parse_query(path)
    for key in ("defaults", "enumerate", "normalize"):
        for item in (meta.get(key) or []):
            names = item if isinstance(item, dict) else {item: None}
            assert set(names) <= {p.name for p in q.parameters}, f"{key} names an unknown parameter"
    # every query orders its rows; a query of aggregates only answers one row, which needs no order
    one_row = re.fullmatch(r"(?s).*?SELECT(?:\s+\?\w+)+\s+WHERE\s*\{(?:\s*\{\s*SELECT\s*\((?:COUNT|SUM).*)",
                           body) is not None
    assert "ORDER BY" in body or one_row, "every query orders its rows"


def test_every_saved_query_is_listed_with_its_parameters(seed_store):
    listed = {q["name"]: q for q in run_json(seed_store, "queries")}
    assert set(listed) == {p.stem for p in QUERIES}
    expected = {"descendants", "ancestors", "tasks-without-lead", "tasks-by-agency", "agency-workload",
                "plans-by-jurisdiction", "plans-in-force", "goal-coverage", "compare-plans", "citations",
                "cited-by", "reporting-calendar", "search-tasks", "stats", "agency-kinds"}
    assert expected <= set(listed)
    for q in listed.values():
        assert q["summary"] and {"name", "summary", "parameters"} <= set(q)
        for p in q["parameters"]:
            assert {"name", "type", "required", "default"} <= set(p)
    year = next(p for p in listed["plans-in-force"]["parameters"] if p["name"] == "year")
    assert (year["type"], year["required"]) == ("integer", True)
    role = next(p for p in listed["tasks-by-agency"]["parameters"] if p["name"] == "role")
    assert (role["default"], role["choices"]) == ("any", ["lead", "support", "any"])
    dec = next(p for p in listed["descendants"]["parameters"] if p["name"] == "decision")
    assert (dec["default"], dec["normalize"]) == ("155/QĐ-TTg", "docnumber")


# -- running queries ----------------------------------------------------------------------------
@cache
def _q(store: str, name: str, params: tuple[tuple[str, str], ...] = ()) -> list[dict]:
    args = [a for k, v in params for a in ("--param", f"{k}={v}")]
    return run_json(Path(store), "query", name, *args)


@pytest.fixture(scope="module")
def q(seed_store):
    global DT, HD, GL
    docs = {d["source"]: d["document"] for d in run_json(seed_store, "query", "documents") if d["source"]}
    DT, HD, GL = docs["000_73d4bb3c1402900e.txt"], docs["001_6f98c8b90fde8699.txt"], docs["003_c94ae1e408b8e268.txt"]

    def query(name: str, **params: str) -> list[dict]:
        return _q(str(seed_store), name, tuple(sorted(params.items())))
    return query


def test_errors_list_what_the_query_accepts(seed_store):
    p = run(seed_store, "query", "plans-in-force", check=False)
    assert p.returncode == 2 and "needs parameter year" in p.stderr and "accepts: year (integer, required)" in p.stderr
    p = run(seed_store, "query", "plans-in-force", "-p", "year=next", check=False)
    assert p.returncode == 2 and "'next' is not a valid integer" in p.stderr and "accepts: year" in p.stderr
    p = run(seed_store, "query", "tasks-by-agency", "-p", "agency=Sở Y tế", "-p", "role=boss", check=False)
    assert p.returncode == 2 and "must be one of lead, support, any" in p.stderr and "accepts:" in p.stderr
    p = run(seed_store, "query", "descendants", "-p", "decison=155", check=False)
    assert p.returncode == 2 and "has no parameter decison" in p.stderr and "decision (string" in p.stderr
    assert "Traceback" not in p.stderr


def test_a_value_cannot_change_the_query(q, seed_store, tmp_path):
    evil = '155/QĐ-TTg" ) } } SELECT * WHERE { ?s ?p ?o } #'
    assert q("descendants", decision=evil) == q("descendants")      # only the number is read
    assert q("search-tasks", q='x" || true || "') == []
    f = tmp_path / "raw.rq"                                          # no normaliser: the raw value
    f.write_text("PREFIX kh: <https://w3id.org/kehoach/ontology#>\n"
                 "SELECT ?d WHERE { ?d kh:numberKey ?k . FILTER(?k = ?_x) } ORDER BY ?d\n", encoding="utf-8")
    assert run_json(seed_store, "query", "--file", str(f), "-p", 'x=155/qd-ttg" || true || "') == []
    assert run_json(seed_store, "query", "--file", str(f), "-p", "x=155/qd-ttg") == [{"d": D155}]


def test_a_query_file_given_as_the_name_runs_as_with_file(seed_store, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("PREFIX kh: <https://w3id.org/kehoach/ontology#>\n"
                 "SELECT ?d WHERE { ?d kh:numberKey ?k . FILTER(?k = ?_x) } ORDER BY ?d\n", encoding="utf-8")
    assert run_json(seed_store, "query", str(f), "-p", "x=155/qd-ttg") == [{"d": D155}]
    assert run_json(seed_store, "query", str(f), "-p", "x=155/qd-ttg") == \
        run_json(seed_store, "query", "--file", str(f), "-p", "x=155/qd-ttg")
    p = run(seed_store, "query", str(tmp_path / "missing.rq"), check=False)
    assert p.returncode != 0 and "missing.rq: no such query file" in p.stderr and "Traceback" not in p.stderr
    p = run(seed_store, "query", "taskss", check=False)                 # a misspelt name: the saved ones listed
    assert p.returncode != 0 and "no saved query 'taskss'" in p.stderr and "tasks-by-agency" in p.stderr


def test_csv_and_tsv_output(seed_store):
    out = run(seed_store, "query", "descendants", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["depth"] for r in rows] == ["1", "1", "1", "2"] and rows[0]["source"] == ""
    out = run(seed_store, "query", "plans-in-force", "-p", "year=2031", "--format", "tsv").stdout
    header, *lines = out.splitlines()
    assert header.split("\t")[:3] == ["jurisdiction", "unit_level", "number"] and len(lines) == 1


def test_csv_of_every_saved_query_is_what_its_rows_write(seed_store):
    """`--format csv` prints the CSV the store writes itself (Store.select_csv, output.sparql_csv):
    for every saved query on the seeds it is the text render writes from the rows."""
    from kehoach.output import render, sparql_csv
    from kehoach.store.embedded import EmbeddedStore
    given = {"plan": "168/KH-UBND", "document": "155/QĐ-TTg", "left": "Hải Phòng", "right": "Gia Lai",
             "year": "2026", "q": "an sinh xã hội", "agency": "Sở Nội vụ"}
    store = EmbeddedStore(seed_store, create=False)
    try:
        answered = 0
        for name, sq in saved_queries().items():
            subs = sq.bind({p.name: given[p.name] for p in sq.parameters if p.required and p.name in given})
            raw = store.select_csv(sq.text, subs, prefixes=False)
            assert isinstance(raw, bytes), name
            result = store.select(sq.text, subs, prefixes=False)
            expected = io.StringIO()
            render(result, "csv", expected)
            assert sparql_csv(raw) == (expected.getvalue(), len(result.rows)), name
            answered += bool(result.rows)
    finally:
        store.close()
    assert answered >= len(saved_queries()) - 2


def test_query_from_file(seed_store, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("#+ summary: my own\n#+ normalize:\n#+   decision: docnumber\n"
                 "PREFIX kh: <https://w3id.org/kehoach/ontology#>\n"
                 "SELECT DISTINCT ?d WHERE { ?d kh:numberKey ?k . FILTER(?k = ?_decision) } ORDER BY ?d\n",
                 encoding="utf-8")
    assert run_json(seed_store, "query", "--file", str(f), "-p", "decision=155/QD-TTg") == [{"d": D155}]


# -- lineage --------------------------------------------------------------------------------------
def test_descendants_of_155(q):
    rows = q("descendants")
    assert [(r["plan"], r["depth"]) for r in rows] == [(P168, "1"), (GL, "1"), (DT, "1"), (HD, "2")]
    by = {r["plan"]: r for r in rows}
    assert by[HD]["chain"] == "Ủy ban nhân dân phường Hải Dương → 168/KH-UBND → 155/QĐ-TTg"
    assert by[DT]["chain"] == "Ủy ban nhân dân tỉnh Đồng Tháp → 155/QĐ-TTg"
    assert by[P168]["source"] is None and by[P168]["plan_number"] == "168/KH-UBND"
    assert by[P168]["inferred"] == by[HD]["inferred"] == "true" and by[GL]["inferred"] == "false"
    assert by[HD]["source"] == "001_6f98c8b90fde8699.txt" and by[HD]["plan_number"] is None
    assert by[GL]["plan_label"].startswith("Ủy ban nhân dân tỉnh Gia Lai: Triển khai thực hiện")
    assert {r["decision"] for r in rows} == {D155} and rows[0]["decision_number"] == "155/QĐ-TTg"


@pytest.mark.parametrize("spelling", ["155/QĐ-TTg", "155/QD-TTg", "155/qđ-ttg", "Quyết định 155",
                                      "Quyết định số 155/QĐ-TTg", "quyet dinh 155", "155/QĐ", D155])
def test_descendants_decision_in_any_spelling(q, spelling):
    assert [r["plan"] for r in q("descendants", decision=spelling)] == [P168, GL, DT, HD]


def test_descendants_of_other_documents(q, seed_store):
    assert [(r["plan"], r["depth"]) for r in q("descendants", decision="Kế hoạch 168")] == [(HD, "1")]
    assert [r["plan"] for r in q("descendants", decision="161/QĐ-TTg")] == [KH]
    unknown = run(seed_store, "query", "descendants", "-p", "decision=999/QĐ-TTg", check=False)
    assert unknown.returncode == 2 and "no document 999/QĐ-TTg in the store" in unknown.stderr


def test_ancestors(q):
    rows = q("ancestors", plan="phường Hải Dương")
    assert [(r["ancestor"], r["depth"], r["top"], r["national"]) for r in rows] == [
        (P168, "1", "false", "false"), (D155, "2", "true", "true")]
    assert rows[1]["chain"] == "Ủy ban nhân dân phường Hải Dương → 168/KH-UBND → 155/QĐ-TTg"
    assert rows[1]["inferred"] == "true" and rows[0]["inferred"] == "false"
    for same in ("hai duong", "001_6f98c8b90fde8699.txt", HD):
        assert q("ancestors", plan=same) == rows
    assert {r["ancestor"] for r in q("ancestors", plan="12127/KH-UBND")} == {D161, D650}
    assert [r["ancestor"] for r in q("ancestors", plan="Kế hoạch 168")] == [D155]


# -- tasks and agencies -------------------------------------------------------------------------
def test_tasks_without_lead(q):
    rows = q("tasks-without-lead")
    assert len(rows) == 11 and {r["reason"] for r in rows} == {"collective lead only"}
    hd = [(r["local_id"], r["lead_groups"]) for r in rows if r["plan"] == HD]
    assert hd == [(f"VI.5#{i}", "Các cơ sở giáo dục trên địa bàn phường") for i in (1, 2, 3)] + \
                 [(f"VI.8#{i}", "Các tổ dân phố") for i in (1, 2, 3)]
    assert sum(r["plan"] == KH for r in rows) == 5
    assert q("tasks-without-lead", plan="Gia Lai") == []
    assert len(q("tasks-without-lead", plan="hai duong")) == 6


def _sorted_lists(rows: list[dict], *columns: str) -> bool:
    """Every " | " list in these columns is in code-point order (the same on any engine)."""
    return all(r[c] is None or r[c].split(" | ") == sorted(r[c].split(" | ")) for r in rows for c in columns)


# a plan named in each way the parameter accepts: IRI, number, source file, words of the title
PLAN_SPELLINGS = [("KH", KH), ("KH", "12127"), ("KH", "12127/KH-UBND"), ("KH", "004_35cf8d864bcec6de.txt"),
                  ("HD", "001_6f98c8b90fde8699.txt"), ("HD", "phường Hải Dương"), ("DT", "Đồng Tháp")]


@pytest.mark.parametrize("plan, spelling", PLAN_SPELLINGS)
def test_plan_scoped_queries_agree_with_the_whole_answer(q, plan, spelling):
    """tasks-without-lead and search-tasks find a plan's tasks from the plan (asked for) or from the
    whole store (not asked for): two ways through the query, one answer, rows in the same order."""
    iri = {"KH": KH, "HD": HD, "DT": DT}[plan]
    for name, params in (("tasks-without-lead", {}), ("search-tasks", {"q": "an sinh"}),
                         ("search-tasks", {"q": "tuyên truyền"})):
        whole = [r for r in q(name, **params) if r["plan"] == iri]
        assert q(name, **params, plan=spelling) == whole, (name, params, spelling)
    assert q("search-tasks", q="tuyên truyền", plan=spelling)      # not vacuous: the plan has such tasks


def test_agency_lists_are_sorted(q):
    rows = q("tasks-without-lead")
    assert _sorted_lists(rows, "lead_groups", "supports")
    assert any(" | " in r["lead_groups"] for r in rows)
    found = q("search-tasks", q="tuyên truyền")
    assert _sorted_lists(found, "leads", "supports") and any(" | " in (r["supports"] or "") for r in found)


def test_tasks_by_agency(q):
    every = q("tasks-by-agency", agency="Sở Nội vụ")            # tasks and standing duties (kind any)
    assert len(every) == 92 and {r["kind"] for r in every} == {"task", "duty"}
    assert len([r for r in every if r["kind"] == "duty"]) == 3
    rows = q("tasks-by-agency", agency="Sở Nội vụ", kind="task")
    assert len(rows) == 89 and rows == [r for r in every if r["kind"] == "task"]
    assert {r["agency_label"] for r in rows} == {"Sở Nội vụ tỉnh Đồng Tháp", "Sở Nội vụ tỉnh Gia Lai",
                                                 "Sở Nội vụ tỉnh Khánh Hòa"}
    assert {r["agency_kind"] for r in rows} == {"Sở Nội vụ"}
    assert q("tasks-by-agency", agency="so noi vu", kind="task") == \
        q("tasks-by-agency", agency="SỞ NỘI VỤ", kind="task") == rows
    lead = q("tasks-by-agency", agency="Sở Nội vụ", role="lead", kind="task")
    assert len(lead) == 48 and {r["role"] for r in lead} == {"lead"}
    assert len(q("tasks-by-agency", agency="Sở Nội vụ", role="support", kind="task")) == 41
    gl = q("tasks-by-agency", agency="Sở Văn hóa Thể thao và Du lịch", role="lead", plan="Gia Lai", kind="task")
    assert [r["code"] for r in gl] == ["1.1", "1.2", "1.7", "8", "9"]
    # an agency IRI, as the description says (it once became folded words and matched nothing)
    gia_lai = next(r["agency"] for r in rows if r["agency_label"] == "Sở Nội vụ tỉnh Gia Lai")
    by_iri = q("tasks-by-agency", agency=gia_lai, kind="task")
    assert by_iri and by_iri == [r for r in rows if r["agency"] == gia_lai]


def test_agency_workload(q):
    assert len(q("agency-workload")) == 111                      # tasks and standing duties (kind any)
    rows = q("agency-workload", kind="task")
    assert len(rows) == 66
    dt = [r for r in rows if r["plan"] == DT]
    assert (dt[0]["agency_label"], dt[0]["led"], dt[0]["supported"], dt[0]["total"]) == \
        ("Sở Nội vụ tỉnh Đồng Tháp", "38", "28", "66")
    gl = q("agency-workload", plan="Gia Lai", kind="task")
    assert len(gl) == 14 and {r["plan"] for r in gl} == {GL}
    assert [(r["agency_kind"], r["led"]) for r in gl[:2]] == [("Sở Y tế", "11"), ("Sở Nội vụ", "10")]
    groups = {r["agency_label"] for r in gl if r["group"] == "true"}
    assert groups == {"Các sở, ban, ngành", "UBND các xã, phường"}
    noi_vu = q("agency-workload", agency="sở nội vụ", kind="task")
    assert noi_vu == [r for r in rows if r["agency_kind"] == "Sở Nội vụ"] and len(noi_vu) == 3


def test_agency_kinds(q):
    rows = q("agency-kinds")
    top = rows[0]
    assert (top["agency_kind"], top["plans"], top["led"], top["supported"], top["total"]) == \
        ("Sở Nội vụ", "3", "48", "41", "89")
    assert set(top["jurisdictions"].split(" | ")) == {"Đồng Tháp", "Gia Lai", "Khánh Hòa"}
    assert all(r["resolved"] == "true" for r in rows)
    assert [r["agency_kind"] for r in q("agency-kinds", agency="noi vu")] == ["Sở Nội vụ"]


# -- plans ----------------------------------------------------------------------------------------
def test_plans_by_jurisdiction(q):
    rows = q("plans-by-jurisdiction")
    assert [r["plan"] for r in rows] == [DT, GL, P168, HD, P3743, KH]
    hd = rows[3]
    assert (hd["jurisdiction"], hd["unit_level"], hd["within"], hd["implements"]) == \
        ("Hải Dương", "ward", "Hải Phòng", "168/KH-UBND")
    assert rows[2]["source"] is None and rows[2]["unit_level"] == "city"
    assert [r["plan"] for r in q("plans-by-jurisdiction", jurisdiction="Hải Phòng")] == [P168, HD]
    assert [r["plan"] for r in q("plans-by-jurisdiction", jurisdiction="khanh hoa")] == [P3743, KH]


@pytest.mark.parametrize("year, names", [("2021", ["KH", "P3743"]), ("2025", ["KH", "P3743"]),
                                         ("2026", ["GL", "HD", "P168", "DT"]), ("2031", ["DT"]), ("2040", [])])
def test_plans_in_force(q, year, names):
    rows = q("plans-in-force", year=year)
    plans = [globals()[n] for n in names]
    assert sorted(r["plan"] for r in rows) == sorted(plans)
    assert all(int(r["period_start"]) <= int(year) <= int(r["period_end"]) for r in rows)
    if plans:
        assert [int(r["period_end"]) for r in rows] == sorted(int(r["period_end"]) for r in rows)


def test_goal_coverage(q):
    rows = q("goal-coverage")
    assert len(rows) == 36
    assert {r["plan"] for r in rows if r["reference"] == "true"} == {DT}
    for plan in (DT, HD):
        mine = [r for r in rows if r["plan"] == plan]
        assert [r["goal_number"] for r in mine] == [str(i) for i in range(1, 13)]
        assert all(r["status"] == "covered" and r["plan_goals"] == r["goal_number"] for r in mine)
    gl = {r["goal_number"]: r for r in rows if r["plan"] == GL}
    assert {n for n, r in gl.items() if r["status"] == "missing"} == {"6", "12"}
    # Gia Lai numbers its goals 1..10: women, youth, heritage, sport, resilience come one earlier
    assert {n: r["plan_goals"] for n, r in gl.items() if r["renumbered"] == "true"} == \
        {"7": "6", "8": "7", "9": "8", "10": "9", "11": "10"}
    assert all(gl[str(i)]["plan_goals"] == str(i) for i in range(1, 6))
    assert all(float(r["similarity"]) >= 0.5 for r in gl.values() if r["status"] == "covered")
    assert q("goal-coverage", decision="Quyết định 155") == rows
    assert q("goal-coverage", decision=D155) == rows                  # by IRI
    assert q("goal-coverage", decision="161/QĐ-TTg") == []      # 12127 has objectives, no strategic goals


def test_compare_plans(q):
    rows = q("compare-plans", left="Đồng Tháp", right="gia lai")
    val = {(r["aspect"], r["key"]): (r["left"], r["right"], r["same"]) for r in rows}
    assert {(r["left_plan"], r["right_plan"]) for r in rows} == {(DT, GL)}
    assert val[("document", "implements")] == ("155/QĐ-TTg", "155/QĐ-TTg", "true")
    assert val[("document", "period")] == ("2026-2035", "2026-2030", "false")
    assert val[("count", "tasks")][:2] == ("112", "30")
    assert val[("count", "strategic goals")][:2] == ("12", "10")
    assert val[("agency", "Sở Nội vụ")][:2] == ("lead 38, support 28", "lead 10, support 10")
    assert val[("agency", "UBND các xã, phường")][:2] == ("", "lead 0, support 30")
    assert [r["key"] for r in rows if r["aspect"] == "goal"] == [str(i) for i in range(1, 13)]
    assert [r["aspect"] for r in rows][:1] == ["document"] and rows[-1]["aspect"] == "agency"
    assert q("compare-plans", left="12127", right="001_6f98c8b90fde8699.txt")[0]["left_plan"] == KH


def test_compare_plans_many_pairings_in_order(q):
    """Words matching several plans on both sides: every pairing, in the order of the two IRIs, each
    pair's rows document, count, goal (by number), agency (by name), and each pair the same rows as
    comparing those two plans by IRI."""
    rows = q("compare-plans", left="ke hoach", right="ke hoach")
    by_pair: dict[tuple[str, str], list[dict]] = {}          # in the order the pairs come
    for r in rows:
        by_pair.setdefault((r["left_plan"], r["right_plan"]), []).append(r)
    pairs = list(by_pair)
    lefts = {p[0] for p in pairs}
    assert len(lefts) >= 3 and set(pairs) == {(a, b) for a in lefts for b in lefts}
    assert pairs == sorted(pairs)
    # each pair's rows together, one pair after the other (none interleaved)
    assert [r for p in pairs for r in by_pair[p]] == rows
    aspects = ["document", "count", "goal", "agency"]
    for mine in by_pair.values():
        order = [aspects.index(r["aspect"]) for r in mine]
        assert order == sorted(order)
        goals = [int(r["key"]) for r in mine if r["aspect"] == "goal"]
        agencies = [r["key"] for r in mine if r["aspect"] == "agency"]
        assert goals == sorted(goals) and agencies == sorted(agencies) and len(set(agencies)) == len(agencies)
    a, b = pairs[1]
    assert by_pair[(a, b)] == q("compare-plans", left=a, right=b)


# -- citations ------------------------------------------------------------------------------------
def test_citations_of_a_plan(q):
    rows = q("citations", plan="12127/KH-UBND")
    assert len(rows) == 12
    assert [(r["cited_number"], r["kind"], r["as_printed"]) for r in rows[:2]] == [
        ("161/QĐ-TTg", "implements", "161/QĐ -TTg"), ("650/QĐ-LĐTĐ", "implements", "650/QĐ-LĐTĐ")]
    assert rows[0]["line"] == "11" and rows[0]["source"] == "004_35cf8d864bcec6de.txt"
    assert {r["cited_number"] for r in rows if r["kind"] == "mention"} >= {"20/2021/NĐ-CP", "39-CT/TW", "3743/KH-UBND"}
    gl = q("citations", plan="Gia Lai")
    differs = [(r["line"], r["cited_date"]) for r in gl if r["date_differs"] == "true"]
    assert differs == [("105", "2026-02-20")]
    inferred = q("citations", plan="Kế hoạch 168")
    assert [(r["cited"], r["kind"], r["inferred"]) for r in inferred] == [(D155, "implements", "true")]


def test_cited_by(q):
    rows = q("cited-by")
    assert len(rows) == 8 and {r["cited"] for r in rows} == {D155}
    assert {r["citing"] for r in rows} == {P168, HD, GL, DT}
    assert [r["line"] for r in rows if r["date_differs"] == "true"] == ["105"]
    assert [r["citing"] for r in rows if r["inferred"] == "true"] == [P168]
    assert q("cited-by", document="155/QD-TTg") == q("cited-by", document="quyết định 155") == rows
    p168 = q("cited-by", document="Kế hoạch 168")
    assert [(r["citing"], r["kind"], r["cited_date"]) for r in p168] == [(HD, "implements", "2026-05-06")]


# -- reporting, search, stats ---------------------------------------------------------------------
def test_reporting_calendar(q):
    rows = q("reporting-calendar")
    assert len(rows) == 11
    dated = [(r["due"], r["frequency"], r["recipient"]) for r in rows if r["due"]]
    assert dated[:5] == [("25/10", "yearly", "Ủy ban nhân dân tỉnh Gia Lai"),
                         ("05/11", "yearly", "Ủy ban nhân dân tỉnh Gia Lai"),
                         ("15/11", "yearly", "Ủy ban nhân dân tỉnh Khánh Hòa"),
                         ("25/11", "yearly", "Sở Nội vụ tỉnh Đồng Tháp"),
                         ("25/11", "yearly", "Ủy ban nhân dân tỉnh Đồng Tháp")]
    assert rows[0]["via"] == "Sở Nội vụ tỉnh Gia Lai"
    assert {(r["due"], r["deadline"]) for r in rows if r["frequency"] == "once"} == {("20/12", "2021-12-20")}
    assert all(r["due"] is None for r in rows[7:])             # "định kỳ hằng năm" without a day: last
    # Sở Nội vụ receives, relays or sends six duties: as recipient or intermediary (000, 003),
    # as the reporter summing up for the province (003, 05/11) and among the 004 units (V.1)
    noi_vu = q("reporting-calendar", agency="Sở Nội vụ")
    assert len(noi_vu) == 6
    assert any(r["due"] == "05/11" and r["reporter"] == "Sở Nội vụ tỉnh Gia Lai" for r in noi_vu)
    assert rows[3]["reporter"] and "Bộ Chỉ huy Quân sự tỉnh Đồng Tháp" in rows[3]["reporter"]
    assert len(q("reporting-calendar", plan="Đồng Tháp")) == 2


def test_search_tasks_without_diacritics(q):
    rows = q("search-tasks", q="an sinh xã hội")
    assert len(rows) == 25
    assert q("search-tasks", q="AN SINH XA HOI") == rows
    assert {r["task"] for r in q("search-tasks", q="xã hội, an sinh")} == {r["task"] for r in rows}
    bhyt = q("search-tasks", q="bảo hiểm y tế")
    assert len(bhyt) == 6 and [r["phrase"] for r in bhyt] == ["true"] * 5 + ["false"]
    assert all("bảo hiểm y tế" in r["text"].lower() for r in bhyt[:5])
    assert q("search-tasks", q="bảo hiểm y tế", plan="Khánh Hòa")[0]["text"] == \
        "Quản lý và nâng cao chất lượng khám chữa bệnh bảo hiểm y tế."
    assert len(q("search-tasks", q="an")) > 0 and q("search-tasks", q="xyzzy") == []


def test_stats(q):
    rows = q("stats")
    by = {r["plan"]: r for r in rows}
    assert (by[DT]["tasks"], by[DT]["strategic_goals"], by[DT]["objectives"]) == ("112", "12", "16")
    assert (by[HD]["tasks"], by[HD]["tasks_without_lead"]) == ("24", "6")
    assert (by[GL]["tasks"], by[KH]["tasks"], by[KH]["reporting_duties"]) == ("30", "66", "6")
    assert by[P168]["tasks"] == "0" and by[P168]["source"] is None
    total = rows[-1]
    assert (total["plan_label"], total["plan"], total["tasks"], total["tasks_without_lead"]) == \
        ("(all)", None, "232", "11")


def test_normalisers_are_all_used():
    used = {p.normalize for q in saved_queries().values() for p in q.parameters if p.normalize}
    assert used == set(NORMALISERS)


def test_output_is_json_serialisable_for_pandas(seed_store):
    out = run(seed_store, "query", "stats", "--format", "json").stdout
    rows = json.loads(out)
    assert list(rows[0])[:3] == ["source", "plan_label", "tasks"]


def test_read_one_query(seed_store):
    out = run(seed_store, "queries", "goal-coverage").stdout
    assert out.startswith("goal-coverage: Which of a decision's strategic goals")
    assert "parameters: decision (string, required, default 155/QĐ-TTg" in out and "SELECT DISTINCT" in out
    full = json.loads(run(seed_store, "queries", "search-tasks", "--format", "json").stdout)
    assert full["name"] == "search-tasks" and full["description"] and full["text"].startswith("#+ summary")
    p = run(seed_store, "queries", "no-such-query", check=False)
    assert p.returncode == 2 and "available:" in p.stderr


HUE_2011 = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỪA THIÊN HUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 09/2011/NQ-HĐND
Huế, ngày 14 tháng 7 năm 2011

NGHỊ QUYẾT
VỀ CHƯƠNG TRÌNH GIÁM SÁT NĂM 2012

HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ

Căn cứ Nghị quyết số 753/2005/NQ-UBTVQH11 ngày 02/4/2005 của Ủy ban Thường vụ Quốc hội;
"""
HUE_2026 = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 41/KH-UBND
Huế, ngày 03 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Quyết định số 155/QĐ-TTg ngày 20/01/2026 của Thủ tướng Chính phủ

1. Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ngành tổ chức tuyên truyền.
"""


def test_documents_name_a_renamed_province_as_it_was_at_their_date(tmp_path):
    """Huế, a province until 2025 and a centrally-run city since (kh:formerName, kh:renamedOn): a 2011 resolution's
    jurisdiction is "Thừa Thiên Huế", a 2026 plan's "Huế"; both are the one unit."""
    store = ingested(tmp_path, {"nq_hue_2011.txt": HUE_2011, "kh_hue_2026.txt": HUE_2026})
    rows = {r["source"]: r for r in run_json(store, "query", "documents") if r["source"]}
    assert rows["nq_hue_2011.txt"]["jurisdiction"] == "Thừa Thiên Huế"
    assert rows["kh_hue_2026.txt"]["jurisdiction"] == "Huế"
    places = run_json(store, "sparql", "SELECT DISTINCT ?p WHERE { ?d eli:jurisdiction ?p ; eli:id_local ?n "
                                       "FILTER(?n IN ('09/2011/NQ-HĐND', '41/KH-UBND')) }")
    assert len(places) == 1

"""Layouts beyond the gold seeds: PDF-extracted text fixtures (hand-written ground truth) and
our own example documents in each seed layout."""

import json

import pytest
from conftest import EXAMPLES, FIXTURES, run, run_json
from goldscore import score

PDF_CASES = [(FIXTURES / "pdf_style" / "nghe_an_chu_tri.txt", FIXTURES / "pdf_style" / "nghe_an_chu_tri.json"),
             (FIXTURES / "pdf_style" / "tay_ninh_thuc_hien.txt", FIXTURES / "pdf_style" / "tay_ninh_thuc_hien.json"),
             (EXAMPLES / "example_pdf_text.txt", FIXTURES / "pdf_style" / "example_pdf_text.expected.json")]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = tmp_path_factory.mktemp("formats")
    run(s, "ingest", *[str(t) for t, _ in PDF_CASES], str(EXAMPLES))
    return s


@pytest.mark.parametrize("txt,truth", PDF_CASES, ids=lambda p: p.name if hasattr(p, "name") else p)
def test_pdf_text_items(store, txt, truth):
    gold = json.loads(truth.read_text(encoding="utf-8"))
    gold["file"] = txt.name
    rows = run_json(store, "query", "tasks", "--param", f"source={txt.name}")
    groups = {g for t in gold["tasks"] for g in t.get("lead_groups", []) + t.get("support_groups", [])}
    groups |= {r["l"] for r in run_json(store, "sparql",
                                        "SELECT DISTINCT ?l WHERE { ?g a kh:AgencyGroup ; skos:prefLabel ?l }")}
    res = score(gold, rows, groups)
    print(f"\n{txt.name}: {res}")
    assert res["task_f1"] == 1.0 and res["lead_f1"] == 1.0 and res["support_f1"] == 1.0


def test_examples_cover_every_layout(store):
    by_source = {}
    for r in run_json(store, "query", "tasks"):
        by_source.setdefault(r["source"], []).append(r)
    # pipe table with continuation rows and a duplicated row: the duplicate is recorded once
    md = by_source["example_table_md.txt"]
    codes = [r["code"] for r in md]
    assert len(codes) == len(set(codes))
    row = next(r for r in md if "Sở Giáo dục và Đào tạo" in (r["supports"] or "") + (r["leads"] or ""))
    assert row  # "Sở Giáo dục và Đào" / "tạo" cut by the page break was joined and resolved
    # tab-separated appendix with repeated headers and "Sở A; Sở B" leads
    tsv = by_source["example_tsv.txt"]
    assert any(" | " in (r["leads"] or "") for r in tsv)
    assert not any("STT" in r["text"] for r in tsv)
    # per-agency headings of a ward plan
    ward = by_source["example_ward_headings.txt"]
    assert all(r["code"] is None and r["leads"] for r in ward)
    # prose "Sở X chủ trì, phối hợp với ...:" with "+" bullets, two leads in one phrase
    prose = by_source["example_prose.txt"]
    assert any(r["leads"] and r["leads"].count(" | ") == 1 for r in prose)
    assert all(r["leads"] for r in prose)

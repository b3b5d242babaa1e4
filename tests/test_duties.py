"""Standing duties on the seed graph, through the CLI as a user queries them: what "TỔ CHỨC THỰC HIỆN"
asks of each agency in plans that assign their tasks elsewhere (000's appendix table, 003's tab-separated
appendix, 004's prose), kept out of the tasks query and counted, with a kind column, by tasks-by-agency
and agency-workload. 001 assigns its tasks in that very section: there they are tasks, not duties."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, run_json

DT, WARD, GL, KH = ("000_73d4bb3c1402900e.txt", "001_6f98c8b90fde8699.txt", "003_c94ae1e408b8e268.txt",
                    "004_35cf8d864bcec6de.txt")


@pytest.fixture(scope="module")
def duties(seed_store):
    return run_json(seed_store, "query", "duties")


def by_duty(rows, source):
    out: dict[str, dict[str, set[str]]] = {}
    for r in rows:
        if r["source"] == source:
            out.setdefault(r["local_id"], {"lead": set(), "support": set()})[r["role"]].add(r["agency_kind"])
    return out


def test_duties_per_plan(duties):
    assert sorted(by_duty(duties, DT)) == ["VI.1", "VI.2", "VI.3", "VI.4"]
    assert by_duty(duties, WARD) == {}
    assert sorted(by_duty(duties, GL)) == ["IV.1", "IV.2", "IV.3", "IV.4"]
    assert sorted(by_duty(duties, KH)) == [f"V.{i}" for i in range(1, 8)]


def test_gold_assignments_not_in_tasks_are_duties(duties):
    """003's gold lists the organisations given work in IV but not in the task table."""
    gold = json.loads((GOLD / GL.replace(".txt", ".json")).read_text(encoding="utf-8"))
    listed = gold["document"]["organization_assignments_not_in_tasks"]
    gl = by_duty(duties, GL)
    for item in listed:
        section, _, text = item.partition(": ")
        agency = text.split(" là ")[0].split(" phối hợp")[0]
        assert agency in gl[section]["lead"] | gl[section]["support"], item
    assert gl["IV.2"] == {"lead": {"Sở Nội vụ"}, "support": {"Các sở, ban, ngành, địa phương"}}
    assert gl["IV.3"] == {"lead": {"Sở Tài chính"}, "support": {"Các đơn vị, địa phương"}}
    assert gl["IV.4"] == {"lead": set(), "support": {"Sở Ngoại vụ"}}
    assert gl["IV.1"]["lead"] == {"Các sở, ban, ngành", "UBND các xã, phường"}


def test_duty_rows_carry_text_line_and_name_as_printed(duties):
    row = next(r for r in duties if r["source"] == GL and r["local_id"] == "IV.3" and r["role"] == "lead")
    assert row["text"].startswith("Trên cơ sở đề xuất") and row["line"] == "81"
    assert row["name_as_printed"] == "Sở Tài chính" and row["duty"].endswith("/duty/IV.3")
    tinh_doan = next(r for r in duties if r["source"] == DT and r["agency_kind"] == "Tỉnh đoàn")
    assert (tinh_doan["local_id"], tinh_doan["name_as_printed"]) == ("VI.1", "Tinh đoàn")


def test_duty_filters(seed_store, duties):
    noi_vu = run_json(seed_store, "query", "duties", "-p", "agency=so noi vu")
    assert {(r["source"], r["local_id"]) for r in noi_vu} == {(DT, "VI.2"), (GL, "IV.2"), (KH, "V.1")}
    in_kh = run_json(seed_store, "query", "duties", "-p", "plan=12127/KH-UBND")
    assert in_kh == [r for r in duties if r["source"] == KH]


def test_duties_are_not_tasks(seed_store):
    tasks = run_json(seed_store, "query", "tasks")
    assert {s: sum(r["source"] == s for r in tasks) for s in (DT, WARD, GL, KH)} == {DT: 112, WARD: 24, GL: 30, KH: 66}
    n = run_json(seed_store, "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?d a kh:Duty , kh:Task }")
    assert n == [{"n": "0"}]


def test_tasks_by_agency_counts_duties_with_a_kind(seed_store):
    rows = run_json(seed_store, "query", "tasks-by-agency", "-p", "agency=Sở Nội vụ")
    duty_rows = [r for r in rows if r["kind"] == "duty"]
    assert {(r["source"], r["local_id"], r["role"]) for r in duty_rows} == \
        {(DT, "VI.2", "lead"), (GL, "IV.2", "lead"), (KH, "V.1", "lead")}
    tasks_only = run_json(seed_store, "query", "tasks-by-agency", "-p", "agency=Sở Nội vụ", "-p", "kind=task")
    assert tasks_only == [r for r in rows if r["kind"] == "task"] and len(tasks_only) == 89
    assert run_json(seed_store, "query", "tasks-by-agency", "-p", "agency=Sở Nội vụ", "-p", "kind=duty") == duty_rows


def test_agency_workload_has_a_row_per_kind(seed_store):
    rows = run_json(seed_store, "query", "agency-workload", "-p", "plan=Gia Lai")
    tasks = [r for r in rows if r["kind"] == "task"]
    assert len(tasks) == 14 and rows[:len(tasks)] == tasks          # tasks first, then duties
    duty = {r["agency_kind"]: (r["led"], r["supported"], r["total"]) for r in rows if r["kind"] == "duty"}
    assert duty["Sở Nội vụ"] == ("1", "0", "1") and duty["Sở Ngoại vụ"] == ("0", "1", "1")
    assert run_json(seed_store, "query", "agency-workload", "-p", "plan=Gia Lai", "-p", "kind=task") == tasks

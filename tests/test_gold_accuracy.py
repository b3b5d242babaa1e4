"""Extraction accuracy against the hand-checked gold standard (../shared/gold)."""

import json

import pytest
from conftest import GOLD, SEEDS, run_json
from goldscore import score

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and GOLD.is_dir()),
                                reason=f"needs the seed documents and gold files of ../shared ({SEEDS}, {GOLD}); "
                                       "set KEHOACH_SHARED to where they are")

THRESHOLDS = {"task_f1": 0.97, "lead_f1": 0.97, "support_f1": 0.95}
GOLD_FILES = sorted(p.name for p in GOLD.glob("*.json")) if GOLD.is_dir() else []


@pytest.fixture(scope="module")
def groups(seed_store):
    rows = run_json(seed_store, "sparql", "SELECT DISTINCT ?l WHERE { ?g a kh:AgencyGroup ; "
                    "skos:prefLabel ?l . }")
    rows += run_json(seed_store, "sparql", "SELECT DISTINCT ?l WHERE { ?e a kh:GroupEntry ; skos:prefLabel ?l }")
    return {r["l"] for r in rows}


@pytest.mark.parametrize("gold_file", GOLD_FILES)
def test_task_extraction_matches_gold(seed_store, groups, gold_file):
    gold = json.loads((GOLD / gold_file).read_text(encoding="utf-8"))
    rows = run_json(seed_store, "query", "tasks", "--param", f"source={gold['file']}")
    assert rows, f"no tasks extracted from {gold['file']}"
    res = score(gold, rows, groups)
    print(f"\n{gold['file']}: tasks {res['tasks_found']}/{res['tasks_gold']} "
          f"task F1 {res['task_f1']:.3f}  lead F1 {res['lead_f1']:.3f}  support F1 {res['support_f1']:.3f}")
    for k, t in THRESHOLDS.items():
        assert res[k] >= t, f"{gold['file']}: {k} {res[k]:.3f} < {t}"

"""The synthetic corpus (bench/corpus.py) and the audit checked against each other: a small corpus
is generated, ingested through the CLI, audited, and the findings must be exactly the anomalies the
generator seeded and listed in its manifest (file, check and, where the manifest names it, the
focus the audit prints). A finding the manifest does not list, or a seeded anomaly the audit does
not report, fails the test: either the generator wrote something it did not mean to, a reader
misread a layout, or a check missed or invented a problem."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import corpus

from kehoach.cli import main

PLANS = 20


def match(manifest: dict, findings: list[dict]) -> tuple[list[tuple], list[tuple]]:
    """(seeded anomalies the audit did not report, findings the manifest does not list). An entry
    without a focus matches any finding of its file and check."""
    left = [(f["source"], f["check"], f["focus"]) for f in findings]
    missing = []
    for a in manifest["anomalies"]:
        for i, (source, check, focus) in enumerate(left):
            if source == a["file"] and check == a["check"] and (a["focus"] is None or focus == a["focus"]):
                del left[i]
                break
        else:
            missing.append((a["file"], a["check"], a["focus"]))
    return missing, left


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    manifest = corpus.generate(PLANS, out, seed=3, rate=0.1)
    return out, manifest


@pytest.fixture(scope="module")
def audited(generated, tmp_path_factory) -> list[dict]:
    out, _ = generated
    store = tmp_path_factory.mktemp("corpus-store")
    runner = CliRunner()
    r = runner.invoke(main, ["--store", str(store), "-q", "ingest", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["--store", str(store), "audit", "--format", "json", "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_the_audit_reports_exactly_the_seeded_anomalies(generated, audited):
    _, manifest = generated
    missing, unexpected = match(manifest, audited)
    assert missing == [], "seeded but not reported"
    assert unexpected == [], "reported but not seeded"


def test_every_kind_of_anomaly_is_seeded(generated):
    """A small corpus still carries every kind the generator knows, each with the check that must
    report it, so the comparison above covers every check of the audit."""
    import rdflib

    from kehoach.audit import Shapes
    _, manifest = generated
    checks = {a["check"] for a in manifest["anomalies"]}
    assert checks == set(corpus.ANOMALIES.values())
    shapes = Shapes()
    ids = shapes.core.objects(None, rdflib.URIRef("http://purl.org/dc/terms/identifier"))
    assert checks == {c.check for c in shapes.sparql_checks} | {str(o) for o in ids}


def test_corpus_shape_and_determinism(generated, tmp_path):
    out, manifest = generated
    docs = manifest["documents"]
    assert len(docs) == PLANS == len({d["file"] for d in docs})
    assert set(manifest["layouts"]) == set(corpus.LAYOUTS)
    assert {d["depth"] for d in docs} == {1, 2, 3}
    assert len({d["root"] for d in docs}) >= 3                 # several national decisions
    numbered = [(d["place"], d["number"], d["date"][:4]) for d in docs if d["number"] and d["date"]]
    assert len(numbered) == len(set(numbered))                  # distinct numbers per issuer and year
    assert Counter(d["level"] for d in docs)["ward"] > 0
    again = corpus.generate(PLANS, tmp_path / "again", seed=3, rate=0.1)
    assert again == manifest
    for d in docs:
        assert (out / d["file"]).read_bytes() == (tmp_path / "again" / d["file"]).read_bytes()


def test_texts_are_generated_not_copied(generated):
    """No line of a generated plan is a line of a seed document (beyond boilerplate headings)."""
    from conftest import SEEDS
    if not SEEDS.is_dir():
        pytest.skip("no seeds")
    seed_lines = {line.strip() for p in SEEDS.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()
                  if len(line.strip()) > 60}
    out, manifest = generated
    for d in manifest["documents"]:
        lines = {line.strip() for line in (out / d["file"]).read_text(encoding="utf-8").splitlines()}
        assert not lines & seed_lines, d["file"]

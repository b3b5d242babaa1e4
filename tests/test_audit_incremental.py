"""Incremental audits give exactly what a full audit gives. A synthetic corpus (bench/corpus.py) is
ingested in steps — new plans, the parent of plans already in, a plan replaced by a version whose
period and cited dates change, a parent removed and ingested again, a graph dropped without
telling the audit — and after each step the incremental audit (with the cache the previous audit
left) must equal a full audit of the same store, finding for finding (file, line, focus, message,
graph, node). The incremental audit must really be incremental (not a full one in disguise), and
the cache must survive closing and reopening the store."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from kehoach.audit import Auditor, Shapes
from kehoach.audit.cache import FILE, AuditCache
from kehoach.audit.incremental import digests, read_predicates
from kehoach.cli import main
from kehoach.manage import remove
from kehoach.pipeline import ingest_files
from kehoach.store import EmbeddedStore

sys.path.insert(0, str(ROOT / "bench"))
import corpus

PLANS = 16


@pytest.fixture(scope="module")
def shapes() -> Shapes:
    return Shapes()


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, corpus.generate(PLANS, out, seed=5, rate=0.15)


def rows(findings) -> list[dict]:
    return [asdict(f) for f in findings]


def check(store: EmbeddedStore, shapes: Shapes, expect_mode: str = "incremental") -> list[dict]:
    inc = Auditor(store, shapes)
    got = inc.run(incremental=True)
    assert inc.last.mode == expect_mode, inc.last.reason
    full = Auditor(store, shapes).run()
    assert rows(got) == rows(full)
    return rows(got)


def family(manifest: dict) -> tuple[dict, list[dict]]:
    """A plan of the corpus with children in it, and the children."""
    docs = manifest["documents"]
    for d in docs:
        kids = [k for k in docs if d["number"] and k["implements"] == d["number"]]
        if kids and d["number"] and d["date"]:
            return d, kids
    raise AssertionError("the corpus has no lineage")


def test_incremental_equals_full_through_ingests_replacements_and_removals(generated, shapes, tmp_path):
    src, manifest = generated
    parent, _ = family(manifest)
    files = [src / d["file"] for d in manifest["documents"]]
    first = [f for f in files if f.name != parent["file"]][:8]          # children come before their parent
    store = EmbeddedStore(tmp_path / "store")

    ingest_files(store, first, workers=1)
    check(store, shapes, expect_mode="full")                            # no cache yet: a full audit builds it
    assert (tmp_path / "store" / FILE).exists()
    nothing = Auditor(store, Shapes())      # shapes read again, as every `kehoach audit` reads them
    nothing.run(incremental=True)                                       # nothing changed: the cache as it is
    assert nothing.last.mode == "incremental" and nothing.last.changed == {}

    # more plans, among them the parent of plans already in
    more = [f for f in files if f not in first][:5] + [src / parent["file"]]
    ingest_files(store, list(dict.fromkeys(more)), workers=1)
    before = check(store, shapes)

    # the parent replaced by a version with another period and another date for what it implements
    text = (src / parent["file"]).read_text(encoding="utf-8")
    changed = re.sub(r"giai đoạn (\d{4}) - (\d{4})", lambda m: f"giai đoạn {m.group(1)} - {int(m.group(2)) + 20}",
                     text, count=1)
    changed = re.sub(r"(Thực hiện (?:Quyết định|Kế hoạch) số \S+ ngày )(\d{2})/", r"\g<1>27/", changed, count=1)
    assert changed != text
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / parent["file"]).write_text(changed, encoding="utf-8")
    ingest_files(store, [tmp_path / "v2" / parent["file"]], workers=1)
    after = check(store, shapes)
    assert after != before

    # the parent removed (the audit is told), then ingested again as it was
    remove(store, parent["file"])
    check(store, shapes)
    ingest_files(store, [src / parent["file"]], workers=1)
    assert check(store, shapes) == before

    # a graph dropped behind the audit's back: the ingest log's size gives it away
    victim = next(g for g in Auditor(store, shapes).document_graphs() if "/graph/doc/" in g)
    store.drop_graph(victim)
    check(store, shapes)

    # the rest of the corpus, then the store closed and opened again: the cache is still good
    ingest_files(store, files, workers=1)
    final = check(store, shapes)
    store.close()
    store = EmbeddedStore(tmp_path / "store")
    again = Auditor(store, shapes)
    assert rows(again.run(incremental=True)) == final and again.last.mode == "incremental"
    assert again.last.changed == {}
    store.close()


@pytest.mark.parametrize("damage", ["not a database", "pages overwritten"])
def test_a_damaged_cache_is_made_afresh_by_a_full_audit(generated, shapes, tmp_path, damage):
    """The cache is not synced to the disk (it only holds what an audit makes again): a crash of
    the system may leave it damaged. The next audit is then a full one that makes it afresh, and
    the one after is incremental again, where it used to stay full for good."""
    src, manifest = generated
    files = [src / d["file"] for d in manifest["documents"]]
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, files[:6], workers=1)
    expected = check(store, shapes, expect_mode="full")
    path = tmp_path / "store" / FILE
    data = bytearray(path.read_bytes())
    assert len(data) > 8192
    if damage == "not a database":
        data[:100] = b"\xab" * 100                                       # the header gone
    else:
        data[4096:] = b"\xab" * (len(data) - 4096)                       # every page after the first
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)

    damaged = Auditor(store, shapes)
    assert rows(damaged.run(incremental=True)) == expected
    assert damaged.last.mode == "full"
    # the full audit filled a new cache: an ingest is then audited incrementally, as a full audit would
    ingest_files(store, files[6:8], workers=1)
    check(store, shapes)
    store.close()


def test_a_full_audit_keeps_the_digests_an_incremental_one_compares_with(generated, shapes, tmp_path):
    """What a full audit writes of each document (digests of its description and citations) is
    what the next incremental audit computes for it when nothing changed: else the first audit after
    a full one takes unchanged documents for changed ones and re-checks what they reach."""
    src, manifest = generated
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, [src / d["file"] for d in manifest["documents"]], workers=1)
    Auditor(store, shapes).run(incremental=True)                        # a full audit builds the cache
    cache = AuditCache.of(store)
    assert cache is not None
    docs = {d for ds in cache.footprint(Auditor(store, shapes).document_graphs()).values() for d in ds}
    stored = cache.digests(docs)
    cache.close()
    now = digests(store, docs, read_predicates(shapes))
    assert sum(1 for d in now.values() if d[1]) >= PLANS // 2          # documents that are cited
    assert stored == now
    store.close()


def test_the_cycle_collector_is_held_off_during_an_incremental_audit_only(generated, shapes, tmp_path, monkeypatch):
    """An incremental audit runs with Python's cycle collector off (a full collection within it
    would walk every object of the process) and leaves it as it found it, on or off."""
    import gc

    import kehoach.audit.engine as engine
    src, manifest = generated
    store = EmbeddedStore(tmp_path / "store")
    files = [src / d["file"] for d in manifest["documents"]]
    ingest_files(store, files[:3], workers=1)
    Auditor(store, shapes).run(incremental=True)                        # full: builds the cache
    seen: list[bool] = []               # whether the collector ran while the audit was working out what changed
    real = engine.detect

    def detect(*args):
        seen.append(gc.isenabled())
        return real(*args)
    monkeypatch.setattr(engine, "detect", detect)
    for i, enabled in enumerate((True, False)):
        (gc.enable if enabled else gc.disable)()
        try:
            ingest_files(store, [files[3 + i]], workers=1)                # a new plan each time
            a = Auditor(store, shapes)
            a.run(incremental=True)
            assert a.last.mode == "incremental" and gc.isenabled() == enabled
        finally:
            gc.enable()
    assert seen == [False, False]
    store.close()


def test_shapes_or_kehoach_changed_means_a_full_audit(generated, shapes, tmp_path):
    src, manifest = generated
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, [src / d["file"] for d in manifest["documents"]][:3], workers=1)
    Auditor(store, shapes).run(incremental=True)
    other = Shapes()
    other.digest = "something else"
    a = Auditor(store, other)
    a.run(incremental=True)
    assert a.last.mode == "full" and "shapes" in a.last.reason
    store.close()


def test_ingest_audit_and_remove_through_the_cli(generated, tmp_path):
    """`kehoach ingest --audit` reports the new plan's findings at once; `kehoach remove` makes the
    next audit forget them; `kehoach audit --full` and the incremental audit agree."""
    src, manifest = generated
    store = tmp_path / "store"
    docs = manifest["documents"]
    seeded = {a["file"] for a in manifest["anomalies"]}
    target = next(d for d in docs if d["file"] in seeded and d["number"])
    others = [str(src / d["file"]) for d in docs if d is not target][:4]
    runner = CliRunner()

    def cli(*args: str) -> str:
        r = runner.invoke(main, ["--store", str(store), *args])
        assert r.exit_code in (0, 1), r.output
        return r.stdout

    cli("-q", "ingest", *others)
    cli("audit", "--format", "json", "--fail-on", "never")
    out = cli("ingest", "--audit", str(src / target["file"]))
    expected = [a for a in manifest["anomalies"] if a["file"] == target["file"]]
    for a in expected:
        assert a["check"] in out, out
    inc = json.loads(cli("audit", "--format", "json", "--fail-on", "never"))
    full = json.loads(cli("audit", "--full", "--format", "json", "--fail-on", "never"))
    assert inc == full
    assert {f["check"] for f in inc if f["source"] == target["file"]} == {a["check"] for a in expected}
    cli("remove", target["file"])
    after = json.loads(cli("audit", "--format", "json", "--fail-on", "never"))
    assert not [f for f in after if f["source"] == target["file"]]
    assert after == json.loads(cli("audit", "--full", "--format", "json", "--fail-on", "never"))


def test_reference_data_or_an_import_means_a_full_audit(generated, shapes, tmp_path):
    """What the cache cannot follow: a reference graph rewritten (its ingest-log entry changes), a
    dump imported over the store (kehoach import replaces graphs and log wholesale)."""
    from kehoach.manage import import_dump
    from kehoach.store import log_entry
    from kehoach.vocab import GAZETTEER_GRAPH
    src, manifest = generated
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, [src / d["file"] for d in manifest["documents"]][:3], workers=1)
    expected = rows(Auditor(store, shapes).run(incremental=True))
    triples = [q.triple for q in store.quads(GAZETTEER_GRAPH)]
    store.replace_graph(GAZETTEER_GRAPH, triples, log_entry("0" * 64, "agencies.ttl"))
    a = Auditor(store, shapes)
    assert rows(a.run(incremental=True)) == expected
    assert a.last.mode == "full" and GAZETTEER_GRAPH in a.last.reason
    dump = tmp_path / "dump.nq"
    dump.write_bytes(store.export("nq"))
    import_dump(store, dump)
    b = Auditor(store, shapes)
    assert rows(b.run(incremental=True)) == expected
    assert b.last.mode == "full"
    store.close()


def mutate(text: str, rng) -> str:
    """A plan changed the way a new version of it might be: another date, period, cited date or
    number, a task dropped or printed twice."""
    lines = text.split("\n")
    kinds = ["date", "period", "cited", "drop", "twice", "number"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "date":
            new = re.sub(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", lambda m: f"ngày {m.group(1)} tháng "
                         f"{m.group(2)} năm {int(m.group(3)) + rng.choice([-1, 1])}", text, count=1)
        elif kind == "period":
            shift = rng.choice([-2, 3, 12])
            new = re.sub(r"giai đoạn (\d{4}) - (\d{4})",
                         lambda m, d=shift: f"giai đoạn {m.group(1)} - {int(m.group(2)) + d}", text, count=1)
        elif kind == "cited":
            new = re.sub(r"(số \S+ ngày )(\d{2})/(\d{2})/", lambda m: f"{m.group(1)}{m.group(2)}/"
                         f"{(int(m.group(3)) % 12) + 1:02d}/", text, count=1)
        elif kind == "number":
            new = re.sub(r"Số: (\d+)/", lambda m: f"Số: {int(m.group(1)) + 1}/", text, count=1)
        else:
            rows = [i for i, line in enumerate(lines) if re.match(r"^(\| \d+(\.\d+)+ |\d+(\.\d+)+\t|\+ |- )", line)]
            if not rows:
                continue
            i = rng.choice(rows)
            new = "\n".join(lines[:i] + ([] if kind == "drop" else [lines[i]]) + lines[i:])
        if new != text:
            return new
    return text


@pytest.mark.parametrize("seed", [11, 12])
def test_random_sequences_of_changes(generated, shapes, tmp_path, seed):
    """Random ingests, new versions and removals of the corpus's plans: after each, the incremental
    audit equals a full audit."""
    import random
    src, manifest = generated
    rng = random.Random(seed)
    files = [src / d["file"] for d in manifest["documents"]]
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, rng.sample(files, 6), workers=1)
    Auditor(store, shapes).run(incremental=True)
    versions = tmp_path / "versions"
    versions.mkdir()
    for step in range(10):
        op = rng.choice(["ingest", "ingest", "version", "version", "remove"])
        if op == "ingest":
            ingest_files(store, rng.sample(files, rng.randint(1, 2)), workers=1)
        elif op == "version":
            f = rng.choice(files)
            d = versions / str(step)
            d.mkdir()
            (d / f.name).write_text(mutate(f.read_text(encoding="utf-8"), rng), encoding="utf-8")
            ingest_files(store, [d / f.name], workers=1)
        else:
            graphs = Auditor(store, shapes).document_graphs()
            if graphs:
                remove(store, rng.choice(graphs))
        check(store, shapes)
    store.close()


def test_reference_graphs_written_in_the_second_of_the_last_ingest_are_known(generated, shapes, tmp_path):
    """On a fast machine the reference graphs and the last plan are logged in one second, so the
    next audit lists them again (it reads the log from that second on): a reference graph as the
    last full audit saw it is no reason for another full audit."""
    from kehoach.vocab import DOCUMENTS_GRAPH, GAZETTEER_GRAPH, LOG_GRAPH, PROV
    src, manifest = generated
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, [src / d["file"] for d in manifest["documents"]][:3], workers=1)
    latest = max(r["t"].value for r in store.query(
        f"SELECT ?t WHERE {{ GRAPH <{LOG_GRAPH}> {{ ?g <{PROV}generatedAtTime> ?t }} }}").rows)
    for g in (DOCUMENTS_GRAPH, GAZETTEER_GRAPH):     # logged in the second of the last plan
        store.update(f"DELETE {{ GRAPH <{LOG_GRAPH}> {{ <{g}> <{PROV}generatedAtTime> ?t }} }} "
                     f"INSERT {{ GRAPH <{LOG_GRAPH}> {{ <{g}> <{PROV}generatedAtTime> \"{latest}\"^^"
                     f"<http://www.w3.org/2001/XMLSchema#dateTime> }} }} "
                     f"WHERE {{ GRAPH <{LOG_GRAPH}> {{ <{g}> <{PROV}generatedAtTime> ?t }} }}")
    expected = rows(Auditor(store, shapes).run(incremental=True))
    assert check(store, shapes) == expected
    store.close()


@pytest.mark.parametrize("order", ["child first", "parent first"])
def test_what_another_plan_states_about_a_plan_reaches_its_tasks(shapes, tmp_path, order):
    """A plan's tasks are checked on its own graph alone only when the union says of the plan what
    that graph says: here the child plan states the parent's period (2026 - 2030, after the 2025
    merger of Sở Kế hoạch và Đầu tư), the parent's own text 2021 - 2025. With both ingested the
    parent's task is reported (obsolete-agency), whichever comes first, as a full audit does."""
    fixtures = ROOT / "tests" / "fixtures" / "audit"
    parent, child = fixtures / "period_parent.txt", fixtures / "period_child.txt"
    first, second = (child, parent) if order == "child first" else (parent, child)
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, [first], workers=1)
    check(store, shapes, expect_mode="full")
    ingest_files(store, [second], workers=1)
    found = check(store, shapes)
    assert [(f["check"], f["source"]) for f in found] == [("obsolete-agency", "period_parent.txt")]
    store.close()


@pytest.mark.parametrize("order", ["p first", "q first"])
def test_what_another_plan_says_a_cited_document_is_reaches_every_citation_of_a_plan_citing_it(shapes, tmp_path,
                                                                                                order):
    """Plan 41 cites 701/QĐ-UBND (a digital-library scheme) and 710/QĐ-UBND (the rules of village cultural houses),
    the same day; plan 42 says 710/QĐ-UBND approved the digital-library scheme. With both ingested, 41's citation of
    710 is one document under two numbers (citation-number-conflict), whichever plan comes first: the incremental
    audit re-checks the citations of the plans citing a document another plan describes, as a full audit finds."""
    fixtures = ROOT / "tests" / "fixtures" / "audit"
    p, q = fixtures / "two_numbers_p.txt", fixtures / "two_numbers_q.txt"
    first, second = (p, q) if order == "p first" else (q, p)
    store = EmbeddedStore(tmp_path / "store")
    ingest_files(store, [first], workers=1)
    assert not [f for f in check(store, shapes, expect_mode="full") if f["check"] == "citation-number-conflict"]
    ingest_files(store, [second], workers=1)
    found = check(store, shapes)
    assert [(f["check"], f["source"], f["focus"]) for f in found if f["check"] == "citation-number-conflict"] == [
        ("citation-number-conflict", "two_numbers_p.txt", "710/QĐ-UBND")]
    store.close()

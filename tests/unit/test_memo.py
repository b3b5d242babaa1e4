"""The analyses of the shapes' queries kept between runs (kehoach.audit.memo): a warm cache loads
the shapes without parsing a query, to the same checks and narrowings; a damaged, foreign or
unwritable cache is only a slower load; a changed query is analysed afresh."""

from __future__ import annotations

import json

from kehoach.audit import Shapes, memo, prebinding
from kehoach.audit import sparql as audit_sparql
from kehoach.audit.incremental import query_iris

BAD = "SELECT $this WHERE { OPTIONAL { $this a ?c } }"        # $this not bound by every solution


def fresh(monkeypatch, directory) -> None:
    """As a new process would start: this cache directory, nothing remembered in memory."""
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(directory))
    monkeypatch.setattr(memo, "_TABLE", memo._Table())
    prebinding._prepared.cache_clear()
    audit_sparql.narrowing.cache_clear()


def loaded(shapes: Shapes) -> list[tuple]:
    return [(c.check, c.query, c.uses_current_shape, audit_sparql.narrowing(audit_sparql.query_text(c)),
             query_iris(c.query)) for c in shapes.sparql_checks]


def no_parsing(monkeypatch) -> None:
    def refuse(query):
        raise AssertionError("rdflib parsed a query the cache holds the analyses of")
    monkeypatch.setattr(prebinding, "_parse", refuse)


def test_a_warm_cache_loads_the_shapes_without_parsing_a_query(tmp_path, monkeypatch):
    fresh(monkeypatch, tmp_path)
    cold = loaded(Shapes())
    assert cold and (tmp_path / memo.FILE).is_file()
    assert any(n.sites for _, _, _, n, _ in cold)           # narrowings with sites: not a vacuous compare
    fresh(monkeypatch, tmp_path)
    no_parsing(monkeypatch)
    assert loaded(Shapes()) == cold


def test_damaged_or_foreign_caches_are_only_slower(tmp_path, monkeypatch):
    fresh(monkeypatch, tmp_path)
    cold = loaded(Shapes())
    path = tmp_path / memo.FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    for damaged in ("{not json", json.dumps({"code": "another kehoach", "answers": doc["answers"]}),
                    json.dumps({"code": doc["code"], "answers": {k: {"not": "an answer"} for k in doc["answers"]}})):
        path.write_text(damaged, encoding="utf-8")
        fresh(monkeypatch, tmp_path)
        assert loaded(Shapes()) == cold
        assert json.loads(path.read_text(encoding="utf-8"))["code"] == doc["code"]     # written again


def test_a_changed_query_is_analysed_afresh(tmp_path, monkeypatch):
    fresh(monkeypatch, tmp_path)
    good = "SELECT $this WHERE { $this a ?c }"
    assert prebinding.check_prebinding(good) == []
    problems = prebinding.check_prebinding(BAD)
    assert problems and any("bind" in p for p in problems)
    fresh(monkeypatch, tmp_path)
    no_parsing(monkeypatch)
    assert prebinding.check_prebinding(BAD) == problems and prebinding.check_prebinding(good) == []
    assert "parsed a query" in prebinding.check_prebinding(BAD + " LIMIT 1")[0]     # parsed: not in the cache


def test_an_unwritable_cache_directory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    fresh(monkeypatch, blocker / "kehoach")
    assert any("bind" in p for p in prebinding.check_prebinding(BAD))
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def test_the_cache_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("KEHOACH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert memo.cache_dir() == tmp_path / "kehoach"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert memo.cache_dir() == tmp_path / ".cache" / "kehoach"

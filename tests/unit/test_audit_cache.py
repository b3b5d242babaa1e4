"""The audit cache's storage of findings (kehoach/audit/cache.py): what is written is read back
the same, severity included, and the stored layout is part of the cache's schema."""

from __future__ import annotations

from dataclasses import fields

from kehoach.audit.cache import SCHEMA, AuditCache, decode, encode
from kehoach.audit.model import Finding, Severity


def test_findings_read_back_as_written(tmp_path):
    full = Finding("duplicate-code", Severity.WARNING, "https://w3id.org/kehoach/eli/x/task/1",
                   "Mã số “1.2” đã dùng", "Code 1.2 used twice", "https://w3id.org/kehoach/shapes#DuplicateCode",
                   "sh:SPARQLConstraintComponent", "1.2", None, "kh-12.md", 41, "khr:eli/x/task/1",
                   "https://w3id.org/kehoach/graph/doc/x")
    bare = Finding("task-without-lead", Severity.VIOLATION, "https://w3id.org/kehoach/eli/y/task/2", "vi", "en",
                   "https://w3id.org/kehoach/shapes#TaskShape", "sh:MinCountConstraintComponent")
    for f in (full, bare):
        back = decode(encode(f))
        assert back == f and back.severity is f.severity
    cache = AuditCache(tmp_path / "cache.sqlite")
    with cache.transaction() as db:
        AuditCache.add_findings(db, [full, bare], {full.focus_node: {"g1"}})
    assert sorted(cache.findings(), key=lambda f: f.check) == [full, bare]
    cache.close()


def test_the_schema_names_the_stored_fields_in_order():
    assert SCHEMA.split(":", 1)[1].split(",") == [f.name for f in fields(Finding)]


def test_only_the_stores_writer_opens_the_cache(tmp_path):
    """A damaged cache file is replaced by the process that opens it (AuditCache.fresh): only the
    store's writer may, never a reader beside it."""
    from kehoach.audit.cache import FILE
    from kehoach.store import EmbeddedStore
    writer = EmbeddedStore(tmp_path / "store")
    cache = AuditCache.of(writer)
    assert cache is not None and not writer.read_only
    cache.close()
    writer.close()
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    assert reader.read_only and AuditCache.of(reader) is None
    (tmp_path / "store" / FILE).write_bytes(b"\xab" * 4096)          # damaged: a reader leaves it
    assert AuditCache.of(reader) is None
    assert (tmp_path / "store" / FILE).read_bytes() == b"\xab" * 4096
    reader.close()

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


def test_a_remote_store_has_a_cache_of_its_own_in_the_users_cache_folder(tmp_path, monkeypatch):
    """One file per endpoint and user name, named after the host, under KEHOACH_CACHE_DIR/audit."""
    from kehoach.audit.cache import remote_file
    from kehoach.store import RemoteStore
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("KEHOACH_USER", raising=False)
    for name in ("KEHOACH_QUERY_URL", "KEHOACH_UPDATE_URL", "KEHOACH_GSP_URL"):
        monkeypatch.delenv(name, raising=False)
    a = remote_file(RemoteStore("http://127.0.0.1:7878"))
    assert a.parent == tmp_path / "audit" and a.name.startswith("127.0.0.1-7878-") and a.suffix == ".sqlite"
    assert remote_file(RemoteStore("http://127.0.0.1:7878/query")) == a          # the same endpoint
    assert remote_file(RemoteStore("http://127.0.0.1:7879")) != a                 # another server
    monkeypatch.setenv("KEHOACH_USER", "auditor")
    assert remote_file(RemoteStore("http://127.0.0.1:7878")) != a                 # another user of it


def test_the_processes_of_one_machine_take_turns_with_a_remote_stores_cache(tmp_path, monkeypatch):
    """A second opener waits until the first has closed the cache (an exclusive lock on the file)."""
    import threading

    from kehoach.store import RemoteStore
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path))
    store = RemoteStore("http://127.0.0.1:7878")
    first = AuditCache.of(store)
    assert first is not None and first.path.exists()
    got: list[object] = []

    def open_it() -> None:
        cache = AuditCache.of(store)
        got.append(cache.path if cache is not None else None)
        if cache is not None:
            cache.close()

    second = threading.Thread(target=open_it)
    second.start()
    second.join(0.5)
    assert second.is_alive() and not got                  # waiting
    first.close()
    second.join(10)
    assert got == [first.path]


def test_a_damaged_remote_cache_is_made_afresh_under_the_same_lock(tmp_path, monkeypatch):
    from kehoach.store import RemoteStore
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path))
    store = RemoteStore("http://127.0.0.1:7878")
    cache = AuditCache.of(store)
    assert cache is not None
    path = cache.path
    cache.close()
    path.write_bytes(b"not a database" * 100)
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    cache = AuditCache.of(store)            # opened, found damaged, made afresh
    assert cache is not None and cache.lock is not None and cache.meta() == {}
    lock = cache.lock
    again = cache.remade()                  # the same again, the lock handed over, not let go
    assert again is not None and again.lock == lock and cache.lock is None
    again.close()
    assert again.lock is None

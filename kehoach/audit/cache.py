"""The audit's memory between runs: a SQLite file the embedded store keeps in its own directory
(`kehoach-audit.sqlite`), so that an audit after ingesting, replacing or removing a document
re-checks only what the change can reach (kehoach.audit.incremental). A remote store (a SPARQL
endpoint) has its file on the machine that audits it, in the user's cache folder (`remote_file`:
one per endpoint and user name); the processes of that machine take turns with it (a lock on the
file), and what changed on the server is read from its ingest log, whoever wrote it.

It holds, as of the last audit:
    meta        schema, kehoach version, digest of the shapes, the ingest log's size and latest
                entry time, the derived graph's triples
    graphs      every document graph audited, with the SHA-256 and time of its ingest-log entry
                (`removed` set by `kehoach remove` until the next audit has taken it into account)
    footprint   the documents each graph says something about (itself, what it cites)
    findings    every finding, placed in its file and line (a JSON list of its fields), by check,
                focus node and the graph it is placed in
    asserted    for the focus node of each finding, the graphs that state something about it
    documents   per document, a digest of what the union states of it and of its citations (what
                the checks read), to tell which documents a change really touched

Nothing in it is trusted when its schema, the kehoach version or the shapes differ: the next
audit is then a full one and rewrites it. The RDF data never depends on it: deleting the file
costs one full audit."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import astuple, fields
from pathlib import Path

from kehoach.localcache import cache_dir, endpoint_name

from .model import Finding, Severity

FILE = "kehoach-audit.sqlite"
# a finding is stored as the JSON list of its fields, in order: the field names are part of the
# schema, so that a cache written with other fields is never read as this one
SCHEMA = "3:" + ",".join(f.name for f in fields(Finding))
_SEVERITY = {int(s): s for s in Severity}
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS graphs (graph TEXT PRIMARY KEY, sha TEXT, stamp TEXT, removed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS footprint (graph TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (graph, doc));
CREATE TABLE IF NOT EXISTS findings (check_id TEXT NOT NULL, focus TEXT NOT NULL, placed TEXT NOT NULL,
                                     data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS findings_focus ON findings (check_id, focus);
CREATE INDEX IF NOT EXISTS findings_placed ON findings (placed);
CREATE INDEX IF NOT EXISTS findings_node ON findings (focus);
CREATE TABLE IF NOT EXISTS asserted (focus TEXT NOT NULL, graph TEXT NOT NULL, PRIMARY KEY (focus, graph));
CREATE INDEX IF NOT EXISTS asserted_graph ON asserted (graph);
CREATE TABLE IF NOT EXISTS documents (doc TEXT PRIMARY KEY, described TEXT NOT NULL, cited TEXT NOT NULL);
"""


def _lock(path: Path) -> int:
    """An exclusive lock on `path` + ".lock", waited for: the open file holding it. Where the
    system has no such locks (not POSIX), the file alone."""
    fd = os.open(str(path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        import fcntl
    except ImportError:             # pragma: no cover (Windows)
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        os.close(fd)
        raise
    return fd


def _release(lock: int | None) -> None:
    """Let go of a lock `_lock` took (closing its file releases it)."""
    if lock is not None:
        with contextlib.suppress(OSError):
            os.close(lock)


# SQLite's answers for a file that is not, or no longer, a whole database
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def damaged(e: sqlite3.Error) -> bool:
    """Whether the error says the cache file is damaged (not busy, read-only or missing)."""
    return getattr(e, "sqlite_errorname", None) in _DAMAGED


def encode(f: Finding) -> str:
    return json.dumps([int(v) if isinstance(v, Severity) else v for v in astuple(f)], ensure_ascii=False)


def decode(text: str) -> Finding:
    """A finding as `encode` wrote it (a list rather than an object: half the time to read back,
    which every incremental audit does for every finding it reports)."""
    values = json.loads(text)
    values[1] = _SEVERITY[values[1]]
    return Finding(*values)


def remote_file(store: object) -> Path:
    """The audit cache of a remote store, beside the memo's files: one per endpoint and user name
    (kehoach.localcache.endpoint_name)."""
    name = endpoint_name(getattr(store, "query_url", ""), getattr(store, "update_url", ""))
    return cache_dir() / "audit" / f"{name}.sqlite"


class AuditCache:
    """One SQLite connection to the file; every change goes through `transaction()`. `lock`: an
    open file whose exclusive lock this cache holds until it is closed (a remote store's cache,
    which several processes of one machine may want at once)."""

    def __init__(self, path: Path, lock: int | None = None):
        self.path = path
        self.lock = lock                    # (not let go of here when the file cannot be opened: see `of`)
        self.db = sqlite3.connect(str(path), timeout=30)
        try:
            self._setup()
        except BaseException:
            self.db.close()
            raise

    def _setup(self) -> None:
        # a transaction is there whole or not at all, whatever happens to the process; never
        # waiting for the disk. The file only holds what an audit can make again, so it is not
        # synced: synchronous=NORMAL synced it when the connection closed (the write-ahead log
        # moved into the file): on this machine 2 ms at the median (up to 5) of every audit on a
        # quiet disk, up to 30 ms while another process wrote to it (an incremental audit's median
        # then 123 against 80 ms). After a crash of the process the cache is whole, at most one
        # audit behind, which the next audit catches up on; after a crash of the system it may be
        # damaged, and is then made afresh (`of`, `fresh`) at the cost of one full audit.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.executescript(_TABLES)

    @classmethod
    def of(cls, store: object) -> AuditCache | None:
        """The cache of an embedded store opened for writing, or of a remote store (waiting for
        another process of this machine that has it open); None for a read-only embedded store
        (audited in full) or when the file cannot be opened."""
        from kehoach.store import EmbeddedStore, RemoteStore
        if isinstance(store, RemoteStore):
            path = remote_file(store)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                lock = _lock(path)
            except OSError:
                return None
        elif (not isinstance(store, EmbeddedStore) or type(store).update is not EmbeddedStore.update
                or store.read_only):
            return None
        else:
            path, lock = Path(store.path) / FILE, None
        try:
            return cls(path, lock)
        except sqlite3.Error as e:
            if damaged(e):
                return cls.fresh(path, lock)
        except OSError:
            pass
        _release(lock)
        return None

    @classmethod
    def fresh(cls, path: Path, lock: int | None = None) -> AuditCache | None:
        """An empty cache in place of a damaged file (the only process that opens it: the embedded
        store's writer, or the holder of `lock`; what the file held costs one full audit); None
        when none can be made."""
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        try:
            return cls(path, lock)
        except (OSError, sqlite3.Error):
            _release(lock)
            return None

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self._unlock()

    def remade(self) -> AuditCache | None:
        """This cache's file found damaged: closed, and an empty one made in its place, under the
        same lock (None when none can be made: the lock let go)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        lock, self.lock = self.lock, None
        return AuditCache.fresh(self.path, lock)

    def _unlock(self) -> None:
        lock, self.lock = self.lock, None
        _release(lock)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    # -- reading --------------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def graphs(self) -> dict[str, tuple[str | None, str | None, bool]]:
        """graph -> (sha256, ingest time, removed)."""
        return {g: (sha, stamp, bool(removed))
                for g, sha, stamp, removed in self.db.execute("SELECT graph, sha, stamp, removed FROM graphs")}

    def marked(self) -> set[str]:
        """The graphs `kehoach remove` dropped since the last audit (kept, marked, until it)."""
        return {g for (g,) in self.db.execute("SELECT graph FROM graphs WHERE removed")}

    def graph_states(self, graphs: Iterable[str]) -> dict[str, tuple[str | None, str | None, bool]]:
        """graph -> (sha256, ingest time, removed), for those of `graphs` the cache knows: looked up
        one by one, where `graphs()` reads every graph of the store."""
        out: dict[str, tuple[str | None, str | None, bool]] = {}
        for g in graphs:
            row = self.db.execute("SELECT sha, stamp, removed FROM graphs WHERE graph = ?", (g,)).fetchone()
            if row is not None:
                out[g] = (row[0], row[1], bool(row[2]))
        return out

    def footprint(self, graphs: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for g in graphs:
            out[g] = {d for (d,) in self.db.execute("SELECT doc FROM footprint WHERE graph = ?", (g,))}
        return out

    def digests(self, docs: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Document -> (digest of its description, of its citations) as of the last audit."""
        out: dict[str, tuple[str, str]] = {}
        for d in docs:
            row = self.db.execute("SELECT described, cited FROM documents WHERE doc = ?", (d,)).fetchone()
            if row is not None:
                out[d] = (row[0], row[1])
        return out

    def findings(self) -> list[Finding]:
        return [decode(d) for (d,) in self.db.execute("SELECT data FROM findings")]

    def focus_of_checks(self) -> dict[str, set[str]]:
        """check -> focus nodes with findings."""
        out: dict[str, set[str]] = {}
        for c, f in self.db.execute("SELECT DISTINCT check_id, focus FROM findings"):
            out.setdefault(c, set()).add(f)
        return out

    def focus_in(self, graphs: Iterable[str]) -> set[tuple[str, str]]:
        """(check, focus node) of the findings placed in `graphs` or whose focus node they state
        something about."""
        out: set[tuple[str, str]] = set()
        for g in graphs:
            out |= set(self.db.execute("SELECT check_id, focus FROM findings WHERE placed = ?", (g,)).fetchall())
            out |= set(self.db.execute("SELECT f.check_id, f.focus FROM findings f JOIN asserted a "
                                       "ON a.focus = f.focus WHERE a.graph = ?", (g,)).fetchall())
        return out

    # -- writing (inside a transaction) ---------------------------------------------------------
    @staticmethod
    def clear(db: sqlite3.Connection) -> None:
        for t in ("meta", "graphs", "footprint", "findings", "asserted", "documents"):
            db.execute(f"DELETE FROM {t}")

    @staticmethod
    def set_meta(db: sqlite3.Connection, values: dict[str, str]) -> None:
        db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())

    @staticmethod
    def set_graphs(db: sqlite3.Connection, graphs: dict[str, tuple[str | None, str | None] | None]) -> None:
        """Graph -> (sha256, ingest time), or None to forget it (and its footprint)."""
        for g, state in graphs.items():
            db.execute("DELETE FROM footprint WHERE graph = ?", (g,))
            if state is None:
                db.execute("DELETE FROM graphs WHERE graph = ?", (g,))
            else:
                db.execute("INSERT OR REPLACE INTO graphs (graph, sha, stamp, removed) VALUES (?, ?, ?, 0)",
                           (g, state[0], state[1]))

    @staticmethod
    def set_footprint(db: sqlite3.Connection, footprint: dict[str, set[str]]) -> None:
        for g, docs in footprint.items():
            db.execute("DELETE FROM footprint WHERE graph = ?", (g,))
            db.executemany("INSERT OR IGNORE INTO footprint (graph, doc) VALUES (?, ?)", ((g, d) for d in docs))

    @staticmethod
    def set_digests(db: sqlite3.Connection, digests: dict[str, tuple[str, str] | None]) -> None:
        """Document -> (digest of its description, of its citations), or None to forget it."""
        for d, pair in digests.items():
            if pair is None:
                db.execute("DELETE FROM documents WHERE doc = ?", (d,))
            else:
                db.execute("INSERT OR REPLACE INTO documents (doc, described, cited) VALUES (?, ?, ?)",
                           (d, pair[0], pair[1]))

    @staticmethod
    def drop_findings(db: sqlite3.Connection, keys: Iterable[tuple[str, str]]) -> None:
        """Forget the findings of these (check, focus node) pairs."""
        db.executemany("DELETE FROM findings WHERE check_id = ? AND focus = ?", keys)

    @staticmethod
    def add_findings(db: sqlite3.Connection, findings: Iterable[Finding],
                     asserted: dict[str, set[str]]) -> None:
        rows = [(f.check, f.focus_node, f.graph or "", encode(f)) for f in findings]
        db.executemany("INSERT INTO findings (check_id, focus, placed, data) VALUES (?, ?, ?, ?)", rows)
        for focus, graphs in asserted.items():
            db.execute("DELETE FROM asserted WHERE focus = ?", (focus,))
            db.executemany("INSERT OR IGNORE INTO asserted (focus, graph) VALUES (?, ?)",
                           ((focus, g) for g in graphs))

    @staticmethod
    def prune_asserted(db: sqlite3.Connection, nodes: Iterable[str] | None = None) -> None:
        """Forget the graphs stating focus nodes left without findings (of `nodes`, or any)."""
        if nodes is None:
            db.execute("DELETE FROM asserted WHERE focus NOT IN (SELECT focus FROM findings)")
            return
        db.executemany("DELETE FROM asserted WHERE focus = ? AND NOT EXISTS (SELECT 1 FROM findings f "
                       "WHERE f.focus = ?)", ((n, n) for n in set(nodes)))


def forget(store: object, graphs: Iterable[str]) -> None:
    """Called when document graphs are removed from the store: their findings are no longer valid.
    The graphs are marked removed; the next audit drops their findings and re-checks what they
    reached, which it finds through the footprint and findings kept until then (an audit never
    reports a finding before it has taken every change into account)."""
    cache = AuditCache.of(store)
    if cache is None:
        return
    try:
        with cache.transaction() as db:
            for g in graphs:
                db.execute("UPDATE graphs SET removed = 1 WHERE graph = ?", (g,))
    except sqlite3.Error:
        pass
    finally:
        cache.close()


def invalidate(store: object) -> None:
    """Called when the store was changed in ways an audit cannot follow (a dump imported): the next
    audit is a full one."""
    cache = AuditCache.of(store)
    if cache is None:
        return
    try:
        with cache.transaction() as db:
            AuditCache.clear(db)
    except sqlite3.Error:
        pass
    finally:
        cache.close()

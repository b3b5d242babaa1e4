"""The embedded store: pyoxigraph on disk (RocksDB).

The union of the graphs (the default graph of every query) is kept in the store's own default
graph: RocksDB indexes a default-graph triple three ways and a named-graph quad six ways, so the
union in the default graph costs half as much to write and to keep as a named union graph, and
queries read shorter keys (1,000 plans: store 1.8 -> 1.4 GB). Stores written before (a named
union graph, kehoach.vocab.UNION_GRAPH) are moved over once, when first opened for writing."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import os
import re
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from kehoach.errors import SparqlError, StoreError
from kehoach.vocab import LOG_GRAPH, PREFIXES, UNION_GRAPH

from .base import (
    UNION_IN,
    WRITING,
    Binding,
    NewGraph,
    Result,
    Store,
    boolean_result,
    bulk_done_update,
    bulk_nquads,
    in_union,
    log_replace_text,
    rebuild_union_update,
    triples_result,
)

# the databases of stores a forked process dropped (EmbeddedStore.__del__): never closed there
_FORKED_COPIES: list[object] = []

# `kehoach stats` keeps what it counted in this file of the store's directory (kehoach/stats.py);
# every write takes it away first, so that it never outlives the data it counted
COUNTS_FILE = "kehoach-stats.json"


def refuse_a_file(path: Path) -> None:
    """A store path that names a file (a mistyped --store, an export given for the store): one clear
    error, whatever the command."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"no store at {path}: that is a file, and a store is a directory",
                         hint="give the store's directory (--store DIR or KEHOACH_STORE)")


class EmbeddedStore(Store):
    """`create`: make the directory when it is missing (commands that write); a command that only
    reads never creates a store, so a mistyped path is an error, not an empty answer. `wait`:
    seconds to wait while another process holds the store's lock. `read_only`: for a command that
    only reads (see _open_for_reading); a write is then refused."""

    union_graph = None          # the union is the store's default graph
    _key = ""                   # how this process's lock table knows the store ("": not in it)
    _reading = False            # opened read-only under the table's shared lock
    _pid = 0                    # the process that opened it

    def __init__(self, path: str | Path, create: bool = True, wait: float = 0.0, read_only: bool = False):
        self.path = Path(path)
        refuse_a_file(self.path)
        if (read_only or not create) and not (self.path / "CURRENT").exists():
            hint = ("kehoach ingest FILES creates it" if not self.path.exists() or not any(self.path.iterdir())
                    else "that directory is not a kehoach store")
            raise StoreError(f"no store at {self.path}", hint=hint)
        deadline = time.monotonic() + max(0.0, wait)
        if read_only and self._open_for_reading(deadline):
            self.recovered: list[str] = []
            return
        while True:
            try:
                if create:
                    self.path.mkdir(parents=True, exist_ok=True)
                key = str(self.path.resolve())
                # (read in this process: RocksDB, which would refuse another process, would not see it)
                if key not in _READ_LOCKS:
                    self._store = ox.Store(str(self.path))
                    self._key, self._pid = key, os.getpid()
                    _WRITING.add(key)
                    break
            except OSError as e:
                if not _locked(e):
                    raise StoreError(f"cannot open store at {self.path}: {e.strerror or e}") from None
            _wait(self.path, deadline)
        self._ensure_union()
        self.recovered = self._recover()

    def _open_for_reading(self, deadline: float) -> bool:
        """Open a store for a command that only reads: RocksDB read-only, in about a third of the
        time of an opening for writing (1,000 plans: ~10 against ~25 ms; 10,000: ~13 against
        25-65), and several readers at once. RocksDB takes no lock for it, so this takes a shared
        lock on the store's LOCK file, the file (and the kind of lock, fcntl's) an opening for
        writing locks: no writer opens the store while it is read, and no reader while it is
        written. False: a store that must first be repaired (an interrupted write to take out, the
        union to move; see _ensure_union and _recover), which is then opened for writing."""
        key = str(self.path.resolve())
        while True:
            got = _read_lock(key)
            if got is None:
                return False            # no lock file to lock: opened the usual way
            if got:
                break
            _wait(self.path, deadline)
        self._key, self._reading, self._pid = key, True, os.getpid()
        try:
            self._store = ox.Store.read_only(str(self.path))
        except OSError as e:
            self._release()
            raise StoreError(f"cannot open store at {self.path}: {e.strerror or e}") from None
        if UNION_IN in self._store and not self._marked():
            return True
        self._release()
        return False

    def _release(self) -> None:
        """Let go of the store, and of this process's lock on it."""
        self.__dict__.pop("_store", None)
        if self._reading:
            _read_unlock(self._key)
        else:
            _WRITING.discard(self._key)
        self._key, self._reading = "", False

    def __del__(self) -> None:
        # dropped without close(): what was written is flushed, as close() does (RocksDB keeps it in
        # its write-ahead log otherwise, which every reader replays when it opens the store: 4 MB of
        # log, six replaced plans, made each read-only opening of a 1,000-plan store 135 ms instead
        # of 16), and the lock table lets go with the database, as RocksDB's own does. A forked
        # process (ingest's parsing workers) holds a copy of the object without RocksDB's threads:
        # a flush there, or closing the database, waits for them for ever, so its copy of the
        # database is kept, unused, until that process ends
        if getattr(self, "_key", ""):
            if self._pid != os.getpid():
                _FORKED_COPIES.append(self.__dict__.pop("_store", None))
            elif not self._reading:
                with contextlib.suppress(Exception):
                    self._store.flush()
            self._release()

    def _recover(self) -> list[str]:
        """Take out the graphs an interrupted bulk write left marked (see add_graphs): the store is
        as it was before that write. The graphs taken out (their files were not ingested)."""
        marked = self._marked()
        for g in marked:
            self.drop_graph(g)
        return marked

    def _marked(self) -> list[str]:
        """The graphs an unfinished bulk write marked in the log graph (see add_graphs)."""
        return sorted({q.subject.value for q in self._store.quads_for_pattern(
            None, ox.NamedNode(WRITING), None, ox.NamedNode(LOG_GRAPH)) if isinstance(q.subject, ox.NamedNode)})

    def _ensure_union(self) -> None:
        """The union in the default graph, as the log graph records. A store that kept it in a named
        graph has it moved (a bulk copy, then the named graph dropped: interrupted, the next opening
        copies again); a store without any union (written before there was one) gets it built."""
        if UNION_IN in self._store:
            return
        named = ox.NamedNode(UNION_GRAPH)
        self._changing()
        try:
            if self._store.contains_named_graph(named):
                notify = type(self).notify          # (a function set on the class, not a method)
                if notify:
                    notify(f"moving the union graph of {self.path} into the store's default graph, once "
                                "(a store written by an earlier kehoach; about a minute per 3 million triples)")
                self._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                                        for q in self._store.quads_for_pattern(None, None, None, named))
                self._store.remove_graph(named)
            else:
                self._store.update(rebuild_union_update(None))
            self._store.add(UNION_IN)
        except OSError as e:
            raise StoreError(f"cannot prepare the store at {self.path}: {e}") from None

    @property
    def read_only(self) -> bool:
        """Whether this process opened the store for reading only (a write is then refused)."""
        return self._reading

    @property
    def counts_file(self) -> Path | None:
        """Where `kehoach stats` may keep its counts between writes: this process holds the
        store's lock (shared with other readers, who would write the same counts), so no one
        writes to the store while it counts."""
        return self.path / COUNTS_FILE

    def _changing(self) -> None:
        """Before any write: the counts kept for `kehoach stats` are no longer the store's."""
        if self._reading:
            raise StoreError(f"the store at {self.path} was opened for reading only, nothing was changed")
        try:
            (self.path / COUNTS_FILE).unlink(missing_ok=True)
        except OSError as e:
            raise StoreError(f"cannot write the store at {self.path}, nothing was changed: {e}") from None

    # -- primitives ---------------------------------------------------------------------------
    def update(self, text: str, touched: Collection[str] | None = None) -> None:
        self._changing()
        try:
            self._store.update(text)
        except (OSError, SyntaxError) as e:
            raise StoreError(f"store update failed, nothing was changed: {e}") from None

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple], log: dict[str, str] | None = None) -> None:
        """Replace a graph in one transaction, writing only what changes. The delta (triples
        removed, triples added) is computed here, and so is what leaves the union graph (removed
        triples no other graph asserts); the update then holds only DELETE DATA / INSERT DATA, which
        costs a fraction of the pattern-matching update the remote store sends. Graphs with blank
        nodes (the ontology's OWL lists) take that generic update: DATA forms cannot name a blank
        node the store already holds."""
        new = list(dict.fromkeys(triples))
        g = ox.NamedNode(graph)
        old = [q.triple for q in self._store.quads_for_pattern(None, None, None, g)]
        if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in (*old, *new)):
            super().replace_graph(graph, new, log)
            return
        new_set, old_set = set(new), set(old)
        removed = [t for t in old if t not in new_set]
        added = [t for t in new if t not in old_set]
        skip = {graph, UNION_GRAPH, LOG_GRAPH}
        leaving = [t for t in removed
                   if not any(q.graph_name.value not in skip
                              for q in self._store.quads_for_pattern(t.subject, t.predicate, t.object, None)
                              if isinstance(q.graph_name, ox.NamedNode))]
        parts = []
        if removed:
            parts.append("DELETE DATA { " + _graph_block(g, removed) +
                         (" " + in_union(_lines(leaving), None) if leaving else "") + " }")
        if added:
            parts.append("INSERT DATA { " + _graph_block(g, added) + " " + in_union(_lines(added), None) + " }")
        if not old:
            parts.append(f"CREATE SILENT GRAPH {g}")
        if log:
            parts.extend(log_replace_text(graph, log))
        if parts:
            self.update(" ;\n".join(parts))

    def add_graphs(self, items: list[NewGraph]) -> None:
        """Add new graphs in bulk: one marker update, one bulk load (graphs and union: about a
        third of the cost of a transaction per graph), one update writing their log entries and
        taking the markers out. A bulk load is not a transaction: should it fail, or the process
        die, the marked graphs are taken out again (now, or when the store is next opened), so a
        graph is either there whole, logged, or not at all. Graphs with blank nodes, whose labels
        would meet across documents in one load, take the update of one graph."""
        self._changing()
        bulk: list[NewGraph] = []
        for it in items:
            if it.data and it.joinable:
                bulk.append(it)
            else:
                self.add_graph(it)
        if len(bulk) < 2:
            for it in bulk:
                self.add_graph(it)
            return
        log, writing = ox.NamedNode(LOG_GRAPH), ox.NamedNode(WRITING)
        try:
            self._store.extend(ox.Quad(ox.NamedNode(it.graph), writing, ox.Literal(True), log) for it in bulk)
        except OSError as e:
            raise StoreError(f"store write failed, nothing was changed: {e}") from None
        # each graph, and its triples again in the default graph (the union)
        data = bulk_nquads(bulk, None)
        try:
            # lenient: IRIs and language tags are not validated again (the texts were serialised
            # from pyoxigraph terms, which validated them): ~10% of the load
            self._store.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=True)
        except (OSError, SyntaxError, ValueError) as e:
            self._recover()
            raise StoreError(f"store write failed, the {len(bulk)} new graphs were taken out again: {e}") from None
        try:
            self._store.update(bulk_done_update(bulk))
        except (OSError, SyntaxError) as e:
            self._recover()
            raise StoreError(f"store write failed, the {len(bulk)} new graphs were taken out again: {e}") from None

    def flush(self) -> None:
        self._store.flush()

    def optimize(self) -> None:
        """Compact the database (RocksDB): after a large ingest, a store whose first queries and
        audits do not pay for the compaction (10,000 plans: 16 GB -> 9.1 GB in ~3 min)."""
        try:
            self._store.optimize()
        except OSError as e:
            raise StoreError(f"cannot compact the store at {self.path}: {e}") from None

    def close(self) -> None:
        """Flush and let go of the database, releasing RocksDB's lock on the directory."""
        if hasattr(self, "_store") and not self._reading:
            self._store.flush()
        self._release()

    def query(self, text: str, prefixes: dict[str, str] | None = None) -> Result:
        res = _answer(lambda: self._run(text, prefixes))
        return res if isinstance(res, Result) else _materialise(res)

    def select_csv(self, query: str, substitutions: Mapping[str, Binding] | None = None,
                   prefixes: bool = True) -> bytes | Result:
        if self.allow_service:              # (run in a worker thread, see _run)
            return self.select(query, substitutions, prefixes)
        text = self.bound_text(query, substitutions)

        def csv() -> object:
            res = self._store.query(text, prefixes=PREFIXES if prefixes else None)
            # (no file given: the bytes)
            return res.serialize(format=ox.QueryResultsFormat.CSV) if isinstance(res, ox.QuerySolutions) else res
        res = _answer(csv)
        return res if isinstance(res, bytes) else _materialise(res)

    def _run(self, text: str, prefixes: dict[str, str] | None) -> object:
        if not self.allow_service:
            return self._store.query(text, prefixes=prefixes)
        # SERVICE allowed: a remote service may never answer, and pyoxigraph cannot be interrupted,
        # so the query runs in a worker thread that is abandoned after service_timeout seconds
        box: list[Result | Exception] = []

        def work() -> None:
            # pyoxigraph objects may not cross threads: read everything here, hand over plain values
            try:
                box.append(_materialise(self._store.query(text, prefixes=prefixes)))
            except (SyntaxError, OSError) as e:
                box.append(type(e)(str(e)))
        worker = threading.Thread(target=work, name="kehoach-service-query", daemon=True)
        worker.start()
        worker.join(self.service_timeout)
        if not box:           # the daemon thread is abandoned; it ends with the process
            raise SparqlError(f"the query did not finish within {self.service_timeout:g} s "
                              "(a SERVICE that does not answer?)")
        if isinstance(box[0], Exception):
            raise box[0]
        return box[0]

    def has_graph(self, graph: str) -> bool:
        return bool(self._store.contains_named_graph(ox.NamedNode(graph)))

    def named_graphs(self) -> list[str]:
        """The named graphs; the log graph only when it logs something (not when it holds only the
        layout record, UNION_IN, as in a store nothing was written to)."""
        graphs = sorted(g.value for g in self._store.named_graphs() if g.value != UNION_GRAPH)
        if LOG_GRAPH in graphs:
            first_two = list(itertools.islice(self._store.quads_for_pattern(None, None, None, UNION_IN.graph_name), 2))
            if first_two == [UNION_IN]:
                graphs.remove(LOG_GRAPH)
        return graphs

    # the layout record (UNION_IN) is how this store is kept, not data: not read, counted or exported
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph and graph != LOG_GRAPH:
            return self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        # graph by graph (the order of one scan of the store): the union, the default graph and
        # half the store, is not read only to be skipped
        graphs = [ox.NamedNode(graph)] if graph else [g for g in self._store.named_graphs() if g.value != UNION_GRAPH]
        return (q for g in graphs for q in self._store.quads_for_pattern(None, None, None, g) if q != UNION_IN)

    def union_quads(self) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        res = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        assert isinstance(res, ox.QuerySolutions)
        return int(next(iter(res))["n"].value) - self._layout_triples(graph)


def _answer(run: Callable[[], object]) -> object:
    """What `run` gives, pyoxigraph's errors as kehoach's (a syntax error located and shortened)."""
    try:
        return run()
    except SyntaxError as e:
        raise SparqlError(syntax_message(str(e))) from None
    except OSError as e:
        raise SparqlError(f"the query failed: {e}") from None


def _lines(triples: list[ox.Triple]) -> str:
    return "\n" + "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples) + "\n"


def _graph_block(graph: ox.NamedNode, triples: list[ox.Triple]) -> str:
    return f"GRAPH {graph} {{{_lines(triples)}}}"


def _materialise(res: object) -> Result:
    """A pyoxigraph answer read to the end, as a Result."""
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        # a solution iterates over its values in the order of the variables (None: unbound), which
        # costs less than looking each up by name (11,639 rows of 11 values: ~0.1 s less)
        return Result(variables, [dict(zip(variables, sol)) for sol in res])
    if isinstance(res, ox.QueryBoolean):
        return boolean_result(bool(res))
    return triples_result(res)  # type: ignore[arg-type]


_POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)


def syntax_message(message: str) -> str:
    """pyoxigraph's "error at 1:33: expected one of ..." -> "SPARQL syntax error: expected one of
    ... (line 1, column 33)": the cause first, the token list cut short. Positions are those of
    the user's text (prefixes are passed to the parser, not prepended)."""
    m = _POSITION.match(message.strip())
    if not m:
        return f"SPARQL syntax error: {message}"
    cause = " ".join(m.group(3).split())
    if len(cause) > 160:
        cause = cause[:157] + "…"
    return f"SPARQL syntax error: {cause} (line {m.group(1)}, column {m.group(2)})"


# This process's locks on stores. A read-only opening takes fcntl's shared lock on the store's LOCK
# file; such locks belong to the process, and closing any descriptor of the file drops them all,
# so one descriptor a store is kept while any reader of it is open (path -> [descriptor, readers]).
# A store open for writing here is refused to readers here, and the reverse, as RocksDB refuses a
# second opening for writing in one process (a read lock would otherwise replace its write lock).
_READ_LOCKS: dict[str, list[int]] = {}
_WRITING: set[str] = set()


def _read_lock(key: str) -> bool | None:
    """Take (or share) the read lock on the store at `key`: True; False while a writer holds it;
    None when there is no LOCK file to lock."""
    if key in _READ_LOCKS:
        _READ_LOCKS[key][1] += 1
        return True
    if key in _WRITING:
        return False
    try:
        fd = os.open(os.path.join(key, "LOCK"), os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as e:
        os.close(fd)
        if e.errno in (errno.EAGAIN, errno.EACCES):
            return False
        return None
    _READ_LOCKS[key] = [fd, 1]
    return True


def _read_unlock(key: str) -> None:
    held = _READ_LOCKS.get(key)
    if held is None:
        return
    held[1] -= 1
    if held[1] == 0:
        del _READ_LOCKS[key]
        os.close(held[0])


def _wait(path: Path, deadline: float) -> None:
    """The store is held by another opening: wait a little before trying again, or, past the
    deadline (--wait), say it is in use."""
    if time.monotonic() >= deadline:
        raise StoreError(f"another kehoach process is using the store at {path}",
                         hint="wait for it to finish, or pass --wait SECONDS")
    time.sleep(0.2)


def _locked(e: OSError) -> bool:
    """RocksDB's "lock hold by another process" (or this one) on the store's LOCK file."""
    text = str(e)
    return "LOCK" in text and ("lock" in text.lower() or e.errno in (errno.EAGAIN, errno.EACCES, errno.ENOLCK))

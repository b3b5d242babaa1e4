"""Worker processes that run every query of the server, so that a query past its deadline can be
cut off.

pyoxigraph evaluates a query inside one native call that cannot be interrupted from Python: a
thread running it can only be abandoned, and it keeps the CPU and the store busy until it ends,
however long that takes. A process can be killed. So the server never queries the store itself:
each worker process opens the store read-only (`pyoxigraph.Store.read_only`, no lock, so any
number of workers and even a running `kehoach ingest` can share the directory) and runs one job
at a time; the server sends a job (a function of kehoach.web.jobs and its arguments) through a
pipe and waits for the answer without blocking its event loop. At the deadline the worker is
killed (SIGKILL), the client gets a one-line error naming the time limit, and a fresh worker
takes its place while the others go on answering.

A job that fails in a known way (a syntax error, a bad parameter, the row cap) comes back as
JobError with its message; a bug comes back as an internal error whose traceback goes to the
server's log only, never to the client."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing as mp
import os
import pickle
import signal
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger("kehoach.web")


class JobError(Exception):
    """A job that could not give an answer. `status` is the HTTP status the server answers with;
    `kind` one of: query (the client's query or parameters are wrong), refused (time limit, row
    cap), busy (every worker stayed busy), internal (a bug or a dead worker)."""

    def __init__(self, status: int, kind: str, message: str):
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message


@dataclass(eq=False)
class _Worker:
    process: Any            # multiprocessing Process (spawn context)
    conn: Connection
    jobs: int = 0


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the thread that started it ends (PR_SET_PDEATHSIG
    follows the creating thread, not the process: every worker is started by its pool's one
    long-lived spawner thread, which ends only with the server), even mid-query."""
    try:
        import ctypes
        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG
    except (OSError, AttributeError):       # not Linux: the worker ends at its next read instead
        pass


def _worker_main(conn: Connection, location: str, settings: dict[str, Any]) -> None:
    """A worker: open the store read-only, then run jobs until the pipe closes."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the server's; it ends the workers
    if settings.get("nice"):        # a lower CPU priority (see State in context.py)
        with contextlib.suppress(OSError):
            os.nice(int(settings["nice"]))
    from kehoach.errors import KehoachError

    from . import jobs
    try:
        try:
            store = jobs.open_read_only(location)
        except KehoachError as e:
            conn.send(("fatal", str(e)))
            return
        jobs.SETTINGS.update(settings)
        conn.send(("ready", os.getpid()))
    except OSError:          # the server stopped while this worker was starting
        return
    while True:
        try:
            name, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            fn: Any = jobs.JOBS[name]
            answer: tuple = ("ok", fn(store, *args))
        except JobError as e:
            answer = ("error", e.status, e.kind, e.message)
        except KehoachError as e:
            answer = ("error", 400, "query", str(e))
        except Exception as e:  # a bug of ours: the traceback to the server's log, one line to the client
            traceback.print_exc(file=sys.stderr)
            answer = ("error", 500, "internal", f"internal error ({type(e).__name__}); see the server log")
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:      # an answer that cannot be sent is a bug too
            data = pickle.dumps(("error", 500, "internal", f"internal error ({type(e).__name__})"))
        try:
            conn.send_bytes(data)
        except (BrokenPipeError, OSError):
            return


class Pool:
    """`size` worker processes over the store at `location`; `call` runs one job in one of them
    with a deadline. Use `start()` before and `close()` after (or `async with`)."""

    def __init__(self, location: str, size: int = 2, name: str = "query", settings: dict[str, Any] | None = None):
        self.location = location
        self.size = max(1, size)
        self.name = name
        self.settings = dict(settings or {})
        self._ctx = mp.get_context("spawn")     # no fork: a worker must not inherit the server's sockets
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()
        self._closed = False
        self.killed = 0          # workers killed at a deadline (for the benchmark and /status)
        self.started = 0
        self._pending: list[_Worker] = []
        # one thread starts every worker (see _die_with_parent), for the life of the pool
        self._spawner = ThreadPoolExecutor(1, thread_name_prefix=f"kehoach-{name}-spawner")

    # -- life cycle ------------------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        """Start one worker and wait for it to open the store (blocking: call it in a thread)."""
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_worker_main, args=(child, self.location, self.settings),
                              name=f"kehoach-{self.name}-worker", daemon=False)
        p.start()
        child.close()
        if not parent.poll(120):
            p.kill()
            raise JobError(500, "internal", "a query worker did not start within 120 s")
        try:
            status, detail = parent.recv()
        except EOFError:
            p.join(5)
            raise JobError(500, "internal", f"a query worker stopped while starting (exit code {p.exitcode})") from None
        if status != "ready":
            p.join(5)
            raise JobError(500, "fatal", str(detail))
        self.started += 1
        return _Worker(p, parent)

    def start_blocking(self) -> None:
        """Start every worker; the store's first error (missing, unreadable) is raised as JobError."""
        workers = [self._spawn()]       # the first alone: a bad store fails once, quickly
        workers += [self._spawn() for _ in range(self.size - 1)]
        self._all.update(workers)
        self._pending = workers

    async def start(self) -> None:
        if not self._all:
            await asyncio.get_running_loop().run_in_executor(self._spawner, self.start_blocking)
        self._idle = asyncio.Queue()
        for w in self._pending:
            self._idle.put_nowait(w)

    async def __aenter__(self) -> Pool:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True
        for w in list(self._all):
            self._stop(w)
        self._all.clear()
        self._spawner.shutdown(wait=False, cancel_futures=True)

    def _stop(self, w: _Worker) -> None:
        with contextlib.suppress(OSError):
            w.conn.close()
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        self._all.discard(w)

    def _replace(self, w: _Worker) -> None:
        """Kill `w` and start a fresh worker in its place, in the background."""
        self._stop(w)
        if self._closed:
            return
        loop = asyncio.get_running_loop()

        def spawn() -> None:
            try:
                nw = self._spawn()
            except JobError as e:
                log.error("kehoach: cannot restart a query worker: %s", e.message)
                return
            if self._closed:
                self._stop(nw)
                return
            self._all.add(nw)
            assert self._idle is not None
            loop.call_soon_threadsafe(self._idle.put_nowait, nw)
        self._spawner.submit(spawn)

    # -- running jobs ----------------------------------------------------------------------------
    async def call(self, job: str, *args: Any, timeout: float = 30.0) -> Any:
        """Run `job(store, *args)` in a worker; its answer, or JobError. A free worker is waited
        for up to `timeout` seconds (then 503: busy), and the job may run `timeout` seconds once it
        has one (then its worker is killed): a job that waited in line is not cut short for it."""
        assert self._idle is not None, "Pool.start() first"
        loop = asyncio.get_running_loop()
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout)
        except asyncio.TimeoutError:
            raise JobError(503, "busy", f"all {self.size} query workers stayed busy for {timeout:g} s; "
                                        "try again in a moment") from None
        deadline = loop.time() + timeout
        finished = False
        try:
            w.jobs += 1
            try:
                w.conn.send((job, args))
            except OSError:
                raise JobError(500, "internal", "the query worker stopped unexpectedly") from None
            ready: asyncio.Future[None] = loop.create_future()
            fd = w.conn.fileno()
            def readable() -> None:
                if not ready.done():
                    ready.set_result(None)
            loop.add_reader(fd, readable)
            try:
                await asyncio.wait_for(ready, max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                self.killed += 1
                raise JobError(500, "refused", f"the query was stopped after {timeout:g} s, the time limit of "
                                               "this server; narrow it down (LIMIT, more specific patterns)") from None
            finally:
                loop.remove_reader(fd)
            try:
                data = await loop.run_in_executor(None, w.conn.recv_bytes)
            except (EOFError, OSError):
                raise JobError(500, "internal", "the query worker stopped unexpectedly (out of memory?)") from None
            answer = pickle.loads(data)
            finished = True
        finally:
            if finished and w.process.is_alive():
                self._idle.put_nowait(w)
            else:                         # timed out, cancelled or dead: kill it, start another
                self._replace(w)
        if answer[0] == "ok":
            return answer[1]
        _, status, kind, message = answer
        raise JobError(status, kind, message)

"""Queries in worker processes that can be killed: a store whose reads cannot take the server down.

pyoxigraph cannot stop a query once it runs (an ORDER BY over a cartesian product runs to its
end inside ``query()``, and no signal or thread can interrupt it), and a query nested deep enough
overflows the stack and kills the process. So every read of a :class:`PooledStore` runs in one
of a few worker processes, each holding a read-only view of the on-disk store. At the deadline
the worker is killed (its work really stops) and replaced, and the caller gets
:class:`QueryTimeoutError`; a worker that dies is replaced and the caller gets
:class:`WorkerCrashedError`. Writes go to the primary store in this process; workers reopen
their view when the store's generation has moved on, so they see every write.

Each worker's address space is capped (``memory_mb``): work that wants more ends in
:class:`WorkerMemoryError` and the worker is replaced. Beyond queries, a worker runs *jobs*
(:meth:`PooledStore.run_job`: exports, analysis, extraction), whose bytes it writes to a spool
file that the server streams, and the dry run of every SPARQL update on a checkpoint of the
store (:meth:`PooledStore.update`): an update stopped at its deadline has written nothing.
"""

from __future__ import annotations

import multiprocessing
import queue
import shutil
import signal
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, Any

from pyoxigraph import NamedNode, Quad, Triple

from graph.errors import (
    ForbiddenOperationError,
    InputError,
    Problem,
    QueryCancelledError,
    QuerySyntaxError,
    QueryTimeoutError,
    ServerBusyError,
    StoreError,
)
from graph.store import worker as worker_main
from graph.store.base import Bindings, GraphStore, SelectResult, check_job, too_large
from graph.store.binding import bind_values
from graph.store.embedded import EmbeddedStore

_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the server has threads


POLL_S = 0.05  # how often a waiting caller looks at its cancel event
# Set by the HTTP layer to an event that fires when the client goes away: its query is stopped.
cancel_event: ContextVar[threading.Event | None] = ContextVar("cancel_event", default=None)


class WorkerCrashedError(StoreError):
    """The worker running the query died (a crash in the query engine); it was replaced."""


class WorkerMemoryError(WorkerCrashedError):
    """The work needed more memory than a worker may use (``worker_memory_mb``); it was replaced."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """A fixed number of worker processes reading the store at ``path``."""

    def __init__(self, path: Path, size: int = 2, memory_mb: int = 0) -> None:
        self.path = path
        self.size = size
        self.memory_mb = memory_mb
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._missing = 0  # workers that died and are not yet replaced
        self._lock = threading.Lock()
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(target=worker_main.serve, args=(str(self.path), child, self.memory_mb), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, request: worker_main.Request, timeout_s: float, what: str = "the query") -> worker_main.Reply:
        """Send ``request`` to an idle worker and wait at most ``timeout_s`` (queueing included)."""
        deadline = time.monotonic() + timeout_s
        cancel = cancel_event.get()
        worker = self._acquire(deadline, cancel)
        try:
            worker.conn.send(request)
            while not worker.conn.poll(min(POLL_S, max(deadline - time.monotonic(), 0))):
                if cancel is not None and cancel.is_set():
                    raise QueryCancelledError(f"the client went away; {what} was stopped")
                if time.monotonic() >= deadline:
                    raise QueryTimeoutError(f"{what} ran longer than {timeout_s:g} s and was stopped")
            reply: worker_main.Reply = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            if worker.process.exitcode in (-signal.SIGABRT, -signal.SIGKILL):  # Rust aborts when an allocation fails
                raise WorkerMemoryError(
                    f"{what} ran out of memory (or stack) in its worker process, which was replaced"
                ) from None
            raise WorkerCrashedError(f"{what} crashed its worker process; the worker was replaced") from None
        except BaseException:  # stopped (deadline, cancel) or anything unforeseen: never reuse the worker
            self._replace(worker)
            raise
        if reply.error_kind == "memory" or reply.retire:  # start afresh rather than reuse a heap this large
            self._replace(worker)
        else:
            self._release(worker)
        return reply

    def _acquire(self, deadline: float, cancel: threading.Event | None) -> _Worker:
        """An idle worker, starting one where an earlier start failed; gives up at the deadline or
        when the caller's client has gone."""
        while True:
            if cancel is not None and cancel.is_set():
                raise QueryCancelledError("the client went away before its query started")
            self._restart_missing()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ServerBusyError("no query worker became free before the deadline")
            try:
                return self._idle.get(timeout=min(POLL_S, remaining))
            except queue.Empty:
                continue

    def _release(self, worker: _Worker) -> None:
        if self._closed:
            worker.stop()
        else:
            self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._missing += 1
        self._restart_missing()

    def _restart_missing(self) -> None:
        """Start the workers that died or failed to start; one that fails again is tried later."""
        while not self._closed:
            with self._lock:
                if self._missing == 0:
                    return
                self._missing -= 1
            try:
                self._idle.put(self._start())
            except Exception:  # out of processes or memory: try again on the next request
                with self._lock:
                    self._missing += 1
                return

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


class PooledStore(GraphStore):
    """An on-disk store whose queries, jobs and update dry runs run in killable worker processes,
    bounded by ``timeout_s`` and, each, by ``memory_mb`` of address space (0: no cap)."""

    def __init__(
        self, path: Path, *, workers: int = 2, timeout_s: float = 30.0, memory_mb: int = 0, max_job_bytes: int = 0
    ) -> None:
        super().__init__()
        self.primary = EmbeddedStore(path)
        self.journal = self.primary.journal
        self.timeout_s = timeout_s
        self.max_job_bytes = max_job_bytes
        # Checkpoints for update dry runs sit beside the store (hard links need the same file
        # system); the ones a killed server left are removed now that we hold the store's lock.
        self._scratch_prefix = f".{path.name}.update-"
        for orphan in path.parent.glob(self._scratch_prefix + "*"):
            shutil.rmtree(orphan, ignore_errors=True)
        self._spool = Path(tempfile.mkdtemp(prefix="entente-jobs-"))
        self.pool = WorkerPool(path, workers, memory_mb)
        self._write_lock = threading.Lock()
        # Jobs (exports, analysis) never take every worker: one is always left for queries.
        self._job_slots = threading.BoundedSemaphore(max(1, workers - 1))

    @property
    def location(self) -> str:
        return self.primary.location

    @property
    def generation(self) -> int:
        return self.primary.generation

    def scanner(self) -> GraphStore:
        return self.primary

    def _ask_worker(self, kind: str, query: str, media_type: str = "") -> worker_main.Reply:
        request = worker_main.Request(self.generation, kind, query, media_type)
        return _checked(self.pool.run(request, self.timeout_s))

    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        reply = self._ask_worker("select", bind_values(query, bindings) if bindings else query)
        return SelectResult(*worker_main.solutions(reply.data))

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        reply = self._ask_worker("ask", bind_values(query, bindings) if bindings else query)
        return worker_main.boolean(reply.data)

    def construct(self, query: str, bindings: Bindings | None = None) -> list[Triple]:
        reply = self._ask_worker("construct", bind_values(query, bindings) if bindings else query)
        return worker_main.triples(reply.data)

    def query_serialized(self, query: str, media_type: str) -> tuple[bytes, str]:
        reply = self._ask_worker("serialized", query, media_type)
        return reply.data, reply.result_kind

    def run_job(self, function: str, args: tuple[Any, ...] = (), max_bytes: int = 0) -> IO[bytes]:
        """Run a job in a worker, bounded by the deadline and the worker's memory; its bytes come
        back as a file already unlinked (closing it frees the disk)."""
        check_job(function)
        output = self._spool / uuid.uuid4().hex
        limit = min((b for b in (max_bytes, self.max_job_bytes) if b), default=0)
        request = worker_main.Request(
            self.generation, "job", function=function, args=args, output=str(output), max_bytes=limit
        )
        deadline = time.monotonic() + self.timeout_s
        _wait_for(self._job_slots, deadline)
        try:
            _checked(self.pool.run(request, max(deadline - time.monotonic(), 0), "the work"), limit)
            return output.open("rb")
        finally:
            self._job_slots.release()
            output.unlink(missing_ok=True)

    def update(self, update: str) -> None:
        """Dry-run the update in a worker on a checkpoint of the store, bounded like a query; only
        an update that finished there (without error) is applied to the store. A timed-out update
        raises :class:`QueryTimeoutError` and has written nothing."""
        with self._write_lock:
            scratch = Path(tempfile.mkdtemp(prefix=self._scratch_prefix, dir=self.primary_path.parent))
            try:
                self.primary.checkpoint(scratch / "copy")
                request = worker_main.Request(self.generation, "update", update, output=str(scratch / "copy"))
                try:
                    _checked(self.pool.run(request, self.timeout_s, "the update"))
                except QueryTimeoutError as error:
                    raise QueryTimeoutError(f"{error}; nothing was written") from None
                except QueryCancelledError:
                    raise QueryCancelledError(
                        "the client went away; the update was stopped, nothing was written"
                    ) from None
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
            self.primary.update(update)

    @property
    def primary_path(self) -> Path:
        return Path(self.primary.location)

    def add(self, quads: Sequence[Quad]) -> None:
        self.primary.add(quads)

    def remove_graph(self, graph: NamedNode) -> bool:
        return self.primary.remove_graph(graph)

    def graphs(self) -> list[NamedNode]:
        return self.primary.graphs()

    def has_graph(self, graph: NamedNode) -> bool:
        return self.primary.has_graph(graph)

    def quads(self) -> Iterable[Quad]:
        return self.primary.quads()

    def __len__(self) -> int:
        return len(self.primary)

    def optimize(self) -> None:
        self.primary.optimize()

    def close(self) -> None:
        self.pool.close()
        self.primary.close()
        shutil.rmtree(self._spool, ignore_errors=True)


def _wait_for(slots: threading.BoundedSemaphore, deadline: float) -> None:
    """Take a slot before the deadline, unless the client goes away first."""
    cancel = cancel_event.get()
    while not slots.acquire(timeout=POLL_S):
        if cancel is not None and cancel.is_set():
            raise QueryCancelledError("the client went away before its work started")
        if time.monotonic() >= deadline:
            raise ServerBusyError("every worker that may run this work is busy; try again shortly", retry_after_s=5)


def _checked(reply: worker_main.Reply, max_bytes: int = 0) -> worker_main.Reply:
    """The reply, or the error it carries as the exception of its kind."""
    if reply.error_kind == "syntax":
        raise QuerySyntaxError(Problem(reply.error))
    if reply.error_kind == "input":
        raise InputError(Problem(reply.error))
    if reply.error_kind == "forbidden":
        raise ForbiddenOperationError(reply.error)
    if reply.error_kind == "too-large":
        raise too_large(reply.size, max_bytes)
    if reply.error_kind == "memory":
        raise WorkerMemoryError(reply.error + "; the worker was replaced")
    if reply.error_kind:
        raise StoreError(reply.error)
    return reply

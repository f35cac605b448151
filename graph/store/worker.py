"""The loop of a worker process (see :mod:`graph.store.pooled`).

A worker answers three kinds of request, each in a process that can be killed at its deadline:

- a query (``select``, ``ask``, ``construct``, ``serialized``) on a read-only view of the store,
  answered in serialised form so no Python objects cross the pipe;
- a ``job``: a function of ``graph`` named by reference (``"graph.export:export"``), called as
  ``function(store, *args)`` on a read-only :class:`~graph.store.embedded.EmbeddedStore`; the
  bytes it returns are written to the file the request names (so they never cross the pipe, and
  the server streams them from disk);
- an ``update``: a SPARQL update run on a writable checkpoint of the store (a dry run: the store
  itself is not touched here).

Its address space is capped (``RLIMIT_AS``) at start: a query or job that wants more fails (Rust
aborts the process, Python raises :class:`MemoryError`) instead of taking the machine's memory.
Query requests import only pyoxigraph, so a worker starts fast; jobs import what they need.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Store,
    Triple,
    parse,
    parse_query_results,
)

from graph.store.formats import GRAPH_FORMATS, RESULT_FORMATS

if TYPE_CHECKING:
    from graph.store.base import GraphStore

OPEN_ATTEMPTS = 50
# What each kind of request needs the query to give, and what it says when the query gives another.
EXPECTED_KIND = {"select": "solutions", "ask": "boolean", "construct": "graph"}
WRONG_FORM = {
    "select": "expected a SELECT query",
    "ask": "expected an ASK query",
    "construct": "expected a CONSTRUCT or DESCRIBE query",
}


@dataclass(frozen=True)
class Request:
    generation: int
    kind: str  # select, ask, construct, serialized, job, update
    query: str = ""  # the query, or the update
    media_type: str = ""
    function: str = ""  # a job's "module:name", a function of graph
    args: tuple[Any, ...] = ()  # a job's arguments after the store (picklable)
    output: str = ""  # where a job writes its bytes; where an update's checkpoint is
    max_bytes: int = 0  # a job's largest answer (0: no limit)


@dataclass(frozen=True)
class Reply:
    data: bytes = b""
    result_kind: str = ""  # solutions, boolean, graph
    error_kind: str = ""  # syntax, input, forbidden, too-large, memory, store
    error: str = ""
    size: int = 0  # the bytes a job wrote
    retire: bool = False  # the worker holds more than half its ceiling: replace it, do not reuse it


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at ``memory_mb`` MiB (0: no cap). glibc reserves 64 MiB of
    address space for each malloc arena, one a thread up to eight a core, so the arenas are kept
    to two first: otherwise the ceiling counts reservations that no query ever uses, and a worker
    whose engine starts a few more threads under load fails for want of address space alone."""
    if memory_mb > 0:
        _limit_malloc_arenas(2)
        cap = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap if hard == resource.RLIM_INFINITY else min(cap, hard)))


def _limit_malloc_arenas(arenas: int) -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_ARENA_MAX, arenas)
    except (OSError, AttributeError):  # not glibc: nothing to tune
        pass


M_ARENA_MAX = -8  # glibc's mallopt parameter


def open_read_only(path: str) -> Store:
    """A read-only view of the store; opening can race with the writer's compaction, so retry."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.02)
    raise AssertionError("unreachable")


def answer(store: Store, request: Request) -> Reply:
    try:
        return _answer(store, request)
    except SyntaxError as error:
        return Reply(error_kind="syntax", error=str(error))
    except MemoryError:
        return Reply(error_kind="memory", error="the query needed more memory than a worker may use")
    except (OSError, RuntimeError, ValueError) as error:  # pyoxigraph evaluates lazily, while serialising too
        return Reply(error_kind="store", error=f"the query failed while it ran: {error}")


def _answer(store: Store, request: Request) -> Reply:
    result = store.query(request.query, use_default_graph_as_union=True)
    kind = (
        "graph" if isinstance(result, QueryTriples) else "boolean" if isinstance(result, QueryBoolean) else "solutions"
    )
    if request.kind in EXPECTED_KIND and EXPECTED_KIND[request.kind] != kind:
        return Reply(error_kind="input", error=WRONG_FORM[request.kind])
    if isinstance(result, QueryTriples):
        fmt = GRAPH_FORMATS.get(request.media_type, RdfFormat.N_TRIPLES)
        return Reply(result.serialize(format=fmt) or b"", "graph")
    assert isinstance(result, QuerySolutions | QueryBoolean)
    fmt_results = RESULT_FORMATS.get(request.media_type, QueryResultsFormat.JSON)
    return Reply(result.serialize(format=fmt_results) or b"", kind)


def run_job(store: GraphStore, request: Request) -> Reply:
    """Call the function a job names on the store and write its bytes to ``request.output``."""
    from graph.errors import EntenteError, ForbiddenOperationError, InputError, NotFoundError
    from graph.store.base import job_function

    try:
        data = job_function(request.function)(store, *request.args)
    except MemoryError:
        return Reply(error_kind="memory", error="the work needed more memory than a worker may use")
    except (InputError, NotFoundError, ValueError) as error:
        return Reply(error_kind="input", error=str(error))
    except ForbiddenOperationError as error:
        return Reply(error_kind="forbidden", error=str(error))
    except EntenteError as error:
        return Reply(error_kind="store", error=str(error))
    if request.max_bytes and len(data) > request.max_bytes:
        return Reply(error_kind="too-large", error=f"the answer is {len(data):,} bytes", size=len(data))
    Path(request.output).write_bytes(data)
    return Reply(size=len(data))


def dry_run_update(request: Request) -> Reply:
    """Run an update on the writable checkpoint at ``request.output``: its errors, or nothing."""
    try:
        scratch = Store(request.output)
        try:
            scratch.update(request.query)
        finally:
            del scratch
    except SyntaxError as error:
        return Reply(error_kind="syntax", error=str(error))
    except MemoryError:
        return Reply(error_kind="memory", error="the update needed more memory than a worker may use")
    except (OSError, RuntimeError, ValueError) as error:
        return Reply(error_kind="input", error=str(error))
    return Reply()


# What the server reads of a query's reply, as :func:`_answer` wrote it (JSON results, N-Triples).
def solutions(data: bytes) -> tuple[list[str], list[tuple[NamedNode | BlankNode | Literal | Triple | None, ...]]]:
    """A SELECT reply's variables and rows."""
    result = parse_query_results(data, format=QueryResultsFormat.JSON)
    assert isinstance(result, QuerySolutions)
    return [v.value for v in result.variables], [tuple(s) for s in result]


def boolean(data: bytes) -> bool:
    """An ASK reply's answer."""
    result = parse_query_results(data, format=QueryResultsFormat.JSON)
    assert isinstance(result, QueryBoolean)
    return bool(result)


def triples(data: bytes) -> list[Triple]:
    """A CONSTRUCT or DESCRIBE reply's triples."""
    return [q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)]


def serve(path: str, conn: Connection, memory_mb: int = 0) -> None:
    """Answer requests until the pipe closes; reopen the store when its generation moves on."""
    limit_memory(memory_mb)
    store: Store | None = None
    view: GraphStore | None = None  # the store as jobs see it; its caches live until the next reopen
    generation: int | None = None
    while True:
        try:
            request: Request = conn.recv()
        except EOFError:
            return
        try:
            if request.kind == "update":
                reply = dry_run_update(request)
            else:
                if store is None or request.generation != generation:
                    store, view = open_read_only(path), None
                    generation = request.generation
                if request.kind == "job":
                    if view is None:
                        from graph.store.embedded import EmbeddedStore

                        view = EmbeddedStore.over(store, path)
                    reply = run_job(view, request)
                else:
                    reply = answer(store, request)
        except MemoryError:
            store = view = None
            reply = Reply(error_kind="memory", error="the work needed more memory than a worker may use")
        except (OSError, RuntimeError) as error:
            store = view = None
            reply = Reply(error_kind="store", error=f"cannot read the store: {error}")
        if memory_mb > 0 and _address_space() > memory_mb * 1024 * 1024 // 2:
            # Freed memory is not always given back to the system: after a large answer the next
            # one could fail under the ceiling, so this worker asks to be replaced.
            reply = Reply(reply.data, reply.result_kind, reply.error_kind, reply.error, reply.size, retire=True)
        conn.send(reply)


def _address_space() -> int:
    """This process's address space now, in bytes (Linux /proc; 0 where it cannot be read)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()

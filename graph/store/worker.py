"""The loop of a query worker process (see :mod:`graph.store.pooled`). It imports only pyoxigraph, so
a worker starts fast, and it answers in serialised form so no Python objects cross the pipe."""

from __future__ import annotations

import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, QueryTriples, RdfFormat, Store

from graph.store.formats import GRAPH_FORMATS, RESULT_FORMATS

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
    kind: str  # select, ask, construct, serialized
    query: str
    media_type: str = ""


@dataclass(frozen=True)
class Reply:
    data: bytes = b""
    result_kind: str = ""  # solutions, boolean, graph
    error_kind: str = ""  # syntax, input, store
    error: str = ""


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


def serve(path: str, conn: Connection) -> None:
    """Answer requests until the pipe closes; reopen the store when its generation moves on."""
    store: Store | None = None
    generation: int | None = None
    while True:
        try:
            request: Request = conn.recv()
        except EOFError:
            return
        try:
            if store is None or request.generation != generation:
                store = open_read_only(path)
                generation = request.generation
            reply = answer(store, request)
        except (OSError, RuntimeError) as error:
            store = None
            reply = Reply(error_kind="store", error=f"cannot read the store: {error}")
        conn.send(reply)

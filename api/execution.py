"""Running blocking store work off the event loop, bounded in time and stopped when the client leaves.

With a served on-disk store the query itself runs in a worker process that is killed at the
deadline or when the client disconnects (:mod:`graph.store.pooled`); here the waiting thread is bounded
too, a little later, so an in-memory store (whose queries cannot be stopped) cannot hold a
request forever either. :func:`job_response` does the same for heavier work (exports, analysis,
extraction): a function of graph named by reference runs in a worker, and its answer, spooled to
a file, is streamed to the client, so the server never holds it whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import IO, Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import HTTPException, Request
from fastapi.responses import StreamingResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import QueryCancelledError, QueryTimeoutError, ServerBusyError
from graph.settings import Settings
from graph.store import GraphStore, PooledStore, cancel_event

T = TypeVar("T")
CHUNK_BYTES = 1 << 20
GRACE_S = 0.5  # the worker's own deadline comes first; this one catches what cannot be killed


async def bounded(request: Request, seconds: float, function: Callable[[], T]) -> T:
    """``function()`` in a thread, given up after ``seconds`` (503) or when the client disconnects."""
    cancel = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []

    running: threading.BoundedSemaphore = request.app.state.running_queries

    def run() -> T:
        # Counts threads that really run: anyio gives its limiter back when a call is abandoned,
        # and an abandoned query of an in-memory store runs on.
        if not running.acquire(timeout=seconds):
            raise ServerBusyError("too many queries are running; try again shortly")
        token = cancel_event.set(cancel)
        try:
            return function()
        finally:
            cancel_event.reset(token)
            running.release()

    async def work(scope: anyio.CancelScope) -> None:
        limiter = request.app.state.query_limiter
        try:
            outcome.append(await anyio.to_thread.run_sync(run, abandon_on_cancel=True, limiter=limiter))
        except Exception as error:  # raised again below, outside the task group
            failure.append(error)
        scope.cancel()

    async def watch(scope: anyio.CancelScope) -> None:
        await disconnected(request)
        cancel.set()
        scope.cancel()

    try:
        # A pooled store stops its own queries at the deadline; give it that chance first.
        grace = GRACE_S if isinstance(request.app.state.store, PooledStore) else 0.0
        with anyio.fail_after(seconds + grace):
            async with anyio.create_task_group() as group:
                group.start_soon(work, group.cancel_scope)
                group.start_soon(watch, group.cancel_scope)
    except TimeoutError:
        cancel.set()
        raise QueryTimeoutError(
            f"the query ran longer than {seconds:g} s and was stopped; narrow it or add a LIMIT"
        ) from None
    if failure:
        raise failure[0]
    if not outcome:
        raise QueryCancelledError("the client went away; its query was stopped")
    return outcome[0]


async def disconnected(request: Request) -> None:
    """Return when the client has gone. The server sends ``http.disconnect`` when it happens, so
    this waits for that message instead of polling; what comes before it (the rest of a body no
    one read) is dropped, as :meth:`Request.is_disconnected` drops it."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def bounded_update(request: Request, seconds: float, function: Callable[[], None]) -> None:
    """Run an update. A pooled store bounds it itself (a dry run in a worker, stopped at the
    deadline with nothing written, then the commit), so its commit is never abandoned here; a
    store that cannot stop an update gets the thread bound, and says that it may still apply."""
    if isinstance(request.app.state.store, PooledStore):
        await anyio.to_thread.run_sync(function, limiter=request.app.state.query_limiter)
        return
    try:
        await bounded(request, seconds, function)
    except QueryTimeoutError:
        raise QueryTimeoutError(
            f"the update ran longer than {seconds:g} s; this store cannot stop it, so it may still be applied"
        ) from None


async def job_response(
    request: Request,
    function: str,
    args: tuple[Any, ...],
    media_type: str,
    headers: dict[str, str] | None = None,
) -> StreamingResponse:
    """The bytes of ``function(store, *args)`` (a function of graph, ``"module:name"``), computed in
    a worker bounded by ``query_timeout_s`` and ``worker_memory_mb`` and capped at
    ``max_export_bytes`` (413), streamed from its spool file."""
    answer = await _job(request, function, args)
    size = answer.seek(0, 2)
    answer.seek(0)
    return StreamingResponse(
        _chunks(answer), media_type=media_type, headers={**(headers or {}), "Content-Length": str(size)}
    )


async def job_bytes(request: Request, function: str, args: tuple[Any, ...]) -> bytes:
    """Like :func:`job_response`, for a small answer the route reads itself."""
    with await _job(request, function, args) as answer:
        return answer.read()


async def _job(request: Request, function: str, args: tuple[Any, ...]) -> IO[bytes]:
    settings: Settings = request.app.state.settings
    store: GraphStore = request.app.state.store
    run = partial(store.run_job, function, args, settings.max_export_bytes)
    return await bounded(request, settings.query_timeout_s, run)


def _chunks(answer: IO[bytes]) -> Iterator[bytes]:
    with answer:
        while chunk := answer.read(CHUNK_BYTES):
            yield chunk


class BodyDeadline:
    """ASGI middleware: a request's body must arrive within ``seconds`` of the app's first read,
    or the request ends in 408 (a client sending a byte every few seconds holds no worker thread
    and no connection for long). Slow *headers* are the HTTP server's to bound, or a reverse proxy's."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline: float | None = None
        complete = False

        async def timed() -> Message:
            nonlocal deadline, complete
            if complete:
                return await receive()
            if deadline is None:
                deadline = anyio.current_time() + self.seconds
            with anyio.move_on_after(max(deadline - anyio.current_time(), 0)):
                message = await receive()
                complete = message["type"] != "http.request" or not message.get("more_body", False)
                return message
            raise HTTPException(408, f"the request body did not arrive within {self.seconds:g} s")

        await self.app(scope, timed, send)

"""Running blocking store work off the event loop, bounded in time and stopped when the client leaves.

With a served on-disk store the query itself runs in a worker process that is killed at the
deadline or when the client disconnects (:mod:`graph.store.pooled`); here the waiting thread is bounded
too, a little later, so an in-memory store (whose queries cannot be stopped) cannot hold a
request forever either.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread
from fastapi import Request

from graph.errors import QueryCancelledError, QueryTimeoutError, ServerBusyError
from graph.store import PooledStore, cancel_event

T = TypeVar("T")
GRACE_S = 0.5  # the worker's own deadline comes first; this one catches what cannot be killed
DISCONNECT_POLL_S = 0.1


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
        while not await request.is_disconnected():
            await anyio.sleep(DISCONNECT_POLL_S)
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

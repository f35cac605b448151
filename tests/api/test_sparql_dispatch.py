"""How a /sparql query is dispatched: one thread of the pool a query (its check, negotiation and
run together), none for the endpoint's dependencies, and a client's going noticed when the
server says so rather than by polling."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import anyio.to_thread
import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request
from starlette.types import Message

from api.execution import disconnected
from tests.support.http import assert_problem, store_of

BLOC = (
    "PREFIX ent: <https://w3id.org/entente/ontology#>\nPREFIX id: <https://w3id.org/entente/id/>\n"
    "SELECT ?o WHERE { id:russia ent:formsBlocWith ?o } ORDER BY ?o"
)


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[Callable[..., Any]]:
    """The functions run in threads of the pool, in order."""
    ran: list[Callable[..., Any]] = []
    original = anyio.to_thread.run_sync

    async def recording(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        ran.append(function.func if isinstance(function, functools.partial) else function)
        return await original(function, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", recording)
    return ran


@pytest.fixture
def queries_run(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries the store ran (serialised for a client), in order."""
    store = store_of(client)
    ran: list[str] = []
    original = store.query_serialized

    def recording(query: str, media_type: str) -> tuple[bytes, str]:
        ran.append(query)
        return original(query, media_type)

    monkeypatch.setattr(store, "query_serialized", recording)
    return ran


def test_a_query_takes_one_thread_and_its_dependencies_none(
    client: TestClient, threads: list[Callable[..., Any]], queries_run: list[str]
) -> None:
    response = client.get("/sparql", params={"query": BLOC}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    assert len(queries_run) == 1
    queries = [f for f in threads if f.__module__ == "api.execution"]
    assert len(queries) == 1, threads
    endpoint = {"api.deps", "api.ratelimit", "api.routers.sparql"}
    assert [f for f in threads if f.__module__ in endpoint] == []


def test_a_query_with_no_acceptable_media_type_is_406_and_never_runs(
    client: TestClient, queries_run: list[str]
) -> None:
    assert_problem(client.get("/sparql", params={"query": BLOC}, headers={"Accept": "image/png"}), 406)
    assert queries_run == []


def test_rate_limit_still_applies(make_client: Callable[..., TestClient]) -> None:
    limited = make_client(sparql_requests_per_minute=1)
    assert limited.get("/sparql", params={"query": BLOC}).status_code == 200
    assert_problem(limited.get("/sparql", params={"query": BLOC}), 429)


def request_receiving(messages: anyio.abc.ObjectReceiveStream[Message]) -> Request:
    async def receive() -> Message:
        return await messages.receive()

    return Request({"type": "http", "method": "GET", "headers": [], "query_string": b""}, receive)


def test_disconnected_waits_for_the_disconnect_message_and_drops_the_body() -> None:
    async def main() -> None:
        send, receive = anyio.create_memory_object_stream[Message](10)
        seen: list[str] = []

        async def watch() -> None:
            await disconnected(request_receiving(receive))
            seen.append("gone")

        async with send, receive, anyio.create_task_group() as group:
            group.start_soon(watch)
            await send.send({"type": "http.request", "body": b"x", "more_body": True})
            await send.send({"type": "http.request", "body": b"", "more_body": False})
            while send.statistics().tasks_waiting_receive == 0:  # until it waits for the next message
                await anyio.lowlevel.checkpoint()
            assert seen == [], "no disconnect yet: still waiting"
            await send.send({"type": "http.disconnect"})
        assert seen == ["gone"]

    anyio.run(main)

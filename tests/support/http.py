"""Helpers for tests of the HTTP layer: the write token and the problem+json check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from graph.store import GraphStore

TOKEN = "s3cret-token"
AUTH = {"Authorization": "Bearer " + TOKEN}

ClientFactory = Callable[..., TestClient]


def store_of(client: TestClient) -> GraphStore:
    store: GraphStore = client.app.state.store  # type: ignore[attr-defined]
    return store


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert {"type", "title", "status", "detail", "instance"} <= set(body)
    assert body["status"] == status
    return body

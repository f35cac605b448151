from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

with warnings.catch_warnings():
    # Starlette 1.x warns that its TestClient will move from httpx to httpx2; httpx is what we have.
    warnings.filterwarnings("ignore", "Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

from api.app import create_app
from graph.settings import Settings
from tests.support.http import TOKEN, ClientFactory


@pytest.fixture
def make_client() -> Iterator[ClientFactory]:
    """Build a client over a fresh in-memory seed store with the given settings."""
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        client = TestClient(create_app(Settings(**{"store": ":memory:", "reference": False, **overrides})))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """A read-only server on the seed graph, shared by the read-only tests of a module."""
    with TestClient(create_app(Settings(store=":memory:", reference=False))) as shared:
        yield shared


@pytest.fixture
def writer(make_client: ClientFactory) -> TestClient:
    """A writable server (with a write token) on a fresh seed graph."""
    return make_client(read_only=False, write_token=TOKEN)

"""The real server under work that must not freeze it: a query past the workers' memory ceiling,
an update past its deadline. Asserted: statuses, problem bodies, the store's bytes and which
processes exist and compute (from /proc), never how fast anything was."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from graph.intake.load import init_store
from graph.store.embedded import EmbeddedStore
from tests.support.servers import entente_server, idle_workers

pytestmark = pytest.mark.server

RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?i"
RUNAWAY_UPDATE = (
    "INSERT { GRAPH <https://example.org/big> { ?a ?b ?c } } "
    "WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }"
)
TOKEN = "s3cret-token"
WORKERS = 2
MEMORY_MB = 1024
PATIENCE_S = 300.0
SETTLE_S = 120.0


def canonical(location: Path) -> list[str]:
    store = EmbeddedStore(location)
    try:
        return store.canonical_nquads()
    finally:
        store.close()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    location = tmp_path / "store"
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    return location


@contextmanager
def serve(store_dir: Path, deadline_s: float) -> Iterator[tuple[str, int]]:
    env = {
        "ENTENTE_QUERY_TIMEOUT_S": str(deadline_s),
        "ENTENTE_QUERY_WORKERS": str(WORKERS),
        "ENTENTE_WORKER_MEMORY_MB": str(MEMORY_MB),
        "ENTENTE_READ_ONLY": "false",
        "ENTENTE_WRITE_TOKEN": TOKEN,
    }
    with entente_server(store_dir, env) as (url, process):
        yield url, process.pid


@pytest.fixture
def patient(store_dir: Path) -> Iterator[tuple[str, int]]:
    """A server whose deadline is far off: only the memory ceiling can stop the runaway."""
    with serve(store_dir, 600.0) as server:
        yield server


def test_a_query_past_the_memory_ceiling_is_a_503_and_its_worker_is_replaced(patient: tuple[str, int]) -> None:
    url, pid = patient
    idle = idle_workers(pid, WORKERS, SETTLE_S)
    response = httpx.get(url + "/sparql", params={"query": RUNAWAY}, timeout=PATIENCE_S)
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["type"].endswith("/out-of-memory") and "memory" in body["detail"]
    after = idle_workers(pid, WORKERS, SETTLE_S)
    assert len(set(idle) - set(after)) == 1, "the worker that ran out of memory was replaced"
    assert httpx.get(url + "/health", timeout=PATIENCE_S).status_code == 200
    ask = httpx.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=PATIENCE_S)
    assert ask.json()["boolean"] is True


def test_a_timed_out_update_is_a_503_that_wrote_nothing(store_dir: Path) -> None:
    before = canonical(store_dir)
    with serve(store_dir, 1.0) as (url, pid):
        response = httpx.post(
            url + "/sparql",
            content=RUNAWAY_UPDATE,
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer " + TOKEN},
            timeout=PATIENCE_S,
        )
        assert response.status_code == 503, response.text
        assert "nothing was written" in response.json()["detail"]
        time.sleep(2)
        # Every worker asleep and using no CPU between two looks: nothing computes the update.
        idle_workers(pid, WORKERS, SETTLE_S)
        assert not list(store_dir.parent.glob(".store.update-*"))
    assert canonical(store_dir) == before, "the store is byte-for-byte as it was"


def test_an_update_that_finishes_is_applied(store_dir: Path) -> None:
    with serve(store_dir, 60.0) as (url, _):
        update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }"
        response = httpx.post(
            url + "/sparql",
            content=update,
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer " + TOKEN},
            timeout=PATIENCE_S,
        )
        assert response.status_code == 204, response.text
        ask = {"query": "ASK { <https://example.org/s> <https://example.org/p> 1 }"}
        assert httpx.get(url + "/sparql", params=ask, timeout=PATIENCE_S).json()["boolean"] is True


def test_a_body_that_trickles_in_ends_in_a_408_problem(store_dir: Path) -> None:
    env = {"ENTENTE_BODY_TIMEOUT_S": "2"}
    with entente_server(store_dir, env) as (url, _):
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as client:
            client.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: 100\r\n\r\n"
            )
            client.settimeout(PATIENCE_S)
            answer = b""
            for _ in range(200):  # a byte a second, far longer than the body deadline
                try:
                    client.sendall(b"A")
                except OSError:  # the server has answered and closed
                    break
                client.settimeout(1.0)
                try:
                    answer += client.recv(4096)
                except TimeoutError:
                    continue
                if b"\r\n\r\n" in answer:
                    break
            client.settimeout(PATIENCE_S)
        head = answer.split(b"\r\n", 1)[0]
        assert head.startswith(b"HTTP/1.1 408"), answer[:300]
        assert b"application/problem+json" in answer
        assert httpx.get(url + "/health", timeout=PATIENCE_S).status_code == 200

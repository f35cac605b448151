"""Hostile queries against the real server: stopped at the deadline, refused, never fatal."""

from __future__ import annotations

import socket
import statistics
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph.intake.load import init_store
from graph.store.embedded import EmbeddedStore
from tests.support.servers import cpu_seconds, descendants, entente_server

pytestmark = pytest.mark.server

RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?i"
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("reliability") / "store"
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    return location


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[tuple[str, int]]:
    env = {"ENTENTE_QUERY_TIMEOUT_S": "2", "ENTENTE_READ_ONLY": "false", "ENTENTE_WRITE_TOKEN": TOKEN}
    with entente_server(store_dir, env) as (url, process):
        yield url, process.pid


def busy_cpu(pid: int, window_s: float = 0.5) -> float:
    """CPU seconds the server's worker processes burn during ``window_s``."""
    pids = descendants(pid)
    before = cpu_seconds(pids)
    time.sleep(window_s)
    return cpu_seconds(pids) - before


def test_a_runaway_order_by_is_stopped_at_the_deadline_while_health_keeps_answering(server: tuple[str, int]) -> None:
    url, pid = server
    outcome: dict[str, float | int] = {}

    def runaway() -> None:
        started = time.monotonic()
        response = httpx.get(url + "/sparql", params={"query": RUNAWAY}, timeout=30)
        outcome.update(status=response.status_code, seconds=time.monotonic() - started)
        assert response.headers["content-type"].startswith("application/problem+json")

    thread = threading.Thread(target=runaway)
    latencies = []
    with httpx.Client(base_url=url, timeout=5) as client:
        assert client.get("/health").status_code == 200  # the connection is open before the clock starts
        thread.start()
        while thread.is_alive():
            started = time.monotonic()
            assert client.get("/health").status_code == 200
            latencies.append(time.monotonic() - started)
            time.sleep(0.05)
    thread.join()
    assert outcome["status"] in (503, 504)
    assert outcome["seconds"] < 3
    assert len(latencies) > 10 and max(latencies) < 0.1, (statistics.median(latencies), max(latencies))
    time.sleep(1)
    assert busy_cpu(pid) < 0.05, "no process is still computing the stopped query"


def test_a_client_that_disconnects_stops_its_query(server: tuple[str, int]) -> None:
    url, pid = server
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(url + "/sparql", params={"query": RUNAWAY}, timeout=0.5)
    time.sleep(0.7)
    assert busy_cpu(pid) < 0.05
    assert httpx.get(url + "/health", timeout=5).status_code == 200


def test_deeply_nested_queries_are_refused_before_the_parser_and_the_server_lives(server: tuple[str, int]) -> None:
    url, _ = server
    query = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    response = httpx.post(url + "/sparql", data={"query": query}, timeout=10)
    assert response.status_code == 400
    assert "nest" in response.json()["detail"]
    assert httpx.get(url + "/health", timeout=5).status_code == 200


def test_service_and_load_never_connect_anywhere(server: tuple[str, int]) -> None:
    url, _ = server
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(1.0)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        query = httpx.get(url + "/sparql", params={"query": f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"})
        update = httpx.post(
            url + "/sparql",
            content=f"LOAD <{target}data.ttl>",
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer " + TOKEN},
        )
        assert query.status_code == 403 and update.status_code == 403
        assert update.headers["content-type"].startswith("application/problem+json")
        with pytest.raises(TimeoutError):
            listener.accept()


def test_reads_see_new_writes(server: tuple[str, int]) -> None:
    url, _ = server
    claim = (
        "subject,relation,object,quote,published,source_title\n"
        'france,cooperatesWith,india,"France and India signed a pact.",2024-05-01,Wire\n'
    )
    headers = {"Authorization": "Bearer " + TOKEN, "Content-Type": "text/csv"}
    assert httpx.post(url + "/claims", content=claim, headers=headers).status_code in (200, 201)
    response = httpx.get(url + "/actors/france/relations")
    assert "India" in response.text or "india" in response.text


def test_too_many_sparql_requests_get_429_with_retry_after(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    init_store(store, seed=False)
    store.close()
    with entente_server(tmp_path / "store", {"ENTENTE_SPARQL_REQUESTS_PER_MINUTE": "5"}) as (url, _):
        codes = [httpx.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code for _ in range(6)]
        assert codes == [200] * 5 + [429]
        refused = httpx.get(url + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert httpx.get(url + "/health").status_code == 200, "only /sparql is rate limited"

"""Hostile queries against the real server: stopped at the deadline, refused, never fatal.

What is asserted here does not depend on the machine's speed: which processes exist and whether
they compute (read from /proc), the status of every answer, and the order of events, with bounds
that a loaded machine cannot reach by being slow. The figures (how fast /health answers during a
runaway query, how late the deadline answer comes, CPU after it) are measured by
``python -m bench.run --only reliability`` and written into BENCHMARKS.md.
"""

from __future__ import annotations

import math
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest

from graph.intake.load import init_store
from graph.store.embedded import EmbeddedStore
from tests.support.servers import ProcessState, entente_server, idle_workers, process_state, wait_for

pytestmark = pytest.mark.server

RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?i"
TOKEN = "s3cret-token"
WORKERS = 2
DEADLINE_S = 2.0
ANSWER_BOUND_S = 5 * DEADLINE_S  # generous: a busy machine answers later than the deadline, never sooner
PATIENT_DEADLINE_S = 600.0  # far beyond SETTLE_S: only the client's going away can stop that server's query
SETTLE_S = 120.0  # how long the workers may take to be replaced and idle again on a busy machine
# No memory cap on the workers: the runaway query grows without end, and what stops it here must be
# the deadline (or the client's going), not the cap (tests/api/test_hardening.py tests the cap).
ONLY_TIME_STOPS_IT = {"ENTENTE_WORKER_MEMORY_MB": "0"}
PATIENCE_S = 60.0  # httpx's timeout: a busy machine answers late; whether it answers is what counts


def make_store(location: Path) -> Path:
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    return location


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("reliability") / "store")


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[tuple[str, int]]:
    env = {
        **ONLY_TIME_STOPS_IT,
        "ENTENTE_QUERY_TIMEOUT_S": str(DEADLINE_S),
        "ENTENTE_QUERY_WORKERS": str(WORKERS),
        "ENTENTE_READ_ONLY": "false",
        "ENTENTE_WRITE_TOKEN": TOKEN,
    }
    with entente_server(store_dir, env) as (url, process):
        yield url, process.pid


@pytest.fixture(scope="module")
def patient_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A server whose deadline never comes during a test."""
    location = make_store(tmp_path_factory.mktemp("patient") / "store")
    env = {
        **ONLY_TIME_STOPS_IT,
        "ENTENTE_QUERY_TIMEOUT_S": str(PATIENT_DEADLINE_S),
        "ENTENTE_QUERY_WORKERS": str(WORKERS),
    }
    with entente_server(location, env) as (url, process):
        yield url, process.pid


def computing(idle: dict[int, ProcessState]) -> ProcessState | None:
    """The worker among ``idle`` (workers that were asleep) that has used CPU since: the one that
    took the query."""
    for pid, before in idle.items():
        now = process_state(pid)
        if now is not None and now.cpu_ticks > before.cpu_ticks:
            return now
    return None


def assert_replaced(server_pid: int, idle: dict[int, ProcessState], runner: ProcessState) -> None:
    """The worker that ran the stopped query is gone and a new one took its place; the others were
    left alone; no worker computes."""
    after = idle_workers(server_pid, WORKERS, SETTLE_S)  # waits (generously) for the replacement
    assert process_state(runner.pid) is None, f"the worker {runner.pid} that ran the query still exists"
    assert runner.pid not in after
    assert set(idle) - {runner.pid} <= set(after), "only the worker that ran the query is replaced"
    assert len(set(after) - set(idle)) == 1, "one new worker took its place"


def test_a_runaway_order_by_is_stopped_at_the_deadline_while_health_keeps_answering(server: tuple[str, int]) -> None:
    url, pid = server
    idle = idle_workers(pid, WORKERS, SETTLE_S)
    outcome: dict[str, Any] = {}

    def runaway() -> None:
        started = time.monotonic()
        try:
            response = httpx.get(url + "/sparql", params={"query": RUNAWAY}, timeout=3 * ANSWER_BOUND_S)
        except httpx.HTTPError as error:
            outcome["error"] = repr(error)
            return
        outcome.update(
            status=response.status_code,
            content_type=response.headers.get("content-type", ""),
            seconds=time.monotonic() - started,
            at=time.monotonic(),
        )

    thread = threading.Thread(target=runaway, daemon=True)
    probes: list[tuple[float, float, int]] = []  # started, ended, status of each /health
    runner: ProcessState | None = None
    seen_computing_at = math.inf
    with httpx.Client(base_url=url, timeout=PATIENCE_S) as client:
        assert client.get("/health").status_code == 200  # the connection is open before the clock starts
        thread.start()
        while thread.is_alive():
            if runner is None and (runner := computing(idle)) is not None:
                seen_computing_at = time.monotonic()
            started = time.monotonic()
            status = client.get("/health").status_code
            probes.append((started, time.monotonic(), status))
            time.sleep(0.05)
    thread.join()

    assert "status" in outcome, outcome
    assert outcome["status"] in (503, 504) and outcome["content_type"].startswith("application/problem+json")
    assert DEADLINE_S <= outcome["seconds"] < ANSWER_BOUND_S, f"answered after {outcome['seconds']:.2f} s"
    assert runner is not None, "a query worker was seen computing the runaway query"
    assert [p for p in probes if p[2] != 200] == [], "/health answered 200 every time"
    during = [p for p in probes if p[0] >= seen_computing_at and p[1] <= outcome["at"]]
    assert during, "/health answered while the worker was computing the runaway query"
    assert_replaced(pid, idle, runner)


def test_a_client_that_disconnects_stops_its_query(patient_server: tuple[str, int]) -> None:
    url, pid = patient_server
    idle = idle_workers(pid, WORKERS, SETTLE_S)
    address = urlsplit(url)
    assert address.hostname is not None and address.port is not None
    request = (
        f"GET /sparql?{urlencode({'query': RUNAWAY})} HTTP/1.1\r\nHost: {address.netloc}\r\n"
        "Accept: application/sparql-results+json\r\n\r\n"
    )
    with socket.create_connection((address.hostname, address.port)) as client:
        client.sendall(request.encode())
        runner = wait_for(lambda: computing(idle), SETTLE_S, "a query worker computing the runaway query")
    # The client has gone (closed its connection) with the query running and its deadline far off.
    assert_replaced(pid, idle, runner)
    assert httpx.get(url + "/health", timeout=PATIENCE_S).status_code == 200


def test_deeply_nested_queries_are_refused_before_the_parser_and_the_server_lives(server: tuple[str, int]) -> None:
    url, _ = server
    query = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    response = httpx.post(url + "/sparql", data={"query": query}, timeout=PATIENCE_S)
    assert response.status_code == 400
    assert "nest" in response.json()["detail"]
    assert httpx.get(url + "/health", timeout=PATIENCE_S).status_code == 200


def test_service_and_load_never_connect_anywhere(server: tuple[str, int]) -> None:
    url, _ = server
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(1.0)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        service = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
        query = httpx.get(url + "/sparql", params={"query": service}, timeout=PATIENCE_S)
        update = httpx.post(
            url + "/sparql",
            content=f"LOAD <{target}data.ttl>",
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer " + TOKEN},
            timeout=PATIENCE_S,
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
    assert httpx.post(url + "/claims", content=claim, headers=headers, timeout=PATIENCE_S).status_code in (200, 201)
    response = httpx.get(url + "/actors/france/relations", timeout=PATIENCE_S)
    assert "India" in response.text or "india" in response.text


def test_too_many_sparql_requests_get_429_with_retry_after(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    init_store(store, seed=False)
    store.close()
    with entente_server(tmp_path / "store", {"ENTENTE_SPARQL_REQUESTS_PER_MINUTE": "5"}) as (url, _):
        ask = {"query": "ASK { ?s ?p ?o }"}
        codes = [httpx.get(url + "/sparql", params=ask, timeout=PATIENCE_S).status_code for _ in range(6)]
        assert codes == [200] * 5 + [429]
        refused = httpx.get(url + "/sparql", params=ask, timeout=PATIENCE_S)
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert httpx.get(url + "/health", timeout=PATIENCE_S).status_code == 200, "only /sparql is rate limited"

"""Jobs, memory ceilings and updates of a pooled store: all of them in workers that can be killed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.analysis import NO_FILTERS
from graph.errors import InputError, QueryCancelledError, QueryTimeoutError
from graph.export import ExportFormat, export
from graph.intake.load import init_store
from graph.sparql.protocol import PreparedQuery
from graph.store.base import TooLargeResultError
from graph.store.embedded import EmbeddedStore
from graph.store.pooled import PooledStore, WorkerMemoryError, cancel_event
from tests.support.servers import process_state, wait_for

RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?i"
# Long but flat in memory: counted as it goes, so the deadline, not the memory ceiling, stops it
# however fast the machine (the sorted runaway above can reach the ceiling within the deadline).
COUNTING_RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# Updates see the graphs as stored (entente's default graph is empty): the runaway names them.
RUNAWAY_UPDATE = (
    "INSERT { GRAPH <https://example.org/big> { ?a ?b ?c } } "
    "WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }"
)
RUN_QUERY = "graph.sparql.protocol:run_query"
JSON = "application/sparql-results+json"
SHORT_S = 1.0
LENIENT_S = 60.0
SETTLE_S = 120.0
MEMORY_MB = 1024  # room for a worker's threads and libraries, far less than the runaway wants


@pytest.fixture
def pooled(tmp_path: Path) -> Iterator[PooledStore]:
    store = PooledStore(tmp_path / "store", workers=2, timeout_s=LENIENT_S, memory_mb=MEMORY_MB)
    init_store(store)
    yield store
    store.close()


def workers_at_rest(store: PooledStore) -> list[int]:
    """The pids of the pool's workers once all of them are idle and asleep."""

    def look() -> list[int] | None:
        workers = list(store.pool._idle.queue)
        states = [process_state(w.process.pid) for w in workers]
        if len(workers) == store.pool.size and all(s is not None and s.state == "S" for s in states):
            return [w.process.pid for w in workers]
        return None

    return wait_for(look, SETTLE_S, "every worker idle and asleep")


def test_a_job_runs_a_function_of_graph_in_a_worker(pooled: PooledStore) -> None:
    with pooled.run_job("graph.export:export", (ExportFormat.csv, NO_FILTERS)) as answer:
        assert answer.read() == export(pooled.primary, ExportFormat.csv)


def test_the_same_job_runs_in_this_thread_on_an_in_memory_store() -> None:
    store = EmbeddedStore()
    init_store(store)
    assert store.run_job("graph.export:export", (ExportFormat.csv, NO_FILTERS)).read().startswith(b"source,target")


def test_only_functions_of_graph_are_jobs(pooled: PooledStore) -> None:
    with pytest.raises(ValueError, match="not a job of graph"):
        pooled.run_job("os:getcwd")
    with pytest.raises(ValueError, match="not a job of graph"):
        EmbeddedStore().run_job("os:getcwd")


def test_an_answer_over_the_cap_is_too_large(pooled: PooledStore) -> None:
    with pytest.raises(TooLargeResultError, match="over this server's 100"):
        pooled.run_job("graph.export:export", (ExportFormat.nquads, NO_FILTERS), max_bytes=100)
    assert not list(pooled._spool.iterdir()), "no spool file is left behind"


def test_a_job_past_its_deadline_is_killed_and_its_worker_replaced(pooled: PooledStore) -> None:
    before = workers_at_rest(pooled)
    pooled.timeout_s = SHORT_S
    with pytest.raises(QueryTimeoutError, match="the work ran longer"):
        pooled.run_job(RUN_QUERY, (PreparedQuery("SELECT", COUNTING_RUNAWAY), JSON))
    pooled.timeout_s = LENIENT_S
    after = workers_at_rest(pooled)
    assert len(set(before) - set(after)) == 1, "the worker that ran the job was replaced"
    assert all(process_state(pid) is None for pid in set(before) - set(after))


def test_a_query_past_the_memory_ceiling_is_a_memory_error_and_the_worker_is_replaced(pooled: PooledStore) -> None:
    before = workers_at_rest(pooled)
    with pytest.raises(WorkerMemoryError, match="memory"):
        pooled.select(RUNAWAY)  # the deadline is a minute away: the ceiling stops it first
    assert pooled.ask("ASK { ?s ?p ?o }")
    assert len(set(before) - set(workers_at_rest(pooled))) == 1


def test_jobs_leave_a_worker_for_queries(pooled: PooledStore) -> None:
    stop = threading.Event()
    outcome: list[BaseException] = []

    def runaway() -> None:
        cancel_event.set(stop)
        try:
            pooled.run_job(RUN_QUERY, (PreparedQuery("SELECT", RUNAWAY), JSON))
        except BaseException as error:  # recorded for the assertion below
            outcome.append(error)

    pooled.timeout_s = 600.0  # only the cancel ends the runaway job
    thread = threading.Thread(target=runaway)
    thread.start()
    try:
        second = threading.Thread(target=runaway)
        second.start()  # no slot for a second job while the first runs
        assert pooled.ask("ASK { ?s ?p ?o }"), "a query is answered while a job runs"
    finally:
        stop.set()
        thread.join()
        second.join()
    assert len(outcome) == 2 and all(isinstance(e, QueryCancelledError) for e in outcome)


def test_a_timed_out_update_writes_nothing_and_leaves_no_process_computing(pooled: PooledStore) -> None:
    before = pooled.canonical_nquads()
    pooled.timeout_s = SHORT_S
    with pytest.raises(QueryTimeoutError, match="nothing was written"):
        pooled.update(RUNAWAY_UPDATE)
    pooled.timeout_s = LENIENT_S
    time.sleep(2)
    for worker in list(pooled.pool._idle.queue):
        state = process_state(worker.process.pid)
        assert state is not None and state.state in ("S", "R")
    workers_at_rest(pooled)
    assert pooled.canonical_nquads() == before
    assert not list(Path(pooled.location).parent.glob(".store.update-*")), "the checkpoint is removed"


def test_an_update_runs_after_its_dry_run(pooled: PooledStore) -> None:
    pooled.update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }")
    assert pooled.ask("ASK { <https://example.org/s> <https://example.org/p> 1 }")


@pytest.mark.parametrize(
    ("update", "silent", "message"),
    [
        ("DROP GRAPH <{g}missing>", "DROP SILENT GRAPH <{g}missing>", "does not exist"),
        ("CLEAR GRAPH <{g}missing>", "CLEAR SILENT GRAPH <{g}missing>", "does not exist"),
        ("MOVE <{g}missing> TO <{g}x>", "MOVE SILENT <{g}missing> TO <{g}x>", "does not exist"),
        (
            "CREATE GRAPH <{g}g> ; CREATE GRAPH <{g}g>",
            "CREATE GRAPH <{g}g> ; CREATE SILENT GRAPH <{g}g>",
            "already exists",
        ),
    ],
)
def test_updates_the_engine_refuses_are_input_errors_that_write_nothing(
    pooled: PooledStore, update: str, silent: str, message: str
) -> None:
    update, silent = update.format(g="https://example.org/"), silent.format(g="https://example.org/")
    before = pooled.canonical_nquads()
    with pytest.raises(InputError, match=message):
        pooled.update(update)
    with pytest.raises(InputError, match=message):
        EmbeddedStore().update(update)
    assert pooled.canonical_nquads() == before
    pooled.update(silent)  # SILENT is honoured
    assert pooled.canonical_nquads() == before  # an empty graph is no quad

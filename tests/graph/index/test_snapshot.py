"""A worker's read-only view of the claims index: used when it is at the revision of the worker's
view of the store, and then answering as the engine does; never when it is not (behind, ahead,
moved on during the read)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from graph.analysis import Filters
from graph.analysis.claims import claim_bindings, edge_rows
from graph.analysis.overview import read_timeline
from graph.index import SnapshotIndex, StaleIndexError, claims_index
from graph.index.ties import TieFilters
from graph.index.ties import edge_rows as index_edge_rows
from graph.intake.load import init_store
from graph.namespaces import STATUSES
from graph.store.embedded import EmbeddedStore
from graph.store.pooled import PooledStore
from graph.store.worker import open_read_only

ASIDE = Quad(NamedNode("urn:x:thing"), NamedNode("urn:x:says"), Literal("x"), NamedNode("urn:x:aside"))


@pytest.fixture
def primary(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    index = claims_index(store)  # follows every write from the start
    init_store(store)
    assert index is not None and index.revision == store.revision
    yield store
    store.close()


def worker_view(store: EmbeddedStore) -> EmbeddedStore:
    """The store as a worker sees it: a read-only snapshot, without a journal."""
    return EmbeddedStore.over(open_read_only(store.location), store.location)


def test_a_view_in_step_reads_the_index_and_answers_as_the_engine(primary: EmbeddedStore) -> None:
    view = worker_view(primary)
    index = claims_index(view)
    assert isinstance(index, SnapshotIndex) and index.snapshot == primary.revision
    assert index.whole()
    bindings = claim_bindings(Filters())
    from_index = sorted(edge_rows(view, bindings))
    assert from_index and from_index == sorted(edge_rows(view, bindings, indexed=False))
    assert read_timeline(view, "asserted") == read_timeline(view, "asserted", indexed=False)


def test_an_index_moved_past_the_view_is_not_read(primary: EmbeddedStore) -> None:
    view = worker_view(primary)
    index = claims_index(view)
    assert isinstance(index, SnapshotIndex) and index.whole()
    primary.add([ASIDE])  # the index follows the write: one revision past the view
    assert claims_index(primary).revision == primary.revision == index.snapshot + 1  # type: ignore[union-attr]
    assert not index.ready() and not index.whole()
    with pytest.raises(StaleIndexError):
        list(index_edge_rows(index, TieFilters(STATUSES["asserted"].value)))
    bindings = claim_bindings(Filters())
    assert sorted(edge_rows(view, bindings)) == sorted(edge_rows(view, bindings, indexed=False))  # the engine
    assert isinstance(claims_index(worker_view(primary)), SnapshotIndex)  # a view reopened is in step again
    assert claims_index(worker_view(primary)).whole()  # type: ignore[union-attr]


def test_an_index_behind_the_view_is_not_read(primary: EmbeddedStore) -> None:
    index = claims_index(primary)
    assert index is not None
    primary.observers.clear()  # the index no longer follows: the next write leaves it behind
    primary.add([ASIDE])
    assert index.revision == primary.revision - 1  # type: ignore[operator]
    view = worker_view(primary)
    found = claims_index(view)
    assert isinstance(found, SnapshotIndex) and found.snapshot == primary.revision
    assert not found.whole()
    assert index.ready()  # the server's process catches it up from the journal
    assert found.whole()  # now at the view's revision


def test_a_worker_answers_an_analysis_job_from_the_index_as_before(tmp_path: Path) -> None:
    store = PooledStore(tmp_path / "store", workers=2, timeout_s=60.0)
    try:
        index = claims_index(store)
        init_store(store)
        assert index is not None and index.ready(wait=True)

        def state() -> dict[str, object]:
            with store.run_job("graph.index.snapshot:worker_state") as answer:
                found: dict[str, object] = json.loads(answer.read())
                return found

        def blocs() -> bytes:
            with store.run_job("graph.analysis.jobs:blocs", (Filters(),)) as answer:
                return answer.read()

        assert state() == {"snapshot": store.revision, "in_step": True}
        from_index = blocs()
        store.primary.observers.clear()
        store.add([ASIDE])  # the index is left behind: the workers' reads go to the engine
        assert state() == {"snapshot": store.revision, "in_step": False}
        assert blocs() == from_index  # the engine's reply: the same
        assert index.ready()
        assert state() == {"snapshot": store.revision, "in_step": True}
    finally:
        store.close()


def test_a_write_while_a_worker_reads_the_index_stands_and_the_index_catches_up(primary: EmbeddedStore) -> None:
    index = claims_index(primary)
    assert index is not None and index.path is not None
    reader = sqlite3.connect(f"file:{index.path}?mode=ro", uri=True, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM hits").fetchone()  # a long read: its shared lock is held
    try:
        primary.add([ASIDE])  # the index cannot commit its part past the busy timeout; the store's write stands
        assert primary.has_graph(NamedNode("urn:x:aside"))
        assert index.revision == primary.revision - 1  # type: ignore[operator]
        assert not index.ready()  # still held: the lookups go to SPARQL meanwhile
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert index.ready(wait=True) and index.revision == primary.revision  # caught up once the read ends


def test_a_view_dropped_after_a_write_takes_its_index_with_it(primary: EmbeddedStore) -> None:
    # A worker opens a view a write and drops the last one: the index kept for a view must not keep it alive.
    import gc
    import weakref

    view = worker_view(primary)
    index = claims_index(view)
    assert isinstance(index, SnapshotIndex)
    gone_view, gone_index = weakref.ref(view), weakref.ref(index)
    del view, index
    gc.collect()
    assert gone_view() is None and gone_index() is None

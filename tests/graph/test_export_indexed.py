"""The GEXF export (and every export's edge details) read from the claims index is byte for byte
the one read from the engine: on the seed and on a generated world, under every filter; an index
that is behind, irregular or of another revision leaves the export to the engine; the document is
written as it is produced."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad

import graph.analysis.edges
from graph.analysis import Filters
from graph.analysis.edges import read_details
from graph.analysis.ordered import indexed_details, ordered_edges
from graph.export import ExportFormat, export, export_to
from graph.export.gexf import gexf_chunks, write_gexf
from graph.index import StaleIndexError, claims_index
from graph.index.details import SELECT_TIES, TieReader
from graph.index.ties import TieFilters
from graph.intake.load import init_store
from graph.model.catalogue import catalogue
from graph.namespaces import ENT, ID, STATUSES, sparql
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from graph.store.pooled import PooledStore
from graph.store.worker import open_read_only
from tests.support.analysis import filter_sets
from tests.support.worlds import indexed_world


@pytest.fixture(scope="module", params=["seed", "generated"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = indexed_world(request.param, tmp_path_factory.mktemp("gexf"))
    index = claims_index(store)
    assert index is not None and index.whole()
    yield store
    store.close()


def gexf(store: GraphStore, filters: Filters, *, indexed: bool) -> bytes:
    out = io.BytesIO()
    write_gexf(store, filters, out, indexed=indexed)
    return out.getvalue()


@pytest.fixture
def no_engine_details(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's aggregate of the details fails if it is asked: the index must answer."""

    def asked(*_: object) -> Iterator[tuple[str, str, str, list[str], list[str]]]:
        raise AssertionError("the engine's details were read")

    monkeypatch.setattr(graph.analysis.edges, "edge_details", asked)


def test_gexf_from_the_index_is_the_engines_byte_for_byte(world: GraphStore) -> None:
    edges = 0
    for filters in filter_sets(world):
        from_engine = gexf(world, filters, indexed=False)
        assert gexf(world, filters, indexed=True) == from_engine, filters
        edges += from_engine.count(b"<edge ")
    assert edges > 0


def test_the_index_answers_without_the_engines_details(world: GraphStore, no_engine_details: None) -> None:
    data = gexf(world, Filters(), indexed=True)
    assert data.count(b"<edge ") > 0 and data.endswith(b"</gexf>\n")
    assert export(world, ExportFormat.gexf) == data


def test_every_exports_details_from_the_index_are_the_engines(world: GraphStore) -> None:
    for filters in filter_sets(world):
        found = indexed_details(world, filters, catalogue(world))
        assert found is not None
        assert found == read_details(world, filters, catalogue(world), indexed=False), filters


def test_the_edges_come_in_key_order_with_their_nodes(world: GraphStore) -> None:
    known = catalogue(world)
    with ordered_edges(world, Filters(), known) as (nodes, edges):
        keys = [key for key, _, _ in edges]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert nodes == sorted({n for a, b, _ in keys for n in (a, b)})


def test_the_document_is_written_as_it_is_produced(world: GraphStore) -> None:
    chunks = gexf_chunks(world, Filters())
    first = next(chunks)
    assert first.startswith(b"<?xml") and b"<edge " not in first
    rest = list(chunks)
    assert len(rest) >= 3 and rest[-1].endswith(b"</gexf>\n")
    out = io.BytesIO()
    export_to(world, ExportFormat.gexf, out)
    assert out.getvalue() == first + b"".join(rest)


def test_a_reader_at_another_revision_reads_nothing(world: GraphStore) -> None:
    index = claims_index(world)
    assert index is not None and world.revision is not None
    filters = TieFilters(STATUSES["asserted"].value)
    with pytest.raises(StaleIndexError), TieReader(index, world.revision + 1, filters, {}, ID):
        pass
    with TieReader(index, world.revision, filters, {}, ID) as reader:
        assert list(reader.ties()) == [] and reader.ends() == []  # no relation kept


def test_an_irregular_index_leaves_the_export_to_the_engine(tmp_path: Path, no_engine_details: None) -> None:
    store = EmbeddedStore(tmp_path / "store")
    init_store(store)
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    claim = store.select(sparql("SELECT ?c WHERE { ?c ent:status ?s } LIMIT 1")).rows[0][0]
    assert isinstance(claim, NamedNode)
    # A second status: the index marks the claim's actors irregular (the engine sees two rows).
    store.add([Quad(claim, NamedNode(ENT + "status"), STATUSES["candidate"], NamedNode("urn:x:g"))])
    assert index.ready(wait=True) and not index.whole()
    assert indexed_details(store, Filters(), catalogue(store)) is None
    with pytest.raises(AssertionError, match="engine's details"):
        gexf(store, Filters(), indexed=True)
    store.close()


def test_a_worker_view_reads_the_index_in_step_and_the_engine_otherwise(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    claims_index(store)
    init_store(store)
    view = EmbeddedStore.over(open_read_only(store.location), store.location)
    assert indexed_details(view, Filters(), catalogue(view)) is not None
    expected = gexf(view, Filters(), indexed=False)
    assert gexf(view, Filters(), indexed=True) == expected
    store.add([Quad(NamedNode("urn:x:a"), NamedNode("urn:x:b"), NamedNode("urn:x:c"), NamedNode("urn:x:g"))])
    assert indexed_details(view, Filters(), catalogue(view)) is None  # the index moved past the view
    assert gexf(view, Filters(), indexed=True) == expected
    store.close()


def test_a_store_in_memory_reads_its_index_whole() -> None:
    store = EmbeddedStore()
    claims_index(store)  # follows every write from the start
    init_store(store)
    assert indexed_details(store, Filters(), catalogue(store)) is not None
    assert gexf(store, Filters(), indexed=True) == gexf(store, Filters(), indexed=False)


def test_a_worker_writes_the_gexf_to_a_file_and_cuts_it_past_the_cap(tmp_path: Path) -> None:
    pooled = PooledStore(tmp_path / "store", workers=2, timeout_s=60.0)
    try:
        init_store(pooled)
        expected = export(pooled.primary, ExportFormat.gexf)
        path = tmp_path / "out.gexf"
        with pooled.run_job("graph.export:export_file", (ExportFormat.gexf, Filters(), str(path))) as answer:
            assert int(answer.read()) == len(expected)
        assert path.read_bytes() == expected
        with pooled.run_job("graph.export:export_file", (ExportFormat.gexf, Filters(), str(path), 1000)) as answer:
            assert int(answer.read()) > 1000
        assert len(path.read_bytes()) <= 1000
    finally:
        pooled.close()


def test_the_reader_does_not_hold_the_index_file_while_the_ties_are_read(world: GraphStore) -> None:
    index = claims_index(world)
    assert index is not None and index.path is not None and world.revision is not None
    relations = {iri: (r.name, r.symmetric) for iri, r in catalogue(world).relations.items()}
    with TieReader(index, world.revision, TieFilters(STATUSES["asserted"].value), relations, ID) as reader:
        ties = reader.ties()
        first = next(ties)
        writer = sqlite3.connect(index.path, timeout=0, isolation_level=None)
        writer.execute("BEGIN EXCLUSIVE")  # would fail (locked) if the reader still held a shared lock
        writer.execute("ROLLBACK")
        writer.close()
        assert [first, *ties] and reader.ends()


def test_the_ties_are_read_in_one_scan_of_the_table(world: GraphStore) -> None:
    """Whatever indexes ``tie_rows`` has (one starts with the claim), the ties are one scan of it in
    its own order, never a lookup a row."""
    index = claims_index(world)
    assert index is not None and index.path is not None
    relations = json.dumps({iri: [r.name, int(r.symmetric)] for iri, r in catalogue(world).relations.items()})
    parameters = {**vars(TieFilters(STATUSES["asserted"].value)), "relations": relations, "prefix": ID}
    db = sqlite3.connect(index.path)
    try:
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + SELECT_TIES, {**parameters, "prefix_length": 1})]
    finally:
        db.close()
    assert "SCAN t" in plan, plan
    assert not any(step.startswith("SEARCH t") for step in plan), plan

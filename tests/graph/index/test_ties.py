"""The whole graph's ties read from the claims index are the rows the engine gives: the projection's
edge rows under every filter, and the viewer's timeline, on the seed and on a generated world; an
index that cannot answer exactly leaves them to the engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad

from graph.analysis import Filters
from graph.analysis.claims import EdgeRow, claim_bindings, edge_rows, whole_index
from graph.analysis.overview import read_timeline
from graph.index import claims_index
from graph.intake.load import init_store
from graph.namespaces import ENT, STATUSES, sparql
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from tests.support.analysis import filter_sets
from tests.support.worlds import indexed_world


@pytest.fixture(scope="module", params=["seed", "generated"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = indexed_world(request.param, tmp_path_factory.mktemp("ties"))
    yield store
    store.close()


def comparable(rows: Iterator[EdgeRow]) -> list[tuple[object, ...]]:
    """Rows in one order, a row's sources and spells as sets, sums to the engine's decimals."""
    return sorted(
        (*row[:4], round(row.total, 9), *row[5:8], tuple(sorted(row.sources)), tuple(sorted(row.spells, key=str)))
        for row in rows
    )


def test_the_index_answers_the_whole_graph(world: GraphStore) -> None:
    assert whole_index(world, claim_bindings(Filters())) is not None


def test_edge_rows_are_the_engines(world: GraphStore) -> None:
    answered = 0
    for filters in [*filter_sets(world), Filters(status="retracted")]:
        bindings = claim_bindings(filters)
        indexed = comparable(edge_rows(world, bindings))
        assert indexed == comparable(edge_rows(world, bindings, indexed=False)), filters
        answered += len(indexed)
    assert answered > 0


def test_the_viewers_timeline_is_the_engines(world: GraphStore) -> None:
    for status in ("asserted", "candidate"):
        assert read_timeline(world, status) == read_timeline(world, status, indexed=False)
    assert read_timeline(world, "asserted")


def test_an_index_that_cannot_answer_exactly_leaves_the_ties_to_the_engine(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    init_store(store)
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    claim = store.select(sparql("SELECT ?c WHERE { ?c ent:status ?s } LIMIT 1")).rows[0][0]
    assert isinstance(claim, NamedNode)
    # A second status: the index marks the claim's actors irregular (SPARQL sees two rows).
    store.add([Quad(claim, NamedNode(ENT + "status"), STATUSES["candidate"], NamedNode("urn:x:g"))])
    assert index.ready(wait=True)
    bindings = claim_bindings(Filters())
    assert whole_index(store, bindings) is None
    assert comparable(edge_rows(store, bindings)) == comparable(edge_rows(store, bindings, indexed=False))
    store.close()

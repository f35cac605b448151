"""The whole graph's ties read from the claims index are the rows the engine gives: the projection's
edge rows under every filter, and the viewer's timeline, on the seed and on a generated world; an
index that cannot answer exactly leaves them to the engine."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from graph.analysis import Filters
from graph.analysis.claims import EdgeRow, claim_bindings, edge_rows, whole_index
from graph.analysis.overview import read_timeline
from graph.index import StaleIndexError, claims_index, ties
from graph.intake.load import init_store
from graph.model.catalogue import catalogue
from graph.namespaces import DCT, ENT, PROV, STATUSES, sparql
from graph.store.base import GraphStore, touching
from graph.store.binding import bind_values
from graph.store.embedded import EmbeddedStore
from tests.support.analysis import filter_sets
from tests.support.worlds import indexed_world


@pytest.fixture(scope="module", params=["seed", "generated"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = indexed_world(request.param, tmp_path_factory.mktemp("ties"))
    yield store
    store.close()


def comparable(rows: Iterable[EdgeRow]) -> list[tuple[object, ...]]:
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


def test_the_ties_read_in_ranges_are_the_ties_read_at_once(world: GraphStore) -> None:
    """Split at every actor, at none, or at IRIs that no actor has: the same rows, in key order."""
    found = whole_index(world, claim_bindings(Filters()))
    assert found is not None
    index, filters = found
    whole = [row for part in ties.edge_rows(index, filters) for row in part]
    actors = sorted(catalogue(world).actors)
    for bounds in (actors, actors[::7], ["", "a", "https://w3id.org/entente/id/m", "zzz"]):
        parts = list(ties.edge_rows(index, filters, bounds))
        assert len(parts) == len(set(bounds) - {""}) + 1
        assert [row for part in parts for row in part] == whole
    assert len(whole) > 10


def test_a_write_between_the_ranges_is_not_mixed_into_them(tmp_path: Path) -> None:
    store = indexed_world("seed", tmp_path)
    found = whole_index(store, claim_bindings(Filters()))
    assert found is not None
    reading = ties.edge_rows(*found, sorted(catalogue(store).actors)[::5])
    next(reading)  # the first range, the second read meanwhile
    aside = NamedNode("https://example.org/aside")
    store.add([Quad(aside, aside, aside, NamedNode("urn:x:g"))])  # the index follows it: a revision on
    with pytest.raises(StaleIndexError):
        list(reading)
    store.close()


def test_the_ties_are_grouped_as_the_key_is_scanned(world: GraphStore) -> None:
    """No temporary B-tree for the grouping (the first row would wait for the whole scan)."""
    found = whole_index(world, claim_bindings(Filters()))
    assert found is not None
    index, filters = found
    plan = index.rows("EXPLAIN QUERY PLAN " + ties.EDGES, {**vars(filters), "low": "", "high": ties.LAST})
    details = [row[-1] for row in plan]
    assert not [d for d in details if "GROUP BY" in d], details
    assert any(d.startswith("SEARCH t USING PRIMARY KEY") for d in details), details


def test_two_quotes_of_one_source_and_a_claim_negated_later_count_as_the_engine_counts(tmp_path: Path) -> None:
    """A tie counts a claim once per evidence (the engine's rows), two quotes of one source and day
    included; a claim negated by a later write leaves its ties."""
    store = EmbeddedStore(tmp_path / "store")
    init_store(store)
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    graph, claim, source = store.select(
        sparql(
            """SELECT ?g ?c ?s WHERE { GRAPH ?g { ?c ent:negated false ; prov:wasDerivedFrom ?e } ?e dct:source ?s }
               ORDER BY ?c LIMIT 1"""
        )
    ).rows[0]
    assert isinstance(graph, NamedNode) and isinstance(claim, NamedNode) and isinstance(source, NamedNode)
    second = NamedNode(claim.value + "-second-quote")
    store.add(
        [
            Quad(claim, NamedNode(PROV + "wasDerivedFrom"), second, graph),
            Quad(second, NamedNode(ENT + "quote"), Literal("The same report, another sentence."), graph),
            Quad(second, NamedNode(DCT + "source"), source, graph),
        ]
    )
    assert index.ready(wait=True)
    bindings = claim_bindings(Filters())
    assert whole_index(store, bindings) is not None
    assert comparable(edge_rows(store, bindings)) == comparable(edge_rows(store, bindings, indexed=False))
    assert tie_rows_of(store, claim) == 2
    with touching([graph]):
        store.update(bind_values(NEGATE, {"g": graph, "c": claim}))
    assert index.ready(wait=True) and whole_index(store, bindings) is not None
    assert comparable(edge_rows(store, bindings)) == comparable(edge_rows(store, bindings, indexed=False))
    assert tie_rows_of(store, claim) == 0
    store.close()


NEGATE = sparql(
    "DELETE { GRAPH ?g { ?c ent:negated false } } INSERT { GRAPH ?g { ?c ent:negated true } } "
    "WHERE { GRAPH ?g { ?c ent:negated false } }"
)


def tie_rows_of(store: GraphStore, claim: NamedNode) -> int:
    index = claims_index(store)
    assert index is not None
    return int(index.rows("SELECT COUNT(*) FROM tie_rows WHERE claim = :claim", {"claim": claim.value})[0][0])

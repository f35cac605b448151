"""Claims across the graph (``/relations``) from the claims index are the very reply the SPARQL
path gives: on the seed, on a generated world, with every filter, on every page, after writes; and
the index does answer them (no silent fallback)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from graph.index import claims_index
from graph.index.listing import COUNTS, PAGES, ListingFilters, list_claims
from graph.reads.listing import CLAIM_IDS, find_claims, listing_filters
from graph.sparql.named import bind_parameters
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from tests.support.worlds import load_world

FILTERS: list[dict[str, str]] = [
    {},
    {"relation": "sanctions"},
    {"relation": "sanctions", "as_of": "2015-06-30"},
    {"relation": "criticises", "known_at": "2016-01-01", "min_confidence": "0.7"},
    {"status": "candidate"},
    {"status": "retracted"},
    {"as_of": "2024-11-08", "min_confidence": "0.8"},
]


def reply(store: GraphStore, filters: dict[str, str], indexed: bool, limit: int = 20, offset: int = 0) -> Any:
    return asdict(find_claims(store, filters, limit=limit, offset=offset, indexed=indexed))


def answered_by_index(store: GraphStore, filters: dict[str, str]) -> bool:
    index = claims_index(store)
    wanted = listing_filters(bind_parameters(store, CLAIM_IDS, filters))
    return index is not None and wanted is not None and list_claims(index, wanted, 5, 0) is not None


def assert_same(store: GraphStore, filters: list[dict[str, str]], limit: int = 20) -> int:
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    answered = 0
    for wanted in filters:
        assert answered_by_index(store, wanted), wanted  # the index answers: no fallback here
        hot = reply(store, wanted, True, limit)
        assert hot == reply(store, wanted, False, limit), wanted
        answered += hot["total"]
    return answered


def with_actors(filters: list[dict[str, str]], actors: list[str]) -> list[dict[str, str]]:
    """``filters`` for each actor as subject, as object, and (the first two) as both."""
    out = [{**f, "subject": a} for f in filters for a in actors]
    out += [{**f, "object": a} for f in filters for a in actors]
    return out + [{**f, "subject": actors[0], "object": actors[1]} for f in filters]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, list[str]]]:
    out = tmp_path_factory.mktemp("world")
    store = EmbeddedStore(out / "store")
    actors = load_world(store, out, 3000, seed=7)
    yield store, actors
    store.close()


def test_the_seed_answers_alike(store: GraphStore) -> None:
    assert assert_same(store, FILTERS) > 0
    assert assert_same(store, with_actors([{}, {"relation": "sanctions"}], ["russia", "united-states"])) > 0


def test_a_generated_world_answers_alike(world: tuple[GraphStore, list[str]]) -> None:
    store, actors = world
    assert assert_same(store, FILTERS) > 1000
    assert assert_same(store, with_actors(FILTERS[:4], actors[:4] + actors[-2:])) > 100


def test_every_page_has_the_total(world: tuple[GraphStore, list[str]]) -> None:
    """The total is counted, or read off a last page that is not full: the same either way, on
    every page, the one past the end included."""
    store, actors = world
    for wanted in ({"relation": "sanctions"}, {"subject": actors[0]}, {"object": actors[1]}):
        total = reply(store, wanted, True)["total"]
        assert total > 7
        for offset in [*range(0, 30, 7), *range(total - 10, total + 5, 3)]:
            hot = reply(store, wanted, True, 7, offset)
            assert hot == reply(store, wanted, False, 7, offset), (wanted, offset)
            assert hot["total"] == total and len(hot["data"]) == max(0, min(7, total - offset))


def test_what_the_index_cannot_answer_goes_to_sparql(store: GraphStore) -> None:
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    source = find_claims(store, {}, limit=1, offset=0).data[0].evidence[0].source_iri
    for wanted in ({"source": source}, {"recorded_at": "2030-01-01"}):
        assert not answered_by_index(store, wanted)
        assert reply(store, wanted, True) == reply(store, wanted, False)
    # A claim the index cannot describe exactly (two statuses) sends the whole-graph listing to SPARQL.
    claim = find_claims(store, {"relation": "sanctions"}, limit=1, offset=0).data[0].iri
    store.update(
        "INSERT DATA { <" + claim + "> <https://w3id.org/entente/ontology#status> "
        "<https://w3id.org/entente/ontology#Candidate> }"
    )
    assert index.ready(wait=True) and not index.whole()
    assert not answered_by_index(store, {"relation": "sanctions"})
    assert reply(store, {"relation": "sanctions"}, True) == reply(store, {"relation": "sanctions"}, False)


def test_writes_are_followed(tmp_path: Path) -> None:
    """An index attached to a new store follows its writes, the bulk load too, and lists alike."""
    store = EmbeddedStore(tmp_path / "store")
    index = claims_index(store)  # attached before the first write: it follows them all
    assert index is not None
    load_world(store, tmp_path, 1200, seed=11)
    assert index.revision == store.revision
    assert assert_same(store, FILTERS[:3]) > 0
    source = next(g for g in store.graphs() if "/source/" in g.value)
    assert store.remove_graph(source)
    assert assert_same(store, FILTERS[:3]) > 0
    store.close()


def test_the_listing_by_relation_reads_its_index(world: tuple[GraphStore, list[str]]) -> None:
    store, _ = world
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    params = dict.fromkeys(("subject", "object", "status", "asserted_by", "as_of", "known_at", "min_confidence"))
    plan = index.rows(
        "EXPLAIN QUERY PLAN " + PAGES["relation"],
        {**params, "relation_from": "x", "relation_to": "x", "limit": 5, "offset": 0},
    )
    details = " ".join(str(row[-1]) for row in plan)
    assert "hits_listing" in details and "TEMP B-TREE" not in details  # a range of the index, no sort
    every = {**params, "relation_from": "", "relation_to": "\U0010ffff", "limit": 5, "offset": 0}
    plan = index.rows("EXPLAIN QUERY PLAN " + PAGES["every"], every)
    assert "TEMP B-TREE FOR ORDER BY" not in " ".join(str(row[-1]) for row in plan)  # the key's order
    plan = index.rows("EXPLAIN QUERY PLAN " + COUNTS["every by status"], every)
    assert "COVERING INDEX hits_listing" in " ".join(str(row[-1]) for row in plan)
    assert list_claims(index, ListingFilters(relation="urn:none"), 5, 0) is not None

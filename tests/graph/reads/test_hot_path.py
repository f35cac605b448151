"""An actor's relations from the claims index are the very reply the SPARQL path gives: on the
seed, on a generated world, after writes of every kind, and with every filter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import NamedNode

from bench.generate import write_world
from graph.index import claims_index
from graph.intake.load import init_store, load_files
from graph.model.catalogue import catalogue
from graph.reads.relations import actor_relations
from graph.store.base import GraphStore, touching
from graph.store.embedded import EmbeddedStore
from tests.support.worlds import load_world

FILTERS: list[dict[str, str]] = [
    {},
    {"status": "asserted"},
    {"as_of": "2015-06-30"},
    {"as_of": "2024-11-08", "direction": "out"},
    {"direction": "in", "known_at": "2016-01-01"},
    {"min_confidence": "0.7", "status": "candidate"},
    {"relation": "sanctions"},
    {"status": "retracted"},
]


def reply(
    store: GraphStore, actor: str, filters: dict[str, str], indexed: bool, limit: int = 100, offset: int = 0
) -> Any:
    wanted = {"direction": "both", **filters}
    found = actor_relations(store, actor, wanted, limit=limit, offset=offset, indexed=indexed)
    return asdict(found.relations)


def assert_same(store: GraphStore, actors: list[str], filters: list[dict[str, str]], limit: int = 100) -> int:
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    answered = 0
    assert all(index.answers(catalogue(store).resolve_actor(a).iri) for a in actors)  # no fallback here
    for actor in actors:
        for wanted in filters:
            hot = reply(store, actor, wanted, True, limit)
            assert hot == reply(store, actor, wanted, False, limit), (actor, wanted)
            answered += hot["total"]
    return answered


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, list[str]]]:
    out = tmp_path_factory.mktemp("world")
    store = EmbeddedStore(out / "store")
    actors = load_world(store, out, 3000, seed=5)
    yield store, actors
    store.close()


def test_the_seed_answers_alike(store: GraphStore) -> None:
    actors = sorted({a.iri for a in catalogue(store).actors.values()})
    assert assert_same(store, actors, [{}]) > 0  # every actor, without filters
    # Every filter, for the actors that have claims (the others answer nothing under any filter).
    busy = [a for a in actors if reply(store, a, {}, True)["total"]]
    assert busy and assert_same(store, busy, FILTERS) > 0


def test_a_generated_world_answers_alike(world: tuple[GraphStore, list[str]]) -> None:
    store, actors = world
    assert assert_same(store, actors[:40] + actors[-10:], FILTERS) > 100
    assert assert_same(store, actors[:5], [{}], limit=3) > 0  # a page cut inside the relations


def test_every_page_has_the_total_whether_counted_or_seen(world: tuple[GraphStore, list[str]]) -> None:
    """The total is counted, or read off a last page that is not full: the same either way, on
    every page, the one past the end included."""
    store, actors = world
    index = claims_index(store)
    assert index is not None and index.ready(wait=True) and index.whole()  # the index answers every actor
    for actor in actors[:3]:
        total = reply(store, actor, {}, True)["total"]
        assert total > 7
        for offset in range(0, total + 5, 3):
            hot = reply(store, actor, {}, True, 3, offset)
            assert hot == reply(store, actor, {}, False, 3, offset), (actor, offset)
            assert hot["total"] == total and len(hot["data"]) == max(0, min(3, total - offset))


def test_writes_are_caught_up_graph_by_graph(world: tuple[GraphStore, list[str]], tmp_path: Path) -> None:
    store, actors = world
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    source = next(g for g in store.graphs() if "/source/" in g.value)
    before = store.revision
    assert store.remove_graph(source)
    assert store.revision == (before or 0) + 1
    assert index.ready()  # caught up here: one graph, no rebuild
    assert_same(store, actors[:20], [{}])
    assert assert_same(store, actors[:5], FILTERS[:3], limit=3) > 0  # the totals counted (graph.index.tally)
    with touching([NamedNode(source.value)]):
        store.update(
            "INSERT DATA { GRAPH <" + source.value + "> { <https://w3id.org/entente/id/claim/x> "
            "<https://w3id.org/entente/ontology#subject> <https://w3id.org/entente/id/russia> } }"
        )
    assert index.ready()
    assert_same(store, actors[:20], [{}])
    assert assert_same(store, actors[:5], FILTERS[:3], limit=3) > 0


def test_an_unknown_update_rebuilds(store: GraphStore) -> None:
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    store.update("DELETE WHERE { GRAPH ?g { ?c <https://w3id.org/entente/ontology#status> ?s } }")
    assert index.revision != store.revision
    assert index.ready(wait=True)
    actors = sorted({a.iri for a in catalogue(store).actors.values()})[:100]
    assert assert_same(store, actors, [{}]) == 0  # no claim has a status now


def test_a_waited_rebuild_waits_for_the_one_under_way(world: tuple[GraphStore, list[str]]) -> None:
    """A lookup that waits (``ready(wait=True)``) while a rebuild runs in the background waits for
    it rather than build the same scratch file at once (which lost the file: FileNotFoundError, or
    an index left behind; found by CI)."""
    store, actors = world
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    for n in range(3):
        store.update("INSERT DATA { <https://example.org/unknown/" + str(n) + "> a <https://example.org/T> }")
        index._start_rebuild()  # as a lookup that does not wait starts it
        assert index.ready(wait=True)
        assert index.revision == store.revision
    assert_same(store, actors[:20], [{}])


def test_a_failed_rebuild_is_not_started_again_before_the_next_write(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    store.update("INSERT DATA { <https://example.org/unknown/f> a <https://example.org/T> }")

    def broken() -> None:
        raise OSError("disk full")

    monkeypatch.setattr(index, "_build", broken)
    assert not index.ready()  # behind after an unknown update: a rebuild starts in the background
    first = index._builder
    assert first is not None
    first.join()
    assert index.error == "OSError: disk full"
    assert not index.ready() and index._builder is first  # not started again at this revision
    store.update("INSERT DATA { <https://example.org/unknown/g> a <https://example.org/T> }")
    assert not index.ready() and index._builder is not first  # a write: tried again
    monkeypatch.undo()
    assert index.ready(wait=True)


def test_an_index_that_follows_the_writes_needs_no_rebuild(tmp_path: Path) -> None:
    write_world(tmp_path, 1500, seed=9)
    store = EmbeddedStore(tmp_path / "store")
    index = claims_index(store)  # attached to a new store: it follows every write, the bulk load too
    assert index is not None
    init_store(store)
    load_files(store, [tmp_path / "actors.ttl"])
    load_files(store, [tmp_path / "claims.csv"])
    assert index.revision == store.revision  # in step without reading the store back
    actors = (tmp_path / "actors.txt").read_text(encoding="utf-8").split()
    assert assert_same(store, actors[:30], FILTERS[:4]) > 0
    assert assert_same(store, actors[:5], FILTERS, limit=3) > 0  # the totals counted in the followed tally
    store.close()

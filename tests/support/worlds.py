"""A generated world (:mod:`bench.generate`) loaded into a store, for the tests that compare two
paths on more than the seed."""

from __future__ import annotations

from pathlib import Path

from bench.generate import write_world
from graph.index import claims_index
from graph.intake.load import init_store, load_files
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore


def load_world(store: GraphStore, out: Path, claims: int, seed: int, *, with_seed: bool = True) -> list[str]:
    """Write a world of ``claims`` claims into ``out`` and load it into ``store`` after the ontology
    (and the seed, unless ``with_seed`` is false); its actors' ids, the most mentioned first."""
    write_world(out, claims, seed=seed)
    init_store(store, seed=with_seed)
    load_files(store, [out / "actors.ttl"])
    load_files(store, [out / "claims.csv"])
    return (out / "actors.txt").read_text(encoding="utf-8").split()


def indexed_world(kind: str, out: Path) -> EmbeddedStore:
    """A store on disk in ``out`` with its claims index in step: the seed (``kind`` "seed") or a
    generated world of 1,500 claims without it (any other ``kind``)."""
    store = EmbeddedStore(out / "store")
    if kind == "seed":
        init_store(store)
    else:
        load_world(store, out, 1500, seed=13, with_seed=False)
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    return store

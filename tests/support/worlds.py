"""A generated world (:mod:`bench.generate`) loaded into a store, for the tests that compare two
paths on more than the seed."""

from __future__ import annotations

from pathlib import Path

from bench.generate import write_world
from graph.intake.load import init_store, load_files
from graph.store.base import GraphStore


def load_world(store: GraphStore, out: Path, claims: int, seed: int, *, with_seed: bool = True) -> list[str]:
    """Write a world of ``claims`` claims into ``out`` and load it into ``store`` after the ontology
    (and the seed, unless ``with_seed`` is false); its actors' ids, the most mentioned first."""
    write_world(out, claims, seed=seed)
    init_store(store, seed=with_seed)
    load_files(store, [out / "actors.ttl"])
    load_files(store, [out / "claims.csv"])
    return (out / "actors.txt").read_text(encoding="utf-8").split()

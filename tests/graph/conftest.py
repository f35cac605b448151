from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.intake.load import init_store
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore


@pytest.fixture
def store() -> Iterator[GraphStore]:
    """A fresh in-memory store with the ontology, the catalogue and the seed claims."""
    graph = EmbeddedStore()
    init_store(graph)
    yield graph
    graph.close()


@pytest.fixture
def bare_store() -> EmbeddedStore:
    """A fresh in-memory store with the ontology and the catalogue, no claims."""
    graph = EmbeddedStore()
    init_store(graph, seed=False)
    return graph

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.loading import init_store
from graph.store import EmbeddedStore, GraphStore

SEED_ARTICLE = Path(__file__).parents[3] / "shared" / "seeds" / "isw-putin-reset-2024-11-08.txt"

HEADER = "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,source_url,source_title,publisher,published\n"


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


def claims_csv(*rows: str) -> bytes:
    return (HEADER + "".join(row + "\n" for row in rows)).encode()

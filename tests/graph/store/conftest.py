"""One Virtuoso Open Source server for the session's store tests: it takes seconds to start, so
each test that uses it empties it first (:func:`emptied_virtuoso`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.settings import Settings
from graph.store.base import GraphStore
from graph.store.open import open_store
from tests.support.servers import VirtuosoServer, virtuoso_server


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def open_virtuoso(server: VirtuosoServer) -> GraphStore:
    """The store as `entente` opens it from its settings: explicit endpoints, nothing engine-specific."""
    return open_store(
        server.query_url, Settings(remote_query_url=server.query_url, remote_update_url=server.update_url)
    )


def emptied_virtuoso(server: VirtuosoServer) -> GraphStore:
    """The Virtuoso store with every graph of the dataset dropped (its own graphs stay, unseen)."""
    store = open_virtuoso(server)
    graphs = store.graphs()
    if graphs:  # one update, not one a graph: after `entente init` there are some 300
        store.update(" ;\n".join("DROP SILENT GRAPH " + str(graph) for graph in graphs))
    assert len(store) == 0 and store.graphs() == []
    return store

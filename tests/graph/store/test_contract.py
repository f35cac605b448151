"""One contract, three backends: the embedded pyoxigraph store, a real Oxigraph server and a real
Virtuoso Open Source server (one for the module, emptied before each test: it takes seconds to start)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from graph.errors import InputError, QuerySyntaxError
from graph.intake.load import init_store, load_claims_bytes, load_files
from graph.model.catalogue import catalogue
from graph.model.terms import short
from graph.settings import Settings
from graph.sparql.named import run_named_query
from graph.store.base import GraphStore
from graph.store.binding import insert_data
from graph.store.embedded import EmbeddedStore
from graph.store.open import open_store
from tests.support.data import claims_csv
from tests.support.servers import VirtuosoServer, oxigraph_server, virtuoso_server

G = NamedNode("https://example.org/graph")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def open_virtuoso(server: VirtuosoServer) -> GraphStore:
    """The store as `entente` opens it from settings: explicit endpoints, nothing engine-specific."""
    settings = Settings(remote_query_url=server.query_url, remote_update_url=server.update_url)
    return open_store(server.query_url, settings)


@pytest.fixture(params=["embedded", "oxigraph", "virtuoso"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "embedded":
        store: GraphStore = EmbeddedStore(tmp_path / "store")
        yield store
        store.close()
    elif request.param == "oxigraph":
        with oxigraph_server(tmp_path / "server") as url:
            store = open_store(url)
            yield store
            store.close()
    else:
        store = open_virtuoso(request.getfixturevalue("virtuoso"))
        for graph in store.graphs():
            store.remove_graph(graph)
        assert len(store) == 0 and store.graphs() == []
        yield store
        store.close()


@pytest.mark.server
def test_init_and_named_queries_behave_alike(backend: GraphStore) -> None:
    init_store(backend)
    assert catalogue(backend).resolve_actor("Moscow").id == "russia"
    rows = run_named_query(backend, "actor_relations", {"actor": "Moscow", "as_of": "2024-11-08"}).dicts()
    edges = {(short(r["subject"]), short(r["relation"]), short(r["object"])) for r in rows}
    assert ("id:russia", "ent:attacks", "id:ukraine") in edges
    assert run_named_query(backend, "actor_relations", {"actor": "Moscow", "as_of": "2021-01-01"}).rows == []
    assert len(run_named_query(backend, "contested_claims", {}).rows) == 2


@pytest.mark.server
def test_writes_are_atomic_and_bump_the_generation(backend: GraphStore, tmp_path: Path) -> None:
    init_store(backend, seed=False)
    before, generation = backend.canonical_nquads(), backend.generation
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        claims_csv('russia,supports,iran,,,,,,,"q",,T,,2024-01-01', 'russia,nope,iran,,,,,,,"q",,T,,2024-01-01')
    )
    with pytest.raises(InputError):
        load_files(backend, [bad])
    assert backend.canonical_nquads() == before
    load_claims_bytes(backend, claims_csv('russia,supports,iran,,,,,,,"q",,T,,2024-01-01'), "ok.csv")
    assert backend.generation != generation
    assert len(backend.canonical_nquads()) > len(before)


@pytest.mark.server
def test_quads_graphs_and_removal(backend: GraphStore) -> None:
    quads = [Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), Literal('a "quoted" }\n'), G)]
    backend.add(quads)
    assert G in backend.graphs()
    assert backend.canonical_nquads() == [str(quads[0])]
    assert len(backend) == 1
    assert backend.ask("ASK WHERE { ?s ?p ?o }")
    assert backend.remove_graph(G) and not backend.remove_graph(G)
    assert len(backend) == 0


@pytest.mark.server
def test_a_syntax_error_is_a_query_syntax_error(backend: GraphStore) -> None:
    with pytest.raises(QuerySyntaxError):
        backend.select("SELECT * WHERE { ?s ?p ")


@pytest.mark.server
def test_serialised_results_come_back_in_the_asked_format(backend: GraphStore) -> None:
    init_store(backend, seed=False)
    data, kind = backend.query_serialized(
        "SELECT ?s WHERE { ?s a <https://w3id.org/entente/ontology#Bloc> }", "text/csv"
    )
    header = next(csv.reader(io.StringIO(data.decode())))  # a CSV reader: quoting a field is CSV too
    assert kind == "solutions" and header == ["s"]
    data, kind = backend.query_serialized("ASK WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert kind == "boolean" and b"true" in data


def test_insert_data_escapes_terms() -> None:
    text = insert_data(
        [Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), Literal("} DROP ALL"), G)]
    )
    assert 'GRAPH <https://example.org/graph> {\n<https://example.org/s> <https://example.org/p> "} DROP ALL" .' in text

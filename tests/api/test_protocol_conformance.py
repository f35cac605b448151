"""The SPARQL 1.1 Protocol, case by case, after the W3C protocol tests
(https://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest.ttl): query by GET,
POST form and POST direct; the dataset parameters; content negotiation; the bad requests. Each
case runs against the app in this process and against a real ``entente serve`` on a disk store.

Departures, on purpose: a graph the store does not hold is empty (nothing is ever fetched);
``using-graph-uri``/``using-named-graph-uri`` on updates are refused (400), USING in the update
does the same work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from api.app import create_app
from graph.intake.load import init_store
from graph.settings import Settings
from graph.store.embedded import EmbeddedStore
from tests.support.http import AUTH, TOKEN, assert_problem
from tests.support.servers import entente_server

PREFIXES = "PREFIX ent: <https://w3id.org/entente/ontology#>\nPREFIX id: <https://w3id.org/entente/id/>\n"
ASK = PREFIXES + "ASK { id:russia ent:attacks id:ukraine }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
CONSTRUCT = PREFIXES + "CONSTRUCT { id:russia ent:formsBlocWith ?o } WHERE { id:russia ent:formsBlocWith ?o }"
DESCRIBE = PREFIXES + "DESCRIBE id:iran"
ONTOLOGY = "https://w3id.org/entente/id/graph/ontology"
ACTORS = "https://w3id.org/entente/id/graph/actors"
MISSING = "http://127.0.0.1:9/not-here"
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
PATIENCE_S = 120.0


@pytest.fixture(scope="module", params=["app", pytest.param("server", marks=pytest.mark.server)])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    if request.param == "app":
        from fastapi.testclient import TestClient

        settings = Settings(store=":memory:", reference=False, read_only=False, write_token=TOKEN)
        with TestClient(create_app(settings)) as app:
            yield app
        return
    location = tmp_path_factory.mktemp("protocol") / "store"
    store = EmbeddedStore(location)
    init_store(store)
    store.close()
    env = {"ENTENTE_READ_ONLY": "false", "ENTENTE_WRITE_TOKEN": TOKEN}
    with entente_server(location, env) as (url, _), httpx.Client(base_url=url, timeout=PATIENCE_S) as server:
        yield server


def count(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def graphs(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [b["g"]["value"] for b in response.json()["results"]["bindings"]]


def without_accept(client: httpx.Client, method: str, **kwargs: Any) -> httpx.Response:
    request = client.build_request(method, "/sparql", **kwargs)
    del request.headers["accept"]
    return client.send(request)


# query_get, query_post_form, query_post_direct


def test_query_by_get_post_form_and_post_direct(client: httpx.Client) -> None:
    for response in (
        client.get("/sparql", params={"query": ASK}),
        client.post("/sparql", data={"query": ASK}),
        client.post("/sparql", content=ASK, headers={"Content-Type": DIRECT}),
        client.post("/sparql", content=ASK.encode(), headers={"Content-Type": DIRECT + "; charset=UTF-8"}),
    ):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/sparql-results+json")
        assert response.json()["boolean"] is True


# query_dataset_default_graph, query_dataset_default_graphs_get/post, query_dataset_named_graphs_*,
# query_dataset_full, query_multiple_dataset


def test_default_graph_uri_sets_the_default_graph(client: httpx.Client) -> None:
    union = count(client.get("/sparql", params={"query": COUNT}))
    ontology = count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": ONTOLOGY}))
    actors = count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": ACTORS}))
    both = count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": [ONTOLOGY, ACTORS]}))
    assert 0 < ontology < union and 0 < actors < union
    assert both == ontology + actors  # the two graphs share no triple
    posted = client.post("/sparql", data={"query": COUNT, "default-graph-uri": [ONTOLOGY, ACTORS]})
    assert count(posted) == both
    direct = client.post(
        "/sparql", content=COUNT, params={"default-graph-uri": ONTOLOGY}, headers={"Content-Type": DIRECT}
    )
    assert count(direct) == ontology


def test_named_graph_uri_sets_the_named_graphs(client: httpx.Client) -> None:
    assert graphs(client.get("/sparql", params={"query": GRAPHS, "named-graph-uri": [ONTOLOGY, ACTORS]})) == [
        ACTORS,
        ONTOLOGY,
    ]
    full = {"query": GRAPHS, "default-graph-uri": ONTOLOGY, "named-graph-uri": ACTORS}
    assert graphs(client.post("/sparql", data=full)) == [ACTORS]


def test_the_protocol_dataset_overrides_from_clauses(client: httpx.Client) -> None:
    with_from = "SELECT (COUNT(*) AS ?n) FROM <" + ACTORS + "> WHERE { ?s ?p ?o }"
    actors = count(client.get("/sparql", params={"query": with_from}))
    ontology = count(client.get("/sparql", params={"query": with_from, "default-graph-uri": ONTOLOGY}))
    assert actors != ontology
    assert ontology == count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": ONTOLOGY}))


def test_a_graph_the_store_does_not_hold_is_empty(client: httpx.Client) -> None:
    assert count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": MISSING})) == 0
    from_missing = "SELECT (COUNT(*) AS ?n) FROM <" + MISSING + "> WHERE { ?s ?p ?o }"
    assert count(client.get("/sparql", params={"query": from_missing})) == 0
    assert graphs(client.get("/sparql", params={"query": GRAPHS, "named-graph-uri": MISSING})) == []


# query_content_type_select, _ask, _describe, _construct


@pytest.mark.parametrize(
    ("query", "accept", "media_type"),
    [
        (COUNT, "application/sparql-results+xml", "application/sparql-results+xml"),
        (COUNT, "application/sparql-results+json", "application/sparql-results+json"),
        (COUNT, "text/csv", "text/csv"),
        (COUNT, "text/tab-separated-values", "text/tab-separated-values"),
        (ASK, "application/sparql-results+xml", "application/sparql-results+xml"),
        (ASK, "application/sparql-results+json", "application/sparql-results+json"),
        (DESCRIBE, "application/rdf+xml", "application/rdf+xml"),
        (DESCRIBE, "text/turtle", "text/turtle"),
        (CONSTRUCT, "application/n-triples", "application/n-triples"),
        (CONSTRUCT, "application/rdf+xml, text/turtle;q=0.5", "application/rdf+xml"),
    ],
)
def test_content_negotiation(client: httpx.Client, query: str, accept: str, media_type: str) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_graphs_without_accept_are_turtle_or_n_triples(client: httpx.Client, query: str) -> None:
    for response in (
        without_accept(client, "GET", params={"query": query}),
        without_accept(client, "POST", content=query.encode(), headers={"Content-Type": DIRECT}),
    ):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].split(";")[0] in ("text/turtle", "application/n-triples")


def test_results_without_accept_are_a_sparql_results_format(client: httpx.Client) -> None:
    response = without_accept(client, "GET", params={"query": ASK})
    assert response.headers["content-type"].split(";")[0] in (
        "application/sparql-results+json",
        "application/sparql-results+xml",
    )
    assert json.loads(response.content)["boolean"] is True


# bad_query_method, bad_multiple_queries, bad_query_wrong_media_type, bad_query_missing_form_type,
# bad_query_missing_direct_type, bad_query_non_utf8, bad_query_syntax


def test_bad_queries_are_4xx_problems(client: httpx.Client) -> None:
    assert_problem(client.put("/sparql", content=ASK, headers={"Content-Type": DIRECT}), 405)
    assert_problem(client.get("/sparql", params={"query": [ASK, ASK]}), 400)
    assert_problem(client.post("/sparql", data={"query": [ASK, ASK]}), 400)
    assert_problem(client.post("/sparql", content=ASK, headers={"Content-Type": "text/plain"}), 415)
    assert_problem(client.post("/sparql", content="query=" + ASK), 415)  # no content type at all
    latin1 = 'SELECT * WHERE { ?s ?p "caf\xe9" }'.encode("latin-1")
    assert_problem(client.post("/sparql", content=latin1, headers={"Content-Type": DIRECT}), 400)
    assert_problem(client.post("/sparql", content=b"query=caf%E9", headers={"Content-Type": FORM}), 400)
    assert_problem(client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}), 400)


def test_a_query_in_the_url_and_in_the_body_is_400(client: httpx.Client) -> None:
    both = client.post("/sparql", params={"query": ASK}, content=ASK, headers={"Content-Type": DIRECT})
    assert_problem(both, 400)
    assert_problem(client.post("/sparql", params={"query": ASK}, data={"query": ASK}), 400)


# bad_update_get, bad_multiple_updates, bad_update_wrong_media_type, bad_update_non_utf8,
# bad_update_syntax, bad_update_dataset_conflict


def test_bad_updates_are_4xx_problems(client: httpx.Client) -> None:
    insert = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }"
    assert_problem(client.get("/sparql", params={"update": insert}), 405)
    assert_problem(client.post("/sparql", data={"update": [insert, insert]}, headers=AUTH), 400)
    assert_problem(client.post("/sparql", content=insert, headers={"Content-Type": "text/plain", **AUTH}), 415)
    latin1 = 'INSERT DATA { <https://example.org/s> <https://example.org/p> "caf\xe9" }'.encode("latin-1")
    assert_problem(client.post("/sparql", content=latin1, headers={"Content-Type": UPDATE, **AUTH}), 400)
    assert_problem(client.post("/sparql", content="INSERT DATA {", headers={"Content-Type": UPDATE, **AUTH}), 400)
    using = {"update": insert, "using-graph-uri": ONTOLOGY}
    assert_problem(client.post("/sparql", data=using, headers=AUTH), 400)


def test_an_update_by_form_and_by_body(client: httpx.Client) -> None:
    first = "INSERT DATA { GRAPH <https://example.org/p1> { <https://example.org/a> <https://example.org/b> 1 } }"
    second = "INSERT DATA { GRAPH <https://example.org/p2> { <https://example.org/a> <https://example.org/b> 2 } }"
    assert client.post("/sparql", data={"update": first}, headers=AUTH).status_code == 204
    assert client.post("/sparql", content=second, headers={"Content-Type": UPDATE, **AUTH}).status_code == 204
    both = "SELECT (COUNT(*) AS ?n) WHERE { <https://example.org/a> <https://example.org/b> ?o }"
    assert count(client.get("/sparql", params={"query": both})) == 2

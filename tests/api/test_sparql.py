from __future__ import annotations

import csv
import io
import json
import time

import pytest
from fastapi.testclient import TestClient

from tests.support.http import AUTH, TOKEN, ClientFactory, assert_problem, store_of

PREFIXES = "PREFIX ent: <https://w3id.org/entente/ontology#>\nPREFIX id: <https://w3id.org/entente/id/>\n"
BLOC = PREFIXES + "SELECT ?o WHERE { id:russia ent:formsBlocWith ?o } ORDER BY ?o"
ASK = PREFIXES + "ASK { id:russia ent:attacks id:ukraine }"
CONSTRUCT = PREFIXES + "CONSTRUCT { id:russia ent:formsBlocWith ?o } WHERE { id:russia ent:formsBlocWith ?o }"
UPDATE = PREFIXES + "INSERT DATA { GRAPH id:g { id:russia ent:supports id:iran } }"
SOURCE = "https://w3id.org/entente/id/source/2024-11-08-isw-russian-president-seeks-reset-with-trump-adm-0f7e524a"


def bindings(response: object) -> list[str]:
    body = json.loads(response.content)  # type: ignore[attr-defined]
    return [b["o"]["value"].rsplit("/", 1)[1] for b in body["results"]["bindings"]]


def test_select_by_get_post_form_and_post_direct(client: TestClient) -> None:
    expected = ["china", "iran", "north-korea"]
    assert bindings(client.get("/sparql", params={"query": BLOC})) == expected
    assert bindings(client.post("/sparql", data={"query": BLOC})) == expected
    direct = client.post("/sparql", content=BLOC, headers={"Content-Type": "application/sparql-query"})
    assert direct.headers["content-type"].startswith("application/sparql-results+json")
    assert bindings(direct) == expected


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("text/turtle;q=0.2, text/csv;q=0.9", "text/csv"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation(client: TestClient, accept: str, media_type: str) -> None:
    response = client.get("/sparql", params={"query": BLOC}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    if media_type == "text/csv":
        assert [r["o"].rsplit("/", 1)[1] for r in csv.DictReader(io.StringIO(response.text))] == [
            "china",
            "iran",
            "north-korea",
        ]


@pytest.mark.parametrize(
    "media_type", ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
)
def test_construct_formats(client: TestClient, media_type: str) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": media_type})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media_type)
    assert "north-korea" in response.text


def test_ask(client: TestClient) -> None:
    assert client.get("/sparql", params={"query": ASK}).json() == {"head": {}, "boolean": True}


def test_wrong_accept_is_406(client: TestClient) -> None:
    assert_problem(client.get("/sparql", params={"query": BLOC}, headers={"Accept": "image/png"}), 406)
    assert_problem(client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"}), 406)


def test_service_description_states_the_union_default_graph(client: TestClient) -> None:
    response = client.get("/sparql")
    assert response.headers["content-type"].startswith("text/turtle")
    assert "sd:UnionDefaultGraph" in response.text and "union of all named graphs" in response.text


def test_html_query_page_lists_named_queries(client: TestClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.headers["content-type"].startswith("text/html")
    assert "actor_relations" in response.text and "<textarea" in response.text


def test_html_page_examples_run(client: TestClient) -> None:
    from graph.sparql.protocol import example_queries

    for name, _, text in example_queries(store_of(client)):
        response = client.post("/sparql", data={"query": text})
        assert response.status_code == 200, (name, response.text)


def test_malformed_query_is_400_with_position(client: TestClient) -> None:
    body = assert_problem(client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}), 400)
    assert body["errors"][0]["line"] == 1 and body["errors"][0]["column"] > 10
    assert "1:" in body["detail"]


def test_protocol_statuses(client: TestClient) -> None:
    assert_problem(client.put("/sparql", content=BLOC), 405)
    assert_problem(client.post("/sparql", content=BLOC, headers={"Content-Type": "text/plain"}), 415)
    assert_problem(client.get("/sparql", params={"update": UPDATE}), 405)
    assert_problem(client.post("/sparql", data={"query": BLOC, "update": UPDATE}), 400)
    assert_problem(client.post("/sparql", data={"query": UPDATE}), 400)


def test_update_without_token_is_403_and_changes_nothing(writer: TestClient) -> None:
    before = store_of(writer).canonical_nquads()
    for headers in ({}, {"Authorization": "Bearer nope"}):
        assert_problem(writer.post("/sparql", data={"update": UPDATE}, headers=headers), 403)
        response = writer.post(
            "/sparql", content=UPDATE, headers={"Content-Type": "application/sparql-update", **headers}
        )
        assert_problem(response, 403)
    assert store_of(writer).canonical_nquads() == before


def test_update_with_token(writer: TestClient) -> None:
    response = writer.post("/sparql", content=UPDATE, headers={"Content-Type": "application/sparql-update", **AUTH})
    assert response.status_code == 204, response.text
    ask = PREFIXES + "ASK { id:russia ent:supports id:iran }"
    assert writer.get("/sparql", params={"query": ask}).json()["boolean"] is True


def test_read_only_refuses_updates_even_with_the_token(make_client: ClientFactory) -> None:
    read_only = make_client(read_only=True, write_token=TOKEN)
    assert_problem(read_only.post("/sparql", data={"update": UPDATE}, headers=AUTH), 403)


def test_service_and_load_are_refused(writer: TestClient) -> None:
    body = assert_problem(
        writer.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}), 403
    )
    assert "SERVICE" in body["detail"]
    update = "LOAD <http://127.0.0.1:9/data.ttl>"
    assert_problem(writer.post("/sparql", data={"update": update}, headers=AUTH), 403)
    literal = 'SELECT * WHERE { BIND("SERVICE <http://127.0.0.1:9/>" AS ?x) }'
    assert writer.get("/sparql", params={"query": literal}).status_code == 200


def test_service_on_the_allow_list_passes_the_guard(make_client: ClientFactory) -> None:
    allowed = make_client(service_allow_list=["http://example.org/sparql"])
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    assert_problem(allowed.get("/sparql", params={"query": query}), 403)


def test_deep_nesting_is_400_not_a_crash(client: TestClient) -> None:
    query = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
    body = assert_problem(client.post("/sparql", data={"query": query}), 400)
    assert "nested" in body["detail"]
    assert client.get("/health").status_code == 200


def test_query_size_bound_is_413(make_client: ClientFactory) -> None:
    small = make_client(max_query_bytes=50)
    assert_problem(small.get("/sparql", params={"query": BLOC}), 413)


def test_result_size_bound(make_client: ClientFactory) -> None:
    small = make_client(max_results=3)
    body = small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}).json()
    assert len(body["results"]["bindings"]) == 3
    body = small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"}).json()
    assert len(body["results"]["bindings"]) == 2


def test_timeout_is_503_and_the_server_keeps_answering(make_client: ClientFactory) -> None:
    slow = make_client(query_timeout_s=0.02)
    # About 0.4 s here: long enough to be abandoned, short enough not to burn the suite's CPU after.
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
    started = time.monotonic()
    body = assert_problem(slow.get("/sparql", params={"query": query}), 503)
    assert time.monotonic() - started < 10
    assert "longer than" in body["detail"]
    assert slow.get("/health").status_code == 200


def test_default_and_named_graph_uri(client: TestClient) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = int(client.get("/sparql", params={"query": count}).json()["results"]["bindings"][0]["n"]["value"])
    only = client.get("/sparql", params={"query": count, "default-graph-uri": SOURCE}).json()
    in_source = int(only["results"]["bindings"][0]["n"]["value"])
    assert 0 < in_source < union
    named = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    body = client.get("/sparql", params={"query": named, "named-graph-uri": SOURCE}).json()
    assert [b["g"]["value"] for b in body["results"]["bindings"]] == [SOURCE]
    from_clause = "SELECT (COUNT(*) AS ?n) FROM <" + SOURCE + "> WHERE { ?s ?p ?o }"
    body = client.get("/sparql", params={"query": from_clause}).json()
    assert int(body["results"]["bindings"][0]["n"]["value"]) == in_source


def test_graphs_not_in_the_store_are_empty_and_never_fetched(client: TestClient) -> None:
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/data"
        query = "SELECT * FROM <" + target + "> WHERE { ?s ?p ?o }"
        assert client.get("/sparql", params={"query": query}).json()["results"]["bindings"] == []
        params = {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": target}
        assert client.get("/sparql", params=params).json()["results"]["bindings"] == []
        with pytest.raises(TimeoutError):
            listener.accept()
    params["default-graph-uri"] = "not an iri"
    assert_problem(client.get("/sparql", params=params), 400)


def test_a_result_over_the_response_cap_is_a_problem(make_client: ClientFactory) -> None:
    small = make_client(max_response_bytes=1000)
    body = assert_problem(small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}), 400)
    assert "bytes" in body["detail"]


def test_a_query_the_server_capped_says_so(make_client: ClientFactory) -> None:
    capped = make_client(max_results=5)
    response = capped.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.headers["Entente-Result-Limit"] == "5"
    assert len(response.json()["results"]["bindings"]) == 5
    uncapped = capped.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"})
    assert "Entente-Result-Limit" not in uncapped.headers


def test_an_allowed_service_that_is_down_is_a_503_problem_not_a_500(make_client: ClientFactory) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        endpoint = f"http://127.0.0.1:{probe.getsockname()[1]}/sparql"
    allowed = make_client(service_allow_list=[endpoint])
    query = "SELECT * WHERE { SERVICE <" + endpoint + "> { ?s ?p ?o } }"
    body = assert_problem(allowed.get("/sparql", params={"query": query}), 503)
    assert "failed" in body["detail"]


@pytest.mark.parametrize(
    ("update", "message"),
    [
        ("DROP GRAPH <https://example.org/missing>", "does not exist"),
        ("CLEAR GRAPH <https://example.org/missing>", "does not exist"),
        ("MOVE <https://example.org/missing> TO <https://example.org/x>", "does not exist"),
        ("CREATE GRAPH <https://example.org/g> ; CREATE GRAPH <https://example.org/g>", "already exists"),
    ],
)
def test_updates_the_engine_refuses_are_4xx_with_its_message(writer: TestClient, update: str, message: str) -> None:
    before = store_of(writer).canonical_nquads()
    body = assert_problem(writer.post("/sparql", data={"update": update}, headers=AUTH), 400)
    assert message in body["detail"]
    assert store_of(writer).canonical_nquads() == before


def test_silent_updates_succeed_where_the_loud_ones_fail(writer: TestClient) -> None:
    for update in (
        "DROP SILENT GRAPH <https://example.org/missing>",
        "MOVE SILENT <https://example.org/m> TO <https://example.org/x>",
    ):
        assert writer.post("/sparql", data={"update": update}, headers=AUTH).status_code == 204


def test_updates_see_the_graphs_as_stored_not_the_union(writer: TestClient) -> None:
    """Queries read the union of all graphs; an update's default graph is the store's own, which
    entente leaves empty: a WHERE over it matches nothing, and data is changed by naming graphs."""
    before = store_of(writer).canonical_nquads()
    assert writer.post("/sparql", data={"update": "DELETE WHERE { ?s ?p ?o }"}, headers=AUTH).status_code == 204
    after = store_of(writer).canonical_nquads()
    assert set(before) <= set(after)  # nothing deleted; only the update's own record was added
    assert all(q.endswith("/graph/audit>") for q in set(after) - set(before))
    named = "DELETE WHERE { GRAPH <" + SOURCE + "> { ?s ?p ?o } }"
    assert writer.post("/sparql", data={"update": named}, headers=AUTH).status_code == 204
    assert len(store_of(writer).canonical_nquads()) < len(before)


def test_a_query_nested_500_deep_is_answered(client: TestClient) -> None:
    query = "SELECT * WHERE " + "{" * 500 + " ?s ?p ?o " + "}" * 500 + " LIMIT 1"
    response = client.post("/sparql", data={"query": query})
    assert response.status_code == 200, response.text

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

import queries
from tests.support.http import ClientFactory, assert_problem


def test_list_queries(client: TestClient) -> None:
    body = client.get("/queries").json()
    assert {q["name"] for q in body["data"]} == set(queries.registry())
    relations = next(q for q in body["data"] if q["name"] == "actor_relations")
    assert relations["url"] == "/queries/actor_relations"
    assert {p["name"] for p in relations["parameters"]} >= {"actor", "as_of", "known_at"}


def test_run_query_json_and_csv(client: TestClient) -> None:
    body = client.get("/queries/actor_relations", params={"actor": "Moscow", "as_of": "2024-11-08"}).json()
    assert body["count"] > 0 and not body["truncated"]
    assert all(row["quote"] for row in body["rows"])
    for response in (
        client.get("/queries/who_sanctions", params={"format": "csv"}),
        client.get("/queries/who_sanctions", headers={"Accept": "text/csv"}),
    ):
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert rows[0]["by"] == "id:united-states"


def test_query_errors(client: TestClient) -> None:
    body = assert_problem(client.get("/queries/no_such_query"), 404)
    assert set(body["suggestions"]) == set(queries.registry())
    body = assert_problem(client.get("/queries/actor_relations"), 400)
    assert body["errors"][0]["parameter"] == "actor"
    body = assert_problem(client.get("/queries/actor_relations", params={"actor": "russia", "as_of": "soon"}), 400)
    assert body["errors"][0]["parameter"] == "as_of"
    assert_problem(client.get("/queries/actor_relations", params={"actor": "russia", "colour": "red"}), 400)


def test_query_results_are_bounded(make_client: ClientFactory) -> None:
    small = make_client(max_results=2)
    body = small.get("/queries/actor_relations", params={"actor": "russia"}).json()
    assert body["count"] == 2 and len(body["rows"]) == 2 and body["truncated"]


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body == {"status": "ok", "store": "memory", "initialised": True, "read_only": True}


def test_landing_page_links(client: TestClient) -> None:
    response = client.get("/")
    assert response.headers["content-type"].startswith("text/html")
    for link in ('href="/docs"', 'href="/redoc"', 'href="/sparql"', 'href="/queries/actor_relations"', 'href="/viz"'):
        assert link in response.text


def test_openapi_has_examples(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "/actors/{actor}/relations" in schema["paths"]
    claim = schema["paths"]["/claims/{claim_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert claim["example"]["evidence"][0]["quote"]
    assert client.get("/docs").status_code == 200 and client.get("/redoc").status_code == 200


def test_cors_is_off_by_default_and_follows_the_setting(make_client: ClientFactory) -> None:
    origin = {"Origin": "https://analyst.example"}
    closed = make_client()
    assert "access-control-allow-origin" not in closed.get("/health", headers=origin).headers
    opened = make_client(cors_origins=["https://analyst.example"])
    assert opened.get("/health", headers=origin).headers["access-control-allow-origin"] == "https://analyst.example"
    other = opened.get("/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers

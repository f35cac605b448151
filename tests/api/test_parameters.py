"""Strict query parameters: an unknown one is a 400 that names it and the closest known ones."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.parameters import PROTOCOL_TAGS
from tests.api.test_problems import SAMPLE_PATH_VALUES
from tests.support.http import assert_problem

UNKNOWN = "no_such_parameter"


def test_a_misspelt_filter_is_400_suggesting_the_right_one(client: TestClient) -> None:
    body = assert_problem(client.get("/actors/moscow/relations", params={"asof": "2021-01-01"}), 400)
    assert body["type"].endswith("/unknown-parameter")
    assert body["errors"] == [
        {"message": "unknown parameter; did you mean 'as_of'?", "in": "query", "parameter": "asof"}
    ]
    assert body["suggestions"] == ["as_of"]
    assert "asof" in body["detail"] and "as_of" in body["detail"]


def test_every_get_route_refuses_an_unknown_parameter(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    checked = 0
    for template, operations in schema["paths"].items():
        if "get" not in operations or PROTOCOL_TAGS & set(operations["get"].get("tags", [])):
            continue
        path = template
        for parameter in operations["get"].get("parameters", []):
            if parameter["in"] == "path":
                path = path.replace("{" + parameter["name"] + "}", SAMPLE_PATH_VALUES.get(parameter["name"], "x"))
        response = client.get(path, params={UNKNOWN: "1"})
        body = assert_problem(response, 400)
        assert body["errors"][0]["parameter"] == UNKNOWN, (template, body)
        checked += 1
    assert checked > 15


def test_known_parameters_still_pass(client: TestClient) -> None:
    assert client.get("/actors/moscow/relations", params={"as_of": "2021-01-01"}).status_code == 200
    assert (
        client.get("/analysis/alignment", params={"a": "russia", "b": "iran", "from": "2024-01-01"}).status_code == 200
    )


def test_a_named_query_takes_its_own_parameters(client: TestClient) -> None:
    assert client.get("/queries/actor_relations", params={"actor": "russia", "format": "csv"}).status_code == 200
    body = assert_problem(client.get("/queries/actor_relations", params={"actor": "russia", "relaton": "x"}), 400)
    assert body["suggestions"][0] == "relation"


def test_the_sparql_endpoint_is_left_to_the_protocol(client: TestClient) -> None:
    response = client.get(
        "/sparql", params={"query": "ASK {}", "output": "json"}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200, response.text

"""One test over every parameter of every route: a bad value gets a 4xx problem+json."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.support.http import AUTH, assert_problem

SAMPLE_PATH_VALUES = {"actor": "russia", "claim_id": "0000000000000000", "source_id": "x", "name": "claims"}


def bad_value(schema: dict[str, Any]) -> str:
    """A value the parameter's schema (or, for free text, the route) must refuse."""
    if "anyOf" in schema:
        schema = next(s for s in schema["anyOf"] if s.get("type") != "null")
    kind = schema.get("type")
    if "enum" in schema:
        return "not-a-choice"
    if kind == "integer":
        return "many"
    if kind == "number":
        return "very"
    if kind == "boolean":
        return "perhaps"
    if schema.get("format") == "date":
        return "2024-13-45"
    if kind == "array":
        return bad_value(schema.get("items", {}))
    if kind == "string" and "maxLength" in schema:
        return "x" * (int(schema["maxLength"]) + 1)
    if kind == "string" and "pattern" in schema:
        return "Not A Name!"
    assert kind == "string", schema
    return "}{ not valid"


def test_every_parameter_of_every_route_refuses_a_bad_value(writer: TestClient) -> None:
    schema = writer.get("/openapi.json").json()
    checked = 0
    for template, operations in schema["paths"].items():
        for method, operation in operations.items():
            parameters = operation.get("parameters", [])
            for parameter in parameters:
                path = template
                for other in parameters:
                    if other["in"] == "path" and other is not parameter:
                        path = path.replace("{" + other["name"] + "}", SAMPLE_PATH_VALUES.get(other["name"], "x"))
                value = bad_value(parameter["schema"])
                query: dict[str, str] = {}
                if parameter["in"] == "path":
                    path = path.replace("{" + parameter["name"] + "}", value)
                else:
                    query[parameter["name"]] = value
                response = writer.request(method.upper(), path, params=query, headers=AUTH)
                assert 400 <= response.status_code < 500, (method, path, parameter["name"], response.text)
                assert_problem(response, response.status_code)
                checked += 1
    assert checked > 30


def test_bad_bodies_are_problems(writer: TestClient) -> None:
    headers = {"Content-Type": "application/json", **AUTH}
    for body in ("{", "[1, 2]", '{"claims": 3}', '[{"subject": "nobody"}]'):
        assert_problem(writer.post("/claims", content=body, headers=headers), 400)


def test_unknown_route_and_method_are_problems(writer: TestClient) -> None:
    assert_problem(writer.get("/no/such/route"), 404)
    response = writer.patch("/actors")
    assert_problem(response, 405)

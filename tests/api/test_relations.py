from __future__ import annotations

from fastapi.testclient import TestClient

from tests.support.http import assert_problem


def test_relations_by_subject_relation_object(client: TestClient) -> None:
    body = client.get("/relations", params={"subject": "Moscow", "relation": "forms bloc with"}).json()
    assert {c["object"]["id"] for c in body["data"]} == {"iran", "north-korea", "china"}
    assert body["total"] == len(body["data"])
    body = client.get("/relations", params={"object": "Kyiv"}).json()
    assert {(c["subject"]["id"], c["relation"]) for c in body["data"]} == {
        ("russia", "attacks"),
        ("united-states", "supports"),
    }


def test_relations_across_time(client: TestClient) -> None:
    before = client.get("/relations", params={"as_of": "2021-01-01"}).json()
    assert all(c["relation"] != "attacks" for c in before["data"])
    assert client.get("/relations", params={"known_at": "2024-11-01"}).json()["total"] == 0


def test_unknown_relation_is_404_with_known_names(client: TestClient) -> None:
    body = assert_problem(client.get("/relations", params={"relation": "sanctoins"}), 404)
    assert "sanctions" in body["suggestions"]


def test_relation_types(client: TestClient) -> None:
    body = client.get("/relation-types").json()
    by_name = {r["name"]: r for r in body["data"]}
    assert by_name["sanctions"]["polarity"] == -1
    assert by_name["formsBlocWith"]["symmetric"] is True
    assert by_name["attacks"]["cameo"] and by_name["attacks"]["plover"]
    assert body["count"] == len(body["data"]) >= 12

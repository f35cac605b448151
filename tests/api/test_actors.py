from __future__ import annotations

from fastapi.testclient import TestClient

from tests.support.http import assert_problem


def test_search_by_alias_prefix_any_case(client: TestClient) -> None:
    body = client.get("/actors", params={"q": "kREM"}).json()
    assert [a["id"] for a in body["data"]] == ["russia"]
    assert body["total"] == 1 and body["count"] == 1


def test_search_filters_by_type_and_pages(client: TestClient) -> None:
    people = client.get("/actors", params={"type": "person", "limit": 1000}).json()  # the catalogue grows
    assert {"vladimir-putin", "donald-trump"} <= {a["id"] for a in people["data"]}
    assert all(a["type"] == "Person" for a in people["data"])
    first = client.get("/actors", params={"limit": 1, "offset": 0}).json()
    second = client.get("/actors", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] > 2
    assert first["data"] != second["data"] and first["count"] == 1


def test_unknown_type_is_400_naming_the_types(client: TestClient) -> None:
    body = assert_problem(client.get("/actors", params={"type": "Planet"}), 400)
    assert "State" in body["detail"] and body["errors"][0]["parameter"] == "type"


def test_actor_by_alias_id_and_iri(client: TestClient) -> None:
    for key in ("moscow", "russia", "https://w3id.org/entente/id/russia", "the Kremlin", "RUS"):
        body = client.get("/actors/" + key).json()
        assert body["id"] == "russia", key
    body = client.get("/actors/russia").json()
    assert body["codes"] == {"iso3": "RUS", "iso2": "RU"}
    assert body["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert "Moscow" in body["aliases"]
    assert any(t["person"]["id"] == "vladimir-putin" for t in body["leaders"])
    assert any(t["actor"]["id"] == "brics" for t in body["memberships"])
    assert body["claims_out"] > 0 and body["claims_in"] > 0


def test_person_leads_and_bloc_members(client: TestClient) -> None:
    putin = client.get("/actors/Putin").json()
    assert putin["type"] == "Person" and any(t["actor"]["id"] == "russia" for t in putin["leads"])
    brics = client.get("/actors/brics").json()
    assert {"russia", "china", "iran"} <= {t["person"]["id"] for t in brics["members"]}


def test_unknown_actor_is_404_with_closest_names(client: TestClient) -> None:
    body = assert_problem(client.get("/actors/Rusia"), 404)
    assert "Russia" in body["suggestions"]
    body = assert_problem(client.get("/actors/Rusia/relations"), 404)
    assert "Russia" in body["suggestions"]


def relations(client: TestClient, **params: str) -> dict[tuple[str, str, str], list[dict[str, object]]]:
    response = client.get("/actors/moscow/relations", params=params)
    assert response.status_code == 200, response.text
    return {(r["subject"]["id"], r["relation"], r["object"]["id"]): r["claims"] for r in response.json()["data"]}


def test_moscow_relations_as_of_election_have_quotes(client: TestClient) -> None:
    found = relations(client, as_of="2024-11-08")
    assert ("russia", "attacks", "ukraine") in found
    assert ("russia", "formsBlocWith", "iran") in found
    assert ("united-states", "sanctions", "russia") in found
    for claims in found.values():
        for claim in claims:
            evidence = claim["evidence"]
            assert isinstance(evidence, list) and evidence and evidence[0]["quote"]
            assert evidence[0]["published"] == "2024-11-08"
            assert claim["asserted_by"]


def test_before_the_invasion_there_is_no_invasion(client: TestClient) -> None:
    found = relations(client, as_of="2021-01-01")
    assert ("russia", "attacks", "ukraine") not in found
    assert ("russia", "formsBlocWith", "iran") not in found


def test_known_at_before_the_report_hides_its_claims(client: TestClient) -> None:
    assert relations(client, known_at="2024-11-01") == {}
    assert relations(client, known_at="2024-11-08")


def test_relation_direction_and_confidence_filters(client: TestClient) -> None:
    out = relations(client, direction="out", relation="formsBlocWith")
    assert {k[2] for k in out} == {"iran", "north-korea", "china"}
    incoming = relations(client, direction="in")
    assert all(k[2] == "russia" for k in incoming)
    sure = relations(client, min_confidence="0.95")
    assert set(sure) == {("russia", "attacks", "ukraine")}
    by_putin = relations(client, asserted_by="Putin")
    assert set(by_putin) == {
        ("russia", "formsBlocWith", "iran"),
        ("russia", "formsBlocWith", "china"),
        ("donald-trump", "seeksResetWith", "russia"),
    }


def test_relations_paginate_with_total(client: TestClient) -> None:
    everything = client.get("/actors/russia/relations").json()
    page = client.get("/actors/russia/relations", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == everything["total"] and page["count"] == 2
    assert page["data"] == everything["data"][1:3]

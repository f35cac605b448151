"""A claim's life over HTTP: retract, restore, supersede with a named write token; the history
says who (the token's name) and when; a reload under another status is a recorded change; a
purge of a source is recorded too."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.support.http import ClientFactory, assert_problem

TOKENS = {"ana": "ana-secret-token", "ben": "ben-secret-token"}
ANA = {"Authorization": "Bearer " + TOKENS["ana"]}
BEN = {"Authorization": "Bearer " + TOKENS["ben"]}
ROW = (
    "subject,relation,object,status,quote,source_title,published\n"
    "France,sanctions,Iran,{status},France adopted new sanctions on Iran.,A wire,2024-05-01\n"
)


def team(make_client: ClientFactory) -> TestClient:
    return make_client(read_only=False, write_tokens=TOKENS)


def load(client: TestClient, status: str, who: dict[str, str]) -> str:
    response = client.post("/claims", content=ROW.format(status=status), headers={"Content-Type": "text/csv", **who})
    assert response.status_code == 201, response.text
    [claim] = response.json()["ids"]
    return str(claim)


ACTIVITIES = """PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ent: <https://w3id.org/entente/ontology#>
SELECT ?kind ?who ?value WHERE {
  VALUES (?kind ?about) { (ent:Purge prov:invalidated) (ent:Update rdfs:label) }
  ?activity a ?kind ; ?about ?value ; prov:wasAssociatedWith/rdfs:label ?who .
}"""


def activities(client: TestClient, kind: str) -> list[tuple[str, str]]:
    """Who recorded each purge or update (ent:Purge, ent:Update), and the graph purged or the text sent."""
    rows = client.get("/sparql", params={"query": ACTIVITIES}, headers={"Accept": "application/sparql-results+json"})
    return [
        (row["who"]["value"], row["value"]["value"])
        for row in rows.json()["results"]["bindings"]
        if row["kind"]["value"].endswith("#" + kind)
    ]


def test_retract_and_restore_are_recorded_with_the_tokens_name(make_client: ClientFactory) -> None:
    client = team(make_client)
    claim = load(client, "asserted", ANA)
    retracted = client.post(f"/claims/{claim}/retract", json={"reason": "misread the wire"}, headers=BEN)
    assert retracted.status_code == 200, retracted.text
    assert (retracted.json()["from_status"], retracted.json()["to_status"], retracted.json()["by"]) == (
        "asserted",
        "retracted",
        "ben",
    )
    assert client.get(f"/claims/{claim}").json()["status"] == "retracted"
    assert client.post(f"/claims/{claim}/restore", json={}, headers=ANA).status_code == 200
    events = client.get(f"/claims/{claim}/history").json()
    assert [(e["from_status"], e["to_status"], e["by"]) for e in events] == [
        (None, "asserted", "ana"),
        ("asserted", "retracted", "ben"),
        ("retracted", "asserted", "ana"),
    ]


def test_reloading_with_another_status_leaves_one_status_and_its_history(make_client: ClientFactory) -> None:
    client = team(make_client)
    claim = load(client, "asserted", ANA)
    assert load(client, "retracted", BEN) == claim
    shown = client.get(f"/claims/{claim}").json()
    assert shown["status"] == "retracted"
    events = client.get(f"/claims/{claim}/history").json()
    assert [(e["from_status"], e["to_status"], e["by"]) for e in events] == [
        (None, "asserted", "ana"),
        ("asserted", "retracted", "ben"),
    ]
    relations = client.get("/actors/france/relations").json()["data"]
    assert not any(r["relation"] == "sanctions" for r in relations)  # retracted: not asserted any more


def test_supersede_points_to_the_successor(make_client: ClientFactory) -> None:
    client = team(make_client)
    claim = load(client, "asserted", ANA)
    body = {"reason": "it began earlier", "valid_from": "2024-01-01", "object": "Islamic Republic of Iran"}
    change = client.post(f"/claims/{claim}/supersede", json=body, headers=BEN).json()
    successor = change["successor"]
    assert change["to_status"] == "superseded" and successor and successor != claim
    assert client.get(f"/claims/{claim}").json()["superseded_by"] == successor
    relations = client.get("/actors/france/relations").json()["data"]
    [sanctions] = [r for r in relations if r["relation"] == "sanctions"]
    assert [c["id"] for c in sanctions["claims"]] == [successor]  # the successor only


def test_corrections_need_a_known_token_and_a_reason(make_client: ClientFactory) -> None:
    client = team(make_client)
    claim = load(client, "asserted", ANA)
    assert_problem(client.post(f"/claims/{claim}/retract", json={"reason": "x"}), 403)
    wrong = {"Authorization": "Bearer not-a-token"}
    assert_problem(client.post(f"/claims/{claim}/retract", json={"reason": "x"}, headers=wrong), 403)
    assert_problem(client.post(f"/claims/{claim}/retract", json={}, headers=ANA), 400)
    assert_problem(client.post(f"/claims/{claim}/retract", json={"reason": "x", "why": "y"}, headers=ANA), 400)
    assert_problem(client.post("/claims/0000000000000000/retract", json={"reason": "x"}, headers=ANA), 404)
    assert_problem(client.post(f"/claims/{claim}/restore", json={}, headers=ANA), 400)  # not retracted


def test_a_purge_is_recorded(make_client: ClientFactory) -> None:
    client = team(make_client)
    load(client, "asserted", ANA)
    [source] = client.get("/claims?subject=france&relation=sanctions").json()["data"][0]["evidence"][:1]
    assert client.delete("/sources/" + source["source"], headers=BEN).status_code == 200
    [(who, graph)] = activities(client, "Purge")
    assert who == "ben" and graph.endswith(source["source"].rsplit("/", 1)[-1])


def test_recorded_at_shows_the_graph_as_it_was_recorded(make_client: ClientFactory) -> None:
    client = team(make_client)
    claim = load(client, "asserted", ANA)
    [recorded] = client.get(f"/claims/{claim}/history").json()
    client.post(f"/claims/{claim}/retract", json={"reason": "misread"}, headers=BEN)
    then = recorded["at"]

    def sanctions(path: str, **params: str) -> list[str]:
        body = client.get(path, params={"relation": "sanctions", **params}).json()
        rows = body["data"]
        if rows and "claims" in rows[0]:  # an actor's relations: claims grouped by relation
            return [c["status"] for r in rows for c in r["claims"] if r["object"]["id"] == "iran"]
        return [c["status"] for c in rows if c["subject"]["id"] == "france"]

    assert sanctions("/claims", subject="france") == []  # retracted now: not asserted
    assert sanctions("/claims", subject="france", recorded_at=then) == ["asserted"]  # as it stood then
    assert sanctions("/actors/france/relations", recorded_at=then) == ["asserted"]
    assert sanctions("/claims", subject="france", status="retracted") == ["retracted"]
    assert sanctions("/claims", subject="france", status="retracted", recorded_at=then) == []
    assert sanctions("/claims", subject="france", recorded_at="2020-01-01") == []  # not recorded yet
    assert client.get(f"/claims/{claim}", params={"recorded_at": then}).json()["status"] == "asserted"
    assert_problem(client.get(f"/claims/{claim}", params={"recorded_at": "2020-01-01"}), 404)
    problem = assert_problem(client.get("/claims", params={"recorded_at": "yesterday"}), 400)
    assert "recorded_at" in problem["detail"]


def test_a_sparql_update_is_recorded_with_its_text_and_token(make_client: ClientFactory) -> None:
    client = team(make_client)
    update = "INSERT DATA { GRAPH <urn:notes> { <urn:a> <urn:says> 'hello' } }"
    sent = client.post("/sparql", content=update, headers={"Content-Type": "application/sparql-update", **ANA})
    assert sent.status_code == 204, sent.text
    assert activities(client, "Update") == [("ana", update)]


def test_a_token_may_not_take_the_local_writers_name_nor_be_short() -> None:
    from pydantic import ValidationError

    from graph.settings import Settings

    with pytest.raises(ValidationError, match="local"):
        Settings(write_tokens={"local": "a-long-enough-secret"})
    with pytest.raises(ValidationError, match="too short"):
        Settings(write_tokens={"ana": "short"})

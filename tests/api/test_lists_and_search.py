"""Lists of claims with filters and text, CSV on every list route, full-text search, names beside ids."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient

from tests.support.data import HEADER
from tests.support.http import AUTH, assert_problem


def rows(response: object) -> list[dict[str, str]]:
    text = response.text  # type: ignore[attr-defined]
    return list(csv.DictReader(io.StringIO(text)))


def test_claims_list_filters_and_pages(client: TestClient) -> None:
    everything = client.get("/claims").json()
    assert everything["total"] == everything["count"] == 16
    page = client.get("/claims", params={"limit": 2, "offset": 1}).json()
    assert page["data"] == everything["data"][1:3] and page["total"] == everything["total"]
    russia = client.get("/claims", params={"subject": "Moscow", "relation": "forms bloc with"}).json()
    assert {c["object"]["id"] for c in russia["data"]} == {"iran", "north-korea", "china"}
    by_putin = client.get("/claims", params={"asserted_by": "Putin"}).json()
    assert by_putin["total"] == 3 and all(c["asserted_by"]["id"] == "vladimir-putin" for c in by_putin["data"])
    source = client.get("/sources").json()["data"][0]["id"]
    assert client.get("/claims", params={"source": source}).json()["total"] == everything["total"]
    assert_problem(client.get("/claims", params={"source": "no-such-source"}), 404)


def test_claims_by_words_of_their_quotes(client: TestClient) -> None:
    body = client.get("/claims", params={"q": "anachronism"}).json()
    assert {(c["subject"]["id"], c["relation"], c["object"]["id"]) for c in body["data"]} == {
        ("russia", "criticises", "nato"),
        ("vladimir-putin", "criticises", "nato"),
    }
    assert client.get("/claims", params={"q": "sanction", "subject": "united-states"}).json()["total"] >= 1
    assert client.get("/claims", params={"q": "zeppelin"}).json()["total"] == 0


def test_claims_carry_labels_and_their_sources_titles_on_every_route(client: TestClient) -> None:
    claims = [
        *client.get("/claims").json()["data"],
        *client.get("/relations").json()["data"],
        *(c for r in client.get("/actors/russia/relations").json()["data"] for c in r["claims"]),
    ]
    assert claims
    for claim in claims:
        assert claim["subject"]["label"] and claim["object"]["label"] and claim["relation_label"]
        for evidence in claim["evidence"]:
            assert evidence["title"].startswith("ISW"), evidence
    relation = client.get("/actors/russia/relations", params={"relation": "formsBlocWith"}).json()["data"][0]
    assert relation["relation_label"] == "forms bloc with"


def test_claims_as_csv_with_labels_beside_ids(client: TestClient) -> None:
    for response in (
        client.get("/claims", params={"format": "csv"}),
        client.get("/claims", headers={"Accept": "text/csv"}),
    ):
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        table = rows(response)
        assert int(response.headers["x-total-count"]) == client.get("/claims").json()["total"]
        attack = next(r for r in table if r["relation"] == "attacks")
        assert (attack["subject"], attack["subject_label"], attack["object_label"]) == ("russia", "Russia", "Ukraine")
        assert attack["relation_label"] and attack["source_title"].startswith("ISW") and attack["quote"]
    assert (
        client.get("/claims", headers={"Accept": "application/json"})
        .headers["content-type"]
        .startswith("application/json")
    )


def test_every_list_route_gives_csv(client: TestClient) -> None:
    for path, column in (
        ("/actors", "label"),
        ("/actors/russia/relations", "subject_label"),
        ("/relations", "object_label"),
        ("/sources", "title"),
        ("/search", "source_title"),
    ):
        response = client.get(path, params={"format": "csv", **({"q": "reset"} if path == "/search" else {})})
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv"), path
        table = rows(response)
        assert table and all(r[column] for r in table), path


def test_search_highlights_the_nato_claim(client: TestClient) -> None:
    body = client.get("/search", params={"q": "anachronism"}).json()
    assert body["total"] == 2 and body["data"]
    hit = body["data"][0]
    assert hit["kind"] == "claim" and hit["claim"]["object"]["id"] == "nato"
    assert "<mark>anachronism</mark>" in hit["highlighted"]
    start, end = hit["spans"][0]
    assert hit["text"][start:end] == "anachronism"
    assert hit["source"]["title"].startswith("ISW")


def test_search_finds_source_titles_ranks_and_pages(client: TestClient) -> None:
    body = client.get("/search", params={"q": "reset", "kind": "source"}).json()
    assert body["total"] == 1 and body["data"][0]["kind"] == "source"
    assert "<mark>reset</mark>" in body["data"][0]["highlighted"]
    everything = client.get("/search", params={"q": "reset"}).json()
    scores = [h["score"] for h in everything["data"]]
    assert scores == sorted(scores, reverse=True)
    page = client.get("/search", params={"q": "reset", "limit": 1, "offset": 1}).json()
    assert page["data"] == everything["data"][1:2] and page["total"] == everything["total"]


def test_search_takes_any_text_safely(client: TestClient) -> None:
    for text in ('"north korea"', "NATO OR", 'bloc" AND', "anachron*", "(", "Ukraine -"):
        response = client.get("/search", params={"q": text})
        assert response.status_code == 200, (text, response.text)
    assert client.get("/search", params={"q": "anachron*"}).json()["total"] == 2
    assert client.get("/search", params={"q": '"North Korea"'}).json()["total"] >= 1
    assert_problem(client.get("/search", params={"q": '""'}), 400)


def test_search_follows_writes(writer: TestClient) -> None:
    assert writer.get("/search", params={"q": "zeppelin"}).json()["total"] == 0
    line = 'china,supports,russia,2024-05-16,,isw,asserted,0.7,false,"Beijing sends a zeppelin",,Airship news,,2024-05-17\n'
    posted = writer.post("/claims", content=HEADER + line, headers={"Content-Type": "text/csv", **AUTH}).json()
    found = writer.get("/search", params={"q": "zeppelin"}).json()
    assert found["total"] == 1 and found["data"][0]["claim"]["id"] == posted["ids"][0]
    assert writer.get("/search", params={"q": "airship"}).json()["data"][0]["kind"] == "source"
    writer.delete("/sources/" + posted["sources"][0], headers=AUTH)
    assert writer.get("/search", params={"q": "zeppelin OR airship"}).json()["total"] == 0

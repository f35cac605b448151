from __future__ import annotations

import json

from fastapi.testclient import TestClient

from tests.support.http import AUTH, TOKEN, ClientFactory, assert_problem, store_of

HEADER = (
    "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,"
    "source_url,source_title,publisher,published\n"
)
GOOD = 'china,supports,russia,2024-05-16,,isw,asserted,0.7,false,"Beijing backs Moscow",,A summit report,,2024-05-17\n'
BAD = 'china,supports,russia,2024-05-16,,isw,asserted,1.7,false,"too sure",,A summit report,,2024-05-17\n'


def a_claim_id(client: TestClient) -> str:
    body = client.get("/relations", params={"subject": "russia", "relation": "attacks"}).json()
    claim_id: str = body["data"][0]["id"]
    return claim_id


def test_claim_by_id_with_evidence_and_source(client: TestClient) -> None:
    claim_id = a_claim_id(client)
    for key in (claim_id, "https://w3id.org/entente/id/claim/" + claim_id):
        body = client.get("/claims/" + key).json()
        assert body["id"] == claim_id and body["relation"] == "attacks"
        assert body["subject"]["id"] == "russia" and body["object"]["id"] == "ukraine"
        assert "invasion" in body["evidence"][0]["quote"]
        assert body["evidence"][0]["title"].startswith("ISW")


def test_unknown_claim_is_404(client: TestClient) -> None:
    assert_problem(client.get("/claims/0000000000000000"), 404)


def test_sources_list_and_detail(client: TestClient) -> None:
    body = client.get("/sources").json()
    assert body["total"] == 1 and body["data"][0]["claims"] == 16
    source = body["data"][0]
    detail = client.get("/sources/" + source["id"]).json()
    assert detail == source
    assert_problem(client.get("/sources/no-such-source"), 404)


def test_writes_refused_on_a_read_only_server(client: TestClient) -> None:
    assert_problem(client.post("/claims", content=HEADER + GOOD, headers={"Content-Type": "text/csv", **AUTH}), 403)
    source = client.get("/sources").json()["data"][0]["id"]
    assert_problem(client.delete("/sources/" + source, headers=AUTH), 403)
    assert client.get("/sources").json()["total"] == 1


def test_post_claims_needs_the_right_token(writer: TestClient) -> None:
    before = store_of(writer).canonical_nquads()
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic " + TOKEN}):
        response = writer.post("/claims", content=HEADER + GOOD, headers={"Content-Type": "text/csv", **headers})
        assert_problem(response, 403)
    assert store_of(writer).canonical_nquads() == before


def test_post_claims_csv_then_read_and_retract(writer: TestClient) -> None:
    response = writer.post("/claims", content=HEADER + GOOD, headers={"Content-Type": "text/csv", **AUTH})
    assert response.status_code == 201, response.text
    loaded = response.json()
    assert loaded["claims"] == 1
    claim = writer.get("/claims/" + loaded["ids"][0]).json()
    assert claim["subject"]["id"] == "china" and claim["evidence"][0]["quote"] == "Beijing backs Moscow"
    assert writer.get("/sources").json()["total"] == 2
    retracted = writer.delete("/sources/" + loaded["sources"][0], headers=AUTH)
    assert retracted.status_code == 200, retracted.text
    assert retracted.json()["claims_removed"] == 1
    assert_problem(writer.get("/claims/" + loaded["ids"][0]), 404)
    assert writer.get("/sources").json()["total"] == 1


def test_post_claims_json(writer: TestClient) -> None:
    rows = [
        {
            "subject": "china",
            "relation": "supports",
            "object": "russia",
            "quote": "Beijing backs Moscow",
            "source_title": "A summit report",
            "published": "2024-05-17",
            "confidence": 0.7,
        }
    ]
    response = writer.post("/claims", content=json.dumps(rows), headers={"Content-Type": "application/json", **AUTH})
    assert response.status_code == 201, response.text
    assert response.json()["claims"] == 1


def test_post_claims_with_one_bad_row_writes_nothing(writer: TestClient) -> None:
    before = store_of(writer).canonical_nquads()
    response = writer.post("/claims", content=HEADER + GOOD + BAD, headers={"Content-Type": "text/csv", **AUTH})
    body = assert_problem(response, 400)
    assert any(e.get("line") == 3 for e in body["errors"]), body
    assert store_of(writer).canonical_nquads() == before


def test_post_claims_other_media_type_is_415(writer: TestClient) -> None:
    response = writer.post("/claims", content=b"x", headers={"Content-Type": "application/pdf", **AUTH})
    assert_problem(response, 415)


def test_post_claims_too_large_is_413(make_client: ClientFactory) -> None:
    small = make_client(read_only=False, write_token=TOKEN, max_upload_bytes=100)
    response = small.post("/claims", content=HEADER + GOOD, headers={"Content-Type": "text/csv", **AUTH})
    assert_problem(response, 413)


def test_retract_unknown_source_is_404(writer: TestClient) -> None:
    assert_problem(writer.delete("/sources/nothing-here", headers=AUTH), 404)

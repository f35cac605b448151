from __future__ import annotations

from typing import Any

import anyio
from fastapi.testclient import TestClient

from tests.support.data import SEED_ARTICLE
from tests.support.http import AUTH, TOKEN, ClientFactory, assert_problem

WIRE = "Paris, 3 March 2024\n\nFrance imposed sanctions on Iran on 2 March, the foreign ministry said.\n"


def relations(client: TestClient, actor: str, status: str = "asserted") -> set[tuple[str, str, str]]:
    body = client.get(f"/actors/{actor}/relations", params={"status": status}).json()
    found = set()
    for relation in body["data"]:
        for claim in relation["claims"]:
            found.add((claim["subject"]["id"], claim["relation"], claim["object"]["id"]))
    return found


def test_extract_proposes_the_seed_claims_with_quotes(writer: TestClient) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    response = writer.post("/extract", content=text, headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 200, response.text
    body = response.json()
    triples = {(c["subject"], c["relation"], c["object"]) for c in body["candidates"]}
    assert {("russia", "attacks", "ukraine"), ("united-states", "sanctions", "russia")} <= triples
    for candidate in body["candidates"]:
        assert candidate["status"] == "candidate" and candidate["published"] == "2024-11-08"
        start, end = int(candidate["quote_start"]), int(candidate["quote_end"])
        assert text[start:end] == candidate["quote"]


def test_extract_needs_the_token_and_text(writer: TestClient) -> None:
    assert_problem(writer.post("/extract", content=WIRE, headers={"Content-Type": "text/plain"}), 403)
    assert_problem(writer.post("/extract", content=WIRE, headers={**AUTH, "Content-Type": "application/json"}), 415)
    undated = writer.post(
        "/extract", content="France imposed sanctions on Iran.", headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert "published" in assert_problem(undated, 400)["detail"]


def test_candidates_are_stored_reviewed_and_drawn_only_once_accepted(writer: TestClient) -> None:
    headers = {**AUTH, "Content-Type": "text/plain"}
    loaded = writer.post("/extract", params={"load": "true"}, content=WIRE, headers=headers).json()["loaded"]
    [claim_id] = loaded["ids"]
    assert ("france", "sanctions", "iran") in relations(writer, "france", "candidate")
    assert relations(writer, "france") == set()
    accepted = writer.post(f"/claims/{claim_id}/accept", headers=AUTH)
    assert accepted.status_code == 200 and accepted.json()["status"] == "asserted"
    assert ("france", "sanctions", "iran") in relations(writer, "iran")
    assert_problem(writer.post(f"/claims/{claim_id}/reject", headers=AUTH), 400)  # no longer a candidate


def test_rejecting_a_candidate_leaves_only_the_memory_of_its_rejection(writer: TestClient) -> None:
    from tests.support.http import store_of

    before = store_of(writer).canonical_nquads()
    headers = {**AUTH, "Content-Type": "text/plain"}
    loaded = writer.post("/extract", params={"load": "true"}, content=WIRE, headers=headers).json()["loaded"]
    for claim_id in loaded["ids"]:
        assert writer.post(f"/claims/{claim_id}/reject", headers=AUTH).status_code == 200
    after = store_of(writer).canonical_nquads()
    assert set(before) <= set(after)
    added = [q for q in after if q not in before]
    assert len([q for q in added if q.endswith("/graph/rejected>")]) == len(loaded["ids"])  # the memory of each
    assert all(q.endswith(("/graph/rejected>", "/graph/audit>")) for q in added)  # and the load's record
    assert_problem(writer.post("/claims/0123456789abcdef/accept", headers=AUTH), 404)


async def post_counting(app: Any, headers: dict[str, str], chunks: int, size: int) -> tuple[int, int]:
    """POST /extract straight to the ASGI app, ``chunks`` bodies of ``size`` bytes; the status and
    how many body bytes the app asked for."""
    sent = {"bytes": 0, "chunks": 0}
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        if sent["chunks"] == chunks:
            return {"type": "http.disconnect"}
        sent["chunks"] += 1
        sent["bytes"] += size
        return {"type": "http.request", "body": b"x" * size, "more_body": sent["chunks"] < chunks}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/extract",
        "raw_path": b"/extract",
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    await app(scope, receive, send)
    return status[0], sent["bytes"]


def test_an_article_over_the_cap_is_refused_without_reading_it(make_client: ClientFactory) -> None:
    cap = 10_000
    client = make_client(read_only=False, write_token=TOKEN, max_upload_bytes=cap)
    headers = {**AUTH, "Content-Type": "text/plain"}
    declared = {**headers, "Content-Length": str(100 * cap)}
    status, read = anyio.run(post_counting, client.app, declared, 100, cap)
    assert (status, read) == (413, 0), "a Content-Length over the cap is refused before the body is read"
    status, read = anyio.run(post_counting, client.app, headers, 100, 1_000)  # chunked: no Content-Length
    assert status == 413 and cap < read <= cap + 1_000, "a stream is read only until it passes the cap"
    body = assert_problem(client.post("/extract", content="x" * (cap + 1), headers=headers), 413)
    assert str(cap) in body["detail"]
    small = client.post("/extract", content=WIRE, headers=headers)
    assert small.status_code == 200, small.text

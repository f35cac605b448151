"""The /sparql rate limit: per client, a minute's moving window, then 429 problem+json with Retry-After."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.ratelimit import RateLimiter
from tests.support.http import ClientFactory, assert_problem

ASK = {"query": "ASK { ?s ?p ?o }"}


def test_a_client_past_its_limit_gets_429_and_others_do_not(make_client: ClientFactory) -> None:
    first = make_client(sparql_requests_per_minute=3)
    assert [first.get("/sparql", params=ASK).status_code for _ in range(3)] == [200] * 3
    refused = first.get("/sparql", params=ASK)
    body = assert_problem(refused, 429)
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "3 SPARQL requests" in body["detail"]
    assert first.get("/health").status_code == 200, "only /sparql is limited"
    other = TestClient(first.app, client=("198.51.100.7", 50000))  # the same running app, another address
    assert other.get("/sparql", params=ASK).status_code == 200


def test_the_limiter_counts_each_client_apart() -> None:
    limiter = RateLimiter(2)
    assert limiter.retry_after("a") is None and limiter.retry_after("a") is None
    wait = limiter.retry_after("a")
    assert wait is not None and 0 < wait <= 60
    assert limiter.retry_after("b") is None

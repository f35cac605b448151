"""The remote store's reading of what engines answer, on canned answers (no server): the
dialects of :mod:`graph.store.remote_results` and how requests are sent."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest
from pyoxigraph import BlankNode, Literal, NamedNode

from graph.errors import StoreError
from graph.store.remote import Endpoints, RemoteStore
from graph.store.remote_results import XSD_BOOLEAN, blank_node, read_json

BOOLEAN = NamedNode(XSD_BOOLEAN)


def results(variables: list[str], *rows: dict[str, dict[str, str]]) -> bytes:
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": list(rows)}}).encode()


def store_answering(handler: Callable[[httpx.Request], httpx.Response], update: str | None = None) -> RemoteStore:
    return RemoteStore(Endpoints("http://engine.test/sparql", update), transport=httpx.MockTransport(handler))


def test_invalid_blank_node_labels_are_mapped_to_the_same_valid_one() -> None:
    row = {"x": {"type": "bnode", "value": "nodeID://b10000"}, "y": {"type": "bnode", "value": "b1"}}
    answer = read_json(results(["x", "y"], row), "u")
    assert not isinstance(answer, bool)
    [(x, y)] = answer.rows
    assert x == blank_node("nodeID://b10000") and isinstance(x, BlankNode) and y == BlankNode("b1")


def test_booleans_in_integer_form_and_typed_literals_are_read_canonically() -> None:
    row = {
        "t": {"type": "typed-literal", "datatype": XSD_BOOLEAN, "value": "1"},
        "f": {"type": "literal", "datatype": XSD_BOOLEAN, "value": "0"},
        "l": {"type": "literal", "xml:lang": "en", "value": "x"},
    }
    answer = read_json(results(["t", "f", "l", "unbound"], row), "u")
    assert not isinstance(answer, bool)
    assert answer.rows == [(Literal(True), Literal(False), Literal("x", language="en"), None)]
    assert Literal("true", datatype=BOOLEAN) == Literal(True)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [([{"__ASK_RETVAL": {"type": "typed-literal", "value": "1"}}], True), ([], False)],
)
def test_an_ask_answered_as_a_table_is_a_boolean(rows: list[dict[str, dict[str, str]]], expected: bool) -> None:
    assert read_json(results(["__ASK_RETVAL"], *rows), "u") is expected
    table = results(["__ASK_RETVAL"], *rows)
    json_type = {"Content-Type": "application/sparql-results+json"}
    store = store_answering(lambda _: httpx.Response(200, content=table, headers=json_type))
    assert store.ask("ASK WHERE { ?s ?p ?o }") is expected
    data, kind = store.query_serialized("ASK WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert kind == "boolean" and json.loads(data) == {"head": {}, "boolean": expected}


def test_a_malformed_answer_is_a_store_error_naming_the_server() -> None:
    with pytest.raises(StoreError, match=r"engine\.test"):
        store_answering(lambda _: httpx.Response(200, content=b"<html>")).select("SELECT * WHERE { ?s ?p ?o }")


def test_an_answer_cut_at_the_servers_row_limit_is_never_taken_for_the_whole() -> None:
    cut = results(["s"], {"s": {"type": "uri", "value": "https://example.org/s"}})
    store = store_answering(lambda _: httpx.Response(200, content=cut, headers={"X-SPARQL-MaxRows": "1"}))
    with pytest.raises(StoreError, match="cut its answer at 1 rows"):
        store.select("SELECT ?s WHERE { ?s ?p ?o }")


def test_queries_and_updates_are_form_posts_with_digest_credentials_from_the_url() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/sparql-auth" and "authorization" not in request.headers:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Digest realm="SPARQL", nonce="n", qop="auth"'})
        return httpx.Response(200, content=results(["s"]))

    store = store_answering(handler, "http://dba:s%40cret@engine.test/sparql-auth")
    assert store.select("SELECT ?s WHERE { ?s ?p ?o }").rows == []
    store.update("CLEAR SILENT GRAPH <https://example.org/g>")
    query, challenged, answered = seen
    assert query.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(query.content.decode()) == {"query": ["SELECT ?s WHERE { ?s ?p ?o }"]}
    assert "authorization" not in query.headers and "dba" not in str(challenged.url)
    assert parse_qs(answered.content.decode()) == {"update": ["CLEAR SILENT GRAPH <https://example.org/g>"]}
    assert answered.headers["authorization"].startswith('Digest username="dba"')
    assert store.location == "http://engine.test/sparql"


def test_virtuosos_endpoints_from_its_base_url() -> None:
    endpoints = Endpoints.virtuoso("http://engine.test:8890/", "dba", "pw")
    assert endpoints.query == "http://engine.test:8890/sparql"
    assert endpoints.update == "http://dba:pw@engine.test:8890/sparql-auth"
    assert (
        endpoints.system_graphs is not None and "http://www.openlinksw.com/schemas/virtrdf#" in endpoints.system_graphs
    )

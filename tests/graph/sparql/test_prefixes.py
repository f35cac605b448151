"""The endpoint predeclares entente's prefixes, as the Wikidata Query Service does for its own."""

from __future__ import annotations

import json

import pytest

from graph.errors import QuerySyntaxError
from graph.namespaces import predeclared
from graph.sparql import Limits, prepare_query, run_query
from graph.store import GraphStore

LIMITS = Limits(max_bytes=100_000, max_results=1000)
JSON = "application/sparql-results+json"


def objects(store: GraphStore, text: str) -> set[str]:
    body = json.loads(run_query(store, prepare_query(store, text, LIMITS), JSON))
    return {row["o"]["value"].rsplit("/", 1)[-1] for row in body["results"]["bindings"]}


def test_a_query_may_use_ententes_prefixes_without_declaring_them(store: GraphStore) -> None:
    assert objects(store, "SELECT ?o WHERE { id:russia ent:formsBlocWith ?o }") == {"iran", "north-korea", "china"}


def test_a_prefix_the_query_declares_keeps_its_meaning(store: GraphStore) -> None:
    own = "PREFIX ent: <http://example.org/> SELECT ?o WHERE { id:russia ent:formsBlocWith ?o }"
    assert objects(store, own) == set()
    assert predeclared(own) == "PREFIX id: <https://w3id.org/entente/id/>\n"
    assert predeclared("SELECT * WHERE { ?s ?p ?o }") == ""


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("SELECT ?o WHERE { id:russia ent:formsBlocWith ?o ", "error at 1:"),
        ("SELECT ?o WHERE {\n  ?s unknown:thing ?o }", "error at 2:"),
    ],
)
def test_syntax_errors_name_the_line_as_sent(store: GraphStore, text: str, where: str) -> None:
    with pytest.raises(QuerySyntaxError) as raised:
        run_query(store, prepare_query(store, text, LIMITS), JSON)
    assert str(raised.value).startswith(where)

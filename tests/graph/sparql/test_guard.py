from __future__ import annotations

import pytest

from graph.errors import ForbiddenOperationError, InputError
from graph.sparql.guard import TooLargeError, analyse, check_text, with_limit

MAX_BYTES = 10_000


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "select * where { service silent <http://evil.example/> { ?s ?p ?o } }",
        "PREFIX e: <http://evil.example/>\nSELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "load silent <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://g>",
    ],
)
def test_service_and_load_are_forbidden(text: str) -> None:
    with pytest.raises(ForbiddenOperationError):
        check_text(text, max_bytes=MAX_BYTES)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { BIND("SERVICE <http://127.0.0.1:9/>" AS ?x) }',
        "SELECT * WHERE { BIND('''LOAD\n<http://x/>''' AS ?x) }",
        "# SERVICE <http://127.0.0.1:9/>\nSELECT * WHERE { ?service ?p ?o }",
        "PREFIX service: <http://x/>\nSELECT * WHERE { ?s service:load ?o }",
        "SELECT * WHERE { <http://x/SERVICE> ?p ?o FILTER(?o < 3 && 2 > 1) }",
    ],
)
def test_words_in_strings_iris_comments_and_names_are_fine(text: str) -> None:
    check_text(text, max_bytes=MAX_BYTES)


def test_service_on_the_allow_list_passes() -> None:
    text = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    check_text(text, service_allow_list=["https://query.wikidata.org/sparql"], max_bytes=MAX_BYTES)


def test_depth_is_checked_before_parsing() -> None:
    with pytest.raises(InputError, match="nested deeper than 512"):
        check_text("SELECT * WHERE " + "{" * 513 + "}" * 513, max_bytes=MAX_BYTES)
    check_text("SELECT * WHERE " + "{" * 500 + "}" * 500, max_bytes=MAX_BYTES)
    check_text('SELECT * WHERE { BIND("' + "{" * 500 + '" AS ?x) }', max_bytes=MAX_BYTES)


def test_a_query_nested_to_the_cap_parses_and_runs() -> None:
    """The cap sits below what the parser survives (with a margin): at the cap, it answers."""
    from pyoxigraph import QuerySolutions, Store

    text = "SELECT * WHERE " + "{" * 512 + " ?s ?p ?o " + "}" * 512
    check_text(text, max_bytes=MAX_BYTES)
    result = Store().query(text)
    assert isinstance(result, QuerySolutions) and list(result) == []


def test_size_cap() -> None:
    with pytest.raises(TooLargeError):
        check_text("SELECT * WHERE { ?s ?p ?o }" + " " * 10_000, max_bytes=MAX_BYTES)


def test_form_and_dataset_clauses() -> None:
    assert analyse("PREFIX x: <http://x/>\nBASE <http://b/>\nask { ?s ?p ?o }").form == "ASK"
    assert analyse("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }").is_update
    analysis = analyse("PREFIX g: <http://g/>\nSELECT * FROM g:one FROM NAMED <http://g/two> WHERE { ?s ?p ?o }")
    assert analysis.dataset_clauses() == [(False, "http://g/one"), (True, "http://g/two")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o }\nLIMIT 10\n"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 5", "SELECT * WHERE { ?s ?p ?o } LIMIT 5"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 500", "SELECT * WHERE { ?s ?p ?o } LIMIT 10"),
        (
            "SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } LIMIT 99 } } VALUES ?s { <http://x> }",
            "SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } LIMIT 99 } } LIMIT 10\nVALUES ?s { <http://x> }",
        ),
        ("SELECT * WHERE { ?s ?p ?o } # the end", "SELECT * WHERE { ?s ?p ?o } # the end\nLIMIT 10\n"),
    ],
)
def test_with_limit(text: str, expected: str) -> None:
    assert with_limit(analyse(text), text, 10) == expected


@pytest.mark.parametrize(
    "query",
    [
        "PREFIX o: <http://x#> SELECT * WHERE { ?c a o:.SERVICE <http://127.0.0.1:9/> { ?a ?b ?x } }",
        "SELECT * WHERE { ?c ?p true.SERVICE <http://127.0.0.1:9/> { ?a ?b ?x } }",
        "SELECT * WHERE { ?c ?p 1e5.SERVICE <http://127.0.0.1:9/> { ?a ?b ?x } }",
        'SELECT * WHERE { ?c ?p "x".SERVICE <http://127.0.0.1:9/> { ?a ?b ?x } }',
        "SELECT * WHERE { ?c ?p <http://a>.SERVICE <http://127.0.0.1:9/> { ?a ?b ?x } }",
        "INSERT { ?a ?b ?c } WHERE { ?c ?p :.SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } }",
    ],
)
def test_service_glued_to_the_previous_term_is_still_a_service(query: str) -> None:
    with pytest.raises(ForbiddenOperationError):
        check_text(query, max_bytes=100_000, service_allow_list=())


def test_dots_inside_prefixed_names_are_not_keywords() -> None:
    query = "PREFIX ex: <http://x#> SELECT * WHERE { ?s ex:a.SERVICE ?o . ?s ex:service ?x . ?s a ex:C. }"
    assert check_text(query, max_bytes=100_000, service_allow_list=()).form == "SELECT"

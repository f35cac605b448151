from __future__ import annotations

import re

import pytest

import queries
from graph.errors import InputError, NotFoundError
from graph.sparql.named import first_rows, run_named_query
from graph.store.base import Bindings, GraphStore, SelectResult
from graph.store.binding import bind_values

REQUIRED_QUERIES = {"actor_relations", "who_sanctions", "blocs", "evidence_for", "contested_claims", "timeline"}


def test_every_query_file_has_a_header_and_parses(store: GraphStore) -> None:
    registry = queries.registry()
    assert set(registry) >= REQUIRED_QUERIES
    for query in registry.values():
        assert query.title and query.description
        values = {p.name: "russia" for p in query.parameters if p.required and p.type == "actor"}
        values |= {
            p.name: "https://w3id.org/entente/id/claim/x" for p in query.parameters if p.required and p.type == "iri"
        }
        run_named_query(store, query.name, values)  # raises on a syntax error


def test_unknown_query_and_parameters_are_named() -> None:
    with pytest.raises(NotFoundError) as caught:
        run_named_query(None, "nope", {})  # type: ignore[arg-type]
    assert "actor_relations" in caught.value.suggestions


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"actor": "russia", "as_of": "2024-13-01"}, "not a date"),
        ({"actor": "russia", "direction": "sideways"}, "not one of"),
        ({"actor": "russia", "colour": "red"}, "unknown"),
        ({"actor": "russia", "min_confidence": "high"}, "not a number"),
        ({}, "required"),
    ],
)
def test_bad_parameters_are_input_errors_naming_the_parameter(
    store: GraphStore, params: dict[str, str], message: str
) -> None:
    with pytest.raises(InputError) as caught:
        run_named_query(store, "actor_relations", params)
    assert message in str(caught.value)


def test_an_unknown_actor_parameter_lists_the_closest_names(store: GraphStore) -> None:
    with pytest.raises(NotFoundError) as caught:
        run_named_query(store, "actor_relations", {"actor": "Rusia"})
    assert "Russia" in caught.value.suggestions


def test_injection_attempts_stay_values(store: GraphStore) -> None:
    before = store.canonical_nquads()
    for hostile in ["Russia> } ; DROP ALL ; #", '") } DROP ALL #']:
        with pytest.raises(NotFoundError):
            run_named_query(store, "actor_relations", {"actor": hostile})
    assert store.canonical_nquads() == before


def test_filters_see_bound_values_and_unbound_ones_match_everything(store: GraphStore) -> None:
    everything = run_named_query(store, "actor_relations", {"actor": "russia"})
    out = run_named_query(store, "actor_relations", {"actor": "russia", "direction": "out"})
    before_war = run_named_query(store, "actor_relations", {"actor": "russia", "as_of": "2021-01-01"})
    known_early = run_named_query(store, "actor_relations", {"actor": "russia", "known_at": "2024-11-01"})
    sure = run_named_query(store, "actor_relations", {"actor": "russia", "min_confidence": "0.85"})
    assert 0 < len(out) < len(everything)
    assert len(before_war) == 0 and len(known_early) == 0
    assert 0 < len(sure) < len(everything)


def test_bind_values_puts_a_values_block_at_the_head_of_the_where_group() -> None:
    from pyoxigraph import Literal

    text = bind_values("# WHERE { not here\nSELECT ?x WHERE { ?x ?p ?o }", {"o": Literal('a "b" } #'), "x": None})
    assert 'VALUES (?o ?x) { ("a \\"b\\" } #" UNDEF) }' in text
    assert text.index("VALUES") > text.index("SELECT")
    with pytest.raises(ValueError, match="variable"):
        bind_values("SELECT * WHERE {}", {"x y": None})


def test_first_rows_reads_one_row_past_the_limit_and_no_more(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = run_named_query(store, "claims", {})
    assert len(everything) > 6
    read: list[int] = []
    select = store.select

    def counting(query: str, bindings: Bindings | None = None) -> SelectResult:
        result = select(query, bindings)
        read.append(len(result))
        return result

    monkeypatch.setattr(store, "select", counting)
    first = first_rows(store, "claims", {}, 5)
    assert first.truncated and first.result.rows == everything.rows[:5]
    assert first.result.variables == everything.variables
    assert read[-1] == 6  # the engine stopped at limit + 1: the other rows were never read
    whole = first_rows(store, "claims", {}, len(everything))
    assert not whole.truncated and whole.result.rows == everything.rows
    assert read[-1] == len(everything)


def test_named_queries_carry_no_limit_of_their_own() -> None:
    """first_rows appends LIMIT and OFFSET; a query with its own would not parse."""
    for query in queries.registry().values():
        code = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
        assert not re.search(r"\b(LIMIT|OFFSET)\b", code, re.IGNORECASE), query.name

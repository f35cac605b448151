"""The named queries whose actor parameters are matched in the triple patterns (not FILTERs over
every claim) answer row for row as the FILTER shape they replaced, on the seed and on a generated
world, with and without each parameter, and through ``first_rows`` as the route runs them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import queries
from graph.clocks import expand
from graph.sparql.named import bind_parameters, first_rows
from graph.store.base import GraphStore
from graph.store.binding import paged
from graph.store.embedded import EmbeddedStore
from tests.support.worlds import load_world

# who_sanctions as it was before (c2e928a): ?_target and ?_by compared in FILTERs.
WHO_SANCTIONS_FILTERED = """#+ title: Who sanctions whom
#+ description: Asserted sanctions claims (the FILTER shape).
#+ param: target actor -- the sanctioned actor
#+ param: by actor -- the sanctioning actor
#+ param: as_of date -- only sanctions in force on this date
PREFIX ent: <https://w3id.org/entente/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?by ?target ?claim ?assertedBy ?confidence ?validFrom ?validUntil ?quote ?source ?published
WHERE {
  ?claim ent:relation ent:sanctions .
  ?claim ent:subject ?by .
  ?claim ent:object ?target .
  ?claim ent:status ent:Asserted .
  ?claim ent:negated false .
  ?claim ent:confidence ?confidence .
  ?claim ent:assertedBy ?assertedBy .
  ?claim prov:wasDerivedFrom ?evidence .
  ?evidence ent:quote ?quote .
  ?evidence dct:source ?source .
  ?source dct:issued ?published .
  OPTIONAL { ?claim ent:validFrom ?validFrom }
  OPTIONAL { ?claim ent:validUntil ?validUntil }
  FILTER(!BOUND(?_by) || ?by = ?_by)
  FILTER(!BOUND(?_target) || ?target = ?_target)
  FILTER(ent:validOn(?validFrom, ?validUntil, ?_as_of))
}
ORDER BY ?target ?by ?claim
"""


def rows(store: GraphStore, query: queries.NamedQuery, params: dict[str, str], limit: int = 100_000) -> object:
    result = store.select(paged(expand(query.text), limit, 0), bind_parameters(store, query, params))
    return result.variables, result.rows


def assert_same(store: GraphStore, actors: list[str]) -> int:
    old = queries.parse_definition("who_sanctions", WHO_SANCTIONS_FILTERED)
    new = queries.get("who_sanctions")
    assert "FILTER(!BOUND(?_target)" not in new.text  # the shape under test is the one shipped
    cases: list[dict[str, str]] = [{}, {"as_of": "2015-06-30"}]
    for actor in actors:
        cases += [{"target": actor}, {"by": actor}, {"target": actor, "as_of": "2024-11-08"}]
    cases.append({"target": actors[0], "by": actors[1]})
    seen = 0
    for params in cases:
        found = rows(store, new, params)
        assert found == rows(store, old, params), params
        seen += len(found[1])  # type: ignore[index]
        shown = first_rows(store, "who_sanctions", params, 5)
        assert (shown.result.variables, shown.result.rows) == rows(store, old, params, 5), params
    return seen


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, list[str]]]:
    out = tmp_path_factory.mktemp("world")
    store = EmbeddedStore(out / "store")
    actors = load_world(store, out, 3000, seed=3)
    yield store, actors
    store.close()


def test_who_sanctions_on_the_seed(store: GraphStore) -> None:
    assert assert_same(store, ["russia", "united-states", "european-union", "iran"]) > 0


def test_who_sanctions_on_a_generated_world(world: tuple[GraphStore, list[str]]) -> None:
    store, actors = world
    assert assert_same(store, actors[:15]) > 100

"""The named queries whose actor parameters are matched in the triple patterns (not FILTERs over
every claim) answer row for row as the FILTER shape they replaced, on the seed and on a generated
world, with and without each parameter, and through ``first_rows`` as the route runs them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pyoxigraph import NamedNode

import queries
from bench.generate import write_world
from graph.clocks import expand
from graph.intake.load import init_store, load_files
from graph.sparql.named import bind_parameters, first_rows
from graph.store.base import GraphStore
from graph.store.binding import paged
from graph.store.embedded import EmbeddedStore

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


# contested_claims as it was before: ?_actor compared in a FILTER over every claim.
CONTESTED_FILTERED = """#+ title: Contested claims
#+ description: The same subject, relation and object asserted by one party and negated, or given another
#+ description: status, by another (either direction for symmetric relations). One row a pair.
#+ param: actor actor -- only contests about this actor
PREFIX ent: <https://w3id.org/entente/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?subject ?relation ?object ?claim ?assertedBy ?negated ?status ?quote
       ?otherClaim ?otherAssertedBy ?otherNegated ?otherStatus ?otherQuote
WHERE {
  ?claim ent:subject ?subject .
  ?claim ent:relation ?relation .
  ?claim ent:object ?object .
  ?claim ent:assertedBy ?assertedBy .
  ?claim ent:negated ?negated .
  ?claim ent:status ?status .
  ?otherClaim ent:relation ?relation .
  {
    ?otherClaim ent:subject ?subject .
    ?otherClaim ent:object ?object .
  } UNION {
    ?relation a owl:SymmetricProperty .
    ?otherClaim ent:subject ?object .
    ?otherClaim ent:object ?subject .
  }
  ?otherClaim ent:assertedBy ?otherAssertedBy .
  ?otherClaim ent:negated ?otherNegated .
  ?otherClaim ent:status ?otherStatus .
  ?claim prov:wasDerivedFrom/ent:quote ?quote .
  ?otherClaim prov:wasDerivedFrom/ent:quote ?otherQuote .
  FILTER(?assertedBy != ?otherAssertedBy)
  FILTER(?negated != ?otherNegated || ?status != ?otherStatus)
  FILTER(!?negated && ?status = ent:Asserted)
  FILTER(!BOUND(?_actor) || ?subject = ?_actor || ?object = ?_actor)
}
ORDER BY ?subject ?relation ?object ?claim ?otherClaim
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


def assert_contested_same(store: GraphStore, actors: list[str]) -> int:
    old = queries.parse_definition("contested_claims", CONTESTED_FILTERED)
    new = queries.get("contested_claims")
    assert "FILTER(!BOUND(?_actor)" not in new.text
    seen = 0
    for params in [{}, *({"actor": actor} for actor in actors)]:
        found = rows(store, new, params)
        assert found == rows(store, old, params), params
        seen += len(found[1])  # type: ignore[index]
    return seen


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, list[str]]]:
    out = tmp_path_factory.mktemp("world")
    write_world(out, 3000, seed=3)
    store = EmbeddedStore(out / "store")
    init_store(store)
    load_files(store, [out / "actors.ttl"])
    load_files(store, [out / "claims.csv"])
    actors = (out / "actors.txt").read_text(encoding="utf-8").split()
    yield store, actors
    store.close()


def test_who_sanctions_on_the_seed(store: GraphStore) -> None:
    assert assert_same(store, ["russia", "united-states", "european-union", "iran"]) > 0


def test_who_sanctions_on_a_generated_world(world: tuple[GraphStore, list[str]]) -> None:
    store, actors = world
    assert assert_same(store, actors[:15]) > 100


def test_contested_claims_on_the_seed(store: GraphStore) -> None:
    assert assert_contested_same(store, ["russia", "united-states", "iran", "ukraine"]) > 0


def test_contested_claims_about_oneself(store: GraphStore) -> None:
    """A contested claim whose subject is its object: one row a pair, as before, not two."""
    ent, idn = "https://w3id.org/entente/ontology#", "https://w3id.org/entente/id/"
    parts = []
    for name, by, negated in (("self-a", "united-states", "false"), ("self-b", "iran", "true")):
        claim = "<" + idn + "claim/" + name + ">"
        parts.append(
            f"{claim} <{ent}subject> <{idn}russia> ; <{ent}relation> <{ent}criticises> ; <{ent}object> <{idn}russia> ;"
            f" <{ent}assertedBy> <{idn}{by}> ; <{ent}negated> {negated} ; <{ent}status> <{ent}Asserted> ;"
            f" <http://www.w3.org/ns/prov#wasDerivedFrom> <{idn}evidence/{name}> ."
            f' <{idn}evidence/{name}> <{ent}quote> "{name}" .'
        )
    store.update("INSERT DATA { " + " ".join(parts) + " }")
    assert assert_contested_same(store, ["russia"]) > 0
    result = store.select(expand(queries.get("contested_claims").text), {"_actor": NamedNode(idn + "russia")})
    assert sum(1 for row in result.rows if "self-a" in str(row[3])) == 1


def test_contested_claims_on_a_generated_world(world: tuple[GraphStore, list[str]]) -> None:
    store, actors = world
    assert assert_contested_same(store, actors[:25]) > 10

"""``contested_claims`` from the claims index is the very answer SPARQL gives: the same rows in the
same order, for every actor and for the whole graph; data the index cannot answer exactly goes to
SPARQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode

from graph.clocks import expand
from graph.index import claims_index
from graph.intake.load import init_store, load_files
from graph.model.catalogue import catalogue
from graph.namespaces import ENT, sparql
from graph.sparql.named import bind_parameters, first_rows, from_index, named_query, run_named_query
from graph.store.base import GraphStore, SelectResult
from graph.store.binding import bind_values
from graph.store.embedded import EmbeddedStore
from tests.support.worlds import indexed_world

HEADER = "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,source_url,source_title,publisher,published\n"
# Two parties on the same ties: a denial, another status, and a symmetric relation told the other way round.
CONTESTS = HEADER + (
    "iran,supports,hezbollah,,,united-states,asserted,0.9,false,Iran arms Hezbollah.,https://example.org/a,A,,2024-01-02\n"
    "iran,supports,hezbollah,,,iran,asserted,0.9,true,Iran denies arming Hezbollah.,https://example.org/b,B,,2024-01-03\n"
    "china,cooperatesWith,russia,,,china,asserted,0.8,false,China and Russia cooperate.,https://example.org/c,C,,2024-02-01\n"
    "russia,cooperatesWith,china,,,united-states,candidate,0.5,false,Russia works with China.,https://example.org/d,D,,2024-02-02\n"
    "france,sanctions,iran,,,france,asserted,1,false,France sanctions Iran.,https://example.org/e,E,,2024-03-01\n"
    "iran,sanctions,france,,,germany,asserted,1,true,Iran does not sanction France.,https://example.org/f,F,,2024-03-02\n"
)
# A copy of a claim under another IRI, in a graph of its own, without a confidence: the index leaves it
# out (its lookups need one), the contested claims still see it.
COPY_WITHOUT_CONFIDENCE = sparql(
    """INSERT { GRAPH <urn:x:copy> { ?copy ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ?st ;
                                   ent:negated true ; ent:assertedBy <urn:x:nobody> ; prov:wasDerivedFrom ?e } }
WHERE { GRAPH ?g { ?claim ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ?st ; prov:wasDerivedFrom ?e } }"""
)


def engine(store: GraphStore, params: dict[str, str]) -> SelectResult:
    query = named_query("contested_claims")
    return store.select(expand(query.text), bind_parameters(store, query, params))


def indexed(store: GraphStore, params: dict[str, str]) -> SelectResult | None:
    query = named_query("contested_claims")
    return from_index(store, "contested_claims", bind_parameters(store, query, params))


def assert_same(store: GraphStore, params: dict[str, str]) -> int:
    """The index answers, with SPARQL's rows in SPARQL's order (rows that tie on the ORDER BY, one
    claim pair's quotes, in any order)."""
    hot, plain = indexed(store, params), engine(store, params)
    assert hot is not None, params
    assert hot.variables == plain.variables
    key = [0, 1, 2, 3, 8]
    assert [[row[i] for i in key] for row in hot.rows] == [[row[i] for i in key] for row in plain.rows], params
    assert sorted(map(str, hot.rows)) == sorted(map(str, plain.rows)), params
    return len(hot.rows)


@pytest.fixture
def contested(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    assert claims_index(store) is not None  # follows every write from the start
    init_store(store)
    (tmp_path / "contests.csv").write_text(CONTESTS, encoding="utf-8")
    load_files(store, [tmp_path / "contests.csv"])
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    yield store
    store.close()


def test_the_contests_answer_alike_for_every_actor_and_the_whole_graph(contested: EmbeddedStore) -> None:
    assert assert_same(contested, {}) >= 3  # the denial, the other status the other way round, the one-way sanctions
    # China's cooperation is contested by a candidate claim told the other way round (symmetric).
    told = {(r["relation"], r["otherStatus"], r["otherQuote"]) for r in engine(contested, {"actor": "china"}).dicts()}
    assert (
        NamedNode(ENT + "cooperatesWith"),
        NamedNode(ENT + "Candidate"),
        Literal("Russia works with China."),
    ) in told
    for actor in sorted({a.iri for a in catalogue(contested).actors.values()}):
        assert_same(contested, {"actor": actor})
    # Sanctions are not symmetric: Iran's denial of sanctioning France contests nothing of France's.
    assert not engine(contested, {"actor": "france"}).rows


def test_the_named_query_runners_answer_from_the_index(
    contested: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = engine(contested, {"actor": "iran"})
    plain = contested.select

    def select(query: str, *args: object, **kwargs: object) -> SelectResult:
        assert "otherClaim" not in query, "asked SPARQL"
        return plain(query, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contested, "select", select)
    assert run_named_query(contested, "contested_claims", {"actor": "iran"}).rows == whole.rows
    first = first_rows(contested, "contested_claims", {"actor": "iran"}, 1)
    assert first.result.rows == whole.rows[:1] and first.truncated == (len(whole.rows) > 1)
    # No contest is an answer too (an empty one was taken for none, and SPARQL asked).
    assert first_rows(contested, "contested_claims", {"actor": "france"}, 10).result.rows == []


def test_a_claim_the_index_leaves_out_sends_its_actors_to_sparql(contested: EmbeddedStore) -> None:
    iran = catalogue(contested).resolve_actor("iran").iri
    claim = engine(contested, {"actor": "iran"}).rows[0][3]
    assert isinstance(claim, NamedNode)
    copy = NamedNode("urn:x:copy1")
    contested.update(bind_values(COPY_WITHOUT_CONFIDENCE, {"claim": claim, "copy": copy}))
    index = claims_index(contested)
    assert index is not None and index.ready(wait=True)
    assert not index.answers(iran)
    assert indexed(contested, {"actor": "iran"}) is None and indexed(contested, {}) is None
    answer = run_named_query(contested, "contested_claims", {"actor": "iran"})
    assert copy in [row[8] for row in answer.rows]  # SPARQL answered, the copy among the contests


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, list[str]]]:
    out = tmp_path_factory.mktemp("world")
    store = indexed_world("generated", out)
    yield store, (out / "actors.txt").read_text(encoding="utf-8").split()
    store.close()


def test_a_generated_world_answers_alike(world: tuple[GraphStore, list[str]]) -> None:
    store, actors = world
    assert assert_same(store, {}) > 10
    assert sum(assert_same(store, {"actor": actor}) for actor in actors[:30] + actors[-5:]) > 10


def test_the_claim_side_drives_the_pairs(contested: EmbeddedStore) -> None:
    # Left to itself SQLite met an actor's few claims from every claim of the symmetric relations.
    from graph.index.contested import OF_ACTOR

    index = claims_index(contested)
    assert index is not None
    params = {"actor": catalogue(contested).resolve_actor("iran").iri, "asserted": ENT + "Asserted", "symmetric": "[]"}
    details = [row[-1] for row in index.rows("EXPLAIN QUERY PLAN " + OF_ACTOR, params)]
    assert sum(d.startswith("SCAN c") for d in details) == 2, details
    assert sum(d.startswith("SEARCH o USING PRIMARY KEY") for d in details) == 2, details

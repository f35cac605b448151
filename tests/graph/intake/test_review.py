from __future__ import annotations

import pytest

from graph.errors import InputError
from graph.intake.claims_format import read_claims
from graph.intake.load import load_claims_bytes
from graph.intake.review import rejected_claims, review
from graph.model.catalogue import catalogue
from graph.model.terms import short
from graph.sparql.named import run_named_query
from graph.store.base import GraphStore
from tests.support.data import claims_csv

CANDIDATES = claims_csv(
    'france,sanctions,iran,,,,candidate,0.6,false,"France imposed sanctions on Iran.",,Wire,,2024-03-01',
    'germany,supports,ukraine,,,,candidate,0.7,false,"Germany sent weapons to Ukraine.",,Wire,,2024-03-01',
)
EDGE = "ASK { <https://w3id.org/entente/id/france> <https://w3id.org/entente/ontology#sanctions> <https://w3id.org/entente/id/iran> }"


def relations(store: GraphStore, actor: str, status: str = "asserted") -> set[tuple[str, str, str]]:
    rows = run_named_query(store, "actor_relations", {"actor": actor, "status": status}).dicts()
    return {(short(r["subject"]), short(r["relation"]), short(r["object"])) for r in rows}


def test_candidates_are_stored_and_queryable_but_draw_no_edge(store: GraphStore) -> None:
    load_claims_bytes(store, CANDIDATES, "candidates.csv")
    assert ("id:france", "ent:sanctions", "id:iran") in relations(store, "france", "candidate")
    assert relations(store, "france") == set()
    assert not store.ask(EDGE)


def test_accepting_a_candidate_makes_its_edge_appear_in_actor_relations(store: GraphStore) -> None:
    load_claims_bytes(store, CANDIDATES, "candidates.csv")
    claims = read_claims(CANDIDATES, "candidates.csv", catalogue(store))
    review(store, claims, accept=[1], reject=[])
    assert ("id:france", "ent:sanctions", "id:iran") in relations(store, "iran")
    assert relations(store, "france", "candidate") == set()
    assert store.ask(EDGE)


def test_rejecting_a_candidate_leaves_only_the_memory_of_its_rejection(store: GraphStore) -> None:
    before = store.canonical_nquads()
    load_claims_bytes(store, CANDIDATES, "candidates.csv")
    claims = read_claims(CANDIDATES, "candidates.csv", catalogue(store))
    review(store, claims, accept=[], reject=[1, 2])
    after = store.canonical_nquads()
    added = [q for q in after if q not in before]
    remembered = [q for q in added if "graph/rejected" in q]
    assert set(before) <= set(after) and len(remembered) == 2
    assert all("invalidatedAtTime" in q for q in remembered)
    assert all(q.endswith("<https://w3id.org/entente/id/graph/audit>") for q in added if q not in remembered)
    assert rejected_claims(store, [c.iri for c in claims]) == {c.iri.value for c in claims}


def test_a_rejected_row_stays_rejected_until_restored(store: GraphStore) -> None:
    load_claims_bytes(store, CANDIDATES, "candidates.csv")
    claims = read_claims(CANDIDATES, "candidates.csv", catalogue(store))
    review(store, claims, accept=[], reject=[1])
    before = store.canonical_nquads()
    with pytest.raises(InputError, match="row 1 was rejected earlier"):
        review(store, claims, accept=[1, 2], reject=[])
    assert store.canonical_nquads() == before and not store.ask(EDGE)
    report = review(store, claims, accept=[1], reject=[], restore=[1])
    assert report.restored == 1 and store.ask(EDGE)
    assert rejected_claims(store, [claims[0].iri]) == set()


def test_rejecting_a_row_never_loaded_is_remembered(store: GraphStore) -> None:
    claims = read_claims(CANDIDATES, "candidates.csv", catalogue(store))
    review(store, claims, accept=[], reject=[2])
    with pytest.raises(InputError):
        review(store, claims, accept=[2], reject=[])


def test_accepting_a_row_never_loaded_loads_it_asserted(store: GraphStore) -> None:
    claims = read_claims(CANDIDATES, "candidates.csv", catalogue(store))
    review(store, claims, accept=[2], reject=[])
    assert ("id:germany", "ent:supports", "id:ukraine") in relations(store, "ukraine")


def test_bad_row_numbers_change_nothing(store: GraphStore) -> None:
    load_claims_bytes(store, CANDIDATES, "candidates.csv")
    claims = read_claims(CANDIDATES, "candidates.csv", catalogue(store))
    before = store.canonical_nquads()
    for accept, reject in [([3], []), ([1], [1])]:
        with pytest.raises(InputError):
            review(store, claims, accept=accept, reject=reject)
    assert store.canonical_nquads() == before

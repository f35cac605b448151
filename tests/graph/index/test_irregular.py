"""Data the claims index cannot answer exactly is left to SPARQL, so both paths answer alike: a day
not written YYYY-MM-DD (a SPARQL update may write ``"2020-1-5"^^xsd:date``), and a claim without
one of its required properties."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode

from graph.index import claims_index
from graph.intake.load import init_store
from graph.namespaces import XSD, sparql
from graph.reads.listing import find_claims
from graph.reads.relations import actor_relations
from graph.store.binding import bind_values
from graph.store.embedded import EmbeddedStore

VALID_FROM = sparql(
    """DELETE { GRAPH ?g { ?claim ent:validFrom ?old } } INSERT { GRAPH ?g { ?claim ent:validFrom ?day } }
WHERE { GRAPH ?g { ?claim ent:subject ?s } OPTIONAL { GRAPH ?g { ?claim ent:validFrom ?old } } }"""
)
# The claim again under another IRI, in a graph of its own, without ent:negated.
COPY_WITHOUT_NEGATED = sparql(
    """INSERT { GRAPH <urn:x:copy> { ?copy ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ?st ;
                                   ent:confidence ?c ; ent:assertedBy ?a ; prov:wasDerivedFrom ?e } }
WHERE { GRAPH ?g { ?claim ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ?st ;
                   ent:confidence ?c ; ent:assertedBy ?a ; prov:wasDerivedFrom ?e } }"""
)
SANCTIONS = {"relation": "sanctions"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "store")
    assert claims_index(store) is not None  # follows every write from the start
    init_store(store)
    yield store
    store.close()


def same_listing(store: EmbeddedStore, filters: dict[str, str]) -> None:
    indexed = find_claims(store, filters, limit=50, offset=0, indexed=True)
    engine = find_claims(store, filters, limit=50, offset=0, indexed=False)
    assert asdict(indexed) == asdict(engine), filters


def same_lookup(store: EmbeddedStore, actor: str, filters: dict[str, str]) -> None:
    indexed = actor_relations(store, actor, filters, limit=50, offset=0, indexed=True)
    engine = actor_relations(store, actor, filters, limit=50, offset=0, indexed=False)
    assert asdict(indexed.relations) == asdict(engine.relations), filters


def test_a_day_not_written_yyyy_mm_dd_is_left_to_sparql(store: EmbeddedStore) -> None:
    claim = find_claims(store, SANCTIONS, limit=1, offset=0).data[0]
    day = Literal("2020-1-5", datatype=NamedNode(XSD + "date"))
    store.update(bind_values(VALID_FROM, {"claim": NamedNode(claim.iri), "day": day}))
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    assert not index.answers(claim.subject.iri)
    for as_of in ("2015-06-30", "2030-01-01"):
        same_listing(store, {**SANCTIONS, "as_of": as_of})
        same_lookup(store, claim.subject.id, {"as_of": as_of})


def test_a_claim_without_negated_is_no_claim_on_either_path(store: EmbeddedStore) -> None:
    claim = find_claims(store, SANCTIONS, limit=1, offset=0).data[0]
    store.update(bind_values(COPY_WITHOUT_NEGATED, {"claim": NamedNode(claim.iri), "copy": NamedNode("urn:x:copy1")}))
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    before = find_claims(store, SANCTIONS, limit=50, offset=0, indexed=False)
    assert "urn:x:copy1" not in [c.iri for c in before.data] and before.total == len(before.data)
    same_listing(store, SANCTIONS)
    same_listing(store, {**SANCTIONS, "subject": claim.subject.id})


def test_an_index_file_held_as_it_is_opened_is_kept_and_read_once_free(tmp_path: Path) -> None:
    # A lock is no sign of a broken file: opening waits, then answers through SPARQL, and deletes nothing.
    import sqlite3

    from graph.index.claims import INDEX_FILE

    first = EmbeddedStore(tmp_path / "store")
    assert claims_index(first) is not None
    init_store(first)
    first.close()
    path = tmp_path / "store" / INDEX_FILE
    size = path.stat().st_size
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    store = EmbeddedStore(tmp_path / "store")
    try:
        assert claims_index(store) is None
        assert path.stat().st_size == size
        holder.execute("COMMIT")
        index = claims_index(store)
        assert index is not None and index.ready(wait=True) and index.whole()
    finally:
        holder.close()
        store.close()


def test_a_followed_writes_source_checks_read_the_facts_by_source() -> None:
    # Without the index on the facts, UNDATED scanned them once per source: a million-claim load stalled.
    import sqlite3

    from graph.index import sources

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE source_list (source TEXT PRIMARY KEY, published TEXT, regular INTEGER)")
    for statement in sources.CREATE_TEMPORARY:
        db.execute(statement)
    db.execute(sources.FACTS_INDEX)
    plan = " ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sources.UNDATED))
    assert "source_facts_k" in plan, plan

from __future__ import annotations

import csv
import io

from graph.intake.load import seed_files
from graph.model.catalogue import catalogue
from graph.model.terms import short
from graph.sparql.named import run_named_query
from graph.store.base import GraphStore
from tests.support.data import SEED_ARTICLE


def seed_rows() -> list[dict[str, str]]:
    return [row for _name, data in seed_files() for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))]


def test_every_seed_quote_occurs_verbatim_in_the_article() -> None:
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    rows = seed_rows()
    assert len(rows) >= 12
    missing = [row["quote"] for row in rows if row["quote"] not in article]
    assert missing == []


def test_seed_claims_name_their_asserter_dates_and_confidence() -> None:
    for row in seed_rows():
        assert row["published"] == "2024-11-08"
        assert row["valid_from"], row
        assert 0 <= float(row["confidence"]) <= 1


def test_moscow_resolves_to_russia_and_lists_the_seed_relations(store: GraphStore) -> None:
    result = run_named_query(store, "actor_relations", {"actor": "Moscow"})
    edges = {(short(r["subject"]), short(r["relation"]), short(r["object"])) for r in result.dicts()}
    assert {
        ("id:russia", "ent:formsBlocWith", "id:iran"),
        ("id:russia", "ent:formsBlocWith", "id:north-korea"),
        ("id:russia", "ent:formsBlocWith", "id:china"),
        ("id:russia", "ent:seeksResetWith", "id:united-states"),
        ("id:russia", "ent:attacks", "id:ukraine"),
        ("id:russia", "ent:criticises", "id:nato"),
        ("id:united-states", "ent:sanctions", "id:russia"),
    } <= edges
    assert all(r["quote"] is not None and r["published"] is not None for r in result.dicts())


def test_the_brics_contest_is_visible(store: GraphStore) -> None:
    rows = run_named_query(store, "contested_claims", {}).dicts()
    pairs = {(short(r["assertedBy"]), short(r["otherAssertedBy"]), short(r["object"])) for r in rows}
    assert ("id:isw", "id:vladimir-putin", "id:iran") in pairs
    assert ("id:isw", "id:vladimir-putin", "id:china") in pairs
    assert all(r["otherNegated"].value == "true" for r in rows)  # type: ignore[union-attr]


def test_seed_actors_have_their_codes_wikidata_and_news_names(store: GraphStore) -> None:
    known = catalogue(store)
    for name, actor_id in [
        ("Moscow", "russia"), ("the Kremlin", "russia"), ("RUS", "russia"), ("U.S.", "united-states"),
        ("Washington", "united-states"), ("DPRK", "north-korea"), ("Pyongyang", "north-korea"),
        ("PRC", "china"), ("Beijing", "china"), ("Tehran", "iran"), ("Kyiv", "ukraine"),
        ("North Atlantic Treaty Organization", "nato"), ("ISW", "isw"), ("Putin", "vladimir-putin"),
        ("trump", "donald-trump"), ("brics", "brics"), ("FRA", "france"),
    ]:  # fmt: skip
        assert known.resolve_actor(name).id == actor_id, name
    assert len([a for a in known.actors.values() if a.type == "State"]) > 190


def test_leaders_and_memberships_are_dated(store: GraphStore) -> None:
    rows = store.select(
        """PREFIX ent: <https://w3id.org/entente/ontology#>
        SELECT ?member ?org ?from WHERE { ?m a ent:Membership ; ent:member ?member ; ent:organisation ?org ;
        ent:validFrom ?from }"""
    ).rows
    memberships = {(short(m), short(o), short(f)) for m, o, f in rows}
    assert ("id:united-states", "id:nato", "1949-08-24") in memberships
    assert ("id:iran", "id:brics", "2024-01-01") in memberships

"""The reference evidence (memberships and leaders over time) as ``entente init`` loads it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.intake import init_store
from graph.model import short
from graph.reads import actor_detail
from graph.sparql import run_named_query
from graph.store import EmbeddedStore, GraphStore


@pytest.fixture(scope="module")
def world() -> Iterator[GraphStore]:
    """The store a new user gets: ontology, catalogue, seed and reference evidence."""
    store = EmbeddedStore()
    report = init_store(store, reference=True)
    assert report.quads == len(store), "the report counts what the store holds"
    assert report.claims > 800
    yield store
    store.close()


def related(store: GraphStore, actor: str, relation: str, as_of: str, direction: str = "out") -> set[str]:
    params = {"actor": actor, "relation": relation, "as_of": as_of, "direction": direction}
    rows = run_named_query(store, "actor_relations", params).dicts()
    side = "object" if direction == "out" else "subject"
    return {short(row[side]) for row in rows if short(row["negated"]) == "false"}


@pytest.mark.parametrize(
    ("member", "organisation", "before", "after"),
    [
        ("Sweden", "nato", "2024-03-06", "2024-03-08"),
        ("Finland", "nato", "2023-04-03", "2023-04-05"),
        ("Egypt", "brics", "2023-12-31", "2024-01-02"),
        ("Indonesia", "brics", "2025-01-05", "2025-01-07"),
        ("Iran", "sco", "2023-07-03", "2023-07-05"),
        ("Belarus", "sco", "2024-07-03", "2024-07-05"),
    ],
)
def test_accessions_hold_from_their_day(
    world: GraphStore, member: str, organisation: str, before: str, after: str
) -> None:
    assert "id:" + organisation not in related(world, member, "memberOf", before)
    assert "id:" + organisation in related(world, member, "memberOf", after)


@pytest.mark.parametrize(
    ("member", "organisation", "last", "after"),
    [
        ("United Kingdom", "european-union", "2020-01-31", "2020-02-01"),
        ("Mali", "ecowas", "2025-01-28", "2025-01-29"),
        ("Niger", "ecowas", "2025-01-28", "2025-01-29"),
        ("Qatar", "opec", "2018-12-31", "2019-01-01"),
    ],
)
def test_withdrawals_end_the_membership(
    world: GraphStore, member: str, organisation: str, last: str, after: str
) -> None:
    assert "id:" + organisation in related(world, member, "memberOf", last)
    assert "id:" + organisation not in related(world, member, "memberOf", after)


def test_a_membership_comes_with_its_source_and_quote(world: GraphStore) -> None:
    rows = run_named_query(
        world, "actor_relations", {"actor": "Sweden", "relation": "memberOf", "as_of": "2024-03-08"}
    ).dicts()
    nato = [row for row in rows if short(row["object"]) == "id:nato"]
    assert nato and all(row["quote"] is not None and row["source"] is not None for row in nato)


def test_who_led_germany(world: GraphStore) -> None:
    """Heads of state and of government both lead: the chancellor changes, the president stays."""
    in_2023 = related(world, "Germany", "leaderOf", "2023-06-01", "in")
    in_2025 = related(world, "Germany", "leaderOf", "2025-06-01", "in")
    assert "id:olaf-scholz" in in_2023 and "id:friedrich-merz" not in in_2023
    assert "id:friedrich-merz" in in_2025 and "id:olaf-scholz" not in in_2025
    assert "id:frank-walter-steinmeier" in in_2023 & in_2025


def test_russia_is_suspended_from_the_g8(world: GraphStore) -> None:
    assert "id:g8" in related(world, "Russia", "suspendedFrom", "2015-01-01")


def test_saudi_arabias_brics_membership_is_contested(world: GraphStore) -> None:
    rows = run_named_query(world, "contested_claims", {"actor": "Saudi Arabia"}).dicts()
    pairs = {(short(r["subject"]), short(r["relation"]), short(r["object"])) for r in rows}
    assert ("id:saudi-arabia", "ent:memberOf", "id:brics") in pairs


def test_an_actor_lists_its_memberships_and_leaders_from_the_reference(world: GraphStore) -> None:
    russia = actor_detail(world, "Russia")
    assert {"sco", "csto", "brics", "united-nations"} <= {m.actor.id for m in russia.memberships}
    assert "vladimir-putin" in {leader.person.id for leader in russia.leaders}
    nato = actor_detail(world, "NATO")
    sweden = [m for m in nato.members if m.person.id == "sweden"]
    assert [str(m.valid_from) for m in sweden] == ["2024-03-07"]

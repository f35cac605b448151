"""A claim's life: retract, restore, supersede, each one atomic update recorded with who and when."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from graph.errors import InputError, NotFoundError
from graph.intake import restore, retract, supersede
from graph.model import short
from graph.reads import history, status_at
from graph.sparql import run_named_query
from graph.store import GraphStore

EDGE = "ASK WHERE { GRAPH ?g { <https://w3id.org/entente/id/%s> <https://w3id.org/entente/ontology#formsBlocWith> <https://w3id.org/entente/id/%s> } }"


def isw_claim(store: GraphStore, obj: str, status: str = "asserted") -> str:
    params = {"actor": "Russia", "relation": "formsBlocWith", "direction": "out", "status": status}
    rows = run_named_query(store, "actor_relations", params).dicts()
    [claim] = {
        short(r["claim"]) for r in rows if short(r["object"]) == "id:" + obj and short(r["assertedBy"]) == "id:isw"
    }
    return claim.removeprefix("id:claim/")


def statuses(store: GraphStore, claim: str) -> list[str]:
    iri = "https://w3id.org/entente/id/claim/" + claim
    return [
        str(q.object) for q in store.quads() if str(q.subject) == f"<{iri}>" and str(q.predicate).endswith("#status>")
    ]


def test_retract_and_restore_one_claim(store: GraphStore) -> None:
    claim = isw_claim(store, "iran")
    change = retract(store, claim, by="Ana", reason="misread the source")
    assert (change.from_status, change.to_status, change.by) == ("asserted", "retracted", "Ana")
    assert statuses(store, claim) == ["<https://w3id.org/entente/ontology#Retracted>"]  # one status, never two
    assert not store.ask(EDGE % ("russia", "iran")) and not store.ask(EDGE % ("iran", "russia"))  # symmetric: both
    assert store.ask(EDGE % ("russia", "china"))  # the other claims keep their edges
    restore(store, claim, by="Ana")
    assert store.ask(EDGE % ("russia", "iran")) and store.ask(EDGE % ("iran", "russia"))
    assert [(c.from_status, c.to_status, c.reason) for c in history(store, claim)] == [
        (None, "asserted", "entente init"),  # recorded by the load that wrote it
        ("asserted", "retracted", "misread the source"),
        ("retracted", "asserted", None),
    ]


def test_supersede_keeps_the_old_claim_and_points_to_the_new(store: GraphStore) -> None:
    old = isw_claim(store, "iran")
    change = supersede(store, old, by="Ben", reason="the bloc predates the speech", valid_from=date(2024, 1, 1))
    assert change.to_status == "superseded" and change.successor is not None
    assert isw_claim(store, "iran") == change.successor  # the relations show the successor only
    assert isw_claim(store, "iran", status="superseded") == old  # the old one is kept
    assert store.ask(EDGE % ("russia", "iran"))  # the successor draws the edge
    loaded, record = history(store, old)
    assert loaded.from_status is None and record.successor == change.successor and record.by == "Ben"
    [made] = history(store, change.successor)  # the successor was recorded by the correction
    assert (made.from_status, made.to_status, made.by, made.at) == (None, "asserted", "Ben", record.at)


def test_a_confidence_only_correction_gets_its_own_id(store: GraphStore) -> None:
    old = isw_claim(store, "china")
    change = supersede(store, old, by="Ben", reason="surer now", confidence=Decimal("0.95"))
    assert change.successor not in (None, old)


def test_wrong_transitions_are_refused_and_change_nothing(store: GraphStore) -> None:
    claim = isw_claim(store, "iran")
    before = store.canonical_nquads()
    with pytest.raises(InputError, match="cannot restore an asserted claim"):
        restore(store, claim, by="Ana")
    with pytest.raises(InputError, match="changes nothing"):
        supersede(store, claim, by="Ana", reason="none")
    assert store.canonical_nquads() == before


def test_an_unknown_claim_is_not_found(store: GraphStore) -> None:
    with pytest.raises(NotFoundError):
        retract(store, "0000000000000000", by="Ana", reason="x")


RELOAD = """subject,relation,object,status,quote,source_title,published
France,sanctions,Iran,{status},France adopted new sanctions on Iran.,A wire,2024-05-01
"""


def test_reloading_a_claim_with_another_status_is_a_recorded_change(store: GraphStore, tmp_path: Path) -> None:
    from graph.intake import load_files

    first, second = tmp_path / "claims.csv", tmp_path / "retracted.csv"
    first.write_text(RELOAD.format(status="asserted"), encoding="utf-8")
    second.write_text(RELOAD.format(status="retracted"), encoding="utf-8")
    load_files(store, [first], by="Ana")
    claim = isw_like(store, "france", "iran")
    assert store.ask(EDGE_SANCTIONS)
    load_files(store, [second], by="Ben")
    assert statuses(store, claim) == ["<https://w3id.org/entente/ontology#Retracted>"]  # one status, never two
    assert not store.ask(EDGE_SANCTIONS)  # the edge went with the assertion
    events = history(store, claim)
    assert [(e.from_status, e.to_status, e.by) for e in events] == [
        (None, "asserted", "Ana"),
        ("asserted", "retracted", "Ben"),
    ]
    assert status_at(events, "retracted", events[0].at) == "asserted"  # recorded_at before the retraction
    load_files(store, [second], by="Ben")  # the same file again changes nothing
    assert len(history(store, claim)) == 2


def test_a_superseded_claim_cannot_be_reloaded_under_another_status(store: GraphStore, tmp_path: Path) -> None:
    from graph.intake import load_files

    first = tmp_path / "claims.csv"
    first.write_text(RELOAD.format(status="asserted"), encoding="utf-8")
    load_files(store, [first], by="Ana")
    claim = isw_like(store, "france", "iran")
    supersede(store, claim, by="Ana", reason="dated", valid_from=date(2024, 4, 1))
    before = store.canonical_nquads()
    with pytest.raises(InputError, match="superseded by a corrected claim") as raised:
        load_files(store, [first], by="Ana")
    assert raised.value.problems[0].file == str(first)
    assert store.canonical_nquads() == before  # nothing written


EDGE_SANCTIONS = (
    "ASK WHERE { GRAPH ?g { <https://w3id.org/entente/id/france> "
    "<https://w3id.org/entente/ontology#sanctions> <https://w3id.org/entente/id/iran> } }"
)


def isw_like(store: GraphStore, subject: str, obj: str) -> str:
    params = {"actor": subject, "direction": "out", "status": ""}
    rows = run_named_query(store, "actor_relations", params).dicts()
    [claim] = {short(r["claim"]) for r in rows if short(r["object"]) == "id:" + obj}
    return claim.removeprefix("id:claim/")


def test_names_that_differ_in_case_are_two_agents(store: GraphStore) -> None:
    claim = isw_claim(store, "iran")
    retract(store, claim, by="Ana", reason="misread")
    restore(store, claim, by="ana")
    assert [c.by for c in history(store, claim) if c.from_status is not None] == ["Ana", "ana"]

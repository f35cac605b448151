"""Reviewing candidate claims: accept (assert, and draw the edge) or reject.

A rejected candidate is removed with its evidence (and its source if nothing is left), and one
quad remembers the rejection: ``<claim> prov:invalidatedAtTime <when>`` in the graph
``id:graph/rejected``, so that a later review cannot accept it again by accident. Restoring it
(:func:`restore_claims`) drops that quad; the row may then be accepted or rejected anew."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from pyoxigraph import Literal, NamedNode, Quad

from graph.errors import InputError, NotFoundError, Problem
from graph.intake.audit import GENERATED_BY, Activity, recorder
from graph.intake.lifecycle import change_statuses
from graph.model.catalogue import catalogue
from graph.model.claim import Claim, claim_quads
from graph.model.ids import claim_iri
from graph.namespaces import PROV, XSD, instance, sparql
from graph.store.base import GraphStore, touching
from graph.store.binding import bind_rows, bind_values

REJECTED_GRAPH = instance("graph/rejected")
INVALIDATED_AT = NamedNode(PROV + "invalidatedAtTime")
REJECTED_QUERY = sparql(
    "SELECT ?claim WHERE { GRAPH <" + REJECTED_GRAPH.value + "> { ?claim prov:invalidatedAtTime ?when } }"
)
RESTORE_UPDATE = sparql(
    """
DELETE { GRAPH <REJECTED> { ?claim prov:invalidatedAtTime ?when } }
WHERE { GRAPH <REJECTED> { ?claim prov:invalidatedAtTime ?when } }
""".replace("REJECTED", REJECTED_GRAPH.value)
)

CLAIM_QUERY = sparql(
    """
SELECT ?source ?status ?subject ?relation ?object ?negated WHERE {
  GRAPH ?source {
    ?_claim ent:status ?status ; ent:subject ?subject ; ent:relation ?relation ; ent:object ?object .
    OPTIONAL { ?_claim ent:negated ?negated }
  }
}
"""
)

# A candidate's own triples, then its evidence if no other claim cites it, then its source if
# no claim is left in the source's graph.
REJECT_CLAIM = sparql(
    """
DELETE { GRAPH ?_source { ?_claim ?p ?o . ?evidence ?ep ?eo } }
WHERE {
  GRAPH ?_source {
    ?_claim ?p ?o .
    OPTIONAL {
      ?_claim prov:wasDerivedFrom ?evidence .
      ?evidence ?ep ?eo .
      FILTER NOT EXISTS { ?other prov:wasDerivedFrom ?evidence . FILTER(?other != ?_claim) }
    }
  }
}
"""
)
SOURCE_HAS_CLAIMS = sparql(
    """
ASK WHERE { GRAPH ?_source { ?claim a ent:Claim } }
"""
)


# One review at a time: a check of a claim's status and the writes that follow it must not
# interleave with another review of the same claim (accept racing reject).
_REVIEW_LOCK = threading.RLock()


@dataclass(frozen=True)
class StoredClaim:
    iri: NamedNode
    source: NamedNode
    status: str  # asserted, candidate, retracted
    subject: NamedNode
    relation: NamedNode
    object: NamedNode
    negated: bool


@dataclass(frozen=True)
class ReviewReport:
    accepted: int
    rejected: int
    restored: int = 0


def _claim_node(claim_id: str) -> NamedNode:
    try:
        return NamedNode(claim_iri(claim_id))
    except ValueError:
        raise NotFoundError("claim", claim_id) from None


def stored_claim(store: GraphStore, iri: NamedNode) -> StoredClaim | None:
    rows = store.select(CLAIM_QUERY, {"_claim": iri}).rows
    if not rows:
        return None
    source, status, subject, relation, obj, negated = rows[0]
    assert isinstance(source, NamedNode) and isinstance(status, NamedNode)
    assert isinstance(subject, NamedNode) and isinstance(relation, NamedNode) and isinstance(obj, NamedNode)
    is_negated = isinstance(negated, Literal) and negated.value in ("true", "1")
    return StoredClaim(iri, source, status.value.rsplit("#", 1)[-1].lower(), subject, relation, obj, is_negated)


def _candidate(store: GraphStore, claim_id: str) -> StoredClaim:
    found = stored_claim(store, _claim_node(claim_id))
    if found is None:
        raise NotFoundError("claim", claim_id)
    if found.status != "candidate":
        raise InputError(Problem(f"claim {claim_id} is {found.status}, not a candidate"))
    return found


def accept_claim(store: GraphStore, claim_id: str, *, by: str | None = None) -> StoredClaim:
    """Assert a stored candidate, recorded as a status change by ``by`` (default: the OS user);
    unless it is negated, its direct edge appears."""
    with _REVIEW_LOCK:
        return _accept(store, _candidate(store, claim_id), recorder(by))


def _accept(store: GraphStore, claim: StoredClaim, by: str) -> StoredClaim:
    change_statuses(store, [(claim.iri, claim.source, "asserted")], by=by, reason="accepted in review")
    return replace(claim, status="asserted")


def reject_claim(store: GraphStore, claim_id: str) -> None:
    """Remove a stored candidate, its evidence if nothing else cites it, and its source if empty."""
    with _REVIEW_LOCK:
        _reject(store, _candidate(store, claim_id))


def _reject(store: GraphStore, claim: StoredClaim) -> None:
    with touching([claim.source]):
        store.update(bind_values(REJECT_CLAIM, {"_claim": claim.iri, "_source": claim.source}))
    if not store.ask(SOURCE_HAS_CLAIMS, {"_source": claim.source}):
        store.remove_graph(claim.source)
    _remember_rejection(store, claim.iri)


def _remember_rejection(store: GraphStore, iri: NamedNode) -> None:
    if rejected_claims(store, [iri]):
        return
    when = Literal(datetime.now(UTC).isoformat(timespec="seconds"), datatype=NamedNode(XSD + "dateTime"))
    store.add([Quad(iri, INVALIDATED_AT, when, REJECTED_GRAPH)])


def rejected_claims(store: GraphStore, iris: Iterable[NamedNode]) -> set[str]:
    """Which of the claims ``iris`` were rejected (and not restored since)."""
    wanted = list(dict.fromkeys(iris))
    if not wanted:
        return set()
    rows = store.select(bind_rows(REJECTED_QUERY, "claim", list(wanted))).rows
    return {claim.value for (claim,) in rows if isinstance(claim, NamedNode)}


def restore_claims(store: GraphStore, iris: Iterable[NamedNode]) -> int:
    """Forget that the claims ``iris`` were rejected, so that they may be reviewed again; how many were."""
    wanted = list(dict.fromkeys(iris))
    with _REVIEW_LOCK:
        found = rejected_claims(store, wanted)
        if found:
            with touching([REJECTED_GRAPH]):
                store.update(bind_rows(RESTORE_UPDATE, "claim", [NamedNode(i) for i in sorted(found)]))
        return len(found)


def review(
    store: GraphStore,
    claims: Sequence[Claim],
    accept: Sequence[int],
    reject: Sequence[int],
    restore: Sequence[int] = (),
    *,
    by: str | None = None,
) -> ReviewReport:
    """Accept, reject and restore the claims of a candidates file by their 1-based row number.

    Accepting a row asserts it (loading it first if the store does not hold it yet) and draws its
    direct edge; rejecting a stored candidate removes it and remembers the rejection; restoring a
    rejected row forgets the rejection (first, so the same call may accept it). A row out of range,
    both accepted and rejected, a rejected row that is not a candidate, or an accepted row rejected
    earlier (and not restored) is an error, and nothing changes. Each write is recorded as done
    by ``by`` (default: the OS user).
    """
    _check_rows(len(claims), [*accept, *restore], reject)
    with _REVIEW_LOCK:
        stored = {row: stored_claim(store, claims[row - 1].iri) for row in {*accept, *reject}}
        restored = {claims[row - 1].iri.value for row in restore}
        earlier = rejected_claims(store, (claims[row - 1].iri for row in accept)) - restored
        problems = [
            Problem(f"row {row} was rejected earlier; restore it to accept it")
            for row in accept
            if claims[row - 1].iri.value in earlier
        ]
        problems += [
            Problem(f"row {row} is {found.status}, not a candidate: retract its source instead")
            for row in reject
            if (found := stored[row]) is not None and found.status != "candidate"
        ]
        if problems:
            raise InputError(problems)
        count = restore_claims(store, (claims[row - 1].iri for row in restore))
        _apply(store, claims, stored, accept, reject, recorder(by))
        return ReviewReport(len(accept), len(reject), count)


def _apply(
    store: GraphStore,
    claims: Sequence[Claim],
    stored: dict[int, StoredClaim | None],
    accept: Sequence[int],
    reject: Sequence[int],
    by: str,
) -> None:
    known = catalogue(store)
    activity = Activity("Load", by, label="accepted in review")
    for row in accept:
        found = stored[row]
        if found is not None and found.status == "candidate":
            _accept(store, found, by)
        elif found is None:
            claim = replace(claims[row - 1], status="asserted")
            recorded = Quad(claim.iri, GENERATED_BY, activity.node, claim.source.iri)
            store.add([*claim_quads(claim, known.relations[claim.relation].symmetric), *activity.quads(), recorded])
    for row in reject:
        if (found := stored[row]) is not None:
            _reject(store, found)
        else:  # never loaded: remembered all the same, so that it is not accepted later by accident
            _remember_rejection(store, claims[row - 1].iri)


def _check_rows(count: int, accept: Sequence[int], reject: Sequence[int]) -> None:
    problems = [Problem(f"row {r} is not among rows 1 to {count}") for r in [*accept, *reject] if not 1 <= r <= count]
    problems += [Problem(f"row {r} is both accepted and rejected") for r in sorted(set(accept) & set(reject))]
    if problems:
        raise InputError(problems)

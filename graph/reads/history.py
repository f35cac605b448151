"""A claim's history: when it was recorded and by whom, and every change of its status since;
and what its status was at a past moment (the third clock, ``recorded_at``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from pyoxigraph import NamedNode

from graph.errors import InputError, NotFoundError, Problem
from graph.model.ids import claim_id, claim_iri
from graph.model.terms import status_name, text
from graph.namespaces import sparql
from graph.store.base import GraphStore, Term

__all__ = ["ClaimChange", "history", "moment", "recorded_by", "status_at"]

# When an activity (a load, a change of status) ran, the label of who ran it, and why.
_ACTIVITY = """
    ?activity prov:startedAtTime ?at .
    ?activity prov:wasAssociatedWith ?who .
    ?who rdfs:label ?agent .
    OPTIONAL { ?activity ent:reason ?reason }"""
CHANGES = sparql(
    """
SELECT ?from ?to ?at ?agent ?reason ?successor WHERE {
  GRAPH ?g {
    ?activity prov:used ?_claim .
    ?activity a ent:StatusChange .
    ?activity ent:fromStatus ?from .
    ?activity ent:toStatus ?to ."""
    + _ACTIVITY
    + """
    OPTIONAL { ?_claim ent:supersededBy ?successor }
  }
}
ORDER BY ?at
"""
)
# The writes that recorded the claim: loads (in the audit graph) or, for a corrected claim, the
# change that superseded its predecessor (in the claim's graph).
RECORDED = sparql(
    """
SELECT DISTINCT ?at ?agent ?label ?reason WHERE {
  ?_claim prov:wasGeneratedBy ?activity ."""
    + _ACTIVITY
    + """
  OPTIONAL { ?activity rdfs:label ?label }
}
ORDER BY ?at
"""
)
STATUS = sparql("SELECT ?status WHERE { GRAPH ?g { ?_claim ent:status ?status } }")


@dataclass(frozen=True)
class ClaimChange:
    """One event of a claim's life: recorded (``from_status`` None: a load, or the correction that
    made it), or a change of its status; when, by whom, why, and (for a supersession) the successor."""

    claim: str
    from_status: str | None
    to_status: str
    at: datetime
    by: str
    reason: str | None
    successor: str | None = None


def history(store: GraphStore, claim: str) -> list[ClaimChange]:
    """When ``claim`` was recorded, then the changes of its status, oldest first."""
    try:
        iri = NamedNode(claim_iri(claim))
    except ValueError:
        raise NotFoundError("claim", claim) from None
    statuses = [status_name(s) for (s,) in store.select(STATUS, {"_claim": iri}).rows]
    if not statuses:
        raise NotFoundError("claim", claim, [])
    changes = [_change(iri, row) for row in store.select(CHANGES, {"_claim": iri}).dicts()]
    recorded = [
        ClaimChange(
            claim=claim_id(iri.value),
            from_status=None,
            to_status=status_at(changes, statuses[0], _datetime(row["at"])),
            at=_datetime(row["at"]),
            by=text(row["agent"]),
            reason=text(row["label"]) or text(row["reason"]) or None,
        )
        for row in store.select(RECORDED, {"_claim": iri}).dicts()
    ]
    return sorted([*recorded, *changes], key=lambda c: (c.at, c.from_status is not None))


def status_at(changes: Sequence[ClaimChange], current: str, at: datetime) -> str:
    """The status a claim had at ``at``, from its status changes (oldest first) and its status now."""
    moves = [c for c in changes if c.from_status is not None]
    before = [c for c in moves if c.at <= at]
    if before:
        return before[-1].to_status
    return (moves[0].from_status or current) if moves else current


def recorded_by(events: Sequence[ClaimChange], at: datetime) -> bool:
    """Whether a claim with these events was recorded at ``at`` (one recorded before entente kept
    the record of its loads counts as recorded from the start)."""
    loads = [e.at for e in events if e.from_status is None]
    return not loads or min(loads) <= at


def moment(value: str | date | datetime, name: str = "recorded_at") -> datetime:
    """A moment given as an ISO date-time (UTC unless it says) or a date (the end of that day, UTC)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, time.max, tzinfo=UTC)
    try:
        if len(value.strip()) == 10:
            return moment(date.fromisoformat(value.strip()), name)
        return moment(datetime.fromisoformat(value.strip()), name)
    except ValueError:
        raise InputError(
            Problem(f"not a date or date-time: {value!r} (e.g. 2024-11-08 or 2024-11-08T12:00:00Z)", column=name)
        ) from None


def _datetime(term: Term | None) -> datetime:
    return moment(datetime.fromisoformat(text(term)))


def _change(iri: NamedNode, row: dict[str, Term | None]) -> ClaimChange:
    to = status_name(row["to"])
    successor = row["successor"]
    return ClaimChange(
        claim=claim_id(iri.value),
        from_status=status_name(row["from"]),
        to_status=to,
        at=_datetime(row["at"]),
        by=text(row["agent"]),
        reason=text(row["reason"]) or None,
        successor=claim_id(successor.value) if to == "superseded" and isinstance(successor, NamedNode) else None,
    )

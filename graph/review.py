"""Reviewing candidate claims: accept (assert, and draw the edge) or reject (leave no trace)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pyoxigraph import NamedNode

from graph.catalogue import catalogue
from graph.claims import Claim, claim_quads
from graph.errors import InputError, Problem
from graph.sparql import bind_values
from graph.store import GraphStore

STATUS_QUERY = """
PREFIX ent: <https://w3id.org/entente/ontology#>
SELECT ?status WHERE { GRAPH ?_source { ?_claim ent:status ?status } }
"""

ACCEPT_UPDATE = """
PREFIX ent: <https://w3id.org/entente/ontology#>
DELETE { GRAPH ?_source { ?_claim ent:status ?old } }
INSERT { GRAPH ?_source { ?_claim ent:status ent:Asserted } }
WHERE { GRAPH ?_source { ?_claim ent:status ?old } }
"""

# A candidate's own triples, then its evidence if no other claim cites it, then its source if
# no claim is left in the source's graph.
REJECT_CLAIM = """
DELETE { GRAPH ?_source { ?_claim ?p ?o } }
WHERE { GRAPH ?_source { ?_claim ?p ?o } }
"""
REJECT_EVIDENCE = """
PREFIX prov: <http://www.w3.org/ns/prov#>
DELETE { GRAPH ?_source { ?_evidence ?p ?o } }
WHERE {
  GRAPH ?_source { ?_evidence ?p ?o }
  FILTER NOT EXISTS { GRAPH ?_source { ?other prov:wasDerivedFrom ?_evidence } }
}
"""
SOURCE_HAS_CLAIMS = """
PREFIX ent: <https://w3id.org/entente/ontology#>
ASK WHERE { GRAPH ?_source { ?claim a ent:Claim } }
"""


@dataclass(frozen=True)
class ReviewReport:
    accepted: int
    rejected: int


def review(store: GraphStore, claims: Sequence[Claim], accept: Sequence[int], reject: Sequence[int]) -> ReviewReport:
    """Accept and reject claims by their 1-based position in ``claims`` (a candidates file's rows).

    Accepting a claim asserts it (loading it first if the store does not hold it yet) and draws its
    direct edge; rejecting a stored candidate removes it, and its evidence and source if nothing
    else uses them. A row that is both accepted and rejected, or out of range, is an error and
    nothing is changed.
    """
    _check_rows(len(claims), accept, reject)
    known = catalogue(store)
    for row in reject:
        claim = claims[row - 1]
        status = _stored_status(store, claim)
        if status is not None and status != "candidate":
            raise InputError(Problem(f"row {row} is {status}, not a candidate: retract its source instead"))
    for row in accept:
        claim = claims[row - 1]
        store.update(bind_values(ACCEPT_UPDATE, _keys(claim)))  # a stored candidate's status
        asserted = replace(claim, status="asserted")
        store.add(claim_quads(asserted, known.relations[claim.relation].symmetric))
    for row in reject:
        claim = claims[row - 1]
        keys = _keys(claim)
        store.update(bind_values(REJECT_CLAIM, keys))
        store.update(bind_values(REJECT_EVIDENCE, keys | {"_evidence": claim.evidence_iri}))
        if not store.ask(SOURCE_HAS_CLAIMS, {"_source": claim.source.iri}):
            store.remove_graph(claim.source.iri)
    return ReviewReport(len(accept), len(reject))


def _check_rows(count: int, accept: Sequence[int], reject: Sequence[int]) -> None:
    problems = [Problem(f"row {r} is not among rows 1 to {count}") for r in [*accept, *reject] if not 1 <= r <= count]
    problems += [Problem(f"row {r} is both accepted and rejected") for r in sorted(set(accept) & set(reject))]
    if problems:
        raise InputError(problems)


def _keys(claim: Claim) -> dict[str, NamedNode | None]:
    return {"_claim": claim.iri, "_source": claim.source.iri}


def _stored_status(store: GraphStore, claim: Claim) -> str | None:
    rows = store.select(STATUS_QUERY, _keys(claim)).rows
    if not rows or rows[0][0] is None:
        return None
    status = rows[0][0]
    assert isinstance(status, NamedNode)
    return status.value.rsplit("#", 1)[-1].lower()


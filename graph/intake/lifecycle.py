"""A claim's life: retract one claim, restore it, or supersede it with a corrected claim.

Each change is one atomic SPARQL update in the claim's source graph: the claim keeps one status,
the change is recorded as an ``ent:StatusChange`` (a ``prov:Activity``: the claim it used, the
statuses from and to, when — ``prov:startedAtTime`` — by whom — ``prov:wasAssociatedWith`` — and
why), and the direct edge is drawn or removed to match. Nothing is deleted: a superseded claim
stays, pointing to its successor (``ent:supersededBy``; the successor ``prov:wasRevisionOf`` it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from graph.errors import InputError, Problem
from graph.intake.audit import GENERATED_BY, agent_node
from graph.model.catalogue import catalogue
from graph.model.claim import claim_key, date_literal, digest
from graph.model.ids import claim_id
from graph.namespaces import (
    ASSERTED,
    ASSERTED_BY,
    CLAIM,
    CONFIDENCE,
    NEGATED,
    OBJECT,
    PROV,
    PROV_WAS_DERIVED_FROM,
    RDF_TYPE,
    RELATION,
    RETRACTED,
    STATUS,
    STATUSES,
    SUBJECT,
    SUPERSEDED,
    VALID_FROM,
    VALID_UNTIL,
    XSD,
    ent,
    instance,
    sparql,
)
from graph.reads.claims import read_claim
from graph.reads.history import ClaimChange
from graph.store.base import Bindings, GraphStore, touching
from graph.store.binding import bind_values, insert_data

__all__ = ["change_statuses", "restore", "retract", "supersede"]

SET_STATUS = """
DELETE { GRAPH ?g { ?_claim ent:status ?old } }
INSERT {
  GRAPH ?g {
    ?_claim ent:status ?_new .
    ?_change a ent:StatusChange, prov:Activity ; prov:used ?_claim ; ent:fromStatus ?old ; ent:toStatus ?_new ;
      prov:startedAtTime ?_at ; prov:wasAssociatedWith ?_agent ; ent:reason ?_reason .
    ?_agent a prov:Agent ; rdfs:label ?_agent_name .
  }
}
WHERE { GRAPH ?g { ?_claim ent:status ?old } }
"""

# The direct edge(s) of a claim follow the claims of its graph: removed when no asserted, not
# negated claim of that graph still supports them (either way round for a symmetric relation),
# drawn when the claim does. Each is run with ?_claim bound.
EDGE_UPDATES = [
    """
DELETE { GRAPH ?g { ?s ?r ?o } } WHERE {
  GRAPH ?g { ?_claim ent:subject ?s ; ent:relation ?r ; ent:object ?o }
  FILTER NOT EXISTS {
    GRAPH ?g { ?other ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ent:Asserted ; ent:negated false }
  }
  FILTER NOT EXISTS {
    GRAPH ?g { ?back ent:subject ?o ; ent:relation ?r ; ent:object ?s ; ent:status ent:Asserted ; ent:negated false }
    GRAPH ?og { ?r a owl:SymmetricProperty }
  }
}
""",
    """
DELETE { GRAPH ?g { ?o ?r ?s } } WHERE {
  GRAPH ?g { ?_claim ent:subject ?s ; ent:relation ?r ; ent:object ?o }
  GRAPH ?og { ?r a owl:SymmetricProperty }
  FILTER NOT EXISTS {
    GRAPH ?g { ?other ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ent:Asserted ; ent:negated false }
  }
  FILTER NOT EXISTS {
    GRAPH ?g { ?back ent:subject ?o ; ent:relation ?r ; ent:object ?s ; ent:status ent:Asserted ; ent:negated false }
  }
}
""",
    """
INSERT { GRAPH ?g { ?s ?r ?o } } WHERE {
  GRAPH ?g { ?_claim ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ent:Asserted ; ent:negated false }
}
""",
    """
INSERT { GRAPH ?g { ?o ?r ?s } } WHERE {
  GRAPH ?g { ?_claim ent:subject ?s ; ent:relation ?r ; ent:object ?o ; ent:status ent:Asserted ; ent:negated false }
  GRAPH ?og { ?r a owl:SymmetricProperty }
}
""",
]

SUPERSEDED_BY = ent("supersededBy")
WAS_REVISION_OF = NamedNode(PROV + "wasRevisionOf")


@dataclass(frozen=True)
class _Stored:
    iri: NamedNode
    graph: NamedNode
    subject: str
    relation: str
    object: str
    status: str
    negated: bool
    asserted_by: str
    confidence: Decimal
    valid_from: date | None
    valid_until: date | None
    evidence: NamedNode
    quote: str


def retract(store: GraphStore, claim: str, *, by: str, reason: str) -> ClaimChange:
    """Retract one asserted or candidate claim; its edge goes unless another claim supports it."""
    stored = _stored(store, claim)
    _expect(stored, ("asserted", "candidate"), "retract")
    return _change(store, stored, RETRACTED, by=by, reason=reason)


def restore(store: GraphStore, claim: str, *, by: str, reason: str | None = None) -> ClaimChange:
    """Assert a retracted claim again (its edge is drawn again unless it is negated)."""
    stored = _stored(store, claim)
    _expect(stored, ("retracted",), "restore")
    return _change(store, stored, ASSERTED, by=by, reason=reason)


def supersede(
    store: GraphStore,
    claim: str,
    *,
    by: str,
    reason: str,
    subject: str | None = None,
    relation: str | None = None,
    obj: str | None = None,
    valid_from: date | None = None,
    valid_until: date | None = None,
    confidence: Decimal | None = None,
) -> ClaimChange:
    """Replace an asserted claim by a corrected one (other actors, relation, dates or confidence;
    actors and relation by any of their names), on the same evidence: the old claim becomes superseded and
    points to its successor, which is asserted. Returns the change of the old claim."""
    stored = _stored(store, claim)
    _expect(stored, ("asserted",), "supersede")
    known = catalogue(store)
    new_subject = known.resolve_actor(subject).iri if subject else stored.subject
    new_relation = known.resolve_relation(relation).iri if relation else stored.relation
    new_object = known.resolve_actor(obj).iri if obj else stored.object
    new_from, new_until = valid_from or stored.valid_from, valid_until or stored.valid_until
    asserter = None if stored.asserted_by == stored.graph.value else stored.asserted_by
    key = claim_key(
        new_subject,
        new_relation,
        new_object,
        asserter,
        stored.negated,
        new_from,
        new_until,
        stored.quote,
        stored.graph.value,
    )
    if instance("claim/" + key) == stored.iri:
        if confidence is None or confidence == stored.confidence:
            raise InputError(
                Problem("the correction changes nothing: give another actor, relation, date or confidence")
            )
        key = digest(key, "confidence", str(confidence))[:16]  # ids leave confidence out: tell the two apart
    successor = instance("claim/" + key)
    if store.ask("ASK WHERE { GRAPH ?g { ?_c ?p ?o } }", {"_c": successor}):
        raise InputError(Problem(f"the corrected claim exists already: {key}"))
    graph = stored.graph
    decimal = NamedNode(XSD + "decimal")
    quads = [
        Quad(successor, RDF_TYPE, CLAIM, graph),
        Quad(successor, SUBJECT, NamedNode(new_subject), graph),
        Quad(successor, RELATION, NamedNode(new_relation), graph),
        Quad(successor, OBJECT, NamedNode(new_object), graph),
        Quad(successor, ASSERTED_BY, NamedNode(stored.asserted_by), graph),
        Quad(successor, STATUS, ASSERTED, graph),
        Quad(successor, CONFIDENCE, Literal(str(confidence or stored.confidence), datatype=decimal), graph),
        Quad(successor, NEGATED, Literal(str(stored.negated).lower(), datatype=NamedNode(XSD + "boolean")), graph),
        Quad(successor, PROV_WAS_DERIVED_FROM, stored.evidence, graph),
        Quad(successor, WAS_REVISION_OF, stored.iri, graph),
        Quad(stored.iri, SUPERSEDED_BY, successor, graph),
    ]
    for prop, day in ((VALID_FROM, new_from), (VALID_UNTIL, new_until)):
        if day is not None:
            quads.append(Quad(successor, prop, date_literal(day), graph))
    at = datetime.now(UTC)
    quads.append(Quad(successor, GENERATED_BY, _change_node(stored.iri, SUPERSEDED, at, by.strip()), graph))
    return _change(
        store, stored, SUPERSEDED, by=by, reason=reason, at=at, before=[insert_data(quads)], also=[successor]
    )


def _stored(store: GraphStore, claim: str) -> _Stored:
    """The claim as stored, read where claims are read back (:func:`graph.reads.read_claim`)."""
    view = read_claim(store, claim)
    if not view.evidence:
        raise InputError(Problem(f"the claim {view.id} has no evidence to correct it on"))
    evidence = view.evidence[0]
    graph = NamedNode(evidence.source_iri)
    return _Stored(
        iri=NamedNode(view.iri),
        graph=graph,
        subject=view.subject.iri,
        relation=catalogue(store).resolve_relation(view.relation).iri,
        object=view.object.iri,
        status=view.status,
        negated=view.negated,
        asserted_by=view.asserted_by.iri,
        confidence=Decimal(str(view.confidence)),
        valid_from=view.valid_from,
        valid_until=view.valid_until,
        evidence=instance("evidence/" + digest(graph.value, evidence.quote)[:16]),  # as claims make it
        quote=evidence.quote,
    )


def _expect(stored: _Stored, statuses: tuple[str, ...], action: str) -> None:
    if stored.status not in statuses:
        allowed = " or ".join(statuses)
        article = "an" if stored.status[:1] in "aeiou" else "a"
        where = claim_id(stored.iri.value)
        raise InputError(Problem(f"cannot {action} {article} {stored.status} claim (only {allowed}): {where}"))


def change_statuses(
    store: GraphStore, changes: Sequence[tuple[NamedNode, NamedNode, str]], *, by: str, reason: str | None
) -> None:
    """Set the status of several claims (IRI, source graph, status name) in one update, each change
    recorded and each claim's edges brought in line: how a reload that says another status is applied."""
    at = datetime.now(UTC)
    operations: list[str] = []
    for claim, _graph, status in changes:
        operations += _operations(claim, STATUSES[status], by=by, reason=reason, at=at)[0]
    if operations:
        with touching(graph for _claim, graph, _status in changes):  # a claim's life stays in its graph
            store.update(sparql(" ;\n".join(operations)))


def _change(
    store: GraphStore,
    stored: _Stored,
    new: NamedNode,
    *,
    by: str,
    reason: str | None,
    at: datetime | None = None,
    before: list[str] | None = None,
    also: list[NamedNode] | None = None,
) -> ClaimChange:
    """One update: ``before`` (e.g. the successor's quads), the status change and its record, and
    the edges of the claim (and of ``also``) brought in line."""
    at = at or datetime.now(UTC)
    operations, by = _operations(stored.iri, new, by=by, reason=reason, at=at)
    for claim in also or []:
        operations += [bind_values(update, {"_claim": claim}) for update in EDGE_UPDATES]
    with touching([stored.graph]):  # a claim's life stays in its graph; one prologue: none after ";"
        store.update(sparql(" ;\n".join([*(before or []), *operations])))
    successor = claim_id(also[0].value) if also else None
    name = next(n for n, iri in STATUSES.items() if iri == new)
    return ClaimChange(claim_id(stored.iri.value), stored.status, name, at, by, reason, successor)


def _change_node(claim: NamedNode, new: NamedNode, at: datetime, by: str) -> NamedNode:
    return instance("change/" + digest(claim.value, new.value, at.isoformat(), by)[:16])


def _operations(
    claim: NamedNode, new: NamedNode, *, by: str, reason: str | None, at: datetime
) -> tuple[list[str], str]:
    """The updates that set ``claim``'s status to ``new`` (recorded as a change at ``at`` — to the
    microsecond, so changes of one second keep their order) and redraw its edges; and who, trimmed."""
    if not by.strip():
        raise InputError(Problem("who records the change is required", column="by"))
    by = by.strip()
    bindings: Bindings = {
        "_claim": claim,
        "_new": new,
        "_change": _change_node(claim, new, at, by),
        "_at": Literal(at.isoformat(), datatype=NamedNode(XSD + "dateTime")),
        "_agent": agent_node(by),
        "_agent_name": Literal(by),
        "_reason": Literal(reason) if reason else None,
    }
    operations = [bind_values(SET_STATUS, bindings)]
    operations += [bind_values(update, {"_claim": claim}) for update in EDGE_UPDATES]
    return operations, by

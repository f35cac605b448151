"""An actor in detail: names, codes, Wikidata link, leaders, memberships and counts of claims."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from pyoxigraph import Literal, NamedNode

from graph.errors import InputError, Problem
from graph.model.catalogue import Actor, Catalogue, catalogue
from graph.model.terms import as_date, status_name
from graph.namespaces import ENT, OWL, WD, sparql
from graph.reads.claims import ActorRef, actor_ref, relation_names
from graph.reads.relations import Page, page
from graph.store.base import GraphStore, Term

PROPERTIES_QUERY = """
SELECT ?property ?value WHERE {
  ?actor ?property ?value .
}
"""

# Tenures and memberships, from either end: the actor as leader or led, as member or organisation;
# from the catalogue's Leadership and Membership nodes (each kind by its class and its two sides)
# and from asserted, not negated leaderOf and memberOf claims (the reference evidence), each branch
# starting from the actor.
TENURES_QUERY = sparql(
    """
SELECT ?kind ?person ?actor ?role ?validFrom ?validUntil WHERE {
  {
    VALUES (?class ?personSide ?actorSide ?kind) {
      (ent:Leadership ent:leader ent:ledActor "leadership") (ent:Membership ent:member ent:organisation "membership")
    }
    { ?node ?personSide ?who . ?node a ?class . ?node ?actorSide ?actor . BIND(?who AS ?person) }
    UNION
    { ?node ?actorSide ?who . ?node a ?class . ?node ?personSide ?person . BIND(?who AS ?actor) }
  } UNION {
    VALUES (?relation ?kind) { (ent:leaderOf "leadership") (ent:memberOf "membership") }
    { ?node ent:subject ?who . ?node ent:object ?actor . BIND(?who AS ?person) }
    UNION
    { ?node ent:object ?who . ?node ent:subject ?person . BIND(?who AS ?actor) }
    ?node ent:relation ?relation . ?node ent:status ent:Asserted . ?node ent:negated false .
  }
  OPTIONAL { ?node ent:role ?role }
  OPTIONAL { ?node ent:validFrom ?validFrom }
  OPTIONAL { ?node ent:validUntil ?validUntil }
}
ORDER BY ?kind ?validFrom ?person ?actor
"""
)

COUNTS_QUERY = sparql(
    """
SELECT ?side ?relation ?status (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
  { ?claim ent:subject ?actor . BIND("out" AS ?side) }
  UNION
  { ?claim ent:object ?actor . BIND("in" AS ?side) }
  ?claim ent:relation ?relation .
  ?claim ent:status ?status .
}
GROUP BY ?side ?relation ?status
"""
)


@dataclass(frozen=True)
class Tenure:
    """A leadership (``person`` leads ``actor``) or a membership (``person`` is a member of ``actor``)."""

    person: ActorRef
    actor: ActorRef
    role: str | None
    valid_from: date | None
    valid_until: date | None


@dataclass(frozen=True)
class RelationCount:
    side: str
    relation: str
    status: str
    claims: int


@dataclass
class ActorDetail:
    id: str
    iri: str
    label: str
    type: str
    aliases: list[str]
    codes: dict[str, str]
    wikidata: str | None
    leaders: list[Tenure] = field(default_factory=list)  # who leads this actor
    leads: list[Tenure] = field(default_factory=list)  # what this actor (a person) leads
    memberships: list[Tenure] = field(default_factory=list)  # the blocs this actor belongs to
    members: list[Tenure] = field(default_factory=list)  # the members of this actor (a bloc)
    relation_counts: list[RelationCount] = field(default_factory=list)
    claims_out: int = 0  # claims in which the actor acts
    claims_in: int = 0  # claims in which it is acted on


def search_actors(store: GraphStore, q: str, actor_type: str | None, *, limit: int, offset: int) -> Page[Actor]:
    """Actors with a label or alias starting with ``q`` (case-insensitive), optionally of one type."""
    known = catalogue(store)
    if actor_type is not None:
        types = sorted({a.type for a in known.actors.values()})
        matching = [t for t in types if t.casefold() == actor_type.casefold()]
        if not matching:
            raise InputError(Problem(f"{actor_type!r} is not one of {', '.join(types)}", column="type"))
        actor_type = matching[0]
    return page(known.search(q, actor_type), limit, offset)


def actor_detail(store: GraphStore, name: str) -> ActorDetail:
    """The actor ``name`` means (id, IRI, label, alias or code) and everything the catalogue says of it."""
    known = catalogue(store)
    actor = known.resolve_actor(name)
    node = actor.node
    codes: dict[str, str] = {}
    wikidata: str | None = None
    for prop, value in store.select(PROPERTIES_QUERY, {"actor": node}).rows:
        if not isinstance(prop, NamedNode):
            continue
        if prop.value == ENT + "isoCode" and isinstance(value, Literal):
            codes["iso3"] = value.value
        elif prop.value == ENT + "iso2Code" and isinstance(value, Literal):
            codes["iso2"] = value.value
        elif prop.value == OWL + "sameAs" and isinstance(value, NamedNode) and value.value.startswith(WD):
            wikidata = value.value
    aliases = [n for n in known.names_of(actor.iri) if n != actor.label and n not in codes.values()]
    detail = ActorDetail(actor.id, actor.iri, actor.label, actor.type, aliases, codes, wikidata)
    _add_tenures(store, known, detail, node)
    counts: Counter[tuple[str, str, str]] = Counter()
    for row in store.select(COUNTS_QUERY, {"actor": node}).dicts():
        side, status, n = row["side"], row["status"], row["claims"]
        if isinstance(side, Literal) and isinstance(n, Literal) and isinstance(status, NamedNode):
            key = (side.value, relation_names(known, row["relation"])[0], status_name(status))
            counts[key] += int(n.value)
    detail.relation_counts = [RelationCount(s, r, st, n) for (s, r, st), n in sorted(counts.items())]
    detail.claims_out = sum(c.claims for c in detail.relation_counts if c.side == "out")
    detail.claims_in = sum(c.claims for c in detail.relation_counts if c.side == "in")
    return detail


def _add_tenures(store: GraphStore, known: Catalogue, detail: ActorDetail, node: NamedNode) -> None:
    """Leaders, what the actor leads, its memberships and its members; a tenure that a catalogue
    node and a claim both record (same kind, people and start) is listed once, with its role."""
    rows: dict[tuple[str, ...], dict[str, Term | None]] = {}
    for row in store.select(TENURES_QUERY, {"who": node}).dicts():
        key = tuple(str(row[k]) for k in ("kind", "person", "actor", "validFrom"))
        if key not in rows or (rows[key]["role"] is None and row["role"] is not None):
            rows[key] = row
    for row in rows.values():
        role = row["role"]
        tenure = Tenure(
            person=actor_ref(known, row["person"]),
            actor=actor_ref(known, row["actor"]),
            role=role.value if isinstance(role, Literal) else None,
            valid_from=as_date(row["validFrom"]),
            valid_until=as_date(row["validUntil"]),
        )
        kind = row["kind"]
        leadership = isinstance(kind, Literal) and kind.value == "leadership"
        if tenure.actor.iri == detail.iri:
            (detail.leaders if leadership else detail.members).append(tenure)
        else:
            (detail.leads if leadership else detail.memberships).append(tenure)


__all__ = ["ActorDetail", "RelationCount", "Tenure", "actor_detail", "search_actors"]

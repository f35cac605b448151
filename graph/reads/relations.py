"""An actor's relations, each with its claims; pages with a total.

The answer comes from the claims index (:mod:`graph.index`) when it is in step with the store and
can answer the filters exactly; otherwise from the ``actor_relations`` named query. Both give the
same reply (tests/graph/reads/test_hot_path.py compares them).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from pyoxigraph import Literal, NamedNode

from graph.index import Filters, Lookup, claims_index
from graph.model.catalogue import Actor, Catalogue, catalogue
from graph.model.ids import claim_id, source_id
from graph.model.terms import status_name
from graph.namespaces import XSD
from graph.reads.claims import (
    ActorRef,
    ClaimView,
    EvidenceView,
    actor_ref,
    as_recorded,
    claims_from_rows,
    relation_names,
    with_sources,
)
from graph.reads.history import moment
from graph.sparql.named import bind_parameters, named_query, run_named_query
from graph.store.base import GraphStore, Term

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    data: list[T]
    total: int
    limit: int
    offset: int

    @property
    def count(self) -> int:
        return len(self.data)


@dataclass
class RelationView:
    """One ``subject relation object`` with every claim about it (asserted, negated, by anyone)."""

    side: str  # "out": the actor acts; "in": it is acted on
    subject: ActorRef
    relation: str
    relation_label: str
    object: ActorRef
    claims: list[ClaimView] = field(default_factory=list)


@dataclass(frozen=True)
class ActorRelations:
    actor: Actor
    relations: Page[RelationView]


def page(items: list[T], limit: int, offset: int) -> Page[T]:
    return Page(items[offset : offset + limit], len(items), limit, offset)


def actor_relations(
    store: GraphStore, actor: str, filters: Mapping[str, str], *, limit: int, offset: int, indexed: bool = True
) -> ActorRelations:
    """The relations of ``actor`` (any of its names) that match ``filters``, the parameters of the
    ``actor_relations`` named query (relation, direction, as_of, known_at, min_confidence, status,
    asserted_by, recorded_at). ``indexed=False`` reads through SPARQL whatever the index could do."""
    known = catalogue(store)
    found = known.resolve_actor(actor)
    if indexed:
        bound = bind_parameters(store, named_query("actor_relations"), {**filters, "actor": found.iri})
        wanted = index_filters(bound)
        index = claims_index(store) if wanted is not None else None
        if wanted is not None and index is not None and index.ready():
            lookup = index.lookup(wanted, limit, offset)
            if lookup is not None:
                return ActorRelations(found, Page(relations_from_index(known, lookup), lookup.total, limit, offset))
    return sparql_relations(store, known, found, filters, limit=limit, offset=offset)


def sparql_relations(
    store: GraphStore, known: Catalogue, found: Actor, filters: Mapping[str, str], *, limit: int, offset: int
) -> ActorRelations:
    """The relations of ``found`` through the ``actor_relations`` named query."""
    rows = run_named_query(store, "actor_relations", {**filters, "actor": found.iri}).dicts()
    sides: dict[str, str] = {}
    for row in rows:
        side_term, claim_term = row["side"], row["claim"]
        if isinstance(side_term, Literal) and isinstance(claim_term, NamedNode):
            sides[claim_term.value] = side_term.value
    relations: dict[tuple[str, str, str, str], RelationView] = {}
    for claim in claims_from_rows(known, rows):
        side = sides.get(claim.iri, "out")
        key = (side, claim.subject.iri, claim.relation, claim.object.iri)
        view = relations.get(key)
        if view is None:
            view = relations[key] = RelationView(
                side, claim.subject, claim.relation, claim.relation_label, claim.object
            )
        view.claims.append(claim)
    shown = page(list(relations.values()), limit, offset)
    with_sources(store, [claim for view in shown.data for claim in view.claims])
    if filters.get("recorded_at"):  # each claim with the status it had then
        as_recorded(store, [claim for view in shown.data for claim in view.claims], moment(filters["recorded_at"]))
    return ActorRelations(found, shown)


INDEX_PARAMETERS = {
    "_actor",
    "_direction",
    "_relation",
    "_status",
    "_asserted_by",
    "_as_of",
    "_known_at",
    "_min_confidence",
    "_recorded_at",  # only unbound: the graph as it is now
}


def index_filters(bound: Mapping[str, Term | None]) -> Filters | None:
    """The named query's bound parameters as the index's filters; None when a parameter is one the
    index cannot answer exactly (an unknown one, a date that is not an ``xsd:date``, ...)."""
    if set(bound) - INDEX_PARAMETERS or bound.get("_recorded_at") is not None:
        return None
    actor, direction = bound.get("_actor"), bound.get("_direction")
    if not isinstance(actor, NamedNode) or not isinstance(direction, Literal):
        return None
    iris: dict[str, str | None] = {}
    for name in ("_relation", "_status", "_asserted_by"):
        term = bound.get(name)
        if term is not None and not isinstance(term, NamedNode):
            return None
        iris[name] = term.value if term is not None else None
    days: dict[str, str | None] = {}
    for name in ("_as_of", "_known_at"):
        term = bound.get(name)
        if term is not None and not (
            isinstance(term, Literal) and term.datatype.value == XSD + "date" and _day(term.value)
        ):
            return None
        days[name] = term.value if term is not None else None
    confidence = bound.get("_min_confidence")
    if confidence is not None and not (
        isinstance(confidence, Literal) and confidence.datatype.value in (XSD + "decimal", XSD + "double")
    ):
        return None
    return Filters(
        actor=actor.value,
        direction=direction.value,
        relation=iris["_relation"],
        status=iris["_status"],
        asserted_by=iris["_asserted_by"],
        as_of=days["_as_of"],
        known_at=days["_known_at"],
        min_confidence=float(confidence.value) if confidence is not None else None,
    )


def _day(text: str) -> bool:
    """An ``xsd:date`` lexical form that compares as text like the date it is (YYYY-MM-DD)."""
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


# The actors as replies name them, kept with the catalogue they come from (a store's catalogue is
# read again after every write, and this map goes with the old one): frozen, shared by replies.
_refs: weakref.WeakKeyDictionary[Catalogue, dict[str, ActorRef]] = weakref.WeakKeyDictionary()


def relations_from_index(known: Catalogue, lookup: Lookup) -> list[RelationView]:
    """The page's relations with their claims, as the SPARQL path builds them. The rows come a
    claim and evidence each, grouped by relation and claim; what several rows share (relation and
    status names, dates) is worked out once a page, the actors once a catalogue."""
    relations: dict[tuple[str, str, str, str], RelationView] = {}
    refs = _refs.setdefault(known, {})
    names: dict[str, tuple[str, str]] = {}
    statuses: dict[str, str] = {}
    days: dict[str | None, date | None] = {None: None}

    def ref(iri: str) -> ActorRef:
        found = refs.get(iri)
        if found is None:
            found = refs[iri] = actor_ref(known, NamedNode(iri))
        return found

    def day(text: str | None) -> date | None:
        if text not in days:
            days[text] = _date(text)
        return days[text]

    view: ClaimView | None = None
    last: tuple[str, str, str, str, str] | None = None  # the row's side, relation, subject, object and claim
    for row in lookup.rows:
        side, claim, subject, relation_iri, object_, status, negated, confidence, agent = row[:9]
        at = (side, relation_iri, subject, object_, claim)
        if view is None or at != last:
            last = at
            if relation_iri not in names:
                names[relation_iri] = relation_names(known, NamedNode(relation_iri))
            if status not in statuses:
                statuses[status] = status_name(NamedNode(status))
            relation, label = names[relation_iri]
            view = ClaimView(
                id=claim_id(claim),
                iri=claim,
                subject=ref(subject),
                relation=relation,
                relation_label=label,
                object=ref(object_),
                negated=bool(negated),
                status=statuses[status],
                confidence=confidence,
                asserted_by=ref(agent),
                valid_from=day(row[9]),
                valid_until=day(row[10]),
            )
            key = (side, subject, relation, object_)
            group = relations.get(key)
            if group is None:
                group = relations[key] = RelationView(side, view.subject, relation, label, view.object)
            group.claims.append(view)
        quote, source = row[11], row[12]
        if quote is not None and source is not None:
            evidence = EvidenceView(quote, source_id(source), source, day(row[13]), row[14], row[15])
            if evidence not in view.evidence:
                view.evidence.append(evidence)
    return list(relations.values())


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None

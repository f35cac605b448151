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
from functools import lru_cache
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


class _Names:
    """What replies built from the index share, worked out once a catalogue (a store's catalogue is
    read again after every write, and these go with the old one; they do not hold it): the actors
    as replies name them (frozen, shared by replies), the relations' names and labels, the statuses'
    names."""

    def __init__(self) -> None:
        self.refs: dict[str, ActorRef] = {}
        self.relations: dict[str, tuple[str, str]] = {}
        self.statuses: dict[str, str] = {}

    def ref(self, known: Catalogue, iri: str) -> ActorRef:
        found = self.refs.get(iri)
        if found is None:
            found = self.refs[iri] = actor_ref(known, NamedNode(iri))
        return found

    def relation(self, known: Catalogue, iri: str) -> tuple[str, str]:
        found = self.relations.get(iri)
        if found is None:
            found = self.relations[iri] = relation_names(known, NamedNode(iri))
        return found

    def status(self, iri: str) -> str:
        found = self.statuses.get(iri)
        if found is None:
            found = self.statuses[iri] = status_name(NamedNode(iri))
        return found


_names: weakref.WeakKeyDictionary[Catalogue, _Names] = weakref.WeakKeyDictionary()


# Days as the index writes them (YYYY-MM-DD), parsed once: a few thousand distinct ones in a world.
# Read by several threads at once: lru_cache keeps its own lock.
@lru_cache(maxsize=100_000)
def _parsed(text: str | None) -> date | None:
    return _date(text)


def relations_from_index(known: Catalogue, lookup: Lookup) -> list[RelationView]:
    """The page's relations with their claims, as the SPARQL path builds them. The rows come a
    claim and evidence each, grouped by relation and claim (an actor's claim is on one side only);
    the evidence of a claim in order, so a row repeating the one before it repeats its evidence."""
    names = _names.get(known)
    if names is None:
        names = _names[known] = _Names()
    relations: dict[tuple[str, str, str, str], RelationView] = {}
    view: ClaimView | None = None
    last: tuple[str, str] | None = None  # the row's side and claim
    seen: tuple[object, ...] = ()  # the evidence columns of the row before
    for row in lookup.rows:
        side, claim = row[0], row[1]
        if view is None or (side, claim) != last:
            last, seen = (side, claim), ()
            subject, relation_iri, object_ = row[2], row[3], row[4]
            relation, label = names.relation(known, relation_iri)
            view = ClaimView(
                id=claim_id(claim),
                iri=claim,
                subject=names.ref(known, subject),
                relation=relation,
                relation_label=label,
                object=names.ref(known, object_),
                negated=bool(row[6]),
                status=names.status(row[5]),
                confidence=row[7],
                asserted_by=names.ref(known, row[8]),
                valid_from=_parsed(row[9]),
                valid_until=_parsed(row[10]),
            )
            key = (side, subject, relation, object_)
            group = relations.get(key)
            if group is None:
                group = relations[key] = RelationView(side, view.subject, relation, label, view.object)
            group.claims.append(view)
        quote, source = row[11], row[12]
        if quote is not None and source is not None and row[11:] != seen:
            seen = row[11:]
            view.evidence.append(EvidenceView(quote, source_id(source), source, _parsed(row[13]), row[14], row[15]))
    return list(relations.values())


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None

"""An actor's relations, each with its claims; pages with a total."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from pyoxigraph import Literal, NamedNode

from graph.model.catalogue import Actor, catalogue
from graph.reads.claims import ActorRef, ClaimView, claims_from_rows, with_sources
from graph.sparql.named import run_named_query
from graph.store.base import GraphStore

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
    store: GraphStore, actor: str, filters: Mapping[str, str], *, limit: int, offset: int
) -> ActorRelations:
    """The relations of ``actor`` (any of its names) that match ``filters``, the parameters of the
    ``actor_relations`` named query (relation, direction, as_of, known_at, min_confidence, status,
    asserted_by)."""
    known = catalogue(store)
    found = known.resolve_actor(actor)
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
    return ActorRelations(found, shown)

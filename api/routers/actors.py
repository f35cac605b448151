"""Actors: search by name, detail, and an actor's relations with their claims."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from api.deps import ClaimFiltersDep, Limit, Offset, StoreDep, WantsCsvDep, csv_or_json, page_reply
from api.schemas import ACTOR_DETAIL, PROBLEMS, ActorDetailPublic, ActorRelationsPublic, ActorsPublic, example
from graph.reads import actor_detail, actor_relations, actor_rows, relation_rows, search_actors

router = APIRouter(prefix="/actors", tags=["actors"], responses=PROBLEMS)

ActorPath = Annotated[
    str,
    Path(max_length=300, description="the short id (russia), the full IRI or any alias (Moscow, the Kremlin)"),
]


Prefix = Annotated[str, Query(max_length=200, description="a prefix of a label or alias, any case")]
ActorType = Annotated[str | None, Query(max_length=40, description="State, Bloc, Person or Organisation (any case)")]


@router.get("", response_model=ActorsPublic, responses=csv_or_json())
def list_actors(
    store: StoreDep,
    csv: WantsCsvDep,
    q: Prefix = "",
    type: ActorType = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ActorsPublic | Response:
    """Search actors by label or alias (case-insensitive prefix), optionally of one type; JSON or CSV."""
    found = search_actors(store, q, type, limit=limit, offset=offset)
    return page_reply(found, ActorsPublic, csv, "actors", actor_rows)


@router.get("/{actor:path}/relations", response_model=ActorRelationsPublic, responses=csv_or_json())
def list_actor_relations(
    store: StoreDep,
    actor: ActorPath,
    filters: ClaimFiltersDep,
    csv: WantsCsvDep,
    direction: Annotated[
        Literal["out", "in", "both"], Query(description="out: the actor acts; in: it is acted on")
    ] = "both",
    limit: Limit = 100,
    offset: Offset = 0,
) -> ActorRelationsPublic | Response:
    """An actor's relations, each with its claims: quotes, sources, asserters and dates; JSON, or
    CSV with a row a claim and quote."""
    found = actor_relations(store, actor, {**filters, "direction": direction}, limit=limit, offset=offset)
    name = f"{found.actor.id}-relations"
    return page_reply(found.relations, ActorRelationsPublic, csv, name, relation_rows, actor=found.actor)


@router.get("/{actor:path}", response_model=ActorDetailPublic, responses=example(ACTOR_DETAIL))
def get_actor(store: StoreDep, actor: ActorPath) -> ActorDetailPublic:
    """An actor's labels, aliases, codes, Wikidata link, leaders, memberships and claim counts."""
    return actor_detail(store, actor)

"""Claims across the graph, and the relation-type scheme."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import ClaimFiltersDep, Limit, Offset, StoreDep, WantsCsvDep, csv_or_json, csv_response
from api.schemas import PROBLEMS, ClaimsPublic, RelationTypePublic, RelationTypesPublic
from graph.model import catalogue
from graph.reads import claim_rows, find_claims

router = APIRouter(tags=["relations"], responses=PROBLEMS)

Actor = Annotated[str | None, Query(max_length=300, description="an actor: id, IRI, label, alias or code")]


@router.get("/relations", response_model=ClaimsPublic, responses=csv_or_json())
def list_relations(
    store: StoreDep,
    filters: ClaimFiltersDep,
    csv: WantsCsvDep,
    subject: Actor = None,
    object: Actor = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> ClaimsPublic | Response:
    """Claims across the graph by subject, relation and object, with their evidence; JSON or CSV."""
    actors = {k: v for k, v in (("subject", subject), ("object", object)) if v is not None}
    found = find_claims(store, {**filters, **actors}, limit=limit, offset=offset)
    if csv:
        return csv_response("relations", claim_rows(found.data), found.total)
    return ClaimsPublic.model_validate({**vars(found), "count": found.count})


@router.get("/relation-types", response_model=RelationTypesPublic)
def list_relation_types(store: StoreDep) -> RelationTypesPublic:
    """The relation-type scheme: polarity, Goldstein weight, CAMEO code, PLOVER category, symmetry."""
    relations = sorted(catalogue(store).relations.values(), key=lambda r: r.name)
    data = [RelationTypePublic.model_validate(r) for r in relations]
    return RelationTypesPublic(data=data, count=len(data))

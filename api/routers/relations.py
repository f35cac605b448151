"""Claims across the graph, and the relation-type scheme."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.deps import ClaimEndsDep, ClaimFiltersDep, Limit, Offset, StoreDep, WantsCsvDep, csv_or_json, page_reply
from api.schemas import PROBLEMS, ClaimsPublic, RelationTypePublic, RelationTypesPublic
from graph.model import catalogue
from graph.reads import claim_rows, find_claims

router = APIRouter(tags=["relations"], responses=PROBLEMS)


@router.get("/relations", response_model=ClaimsPublic, responses=csv_or_json())
def list_relations(
    store: StoreDep,
    ends: ClaimEndsDep,
    filters: ClaimFiltersDep,
    csv: WantsCsvDep,
    limit: Limit = 100,
    offset: Offset = 0,
) -> ClaimsPublic | Response:
    """Claims across the graph by subject, relation and object, with their evidence; JSON or CSV."""
    found = find_claims(store, {**filters, **ends}, limit=limit, offset=offset)
    return page_reply(found, ClaimsPublic, csv, "relations", claim_rows)


@router.get("/relation-types", response_model=RelationTypesPublic)
def list_relation_types(store: StoreDep) -> RelationTypesPublic:
    """The relation-type scheme: polarity, Goldstein weight, CAMEO code, PLOVER category, symmetry."""
    relations = sorted(catalogue(store).relations.values(), key=lambda r: r.name)
    data = [RelationTypePublic.model_validate(r) for r in relations]
    return RelationTypesPublic(data=data, count=len(data))

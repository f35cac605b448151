"""Claims: one by id with its evidence, and loading new ones (with the write token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from api.bodies import read_capped
from api.deps import (
    ClaimEndsDep,
    ClaimFiltersDep,
    Limit,
    Offset,
    SettingsDep,
    StoreDep,
    WantsCsvDep,
    Writer,
    csv_or_json,
    page_reply,
)
from api.schemas import CLAIM, PROBLEMS, ClaimPublic, ClaimsPublic, LoadedPublic, ReviewedPublic, example
from graph.intake import accept_claim, load_claims_bytes, reject_claim
from graph.reads import claim_id as short_claim_id
from graph.reads import claim_rows, claims_matching, find_claims, moment, read_claim, source_id

router = APIRouter(prefix="/claims", tags=["claims"], responses=PROBLEMS)

UPLOADS = {"text/csv": "claims.csv", "application/json": "claims.json"}
CSV_EXAMPLE = (
    "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,"
    "source_url,source_title,publisher,published\n"
    'russia,supports,iran,2024-01-01,,isw,asserted,0.7,false,"Moscow backs Tehran",,A report,,2024-02-01\n'
)

SourceFilter = Annotated[str | None, Query(max_length=300, description="only claims from this source (its id or IRI)")]
QuoteWords = Annotated[
    str | None, Query(max_length=500, description='only claims whose quote has these words; "a phrase"; prefix*')
]


@router.get("", response_model=ClaimsPublic, responses=csv_or_json(CLAIM))
def list_claims(
    store: StoreDep,
    ends: ClaimEndsDep,
    filters: ClaimFiltersDep,
    csv: WantsCsvDep,
    source: SourceFilter = None,
    q: QuoteWords = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> ClaimsPublic | Response:
    """Claims across the graph, filtered by subject, relation, object, dates, confidence, status,
    asserter, source and words of their quotes; each with its evidence and the sources' titles.
    JSON, or CSV (`?format=csv` or `Accept: text/csv`): a row a claim and quote, labels beside ids."""
    chosen = {**filters, **ends, **({"source": source} if source is not None else {})}
    only = claims_matching(store, q) if q else None
    found = find_claims(store, chosen, limit=limit, offset=offset, only=only)
    return page_reply(found, ClaimsPublic, csv, "claims", claim_rows)


@router.get("/{claim_id:path}", response_model=ClaimPublic, responses=example(CLAIM))
def get_claim(
    store: StoreDep,
    claim_id: Annotated[str, Path(max_length=200, description="the claim's id, or its full IRI")],
    recorded_at: Annotated[
        str | None,
        Query(
            max_length=40,
            description="the claim as the graph said at this moment (record time): an ISO date-time, or a date "
            "(its end, UTC); 404 if it was recorded later",
        ),
    ] = None,
) -> ClaimPublic:
    """A claim with its subject, relation, object, asserter, dates and every piece of evidence; a
    superseded claim names its successor (`superseded_by`), a correction its predecessor."""
    return read_claim(store, claim_id, moment(recorded_at) if recorded_at else None)


@router.post(
    "",
    status_code=201,
    response_model=LoadedPublic,
    responses={403: {"description": "no write token, a wrong one, or a read-only server"}, 413: {}, 415: {}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/csv": {"schema": {"type": "string"}, "example": CSV_EXAMPLE},
                "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
            },
        }
    },
)
async def post_claims(request: Request, store: StoreDep, settings: SettingsDep, who: Writer) -> LoadedPublic:
    """Load claims (CSV or JSON, as `entente load` takes them), validated like the CLI; all or nothing.
    The load is recorded with the token's name; a claim already held under another status gets
    the file's status as a recorded change."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in UPLOADS:
        raise HTTPException(415, f"send claims as {' or '.join(UPLOADS)}, not {media_type or 'no content type'}")
    data = await read_capped(request, settings.max_upload_bytes)
    claims = await run_in_threadpool(lambda: load_claims_bytes(store, data, UPLOADS[media_type], by=who))
    sources = sorted({source_id(c.source.iri.value) for c in claims})
    return LoadedPublic(claims=len(claims), ids=[c.key for c in claims], sources=sources)


ClaimId = Annotated[str, Path(max_length=200, description="a candidate claim's id, or its full IRI")]
WRITE_REFUSED: dict[int | str, dict[str, object]] = {
    403: {"description": "no write token, a wrong one, or a read-only server"}
}


@router.post("/{claim_id:path}/accept", response_model=ReviewedPublic, responses=WRITE_REFUSED)
def post_accept(store: StoreDep, claim_id: ClaimId, who: Writer) -> ReviewedPublic:
    """Accept a candidate claim: it becomes asserted (a change recorded with the token's name)
    and, unless negated, its edge is drawn."""
    claim = accept_claim(store, claim_id, by=who)
    return ReviewedPublic(id=short_claim_id(claim.iri.value), status=claim.status)


@router.post("/{claim_id:path}/reject", response_model=ReviewedPublic, responses=WRITE_REFUSED)
def post_reject(store: StoreDep, claim_id: ClaimId, _who: Writer) -> ReviewedPublic:
    """Reject a candidate claim: it is removed with its evidence (and its source if nothing is left);
    the rejection is remembered, so a later review does not accept it by accident."""
    reject_claim(store, claim_id)
    return ReviewedPublic(id=claim_id, status="rejected")

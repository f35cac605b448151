"""A claim's life over HTTP (with a write token): retract, restore, supersede; and its history.

Each change is recorded with the token's name as who made it (``ENTENTE_WRITE_TOKENS`` names
them). Registered before :mod:`api.routers.claims`, whose ``/claims/{id}`` takes any path."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, Writer
from api.schemas import PROBLEMS, Model
from graph.intake import restore, retract, supersede
from graph.reads import ClaimChange, history

router = APIRouter(prefix="/claims", tags=["claims"], responses=PROBLEMS)

ClaimId = Annotated[str, Path(max_length=200, description="the claim's id, or its full IRI")]
REFUSED: dict[int | str, dict[str, object]] = {
    403: {"description": "no write token, a wrong one, or a read-only server"}
}


class Retraction(Model):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000, description="why the claim is withdrawn")


class Restoration(Model):
    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(default=None, max_length=2000, description="why it stands after all")


class Correction(Model):
    """What was wrong, and the corrected values (any of them; the rest are kept)."""

    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=2000, description="what was wrong")
    subject: str | None = Field(default=None, max_length=300, description="the corrected subject: a name, id or code")
    relation: str | None = Field(default=None, max_length=100, description="the corrected relation type")
    object: str | None = Field(default=None, max_length=300, description="the corrected object")
    valid_from: date | None = None
    valid_until: date | None = None
    confidence: Decimal | None = Field(default=None, ge=0, le=1)


class ChangePublic(Model):
    claim: str
    from_status: str | None = Field(description="null for the event that recorded the claim")
    to_status: str
    at: datetime
    by: str
    reason: str | None
    successor: str | None = None


def _public(change: ClaimChange) -> ChangePublic:
    return ChangePublic.model_validate(vars(change))


@router.get("/{claim_id:path}/history", response_model=list[ChangePublic])
def get_history(store: StoreDep, claim_id: ClaimId) -> list[ChangePublic]:
    """When the claim was recorded and by whom, then every change of its status (from, to, when,
    by whom, why; the successor of a superseded claim), oldest first."""
    return [_public(change) for change in history(store, claim_id)]


@router.post("/{claim_id:path}/retract", response_model=ChangePublic, responses=REFUSED)
async def post_retract(store: StoreDep, claim_id: ClaimId, body: Retraction, who: Writer) -> ChangePublic:
    """Withdraw an asserted or candidate claim; it is kept, its edge goes unless another claim draws it."""
    return _public(await run_in_threadpool(retract, store, claim_id, by=who, reason=body.reason))


@router.post("/{claim_id:path}/restore", response_model=ChangePublic, responses=REFUSED)
async def post_restore(store: StoreDep, claim_id: ClaimId, body: Restoration, who: Writer) -> ChangePublic:
    """Assert a retracted claim again (its edge is drawn again unless it is negated)."""
    return _public(await run_in_threadpool(restore, store, claim_id, by=who, reason=body.reason))


@router.post("/{claim_id:path}/supersede", response_model=ChangePublic, responses=REFUSED)
async def post_supersede(store: StoreDep, claim_id: ClaimId, body: Correction, who: Writer) -> ChangePublic:
    """Replace an asserted claim by a corrected one on the same evidence: the old one is kept,
    superseded, and points to its successor (``successor`` in the answer), which is asserted."""
    change = await run_in_threadpool(
        lambda: supersede(
            store,
            claim_id,
            by=who,
            reason=body.reason,
            subject=body.subject,
            relation=body.relation,
            obj=body.object,
            valid_from=body.valid_from,
            valid_until=body.valid_until,
            confidence=body.confidence,
        )
    )
    return _public(change)

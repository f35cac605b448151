"""What routes depend on: the store, the settings and, for writes, the bearer token."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from api.negotiation import negotiate
from graph.reads import Page, rows_csv
from graph.settings import LOCAL_WRITER, Settings
from graph.sparql import Limits
from graph.store import GraphStore

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Rows = tuple[list[str], list[list[object]]]

Status = Literal["asserted", "candidate", "retracted", "superseded"]

bearer = HTTPBearer(auto_error=False, description="a write token (ENTENTE_WRITE_TOKENS or ENTENTE_WRITE_TOKEN)")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.store
    return store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]


def get_limits(settings: SettingsDep) -> Limits:
    return Limits(
        settings.max_query_bytes,
        settings.max_results,
        tuple(settings.service_allow_list),
        settings.max_response_bytes,
    )


LimitsDep = Annotated[Limits, Depends(get_limits)]


def token_names(settings: Settings) -> dict[str, str]:
    """Every token that may write, by its name (the name is recorded as who wrote)."""
    named = dict(settings.write_tokens)
    if settings.write_token:
        named.setdefault("writer", settings.write_token)
    return {name: token for name, token in named.items() if token}


def writer(settings: Settings, authorization: str | None) -> tuple[str | None, str | None]:
    """Who the request writes as (a token's name), or why it may not write (a message)."""
    scheme, _, given = (authorization or "").partition(" ")
    token = given.strip().encode()
    if (
        settings.local_token
        and scheme.lower() == "bearer"
        and hmac.compare_digest(token, settings.local_token.encode())
    ):
        return LOCAL_WRITER, None  # the store directory's own token: whoever can read it can write the files
    if settings.read_only:
        return None, "this server is read-only (ENTENTE_READ_ONLY)"
    named = token_names(settings)
    if not named:
        return None, "writes need a write token, and this server has none configured (ENTENTE_WRITE_TOKENS)"
    if scheme.lower() != "bearer" or not token:
        return None, "writes need 'Authorization: Bearer <write token>'"
    found = [name for name, secret in named.items() if hmac.compare_digest(token, secret.encode())]
    return (found[0], None) if found else (None, "the write token is wrong")


def writes_allowed(settings: Settings, authorization: str | None) -> str | None:
    """Why a write is refused (a message), or None when the request may write."""
    return writer(settings, authorization)[1]


def require_writer(
    request: Request,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """The name of the token that writes; 403 unless writes are on and the bearer token is known."""
    name, refusal = writer(settings, request.headers.get("authorization"))
    if name is None:
        raise HTTPException(status_code=403, detail=refusal)
    return name


Writer = Annotated[str, Depends(require_writer)]
Limit = Annotated[int, Query(ge=1, le=1000, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="items to skip")]
ActorFilter = Annotated[str | None, Query(max_length=300, description="an actor: id, IRI, label, alias or code")]


def claim_filters(
    relation: Annotated[
        str | None, Query(max_length=100, description="a relation type: sanctions, formsBlocWith, ...")
    ] = None,
    as_of: Annotated[date | None, Query(description="only claims valid on this date (valid time)")] = None,
    known_at: Annotated[
        date | None, Query(description="only claims reported on or before this date (known time)")
    ] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="only claims at least this confident")
    ] = None,
    status: Annotated[Status, Query(description="the claims' status")] = "asserted",
    asserted_by: Annotated[str | None, Query(max_length=300, description="only claims made by this party")] = None,
    recorded_at: Annotated[
        str | None,
        Query(
            max_length=40,
            description="the graph as it was recorded at this moment (record time): an ISO date-time, or a date "
            "(its end, UTC); claims recorded later are left out, and each has the status it had then",
        ),
    ] = None,
) -> dict[str, str]:
    """The filters every claim listing takes, as the named queries' string parameters."""
    values: dict[str, object] = {
        "relation": relation,
        "as_of": as_of,
        "known_at": known_at,
        "min_confidence": min_confidence,
        "status": status,
        "asserted_by": asserted_by,
        "recorded_at": recorded_at,
    }
    return {k: v.isoformat() if isinstance(v, date) else str(v) for k, v in values.items() if v is not None}


ClaimFiltersDep = Annotated[dict[str, str], Depends(claim_filters)]


def claim_ends(subject: ActorFilter = None, object: ActorFilter = None) -> dict[str, str]:
    """The subject and the object a listing of claims is limited to, as the client named them."""
    return {k: v for k, v in (("subject", subject), ("object", object)) if v is not None}


ClaimEndsDep = Annotated[dict[str, str], Depends(claim_ends)]


def wants_csv(
    request: Request,
    format: Annotated[
        Literal["json", "csv"] | None, Query(description="json or csv; else the Accept header (text/csv)")
    ] = None,
) -> bool:
    """Whether the client asked for CSV: ``?format=csv``, or an Accept header that prefers text/csv."""
    if format is not None:
        return format == "csv"
    return negotiate(request.headers.get("accept"), {"application/json": "json", "text/csv": "csv"}) == "csv"


WantsCsvDep = Annotated[bool, Depends(wants_csv)]


def csv_or_json(item: dict[str, Any] | None = None, limit: int = 100) -> dict[int | str, dict[str, Any]]:
    """A list route's ``responses=`` entry: JSON (a page of one ``item`` as the example) or CSV."""
    content: dict[str, Any] = {"text/csv": {"schema": {"type": "string"}}}
    if item is not None:
        page = {"data": [item], "count": 1, "total": 1, "limit": limit, "offset": 0}
        content["application/json"] = {"example": page}
    return {200: {"description": "JSON, or CSV with labels beside ids (?format=csv)", "content": content}}


def csv_response(name: str, rows: Rows, total: int) -> Response:
    """A page as CSV (cells safe for spreadsheets), with the number of items across pages in ``X-Total-Count``."""
    header, body = rows
    headers = {"Vary": "Accept", "X-Total-Count": str(total), "Content-Disposition": f'inline; filename="{name}.csv"'}
    return Response(rows_csv(header, body), media_type="text/csv; charset=utf-8", headers=headers)


def page_reply(
    found: Page[T],
    model: type[M],
    csv: bool,
    name: str,
    rows: Callable[[list[T]], Rows],
    **extra: object,
) -> M | Response:
    """A list route's reply: the page as CSV named ``name`` when the client asked for it (``rows``
    makes the table), else ``model`` with the page's count and any ``extra`` fields."""
    if csv:
        return csv_response(name, rows(found.data), found.total)
    return model.model_validate({**extra, **vars(found), "count": found.count})

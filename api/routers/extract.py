"""Extraction: an article's text to candidate claims (with the write token)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from api.bodies import read_capped
from api.deps import SettingsDep, StoreDep, Writer
from api.execution import job_bytes
from api.negotiation import negotiate
from api.schemas import PROBLEMS, CandidatesPublic, LoadedPublic
from graph.errors import InputError, Problem
from graph.intake import COLUMNS, load_claims_bytes
from graph.reads import safe_cell, source_id

router = APIRouter(tags=["claims"], responses=PROBLEMS)

OFFERS = {"application/json": "application/json", "text/csv": "text/csv"}


def candidates_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


async def propose(
    request: Request,
    text: str,
    published: date | None,
    source_url: str | None,
    title: str | None,
    publisher: str | None,
) -> list[dict[str, str]]:
    """The candidate claims of ``text``, found in a worker process bounded in time and memory."""
    from graph.extract import dateline, first_line  # the extractor is imported at its first use, not at start

    day = published or dateline(text)
    if day is None:
        raise InputError(Problem("no dateline found in the text: give published=YYYY-MM-DD", column="published"))
    args = (text, day, source_url, title or first_line(text), publisher)
    rows: list[dict[str, str]] = json.loads(await job_bytes(request, "graph.extract.jobs:candidates", args))
    return rows


@router.post(
    "/extract",
    response_model=CandidatesPublic,
    responses={403: {"description": "no write token, a wrong one, or a read-only server"}, 413: {}, 415: {}},
    openapi_extra={"requestBody": {"required": True, "content": {"text/plain": {"schema": {"type": "string"}}}}},
)
async def post_extract(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    who: Writer,
    source_url: Annotated[str | None, Query(max_length=2000, description="where the article was published")] = None,
    title: Annotated[str | None, Query(max_length=500, description="its title [default: its first line]")] = None,
    publisher: Annotated[str | None, Query(max_length=300, description="who published it")] = None,
    published: Annotated[date | None, Query(description="its publication date [default: its dateline]")] = None,
    load: Annotated[bool, Query(description="also store the candidates (status=candidate) for review")] = False,
) -> Response | CandidatesPublic:
    """Propose the claims a plain-text article makes, each with its quote and offsets; with
    `load=true` they are stored as candidates (queryable, never drawn as edges until accepted)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "text/plain":
        raise HTTPException(415, f"send the article as text/plain, not {media_type or 'no content type'}")
    body = await read_capped(request, settings.max_upload_bytes, "the article")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(Problem(f"the article is not UTF-8 text (byte {error.start})")) from None
    rows = await propose(request, text, published, source_url, title, publisher)
    loaded = None
    if load and rows:
        data = candidates_csv(rows).encode()
        claims = await run_in_threadpool(lambda: load_claims_bytes(store, data, "extracted.csv", by=who))
        loaded = LoadedPublic(
            claims=len(claims),
            ids=[c.key for c in claims],
            sources=sorted({source_id(c.source.iri.value) for c in claims}),
        )
    if negotiate(request.headers.get("accept"), OFFERS) == "text/csv":
        return Response(candidates_csv(rows), media_type="text/csv")
    return CandidatesPublic(count=len(rows), candidates=rows, loaded=loaded)

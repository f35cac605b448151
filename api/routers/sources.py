"""Sources: the documents claims come from; retracting one removes its claims."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from api.deps import Limit, Offset, StoreDep, WantsCsvDep, Writer, csv_or_json, page_reply
from api.schemas import PROBLEMS, SOURCE, RetractedPublic, SourcePublic, SourcesPublic, example
from graph.intake import purge_source
from graph.reads import list_sources, read_source, source_rows

router = APIRouter(prefix="/sources", tags=["sources"], responses=PROBLEMS)

SourceId = Annotated[str, Path(max_length=300, description="the source's id (from /sources), or its full IRI")]


@router.get("", response_model=SourcesPublic, responses=csv_or_json())
def get_sources(store: StoreDep, csv: WantsCsvDep, limit: Limit = 100, offset: Offset = 0) -> SourcesPublic | Response:
    """Every source, newest first, with its number of claims; JSON or CSV."""
    found = list_sources(store, limit=limit, offset=offset)
    return page_reply(found, SourcesPublic, csv, "sources", source_rows)


@router.get("/{source_id:path}", response_model=SourcePublic, responses=example(SOURCE))
def get_source(store: StoreDep, source_id: SourceId) -> SourcePublic:
    """A source: title, URL, publisher, date and number of claims."""
    return read_source(store, source_id)


@router.delete(
    "/{source_id:path}",
    response_model=RetractedPublic,
    responses={403: {"description": "no write token, a wrong one, or a read-only server"}},
)
def delete_source(store: StoreDep, source_id: SourceId, who: Writer) -> RetractedPublic:
    """Purge a source: its named graph, and with it its claims and edges, is dropped at once; the
    purge is recorded (who — the token's name — when, how many claims). To withdraw one claim and
    keep the record, retract it instead (`POST /claims/{id}/retract`)."""
    source = purge_source(store, source_id, by=who)
    return RetractedPublic(source=source, claims_removed=source.claims)

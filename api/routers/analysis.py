"""Network analysis over HTTP: blocs, alignment, paths, balance, centrality, changes.

Each answer is computed by a function of :mod:`graph.analysis.jobs` in a worker process, bounded
in time and memory (:func:`api.execution.job_response`); names are resolved here first, so an
unknown actor is a 404 before any work starts."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from api.deps import Status, StoreDep
from api.execution import job_response
from graph import analysis
from graph.analysis import Filters
from graph.model import catalogue

__all__ = ["FiltersDep", "filters", "router"]

router = APIRouter(prefix="/analysis", tags=["analysis"])


def filters(
    graph: StoreDep,
    as_of: Annotated[date | None, Query(description="only ties valid on this date (valid time)")] = None,
    known_at: Annotated[date | None, Query(description="only claims reported on or before this date")] = None,
    relation: Annotated[
        list[str] | None, Query(max_length=100, description="only these relation types; repeatable")
    ] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="only claims at least this sure")] = None,
    status: Annotated[Status, Query(description="the claims' status")] = "asserted",
) -> Filters:
    """The projection filters of a request; unknown relations are a 404 that names the known ones."""
    return analysis.resolve_filters(
        catalogue(graph),
        as_of=as_of,
        known_at=known_at,
        relations=relation or (),
        min_confidence=min_confidence,
        status=status,
    )


FiltersDep = Annotated[Filters, Depends(filters)]


def pair(
    graph: StoreDep,
    a: Annotated[str, Query(description="an actor: id, label, alias or code")],
    b: Annotated[str, Query(description="another actor")],
) -> tuple[str, str]:
    """The two actors compared, resolved to ids (run in the thread pool, before any work starts)."""
    known = catalogue(graph)
    return known.resolve_actor(a).id, known.resolve_actor(b).id


def ends(
    graph: StoreDep,
    source: Annotated[str, Query(alias="from", description="where the paths start")],
    target: Annotated[str, Query(alias="to", description="where they end")],
) -> tuple[str, str]:
    """The two ends of the paths asked for, resolved to ids."""
    return pair(graph, source, target)


JOBS = "graph.analysis.jobs:"
JSON = "application/json"
BOUNDED: dict[int | str, dict[str, Any]] = {
    503: {"description": "the work ran longer than query_timeout_s, or past worker_memory_mb"}
}


def _whole_graph(name: str, doc: str) -> None:
    """A route that runs the job ``name`` over the whole projection, with the request's filters only."""

    async def route(request: Request, chosen: FiltersDep) -> StreamingResponse:
        return await job_response(request, JOBS + name, (chosen,), JSON)

    route.__doc__ = doc
    router.add_api_route("/" + name, route, methods=["GET"], name=name, responses=BOUNDED)


_whole_graph("blocs", "Communities of cooperative ties, largest first.")
_whole_graph("balance", 'Structural balance: the triads that break "the enemy of my enemy is my friend".')
_whole_graph("centrality", "Each actor's ties, brokerage (betweenness) and cooperative and hostile weight.")


@router.get("/alignment", responses=BOUNDED)
async def alignment(
    request: Request,
    chosen: FiltersDep,
    actors: Annotated[tuple[str, str], Depends(pair)],
    start: Annotated[date | None, Query(alias="from", description="give a series from this date")] = None,
    end: Annotated[date | None, Query(alias="to", description="the series' last date [today]")] = None,
    window: Annotated[int, Query(ge=1, description="the series' window in days")] = 365,
) -> StreamingResponse:
    """How aligned two actors are, from -1 (hostile) to +1 (friendly); a series over windows with ``from``."""
    args = (chosen, *actors, start, end or date.today(), window)
    return await job_response(request, JOBS + "alignment", args, JSON)


@router.get("/paths", responses=BOUNDED)
async def paths(
    request: Request,
    chosen: FiltersDep,
    actors: Annotated[tuple[str, str], Depends(ends)],
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> StreamingResponse:
    """The shortest chains of ties between two actors, with the claims and quotes along them."""
    return await job_response(request, JOBS + "paths", (chosen, *actors, limit), JSON)


@router.get("/changes", responses=BOUNDED)
async def changes(
    request: Request,
    chosen: FiltersDep,
    before: Annotated[date, Query(alias="from", description="the earlier date")],
    after: Annotated[date, Query(alias="to", description="the later date")],
) -> StreamingResponse:
    """Ties gained, lost and flipped in sign between two dates (``as_of`` is ignored)."""
    return await job_response(request, JOBS + "changes", (chosen, before, after), JSON)

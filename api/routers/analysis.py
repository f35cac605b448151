"""Network analysis over HTTP: blocs, alignment, paths, balance, centrality, changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import Status, StoreDep
from graph import analysis
from graph.analysis import Filters
from graph.model import catalogue
from graph.store import GraphStore

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


def _actor(graph: GraphStore, name: str) -> str:
    return catalogue(graph).resolve_actor(name).id


@router.get("/blocs")
def blocs(graph: StoreDep, chosen: FiltersDep) -> dict[str, Any]:
    """Communities of cooperative ties, largest first."""
    found = analysis.blocs(analysis.project(graph, chosen))
    return {"data": analysis.jsonable(found), "count": len(found)}


@router.get("/alignment")
def alignment(
    graph: StoreDep,
    chosen: FiltersDep,
    a: Annotated[str, Query(description="an actor: id, label, alias or code")],
    b: Annotated[str, Query(description="another actor")],
    start: Annotated[date | None, Query(alias="from", description="give a series from this date")] = None,
    end: Annotated[date | None, Query(alias="to", description="the series' last date [today]")] = None,
    window: Annotated[int, Query(ge=1, description="the series' window in days")] = 365,
) -> dict[str, Any]:
    """How aligned two actors are, from -1 (hostile) to +1 (friendly); a series over windows with ``from``."""
    x, y = _actor(graph, a), _actor(graph, b)
    result: dict[str, Any] = {
        "a": x,
        "b": y,
        "as_of": analysis.jsonable(chosen.as_of),
        "score": analysis.alignment(analysis.project(graph, chosen), x, y),
    }
    if start is not None:
        whole = analysis.project(graph, replace(chosen, as_of=None))
        series = analysis.alignment_series(whole, x, y, start, end or date.today(), window)
        result["series"] = analysis.jsonable(series)
    return result


@router.get("/paths")
def paths(
    graph: StoreDep,
    chosen: FiltersDep,
    source: Annotated[str, Query(alias="from", description="where the paths start")],
    target: Annotated[str, Query(alias="to", description="where they end")],
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> dict[str, Any]:
    """The shortest chains of ties between two actors, with the claims and quotes along them."""
    found = analysis.paths(analysis.project(graph, chosen), _actor(graph, source), _actor(graph, target), limit=limit)
    return {"data": analysis.jsonable(found), "count": len(found)}


@router.get("/balance")
def balance(graph: StoreDep, chosen: FiltersDep) -> dict[str, Any]:
    """Structural balance: the triads that break "the enemy of my enemy is my friend"."""
    result: dict[str, Any] = analysis.jsonable(analysis.balance(analysis.project(graph, chosen)))
    return result


@router.get("/centrality")
def centrality(graph: StoreDep, chosen: FiltersDep) -> dict[str, Any]:
    """Each actor's ties, brokerage (betweenness) and cooperative and hostile weight."""
    found = analysis.centrality(analysis.project(graph, chosen))
    return {"data": analysis.jsonable(found), "count": len(found)}


@router.get("/changes")
def changes(
    graph: StoreDep,
    chosen: FiltersDep,
    before: Annotated[date, Query(alias="from", description="the earlier date")],
    after: Annotated[date, Query(alias="to", description="the later date")],
) -> dict[str, Any]:
    """Ties gained, lost and flipped in sign between two dates (``as_of`` is ignored)."""
    whole = analysis.project(graph, replace(chosen, as_of=None))
    result: dict[str, Any] = analysis.jsonable(analysis.changes(whole, before, after))
    return result

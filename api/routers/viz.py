"""The interactive viewer: a page drawn with Cytoscape.js (laid out by fCoSE), and the views it
draws: never the whole graph, but the most active actors and their strongest ties on the slider's
date, and the strongest ties of the actors the reader expands (:func:`graph.analysis.overview`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.pages import templates
from api.routers.analysis import FiltersDep
from graph.analysis import MAX_ACTORS, MAX_EXPANDED, MAX_TIES, Filters, overview
from graph.model import catalogue
from graph.store import GraphStore

__all__ = ["router"]

router = APIRouter(tags=["viewer"])


@router.get("/viz", response_class=HTMLResponse)
def viewer(request: Request) -> HTMLResponse:
    """The viewer: the graph over valid or known time, filters, contested ties, actor and tie panels, a timeline."""
    # The page's script, style sheet and vendored Cytoscape.js are served from the app's /static.
    return templates.TemplateResponse(request, "viz.html", {}, headers={"Cache-Control": "no-cache"})


@router.get("/viz/view")
async def view(
    graph: StoreDep,
    chosen: FiltersDep,
    actors: Annotated[int, Query(ge=1, le=MAX_ACTORS, description="the most active actors to show")] = 40,
    ties: Annotated[int, Query(ge=1, le=MAX_TIES, description="the strongest ties among them to show")] = 150,
    expand: Annotated[
        list[str] | None,
        Query(max_length=MAX_EXPANDED, description="actors whose own strongest ties to add; repeatable"),
    ] = None,
    per_actor: Annotated[int, Query(ge=1, le=200, description="ties added for each expanded actor")] = 25,
) -> dict[str, Any]:
    """What the viewer draws: the ``actors`` actors with the most claims under the filters, the
    ``ties`` strongest ties among them, and the ``per_actor`` strongest ties of each ``expand``
    actor, as Cytoscape.js elements (each tie with its claims' ids), with the totals."""
    return await run_in_threadpool(_view, graph, chosen, actors, ties, expand or [], per_actor)


def _view(
    graph: GraphStore, chosen: Filters, actors: int, ties: int, expand: list[str], per_actor: int
) -> dict[str, Any]:
    known = catalogue(graph)
    ids = [known.resolve_actor(name).id for name in expand]  # an unknown name is a 404 naming the closest
    return overview(graph, chosen, actors, ties, ids, per_actor)

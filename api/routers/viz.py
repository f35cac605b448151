"""The interactive viewer: a page drawn with Cytoscape.js (laid out once by fCoSE) from the Cytoscape
export, the contested claims and the actors' REST resources."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages import templates

__all__ = ["router"]

router = APIRouter(tags=["viewer"])


@router.get("/viz", response_class=HTMLResponse)
def viewer(request: Request) -> HTMLResponse:
    """The viewer: the graph over valid or known time, filters, contested ties, actor and tie panels, a timeline."""
    # The page's script, style sheet and vendored Cytoscape.js are served from the app's /static.
    return templates.TemplateResponse(request, "viz.html", {}, headers={"Cache-Control": "no-cache"})

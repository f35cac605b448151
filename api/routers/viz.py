"""The interactive viewer: a page drawn with Cytoscape.js (laid out once by fCoSE) from the Cytoscape
export, the contested claims and the actors' REST resources."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

__all__ = ["router"]

router = APIRouter(tags=["viewer"])

# The page's script, style sheet and vendored Cytoscape.js are served from the app's /static.
PAGE = Path(__file__).resolve().parent.parent / "static" / "viz.html"


@router.get("/viz", response_class=FileResponse)
def viewer() -> FileResponse:
    """The viewer: the graph over valid or known time, filters, contested ties, actor and tie panels, a timeline."""
    return FileResponse(PAGE, media_type="text/html", headers={"Cache-Control": "no-cache"})

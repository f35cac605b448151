"""The landing page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.pages import home_page

router = APIRouter(tags=["home"], include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """Links to the API docs, the SPARQL page, the named queries and the viewer."""
    return home_page(request)

"""Exports of the graph over HTTP, one format a URL."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import StreamingResponse

from api.execution import job_response
from api.routers.analysis import FiltersDep
from graph.errors import NotFoundError
from graph.export import FORMATS, ExportFormat, filename

__all__ = ["router"]

router = APIRouter(prefix="/export", tags=["export"])


@router.get(
    "/{format}",
    responses={
        200: {"content": {media: {} for media, _ in FORMATS.values()}},
        413: {"description": "the export is larger than max_export_bytes: narrow it, or use `entente export`"},
        503: {"description": "the export ran longer than query_timeout_s, or past worker_memory_mb"},
    },
)
async def export_graph(
    request: Request,
    chosen: FiltersDep,
    format: Annotated[str, Path(description=f"one of {', '.join(f.value for f in ExportFormat)}")],
) -> StreamingResponse:
    """The graph (or its RDF) in a format for Gephi, Cytoscape, D3, Graphviz, spreadsheets or RDF tools.

    Computed in a worker process bounded in time and memory, and streamed."""
    try:
        fmt = ExportFormat(format.casefold())
    except ValueError:
        raise NotFoundError("export format", format, [f.value for f in ExportFormat]) from None
    media_type, _ = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{filename(fmt)}"'}
    return await job_response(request, "graph.export:export", (fmt, chosen), media_type, headers)

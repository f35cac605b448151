"""Exports of the graph over HTTP, one format a URL."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from api.deps import StoreDep
from api.routers.analysis import FiltersDep
from graph.errors import NotFoundError
from graph.export import FORMATS, ExportFormat, export, filename

__all__ = ["router"]

router = APIRouter(prefix="/export", tags=["export"])


@router.get("/{format}", responses={200: {"content": {media: {} for media, _ in FORMATS.values()}}})
def export_graph(
    graph: StoreDep,
    chosen: FiltersDep,
    format: Annotated[str, Path(description=f"one of {', '.join(f.value for f in ExportFormat)}")],
) -> Response:
    """The graph (or its RDF) in a format for Gephi, Cytoscape, D3, Graphviz, spreadsheets or RDF tools."""
    try:
        fmt = ExportFormat(format.casefold())
    except ValueError:
        raise NotFoundError("export format", format, [f.value for f in ExportFormat]) from None
    media_type, _ = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{filename(fmt)}"'}
    return Response(export(graph, fmt, chosen), media_type=media_type, headers=headers)

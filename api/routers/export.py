"""Exports of the graph over HTTP, one format a URL."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import IO, Annotated

from fastapi import APIRouter, Request
from fastapi import Path as PathParameter
from fastapi.responses import StreamingResponse

from api.execution import CHUNK_BYTES, bounded, job_response
from api.routers.analysis import FiltersDep
from graph.analysis import Filters
from graph.errors import NotFoundError, Problem
from graph.export import FORMATS, ExportFormat, filename
from graph.settings import Settings
from graph.store import GraphStore, TooLargeResultError

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
    format: Annotated[str, PathParameter(description=f"one of {', '.join(f.value for f in ExportFormat)}")],
) -> StreamingResponse:
    """The graph (or its RDF) in a format for Gephi, Cytoscape, D3, Graphviz, spreadsheets or RDF tools.

    Computed in a worker process bounded in time and memory, and streamed."""
    try:
        fmt = ExportFormat(format.casefold())
    except ValueError:
        raise NotFoundError("export format", format, [f.value for f in ExportFormat]) from None
    media_type, _ = FORMATS[fmt]
    headers = {"Content-Disposition": f'attachment; filename="{filename(fmt)}"'}
    if fmt is ExportFormat.gexf:
        spool, size = await _spooled(request, fmt, chosen)
        return StreamingResponse(
            _chunks(spool), media_type=media_type, headers={**headers, "Content-Length": str(size)}
        )
    return await job_response(request, "graph.export:export", (fmt, chosen), media_type, headers)


async def _spooled(request: Request, fmt: ExportFormat, chosen: Filters) -> tuple[IO[bytes], int]:
    """The export written by the worker to a file as it is produced (never whole in its memory),
    bounded like every job, and cut past ``max_export_bytes`` (413); the file open, already unlinked."""
    settings: Settings = request.app.state.settings
    store: GraphStore = request.app.state.store
    with tempfile.NamedTemporaryFile(prefix="entente-export-", delete=False) as created:
        path = Path(created.name)
    try:
        arguments = (fmt, chosen, str(path), settings.max_export_bytes)
        run = partial(store.run_job, "graph.export:export_file", arguments)
        with await bounded(request, settings.query_timeout_s, run) as answer:
            size = int(answer.read())
        if size > settings.max_export_bytes:
            raise TooLargeResultError(
                Problem(
                    f"the answer is more than this server's {settings.max_export_bytes:,} bytes;"
                    " narrow it, or use the command line"
                )
            )
        return path.open("rb"), size
    finally:
        path.unlink(missing_ok=True)


def _chunks(answer: IO[bytes]) -> Iterator[bytes]:
    with answer:
        while chunk := answer.read(CHUNK_BYTES):
            yield chunk

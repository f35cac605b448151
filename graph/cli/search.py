"""``entente search``: words in the quotes of claims and the titles of sources, best first."""

from __future__ import annotations

from typing import Annotated

import typer

from graph.analysis import jsonable
from graph.cli.app import app
from graph.cli.common import Columns, FormatOption, Output, StoreOption, opened
from graph.cli.output import show
from graph.reads import SearchHit
from graph.reads import search as search_texts

__all__ = ["search"]


def marked(hit: SearchHit) -> str:
    """The hit's text with its matching words in «guillemets»."""
    text = hit.text
    for start, end in reversed(hit.spans):
        text = text[:start] + "«" + text[start:end] + "»" + text[end:]
    return text


def _what(hit: SearchHit) -> str:
    if hit.claim is None:
        return "source"
    claim = hit.claim
    denial = "not " if claim.negated else ""
    return f"{claim.subject.label} {denial}{claim.relation_label} {claim.object.label} ({claim.status})"


@app.command()
def search(
    text: Annotated[str, typer.Argument(help='words that must all occur; "a phrase"; prefix*')],
    kind: Annotated[str | None, typer.Option(help="only quotes (claim) or source titles (source)")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="at most this many hits")] = 20,
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """Full-text search over the quotes of claims and the titles of sources, best first (bm25).

    Stems match ("sanction" finds "sanctions"); the matching words are in «guillemets»."""
    with opened(store) as graph:
        if kind is not None and kind not in ("claim", "source"):
            raise typer.BadParameter(f"{kind!r} is not claim or source", param_hint="--kind")
        found = search_texts(graph, text, kind=kind, limit=limit, offset=0)
    header = ["score", "what", "text", "source", "published", "claim"]
    rows = [
        [
            f"{hit.score:.3f}",
            _what(hit),
            marked(hit),
            hit.source.title or hit.source.id,
            hit.source.published.isoformat() if hit.source.published else "",
            hit.claim.id if hit.claim else "",
        ]
        for hit in found.data
    ]
    show(output_format, jsonable({"data": found.data, "total": found.total}), header, rows, columns)
    if output_format is Output.table and found.total > found.count:
        typer.echo(f"{found.count} of {found.total} hits; --limit shows more", err=True)

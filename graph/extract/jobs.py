"""Extraction as a job a worker process runs by name (``"graph.extract.jobs:candidates"``, see
:meth:`graph.store.base.GraphStore.run_job`): an article's candidate claims as JSON bytes."""

from __future__ import annotations

import json
from datetime import date

from graph.extract.article import store_lexicon
from graph.extract.pipeline import candidates_to_rows, extract
from graph.store.base import GraphStore

__all__ = ["candidates"]


def candidates(
    store: GraphStore,
    text: str,
    published: date,
    source_url: str | None,
    title: str,
    publisher: str | None,
) -> bytes:
    """The candidate claims of ``text`` as a JSON list of claims-format rows."""
    found = extract(
        text, store_lexicon(store), published=published, source_url=source_url, title=title, publisher=publisher
    )
    return json.dumps(candidates_to_rows(found), ensure_ascii=False).encode()

"""The answers of the analysis routes as JSON bytes: functions that a worker process runs by name
(``"graph.analysis.jobs:blocs"``, see :meth:`graph.store.base.GraphStore.run_job`), so that a
projection of a large store, and the measures on it, run where a deadline can stop them. Each
takes the store first and picklable arguments (filters, actor ids, dates, numbers)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from graph.analysis.measures import alignment_detail, alignment_series
from graph.analysis.measures import balance as balance_of
from graph.analysis.measures import blocs as blocs_of
from graph.analysis.measures import centrality as centrality_of
from graph.analysis.measures import changes as changes_of
from graph.analysis.measures import paths as paths_of
from graph.analysis.projection import Filters, project
from graph.analysis.results import jsonable
from graph.store.base import GraphStore

__all__ = ["alignment", "balance", "blocs", "centrality", "changes", "paths"]


def _json(value: Any) -> bytes:
    return json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":")).encode()


def _listed(found: list[Any]) -> bytes:
    return _json({"data": found, "count": len(found)})


def blocs(store: GraphStore, filters: Filters) -> bytes:
    return _listed(blocs_of(project(store, filters)))


def alignment(store: GraphStore, filters: Filters, a: str, b: str, start: date | None, end: date, window: int) -> bytes:
    detail = alignment_detail(project(store, filters), a, b)
    result: dict[str, Any] = {"a": a, "b": b, "as_of": filters.as_of, **vars(detail)}
    if start is not None:
        whole = project(store, replace(filters, as_of=None))
        result["series"] = alignment_series(whole, a, b, start, end, window)
    return _json(result)


def paths(store: GraphStore, filters: Filters, source: str, target: str, limit: int) -> bytes:
    return _listed(paths_of(project(store, filters), source, target, limit=limit))


def balance(store: GraphStore, filters: Filters) -> bytes:
    return _json(balance_of(project(store, filters)))


def centrality(store: GraphStore, filters: Filters) -> bytes:
    return _listed(centrality_of(project(store, filters)))


def changes(store: GraphStore, filters: Filters, before: date, after: date) -> bytes:
    return _json(changes_of(project(store, replace(filters, as_of=None)), before, after))

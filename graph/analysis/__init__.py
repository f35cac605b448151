"""Network analysis: claims aggregated by the store (``claims``) and projected to a networkx graph
(``projection``), the claims behind an edge read when asked for (``edges``), the measures on it
(``measures``: blocs, alignment, paths, structural balance, centrality, changes), their answers
(``results``), and what the viewer draws of a large graph (``overview``).

The measures (networkx's algorithms) are imported at their first use (:func:`__getattr__`), so
that importing the package, as the API and the command line do when they start, does not."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from graph.analysis import results
from graph.analysis.edges import edge_records
from graph.analysis.overview import MAX_ACTORS, MAX_EXPANDED, MAX_TIES, overview
from graph.analysis.projection import (
    NO_FILTERS,
    ClaimRecord,
    Filters,
    build_graph,
    claim_records,
    project,
    resolve_filters,
    restrict,
)
from graph.analysis.results import *  # noqa: F403 - the answers' types and jsonable, as results.__all__ lists them

if TYPE_CHECKING:
    from graph.analysis.measures import (
        alignment,
        alignment_detail,
        alignment_series,
        balance,
        blocs,
        centrality,
        changes,
        paths,
        signed,
    )

MEASURES = frozenset(
    (
        "alignment",
        "alignment_detail",
        "alignment_series",
        "balance",
        "blocs",
        "centrality",
        "changes",
        "paths",
        "signed",
    )
)

__all__ = [
    "MAX_ACTORS",
    "MAX_EXPANDED",
    "MAX_TIES",
    "NO_FILTERS",
    "ClaimRecord",
    "Filters",
    "alignment",
    "alignment_detail",
    "alignment_series",
    "balance",
    "blocs",
    "build_graph",
    "centrality",
    "changes",
    "claim_records",
    "edge_records",
    "overview",
    "paths",
    "project",
    "resolve_filters",
    "restrict",
    "signed",
]
__all__ += results.__all__


def __getattr__(name: str) -> Any:
    """A measure, imported from :mod:`graph.analysis.measures` when first asked for."""
    if name not in MEASURES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("graph.analysis.measures"), name)
    globals()[name] = value
    return value

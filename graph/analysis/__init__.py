"""Network analysis: claims aggregated by the store (``claims``) and projected to a networkx graph
(``projection``), the claims behind an edge read when asked for (``edges``), the measures on it
(``measures``: blocs, alignment, paths, structural balance, centrality, changes), their answers
(``results``), and what the viewer draws of a large graph (``overview``)."""

from graph.analysis import results
from graph.analysis.edges import edge_records
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

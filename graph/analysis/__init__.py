"""Network analysis: claims aggregated by the store (``claims``) and projected to a networkx graph
(``projection``), the claims behind an edge read when asked for (``edges``), the measures on it
(``measures``: blocs, alignment, paths, structural balance, centrality, changes), their answers
(``results``), and what the viewer draws of a large graph (``overview``)."""

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
from graph.analysis.results import (
    Alignment,
    Balance,
    Bloc,
    Centrality,
    Changes,
    Flip,
    Hop,
    Path,
    Tie,
    Triad,
    WindowScore,
    jsonable,
)

__all__ = [
    "MAX_ACTORS",
    "MAX_EXPANDED",
    "MAX_TIES",
    "NO_FILTERS",
    "Alignment",
    "Balance",
    "Bloc",
    "Centrality",
    "Changes",
    "ClaimRecord",
    "Filters",
    "Flip",
    "Hop",
    "Path",
    "Tie",
    "Triad",
    "WindowScore",
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
    "jsonable",
    "overview",
    "paths",
    "project",
    "resolve_filters",
    "restrict",
    "signed",
]

"""Network analysis: claims projected to a networkx graph (``projection``), the measures on it
(``measures``: blocs, alignment, paths, structural balance, centrality, changes) and their answers
(``results``)."""

from graph.analysis.measures import alignment, alignment_series, balance, blocs, centrality, changes, paths, signed
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
    "NO_FILTERS",
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
    "alignment_series",
    "balance",
    "blocs",
    "build_graph",
    "centrality",
    "changes",
    "claim_records",
    "jsonable",
    "paths",
    "project",
    "resolve_filters",
    "restrict",
    "signed",
]

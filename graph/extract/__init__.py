"""Rule-based extraction: an article in, candidate claims with verbatim quotes out.

``pipeline`` runs the steps (``text`` → ``mentions`` → ``clause`` → ``subjects``/``objects``/``lists`` →
``acting`` → ``relations``, with ``attribution``, ``modality``, ``discourse`` and ``dates``) on a ``lexicon``
read from the store; ``article`` reads a dateline and title; ``eval`` scores a labelled set.
"""

from graph.extract.article import dateline, first_line, store_lexicon
from graph.extract.eval import evaluate, format_evaluation
from graph.extract.pipeline import CandidateClaim, candidates_to_rows, extract, write_candidates_csv

__all__ = [
    "CandidateClaim",
    "candidates_to_rows",
    "dateline",
    "evaluate",
    "extract",
    "first_line",
    "format_evaluation",
    "store_lexicon",
    "write_candidates_csv",
]

"""The whole graph's ties from the claims index: one row per (subject, relation, object), grouped
by SQLite over the ``tie_rows`` table (each claim with its evidence, :mod:`graph.index.tie_rows`).

These are the same rows as the projection's and the viewer's aggregated SPARQL queries
(:mod:`graph.analysis.claims`, :mod:`graph.analysis.overview`) — a row per claim and evidence,
never negated claims, with the same filters — read from one table scan instead of joining a dozen
patterns over the store's on-disk indexes. The caller asks the index only when it is in step with
the store and answers the whole graph exactly (:meth:`ClaimsIndex.whole`); otherwise SPARQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise

from graph.index.claims import ClaimsIndex
from graph.index.snapshot import StaleIndexError

__all__ = ["TieFilters", "edge_rows", "timeline_rows"]

# The filters, as lookup.py writes them: a filter left out is a NULL parameter, so the statement is
# complete and every value is bound. Valid time and known time as ent:validOn and ent:knownBy. The
# rows are the claims joined with their evidence when written (:mod:`graph.index.tie_rows`), in
# the order of the groups: one range scan, grouping as it goes, a row out at a time.
TIE_CONDITIONS = """
FROM tie_rows t
WHERE t.status = :status
  AND (:relation IS NULL OR t.relation = :relation)
  AND (:as_of IS NULL OR ((t.valid_from IS NULL OR t.valid_from <= :as_of)
                          AND (t.valid_until IS NULL OR :as_of <= t.valid_until)))
  AND (:known_at IS NULL OR t.published <= :known_at)
  AND (:min_confidence IS NULL OR t.confidence >= :min_confidence)
"""
# Grouped in the order of the key of ``tie_rows``: no sort.
TIE_GROUPS = "GROUP BY t.subject, t.relation, t.object"
# What an edge derives from its claims: count, sum and best of confidence, first and last report,
# distinct sources (a JSON list: an IRI may hold a comma), and each claim's valid-time spell ("from/until", either may be empty).
EDGES = (
    """
SELECT t.subject, t.relation, t.object, COUNT(*), SUM(t.confidence), MAX(t.confidence),
       MIN(t.published), MAX(t.published), json_group_array(DISTINCT t.source),
       GROUP_CONCAT(COALESCE(t.valid_from, '') || '/' || COALESCE(t.valid_until, ''), ' ')"""
    + TIE_CONDITIONS
    + "  AND t.subject >= :low AND t.subject < :high\n"
    + TIE_GROUPS
)
# The subjects' IRIs in ranges: every IRI sorts between these (U+10FFFF is not allowed in an IRI).
FIRST, LAST = "", "\U0010ffff"
# The viewer's timeline: each claim of a tie as "claim|from|until|confidence|published|source".
TIMELINE = (
    """
SELECT t.subject, t.relation, t.object,
       GROUP_CONCAT(t.claim || '|' || COALESCE(t.valid_from, '') || '|' || COALESCE(t.valid_until, '') || '|'
                    || t.confidence || '|' || t.published || '|' || t.source, ' ')"""
    + TIE_CONDITIONS
    + TIE_GROUPS
)


@dataclass(frozen=True)
class TieFilters:
    """Which claims count (None: that filter is off); values as the index holds them: IRIs, and
    dates as ``xsd:date`` lexical forms."""

    status: str  # the status's IRI
    relation: str | None = None
    as_of: str | None = None
    known_at: str | None = None
    min_confidence: float | None = None


EdgeCells = tuple[str, str, str, int, float, float, str, str, str, str]


def edge_rows(index: ClaimsIndex, filters: TieFilters, bounds: Sequence[str] = ()) -> Iterator[list[EdgeCells]]:
    """Per (subject, relation, object) IRIs: claims, total and best confidence, first and last
    published, the distinct source IRIs (a JSON list) and the spells (space-separated).

    Read in ranges of the subjects (split at ``bounds``, sorted IRIs), a list of rows per range:
    the next range is read in a thread while the caller works on the last one (SQLite lets go of
    the GIL as it steps), so the grouping and the caller's Python overlap. The ranges are read at
    one revision of the index: a write between them raises StaleIndexError (as a worker's
    read-only index does when it is not in step with the worker's view of the store)."""
    edges = [FIRST, *sorted(set(bounds) - {FIRST}), LAST]
    ranges = [{**vars(filters), "low": low, "high": high} for low, high in pairwise(edges)]
    at = index.revision
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ties") as reader:
        pending = reader.submit(index.rows, EDGES, ranges[0])
        for following in ranges[1:]:
            rows = pending.result()
            pending = reader.submit(index.rows, EDGES, following)
            yield rows
        yield pending.result()
    if index.revision != at:
        raise StaleIndexError("the claims index was written while the ties were read")


def timeline_rows(index: ClaimsIndex, filters: TieFilters) -> list[tuple[str, str, str, str]]:
    """Per (subject, relation, object) IRIs: its claims, each "claim|from|until|confidence|published|source";
    read whole, when called."""
    return index.rows(TIMELINE, vars(filters))

"""Claims across the graph from the claims index: the ids of one page, in the reply's order, and
the total, without reading every claim that matches (``/relations``, :mod:`graph.reads.listing`).

Each claim is the ``out`` row of ``hits`` (its subject's). The listing's order is subject, relation,
object, claim: the key of ``hits`` when the subject is given or none of subject, relation and
object is; the partial index ``hits_listing`` (:data:`graph.index.build.LISTING_INDEX`)
when only the relation is; a small sort of one actor's ``in`` rows when only the object is.

No SQL text is assembled at run time: the statements are fixed (a filter left out is a NULL
parameter), chosen by which of subject, relation and object are given, and every value is bound.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from graph.index import sources
from graph.index.claims import ClaimsIndex
from graph.index.lookup import Kept
from graph.index.snapshot import StaleIndexError

# The claim's own filters, as in the lookup (graph.index.lookup), on the row's columns.
_KEPT = """
  AND (:status IS NULL OR status = :status) AND (:asserted_by IS NULL OR asserted_by = :asserted_by)
  AND (:as_of IS NULL OR ((valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)))
  AND (:known_at IS NULL OR first_published <= :known_at) AND (:min_confidence IS NULL OR confidence >= :min_confidence)
"""
# By subject (and maybe object): one range of the key, in its order.
_BY_SUBJECT = """
FROM hits WHERE actor = :subject AND side = 'out' AND relation BETWEEN :relation_from AND :relation_to
  AND (:object IS NULL OR object = :object)"""
# By object alone: the object's ``in`` rows, sorted.
_BY_OBJECT = """
FROM hits WHERE actor = :object AND side = 'in' AND relation BETWEEN :relation_from AND :relation_to"""
# By relation alone: the partial index.
_BY_RELATION = """
FROM hits INDEXED BY hits_listing WHERE side = 'out' AND relation = :relation_from"""
# Neither: every ``out`` row, in the key's order (the key of a WITHOUT ROWID table is the index
# SQLite names ``sqlite_autoindex_hits_1``: without it the planner sorts the partial index whole).
_EVERY = """
FROM hits INDEXED BY sqlite_autoindex_hits_1 WHERE side = 'out'"""
# Every ``out`` row, counted from the partial index alone (it holds the status).
_EVERY_COUNTED = """
FROM hits INDEXED BY hits_listing WHERE side = 'out'"""
# With no filter but the status (the default: asserted), a count reads hits_listing alone.
_STATUS = "\n  AND (:status IS NULL OR status = :status)"

_ORDER = "\nORDER BY subject, relation, object, claim LIMIT :limit OFFSET :offset"
# The same order for ``out`` rows (their actor is the subject), as the key of ``hits`` has it.
_KEY_ORDER = "\nORDER BY actor, relation, subject, object, claim LIMIT :limit OFFSET :offset"
PAGES = {
    "subject": "SELECT claim" + _BY_SUBJECT + _KEPT + _KEY_ORDER,
    "object": "SELECT claim" + _BY_OBJECT + _KEPT + _ORDER,
    "relation": "SELECT claim" + _BY_RELATION + _KEPT + _ORDER,
    "every": "SELECT claim" + _EVERY + _KEPT + _KEY_ORDER,
}
COUNTS = {
    "subject": "SELECT COUNT(*)" + _BY_SUBJECT + _KEPT,
    "object": "SELECT COUNT(*)" + _BY_OBJECT + _KEPT,
    "relation": "SELECT COUNT(*)" + _BY_RELATION + _KEPT,
    "every": "SELECT COUNT(*)" + _EVERY_COUNTED + _KEPT,
    "relation by status": "SELECT COUNT(*)" + _BY_RELATION + _STATUS,
    "every by status": "SELECT COUNT(*)" + _EVERY_COUNTED + _STATUS,
}


@dataclass(frozen=True)
class ListingFilters(Kept):
    """The listing's filters: a subject, an object, and the claims :class:`Kept` keeps (None: any)."""

    subject: str | None = None
    object: str | None = None


@dataclass(frozen=True)
class Listing:
    total: int  # claims (sources) that match
    claims: list[str]  # the page's claims' (sources') IRIs, in the reply's order


def list_claims(index: ClaimsIndex, filters: ListingFilters, limit: int, offset: int) -> Listing | None:
    """One page of the claims that match ``filters``, with the total; None when the index is not
    in step with the store or cannot answer exactly (an irregular claim of the subject's or the
    object's, or anywhere when neither is given)."""
    if limit <= 0 or not index.ready():
        return None
    if filters.subject is not None:
        kind, actors = "subject", [filters.subject] + ([filters.object] if filters.object is not None else [])
    elif filters.object is not None:
        kind, actors = "object", [filters.object]
    else:
        kind, actors = ("relation" if filters.relation is not None else "every"), []
    if actors and not all(index.answers(actor) for actor in actors):
        return None
    if not actors and not index.whole():
        return None
    params: dict[str, object] = {"subject": filters.subject, "object": filters.object, **filters.parameters()}
    try:
        claims = [row[0] for row in index.rows(PAGES[kind], {**params, "limit": limit, "offset": offset})]
        if len(claims) < limit and (claims or offset == 0):  # the last page: nothing after it
            total = offset + len(claims)
        else:
            counted = kind + " by status" if kind + " by status" in COUNTS and _by_status(filters) else kind
            total = int(index.rows(COUNTS[counted], params)[0][0])
    except (sqlite3.OperationalError, StaleIndexError):  # no hits_listing yet, a worker's stale view
        return None
    return Listing(total, claims)


def _by_status(filters: ListingFilters) -> bool:
    """Whether no filter but the status (and the relation) is on."""
    return (
        filters.asserted_by is None
        and filters.as_of is None
        and filters.known_at is None
        and (filters.min_confidence is None)
    )


def source_page(index: ClaimsIndex, limit: int, offset: int) -> Listing | None:
    """One page of the sources (their IRIs, newest first, then by IRI) with the number of sources
    (:mod:`graph.index.sources`); None when the index is not in step with the store or a source is
    irregular."""
    if limit <= 0 or not index.ready():
        return None
    try:
        if index.rows(sources.ANY_IRREGULAR, {}):
            return None
        shown = [row[0] for row in index.rows(sources.PAGE, {"limit": limit, "offset": offset})]
        total = int(index.rows(sources.COUNT, {})[0][0])
    except (sqlite3.OperationalError, StaleIndexError):
        return None
    return Listing(total, shown)

"""The claims index's lookup, as fixed SQL statements: a filter left out is a NULL parameter.

No SQL text is assembled at run time: each statement is complete, and every value (the filters, the
page's bounds) is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The lookup's statements, each complete: a filter left out is a NULL parameter (``:x IS NULL OR
# ...``), so no SQL text is assembled. The key ``(actor, side, relation)`` of ``hits`` is used
# whichever filters are on (EXPLAIN QUERY PLAN: ``actor=? AND side=? AND relation>? AND
# relation<?``): one side is ``side IN (:side, :side)``, both ``side IN ('in', 'out')``; one
# relation is ``BETWEEN :relation AND :relation``, any relation the range of every IRI.
EVERY_RELATION = ("", "\U0010ffff")  # every IRI sorts between (U+10FFFF is not allowed in an IRI)
# The total: the groups of the actor's claims that match, counted in ``tally`` (graph.index.tally),
# the narrow copy of ``hits`` whose IRIs are numbers of ``terms`` (at 1M claims 142 MiB against
# 965). The filters' IRIs are looked up once (a term no claim has: no row). Used where the counts
# kept by status and day cannot answer (below, :func:`count_statement`).
COUNT_RELATIONS = """
SELECT COUNT(*) FROM (
    SELECT 1 FROM tally
    WHERE actor = (SELECT id FROM terms WHERE term = :actor) AND side IN (:side_a, :side_b)
      AND (:relation IS NULL OR relation = (SELECT id FROM terms WHERE term = :relation))
      AND (:status IS NULL OR status = (SELECT id FROM terms WHERE term = :status))
      AND (:asserted_by IS NULL OR asserted_by = (SELECT id FROM terms WHERE term = :asserted_by))
      AND (:as_of IS NULL OR ((valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)))
      AND (:known_at IS NULL OR first_published <= :known_at) AND (:min_confidence IS NULL OR confidence >= :min_confidence)
    GROUP BY side, relation, other)
"""
# The total when the claims are kept by status alone (and relation, direction): the counts kept per
# actor, side, status and relation (graph.index.tally), a few rows summed.
COUNT_BY_STATUS = """
SELECT COALESCE(SUM(relations), 0) FROM relation_counts
WHERE actor = (SELECT id FROM terms WHERE term = :actor) AND side IN (:side_a, :side_b)
  AND status = (SELECT id FROM terms WHERE term = :status)
  AND (:relation IS NULL OR relation = (SELECT id FROM terms WHERE term = :relation))
"""
# The total when the claims are kept by status and day alone (and direction): for each side, the
# spans of validity (graph.index.tally) started by ``as_of`` less those ended before it.
COUNT_VALID_ON = """
SELECT COALESCE(SUM(
    COALESCE((SELECT s.spans FROM valid_starts s WHERE s.actor = a.id AND s.side = x.side AND s.status = st.id
              AND s.day <= :as_of ORDER BY s.day DESC LIMIT 1), 0)
  - COALESCE((SELECT e.spans FROM valid_ends e WHERE e.actor = a.id AND e.side = x.side AND e.status = st.id
              AND e.day < :as_of ORDER BY e.day DESC LIMIT 1), 0)), 0)
FROM (SELECT :side_a AS side UNION SELECT :side_b) x, (SELECT id FROM terms WHERE term = :actor) a,
     (SELECT id FROM terms WHERE term = :status) st
"""
# One page whole, in one statement: the page's relations (``page``: a range of the key of ``hits``,
# grouped in its order, cut by LIMIT/OFFSET), then for each of them the claims that match, read by
# the full key (``actor=? AND side=? AND relation=? AND subject=? AND object=?``; CROSS JOIN keeps
# ``page`` the outer loop, and the claims' filters leave out side and relation, which the page
# fixes), each with its evidence as of ``known_at`` (``evidence_claim``) and the evidence's source
# (title, page; NULL when the index does not describe it). A row per claim and evidence; a claim
# without evidence as of ``known_at`` has one row whose evidence columns are NULL. In the reply's
# order: the relation, the claim, its evidence by source, quote and date.
PAGE = """
WITH page AS (
  SELECT side, relation, subject, object FROM hits
  WHERE actor = :actor AND side IN (:side_a, :side_b) AND relation BETWEEN :relation_from AND :relation_to
    AND (:status IS NULL OR status = :status) AND (:asserted_by IS NULL OR asserted_by = :asserted_by)
    AND (:as_of IS NULL OR ((valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)))
    AND (:known_at IS NULL OR first_published <= :known_at) AND (:min_confidence IS NULL OR confidence >= :min_confidence)
  GROUP BY side, relation, subject, object ORDER BY side, relation, subject, object LIMIT :limit OFFSET :offset)
SELECT h.side, h.claim, h.subject, h.relation, h.object, h.status, h.negated, h.confidence, h.asserted_by,
       h.valid_from, h.valid_until, e.quote, e.source, e.published, s.title, s.url
FROM page p
CROSS JOIN hits h ON h.actor = :actor AND h.side = p.side AND h.relation = p.relation AND h.subject = p.subject
                 AND h.object = p.object
LEFT JOIN evidence e ON e.claim = h.claim AND (:known_at IS NULL OR e.published <= :known_at)
LEFT JOIN sources s ON s.source = e.source
WHERE (:status IS NULL OR h.status = :status) AND (:asserted_by IS NULL OR h.asserted_by = :asserted_by)
  AND (:as_of IS NULL OR ((h.valid_from IS NULL OR h.valid_from <= :as_of) AND (h.valid_until IS NULL OR :as_of <= h.valid_until)))
  AND (:known_at IS NULL OR h.first_published <= :known_at) AND (:min_confidence IS NULL OR h.confidence >= :min_confidence)
ORDER BY h.side, h.relation, h.subject, h.object, h.claim, e.source, e.quote, e.published
"""


@dataclass(frozen=True)
class Kept:
    """Which claims a read of the index keeps, as the SPARQL query's bound parameters say (None: any)."""

    relation: str | None = None
    status: str | None = None
    asserted_by: str | None = None
    as_of: str | None = None  # an xsd:date's lexical form
    known_at: str | None = None
    min_confidence: float | None = None

    def parameters(self) -> dict[str, object]:
        """The statements' parameters for these conditions (None: that filter is off)."""
        relations = EVERY_RELATION if self.relation is None else (self.relation, self.relation)
        return {
            "relation": self.relation,
            "relation_from": relations[0],
            "relation_to": relations[1],
            "status": self.status,
            "asserted_by": self.asserted_by,
            "as_of": self.as_of,
            "known_at": self.known_at,
            "min_confidence": self.min_confidence,
        }


def count_statement(kept: Kept) -> str:
    """The statement that counts the relations ``kept`` keeps: from the counts kept by status when
    nothing but the status (relation, direction) filters the claims, or by status and day (direction)
    with ``as_of``; else counted claim by claim."""
    if kept.status is None or kept.asserted_by is not None or kept.known_at is not None:
        return COUNT_RELATIONS
    if kept.min_confidence is not None:
        return COUNT_RELATIONS
    if kept.as_of is None:
        return COUNT_BY_STATUS
    return COUNT_VALID_ON if kept.relation is None else COUNT_RELATIONS


def parameters(filters: Filters) -> dict[str, object]:
    """The lookup statements' parameters for ``filters`` (None: that filter is off)."""
    sides = (filters.direction, filters.direction) if filters.direction in ("out", "in") else ("in", "out")
    return {"actor": filters.actor, "side_a": sides[0], "side_b": sides[1], **filters.parameters()}


# One row of a lookup's page (:data:`graph.index.lookup.PAGE`): side, claim, subject, relation,
# object, status, negated (0/1), confidence, asserted_by, valid_from, valid_until, then one of the
# claim's evidence: quote, source, published, the source's title and page (all NULL: no evidence).
PageRow = tuple[
    str, str, str, str, str, str, int, float, str, str | None, str | None,
    str | None, str | None, str | None, str | None, str | None,
]  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Filters(Kept):
    """What the lookup keeps: an actor's relations on one side or both, and the claims :class:`Kept` keeps."""

    actor: str
    direction: str = "both"


@dataclass(frozen=True)
class Lookup:
    total: int  # relations (side, subject, relation, object) that match
    rows: list[PageRow]  # the page's claims with their evidence, in the SPARQL query's order


def relations_shown(rows: Sequence[PageRow]) -> int:
    """How many relations (side, relation, subject, object) a page's rows hold: they come grouped."""
    count, last = 0, None
    for row in rows:
        group = (row[0], row[3], row[2], row[4])  # side, relation, subject, object
        if group != last:
            count, last = count + 1, group
    return count

"""The claims index's lookup, as fixed SQL statements: a filter left out is a NULL parameter.

No SQL text is assembled at run time: each statement is complete, and every value (the filters, the
page's bounds, the list of claims as one JSON value) is a bound parameter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.index.claims import Filters

# The lookup's statements, each complete: a filter left out is a NULL parameter (``:x IS NULL OR
# ...``), so no SQL text is assembled. The key ``(actor, side, relation)`` of ``hits`` is used
# whichever filters are on (EXPLAIN QUERY PLAN: ``actor=? AND side=? AND relation>? AND
# relation<?``): one side is ``side IN (:side, :side)``, both ``side IN ('in', 'out')``; one
# relation is ``BETWEEN :relation AND :relation``, any relation the range of every IRI.
EVERY_RELATION = ("", "\U0010ffff")  # every IRI sorts between (U+10FFFF is not allowed in an IRI)
COUNT_RELATIONS = """
SELECT COUNT(*) FROM (
    SELECT 1 FROM hits
    WHERE actor = :actor AND side IN (:side_a, :side_b) AND relation BETWEEN :relation_from AND :relation_to
      AND (:status IS NULL OR status = :status) AND (:asserted_by IS NULL OR asserted_by = :asserted_by)
      AND (:as_of IS NULL OR ((valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)))
      AND (:known_at IS NULL OR first_published <= :known_at) AND (:min_confidence IS NULL OR confidence >= :min_confidence)
    GROUP BY side, relation, subject, object)
"""
PAGE_RELATIONS = """
SELECT side, relation, subject, object FROM hits
WHERE actor = :actor AND side IN (:side_a, :side_b) AND relation BETWEEN :relation_from AND :relation_to
  AND (:status IS NULL OR status = :status) AND (:asserted_by IS NULL OR asserted_by = :asserted_by)
  AND (:as_of IS NULL OR ((valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)))
  AND (:known_at IS NULL OR first_published <= :known_at) AND (:min_confidence IS NULL OR confidence >= :min_confidence)
GROUP BY side, relation, subject, object ORDER BY side, relation, subject, object LIMIT :limit OFFSET :offset
"""
PAGE_CLAIMS = """
SELECT side, claim, subject, relation, object, status, negated, confidence, asserted_by, valid_from, valid_until
FROM hits
WHERE actor = :actor AND side IN (:side_a, :side_b) AND relation BETWEEN :relation_from AND :relation_to
  AND (:status IS NULL OR status = :status) AND (:asserted_by IS NULL OR asserted_by = :asserted_by)
  AND (:as_of IS NULL OR ((valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)))
  AND (:known_at IS NULL OR first_published <= :known_at) AND (:min_confidence IS NULL OR confidence >= :min_confidence)
  AND (side, relation, subject, object) >= (:s0, :r0, :a0, :o0) AND (side, relation, subject, object) <= (:s1, :r1, :a1, :o1)
ORDER BY side, relation, subject, object, claim
"""
EVIDENCE = """
SELECT e.claim, e.quote, e.source, e.published, s.title, s.url, s.source IS NOT NULL
FROM evidence e LEFT JOIN sources s ON s.source = e.source
WHERE e.claim IN (SELECT value FROM json_each(:claims)) AND (:known_at IS NULL OR e.published <= :known_at)
ORDER BY e.claim, e.source, e.quote, e.published
"""


def parameters(filters: Filters) -> dict[str, object]:
    """The lookup statements' parameters for ``filters`` (None: that filter is off)."""
    sides = (filters.direction, filters.direction) if filters.direction in ("out", "in") else ("in", "out")
    relations = EVERY_RELATION if filters.relation is None else (filters.relation, filters.relation)
    return {
        "actor": filters.actor,
        "side_a": sides[0],
        "side_b": sides[1],
        "relation_from": relations[0],
        "relation_to": relations[1],
        "status": filters.status,
        "asserted_by": filters.asserted_by,
        "as_of": filters.as_of,
        "known_at": filters.known_at,
        "min_confidence": filters.min_confidence,
    }

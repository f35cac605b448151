"""The ``contested_claims`` named query from the claims index: the same rows, without the self-join
of every claim with every other claim on the same actor that SPARQL makes.

The query pairs an asserted, non-negated claim with another party's claim of the same subject,
relation and object (either way round for a symmetric relation) that is negated or has another
status, with each one's quote. Over SPARQL the engine cannot start from the actor: the actor is an
``OR`` in a FILTER and the symmetric case a nested UNION, so it evaluates both whole (at 100k claims,
40–60 s with an actor given). Here ``hits`` is keyed by actor, side, relation, subject and object:
the other claims of a pair are one range read of the key.

The caller asks only when the index is in step and answers exactly: the actor has no irregular
claim (:meth:`ClaimsIndex.answers`), or, without an actor, no claim anywhere is irregular
(:meth:`ClaimsIndex.whole`). A claim the index leaves out (one without a confidence, say) that the
query would still see makes its actors irregular (:mod:`graph.index.build`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from pyoxigraph import Literal, NamedNode

from graph.index.claims import ClaimsIndex
from graph.namespaces import XSD

__all__ = ["VARIABLES", "contested_rows"]

VARIABLES = [
    "subject",
    "relation",
    "object",
    "claim",
    "assertedBy",
    "negated",
    "status",
    "quote",
    "otherClaim",
    "otherAssertedBy",
    "otherNegated",
    "otherStatus",
    "otherQuote",
]

# The pairs of one claim side (``mine``): the other claim on the same key, and, for a symmetric
# relation (``:symmetric``, a JSON list of IRIs), on the key turned round. Every value is bound.
# ``CROSS JOIN``: the claim side drives (SQLite's planner otherwise reads every claim of the
# symmetric relations to meet an actor's few).
PAIRS = """
SELECT c.subject, c.relation, c.object, c.claim, c.asserted_by, c.negated, c.status, ce.quote,
       o.claim, o.asserted_by, o.negated, o.status, oe.quote
FROM mine c
CROSS JOIN hits o ON o.actor = c.subject AND o.side = 'out' AND o.relation = c.relation
           AND o.subject = c.subject AND o.object = c.object
JOIN evidence ce ON ce.claim = c.claim JOIN evidence oe ON oe.claim = o.claim
WHERE c.asserted_by != o.asserted_by AND (c.negated != o.negated OR c.status != o.status)
UNION ALL
SELECT c.subject, c.relation, c.object, c.claim, c.asserted_by, c.negated, c.status, ce.quote,
       o.claim, o.asserted_by, o.negated, o.status, oe.quote
FROM mine c
CROSS JOIN hits o ON o.actor = c.object AND o.side = 'out' AND o.relation = c.relation
           AND o.subject = c.object AND o.object = c.subject
JOIN evidence ce ON ce.claim = c.claim JOIN evidence oe ON oe.claim = o.claim
WHERE c.relation IN (SELECT value FROM json_each(:symmetric))
  AND c.asserted_by != o.asserted_by AND (c.negated != o.negated OR c.status != o.status)
ORDER BY 1, 2, 3, 4, 9
"""
# An actor's claims, either side (a claim of the actor with itself once), or every claim. (Constant
# fragments only: every value is a bound parameter.)
MINE_OF_ACTOR = """WITH mine AS (
  SELECT DISTINCT claim, subject, relation, object, asserted_by, negated, status FROM hits
  WHERE actor = :actor AND negated = 0 AND status = :asserted)"""
MINE_OF_ALL = """WITH mine AS (
  SELECT claim, subject, relation, object, asserted_by, negated, status FROM hits
  WHERE +side = 'out' AND negated = 0 AND status = :asserted)"""
OF_ACTOR = MINE_OF_ACTOR + PAIRS
OF_ALL = MINE_OF_ALL + PAIRS

BOOLEAN = NamedNode(XSD + "boolean")
TRUE, FALSE = Literal("true", datatype=BOOLEAN), Literal("false", datatype=BOOLEAN)
Row = tuple[NamedNode | Literal, ...]


def contested_rows(index: ClaimsIndex, actor: str | None, asserted: str, symmetric: Sequence[str]) -> list[Row]:
    """The named query's rows, as terms, in its order (subject, relation, object, claim, other
    claim); ``asserted`` is the IRI of the asserted status, ``symmetric`` the symmetric relations."""
    params = {"actor": actor, "asserted": asserted, "symmetric": json.dumps(list(symmetric))}
    rows = index.rows(OF_ALL if actor is None else OF_ACTOR, params)
    nodes: dict[str, NamedNode] = {}

    def node(iri: str) -> NamedNode:
        found = nodes.get(iri)
        if found is None:
            found = nodes[iri] = NamedNode(iri)
        return found

    return [
        (
            node(s),
            node(r),
            node(o),
            node(c),
            node(by),
            TRUE if negated else FALSE,
            node(status),
            Literal(quote),
            node(other),
            node(other_by),
            TRUE if other_negated else FALSE,
            node(other_status),
            Literal(other_quote),
        )
        for s, r, o, c, by, negated, status, quote, other, other_by, other_negated, other_status, other_quote in rows
    ]

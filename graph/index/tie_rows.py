"""The claims index's tie rows: each claim joined with its evidence once, when it is written, for
reading the whole graph's ties in one range scan (:mod:`graph.index.ties`, :mod:`graph.index.details`).

The ties group every claim with its evidence by (subject, relation, object). Joined when read, each
claim of ``hits`` looked up its evidence in ``evidence_claim``, whose rows carry the quotes: at a
million claims a million seeks over 3 GiB of pages, and the grouping took 14–18 s (5 s over
``hits`` alone; 5 s over these rows). Here the join is made once, in the transaction that
writes the claims, and kept in the order the ties are grouped: a row per claim and evidence, with
the columns the ties' filters and aggregates read and no quote. Only claims that are not negated
(no tie counts them) and only the subject's side.

The rows of a claim are those of the join at the time it is written: ``hits``' ``out`` row and its
``evidence`` rows (``evidence`` is the evidence table's rowid, which keeps two quotes of one source
and day two rows, as the join counted them). Written by the steps that write ``hits`` and
``evidence`` (:data:`graph.index.build.STEPS`) and forgotten just before them (:data:`FORGET`):
whole builds, catch-ups and followed writes alike.
"""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS tie_rows (
    subject TEXT, relation TEXT, object TEXT, claim TEXT, source TEXT, published TEXT, evidence INTEGER,
    status TEXT, confidence REAL, asserted_by TEXT, valid_from TEXT, valid_until TEXT,
    PRIMARY KEY (subject, relation, object, claim, source, published, evidence)
) WITHOUT ROWID;
"""

# From the join's ``temp.claims`` (graph.index.build), after its evidence is in ``evidence``: the
# claim outermost (``CROSS JOIN``), its evidence read by key, the rows written in the table's order.
STEPS = [
    """INSERT OR REPLACE INTO tie_rows
       SELECT c.subject, c.relation, c.object, c.claim, e.source, e.published, e.rowid,
              c.status, c.confidence, c.asserted_by, c.valid_from, c.valid_until
       FROM claims c CROSS JOIN evidence e ON e.claim = c.claim
       WHERE c.negated = 0
       ORDER BY 1, 2, 3, 4, 5, 6, 7""",
]

# The claims listed (one JSON array, bound) forgotten, before ``hits`` forgets them: a claim's rows
# are found by the start of their key, read from its ``out`` row of ``hits`` (by ``hits_claim``).
# No index of the claims of its own: at a million claims one would take 342 MiB.
FORGET = (
    """DELETE FROM tie_rows WHERE (subject, relation, object, claim) IN (
         SELECT subject, relation, object, claim FROM hits
         WHERE side = 'out' AND claim IN (SELECT value FROM json_each(?)))""",
)

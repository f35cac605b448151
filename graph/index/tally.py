"""The claims index's tally: ``hits`` again, narrow, for counting an actor's relations.

A lookup's total counts the relations (side, relation, subject, object) of an actor that match the
filters: every claim of the actor is read, thousands for the heaviest. In ``hits`` a claim's row is
~500 bytes of IRIs; here it is ~75: each IRI is a number of ``terms``, the dates and the confidence
as they are (at 1M claims, 142 MiB against 965; with ``terms`` and the counts below, the index
grows by 425 MiB, 3,144 -> 3,569 MiB). ``tally`` holds a row for each row of ``hits`` (the same key: the actor, the side, the
relation, the other actor, the claim) with the columns the filters read, and is written by the same
steps, in the same transaction (:data:`graph.index.build.STEPS`, :data:`FORGET`): whole builds,
catch-ups and followed writes alike. ``terms`` only grows: a number once given stays that term's.

``relation_counts`` holds, per actor, side, status and relation, how many relations (other actors)
the actor has with a claim of that status: the total of a lookup filtered by status alone (the
named query's default, ``status = asserted``), and by relation and direction, is a sum of a few
rows. ``valid_starts`` and ``valid_ends`` answer the same with ``as_of`` (:data:`RECOUNT`).
Whatever touches an actor's claims counts its rows again from ``tally``: the actors of the claims
joined, and those of the claims forgotten (kept in ``recount`` until the join).
"""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS tally (
    actor INTEGER, side TEXT, relation INTEGER, other INTEGER, claim INTEGER, status INTEGER,
    asserted_by INTEGER, valid_from TEXT, valid_until TEXT, first_published TEXT, confidence REAL,
    PRIMARY KEY (actor, side, relation, other, claim)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tally_claim ON tally(claim);
CREATE TABLE IF NOT EXISTS relation_counts (
    actor INTEGER, side TEXT, status INTEGER, relation INTEGER, relations INTEGER,
    PRIMARY KEY (actor, side, status, relation)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS valid_starts (
    actor INTEGER, side TEXT, status INTEGER, day TEXT, spans INTEGER, PRIMARY KEY (actor, side, status, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS valid_ends (
    actor INTEGER, side TEXT, status INTEGER, day TEXT, spans INTEGER, PRIMARY KEY (actor, side, status, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS recount (actor INTEGER PRIMARY KEY);
"""

# From the join's ``temp.claims`` (graph.index.build) to ``terms`` and ``tally``, after ``hits``;
# the same rows, both sides, replaced where ``hits`` replaces them. In key order: at a million
# claims the rows go into the table's B-tree in the order it keeps.
STEPS = [
    """INSERT OR IGNORE INTO terms(term)
       SELECT subject FROM claims UNION SELECT object FROM claims UNION SELECT relation FROM claims
       UNION SELECT status FROM claims UNION SELECT asserted_by FROM claims UNION SELECT claim FROM claims""",
    """CREATE TEMP TABLE claim_terms AS
       SELECT s.id AS subject, r.id AS relation, o.id AS object, k.id AS claim, st.id AS status,
              a.id AS asserted_by, c.valid_from, c.valid_until, c.first_published, c.confidence
       FROM claims c JOIN terms s ON s.term = c.subject JOIN terms r ON r.term = c.relation
            JOIN terms o ON o.term = c.object JOIN terms k ON k.term = c.claim
            JOIN terms st ON st.term = c.status JOIN terms a ON a.term = c.asserted_by""",
    """INSERT OR REPLACE INTO tally
       SELECT subject, 'out', relation, object, claim, status, asserted_by, valid_from, valid_until,
              first_published, confidence FROM claim_terms
       UNION ALL
       SELECT object, 'in', relation, subject, claim, status, asserted_by, valid_from, valid_until,
              first_published, confidence FROM claim_terms
       ORDER BY 1, 2, 3, 4, 5""",
    "INSERT OR IGNORE INTO recount SELECT subject FROM claim_terms UNION SELECT object FROM claim_terms",
]
# The actors in ``recount`` counted again from ``tally``, then ``recount`` emptied. ``spans``: each
# relation's (side, status, relation, other) days of validity, the union of its claims' closed
# intervals [valid_from, valid_until] (no day: '' before every day, '~' after), overlapping ones
# merged (a span starts where a claim starts after every claim before it has ended); a claim that
# ends before it starts is valid on no day. Then, per actor, side and status, how many spans start
# on or before each day (``valid_starts``) and end on or before it (``valid_ends``): the relations
# valid on a day D are the spans started by D less those ended before D, two reads of a key.
RECOUNT = [
    "DELETE FROM relation_counts WHERE actor IN (SELECT actor FROM recount)",
    """INSERT INTO relation_counts
       SELECT actor, side, status, relation, COUNT(DISTINCT other) FROM tally
       WHERE actor IN (SELECT actor FROM recount) GROUP BY actor, side, status, relation""",
    "DELETE FROM valid_starts WHERE actor IN (SELECT actor FROM recount)",
    "DELETE FROM valid_ends WHERE actor IN (SELECT actor FROM recount)",
    """CREATE TEMP TABLE spans AS
       WITH days AS (
         SELECT actor, side, status, relation, other, COALESCE(valid_from, '') AS f, COALESCE(valid_until, '~') AS u
         FROM tally WHERE actor IN (SELECT actor FROM recount) AND COALESCE(valid_from, '') <= COALESCE(valid_until, '~')
       ), marked AS (
         SELECT *, CASE WHEN f <= MAX(u) OVER (PARTITION BY actor, side, status, relation, other ORDER BY f, u
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                        THEN 0 ELSE 1 END AS opens
         FROM days
       ), numbered AS (
         SELECT *, SUM(opens) OVER (PARTITION BY actor, side, status, relation, other ORDER BY f, u
                                    ROWS UNBOUNDED PRECEDING) AS span
         FROM marked
       )
       SELECT actor, side, status, MIN(f) AS f, MAX(u) AS u FROM numbered
       GROUP BY actor, side, status, relation, other, span""",
    """INSERT INTO valid_starts
       SELECT actor, side, status, f, SUM(COUNT(*)) OVER (PARTITION BY actor, side, status ORDER BY f)
       FROM spans GROUP BY actor, side, status, f""",
    """INSERT INTO valid_ends
       SELECT actor, side, status, u, SUM(COUNT(*)) OVER (PARTITION BY actor, side, status ORDER BY u)
       FROM spans GROUP BY actor, side, status, u""",
    "DROP TABLE temp.spans",
    "DELETE FROM recount",
]
DROP_TEMPORARY = ("DROP TABLE IF EXISTS temp.claim_terms", "DROP TABLE IF EXISTS temp.spans")

# The claims listed (one JSON array, bound) forgotten, as ``hits`` forgets them; their actors are
# counted again by the join that follows (graph.index.claims: a catch-up joins whenever it forgets).
FORGET = (
    """INSERT OR IGNORE INTO recount
       SELECT actor FROM tally WHERE claim IN (SELECT id FROM terms WHERE term IN (SELECT value FROM json_each(?)))""",
    "DELETE FROM tally WHERE claim IN (SELECT id FROM terms WHERE term IN (SELECT value FROM json_each(?)))",
)

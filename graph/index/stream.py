"""Following the store's own writes: the quads an ``add`` or a bulk load writes are staged as they
go by (no reading back: at a million claims, reading the store whole takes many minutes, because
every term of every row is looked up in the on-disk dictionary), then joined into the index in the
same steps as a whole build, in one SQLite transaction that also moves the index's revision.

A claim the write does not describe whole (its evidence or source written earlier), or one the
index already holds (a write adds quads: a second status, say), is read again from the store
instead; too many such claims, and the index is left behind to catch up or rebuild as usual.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from pyoxigraph import Literal, NamedNode, Quad

from graph.index import sources as listed
from graph.index.build import FORGET_STAGED_SOURCES, SCANS, create_scan_tables, join_all
from graph.namespaces import ENT, RDF_TYPE, SOURCE

# Keyed by the predicate's term: a term hashes faster than its IRI is copied out as a string.
NODE_NAMES = {NamedNode(prop): name for name, prop in SCANS}
SUBJECT = ENT + "subject"
TYPE = RDF_TYPE.value
MAX_REREAD = 5_000  # claims read again from the store after a write; more: left to catch up

# A write's rows are appended as they go by, and made distinct once, in key order, when the write
# ends: at 100k claims 6 s + 6 s, against 36 s for inserting each into a keyed table at once.
STAGE = (
    "DROP TABLE IF EXISTS temp.staged",
    "DROP TABLE IF EXISTS temp.staged_graph",
    "DROP TABLE IF EXISTS temp.staged_sources",
    "CREATE TEMP TABLE staged (p TEXT, k TEXT, v TEXT, iri TEXT, dt TEXT, lang TEXT)",
    "CREATE TEMP TABLE staged_graph (k TEXT, g TEXT)",
    "CREATE TEMP TABLE staged_sources (k TEXT, what TEXT, v TEXT, dt TEXT, g TEXT, iri TEXT)",
)
INSERT_STAGED_SOURCE = "INSERT INTO staged_sources VALUES (?, ?, ?, ?, ?, ?)"
INSERT_STAGED = "INSERT INTO staged VALUES (?, ?, ?, ?, ?, ?)"
INSERT_STAGED_GRAPH = "INSERT INTO staged_graph VALUES (?, ?)"
UNSTAGE = (
    "INSERT OR IGNORE INTO scan SELECT * FROM staged ORDER BY p, k, v, iri, dt, lang",
    "INSERT OR IGNORE INTO p_graph SELECT * FROM staged_graph ORDER BY k, g",
    "INSERT INTO source_facts SELECT DISTINCT * FROM staged_sources",
    "DROP TABLE temp.staged",
    "DROP TABLE temp.staged_graph",
    "DROP TABLE temp.staged_sources",
)
# The facts of sources the index lists already, once FOREIGN found them the same as listed: not
# joined again (a write with the type alone would list the source without its day).
FORGET_LISTED = "DELETE FROM source_facts WHERE k IN (SELECT source FROM source_list)"


# A staged row about a claim or source the index holds, that this write does not describe: a
# second status written apart, a source's new title. Its claims cannot be joined from the write:
# the index is left behind, and catches up from the graphs the journal names.
# (Each staged row looks its key up in ``hits`` and ``sources``: ``IN (SELECT claim FROM hits)``
# would read every claim of the index on every write.)
FOREIGN = """
SELECT 1 FROM scan x WHERE
  (x.p IN ('object', 'relation', 'status', 'confidence', 'negated', 'asserted', 'from', 'until', 'derived')
   AND x.k NOT IN (SELECT k FROM scan WHERE p = 'subject') AND EXISTS (SELECT 1 FROM hits h WHERE h.claim = x.k))
  OR (x.p IN ('issued', 'title', 'page')
      AND x.k NOT IN (SELECT v FROM scan WHERE p = 'source')
      AND EXISTS (SELECT 1 FROM sources s WHERE s.source = x.k))
LIMIT 1
"""


class Staging:
    """The quads of one write, staged for the scan tables of :mod:`graph.index.build`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        for statement in STAGE:
            db.execute(statement)

    def add(self, quads: Sequence[Quad]) -> None:
        rows: list[tuple[str, str, str, str, str, str]] = []
        graphs: list[tuple[str, str]] = []
        facts: list[tuple[str, str, str, str, str, str]] = []  # about sources (graph.index.sources)
        for quad in quads:
            name = NODE_NAMES.get(quad.predicate)
            if name is None:  # of the unscanned predicates, only a source's type is a fact
                if quad.predicate == RDF_TYPE and quad.object == SOURCE:
                    facts.append(_fact(quad))
                continue
            if name == "issued":
                facts.append(_fact(quad))
            subject = quad.subject
            if not isinstance(subject, NamedNode):
                continue
            value = quad.object
            if isinstance(value, NamedNode):
                row = (name, subject.value, value.value, "true", "", "false")
            elif isinstance(value, Literal):
                lang = "true" if value.language else "false"
                row = (name, subject.value, value.value, "false", value.datatype.value, lang)
            else:  # a blank node: no IRI, no literal
                row = (name, subject.value, str(value), "false", "", "false")
            rows.append(row)
            if name == "subject" and isinstance(quad.graph_name, NamedNode):
                graphs.append((subject.value, quad.graph_name.value))
        self.db.execute("BEGIN")  # one transaction a batch: row by row, each insert would be one
        try:
            self.db.executemany(INSERT_STAGED, rows)
            self.db.executemany(INSERT_STAGED_GRAPH, graphs)
            self.db.executemany(INSERT_STAGED_SOURCE, facts)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def apply(self) -> list[str] | None:
        """Join the staged claims into the index (inside the caller's transaction); the claims to
        read again from the store, or None when there are too many or the write changed claims or
        sources it does not describe (:data:`FOREIGN`): the index stays behind."""
        db = self.db
        create_scan_tables(db, distinct=True)  # keyed by (p, k, ...): no other index needed
        for statement in UNSTAGE:
            db.execute(statement)
        if db.execute(FOREIGN).fetchone() is not None:
            return None
        db.execute(listed.FACTS_INDEX)
        if any(db.execute(check, {"date": listed.DATE}).fetchone() for check in (listed.FOREIGN, listed.UNDATED)):
            return None
        db.execute(FORGET_LISTED)
        reread = [
            row[0]
            for row in db.execute(
                """SELECT DISTINCT s.k FROM scan s
                   WHERE s.p = 'subject'
                     AND (EXISTS (SELECT 1 FROM hits h WHERE h.claim = s.k)
                          OR NOT EXISTS (SELECT 1 FROM scan d JOIN scan so ON so.p = 'source' AND so.k = d.v
                                         JOIN scan i ON i.p = 'issued' AND i.k = so.v
                                         JOIN scan q ON q.p = 'quote' AND q.k = d.v
                                         WHERE d.p = 'derived' AND d.k = s.k))"""
            )
        ]
        if len(reread) > MAX_REREAD:
            return None
        db.execute(
            "DELETE FROM scan WHERE p = 'subject' AND k IN (SELECT value FROM json_each(?))", (json.dumps(reread),)
        )
        db.execute(FORGET_STAGED_SOURCES)
        join_all(db)
        return reread


def _fact(quad: Quad) -> tuple[str, str, str, str, str, str]:
    """A row of ``source_facts`` (graph.index.sources) for a source's type or day."""
    subject, value, graph = quad.subject, quad.object, quad.graph_name
    key = subject.value if isinstance(subject, NamedNode) else str(subject)
    iri = "true" if isinstance(subject, NamedNode) else "false"
    where = graph.value if isinstance(graph, NamedNode) else ""  # the default graph: irregular
    if quad.predicate.value == TYPE:
        return (key, "typed", "", "", where, iri)
    text = value.value if isinstance(value, (NamedNode, Literal)) else str(value)
    datatype = value.datatype.value if isinstance(value, Literal) else ""
    return (key, "issued", text, datatype, where, iri)

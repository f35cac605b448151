"""Filling the claims index from the store: whole, by sequential scans, or for some claims again.

A whole build reads each property of claims, evidence and sources with one single-pattern SPARQL
scan (serialised as CSV in Rust, read by Python's C csv reader straight into SQLite), then joins
them in SQLite: no twelve-pattern join over random reads of the store's indexes. Refreshing a few
claims (those of the graphs a write touched) reads them with the same scans restricted to them.

Whatever the index could not answer exactly as the SPARQL lookup does (a claim with two statuses,
a literal where an actor should be, a date that is not an ``xsd:date``, ...) is not guessed at: its
actors are marked *irregular* and their lookups go to SPARQL.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterable, Sequence

from pyoxigraph import Literal, NamedNode

from graph.index import sources as listed
from graph.index import tally, tie_rows
from graph.namespaces import DCT, ENT, FOAF, PROV, XSD, sparql
from graph.store.base import GraphStore
from graph.store.binding import bind_rows, bind_values

# (name, property): each scan gives ?k ?v ?iri ?dt ?lang for every ?k <property> ?v, staged in the
# one temporary table ``scan(p, k, v, iri, dt, lang)`` under the name ``p``.
SCANS: list[tuple[str, str]] = [
    ("subject", ENT + "subject"),
    ("object", ENT + "object"),
    ("relation", ENT + "relation"),
    ("status", ENT + "status"),
    ("confidence", ENT + "confidence"),
    ("negated", ENT + "negated"),
    ("asserted", ENT + "assertedBy"),
    ("from", ENT + "validFrom"),
    ("until", ENT + "validUntil"),
    ("derived", PROV + "wasDerivedFrom"),
    ("quote", ENT + "quote"),
    ("source", DCT + "source"),
    ("issued", DCT + "issued"),
    ("title", DCT + "title"),
    ("page", FOAF + "page"),
]
SCAN_QUERY = """
SELECT ?k ?v (isIRI(?v) AS ?iri) (STR(DATATYPE(?v)) AS ?dt) (isLiteral(?v) && LANG(?v) != "" AS ?lang)
WHERE { ?k ?_p ?v . FILTER(isIRI(?k)) }
"""
# The claims a write to a graph may have changed, for refreshing what it touched: those whose
# subject triple it holds, and those any of its triples speaks of (a claim's other properties, an
# evidence of a claim, a source cited by one), wherever the claim itself lives.
GRAPH_CLAIMS = sparql(
    """
SELECT DISTINCT ?claim WHERE {
  GRAPH ?g { ?k ?p ?o }
  { ?k ent:subject ?s BIND(?k AS ?claim) }
  UNION { ?claim prov:wasDerivedFrom ?k }
  UNION { ?claim prov:wasDerivedFrom ?evidence . ?evidence dct:source ?k }
}"""
)
CLAIM_VALUES = """
SELECT ?k ?v (isIRI(?v) AS ?iri) (STR(DATATYPE(?v)) AS ?dt) (isLiteral(?v) && LANG(?v) != "" AS ?lang)
WHERE { ?k ?_p ?v }
"""

DATE, BOOLEAN, STRING = XSD + "date", XSD + "boolean", XSD + "string"
NUMBERS = (XSD + "decimal", XSD + "double", XSD + "float")


def scan(store: GraphStore, prop: str, keys: Sequence[str] | None = None) -> Iterable[list[str]]:
    """Rows ``[k, v, iri, dt, lang]`` of ``?k <prop> ?v``, for every ``?k`` or those of ``keys``."""
    if keys is None:
        text = bind_values(SCAN_QUERY, {"_p": NamedNode(prop)})
    else:
        text = bind_values(bind_rows(CLAIM_VALUES, "k", [NamedNode(k) for k in keys]), {"_p": NamedNode(prop)})
    return _csv_rows(store, text)


def _csv_rows(store: GraphStore, query: str) -> Iterable[list[str]]:
    data, _ = store.query_serialized(query, "text/csv")
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    next(reader, None)  # the header
    return reader


# The kind of subject each scan describes (claims when not listed), for refreshing some claims.
KINDS = {
    "derived": "claim",
    "quote": "evidence",
    "source": "evidence",
    "issued": "source",
    "title": "source",
    "page": "source",
}


def fill_scans(db: sqlite3.Connection, store: GraphStore, keys: dict[str, Sequence[str]] | None = None) -> None:
    """Load every scan into the temporary table ``scan(p, k, v, iri, dt, lang)``, and the sources'
    facts into ``source_facts`` (:mod:`graph.index.sources`); with ``keys``, only the subjects listed
    for each kind: ``claim``, ``evidence``, ``source``, and the sources to list again: ``listed``."""
    create_scan_tables(db)
    if keys is None:
        db.executemany(listed.INSERT_FACT, _csv_rows(store, listed.FACTS))
    else:
        again = keys.get("listed", [])
        db.executemany(listed.INSERT_KEY, ((k,) for k in again))
        for start in range(0, len(again), 500):
            part: list[NamedNode | Literal] = [NamedNode(k) for k in again[start : start + 500]]
            db.executemany(listed.INSERT_FACT, _csv_rows(store, bind_rows(listed.FACTS, "k", part)))
    for name, prop in SCANS:
        if keys is None:
            db.executemany(INSERT_SCAN, ((name, *row) for row in scan(store, prop)))
            continue
        wanted = keys.get(KINDS.get(name, "claim"), [])
        for start in range(0, len(wanted), 500):
            db.executemany(INSERT_SCAN, ((name, *row) for row in scan(store, prop, wanted[start : start + 500])))
    if keys is None:
        db.executemany(INSERT_GRAPH, _csv_rows(store, GRAPH_SCAN))
    else:
        for start in range(0, len(keys.get("claim", [])), 500):
            part = [NamedNode(k) for k in keys["claim"][start : start + 500]]
            db.executemany(INSERT_GRAPH, _csv_rows(store, bind_rows(GRAPH_SCAN, "k", part)))
    index_scan_tables(db)


# The scan tables, each statement complete (no SQL text is assembled). A stream repeats a
# source's quads for each of its claims: its tables keep a row written twice once, and their key
# (which starts with ``(p, k)``) serves the joins.
INSERT_SCAN = "INSERT INTO scan VALUES (?, ?, ?, ?, ?, ?)"
INSERT_GRAPH = "INSERT INTO p_graph VALUES (?, ?)"
CREATE_SCAN = (
    "CREATE TEMP TABLE scan (p TEXT, k TEXT, v TEXT, iri TEXT, dt TEXT, lang TEXT)",
    "CREATE TEMP TABLE p_graph (k TEXT, g TEXT)",
)
CREATE_DISTINCT_SCAN = (
    """CREATE TEMP TABLE scan (p TEXT, k TEXT, v TEXT, iri TEXT, dt TEXT, lang TEXT,
                              PRIMARY KEY (p, k, v, iri, dt, lang)) WITHOUT ROWID""",
    "CREATE TEMP TABLE p_graph (k TEXT, g TEXT, PRIMARY KEY (k, g)) WITHOUT ROWID",
)


def create_scan_tables(db: sqlite3.Connection, distinct: bool = False) -> None:
    """The empty temporary tables ``scan(p, k, v, iri, dt, lang)`` and ``p_graph(k, g)``; ``distinct``:
    a row written twice is kept once (a stream repeats a source's quads for each of its claims)."""
    for statement in DROP_TEMPORARY:
        db.execute(statement)
    for statement in (*(CREATE_DISTINCT_SCAN if distinct else CREATE_SCAN), *listed.CREATE_TEMPORARY):
        db.execute(statement)


def index_scan_tables(db: sqlite3.Connection) -> None:
    """Index the filled scan table by property and subject, for the joins."""
    db.execute("CREATE INDEX IF NOT EXISTS temp.scan_pk ON scan(p, k)")


GRAPH_SCAN = sparql("SELECT ?k ?g WHERE { GRAPH ?g { ?k ent:subject ?s } FILTER(isIRI(?k)) }")

# The claims of one relation in the listing's order (graph.index.listing), ``out`` rows only: made
# once a build has filled ``hits`` (faster than keeping it up row by row), a no-op after that.
# (status last: a count under the default status=asserted reads the index alone.)
LISTING_INDEX = (
    "CREATE INDEX IF NOT EXISTS hits_listing ON hits(relation, subject, object, claim, status) WHERE side = 'out'"
)

# Claims and evidence, joined in SQLite from the scans. A claim with two values of a property, or a
# value of the wrong kind (a day not written YYYY-MM-DD: ``date(v) IS v``, as the sources' listing
# checks; a boolean written 1 or 0), is kept as irregular: its actors are looked up through SPARQL.
# So are the actors of a claim the join leaves out that a query of claims and their quotes alone
# still sees (one without its confidence, say, or without a dated source: the contested claims),
# and of one whose evidence names two sources or whose source two days (one row a quote there).
# ``CROSS JOIN`` keeps each evidence row outermost, its source and day read by key: left to itself
# SQLite read every day for every evidence (quadratic: a 100k load did not finish).
STEPS = [
    """CREATE TEMP TABLE multi AS
       SELECT k FROM scan
       WHERE p IN ('subject', 'object', 'relation', 'status', 'confidence', 'negated', 'asserted', 'from', 'until')
       GROUP BY p, k HAVING COUNT(*) > 1
       UNION SELECT d.k FROM scan d WHERE d.p = 'derived' AND d.iri = 'false'
       UNION SELECT d.k FROM scan d JOIN scan so ON so.p = 'source' AND so.k = d.v
             WHERE d.p = 'derived' AND so.iri = 'false'
       UNION SELECT d.k FROM scan d CROSS JOIN scan so ON so.p = 'source' AND so.k = d.v
             WHERE d.p = 'derived' GROUP BY d.k, d.v HAVING COUNT(*) > 1
       UNION SELECT d.k FROM scan d CROSS JOIN scan so ON so.p = 'source' AND so.k = d.v
             CROSS JOIN scan i ON i.p = 'issued' AND i.k = so.v
             WHERE d.p = 'derived' GROUP BY d.k, d.v, so.v HAVING COUNT(*) > 1""",
    "CREATE INDEX temp.multi_k ON multi(k)",
    """CREATE TEMP TABLE ev AS
       SELECT d.k AS claim, q.v AS quote, so.v AS source, i.v AS published,
              CASE WHEN q.dt = :string AND q.lang = 'false' AND so.iri = 'true'
                    AND i.dt = :date AND length(i.v) = 10 AND date(i.v) IS i.v
                   THEN 1 ELSE 0 END AS regular
       FROM scan d JOIN scan q ON q.p = 'quote' AND q.k = d.v JOIN scan so ON so.p = 'source' AND so.k = d.v
            JOIN scan i ON i.p = 'issued' AND i.k = so.v
       WHERE d.p = 'derived'""",
    "CREATE INDEX temp.ev_claim ON ev(claim)",
    """CREATE TEMP TABLE fp AS
       SELECT claim, MIN(published) AS published, MIN(regular) AS regular FROM ev GROUP BY claim""",
    "CREATE INDEX temp.fp_claim ON fp(claim)",
    # A claim with no evidence row is no answer of the lookup (its evidence patterns are required).
    """CREATE TEMP TABLE claims AS
       SELECT s.k AS claim, s.v AS subject, r.v AS relation, o.v AS object, st.v AS status,
              CASE WHEN n.dt = :boolean AND n.v IN ('true', '1') THEN 1 ELSE 0 END AS negated,
              CAST(c.v AS REAL) AS confidence, a.v AS asserted_by, vf.v AS valid_from, vu.v AS valid_until,
              fp.published AS first_published,
              CASE WHEN s.iri = 'true' AND o.iri = 'true' AND r.iri = 'true' AND st.iri = 'true'
                    AND a.iri = 'true' AND n.dt = :boolean AND n.v IN ('true', 'false')
                    AND c.dt IN (:decimal, :double, :float)
                    AND (vf.k IS NULL OR (vf.dt = :date AND length(vf.v) = 10 AND date(vf.v) IS vf.v))
                    AND (vu.k IS NULL OR (vu.dt = :date AND length(vu.v) = 10 AND date(vu.v) IS vu.v))
                    AND m.k IS NULL AND s.v != o.v AND fp.regular = 1
               THEN 1 ELSE 0 END AS regular
       FROM scan s
       JOIN fp ON fp.claim = s.k
       JOIN scan o ON o.p = 'object' AND o.k = s.k JOIN scan r ON r.p = 'relation' AND r.k = s.k
       JOIN scan st ON st.p = 'status' AND st.k = s.k JOIN scan c ON c.p = 'confidence' AND c.k = s.k
       JOIN scan n ON n.p = 'negated' AND n.k = s.k JOIN scan a ON a.p = 'asserted' AND a.k = s.k
       LEFT JOIN scan vf ON vf.p = 'from' AND vf.k = s.k LEFT JOIN scan vu ON vu.p = 'until' AND vu.k = s.k
       LEFT JOIN multi m ON m.k = s.k
       WHERE s.p = 'subject'""",
    """INSERT OR REPLACE INTO hits
       SELECT subject, 'out', relation, subject, object, claim, status, negated, confidence, asserted_by,
              valid_from, valid_until, first_published FROM claims
       UNION ALL
       SELECT object, 'in', relation, subject, object, claim, status, negated, confidence, asserted_by,
              valid_from, valid_until, first_published FROM claims""",
    *tally.STEPS,  # the same rows, narrow, for the lookup's total
    *tally.RECOUNT,
    "INSERT INTO evidence SELECT claim, quote, source, published FROM ev WHERE claim IN (SELECT claim FROM claims)",
    *tie_rows.STEPS,  # each claim with its evidence, for the ties
    "INSERT OR REPLACE INTO claim_graphs SELECT k, g FROM p_graph WHERE k IN (SELECT claim FROM claims)",
    """INSERT OR REPLACE INTO sources
       SELECT so.v,
              (SELECT t.v FROM scan t WHERE t.p = 'title' AND t.k = so.v AND t.iri = 'false' LIMIT 1),
              (SELECT g.v FROM scan g WHERE g.p = 'page' AND g.k = so.v AND g.iri = 'true' LIMIT 1),
              CASE WHEN (SELECT COUNT(*) FROM scan t WHERE t.p = 'title' AND t.k = so.v) <= 1
                    AND (SELECT COUNT(*) FROM scan g WHERE g.p = 'page' AND g.k = so.v) <= 1 THEN 1 ELSE 0 END
       FROM (SELECT DISTINCT source AS v FROM ev WHERE claim IN (SELECT claim FROM claims)) so""",
    """CREATE TEMP TABLE bad AS
       SELECT subject, object FROM claims c WHERE c.regular = 0
          OR EXISTS (SELECT 1 FROM evidence e JOIN sources so ON so.source = e.source
                     WHERE e.claim = c.claim AND so.regular = 0)
       UNION ALL
       SELECT s.v, o.v FROM scan s JOIN scan o ON o.p = 'object' AND o.k = s.k
       WHERE s.p = 'subject' AND s.k NOT IN (SELECT claim FROM claims)
         AND EXISTS (SELECT 1 FROM scan r WHERE r.p = 'relation' AND r.k = s.k)
         AND EXISTS (SELECT 1 FROM scan st WHERE st.p = 'status' AND st.k = s.k)
         AND EXISTS (SELECT 1 FROM scan n WHERE n.p = 'negated' AND n.k = s.k)
         AND EXISTS (SELECT 1 FROM scan a WHERE a.p = 'asserted' AND a.k = s.k)
         AND EXISTS (SELECT 1 FROM scan d JOIN scan q ON q.p = 'quote' AND q.k = d.v
                     WHERE d.p = 'derived' AND d.k = s.k)""",
    "INSERT OR IGNORE INTO irregular SELECT subject FROM bad UNION SELECT object FROM bad",
    LISTING_INDEX,
]
# The sources of the staged evidence are described again by the join (title and page).
FORGET_STAGED_SOURCES = "DELETE FROM sources WHERE source IN (SELECT v FROM scan WHERE p = 'source')"
DROP_TEMPORARY = (
    "DROP TABLE IF EXISTS temp.multi",
    "DROP TABLE IF EXISTS temp.ev",
    "DROP TABLE IF EXISTS temp.fp",
    "DROP TABLE IF EXISTS temp.claims",
    "DROP TABLE IF EXISTS temp.bad",
    "DROP TABLE IF EXISTS temp.p_graph",
    "DROP TABLE IF EXISTS temp.scan",
    *tally.DROP_TEMPORARY,
    *listed.DROP_TEMPORARY,
)


def join_all(db: sqlite3.Connection) -> None:
    """From the scans in the temporary tables to ``hits``, ``evidence``, ``sources`` and ``irregular``,
    and from the sources' facts to ``source_list``."""
    types = {"string": STRING, "date": DATE, "boolean": BOOLEAN, "decimal": NUMBERS[0], "double": NUMBERS[1]}
    for step in STEPS:
        db.execute(step, {**types, "float": NUMBERS[2]} if ":" in step else {})
    for step in listed.STEPS:
        db.execute(step, {"date": DATE} if ":" in step else {})
    for statement in DROP_TEMPORARY:
        db.execute(statement)


def sources_in_graphs(store: GraphStore, graphs: Iterable[str]) -> set[str]:
    """The sources a write to ``graphs`` may have changed: the graphs' own names (a source's graph
    is named by it) and whatever is typed or issued in them now."""
    names = sorted(graphs)
    found = set(names)
    for start in range(0, len(names), 200):
        query = bind_rows(listed.IN_GRAPHS, "g", [NamedNode(g) for g in names[start : start + 200]])
        found.update(row[0].value for row in store.select(query).rows if isinstance(row[0], NamedNode))
    return found


def claims_in_graphs(store: GraphStore, graphs: Iterable[str]) -> set[str]:
    """The claims whose subject triple is in one of ``graphs``, or that a triple there speaks of."""
    found: set[str] = set()
    names = sorted(graphs)
    for start in range(0, len(names), 200):
        query = bind_rows(GRAPH_CLAIMS, "g", [NamedNode(g) for g in names[start : start + 200]])
        found.update(row[0].value for row in store.select(query).rows if isinstance(row[0], NamedNode))
    return found


LINKED = """
SELECT ?k ?e ?s WHERE { ?k <http://www.w3.org/ns/prov#wasDerivedFrom> ?e . OPTIONAL { ?e <http://purl.org/dc/terms/source> ?s } }
"""


def linked_nodes(store: GraphStore, claims: Sequence[str]) -> dict[str, list[str]]:
    """The evidence nodes and sources of ``claims``, for scanning them too."""
    evidence: set[str] = set()
    sources: set[str] = set()
    for start in range(0, len(claims), 500):
        query = bind_rows(LINKED, "k", [NamedNode(c) for c in claims[start : start + 500]])
        for _, node, source in store.select(query).rows:
            if isinstance(node, NamedNode):
                evidence.add(node.value)
            if isinstance(source, NamedNode):
                sources.add(source.value)
    return {"evidence": sorted(evidence), "source": sorted(sources)}

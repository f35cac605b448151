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

from graph.namespaces import DCT, ENT, FOAF, PROV, XSD, sparql
from graph.store.base import GraphStore
from graph.store.binding import bind_rows, bind_values

# (temporary table, property): each scan gives ?k ?v ?iri ?dt ?lang for every ?k <property> ?v.
SCANS: list[tuple[str, str]] = [
    ("p_subject", ENT + "subject"),
    ("p_object", ENT + "object"),
    ("p_relation", ENT + "relation"),
    ("p_status", ENT + "status"),
    ("p_confidence", ENT + "confidence"),
    ("p_negated", ENT + "negated"),
    ("p_asserted", ENT + "assertedBy"),
    ("p_from", ENT + "validFrom"),
    ("p_until", ENT + "validUntil"),
    ("p_derived", PROV + "wasDerivedFrom"),
    ("p_quote", ENT + "quote"),
    ("p_source", DCT + "source"),
    ("p_issued", DCT + "issued"),
    ("p_title", DCT + "title"),
    ("p_page", FOAF + "page"),
]
SCAN_QUERY = """
SELECT ?k ?v (isIRI(?v) AS ?iri) (STR(DATATYPE(?v)) AS ?dt) (isLiteral(?v) && LANG(?v) != "" AS ?lang)
WHERE { ?k ?_p ?v . FILTER(isIRI(?k)) }
"""
# The claims a graph holds (by their subject triple), for refreshing what a write touched.
GRAPH_CLAIMS = sparql("SELECT DISTINCT ?claim WHERE { GRAPH ?g { ?claim ent:subject ?s } }")
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


def fill_scans(db: sqlite3.Connection, store: GraphStore, keys: dict[str, Sequence[str]] | None = None) -> None:
    """Load every scan into a temporary table ``p_*(k, v, iri, dt, lang)``; with ``keys``, only the
    subjects listed for each kind: ``claim``, ``evidence``, ``source``."""
    kinds = {
        "p_derived": "claim",
        "p_quote": "evidence",
        "p_source": "evidence",
        "p_issued": "source",
        "p_title": "source",
        "p_page": "source",
    }
    create_scan_tables(db)
    for table, prop in SCANS:
        if keys is not None:
            wanted = keys.get(kinds.get(table, "claim"), [])
            if not wanted:
                continue
            for start in range(0, len(wanted), 500):
                rows = scan(store, prop, wanted[start : start + 500])
                db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", rows)  # noqa: S608 - our table names
        else:
            db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)", scan(store, prop))  # noqa: S608
    if keys is None:
        db.executemany("INSERT INTO p_graph VALUES (?, ?)", _csv_rows(store, GRAPH_SCAN))
    else:
        for start in range(0, len(keys.get("claim", [])), 500):
            part: list[NamedNode | Literal] = [NamedNode(k) for k in keys["claim"][start : start + 500]]
            db.executemany("INSERT INTO p_graph VALUES (?, ?)", _csv_rows(store, bind_rows(GRAPH_SCAN, "k", part)))
    index_scan_tables(db)


def create_scan_tables(db: sqlite3.Connection, distinct: bool = False) -> None:
    """The empty temporary tables ``p_*(k, v, iri, dt, lang)`` and ``p_graph(k, g)``; ``distinct``:
    a row written twice is kept once (a stream repeats a source's quads for each of its claims)."""
    unique = ", UNIQUE (k, v, iri, dt, lang)" if distinct else ""
    for table, _ in SCANS:
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")
        db.execute(f"CREATE TEMP TABLE {table} (k TEXT, v TEXT, iri TEXT, dt TEXT, lang TEXT{unique})")
    db.execute("DROP TABLE IF EXISTS temp.p_graph")
    db.execute("CREATE TEMP TABLE p_graph (k TEXT, g TEXT" + (", UNIQUE (k, g)" if distinct else "") + ")")


def index_scan_tables(db: sqlite3.Connection) -> None:
    """Index the filled scan tables by subject, for the joins."""
    for table, _ in SCANS:
        db.execute(f"CREATE INDEX IF NOT EXISTS temp.{table}_k ON {table}(k)")


GRAPH_SCAN = sparql("SELECT ?k ?g WHERE { GRAPH ?g { ?k ent:subject ?s } FILTER(isIRI(?k)) }")

# Claims and evidence, joined in SQLite from the scans. A claim with two values of a property, or a
# value of the wrong kind, is kept as irregular: its actors are looked up through SPARQL.
STEPS = [
    """CREATE TEMP TABLE multi AS
       SELECT k FROM p_subject GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_object GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_relation GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_status GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_confidence GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_negated GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_asserted GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_from GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT k FROM p_until GROUP BY k HAVING COUNT(*) > 1
       UNION SELECT d.k FROM p_derived d WHERE d.iri = 'false'
       UNION SELECT d.k FROM p_derived d JOIN p_source so ON so.k = d.v WHERE so.iri = 'false'""",
    "CREATE INDEX temp.multi_k ON multi(k)",
    """CREATE TEMP TABLE ev AS
       SELECT d.k AS claim, q.v AS quote, so.v AS source, i.v AS published,
              CASE WHEN q.dt = :string AND q.lang = 'false' AND so.iri = 'true' AND i.dt = :date
                   THEN 1 ELSE 0 END AS regular
       FROM p_derived d JOIN p_quote q ON q.k = d.v JOIN p_source so ON so.k = d.v JOIN p_issued i ON i.k = so.v""",
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
                    AND a.iri = 'true' AND n.dt = :boolean AND c.dt IN (:decimal, :double, :float)
                    AND (vf.k IS NULL OR vf.dt = :date) AND (vu.k IS NULL OR vu.dt = :date)
                    AND m.k IS NULL AND s.v != o.v AND fp.regular = 1
               THEN 1 ELSE 0 END AS regular
       FROM p_subject s
       JOIN fp ON fp.claim = s.k
       JOIN p_object o ON o.k = s.k JOIN p_relation r ON r.k = s.k JOIN p_status st ON st.k = s.k
       JOIN p_confidence c ON c.k = s.k JOIN p_negated n ON n.k = s.k JOIN p_asserted a ON a.k = s.k
       LEFT JOIN p_from vf ON vf.k = s.k LEFT JOIN p_until vu ON vu.k = s.k
       LEFT JOIN multi m ON m.k = s.k""",
    """INSERT OR REPLACE INTO hits
       SELECT subject, 'out', relation, subject, object, claim, status, negated, confidence, asserted_by,
              valid_from, valid_until, first_published FROM claims
       UNION ALL
       SELECT object, 'in', relation, subject, object, claim, status, negated, confidence, asserted_by,
              valid_from, valid_until, first_published FROM claims""",
    "INSERT INTO evidence SELECT claim, quote, source, published FROM ev WHERE claim IN (SELECT claim FROM claims)",
    "INSERT OR REPLACE INTO claim_graphs SELECT k, g FROM p_graph WHERE k IN (SELECT claim FROM claims)",
    """INSERT OR REPLACE INTO sources
       SELECT so.v,
              (SELECT t.v FROM p_title t WHERE t.k = so.v AND t.iri = 'false' LIMIT 1),
              (SELECT p.v FROM p_page p WHERE p.k = so.v AND p.iri = 'true' LIMIT 1),
              CASE WHEN (SELECT COUNT(*) FROM p_title t WHERE t.k = so.v) <= 1
                    AND (SELECT COUNT(*) FROM p_page p WHERE p.k = so.v) <= 1 THEN 1 ELSE 0 END
       FROM (SELECT DISTINCT source AS v FROM ev WHERE claim IN (SELECT claim FROM claims)) so""",
    """CREATE TEMP TABLE bad AS
       SELECT subject, object FROM claims c WHERE c.regular = 0
          OR EXISTS (SELECT 1 FROM evidence e JOIN sources so ON so.source = e.source
                     WHERE e.claim = c.claim AND so.regular = 0)""",
    "INSERT OR IGNORE INTO irregular SELECT subject FROM bad UNION SELECT object FROM bad",
]
TEMPORARY = ["multi", "ev", "fp", "claims", "bad", "p_graph", *(table for table, _ in SCANS)]


def join_all(db: sqlite3.Connection) -> None:
    """From the scans in the temporary tables to ``hits``, ``evidence``, ``sources`` and ``irregular``."""
    types = {"string": STRING, "date": DATE, "boolean": BOOLEAN, "decimal": NUMBERS[0], "double": NUMBERS[1]}
    for step in STEPS:
        db.execute(step, {**types, "float": NUMBERS[2]} if ":" in step else {})
    for table in TEMPORARY:
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")


def claims_in_graphs(store: GraphStore, graphs: Iterable[str]) -> set[str]:
    """The claims whose subject triple is in one of ``graphs``."""
    found: set[str] = set()
    names = sorted(graphs)
    for start in range(0, len(names), 200):
        query = bind_rows(GRAPH_CLAIMS, "g", [NamedNode(g) for g in names[start : start + 200]])
        found.update(row[0].value for row in store.select(query).rows if isinstance(row[0], NamedNode))
    return found

"""The whole graph's ties with their claim ids and asserters, read from the claims index in the
order the exports write edges, one row at a time.

The rows are those of :data:`graph.index.ties.EDGES` (the same table scan, filters and groups) with
more columns: each tie's claim ids and asserters, and the key an export sorts its edges by,
``(a, b, name)``: the ends as short ids (a symmetric relation's from the smaller to the larger) and
the relation's name. SQLite groups them once into a temporary table and sorts them (both spilled
to temporary files past a 16 MiB cache), so a reader holds one tie at a time, never the graph.

A :class:`TieReader` reads in one read transaction of its own on the index file, opened
``mode=ro`` (the way a worker reads it, :mod:`graph.index.snapshot`), after checking inside that
transaction that the file is at the revision the caller was told is the store's and answers the
whole graph; anything else raises :class:`StaleIndexError` before a row is read, and the caller
asks the engine. The transaction ends once the temporary table is filled: however slowly the ties
are then consumed, the file is held (against the server's catching up) only for that one scan. An
index in memory (a store in memory) is read through its own connection, whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any

from graph.index.claims import FORMAT, ClaimsIndex
from graph.index.snapshot import StaleIndexError, read_only
from graph.index.ties import TIE_CONDITIONS, TIE_GROUPS, TieFilters

__all__ = ["TieReader", "TieRow"]

FETCH = 2000  # rows a fetch

# The relations an export keeps (a JSON object: IRI -> [name, symmetric]) as a table.
_RELATIONS = """
WITH relation(iri, name, symmetric) AS (
  SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:relations)
)"""


def _short(column: str) -> str:
    """SQL for ``graph.model.ids.short_id`` of a column: the prefix (bound) taken off, when it is there."""
    return f"CASE WHEN substr({column}, 1, :prefix_length) = :prefix THEN substr({column}, :prefix_length + 1) ELSE {column} END"


_SUBJECT, _OBJECT = _short("t.subject"), _short("t.object")
_SYMMETRIC = "(SELECT symmetric FROM relation WHERE iri = t.relation)"
_NAME = "(SELECT name FROM relation WHERE iri = t.relation)"
# Each tie as EDGES reads it (the same scan, filters and groups), of the relations kept, then its
# claim IRIs (one per claim and evidence, as the engine's DETAILS_QUERY counts them) and distinct
# asserter IRIs (a JSON list), its relation's name, its key's ends and its subject's short id.
_KEY = (
    f"{_NAME} AS name,\n"
    f"       CASE WHEN {_SYMMETRIC} AND {_OBJECT} < {_SUBJECT} THEN {_OBJECT} ELSE {_SUBJECT} END AS a,\n"
    f"       CASE WHEN {_SYMMETRIC} AND {_OBJECT} < {_SUBJECT} THEN {_SUBJECT} ELSE {_OBJECT} END AS b,\n"
    f"       {_SUBJECT} AS s"
)
SELECT_TIES = (
    _RELATIONS  # noqa: S608 -- constant fragments only; every value is a bound parameter
    + """
SELECT t.subject, t.relation, t.object, COUNT(*) AS claims, SUM(t.confidence) AS total,
       MAX(t.confidence) AS best, MIN(t.published) AS first, MAX(t.published) AS last,
       json_group_array(DISTINCT t.source) AS sources,
       GROUP_CONCAT(COALESCE(t.valid_from, '') || '/' || COALESCE(t.valid_until, ''), ' ') AS spells,
       GROUP_CONCAT(t.claim, ' ') AS ids, json_group_array(DISTINCT t.asserted_by) AS asserters,
       """
    + _KEY
    + TIE_CONDITIONS
    # "+": not a term an index may start from (the scan stays on the key, grouping as it goes)
    + "  AND +t.relation IN (SELECT iri FROM relation)\n"
    + TIE_GROUPS
)
# The ties in one statement, sorted (an index in memory, read whole).
TIES = SELECT_TIES + "\nORDER BY a, b, name, s"
# On a file, the ties are grouped once into a temporary table of this connection's (spilled to a
# temporary file past the cache), which gives the ends first, then the ties sorted.
KEEP_TIES = "CREATE TEMP TABLE ties AS " + SELECT_TIES
ENDS = "SELECT subject FROM temp.ties UNION SELECT object FROM temp.ties"
SORTED_TIES = "SELECT * FROM temp.ties ORDER BY a, b, name, s"
# 16 MiB each for the file's pages and the temporary table's (the sort takes as much): the peak of a
# 300k-claim export was 175 MB with these, 321 MB with 64 MiB, at the same speed (the OS caches the file).
CACHE = ("PRAGMA cache_size = -16384", "PRAGMA temp.cache_size = -16384")

# subject, relation, object (IRIs), claims, total and best confidence, first and last published,
# sources (a JSON list), spells ("from/until" each, space-separated), claim IRIs (space-separated),
# asserters (a JSON list), the relation's name, the key's ends a and b and the subject (short ids).
TieRow = tuple[str, str, str, int, float, float, str, str, str, str, str, str, str, str, str, str]


class TieReader:
    """The ties of the whole graph under ``filters``, of ``relations`` (IRI -> (name, symmetric)),
    with ids shortened by taking ``prefix`` off, from ``index`` at ``revision``: a context manager
    holding one read transaction (see the module's docstring)."""

    def __init__(
        self,
        index: ClaimsIndex,
        revision: int,
        filters: TieFilters,
        relations: Mapping[str, tuple[str, bool]],
        prefix: str,
    ) -> None:
        self._index, self._revision = index, revision
        self._parameters: dict[str, Any] = {
            **vars(filters),
            "relations": json.dumps({iri: [name, int(symmetric)] for iri, (name, symmetric) in relations.items()}),
            "prefix": prefix,
            "prefix_length": len(prefix),
        }
        self._db: sqlite3.Connection | None = None
        self._whole: list[TieRow] | None = None

    def __enter__(self) -> TieReader:
        if self._index.path is None:  # an index in memory (a store in memory): read whole, now
            self._whole = self._index.rows(TIES, self._parameters)
            return self
        try:
            db = read_only(self._index.path)
        except sqlite3.Error as error:
            raise StaleIndexError(str(error)) from error
        try:
            for pragma in CACHE:
                db.execute(pragma)
            db.execute("BEGIN")
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            irregular = db.execute("SELECT 1 FROM irregular LIMIT 1").fetchone()
            if _number(meta.get("format")) != FORMAT or _number(meta.get("revision")) != self._revision or irregular:
                raise StaleIndexError(f"the claims index is not at revision {self._revision}, or not whole")
            db.execute(KEEP_TIES, self._parameters)
            db.execute("COMMIT")  # the ties are this connection's now: the index file is not held while they are read
        except (sqlite3.Error, StaleIndexError) as error:
            db.close()
            raise StaleIndexError(str(error)) from error
        self._db = db
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._db is not None:
            self._db.close()  # ends the read transaction
            self._db = None

    def ends(self) -> list[str]:
        """The IRIs of the actors at either end of a tie, in no particular order."""
        if self._whole is not None:
            return list({iri for row in self._whole for iri in (row[0], row[2])})
        return [row[0] for row in self._rows(ENDS, {})]

    def ties(self) -> Iterator[TieRow]:
        """The ties, sorted by their key (a, b, name), then by the subject's short id."""
        if self._whole is not None:
            yield from self._whole
        else:
            yield from self._rows(SORTED_TIES, {})

    def _rows(self, statement: str, parameters: Mapping[str, Any]) -> Iterator[Any]:
        if self._db is None:
            raise StaleIndexError("the read is over")
        try:
            cursor = self._db.execute(statement, parameters)
            while rows := cursor.fetchmany(FETCH):
                yield from rows
        except sqlite3.Error as error:  # the file gone or unreadable mid-read: the caller's stale index
            raise StaleIndexError(str(error)) from error


def _number(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None

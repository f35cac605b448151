"""The claims index: an SQLite table of every claim with its evidence, derived from the store.

It answers an actor's relations with one statement over a range of its key (the actor, the side,
the relation) instead of a twelve-pattern join, and counts them without fetching every row. It is
*derived*: rebuildable from the store at any time, and in step with it through the store's revision
(see :mod:`graph.store.revision`): before answering, an index behind the store reads again the
claims of the graphs the journal says were written since, or, after an unknown change (an arbitrary
SPARQL update, a bulk load), is rebuilt in a background thread while lookups go to SPARQL.

The file lives in the store's directory (``entente-claims.sqlite3``); a store in memory gets an
index in memory. A file left half-written by a killed process is never used: a rebuild writes a
new file and renames it into place, and a catch-up is one SQLite transaction that also moves the
revision the index is at.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pyoxigraph import Quad

from graph.index.build import (
    FORGET_STAGED_SOURCES,
    claims_in_graphs,
    fill_scans,
    join_all,
    linked_nodes,
    sources_in_graphs,
)
from graph.index.lookup import PAGE, Filters, Lookup, PageRow, count_statement, parameters, relations_shown
from graph.index.sources import IRREGULAR
from graph.index.sources import SCHEMA as SOURCE_LIST
from graph.index.stream import Staging
from graph.index.tally import FORGET as FORGET_TALLY
from graph.index.tally import SCHEMA as TALLY
from graph.index.tie_rows import FORGET as FORGET_TIE_ROWS
from graph.index.tie_rows import SCHEMA as TIE_ROWS
from graph.store.base import GraphStore

INDEX_FILE = "entente-claims.sqlite3"
FORMAT = 11  # bump when the schema or what is stored changes: older files are rebuilt
CATCH_UP_GRAPHS = 500  # more graphs than this behind: rebuild rather than refresh
# A worker process may hold the file in a long read (graph.index.snapshot): a write of the index
# waits this long for it, then leaves the index behind, and catching up is not tried again
# for HELD_S (the lookups go to SPARQL meanwhile) rather than make every lookup wait.
BUSY_S = 0.25
HELD_S = 1.0

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
CREATE TABLE IF NOT EXISTS hits (
    actor TEXT, side TEXT, relation TEXT, subject TEXT, object TEXT, claim TEXT, status TEXT,
    negated INTEGER, confidence REAL, asserted_by TEXT, valid_from TEXT, valid_until TEXT,
    first_published TEXT,
    PRIMARY KEY (actor, side, relation, subject, object, claim)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS hits_claim ON hits(claim);
CREATE TABLE IF NOT EXISTS evidence (claim TEXT, quote TEXT, source TEXT, published TEXT);
CREATE INDEX IF NOT EXISTS evidence_claim ON evidence(claim, source, quote, published);
CREATE TABLE IF NOT EXISTS claim_graphs (claim TEXT, graph TEXT, PRIMARY KEY (claim, graph)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_graphs_graph ON claim_graphs(graph);
CREATE TABLE IF NOT EXISTS sources (source TEXT PRIMARY KEY, title TEXT, url TEXT, regular INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS irregular (actor TEXT PRIMARY KEY) WITHOUT ROWID;
"""
    + SOURCE_LIST
    + TALLY
    + TIE_ROWS
)


FORGET_CLAIMS = (
    *FORGET_TIE_ROWS,  # first: found through the claims' rows of ``hits``
    "DELETE FROM hits WHERE claim IN (SELECT value FROM json_each(?))",
    "DELETE FROM evidence WHERE claim IN (SELECT value FROM json_each(?))",
    "DELETE FROM claim_graphs WHERE claim IN (SELECT value FROM json_each(?))",
    *FORGET_TALLY,
)


class ClaimsIndex:
    """The claims index of one store (see the module's docstring)."""

    path: Path | None
    _at: tuple[int | None] | None  # the revision as the index's meta says, once read
    _builder: threading.Thread | None
    _failed_at: int | None  # the revision a rebuild failed at: not tried again before the next write
    _staging: Staging | None  # the quads of the write under way, when it can follow it
    error: str | None  # why the last rebuild failed

    def __init__(self, store: GraphStore) -> None:
        directory = Path(store.location) if store.journal is not None and store.location != ":memory:" else None
        self._attach(store, directory / INDEX_FILE if directory is not None else None)
        self._db = self._open()
        if self.revision is None and store.revision == 0:  # a new store: the empty index is in step
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?), ('revision', 0)", (FORMAT,))
                self._at = None
        observers = getattr(store.scanner(), "observers", None)
        if isinstance(observers, list):
            observers.append(self)

    def _attach(self, store: GraphStore, path: Path | None) -> None:
        """The state every index of a store starts with. The store is held weakly: an index kept
        for a store (see :func:`graph.index.claims_index`) must not keep alive a worker's view of
        it, which is closed and dropped at every write."""
        self._store = weakref.ref(store)
        self.path = path
        self._lock = threading.RLock()  # one connection, used by one thread at a time
        self._building = threading.Lock()  # one rebuild at a time: they share the scratch file
        self._builder = None
        self.error = None
        self._failed_at = None
        self._at = None
        self._held_until = 0.0  # a worker held the file when catching up last failed: not tried before then
        self._staging = None

    @property
    def store(self) -> GraphStore:
        store = self._store()
        if store is None:
            raise ReferenceError("the store of this claims index is gone")
        return store

    def _open(self) -> sqlite3.Connection:
        target = str(self.path) if self.path is not None else ":memory:"
        db = sqlite3.connect(target, timeout=BUSY_S, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA cache_size=-65536")  # 64 MiB for the index's pages
        db.execute("PRAGMA temp.cache_size=-524288")  # a write's staged quads stay in memory up to 512 MiB
        try:
            db.executescript(SCHEMA)
        except sqlite3.OperationalError:  # held by another process, or unreadable now: not a reason to delete it
            db.close()
            raise
        except sqlite3.DatabaseError:  # not an index file (truncated, another program's): start afresh
            db.close()
            if self.path is not None:
                self.path.unlink(missing_ok=True)
            db = sqlite3.connect(target, timeout=BUSY_S, check_same_thread=False, isolation_level=None)
            db.executescript(SCHEMA)
        return db

    def _meta(self, key: str) -> int | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row is not None and row[0] is not None else None

    @property
    def revision(self) -> int | None:
        """The store revision the index is in step with (None: never built, or an older format).
        Read from the index once, then kept: only this object writes the file (it holds the
        store, whose lock no other writer can take), and every write of it forgets the value."""
        with self._lock:
            if self._at is None:
                self._at = (self._meta("revision") if self._meta("format") == FORMAT else None,)
            return self._at[0]

    def ready(self, *, wait: bool = False) -> bool:
        """Whether the index is in step with the store, catching up a few graphs here; behind by
        more, a rebuild is started in the background (``wait``: here, and True once done)."""
        target = self.store.revision
        if target is None:
            return False
        with self._lock:
            at = self.revision
            if at == target:
                return True
            if time.monotonic() < self._held_until and not wait:
                return False
            graphs = self.store.journal.touched(at, target) if at is not None and self.store.journal else None
            if graphs is not None and len(graphs) <= CATCH_UP_GRAPHS:
                try:
                    self._refresh(graphs, target)
                except sqlite3.OperationalError as error:
                    if not _busy(error):
                        raise
                    self._held_until = time.monotonic() + HELD_S
                    return False  # a worker's long read holds the file: SPARQL this time, caught up later
                return True
        if wait:
            with self._building:  # a rebuild under way in the background is waited for, not raced
                if self.revision != self.store.revision:
                    self._build()
            return self.revision == self.store.revision
        self._start_rebuild()
        return False

    def _start_rebuild(self) -> None:
        with self._lock:
            if self._builder is not None and self._builder.is_alive():
                return
            if self._failed_at is not None and self._failed_at == self.store.revision:
                return
            self._builder = threading.Thread(target=self._rebuild_quietly, name="claims-index", daemon=True)
            self._builder.start()

    def _rebuild_quietly(self) -> None:
        revision = self.store.revision
        try:
            self.rebuild()
        except Exception as error:
            self.error = f"{type(error).__name__}: {error}"
            self._failed_at = revision  # not started again by every lookup before the next write

    def rebuild(self) -> None:
        """Build the index whole from the store, into a new file renamed into place; a rebuild
        under way (in the background) is waited for first."""
        with self._building:
            self._build()

    def _build(self) -> None:
        revision = self.store.revision
        if self.path is None:
            scratch = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        else:
            temporary = self.path.with_name(self.path.name + ".new")
            temporary.unlink(missing_ok=True)
            scratch = sqlite3.connect(str(temporary), check_same_thread=False, isolation_level=None)
            scratch.execute("PRAGMA journal_mode=OFF")
            scratch.execute("PRAGMA synchronous=OFF")
        scratch.executescript(SCHEMA)
        scratch.execute("PRAGMA temp_store=FILE")
        scratch.execute("PRAGMA temp.cache_size=-524288")  # 512 MiB: the scans' joins stay off the disk at 100k
        scratch.execute("PRAGMA cache_size=-262144")
        scratch.execute("BEGIN")
        fill_scans(scratch, self.store.scanner())
        join_all(scratch)
        scratch.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?), ('revision', ?)", (FORMAT, revision))
        scratch.execute("COMMIT")
        with self._lock:
            if self.path is None:
                old, self._db = self._db, scratch
                old.close()
            else:
                scratch.close()
                _fsync(temporary)
                self._db.close()
                os.replace(temporary, self.path)
                self._db = self._open()
            self._at = None
        # Writes that came while it was built are caught up by the next ready().

    def _refresh(self, graphs: set[str], revision: int) -> None:
        """Read again the claims of ``graphs`` (and those the index had in them); one transaction."""
        db = self._db
        fresh = claims_in_graphs(self.store.scanner(), graphs)
        query = "SELECT claim FROM claim_graphs WHERE graph IN (SELECT value FROM json_each(?))"
        old = {row[0] for row in db.execute(query, (json.dumps(sorted(graphs)),))}
        listed = sources_in_graphs(self.store.scanner(), graphs) | {row[0] for row in db.execute(IRREGULAR)}
        self._refresh_claims(sorted(fresh | old), revision, sorted(listed))  # read from the whole store

    def _refresh_claims(self, claims: list[str], revision: int, listed: Sequence[str] = ()) -> None:
        """Read ``claims`` (and the sources ``listed``) again from the store and move the index to
        ``revision``; one transaction."""
        db = self._db
        db.execute("BEGIN")
        try:
            gone = (json.dumps(claims),)  # the list bound as one JSON value: no SQL text is assembled
            for statement in FORGET_CLAIMS:
                db.execute(statement, gone)
            if claims or listed:
                reader = self.store.scanner()  # in this process: it has every write (a worker may lag)
                evidence = linked_nodes(reader, claims)
                fill_scans(db, reader, {"claim": claims, **evidence, "listed": listed})
                db.execute(FORGET_STAGED_SOURCES)
                join_all(db)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?), ('revision', ?)", (FORMAT, revision))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        finally:
            self._at = None

    # The store's own writes (graph.store.revision.WriteObserver): followed when the index is in
    # step with the store just before; otherwise ready() catches up as usual.
    def started(self, revision: int) -> None:
        with self._lock:
            self._staging = Staging(self._db) if self.revision == revision - 1 else None

    def seen(self, quads: Sequence[Quad]) -> None:
        with self._lock:
            if self._staging is not None:
                self._staging.add(quads)

    def finished(self, revision: int, ok: bool) -> None:
        with self._lock:
            staging, self._staging = self._staging, None
            if staging is None or not ok:
                return
            db = self._db
            try:
                db.execute("BEGIN")
                try:
                    reread = staging.apply()
                    if reread is None:
                        db.execute("ROLLBACK")
                        return
                    at = revision - 1 if reread else revision  # with claims to read again, not there yet
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('revision', ?)", (at,))
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                finally:
                    self._at = None
                if reread:  # claims the write did not describe whole
                    self._refresh_claims(reread, revision)
            except sqlite3.OperationalError as error:
                # A worker's long read holds the file (past the busy timeout): the store's write
                # stands, the index stays behind it, and ready() catches it up from the journal.
                if not _busy(error):
                    raise
                self._held_until = time.monotonic() + HELD_S

    def lookup(self, filters: Filters, limit: int, offset: int) -> Lookup | None:
        """One page of an actor's relations with their claims and evidence; None when the index
        cannot answer exactly (an irregular claim of the actor's). The page is one statement
        (:data:`~graph.index.lookup.PAGE`) reading ranges of the ``hits`` table's key, which is in
        the order of the reply; the total is counted in the narrow copy of ``hits``, or summed
        from the counts kept by status (:mod:`graph.index.tally`), unless the page already shows
        where the relations end (fewer than ``limit`` of them)."""
        params = parameters(filters)
        with self._lock:
            db = self._db
            if db.execute(IRREGULAR_ACTOR, (filters.actor,)).fetchone():
                return None
            rows: list[PageRow] = db.execute(PAGE, {**params, "limit": limit, "offset": offset}).fetchall()
            shown = relations_shown(rows)
            if shown < limit and (shown or offset == 0):  # the last page: nothing after it
                total = offset + shown
            else:
                total = int(db.execute(count_statement(filters), params).fetchone()[0])
        return Lookup(total, rows)

    def whole(self) -> bool:
        """Whether the index is in step with the store (catching up a few graphs here) and answers
        the whole graph exactly: no claim anywhere is irregular."""
        if not self.ready():
            return False
        with self._lock:
            return self._db.execute("SELECT 1 FROM irregular LIMIT 1").fetchone() is None

    def rows(self, statement: str, parameters: Mapping[str, object]) -> list[tuple[Any, ...]]:
        """The rows of one of the index's complete statements, every value bound (``parameters``)."""
        with self._lock:
            return self._db.execute(statement, parameters).fetchall()

    def answers(self, actor: str) -> bool:
        """Whether the index answers ``actor``'s lookups (it has no irregular claim of the actor's)."""
        with self._lock:
            return self._db.execute(IRREGULAR_ACTOR, (actor,)).fetchone() is None

    def close(self) -> None:
        with self._lock:
            self._db.close()


IRREGULAR_ACTOR = "SELECT 1 FROM irregular WHERE actor = ?"


def _busy(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite gave up waiting for another connection's lock (a worker reading the file)."""
    return getattr(error, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(
        error
    )


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())

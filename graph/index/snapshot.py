"""The claims index as a worker process reads it: opened read-only, used only when in step with
the worker's read-only view of the store.

A worker (:mod:`graph.store.worker`) reads a snapshot of the store taken when it opened it; it has
no journal and writes nothing, so it neither builds nor catches up the index. It uses the file the
server's process keeps in step, when, and only when, that file is at the very revision of its
snapshot:

- the snapshot's revision is confirmed once: the journal's last revision ``R`` (read-only), and
  the snapshot holds the watermark of ``R`` (a write moves its watermark after its data, and the
  journal records a write before it starts, so the snapshot holds every write up to ``R`` and no
  other). Anything else (a write under way, a crashed one, a snapshot older than the journal)
  leaves it unconfirmed: the worker asks the engine, as it did before;
- every read then checks, inside the same SQLite read transaction as the read itself, that the
  index's format and revision are those: an index the server moved on (or not yet to ``R``) is
  never read, and :class:`StaleIndexError` sends the caller to the engine.

The file is opened ``mode=ro``: a read holds SQLite's shared lock for its duration, never a write
lock, and a file left with a hot journal by a killed writer cannot be opened (the engine answers).
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from pyoxigraph import NamedNode

from graph.errors import StoreError
from graph.index.claims import FORMAT, INDEX_FILE, ClaimsIndex
from graph.index.lookup import Filters, Lookup
from graph.store.base import GraphStore
from graph.store.revision import JOURNAL_FILE, watermark_iri

__all__ = ["SnapshotIndex", "StaleIndexError", "snapshot_revision"]

BUSY_S = 1.0  # how long a read waits for the server's commit of a write to the index


class StaleIndexError(StoreError):
    """The index is not at the revision of the store's snapshot, or cannot be read now: ask the
    engine (where it escapes a read already under way, a worker answers it as a store error)."""


def snapshot_revision(store: GraphStore) -> int | None:
    """The revision of a read-only view of an on-disk store, when it can be confirmed (see the
    module's docstring); None otherwise."""
    journal = Path(store.location) / JOURNAL_FILE
    if not journal.is_file():
        return None
    try:
        db = read_only(journal)
        try:
            row = db.execute("SELECT MAX(revision) FROM writes").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    revision = int(row[0]) if row is not None and row[0] is not None else None
    if revision is None or not store.has_graph(NamedNode(watermark_iri(revision))):
        return None
    return revision


class SnapshotIndex(ClaimsIndex):
    """The claims index of a read-only view of the store at ``revision`` (see the module's
    docstring): read-only, never built or caught up here."""

    def __init__(self, store: GraphStore, revision: int) -> None:
        # Not ClaimsIndex.__init__: nothing is created, written, or followed.
        path = Path(store.location) / INDEX_FILE
        self._attach(store, path)
        self._at = (revision,)
        self.snapshot = revision
        self._db = read_only(path)

    def _open(self) -> sqlite3.Connection:
        assert self.path is not None
        return read_only(self.path)

    @property
    def revision(self) -> int | None:
        """The revision the index file is at now (None: another format, or unreadable)."""
        with self._lock:
            try:
                return self._meta("revision") if self._meta("format") == FORMAT else None
            except sqlite3.Error:
                return None

    def ready(self, *, wait: bool = False) -> bool:
        """Whether the index is at the snapshot's revision now (it is never caught up here)."""
        return self.revision == self.snapshot

    def rebuild(self) -> None:
        raise StaleIndexError("a worker's view of the claims index is read-only")

    def _start_rebuild(self) -> None:
        return None

    @contextmanager
    def _in_step(self) -> Iterator[sqlite3.Connection]:
        """A read transaction in which the index is at the snapshot's revision; else StaleIndexError."""
        with self._lock:
            db = self._db
            try:
                db.execute("BEGIN")
            except sqlite3.Error as error:
                raise StaleIndexError(str(error)) from error
            try:
                if self.revision != self.snapshot:
                    raise StaleIndexError(f"the claims index is not at revision {self.snapshot}")
                yield db
            except sqlite3.Error as error:
                raise StaleIndexError(str(error)) from error
            finally:
                with suppress(sqlite3.Error):  # a read transaction: nothing to lose if it cannot end cleanly
                    db.execute("COMMIT")

    def rows(self, statement: str, parameters: Mapping[str, object]) -> list[tuple[Any, ...]]:
        """As :meth:`ClaimsIndex.rows`, read in step with the snapshot (else StaleIndexError)."""
        with self._in_step():
            return super().rows(statement, parameters)

    def lookup(self, filters: Filters, limit: int, offset: int) -> Lookup | None:
        """As :meth:`ClaimsIndex.lookup`, read in step with the snapshot (else None: ask the engine)."""
        try:
            with self._in_step():
                return super().lookup(filters, limit, offset)
        except StaleIndexError:
            return None

    def whole(self) -> bool:
        try:
            with self._in_step() as db:
                return db.execute("SELECT 1 FROM irregular LIMIT 1").fetchone() is None
        except StaleIndexError:
            return False

    def answers(self, actor: str) -> bool:
        try:
            with self._in_step():
                return super().answers(actor)
        except StaleIndexError:
            return False


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads the index file and cannot write it."""
    uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_S, check_same_thread=False, isolation_level=None)


def worker_state(store: GraphStore) -> bytes:
    """A job (:meth:`GraphStore.run_job`): how a worker sees the claims index, as JSON —
    ``snapshot``, the confirmed revision of its view of the store (null: none), and ``in_step``,
    whether its reads would come from the index now."""
    from graph.index import claims_index

    index = claims_index(store)
    snapshot = index.snapshot if isinstance(index, SnapshotIndex) else None
    return json.dumps({"snapshot": snapshot, "in_step": index is not None and index.whole()}).encode()

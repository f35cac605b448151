"""The store's revision: a number bumped by every write, and a journal of the named graphs each
write touched, so that structures derived from the store (the claims index) can tell whether they
are in step and catch up graph by graph.

The journal is written *ahead* of the store: a write first records its revision and the graphs it
will touch (``None``: it cannot tell, an arbitrary SPARQL update), then writes the store, then
moves the store's own watermark (an empty named graph, ``urn:entente:revision:N``: no quad, so no
query sees it) to that revision. A process killed anywhere in between leaves a journal entry whose
write may or may not have happened; reading the graphs it names again is right either way. A
journal that does not reach the store's watermark (lost, or the store restored from another copy)
is reset to the watermark with an unknown change: whatever derives from the store is rebuilt.

On disk the journal is an SQLite file inside the store's directory (RocksDB ignores files it did
not name), so it goes wherever the directory goes; in memory it is a throw-away database.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from pyoxigraph import Quad

JOURNAL_FILE = "entente-journal.sqlite3"
WATERMARK_PREFIX = "urn:entente:revision:"
KEEP = 10_000  # journal entries kept; a reader further behind than that rebuilds

SCHEMA = """
CREATE TABLE IF NOT EXISTS writes (revision INTEGER PRIMARY KEY, graphs TEXT);
"""


def watermark_iri(revision: int) -> str:
    return f"{WATERMARK_PREFIX}{revision}"


def watermark_revision(iri: str) -> int | None:
    """The revision a watermark graph's IRI carries, or None if it is no watermark."""
    if not iri.startswith(WATERMARK_PREFIX):
        return None
    tail = iri.removeprefix(WATERMARK_PREFIX)
    return int(tail) if tail.isdigit() else None


class Journal:
    """The revisions of one store and the graphs each touched (see the module's docstring)."""

    def __init__(self, directory: Path | None) -> None:
        target = str(directory / JOURNAL_FILE) if directory is not None else ":memory:"
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()
        row = self._db.execute("SELECT MAX(revision) FROM writes").fetchone()
        self._committed = int(row[0] or 0)  # after a crash, an entry whose write may have happened counts

    @property
    def revision(self) -> int:
        """The revision of the store as its completed writes left it."""
        return self._committed

    def begin(self, graphs: Iterable[str] | None) -> int:
        """Record, before the store is written, the next revision and the graphs it touches."""
        names = None if graphs is None else json.dumps(sorted(set(graphs)))
        with self._lock:
            cursor = self._db.execute("INSERT INTO writes (revision, graphs) VALUES (NULL, ?)", (names,))
            revision = int(cursor.lastrowid or 0)
            if revision % 1000 == 0:
                self._db.execute("DELETE FROM writes WHERE revision <= ?", (revision - KEEP,))
        return revision

    def commit(self, revision: int) -> None:
        """The write of ``revision`` is in the store."""
        with self._lock:
            self._committed = max(self._committed, revision)

    def reset(self, revision: int) -> None:
        """Start over at ``revision`` (at least), as an unknown change: readers behind it rebuild."""
        with self._lock:
            self._db.execute("DELETE FROM writes")
            self._db.execute("INSERT INTO writes (revision, graphs) VALUES (?, NULL)", (max(revision, 1),))
            self._committed = max(revision, 1)

    def touched(self, after: int, upto: int) -> set[str] | None:
        """The graphs written by revisions ``after`` (excluded) to ``upto``; None when one of them
        was an unknown change or the journal no longer holds them all."""
        if upto <= after:
            return set()
        with self._lock:
            rows = self._db.execute(
                "SELECT revision, graphs FROM writes WHERE revision > ? AND revision <= ? ORDER BY revision",
                (after, upto),
            ).fetchall()
        if not rows or rows[0][0] != after + 1 or len(rows) != upto - after:
            return None
        found: set[str] = set()
        for _, graphs in rows:
            if graphs is None:
                return None
            found.update(json.loads(graphs))
        return found

    def close(self) -> None:
        self._db.close()


class WriteObserver(Protocol):
    """Told of the quads an :meth:`add` or :meth:`add_stream` writes, as they go by (a derived
    structure that follows the store's own writes rather than reading them back)."""

    def started(self, revision: int) -> None: ...

    def seen(self, quads: Sequence[Quad]) -> None: ...

    def finished(self, revision: int, ok: bool) -> None: ...

"""Structures derived from the store for the hot paths, kept in step with it by its revision.

- ``claims``: the claims index (SQLite), an actor's relations in milliseconds at a million claims;
- ``build``: filling it from the store by sequential scans, whole or for the graphs a write touched;
- ``stream``: following the store's own writes; ``lookup``: the lookup's fixed SQL statements;
- ``listing``, ``sources``: the pages and totals of ``/relations``, ``/claims`` and ``/sources``;
- ``ties``, ``details``: the whole graph's ties for the projection and the viewer, and with their
  claims for the exports;
- ``snapshot``: the index as a worker process reads it, read-only, in step with its view of the store.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from pathlib import Path

from graph.index.claims import INDEX_FILE, ClaimsIndex
from graph.index.lookup import Filters, Lookup, PageRow
from graph.index.snapshot import SnapshotIndex, StaleIndexError, snapshot_revision
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore

__all__ = ["ClaimsIndex", "Filters", "Lookup", "PageRow", "SnapshotIndex", "StaleIndexError", "claims_index"]

_indexes: weakref.WeakKeyDictionary[GraphStore, ClaimsIndex | None] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def claims_index(store: GraphStore) -> ClaimsIndex | None:
    """The claims index of ``store`` (opened once a store); for a worker's read-only view of an
    on-disk store, the index file read-only when its snapshot's revision can be confirmed
    (:mod:`graph.index.snapshot`); None for a store without a revision (a remote endpoint), whose
    lookups stay in SPARQL."""
    if store.revision is None and not _read_only_view(store):
        return None
    with _lock:
        if store in _indexes:
            return _indexes[store]
        index: ClaimsIndex | None
        try:
            if store.revision is not None:
                index = ClaimsIndex(store)
            else:
                revision = snapshot_revision(store)
                index = SnapshotIndex(store, revision) if revision is not None else None
        except sqlite3.Error:  # the file held or unreadable as it is opened: SPARQL this time, tried again next
            return None
        _indexes[store] = index
        return index


def _read_only_view(store: GraphStore) -> bool:
    """A worker's view of an on-disk store (no journal of its own) beside a claims index file."""
    return (
        isinstance(store, EmbeddedStore)
        and store.journal is None
        and store.on_disk
        and (Path(store.location) / INDEX_FILE).is_file()
    )

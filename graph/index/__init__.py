"""Structures derived from the store for the hot paths, kept in step with it by its revision.

- ``claims``: the claims index (SQLite), an actor's relations in milliseconds at a million claims;
- ``build``: filling it from the store by sequential scans, whole or for the graphs a write touched;
- ``stream``: following the store's own writes; ``lookup``: the lookup's fixed SQL statements.
"""

from __future__ import annotations

import threading
import weakref

from graph.index.claims import ClaimsIndex, Filters, Lookup, PageRow
from graph.store.base import GraphStore

__all__ = ["ClaimsIndex", "Filters", "Lookup", "PageRow", "claims_index"]

_indexes: weakref.WeakKeyDictionary[GraphStore, ClaimsIndex] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def claims_index(store: GraphStore) -> ClaimsIndex | None:
    """The claims index of ``store`` (opened once a store), or None for a store without a
    revision (a remote endpoint), whose lookups stay in SPARQL."""
    if store.revision is None:
        return None
    with _lock:
        index = _indexes.get(store)
        if index is None:
            index = _indexes[store] = ClaimsIndex(store)
        return index

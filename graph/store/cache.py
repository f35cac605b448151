"""Values derived from a store, cached until the store's next write."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from graph.store.base import GraphStore

T = TypeVar("T")

_caches: weakref.WeakKeyDictionary[GraphStore, dict[Hashable, tuple[int, Any]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
MAX_ENTRIES = 64


def cached(store: GraphStore, key: Hashable, build: Callable[[], T]) -> T:
    """Return ``build()``, computed at most once per store generation and key."""
    generation = store.generation
    with _lock:
        entries = _caches.setdefault(store, {})
        hit = entries.get(key)
    if hit is not None and hit[0] == generation:
        value: T = hit[1]
        return value
    value = build()
    with _lock:
        if len(entries) >= MAX_ENTRIES:
            entries.clear()
        entries[key] = (generation, value)
    return value

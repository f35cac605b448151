"""The store boundary: nothing outside this package sees ``pyoxigraph.Store`` or ``httpx``.

- ``base``: the :class:`GraphStore` interface and :class:`SelectResult`;
- ``embedded``: pyoxigraph on a directory or in memory;
- ``pooled``: an on-disk store whose queries, jobs (exports, analysis) and update dry runs run in
  killable, memory-capped worker processes (``worker``);
- ``remote``: any SPARQL 1.1 Protocol endpoint (``remote_results``: its answers read tolerantly);
- ``served``: a directory another process serves: read from a snapshot, written through the server;
- ``open``: the store a location names; ``binding``: values into SPARQL as bound terms;
- ``cache``: values derived from a store, kept until its next write; ``formats``: media types.
"""

from graph.store.base import Bindings, GraphStore, SelectResult, Term, TooLargeResultError
from graph.store.binding import bind_rows, bind_values, paged
from graph.store.cache import cached
from graph.store.embedded import EmbeddedStore
from graph.store.formats import GRAPH_FORMATS, RESULT_FORMATS
from graph.store.open import is_remote, open_store
from graph.store.pooled import PooledStore, WorkerCrashedError, WorkerMemoryError, cancel_event
from graph.store.served import ServedStore, Server, announce, served_by, withdraw

__all__ = [
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "Bindings",
    "EmbeddedStore",
    "GraphStore",
    "PooledStore",
    "SelectResult",
    "ServedStore",
    "Server",
    "Term",
    "TooLargeResultError",
    "WorkerCrashedError",
    "WorkerMemoryError",
    "announce",
    "bind_rows",
    "bind_values",
    "cached",
    "cancel_event",
    "is_remote",
    "open_store",
    "paged",
    "served_by",
    "withdraw",
]

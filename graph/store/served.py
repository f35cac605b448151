"""A store another process serves: the command line and ``entente serve`` on one store at once.

RocksDB lets one process write a store. While ``entente serve`` holds it, the server writes a
note into the store directory (:data:`NOTE`: its URL, its process id and a token made at start,
readable by its user only) and removes it when it stops. A command that finds the store held
and the note's server alive opens a :class:`ServedStore`: it reads the store directly, from a
read-only snapshot (consistent, and as fast as its own store would be; taken again after each
of its writes), and writes through the server's SPARQL endpoint with the note's token, so that
each write is atomic and the server sees it at once.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode, Quad, Triple

from graph.errors import StoreError
from graph.store.base import Bindings, GraphStore, SelectResult
from graph.store.binding import bind_values
from graph.store.embedded import EmbeddedStore
from graph.store.worker import open_read_only

__all__ = ["NOTE", "ServedStore", "Server", "announce", "served_by", "withdraw"]

NOTE = "entente-server.json"
CLEAR_GRAPH = "DELETE { GRAPH ?_graph { ?s ?p ?o } } WHERE { GRAPH ?_graph { ?s ?p ?o } }"


@dataclass(frozen=True)
class Server:
    """The server that holds a store: where it answers, its process, and the token for local writes."""

    url: str
    pid: int
    token: str


def announce(store: Path, server: Server) -> None:
    """Write the note into ``store`` (created readable and writable by this user only, then moved
    into place, so that no reader sees half of it)."""
    partial = store / (NOTE + ".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as note:
        json.dump({"url": server.url, "pid": server.pid, "token": server.token}, note)
    partial.replace(store / NOTE)


def withdraw(store: Path, server: Server) -> None:
    """Remove the note, if it is still this server's."""
    found = _read(store / NOTE)
    if found is not None and found.pid == server.pid:
        (store / NOTE).unlink(missing_ok=True)


def served_by(store: Path) -> Server | None:
    """The live server whose note is in ``store``, if any: a note of a process that is gone (a
    server that was killed) or one that others may read or that another user owns is ignored."""
    path = store / NOTE
    try:
        info = path.stat()
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        return None
    found = _read(path)
    if found is None:
        return None
    try:
        os.kill(found.pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, under another user: the mode check above already refused such notes
    return found


def _read(path: Path) -> Server | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Server(str(data["url"]), int(data["pid"]), str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ServedStore(GraphStore):
    """The store at ``path``, held by ``server``: reads from a read-only snapshot, writes through
    the server's SPARQL endpoint (``/sparql``, with the note's token)."""

    def __init__(self, path: Path, server: Server, *, timeout_s: float = 300.0) -> None:
        # httpx is imported here, when a served store is opened, not by every import of graph.store
        from graph.store.remote import Endpoints, RemoteStore

        super().__init__()
        self._path = path
        self.server = server
        endpoint = server.url.rstrip("/") + "/sparql"
        headers = {"Authorization": "Bearer " + server.token}
        self._writer = RemoteStore(Endpoints(endpoint, endpoint), headers=headers, timeout_s=timeout_s)
        self._snapshot: EmbeddedStore | None = None

    @property
    def location(self) -> str:
        return str(self._path)

    @property
    def reader(self) -> EmbeddedStore:
        """A read-only snapshot of the store, taken at the first read after each write."""
        if self._snapshot is None:
            try:
                self._snapshot = EmbeddedStore.over(open_read_only(str(self._path)), self._path)
            except (OSError, RuntimeError) as error:
                raise StoreError(f"cannot read the store at {self._path}: {error}") from error
        return self._snapshot

    def _written(self) -> None:
        self._snapshot = None
        self._bump()

    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        return self.reader.select(query, bindings)

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        return self.reader.ask(query, bindings)

    def construct(self, query: str, bindings: Bindings | None = None) -> list[Triple]:
        return self.reader.construct(query, bindings)

    def query_serialized(self, query: str, media_type: str) -> tuple[bytes, str]:
        return self.reader.query_serialized(query, media_type)

    def update(self, update: str) -> None:
        self._writer.update(update)
        self._written()

    def add(self, quads: Sequence[Quad]) -> None:
        if quads:
            self._writer.add(quads)
            self._written()

    def add_stream(self, quads: Iterable[Quad], size_hint: int = 0) -> None:
        self.add(list(quads))

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self.reader.has_graph(graph):
            return False
        self.update(bind_values(CLEAR_GRAPH, {"_graph": graph}))
        return True

    def graphs(self) -> list[NamedNode]:
        return self.reader.graphs()

    def quads(self) -> Iterable[Quad]:
        return self.reader.quads()

    def __len__(self) -> int:
        return len(self.reader)

    def close(self) -> None:
        self._writer.close()
        self._snapshot = None

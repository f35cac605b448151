"""The embedded store: pyoxigraph on a directory (RocksDB) or in memory.

pyoxigraph's ``SyntaxError`` and ``OSError`` become :mod:`graph.errors` exceptions here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import NamedNode, Quad, QueryBoolean, QuerySolutions, QueryTriples, Store, Triple

from graph.errors import InputError, Problem, QuerySyntaxError, StoreError
from graph.store.base import Bindings, GraphStore, SelectResult, touched_graphs
from graph.store.binding import bind_values
from graph.store.formats import GRAPH_FORMATS, RESULT_FORMATS
from graph.store.revision import Journal, WriteObserver, watermark_iri, watermark_revision

T = TypeVar("T")

# Batches larger than this go through pyoxigraph's bulk loader on a disk store.
BULK_THRESHOLD = 200_000


class EmbeddedStore(GraphStore):
    """A pyoxigraph store on a directory (RocksDB) or in memory (``path=None``)."""

    def __init__(self, path: Path | str | None = None) -> None:
        super().__init__()
        self._path = Path(path) if path is not None else None
        try:
            if self._path is not None:
                self._path.parent.mkdir(parents=True, exist_ok=True)
            self._store = Store(str(self._path)) if self._path is not None else Store()
        except OSError as error:
            raise StoreError(_open_message(self._path, error)) from error
        if self._path is not None:  # we hold the lock: no bulk load of another process is running
            for orphan in self._path.glob("bulk-*.sst"):
                orphan.unlink(missing_ok=True)  # left by a bulk load that was killed
        self.journal = Journal(self._path)
        self._watermark = self._check_watermark()
        self.observers: list[WriteObserver] = []

    @classmethod
    def over(cls, store: Store, path: Path | str) -> EmbeddedStore:
        """A view of a pyoxigraph store already open (a worker's read-only one) at ``path``."""
        view = cls.__new__(cls)
        GraphStore.__init__(view)
        view._path, view._store = Path(path), store
        view.journal, view._watermark, view.observers = None, 0, []
        return view

    def _check_watermark(self) -> int:
        """The revision the store's watermark says; a journal that does not reach it (lost, or the
        store restored from another copy), or a store written before it had a journal, is reset as
        an unknown change, so whatever derives from the store is rebuilt. The usual cases are one
        lookup each (the watermark at the journal's revision, or one behind after a crash); only
        otherwise are the named graphs listed."""
        assert self.journal is not None
        journal = self.journal.revision
        for candidate in (journal, journal - 1):
            if candidate > 0 and self._store.contains_named_graph(NamedNode(watermark_iri(candidate))):
                return candidate
        has_data = self._has_data()
        if journal == 0 and not has_data:
            return 0
        marks = [watermark_revision(g.value) for g in self._store.named_graphs() if isinstance(g, NamedNode)]
        found = max((m for m in marks if m is not None), default=0)
        if found > journal or (found == 0 and journal == 0 and has_data):
            self.journal.reset(max(found, 1))
        return found

    def _has_data(self) -> bool:
        return next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is not None

    @contextmanager
    def _writing(self, graphs: Iterable[str] | None, observed: bool = False) -> Iterator[None]:
        """Journal the write ahead, write, then move the watermark: see :mod:`graph.store.revision`.
        With ``observed``, the observers are told of the write (its quads go to :meth:`_observe`)."""
        journal = self.journal
        if journal is None:  # a worker's read-only view
            yield
            return
        revision = journal.begin(graphs)
        watching = list(self.observers) if observed else []
        for observer in watching:
            observer.started(revision)
        ok = False
        try:
            yield
            ok = True
        finally:
            with suppress(OSError):  # moved even after a refused write: the next open stays one lookup
                self._move_watermark(revision)
            journal.commit(revision)
            for observer in watching:
                observer.finished(revision, ok)

    def _observe(self, quads: Iterable[Quad], batch: int = 20_000) -> Iterator[Quad]:
        """``quads`` as they are, the observers told of them a batch at a time."""
        if not self.observers:
            yield from quads
            return
        chunk: list[Quad] = []
        for quad in quads:
            chunk.append(quad)
            if len(chunk) >= batch:
                for observer in self.observers:
                    observer.seen(chunk)
                yield from chunk
                chunk = []
        for observer in self.observers:
            observer.seen(chunk)
        yield from chunk

    def _move_watermark(self, revision: int) -> None:
        old, new = self._watermark, revision
        self._store.add_graph(NamedNode(watermark_iri(new)))
        if old and old != new:
            self._store.remove_graph(NamedNode(watermark_iri(old)))
        self._watermark = new

    @property
    def location(self) -> str:
        return str(self._path) if self._path is not None else ":memory:"

    @property
    def on_disk(self) -> bool:
        return self._path is not None

    def _query(self, query: str, bindings: Bindings | None) -> QuerySolutions | QueryBoolean | QueryTriples:
        text = bind_values(query, bindings) if bindings else query
        try:
            return self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QuerySyntaxError(Problem(str(error))) from error
        except OSError as error:
            raise StoreError(str(error)) from error

    def _evaluate(self, query: str, bindings: Bindings | None, expected: str, produce: Callable[[Any], T]) -> T:
        """Run ``query`` and ``produce`` its value. pyoxigraph evaluates lazily, so errors (an I/O
        error, a failing SERVICE) can come while results are read: they become StoreError, and the
        result object is dropped here, in the thread that made it (pyoxigraph insists)."""
        result = self._query(query, bindings)
        kinds = {"solutions": QuerySolutions, "boolean": QueryBoolean, "graph": QueryTriples}
        if expected != "any" and not isinstance(result, kinds[expected]):
            del result
            raise InputError(EXPECTED_FORM[expected])
        try:
            return produce(result)
        except (OSError, RuntimeError, ValueError) as error:
            failure = str(error)
        del result
        raise StoreError("the query failed while it ran: " + failure)

    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        return self._evaluate(
            query,
            bindings,
            "solutions",
            lambda r: SelectResult([v.value for v in r.variables], [tuple(solution) for solution in r]),
        )

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        return self._evaluate(query, bindings, "boolean", bool)

    def construct(self, query: str, bindings: Bindings | None = None) -> list[Triple]:
        return self._evaluate(query, bindings, "graph", list)

    def query_serialized(self, query: str, media_type: str) -> tuple[bytes, str]:
        return self._evaluate(query, None, "any", lambda r: _serialise(r, media_type))

    def update(self, update: str) -> None:
        """Run an update on the graphs as stored: its default graph is the store's own (empty in
        entente), not the union queries see. An update the engine refuses (DROP or CLEAR of a graph
        that does not exist, CREATE of one that does, without SILENT) is an :class:`InputError`
        with the engine's message, and writes nothing."""
        try:
            with self._writing(touched_graphs()):
                self._store.update(update)
        except SyntaxError as error:
            raise QuerySyntaxError(Problem(str(error))) from error
        except (RuntimeError, ValueError) as error:
            raise InputError(Problem(str(error))) from error
        except OSError as error:
            raise StoreError(str(error)) from error
        self._bump()

    def checkpoint(self, target: Path) -> None:
        """A consistent copy of the on-disk store at ``target`` (hard links: cheap, same file system)."""
        try:
            self._store.backup(str(target))
        except OSError as error:
            raise StoreError(f"cannot copy the store: {error}") from error

    def add(self, quads: Sequence[Quad]) -> None:
        if not quads:
            return
        try:
            with self._writing(_graphs_of(quads), observed=True):
                for observer in self.observers:
                    observer.seen(quads)
                self._add(quads)
        except OSError as error:
            raise StoreError(str(error)) from error
        self._bump()

    def _add(self, quads: Sequence[Quad]) -> None:
        if self.on_disk and len(quads) > BULK_THRESHOLD:
            self._store.bulk_extend(quads)
        else:
            self._store.extend(quads)

    def add_stream(self, quads: Iterable[Quad], size_hint: int = 0) -> None:
        if not (self.on_disk and size_hint > BULK_THRESHOLD):
            self.add(list(quads))
            return
        # The bulk loader pulls quads from the iterable while its threads sort and write earlier
        # chunks, so making quads in Python and writing them overlap. Its files are ingested only
        # once the iterable is exhausted: an exception raised by the iterable writes nothing.
        try:
            with self._writing(None, observed=True):  # which graphs, the stream tells only as it is read
                self._store.bulk_extend(self._observe(quads))
        except OSError as error:
            raise StoreError(str(error)) from error
        self._bump()

    def remove_graph(self, graph: NamedNode) -> bool:
        if not self._store.contains_named_graph(graph):
            return False
        with self._writing([graph.value]):
            self._store.remove_graph(graph)
        self._bump()
        return True

    def graphs(self) -> list[NamedNode]:
        return [
            g for g in self._store.named_graphs() if isinstance(g, NamedNode) and watermark_revision(g.value) is None
        ]

    def has_graph(self, graph: NamedNode) -> bool:
        return self._store.contains_named_graph(graph)

    def quads(self) -> Iterable[Quad]:
        return self._store.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return len(self._store)

    def optimize(self) -> None:
        """Compact the on-disk files; worth it after a large load (lookups get up to 4x faster)."""
        self._store.optimize()

    def close(self) -> None:
        """Flush and release the store (and, on disk, its lock); the object is unusable after."""
        store = self.__dict__.pop("_store", None)
        if store is not None and self.on_disk:
            store.flush()
        journal, self.journal = self.journal, None
        if journal is not None:
            journal.close()


def _graphs_of(quads: Sequence[Quad]) -> set[str] | None:
    """The named graphs ``quads`` go to; None if one goes to the default graph."""
    graphs = {q.graph_name for q in quads}
    if not all(isinstance(g, NamedNode) for g in graphs):
        return None
    return {g.value for g in graphs if isinstance(g, NamedNode)}


def _serialise(result: QuerySolutions | QueryBoolean | QueryTriples, media_type: str) -> tuple[bytes, str]:
    if isinstance(result, QueryTriples):
        return result.serialize(format=GRAPH_FORMATS[media_type]) or b"", "graph"
    kind = "boolean" if isinstance(result, QueryBoolean) else "solutions"
    return result.serialize(format=RESULT_FORMATS[media_type]) or b"", kind


EXPECTED_FORM = {
    "solutions": "expected a SELECT query",
    "boolean": "expected an ASK query",
    "graph": "expected a CONSTRUCT or DESCRIBE query",
}


def _open_message(path: Path | None, error: OSError) -> str:
    text = str(error)
    if "lock" in text.lower():
        return f"the store at {path} is in use by another process (an `entente serve`?): {text}"
    return f"cannot open the store at {path}: {text}"


def query_dataset(
    quads: Iterable[Quad],
    query: str,
    media_type: str,
    *,
    default_graphs: Sequence[NamedNode] | None = None,
    named_graphs: Sequence[NamedNode] | None = None,
) -> bytes:
    """Run ``query`` over a throw-away in-memory dataset of ``quads`` (what ``FROM`` and the
    protocol's ``default-graph-uri``/``named-graph-uri`` describe) and serialise its result."""
    scratch = Store()
    scratch.extend(quads)
    try:
        if default_graphs is not None or named_graphs is not None:
            result = scratch.query(
                query, default_graph=list(default_graphs or []), named_graphs=list(named_graphs or [])
            )
        else:
            result = scratch.query(query)
        return _serialise(result, media_type)[0]
    except SyntaxError as error:
        raise QuerySyntaxError(Problem(str(error))) from error
    except OSError as error:
        raise StoreError(str(error)) from error


def check_query_syntax(query: str) -> None:
    """Raise :class:`QuerySyntaxError` with the parser's message if ``query`` does not parse."""
    try:
        Store().query(query)
    except SyntaxError as error:
        raise QuerySyntaxError(Problem(str(error))) from error

"""The store boundary's interface: every store is read through SPARQL and written in atomic batches.

Everything above this module reads through SPARQL and writes through :meth:`GraphStore.add`,
:meth:`GraphStore.update` or :meth:`GraphStore.remove_graph`, so another implementation (a
remote SPARQL endpoint) can take the embedded one's place without touching callers.
Implementations: :mod:`graph.store.embedded`, :mod:`graph.store.pooled`, :mod:`graph.store.remote`.
"""

from __future__ import annotations

import importlib
import io
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TypeAlias

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from graph.errors import InputError, Problem

if TYPE_CHECKING:
    from graph.store.revision import Journal

Term: TypeAlias = NamedNode | BlankNode | Literal | Triple
Bindings: TypeAlias = Mapping[str, Term | None]


class TooLargeResultError(InputError):
    """An answer (an export, an analysis) is larger than the server gives in one response."""


def job_function(reference: str) -> Callable[..., bytes]:
    """The function of ``graph`` that ``"module:name"`` names (a job, see :meth:`GraphStore.run_job`)."""
    module, name = check_job(reference)
    function: Callable[..., bytes] = getattr(importlib.import_module(module), name)
    return function


def check_job(reference: str) -> tuple[str, str]:
    """The module and name of a job's reference; ValueError unless it names a function of graph."""
    module, _, name = reference.partition(":")
    if not module.startswith("graph.") or not name.isidentifier():
        raise ValueError(f"not a job of graph: {reference!r}")
    return module, name


def too_large(size: int, max_bytes: int) -> TooLargeResultError:
    return TooLargeResultError(
        Problem(f"the answer is {size:,} bytes, over this server's {max_bytes:,}; narrow it, or use the command line")
    )


@dataclass(frozen=True)
class SelectResult:
    """The rows of a SELECT query: variable names and one tuple of terms (or None) a row."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]]

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


_touching: ContextVar[frozenset[str] | None] = ContextVar("touching", default=None)


@contextmanager
def touching(graphs: Iterable[NamedNode]) -> Iterator[None]:
    """Within this block, a SPARQL update writes only ``graphs``: the store journals them, so what
    derives from it catches up graph by graph instead of being rebuilt (an update cannot tell)."""
    token = _touching.set(frozenset(g.value for g in graphs))
    try:
        yield
    finally:
        _touching.reset(token)


def touched_graphs() -> frozenset[str] | None:
    """The graphs the enclosing :func:`touching` names, or None (an unknown change)."""
    return _touching.get()


class GraphStore(ABC):
    """An RDF dataset read through SPARQL. The default graph is the union of all graphs."""

    journal: Journal | None = None  # the revisions of a local store (see graph.store.revision)

    def __init__(self) -> None:
        self._generation = 0
        self._generation_lock = threading.Lock()

    def scanner(self) -> GraphStore:
        """The store to read whole-store scans from (building a derived index): itself, or for a
        pooled store its primary, in this process and without the queries' deadline."""
        return self

    @property
    def revision(self) -> int | None:
        """The persisted revision of a local store (every write bumps it), or None where the
        store cannot tell (a remote endpoint)."""
        return self.journal.revision if self.journal is not None else None

    @property
    def generation(self) -> int:
        """A number that changes on every write; caches key on it."""
        return self._generation

    def _bump(self) -> None:
        with self._generation_lock:
            self._generation += 1

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the data lives: a directory, ``:memory:`` or a URL."""

    @abstractmethod
    def select(self, query: str, bindings: Bindings | None = None) -> SelectResult:
        """Run a SELECT query with ``bindings`` as bound terms (``None`` leaves a variable unbound)."""

    @abstractmethod
    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def construct(self, query: str, bindings: Bindings | None = None) -> list[Triple]:
        """Run a CONSTRUCT or DESCRIBE query."""

    @abstractmethod
    def query_serialized(self, query: str, media_type: str) -> tuple[bytes, str]:
        """Run any query and serialise its result in ``media_type``; return the bytes and the kind
        of result (``"solutions"``, ``"boolean"`` or ``"graph"``)."""

    @abstractmethod
    def update(self, update: str) -> None:
        """Run a SPARQL update atomically, on the graphs as stored (its default graph is the
        store's own, not the union that queries see)."""

    def run_job(self, function: str, args: tuple[Any, ...] = (), max_bytes: int = 0) -> IO[bytes]:
        """The bytes of ``function(self, *args)``, a function of graph named ``"module:name"``
        with picklable arguments, as a file to read. Here it runs in this thread; a pooled store
        runs it in a worker process that is killed at the deadline. Raises
        :class:`TooLargeResultError` past ``max_bytes`` (0: no limit)."""
        data = job_function(function)(self, *args)
        if max_bytes and len(data) > max_bytes:
            raise too_large(len(data), max_bytes)
        return io.BytesIO(data)

    @abstractmethod
    def add(self, quads: Sequence[Quad]) -> None:
        """Add quads atomically: all of them or none."""

    def add_stream(self, quads: Iterable[Quad], size_hint: int = 0) -> None:
        """Add the quads an iterable yields, atomically like :meth:`add`; ``size_hint`` is about how
        many there are. A store that can write a stream as it comes (the embedded one on disk,
        through its bulk loader) never holds them all in memory."""
        self.add(list(quads))

    @abstractmethod
    def remove_graph(self, graph: NamedNode) -> bool:
        """Drop a named graph and everything in it; return whether it existed."""

    @abstractmethod
    def graphs(self) -> list[NamedNode]:
        """The named graphs."""

    def has_graph(self, graph: NamedNode) -> bool:
        """Whether the named graph exists (one lookup, however many graphs there are)."""
        return self.ask("ASK WHERE { GRAPH ?_graph { ?s ?p ?o } }", {"_graph": graph})

    @abstractmethod
    def quads(self) -> Iterable[Quad]:
        """Every quad of the dataset."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of quads."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the store's resources."""

    def dump(self, fmt: RdfFormat) -> bytes:
        """Serialise the whole dataset; triple formats get the union of all graphs."""
        if fmt.supports_datasets:
            return serialize(self.quads(), format=fmt, prefixes=_prefixes()) or b""
        triples = (q.triple for q in self.quads())
        return serialize(triples, format=fmt, prefixes=_prefixes()) or b""

    def canonical_nquads(self) -> list[str]:
        """The dataset as sorted N-Quads lines, for comparing two states of a store."""
        return sorted(str(q) for q in self.quads())


def _prefixes() -> dict[str, str]:
    from graph.namespaces import PREFIXES

    return dict(PREFIXES)

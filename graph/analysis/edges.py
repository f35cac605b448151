"""The claims behind an edge: the record of one claim, what an edge derives from its claims, and
the claims of a projected edge, read from the store when they are asked for."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from graph.analysis.claims import Filters, claim_bindings, edge_details
from graph.clocks import valid_during
from graph.model.catalogue import Catalogue
from graph.store.base import GraphStore

if TYPE_CHECKING:  # imported where a graph is built: starting the server does not load networkx
    import networkx as nx

__all__ = [
    "ClaimRecord",
    "Claims",
    "Weighed",
    "claim_counts",
    "claim_dates",
    "edge_details_of",
    "edge_records",
    "edge_summary",
    "merge_spells",
    "read_details",
    "restrict",
]

# Restricting a projected graph reads its claims tie by tie up to FEW_EDGES edges, actor by actor
# up to BULK_EDGES, and all at once past that.
FEW_EDGES = 8
BULK_EDGES = 500


@dataclass(frozen=True)
class ClaimRecord:
    """One claim as the projection sees it; ``subject`` and ``object`` are node ids, ``relation`` a name."""

    id: str
    subject: str
    relation: str
    object: str
    confidence: float
    asserted_by: str
    quote: str
    source: str
    published: date
    valid_from: date | None = None
    valid_until: date | None = None
    evidence: str = field(default="", compare=False)

    def valid_during(self, start: date, end: date) -> bool:
        """Whether the claim holds at some day of ``[start, end]``."""
        return valid_during(self.valid_from, self.valid_until, start, end)


EdgeKey = tuple[str, str, str]  # (from, to, relation name), as the graph holds the edge
Details = tuple[tuple[str, ...], tuple[str, ...]]  # claim ids, asserter IRIs


class Claims:
    """The claims of a projected graph's edges, read from its store on demand: all at once
    (``load_all``), or those of one actor at a time when an edge of it is asked for."""

    def __init__(
        self,
        store: GraphStore,
        filters: Filters,
        known: Catalogue,
        read_all: Callable[[], list[ClaimRecord]],
        read_some: Callable[..., list[ClaimRecord]],
    ) -> None:
        self._store = weakref.ref(store)  # the graph lives in the store's cache: no cycle through it
        self._filters, self._known = filters, known
        self._read_all, self._read_some = read_all, read_some
        self._index: dict[EdgeKey, list[ClaimRecord]] = {}
        self._actors: set[str] = set()
        self._ties: dict[EdgeKey, tuple[ClaimRecord, ...]] = {}
        self._all = False
        self._details: dict[EdgeKey, Details] | None = None
        self._lock = threading.Lock()

    def of_edge(self, a: str, b: str, key: str) -> tuple[ClaimRecord, ...]:
        """The claims of the edge ``a`` -> ``b`` keyed ``key``, sorted as :func:`build_graph` sorts them."""
        with self._lock:
            if self._all or a in self._actors or b in self._actors:
                return tuple(self._index.get((a, b, key), ()))
            if (a, b, key) not in self._ties:
                relation = next(r for r in self._known.relations.values() if r.name == key)
                ties = [(a, relation.iri, b)] + ([(b, relation.iri, a)] if relation.symmetric and a != b else [])
                found = self._read_some(self._live(), self._filters, None, ties)
                self._ties[a, b, key] = tuple(sorted(found, key=lambda r: (r.subject, r.relation, r.object, r.id)))
            return self._ties[a, b, key]

    def load_actors(self, actors: Iterable[str]) -> None:
        """Read every claim of ``actors`` now (one query each): the edges of a few actors."""
        with self._lock:
            for actor in sorted(set(actors) - self._actors):
                if not self._all:
                    self._add(self._read_some(self._live(), self._filters, [actor]), {actor})

    def load_all(self) -> None:
        """Read every claim of the graph now (one query), for work over the whole graph."""
        with self._lock:
            if not self._all:
                self._index.clear()
                self._actors = set()
                self._add(self._read_all(), set())
                self._all = True

    def details(self) -> dict[EdgeKey, Details]:
        """Each edge's claim ids (in record order) and asserter IRIs (sorted), without the rest of
        the claims (one aggregated query)."""
        with self._lock:
            if self._details is None:
                self._details = self._read_details()
            return self._details

    def _read_details(self) -> dict[EdgeKey, Details]:
        return read_details(self._live(), self._filters, self._known)

    def _live(self) -> GraphStore:
        store = self._store()
        if store is None:
            raise RuntimeError("the store of this projection is closed")
        return store

    def _add(self, records: Iterable[ClaimRecord], actors: set[str]) -> None:
        fresh: dict[EdgeKey, list[ClaimRecord]] = {}
        for record in records:
            relation = self._known.relations.get(record.relation)
            if relation is None:
                continue
            a, b = record.subject, record.object
            if relation.symmetric and b < a:
                a, b = b, a
            if a in self._actors or b in self._actors:
                continue  # that edge is already complete
            fresh.setdefault((a, b, relation.name), []).append(record)
        for key, found in fresh.items():
            found.sort(key=lambda r: (r.subject, r.relation, r.object, r.id))
            self._index[key] = found
        self._actors |= actors


def read_details(
    store: GraphStore, filters: Filters, known: Catalogue, *, indexed: bool = True
) -> dict[EdgeKey, Details]:
    """Each edge's claim ids (in record order) and asserter IRIs (sorted): from one sorted scan of
    the claims index where it answers (``indexed``), else one aggregated query of the engine."""
    if indexed:
        from graph.analysis.ordered import indexed_details  # that module reads this one

        from_index = indexed_details(store, filters, known)
        if from_index is not None:
            return from_index
    parts: dict[EdgeKey, list[tuple[str, list[str], list[str]]]] = {}
    for subject, relation_iri, obj, ids, asserters in edge_details(store, claim_bindings(filters)):
        relation = known.relations.get(relation_iri)
        if relation is None or (filters.relations and relation_iri not in filters.relations):
            continue
        a, b = (obj, subject) if relation.symmetric and obj < subject else (subject, obj)
        parts.setdefault((a, b, relation.name), []).append((subject, ids, asserters))
    found: dict[EdgeKey, Details] = {}
    for key, groups in parts.items():
        groups.sort(key=lambda g: g[0])  # records are ordered by subject, then id
        claim_ids = tuple(i for g in groups for i in sorted(g[1]))
        found[key] = (claim_ids, tuple(sorted({x for g in groups for x in g[2]})))
    return found


def edge_records(
    graph: nx.MultiDiGraph, a: str, b: str, key: str, data: dict[str, Any] | None = None
) -> tuple[ClaimRecord, ...]:
    """The claims of an edge: those it carries (``records``), or those its projection reads."""
    data = graph.edges[a, b, key] if data is None else data
    if "records" in data:
        found: tuple[ClaimRecord, ...] = data["records"]
        return found
    claims = graph.graph.get("claims")
    return claims.of_edge(a, b, key) if isinstance(claims, Claims) else ()


def edge_details_of(graph: nx.MultiDiGraph) -> dict[EdgeKey, Details]:
    """Every edge's claim ids and asserter IRIs: from its records, or its projection's store."""
    claims = graph.graph.get("claims")
    if isinstance(claims, Claims):
        return claims.details()
    return {
        (a, b, key): (
            tuple(r.id for r in data.get("records", ())),
            tuple(sorted({r.asserted_by for r in data.get("records", ())})),
        )
        for a, b, key, data in graph.edges(keys=True, data=True)
    }


class Weighed(Protocol):
    """What a tie's summary reads of each of its claims (a :class:`ClaimRecord`, or one the viewer keeps)."""

    @property
    def confidence(self) -> float: ...
    @property
    def source(self) -> str: ...
    @property
    def published(self) -> date: ...
    @property
    def valid_from(self) -> date | None: ...
    @property
    def valid_until(self) -> date | None: ...


def edge_summary(claims: Sequence[ClaimRecord], polarity: int, goldstein: float) -> dict[str, Any]:
    """The attributes an edge derives from its claims."""
    return {
        "weight": round(sum(polarity * abs(goldstein) * c.confidence for c in claims), 6),
        **claim_counts(claims),
        "claim_ids": tuple(c.id for c in claims),
        "source_ids": tuple(sorted({c.source for c in claims})),
        "asserters": tuple(sorted({c.asserted_by for c in claims})),
        **claim_dates(claims),
        "records": tuple(claims),
    }


def claim_counts(claims: Sequence[Weighed]) -> dict[str, Any]:
    """A tie's best confidence, and how many claims and sources it has."""
    return {
        "confidence": max(c.confidence for c in claims),
        "claims": len(claims),
        "sources": len({c.source for c in claims}),
    }


def claim_dates(claims: Sequence[Weighed]) -> dict[str, Any]:
    """When a tie's claims hold (open where one of them is) and were first and last reported, and
    their valid-time spells merged."""
    froms = [c.valid_from for c in claims]
    untils = [c.valid_until for c in claims]
    return {
        "valid_from": None if None in froms else min(d for d in froms if d is not None),
        "valid_until": None if None in untils else max(d for d in untils if d is not None),
        "first_reported": min(c.published for c in claims),
        "last_reported": max(c.published for c in claims),
        "spells": merge_spells((c.valid_from, c.valid_until) for c in claims),
    }


def merge_spells(spells: Iterable[tuple[date | None, date | None]]) -> tuple[tuple[date | None, date | None], ...]:
    """Merge overlapping valid-time intervals (None is an open end).

    Examples
    --------
    >>> merge_spells([(date(2020, 1, 1), date(2021, 1, 1)), (date(2020, 6, 1), None)])
    ((datetime.date(2020, 1, 1), None),)
    """
    ordered = sorted(spells, key=lambda s: s[0] or date.min)
    merged: list[tuple[date | None, date | None]] = []
    for start, end in ordered:
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None or start is None or start <= last_end:
                merged[-1] = (last_start, None if last_end is None or end is None else max(last_end, end))
                continue
        merged.append((start, end))
    return tuple(merged)


def restrict(graph: nx.MultiDiGraph, start: date, end: date | None = None) -> nx.MultiDiGraph:
    """A new graph with only the claims valid at some day of ``[start, end]`` (``end`` defaults to
    ``start``: the graph as of that date); edges left without claims go, and so do bare nodes.
    Its edges carry their claims (``records``).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> record = ClaimRecord("c1", "a", "x", "b", 1.0, "s", "q", "src", date(2020, 1, 1), date(2020, 1, 1))
    >>> g.add_edge("a", "b", key="x", polarity=1, goldstein=2.0, records=(record,))
    'x'
    >>> restrict(g, date(2019, 1, 1)).number_of_edges(), restrict(g, date(2021, 1, 1)).number_of_edges()
    (0, 1)
    """
    last = end or start
    claims = graph.graph.get("claims")
    if isinstance(claims, Claims):
        if graph.number_of_edges() > BULK_EDGES:
            claims.load_all()
        elif graph.number_of_edges() > FEW_EDGES:
            claims.load_actors(_cover(graph))
    import networkx as nx

    result = nx.MultiDiGraph()
    for a, b, key, data in graph.edges(keys=True, data=True):
        spells = data.get("spells")
        if spells is not None and not any(valid_during(s, e, start, last) for s, e in spells):
            continue  # none of its claims holds then: no need to read them
        kept = [c for c in edge_records(graph, a, b, key, data) if c.valid_during(start, last)]
        if not kept:
            continue
        for node in (a, b):
            if node not in result:
                result.add_node(node, **graph.nodes[node])
        result.add_edge(a, b, key=key, **{**data, **edge_summary(kept, data["polarity"], data["goldstein"])})
    return result


def _cover(graph: nx.MultiDiGraph) -> list[str]:
    """Few actors that every edge of ``graph`` touches (greedy: the busiest first)."""
    left = set(graph.edges(keys=True))
    chosen = []
    while left:
        counts: dict[str, int] = {}
        for a, b, _ in left:
            for node in {a, b}:
                counts[node] = counts.get(node, 0) + 1
        best = min(counts, key=lambda n: (-counts[n], n))
        chosen.append(best)
        left = {e for e in left if best not in e[:2]}
    return chosen

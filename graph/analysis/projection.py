"""The claims projected to a networkx multigraph of actors, one edge per subject, relation and object.

The store aggregates the claims per (subject, relation, object) (:mod:`graph.analysis.claims`);
the graph holds what each edge derives from its claims, not the claims: an edge's claims are read
when it is asked for (:func:`graph.analysis.edges.edge_records`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from pyoxigraph import NamedNode

from graph.analysis.claims import EdgeRow, Filters, claim_bindings, edge_rows, record_rows
from graph.analysis.edges import ClaimRecord, Claims, edge_summary, merge_spells, restrict
from graph.errors import InputError
from graph.model.catalogue import Catalogue, RelationType, catalogue
from graph.model.ids import actor_iri, short_id
from graph.model.terms import as_date, number, text
from graph.namespaces import STATUSES
from graph.store.base import GraphStore, Term
from graph.store.cache import cached

if TYPE_CHECKING:  # imported where a graph is built: starting the server does not load networkx
    import networkx as nx

__all__ = [
    "NO_FILTERS",
    "ClaimRecord",
    "Filters",
    "build_graph",
    "claim_records",
    "project",
    "resolve_filters",
    "restrict",
]

NO_FILTERS = Filters()


def resolve_filters(
    known: Catalogue,
    *,
    as_of: date | None = None,
    known_at: date | None = None,
    relations: Sequence[str] = (),
    min_confidence: float | None = None,
    status: str = "asserted",
) -> Filters:
    """Filters from the names people use; raises NotFoundError for an unknown relation and
    InputError for a confidence outside [0, 1] or an unknown status.

    Examples
    --------
    >>> from graph.intake.load import init_store
    >>> from graph.store.embedded import EmbeddedStore
    >>> store = EmbeddedStore(); _ = init_store(store, seed=False)
    >>> sorted(resolve_filters(catalogue(store), relations=["sanctions"]).relations)
    ['https://w3id.org/entente/ontology#sanctions']
    """
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise InputError(f"min_confidence must be between 0 and 1, not {min_confidence}")
    if status.casefold() not in STATUSES:
        raise InputError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    iris = frozenset(known.resolve_relation(name).iri for name in relations)
    return Filters(as_of, known_at, iris, min_confidence, status.casefold())


def claim_records(store: GraphStore, filters: Filters = NO_FILTERS) -> list[ClaimRecord]:
    """The claims that pass ``filters``, each with its evidence, cached per store generation."""
    return cached(store, ("projection-claims", filters), lambda: read_records(store, filters))


def read_records(
    store: GraphStore,
    filters: Filters,
    actors: Iterable[str] | None = None,
    ties: Sequence[tuple[str, str, str]] = (),
) -> list[ClaimRecord]:
    """The claims that pass ``filters`` (of ``actors``, ids, at either end, or of ``ties``,
    (subject id, relation IRI, object id), if given), sorted by subject, relation, object and id;
    one record per claim and evidence."""
    iris = None if actors is None else [actor_iri(a) for a in sorted(set(actors))]
    tie_iris = [(actor_iri(a), relation, actor_iri(b)) for a, relation, b in ties]
    with no_gc():
        rows = record_rows(store, claim_bindings(filters), iris, tie_iris)
        records = {}
        for row in rows:
            record = _record(row)
            if not filters.relations or record.relation in filters.relations:
                records[record.id, record.evidence] = record
    return sorted(records.values(), key=lambda r: (r.subject, r.relation, r.object, r.id))


def _record(row: tuple[Term | None, ...]) -> ClaimRecord:
    claim, subject, relation, obj, confidence, asserter, from_, until, evidence, quote, source, published = row
    assert isinstance(relation, NamedNode) and isinstance(subject, NamedNode) and isinstance(obj, NamedNode)
    return ClaimRecord(
        id=short_id(text(claim)),
        subject=short_id(subject.value),
        relation=relation.value,
        object=short_id(obj.value),
        confidence=number(confidence),
        asserted_by=text(asserter),
        quote=text(quote),
        source=text(source),
        published=as_date(published) or date.min,
        valid_from=as_date(from_),
        valid_until=as_date(until),
        evidence=text(evidence),
    )


def project(store: GraphStore, filters: Filters = NO_FILTERS) -> nx.MultiDiGraph:
    """The projection of the claims that pass ``filters``, cached per store generation and filters.

    The graph is shared with later callers: read it, do not change it (``restrict`` makes new ones).

    Examples
    --------
    >>> from graph.intake.load import init_store
    >>> from graph.store.embedded import EmbeddedStore
    >>> store = EmbeddedStore(); _ = init_store(store)
    >>> graph = project(store)
    >>> graph.edges["russia", "ukraine", "attacks"]["polarity"]
    -1
    """

    def build() -> nx.MultiDiGraph:
        known = catalogue(store)
        with no_gc():
            graph = graph_from_rows(edge_rows(store, claim_bindings(filters)), known, filters.relations)
        graph.graph["claims"] = Claims(store, filters, known, lambda: claim_records(store, filters), read_records)
        return graph

    return cached(store, ("projection", filters), build)


def graph_from_rows(
    rows: Iterable[EdgeRow], known: Catalogue, relations: frozenset[str] = frozenset()
) -> nx.MultiDiGraph:
    """The graph of aggregated claims (see :func:`build_graph` for its attributes, less the
    per-claim ones: ``claim_ids``, ``asserters`` and ``records`` are read on demand, see
    :mod:`graph.analysis.edges`)."""
    groups = tie_groups(rows, known, relations)
    import networkx as nx

    graph = nx.MultiDiGraph()
    _add_nodes(graph, {n for a, b, _ in groups for n in (a, b)}, known)
    graph.add_edges_from((a, b, name, tie_attributes(*groups[a, b, name])) for a, b, name in sorted(groups))
    return graph


Tie = tuple[RelationType, list[EdgeRow]]


def tie_groups(
    rows: Iterable[EdgeRow], known: Catalogue, relations: frozenset[str] = frozenset()
) -> dict[tuple[str, str, str], Tie]:
    """The aggregated rows by edge (from, to, relation name): a symmetric relation's two
    directions are one edge, from the smaller id to the larger; relations not in the scheme (no
    polarity) or not in ``relations`` (if given) are left out."""
    edges: dict[tuple[str, str, str], Tie] = {}
    for row in rows:
        relation = known.relations.get(row.relation)
        if relation is None or (relations and row.relation not in relations):
            continue
        a, b = row.subject, row.object
        if relation.symmetric and b < a:
            a, b = b, a
        key = (a, b, relation.name)
        if key in edges:  # the other direction of a symmetric tie
            edges[key][1].append(row)
        else:
            edges[key] = (relation, [row])
    return edges


def ties(store: GraphStore, filters: Filters, known: Catalogue) -> dict[tuple[str, str, str], Tie]:
    """The edges of the projection of ``filters``, without building the graph (for streaming)."""
    with no_gc():
        return tie_groups(edge_rows(store, claim_bindings(filters)), known, filters.relations)


def node_attributes(node: str, known: Catalogue) -> dict[str, str]:
    """A node's ``label``, ``type`` and ``iri`` from the catalogue."""
    actor = known.actors.get(actor_iri(node))
    return {"label": actor.label if actor else node, "type": actor.type if actor else "Actor", "iri": actor_iri(node)}


def tie_attributes(relation: RelationType, parts: Sequence[EdgeRow]) -> dict[str, Any]:
    """An edge's attributes from its relation and aggregated rows."""
    return {
        **_edge_head(relation),
        **(_summary_of_row(parts[0], relation) if len(parts) == 1 else _summary_of_rows(parts, relation)),
    }


def _add_nodes(graph: nx.MultiDiGraph, nodes: set[str], known: Catalogue) -> None:
    for node in sorted(nodes):
        graph.add_node(node, **node_attributes(node, known))


@cache  # one per relation type: merged into each of its edges' attributes, never changed
def _edge_head(relation: RelationType) -> dict[str, Any]:
    return {
        "relation": relation.name,
        "label": relation.label,
        "polarity": relation.polarity,
        "goldstein": relation.weight,
        "symmetric": relation.symmetric,
    }


def _summary_of_rows(parts: Sequence[EdgeRow], relation: RelationType) -> dict[str, Any]:
    """What the rows of a symmetric tie's two directions give their one edge."""
    sources = tuple(sorted({s for part in parts for s in part.sources}))
    valid_from, valid_until, spells = _validity([spell for part in parts for spell in part.spells])
    return {
        "weight": round(relation.polarity * abs(relation.weight) * sum(p.total for p in parts), 6),
        "confidence": max(p.best for p in parts),
        "claims": sum(p.claims for p in parts),
        "sources": len(sources),
        "source_ids": sources,
        "valid_from": valid_from,
        "valid_until": valid_until,
        "first_reported": min(p.first for p in parts),
        "last_reported": max(p.last for p in parts),
        "spells": spells,
    }


def _summary_of_row(part: EdgeRow, relation: RelationType) -> dict[str, Any]:
    """What one row gives its edge (every edge but the symmetric ties reported both ways)."""
    valid_from, valid_until, spells = _validity(part.spells)
    return {
        "weight": round(relation.polarity * abs(relation.weight) * part.total, 6),
        "confidence": part.best,
        "claims": part.claims,
        "sources": len(part.sources),
        "source_ids": tuple(sorted(part.sources)),
        "valid_from": valid_from,
        "valid_until": valid_until,
        "first_reported": part.first,
        "last_reported": part.last,
        "spells": spells,
    }


Spell = tuple[date | None, date | None]


def _validity(spells: Sequence[Spell]) -> tuple[date | None, date | None, tuple[Spell, ...]]:
    """The first day and the last of the claims' spells (None: one of them is open at that end)
    and the spells merged."""
    if len(spells) == 1:
        return spells[0][0], spells[0][1], tuple(spells)
    froms = [s for s, _ in spells]
    untils = [u for _, u in spells]
    return (
        None if None in froms else min(d for d in froms if d is not None),
        None if None in untils else max(d for d in untils if d is not None),
        merge_spells(spells),
    )


def build_graph(records: Iterable[ClaimRecord], known: Catalogue) -> nx.MultiDiGraph:
    """A multigraph with a node per actor and an edge per (subject, relation, object), keyed by the
    relation's name, from claim records. Symmetric relations get one edge, from the smaller id to
    the larger.

    Node attributes: ``label``, ``type``, ``iri``. Edge attributes: ``relation`` (name), ``label``,
    ``polarity``, ``goldstein``, ``symmetric``, ``weight`` (sum of polarity x |Goldstein| x confidence),
    ``confidence`` (the highest), ``claims`` and ``sources`` (counts), ``claim_ids``, ``source_ids``,
    ``asserters``, ``valid_from`` / ``valid_until`` (None when open), ``first_reported`` /
    ``last_reported``, ``spells`` (merged valid-time intervals) and ``records`` (the claims).
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    groups: dict[tuple[str, str, str], list[ClaimRecord]] = {}
    relations: dict[str, RelationType] = {}
    for record in records:
        relation = known.relations.get(record.relation)
        if relation is None:  # a claim whose relation is not in the scheme: skip it, it has no polarity
            continue
        relations[relation.name] = relation
        a, b = record.subject, record.object
        if relation.symmetric and b < a:
            a, b = b, a
        groups.setdefault((a, b, relation.name), []).append(record)
    _add_nodes(graph, {n for a, b, _ in groups for n in (a, b)}, known)
    for (a, b, name), claims in sorted(groups.items()):
        relation = relations[name]
        graph.add_edge(
            a, b, key=name, **_edge_head(relation), **edge_summary(claims, relation.polarity, relation.weight)
        )
    return graph


@contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector off while many objects are made (none of them cyclic): at a
    million claims it would otherwise walk them again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

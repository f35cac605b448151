"""The claims projected to a networkx multigraph of actors, one edge per subject, relation and object."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode

from graph.clocks import valid_during
from graph.errors import InputError
from graph.model.catalogue import Catalogue, RelationType, catalogue
from graph.model.ids import actor_iri, short_id
from graph.model.terms import as_date, date_term, number, text
from graph.namespaces import STATUSES, XSD_DECIMAL, sparql
from graph.store.base import GraphStore, Term
from graph.store.cache import cached

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

# One flat query: required patterns and two single-pattern OPTIONALs; labels come from the catalogue.
CLAIMS_QUERY = sparql(
    """
SELECT ?claim ?subject ?relation ?object ?confidence ?assertedBy ?validFrom ?validUntil
       ?evidence ?quote ?source ?published
WHERE {
  ?claim ent:status ?status .
  ?claim ent:negated false .
  ?claim ent:relation ?relation .
  ?claim ent:subject ?subject .
  ?claim ent:object ?object .
  ?claim ent:confidence ?confidence .
  ?claim ent:assertedBy ?assertedBy .
  ?claim prov:wasDerivedFrom ?evidence .
  ?evidence ent:quote ?quote .
  ?evidence dct:source ?source .
  ?source dct:issued ?published .
  OPTIONAL { ?claim ent:validFrom ?validFrom }
  OPTIONAL { ?claim ent:validUntil ?validUntil }
  FILTER(ent:validOn(?validFrom, ?validUntil, ?as_of))
  FILTER(ent:knownBy(?published, ?known_at))
  FILTER(!BOUND(?min_confidence) || ?confidence >= ?min_confidence)
}
"""
)


@dataclass(frozen=True)
class Filters:
    """Which claims a projection keeps: valid on ``as_of``, reported by ``known_at``, of ``relations``
    (relation IRIs; empty means all), at least ``min_confidence``, with ``status``; never negated ones."""

    as_of: date | None = None
    known_at: date | None = None
    relations: frozenset[str] = frozenset()
    min_confidence: float | None = None
    status: str = "asserted"


NO_FILTERS = Filters()


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


def claim_records(store: GraphStore, filters: Filters = Filters()) -> list[ClaimRecord]:
    """The claims that pass ``filters``, read with one query and cached per store generation."""
    return cached(store, ("projection-claims", filters), lambda: _read_records(store, filters))


def _read_records(store: GraphStore, filters: Filters) -> list[ClaimRecord]:
    only = next(iter(filters.relations)) if len(filters.relations) == 1 else None
    bindings: dict[str, Term | None] = {
        "status": STATUSES[filters.status],
        "relation": NamedNode(only) if only else None,
        "as_of": date_term(filters.as_of),
        "known_at": date_term(filters.known_at),
        "min_confidence": None
        if filters.min_confidence is None
        else Literal(str(filters.min_confidence), datatype=XSD_DECIMAL),
    }
    records = []
    for row in store.select(CLAIMS_QUERY, bindings).rows:
        claim, subject, relation, obj, confidence, asserter, from_, until, evidence, quote, source, published = row
        assert isinstance(relation, NamedNode) and isinstance(subject, NamedNode) and isinstance(obj, NamedNode)
        if filters.relations and relation.value not in filters.relations:
            continue
        records.append(
            ClaimRecord(
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
        )
    records.sort(key=lambda r: (r.subject, r.relation, r.object, r.id))
    return records


def project(store: GraphStore, filters: Filters = Filters()) -> nx.MultiDiGraph:
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
    return cached(store, ("projection", filters), lambda: build_graph(claim_records(store, filters), catalogue(store)))


def build_graph(records: Iterable[ClaimRecord], known: Catalogue) -> nx.MultiDiGraph:
    """A multigraph with a node per actor and an edge per (subject, relation, object), keyed by the
    relation's name. Symmetric relations get one edge, from the smaller id to the larger.

    Node attributes: ``label``, ``type``, ``iri``. Edge attributes: ``relation`` (name), ``label``,
    ``polarity``, ``goldstein``, ``symmetric``, ``weight`` (sum of polarity x |Goldstein| x confidence),
    ``confidence`` (the highest), ``claims`` and ``sources`` (counts), ``claim_ids``, ``source_ids``,
    ``asserters``, ``valid_from`` / ``valid_until`` (None when open), ``first_reported`` /
    ``last_reported``, ``spells`` (merged valid-time intervals) and ``records`` (the claims).
    """
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
    for node in sorted({n for a, b, _ in groups for n in (a, b)}):
        actor = known.actors.get(actor_iri(node))
        graph.add_node(
            node,
            label=actor.label if actor else node,
            type=actor.type if actor else "Actor",
            iri=actor_iri(node),
        )
    for (a, b, name), claims in sorted(groups.items()):
        relation = relations[name]
        graph.add_edge(
            a,
            b,
            key=name,
            relation=name,
            label=relation.label,
            polarity=relation.polarity,
            goldstein=relation.weight,
            symmetric=relation.symmetric,
            **edge_summary(claims, relation.polarity, relation.weight),
        )
    return graph


def edge_summary(claims: Sequence[ClaimRecord], polarity: int, goldstein: float) -> dict[str, Any]:
    """The attributes an edge derives from its claims."""
    froms = [c.valid_from for c in claims]
    untils = [c.valid_until for c in claims]
    return {
        "weight": round(sum(polarity * abs(goldstein) * c.confidence for c in claims), 6),
        "confidence": max(c.confidence for c in claims),
        "claims": len(claims),
        "sources": len({c.source for c in claims}),
        "claim_ids": tuple(c.id for c in claims),
        "source_ids": tuple(sorted({c.source for c in claims})),
        "asserters": tuple(sorted({c.asserted_by for c in claims})),
        "valid_from": None if None in froms else min(d for d in froms if d is not None),
        "valid_until": None if None in untils else max(d for d in untils if d is not None),
        "first_reported": min(c.published for c in claims),
        "last_reported": max(c.published for c in claims),
        "spells": merge_spells((c.valid_from, c.valid_until) for c in claims),
        "records": tuple(claims),
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

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> record = ClaimRecord("c1", "a", "x", "b", 1.0, "s", "q", "src", date(2020, 1, 1), date(2020, 1, 1))
    >>> g.add_edge("a", "b", key="x", polarity=1, goldstein=2.0, records=(record,))
    'x'
    >>> restrict(g, date(2019, 1, 1)).number_of_edges(), restrict(g, date(2021, 1, 1)).number_of_edges()
    (0, 1)
    """
    last = end or start
    result = nx.MultiDiGraph()
    for a, b, key, data in graph.edges(keys=True, data=True):
        kept = [c for c in data["records"] if c.valid_during(start, last)]
        if not kept:
            continue
        for node in (a, b):
            if node not in result:
                result.add_node(node, **graph.nodes[node])
        result.add_edge(a, b, key=key, **{**data, **edge_summary(kept, data["polarity"], data["goldstein"])})
    return result

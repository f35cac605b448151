"""The RDF of the claims that pass the filters: the claims, their evidence and sources, the direct
edges, the actors they name and the ontology (the whole dataset when no filter is set)."""

from __future__ import annotations

from collections.abc import Iterator

from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

from graph.analysis.projection import NO_FILTERS, Filters, claim_records
from graph.model.catalogue import catalogue
from graph.model.ids import actor_iri, claim_iri
from graph.namespaces import ACTORS_GRAPH, ENT, ONTOLOGY_GRAPH, PREFIXES
from graph.store.base import GraphStore

__all__ = ["rdf_export"]


def rdf_export(store: GraphStore, fmt: RdfFormat, filters: Filters) -> bytes:
    """The quads in ``fmt``."""
    if filters == NO_FILTERS:
        return store.dump(fmt)
    quads = list(_claim_quads(store, filters))
    if fmt.supports_datasets:
        return serialize(quads, format=fmt, prefixes=dict(PREFIXES)) or b""
    return serialize((q.triple for q in quads), format=fmt, prefixes=dict(PREFIXES)) or b""


def _claim_quads(store: GraphStore, filters: Filters) -> Iterator[Quad]:
    """The quads of the claims that pass ``filters``: claim nodes, evidence, sources, direct edges,
    the actors they name, and the ontology."""
    records = claim_records(store, filters)
    known = catalogue(store)
    subjects = {claim_iri(r.id) for r in records} | {r.evidence for r in records} | {r.source for r in records}
    actors = {actor_iri(n) for r in records for n in (r.subject, r.object)}
    edges = set()
    for r in records:
        edges.add((actor_iri(r.subject), r.relation, actor_iri(r.object)))
        relation = known.relations.get(r.relation)
        if relation is not None and relation.symmetric:
            edges.add((actor_iri(r.object), r.relation, actor_iri(r.subject)))
    sources = {r.source for r in records}
    for quad in store.quads():
        graph = quad.graph_name
        if not isinstance(graph, NamedNode) or not isinstance(quad.subject, NamedNode):
            continue
        subject = quad.subject.value
        if graph == ONTOLOGY_GRAPH:
            yield quad
        elif graph == ACTORS_GRAPH:
            if subject in actors:
                yield quad
        elif graph.value in sources and (
            subject in subjects
            or (
                quad.predicate.value.startswith(ENT)
                and isinstance(quad.object, NamedNode)
                and (subject, quad.predicate.value, quad.object.value) in edges
            )
        ):
            yield quad

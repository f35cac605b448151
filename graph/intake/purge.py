"""Purging a source: its named graph — its claims, evidence and direct edges — dropped at once, and
the purge recorded (an ``ent:Purge`` in ``id:graph/audit``: who, when, which graph, how many
claims) in the same update. The only physical deletion entente makes; corrections never delete
(:mod:`graph.intake.lifecycle`)."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from graph.intake.audit import AUDIT_GRAPH, INVALIDATED, Activity, recorder
from graph.namespaces import XSD, ent, sparql
from graph.reads.sources import SourceView, read_source
from graph.store.base import GraphStore, touching
from graph.store.binding import bind_values, insert_data

__all__ = ["purge_source"]

DELETE_GRAPH = "DELETE { GRAPH ?_source { ?s ?p ?o } } WHERE { GRAPH ?_source { ?s ?p ?o } }"
CLAIMS_REMOVED = ent("claimsRemoved")


def purge_source(store: GraphStore, key: str, *, by: str | None = None) -> SourceView:
    """Drop the source ``key`` (id or IRI) with everything in its graph; the purge is recorded as
    done by ``by`` (default: the OS user). Returns the source as it was."""
    source = read_source(store, key)
    graph = NamedNode(source.iri)
    activity = Activity("Purge", recorder(by), label="purge of " + source.id)
    record = [
        *activity.quads(),
        Quad(activity.node, INVALIDATED, graph, AUDIT_GRAPH),
        Quad(
            activity.node, CLAIMS_REMOVED, Literal(str(source.claims), datatype=NamedNode(XSD + "integer")), AUDIT_GRAPH
        ),
    ]
    with touching([graph, AUDIT_GRAPH]):
        store.update(sparql(" ;\n".join([bind_values(DELETE_GRAPH, {"_source": graph}), insert_data(record)])))
    return source

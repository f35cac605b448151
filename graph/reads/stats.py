"""Counts that describe a store: quads, graphs, actors, claims by status, sources."""

from __future__ import annotations

from pyoxigraph import Literal

from graph.namespaces import ONTOLOGY_GRAPH, sparql
from graph.store.base import GraphStore

COUNTS_QUERY = sparql(
    """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a ent:Claim ; ent:status ?status . BIND(CONCAT("claims (", LCASE(STRAFTER(STR(?status), "#")), ")") AS ?what) }
  UNION { ?x a ent:Source . BIND("sources" AS ?what) }
  UNION { ?x a ent:Evidence . BIND("evidence" AS ?what) }
  UNION { ?type rdfs:subClassOf ent:Actor . ?x a ?type . BIND("actors" AS ?what) }
  UNION { ?x a ent:RelationType . BIND("relation types" AS ?what) }
}
GROUP BY ?what
ORDER BY ?what
"""
)


def store_stats(store: GraphStore) -> dict[str, int]:
    counts = {"quads": len(store), "named graphs": len(store.graphs())}
    for what, n in store.select(COUNTS_QUERY).rows:
        if isinstance(what, Literal) and isinstance(n, Literal):
            counts[what.value] = int(n.value)
    return counts


def is_initialised(store: GraphStore) -> bool:
    """Whether the ontology is loaded."""
    return store.has_graph(ONTOLOGY_GRAPH)

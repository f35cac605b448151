"""The projection as it was before the claims were aggregated by the store: one query of twelve
patterns joined claim by claim, every claim a record, every edge carrying its records. Kept here
as the reference the aggregated projection must agree with."""

from __future__ import annotations

from datetime import date

import networkx as nx
from pyoxigraph import Literal, NamedNode

from graph.analysis import NO_FILTERS, ClaimRecord, Filters, build_graph
from graph.model.catalogue import catalogue
from graph.model.ids import short_id
from graph.model.terms import as_date, date_term, number, text
from graph.namespaces import STATUSES, XSD_DECIMAL, sparql
from graph.store.base import GraphStore, Term

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


def claim_records(store: GraphStore, filters: Filters) -> list[ClaimRecord]:
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


def project(store: GraphStore, filters: Filters = NO_FILTERS) -> nx.MultiDiGraph:
    return build_graph(claim_records(store, filters), catalogue(store))


def signed(graph: nx.MultiDiGraph) -> nx.Graph:
    """The pairs' net weights as they were summed through networkx, edge by edge."""
    pairs = nx.Graph()
    pairs.add_nodes_from(sorted(graph.nodes(data=True)))
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))):
        if a == b:
            continue
        previous = pairs.edges[a, b]["weight"] if pairs.has_edge(a, b) else 0.0
        pairs.add_edge(a, b, weight=round(previous + data["weight"], 6))
    for _a, _b, data in pairs.edges(data=True):
        data["sign"] = (data["weight"] > 0) - (data["weight"] < 0)
    return pairs

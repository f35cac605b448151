"""The domain model: the actor catalogue and relation-type scheme, claims as quads, RDF terms as values."""

from graph.model.catalogue import Actor, Catalogue, RelationType, catalogue, name_key, read_catalogue
from graph.model.claim import Claim, SourceDoc, claim_quads, date_literal, digest, edge_quads, source_quads
from graph.model.ids import actor_iri, claim_id, claim_iri, short_id, source_id, source_iri
from graph.model.terms import plain, short

__all__ = [
    "Actor",
    "Catalogue",
    "Claim",
    "RelationType",
    "SourceDoc",
    "actor_iri",
    "catalogue",
    "claim_id",
    "claim_iri",
    "claim_quads",
    "date_literal",
    "digest",
    "edge_quads",
    "name_key",
    "plain",
    "read_catalogue",
    "short",
    "short_id",
    "source_id",
    "source_iri",
    "source_quads",
]

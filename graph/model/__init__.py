"""The domain model: the actor catalogue and relation-type scheme, claims as quads, RDF terms as values."""

from graph.model.catalogue import Actor, Catalogue, RelationType, catalogue, name_key, read_catalogue
from graph.model.claim import Claim, SourceDoc, claim_quads, date_literal, digest, edge_quads, source_quads
from graph.model.ids import actor_iri, claim_id, claim_iri, short_id, source_id, source_iri
from graph.model.terms import as_date, date_term, number, plain, short, status_name, text

__all__ = [
    "Actor",
    "Catalogue",
    "Claim",
    "RelationType",
    "SourceDoc",
    "actor_iri",
    "as_date",
    "catalogue",
    "claim_id",
    "claim_iri",
    "claim_quads",
    "date_literal",
    "date_term",
    "digest",
    "edge_quads",
    "name_key",
    "number",
    "plain",
    "read_catalogue",
    "short",
    "short_id",
    "source_id",
    "source_iri",
    "source_quads",
    "status_name",
    "text",
]

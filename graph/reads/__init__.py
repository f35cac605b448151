"""What goes out: claims, actors, sources and relations read back, counts, and results as rows, CSV and tables."""

from graph.model.ids import claim_id, claim_iri, source_id
from graph.reads.actors import ActorDetail, RelationCount, Tenure, actor_detail, search_actors
from graph.reads.claims import ActorRef, ClaimView, EvidenceView, read_claim
from graph.reads.relations import ActorRelations, Page, RelationView, actor_relations, find_claims
from graph.reads.sources import SourceView, list_sources, read_source, retract_source
from graph.reads.stats import is_initialised, store_stats
from graph.reads.tables import as_csv, as_json, as_table, rows_as_dicts, safe_cell, table

__all__ = [
    "ActorDetail",
    "ActorRef",
    "ActorRelations",
    "ClaimView",
    "EvidenceView",
    "Page",
    "RelationCount",
    "RelationView",
    "SourceView",
    "Tenure",
    "actor_detail",
    "actor_relations",
    "as_csv",
    "as_json",
    "as_table",
    "claim_id",
    "claim_iri",
    "find_claims",
    "is_initialised",
    "list_sources",
    "read_claim",
    "read_source",
    "retract_source",
    "rows_as_dicts",
    "safe_cell",
    "search_actors",
    "source_id",
    "store_stats",
    "table",
]

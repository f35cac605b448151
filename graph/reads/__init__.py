"""What goes out: claims, actors, sources and relations read back, lists of claims, full-text search,
counts, and results as rows, CSV and tables."""

from graph.model.ids import claim_id, claim_iri, source_id
from graph.reads.actors import ActorDetail, RelationCount, Tenure, actor_detail, search_actors
from graph.reads.claims import ActorRef, ClaimView, EvidenceView, read_claim, with_sources
from graph.reads.flat import actor_rows, claim_rows, hit_rows, relation_rows, source_rows
from graph.reads.history import ClaimChange, history, moment, recorded_by, status_at
from graph.reads.listing import find_claims, read_claims
from graph.reads.relations import ActorRelations, Page, RelationView, actor_relations
from graph.reads.search import SearchHit, SourceRef, claims_matching, search, search_index
from graph.reads.sources import SourceView, list_sources, read_source
from graph.reads.stats import is_initialised, store_stats
from graph.reads.tables import as_csv, as_json, as_table, rows_as_dicts, rows_csv, safe_cell, table, with_labels

__all__ = [
    "ActorDetail",
    "ActorRef",
    "ActorRelations",
    "ClaimChange",
    "ClaimView",
    "EvidenceView",
    "Page",
    "RelationCount",
    "RelationView",
    "SearchHit",
    "SourceRef",
    "SourceView",
    "Tenure",
    "actor_detail",
    "actor_relations",
    "actor_rows",
    "as_csv",
    "as_json",
    "as_table",
    "claim_id",
    "claim_iri",
    "claim_rows",
    "claims_matching",
    "find_claims",
    "history",
    "hit_rows",
    "is_initialised",
    "list_sources",
    "moment",
    "read_claim",
    "read_claims",
    "read_source",
    "recorded_by",
    "relation_rows",
    "rows_as_dicts",
    "rows_csv",
    "safe_cell",
    "search",
    "search_actors",
    "search_index",
    "source_id",
    "source_rows",
    "status_at",
    "store_stats",
    "table",
    "with_labels",
    "with_sources",
]

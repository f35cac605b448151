"""What comes in: the claims and actors formats, a claim's life (retract, restore, supersede; loads and purges recorded), RDF parsing and safety checks, atomic loads, validation, review."""

from graph.intake.actors_format import ACTOR_COLUMNS, is_actors_file, read_actors
from graph.intake.audit import Activity, record_update, recorder
from graph.intake.claims_format import COLUMNS, iter_claims, read_claims
from graph.intake.lifecycle import change_statuses, restore, retract, supersede
from graph.intake.load import (
    LoadReport,
    base_quads,
    claims_to_quads,
    init_store,
    is_claims_file,
    load_claims_bytes,
    load_files,
    ontology_file,
    rdf_quads,
    read_batch,
    seed_files,
)
from graph.intake.purge import purge_source
from graph.intake.rdf import parse_rdf
from graph.intake.review import (
    ReviewReport,
    accept_claim,
    reject_claim,
    rejected_claims,
    restore_claims,
    review,
)
from graph.intake.validate import validate_files

__all__ = [
    "ACTOR_COLUMNS",
    "COLUMNS",
    "Activity",
    "LoadReport",
    "ReviewReport",
    "accept_claim",
    "base_quads",
    "change_statuses",
    "claims_to_quads",
    "init_store",
    "is_actors_file",
    "is_claims_file",
    "iter_claims",
    "load_claims_bytes",
    "load_files",
    "ontology_file",
    "parse_rdf",
    "purge_source",
    "rdf_quads",
    "read_actors",
    "read_batch",
    "read_claims",
    "record_update",
    "recorder",
    "reject_claim",
    "rejected_claims",
    "restore",
    "restore_claims",
    "retract",
    "review",
    "seed_files",
    "supersede",
    "validate_files",
]

"""SPARQL for users: the guard against hostile queries, the 1.1 Protocol, and named-query execution."""

from graph.sparql.guard import TooLargeError, check_text, with_limit
from graph.sparql.named import bind_parameters, named_query, run_named_query
from graph.sparql.protocol import (
    Dataset,
    Limits,
    PreparedQuery,
    example_queries,
    prepare_query,
    run_query,
    run_update,
    service_description,
)

__all__ = [
    "Dataset",
    "Limits",
    "PreparedQuery",
    "TooLargeError",
    "bind_parameters",
    "check_text",
    "example_queries",
    "named_query",
    "prepare_query",
    "run_named_query",
    "run_query",
    "run_update",
    "service_description",
    "with_limit",
]

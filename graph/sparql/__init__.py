"""SPARQL for users: the guard against hostile queries, the 1.1 Protocol, and named-query execution."""

from graph.sparql.guard import TooLargeError, check_text, with_limit
from graph.sparql.named import FirstRows, bind_parameters, first_rows, named_query, run_named_query
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
    "FirstRows",
    "Limits",
    "PreparedQuery",
    "TooLargeError",
    "bind_parameters",
    "check_text",
    "example_queries",
    "first_rows",
    "named_query",
    "prepare_query",
    "run_named_query",
    "run_query",
    "run_update",
    "service_description",
    "with_limit",
]

"""Running the named queries of :mod:`queries` with names resolved against the catalogue."""

from __future__ import annotations

from collections.abc import Mapping

from pyoxigraph import Literal, NamedNode

import queries
from graph.clocks import expand
from graph.errors import InputError, NotFoundError, Problem
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore, SelectResult


def named_query(name: str) -> queries.NamedQuery:
    """The named query ``name``, or :class:`NotFoundError` listing the known ones."""
    try:
        return queries.get(name)
    except queries.UnknownQueryError as error:
        raise NotFoundError("query", name, error.known) from None


def bind_parameters(
    store: GraphStore, query: queries.NamedQuery, params: Mapping[str, str]
) -> dict[str, NamedNode | Literal | None]:
    """Parse ``params`` into bound terms. Unknown actors and relations raise
    :class:`NotFoundError` with the closest names; malformed values raise :class:`InputError`."""
    known = catalogue(store)
    try:
        return query.bind(
            params,
            actor=lambda name: known.resolve_actor(name).iri,
            relation=lambda name: known.resolve_relation(name).iri,
        )
    except queries.ParameterError as error:
        raise InputError(Problem(error.message, column=error.parameter)) from None


def run_named_query(store: GraphStore, name: str, params: Mapping[str, str]) -> SelectResult:
    """Run the named query ``name`` with ``params`` (strings, as a URL or command line gives them)."""
    query = named_query(name)
    return store.select(expand(query.text), bind_parameters(store, query, params))

"""Running the named queries of :mod:`queries` with names resolved against the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

import queries
from graph.clocks import expand
from graph.errors import InputError, NotFoundError, Problem
from graph.model.catalogue import catalogue
from graph.store.base import GraphStore, SelectResult
from graph.store.binding import paged


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


@dataclass(frozen=True)
class FirstRows:
    """The first rows of a named query's answer, and whether more matched."""

    result: SelectResult
    truncated: bool


def first_rows(store: GraphStore, name: str, params: Mapping[str, str], limit: int) -> FirstRows:
    """The first ``limit`` rows of the named query ``name`` (in its ORDER BY order). The store is
    asked for ``limit + 1`` rows (``LIMIT``, so the engine stops there and never more rows are
    read or converted), the one past the limit only telling that the answer was cut. Named queries
    carry no LIMIT or OFFSET of their own (a test of the registry holds them to it)."""
    query = named_query(name)
    bindings = bind_parameters(store, query, params)
    result = store.select(paged(expand(query.text), limit + 1, 0), bindings)
    shown = SelectResult(result.variables, result.rows[:limit])
    return FirstRows(shown, truncated=len(result.rows) > limit)

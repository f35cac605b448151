"""Running the named queries of :mod:`queries` with names resolved against the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

import queries
from graph.clocks import expand
from graph.errors import InputError, NotFoundError, Problem
from graph.index import claims_index
from graph.index.contested import VARIABLES, contested_rows
from graph.model.catalogue import catalogue
from graph.namespaces import ASSERTED, sparql
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
    bindings = bind_parameters(store, query, params)
    indexed = from_index(store, name, bindings)
    return indexed if indexed is not None else store.select(expand(query.text), bindings)


# As the named query asks: any symmetric property (the catalogue holds only the scheme's relation types).
SYMMETRIC = sparql("SELECT DISTINCT ?relation WHERE { ?relation a owl:SymmetricProperty }")


def from_index(store: GraphStore, name: str, bindings: Mapping[str, NamedNode | Literal | None]) -> SelectResult | None:
    """The answer of a named query the claims index answers exactly, the same rows in the same
    order (``contested_claims``: :mod:`graph.index.contested`); None to ask the store."""
    if name != "contested_claims":
        return None
    index = claims_index(store)
    if index is None or not index.ready():
        return None
    actor = bindings.get("_actor")
    if not (index.whole() if actor is None else index.answers(actor.value)):
        return None
    symmetric = sorted(row[0].value for row in store.select(SYMMETRIC).rows if isinstance(row[0], NamedNode))
    return SelectResult(list(VARIABLES), list(contested_rows(index, actor and actor.value, ASSERTED.value, symmetric)))


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
    indexed = from_index(store, name, bindings)
    result = indexed if indexed is not None else store.select(paged(expand(query.text), limit + 1, 0), bindings)
    shown = SelectResult(result.variables, result.rows[:limit])
    return FirstRows(shown, truncated=len(result.rows) > limit)

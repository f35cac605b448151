"""Strict query parameters: a parameter a route does not take is a 400 that names it and the closest
known ones (``?asof=`` suggests ``as_of``), never silently ignored.

One dependency of the whole app (``FastAPI(dependencies=[STRICT])``), run before the route's own:
it compares the query string's names with the query parameters the route declares (FastAPI's
dependant, its dependencies' included, by alias). The named queries' route also takes the named
query's own parameters. The SPARQL Protocol endpoint (tag ``sparql``) is left to the protocol: its
clients send parameters of their own (SPARQLWrapper adds ``format``, ``output`` and ``results`` to
every GET), which a service may ignore.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

import queries
from api.problems import problem

__all__ = ["PROTOCOL_TAGS", "STRICT", "UnknownParameterError", "install", "known_parameters"]

PROTOCOL_TAGS = frozenset({"sparql"})  # routes whose parameters belong to a protocol


class UnknownParameterError(Exception):
    """The query string names parameters the route does not take."""

    def __init__(self, errors: list[dict[str, Any]], suggestions: list[str], detail: str) -> None:
        self.errors = errors
        self.suggestions = suggestions
        super().__init__(detail)


def _named_query_parameters(request: Request) -> set[str]:
    try:
        return {p.name for p in queries.get(str(request.path_params.get("name", ""))).parameters}
    except queries.UnknownQueryError:
        return set()  # the route answers 404 with the known names


# Routes (by name) that take more than they declare: the named queries take their own parameters.
OPEN: dict[str, Callable[[Request], set[str]]] = {"run_query": _named_query_parameters}


def known_parameters(route: APIRoute) -> frozenset[str]:
    """The query parameters ``route`` declares, its dependencies' included, by the name a URL uses."""
    names: set[str] = set()
    pending: list[Dependant] = [route.dependant]
    while pending:
        dependant = pending.pop()
        names.update(field.alias for field in dependant.query_params)
        pending.extend(dependant.dependencies)
    return frozenset(names)


async def strict_parameters(request: Request) -> None:  # async: too cheap for a thread hop on every request
    """Raise :class:`UnknownParameterError` if the query string names a parameter the route does not take."""
    route = request.scope.get("route")
    if not request.query_params or not isinstance(route, APIRoute) or PROTOCOL_TAGS & set(route.tags):
        return
    known = set(known_parameters(route))
    if route.name in OPEN:
        known |= OPEN[route.name](request)
    unknown = [name for name in dict.fromkeys(request.query_params.keys()) if name not in known]
    if not unknown:
        return
    takes = f"this route takes {', '.join(sorted(known))}" if known else "this route takes no query parameters"
    errors: list[dict[str, Any]] = []
    suggestions: list[str] = []
    for name in unknown:
        close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.6)
        suggestions.extend(c for c in close if c not in suggestions)
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else takes
        errors.append({"message": f"unknown parameter; {hint}", "in": "query", "parameter": name})
    raise UnknownParameterError(errors, suggestions, "; ".join(f"{e['parameter']}: {e['message']}" for e in errors))


STRICT = Depends(strict_parameters)


def refused(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, UnknownParameterError)
    return problem(
        request, 400, str(error), kind="unknown-parameter", errors=error.errors, suggestions=error.suggestions
    )


def install(app: FastAPI) -> None:
    """Answer :class:`UnknownParameterError` (raised by :data:`STRICT`) with a 400 problem."""
    app.add_exception_handler(UnknownParameterError, refused)

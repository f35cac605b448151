"""The named queries: listed, described and run with their parameters, as JSON, CSV or (for a
browser) a form with a result table."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import PlainTextResponse

import queries
from api.deps import SettingsDep, StoreDep
from api.pages import prefers_page, query_page
from api.schemas import PROBLEMS, ParameterPublic, QueriesPublic, QueryPublic, QueryResultPublic
from graph.errors import InputError, NotFoundError
from graph.reads import as_csv, rows_as_dicts
from graph.settings import Settings
from graph.sparql import first_rows, named_query
from graph.store import GraphStore

router = APIRouter(prefix="/queries", tags=["queries"], responses=PROBLEMS)

RESERVED = {"format"}


def describe(query: queries.NamedQuery) -> QueryPublic:
    parameters = [
        ParameterPublic(
            name=p.name,
            type=p.type,
            description=p.description,
            required=p.required,
            default=p.default,
            choices=list(p.choices),
        )
        for p in query.parameters
    ]
    return QueryPublic(
        name=query.name,
        title=query.title,
        description=query.description,
        url="/queries/" + query.name,
        parameters=parameters,
        text=query.text,
    )


@router.get("", response_model=QueriesPublic)
def list_queries() -> QueriesPublic:
    """Every named query with its title, description and parameters."""
    data = [describe(q) for q in queries.registry().values()]
    return QueriesPublic(data=data, count=len(data))


@router.get(
    "/{name}",
    response_model=QueryResultPublic,
    responses={200: {"content": {"text/csv": {}, "text/html": {}}}},
)
def run_query(
    request: Request,
    response: Response,
    store: StoreDep,
    settings: SettingsDep,
    name: Annotated[str, Path(pattern=r"^[a-z_][a-z0-9_]*$", max_length=64, description="the query's name")],
    format: Annotated[Literal["json", "csv"] | None, Query(description="csv or json; else the Accept header")] = None,
) -> QueryResultPublic | Response:
    """Run a named query; its parameters are query parameters (`?actor=Moscow&as_of=2024-11-08`).

    JSON by default; CSV with `Accept: text/csv` or `?format=csv`; a browser (`Accept: text/html`)
    gets a form with one field per parameter and the result table."""
    params = {k: v for k, v in request.query_params.items() if k not in RESERVED}
    response.headers["Vary"] = "Accept"
    if format is None and prefers_page(request.headers.get("accept"), "application/json", "text/csv"):
        return form(request, store, settings, name, params)
    first = first_rows(store, name, params, settings.max_results)
    shown = first.result
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if wants_csv:
        return PlainTextResponse(as_csv(shown), media_type="text/csv; charset=utf-8", headers={"Vary": "Accept"})
    return QueryResultPublic(
        query=name,
        variables=shown.variables,
        rows=rows_as_dicts(shown),
        count=len(shown),
        truncated=first.truncated,
    )


def form(request: Request, store: GraphStore, settings: Settings, name: str, params: dict[str, str]) -> Response:
    """The form page: the query runs once every required field is filled (at once when none is)."""
    query = named_query(name)
    filled = {k: v for k, v in params.items() if v.strip()}
    if any(p.required and p.name not in filled for p in query.parameters):
        return query_page(request, store, query, params)
    try:
        first = first_rows(store, name, filled, settings.max_results)
    except (InputError, NotFoundError) as error:
        return query_page(request, store, query, params, error=str(error))
    shown = first.result
    return query_page(
        request, store, query, params, variables=shown.variables, rows=rows_as_dicts(shown), truncated=first.truncated
    )

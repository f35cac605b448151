"""The SPARQL 1.1 Protocol endpoint: query by GET or POST, update by POST with the write token."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from api.bodies import read_capped
from api.deps import get_limits, get_settings, get_store, token_names, writer
from api.execution import bounded, bounded_update
from api.negotiation import GRAPHS, RESULTS, negotiate, prefers_html
from api.pages import prefers_page, sparql_page
from api.ratelimit import limit_sparql
from api.schemas import PROBLEMS
from graph.intake import record_update
from graph.settings import LOCAL_WRITER, Settings
from graph.sparql import Dataset, Limits, PreparedQuery, prepare_query, run_query, run_update, service_description
from graph.store import GraphStore


# The endpoint's dependencies are coroutines: FastAPI runs a plain function dependency in a thread
# of its pool, a hop (and a wake-up of the event loop) per dependency per request, for work of a
# few microseconds that never blocks.
async def limited(request: Request) -> None:
    limit_sparql(request)


async def store_of(request: Request) -> GraphStore:
    return get_store(request)


async def settings_of(request: Request) -> Settings:
    return get_settings(request)


async def limits_of(request: Request) -> Limits:
    return get_limits(get_settings(request))


StoreDep = Annotated[GraphStore, Depends(store_of)]
SettingsDep = Annotated[Settings, Depends(settings_of)]
LimitsDep = Annotated[Limits, Depends(limits_of)]

router = APIRouter(prefix="/sparql", tags=["sparql"], responses=PROBLEMS, dependencies=[Depends(limited)])
# A command on this machine writes through the server (the store directory's token): its updates
# (a load's INSERT DATA) may be as large as ten uploads.
LOCAL_MAX_BYTES_FACTOR = 10

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"

RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "results (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE), as the Accept header asks",
        "content": {media: {} for media in sorted({*RESULTS.values(), *GRAPHS.values()})},
    },
    403: {"description": "SERVICE to a host not on the allow list, LOAD, or an update without the write token"},
    406: {"description": "no acceptable media type for this kind of result"},
    413: {"description": "the query is longer than max_query_bytes"},
    429: {"description": "too many requests from this client; see Retry-After"},
    503: {"description": "the query ran longer than query_timeout_s"},
}


async def answer_query(
    request: Request, store: GraphStore, settings: Settings, limits: Limits, text: str, dataset: Dataset
) -> Response:
    accept = request.headers.get("accept")
    work = partial(prepared_answer, store, text, limits, dataset, accept)
    prepared, media_type, body = await bounded(request, settings.query_timeout_s, work)
    headers = {"Vary": "Accept"}
    if prepared.capped:  # the server lowered or added the LIMIT: the client may not have every row
        headers["Entente-Result-Limit"] = str(limits.max_results)
    return Response(body, media_type=media_type, headers=headers)


def prepared_answer(
    store: GraphStore, text: str, limits: Limits, dataset: Dataset, accept: str | None
) -> tuple[PreparedQuery, str, bytes]:
    """Check the query, choose the media type its form and ``accept`` allow (406 if none) and run
    it: one call, so a request waits for one thread of the pool, not one to check and one to run."""
    prepared = prepare_query(store, text, limits, dataset)
    offers = GRAPHS if prepared.returns_graph else RESULTS
    media_type = negotiate(accept, offers)
    if media_type is None:
        raise HTTPException(406, f"a {prepared.form} query gives one of {', '.join(sorted(set(offers.values())))}")
    return prepared, media_type, run_query(store, prepared, media_type)


async def answer_update(request: Request, store: GraphStore, settings: Settings, limits: Limits, text: str) -> Response:
    name, refusal = writer(settings, request.headers.get("authorization"))
    if name is None:
        raise HTTPException(403, refusal)
    if name == LOCAL_WRITER:  # a command on this machine (a load, say): as large as its files
        limits = replace(limits, max_bytes=LOCAL_MAX_BYTES_FACTOR * settings.max_upload_bytes)
    await bounded_update(request, settings.query_timeout_s, partial(run_update, store, text, limits))
    if name != LOCAL_WRITER:  # the command line records its own writes, with what they mean
        await run_in_threadpool(record_update, store, text, name)
    return Response(status_code=204)


def utf8(body: bytes) -> str:
    """A request body as text: the protocol's bodies are UTF-8, and anything else is a 400."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HTTPException(400, f"the body is not UTF-8 (byte {error.start})") from None


def service(request: Request, settings: Settings) -> Response:
    accept = request.headers.get("accept")
    if prefers_html(accept):
        return sparql_page(request)
    media_type = negotiate(accept, GRAPHS)
    if media_type is None:
        raise HTTPException(406, f"the service description is one of {', '.join(sorted(set(GRAPHS.values())))}")
    writable = not settings.read_only and bool(token_names(settings))
    body = service_description(str(request.url_for("sparql_get")), writable=writable, media_type=media_type)
    return Response(body, media_type=media_type, headers={"Vary": "Accept"})


@router.get("", name="sparql_get", responses=RESPONSES)
async def sparql_get(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    limits: LimitsDep,
    query: Annotated[str | None, Query(description="a SPARQL query")] = None,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri", max_length=100)] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri", max_length=100)] = [],  # noqa: B006
) -> Response:
    """Run a query (`?query=`); without one, the service description. A browser (text/html preferred) gets
    the query page, with the query in the editor.

    The default graph is the union of all named graphs unless `default-graph-uri` says otherwise."""
    if "update" in request.query_params:
        raise HTTPException(405, "an update must be POSTed", headers={"Allow": "POST"})
    if len(request.query_params.getlist("query")) > 1:
        raise HTTPException(400, "send one 'query', not several")
    if query is None:
        if default_graph_uri or named_graph_uri:
            raise HTTPException(400, "default-graph-uri and named-graph-uri need a query")
        return service(request, settings)
    if prefers_page(request.headers.get("accept"), *RESULTS, *GRAPHS):  # a browser opened a permalink: the editor
        return sparql_page(request, query)
    dataset = Dataset(tuple(default_graph_uri), tuple(named_graph_uri))
    return await answer_query(request, store, settings, limits, query, dataset)


@router.post(
    "",
    responses={**RESPONSES, 204: {"description": "the update was applied"}, 415: {"description": "unknown body type"}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                FORM: {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "query": {"type": "string"},
                            "update": {"type": "string"},
                            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                        },
                    }
                },
                QUERY: {"schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"},
                UPDATE: {"schema": {"type": "string"}},
            },
        }
    },
)
async def sparql_post(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    limits: LimitsDep,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri", max_length=100)] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri", max_length=100)] = [],  # noqa: B006
) -> Response:
    """A query or an update in the body: a form (`query=` or `update=`), `application/sparql-query`
    or `application/sparql-update`. Updates need `Authorization: Bearer <write token>`."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in (FORM, QUERY, UPDATE):
        raise HTTPException(415, f"send {FORM}, {QUERY} or {UPDATE}, not {media_type or 'no content type'}")
    if {"query", "update"} & set(request.query_params):
        raise HTTPException(400, "a POSTed query or update goes in the body, not (also) in the URL")
    if {"using-graph-uri", "using-named-graph-uri"} & set(request.query_params):
        raise HTTPException(
            400, "using-graph-uri and using-named-graph-uri are not supported: write USING in the update"
        )
    local = writer(settings, request.headers.get("authorization"))[0] == LOCAL_WRITER
    cap = LOCAL_MAX_BYTES_FACTOR * settings.max_upload_bytes if local else settings.max_query_bytes * 4
    text = utf8(await read_capped(request, cap))
    if media_type == QUERY:
        dataset = Dataset(tuple(default_graph_uri), tuple(named_graph_uri))
        return await answer_query(request, store, settings, limits, text, dataset)
    if media_type == UPDATE:
        return await answer_update(request, store, settings, limits, text)
    try:
        form = parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise HTTPException(400, "a form value is not UTF-8 once percent-decoded") from None
    if {"using-graph-uri", "using-named-graph-uri"} & set(form):
        raise HTTPException(
            400, "using-graph-uri and using-named-graph-uri are not supported: write USING in the update"
        )
    queries, updates = form.get("query", []), form.get("update", [])
    if len(queries) + len(updates) != 1:
        raise HTTPException(400, "send exactly one 'query' or one 'update'")
    if updates:
        return await answer_update(request, store, settings, limits, updates[0])
    dataset = Dataset(tuple(form.get("default-graph-uri", [])), tuple(form.get("named-graph-uri", [])))
    return await answer_query(request, store, settings, limits, queries[0], dataset)

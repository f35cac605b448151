"""The FastAPI application: ``create_app(settings)`` builds it; ``entente serve`` runs it."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api import parameters, problems
from api.openapi import problem_openapi
from api.ratelimit import RateLimiter
from api.routers import (
    actors,
    analysis,
    claims,
    corrections,
    docs,
    export,
    extract,
    health,
    home,
    queries,
    relations,
    search,
    sources,
    sparql,
    viz,
)
from graph.intake import init_store
from graph.reads import is_initialised
from graph.settings import Settings
from graph.store import GraphStore, open_store

ROUTERS = (
    home,
    docs,
    health,
    actors,
    relations,
    corrections,  # before claims: /claims/{id} takes any path
    claims,
    sources,
    search,
    queries,
    sparql,
    analysis,
    export,
    viz,
    extract,
)
QUERY_THREADS = 8  # SPARQL queries at once, counting abandoned (timed-out) ones still running

DESCRIPTION = """
A knowledge graph of geopolitical actors and their alignments. Every relation is a **claim**
backed by a dated source, a quote and the party that asserted it.

* REST lookups: actors, an actor's relations, claims, sources, relation types, named queries.
* SPARQL 1.1 at [/sparql](/sparql): the default graph is the union of all graphs.
* Every read takes `as_of` (valid time) and `known_at` (when it was reported).
* Errors are RFC 9457 `application/problem+json`.
* Writes (`POST /claims`, `DELETE /sources/{id}`, SPARQL updates) need `Authorization: Bearer <token>`.
"""


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app over the store ``settings.store`` names: opened when the app starts and closed when it
    stops, or ``store``, opened already by the caller (``entente serve``: opened once, a store it
    cannot open refused in one line), which the caller closes after the app has stopped."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # A directory's queries run in killable worker processes; a new or in-memory store gets
        # the ontology, catalogue and seed.
        graph = store if store is not None else open_store(settings.store, settings, pooled=True)
        if not is_initialised(graph):
            init_store(graph, reference=settings.reference)
        app.state.store = graph
        app.state.query_limiter = anyio.CapacityLimiter(QUERY_THREADS)
        app.state.running_queries = threading.BoundedSemaphore(QUERY_THREADS)
        app.state.sparql_limiter = RateLimiter(settings.sparql_requests_per_minute)
        try:
            yield
        finally:
            if store is None:
                graph.close()

    app = FastAPI(
        title="entente",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[parameters.STRICT],  # an unknown query parameter is a 400, on every route
        docs_url=None,  # /docs and /redoc come from api.routers.docs, with vendored scripts
        redoc_url=None,
        openapi_tags=[
            {"name": "actors", "description": "States, blocs, people and organisations, by any of their names"},
            {"name": "relations", "description": "Claims across the graph, and the relation-type scheme"},
            {"name": "claims", "description": "One claim with its evidence; loading claims"},
            {"name": "sources", "description": "The documents claims come from; retraction"},
            {"name": "search", "description": "Full-text search over quotes and source titles"},
            {"name": "queries", "description": "Named SPARQL queries with parameters"},
            {"name": "sparql", "description": "The SPARQL 1.1 Protocol endpoint"},
        ],
    )
    app.state.settings = settings
    app.openapi = lambda: problem_openapi(app)  # type: ignore[method-assign]
    problems.install(app)
    parameters.install(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
        )
    for module in ROUTERS:
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(files("api").joinpath("static"))), name="static")
    return app

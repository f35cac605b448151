"""Opening the store a location names: a directory, ``:memory:`` or a SPARQL endpoint's URL."""

from __future__ import annotations

from pathlib import Path

from graph.settings import Settings
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def open_store(
    location: str, settings: Settings | None = None, *, pooled: bool = False, through_server: bool = False
) -> GraphStore:
    """The store at ``location``. A URL is an Oxigraph server's base URL unless the settings name
    explicit query and update URLs (for Fuseki, GraphDB, Virtuoso, QLever, ...). With ``pooled``,
    a directory's queries, jobs and update dry runs run in killable worker processes bounded by
    ``query_timeout_s`` and ``worker_memory_mb`` (what a server wants; a command-line run does not
    need it). With ``through_server``, a directory an ``entente serve`` holds is opened through it
    (:class:`graph.store.served.ServedStore`: reads from a snapshot, writes through the server)."""
    if is_remote(location):
        from graph.store.remote import Endpoints, RemoteStore

        settings = settings or Settings()
        if settings.remote_query_url:
            endpoints = Endpoints(settings.remote_query_url, settings.remote_update_url)
        else:
            endpoints = Endpoints.oxigraph(location)
        headers = {"Authorization": settings.remote_authorization} if settings.remote_authorization else {}
        return RemoteStore(endpoints, headers=headers, timeout_s=settings.remote_timeout_s)
    if location == ":memory:":
        return EmbeddedStore()
    if pooled:
        from graph.store.pooled import PooledStore

        settings = settings or Settings()
        return PooledStore(
            Path(location),
            workers=settings.query_workers,
            timeout_s=settings.query_timeout_s,
            memory_mb=settings.worker_memory_mb,
            max_job_bytes=settings.max_export_bytes,
        )
    if through_server:
        from graph.store.served import ServedStore, served_by

        server = served_by(Path(location))
        if server is not None:
            return ServedStore(Path(location), server)
    return EmbeddedStore(Path(location))

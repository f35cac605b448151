"""Opening the store a location names: a directory, ``:memory:`` or a SPARQL endpoint's URL."""

from __future__ import annotations

from pathlib import Path

from graph.settings import Settings
from graph.store import EmbeddedStore, GraphStore


def is_remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def open_store(location: str, settings: Settings | None = None) -> GraphStore:
    """The store at ``location``. A URL is an Oxigraph server's base URL unless the settings name
    explicit query and update URLs (for Fuseki, GraphDB, Virtuoso, QLever, ...)."""
    if is_remote(location):
        from graph.remote import Endpoints, RemoteStore

        settings = settings or Settings()
        if settings.remote_query_url:
            endpoints = Endpoints(settings.remote_query_url, settings.remote_update_url)
        else:
            endpoints = Endpoints.oxigraph(location)
        headers = {"Authorization": settings.remote_authorization} if settings.remote_authorization else {}
        return RemoteStore(endpoints, headers=headers, timeout_s=settings.remote_timeout_s)
    return EmbeddedStore(None if location == ":memory:" else Path(location))

"""Whether the server and its store answer."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep
from api.schemas import HealthPublic
from graph.reads import is_initialised
from graph.store import GraphStore, is_remote

router = APIRouter(tags=["health"])


def store_kind(store: GraphStore) -> str:
    """What kind of store serves, never where it is: an anonymous client learns no path or URL."""
    location = store.location
    if location == ":memory:":
        return "memory"
    return "remote" if is_remote(location) else "disk"


@router.get("/health", response_model=HealthPublic)
def health(store: StoreDep, settings: SettingsDep) -> HealthPublic:
    """200 when the server and its store answer: one lookup, whatever the store's size
    (`entente stats` counts what it holds). `store` is the kind of store (memory, disk or
    remote), not its location."""
    return HealthPublic(
        status="ok", store=store_kind(store), initialised=is_initialised(store), read_only=settings.read_only
    )

"""Whether the server and its store answer."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep
from api.schemas import HealthPublic
from graph.reads import is_initialised

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthPublic)
def health(store: StoreDep, settings: SettingsDep) -> HealthPublic:
    """200 when the server and its store answer: one lookup, whatever the store's size
    (`entente stats` counts what it holds)."""
    return HealthPublic(
        status="ok", store=store.location, initialised=is_initialised(store), read_only=settings.read_only
    )

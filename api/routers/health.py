"""Whether the server and its store answer."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import SettingsDep, StoreDep
from api.schemas import HealthPublic

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthPublic)
def health(store: StoreDep, settings: SettingsDep) -> HealthPublic:
    """The store's location and size; 200 when it answers."""
    return HealthPublic(status="ok", store=store.location, quads=len(store), read_only=settings.read_only)

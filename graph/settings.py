"""entente's settings, in one place: environment variables with the prefix ``ENTENTE_``."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = Path(".entente/store")
LOCAL_WRITER = "local"  # the name the store directory's own token writes as (entente serve's)


class Settings(BaseSettings):
    """Read from the environment (``ENTENTE_STORE``, ``ENTENTE_PORT``, ...) or given directly."""

    model_config = SettingsConfigDict(env_prefix="ENTENTE_", extra="ignore")

    store: str = Field(default=str(DEFAULT_STORE), description="a store directory, or ':memory:'")
    reference: bool = Field(
        default=True, description="a new store gets the reference memberships and leaders (ontology/reference)"
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    read_only: bool = Field(default=True, description="refuse every write, even with the token")
    write_token: str | None = Field(default=None, description="the bearer token that allows writes (named 'writer')")
    write_tokens: dict[str, str] = Field(
        default_factory=dict,
        description='named bearer tokens that allow writes, as JSON {"name": "token"}; the name is recorded as who wrote',
    )
    local_token: str | None = Field(
        default=None,
        description="the token `entente serve` writes into the store directory for commands on this machine "
        "(readable by its user only); it writes even on a read-only server",
    )
    access_log: bool = Field(default=True, description="log every request served (uvicorn's access log)")
    query_timeout_s: float = Field(default=30.0, gt=0)
    query_workers: int = Field(default=2, ge=1, le=64, description="processes that run the queries of a served store")
    worker_memory_mb: int = Field(
        default=2048, ge=0, description="address space each query worker may use (RLIMIT_AS), MiB; 0: no cap"
    )
    max_export_bytes: int = Field(
        default=500_000_000, gt=0, description="the largest export or analysis answer, spooled to disk; then 413"
    )
    body_timeout_s: float = Field(
        default=60.0, gt=0, description="a request body must arrive within this; then 408 (slow clients)"
    )
    max_literal_bytes: int = Field(
        default=1_000_000, gt=0, description="the longest literal a loaded RDF file may hold"
    )
    sparql_requests_per_minute: int = Field(default=600, ge=1, description="per client, for /sparql; then 429")
    max_results: int = Field(default=10_000, gt=0)
    max_query_bytes: int = Field(default=100_000, gt=0)
    max_response_bytes: int = Field(default=50_000_000, gt=0, description="the largest /sparql result; then 400")
    max_upload_bytes: int = Field(default=20_000_000, gt=0, description="the largest claims file POST /claims takes")
    cors_origins: list[str] = Field(default_factory=list)
    service_allow_list: list[str] = Field(default_factory=list)
    # A remote store (`store` is then a URL): explicit endpoints for servers other than Oxigraph.
    remote_query_url: str | None = Field(default=None, description="SPARQL query endpoint of a remote store")
    remote_update_url: str | None = Field(default=None, description="SPARQL update endpoint of a remote store")
    remote_authorization: str | None = Field(default=None, description="Authorization header sent to the remote store")
    remote_timeout_s: float = Field(default=30.0, gt=0)

    @field_validator("write_tokens")
    @classmethod
    def _named_tokens(cls, tokens: dict[str, str]) -> dict[str, str]:
        """Each token has a name to record and a secret of some length; the local writer's name is taken."""
        for name, token in tokens.items():
            if not name.strip() or name.strip() == LOCAL_WRITER:
                raise ValueError(f"a write token needs a name other than {LOCAL_WRITER!r} (the local token's)")
            if len(token) < 16:
                raise ValueError(f"the write token of {name!r} is too short: at least 16 characters")
        return tokens

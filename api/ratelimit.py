"""Per-client rate limiting for /sparql: a moving window of one minute, then 429 with Retry-After.

The window is the `limits` library's moving window in memory: each client's requests of the
last 60 seconds, forgotten once they are older.
"""

from __future__ import annotations

import math
import time

from fastapi import HTTPException, Request
from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

__all__ = ["RateLimiter", "limit_sparql"]


class RateLimiter:
    """At most ``per_minute`` requests from one client in any 60 seconds."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._item = RateLimitItemPerMinute(per_minute)
        self._window = MovingWindowRateLimiter(MemoryStorage())

    def retry_after(self, client: str) -> float | None:
        """Record a request; None when it may go ahead, else the seconds until it may."""
        if self._window.hit(self._item, client):
            return None
        return max(0.0, self._window.get_window_stats(self._item, client).reset_time - time.time())


def limit_sparql(request: Request) -> None:
    """Refuse with 429 a client that sent more than ``sparql_requests_per_minute`` in the last minute."""
    limiter: RateLimiter = request.app.state.sparql_limiter
    client = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(client)
    if wait is not None:
        raise HTTPException(
            429,
            f"more than {limiter.per_minute} SPARQL requests in a minute from {client}; slow down",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )

"""Per-client rate limiting for /sparql: a sliding window of one minute, then 429 with Retry-After."""

from __future__ import annotations

import math
import threading
import time
from collections import deque

from fastapi import HTTPException, Request

WINDOW_S = 60.0
MAX_CLIENTS = 10_000  # forget the quietest clients past this many


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str, now: float | None = None) -> float | None:
        """Record a request; None when it may go ahead, else the seconds until it may."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and hits[0] <= now - WINDOW_S:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return hits[0] + WINDOW_S - now
            hits.append(now)
            if len(self._hits) > MAX_CLIENTS:
                for key in [k for k, v in self._hits.items() if not v]:
                    del self._hits[key]
            return None


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

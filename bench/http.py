"""HTTP load with wrk (Debian's ``wrk``; ``make bench`` installs it): bounded in time, on loopback.

A target is a base URL, a list of request paths (cycled, one actor after another) and an
Accept header. ``wrk -t1 -c1`` is concurrency 1; ``wrk -t2 -c16`` is concurrency 16.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.measure import percentile

SCRIPT = Path(__file__).with_name("wrk.lua")
JSON_ACCEPT = "application/json"
SPARQL_ACCEPT = "application/sparql-results+json"


@dataclass(frozen=True)
class Target:
    name: str
    base: str
    paths: list[str]
    accept: str


@dataclass(frozen=True)
class Load:
    requests: int
    seconds: float
    errors: int  # connection, read, write, non-2xx/3xx status and timeouts
    p50_ms: float
    p99_ms: float
    kinds: dict[str, int] = field(default_factory=dict)  # the errors by kind (wrk's), those not zero

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_command() -> str:
    found = shutil.which("wrk")
    if found is None:
        raise RuntimeError("`wrk` is missing: apt-get install wrk (make bench does)")
    return found


def check(target: Target, timeout_s: float = 120.0) -> dict[str, Any]:
    """Fetch the first path once: the status, the size, the time and, for SPARQL, how many rows
    came back; ``{"error": ...}`` when no answer came within ``timeout_s``."""
    started = time.monotonic()
    try:
        with httpx.Client(timeout=timeout_s) as client:
            response = client.get(target.base + target.paths[0], headers={"Accept": target.accept})
    except httpx.HTTPError as error:
        return {"error": f"{type(error).__name__} after {time.monotonic() - started:.0f} s", "seconds": timeout_s}
    found: dict[str, Any] = {
        "status": response.status_code,
        "bytes": len(response.content),
        "seconds": time.monotonic() - started,
    }
    if response.status_code == 200 and target.accept == SPARQL_ACCEPT:
        found["rows"] = len(response.json()["results"]["bindings"])
    elif response.status_code == 200:
        body = response.json()
        if isinstance(body, dict) and "count" in body:
            found["rows"] = body["count"]
    return found


def load(target: Target, concurrency: int, seconds: float) -> Load:
    """Send requests at ``concurrency`` for ``seconds``; wrk stops on time."""
    threads = 1 if concurrency == 1 else min(2, concurrency)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as paths:
        paths.write("\n".join(target.paths) + "\n")
    try:
        command = [
            wrk_command(),
            f"-t{threads}",
            f"-c{concurrency}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "60s",
            "-s",
            str(SCRIPT),
            target.base,
        ]
        env = {**os.environ, "BENCH_PATHS": paths.name, "BENCH_ACCEPT": target.accept}
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=seconds + 120, check=True)
    finally:
        os.unlink(paths.name)
    line = next(x for x in done.stdout.splitlines() if x.startswith("BENCHJSON "))
    found = json.loads(line.removeprefix("BENCHJSON "))
    kinds = {k: found[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")}
    return Load(
        requests=found["requests"],
        seconds=found["duration_us"] / 1e6,
        errors=sum(kinds.values()),
        p50_ms=found["p50_us"] / 1000,
        p99_ms=found["p99_us"] / 1000,
        kinds={k: n for k, n in kinds.items() if n},
    )


def slow_load(target: Target, concurrency: int, cap_s: float, max_requests: int) -> Load:
    """For a server that takes seconds an answer, where wrk's time window catches too few: httpx
    clients at ``concurrency``, at most ``max_requests`` requests and ``cap_s`` seconds (requests
    still running then are abandoned and not counted)."""
    return asyncio.run(_slow_load(target, concurrency, cap_s, max_requests))


async def _slow_load(target: Target, concurrency: int, cap_s: float, max_requests: int) -> Load:
    latencies: list[float] = []
    errors = 0
    issued = 0
    started = time.monotonic()
    last = started

    async def client(offset: int) -> None:
        nonlocal errors, issued, last
        limits = httpx.Limits(max_connections=1)
        async with httpx.AsyncClient(base_url=target.base, timeout=cap_s + 5, limits=limits) as session:
            while issued < max_requests:
                path = target.paths[(offset + issued) % len(target.paths)]
                issued += 1
                sent = time.monotonic()
                response = await session.get(path, headers={"Accept": target.accept})
                if response.status_code >= 400:
                    errors += 1
                last = time.monotonic()
                latencies.append(last - sent)

    tasks = [asyncio.create_task(client(n * 7919)) for n in range(concurrency)]
    _done, pending = await asyncio.wait(tasks, timeout=cap_s)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    elapsed = (last if not pending else time.monotonic()) - started
    ms = [x * 1000 for x in latencies]
    return Load(len(latencies), elapsed, errors, percentile(ms, 50) if ms else 0.0, percentile(ms, 99) if ms else 0.0)


def sparql_paths(endpoint: str, queries: Sequence[str]) -> list[str]:
    """GET paths for the SPARQL 1.1 Protocol: ``endpoint?query=...``."""
    from urllib.parse import quote

    return [f"{endpoint}?query={quote(query, safe='')}" for query in queries]

"""The reliability load test: mixed REST and SPARQL traffic at concurrency 16 against `entente serve`
for a minute, on loopback, with the server's memory sampled every second.

It passes when no request fails (connection, timeout or non-2xx) and the server's memory stays flat:
the resident size of the server and its query workers at the end is within 10% of what it was
after a minute's warm-up of the same traffic (in which the store's caches fill).
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import http
from bench.servers import Running

WARM_UP_S = 60.0  # the store's caches and the allocator fill up first (measured: +30% in the first minute)
FLAT = 1.10  # then the end may be at most 10% above the start


@dataclass(frozen=True)
class Soak:
    seconds: float
    concurrency: int
    load: http.Load
    rss_start_mb: float
    rss_end_mb: float
    rss_max_mb: float

    @property
    def flat(self) -> bool:
        return self.rss_end_mb <= self.rss_start_mb * FLAT

    @property
    def passed(self) -> bool:
        return self.load.errors == 0 and self.load.requests > 0 and self.flat


def tree_rss_mb(pid: int) -> float:
    """The resident memory of ``pid`` and every process below it (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, todo = {pid}, [pid]
    while todo:
        parent = todo.pop()
        for child, of in parents.items():
            if of == parent and child not in tree:
                tree.add(child)
                todo.append(child)
    total_kb = 0
    for member in tree:
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        total_kb += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total_kb / 1024


def mixed_paths(rest: list[str], sparql: list[str], other: list[str]) -> list[str]:
    """REST lookups, SPARQL queries and the other read routes, interleaved."""
    mixed: list[str] = []
    for i in range(max(len(rest), len(sparql))):
        mixed.append(rest[i % len(rest)])
        mixed.append(sparql[i % len(sparql)])
        mixed.append(other[i % len(other)])
    return mixed


def soak(server: Running, paths: list[str], seconds: float = 60.0, concurrency: int = 16) -> Soak:
    target = http.Target("entente mixed", server.base, paths, "")
    http.load(target, concurrency, WARM_UP_S)
    start = tree_rss_mb(server.process.pid)
    samples = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(1.0):
            samples.append(tree_rss_mb(server.process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = http.load(target, concurrency, seconds)
    finally:
        done.set()
        sampler.join()
    end = tree_rss_mb(server.process.pid)
    return Soak(seconds, concurrency, result, start, end, max([*samples, end]))


def as_json(found: Soak) -> dict[str, Any]:
    return {**asdict(found), "rate": found.load.rate, "flat": found.flat, "passed": found.passed}

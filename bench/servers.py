"""The servers the HTTP benchmarks compare, each on a free 127.0.0.1 port, stopped afterwards.

Every server logs to a file (never a pipe it could block on) and is stopped by its own process
group id, so its helpers (entente's query workers) go with it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from bench.measure import PYTHON, ROOT

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def command_path(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        raise RuntimeError(f"the `{name}` command is missing (make bench installs what it needs)")
    return found


@dataclass(frozen=True)
class ServerSpec:
    name: str
    command: list[str]  # with {port} where the port goes
    ready_path: str  # answers 200 once the server is ready
    env: dict[str, str]
    start_cap_s: float = 120.0


@dataclass
class Running:
    spec: ServerSpec
    port: int
    process: subprocess.Popen[bytes]
    started_s: float  # from spawn to the first 200 on ready_path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class StartError(RuntimeError):
    pass


def _wait_ready(url: str, process: subprocess.Popen[bytes], cap_s: float, log: IO[bytes]) -> float:
    started = time.monotonic()
    with httpx.Client(timeout=5.0) as client:
        while True:
            elapsed = time.monotonic() - started
            if process.poll() is not None:
                log.seek(0)
                tail = log.read().decode(errors="replace")[-1500:]
                raise StartError(f"exited with {process.returncode} after {elapsed:.1f} s:\n{tail}")
            if elapsed > cap_s:
                raise StartError(f"did not answer in {cap_s:.0f} s")
            try:
                if client.get(url).status_code == 200:
                    return time.monotonic() - started
            except httpx.TransportError:
                pass
            time.sleep(0.01)


@contextmanager
def running(spec: ServerSpec) -> Iterator[Running]:
    """Start ``spec`` on a free port and yield it once it answers; stop it (and its children) after."""
    port = free_port()
    command = [word.replace("{port}", str(port)) for word in spec.command]
    with tempfile.TemporaryFile() as log:
        spawned = time.monotonic()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **spec.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopping it stops its workers too
        )
        try:
            _wait_ready(f"http://127.0.0.1:{port}{spec.ready_path}", process, spec.start_cap_s, log)
            yield Running(spec, port, process, time.monotonic() - spawned)
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def entente(store: Path) -> ServerSpec:
    # The load test is one client; no access log, as Oxigraph's server writes none (a tenth of the
    # main process's time at c=16).
    env = {"ENTENTE_SPARQL_REQUESTS_PER_MINUTE": "100000000", "ENTENTE_ACCESS_LOG": "false"}
    return ServerSpec(
        "entente serve", [command_path("entente"), "serve", "--store", str(store), "--port", "{port}"], "/health", env
    )


def hello() -> ServerSpec:
    return ServerSpec("bare FastAPI", [PYTHON, "-m", "bench.hello", "--port", "{port}"], "/", {})


def oxigraph(store: Path) -> ServerSpec:
    command = [command_path("oxigraph"), "serve-read-only", "--location", str(store), "--bind", "127.0.0.1:{port}"]
    return ServerSpec("oxigraph serve-read-only", [*command, "--union-default-graph"], "/query?query=ASK%7B%7D", {})


def rdflib_endpoint(nquads: Path, cap_s: float) -> ServerSpec:
    command = [command_path("rdflib-endpoint"), "serve", str(nquads), "--host", "127.0.0.1", "--port", "{port}"]
    return ServerSpec("rdflib-endpoint", command, "/?query=ASK%7B%7D", {}, cap_s)  # its endpoint is at /


def cold_start(spec: ServerSpec, runs: int) -> list[float]:
    """Seconds from spawning ``spec`` to its first 200, ``runs`` times."""
    times = []
    for _ in range(runs):
        with running(spec) as server:
            times.append(server.started_s)
    return times


def copy_store(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=_lock_files)
    return target


def _lock_files(_directory: str, names: Sequence[str]) -> list[str]:
    return [n for n in names if n == "LOCK"]

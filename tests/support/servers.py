"""Starting real servers for tests: on a free 127.0.0.1 port, stopped when the test ends."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout_s}s")


@contextmanager
def running(command: Sequence[str], port: int, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a chatty server can never block on it
        process = subprocess.Popen(
            list(command), env=os.environ.copy() if env is None else env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            try:
                wait_for_port(port, process)
            except (RuntimeError, TimeoutError) as error:
                log.seek(0)
                raise RuntimeError(
                    f"{error}; the server said:\n{log.read().decode(errors='replace')[-2000:]}"
                ) from error
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def oxigraph_command() -> str:
    found = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the `oxigraph` command is missing: `pip install oxigraph` (a dev dependency)")
    return found


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """A real Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    command = [oxigraph_command(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    with running(command, port):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def entente_server(store: Path, env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``entente serve`` on an existing store, on a free loopback port; yields its URL and process."""
    port = free_port()
    command = [str(BIN / "entente"), "serve", "--store", str(store), "--port", str(port)]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ENTENTE_")}
    with running(command, port, env={**clean, **(env or {})}) as process:
        yield f"http://127.0.0.1:{port}", process


def descendants(pid: int) -> list[int]:
    """The processes below ``pid`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) used so far by ``pids``; processes that are gone count 0."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")

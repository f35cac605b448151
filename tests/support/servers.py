"""Starting real servers for tests: on a free 127.0.0.1 port, stopped when the test ends."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

BIN = Path(sys.executable).parent
T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout_s: float = 120.0) -> None:
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
            below = {pid: started_at(pid) for pid in descendants(process.pid)}
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            # What the server left behind (a query worker still computing when a test failed, say)
            # would run on without it: stop it, if it is still the same process.
            for pid, started in below.items():
                if started is not None and started_at(pid) == started:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)


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
        settled(process.pid)  # its query workers have started: the first request need not wait for them
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


def started_at(pid: int) -> int | None:
    """When ``pid`` started (clock ticks after boot): with the pid, names one process for good."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


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


@dataclass(frozen=True)
class ProcessState:
    """One look at a process in /proc: its state letter (R running or runnable, S sleeping, D
    waiting on the disk, Z exited but not yet reaped) and the CPU ticks it has used so far."""

    pid: int
    state: str
    cpu_ticks: int


def process_state(pid: int) -> ProcessState | None:
    """``pid`` as /proc shows it now; None once it no longer exists."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return ProcessState(pid, fields[0], int(fields[11]) + int(fields[12]))


def query_workers(server_pid: int) -> dict[int, ProcessState]:
    """The query worker processes below the server (``graph.store.pooled`` starts them with
    multiprocessing's spawn; its resource tracker is not one of them), by pid."""
    found = {}
    for pid in descendants(server_pid):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        state = process_state(pid)
        if b"multiprocessing.spawn" in command and state is not None:
            found[pid] = state
    return found


def wait_for(look: Callable[[], T | None], timeout_s: float, what: str, every_s: float = 0.05) -> T:
    """The first answer of ``look()`` that is truthy (not None, not empty), trying until ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = look()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout_s:g} s: {what}")
        time.sleep(every_s)


def settled(server_pid: int, timeout_s: float = 120.0) -> None:
    """Wait until nothing below the server computes (its query workers, when it has any, have
    started and wait for requests): every process asleep and using no CPU between two looks."""

    def quiet() -> bool:
        first = {pid: process_state(pid) for pid in descendants(server_pid)}
        time.sleep(0.1)
        second = {pid: process_state(pid) for pid in descendants(server_pid)}
        found = [state for state in second.values() if state is not None and state.state != "Z"]
        return first == second and all(state.state == "S" for state in found)

    wait_for(quiet, timeout_s, f"the processes below the server {server_pid} to be idle")


def idle_workers(server_pid: int, count: int, timeout_s: float = 120.0) -> dict[int, ProcessState]:
    """Wait until the server has exactly ``count`` query workers and none is computing: each is
    asleep (waiting for a request) and used no CPU between two looks. Speed-independent: a slow
    machine only takes longer to get there, and ``timeout_s`` is generous."""

    seen: list[dict[int, ProcessState]] = [{}]

    def settled() -> dict[int, ProcessState] | None:
        first = query_workers(server_pid)
        time.sleep(0.1)
        seen[0] = second = query_workers(server_pid)
        if len(second) == count and second == first and all(w.state == "S" for w in second.values()):
            return second
        return None

    try:
        return wait_for(settled, timeout_s, f"{count} idle query workers below the server {server_pid}")
    except AssertionError as error:
        below = {pid: process_state(pid) for pid in descendants(server_pid)}
        raise AssertionError(f"{error}; its workers at the last look: {seen[0]}; all below it: {below}") from None


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}
MaxSortedTopRows = 100000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
MaxClientConnections = 4
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
; above any answer of the tests: past it Virtuoso cuts a SELECT (see the README's Engines)
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""
VIRTUOSO_PASSWORD = "entente-test"


def virtuoso_command() -> str:
    found = shutil.which("virtuoso-t")
    if found is None:
        raise RuntimeError(
            "the `virtuoso-t` command is missing: `make engines` installs Debian's virtuoso-opensource-7-bin"
        )
    return found


@dataclass(frozen=True)
class VirtuosoServer:
    """A running Virtuoso: its SPARQL endpoint, its authenticated (digest) update endpoint with the
    dba credentials in the URL, and its SQL port."""

    query_url: str
    update_url: str
    sql_port: int


@contextmanager
def virtuoso_server(directory: Path) -> Iterator[VirtuosoServer]:
    """A real Virtuoso Open Source server in ``directory`` on free loopback ports (SQL and HTTP),
    from a generated virtuoso.ini, the dba password changed from the default before use."""
    directory.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=directory, sql_port=sql_port, http_port=http_port))
    command = [virtuoso_command(), "+foreground", "+configfile", str(ini)]
    with running(command, http_port) as process:
        wait_for_port(sql_port, process)
        isql = shutil.which("isql-vt") or "isql-vt"
        statement = f"USER_SET_PASSWORD ('dba', '{VIRTUOSO_PASSWORD}');"
        subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={statement}"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        base = f"http://127.0.0.1:{http_port}"
        yield VirtuosoServer(
            base + "/sparql", f"http://dba:{VIRTUOSO_PASSWORD}@127.0.0.1:{http_port}/sparql-auth", sql_port
        )

"""Running one measurement in a child process: its JSON answer, wall time and peak memory.

Each task runs in a fresh Python process, so its peak resident memory (VmHWM of that child,
read from /proc while it runs) is its own. A child past its time cap is killed and reported as
not finished, with the memory it had reached.
"""

from __future__ import annotations

import json
import math
import os
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass
class Outcome:
    """What one child run gave: its JSON answer (None when it did not finish), time and memory."""

    command: list[str]
    answer: dict[str, Any] | None
    wall_s: float
    peak_rss_mb: float
    finished: bool
    error: str = ""

    def get(self, key: str) -> Any:
        return None if self.answer is None else self.answer.get(key)


@dataclass
class Series:
    """Several runs of one measurement."""

    command: list[str]
    runs: list[Outcome] = field(default_factory=list)

    @property
    def finished(self) -> list[Outcome]:
        return [r for r in self.runs if r.finished]

    def median(self, key: str) -> float | None:
        values = [float(v) for r in self.finished if (v := r.get(key)) is not None]
        return statistics.median(values) if values else None

    def median_peak_mb(self) -> float | None:
        values = [r.peak_rss_mb for r in self.runs]
        return statistics.median(values) if values else None

    @property
    def shell(self) -> str:
        return shell(self.command)


def shell(command: Sequence[str]) -> str:
    """The command as one would type it at the repository's root."""
    words = []
    for word in command:
        if word == PYTHON:
            word = ".venv/bin/python"
        elif word.startswith(str(ROOT) + "/"):
            word = os.path.relpath(word, ROOT)
        words.append(shlex.quote(word))
    return " ".join(words)


def task_command(task: str, *args: str) -> list[str]:
    return [PYTHON, "-m", "bench.tasks", task, *args]


def run(command: Sequence[str], cap_s: float = 3600.0, env: dict[str, str] | None = None) -> Outcome:
    """Run ``command``; its last stdout line is its JSON answer. Killed after ``cap_s`` seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            list(command), cwd=ROOT, stdout=out, stderr=err, env={**os.environ, **(env or {})}, start_new_session=True
        )
        finished = True
        peak_kb = 0
        while True:
            peak_kb = max(peak_kb, high_water_kb(process.pid))
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > cap_s:
                finished = False
                os.killpg(process.pid, signal.SIGKILL)  # the child's own session: it and its helpers
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        wall = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = out.read().decode(errors="replace").strip().splitlines()
        error = "" if process.returncode == 0 or not finished else err.read().decode(errors="replace")[-2000:]
    answer = None
    if finished and process.returncode == 0 and lines:
        answer = json.loads(lines[-1])
    # ru_maxrss is a fallback only: Linux carries the parent's peak into a child across exec.
    if answer is not None:
        peak_kb = max(peak_kb, int(answer.get("vm_hwm_kb", 0)))  # the child's own reading at its end
    peak_mb = (peak_kb or usage.ru_maxrss) / 1024
    return Outcome(list(command), answer, wall, peak_mb, finished and answer is not None, error)


def high_water_kb(pid: int) -> int:
    """The process's peak resident memory (VmHWM) so far, in kB; 0 once it has gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def series(command: Sequence[str], runs: int, cap_s: float = 3600.0, env: dict[str, str] | None = None) -> Series:
    result = Series(list(command))
    for _ in range(runs):
        outcome = run(command, cap_s, env)
        result.runs.append(outcome)
        if outcome.error:
            print(f"  ! {shell(command)} failed:\n{outcome.error}", file=sys.stderr)
    return result


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by the nearest-rank method."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]

"""Projection, blocs, the GEXF export and the viewer's first view of a whole on-disk store.

    python -m bench.analysis_scale --claims 100000 [--runs 3] [--work bench/data]

Each measurement runs in a child process of its own (peak memory is its own, see
:mod:`bench.measure`); ``measure(store)`` returns one row per measurement: (name, median
seconds, median peak RSS in MB, notes). ``bench.run`` can call it on the store it loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from bench.measure import PYTHON, ROOT, high_water_kb, run, shell

AS_OF = "2015-06-30"
TASKS: dict[str, Callable[[Path], dict[str, Any]]] = {}


class Row(NamedTuple):
    name: str
    median_s: float | None  # None: no run finished
    peak_rss_mb: float | None
    notes: str


def task(name: str) -> Callable[[Callable[[Path], dict[str, Any]]], Callable[[Path], dict[str, Any]]]:
    def register(function: Callable[[Path], dict[str, Any]]) -> Callable[[Path], dict[str, Any]]:
        TASKS[name] = function
        return function

    return register


@task("projection+blocs")
def projection_and_blocs(store_path: Path) -> dict[str, Any]:
    """The whole graph projected (no filter), then its blocs: the issue's "projection + blocs"."""
    from graph.analysis import blocs, project
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(store_path)
    started = time.perf_counter()
    graph = project(store)
    projected = time.perf_counter()
    found = blocs(graph)
    done = time.perf_counter()
    answer = {
        "seconds": done - started,
        "project_s": projected - started,
        "blocs_s": done - projected,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "blocs": len(found),
    }
    store.close()
    return answer


@task("projection-filtered")
def projection_filtered(store_path: Path) -> dict[str, Any]:
    """A projection with filters (valid on a date, a minimum confidence): a new /analysis call."""
    from datetime import date

    from graph.analysis import Filters, project
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(store_path)
    started = time.perf_counter()
    graph = project(store, Filters(as_of=date.fromisoformat(AS_OF), min_confidence=0.5))
    answer = {"seconds": time.perf_counter() - started, "edges": graph.number_of_edges()}
    store.close()
    return answer


@task("edge-claims")
def edge_claims(store_path: Path) -> dict[str, Any]:
    """The claims of 50 edges of the projection, read when asked for (the per-edge lists are not
    in the graph): the median of one edge's read, after the projection."""
    from graph.analysis import edge_records, project
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(store_path)
    graph = project(store)
    edges = sorted(graph.edges(keys=True))
    chosen = random.Random(7).sample(edges, min(50, len(edges)))
    seconds, claims = [], 0
    for a, b, key in chosen:
        started = time.perf_counter()
        claims += len(edge_records(graph, a, b, key))
        seconds.append(time.perf_counter() - started)
    store.close()
    return {"seconds": statistics.median(seconds), "max_s": max(seconds), "claims": claims, "edges": len(chosen)}


@task("gexf")
def gexf(store_path: Path) -> dict[str, Any]:
    """The GEXF export of the whole graph, written to a file (streamed)."""
    from graph.export import ExportFormat, export_to
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(store_path)
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        export_to(store, ExportFormat.gexf, out)
        seconds = time.perf_counter() - started
        size = out.tell()
    store.close()
    return {"seconds": seconds, "bytes": size}


@task("viz-first-view")
def viz_first_view(store_path: Path) -> dict[str, Any]:
    """What /viz/view answers first (cold: the claims' dates read from the store) and for the next
    date (from memory): the most active actors and their strongest ties on a date."""
    from datetime import date

    from graph.analysis import Filters
    from graph.analysis.overview import overview
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(store_path)
    started = time.perf_counter()
    view = overview(store, Filters(as_of=date.fromisoformat(AS_OF)))
    first = time.perf_counter()
    later = overview(store, Filters(as_of=date.fromisoformat("2016-06-30"), min_confidence=0.5))
    answer = {
        "seconds": first - started,
        "next_date_s": time.perf_counter() - first,  # the slider moved: from memory
        "nodes": len(view["elements"]["nodes"]),
        "edges": len(view["elements"]["edges"]),
        "next_edges": len(later["elements"]["edges"]),
        "bytes": len(json.dumps(view)),
    }
    store.close()
    return answer


def measure(
    store: Path,
    runs: int = 3,
    tasks: list[str] | None = None,
    cap_s: float = 3600.0,
    on_row: Callable[[Row], None] | None = None,
) -> list[Row]:
    """Each task ``runs`` times on the on-disk store at ``store``, one child process a run
    (``on_row`` is told each row as it is measured)."""
    rows = []
    for name in tasks or list(TASKS):
        command = [PYTHON, "-m", "bench.analysis_scale", "--task", name, "--store", str(store)]
        outcomes = [run(command, cap_s) for _ in range(runs)]
        done = [o for o in outcomes if o.finished and o.answer is not None]
        seconds = [float(o.answer["seconds"]) for o in done if o.answer is not None]
        extra = {k: v for k, v in (done[-1].answer or {}).items() if k not in ("seconds", "vm_hwm_kb")} if done else {}
        notes = ", ".join(f"{k}={_short(v)}" for k, v in extra.items())
        if len(done) < len(outcomes):
            notes += f"; {len(outcomes) - len(done)} of {len(outcomes)} runs did not finish: {outcomes[0].error[-300:]}"
        row = Row(
            name,
            statistics.median(seconds) if seconds else None,
            statistics.median(o.peak_rss_mb for o in outcomes) if outcomes else None,
            f"{notes}; runs={len(done)}; `{shell(command)}`",
        )
        rows.append(row)
        if on_row is not None:
            on_row(row)
    return rows


def _short(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def ensure_store(claims: int, work: Path) -> Path:
    """The on-disk store of the world of ``claims`` claims under ``work``, as bench.run lays it out
    (``work/N/store``), generated and loaded if missing."""
    from bench.generate import ensure_world

    world = work / str(claims)
    ensure_world(world, claims)
    store = world / "store"
    if not (store / "CURRENT").exists():
        outcome = run([PYTHON, "-m", "bench.tasks", "load-entente", "--world", str(world), "--store", str(store)])
        if not outcome.finished:
            raise SystemExit(f"loading {world} failed: {outcome.error}")
    return store


def _print(row: Row) -> None:
    seconds = "did not finish" if row.median_s is None else f"{row.median_s:.2f} s"
    peak = "?" if row.peak_rss_mb is None else f"{row.peak_rss_mb:.0f} MB"
    print(f"{row.name}\t{seconds}\t{peak}\t{row.notes}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, help="the world's size: generated and loaded if missing")
    parser.add_argument("--store", type=Path, help="an on-disk store (instead of --claims)")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "data")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", action="append", choices=sorted(TASKS), help="these measurements only; repeatable")
    parser.add_argument("--task", choices=sorted(TASKS), help=argparse.SUPPRESS)  # a child's one measurement
    args = parser.parse_args(argv)
    if args.task:
        answer = TASKS[args.task](args.store)
        print(json.dumps({**answer, "vm_hwm_kb": high_water_kb(os.getpid())}))
        return
    if args.store is None and args.claims is None:
        parser.error("give --claims N or --store DIR")
    store = args.store or ensure_store(args.claims, args.work)
    print(f"# {store}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    measure(store, args.runs, args.only, on_row=_print)
    print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stdout)


if __name__ == "__main__":
    main()

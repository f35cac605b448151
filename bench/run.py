"""``make bench``: generate the worlds, measure, and write BENCHMARKS.md.

    python -m bench.run [--sizes 100000,1000000] [--quick]
    python -m bench.run --only reliability   # section h alone, written into BENCHMARKS.md in place

Every comparison is taken side by side in one run, interleaved (entente, then the peer, run
after run), and reported as the median of the per-run ratios: the machines are shared and noisy.
Raw results go to ``bench/results/`` (git-ignored); the report to ``BENCHMARKS.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import http, reliability, servers, soak

try:  # the projection, export and viewer measurements (another engineer's module)
    from bench import analysis_scale
except ImportError:  # pragma: no cover - reported as missing
    analysis_scale = None  # type: ignore[assignment]
from bench.generate import ensure_world
from bench.measure import ROOT, Outcome, run, shell, task_command
from bench.report import machine_notes, write_report

AS_OF = "2015-06-30"
TARGET_PAUSE_S = 3.0  # between two HTTP loads
LOAD_CAP_S = 4 * 3600.0  # entente's load and raw bulk_load: an hour is not enough at 1M claims here
ONLY = ("reliability",)  # the sections that can be measured alone (``--only``)
# The read routes besides the lookups and SPARQL that the soak mixes in.
OTHER_PATHS = [
    "/actors?q=uni",
    "/relations?relation=sanctions&limit=20",
    "/relation-types",
    "/queries/who_sanctions?target=russia",
    "/sources?limit=10",
    "/health",
]


@dataclass(frozen=True)
class Plan:
    sizes: list[int]
    runs: int  # runs of each load, analysis and export measurement (1 at 1M claims and more)
    lookup_actors: int
    lookup_passes: int
    http_seconds: float
    http_rounds: int
    rdflib_cap_s: float  # rdflib's parse and rdflib-endpoint's start are cut off here
    cold_starts: int
    soak_seconds: float  # the reliability load test (g)
    runaway_rounds: int  # runaway queries in section h
    work: Path
    out: Path
    skip_http: bool
    index_rebuild: bool  # time a whole rebuild of the claims index (minutes at 1M)
    load_unindexed: bool  # entente's load without the index following it; the index then built whole
    only: str | None  # one section alone, spliced into the report: "reliability"


def parse_args(argv: list[str] | None = None) -> Plan:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=None, help="claims per world, comma-separated [100000; --quick: 10000]")
    parser.add_argument("--quick", action="store_true", help="a small world, one run each, short HTTP loads")
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement [3; 1 at >= 1M claims]")
    parser.add_argument("--http-seconds", type=float, default=None, help="seconds per HTTP load [8]")
    parser.add_argument("--rdflib-cap", type=float, default=300.0, help="seconds before rdflib is cut off [300]")
    parser.add_argument("--soak-seconds", type=float, default=None, help="the load test's length [60; --quick: 10]")
    parser.add_argument("--runaway-rounds", type=int, default=None, help="runaway queries in section h [3; --quick: 1]")
    parser.add_argument("--skip-http", action="store_true", help="no HTTP measurement (sections c, f, g, h)")
    parser.add_argument("--index-rebuild", action="store_true", help="also time a whole rebuild of the claims index")
    parser.add_argument(
        "--load-unindexed",
        action="store_true",
        help="entente's load without the claims index following it, then the index built whole (timed apart)",
    )
    parser.add_argument(
        "--only",
        choices=ONLY,
        default=None,
        help="measure one section alone and replace it (and its Targets rows) in the report, leaving the rest",
    )
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "data")
    parser.add_argument("--out", type=Path, default=None, help="the report [BENCHMARKS.md; --quick: bench/results/]")
    args = parser.parse_args(argv)
    quick = args.quick
    sizes = [int(s.replace("_", "")) for s in (args.sizes or ("10000" if quick else "100000")).split(",")]
    default_out = ROOT / "bench" / "results" / "BENCHMARKS-quick.md" if quick else ROOT / "BENCHMARKS.md"
    return Plan(
        sizes=sizes,
        runs=args.runs or (1 if quick else 3),
        lookup_actors=100 if quick else 300,
        lookup_passes=1 if quick else 3,
        http_seconds=args.http_seconds or (2.0 if quick else 8.0),
        http_rounds=1 if quick else 3,
        rdflib_cap_s=60.0 if quick else args.rdflib_cap,
        cold_starts=1 if quick else 3,
        soak_seconds=args.soak_seconds or (10.0 if quick else 60.0),
        runaway_rounds=args.runaway_rounds or (1 if quick else 3),
        work=args.work,
        out=args.out or (ROOT / "BENCHMARKS.md" if args.only else default_out),
        skip_http=args.skip_http,
        index_rebuild=args.index_rebuild or args.load_unindexed,
        load_unindexed=args.load_unindexed,
        only=args.only,
    )


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    return {**asdict(outcome), "command": shell(outcome.command)}


def measure_size(plan: Plan, claims: int) -> dict[str, Any]:
    world = plan.work / str(claims)
    started = time.monotonic()
    manifest = ensure_world(world, claims)
    log(f"world of {claims} claims ready in {time.monotonic() - started:.0f} s: {manifest.quads} quads")
    runs = plan.runs if claims < 1_000_000 else min(plan.runs, 1)
    actors = (world / "actors.txt").read_text(encoding="utf-8").split()
    sample = sorted(random.Random(claims).sample(actors, min(plan.lookup_actors, len(actors))))
    (world / "sample.txt").write_text("\n".join(sample) + "\n", encoding="utf-8")
    store, raw = world / "store", world / "raw-store"
    results: dict[str, Any] = {"claims": claims, "manifest": asdict(manifest), "runs": runs, "world": str(world)}

    loads: dict[str, list[dict[str, Any]]] = {"entente": [], "bulk_load": [], "rdflib": []}
    followed = () if plan.load_unindexed else ("--index",)
    entente_cmd = task_command("load-entente", "--world", str(world), "--store", str(store), *followed)
    bulk_cmd = task_command("bulk-load", "--nq", str(world / "claims.nq"), "--store", str(raw))
    rdflib_cmd = task_command("rdflib-parse", "--nq", str(world / "claims.nq"))
    for number in range(runs):  # interleaved, so each ratio is taken side by side
        log(f"load run {number + 1}/{runs}: entente, bulk_load, rdflib")
        loads["entente"].append(outcome_json(run(entente_cmd, cap_s=LOAD_CAP_S)))
        loads["bulk_load"].append(outcome_json(run(bulk_cmd, cap_s=LOAD_CAP_S)))
        loads["rdflib"].append(outcome_json(run(rdflib_cmd, cap_s=plan.rdflib_cap_s)))
    shutil.rmtree(raw, ignore_errors=True)
    results["load"] = loads

    _save_partial(results)
    if plan.index_rebuild:  # the loads above built the index as they went (or not); this times a whole build
        log("claims index: rebuilt whole from the store")
        results["index"] = outcome_json(run(task_command("index-build", "--store", str(store))))
        _save_partial(results)
    log("lookup in-process")
    sample_args = ("--store", str(store), "--actors", str(world / "sample.txt"), "--as-of", AS_OF)
    heavy = ("--all-actors", str(world / "actors.txt"))
    lookup = run(task_command("lookup", *sample_args, *heavy, "--passes", str(plan.lookup_passes)))
    results["lookup"] = outcome_json(lookup)
    results["baseline"] = outcome_json(run(task_command("baseline", "--store", str(store))))
    _save_partial(results)
    if analysis_scale is not None:  # projection, blocs, edge claims, GEXF, the viewer: one child a run
        log("analysis, export and the viewer (bench.analysis_scale)")
        rows = analysis_scale.measure(store, runs, on_row=lambda row: log(f"  {row.name}: {row.median_s} s"))
        results["analysis_scale"] = [row._asdict() for row in rows]
    else:
        for name in ("analysis", "export"):
            log(name)
            results[name] = [outcome_json(run(task_command(name, "--store", str(store)))) for _ in range(runs)]
    _save_partial(results)
    if not plan.skip_http:
        results["http"] = measure_http(plan, world, store)
        _save_partial(results)
        log("cold start")
        spec = servers.entente(store)
        results["cold_start"] = {"command": shell(spec.command), "seconds": servers.cold_start(spec, plan.cold_starts)}
    return results


def _save_partial(size: dict[str, Any]) -> None:
    """What one size has measured so far, in case a later step fails."""
    path = ROOT / "bench" / "results" / f"partial-{size['claims']}.json"
    path.write_text(json.dumps(size, indent=1), encoding="utf-8")


def measure_http(plan: Plan, world: Path, store: Path) -> dict[str, Any]:
    log("http: targets")
    targets_dir = world / "http"
    run(
        task_command(
            "http-targets", "--store", str(store), "--actors", str(world / "sample.txt"), "--out", str(targets_dir)
        )
    )
    rest = (targets_dir / "rest.txt").read_text(encoding="utf-8").split()
    queries: list[str] = json.loads((targets_dir / "sparql.json").read_text(encoding="utf-8"))
    oxigraph_store = servers.copy_store(store, world / "oxigraph-store")
    specs = {
        "floor": servers.hello(),
        "entente": servers.entente(store),
        "oxigraph": servers.oxigraph(oxigraph_store),
        "rdflib": servers.rdflib_endpoint(world / "claims.nq", plan.rdflib_cap_s),
    }
    found: dict[str, Any] = {"servers": {}, "targets": {}, "seconds": plan.http_seconds, "rounds": plan.http_rounds}
    with ExitStack() as stack:
        up: dict[str, servers.Running] = {}
        for key, spec in specs.items():
            log(f"http: starting {spec.name}")
            entry: dict[str, Any] = {"name": spec.name, "command": shell(spec.command)}
            try:
                up[key] = stack.enter_context(servers.running(spec))
                entry["start_s"] = up[key].started_s
            except servers.StartError as error:  # reported, not fatal
                entry["error"] = str(error)
                log(f"http: {spec.name} did not start: {str(error)[:300]}")
            found["servers"][key] = entry
        targets = []
        if "floor" in up:
            targets.append(http.Target("floor", up["floor"].base, ["/"], http.JSON_ACCEPT))
        if "entente" in up:
            targets.append(http.Target("entente REST", up["entente"].base, rest, http.JSON_ACCEPT))
            sparql = http.sparql_paths("/sparql", queries)
            targets.append(http.Target("entente /sparql", up["entente"].base, sparql, http.SPARQL_ACCEPT))
        if "oxigraph" in up:
            sparql = http.sparql_paths("/query", queries)
            targets.append(http.Target("oxigraph", up["oxigraph"].base, sparql, http.SPARQL_ACCEPT))
        if "rdflib" in up:
            sparql = http.sparql_paths("/", queries)
            targets.append(http.Target("rdflib-endpoint", up["rdflib"].base, sparql, http.SPARQL_ACCEPT))
        for target in list(targets):
            slow = target.name == "rdflib-endpoint"
            check = http.check(target, plan.rdflib_cap_s / 2 if slow else 120.0)
            found["targets"][target.name] = {"check": check, "loads": {"1": [], "16": []}}
            per_load = plan.rdflib_cap_s / 2 / plan.http_rounds
            if slow and "error" not in check and check["seconds"] > per_load / 2:
                check["error"] = f"one request took {check['seconds']:.0f} s, too slow for a load test"
            if "error" in check:  # no answer to one request (or one that took too long): no load either
                log(f"http: {target.name} did not answer: {check['error']}")
                targets.remove(target)
        for number in range(plan.http_rounds):
            for target in targets:
                for concurrency in (1, 16):
                    log(f"http round {number + 1}/{plan.http_rounds}: {target.name} c={concurrency}")
                    if target.name == "rdflib-endpoint":  # seconds a request: bounded in count and time
                        cap = plan.rdflib_cap_s / 2 / plan.http_rounds
                        result = http.slow_load(target, concurrency, cap, max_requests=max(4, concurrency))
                    else:
                        result = http.load(target, concurrency, plan.http_seconds)
                    found["targets"][target.name]["loads"][str(concurrency)].append(
                        {**asdict(result), "rate": result.rate}
                    )
                    # wrk drops the requests in flight when it stops; entente replaces the workers
                    # that ran them (a client gone), so the next load waits until that is done.
                    time.sleep(TARGET_PAUSE_S)
        if "entente" in up:  # g. the reliability load test, on the same server
            log(f"http: soak, {plan.soak_seconds:g} s of mixed traffic at c=16")
            paths = soak.mixed_paths(rest, http.sparql_paths("/sparql", queries), OTHER_PATHS)
            found["soak"] = soak.as_json(soak.soak(up["entente"], paths, plan.soak_seconds, 16))
    shutil.rmtree(oxigraph_store, ignore_errors=True)
    return found


def only_reliability(plan: Plan) -> None:
    """Section h alone: measured, saved to bench/results/reliability.json, and spliced into the
    report (its section and its Targets rows replaced, everything else left as it was)."""
    found = reliability.measure(plan.work, plan.runaway_rounds, log)
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "results" / "reliability.json").write_text(json.dumps(found, indent=1), encoding="utf-8")
    lines, rows = reliability.section(found), reliability.targets(found)
    if plan.out.exists():
        text = reliability.splice(plan.out.read_text(encoding="utf-8"), lines, rows)
    else:  # no report yet: the section alone
        table = [
            "| target | size | measured | verdict |",
            "|---|---|---|---|",
            *("| " + " | ".join(r) + " |" for r in rows),
        ]
        text = "\n".join(["# Benchmarks", "", "## Targets", "", *table, "", "## Measurements", "", *lines]) + "\n"
    plan.out.parent.mkdir(parents=True, exist_ok=True)
    plan.out.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    plan = parse_args(argv)
    started = time.monotonic()
    if plan.only == "reliability":
        only_reliability(plan)
        log(f"wrote section h into {plan.out} in {time.monotonic() - started:.0f} s")
        return
    notes = machine_notes()
    args = sys.argv[1:] if argv is None else argv
    plan_json = {**asdict(plan), "work": str(plan.work), "out": str(plan.out), "argv": args}
    results: dict[str, Any] = {"plan": plan_json, "machine": notes, "sizes": []}
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    for claims in plan.sizes:
        results["sizes"].append(measure_size(plan, claims))
        results["elapsed_s"] = time.monotonic() - started
        (ROOT / "bench" / "results" / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    if not plan.skip_http:  # h. a runaway query: on its own small store, whatever the sizes
        results["reliability"] = reliability.measure(plan.work, plan.runaway_rounds, log)
        results["elapsed_s"] = time.monotonic() - started
        (ROOT / "bench" / "results" / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    write_report(results, plan.out, args)
    log(f"wrote {plan.out} in {(time.monotonic() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()

"""BENCHMARKS.md from the results of :mod:`bench.run` (``bench/results/results.json``).

python -m bench.report bench/results/results.json BENCHMARKS.md   # re-render without re-measuring
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from bench import reliability
from bench.generate import HEADER
from bench.measure import ROOT

PACKAGES = ("pyoxigraph", "oxigraph", "rdflib", "rdflib-endpoint", "networkx", "fastapi", "uvicorn", "httpx")
Row = Sequence[str]


def machine_notes() -> dict[str, Any]:
    def first(path: str, key: str) -> str:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"

    def command(*words: str) -> str:
        try:
            done = subprocess.run(list(words), capture_output=True, text=True, cwd=ROOT, timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return "?"
        return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else "?"

    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    dirty = command("git", "status", "--porcelain", "--untracked-files=no") not in ("", "?")
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "nproc": os.cpu_count(),
        "memory": first("/proc/meminfo", "MemTotal"),
        "cpu": first("/proc/cpuinfo", "model name"),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "versions": versions,
        "wrk": command("wrk", "-v"),
        "commit": command("git", "rev-parse", "--short", "HEAD") + (" (with uncommitted changes)" if dirty else ""),
    }


def _median(values: Sequence[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return statistics.median(found) if found else None


def _errors(load: dict[str, Any]) -> str:
    """The error count, with wrk's kinds when the run recorded them ("13 (timeouts 13)")."""
    kinds = load.get("kinds") or {}
    detail = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in kinds.items())
    return f"{load['errors']} ({detail})" if detail else str(load["errors"])


def _answers(runs: list[dict[str, Any]], key: str) -> list[float | None]:
    return [(r["answer"] or {}).get(key) if r["finished"] else None for r in runs]


def _fmt(value: float | None, digits: int = 1, unit: str = "") -> str:
    if value is None:
        return "—"
    if abs(value) >= 10_000:
        return f"{value:,.0f}{unit}"
    if 0 < abs(value) < 1 and digits < 3:
        return f"{value:.3f}{unit}"
    return f"{value:,.{digits}f}{unit}"


def _ratio(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}x" if value >= 100 else f"{value:.2f}x"


def _port(command: str) -> str:
    return command.replace("'{port}'", "PORT").replace("{port}", "PORT")


def _table(header: Row, rows: Sequence[Row]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _paired(a: list[float | None], b: list[float | None], combine: Callable[[float, float], float]) -> float | None:
    return _median([combine(x, y) for x, y in zip(a, b, strict=False) if x and y])


class SizeReport:
    """The sections for one world size."""

    def __init__(self, size: dict[str, Any], plan: dict[str, Any]) -> None:
        self.size = size
        self.plan = plan
        self.claims: int = size["claims"]
        self.quads: int = size["manifest"]["quads"]
        self.verdicts: list[Row] = []

    @property
    def label(self) -> str:
        return f"{self.claims:,} claims"

    def target(self, what: str, measured: str, ok: bool | None) -> None:
        verdict = "not measured" if ok is None else "met" if ok else "**missed**"
        self.verdicts.append((what, self.label, measured, verdict))

    def load(self) -> list[str]:
        loads = self.size["load"]
        ent, bulk, rdf = loads["entente"], loads["bulk_load"], loads["rdflib"]
        ent_s, bulk_s, rdf_s = _answers(ent, "load_s"), _answers(bulk, "load_s"), _answers(rdf, "load_s")
        opt_s = _answers(ent, "optimize_s")
        with_opt = [x + y if x is not None and y is not None else None for x, y in zip(ent_s, opt_s, strict=True)]
        vs_bulk = _paired(bulk_s, ent_s, lambda b, e: b / e)
        vs_bulk_opt = _paired(bulk_s, with_opt, lambda b, e: b / e)
        rdf_done = [r for r in rdf if r["finished"]]
        cap = self.plan["rdflib_cap_s"]
        vs_rdf = _paired(rdf_s, ent_s, lambda r, e: r / e) if rdf_done else None
        ent_cpu, bulk_cpu = _answers(ent, "load_cpu_s"), _answers(bulk, "load_cpu_s")
        rows = []
        for name, runs, seconds, cpu in (
            ("entente `load_files` (CSV → disk store)", ent, ent_s, ent_cpu),
            ("entente `optimize()` after it", ent, opt_s, _answers(ent, "optimize_cpu_s")),
            ("entente load + optimize", ent, with_opt, None),
            ("pyoxigraph `Store(dir).bulk_load` (N-Quads; the limit)", bulk, bulk_s, bulk_cpu),
            ('rdflib `Dataset().parse(format="nquads")`', rdf, rdf_s, None),
        ):
            median = _median(seconds)
            time_text = f"did not finish in {cap:.0f} s" if runs is rdf and not rdf_done else _fmt(median, 2, " s")
            claims_rate = self.claims / median if median else None
            quads_rate = self.quads / median if median else None
            peak = _median([r["peak_rss_mb"] for r in runs])
            cpu_text = _fmt(_median(cpu), 1, " s") if cpu else "—"
            rows.append(
                (
                    name,
                    time_text,
                    cpu_text,
                    _fmt(claims_rate, 0),
                    _fmt(quads_rate, 0),
                    _fmt(peak, 0, " MB"),
                    f"{len(seconds)}",
                )
            )
        lines = [f"### a. Load — {self.label}, {self.quads:,} quads", ""]
        lines += _table(("loader", "median time", "CPU time", "claims/s", "triples/s", "peak RSS", "runs"), rows)
        lines += _cpu_bound(_median(ent_cpu), _median(bulk_cpu), _median(bulk_s), os.cpu_count() or 1)
        lines += _index_share(ent_s, _answers(ent, "index_stage_s"), _answers(ent, "index_join_s"))
        rdf_text = _ratio(vs_rdf) if vs_rdf else f"> {cap / (_median(ent_s) or 1):.1f}x (rdflib cut off at {cap:.0f} s)"
        lines += [
            f"- entente's whole CSV-to-store path runs at **{_ratio(vs_bulk)}** of raw `bulk_load` throughput "
            f"({_ratio(vs_bulk_opt)} counting `optimize()`), and **{rdf_text}** rdflib "
            "(medians of the per-run ratios; the runs are interleaved).",
            f"- The N-Quads are exactly the quads entente stores for the CSV (made by entente's own intake, "
            f"without duplicates): {self.quads / self.claims:.1f} a claim. Disk: entente store "
            f"{_fmt(_median(_answers(ent, 'disk_mb')), 0, ' MB')} after `optimize()`.",
            "",
        ]
        self.target("load ≥ 0.8x raw bulk_load", _ratio(vs_bulk), None if vs_bulk is None else vs_bulk >= 0.8)
        rdf_ok = (vs_rdf >= 10) if vs_rdf else _bound_verdict(cap / (_median(ent_s) or cap), 10)
        self.target("load ≥ 10x rdflib", rdf_text, rdf_ok)
        lines += self._commands([ent[0], bulk[0], rdf[0]])
        return lines

    def lookup(self) -> list[str]:
        found = self.size["lookup"]
        answer = found["answer"]
        lines = [f"### b. Lookup in-process — {self.label}", ""]
        if not answer:
            return [*lines, "The lookup run failed: " + found.get("error", "")[:500], ""]
        rows = []
        at = "" if self.claims >= 1_000_000 else " (the target is at 1M)"
        for key, name in (
            ("named", '`run_named_query(store, "actor_relations", {actor, as_of})` (the anchor: the query alone)'),
            ("rest", "`actor_relations(..., indexed=False)`: the REST grouping through SPARQL, first page of 100"),
            ("hot", "`actor_relations(...)`: the same through the claims index (the hot path)"),
        ):
            passes = answer["passes"].get(key)
            if not passes:
                continue
            p50 = _median([p["p50_ms"] for p in passes])
            p99 = _median([p["p99_ms"] for p in passes])
            mx = _median([p["max_ms"] for p in passes])
            rows.append((name, _fmt(p50, 1, " ms"), _fmt(p99, 1, " ms"), _fmt(mx, 1, " ms"), str(len(passes))))
            if key == "hot":
                self.target("lookup p99 ≤ 10 ms, first page" + at, _fmt(p99, 1, " ms"), p99 is not None and p99 <= 10)
                self.target("lookup p50 ≤ 3 ms, first page" + at, _fmt(p50, 1, " ms"), p50 is not None and p50 <= 3)
        heavy = answer.get("heaviest") or {}
        if heavy:
            rows.append(
                (
                    f"the hot path on the {len(heavy['actors'])} most mentioned actors, 5 times each",
                    _fmt(heavy["p50_ms"], 1, " ms"),
                    _fmt(heavy["p99_ms"], 1, " ms"),
                    _fmt(heavy["max_ms"], 1, " ms"),
                    "5",
                )
            )
            self.target(
                "lookup p99 ≤ 10 ms, the heaviest actors" + at,
                _fmt(heavy["p99_ms"], 1, " ms"),
                heavy["p99_ms"] <= 10,
            )
        lines += _table(("lookup", "p50", "p99", "max", "passes"), rows)
        loaded = [r["answer"] for r in self.size["load"]["entente"] if r.get("answer")]
        if loaded and self.plan.get("load_unindexed"):
            lines += ["- The claims index did not follow the load (`--load-unindexed`): it was built whole after it."]
        elif loaded:
            lines += [
                "- The claims index follows the load (`load-entente --index`: the quads are staged as the bulk "
                "loader takes them and joined into SQLite at the end), so its cost is inside the load times of "
                f"section a; in step with the store after the load: {all(a.get('indexed') for a in loaded)}.",
            ]
        index = self.size.get("index")
        if index and index.get("answer"):
            built = index["answer"]
            lines += [
                f"- The claims index (`graph.index`, SQLite in the store's directory) was built whole from the store "
                f"in {_fmt(built['build_s'], 1, ' s')} ({_fmt(built['index_mb'], 0, ' MB')} on disk, peak RSS "
                f"{_fmt(index['peak_rss_mb'], 0, ' MB')}): single-pattern SPARQL scans of the on-disk store joined "
                "in SQLite; after a bulk load it is built in the background while lookups go to SPARQL. "
                f"Hot path answered from the index: {answer.get('indexed')}.",
            ]
        elif index:
            lines += ["- The claims index build failed: " + str(index.get("error", ""))[:300]]
        lines += [
            f"- Over {answer['actors']} actors drawn at random (every actor equally likely), as_of "
            f"{self.plan_as_of()}; on the store `load_files` wrote, after `optimize()`. The lookup returns a median "
            f"of {answer['rows_p50']:.0f} claim rows (p99 {answer['rows_p99']:.0f}, max {answer['rows_max']}); "
            f"{answer['relations_p50']:.0f} relations (max {answer['relations_max']}).",
            "",
            *self._commands([found]),
        ]
        return lines

    def plan_as_of(self) -> str:
        command: str = self.size["lookup"]["command"]
        return command.split("--as-of ")[1].split()[0] if "--as-of " in command else "?"

    def http(self) -> list[str]:
        found = self.size.get("http")
        lines = [f"### c. HTTP — {self.label}", ""]
        if not found:
            return [*lines, "Not measured in this run (`--skip-http`).", ""]
        targets = found["targets"]

        def stat(name: str, c: str, key: str) -> float | None:
            loads = targets.get(name, {}).get("loads", {}).get(c, [])
            return _median([x[key] for x in loads if x["requests"]])

        def rates(name: str, c: str) -> list[float | None]:
            # No request finished within the cap: the rate was below 1 in that many seconds (an upper bound).
            entry = targets.get(name, {})
            if "error" in entry.get("check", {}):
                return [1 / entry["check"]["seconds"]] * found["rounds"]
            loads = entry.get("loads", {}).get(c, [])
            return [x["rate"] or (1 / x["seconds"] if x["seconds"] else None) for x in loads]

        def bounded(name: str) -> bool:
            entry = targets.get(name, {})
            loads = entry.get("loads", {})
            failed = "error" in entry.get("check", {})
            return failed or any(not x["requests"] for c in ("1", "16") for x in loads.get(c, []))

        rows = []
        for name, entry in targets.items():
            check = entry["check"]
            errors = sum(x["errors"] for c in ("1", "16") for x in entry["loads"][c])
            if "error" in check:
                bound = f"< {1 / check['seconds']:.3f}"
                rows.append((name, f"**{check['error']}**", bound, "—", "—", bound, "—", "—", str(errors)))
                continue
            first = f"{check['status']}, {check.get('rows', '—')} rows, {check['bytes']:,} B, {check['seconds']:.2f} s"
            row = [name, first]
            for c in ("1", "16"):
                rate = stat(name, c, "rate")
                if rate is None and bounded(name):
                    rate_text = f"< {_median(rates(name, c)) or 0:.3f} (none finished)"
                else:
                    rate_text = _fmt(rate, 1)
                row += [rate_text, _fmt(stat(name, c, "p50_ms"), 1), _fmt(stat(name, c, "p99_ms"), 1)]
            rows.append((*row, str(errors)))
        header = (
            "target",
            "first response",
            "c=1 req/s",
            "p50 ms",
            "p99 ms",
            "c=16 req/s",
            "p50 ms",
            "p99 ms",
            "errors",
        )
        lines += _table(header, rows)
        ratio_rows = []
        for a, b, goal in (
            ("entente REST", "oxigraph", 1.5),
            ("entente /sparql", "oxigraph", 0.9),
            ("entente REST", "rdflib-endpoint", 10.0),
            ("entente /sparql", "rdflib-endpoint", 10.0),
            ("entente REST", "floor", None),
            ("oxigraph", "floor", None),
        ):
            if a not in targets or b not in targets:
                continue
            pair = []
            for c in ("1", "16"):
                ratio = _paired(rates(a, c), rates(b, c), lambda x, y: x / y)
                pair.append(("> " if bounded(b) and ratio is not None else "") + _ratio(ratio))
                if goal is not None:
                    self.target(f"HTTP {a} ≥ {goal:g}x {b}, c={c}", pair[-1], None if ratio is None else ratio >= goal)
            ratio_rows.append((f"{a} ÷ {b}", *pair, "—" if goal is None else f"≥ {goal:g}x"))
        lines += _table(("requests/s ratio (same rounds)", "c=1", "c=16", "target"), ratio_rows)
        servers = found["servers"]
        notes = [
            f"- {found['rounds']} rounds; each round runs every target at c=1 then c=16 for {found['seconds']:g} s; "
            "rates are medians over rounds, ratios medians of the per-round ratios. wrk on the same 2 cores as the "
            "servers: `wrk -t1 -c1` and `wrk -t2 -c16`, each request a different actor (cycling through the "
            "lookup sample). rdflib-endpoint takes seconds a request, too long for wrk's window: httpx clients "
            f"send it at most max(4, c) requests in at most {self.plan['rdflib_cap_s'] / 2 / found['rounds']:.0f} s "
            "a round (`bench.http.slow_load`); requests still running at the cap are not counted.",
            "- The SPARQL targets run the very query the REST lookup runs (the `actor_relations` named query with "
            "its parameters bound as a VALUES block); oxigraph serves a copy of the same store directory with "
            "`--union-default-graph`; rdflib-endpoint serves the same N-Quads. entente runs with "
            "`ENTENTE_SPARQL_REQUESTS_PER_MINUTE=100000000` (the load test is one client).",
        ]
        for entry in servers.values():
            entry = {**entry, "command": _port(entry["command"])}
            started = (
                f"ready in {entry['start_s']:.1f} s"
                if "start_s" in entry
                else f"**did not start**: {entry['error'][:200]}"
            )
            notes.append(f"- {entry['name']}: `{entry['command']}` — {started}.")
        return [*lines, *notes, ""]

    def analysis(self) -> list[str]:
        if "analysis_scale" in self.size:
            return self.analysis_scale()
        if "analysis" not in self.size:
            return [f"### d, e. Analysis and export — {self.label}", "", "Not measured in this run.", ""]
        rows = []
        baseline = self.size["baseline"]["peak_rss_mb"]
        runs = self.size["analysis"]
        project_s, blocs_s = _median(_answers(runs, "project_s")), _median(_answers(runs, "blocs_s"))
        peak = _median([r["peak_rss_mb"] for r in runs])
        rows.append(
            (
                "projection of the whole graph (`graph.analysis.projection.project`)",
                _fmt(project_s, 2, " s"),
                _fmt(peak, 0, " MB"),
            )
        )
        rows.append(("blocs on it (`graph.analysis.measures.blocs`)", _fmt(blocs_s, 2, " s"), "(same process)"))
        export = self.size["export"]
        export_s = _median(_answers(export, "export_s"))
        export_peak = _median([r["peak_rss_mb"] for r in export])
        rows.append(
            ("GEXF of the whole graph (`graph.export.export`)", _fmt(export_s, 2, " s"), _fmt(export_peak, 0, " MB"))
        )
        answer = runs[0]["answer"] or {}
        lines = [f"### d, e. Analysis and export — {self.label}", ""]
        lines += _table(("task", "median time", "peak RSS"), rows)
        size = _median(_answers(export, "bytes"))
        lines += [
            f"- The projection has {answer.get('nodes', '?')} actors and {answer.get('edges', '?')} edges; "
            f"{answer.get('blocs', '?')} blocs. GEXF: {_fmt((size or 0) / 2**20, 1, ' MB')}. Peak RSS is the whole "
            f"process; opening the store and importing the modules alone peaks at {_fmt(baseline, 0, ' MB')}.",
            "",
            *self._commands([runs[0], export[0]]),
        ]
        if self.claims >= 1_000_000:
            ok = project_s is not None and peak is not None and project_s + (blocs_s or 0) <= 15 and peak <= 3072
            self.target(
                "projection + blocs ≤ 15 s and ≤ 3 GB", f"{_fmt(project_s, 1, ' s')}, {_fmt(peak, 0, ' MB')}", ok
            )
        return lines

    def analysis_scale(self) -> list[str]:
        """The rows of ``bench.analysis_scale.measure`` (projection, blocs, edge claims, GEXF, the viewer)."""
        found = self.size["analysis_scale"]
        rows = [
            (r["name"], _fmt(r["median_s"], 2, " s"), _fmt(r["peak_rss_mb"], 0, " MB"), r["notes"].replace("|", "/"))
            for r in found
        ]
        by_name = {r["name"]: r for r in found}
        goals = {
            "projection+blocs": ("projection + blocs ≤ 30 s and ≤ 3 GB", 30.0, 3072.0),
            "gexf": ("GEXF export ≤ 60 s, streamed, ≤ 1 GB", 60.0, 1024.0),
        }
        for name, (what, seconds, megabytes) in goals.items():
            row = by_name.get(name)
            if row is not None and self.claims >= 1_000_000:
                s, mb = row["median_s"], row["peak_rss_mb"]
                ok = None if s is None or mb is None else s <= seconds and mb <= megabytes
                self.target(what, f"{_fmt(s, 1, ' s')}, {_fmt(mb, 0, ' MB')}", ok)
        view = by_name.get("viz-first-view")
        if view is not None and self.claims == 100_000:
            s = view["median_s"]
            self.target("/viz first view ≤ 3 s", _fmt(s, 2, " s"), None if s is None else s <= 3)
        lines = [f"### d, e. Analysis, export and the viewer — {self.label} (`bench/analysis_scale.py`)", ""]
        lines += _table(("task", "median time", "peak RSS", "notes"), rows)
        return [*lines, ""]

    def cold_start(self) -> list[str]:
        found = self.size.get("cold_start")
        if not found:
            return []
        seconds = _median(found["seconds"])
        self.target("cold start ≤ 2 s", _fmt(seconds, 2, " s"), seconds is not None and seconds <= 2)
        runs = ", ".join(f"{s:.2f}" for s in found["seconds"])
        return [
            f"### f. Cold start — {self.label}",
            "",
            f"`{_port(found['command'])}` on the store above, from spawning the process to the first "
            f"200 on `/health`: median **{_fmt(seconds, 2, ' s')}** (runs: {runs} s).",
            "",
        ]

    def world(self) -> list[str]:
        manifest = self.size["manifest"]
        return [
            f"- **{self.label}**: {manifest['actors']:,} actors, {manifest['sources']:,} source documents, "
            f"{manifest['quads']:,} quads; `python -m bench.generate --claims {self.claims} --out "
            f"bench/data/{self.claims}` (seed {manifest['seed']}; claims.csv sha256 "
            f"`{manifest['sha256']['claims.csv'][:16]}…`).",
        ]

    def soak(self) -> list[str]:
        found = (self.size.get("http") or {}).get("soak")
        lines = [f"### g. Load test — {self.label}", ""]
        if not found:
            return [*lines, "Not measured in this run.", ""]
        load = found["load"]
        verdict = "passed" if found["passed"] else "FAILED"
        self.target(
            "load test: zero errors, flat memory",
            f"{load['errors']} errors in {load['requests']:,} requests; memory {found['rss_start_mb']:.0f} → "
            f"{found['rss_end_mb']:.0f} MB",
            bool(found["passed"]),
        )
        return [
            *lines,
            f"{found['seconds']:.0f} s of mixed traffic (actor relations, SPARQL, search, named queries, sources) at "
            f"concurrency {found['concurrency']} against `entente serve`, after a 60 s warm-up of the same traffic; the resident memory "
            "of the server and its query workers sampled every second. One run.",
            "",
            *_table(
                ("requests", "req/s", "errors", "p50", "p99", "memory after warm-up", "at the end", "peak", "verdict"),
                [
                    (
                        f"{load['requests']:,}",
                        _fmt(found["rate"], 0),
                        _errors(load),
                        _fmt(load["p50_ms"], 1, " ms"),
                        _fmt(load["p99_ms"], 1, " ms"),
                        _fmt(found["rss_start_mb"], 0, " MB"),
                        _fmt(found["rss_end_mb"], 0, " MB"),
                        _fmt(found["rss_max_mb"], 0, " MB"),
                        verdict,
                    )
                ],
            ),
            "",
            "Reproduce: `make bench` (part of section c's run; `python -m bench.run --soak-seconds 60`).",
            "",
        ]

    @staticmethod
    def _commands(runs: Sequence[dict[str, Any]]) -> list[str]:
        lines = ["Reproduce one run:", "", "```sh"] + [r["command"] for r in runs] + ["```", ""]
        return lines


def write_report(results: dict[str, Any], out: Path, argv: Sequence[str]) -> None:
    plan, machine = results["plan"], results["machine"]
    reports = [SizeReport(size, plan) for size in results["sizes"]]
    sections = [
        s for r in reports for s in (*r.load(), *r.lookup(), *r.http(), *r.analysis(), *r.cold_start(), *r.soak())
    ]
    sizes = ", ".join(r.label for r in reports)
    command = " ".join([".venv/bin/python -m bench.run", *argv])
    versions = ", ".join(f"{k} {v}" for k, v in machine["versions"].items())
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (`{command}`) on {machine['date']}, "
        f"at commit {machine['commit']}; it took {results.get('elapsed_s', 0) / 60:.0f} min. Sizes measured: {sizes}. "
        "1M claims is opt-in: `make bench SIZES=100000,1000000`"
        + ("." if any(r.claims >= 1_000_000 for r in reports) else "; it was not run for this report."),
        "",
        "Every figure is a median of several runs (the count is given) unless it says otherwise; every comparison is "
        "a ratio of runs taken side by side, interleaved, in this one session. The machines are shared and noisy: "
        "compare ratios, not absolute figures across reports.",
        "",
        "## Machine",
        "",
        f"- {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory']} of memory, Linux {machine['kernel']}; "
        f"load average when the run began: {machine['load_average']}.",
        f"- Python {machine['python']}; {versions}; {machine['wrk']}.",
        "",
        "## The synthetic world",
        "",
        "Deterministic (`bench/generate.py`): N claims over about N/100 actors — the catalogue's states plus generated "
        "blocs and people (an extra catalogue file loaded first) — mentioned with a heavy-tailed frequency; the "
        "relation mix of event data (cooperation 28%, criticism 18%, praise 12%, support 11% … sanctions 3%, "
        "attacks 3%); valid dates over 2005–2024; a quarter of the events reported by 2–4 sources; 1–12 claims per "
        "source document; quotes of one to three sentences (~230 characters). Columns: "
        f"`{','.join(HEADER)}`.",
        "",
        *(line for r in reports for line in r.world()),
        "",
        "## Targets",
        "",
    ]
    body = ["## Measurements", "", *sections, *reliability.section(results.get("reliability"))]
    verdicts = [*(v for r in reports for v in r.verdicts), *reliability.targets(results.get("reliability"))]
    lines += _table(("target", "size", "measured", "verdict"), verdicts)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines + body).rstrip() + "\n", encoding="utf-8")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "results" / "results.json"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "BENCHMARKS.md"
    results = json.loads(source.read_text(encoding="utf-8"))
    write_report(results, out, results["plan"].get("argv", []))


def _cpu_bound(ent_cpu: float | None, bulk_cpu: float | None, bulk_s: float | None, cores: int) -> list[str]:
    """What the CPU time says about the load's ratio: on ``cores`` cores no load finishes in less
    than its CPU time over the cores, so the best ratio to ``bulk_load`` is that bound's."""
    if not (ent_cpu and bulk_cpu and bulk_s):
        return []
    floor = ent_cpu / cores
    return [
        f"- CPU time (user and system, every thread of the process): entente's load {ent_cpu:.1f} s, "
        f"`bulk_load` {bulk_cpu:.1f} s ({ent_cpu / bulk_cpu:.1f}x). On {cores} cores entente's load cannot "
        f"finish in less than {floor:.1f} s, so with this much work its ratio to `bulk_load` is at most "
        f"{min(bulk_s / floor, 99):.2f}x however well it overlaps.",
    ]


def _index_share(load_s: list[float | None], stage_s: list[float | None], join_s: list[float | None]) -> list[str]:
    """The load's profile by its parts: the claims index's share (staging the quads as the bulk
    loader takes them, joining them at the end; both on the loading thread) and the rest."""
    parts = [
        (load, stage, join)
        for load, stage, join in zip(load_s, stage_s, join_s, strict=False)
        if load is not None and stage is not None and join is not None and stage + join > 0
    ]
    if not parts:
        return []
    load, stage, join = (statistics.median(p[i] for p in parts) for i in range(3))
    return [
        f"- Where entente's load goes (medians over {len(parts)} run(s)): the claims index {stage + join:.1f} s "
        f"({(stage + join) / load:.0%}; staging the quads as they pass {stage:.1f} s, joining them into the "
        f"index when the write ends {join:.1f} s); the rest {load - stage - join:.1f} s: the CSV read, checked "
        "and turned into quads in Python, and the store's bulk load.",
    ]


def _bound_verdict(lower_bound: float, target: float) -> bool | None:
    """A ratio known only from below (the slower side cut off at a cap): met when even the bound
    reaches ``target``, otherwise not measured — the cut-off run says nothing of a miss."""
    return True if lower_bound >= target else None


if __name__ == "__main__":
    main()

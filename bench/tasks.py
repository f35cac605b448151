"""The measurements, one a process: ``python -m bench.tasks TASK ARGS`` prints one JSON line.

load-entente   claims CSV to an on-disk store through graph.intake.load.load_files, then optimize()
bulk-load      pyoxigraph's own Store(dir).bulk_load of the same N-Quads (the limit)
rdflib-parse   rdflib.Dataset().parse(format="nquads") of the same N-Quads
index-build    the claims index (graph.index) built whole from the store, as after a bulk load
lookup         an actor's relations with as_of, in-process: the named query, the REST grouping
               through the SPARQL path, and the same through the claims index (the hot path)
http-targets   the URLs the HTTP load uses: REST paths and the same lookup as SPARQL
analysis       projection of the whole graph and its blocs
export         GEXF of the whole graph
baseline       open the store and nothing else (the memory every task starts from)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.measure import high_water_kb, percentile

TASKS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {}


def task(name: str) -> Callable[[Callable[[argparse.Namespace], dict[str, Any]]], Callable[..., dict[str, Any]]]:
    def register(function: Callable[[argparse.Namespace], dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        TASKS[name] = function
        return function

    return register


@task("load-entente")
def load_entente(args: argparse.Namespace) -> dict[str, Any]:
    from graph.intake.load import init_store, load_files
    from graph.store.embedded import EmbeddedStore

    shutil.rmtree(args.store, ignore_errors=True)
    started = time.perf_counter()
    store = EmbeddedStore(args.store)
    spent = {"index_stage_s": 0.0, "index_join_s": 0.0}
    if args.index:  # the claims index follows every write, the bulk load included (as in a server)
        from graph.index import claims_index

        followed = claims_index(store)
        if followed is not None:
            _time_following(followed, spent)
    init_store(store, seed=False)
    load_files(store, [args.world / "actors.ttl"])
    spent.update(dict.fromkeys(spent, 0.0))  # the claims' load alone
    prepared, cpu_prepared = time.perf_counter(), time.process_time()
    report = load_files(store, [args.world / "claims.csv"])
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    store.optimize()
    optimized, cpu_optimized = time.perf_counter(), time.process_time()
    quads = len(store)
    indexed = False
    if args.index:
        from graph.index import claims_index

        index = claims_index(store)
        indexed = index is not None and index.revision == store.revision
    store.close()
    closed = time.perf_counter()
    return {
        "indexed": indexed,
        "init_s": prepared - started,
        "load_s": loaded - prepared,
        "load_cpu_s": cpu_loaded - cpu_prepared,  # every thread's user and system time (the bulk loader's too)
        "optimize_s": optimized - loaded,
        "optimize_cpu_s": cpu_optimized - cpu_loaded,
        **spent,  # the index's share of load_s: staging the quads as they pass, joining them at the end
        "close_s": closed - optimized,
        "claims": report.claims,
        "store_quads": quads,
        "disk_mb": _disk_mb(args.store),
    }


def _time_following(index: Any, spent: dict[str, float]) -> None:
    """Add the wall time of ``index``'s observer calls to ``spent``: what it takes to stage a write's
    quads as they pass (``seen``) and to join them into the index when the write ends (``finished``)."""
    for name, key in (("seen", "index_stage_s"), ("finished", "index_join_s")):
        method = getattr(index, name)

        def timed(*args: Any, _method: Callable[..., Any] = method, _key: str = key) -> Any:
            started = time.perf_counter()
            try:
                return _method(*args)
            finally:
                spent[_key] += time.perf_counter() - started

        setattr(index, name, timed)  # the store looks its observers' methods up at each call


@task("bulk-load")
def bulk_load(args: argparse.Namespace) -> dict[str, Any]:
    from pyoxigraph import RdfFormat, Store

    shutil.rmtree(args.store, ignore_errors=True)
    started, cpu_started = time.perf_counter(), time.process_time()
    store = Store(str(args.store))
    store.bulk_load(path=str(args.nq), format=RdfFormat.N_QUADS)
    store.flush()
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    return {
        "load_s": loaded - started,
        "load_cpu_s": cpu_loaded - cpu_started,
        "store_quads": len(store),
        "disk_mb": _disk_mb(args.store),
    }


@task("rdflib-parse")
def rdflib_parse(args: argparse.Namespace) -> dict[str, Any]:
    from rdflib import Dataset

    started = time.perf_counter()
    dataset = Dataset()
    dataset.parse(str(args.nq), format="nquads")
    return {"load_s": time.perf_counter() - started}


def _actors(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@task("index-build")
def index_build(args: argparse.Namespace) -> dict[str, Any]:
    from graph.index import claims_index
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    index = claims_index(store)
    assert index is not None
    started = time.perf_counter()
    index.rebuild()
    built = time.perf_counter() - started
    ready = index.ready()
    store.close()
    size = (args.store / "entente-claims.sqlite3").stat().st_size
    return {"build_s": built, "ready": ready, "index_mb": size / 2**20}


@task("lookup")
def lookup(args: argparse.Namespace) -> dict[str, Any]:
    from graph.index import claims_index
    from graph.reads.relations import actor_relations
    from graph.sparql.named import run_named_query
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    index = claims_index(store)
    indexed = index is not None and index.ready()  # built by index-build; never rebuilt here
    actors = _actors(args.actors)
    params = {"as_of": args.as_of}
    rest_params = {**params, "status": "asserted", "direction": "both"}
    for actor in actors[:10]:  # warm the catalogue, the query parser and the block cache a little
        run_named_query(store, "actor_relations", {**params, "actor": actor})
    passes: dict[str, list[dict[str, float]]] = {"named": [], "rest": [], "hot": []}
    rows: list[int] = []
    relations: list[int] = []
    claims_max = 0
    for number in range(args.passes):
        named, rest, hot = [], [], []
        for actor in actors:
            started = time.perf_counter()
            result = run_named_query(store, "actor_relations", {**params, "actor": actor})
            named.append(time.perf_counter() - started)
            started = time.perf_counter()
            found = actor_relations(store, actor, rest_params, limit=100, offset=0, indexed=False)
            rest.append(time.perf_counter() - started)
            started = time.perf_counter()
            fast = actor_relations(store, actor, rest_params, limit=100, offset=0)
            hot.append(time.perf_counter() - started)
            if number == 0:
                rows.append(len(result))
                relations.append(found.relations.total)
                claims_max = max(claims_max, sum(len(r.claims) for r in fast.relations.data))
        passes["named"].append(_summary(named))
        passes["rest"].append(_summary(rest))
        passes["hot"].append(_summary(hot))
    heaviest = _heaviest(store, _actors(args.all_actors)[:20], rest_params) if indexed and args.all_actors else {}
    store.close()
    return {
        "indexed": indexed,
        "heaviest": heaviest,
        "first_page_claims_max": claims_max,
        "actors": len(actors),
        "passes": passes,
        "rows_p50": percentile(rows, 50),
        "rows_p99": percentile(rows, 99),
        "rows_max": max(rows),
        "relations_p50": percentile(relations, 50),
        "relations_max": max(relations),
    }


def _heaviest(store: Any, heavy: list[str], params: dict[str, str]) -> dict[str, Any]:
    """The hot path on the actors with the most claims (``actors.txt`` lists the most mentioned
    first), 5 times each: the target is for every actor, the heaviest included."""
    from graph.reads.relations import actor_relations

    seconds = []
    for _ in range(5):
        for actor in heavy:
            started = time.perf_counter()
            actor_relations(store, actor, params, limit=100, offset=0)
            seconds.append(time.perf_counter() - started)
    return {"actors": heavy, **_summary(seconds)}


def _summary(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {"p50_ms": percentile(ms, 50), "p99_ms": percentile(ms, 99), "max_ms": max(ms), "mean_ms": sum(ms) / len(ms)}


@task("http-targets")
def http_targets(args: argparse.Namespace) -> dict[str, Any]:
    """Write ``rest.txt`` (paths) and ``sparql.txt`` (the same lookups as bound SPARQL) to ``--out``."""
    from graph.clocks import expand
    from graph.sparql.named import bind_parameters, named_query
    from graph.store.binding import bind_values
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    query = named_query("actor_relations")
    rest, sparql = [], []
    for actor in _actors(args.actors):
        rest.append(f"/actors/{urllib.parse.quote(actor)}/relations?as_of={args.as_of}")
        bindings = bind_parameters(store, query, {"actor": actor, "as_of": args.as_of})
        sparql.append(bind_values(expand(query.text), bindings))  # standard SPARQL: any server runs it
    store.close()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "rest.txt").write_text("\n".join(rest) + "\n", encoding="utf-8")
    (args.out / "sparql.json").write_text(json.dumps(sparql), encoding="utf-8")
    return {"targets": len(rest)}


@task("analysis")
def analysis(args: argparse.Namespace) -> dict[str, Any]:
    from graph.analysis.measures import blocs
    from graph.analysis.projection import project
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    started = time.perf_counter()
    graph = project(store)
    projected = time.perf_counter()
    found = blocs(graph)
    done = time.perf_counter()
    store.close()
    return {
        "project_s": projected - started,
        "blocs_s": done - projected,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "blocs": len(found),
    }


@task("export")
def export(args: argparse.Namespace) -> dict[str, Any]:
    from graph.export import ExportFormat, export
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    started = time.perf_counter()
    data = export(store, ExportFormat.gexf)
    done = time.perf_counter()
    store.close()
    return {"export_s": done - started, "bytes": len(data)}


@task("baseline")
def baseline(args: argparse.Namespace) -> dict[str, Any]:
    import graph.analysis.measures
    import graph.export  # noqa: F401
    from graph.store.embedded import EmbeddedStore

    store = EmbeddedStore(args.store)
    quads = len(store)
    store.close()
    return {"store_quads": quads}


def _disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--world", type=Path, help="a directory bench.generate wrote")
    parser.add_argument("--store", type=Path)
    parser.add_argument("--nq", type=Path)
    parser.add_argument("--actors", type=Path, help="a file of actor ids, one a line")
    parser.add_argument("--index", action="store_true", help="load-entente: the claims index follows the load")
    parser.add_argument("--all-actors", type=Path, help="every actor of the world, the most mentioned first")
    parser.add_argument("--as-of", default="2015-06-30")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    answer = TASKS[args.task](args)
    print(json.dumps({**answer, "vm_hwm_kb": high_water_kb(os.getpid())}))


if __name__ == "__main__":
    main()

"""The ``entente`` command."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from graph.errors import EntenteError, InputError, NotFoundError
from graph.intake import init_store, load_files, validate_files
from graph.reads import as_csv, as_json, as_table, is_initialised, store_stats, table
from graph.settings import Settings
from graph.sparql import named_query, run_named_query
from graph.store import GraphStore, is_remote

app = typer.Typer(
    name="entente",
    help="A knowledge graph of geopolitical actors and their alignments, with the evidence for each.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="store directory, or :memory: [default: $ENTENTE_STORE or ./.entente/store]"),
]


PROGRESS_BYTES = 5_000_000  # files at least this large get a progress bar


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class DumpFormat(StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"


def store_location(store: str | None) -> str:
    return store or Settings().store


def open_store(location: str) -> GraphStore:
    from graph.store import open_store as open_location

    return open_location(location, Settings())


@contextmanager
def opened(store: str | None, *, create: bool = False) -> Iterator[GraphStore]:
    """Open the store, turn entente's errors into a message and exit status 1, close it."""
    graph: GraphStore | None = None
    location = store_location(store)
    try:
        if not create and location != ":memory:" and not is_remote(location) and not Path(location).exists():
            raise NotFoundError("store", location, ["run `entente init` first"])
        graph = open_store(location)
        yield graph
    except EntenteError as error:
        fail(error)
    finally:
        if graph is not None:
            graph.close()


@contextmanager
def catalogue_store(store: str | None) -> Iterator[GraphStore]:
    """The store whose catalogue names the actors: the given one if it exists, else an in-memory
    store with the packaged catalogue (so checking a file needs no store and writes nothing)."""
    location = store_location(store)
    if location != ":memory:" and (is_remote(location) or Path(location).exists()):
        with opened(location) as graph:
            yield graph
        return
    with opened(":memory:") as graph:
        init_store(graph, seed=False)
        yield graph


def fail(error: EntenteError) -> None:
    lines = [str(p) for p in error.problems] if isinstance(error, InputError) else [str(error)]
    for line in lines:
        typer.echo(f"error: {line}", err=True)
    raise typer.Exit(1)


@app.command()
def init(
    store: StoreOption = None,
    seed: Annotated[bool, typer.Option(help="load the seed evidence too")] = True,
) -> None:
    """Create the store and load the ontology, the actor catalogue and the seed evidence."""
    with opened(store, create=True) as graph:
        if is_initialised(graph):
            typer.echo(f"{graph.location} is already initialised; nothing to do")
            return
        report = init_store(graph, seed=seed)
        typer.echo(f"initialised {graph.location}: {report.quads} quads, {report.claims} seed claims")


@app.command()
def load(
    files: Annotated[
        list[Path], typer.Argument(help="RDF (.ttl .trig .nt .nq .jsonld .rdf) or claims (.csv .json) files")
    ],
    store: StoreOption = None,
) -> None:
    """Load files into the store: all of them, or (on any error) none."""
    with opened(store) as graph:
        total = sum(p.stat().st_size for p in files if p.is_file())
        if total < PROGRESS_BYTES:
            report = load_files(graph, files)
        else:
            with typer.progressbar(length=total, label="reading", file=sys.stderr) as bar:
                report = load_files(graph, files, progress=lambda _name, size: bar.update(size))
        typer.echo(f"loaded {report.files} file(s): {report.claims} claims, {report.quads} quads")


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="files to check; nothing is written")],
    store: StoreOption = None,
) -> None:
    """Check files (syntax, the claims format, SHACL shapes) without writing; exit 1 on any problem."""
    with catalogue_store(store) as graph:
        problems = validate_files(graph, files)
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{len(files)} file(s) valid")


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="a named query (omit to list them)")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value, repeatable")] = None,
    sparql: Annotated[str | None, typer.Option(help="run this SPARQL SELECT instead of a named query")] = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    store: StoreOption = None,
) -> None:
    """Run a named query with parameters, or a SPARQL SELECT; list the named queries without a name."""
    import queries

    if name is None and sparql is None:
        rows = [[q.name, q.title, ", ".join(p.name for p in q.parameters)] for q in queries.registry().values()]
        typer.echo(table(["name", "title", "parameters"], rows))
        return
    params = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep:
            fail(InputError(f"--param {item!r}: expected key=value"))
        params[key.strip()] = value
    with opened(store) as graph:
        if sparql is not None:
            result = graph.select(sparql)
        else:
            assert name is not None
            named_query(name)
            result = run_named_query(graph, name, params)
    render = {OutputFormat.table: as_table, OutputFormat.json: as_json, OutputFormat.csv: as_csv}[output]
    typer.echo(render(result))


@app.command()
def stats(store: StoreOption = None) -> None:
    """Count what the store holds."""
    with opened(store) as graph:
        counts = store_stats(graph)
        typer.echo(f"store: {graph.location}")
    typer.echo(table(["what", "count"], [[k, str(v)] for k, v in counts.items()]))


@app.command()
def dump(
    output_format: Annotated[DumpFormat, typer.Option("--format", "-f")] = DumpFormat.nquads,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file to write [default: stdout]")] = None,
    store: StoreOption = None,
) -> None:
    """Write the whole store as RDF (triple formats get the union of all graphs)."""
    from pyoxigraph import RdfFormat

    formats = {
        DumpFormat.nquads: RdfFormat.N_QUADS,
        DumpFormat.trig: RdfFormat.TRIG,
        DumpFormat.turtle: RdfFormat.TURTLE,
        DumpFormat.ntriples: RdfFormat.N_TRIPLES,
        DumpFormat.jsonld: RdfFormat.JSON_LD,
    }
    with opened(store) as graph:
        data = graph.dump(formats[output_format])
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        typer.echo(f"wrote {len(data)} bytes to {output}", err=True)


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str | None, typer.Option(help="address to listen on [default: 127.0.0.1]")] = None,
    port: Annotated[int | None, typer.Option(help="port [default: 8000]")] = None,
) -> None:
    """Serve the REST API, the SPARQL endpoint and the viewer over HTTP."""
    import uvicorn

    settings = Settings()
    location = store_location(store)
    if location != ":memory:" and not Path(location).exists():
        fail(NotFoundError("store", location, ["run `entente init` first"]))
    # The app is built by reference in the server process; it reads its settings from here.
    os.environ["ENTENTE_STORE"] = location
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port if port is not None else settings.port,
        log_level="info",
    )


def main() -> None:
    app()


def _register() -> None:
    from graph.cli.analysis import analyse, export
    from graph.cli.extract import extract
    from graph.cli.review import review

    app.command()(export)
    app.add_typer(analyse, name="analyse")
    app.command()(extract)
    app.command()(review)


_register()

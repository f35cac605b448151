"""``entente init``, ``load``, ``validate``, ``stats`` and ``dump``: the store and what goes in."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pyoxigraph import RdfFormat

from graph.cli.app import app
from graph.cli.common import (
    Columns,
    FormatOption,
    Output,
    OutputFile,
    Recorder,
    StoreOption,
    catalogue_store,
    opened,
    settings,
)
from graph.cli.output import progress, show, write_data
from graph.index import claims_index
from graph.intake import init_store, load_files, validate_files
from graph.reads import is_initialised, store_stats

__all__ = ["dump", "init", "load", "stats", "validate"]

PROGRESS_BYTES = 5_000_000  # files at least this large together get a progress bar


class DumpFormat(StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"


RDF_FORMATS = {
    DumpFormat.nquads: RdfFormat.N_QUADS,
    DumpFormat.trig: RdfFormat.TRIG,
    DumpFormat.turtle: RdfFormat.TURTLE,
    DumpFormat.ntriples: RdfFormat.N_TRIPLES,
    DumpFormat.jsonld: RdfFormat.JSON_LD,
}


@app.command()
def init(
    store: StoreOption = None,
    seed: Annotated[bool, typer.Option(help="load the seed evidence too")] = True,
    reference: Annotated[
        bool | None,
        typer.Option(
            help="load the reference memberships and leaders", show_default="$ENTENTE_REFERENCE, else reference"
        ),
    ] = None,
) -> None:
    """Create the store and load the ontology, the actor catalogue, the seed evidence and the
    reference evidence (memberships and leaders over time)."""
    with opened(store, create=True) as graph:
        if is_initialised(graph):
            typer.echo(f"{graph.location} is already initialised; nothing to do")
            return
        with_reference = settings().reference if reference is None else reference
        claims_index(graph)  # open on the new store, it follows its first writes
        report = init_store(graph, seed=seed, reference=with_reference)
        typer.echo(f"initialised {graph.location}: {report.quads} quads, {report.claims} claims")


@app.command()
def load(
    files: Annotated[
        list[Path], typer.Argument(help="RDF (.ttl .trig .nt .nq .jsonld .rdf), claims or actors (.csv .json) files")
    ],
    recorder: Recorder = None,
    store: StoreOption = None,
) -> None:
    """Load files into the store: all of them, or (on any error) none. Actors files are read
    first, so claims may name the actors they add. The load is recorded (who: --as, else your
    user; when); a claim already stored under another status gets the file's, as a recorded change."""
    with opened(store) as graph:
        claims_index(graph)  # open, it follows the load (else the server's first lookup would rebuild it)
        total = sum(p.stat().st_size for p in files if p.is_file())
        if total < PROGRESS_BYTES:
            report = load_files(graph, files, by=recorder)
        else:
            with progress("reading", total) as advance:
                report = load_files(graph, files, progress=advance, by=recorder)
        typer.echo(
            f"loaded {report.files} file(s): {report.actors} actors, {report.claims} claims, {report.quads} quads"
        )


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="files to check; nothing is written")],
    store: StoreOption = None,
) -> None:
    """Check files (syntax, the claims format, SHACL shapes) without writing; exit 1 on any problem.

    Actors are named by the store's catalogue, or the packaged one where there is no store."""
    with catalogue_store(store) as graph:
        problems = validate_files(graph, files)
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{len(files)} file(s) valid")


@app.command()
def stats(store: StoreOption = None, output: FormatOption = Output.table, columns: Columns = None) -> None:
    """Count what the store holds."""
    with opened(store) as graph:
        counts = store_stats(graph)
        location = graph.location
    if output is Output.table:
        typer.echo(f"store: {location}")
    show(output, counts, ["what", "count"], [[k, str(v)] for k, v in counts.items()], columns)


@app.command()
def dump(
    output_format: Annotated[DumpFormat, typer.Option("--format", "-f")] = DumpFormat.nquads,
    output: OutputFile = None,
    store: StoreOption = None,
) -> None:
    """Write the whole store as RDF (triple formats get the union of all graphs)."""
    with opened(store) as graph:
        data = graph.dump(RDF_FORMATS[output_format])
    write_data(data, output)

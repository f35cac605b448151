"""``entente export`` and the ``entente analyse`` group: blocs, alignment, paths, balance,
centrality, changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated, Any

import typer

from graph import analysis
from graph.analysis import Filters
from graph.cli.app import app
from graph.cli.common import (
    DATE_FORMATS,
    AsOf,
    Columns,
    FormatOption,
    KnownAt,
    MinConfidence,
    Output,
    OutputFile,
    Relations,
    Status,
    StoreOption,
    day,
    opened,
)
from graph.cli.output import show, show_table, write_data
from graph.export import ExportFormat
from graph.export import export as export_graph
from graph.model import catalogue
from graph.store import GraphStore

__all__ = ["alignment", "analyse", "balance", "blocs", "centrality", "changes", "export", "paths"]

analyse = typer.Typer(
    name="analyse",
    help="Network analysis of the alignments: blocs, alignment, paths, balance, centrality, changes.",
    no_args_is_help=True,
)
app.add_typer(analyse, name="analyse")

DateArgument = Annotated[datetime, typer.Argument(formats=DATE_FORMATS, help="a date, YYYY-MM-DD")]


@contextmanager
def _session(
    store: str | None,
    as_of: datetime | None = None,
    known_at: datetime | None = None,
    relations: list[str] | None = None,
    min_confidence: float | None = None,
    status: str = "asserted",
) -> Iterator[tuple[GraphStore, Filters]]:
    with opened(store) as graph:
        filters = analysis.resolve_filters(
            catalogue(graph),
            as_of=day(as_of),
            known_at=day(known_at),
            relations=relations or (),
            min_confidence=min_confidence,
            status=status,
        )
        yield graph, filters


@app.command()
def export(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="the export format")],
    output: OutputFile = None,
    as_of: AsOf = None,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    store: StoreOption = None,
) -> None:
    """Export the graph for Gephi, Cytoscape, D3, Graphviz or a spreadsheet, or the RDF itself."""
    with _session(store, as_of, known_at, relation, min_confidence, status) as (graph, filters):
        data = export_graph(graph, output_format, filters)
    write_data(data, output)


@analyse.command()
def blocs(
    as_of: AsOf = None,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """Communities of cooperative ties."""
    with _session(store, as_of, known_at, relation, min_confidence, status) as (graph, filters):
        found = analysis.blocs(analysis.project(graph, filters))
    rows = [[str(i), ", ".join(b.labels), f"{b.weight:g}"] for i, b in enumerate(found, 1)]
    _show(output_format, found, ["bloc", "members", "weight"], rows, columns)


@analyse.command()
def alignment(
    a: Annotated[str, typer.Argument(help="an actor: id, label, alias or code")],
    b: Annotated[str, typer.Argument(help="another actor")],
    start: Annotated[
        datetime | None, typer.Option("--from", formats=DATE_FORMATS, help="give a series from this date")
    ] = None,
    end: Annotated[
        datetime | None, typer.Option("--to", formats=DATE_FORMATS, help="the series' end", show_default="today")
    ] = None,
    window: Annotated[int, typer.Option(min=1, help="the series' window in days")] = 365,
    as_of: AsOf = None,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """How aligned two actors are, from -1 (hostile) to +1 (friendly); a series with --from."""
    with _session(store, as_of, known_at, relation, min_confidence, status) as (graph, filters):
        x, y = _actors(graph, a, b)
        if start is None:
            score = analysis.alignment(analysis.project(graph, filters), x, y)
            result: Any = {"a": x, "b": y, "as_of": day(as_of), "score": score}
            rows = [[x, y, f"{score:+.3f}"]]
            header = ["a", "b", "alignment"]
        else:
            whole = analysis.project(graph, filters)
            result = analysis.alignment_series(whole, x, y, start.date(), day(end) or date.today(), window)
            rows = [[w.start.isoformat(), w.end.isoformat(), f"{w.score:+.3f}"] for w in result]
            header = ["from", "to", "alignment"]
    _show(output_format, result, header, rows, columns)


@analyse.command()
def paths(
    a: Annotated[str, typer.Argument(help="where the paths start")],
    b: Annotated[str, typer.Argument(help="where they end")],
    limit: Annotated[int, typer.Option(min=1, help="at most this many paths")] = 5,
    as_of: AsOf = None,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """The shortest chains of ties between two actors, with the claims along them."""
    with _session(store, as_of, known_at, relation, min_confidence, status) as (graph, filters):
        x, y = _actors(graph, a, b)
        found = analysis.paths(analysis.project(graph, filters), x, y, limit=limit)
    rows = []
    for number, path in enumerate(found, 1):
        for hop in path.hops:
            ties = "; ".join(f"{t.subject} {t.relation} {t.object} ({t.weight:+g})" for t in hop.ties)
            rows.append([str(number), f"{'+' if path.sign > 0 else '-'}", f"{hop.source} - {hop.target}", ties])
    _show(output_format, found, ["path", "sign", "hop", "ties"], rows, columns)


@analyse.command()
def balance(
    as_of: AsOf = None,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """Structural balance: triads that break "the enemy of my enemy is my friend"."""
    with _session(store, as_of, known_at, relation, min_confidence, status) as (graph, filters):
        result = analysis.balance(analysis.project(graph, filters))
    rows = [[", ".join(t.nodes), " ".join("+" if s > 0 else "-" for s in t.signs)] for t in result.unbalanced]
    if output_format is not Output.table:
        _show(output_format, result, ["unbalanced triad", "signs"], rows, columns)
        return
    typer.echo(f"{result.triads} signed triads, {result.balanced} balanced ({result.ratio:.0%})")
    if rows:
        show_table(["unbalanced triad", "signs"], rows, columns)


@analyse.command()
def centrality(
    as_of: AsOf = None,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """The actors with the most ties and the most brokerage."""
    with _session(store, as_of, known_at, relation, min_confidence, status) as (graph, filters):
        found = analysis.centrality(analysis.project(graph, filters))
    rows = [[c.label, str(c.degree), f"{c.betweenness:.3f}", f"{c.positive:g}", f"{c.negative:g}"] for c in found]
    _show(output_format, found, ["actor", "degree", "betweenness", "cooperative", "hostile"], rows, columns)


@analyse.command()
def changes(
    before: DateArgument,
    after: DateArgument,
    known_at: KnownAt = None,
    relation: Relations = None,
    min_confidence: MinConfidence = None,
    status: Status = "asserted",
    output_format: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """Ties gained, lost and flipped in sign between two dates."""
    with _session(store, None, known_at, relation, min_confidence, status) as (graph, filters):
        result = analysis.changes(analysis.project(graph, filters), before.date(), after.date())
    rows = [["gained", f"{t.subject} {t.relation} {t.object}", f"{t.weight:+g}"] for t in result.gained]
    rows += [["lost", f"{t.subject} {t.relation} {t.object}", f"{t.weight:+g}"] for t in result.lost]
    rows += [["flipped", f"{f.a} - {f.b}", f"{f.before:+g} -> {f.after:+g}"] for f in result.flipped]
    _show(output_format, result, ["change", "tie", "weight"], rows, columns)


def _actors(graph: GraphStore, *names: str) -> list[str]:
    known = catalogue(graph)
    return [known.resolve_actor(name).id for name in names]


def _show(output_format: Output, result: Any, header: list[str], rows: list[list[str]], columns: str | None) -> None:
    show(output_format, analysis.jsonable(result), header, rows, columns)

"""``entente export`` and the ``entente analyse`` group: blocs, alignment, paths, balance,
centrality, changes."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass
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
    Option,
    Output,
    OutputFile,
    Relations,
    Status,
    StoreOption,
    day,
    fail,
    opened,
    with_options,
)
from graph.cli.output import show, show_table
from graph.export import ExportFormat, export_to
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


@dataclass(frozen=True)
class Report:
    """How a command shows its result: ``--format`` and ``--columns``."""

    format: Output
    columns: str | None

    def show(self, result: Any, header: list[str], rows: list[list[str]]) -> None:
        show(self.format, analysis.jsonable(result), header, rows, self.columns)


def filtered(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the options every projection takes — ``--as-of``, ``--known-at``,
    ``--relation``, ``--min-confidence``, ``--status`` and ``--store`` — declared once here (like
    datasette's common publish options). The command declares ``graph`` and ``filters`` instead,
    and is called with the opened store and the resolved filters; one that declares ``report``
    gets ``--format`` and ``--columns`` too, as a :class:`Report`; one that declares ``pair`` gets
    two actors' names as arguments, resolved to their ids."""
    signature = inspect.signature(command, eval_str=True).parameters
    options = _FILTERS + (_OUTPUT if "report" in signature else []) + (_PAIR if "pair" in signature else [])
    shown = [o for o in options if o[0] not in getattr(command, "_without", ())]

    @with_options(command, ("graph", "filters", "report", "pair"), shown)
    def run(**values: Any) -> None:
        chosen = {name: values.pop(name, None) for name, _, _ in options}
        if "report" in signature:
            values["report"] = Report(chosen["output_format"] or Output.table, chosen["columns"])
        with opened(chosen["store"]) as graph:
            filters = analysis.resolve_filters(
                catalogue(graph),
                as_of=day(chosen["as_of"]),
                known_at=day(chosen["known_at"]),
                relations=chosen["relation"] or (),
                min_confidence=chosen["min_confidence"],
                status=chosen["status"] or "asserted",
            )
            if "pair" in signature:
                known = catalogue(graph)
                values["pair"] = tuple(known.resolve_actor(chosen[name]).id for name in ("a", "b"))
            command(graph=graph, filters=filters, **values)

    return run


def without_as_of(command: Callable[..., None]) -> Callable[..., None]:
    """For a command that sets its own dates (``changes``): no ``--as-of``."""
    command._without = ("as_of",)  # type: ignore[attr-defined]
    return command


_FILTERS: list[Option] = [
    ("as_of", AsOf, None),
    ("known_at", KnownAt, None),
    ("relation", Relations, None),
    ("min_confidence", MinConfidence, None),
    ("status", Status, "asserted"),
    ("store", StoreOption, None),
]
_OUTPUT: list[Option] = [("output_format", FormatOption, Output.table), ("columns", Columns, None)]
_PAIR: list[Option] = [
    ("a", Annotated[str, typer.Argument(help="an actor: id, label, alias or code")], inspect.Parameter.empty),
    ("b", Annotated[str, typer.Argument(help="another actor")], inspect.Parameter.empty),
]
Pair = tuple[str, str]  # two actors' ids


@app.command()
@filtered
def export(
    graph: GraphStore,
    filters: Filters,
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="the export format")],
    output: OutputFile = None,
) -> None:
    """Export the graph for Gephi, Cytoscape, D3, Graphviz or a spreadsheet, or the RDF itself
    (GEXF written edge by edge, never whole in memory; a file appears only when it is complete)."""
    if output is None:
        export_to(graph, output_format, sys.stdout.buffer, filters)
        sys.stdout.flush()
        return
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("wb") as out:
            export_to(graph, output_format, out, filters)
        partial.replace(output)
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror}")
    finally:
        partial.unlink(missing_ok=True)
    typer.echo(f"wrote {output.stat().st_size} bytes to {output}", err=True)


@analyse.command()
@filtered
def blocs(
    graph: GraphStore,
    filters: Filters,
    report: Report,
) -> None:
    """Communities of cooperative ties."""
    found = analysis.blocs(analysis.project(graph, filters))
    rows = [[str(i), ", ".join(b.labels), f"{b.weight:g}"] for i, b in enumerate(found, 1)]
    report.show(found, ["bloc", "members", "weight"], rows)


@analyse.command()
@filtered
def alignment(
    graph: GraphStore,
    filters: Filters,
    report: Report,
    pair: Pair,
    start: Annotated[
        datetime | None, typer.Option("--from", formats=DATE_FORMATS, help="give a series from this date")
    ] = None,
    end: Annotated[
        datetime | None, typer.Option("--to", formats=DATE_FORMATS, help="the series' end", show_default="today")
    ] = None,
    window: Annotated[int, typer.Option(min=1, help="the series' window in days")] = 365,
) -> None:
    """How aligned two actors are, from -1 (hostile) to +1 (friendly); a series with --from."""
    x, y = pair
    if start is None:
        found = analysis.alignment_detail(analysis.project(graph, filters), x, y)
        result: Any = {"a": x, "b": y, "as_of": filters.as_of, **vars(found)}
        rows = [[x, y, _score(found.score), str(found.claims), str(found.sources)]]
        header = ["a", "b", "alignment", "claims", "sources"]
    else:
        whole = analysis.project(graph, filters)
        result = analysis.alignment_series(whole, x, y, start.date(), day(end) or date.today(), window)
        rows = [
            [w.start.isoformat(), w.end.isoformat(), _score(w.score), str(w.claims), str(w.sources)] for w in result
        ]
        header = ["from", "to", "alignment", "claims", "sources"]
    report.show(result, header, rows)


@analyse.command()
@filtered
def paths(
    graph: GraphStore,
    filters: Filters,
    report: Report,
    pair: Pair,
    limit: Annotated[int, typer.Option(min=1, help="at most this many paths")] = 5,
) -> None:
    """The shortest chains of ties between two actors, with the claims along them."""
    found = analysis.paths(analysis.project(graph, filters), *pair, limit=limit)
    rows = []
    for number, path in enumerate(found, 1):
        for hop in path.hops:
            ties = "; ".join(f"{t.subject} {t.relation} {t.object} ({t.weight:+g})" for t in hop.ties)
            rows.append([str(number), f"{'+' if path.sign > 0 else '-'}", f"{hop.source} - {hop.target}", ties])
    report.show(found, ["path", "sign", "hop", "ties"], rows)


@analyse.command()
@filtered
def balance(
    graph: GraphStore,
    filters: Filters,
    report: Report,
) -> None:
    """Structural balance: triads that break "the enemy of my enemy is my friend"."""
    result = analysis.balance(analysis.project(graph, filters))
    rows = [[", ".join(t.nodes), " ".join("+" if s > 0 else "-" for s in t.signs)] for t in result.unbalanced]
    if report.format is not Output.table:
        report.show(result, ["unbalanced triad", "signs"], rows)
        return
    typer.echo(f"{result.triads} signed triads, {result.balanced} balanced ({result.ratio:.0%})")
    if rows:
        show_table(["unbalanced triad", "signs"], rows, report.columns)


@analyse.command()
@filtered
def centrality(
    graph: GraphStore,
    filters: Filters,
    report: Report,
) -> None:
    """The actors with the most ties and the most brokerage."""
    found = analysis.centrality(analysis.project(graph, filters))
    rows = [[c.label, str(c.degree), f"{c.betweenness:.3f}", f"{c.positive:g}", f"{c.negative:g}"] for c in found]
    report.show(found, ["actor", "degree", "betweenness", "cooperative", "hostile"], rows)


@analyse.command()
@filtered
@without_as_of
def changes(
    graph: GraphStore,
    filters: Filters,
    report: Report,
    before: DateArgument,
    after: DateArgument,
) -> None:
    """Ties gained, lost and flipped in sign between two dates."""
    result = analysis.changes(analysis.project(graph, filters), before.date(), after.date())
    rows = [["gained", f"{t.subject} {t.relation} {t.object}", f"{t.weight:+g}"] for t in result.gained]
    rows += [["lost", f"{t.subject} {t.relation} {t.object}", f"{t.weight:+g}"] for t in result.lost]
    rows += [["flipped", f"{f.a} - {f.b}", f"{f.before:+g} -> {f.after:+g}"] for f in result.flipped]
    report.show(result, ["change", "tie", "weight"], rows)


def _score(score: float | None) -> str:
    return "no evidence" if score is None else f"{score:+.3f}"

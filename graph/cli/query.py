"""``entente query``: a named query with parameters, or a SPARQL SELECT; the named queries listed."""

from __future__ import annotations

import difflib
from typing import Annotated

import typer

import queries
from graph.cli.app import app
from graph.cli.common import Columns, FormatOption, Output, StoreOption, fail, opened
from graph.cli.output import columns_of, show_table
from graph.errors import InputError, Problem
from graph.model import catalogue, short
from graph.reads import as_csv, as_json, with_labels
from graph.sparql import named_query, run_named_query
from graph.store import SelectResult

__all__ = ["query"]


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="a named query (omit to list them)")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value, repeatable")] = None,
    sparql: Annotated[str | None, typer.Option(help="run this SPARQL SELECT instead of a named query")] = None,
    output: FormatOption = Output.table,
    columns: Columns = None,
    store: StoreOption = None,
) -> None:
    """Run a named query with parameters, or a SPARQL SELECT; list the named queries without a name."""
    if name is None and sparql is None:
        listing = [[q.name, q.title, ", ".join(p.name for p in q.parameters)] for q in queries.registry().values()]
        show_table(["name", "title", "parameters"], listing, columns)
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
            _check_names(named_query(name), params)
            result = run_named_query(graph, name, params)
        result = with_labels(result, catalogue(graph))
    picked = columns_of(result.variables, columns)
    result = SelectResult([result.variables[i] for i in picked], [tuple(row[i] for i in picked) for row in result.rows])
    if output is Output.table:
        show_table(result.variables, [[short(term) for term in row] for row in result.rows])
    else:
        typer.echo(as_json(result) if output is Output.json else as_csv(result))


def _check_names(query: queries.NamedQuery, params: dict[str, str]) -> None:
    """Fail on a --param the named query does not take, naming the closest ones it does."""
    known = sorted(p.name for p in query.parameters)
    takes = f"{query.name} takes {', '.join(known)}" if known else f"{query.name} takes no parameters"
    problems = []
    for key in params:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=3, cutoff=0.6)
            hint = f"did you mean {' or '.join(repr(c) for c in close)}? ({takes})" if close else takes
            problems.append(Problem(f"--param {key}: unknown parameter; {hint}"))
    if problems:
        fail(InputError(problems))

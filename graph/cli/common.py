"""What the commands share: their options (each declared once, here), opening a store, and failing
with one line and exit status 1."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from pydantic import ValidationError

from graph.errors import EntenteError, InputError, NotFoundError, Problem
from graph.intake import init_store
from graph.settings import Settings
from graph.store import GraphStore, ServedStore, is_remote, open_store

__all__ = [
    "DATE_FORMATS",
    "AsOf",
    "Columns",
    "FormatOption",
    "KnownAt",
    "MinConfidence",
    "Option",
    "Output",
    "OutputFile",
    "Recorder",
    "Relations",
    "Status",
    "StoreOption",
    "catalogue_store",
    "day",
    "exists",
    "fail",
    "missing",
    "opened",
    "settings",
    "store_location",
    "with_options",
]

DATE_FORMATS = ["%Y-%m-%d"]


class Output(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="a store directory, a SPARQL endpoint's URL, or :memory:",
        show_default="$ENTENTE_STORE, else ./.entente/store",
    ),
]
Recorder = Annotated[
    str | None,
    typer.Option("--as", help="who records the write (kept with it in the store)", show_default="your user name"),
]
AsOf = Annotated[
    datetime | None, typer.Option("--as-of", formats=DATE_FORMATS, help="only ties valid on this date (valid time)")
]
KnownAt = Annotated[
    datetime | None,
    typer.Option("--known-at", formats=DATE_FORMATS, help="only claims reported on or before this date"),
]
Relations = Annotated[list[str] | None, typer.Option("--relation", "-r", help="only this relation type; repeatable")]
MinConfidence = Annotated[float | None, typer.Option("--min-confidence", min=0, max=1, help="only claims this sure")]
Status = Annotated[str, typer.Option("--status", help="asserted, candidate, retracted or superseded")]
FormatOption = Annotated[Output, typer.Option("--format", "-f", help="a table for people, or json or csv")]
Columns = Annotated[
    str | None,
    typer.Option("--columns", "-c", help="only these columns of the table or CSV, in this order: subject,object"),
]
OutputFile = Annotated[Path | None, typer.Option("-o", "--output", help="file to write", show_default="stdout")]

Option = tuple[str, Any, Any]  # a parameter's name, its type (one of the Annotated above) and its default


def with_options(
    command: Callable[..., Any], given: Collection[str], options: Sequence[Option]
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Make ``run``, a wrapper of ``command``, show typer ``command``'s own parameters but those in
    ``given`` (the wrapper supplies them), then ``options``: the options a group of commands takes,
    declared once by the decorator that groups them."""
    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name not in given]
    shared = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, annotation=a, default=d) for n, a, d in options]
    parameters = own + shared

    def wrap(run: Callable[..., None]) -> Callable[..., None]:
        functools.update_wrapper(run, command)
        run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run

    return wrap


def fail(error: EntenteError | str) -> NoReturn:
    """Print the error (each problem of an input error on its line) to stderr and exit 1."""
    lines = [str(p) for p in error.problems] if isinstance(error, InputError) else [str(error)]
    for line in lines:
        typer.echo(f"error: {line}", err=True)
    raise typer.Exit(1)


def settings(**values: Any) -> Settings:
    """The settings from the environment, with ``values`` over them; a bad variable is one line."""
    try:
        return Settings(**values)
    except ValidationError as error:
        fail(InputError([Problem(f"setting {'.'.join(map(str, e['loc']))}: {e['msg']}") for e in error.errors()]))


def store_location(store: str | None) -> str:
    return store or settings().store


def exists(location: str) -> bool:
    """Whether there is a store at ``location`` to open (a URL is a server's business, not ours)."""
    return location == ":memory:" or is_remote(location) or Path(location).exists()


def missing(location: str) -> NotFoundError:
    return NotFoundError("store", location, hint="run `entente init` first")


@contextmanager
def opened(store: str | None, *, create: bool = False) -> Iterator[GraphStore]:
    """Open the store, turn entente's errors into a message and exit status 1, close it."""
    graph: GraphStore | None = None
    location = store_location(store)
    try:
        if not create and not exists(location):
            raise missing(location)
        graph = open_store(location, settings(), through_server=True)
        if isinstance(graph, ServedStore):
            typer.echo(f"(the store is served at {graph.server.url}: reading a snapshot, writing through it)", err=True)
        yield graph
    except EntenteError as error:
        fail(error)
    finally:
        if graph is not None:
            with suppress(EntenteError):
                graph.close()


@contextmanager
def catalogue_store(store: str | None) -> Iterator[GraphStore]:
    """The store whose catalogue names the actors: the given one if it exists, else an in-memory
    store with the packaged catalogue (so checking a file needs no store and writes nothing)."""
    location = store_location(store)
    if location != ":memory:" and exists(location):
        with opened(location) as graph:
            yield graph
        return
    with opened(":memory:") as graph:
        init_store(graph, seed=False)
        yield graph


def day(value: datetime | None) -> date | None:
    return None if value is None else value.date()

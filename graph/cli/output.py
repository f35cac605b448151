"""What the commands print: rich tables that wrap (never cut) their cells, chosen columns, JSON,
spreadsheet-safe CSV, files or stdout, and progress on stderr. rich is imported when a table or a
progress bar is drawn, not by every command (``entente serve`` draws neither)."""

from __future__ import annotations

import csv
import difflib
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from graph.cli.common import Output, fail
from graph.errors import NotFoundError
from graph.reads import safe_cell

if TYPE_CHECKING:
    from rich.table import Table

__all__ = ["columns_of", "csv_text", "progress", "show", "show_table", "table_text", "write_data"]

UNWRAPPED = 1_000_000  # the width of a table on a pipe or in a file: one line per row, for grep and cut
PROSE_WIDTH = 24  # a column with spaces in its cells is wrapped no narrower than this


def table_text(header: Sequence[str], rows: Sequence[Sequence[str]], width: int | None = None) -> str:
    """The table as text ``width`` characters wide at most, or one line a row without ``width``.

    Cells are wrapped, never cut short: prose at its spaces; a column of words without spaces
    (ids, IRIs, dates, numbers) is kept whole while narrowing the prose columns can make room."""
    from rich.console import Console

    console = Console(
        file=io.StringIO(),
        width=max(width, _least_width(header, rows)) if width else UNWRAPPED,
        color_system=None,
        markup=False,
        highlight=False,
        emoji=False,
    )
    console.print(_table(header, rows))
    text: str = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.splitlines())


def show_table(header: Sequence[str], rows: Sequence[Sequence[str]], columns: str | None = None) -> None:
    """Print the table: wrapped to the terminal's width on a terminal, else a line a row."""
    picked = columns_of(header, columns)
    header, rows = [header[i] for i in picked], [[row[i] for i in picked] for row in rows]
    from rich.console import Console

    console = Console(markup=False, highlight=False, emoji=False)
    if console.is_terminal:
        console.width = max(console.width, _least_width(header, rows))  # too narrow: the terminal wraps lines
        console.print(_table(header, rows, bold=True))
    else:
        typer.echo(table_text(header, rows))


def show(
    output: Output, value: Any, header: Sequence[str], rows: Sequence[Sequence[str]], columns: str | None = None
) -> None:
    """``value`` as JSON, or ``rows`` as a table or CSV; "nothing found" for an empty table."""
    if output is Output.json:
        typer.echo(json.dumps(value, ensure_ascii=False, indent=2))
    elif output is Output.csv:
        typer.echo(csv_text(header, rows, columns), nl=False)
    elif rows:
        show_table(header, rows, columns)
    else:
        typer.echo("nothing found")


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]], columns: str | None = None) -> str:
    """CSV whose cells a spreadsheet will not run as formulas (:func:`graph.reads.safe_cell`)."""
    picked = columns_of(header, columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([header[i] for i in picked])
    writer.writerows([safe_cell(row[i]) for i in picked] for row in rows)
    return out.getvalue()


def columns_of(header: Sequence[str], columns: str | None) -> list[int]:
    """The positions in ``header`` of the comma-separated ``columns`` (all of them without any)."""
    if not columns:
        return list(range(len(header)))
    names = [name.strip() for name in columns.split(",") if name.strip()]
    for name in names:
        if name not in header:
            fail(NotFoundError("column", name, difflib.get_close_matches(name, header) or list(header)))
    return [list(header).index(name) for name in names]


def write_data(data: bytes, output: Path | None) -> None:
    """Write to the file (saying so on stderr), or to stdout."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as error:
        fail(f"{output}: cannot write: {error.strerror}")
    typer.echo(f"wrote {len(data)} bytes to {output}", err=True)


@contextmanager
def progress(label: str, total: int) -> Iterator[Callable[[str, int], None]]:
    """A progress bar on stderr for ``total`` bytes; yields the callback that advances it."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(name: str, size: int) -> None:
            bar.update(task, advance=size, description=f"{label} {Path(name).name}")

        yield advance


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], *, bold: bool = False) -> Table:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold" if bold else "")
    for i, name in enumerate(header):
        table.add_column(Text(name), overflow="fold", no_wrap=not _prose(rows, i), min_width=_least(name, rows, i))
    for row in rows:
        table.add_row(*(Text(cell.replace("\n", " ")) for cell in row))
    return table


def _least(name: str, rows: Sequence[Sequence[str]], i: int) -> int:
    """The narrowest a column may be: its longest cell for words without spaces, else some words."""
    longest = max([len(name)] + [len(row[i]) for row in rows])
    return min(longest, PROSE_WIDTH) if _prose(rows, i) else longest


def _prose(rows: Sequence[Sequence[str]], i: int) -> bool:
    return any(any(c.isspace() for c in row[i]) for row in rows)


def _least_width(header: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    return sum(_least(name, rows, i) for i, name in enumerate(header)) + 3 * (len(header) - 1)

"""Tabular input as analysts write it (CSV from a spreadsheet, or JSON), read into rows that
know their file, line and label; and the checks every cell of such a file gets.

The claims format (:mod:`graph.intake.claims_format`) and the actors format
(:mod:`graph.intake.actors_format`) share this: the same dialects, the same errors with file,
row and column, the same refusal of hidden characters and spreadsheet formulas.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from graph.errors import AmbiguousNameError, InputError, NotFoundError, Problem
from graph.intake.safety import HIDDEN

_FORMULA = re.compile(r"^\s*[=+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(|^\s*=")

_TEXT = re.compile(rb"\S")  # a byte that is not ASCII white space: the file is not empty

CheckHeader = Callable[[list[str], str], None]
T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    """One record of a tabular file, with where it stands."""

    values: Mapping[str, str]
    file: str
    line: int | None
    label: str  # "row 3" or "item 3"


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            Problem(f"byte 0x{data[error.start]:02x} is not UTF-8; save the file as UTF-8", file=name, line=line)
        ) from error


def column(cell: str) -> str:
    """A header cell as a column name: case-folded, spaces and hyphens as underscores."""
    return re.sub(r"[\s-]+", "_", cell.strip().casefold())


def is_json(name: str) -> bool:
    return name.lower().endswith(".json")


def check_columns(
    header: Sequence[str], name: str, known: Sequence[str], required: Sequence[str], kind: str
) -> list[Problem]:
    """Unknown (with the closest name), missing and repeated columns of a header."""
    problems = []
    for cell in header:
        if cell not in known:
            close = difflib.get_close_matches(cell, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; the columns of {kind} are {', '.join(known)}"
            problems.append(Problem(f"unknown column{hint}", file=name, line=1, column=cell))
    for cell in required:
        if cell not in header:
            problems.append(Problem("required column is missing", file=name, line=1, column=cell))
    duplicates = {c for c in header if list(header).count(c) > 1}
    problems.extend(Problem("column appears twice", file=name, line=1, column=c) for c in sorted(duplicates))
    return problems


def csv_header(text: str) -> tuple[list[str], str]:
    """The column names of a CSV text and its delimiter (the commonest of , ; and tab in line 1)."""
    header_line = text.splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=header_line.count)
    try:
        first = next(csv.reader(io.StringIO(header_line), delimiter=delimiter), [])
    except csv.Error:
        first = []
    return [column(cell) for cell in first], delimiter


def csv_rows(data: bytes, name: str, check_header: CheckHeader) -> Iterator[Row]:
    """The rows of a CSV file, decoded as they are read (a million-claim file is never held as
    one string beside its bytes); a byte that is not UTF-8 raises with its line, wherever it is."""
    if _TEXT.search(data, len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0) is None:
        raise InputError(Problem("the file is empty: expected a header row", file=name, line=1))
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    try:
        _, delimiter = csv_header(stream.readline())
        stream.seek(0)
        yield from _csv_records(stream, delimiter, name, check_header)
    except UnicodeDecodeError:
        decode(data, name)  # raises the problem with the line of the first bad byte
        raise


def _csv_records(stream: io.TextIOBase, delimiter: str, name: str, check_header: CheckHeader) -> Iterator[Row]:
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    try:
        header = [column(cell) for cell in next(reader)]
        check_header(header, name)
        line = reader.line_num + 1
        for number, cells in enumerate(reader, start=2):
            if any(cell.strip() for cell in cells):
                if len(cells) != len(header):
                    raise InputError(
                        Problem(
                            f"row {number} has {len(cells)} fields, the header has {len(header)}", file=name, line=line
                        )
                    )
                yield Row(dict(zip(header, cells, strict=True)), name, line, f"row {number}")
            line = reader.line_num + 1
    except csv.Error as error:
        raise InputError(Problem(f"malformed CSV: {error}", file=name, line=reader.line_num)) from error


def json_document(data: bytes, name: str) -> Any:
    try:
        return json.loads(decode(data, name))
    except json.JSONDecodeError as error:
        raise InputError(Problem(error.msg, file=name, line=error.lineno, column=error.colno)) from error
    except RecursionError as error:
        raise InputError(Problem("JSON nested too deep", file=name)) from error


def json_items(document: Any, key: str) -> Any:
    """The records of a JSON document: the document itself if a list, else its ``key``."""
    return document.get(key) if isinstance(document, dict) else document


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):  # a list of names (aliases) is written as one cell
        return "|".join(_cell(v) for v in value)
    return str(value)


def json_rows(data: bytes, name: str, key: str, check_header: CheckHeader) -> Iterator[Row]:
    items = json_items(json_document(data, name), key)
    if not isinstance(items, list):
        raise InputError(Problem(f'expected a list of {key}, or {{"{key}": [...]}}', file=name))
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(Problem(f"item {number} is not an object", file=name))
        values = {column(str(k)): _cell(v) for k, v in item.items()}
        check_header(list(values), name)
        yield Row(values, name, None, f"item {number}")


class RowChecks:
    """Reads the cells of one row, collecting a problem (file, row, column) for every bad value."""

    def __init__(self, row: Row) -> None:
        self.row = row
        self.problems: list[Problem] = []

    def problem(self, column: str, message: str) -> None:
        self.problems.append(
            Problem(f"{self.row.label}: {message}", file=self.row.file, line=self.row.line, column=column)
        )

    def text(self, column: str, required: bool = False) -> str | None:
        value = self.row.values.get(column, "").strip()
        if not value:
            if required:
                self.problem(column, "a value is required")
            return None
        return value if self.safe(column, value) else None

    def safe(self, column: str, value: str) -> bool:
        """False (with a problem) for hidden characters or a spreadsheet formula."""
        if HIDDEN.search(value):
            self.problem(column, "holds control, zero-width or bidi characters")
            return False
        if value[0] in "=+-@" and _FORMULA.search(value):  # stripped: the formula's sign comes first
            self.problem(column, f"{value[:40]!r} looks like a spreadsheet formula; quote the text without it")
            return False
        return True

    def resolved(
        self, column: str, name: str | None, resolve: Callable[[str], T], listing: str = "closest:"
    ) -> T | None:
        """What ``resolve`` (a catalogue lookup) makes of the name in ``column`` (None for an empty
        cell), or None with a problem: the ambiguity, or the unknown name followed by the names
        it might have meant (``listing`` says which they are: the closest, or all there are)."""
        if name is None:
            return None
        try:
            return resolve(name)
        except AmbiguousNameError as error:
            self.problem(column, str(error))
        except NotFoundError as error:
            names = f"; {listing} {', '.join(error.suggestions)}" if error.suggestions else ""
            self.problem(column, f"unknown {error.kind} {name!r}{names}")
        return None

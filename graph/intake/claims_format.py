"""The analysts' claims format: CSV (as spreadsheets write it) or JSON, read into claims.

Every problem is collected with its file, line and column before anything is written, so a
file either loads whole or not at all.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from pyoxigraph import NamedNode

from graph.errors import AmbiguousNameError, InputError, NotFoundError, Problem
from graph.intake.safety import HIDDEN
from graph.model.catalogue import Catalogue
from graph.model.claim import Claim, SourceDoc
from graph.namespaces import STATUSES

COLUMNS = (
    "subject",
    "relation",
    "object",
    "valid_from",
    "valid_until",
    "asserted_by",
    "status",
    "confidence",
    "negated",
    "quote",
    "quote_start",
    "quote_end",
    "source_url",
    "source_title",
    "publisher",
    "published",
)
REQUIRED = ("subject", "relation", "object", "quote", "published")
TRUE = {"true", "yes", "y", "1"}
FALSE = {"false", "no", "n", "0", ""}
_FORMULA = re.compile(r"^\s*[=+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(|^\s*=")


@dataclass(frozen=True)
class Row:
    """One record of a claims file, with where it stands."""

    values: Mapping[str, str]
    file: str
    line: int | None
    label: str  # "row 3" or "item 3"


def read_claims(data: bytes, name: str, catalogue: Catalogue) -> list[Claim]:
    """Read a claims file (CSV, or JSON when ``name`` ends in .json) into claims, or raise
    :class:`InputError` with every problem found."""
    return list(iter_claims(data, name, catalogue))


def iter_claims(data: bytes, name: str, catalogue: Catalogue) -> Iterator[Claim]:
    """The claims of a file as they are read; after the last, :class:`InputError` with every
    problem found, if any. A caller that writes as it reads must write nothing unless the
    iterator ends without raising (a load streamed into the bulk loader does: its files are
    ingested only at the end)."""
    rows = _json_rows(data, name) if name.lower().endswith(".json") else _csv_rows(data, name)
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    shared = Shared()
    for row in rows:  # a malformed file raises here, with that one problem, as before any row
        parsed = RowParser(row, catalogue, shared)
        claim = parsed.claim()
        problems.extend(parsed.problems)
        if claim is None:
            continue
        if claim.key in first_seen:
            problems.append(Problem(f"{row.label} repeats {first_seen[claim.key]}", file=name, line=row.line))
            continue
        first_seen[claim.key] = row.label
        if not problems:
            yield claim
    if not first_seen and not problems:
        raise InputError(Problem("the file holds no claims (only a header, or nothing)", file=name))
    if problems:
        raise InputError(problems)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            Problem(f"byte 0x{data[error.start]:02x} is not UTF-8; save the file as UTF-8", file=name, line=line)
        ) from error


def _csv_rows(data: bytes, name: str) -> Iterator[Row]:
    text = _decode(data, name)
    if not text.strip():
        raise InputError(Problem("the file is empty: expected a header row", file=name, line=1))
    header_line = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [_column(cell) for cell in next(reader)]
        _check_header(header, name)
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


def _column(cell: str) -> str:
    return re.sub(r"[\s-]+", "_", cell.strip().casefold())


def _check_header(header: list[str], name: str) -> None:
    problems = []
    for column in header:
        if column not in COLUMNS:
            close = difflib.get_close_matches(column, COLUMNS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; the columns are {', '.join(COLUMNS)}"
            problems.append(Problem(f"unknown column{hint}", file=name, line=1, column=column))
    for column in REQUIRED:
        if column not in header:
            problems.append(Problem("required column is missing", file=name, line=1, column=column))
    if "source_url" not in header and "source_title" not in header:
        problems.append(Problem("a source_url or source_title column is required", file=name, line=1))
    duplicates = {c for c in header if header.count(c) > 1}
    problems.extend(Problem("column appears twice", file=name, line=1, column=c) for c in sorted(duplicates))
    if problems:
        raise InputError(problems)


def _json_rows(data: bytes, name: str) -> Iterator[Row]:
    try:
        document: Any = json.loads(_decode(data, name))
    except json.JSONDecodeError as error:
        raise InputError(Problem(error.msg, file=name, line=error.lineno, column=error.colno)) from error
    except RecursionError as error:
        raise InputError(Problem("JSON nested too deep", file=name)) from error
    items = document.get("claims") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise InputError(Problem('expected a list of claims, or {"claims": [...]}', file=name))
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(Problem(f"item {number} is not an object", file=name))
        values = {
            _column(str(k)): "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
            for k, v in item.items()
        }
        _check_header(list(values) + [c for c in ("source_title",) if "source_url" in values], name)
        yield Row(values, name, None, f"item {number}")


@dataclass
class Shared:
    """What the rows of one file share: publishers looked up, and one object per source document
    (so its identifier is hashed once, not once a claim)."""

    publishers: dict[str, str | None] = field(default_factory=dict)
    sources: dict[SourceDoc, SourceDoc] = field(default_factory=dict)


class RowParser:
    """Turns one row into a claim, collecting a problem for every bad value."""

    def __init__(self, row: Row, catalogue: Catalogue, shared: Shared | None = None) -> None:
        self.row = row
        self.catalogue = catalogue
        self.problems: list[Problem] = []
        self.shared = Shared() if shared is None else shared

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
        if HIDDEN.search(value):
            self.problem(column, "holds control, zero-width or bidi characters")
            return None
        if value[0] in "=+-@" and _FORMULA.search(value):  # stripped: the formula's sign comes first
            self.problem(column, f"{value[:40]!r} looks like a spreadsheet formula; quote the text without it")
            return None
        return value

    def actor(self, column: str, required: bool = True) -> str | None:
        name = self.text(column, required)
        if name is None:
            return None
        try:
            return self.catalogue.resolve_actor(name).iri
        except AmbiguousNameError as error:
            self.problem(column, str(error))
        except NotFoundError as error:
            hint = f"; closest: {', '.join(error.suggestions)}" if error.suggestions else ""
            self.problem(column, f"unknown actor {name!r}{hint}")
        return None

    def relation(self) -> str | None:
        name = self.text("relation", required=True)
        if name is None:
            return None
        try:
            relation = self.catalogue.resolve_relation(name)
        except NotFoundError as error:
            self.problem("relation", f"unknown relation {name!r}; closest: {', '.join(error.suggestions)}")
            return None
        return relation.iri

    def date(self, column: str, required: bool = False) -> date | None:
        value = self.text(column, required)
        if value is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.problem(column, f"{value!r} is not a date (YYYY-MM-DD)")
            return None

    def confidence(self) -> Decimal:
        value = self.text("confidence")
        if value is None:
            return Decimal(1)
        try:
            number = Decimal(value)
        except InvalidOperation:
            self.problem("confidence", f"{value!r} is not a number")
            return Decimal(1)
        if not number.is_finite() or not 0 <= number <= 1:
            self.problem("confidence", f"{value} is outside [0, 1]")
        return number

    def flag(self, column: str) -> bool:
        value = (self.text(column) or "").casefold()
        if value not in TRUE | FALSE:
            self.problem(column, f"{value!r} is not true or false")
        return value in TRUE

    def status(self) -> str:
        value = (self.text("status") or "asserted").casefold()
        if value not in STATUSES:
            self.problem("status", f"{value!r} is not one of {', '.join(STATUSES)}")
            return "asserted"
        return value

    def offset(self, column: str) -> int | None:
        value = self.text(column)
        if value is None:
            return None
        if not value.isdigit():
            self.problem(column, f"{value!r} is not a character offset")
            return None
        return int(value)

    def url(self) -> str | None:
        value = self.text("source_url")
        if value is None:
            return None
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
            self.problem("source_url", f"{value[:60]!r} is not an http(s) URL")
            return None
        try:
            NamedNode(value)
        except ValueError as error:
            self.problem("source_url", f"{value[:60]!r} is not a valid IRI: {error}")
            return None
        return value

    def source(self) -> SourceDoc | None:
        published = self.date("published", required=True)
        url, title = self.url(), self.text("source_title")
        if url is None and title is None:
            self.problem("source_url", "a source_url or source_title is required")
        publisher_name = self.text("publisher")
        publisher = self.publisher(publisher_name) if publisher_name else None
        if published is None or (url is None and title is None):
            return None
        source = SourceDoc(published, title, url, publisher, None if publisher else publisher_name)
        return self.shared.sources.setdefault(source, source)

    def publisher(self, name: str) -> str | None:
        """The catalogue actor that published the source, if any; looked up once per name and file
        (a miss would otherwise rank every catalogue name as a suggestion, row after row)."""
        publishers = self.shared.publishers
        if name not in publishers:
            try:
                publishers[name] = self.catalogue.resolve_actor(name).iri
            except (NotFoundError, AmbiguousNameError):
                publishers[name] = None
        return publishers[name]

    def claim(self) -> Claim | None:
        subject, relation, obj = self.actor("subject"), self.relation(), self.actor("object")
        asserted_by = self.actor("asserted_by", required=False)
        valid_from, valid_until = self.date("valid_from"), self.date("valid_until")
        if valid_from and valid_until and valid_until < valid_from:
            self.problem("valid_until", f"{valid_until} is before valid_from {valid_from}")
        quote = self.text("quote", required=True)
        start, end = self.offset("quote_start"), self.offset("quote_end")
        if (start is None) != (end is None) or (start is not None and end is not None and end <= start):
            self.problem("quote_end", "quote_start and quote_end go together, with quote_end after quote_start")
        source = self.source()
        status, confidence, negated = self.status(), self.confidence(), self.flag("negated")
        if self.problems or None in (subject, relation, obj, quote, source):
            return None
        assert subject and relation and obj and quote and source
        return Claim(
            subject=subject,
            relation=relation,
            object=obj,
            source=source,
            quote=quote,
            asserted_by=asserted_by,
            valid_from=valid_from,
            valid_until=valid_until,
            quote_start=start,
            quote_end=end,
            status=status,
            confidence=confidence,
            negated=negated,
        )

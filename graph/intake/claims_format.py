"""The analysts' claims format: CSV (as spreadsheets write it) or JSON, read into claims.

Every problem is collected with its file, line and column before anything is written, so a
file either loads whole or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from pyoxigraph import NamedNode

from graph.errors import AmbiguousNameError, InputError, NotFoundError, Problem
from graph.intake.actors_format import ACTOR_COLUMNS, ACTOR_SIGNATURE
from graph.intake.rows import Row, RowChecks, check_columns, csv_rows, is_json, json_rows
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
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def read_claims(data: bytes, name: str, catalogue: Catalogue) -> list[Claim]:
    """Read a claims file (CSV, or JSON when ``name`` ends in .json) into claims, or raise
    :class:`InputError` with every problem found."""
    return list(iter_claims(data, name, catalogue))


def iter_claims(data: bytes, name: str, catalogue: Catalogue) -> Iterator[Claim]:
    """The claims of a file as they are read; after the last, :class:`InputError` with every
    problem found, if any. A caller that writes as it reads must write nothing unless the
    iterator ends without raising (a load streamed into the bulk loader does: its files are
    ingested only at the end)."""
    rows = json_rows(data, name, "claims", _check_item) if is_json(name) else csv_rows(data, name, _check_header)
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


def _check_header(header: list[str], name: str) -> None:
    problems = check_columns(header, name, COLUMNS, REQUIRED, "a claims file")
    if "source_url" not in header and "source_title" not in header:
        problems.append(Problem("a source_url or source_title column is required", file=name, line=1))
    if problems:
        raise InputError([*actors_hint(header, name), *problems])


def _check_item(keys: list[str], name: str) -> None:
    _check_header(keys + [c for c in ("source_title",) if "source_url" in keys], name)


def actors_hint(header: Sequence[str], name: str) -> list[Problem]:
    """A file with actor columns and no claim columns is an actors file, or one gone wrong: say so first."""
    actor_columns = [c for c in header if c in ACTOR_COLUMNS]
    if not actor_columns or set(header) & set(COLUMNS):
        return []
    missing = [c for c in ACTOR_SIGNATURE if c not in header]
    if not missing:
        message = f"this is an actors file (its header has {', '.join(ACTOR_SIGNATURE)}); only claims are read here"
    else:
        message = (
            f"this looks like an actors file (columns {', '.join(actor_columns)}), but it lacks "
            f"{', '.join(missing)}: an actors file has the columns {', '.join(ACTOR_SIGNATURE)} (and "
            f"{', '.join(c for c in ACTOR_COLUMNS if c not in ACTOR_SIGNATURE)}); it was read as a claims file"
        )
    return [Problem(message, file=name, line=1)]


@dataclass
class Shared:
    """What the rows of one file share: publishers looked up, and one object per source document
    (so its identifier is hashed once, not once a claim)."""

    publishers: dict[str, str | None] = field(default_factory=dict)
    sources: dict[SourceDoc, SourceDoc] = field(default_factory=dict)
    # Names the catalogue resolved, to their IRIs: a file names the same few hundred actors and
    # relations row after row (a miss is not kept: it is looked up, and reported, every time).
    actors: dict[str, str] = field(default_factory=dict)
    relations: dict[str, str] = field(default_factory=dict)
    days: dict[str, date] = field(default_factory=dict)  # the days read, checked once each


class RowParser(RowChecks):
    """Turns one row into a claim, collecting a problem for every bad value."""

    def __init__(self, row: Row, catalogue: Catalogue, shared: Shared | None = None) -> None:
        super().__init__(row)
        self.catalogue = catalogue
        self.shared = Shared() if shared is None else shared

    def actor(self, column: str, required: bool = True) -> str | None:
        name = self.text(column, required)
        known = self.shared.actors
        if name is None or name in known:
            return None if name is None else known[name]
        actor = self.resolved(column, name, self.catalogue.resolve_actor)
        if actor is None:
            return None
        known[name] = actor.iri
        return actor.iri

    def relation(self) -> str | None:
        name = self.text("relation", required=True)
        known = self.shared.relations
        if name is None or name in known:
            return None if name is None else known[name]
        relation = self.resolved("relation", name, self.catalogue.resolve_relation)
        if relation is None:
            return None
        known[name] = relation.iri
        return relation.iri

    def date(self, column: str, required: bool = False) -> date | None:
        value = self.text(column, required)
        days = self.shared.days
        if value is None or value in days:
            return None if value is None else days[value]
        try:
            if not _DAY.fullmatch(value):
                raise ValueError
            day = days[value] = date.fromisoformat(value)
        except ValueError:
            self.problem(column, f"{value!r} is not a date (YYYY-MM-DD)")
            return None
        return day

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
        if not _URL.fullmatch(value):
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
            subject,
            relation,
            obj,
            source,
            quote,
            asserted_by=asserted_by,
            valid_from=valid_from,
            valid_until=valid_until,
            quote_start=start,
            quote_end=end,
            status=status,
            confidence=confidence,
            negated=negated,
        )

"""Dates named in a sentence ("on 7 November", "on Tuesday"), resolved against publication."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from graph.extract.text import Token, TokenRun

__all__ = ["DateMention", "find_dates", "latest_on_or_before"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_YEARS_BACK = 8


@dataclass(frozen=True, slots=True)
class DateMention(TokenRun):
    day: date


def latest_on_or_before(month: int, day: int, published: date) -> date | None:
    """The latest date with this month and day that is not after publication."""
    for year in range(published.year, published.year - _YEARS_BACK, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published:
            return candidate
    return None


def _number(token: Token, low: int, high: int) -> int | None:
    text = token.text
    for suffix in ("st", "nd", "rd", "th"):
        if text.endswith(suffix) and text[: -len(suffix)].isdigit():
            text = text[: -len(suffix)]
    return int(text) if text.isdigit() and low <= int(text) <= high else None


def _month(token: Token) -> int | None:
    return _MONTHS.get(token.lower) if token.capitalised else None


def _year_after(tokens: Sequence[Token], i: int) -> tuple[int | None, int]:
    """A year at ``i`` (after an optional comma): the year and the index after it."""
    j = i + 1 if i < len(tokens) and tokens[i].text == "," else i
    if j < len(tokens):
        year = _number(tokens[j], 1900, 2100)
        if year is not None and len(tokens[j].text) == 4:
            return year, j + 1
    return None, i


def _resolve(year: int | None, month: int, day: int, published: date | None) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return latest_on_or_before(month, day, published) if published else None


def _at(tokens: Sequence[Token], i: int, published: date | None) -> DateMention | None:
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    day = _number(token, 1, 31)
    if day is not None and nxt is not None and (month := _month(nxt)) is not None:
        year, end = _year_after(tokens, i + 2)
        found = _resolve(year, month, day, published)
        return DateMention(i, end, found) if found else None
    month = _month(token)
    if month is not None and nxt is not None:
        shift = 1 if nxt.text == "." else 0
        after = tokens[i + 1 + shift] if i + 1 + shift < len(tokens) else None
        day = _number(after, 1, 31) if after is not None else None
        if day is not None:
            year, end = _year_after(tokens, i + 2 + shift)
            found = _resolve(year, month, day, published)
            return DateMention(i, end, found) if found else None
    return _relative(tokens, i, published)


def _relative(tokens: Sequence[Token], i: int, published: date | None) -> DateMention | None:
    if published is None:
        return None
    token = tokens[i]
    if token.lower == "today":
        return DateMention(i, i + 1, published)
    if token.lower == "yesterday":
        return DateMention(i, i + 1, published - timedelta(days=1))
    weekday = _WEEKDAYS.get(token.lower) if token.capitalised else None
    if weekday is not None and i > 0 and tokens[i - 1].lower in {"on", "last"}:
        back = (published.weekday() - weekday) % 7 or (7 if tokens[i - 1].lower == "last" else 0)
        return DateMention(i - 1, i + 1, published - timedelta(days=back))
    return None


def find_dates(tokens: Sequence[Token], published: date | None) -> Iterator[DateMention]:
    i = 0
    while i < len(tokens):
        found = _at(tokens, i, published)
        if found is not None:
            yield found
            i = max(found.end, i + 1)
        else:
            i += 1

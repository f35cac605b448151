"""What extraction needs to know of an article beyond its sentences: its date, its title, and the
lexicon of the store it will be loaded into."""

from __future__ import annotations

import re
from datetime import date

from graph.extract.lexicon import Lexicon, lexicon_from_select
from graph.store.base import GraphStore

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DATELINE = re.compile(
    r"\b(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<mon>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}), (?P<year>\d{4})"
    r"|(?P<day2>\d{1,2}) (?P<mon2>[A-Z][a-z]{2,8}) (?P<year2>\d{4}))\b"
)


def store_lexicon(store: GraphStore) -> Lexicon:
    return lexicon_from_select(lambda query: store.select(query).dicts())


def dateline(text: str, lines: int = 12) -> date | None:
    """The publication date an article's head shows ("Nov 8, 2024 - 06:00", "8 November 2024")."""
    for line in text.splitlines()[:lines]:
        match = _DATELINE.search(line)
        if match is None:
            continue
        try:
            if match["iso"]:
                return date.fromisoformat(match["iso"])
            month, day, year = (
                (match["mon"], match["day"], match["year"])
                if match["mon"]
                else (match["mon2"], match["day2"], match["year2"])
            )
            if month[:3].lower() in MONTHS:
                return date(int(year), MONTHS.index(month[:3].lower()) + 1, int(day))
        except ValueError:
            continue
    return None


def first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)

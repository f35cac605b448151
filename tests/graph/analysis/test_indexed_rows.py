"""The ties' rows from the claims index read as the engine's: the sources' JSON array split
without a JSON parser, exactly as a parser reads it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from graph.analysis.claims import _iris

SOURCES = [
    ["https://example.org/a,b", "https://example.org/c"],  # a comma in an IRI
    ["https://example.org/ünïcode/€", "urn:x:%22quoted%22"],  # not escaped by SQLite
    ["https://example.org/only"],
    ['not an IRI: "quoted" and back\\slash', "urn:x:tab\there"],  # escaped: read as JSON
    [],
]


@pytest.mark.parametrize("sources", SOURCES)
def test_the_sources_array_is_split_as_json_reads_it(sources: list[str]) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE s (v TEXT)")
    db.executemany("INSERT INTO s VALUES (?)", [(v,) for v in sources])
    (cell,) = db.execute("SELECT json_group_array(DISTINCT v) FROM s").fetchone()
    assert _iris(cell) == tuple(json.loads(cell)) == tuple(sources)

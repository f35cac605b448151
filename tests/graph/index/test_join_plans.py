"""The join's checks read each row's neighbours by key: a check that read every row for every
row was quadratic, and a 100k-claim load with the index following did not finish."""

from __future__ import annotations

import sqlite3

import pytest

from graph.index import build, tie_rows
from graph.index.claims import SCHEMA


@pytest.mark.parametrize("distinct", [True, False], ids=["followed write", "whole build"])
def test_the_evidence_checks_read_sources_and_days_by_key(distinct: bool) -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    build.create_scan_tables(db, distinct=distinct)
    if not distinct:
        build.index_scan_tables(db)
    multi = build.STEPS[0]
    assert multi.startswith("CREATE TEMP TABLE multi")
    details = [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + multi)]
    days = [d for d in details if d.startswith("SEARCH i ")]
    assert days and all("k=?" in d for d in days), details
    assert sum(d.startswith("SEARCH so ") and "k=?" in d for d in details) >= 2, details


def test_the_tie_rows_read_each_claims_evidence_by_key() -> None:
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    # The join's claims with the columns build.STEPS gives them (those of ``hits``, for the plan).
    db.execute("CREATE TEMP TABLE claims AS SELECT * FROM hits WHERE 0")
    (step,) = tie_rows.STEPS
    details = [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + step)]
    assert details[0].startswith("SCAN c"), details
    assert any(d.startswith("SEARCH e USING") and "evidence_claim (claim=?)" in d for d in details), details


def test_a_claims_tie_rows_are_forgotten_by_key() -> None:
    """Found through the claim's rows of ``hits``, then by the start of the tie rows' key: never a
    scan of every tie row for each claim forgotten."""
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    (forget,) = tie_rows.FORGET
    details = [row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + forget, ("[]",))]
    assert any(
        d.startswith("SEARCH tie_rows USING PRIMARY KEY (subject=? AND relation=? AND object=? AND claim=?)")
        for d in details
    ), details
    assert not any(d.startswith("SCAN tie_rows") or d.startswith("SCAN hits") for d in details), details

"""The lookup's fixed statements against the same filters written out in Python, every combination."""

from __future__ import annotations

import itertools
import json
import random
import sqlite3

import pytest

from graph.index.claims import SCHEMA, Filters
from graph.index.lookup import COUNT_RELATIONS, EVIDENCE, PAGE_CLAIMS, PAGE_RELATIONS, parameters

E = "https://w3id.org/entente/"
ACTORS = [E + f"id/a{n}" for n in range(4)]
RELATIONS = [E + "ontology#" + name for name in ("attacks", "praises", "supports")]
STATUSES = [E + "ontology#" + name for name in ("asserted", "candidate")]
AGENTS = [E + "agent/one", E + "agent/two"]


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    rng = random.Random(7)
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    for n in range(400):
        subject, object_ = rng.sample(ACTORS, 2)
        claim = E + f"claim/{n}"
        valid_from = rng.choice([None, "2010-01-01", "2015-06-30"])
        valid_until = rng.choice([None, "2016-01-01", "2020-12-31"])
        row = (rng.choice(RELATIONS), subject, object_, claim, rng.choice(STATUSES), rng.random() < 0.2)
        rest = (round(rng.random(), 2), rng.choice(AGENTS), valid_from, valid_until, f"20{rng.randint(10, 20)}-01-01")
        for actor, side in ((subject, "out"), (object_, "in")):
            db.execute("INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (actor, side, *row, *rest))
        db.execute("INSERT INTO evidence VALUES (?, ?, ?, ?)", (claim, f"quote {n}", E + "source/x", rest[-1]))
    return db


def expected(db: sqlite3.Connection, f: Filters) -> list[tuple[object, ...]]:
    """The rows of ``hits`` that match ``f``, filtered in Python, in the reply's order."""
    rows = db.execute(
        "SELECT side, claim, subject, relation, object, status, negated, confidence, asserted_by, "
        "valid_from, valid_until, first_published FROM hits WHERE actor = ?",
        (f.actor,),
    ).fetchall()

    def keeps(r: tuple[object, ...]) -> bool:
        side, _, _, relation, _, status, _, confidence, agent, start, end, published = r
        return (
            (f.direction not in ("in", "out") or side == f.direction)
            and (f.relation is None or relation == f.relation)
            and (f.status is None or status == f.status)
            and (f.asserted_by is None or agent == f.asserted_by)
            and (f.as_of is None or ((start is None or start <= f.as_of) and (end is None or f.as_of <= end)))  # type: ignore[operator]
            and (f.known_at is None or published <= f.known_at)  # type: ignore[operator]
            and (f.min_confidence is None or confidence >= f.min_confidence)  # type: ignore[operator]
        )

    kept = [r[:11] for r in rows if keeps(r)]
    return sorted(kept, key=lambda r: (r[0], r[3], r[2], r[4], r[1]))


def every_filter() -> list[Filters]:
    choices = itertools.product(
        ["both", "out", "in"],
        [None, RELATIONS[0], E + "ontology#unknown"],
        [None, STATUSES[1]],
        [None, AGENTS[0]],
        [None, "2015-06-30"],
        [None, "2014-01-01"],
        [None, 0.5],
    )
    return [Filters(ACTORS[0], *c) for c in choices]


def test_every_combination_of_filters_answers_as_written_out(db: sqlite3.Connection) -> None:
    nonempty = 0
    for f in every_filter():
        want = expected(db, f)
        groups = sorted({(r[0], r[3], r[2], r[4]) for r in want})
        params = parameters(f)
        assert db.execute(COUNT_RELATIONS, params).fetchone()[0] == len(groups), f
        page = db.execute(PAGE_RELATIONS, {**params, "limit": 5, "offset": 2}).fetchall()
        assert page == groups[2:7], f
        if page:
            nonempty += 1
            first, last = page[0], page[-1]
            span = dict(zip(["s0", "r0", "a0", "o0", "s1", "r1", "a1", "o1"], [*first, *last], strict=True))
            rows = db.execute(PAGE_CLAIMS, {**params, **span}).fetchall()
            assert rows == [r for r in want if (r[0], r[3], r[2], r[4]) in set(page)], f
    assert nonempty > 50  # the filters are not all empty


def test_evidence_of_a_list_of_claims_with_and_without_known_at(db: sqlite3.Connection) -> None:
    claims = [E + "claim/3", E + "claim/1", E + "claim/999"]
    rows = db.execute(EVIDENCE, {"claims": json.dumps(claims), "known_at": None}).fetchall()
    assert [r[0] for r in rows] == [E + "claim/1", E + "claim/3"]
    assert all(r[6] == 0 for r in rows)  # no source described: the LEFT JOIN keeps them
    cut = min(r[3] for r in rows)
    kept = db.execute(EVIDENCE, {"claims": json.dumps(claims), "known_at": cut}).fetchall()
    assert kept and kept == [r for r in rows if r[3] <= cut]

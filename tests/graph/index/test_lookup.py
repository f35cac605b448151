"""The lookup's fixed statements against the same filters written out in Python, every combination."""

from __future__ import annotations

import itertools
import random
import sqlite3

import pytest

from graph.index.claims import SCHEMA
from graph.index.lookup import COUNT_BY_STATUS, COUNT_VALID_ON, PAGE, Filters, count_statement, parameters
from graph.index.tally import RECOUNT

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
        valid_from = rng.choice([None, "2010-01-01", "2015-06-30", "2030-01-01"])  # the last: valid on no day
        valid_until = rng.choice([None, "2015-06-30", "2016-01-01", "2020-12-31"])  # the first: one day shared
        row = (rng.choice(RELATIONS), subject, object_, claim, rng.choice(STATUSES), rng.random() < 0.2)
        rest = (round(rng.random(), 2), rng.choice(AGENTS), valid_from, valid_until, f"20{rng.randint(10, 20)}-01-01")
        for actor, side in ((subject, "out"), (object_, "in")):
            db.execute("INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (actor, side, *row, *rest))
        for k in range(n % 3):  # none, one or two, the second from a described source and later
            source, published = (E + "source/x", rest[-1]) if k == 0 else (E + "source/y", "2019-05-05")
            db.execute("INSERT INTO evidence VALUES (?, ?, ?, ?)", (claim, f"quote {n}", source, published))
    db.execute("INSERT INTO sources VALUES (?, ?, ?, 1)", (E + "source/y", "A title", "https://example.org/y"))
    db.executescript(TALLY_FROM_HITS)
    for statement in RECOUNT:  # the counts kept by status and day, from the tally
        db.execute(statement)
    return db


# ``tally`` (graph.index.tally) as it mirrors ``hits``: its IRIs numbered in ``terms``.
TALLY_FROM_HITS = """
INSERT OR IGNORE INTO terms(term) SELECT actor FROM hits UNION SELECT relation FROM hits UNION SELECT subject FROM hits
    UNION SELECT object FROM hits UNION SELECT claim FROM hits UNION SELECT status FROM hits
    UNION SELECT asserted_by FROM hits;
INSERT INTO tally
SELECT (SELECT id FROM terms WHERE term = h.actor), h.side, (SELECT id FROM terms WHERE term = h.relation),
       (SELECT id FROM terms WHERE term = CASE h.side WHEN 'out' THEN h.object ELSE h.subject END),
       (SELECT id FROM terms WHERE term = h.claim), (SELECT id FROM terms WHERE term = h.status),
       (SELECT id FROM terms WHERE term = h.asserted_by), h.valid_from, h.valid_until, h.first_published, h.confidence
FROM hits h;
INSERT INTO recount SELECT DISTINCT actor FROM tally;
"""


SOURCES = {E + "source/y": ("A title", "https://example.org/y")}


def with_evidence(
    db: sqlite3.Connection, claims: list[tuple[object, ...]], known_at: str | None
) -> list[tuple[object, ...]]:
    """Each claim row followed by one of its evidence (quote, source, published, title, page) a row,
    those published by ``known_at``, by source, quote and date; one row of NULLs when none is."""
    rows = []
    for claim in claims:
        found = db.execute("SELECT quote, source, published FROM evidence WHERE claim = ?", (claim[1],)).fetchall()
        kept = sorted((q, s, p) for q, s, p in found if known_at is None or p <= known_at)
        rows += [(*claim, *e, *SOURCES.get(e[1], (None, None))) for e in kept] or [(*claim, *[None] * 5)]
    return rows


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
    return [
        Filters(
            actor=ACTORS[0], direction=d, relation=r, status=s, asserted_by=a, as_of=v, known_at=k, min_confidence=c
        )
        for d, r, s, a, v, k, c in choices
    ]


def test_every_combination_of_filters_answers_as_written_out(db: sqlite3.Connection) -> None:
    nonempty = counted = 0
    for f in every_filter():
        want = expected(db, f)
        groups = sorted({(r[0], r[3], r[2], r[4]) for r in want})
        params = parameters(f)
        assert db.execute(count_statement(f), params).fetchone()[0] == len(groups), f
        counted += count_statement(f) in (COUNT_BY_STATUS, COUNT_VALID_ON)
        for limit, offset in ((5, 2), (1000, 0)):
            page = groups[offset : offset + limit]
            rows = db.execute(PAGE, {**params, "limit": limit, "offset": offset}).fetchall()
            assert rows == with_evidence(db, [r for r in want if (r[0], r[3], r[2], r[4]) in set(page)], f.known_at), f
            nonempty += bool(page)
    assert nonempty > 50  # the filters are not all empty
    assert counted == 3 * 3 + 3  # by status alone (each direction, relation) or status and day (each direction)


DAYS = ["2009-12-31", "2010-01-01", "2012-05-05", "2015-06-29", "2015-06-30", "2016-01-01", "2016-01-02"]


def test_the_relations_valid_on_a_day_are_counted_from_the_spans(db: sqlite3.Connection) -> None:
    """Each day around the claims' bounds (on them, a day before and after), each status, actor and
    direction: the spans' count is the relations written out."""
    for actor, status, direction in itertools.product(ACTORS, STATUSES, ["both", "out", "in"]):
        for day in [*DAYS, "2020-12-31", "2021-01-01", "2030-01-01", "2099-01-01"]:
            f = Filters(actor=actor, direction=direction, status=status, as_of=day)
            groups = {(r[0], r[3], r[2], r[4]) for r in expected(db, f)}
            assert count_statement(f) == COUNT_VALID_ON
            assert db.execute(COUNT_VALID_ON, parameters(f)).fetchone()[0] == len(groups), f


def test_the_page_reads_by_the_key_of_hits(db: sqlite3.Connection) -> None:
    """EXPLAIN QUERY PLAN: the page's relations from a range of the key, their claims by the whole key."""
    for f in (
        Filters(actor=ACTORS[0]),
        Filters(
            actor=ACTORS[0],
            direction="out",
            relation=RELATIONS[0],
            status=STATUSES[0],
            asserted_by=AGENTS[0],
            as_of="2015-06-30",
        ),
    ):
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + PAGE, {**parameters(f), "limit": 5, "offset": 0})]
        assert any("USING PRIMARY KEY (actor=? AND side=? AND relation>? AND relation<?)" in p for p in plan)
        whole_key = "USING PRIMARY KEY (actor=? AND side=? AND relation=? AND subject=? AND object=?)"
        assert any(whole_key in p for p in plan), plan
        assert any("USING COVERING INDEX evidence_claim (claim=?)" in p for p in plan), plan

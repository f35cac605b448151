"""The tally (graph.index.tally) holds the rows of ``hits``, narrow, and the tie rows
(graph.index.tie_rows) those of ``hits`` joined with ``evidence``, after every kind of write: a
followed load, a catch-up after a purge or a partial write, a followed write of claims the index
holds, a rebuild, an unknown update, and a write whose process was killed before the index heard of
it; and the relations counted by actor, side, status and relation (``relation_counts``), and by
status and day (``valid_starts``, ``valid_ends``), are those of ``hits``. The lookup counts its totals there: each total is compared with the groups of ``hits``."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from bench.generate import write_world
from graph.index import ClaimsIndex, claims_index
from graph.index.lookup import COUNT_BY_STATUS, COUNT_RELATIONS, COUNT_VALID_ON, Filters, parameters
from graph.intake.load import init_store, load_files
from graph.store.base import touching
from graph.store.embedded import EmbeddedStore

HITS = """
SELECT actor, side, relation, CASE side WHEN 'out' THEN object ELSE subject END, claim, status, asserted_by,
       valid_from, valid_until, first_published, confidence FROM hits"""
TALLY = """
SELECT a.term, t.side, r.term, o.term, k.term, s.term, w.term, t.valid_from, t.valid_until, t.first_published,
       t.confidence
FROM tally t JOIN terms a ON a.id = t.actor JOIN terms r ON r.id = t.relation JOIN terms o ON o.id = t.other
     JOIN terms k ON k.id = t.claim JOIN terms s ON s.id = t.status JOIN terms w ON w.id = t.asserted_by"""
# The tie rows (graph.index.tie_rows): each claim of ``hits`` not negated, with its evidence.
TIE_ROWS = "SELECT subject, relation, object, claim, source, published, status, confidence, asserted_by, valid_from, valid_until FROM tie_rows"
JOINED = """
SELECT h.subject, h.relation, h.object, h.claim, e.source, e.published, h.status, h.confidence, h.asserted_by,
       h.valid_from, h.valid_until
FROM hits h JOIN evidence e ON e.claim = h.claim WHERE h.side = 'out' AND h.negated = 0"""
COUNTS = """
SELECT a.term, c.side, s.term, r.term, c.relations
FROM relation_counts c JOIN terms a ON a.id = c.actor JOIN terms s ON s.id = c.status JOIN terms r ON r.id = c.relation"""
COUNTS_FROM_HITS = """
SELECT actor, side, status, relation, COUNT(DISTINCT CASE side WHEN 'out' THEN object ELSE subject END) FROM hits
GROUP BY actor, side, status, relation"""
GROUPS = "SELECT COUNT(*) FROM (SELECT 1 FROM hits WHERE actor = :actor GROUP BY side, relation, subject, object)"
STATUS_GROUPS = """
SELECT COUNT(*) FROM (SELECT 1 FROM hits WHERE actor = :actor AND status = :status GROUP BY side, relation, subject, object)"""
VALID_GROUPS = """
SELECT COUNT(*) FROM (SELECT 1 FROM hits WHERE actor = :actor AND status = :status
  AND (valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)
  GROUP BY side, relation, subject, object)"""
ASSERTED_GROUPS = """
SELECT COUNT(*) FROM (SELECT 1 FROM hits WHERE actor = :actor AND side = 'out' AND status = :status
  AND (valid_from IS NULL OR valid_from <= :as_of) AND (valid_until IS NULL OR :as_of <= valid_until)
  GROUP BY relation, subject, object)"""
ENT = "https://w3id.org/entente/ontology#"


def count(index: ClaimsIndex, statement: str, parameters: dict[str, object]) -> int:
    return int(index.rows(statement, parameters)[0][0])


def mirrored(index: ClaimsIndex) -> int:
    """Assert that the tally holds the rows of ``hits`` (no more, no fewer) and counts each actor's
    relations as ``hits`` groups them, filtered or not; the rows' number."""
    assert index.revision == index.store.revision
    hits = sorted(index.rows(HITS, {}))
    assert sorted(index.rows(TALLY, {})) == hits
    assert index.rows("SELECT COUNT(*) FROM tally", {})[0][0] == len(hits)
    assert sorted(index.rows(TIE_ROWS, {})) == sorted(index.rows(JOINED, {}))
    assert sorted(index.rows(COUNTS, {})) == sorted(index.rows(COUNTS_FROM_HITS, {}))
    assert count(index, "SELECT COUNT(*) FROM recount", {}) == 0
    actors = sorted({row[0] for row in hits})
    for actor in actors[:10] + actors[-10:]:
        every = parameters(Filters(actor=actor))
        assert count(index, COUNT_RELATIONS, every) == count(index, GROUPS, every)
        by_status = parameters(Filters(actor=actor, status=ENT + "Asserted"))
        assert count(index, COUNT_BY_STATUS, by_status) == count(index, STATUS_GROUPS, by_status)
        for day in ("2005-01-01", "2024-11-08"):
            on_day = parameters(Filters(actor=actor, status=ENT + "Asserted", as_of=day))
            assert count(index, COUNT_VALID_ON, on_day) == count(index, VALID_GROUPS, on_day)
    for actor in actors:  # every actor, on the benchmark's day
        on_day = parameters(Filters(actor=actor, status=ENT + "Asserted", as_of="2015-06-30"))
        assert count(index, COUNT_VALID_ON, on_day) == count(index, VALID_GROUPS, on_day)
        asserted = parameters(Filters(actor=actor, direction="out", status=ENT + "Asserted", as_of="2015-06-30"))
        assert count(index, COUNT_RELATIONS, asserted) == count(index, ASSERTED_GROUPS, asserted)
    return len(hits)


@pytest.fixture
def followed(tmp_path: Path) -> Iterator[tuple[EmbeddedStore, ClaimsIndex]]:
    """A new store whose index follows every write from the start, a generated world loaded."""
    write_world(tmp_path / "world", 600, seed=21)
    store = EmbeddedStore(tmp_path / "store")
    index = claims_index(store)
    assert index is not None
    init_store(store)
    load_files(store, [tmp_path / "world" / "actors.ttl"])
    load_files(store, [tmp_path / "world" / "claims.csv"])
    yield store, index
    store.close()


def test_a_followed_load_fills_the_tally(followed: tuple[EmbeddedStore, ClaimsIndex]) -> None:
    _, index = followed
    assert mirrored(index) > 1000


def test_catch_ups_and_followed_writes_keep_it(followed: tuple[EmbeddedStore, ClaimsIndex], tmp_path: Path) -> None:
    store, index = followed
    rows = mirrored(index)
    source = next(g for g in store.graphs() if "/source/" in g.value)
    assert store.remove_graph(source)  # a purge: caught up from the journal
    assert index.ready()
    assert mirrored(index) < rows
    with touching([NamedNode(source.value)]):  # a claim's subject alone: caught up, not answered
        store.update(
            "INSERT DATA { GRAPH <" + source.value + "> { <https://w3id.org/entente/id/claim/x> "
            "<https://w3id.org/entente/ontology#subject> <https://w3id.org/entente/id/russia> } }"
        )
    assert index.ready()
    mirrored(index)
    # The world again and another: a followed write of claims the index holds (read again) and new ones.
    write_world(tmp_path / "more", 300, seed=22)
    load_files(store, [tmp_path / "world" / "claims.csv"])
    load_files(store, [tmp_path / "more" / "claims.csv"])
    assert index.ready()
    assert mirrored(index) > rows


def test_a_rebuild_and_an_unknown_update_keep_it(followed: tuple[EmbeddedStore, ClaimsIndex]) -> None:
    store, index = followed
    rows = mirrored(index)
    index.rebuild()
    assert mirrored(index) == rows
    store.update(  # an unknown change: rebuilt
        "DELETE WHERE { GRAPH ?g { ?c <https://w3id.org/entente/ontology#confidence> ?v . "
        "?c <https://w3id.org/entente/ontology#status> <https://w3id.org/entente/ontology#Asserted> } }"
    )
    assert index.revision != store.revision
    assert index.ready(wait=True)
    assert 0 < mirrored(index) < rows  # the claims without a confidence are no answer


KILLED = """
import os, signal, sys
from pyoxigraph import NamedNode
from graph.store.embedded import EmbeddedStore

def killed(self, revision):  # the store is written; the watermark and the index are not
    os.kill(os.getpid(), signal.SIGKILL)

EmbeddedStore._move_watermark = killed
store = EmbeddedStore(sys.argv[1])
store.remove_graph(NamedNode(sys.argv[2]))
"""


def test_a_write_killed_before_the_index_heard_of_it_is_repaired_on_open(
    followed: tuple[EmbeddedStore, ClaimsIndex], tmp_path: Path
) -> None:
    store, index = followed
    rows = mirrored(index)
    source = next(g for g in store.graphs() if "/source/" in g.value)
    store.close()
    index.close()
    child = subprocess.run([sys.executable, "-c", KILLED, str(tmp_path / "store"), source.value], check=False)
    assert child.returncode == -signal.SIGKILL
    reopened = EmbeddedStore(tmp_path / "store")
    again = claims_index(reopened)
    assert again is not None and again.revision != reopened.revision
    assert again.ready(wait=True)
    assert mirrored(again) < rows
    reopened.close()

"""The store's revision and journal: every write bumps it, names the graphs it touched, and a
process killed (kill -9) between the store write and the derived claims index leaves a state the
next open detects and repairs."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from dataclasses import asdict
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad

from graph.index import claims_index
from graph.intake.load import init_store
from graph.model.catalogue import catalogue
from graph.reads.relations import actor_relations
from graph.store.base import touching
from graph.store.embedded import EmbeddedStore
from graph.store.revision import JOURNAL_FILE, watermark_revision

G = NamedNode("https://example.org/g")
Q = Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), NamedNode("https://example.org/o"), G)


def test_every_write_bumps_the_revision_and_names_its_graphs(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    start = store.revision or 0
    store.add([Q])
    assert store.revision == start + 1
    assert store.journal is not None and store.journal.touched(start, start + 1) == {G.value}
    with touching([G]):
        store.update(
            "DELETE DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> <https://example.org/o> } }"
        )
    assert store.journal.touched(start + 1, start + 2) == {G.value}
    store.update("CLEAR ALL")  # no hint: an unknown change
    assert store.journal.touched(start + 2, start + 3) is None
    store.add([Q])
    assert store.remove_graph(G)
    assert store.revision == start + 5
    assert G not in store.graphs() and all(watermark_revision(g.value) is None for g in store.graphs())
    assert store.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows == []  # the watermark holds no quad
    store.close()
    again = EmbeddedStore(tmp_path / "s")
    assert again.revision == start + 5  # persisted
    again.close()


def test_a_journal_that_does_not_reach_the_watermark_is_an_unknown_change(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "s")
    store.add([Q])
    store.add([Q])
    store.close()
    (tmp_path / "s" / JOURNAL_FILE).unlink()  # lost (or the store restored beside another journal)
    again = EmbeddedStore(tmp_path / "s")
    assert again.revision == 2
    assert again.journal is not None and again.journal.touched(0, 2) is None  # readers rebuild
    again.close()


CHILD = """
import os, signal, sys
from pyoxigraph import NamedNode
from graph.store.embedded import EmbeddedStore

def killed(self, revision):  # the store is written; the watermark and the index are not
    os.kill(os.getpid(), signal.SIGKILL)

EmbeddedStore._move_watermark = killed
store = EmbeddedStore(sys.argv[1])
store.remove_graph(NamedNode(sys.argv[2]))
"""


def relations(store: EmbeddedStore, actor: str, indexed: bool) -> object:
    return asdict(actor_relations(store, actor, {}, limit=100, offset=0, indexed=indexed).relations)


@pytest.mark.parametrize("when", ["after the store write", "during an index rebuild"])
def test_a_crash_between_the_store_and_the_index_is_repaired_on_open(tmp_path: Path, when: str) -> None:
    path = tmp_path / "store"
    store = EmbeddedStore(path)
    init_store(store)
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    actors = sorted(catalogue(store).actors)[:200]
    source = next(g for g in store.graphs() if "/source/" in g.value)
    before = {a: relations(store, a, True) for a in actors}
    store.close()
    index.close()

    if when == "after the store write":
        child = subprocess.run([sys.executable, "-c", CHILD, str(path), source.value], check=False)
    else:  # killed while it writes a new index file: the old one stays, the half-written one is never used
        code = textwrap.dedent(
            """
            import os, signal, sys
            from graph.index import claims_index
            from graph.index import claims as module
            from graph.store.embedded import EmbeddedStore
            def killed(db):
                os.kill(os.getpid(), signal.SIGKILL)
            module.join_all = killed
            store = EmbeddedStore(sys.argv[1])
            store.update("CLEAR SILENT GRAPH <" + sys.argv[2] + ">")  # an unknown change: a rebuild
            claims_index(store).rebuild()
            """
        )
        child = subprocess.run([sys.executable, "-c", code, str(path), source.value], check=False)
    assert child.returncode == -signal.SIGKILL

    reopened = EmbeddedStore(path)
    index = claims_index(reopened)
    assert index is not None
    assert index.revision != reopened.revision  # detected: the index is behind the store
    assert index.ready(wait=True)  # repaired: caught up, or rebuilt
    after = {a: relations(reopened, a, True) for a in actors}
    assert after == {a: relations(reopened, a, False) for a in actors}
    assert after != before  # the dropped source's claims are gone from the hot path too
    reopened.close()

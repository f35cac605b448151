"""The sources' listing (``/sources``) from the claims index is the very reply the SPARQL path
gives: on the seed, on a generated world, on every page, after writes of every kind (followed,
caught up graph by graph, rebuilt); and what it cannot answer exactly goes to SPARQL."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from pyoxigraph import NamedNode

from graph.index import claims_index
from graph.index.listing import source_page
from graph.intake.load import load_files
from graph.reads.sources import list_sources
from graph.store.base import GraphStore, touching
from graph.store.embedded import EmbeddedStore
from tests.support.worlds import load_world

HEADER = "subject,relation,object,valid_from,valid_until,asserted_by,status,confidence,negated,quote,source_url,source_title,publisher,published\n"
ROW = 'Russia,sanctions,Iran,2020-01-01,,Russia,asserted,0.8,false,"Russia imposed sanctions on Iran.",{url},A title,,{day}\n'
SOURCE = "https://w3id.org/entente/ontology#Source"
ISSUED = "http://purl.org/dc/terms/issued"
DATE = "http://www.w3.org/2001/XMLSchema#date"


def reply(store: GraphStore, indexed: bool, limit: int = 10, offset: int = 0) -> Any:
    return asdict(list_sources(store, limit=limit, offset=offset, indexed=indexed))


def answered(store: GraphStore) -> bool:
    index = claims_index(store)
    return index is not None and source_page(index, 3, 0) is not None


def assert_same(store: GraphStore, *, indexed: bool = True, pages: int = 4, limit: int = 10) -> int:
    """Pages alike (the first ones, the last ones, one past the end); the total."""
    index = claims_index(store)
    assert index is not None and index.ready(wait=True)
    assert answered(store) is indexed
    total: int = reply(store, False, 1)["total"]
    offsets = {*range(0, pages * limit, limit), *range(max(0, total - pages * limit), total + limit, limit)}
    for offset in sorted(offsets):
        hot = reply(store, True, limit, offset)
        assert hot == reply(store, False, limit, offset), offset
        assert hot["total"] == total
        if indexed:  # (a source with two days is listed twice by SPARQL, its page past the total)
            assert len(hot["data"]) == max(0, min(limit, total - offset))
    return total


def add_csv(store: GraphStore, path: Path, rows: list[tuple[str, str]]) -> None:
    path.write_text(HEADER + "".join(ROW.format(url=u, day=d) for u, d in rows), encoding="utf-8")
    load_files(store, [path])


def test_the_seed_lists_alike(store: GraphStore, tmp_path: Path) -> None:
    assert assert_same(store, limit=1) == 1  # the seed cites one source
    days = ["2024-11-08", "2024-11-08", "1999-12-31", "2030-01-01"]  # a day shared: then by IRI
    add_csv(store, tmp_path / "more.csv", [(f"https://example.org/news/{i}", d) for i, d in enumerate(days)])
    assert assert_same(store, limit=2) == 5


def test_a_generated_world_and_its_writes(tmp_path: Path) -> None:
    """An index attached to a new store follows the bulk load and later loads; purges and SPARQL
    updates are caught up graph by graph; an irregular source sends the listing to SPARQL."""
    store = EmbeddedStore(tmp_path / "store")
    index = claims_index(store)  # attached before the first write: it follows them all
    assert index is not None
    load_world(store, tmp_path, 1500, seed=13)
    assert index.revision == store.revision  # followed, not rebuilt
    total = assert_same(store)
    assert total > 100
    # New sources, the newest and one among the others, and a claim more on an existing source.
    newest = "https://example.org/news/2099-01-01/newest"
    add_csv(store, tmp_path / "more.csv", [(newest, "2099-01-01"), ("https://example.org/news/old", "2010-06-15")])
    assert index.revision == store.revision
    assert assert_same(store) == total + 2
    first = reply(store, True, 1)["data"][0]
    assert first["url"] == newest
    add_csv(store, tmp_path / "again.csv", [(newest, "2099-01-01")])
    assert assert_same(store) == total + 2
    # A purge: the source's graph dropped, caught up from the journal.
    assert store.remove_graph(next(g for g in store.graphs() if g.value == first["iri"]))
    assert assert_same(store) == total + 1
    # A source with two days: irregular, SPARQL answers; removed again, the index answers.
    victim = reply(store, True, 1, 5)["data"][0]["iri"]
    second = f'<{victim}> <{ISSUED}> "2001-01-01"^^<{DATE}>'
    with touching([NamedNode(victim)]):
        store.update("INSERT DATA { GRAPH <" + victim + "> { " + second + " } }")
    assert_same(store, indexed=False)
    with touching([NamedNode(victim)]):
        store.update("DELETE DATA { GRAPH <" + victim + "> { " + second + " } }")
    assert_same(store)
    # A source typed in another graph than its own: irregular until it is gone.
    other = "https://example.org/elsewhere"
    typed = f'<https://example.org/s/x> a <{SOURCE}> ; <{ISSUED}> "2001-02-03"^^<{DATE}>'
    with touching([NamedNode(other)]):
        store.update("INSERT DATA { GRAPH <" + other + "> { " + typed + " } }")
    assert_same(store, indexed=False)
    with touching([NamedNode(other)]):
        store.update("DROP GRAPH <" + other + ">")
    assert assert_same(store) == total + 1
    store.close()


def test_an_unknown_update_rebuilds(store: GraphStore) -> None:
    """A source typed in the default graph alone, by an update the journal cannot place."""
    assert answered(store) or claims_index(store).ready(wait=True)  # type: ignore[union-attr]
    store.update(f'INSERT DATA {{ <https://example.org/s/y> a <{SOURCE}> ; <{ISSUED}> "2001-02-03"^^<{DATE}> }}')
    assert_same(store, indexed=False, limit=3)
    store.update("DELETE WHERE { <https://example.org/s/y> ?p ?o }")
    assert_same(store, limit=3)

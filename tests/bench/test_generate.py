"""The synthetic world: deterministic, loadable with no error, with the mix it promises."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Store

from bench.generate import HEADER, Manifest, write_world
from bench.vocabulary import RELATION_MIX
from graph.intake.load import init_store, load_files
from graph.store.embedded import EmbeddedStore

CLAIMS = 2000


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    out = tmp_path_factory.mktemp("world")
    return out, write_world(out, CLAIMS, seed=7)


def rows(world: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((world / "claims.csv").read_text(encoding="utf-8"))))


def test_the_same_seed_gives_the_same_bytes(world: tuple[Path, Manifest], tmp_path: Path) -> None:
    out, manifest = world
    again = write_world(tmp_path, CLAIMS, seed=7)
    assert again == manifest
    for name in ("actors.ttl", "actors.txt", "claims.csv", "claims.nq"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name
    other = write_world(tmp_path / "other", CLAIMS, seed=8)
    assert other.sha256["claims.csv"] != manifest.sha256["claims.csv"]


def test_the_csv_loads_through_entente_into_exactly_the_nquads(world: tuple[Path, Manifest]) -> None:
    out, manifest = world
    store = EmbeddedStore()
    init_store(store, seed=False)
    load_files(store, [out / "actors.ttl"])
    before = len(store)
    report = load_files(store, [out / "claims.csv"])  # raises InputError on any problem
    assert report.claims == manifest.claims == CLAIMS
    reference = Store()  # as stored: a store writes literals in their canonical form ("0.80" is 0.8)
    reference.load((out / "claims.nq").read_bytes(), format=RdfFormat.N_QUADS)
    expected = {str(q) for q in reference}
    loaded = {str(q) for q in store.quads()}
    # Beside the world's quads, the load's own record: its activity in the audit graph, and one
    # prov:wasGeneratedBy a claim (graph/intake/audit.py).
    record = {q for q in loaded if q.endswith("/graph/audit>") or "<http://www.w3.org/ns/prov#wasGeneratedBy>" in q}
    assert len(expected) == manifest.quads == len(store) - before - len(record)
    assert expected <= loaded
    assert len([q for q in record if "wasGeneratedBy" in q]) == CLAIMS


def test_the_world_has_the_shape_of_event_data(world: tuple[Path, Manifest]) -> None:
    out, manifest = world
    claims = rows(out)
    assert list(claims[0]) == HEADER
    assert manifest.actors == CLAIMS // 100
    relations = Counter(row["relation"] for row in claims)
    for relation, share in RELATION_MIX.items():
        assert abs(100 * relations[relation] / len(claims) - share) < 4, relation
    friendly = relations["cooperatesWith"] + relations["criticises"] + relations["praises"]
    assert friendly > 5 * (relations["sanctions"] + relations["attacks"])
    years = sorted(int(row["published"][:4]) for row in claims)
    assert years[0] <= 2005 and years[-1] >= 2024
    sources: dict[tuple[str, ...], set[str]] = {}
    for row in claims:
        event = (row["subject"], row["relation"], row["object"], row["valid_from"], row["valid_until"])
        sources.setdefault(event, set()).add(row["source_url"])
    reported_again = sum(len(urls) for urls in sources.values() if len(urls) > 1)
    assert 0.15 < reported_again / len(claims) < 0.6
    lengths = sorted(len(row["quote"]) for row in claims)
    assert 120 < lengths[len(lengths) // 2] < 400

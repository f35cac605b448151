"""A large load streams into the bulk loader: the same store as a transactional load, and
atomic — an error at the last line of the file writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import write_world
from graph.errors import InputError
from graph.intake.load import init_store, load_files, read_batch
from graph.store.embedded import EmbeddedStore


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("world")
    write_world(out, 1000, seed=3)
    return out


def prepared(path: Path | None, world: Path) -> EmbeddedStore:
    store = EmbeddedStore(path)
    init_store(store, seed=False)
    load_files(store, [world / "actors.ttl"])
    return store


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graph.store.embedded.BULK_THRESHOLD", 1000)  # a small file takes the bulk path


@pytest.mark.usefixtures("bulk")
def test_a_streamed_bulk_load_writes_what_a_transactional_one_writes(world: Path, tmp_path: Path) -> None:
    memory = prepared(None, world)
    quads, claims = read_batch(memory, [("claims.csv", (world / "claims.csv").read_bytes())])
    memory.add(quads)
    disk = prepared(tmp_path / "store", world)
    report = load_files(disk, [world / "claims.csv"])
    assert (report.claims, report.quads) == (claims, len(quads))  # the data's quads; the load's record apart
    record = [q for q in disk.canonical_nquads() if q.endswith("/graph/audit>") or "#wasGeneratedBy>" in q]
    assert len(record) > claims  # a prov:wasGeneratedBy a claim, and the load itself
    assert [q for q in disk.canonical_nquads() if q not in record] == memory.canonical_nquads()


@pytest.mark.usefixtures("bulk")
def test_an_error_at_the_last_line_of_a_streamed_load_writes_nothing(world: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    last = "russia,befriends,china,,,,,,false,a quote,https://wire.example/1,,,2024-01-01\n"
    bad.write_text((world / "claims.csv").read_text(encoding="utf-8") + last, encoding="utf-8")
    store = prepared(tmp_path / "store", world)
    before = store.canonical_nquads()
    with pytest.raises(InputError) as raised:
        load_files(store, [bad])
    assert ["befriends" in problem.message for problem in raised.value.problems] == [True]
    store.close()
    reopened = EmbeddedStore(tmp_path / "store")
    assert reopened.canonical_nquads() == before

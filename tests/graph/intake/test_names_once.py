"""A claims file's names and days are resolved once a file (graph.intake.claims_format.Shared):
the claims are those of each row read on its own, and a bad name or day is still reported on
every row that holds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import write_world
from graph.errors import InputError
from graph.intake.claims_format import read_claims
from graph.intake.load import init_store, load_files, seed_files
from graph.model.catalogue import Catalogue, catalogue
from graph.model.claim import Claim
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from tests.support.data import HEADER, claims_csv


def each_row_alone(data: bytes, name: str, known: Catalogue) -> list[Claim]:
    """The claims of a CSV file read one row at a time, each in a file of its own (nothing shared)."""
    header, *rows = data.decode("utf-8").splitlines()
    return [claim for row in rows for claim in read_claims(f"{header}\n{row}\n".encode(), name, known)]


def test_the_seed_reads_as_its_rows_read_alone(bare_store: GraphStore) -> None:
    known = catalogue(bare_store)
    for name, data in seed_files():
        if name.endswith(".csv"):
            assert read_claims(data, name, known) == each_row_alone(data, name, known)


def test_a_generated_world_reads_as_its_rows_read_alone(tmp_path: Path) -> None:
    write_world(tmp_path, 400, seed=5)
    store = EmbeddedStore()
    init_store(store, seed=False)
    load_files(store, [tmp_path / "actors.ttl"])
    known = catalogue(store)
    data = (tmp_path / "claims.csv").read_bytes()
    whole = read_claims(data, "claims.csv", known)
    assert len(whole) == 400
    assert whole == each_row_alone(data, "claims.csv", known)


def test_one_actor_named_in_different_ways_resolves_alike_row_after_row(bare_store: GraphStore) -> None:
    rows = [
        f'{name},sanctions,Tehran,2024-01-0{n},,isw,,0.5,no,"q{n}",,T,,2024-02-01'
        for n, name in enumerate(["Moscow", "russia", "Moscow", "Russian Federation"], start=1)
    ]
    claims = read_claims(claims_csv(*rows), "c.csv", catalogue(bare_store))
    assert len({c.subject for c in claims}) == 1 and claims[0].subject.endswith("/russia")
    assert {c.object for c in claims} == {claims[0].object} and claims[0].object.endswith("/iran")


def test_an_unknown_name_or_bad_day_is_reported_on_every_row_that_holds_it(bare_store: GraphStore) -> None:
    good = 'russia,sanctions,iran,2024-01-01,,isw,,0.5,no,"a",,T,,2024-02-01'
    bad = 'rusia,sanktions,iran,2024-13-45,,isw,,0.5,no,"{q}",,T,,2024-02-01'
    data = claims_csv(good, bad.format(q="b"), good.replace('"a"', '"c"'), bad.format(q="d"))
    with pytest.raises(InputError) as caught:
        read_claims(data, "c.csv", catalogue(bare_store))
    found = [str(p) for p in caught.value.problems]
    for line in (3, 5):
        for column in ("subject", "relation", "valid_from"):
            assert any(f"c.csv:{line}: column '{column}'" in p for p in found), (line, column, found)
    assert not any(f"c.csv:{line}:" in p for p in found for line in (2, 4))


def test_a_day_read_twice_is_the_same_day(bare_store: GraphStore) -> None:
    rows = [f'russia,sanctions,iran,2024-01-01,2024-06-30,isw,,0.5,no,"q{n}",,T,,2024-06-30' for n in range(2)]
    first, second = read_claims((HEADER + "\n".join(rows) + "\n").encode(), "c.csv", catalogue(bare_store))
    assert first.valid_from == second.valid_from and str(first.valid_from) == "2024-01-01"
    assert first.valid_until == second.source.published == second.valid_until

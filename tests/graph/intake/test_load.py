from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from graph.errors import InputError
from graph.intake.load import init_store, load_claims_bytes, load_files
from graph.sparql.named import run_named_query
from graph.store.base import GraphStore
from graph.store.embedded import EmbeddedStore
from tests.support.data import claims_csv

ROW = 'russia,cooperatesWith,china,2024-01-01,,isw,{status},0.7,{negated},"a quote",https://example.org/a,A,,2024-02-01'


def test_init_is_idempotent_and_loading_the_same_file_twice_changes_nothing(store: GraphStore, tmp_path: Path) -> None:
    before = store.canonical_nquads()
    init_store(store)
    assert store.canonical_nquads() == before
    path = tmp_path / "c.csv"
    path.write_bytes(claims_csv(ROW.format(status="asserted", negated="false")))
    load_files(store, [path])
    once = store.canonical_nquads()
    load_files(store, [path])
    assert store.canonical_nquads() == once != before


def test_a_bad_row_anywhere_in_a_batch_writes_nothing(store: GraphStore, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_bytes(claims_csv(ROW.format(status="asserted", negated="false")))
    bad.write_bytes(
        claims_csv(
            *[ROW.format(status="asserted", negated="false").replace("a quote", f"q{i}") for i in range(50)],
            "russia,nope,china,,,,,,,q,,T,,2024-01-01",
        )
    )
    before, generation = store.canonical_nquads(), store.generation
    with pytest.raises(InputError) as caught:
        load_files(store, [good, bad])
    assert "bad.csv:52: column 'relation'" in str(caught.value)
    assert store.canonical_nquads() == before and store.generation == generation


def test_a_syntax_error_on_the_last_line_of_a_turtle_file_writes_nothing(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "long.ttl"
    lines = [f"<https://example.org/s{i}> <https://example.org/p> {i} ." for i in range(4999)]
    path.write_text("\n".join([*lines, '<https://example.org/s> <https://example.org/p> "unterminated .']) + "\n")
    before = store.canonical_nquads()
    with pytest.raises(InputError) as caught:
        load_files(store, [path])
    assert f"{path}:5000" in str(caught.value)
    assert store.canonical_nquads() == before


def test_only_asserted_not_negated_claims_draw_a_direct_edge(bare_store: GraphStore) -> None:
    edge = "ASK { <https://w3id.org/entente/id/russia> <https://w3id.org/entente/ontology#cooperatesWith> ?o }"
    reverse = "ASK { <https://w3id.org/entente/id/china> <https://w3id.org/entente/ontology#cooperatesWith> <https://w3id.org/entente/id/russia> }"
    load_claims_bytes(bare_store, claims_csv(ROW.format(status="candidate", negated="false")), "c.csv")
    load_claims_bytes(bare_store, claims_csv(ROW.format(status="asserted", negated="true")), "c.csv")
    assert not bare_store.ask(edge)
    load_claims_bytes(
        bare_store, claims_csv(ROW.format(status="asserted", negated="false").replace("a quote", "b")), "c.csv"
    )
    assert bare_store.ask(edge) and bare_store.ask(reverse), "symmetric relations draw both directions"


def test_claims_live_in_one_named_graph_per_source_and_retract_with_it(store: GraphStore) -> None:
    load_claims_bytes(store, claims_csv(ROW.format(status="asserted", negated="false")), "c.csv")
    rows = run_named_query(store, "claims", {"subject": "russia", "relation": "cooperatesWith"}).dicts()
    [row] = rows
    source = row["source"]
    assert isinstance(source, NamedNode) and source in store.graphs()
    assert store.remove_graph(source)
    assert run_named_query(store, "claims", {"subject": "russia", "relation": "cooperatesWith"}).rows == []


def test_a_disk_store_keeps_its_data_across_reopening(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path / "store")
    init_store(first)
    count = len(first)
    first.close()
    del first
    again = EmbeddedStore(tmp_path / "store")
    assert len(again) == count > 1000


ACTORS = "id,type,label,aliases,wikidata\nazov-brigade,ArmedGroup,Azov Brigade,Azov|Azov Regiment,Q12345\n"
ON_AZOV = (
    'russia,attacks,Azov Regiment,2024-01-01,,isw,asserted,0.7,false,"a quote",https://example.org/a,A,,2024-02-01'
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("actors_first", [True, False])
def test_an_actors_file_and_claims_naming_its_actors_load_together_in_either_order(
    store: GraphStore, tmp_path: Path, actors_first: bool
) -> None:
    actors, claims = write(tmp_path, "actors.csv", ACTORS), write(tmp_path, "claims.csv", claims_csv(ON_AZOV))
    report = load_files(store, [actors, claims] if actors_first else [claims, actors])
    assert (report.actors, report.claims) == (1, 1)
    azov = "<https://w3id.org/entente/id/azov-brigade>"
    assert store.ask(f"ASK {{ GRAPH <https://w3id.org/entente/id/graph/actors> {{ {azov} a ?type }} }}")
    assert store.ask(
        f"ASK {{ <https://w3id.org/entente/id/russia> <https://w3id.org/entente/ontology#attacks> {azov} }}"
    )
    from graph.model.catalogue import catalogue

    assert catalogue(store).resolve_actor("Azov").id == "azov-brigade"


@pytest.mark.parametrize(
    ("actors", "claims", "expected"),
    [
        (ACTORS.replace("Q12345", "12345"), claims_csv(ON_AZOV), "actors.csv:2: column 'wikidata'"),
        (ACTORS, claims_csv(ON_AZOV.replace("attacks", "atacks")), "claims.csv:2: column 'relation'"),
        (ACTORS, claims_csv(ON_AZOV.replace("Azov Regiment", "Azov Regimen")), "closest: Azov Regiment"),
    ],
)
def test_an_error_in_either_file_writes_nothing(
    store: GraphStore, tmp_path: Path, actors: str, claims: bytes, expected: str
) -> None:
    paths = [write(tmp_path, "claims.csv", claims), write(tmp_path, "actors.csv", actors)]
    before, generation = store.canonical_nquads(), store.generation
    for order in (paths, paths[::-1]):
        with pytest.raises(InputError) as caught:
            load_files(store, order)
        assert expected in str(caught.value)
        assert store.canonical_nquads() == before and store.generation == generation


def test_json_actors_files_load_and_validate_with_their_claims(store: GraphStore, tmp_path: Path) -> None:
    from graph.intake.validate import validate_files

    actors = write(
        tmp_path,
        "actors.json",
        '{"actors": [{"id": "azov-brigade", "type": "armed group", "label": "Azov Brigade", "aliases": ["Azov Regiment"]}]}',
    )
    claims = write(tmp_path, "claims.csv", claims_csv(ON_AZOV))
    before = store.canonical_nquads()
    assert validate_files(store, [claims, actors]) == []
    assert any("unknown actor 'Azov Regiment'" in str(p) for p in validate_files(store, [claims]))
    assert store.canonical_nquads() == before
    assert load_files(store, [claims, actors]).actors == 1


def test_loading_an_actors_file_twice_is_refused_by_name(store: GraphStore, tmp_path: Path) -> None:
    actors = write(tmp_path, "actors.csv", ACTORS)
    load_files(store, [actors])
    with pytest.raises(InputError, match="'azov-brigade' is already in the catalogue: Azov Brigade"):
        load_files(store, [actors])

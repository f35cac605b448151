from __future__ import annotations

import json

import pytest
from pyoxigraph import Literal, NamedNode

from graph.errors import InputError
from graph.intake.actors_format import is_actors_file, read_actors
from graph.intake.claims_format import read_claims
from graph.model.catalogue import catalogue
from graph.namespaces import ACTORS_GRAPH
from graph.store.base import GraphStore
from tests.support.data import claims_csv

HEADER = "id,type,label,aliases,iso_code,wikidata,parent,note\n"


def actors_csv(*rows: str) -> bytes:
    return (HEADER + "".join(row + "\n" for row in rows)).encode()


def _value(term: object) -> str:
    return term.value if isinstance(term, NamedNode | Literal) else str(term)


def problems(store: GraphStore, data: bytes, name: str = "actors.csv") -> list[str]:
    try:
        read = read_actors(data, name, catalogue(store))
    except InputError as error:
        return [str(p) for p in error.problems]
    return [str(p) for p in read.problems]


def test_a_good_file_adds_actors_with_names_codes_qid_and_parent(bare_store: GraphStore) -> None:
    data = actors_csv(
        "azov-brigade,armed group,Azov Brigade,Azov|Azov Regiment,,Q12345,,",
        "new-isle,Territory,New Isle,Newisle,XNI|XN,Q99,United Kingdom,A made-up island",
    )
    known = catalogue(bare_store)
    read = read_actors(data, "actors.csv", known)
    assert read.problems == []
    assert [(n.actor.id, n.actor.type) for n in read.actors] == [
        ("azov-brigade", "ArmedGroup"),
        ("new-isle", "Territory"),
    ]
    assert read.catalogue.resolve_actor("azov regiment").id == "azov-brigade"
    assert read.catalogue.resolve_actor("XNI").id == "new-isle"
    with pytest.raises(Exception, match="unknown actor"):
        known.resolve_actor("Azov")  # the catalogue given is unchanged: the new one is a copy
    quads = {(str(q.subject)[1:-1], q.predicate.value.rsplit("/", 1)[-1], _value(q.object)) for q in read.quads()}
    assert (
        "https://w3id.org/entente/id/new-isle",
        "ontology#partOf",
        "https://w3id.org/entente/id/united-kingdom",
    ) in quads
    assert ("https://w3id.org/entente/id/azov-brigade", "owl#sameAs", "http://www.wikidata.org/entity/Q12345") in quads
    assert ("https://w3id.org/entente/id/new-isle", "ontology#isoCode", "XNI") in quads
    assert ("https://w3id.org/entente/id/new-isle", "ontology#iso2Code", "XN") in quads
    assert all(q.graph_name == ACTORS_GRAPH for q in read.quads())


def test_json_actors_files_read_like_csv(bare_store: GraphStore) -> None:
    items = [
        {"id": "azov-brigade", "type": "ArmedGroup", "label": "Azov Brigade", "aliases": ["Azov", "Azov Regiment"]}
    ]
    known = catalogue(bare_store)
    for document in ({"actors": items}, items):
        data = json.dumps(document).encode()
        assert is_actors_file(data, "a.json")
        [new] = read_actors(data, "a.json", known).actors
        assert new.actor.id == "azov-brigade" and new.aliases == ("Azov", "Azov Regiment")
    bad = json.dumps({"actors": [{**items[0], "wikidata": "12345"}]}).encode()
    assert any("a.json: column 'wikidata': item 1" in p and "Q159" in p for p in problems(bare_store, bad, "a.json"))


def test_the_header_tells_an_actors_file_from_a_claims_file() -> None:
    assert is_actors_file(actors_csv(), "x.csv")
    assert is_actors_file(b"Label;Type;ID\n", "x.csv")
    assert not is_actors_file(claims_csv(), "x.csv")
    assert not is_actors_file(b'{"claims": []}', "x.json")
    assert not is_actors_file(b"id,type,name\n", "x.csv")


def test_an_actors_file_with_a_wrong_header_is_not_silently_read_as_claims(bare_store: GraphStore) -> None:
    with pytest.raises(InputError) as caught:
        read_claims(b"id,type,name\nazov,ArmedGroup,Azov\n", "actors.csv", catalogue(bare_store))
    first = str(caught.value.problems[0])
    assert "actors.csv:1" in first and "looks like an actors file" in first and "lacks label" in first
    with pytest.raises(InputError, match="this is an actors file"):
        read_claims(actors_csv("azov,ArmedGroup,Azov,,,,,"), "actors.csv", catalogue(bare_store))


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        ("Azov Brigade,ArmedGroup,Azov Brigade,,,,,", "id", "not a slug"),
        ("russia,State,Russia Two,,,,,", "id", "already in the catalogue: Russia (russia)"),
        ("azov,Militia,Azov,,,,,", "type", "the types are ArmedGroup, Bloc, ContestedTerritory"),
        ("azov,ArmedGroup,,,,,,", "label", "a value is required"),
        ("azov,ArmedGroup,Azov,,,159,,", "wikidata", "not a Wikidata id"),
        ("azov,ArmedGroup,Azov,,,Q12x,,", "wikidata", "not a Wikidata id"),
        ("azov,ArmedGroup,Azov,,ABCD,,,", "iso_code", "not an ISO 3166-1 code"),
        ("azov,ArmedGroup,Azov,,,,Ukraine,", "parent", "only a territory has a parent"),
        ("isle,Territory,Isle,,,,Atlantis,", "parent", "unknown actor 'Atlantis'"),
        ("isle,Territory,Isle,,,,NATO,", "parent", "a parent is a State"),
        (
            "isle,Territory,Isle,,,,Congo,",
            "parent",
            "Democratic Republic of the Congo (democratic-republic-of-the-congo)",
        ),
        ("isle,ContestedTerritory,Isle,,,,,", "note", "needs a note"),
        ("azov,ArmedGroup,=HYPERLINK(1),,,,,", "label", "spreadsheet formula"),
        ("azov,ArmedGroup,Azov,Kremlin,,,,", "aliases", "'Kremlin' would name both Azov (azov) and Russia (russia)"),
        ("azov,ArmedGroup,Azov,Korea,,,,", "aliases", "North Korea (north-korea), South Korea (south-korea)"),
        ("azov,ArmedGroup,Azov,,RUS,,,", "iso_code", "Russia (russia)"),
        ("moscow,ArmedGroup,Azov,,,,,", "id", "'moscow' is already a name of Russia (russia)"),
    ],
)
def test_each_bad_value_is_named_by_file_row_and_column(
    bare_store: GraphStore, row: str, column: str, expected: str
) -> None:
    found = problems(bare_store, actors_csv(row))
    assert any(f"actors.csv:2: column {column!r}: row 2" in p and expected in p for p in found), found


def test_duplicates_and_clashes_within_a_file_name_both_rows(bare_store: GraphStore) -> None:
    found = problems(
        bare_store,
        actors_csv(
            "azov,ArmedGroup,Azov,,,,,",
            "azov,ArmedGroup,Azov Again,,,,,",
            "azov-regiment,ArmedGroup,Azov Regiment,azov,,,,",
        ),
    )
    assert any("actors.csv:3: column 'id'" in p and "'azov' repeats row 2" in p for p in found)
    assert any(
        "actors.csv:4: column 'aliases'" in p and "Azov Regiment (azov-regiment) and Azov (azov) (row 2)" in p
        for p in found
    )


def test_an_empty_or_header_only_file_is_refused(bare_store: GraphStore) -> None:
    assert any("no actors" in p for p in problems(bare_store, HEADER.encode()))
    assert any("unknown column" in p and "'aliases'" in p for p in problems(bare_store, b"id,type,label,alias\n"))

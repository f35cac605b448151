from __future__ import annotations

import pytest

from graph.errors import AmbiguousNameError, NotFoundError
from graph.model.catalogue import Actor, Catalogue, catalogue
from graph.namespaces import ENT, ID
from graph.store.base import GraphStore


def small(ambiguous: list[tuple[str, str]] | None = None) -> Catalogue:
    actors = [Actor(ID + "north-korea", "North Korea", "State"), Actor(ID + "south-korea", "South Korea", "State")]
    names = [(ID + "north-korea", "DPRK"), (ID + "south-korea", "ROK"), (ID + "south-korea", "Seoul")]
    classes = {"State": "State", "ArmedGroup": "Armed group"}
    return Catalogue(actors, names, [], ambiguous=ambiguous or [], classes=classes)


def test_a_name_of_two_actors_is_an_error_that_lists_both() -> None:
    known = small(ambiguous=[(ID + "north-korea", "Korea"), (ID + "south-korea", "Korea")])
    with pytest.raises(AmbiguousNameError) as caught:
        known.resolve_actor("the korea")
    assert caught.value.candidates == ["North Korea (north-korea)", "South Korea (south-korea)"]
    assert known.resolve_actor("seoul").id == "south-korea"


def test_a_shared_alias_is_ambiguous_too() -> None:
    known = small().extended([], [(ID + "north-korea", "Seoul")])
    with pytest.raises(AmbiguousNameError, match=r"North Korea .* South Korea"):
        known.resolve_actor("Seoul")


def test_extended_is_a_copy() -> None:
    known = small()
    wider = known.extended([Actor(ID + "azov", "Azov", "ArmedGroup")], [(ID + "azov", "Azov Regiment")])
    assert wider.resolve_actor("azov regiment").id == "azov"
    with pytest.raises(NotFoundError):
        known.resolve_actor("azov regiment")
    assert ID + "azov" not in known.actors


def test_actor_classes_resolve_by_name_or_label_in_any_case() -> None:
    known = small()
    assert known.resolve_class("armed group") == known.resolve_class("ARMED_GROUP") == ENT + "ArmedGroup"
    with pytest.raises(NotFoundError) as caught:
        known.resolve_class("Militia")
    assert caught.value.suggestions == ["ArmedGroup", "State"]


def test_the_catalogue_reads_its_classes_and_ambiguous_names_from_the_store(bare_store: GraphStore) -> None:
    known = catalogue(bare_store)
    assert set(known.classes) == {
        "State", "Territory", "ContestedTerritory", "Bloc", "Person", "Organisation", "ArmedGroup",
    }  # fmt: skip
    for name, ids in {
        "Congo": {"democratic-republic-of-the-congo", "republic-of-the-congo"},
        "Korea": {"north-korea", "south-korea"},
        "Korean": {"north-korea", "south-korea"},
        "Dominican": {"dominica", "dominican-republic"},
        "Virgin Islands": {"british-virgin-islands", "united-states-virgin-islands"},
    }.items():
        with pytest.raises(AmbiguousNameError) as caught:
            known.resolve_actor(name)
        assert {c.rsplit("(", 1)[1].rstrip(")") for c in caught.value.candidates} == ids, name


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Burma", "myanmar"), ("Swaziland", "eswatini"), ("Zaire", "democratic-republic-of-the-congo"),
        ("DRC", "democratic-republic-of-the-congo"), ("Congo-Brazzaville", "republic-of-the-congo"),
        ("UAE", "united-arab-emirates"), ("KSA", "saudi-arabia"), ("Madrid", "spain"), ("Khartoum", "sudan"),
        ("Bosnia", "bosnia-and-herzegovina"), ("Ivory Coast", "cote-d-ivoire"), ("Turkey", "turkiye"),
        ("Guinea", "guinea"), ("ISW", "isw"), ("the Kremlin", "russia"),
    ],
)  # fmt: skip
def test_names_resolve_as_analysts_write_them(bare_store: GraphStore, name: str, actor: str) -> None:
    assert catalogue(bare_store).resolve_actor(name).id == actor

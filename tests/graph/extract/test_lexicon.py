"""The lexicon read from the ontology: relation types looked up by their IRI, whatever their cue phrases, and the
cue phrases that act only on an actor named right after them."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from graph.namespaces import ENT


@pytest.mark.parametrize("name", ["criticises", "praises", "demandsOf", "formsBlocWith", "suspendedFrom"])
def test_a_relation_type_of_the_ontology_is_found_by_its_iri(lexicon: Lexicon, name: str) -> None:
    assert lexicon.relation(ENT + name) == name


@pytest.mark.parametrize("iri", [ENT + "befriends", "criticises", "https://example.org/ontology#criticises"])
def test_anything_else_is_no_relation_type(lexicon: Lexicon, iri: str) -> None:
    assert lexicon.relation(iri) is None


def test_the_cues_that_act_only_on_an_actor_right_after_them_are_data(lexicon: Lexicon) -> None:
    assert {("welcome",), ("welcomed",)} <= lexicon.direct_object
    assert ("condemned",) not in lexicon.direct_object


def test_mutual_cues_are_data_and_cues(lexicon: Lexicon) -> None:
    phrase = ("restored", "diplomatic", "relations")
    assert phrase in lexicon.mutual
    assert lexicon.cues[phrase] == "seeksResetWith"

"""Cue phrases read as data from the relation types of ``entente.ttl``: rejoining is membership, regret over an
act criticises its owner; with the cases they must leave alone. The sentences are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon, lexicon_from_store
from tests.support.extraction import Fact, catalogue_store, facts


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return lexicon_from_store(catalogue_store())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru rejoined the OAS.", {("peru", "memberOf", "oas", False)}),
        ("Peru re-joined the OAS on Saturday.", {("peru", "memberOf", "oas", False)}),
        # a state named after "of" and a noun of statehood is the subject
        ("The small island nation of Peru has rejoined the OAS, the OAS said.", {("peru", "memberOf", "oas", False)}),
        ("Chile expressed regret over Peru and Bolivia's commitment to military cooperation.",
         {("chile", "criticises", "peru", False), ("chile", "criticises", "bolivia", False)}),
        ("Chile regrets Peru's decision to leave the talks.", {("chile", "criticises", "peru", False)}),
        # left alone: regret over a fact without an actor as its object, an apology
        ("Chile regretted that Peru left the talks.", set()),
        ("Japan expressed regret to China over the incident.", set()),
        # a noun that is no statehood before "of"
        ("The sanctions of Peru hurt Chile.", set()),
    ],
)  # fmt: skip
def test_cue_phrases_as_data(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts("Heading\n\nLima, 3 June 2024\n\n" + text, lexicon) == expected

"""A ban on an actor is a sanction (issue 14); the gerund after "include" is the act of what includes it, not of the
speaker. Sentences written for the rules, with other actors than the texts that prompted them."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia banned Hezbollah operatives from entering its territory.",
            {("latvia", "sanctions", "hezbollah", False)},
        ),
        ("China banned imports of Japanese seafood.", {("china", "sanctions", "japan", False)}),
        ("Canada imposed an entry ban on Iranian officials.", {("canada", "sanctions", "iran", False)}),
        # near cases: a ban on no actor, a ban suffered, and measures that "include banning"
        ("France supports a ban on landmines.", set()),
        ("Russia was banned from the Olympics.", set()),
        ('"These measures include banning Iranian media channels," the Latvian Foreign Minister said.', set()),
    ],
)
def test_a_ban_on_an_actor_is_a_sanction(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


def test_a_gerund_after_include_has_no_agent_the_clause_names(lexicon: Lexicon) -> None:
    text = (
        "We will coordinate our actions against disinformation. These measures include banning Iranian media channels."
    )
    assert facts(text, lexicon, publisher="latvia") == set()
    # near case: the voice bans in a verb of its own
    assert facts("We banned Iranian media channels.", lexicon, publisher="latvia") == {
        ("latvia", "sanctions", "iran", False)
    }

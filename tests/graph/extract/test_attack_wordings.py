"""Military force in its news wordings (issue 14): strikes, raids, bombings and military or counter-terrorism
operations "on", "against" or "in" an actor. Sentences written for the cue data, with other actors than the texts
that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel carried out airstrikes in Syria.", {("israel", "attacks", "syria", False)}),
        ("Turkey conducted military operations in northern Iraq.", {("turkiye", "attacks", "iraq", False)}),
        (
            "Kenya launched a counter-terrorism operation against Al-Shabaab.",
            {("kenya", "attacks", "al-shabaab", False)},
        ),
        # near cases: a verdict on strikes in a place names no attacker, and no one strikes the one who condemns
        ("Pakistan condemned the airstrikes in Syria.", set()),
        ("Pakistan condemned the bombing in Afghanistan.", set()),
    ],
)
def test_force_in_its_wordings(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent after "by", then where the force fell
        (
            "Jordan condemned the airstrikes by Turkey in Iraq.",
            {("jordan", "criticises", "turkiye", False), ("turkiye", "attacks", "iraq", False)},
        ),
        # near case: the agent with no place named attacks no one
        ("Jordan condemned the airstrikes by Turkey.", {("jordan", "criticises", "turkiye", False)}),
    ],
)
def test_force_by_an_agent_in_a_place(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar condemned the continued Turkish aggression on Iraq.",
            {("qatar", "criticises", "turkiye", False), ("turkiye", "attacks", "iraq", False)},
        ),
        ("Russia's repeated aggressions on Georgia continue.", {("russia", "attacks", "georgia", False)}),
        # near cases: aggression on no actor, and a denied one
        ("Qatar warned of a war of aggression on the continent.", set()),
        ("Turkey denied any aggression on Iraq.", {("turkiye", "attacks", "iraq", True)}),
    ],
)
def test_aggression_on_an_actor(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected

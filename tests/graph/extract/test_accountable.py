"""Holding an actor to account is a verdict on it (issue 14): written for the rule, with other actors and wording
than the texts that prompted it, and the near cases it must leave alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine holds Belarus fully responsible for the strike.", {("ukraine", "criticises", "belarus", False)}),
        (
            "Canada and Sweden held Iran and Syria accountable for the downing of the aircraft.",
            {
                ("canada", "criticises", "iran", False),
                ("canada", "criticises", "syria", False),
                ("sweden", "criticises", "iran", False),
                ("sweden", "criticises", "syria", False),
            },
        ),
        # denied as any verdict is
        ("Chile does not hold Peru responsible for the incident.", {("chile", "criticises", "peru", True)}),
    ],
)
def test_holding_an_actor_to_account_criticises_it(text: str, expected: set[Fact], lexicon: Lexicon) -> None:
    assert facts(text, lexicon) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Canada holds the view that Iran is responsible.",  # "hold" names no one it holds to account
        "Sweden held talks with Finland on who is responsible.",
        "Canada will hold Iran accountable.",  # a promise, not yet done
    ],
)
def test_no_verdict_without_an_actor_held_to_account(text: str, lexicon: Lexicon) -> None:
    assert not {f for f in facts(text, lexicon) if f[1] == "criticises"}

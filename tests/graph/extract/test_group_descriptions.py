"""A state's name or demonym in the description of a group named right after it ("the Lebanese armed group
Hezbollah") qualifies the group, which is the actor (issue 14): other actors and wording than the text that
prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, assert_given_to, facts


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Japan condemned the Lebanese armed group Hezbollah.",
            ("japan", "criticises", "hezbollah", False),
            ("japan", "criticises", "lebanon", False),
        ),
        (
            "Egypt condemned the Sudanese paramilitary group Rapid Support Forces.",
            ("egypt", "criticises", "rapid-support-forces", False),
            ("egypt", "criticises", "sudan", False),
        ),
    ],
)
def test_the_group_described_is_the_actor(lexicon: Lexicon, text: str, expected: Fact, wrong: Fact) -> None:
    assert_given_to(text, lexicon, expected, wrong)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli army attacked Hamas.", ("israel", "attacks", "hamas", False)),  # a verb, not a group's noun
        ("Kenya praised the Ugandan group of experts.", ("kenya", "praises", "uganda", False)),  # no group named after
    ],
)
def test_a_state_before_other_words_stays_named(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)

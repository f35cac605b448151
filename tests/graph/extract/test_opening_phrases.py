"""The subject named again by "It" or "the body" after a short opening phrase and its comma, and a subject opening a
sentence after such a phrase remembered for the next (issue 14): other actors and wording than the text that
prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Early on Monday, Turkey launched strikes in Iraq. In a statement, it said it struck the PKK.",
            ("turkiye", "attacks", "pkk", False),
        ),
        ("On Monday, Russia attacked Ukraine. It also threatened Moldova.", ("russia", "threatens", "moldova", False)),
        (
            "The African Union met in Addis Ababa. On Friday, the body also condemned Sudan.",
            ("african-union", "criticises", "sudan", False),
        ),
    ],
)
def test_it_after_an_opening_phrase_is_the_previous_subject(lexicon: Lexicon, text: str, expected: Fact) -> None:
    found = facts(text, lexicon)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "On Monday, Russia attacked Ukraine. According to Kenya, it also threatened Moldova.",
            ("russia", "threatens", "moldova", False),
        ),  # the opening phrase names an actor: "it" is not read
        (
            "On Monday, Russia attacked Ukraine. In a statement, it is said to threaten Moldova.",
            ("russia", "threatens", "moldova", False),
        ),
    ],
)
def test_it_after_other_openings_is_left_alone(lexicon: Lexicon, text: str, wrong: Fact) -> None:
    assert wrong not in facts(text, lexicon)

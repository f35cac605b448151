""" "They" after "that" is the list of parties that said it (issue 14): "A and B announced that they had agreed to".
Sentences written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt and Turkey announced on Monday that they had agreed to end their feud and restore relations.",
            {("egypt", "seeksResetWith", "turkiye", False), ("turkiye", "seeksResetWith", "egypt", False)},
        ),
        (
            "Kenya and Uganda said that they condemn the attack on Somalia by Al-Shabaab.",
            {
                ("kenya", "criticises", "al-shabaab", False),
                ("uganda", "criticises", "al-shabaab", False),
                ("al-shabaab", "attacks", "somalia", False),
            },
        ),
        # near cases: one party said it ("they" are others), and others named after "that"
        ("Egypt said that they had attacked Libya.", set()),
        (
            "Egypt and Turkey said that Libya and Chad had restored diplomatic relations.",
            {("libya", "seeksResetWith", "chad", False), ("chad", "seeksResetWith", "libya", False)},
        ),
    ],
)
def test_they_after_that_is_who_said_it(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected

"""Whom thanks go to does what it is thanked for: "expressed his appreciation to X for providing aid to Y" (issue 14):
other actors and wording than the text that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, assert_given_to, facts


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Qatar expressed its gratitude to Oman for supporting Yemen.",
            ("oman", "supports", "yemen", False),
            ("qatar", "supports", "yemen", False),
        ),
        (
            "Chile expressed its appreciation to Peru for providing humanitarian aid to Bolivia.",
            ("peru", "supports", "bolivia", False),
            ("chile", "supports", "bolivia", False),
        ),
    ],
)
def test_the_thanked_does_what_it_is_thanked_for(lexicon: Lexicon, text: str, expected: Fact, wrong: Fact) -> None:
    assert_given_to(text, lexicon, expected, wrong)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Qatar sent a letter to Oman for supporting Yemen.", ("oman", "supports", "yemen", False)),  # no thanks
        ("Qatar expressed its gratitude to Oman and then supported Yemen.", ("oman", "supports", "yemen", False)),
    ],
)
def test_other_addressees_do_not_act(lexicon: Lexicon, text: str, wrong: Fact) -> None:
    assert wrong not in facts(text, lexicon)

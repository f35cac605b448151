"""A state's name before its currency names the money, not the state (issue 14): other actors and wording than the
text that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from graph.extract.mentions import find_mentions
from graph.extract.text import body_sentences
from tests.support.extraction import facts


@pytest.mark.parametrize(
    ("text", "giver", "currency_state", "receiver"),
    [
        ("Kenya sent 2 million Chinese yuan in aid to Tanzania.", "kenya", "china", "tanzania"),
        ("Qatar thanked Oman for providing 50,000 Indian rupees in assistance to Yemen.", "oman", "india", "yemen"),
        ("Norway gave five million Canadian dollars in aid to Haiti.", "norway", "canada", "haiti"),
    ],
)
def test_a_currency_is_not_its_state(
    lexicon: Lexicon, text: str, giver: str, currency_state: str, receiver: str
) -> None:
    found = facts(text, lexicon)
    assert (giver, "supports", receiver, False) in found, found
    assert not {f for f in found if currency_state in {f[0], f[2]}}, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The United States sent aid to Japan.", "united-states"),
        ("South Korea won the vote on Tuesday.", "south-korea"),  # "won": a verb after the name
        ("Russia pounds Ukrainian cities.", "russia"),  # "pounds": a verb after the name
        ("Canada sent dollars and euros to Haiti.", "canada"),  # the currency not right after the name
    ],
)
def test_a_state_before_other_words_is_still_named(lexicon: Lexicon, text: str, state: str) -> None:
    (sentence,) = body_sentences(text)
    assert state in {a for m in find_mentions(sentence.tokens, lexicon) for a in m.named}

"""A head of state or government named under the title of a state's office acts for the state ("Indian Prime
Minister X praised Russia": India praises Russia), as the labelling rules of the blind sets have it; the title still
gives its ``leaderOf`` claim, and a bare name stays the person. The sentences are written here."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts

MODI = ("narendra-modi", "leaderOf", "india", False)
KISHIDA = ("fumio-kishida", "leaderOf", "japan", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian Prime Minister Narendra Modi praised Russia.", {("india", "praises", "russia", False), MODI}),
        ("Japan praised Indian Prime Minister Narendra Modi.", {("japan", "praises", "india", False), MODI}),
        ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida agreed to deepen cooperation.",
         {("india", "cooperatesWith", "japan", False), MODI, KISHIDA}),
        ("Russian President Vladimir Putin condemned the sanctions imposed by Japan.",
         {("russia", "criticises", "japan", False)}),
        # the title after the name, or before it with the state after "of"
        ("Narendra Modi, Prime Minister of India, praised Russia.", {("india", "praises", "russia", False), MODI}),
        ("The Prime Minister of India, Narendra Modi, praised Russia.", {("india", "praises", "russia", False), MODI}),
        ("Prime Minister Narendra Modi of India praised Russia.", {("india", "praises", "russia", False), MODI}),
        # left alone: the name without its title, a former holder of the office
        ("Narendra Modi praised Russia.", {("narendra-modi", "praises", "russia", False)}),
        ("Modi praised Russia.", {("narendra-modi", "praises", "russia", False)}),
        ("Former Indian Prime Minister Narendra Modi praised Russia.", set()),
    ],
)  # fmt: skip
def test_a_titled_head_of_state_or_government_acts_for_the_state(
    lexicon: Lexicon, text: str, expected: set[Fact]
) -> None:
    assert facts("Heading\n\nDelhi, 3 June 2024\n\n" + text, lexicon) == expected

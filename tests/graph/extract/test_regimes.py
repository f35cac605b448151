"""A leader's "regime", "government" or "administration" is the state they lead (issue 14). Sentences written for
the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia condemned the Putin regime.", {("estonia", "criticises", "russia", False)}),
        # near case: the person named alone stays the person
        ("Estonia condemned Putin.", {("estonia", "criticises", "vladimir-putin", False)}),
    ],
)
def test_a_leaders_regime_is_the_state(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected

"""What an envoy is summoned for is asked of the envoy's state (issue 14). Sentences written for the rule, with other
actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia summoned the Belarusian ambassador on Monday to protest the incursion and demand an explanation.",
            {("latvia", "criticises", "belarus", False), ("latvia", "demandsOf", "belarus", False)},
        ),
        # near cases: a purpose with its own object, a summons denied, and one's own envoy summoned home
        (
            "Latvia summoned the Belarusian ambassador and demanded that Poland explain.",
            {("latvia", "criticises", "belarus", False), ("latvia", "demandsOf", "poland", False)},
        ),
        (
            "Latvia did not summon the Belarusian ambassador to demand an explanation.",
            {("latvia", "criticises", "belarus", True)},
        ),
        ("Latvia summoned its ambassador to France to demand an explanation.", set()),
    ],
)
def test_a_summons_purpose_is_asked_of_the_envoys_state(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected

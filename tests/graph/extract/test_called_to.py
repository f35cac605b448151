"""What a call asks for is not done: "calling to impose sanctions also on X" (issue 14): other actors and wording
than the text that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The Sejm adopted a statement condemning Iran's attack on Israel, calling to impose sanctions also on Syria.",
            ("iran", "sanctions", "syria", False),
        ),
        ("Canada called to sanction Venezuela.", ("canada", "sanctions", "venezuela", False)),
        ("The EU called to impose new sanctions on Belarus.", ("european-union", "sanctions", "belarus", False)),
    ],
)
def test_a_call_to_act_is_not_the_act(lexicon: Lexicon, text: str, absent: Fact) -> None:
    assert absent not in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU imposed sanctions on Belarus, calling to free prisoners.",
            ("european-union", "sanctions", "belarus", False),
        ),
        (
            "The ambassador was called to the ministry after Japan imposed sanctions on Russia.",
            ("japan", "sanctions", "russia", False),
        ),
    ],
)
def test_an_act_beside_a_call_is_done(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)

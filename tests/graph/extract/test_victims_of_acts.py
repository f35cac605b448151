"""A verdict or stance on an act named by a noun falls on no one its victim names: "condemned the operation against
Israel" (agent confusion, issue 14): other actors and wording, with the near cases that keep their object."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Chile condemned the campaign against Bolivia.", ("chile", "criticises", "bolivia", False)),
        ("Chile supported the operation against Peru.", ("chile", "supports", "peru", False)),
        ("Chile welcomed the measures against Venezuela.", ("chile", "praises", "venezuela", False)),
    ],
)
def test_the_victim_of_an_act_is_not_the_verdict_s_object(lexicon: Lexicon, text: str, wrong: Fact) -> None:
    assert wrong not in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile condemned Peru's campaign against Bolivia.", ("chile", "criticises", "peru", False)),  # its owner
        ("Chile supports Bolivia against Peru.", ("chile", "supports", "bolivia", False)),  # the object, then "against"
    ],
)
def test_a_verdict_keeps_its_own_object(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)

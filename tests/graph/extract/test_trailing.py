"""A participle after "after", "before", "while" or "when" that trails the main clause is the main subject's act
(issue 14): other actors and wording than the text that prompted the rule, with the near cases left alone."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile closed the border, shortly after accusing Peru of smuggling.", ("chile", "criticises", "peru", False)),
        ("Chile recalled its envoy before condemning Peru.", ("chile", "criticises", "peru", False)),
        ("Kenya closed its embassy while calling on Somalia to talk.", ("kenya", "demandsOf", "somalia", False)),
    ],
)
def test_a_trailing_participle_is_the_subjects_act(lexicon: Lexicon, text: str, expected: Fact) -> None:
    assert expected in facts(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subordinate clause with a subject of its own, and one that opens the next clause
        ("Chile closed the border, while Bolivia was condemning Peru.", {("bolivia", "criticises", "peru", False)}),
        ("Chile said that after accusing Peru, Bolivia recalled its envoy.", set()),
    ],
)
def test_a_participle_with_a_subject_of_its_own_is_left_alone(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert {f for f in facts(text, lexicon) if f[0] == "chile" or f[1] == "criticises"} == expected

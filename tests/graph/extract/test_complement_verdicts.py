"""A verdict on an actor's act as the complement of a verb of judging ("called X's withdrawal a violation"), or of a
copula after an act owned through "by" or a demonym ("this move by X is a flagrant violation") (issue 14). Sentences
written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya called Russia's withdrawal a violation of the agreement.", {("kenya", "criticises", "russia", False)}),
        ("Egypt described the Ethiopian move as illegal.", {("egypt", "criticises", "ethiopia", False)}),
        (
            "Chile said this decision by Bolivia is a flagrant violation of the treaty.",
            {("chile", "criticises", "bolivia", False)},
        ),
        (
            "The attack by Hamas was a violation of the ceasefire, Jordan said.",
            {("jordan", "criticises", "hamas", False)},
        ),
        # near cases: a verdict on an actor that is no act, a negated judgement, a demand, and praise
        ("Egypt called Ethiopia a partner.", set()),
        ("Egypt did not call the Ethiopian move illegal.", set()),
        ("Egypt called on Ethiopia to respect international law.", {("egypt", "demandsOf", "ethiopia", False)}),
        ("Chile said this decision by Bolivia is a welcome step.", set()),
    ],
)
def test_a_verdict_as_a_complement(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected

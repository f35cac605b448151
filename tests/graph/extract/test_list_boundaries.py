"""Where a list of actors ends (issue 14): a list closes with "and" before its last name; a comma alone closes an
opening phrase. Sentences written for the rule, with other actors than the text that prompted it."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import Lexicon
from tests.support.extraction import Fact, facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of an opening participle is not a second subject
        ("After attacking Syria, Turkey launched attacks on Iraq.", {("turkiye", "attacks", "iraq", False)}),
        (
            "Before condemning Serbia, Croatia had imposed sanctions on Bosnia.",
            {("croatia", "criticises", "serbia", False), ("croatia", "sanctions", "bosnia-and-herzegovina", False)},
        ),
        # near cases: lists closed by "and" (with or without the serial comma) still act together
        (
            "Chile, Peru and Bolivia condemn Argentina.",
            {
                ("chile", "criticises", "argentina", False),
                ("peru", "criticises", "argentina", False),
                ("bolivia", "criticises", "argentina", False),
            },
        ),
        (
            "Kenya, Uganda, and Tanzania support Somalia.",
            {
                ("kenya", "supports", "somalia", False),
                ("uganda", "supports", "somalia", False),
                ("tanzania", "supports", "somalia", False),
            },
        ),
    ],
)
def test_a_comma_alone_closes_no_list(lexicon: Lexicon, text: str, expected: set[Fact]) -> None:
    assert facts(text, lexicon) == expected
